"""The English templates of every storage error people may read (domain/errors.py), with %1..%9 for their
values: the local store (files, SQLite), the team database, and the stores' rules the services enforce
(account names, layouts, sends). The UI lists the same texts for translation (ui/error_text.py;
tests/unit/test_error_text.py keeps the two equal and fails on a StorageError built from any other text).

"Could not finish %1: …" takes an `ActionPhrase` (storage/action_phrases.py) as %1, marked as a `Phrase` so
the UI translates it too. The team database's texts say what happened and what becomes of the work, not
which internal step failed (that goes to the log). A new error: add its template here and to `TEMPLATES`, the
same literal to `ui/error_text.STORAGE_TEMPLATES`, then translate it (docs/translations.md)."""

from __future__ import annotations

TEAM_HELD_OFF = (
    "Could not reach the team database %1 just now. "
    "Your work is kept on this computer; it goes to the team database when it is back."
)
TEAM_UNREACHABLE = (
    "The team database %1 cannot be reached. "
    "Your work is kept on this computer; it goes to the team database when it is back."
)
TEAM_CONNECTION_LOST = (
    "The connection to the team database %1 was lost. "
    "Your work is kept on this computer; it goes to the team database when it is back."
)
TEAM_CONFLICT = "Another desktop was changing the same record at the same moment. Try again."
TEAM_DISK_FULL = "The team database server's disk is full. Ask whoever looks after it to make room."
TEAM_QUEUED_BEFORE = (
    "The team database %1 cannot be reached, and this envelope was queued before: it can be sent again "
    "only once the database is back (the team's outbox knows what became of it)."
)

TEAM_SIGN_IN_REFUSED = (
    "Could not finish %1: the team database %2 refused the sign-in. "
    "Check the user name and the password in Settings > Team."
)
TEAM_RECORD_CONFLICT = "Could not finish %1: the record conflicts with one already saved."
TEAM_DATABASE_ERROR = "Could not finish %1: the team database said %2."
TEAM_SCHEMA_TOO_NEW = (
    "The team database %1 was prepared by a newer version of eSign Desktop "
    "(schema %2; this version understands up to %3). Install the newer version."
)
TEAM_ADDRESS_UNUSABLE = (
    "The team database address in Settings cannot be used (%1). "
    "Correct it in Team > Database, or clear it to work alone."
)

# Files and the local database; %1 is an ActionPhrase.
DISK_FULL = (
    "Could not finish %1: the disk is full. Free some space and try again; "
    "the previously saved version is unchanged."
)
FOLDER_NOT_WRITABLE = (
    "Could not finish %1: the data folder is not writable (%2). "
    "Check the folder's permissions; the previously saved version is unchanged."
)
FILE_ERROR = "Could not finish %1: %2. The previously saved version is unchanged."
SOURCE_UNREADABLE = (
    "Could not finish %1: cannot read %2 (%3). Check that the file still exists and is readable."
)
DATA_FOLDER_BUSY = (
    "Could not finish %1: another copy of eSign Desktop is busy with the same data folder. "
    "Try again in a moment."
)
DATABASE_BUSY = (
    "Could not finish %1: the database is in use by another program. "
    "Close other copies of eSign Desktop and try again."
)
DATABASE_FILE_DAMAGED = (
    "Could not finish %1: the database file is damaged. "
    "Restore it from a backup or move it away to start afresh."
)
DATABASE_READ_ONLY = (
    "Could not finish %1: the database file cannot be opened for writing. "
    "Check the data folder's permissions."
)
REFERS_TO_NOTHING = "Could not finish %1: it refers to something that does not exist."
DISK_READ_WRITE_ERROR = (
    "Could not finish %1: the disk reported a read or write error. "
    "Check the disk and the data folder; the previously saved version is unchanged."
)
DATABASE_ERROR = "Could not finish %1: database error (%2)."

# The database file as a whole, found at start (DamagedDatabaseError); %1 is the file.
_RECOVERY = (
    "Start eSign Desktop to open a backup or to start a new database; the damaged file is kept either way."
)
DATABASE_DAMAGED = "The database file is damaged or is not an eSign Desktop database (%1). " + _RECOVERY
DATABASE_EMPTY = (
    "The database file is empty (0 bytes): it was cut short, not newly created (%1). " + _RECOVERY
)
DATABASE_CHECK_FAILED = "The database file is damaged: its own check failed (%1). " + _RECOVERY
SCHEMA_TOO_NEW = (
    "The data folder was written by a newer version of eSign Desktop (database schema %1; this version "
    "understands up to %2). Install the newer version again, or move the data folder %3 away to start afresh."
)
MIGRATION_OUT_OF_ORDER = "Internal error: database migration %1 is out of order."

