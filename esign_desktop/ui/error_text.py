"""Errors in the UI's language: every error people read is a template with values (domain/errors.py); the
window translates the template (context "Errors"), translates each value that is a `Phrase` (the action in
"Could not finish %1: …"), and fills them in. Other values (file names, addresses) are shown as they are; an
error whose template has no translation (a service's own message passed through) shows as written. An error
about one file of many (a PDF problem) has a `subject`, the file's name, shown before the sentence.

The templates and action phrases are listed here literally so lupdate extracts them;
tests/unit/test_error_text.py keeps these lists equal to providers/error_templates.TEMPLATES,
storage/error_templates.TEMPLATES and storage/action_phrases.ActionPhrase.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from esign_desktop.domain.errors import AppError, Phrase
from esign_desktop.services.notifier import Message
from esign_desktop.ui.placeholders import fill
from esign_desktop.ui.translation_marker import QT_TRANSLATE_NOOP

CONTEXT = "Errors"

TRANSLATABLE_TEMPLATES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "Errors",
        "%1 refused the account's credentials (HTTP %2). "
        "Check the access token or the API key and secret in the account settings.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "%1 refused the account's credentials (HTTP %2): %3 "
        "Check the access token or the API key and secret in the account settings.",
    ),
    QT_TRANSLATE_NOOP("Errors", "%1 is limiting the number of calls. Try again in %2 s."),
    QT_TRANSLATE_NOOP("Errors", "%1 is limiting the number of calls. Try again shortly."),
    QT_TRANSLATE_NOOP("Errors", "%1 is limiting the number of calls: %2 Try again in %3 s."),
    QT_TRANSLATE_NOOP("Errors", "%1 is limiting the number of calls: %2 Try again shortly."),
    QT_TRANSLATE_NOOP("Errors", "%1 could not handle the request (HTTP %2). Try again later."),
    QT_TRANSLATE_NOOP("Errors", "%1 could not handle the request (HTTP %2): %3 Try again later."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "%1 redirected the request elsewhere (HTTP %2). "
        "Check the account's address; redirects are not followed so credentials stay with the service.",
    ),
    QT_TRANSLATE_NOOP("Errors", "%1 could not find it (HTTP 404)."),
    QT_TRANSLATE_NOOP("Errors", "%1 could not find it (HTTP 404): %2"),
    QT_TRANSLATE_NOOP("Errors", "%1 refused: it conflicts with the envelope's current state."),
    QT_TRANSLATE_NOOP("Errors", "%1 refused: it conflicts with the envelope's current state: %2"),
    QT_TRANSLATE_NOOP("Errors", "%1 refused the request (HTTP %2)."),
    QT_TRANSLATE_NOOP("Errors", "%1 refused the request (HTTP %2): %3"),
    QT_TRANSLATE_NOOP("Errors", "%1 at %2 could not be reached in time. Check the network and try again."),
    QT_TRANSLATE_NOOP("Errors", "%1 at %2 did not answer in time. Check the network and try again."),
    QT_TRANSLATE_NOOP(
        "Errors", "Could not connect to %1 at %2. Check the network connection and the account's address."
    ),
    QT_TRANSLATE_NOOP("Errors", "The connection to %1 at %2 was interrupted. Try again."),
    QT_TRANSLATE_NOOP("Errors", "“%1” needs the built-in sandbox, which is not running."),
    QT_TRANSLATE_NOOP("Errors", "No saved credentials for “%1”: enter them again in Accounts."),
    QT_TRANSLATE_NOOP("Errors", "%1 sent an answer that is not JSON (HTTP %2)."),
    QT_TRANSLATE_NOOP("Errors", "%1 sent an answer nested too deeply to read (HTTP %2)."),
    QT_TRANSLATE_NOOP(
        "Errors", "%1 sent an answer that could not be unpacked (Content-Encoding '%2'). Try again later."
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "%1 sent an answer larger than %2 MB, more than this kind of answer may be; it was not read. "
        "Try again later; if it keeps happening, check the account's address.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The file for '%1' is larger than %2 MB, the most accepted for a document; nothing was saved.",
    ),
    QT_TRANSLATE_NOOP("Errors", "%1 does not support %2."),
    QT_TRANSLATE_NOOP("Errors", "The service sent an unexpected answer: %1 is not a JSON object."),
    QT_TRANSLATE_NOOP("Errors", "The service sent an unexpected answer: %1 is not a JSON list."),
    QT_TRANSLATE_NOOP("Errors", "The service sent an unexpected answer: '%1' is not a JSON object."),
    QT_TRANSLATE_NOOP("Errors", "The service sent an unexpected answer: '%1' is not a JSON list."),
    QT_TRANSLATE_NOOP("Errors", "The service sent an unexpected answer: '%1' is missing."),
    QT_TRANSLATE_NOOP("Errors", "%1 sent an event without saying which envelope it is about."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "%1 at %2 did not finish in %3 s (every attempt included), so the app stopped waiting. "
        "Try again later.",
    ),
    QT_TRANSLATE_NOOP("Errors", "%1 sent a document that is not valid base64."),
    QT_TRANSLATE_NOOP("Errors", "%1 has no file for '%2' yet."),
    QT_TRANSLATE_NOOP("Errors", "'%1' has no %2 document id yet."),
    QT_TRANSLATE_NOOP("Errors", "%1 has no receipt for this case yet: it is made when the case is finished."),
    QT_TRANSLATE_NOOP("Errors", "This envelope has not been created at %1 yet, so it cannot be updated."),
    QT_TRANSLATE_NOOP("Errors", "%1 has no event '%2'. Known events: %3."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "%1 did not say this subscription's id when it was made, so it cannot be removed from "
        "here. Remove it in %1's own settings.",
    ),
    QT_TRANSLATE_NOOP("Errors", "The address %1 does not answer like %2. Check the account's address."),
    QT_TRANSLATE_NOOP("Errors", "%1 refused the request: %2"),
    QT_TRANSLATE_NOOP("Errors", "%1 refused the request (%2)."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "%1 did not confirm the signature request (%2). It may have been sent: check %1 for an "
        "envelope with the document code(s) %3 before sending it again. It will not be requested "
        "again automatically.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "%1 answered the signature request without an envelope id. It may have been sent: check "
        "%1 for an envelope with the document code(s) %2 before sending it again. It will not be "
        "requested again automatically.",
    ),
    QT_TRANSLATE_NOOP("Errors", "Could not read '%1' (%2). Check that the file still exists."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "'%1' changed while it was being uploaded. Wait until it is saved, then send again.",
    ),
    QT_TRANSLATE_NOOP("Errors", "The document '%1' has no local file to upload."),
    QT_TRANSLATE_NOOP("Errors", "Could not add the fields to '%1': %2"),
    QT_TRANSLATE_NOOP("Errors", "The download from %1 was cut short (%2 of %3 bytes). Try again."),
    QT_TRANSLATE_NOOP("Errors", "'%1' is not a web address. Use an address starting with https://."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The address %1 would send your credentials unencrypted. Use an https:// address; plain "
        "http is allowed only for this computer (localhost, 127.0.0.1, ::1).",
    ),
    QT_TRANSLATE_NOOP("Errors", "%1 has no recipient-only parties; make them signers or remove them: %2"),
    QT_TRANSLATE_NOOP("Errors", "%1 needs at least one signer."),
    QT_TRANSLATE_NOOP("Errors", "%1 needs an e-mail address or phone number for %2."),
    QT_TRANSLATE_NOOP("Errors", "'%1' is not a %2 signature type (%3)."),
    QT_TRANSLATE_NOOP("Errors", "'%1' is not a date %2 can print; use YYYY-MM-DD."),
    QT_TRANSLATE_NOOP("Errors", "A signature field must belong to a signer; assign it to a party."),
    QT_TRANSLATE_NOOP("Errors", "A field belongs to a party who does not sign; assign it to a signer."),
    QT_TRANSLATE_NOOP("Errors", "%1 signs in person: %2 needs the email address of the attendant."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "%1 has only a phone number, but %2's template send can reach signers by email only. Add "
        "an email address, or send the envelope without the template.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "%1's template send cannot use the sign type chosen for %2 (signature in person). Choose "
        "e-signature or digital signature, or send the envelope without the template.",
    ),
)
# Parts of an answer, inside "The service sent an unexpected answer: %1 is not a JSON object."
ANSWER_PART_PHRASES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Errors", "a document"),
    QT_TRANSLATE_NOOP("Errors", "a party"),
    QT_TRANSLATE_NOOP("Errors", "an approver"),
    QT_TRANSLATE_NOOP("Errors", "the case"),
    QT_TRANSLATE_NOOP("Errors", "the document registration"),
    QT_TRANSLATE_NOOP("Errors", "the event"),
    QT_TRANSLATE_NOOP("Errors", "the event's case"),
    QT_TRANSLATE_NOOP("Errors", "the signature request"),
    QT_TRANSLATE_NOOP("Errors", "the template send"),
    QT_TRANSLATE_NOOP("Errors", "the document"),
    QT_TRANSLATE_NOOP("Errors", "the connection"),
)
# Why a refusal said nothing, inside "%1 refused the request (%2)." (providers/gmosign.py).
REFUSAL_PHRASES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Errors", "refused the request"),
    QT_TRANSLATE_NOOP("Errors", "did not return an envelope id"),
    QT_TRANSLATE_NOOP("Errors", "did not return a connection id"),
    QT_TRANSLATE_NOOP("Errors", "did not return a document code"),
)
# What a service does not support, inside "%1 does not support %2." (providers/error_templates.py).
NOT_SUPPORTED_PHRASES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Errors", "listing envelopes"),
    QT_TRANSLATE_NOOP("Errors", "reading an envelope's status"),
    QT_TRANSLATE_NOOP("Errors", "creating envelopes"),
    QT_TRANSLATE_NOOP("Errors", "sending from a template"),
    QT_TRANSLATE_NOOP("Errors", "listing templates"),
    QT_TRANSLATE_NOOP("Errors", "changing an envelope"),
    QT_TRANSLATE_NOOP("Errors", "changing an envelope's details"),
    QT_TRANSLATE_NOOP("Errors", "sending envelopes"),
    QT_TRANSLATE_NOOP("Errors", "requesting approval"),
    QT_TRANSLATE_NOOP("Errors", "reminding signers"),
    QT_TRANSLATE_NOOP("Errors", "recalling envelopes"),
    QT_TRANSLATE_NOOP("Errors", "deleting envelopes"),
    QT_TRANSLATE_NOOP("Errors", "downloading documents"),
    QT_TRANSLATE_NOOP("Errors", "downloading receipts"),
    QT_TRANSLATE_NOOP("Errors", "finding an envelope by its temporary id"),
    QT_TRANSLATE_NOOP("Errors", "status callbacks"),
)


# Every storage error (storage/error_templates.py).
STORAGE_TEMPLATES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "Errors",
        "Could not reach the team database %1 just now. "
        "Your work is kept on this computer; it goes to the team database when it is back.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The team database %1 cannot be reached. "
        "Your work is kept on this computer; it goes to the team database when it is back.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The connection to the team database %1 was lost. "
        "Your work is kept on this computer; it goes to the team database when it is back.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "Another desktop was changing the same record at the same moment. Try again."
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "The team database server's disk is full. Ask whoever looks after it to make room."
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The team database %1 cannot be reached, and this envelope was queued before: it can be sent again "
        "only once the database is back (the team's outbox knows what became of it).",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Could not finish %1: the team database %2 refused the sign-in. Check the user name and the "
        "password in Settings > Team.",
    ),
    QT_TRANSLATE_NOOP("Errors", "Could not finish %1: the record conflicts with one already saved."),
    QT_TRANSLATE_NOOP("Errors", "Could not finish %1: the team database said %2."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The team database %1 was prepared by a newer version of eSign Desktop (schema %2; this version "
        "understands up to %3). Install the newer version.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The team database address in Settings cannot be used (%1). Correct it in Team > Database, or "
        "clear it to work alone.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Could not finish %1: the disk is full. Free some space and try again; the previously saved "
        "version is unchanged.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Could not finish %1: the data folder is not writable (%2). Check the folder's permissions; the "
        "previously saved version is unchanged.",
    ),
    QT_TRANSLATE_NOOP("Errors", "Could not finish %1: %2. The previously saved version is unchanged."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Could not finish %1: cannot read %2 (%3). Check that the file still exists and is readable.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Could not finish %1: another copy of eSign Desktop is busy with the same data folder. Try again "
        "in a moment.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Could not finish %1: the database is in use by another program. Close other copies of eSign "
        "Desktop and try again.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Could not finish %1: the database file is damaged. Restore it from a backup or move it away to "
        "start afresh.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Could not finish %1: the database file cannot be opened for writing. Check the data folder's "
        "permissions.",
    ),
    QT_TRANSLATE_NOOP("Errors", "Could not finish %1: it refers to something that does not exist."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Could not finish %1: the disk reported a read or write error. Check the disk and the data folder; "
        "the previously saved version is unchanged.",
    ),
    QT_TRANSLATE_NOOP("Errors", "Could not finish %1: database error (%2)."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The database file is damaged or is not an eSign Desktop database (%1). Start eSign Desktop to "
        "open a backup or to start a new database; the damaged file is kept either way.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The database file is empty (0 bytes): it was cut short, not newly created (%1). Start eSign "
        "Desktop to open a backup or to start a new database; the damaged file is kept either way.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The database file is damaged: its own check failed (%1). Start eSign Desktop to open a backup or "
        "to start a new database; the damaged file is kept either way.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The data folder was written by a newer version of eSign Desktop (database schema %1; this version "
        "understands up to %2). Install the newer version again, or move the data folder %3 away to start "
        "afresh.",
    ),
    QT_TRANSLATE_NOOP("Errors", "Internal error: database migration %1 is out of order."),
    QT_TRANSLATE_NOOP("Errors", "A saved %1 is not valid JSON."),
    QT_TRANSLATE_NOOP("Errors", "A saved %1 has an unknown layout."),
    QT_TRANSLATE_NOOP("Errors", "A saved %1 was written by a newer version of eSign Desktop."),
    QT_TRANSLATE_NOOP("Errors", "A saved %1 is damaged: %2."),
    QT_TRANSLATE_NOOP("Errors", "A saved %1 lacks its “%2”."),
    QT_TRANSLATE_NOOP("Errors", "A saved value is damaged: %1."),
    QT_TRANSLATE_NOOP("Errors", "A saved value should be of type %1, found %2."),
    QT_TRANSLATE_NOOP("Errors", "A saved date is not text."),
    QT_TRANSLATE_NOOP("Errors", "A saved date is not in ISO 8601 form."),
    QT_TRANSLATE_NOOP("Errors", "A saved date has no time zone."),
    QT_TRANSLATE_NOOP("Errors", "A saved whole number is not one."),
    QT_TRANSLATE_NOOP("Errors", "A saved number is not one."),
    QT_TRANSLATE_NOOP("Errors", "A saved envelope names another envelope than the one it is stored as."),
    QT_TRANSLATE_NOOP("Errors", "Could not save: a value should be of type %1, found %2."),
    QT_TRANSLATE_NOOP("Errors", "Could not save: a whole number is of type %1."),
    QT_TRANSLATE_NOOP("Errors", "Could not save: a number is not a finite number."),
    QT_TRANSLATE_NOOP("Errors", "Could not add the account: an account with the same id already exists."),
    QT_TRANSLATE_NOOP("Errors", "Could not save the account: it has been removed."),
    QT_TRANSLATE_NOOP("Errors", "Could not save the account's state: the account has been removed."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Could not save the coordinate convention: the account has been removed.",
    ),
    QT_TRANSLATE_NOOP("Errors", "Give the account a name."),
    QT_TRANSLATE_NOOP("Errors", "There is already an account called “%1”."),
    QT_TRANSLATE_NOOP("Errors", "A GMO Sign account needs its customer id."),
    QT_TRANSLATE_NOOP("Errors", "That account no longer exists."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Could not save the draft: the file for %1 is missing. Add the PDF again.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Could not save the draft: the file for a document is missing. Add the PDF again.",
    ),
    QT_TRANSLATE_NOOP("Errors", "There is no saved layout called “%1” for %2."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "%1 changed after it was added to the envelope, so it was not sent. Add the PDF again and check "
        "its fields.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The team's copy of %1 is damaged, so it was not sent. Send it again from the desktop that has the "
        "PDF.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Could not read %1 (%2), so it was not sent. Check that the file still exists, or add it again.",
    ),
    QT_TRANSLATE_NOOP("Errors", "Could not queue the envelope for sending: choose an account first."),
    QT_TRANSLATE_NOOP("Errors", "This envelope is already being sent."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "This envelope may already have been sent: check the service before sending it again, or send a "
        "copy (Duplicate as draft).",
    ),
    QT_TRANSLATE_NOOP("Errors", "The send you are following no longer exists."),
    QT_TRANSLATE_NOOP("Errors", "The record of this send is damaged (unknown state)."),
    QT_TRANSLATE_NOOP("Errors", "Cannot move this send from %1 to %2; it may be handled elsewhere."),
    QT_TRANSLATE_NOOP("Errors", "This envelope is still being sent; wait until it finishes."),
    QT_TRANSLATE_NOOP("Errors", "That record is no longer set aside."),
    QT_TRANSLATE_NOOP("Errors", "It cannot be read back (%1)."),
    QT_TRANSLATE_NOOP("Errors", "The settings file could not be read (%1); the defaults are used."),
    QT_TRANSLATE_NOOP(
        "Errors", "The settings file was damaged and the defaults are used; the damaged file is kept as %1."
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The settings file %1 was damaged and the defaults are used; it could not be renamed to keep it.",
    ),
    QT_TRANSLATE_NOOP("Errors", "The settings file has no valid version; it is read as the current one."),
    QT_TRANSLATE_NOOP(
        "Errors", "The settings were saved by a newer version of eSign Desktop; unknown ones are ignored."
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "There is no way to update the settings from version %1; they are read as they are."
    ),
    QT_TRANSLATE_NOOP("Errors", "The sync interval was raised to the minimum, %1 seconds."),
    QT_TRANSLATE_NOOP("Errors", "The setting “%1” had an invalid value; the default is used."),
)

# What was being done, the %1 of "Could not finish %1: …" (storage/action_phrases.ActionPhrase).
ACTION_PHRASES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Errors", "opening the database"),
    QT_TRANSLATE_NOOP("Errors", "creating the database"),
    QT_TRANSLATE_NOOP("Errors", "reading the database version"),
    QT_TRANSLATE_NOOP("Errors", "updating the database for this version of eSign Desktop"),
    QT_TRANSLATE_NOOP("Errors", "backing up the database"),
    QT_TRANSLATE_NOOP("Errors", "keeping the damaged database aside"),
    QT_TRANSLATE_NOOP("Errors", "restoring the backup"),
    QT_TRANSLATE_NOOP("Errors", "reading saved data"),
    QT_TRANSLATE_NOOP("Errors", "saving the settings"),
    QT_TRANSLATE_NOOP("Errors", "adding the account"),
    QT_TRANSLATE_NOOP("Errors", "saving the account"),
    QT_TRANSLATE_NOOP("Errors", "saving the account's state"),
    QT_TRANSLATE_NOOP("Errors", "saving the account's coordinate convention"),
    QT_TRANSLATE_NOOP("Errors", "removing the account"),
    QT_TRANSLATE_NOOP("Errors", "saving the envelope list"),
    QT_TRANSLATE_NOOP("Errors", "removing the envelope from the list"),
    QT_TRANSLATE_NOOP("Errors", "checking the envelope"),
    QT_TRANSLATE_NOOP("Errors", "recording the envelope's history"),
    QT_TRANSLATE_NOOP("Errors", "clearing the envelope's history"),
    QT_TRANSLATE_NOOP("Errors", "saving the calibration record"),
    QT_TRANSLATE_NOOP("Errors", "saving the draft"),
    QT_TRANSLATE_NOOP("Errors", "opening the draft"),
    QT_TRANSLATE_NOOP("Errors", "listing the drafts"),
    QT_TRANSLATE_NOOP("Errors", "deleting the draft"),
    QT_TRANSLATE_NOOP("Errors", "tidying stored files"),
    QT_TRANSLATE_NOOP("Errors", "making a working copy of the PDF"),
    QT_TRANSLATE_NOOP("Errors", "saving the layout"),
    QT_TRANSLATE_NOOP("Errors", "opening the layout"),
    QT_TRANSLATE_NOOP("Errors", "deleting the layout"),
    QT_TRANSLATE_NOOP("Errors", "queueing the envelope for sending"),
    QT_TRANSLATE_NOOP("Errors", "recording the sending progress"),
    QT_TRANSLATE_NOOP("Errors", "removing the send record"),
    QT_TRANSLATE_NOOP("Errors", "setting aside a record that cannot be read"),
    QT_TRANSLATE_NOOP("Errors", "listing the records that need attention"),
    QT_TRANSLATE_NOOP("Errors", "counting the records that need attention"),
    QT_TRANSLATE_NOOP("Errors", "reading a record that needs attention"),
    QT_TRANSLATE_NOOP("Errors", "exporting the record"),
    QT_TRANSLATE_NOOP("Errors", "deleting a record that needs attention"),
    QT_TRANSLATE_NOOP("Errors", "connecting to the team database"),
    QT_TRANSLATE_NOOP("Errors", "preparing the team database"),
    QT_TRANSLATE_NOOP("Errors", "reading the team database's version"),
    QT_TRANSLATE_NOOP("Errors", "reading this desktop's team id"),
    QT_TRANSLATE_NOOP("Errors", "introducing this desktop to the team"),
    QT_TRANSLATE_NOOP("Errors", "joining the team's account"),
    QT_TRANSLATE_NOOP("Errors", "queueing changes for the team"),
    QT_TRANSLATE_NOOP("Errors", "reading the changes queued for the team"),
    QT_TRANSLATE_NOOP("Errors", "clearing the changes pushed to the team"),
    QT_TRANSLATE_NOOP("Errors", "reading the team register"),
    QT_TRANSLATE_NOOP("Errors", "reading the team's layouts"),
    QT_TRANSLATE_NOOP("Errors", "reading the team state"),
    QT_TRANSLATE_NOOP("Errors", "saving the team state"),
    QT_TRANSLATE_NOOP("Errors", "reading the team's status"),
    QT_TRANSLATE_NOOP("Errors", "counting the team's calls"),
    QT_TRANSLATE_NOOP("Errors", "claiming the send"),
    QT_TRANSLATE_NOOP("Errors", "holding the claim on the send"),
    QT_TRANSLATE_NOOP("Errors", "noting which desktop sends it"),
    QT_TRANSLATE_NOOP("Errors", "sharing the PDF with the team"),
    QT_TRANSLATE_NOOP("Errors", "checking the team's PDFs"),
    QT_TRANSLATE_NOOP("Errors", "fetching the PDF from the team"),
    QT_TRANSLATE_NOOP("Errors", "saving a copy of the team's PDF on this computer"),
    QT_TRANSLATE_NOOP("Errors", "tidying the team's PDFs"),
    QT_TRANSLATE_NOOP("Errors", "creating the account's relay token"),
    QT_TRANSLATE_NOOP("Errors", "saving the account's relay hooks"),
    QT_TRANSLATE_NOOP("Errors", "reading the account's relay hooks"),
    QT_TRANSLATE_NOOP("Errors", "removing the account's relay token"),
    QT_TRANSLATE_NOOP("Errors", "reading the account's relay"),
    QT_TRANSLATE_NOOP("Errors", "reading the relay's callbacks"),
    QT_TRANSLATE_NOOP("Errors", "marking a callback processed"),
    QT_TRANSLATE_NOOP("Errors", "looking up a callback token"),
    QT_TRANSLATE_NOOP("Errors", "storing a callback"),
    QT_TRANSLATE_NOOP("Errors", "counting a refused callback"),
    QT_TRANSLATE_NOOP("Errors", "checking the team database"),
)

# Errors and warnings of the services that people read, by the same rule (services/envelope_actions.TEMPLATES,
# services/status_monitor.TEMPLATES).
SERVICE_TEMPLATES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Errors", "Could not write to %1: %2"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "“%1” was made without %2: the PDF is no longer on this computer. Add it again in the draft.",
    ),
    QT_TRANSLATE_NOOP("Errors", "The local receiver for status callbacks did not start."),
    QT_TRANSLATE_NOOP("Errors", "%1: status callbacks are off: %2"),
)


# Every PDF problem (pdf/error_templates.py), and the fixed words some of them take as values.
PDF_TEMPLATES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Errors", "This file cannot be used as a PDF document."),
    QT_TRANSLATE_NOOP(
        "Errors", "This is not a PDF file. Choose a PDF document (the name usually ends in .pdf)."
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The PDF is damaged or incomplete (perhaps a download was cut short). Open it in a PDF "
        "viewer, save a fresh copy, and add that copy instead.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The PDF is password protected. Remove the password (open it and save or print it to a new "
        "PDF) and add the unprotected copy.",
    ),
    QT_TRANSLATE_NOOP("Errors", "The PDF has no pages."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The PDF is too large to send. Reduce its size (for example, compress images) and try again.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The PDF is %1 MB; the limit is %2 MB. Reduce its size (for example, compress images) and try again.",
    ),
    QT_TRANSLATE_NOOP("Errors", "A page of this PDF cannot be displayed reliably."),
    QT_TRANSLATE_NOOP("Errors", "Page %1: %2"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The PDF is already digitally signed. Adding fields would invalidate the existing "
        "signatures: send the document without placed fields, or use an unsigned copy.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The PDF is protected with a password. Enter the password to use it: the app makes an "
        "unprotected working copy for this draft and does not keep the password.",
    ),
    QT_TRANSLATE_NOOP("Errors", "The password is not correct for this PDF. Check it and try again."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The PDF is encrypted for particular recipients' certificates (public-key encryption), not "
        "with a password. It is not damaged, but only those recipients can open it: ask the sender "
        "for an unencrypted copy and add that instead.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The PDF is encrypted with an owner password: it opens without one, but its author "
        "restricted what may be done with it. GMO Sign refuses encrypted files, and placing fields "
        "for Assently writes a copy without the restrictions. To send it, confirm that you may "
        "remove the restrictions: the app then uses an unrestricted copy (the original file is not "
        "changed). Restrictions: %1.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The PDF is damaged (for example junk before its start, a broken last update or a broken "
        "page list), but a repaired copy can be made. Repair it to continue: the repaired copy is "
        "used from then on and the original file is not changed. Check the pages after repairing.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "The file cannot be read. Check that it still exists and that you may open it."
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The file cannot be read or the copy cannot be written. Check the file and the free disk space.",
    ),
    QT_TRANSLATE_NOOP("Errors", "Field %1 is on page %2, but the document has %3 pages."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "%1 sent %2 instead of a PDF for '%3'; nothing was saved. Try again later; if it keeps "
        "happening, check the account's address.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The service sent something other than a PDF for '%1' (%2); nothing was saved. Try again "
        "later; if it keeps happening, check the account's address.",
    ),
    QT_TRANSLATE_NOOP("Errors", "%1 %2"),
)
PDF_PHRASES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Errors", "none (but the file is still encrypted)"),
    QT_TRANSLATE_NOOP("Errors", "a web page"),
    QT_TRANSLATE_NOOP("Errors", "JSON"),
    QT_TRANSLATE_NOOP("Errors", "not a PDF"),
    QT_TRANSLATE_NOOP("Errors", "empty"),
)
SUBJECT_AND_SENTENCE = QT_TRANSLATE_NOOP("Errors", "%1: %2")  # "<file name>: <sentence>"

# Every calibration problem (services/calibration.py).
CALIBRATION_TEMPLATES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Errors", "The calibration record %1 cannot be read (%2); send a new one."),
    QT_TRANSLATE_NOOP("Errors", "“%1” is not an e-mail address; give your own, you will sign it."),
    QT_TRANSLATE_NOOP("Errors", "The calibration envelope was not sent: %1"),
    QT_TRANSLATE_NOOP(
        "Errors", "No calibration was sent for “%1”: send one first (esign calibrate --email)."
    ),
    QT_TRANSLATE_NOOP("Errors", "The calibration envelope is no longer in the local list; send a new one."),
    QT_TRANSLATE_NOOP("Errors", "The signed document could not be downloaded: %1"),
)

# Why a page cannot be shown (domain/geometry/page_box.TEMPLATES), inside the PDF problem "Page %1: %2".
GEOMETRY_TEMPLATES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "Errors",
        "A page has no usable size (its MediaBox is missing or has zero width or height). "
        "Re-save the PDF from its original application and try again.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The page rotation %1 is not a multiple of 90 degrees, so the page cannot be shown reliably. "
        "Re-save the PDF from its original application and try again.",
    ),
)

# Why a send failed, when the outbox's sender says it (services/outbox_sender.TEMPLATES), and the states of a
# send as they appear inside an error (storage/outbox.STATE_PHRASES).
OUTBOX_TEMPLATES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "Errors", "This send could not be resumed (%1). Check on the service whether it arrived."
    ),
    QT_TRANSLATE_NOOP("Errors", "Gave up after %1 tries: %2 It will not be sent twice."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The answer to the signature request never came, so it may have been sent: check GMO Sign for an "
        "envelope with the document code(s) %1 before sending it again. It will not be requested again "
        "automatically.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The answer to the signature request never came, so it may have been sent: check GMO Sign for the "
        "envelope before sending it again. It will not be requested again automatically.",
    ),
    QT_TRANSLATE_NOOP("Errors", "It was not sent: %1"),
)
OUTBOX_STATE_PHRASES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Errors", "waiting"),
    QT_TRANSLATE_NOOP("Errors", "being created"),
    QT_TRANSLATE_NOOP("Errors", "created"),
    QT_TRANSLATE_NOOP("Errors", "being sent"),
    QT_TRANSLATE_NOOP("Errors", "sent"),
    QT_TRANSLATE_NOOP("Errors", "failed"),
    QT_TRANSLATE_NOOP("Errors", "kept as a draft"),
)


# Why an envelope file cannot be opened (services/envelope_spec.TEMPLATES), and the fixed words inside.
SPEC_TEMPLATES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Errors", "%1"),
    QT_TRANSLATE_NOOP("Errors", "no such file"),
    QT_TRANSLATE_NOOP("Errors", "%1 cannot be read: %2"),
    QT_TRANSLATE_NOOP("Errors", "%1 is larger than %2 MB; is it an envelope spec?"),
    QT_TRANSLATE_NOOP("Errors", "%1 is not a readable JSON file: %2"),
    QT_TRANSLATE_NOOP("Errors", "the file is not UTF-8 text"),
    QT_TRANSLATE_NOOP("Errors", "%1 (line %2, column %3)"),
    QT_TRANSLATE_NOOP("Errors", "the JSON is nested too deeply"),
    QT_TRANSLATE_NOOP("Errors", "a number is too long"),
    QT_TRANSLATE_NOOP("Errors", "the key %1 appears twice in one object"),
    QT_TRANSLATE_NOOP("Errors", "the spec must be a JSON object"),
    QT_TRANSLATE_NOOP("Errors", "“%1” is one of %2"),
    QT_TRANSLATE_NOOP("Errors", "%1 (found %2)"),
    QT_TRANSLATE_NOOP("Errors", "must be at least %1"),
    QT_TRANSLATE_NOOP("Errors", "must be more than %1"),
    QT_TRANSLATE_NOOP("Errors", "must be at most %1"),
    QT_TRANSLATE_NOOP("Errors", "must be less than %1"),
    QT_TRANSLATE_NOOP("Errors", "must have at least %1 item(s)"),
    QT_TRANSLATE_NOOP("Errors", "must have at most %1 item(s)"),
    QT_TRANSLATE_NOOP("Errors", "%1 cannot be opened"),
    QT_TRANSLATE_NOOP("Errors", "%1 does not exist"),
    QT_TRANSLATE_NOOP("Errors", "%1 cannot be read (%2)"),
    QT_TRANSLATE_NOOP("Errors", "the id %1 is used twice"),
    QT_TRANSLATE_NOOP("Errors", "there is no document %1"),
    QT_TRANSLATE_NOOP("Errors", "page %1 is out of range (the document has %2 pages)"),
    QT_TRANSLATE_NOOP("Errors", "unknown party %1"),
    QT_TRANSLATE_NOOP("Errors", "“rect” must be [x1, y1, x2, y2] in percent, inside 0..100, not empty"),
)
SPEC_PHRASES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Errors", "contains an invalid character (a lone UTF-16 surrogate)"),
    QT_TRANSLATE_NOOP("Errors", "contains a NUL character"),
    QT_TRANSLATE_NOOP("Errors", "must not be empty"),
    QT_TRANSLATE_NOOP("Errors", "must be text"),
    QT_TRANSLATE_NOOP("Errors", "must be true or false"),
    QT_TRANSLATE_NOOP("Errors", "must be a whole number"),
    QT_TRANSLATE_NOOP("Errors", "must be a number"),
    QT_TRANSLATE_NOOP("Errors", "must be a list"),
    QT_TRANSLATE_NOOP("Errors", "must be an object"),
    QT_TRANSLATE_NOOP("Errors", "is required"),
    QT_TRANSLATE_NOOP("Errors", "is not a known key (check its spelling)"),
    QT_TRANSLATE_NOOP("Errors", "must be a finite number"),
    QT_TRANSLATE_NOOP("Errors", "is too long"),
    QT_TRANSLATE_NOOP("Errors", "text"),
    QT_TRANSLATE_NOOP("Errors", "true/false"),
    QT_TRANSLATE_NOOP("Errors", "null"),
    QT_TRANSLATE_NOOP("Errors", "a list"),
    QT_TRANSLATE_NOOP("Errors", "an object"),
    QT_TRANSLATE_NOOP("Errors", "a number"),
    QT_TRANSLATE_NOOP("Errors", "another type"),
)


def error_text(error: BaseException) -> str:
    """What went wrong, in the UI's language where a translation exists."""
    if isinstance(error, AppError):
        values = (_value_text(value) for value in error.values)
        sentence = fill(_translated(error.template), *values)
        if error.subject:  # a file's problem: "<file name>: <sentence>"
            return fill(_translated(SUBJECT_AND_SENTENCE), error.subject, sentence)
        return sentence
    return str(error)


def _value_text(value: str | AppError) -> str:
    """A Phrase translated, an AppError (the cause inside a sentence) said in the UI's language, any other
    value as it is."""
    if isinstance(value, AppError):
        return error_text(value)
    return _translated(value) if isinstance(value, Phrase) else value


def _translated(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def message_text(message: Message) -> str:
    """A message for the window: an error in the UI's language, anything else as it was written."""
    if message.error is not None:
        return message.prefix + error_text(message.error)
    return message.text
