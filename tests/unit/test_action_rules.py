"""Which actions each status allows, per provider, and how commands map onto a selection."""

from __future__ import annotations

from dataclasses import replace

import pytest

from esign_desktop.domain.action_rules import Command, allowed_actions, enabled_commands, targets
from esign_desktop.domain.capabilities import ASSENTLY, GMOSIGN, Action
from esign_desktop.domain.model import Envelope, Party, PartyRole, ProviderKind
from esign_desktop.domain.status import EnvelopeStatus, PartyStatus

S = EnvelopeStatus
A = Action


def envelope(
    status: EnvelopeStatus,
    provider: ProviderKind = ProviderKind.ASSENTLY,
    *,
    remote_id: str = "remote-1",
    parties: tuple[Party, ...] | None = None,
) -> Envelope:
    waiting = PartyStatus.NOT_SENT if status is S.DRAFT else PartyStatus.WAITING
    return Envelope(
        local_id=f"{provider}-{status}",
        provider=provider,
        remote_id=remote_id,
        status=status,
        parties=parties if parties is not None else (Party(id="p1", name="Anna", status=waiting),),
    )


ASSENTLY_EXPECTED = {
    S.DRAFT: {A.SEND, A.DELETE, A.UPDATE_METADATA},
    S.PENDING_APPROVAL: {A.RECALL, A.REMIND, A.DELETE, A.UPDATE_METADATA},
    S.SENT: {A.RECALL, A.REMIND, A.DELETE, A.UPDATE_METADATA},
    S.SIGNED: {A.DELETE, A.UPDATE_METADATA},
    S.COMPLETED: {A.DOWNLOAD, A.DOWNLOAD_RECEIPT, A.DELETE, A.UPDATE_METADATA},
    S.REJECTED: {A.DELETE, A.UPDATE_METADATA},
    S.RECALLED: {A.DELETE, A.UPDATE_METADATA},
    S.EXPIRED: {A.DELETE, A.UPDATE_METADATA},
    S.DELETED: set(),
    S.FAILED: {A.SEND, A.DELETE, A.UPDATE_METADATA},
}

GMOSIGN_EXPECTED = {
    S.DRAFT: {A.SEND},
    S.PENDING_APPROVAL: set(),
    S.SENT: set(),
    S.SIGNED: set(),
    S.COMPLETED: {A.DOWNLOAD},
    S.REJECTED: set(),
    S.RECALLED: set(),
    S.EXPIRED: set(),
    S.DELETED: set(),
    S.FAILED: {A.SEND},
}


@pytest.mark.parametrize("status", list(EnvelopeStatus))
def test_assently_actions_per_status(status: EnvelopeStatus) -> None:
    assert allowed_actions(envelope(status), ASSENTLY) == ASSENTLY_EXPECTED[status]


@pytest.mark.parametrize("status", list(EnvelopeStatus))
def test_gmosign_actions_per_status_are_limited_by_its_capabilities(status: EnvelopeStatus) -> None:
    allowed = allowed_actions(envelope(status, ProviderKind.GMOSIGN), GMOSIGN)
    assert allowed == GMOSIGN_EXPECTED[status]
    assert allowed <= GMOSIGN.actions


def test_a_draft_the_service_never_saw_can_be_deleted_even_without_the_delete_capability() -> None:
    local_draft = envelope(S.DRAFT, ProviderKind.GMOSIGN, remote_id="")
    assert Action.DELETE in allowed_actions(local_draft, GMOSIGN)
    assert Action.DELETE not in allowed_actions(envelope(S.DRAFT, ProviderKind.GMOSIGN), GMOSIGN)


def test_request_approval_needs_an_approver_and_send_needs_a_party() -> None:
    approver = Party(id="a", role=PartyRole.APPROVER, name="Boss")
    with_approver = envelope(S.DRAFT, parties=(approver, Party(id="p", name="Anna")))
    assert Action.REQUEST_APPROVAL in allowed_actions(with_approver, ASSENTLY)
    assert Action.REQUEST_APPROVAL not in allowed_actions(envelope(S.DRAFT), ASSENTLY)
    assert Action.SEND not in allowed_actions(envelope(S.DRAFT, parties=()), ASSENTLY)


def test_remind_needs_someone_still_waiting() -> None:
    everyone_signed = envelope(S.SENT, parties=(Party(id="p", status=PartyStatus.SIGNED),))
    assert Action.REMIND not in allowed_actions(everyone_signed, ASSENTLY)
    assert Action.RECALL in allowed_actions(everyone_signed, ASSENTLY)


def test_multi_selection_commands_target_only_the_envelopes_they_apply_to() -> None:
    sent, completed = envelope(S.SENT), replace(envelope(S.COMPLETED), local_id="c")
    assert targets(Command.REMIND, [sent, completed]) == [sent]
    assert targets(Command.DOWNLOAD, [sent, completed]) == [completed]
    assert targets(Command.DELETE, [sent, completed]) == [sent, completed]


def test_single_selection_commands_need_exactly_one_envelope() -> None:
    draft = envelope(S.DRAFT)
    other = replace(draft, local_id="other")
    assert targets(Command.SEND, [draft]) == [draft]
    assert targets(Command.SEND, [draft, other]) == []
    deleted = envelope(S.DELETED)
    assert targets(Command.DUPLICATE_AS_DRAFT, [deleted]) == [deleted]


def test_enabled_commands_for_an_empty_selection() -> None:
    assert enabled_commands([], visible_rows=0) == {Command.CREATE_FROM_TEMPLATE}
    assert enabled_commands([], visible_rows=3) == {Command.CREATE_FROM_TEMPLATE, Command.EXPORT_CSV}


def test_commands_name_their_provider_action() -> None:
    assert Command.RECALL.action is Action.RECALL
    assert Command.DUPLICATE_AS_DRAFT.action is None
    assert Command.EXPORT_CSV.action is None
