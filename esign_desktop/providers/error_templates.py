"""The English templates of the provider errors people meet most (refused credentials, rate limits, the
service down, the network), with %1..%9 for their values (domain/errors.py). The UI lists the same texts for
translation (ui/error_text.py; a test keeps the two equal). %1 is always the service's name."""

from __future__ import annotations

from esign_desktop.domain.capabilities import Action

REFUSED_CREDENTIALS = (
    "%1 refused the account's credentials (HTTP %2). "
    "Check the access token or the API key and secret in the account settings."
)
REFUSED_CREDENTIALS_SAID = (
    "%1 refused the account's credentials (HTTP %2): %3 "
    "Check the access token or the API key and secret in the account settings."
)
RATE_LIMITED_WAIT = "%1 is limiting the number of calls. Try again in %2 s."
RATE_LIMITED = "%1 is limiting the number of calls. Try again shortly."
RATE_LIMITED_SAID_WAIT = "%1 is limiting the number of calls: %2 Try again in %3 s."
RATE_LIMITED_SAID = "%1 is limiting the number of calls: %2 Try again shortly."
SERVICE_FAILED = "%1 could not handle the request (HTTP %2). Try again later."
SERVICE_FAILED_SAID = "%1 could not handle the request (HTTP %2): %3 Try again later."
REDIRECTED = (
    "%1 redirected the request elsewhere (HTTP %2). "
    "Check the account's address; redirects are not followed so credentials stay with the service."
)
NOT_FOUND = "%1 could not find it (HTTP 404)."
NOT_FOUND_SAID = "%1 could not find it (HTTP 404): %2"
CONFLICT = "%1 refused: it conflicts with the envelope's current state."
CONFLICT_SAID = "%1 refused: it conflicts with the envelope's current state: %2"
REFUSED = "%1 refused the request (HTTP %2)."
REFUSED_SAID = "%1 refused the request (HTTP %2): %3"
CONNECT_TIMEOUT = "%1 at %2 could not be reached in time. Check the network and try again."
ANSWER_TIMEOUT = "%1 at %2 did not answer in time. Check the network and try again."
CANNOT_CONNECT = "Could not connect to %1 at %2. Check the network connection and the account's address."
INTERRUPTED = "The connection to %1 at %2 was interrupted. Try again."
SANDBOX_NOT_RUNNING = "“%1” needs the built-in sandbox, which is not running."
NO_SAVED_CREDENTIALS = "No saved credentials for “%1”: enter them again in Accounts."
NOT_JSON = "%1 sent an answer that is not JSON (HTTP %2)."
NESTED_TOO_DEEPLY = "%1 sent an answer nested too deeply to read (HTTP %2)."
NOT_UNPACKED = "%1 sent an answer that could not be unpacked (Content-Encoding '%2'). Try again later."
ANSWER_TOO_LARGE = (
    "%1 sent an answer larger than %2 MB, more than this kind of answer may be; it was not read. "
    "Try again later; if it keeps happening, check the account's address."
)
FILE_TOO_LARGE = (
    "The file for '%1' is larger than %2 MB, the most accepted for a document; nothing was saved."
)
# Answers of an unexpected shape (providers/json_shape.py). %1 in the first two is a part of the answer, a
# Phrase from ANSWER_PARTS; in the others a field's name, shown as it is.
NOT_AN_OBJECT = "The service sent an unexpected answer: %1 is not a JSON object."
NOT_A_LIST = "The service sent an unexpected answer: %1 is not a JSON list."
FIELD_NOT_AN_OBJECT = "The service sent an unexpected answer: '%1' is not a JSON object."
FIELD_NOT_A_LIST = "The service sent an unexpected answer: '%1' is not a JSON list."
FIELD_MISSING = "The service sent an unexpected answer: '%1' is missing."
ANSWER_PARTS: tuple[str, ...] = (
    "a document",
    "a party",
    "an approver",
    "the case",
    "the document registration",
    "the event",
    "the event's case",
    "the signature request",
    "the template send",
    "the document",
    "the connection",
)
EVENT_WITHOUT_ENVELOPE = "%1 sent an event without saying which envelope it is about."
DEADLINE_EXCEEDED = (
    "%1 at %2 did not finish in %3 s (every attempt included), so the app stopped waiting. Try again later."
)
NOT_BASE64 = "%1 sent a document that is not valid base64."
NO_FILE_YET = "%1 has no file for '%2' yet."
NO_DOCUMENT_ID_YET = "'%1' has no %2 document id yet."
NO_RECEIPT_YET = "%1 has no receipt for this case yet: it is made when the case is finished."
NOT_CREATED_YET = "This envelope has not been created at %1 yet, so it cannot be updated."
NO_SUCH_EVENT = "%1 has no event '%2'. Known events: %3."
SUBSCRIPTION_ID_UNKNOWN = (
    "%1 did not say this subscription's id when it was made, so it cannot be removed from here. "
    "Remove it in %1's own settings."
)
NOT_LIKE_THE_SERVICE = "The address %1 does not answer like %2. Check the account's address."
REFUSED_PLAIN_SAID = "%1 refused the request: %2"
REFUSED_WITHOUT = "%1 refused the request (%2)."
# Why, in REFUSED_WITHOUT, when the service's refusal says nothing.
REFUSAL_REASONS: tuple[str, ...] = (
    "refused the request",
    "did not return an envelope id",
    "did not return a connection id",
    "did not return a document code",
)
NOT_CONFIRMED_MAY_HAVE_LANDED = (
    "%1 did not confirm the signature request (%2). It may have been sent: check %1 for an envelope with the "
    "document code(s) %3 before sending it again. It will not be requested again automatically."
)
NO_ENVELOPE_ID_MAY_HAVE_LANDED = (
    "%1 answered the signature request without an envelope id. It may have been sent: check %1 for an "
    "envelope with the document code(s) %2 before sending it again. It will not be requested again "
    "automatically."
)
CANNOT_READ_DOCUMENT = "Could not read '%1' (%2). Check that the file still exists."
CHANGED_DURING_UPLOAD = "'%1' changed while it was being uploaded. Wait until it is saved, then send again."
NO_LOCAL_FILE = "The document '%1' has no local file to upload."
FIELDS_NOT_ADDED = "Could not add the fields to '%1': %2"
DOWNLOAD_CUT_SHORT = "The download from %1 was cut short (%2 of %3 bytes). Try again."
NOT_A_WEB_ADDRESS = "'%1' is not a web address. Use an address starting with https://."
UNENCRYPTED_ADDRESS = (
    "The address %1 would send your credentials unencrypted. Use an https:// address; plain http is allowed "
    "only for this computer (localhost, 127.0.0.1, ::1)."
)
# What the envelope asks that the service cannot do (the mappings).
NO_RECIPIENT_ONLY = "%1 has no recipient-only parties; make them signers or remove them: %2"
NEEDS_A_SIGNER = "%1 needs at least one signer."
NEEDS_CONTACT = "%1 needs an e-mail address or phone number for %2."
NOT_A_SIGN_TYPE = "'%1' is not a %2 signature type (%3)."
NOT_A_PRINTABLE_DATE = "'%1' is not a date %2 can print; use YYYY-MM-DD."
SIGNATURE_WITHOUT_SIGNER = "A signature field must belong to a signer; assign it to a party."
FIELD_OF_NON_SIGNER = "A field belongs to a party who does not sign; assign it to a signer."
IN_PERSON_NEEDS_ATTENDANT = "%1 signs in person: %2 needs the email address of the attendant."
TEMPLATE_NEEDS_EMAIL = (
    "%1 has only a phone number, but %2's template send can reach signers by email only. Add an email "
    "address, or send the envelope without the template."
)
TEMPLATE_SIGN_TYPE = (
    "%1's template send cannot use the sign type chosen for %2 (signature in person). Choose e-signature or "
    "digital signature, or send the envelope without the template."
)
NOT_SUPPORTED = "%1 does not support %2."

