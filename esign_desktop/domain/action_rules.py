"""Which commands apply to which envelopes: the provider's capabilities plus the status rules. Used by the
GUI (enabling rules) and the CLI (refusals before any request)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from esign_desktop.domain.capabilities import Action, Capabilities, capabilities_for
from esign_desktop.domain.model import Envelope, PartyRole
from esign_desktop.domain.status import EnvelopeStatus, PartyStatus

_ACTION_VALUES = frozenset(action.value for action in Action)
_RECALLABLE = frozenset({EnvelopeStatus.SENT, EnvelopeStatus.PENDING_APPROVAL})
_SENDABLE = frozenset({EnvelopeStatus.DRAFT, EnvelopeStatus.FAILED})


def allowed_actions(envelope: Envelope, capabilities: Capabilities) -> set[Action]:
    """The provider actions that make sense for this envelope now."""
    status = envelope.status
    allowed: set[Action] = set()
    if status in _SENDABLE and envelope.parties:
        allowed.add(Action.SEND)
        if any(party.role is PartyRole.APPROVER for party in envelope.parties):
            allowed.add(Action.REQUEST_APPROVAL)
    if status in _RECALLABLE:
        allowed.add(Action.RECALL)
        if any(party.status is PartyStatus.WAITING for party in envelope.parties):
            allowed.add(Action.REMIND)
    if status is EnvelopeStatus.COMPLETED:
        allowed |= {Action.DOWNLOAD, Action.DOWNLOAD_RECEIPT}
    if status is not EnvelopeStatus.DELETED:
        allowed |= {Action.DELETE, Action.UPDATE_METADATA}
    allowed &= capabilities.actions
    # A draft the service has never seen is deleted locally, whatever the provider supports.
    if status is EnvelopeStatus.DRAFT and not envelope.remote_id:
        allowed.add(Action.DELETE)
    return allowed


class Command(StrEnum):
    """What the user can ask for from the list. Values equal the domain Action values where one exists."""

    SEND = Action.SEND.value
    REQUEST_APPROVAL = Action.REQUEST_APPROVAL.value
    REMIND = Action.REMIND.value
    RECALL = Action.RECALL.value
    DELETE = Action.DELETE.value
    UPDATE_METADATA = Action.UPDATE_METADATA.value
    DOWNLOAD = Action.DOWNLOAD.value
    DUPLICATE_AS_DRAFT = "duplicate_as_draft"
    CREATE_FROM_TEMPLATE = Action.CREATE_FROM_TEMPLATE.value
    EXPORT_CSV = "export_csv"

    @property
    def action(self) -> Action | None:
        """The provider action behind this command, None for commands handled by the app alone."""
        return Action(self.value) if self.value in _ACTION_VALUES else None


# Commands that apply to every selected envelope they are allowed for, with a per-envelope result.
MULTI_SELECTION = frozenset({Command.REMIND, Command.RECALL, Command.DOWNLOAD, Command.DELETE})
# Commands about one envelope at a time.
SINGLE_SELECTION = frozenset(
    {Command.SEND, Command.REQUEST_APPROVAL, Command.UPDATE_METADATA, Command.DUPLICATE_AS_DRAFT}
)


def command_allowed(command: Command, envelope: Envelope) -> bool:
    if command is Command.DUPLICATE_AS_DRAFT:
        return True
    action = command.action
    return action is not None and action in allowed_actions(envelope, capabilities_for(envelope.provider))


def targets(command: Command, selection: Sequence[Envelope]) -> list[Envelope]:
    """The selected envelopes the command would act on; empty when it is not available."""
    if command in SINGLE_SELECTION:
        if len(selection) == 1 and command_allowed(command, selection[0]):
            return [selection[0]]
        return []
    if command in MULTI_SELECTION:
        return [envelope for envelope in selection if command_allowed(command, envelope)]
    return []


def enabled_commands(selection: Sequence[Envelope], *, visible_rows: int) -> set[Command]:
    """Commands to enable for this selection; create-from-template and export do not depend on it."""
    enabled = {Command.CREATE_FROM_TEMPLATE}
    if visible_rows:
        enabled.add(Command.EXPORT_CSV)
    enabled |= {command for command in MULTI_SELECTION | SINGLE_SELECTION if targets(command, selection)}
    return enabled