# A record read back (storage/codec.py); %1 is the kind of record (a class name), values are type names.
SAVED_NOT_JSON = "A saved %1 is not valid JSON."
SAVED_UNKNOWN_LAYOUT = "A saved %1 has an unknown layout."
SAVED_BY_NEWER_VERSION = "A saved %1 was written by a newer version of eSign Desktop."
SAVED_DAMAGED = "A saved %1 is damaged: %2."
SAVED_LACKS_FIELD = "A saved %1 lacks its “%2”."
SAVED_VALUE_DAMAGED = "A saved value is damaged: %1."
SAVED_VALUE_WRONG_TYPE = "A saved value should be of type %1, found %2."
SAVED_DATE_NOT_TEXT = "A saved date is not text."
SAVED_DATE_NOT_ISO = "A saved date is not in ISO 8601 form."
SAVED_DATE_NO_TIME_ZONE = "A saved date has no time zone."
SAVED_NOT_WHOLE_NUMBER = "A saved whole number is not one."
SAVED_NOT_NUMBER = "A saved number is not one."
SAVED_ENVELOPE_OTHER_ID = "A saved envelope names another envelope than the one it is stored as."
UNSAVABLE_WRONG_TYPE = "Could not save: a value should be of type %1, found %2."
UNSAVABLE_WHOLE_NUMBER = "Could not save: a whole number is of type %1."
UNSAVABLE_NUMBER = "Could not save: a number is not a finite number."

# Accounts (storage/accounts.py, services/accounts.py).
ACCOUNT_ID_TAKEN = "Could not add the account: an account with the same id already exists."
ACCOUNT_REMOVED = "Could not save the account: it has been removed."
ACCOUNT_REMOVED_STATE = "Could not save the account's state: the account has been removed."
ACCOUNT_REMOVED_CONVENTION = "Could not save the coordinate convention: the account has been removed."
ACCOUNT_NEEDS_NAME = "Give the account a name."
ACCOUNT_NAME_TAKEN = "There is already an account called “%1”."
ACCOUNT_NEEDS_CUSTOMER_ID = "A GMO Sign account needs its customer id."
ACCOUNT_GONE = "That account no longer exists."

# Drafts, layouts and the PDFs of sends; %1 is a file name.
DRAFT_FILE_MISSING = "Could not save the draft: the file for %1 is missing. Add the PDF again."
DRAFT_UNNAMED_FILE_MISSING = (
    "Could not save the draft: the file for a document is missing. Add the PDF again."
)
LAYOUT_NOT_FOUND = "There is no saved layout called “%1” for %2."
PDF_CHANGED = (
    "%1 changed after it was added to the envelope, so it was not sent. "
    "Add the PDF again and check its fields."
)
TEAM_PDF_DAMAGED = (
    "The team's copy of %1 is damaged, so it was not sent. Send it again from the desktop that has the PDF."
)
PDF_UNREADABLE = (
    "Could not read %1 (%2), so it was not sent. Check that the file still exists, or add it again."
)

# The outbox (storage/outbox.py, services/outbox_sender.py) and records set aside.
QUEUE_NEEDS_ACCOUNT = "Could not queue the envelope for sending: choose an account first."
ALREADY_BEING_SENT = "This envelope is already being sent."
MAY_HAVE_BEEN_SENT = (
    "This envelope may already have been sent: check the service before sending it again, "
    "or send a copy (Duplicate as draft)."
)
SEND_GONE = "The send you are following no longer exists."
SEND_RECORD_DAMAGED = "The record of this send is damaged (unknown state)."
SEND_MOVED_ON = "Cannot move this send from %1 to %2; it may be handled elsewhere."
STILL_BEING_SENT = "This envelope is still being sent; wait until it finishes."
NO_LONGER_SET_ASIDE = "That record is no longer set aside."
CANNOT_BE_READ_BACK = "It cannot be read back (%1)."