# What NotSupported names, as a Phrase in NOT_SUPPORTED ("GMO Sign does not support reminding signers.").
NOT_SUPPORTED_ACTIONS: dict[Action, str] = {
    Action.LIST: "listing envelopes",
    Action.GET: "reading an envelope's status",
    Action.CREATE: "creating envelopes",
    Action.CREATE_FROM_TEMPLATE: "sending from a template",
    Action.LIST_TEMPLATES: "listing templates",
    Action.UPDATE: "changing an envelope",
    Action.UPDATE_METADATA: "changing an envelope's details",
    Action.SEND: "sending envelopes",
    Action.REQUEST_APPROVAL: "requesting approval",
    Action.REMIND: "reminding signers",
    Action.RECALL: "recalling envelopes",
    Action.DELETE: "deleting envelopes",
    Action.DOWNLOAD: "downloading documents",
    Action.DOWNLOAD_RECEIPT: "downloading receipts",
    Action.GET_BY_TEMPORARY_ID: "finding an envelope by its temporary id",
    Action.SUBSCRIBE: "status callbacks",
}

TEMPLATES: tuple[str, ...] = (
    REFUSED_CREDENTIALS,
    REFUSED_CREDENTIALS_SAID,
    RATE_LIMITED_WAIT,
    RATE_LIMITED,
    RATE_LIMITED_SAID_WAIT,
    RATE_LIMITED_SAID,
    SERVICE_FAILED,
    SERVICE_FAILED_SAID,
    REDIRECTED,
    NOT_FOUND,
    NOT_FOUND_SAID,
    CONFLICT,
    CONFLICT_SAID,
    REFUSED,
    REFUSED_SAID,
    CONNECT_TIMEOUT,
    ANSWER_TIMEOUT,
    CANNOT_CONNECT,
    INTERRUPTED,
    SANDBOX_NOT_RUNNING,
    NO_SAVED_CREDENTIALS,
    NOT_JSON,
    NESTED_TOO_DEEPLY,
    NOT_UNPACKED,
    ANSWER_TOO_LARGE,
    FILE_TOO_LARGE,
    NOT_SUPPORTED,
    NOT_AN_OBJECT,
    NOT_A_LIST,
    FIELD_NOT_AN_OBJECT,
    FIELD_NOT_A_LIST,
    FIELD_MISSING,
    EVENT_WITHOUT_ENVELOPE,
    DEADLINE_EXCEEDED,
    NOT_BASE64,
    NO_FILE_YET,
    NO_DOCUMENT_ID_YET,
    NO_RECEIPT_YET,
    NOT_CREATED_YET,
    NO_SUCH_EVENT,
    SUBSCRIPTION_ID_UNKNOWN,
    NOT_LIKE_THE_SERVICE,
    REFUSED_PLAIN_SAID,
    REFUSED_WITHOUT,
    NOT_CONFIRMED_MAY_HAVE_LANDED,
    NO_ENVELOPE_ID_MAY_HAVE_LANDED,
    CANNOT_READ_DOCUMENT,
    CHANGED_DURING_UPLOAD,
    NO_LOCAL_FILE,
    FIELDS_NOT_ADDED,
    DOWNLOAD_CUT_SHORT,
    NOT_A_WEB_ADDRESS,
    UNENCRYPTED_ADDRESS,
    NO_RECIPIENT_ONLY,
    NEEDS_A_SIGNER,
    NEEDS_CONTACT,
    NOT_A_SIGN_TYPE,
    NOT_A_PRINTABLE_DATE,
    SIGNATURE_WITHOUT_SIGNER,
    FIELD_OF_NON_SIGNER,
    IN_PERSON_NEEDS_ATTENDANT,
    TEMPLATE_NEEDS_EMAIL,
    TEMPLATE_SIGN_TYPE,
)
