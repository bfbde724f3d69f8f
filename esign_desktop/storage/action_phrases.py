"""What the app was doing when the local store or the team database failed: the %1 of "Could not finish %1: …"
(storage/error_templates.py), given to `transaction()`, `read()`, `write_bytes_atomically(action=…)` and the
error builders of storage/errors.py.

Each phrase is fixed English text, so the UI can translate it (ui/error_text.py lists every one for lupdate;
tests/unit/test_error_text.py keeps the two lists equal). A phrase never embeds a value: name the kind of
thing ("a PDF"), not the thing itself. A new action: add a member here and the same literal to
`ui/error_text.ACTION_PHRASES`, then translate it (docs/translations.md).
"""

from __future__ import annotations

from enum import StrEnum


class ActionPhrase(StrEnum):
    # The database itself
    OPENING_THE_DATABASE = "opening the database"
    CREATING_THE_DATABASE = "creating the database"
    READING_THE_DATABASE_VERSION = "reading the database version"
    UPDATING_THE_DATABASE = "updating the database for this version of eSign Desktop"
    BACKING_UP_THE_DATABASE = "backing up the database"
    KEEPING_THE_DAMAGED_DATABASE_ASIDE = "keeping the damaged database aside"
    RESTORING_THE_BACKUP = "restoring the backup"
    READING_SAVED_DATA = "reading saved data"
    SAVING_THE_SETTINGS = "saving the settings"
    # Accounts
    ADDING_THE_ACCOUNT = "adding the account"
    SAVING_THE_ACCOUNT = "saving the account"
    SAVING_THE_ACCOUNTS_STATE = "saving the account's state"
    SAVING_THE_ACCOUNTS_COORDINATE_CONVENTION = "saving the account's coordinate convention"
    REMOVING_THE_ACCOUNT = "removing the account"
    # Envelopes, their history and the calibration
    SAVING_THE_ENVELOPE_LIST = "saving the envelope list"
    REMOVING_THE_ENVELOPE_FROM_THE_LIST = "removing the envelope from the list"
    CHECKING_THE_ENVELOPE = "checking the envelope"
    RECORDING_THE_ENVELOPES_HISTORY = "recording the envelope's history"
    CLEARING_THE_ENVELOPES_HISTORY = "clearing the envelope's history"
    SAVING_THE_CALIBRATION_RECORD = "saving the calibration record"
    # Drafts, their PDFs and layouts
    SAVING_THE_DRAFT = "saving the draft"
    OPENING_THE_DRAFT = "opening the draft"
    LISTING_THE_DRAFTS = "listing the drafts"
    DELETING_THE_DRAFT = "deleting the draft"
    TIDYING_STORED_FILES = "tidying stored files"
    MAKING_A_WORKING_COPY_OF_THE_PDF = "making a working copy of the PDF"
    SAVING_THE_LAYOUT = "saving the layout"
    OPENING_THE_LAYOUT = "opening the layout"
    DELETING_THE_LAYOUT = "deleting the layout"
    # The outbox
    QUEUEING_THE_ENVELOPE_FOR_SENDING = "queueing the envelope for sending"
    RECORDING_THE_SENDING_PROGRESS = "recording the sending progress"
    REMOVING_THE_SEND_RECORD = "removing the send record"
    # Records set aside ("Needs attention")
    SETTING_ASIDE_A_RECORD = "setting aside a record that cannot be read"
    LISTING_THE_RECORDS_THAT_NEED_ATTENTION = "listing the records that need attention"
    COUNTING_THE_RECORDS_THAT_NEED_ATTENTION = "counting the records that need attention"
    READING_A_RECORD_THAT_NEEDS_ATTENTION = "reading a record that needs attention"
    EXPORTING_THE_RECORD = "exporting the record"
    DELETING_A_RECORD_THAT_NEEDS_ATTENTION = "deleting a record that needs attention"
    # The team database
    CONNECTING_TO_THE_TEAM_DATABASE = "connecting to the team database"
    PREPARING_THE_TEAM_DATABASE = "preparing the team database"
    READING_THE_TEAM_DATABASES_VERSION = "reading the team database's version"
    READING_THIS_DESKTOPS_TEAM_ID = "reading this desktop's team id"
    INTRODUCING_THIS_DESKTOP_TO_THE_TEAM = "introducing this desktop to the team"
    JOINING_THE_TEAMS_ACCOUNT = "joining the team's account"
    QUEUEING_CHANGES_FOR_THE_TEAM = "queueing changes for the team"
    READING_THE_CHANGES_QUEUED_FOR_THE_TEAM = "reading the changes queued for the team"
    CLEARING_THE_CHANGES_PUSHED_TO_THE_TEAM = "clearing the changes pushed to the team"
    READING_THE_TEAM_REGISTER = "reading the team register"
    READING_THE_TEAMS_LAYOUTS = "reading the team's layouts"
    READING_THE_TEAM_STATE = "reading the team state"
    SAVING_THE_TEAM_STATE = "saving the team state"
    READING_THE_TEAMS_STATUS = "reading the team's status"
    COUNTING_THE_TEAMS_CALLS = "counting the team's calls"
    CLAIMING_THE_SEND = "claiming the send"
    HOLDING_THE_CLAIM_ON_THE_SEND = "holding the claim on the send"
    NOTING_WHICH_DESKTOP_SENDS_IT = "noting which desktop sends it"
    SHARING_THE_PDF_WITH_THE_TEAM = "sharing the PDF with the team"
    CHECKING_THE_TEAMS_PDFS = "checking the team's PDFs"
    FETCHING_THE_PDF_FROM_THE_TEAM = "fetching the PDF from the team"
    SAVING_A_PDF_FROM_THE_TEAM = "saving a copy of the team's PDF on this computer"
    TIDYING_THE_TEAMS_PDFS = "tidying the team's PDFs"
    # The callback relay
    CREATING_THE_ACCOUNTS_RELAY_TOKEN = "creating the account's relay token"  # noqa: S105 - words, no token
    SAVING_THE_ACCOUNTS_RELAY_HOOKS = "saving the account's relay hooks"
    READING_THE_ACCOUNTS_RELAY_HOOKS = "reading the account's relay hooks"
    REMOVING_THE_ACCOUNTS_RELAY_TOKEN = "removing the account's relay token"  # noqa: S105 - words, no token
    READING_THE_ACCOUNTS_RELAY = "reading the account's relay"
    READING_THE_RELAYS_CALLBACKS = "reading the relay's callbacks"
    MARKING_A_CALLBACK_PROCESSED = "marking a callback processed"
    LOOKING_UP_A_CALLBACK_TOKEN = "looking up a callback token"  # noqa: S105 - words, no token
    STORING_A_CALLBACK = "storing a callback"
    COUNTING_A_REFUSED_CALLBACK = "counting a refused callback"
    CHECKING_THE_TEAM_DATABASE = "checking the team database"
