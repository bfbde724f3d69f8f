"""Typed provider errors, each with a message a person can act on.

Messages never contain credentials: they are built from the status code and the service's own error
text, never from request headers. The UI shows `str(error)`; `service_code` and `status_code` are for logs.
The class names are the project's vocabulary (short, read like the situation), hence no "Error" suffix.
"""

from __future__ import annotations

from esign_desktop.domain.capabilities import Action
from esign_desktop.domain.errors import AppError, Phrase
from esign_desktop.providers.error_templates import NOT_SUPPORTED, NOT_SUPPORTED_ACTIONS


class ProviderError(AppError):
    """Base of every error a provider client raises: a template with %1..%9 and its values
    (domain/errors.py); `message` is the English sentence."""

    retryable: bool = False  # repeating the same safe request later may succeed

    def __init__(
        self,
        message: str,
        *values: object,
        status_code: int | None = None,
        service_code: str = "",
        service_message: str = "",
        hint: str = "",
    ) -> None:
        super().__init__(message, *values)
        self.status_code = status_code
        self.service_code = service_code
        self.service_message = service_message
        self.hint = hint


class AuthenticationError(ProviderError):
    """401/403: the credentials were refused."""


class ComeBackLater(ProviderError):  # noqa: N818
    """The service asks to be called again later; `retry_after` seconds from now (None if it did not say)."""

    retryable = True

    def __init__(
        self,
        message: str,
        *values: object,
        retry_after: float | None = None,
        status_code: int | None = None,
        service_code: str = "",
        service_message: str = "",
    ) -> None:
        super().__init__(
            message,
            *values,
            status_code=status_code,
            service_code=service_code,
            service_message=service_message,
        )
        self.retry_after = retry_after


class RateLimited(ComeBackLater):
    """429: too many calls."""


class NotFound(ProviderError):  # noqa: N818
    """404: the envelope, document or template does not exist (or is not visible to this account)."""


class Conflict(ProviderError):  # noqa: N818
    """409: the request does not fit the object's current state."""


class InvalidRequest(ProviderError):  # noqa: N818
    """400/422 and other 4xx: the service refused what we sent; its own message says why."""


class ServiceUnavailable(ComeBackLater):
    """5xx: the service failed; trying again later may work."""


class NetworkError(ProviderError):
    """No answer: connection refused, timeout, connection dropped. The request may or may not have landed."""

    retryable = True


class RequestNotSent(NetworkError):  # noqa: N818
    """The connection was never made (refused, unknown host, connect timeout): the request did not leave this
    computer, so the service cannot have acted on it. Safe to send again later."""


class MayHaveLanded(ProviderError):  # noqa: N818
    """A request that must not be repeated blindly went out and its answer is missing or unreadable: the
    service may have acted on it. `document_codes` identify it at GMO Sign. Never retried automatically."""

    def __init__(self, message: str, *values: object, document_codes: tuple[str, ...] = ()) -> None:
        super().__init__(message, *values)
        self.document_codes = document_codes


class MalformedResponse(ProviderError):  # noqa: N818
    """The service answered with something we cannot read (not JSON, or not the expected shape)."""


class NotSupported(ProviderError):  # noqa: N818
    """The action does not exist for this provider; the UI hides it (see Capabilities)."""

    def __init__(self, action: Action, provider_label: str) -> None:
        super().__init__(NOT_SUPPORTED, provider_label, Phrase(NOT_SUPPORTED_ACTIONS[action]))
        self.action = action


class InsecureConnection(ProviderError):  # noqa: N818
    """The account's address would send credentials in clear text over the network."""


class AnswerTooLarge(MalformedResponse):
    """The answer grew past the size allowed for its kind (counted after decompression); nothing was kept."""


class DeadlineExceeded(NetworkError):  # noqa: N818
    """The whole operation (every attempt and every wait between them) took longer than allowed."""

    retryable = False  # the deadline covers the retries already
