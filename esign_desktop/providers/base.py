"""The Provider protocol: every service client offers these calls; a missing action raises NotSupported.

Callers check `capabilities` (domain/capabilities.py) first so the UI never offers what a service lacks;
NotSupported is the safety net. All methods are coroutines running on the app's asyncio loop.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, runtime_checkable

from esign_desktop.domain.capabilities import Capabilities
from esign_desktop.domain.model import Document, Envelope, Party
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.providers.downloads import Progress
from esign_desktop.providers.rate_limit import Budget

# Called by create_envelope just before a request that cannot be safely repeated (GMO Sign's signature
# request), with what identifies it at the service (the document codes); the outbox writes it down first.
BeforeUnrepeatable = Callable[[tuple[str, ...]], None]


@dataclass(frozen=True, slots=True)
class EnvelopeQuery:
    """Filters for list_envelopes. `page` counts from 1; a service without paging ignores it."""

    status: EnvelopeStatus | None = None
    page: int = 1
    page_size: int = 100


@dataclass(frozen=True, slots=True)
class EnvelopePage:
    envelopes: tuple[Envelope, ...]
    next_page: int | None  # None: this was the last page


@dataclass(frozen=True, slots=True)
class TemplateInfo:
    remote_id: str
    name: str


@dataclass(frozen=True, slots=True)
class TemplateSend:
    """An envelope made from a template stored at the service.

    `local_id` is ours (it makes the remote id deterministic where the service lets us choose it);
    `merge_values` fill the template's named items.
    """

    local_id: str
    template_id: str
    name: str
    parties: tuple[Party, ...] = ()
    merge_values: Mapping[str, str] = field(default_factory=dict)
    message: str = ""


@dataclass(frozen=True, slots=True)
class Subscription:
    remote_id: str
    event: str
    callback_url: str


@dataclass(frozen=True, slots=True)
class StatusEvent:
    """One webhook call, read: which envelope, what happened, and the unified status it implies (if any)."""

    remote_id: str
    kind: str
    status: EnvelopeStatus | None
    envelope_name: str = ""
    document_ids: tuple[str, ...] = ()


@runtime_checkable
class Provider(Protocol):
    """One account at one service. Create with providers.factory.open_provider; close with aclose()."""

    @property
    def capabilities(self) -> Capabilities: ...

    @property
    def sends_on_create(self) -> bool:
        """True when create_envelope already sends (GMO Sign); then send() only confirms."""
        ...

    def budget_used(self) -> Budget: ...

    async def aclose(self) -> None: ...

    async def test_connection(self) -> None:
        """Raises AuthenticationError, NetworkError... when the account cannot be used."""
        ...

    def planned_remote_id(self, envelope: Envelope) -> str | None:
        """The id create_envelope will give, known before the call (None when the service picks it)."""
        ...

    async def list_envelopes(self, query: EnvelopeQuery | None = None) -> EnvelopePage: ...

    async def get_envelope(self, remote_id: str) -> Envelope: ...

    async def envelope_exists(self, envelope: Envelope) -> str | None:
        """The remote id if an earlier create of this envelope landed, else None (the outbox's check)."""
        ...

    async def create_envelope(
        self, envelope: Envelope, before_unrepeatable: BeforeUnrepeatable | None = None
    ) -> Envelope:
        """Upload and create; returns the envelope with remote ids (envelope, documents) and status set.

        Raises MayHaveLanded when a request that must not be repeated lost its answer.
        """
        ...

    async def create_from_template(self, request: TemplateSend) -> str:
        """Returns the new envelope's remote id."""
        ...

    async def list_templates(self) -> list[TemplateInfo]: ...

    async def update_envelope(self, envelope: Envelope) -> None: ...

    async def update_metadata(self, remote_id: str, metadata: Mapping[str, str]) -> None: ...

    async def send(self, remote_id: str) -> None: ...

    async def request_approval(self, remote_id: str) -> None: ...

    async def remind(self, remote_id: str) -> None: ...

    async def recall(self, remote_id: str) -> None: ...

    async def delete(self, remote_id: str) -> None: ...

    async def download_document(
        self, envelope: Envelope, document: Document, dest_dir: Path, progress: Progress | None = None
    ) -> Path:
        """Stream one document into `dest_dir` atomically; returns the written file."""
        ...

    async def download_receipt(
        self, envelope: Envelope, dest_dir: Path, progress: Progress | None = None
    ) -> Path: ...

    async def get_by_temporary_id(self, temporary_id: int) -> Envelope: ...

    async def subscribe(self, event: str, callback_url: str) -> Subscription: ...

    async def unsubscribe(self, subscription_id: str) -> None: ...

    def parse_status_event(self, payload: object, event: str = "") -> StatusEvent:
        """Read a webhook body (already JSON-decoded) the service posted to our callback."""
        ...
