"""The English templates of the provider errors people meet most (refused credentials, rate limits, the
service down, the network), with %1..%9 for their values (domain/errors.py). The UI lists the same texts for
translation (ui/error_text.py; a test keeps the two equal). %1 is always the service's name."""

from __future__ import annotations

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
)