# The settings file (storage/settings.py): what loading it had to repair, shown at start.
SETTINGS_UNREADABLE = "The settings file could not be read (%1); the defaults are used."
SETTINGS_DAMAGED = "The settings file was damaged and the defaults are used; the damaged file is kept as %1."
SETTINGS_DAMAGED_NOT_KEPT = (
    "The settings file %1 was damaged and the defaults are used; it could not be renamed to keep it."
)
SETTINGS_NO_VERSION = "The settings file has no valid version; it is read as the current one."
SETTINGS_NEWER = "The settings were saved by a newer version of eSign Desktop; unknown ones are ignored."
SETTINGS_NO_UPDATE = "There is no way to update the settings from version %1; they are read as they are."
SETTINGS_INTERVAL_RAISED = "The sync interval was raised to the minimum, %1 seconds."
SETTINGS_INVALID_VALUE = "The setting “%1” had an invalid value; the default is used."

TEMPLATES: tuple[str, ...] = (
    TEAM_HELD_OFF,
    TEAM_UNREACHABLE,
    TEAM_CONNECTION_LOST,
    TEAM_CONFLICT,
    TEAM_DISK_FULL,
    TEAM_QUEUED_BEFORE,
    TEAM_SIGN_IN_REFUSED,
    TEAM_RECORD_CONFLICT,
    TEAM_DATABASE_ERROR,
    TEAM_SCHEMA_TOO_NEW,
    TEAM_ADDRESS_UNUSABLE,
    DISK_FULL,
    FOLDER_NOT_WRITABLE,
    FILE_ERROR,
    SOURCE_UNREADABLE,
    DATA_FOLDER_BUSY,
    DATABASE_BUSY,
    DATABASE_FILE_DAMAGED,
    DATABASE_READ_ONLY,
    REFERS_TO_NOTHING,
    DISK_READ_WRITE_ERROR,
    DATABASE_ERROR,
    DATABASE_DAMAGED,
    DATABASE_EMPTY,
    DATABASE_CHECK_FAILED,
    SCHEMA_TOO_NEW,
    MIGRATION_OUT_OF_ORDER,
    SAVED_NOT_JSON,
    SAVED_UNKNOWN_LAYOUT,
    SAVED_BY_NEWER_VERSION,
    SAVED_DAMAGED,
    SAVED_LACKS_FIELD,
    SAVED_VALUE_DAMAGED,
    SAVED_VALUE_WRONG_TYPE,
    SAVED_DATE_NOT_TEXT,
    SAVED_DATE_NOT_ISO,
    SAVED_DATE_NO_TIME_ZONE,
    SAVED_NOT_WHOLE_NUMBER,
    SAVED_NOT_NUMBER,
    SAVED_ENVELOPE_OTHER_ID,
    UNSAVABLE_WRONG_TYPE,
    UNSAVABLE_WHOLE_NUMBER,
    UNSAVABLE_NUMBER,
    ACCOUNT_ID_TAKEN,
    ACCOUNT_REMOVED,
    ACCOUNT_REMOVED_STATE,
    ACCOUNT_REMOVED_CONVENTION,
    ACCOUNT_NEEDS_NAME,
    ACCOUNT_NAME_TAKEN,
    ACCOUNT_NEEDS_CUSTOMER_ID,
    ACCOUNT_GONE,
    DRAFT_FILE_MISSING,
    DRAFT_UNNAMED_FILE_MISSING,
    LAYOUT_NOT_FOUND,
    PDF_CHANGED,
    TEAM_PDF_DAMAGED,
    PDF_UNREADABLE,
    QUEUE_NEEDS_ACCOUNT,
    ALREADY_BEING_SENT,
    MAY_HAVE_BEEN_SENT,
    SEND_GONE,
    SEND_RECORD_DAMAGED,
    SEND_MOVED_ON,
    STILL_BEING_SENT,
    NO_LONGER_SET_ASIDE,
    CANNOT_BE_READ_BACK,
    SETTINGS_UNREADABLE,
    SETTINGS_DAMAGED,
    SETTINGS_DAMAGED_NOT_KEPT,
    SETTINGS_NO_VERSION,
    SETTINGS_NEWER,
    SETTINGS_NO_UPDATE,
    SETTINGS_INTERVAL_RAISED,
    SETTINGS_INVALID_VALUE,
)
