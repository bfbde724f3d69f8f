"""The signing life shared by both emulations: approval, signing order, "or" groups, decline, reminders,
expiry.

Functions change an Envelope in memory and return the events that happened, named with Assently's 15 trigger
names (GMO Sign's emulation maps the ones it knows). The caller stores the envelope in the same transaction.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from esign_desktop.sandbox.clock import format_timestamp
from esign_desktop.sandbox.envelope import Envelope, Party, PartyState, Phase, Role

DONE_STATES = frozenset({PartyState.SIGNED, PartyState.APPROVED, PartyState.SKIPPED})


class LifecycleError(Exception):
    """An action that the envelope's current state does not allow; the message says why."""


def signers(envelope: Envelope) -> list[Party]:
    return [party for party in envelope.parties if party.role is Role.SIGNER]


def approvers(envelope: Envelope) -> list[Party]:
    return [party for party in envelope.parties if party.role is Role.APPROVER]


def request_approval(envelope: Envelope) -> list[str]:
    if envelope.phase is not Phase.DRAFT:
        raise LifecycleError(
            f"Approval can only be requested for a draft, not in status {envelope.phase.value}."
        )
    pending = approvers(envelope)
    if not pending:
        raise LifecycleError("The case has no approvers.")
    envelope.phase = Phase.PENDING_APPROVAL
    for party in pending:
        party.state = PartyState.WAITING
    return ["approvalrequested"]


def open_for_signing(envelope: Envelope, now: datetime, expire_after_days: int) -> list[str]:
    """Draft (or fully approved) -> sent: the first signers in order are asked."""
    if envelope.phase not in {Phase.DRAFT, Phase.PENDING_APPROVAL}:
        raise LifecycleError(f"Only a draft can be sent, not a case in status {envelope.phase.value}.")
    if not signers(envelope):
        raise LifecycleError("At least one signer is required.")
    envelope.phase = Phase.SENT
    envelope.sent_on = format_timestamp(now)
    envelope.expire_on = (
        format_timestamp(now + timedelta(days=expire_after_days)) if expire_after_days else None
    )
    _refresh_turns(envelope)
    return ["sent"]


def act(envelope: Envelope, party_id: str, approve: bool, now: datetime) -> list[str]:
    """The party signs / approves (approve=True) or declines."""
    party = envelope.party(party_id)
    if party is None:
        raise LifecycleError(f"No party {party_id} in this envelope.")
    if party.state is not PartyState.WAITING:
        if party.state is PartyState.PENDING and envelope.phase is Phase.SENT:
            raise LifecycleError(f"It is not {party.name}'s turn yet: earlier parties sign first.")
        raise LifecycleError(
            f"{party.name} cannot act now (party {party.state.value}, case {envelope.phase.value})."
        )
    expected = Phase.PENDING_APPROVAL if party.role is Role.APPROVER else Phase.SENT
    if envelope.phase is not expected:
        raise LifecycleError(f"The envelope is {envelope.phase.value}; {party.name} cannot act now.")
    party.acted_on = format_timestamp(now)
    if not approve:
        party.state = PartyState.DECLINED
        envelope.phase = Phase.REJECTED
        envelope.expire_on = None
        return ["rejectionadded", "rejected"]
    if party.role is Role.APPROVER:
        party.state = PartyState.APPROVED
        events = ["approvaladded"]
        if all(item.state is PartyState.APPROVED for item in approvers(envelope)):
            events.append("finalapproval")
            events += open_for_signing(envelope, now, _remaining_days(envelope, now))
        return events
    party.state = PartyState.SIGNED
    for peer in signers(envelope):
        if peer is not party and party.or_group and peer.or_group == party.or_group:
            peer.state = PartyState.SKIPPED
    events = ["signatureadded"]
    if _refresh_turns(envelope):
        envelope.phase = Phase.SIGNED
        envelope.expire_on = None
        events.append("signed")
    return events


def remind(envelope: Envelope, now: datetime) -> list[Party]:
    """Record a reminder for every party whose turn it is (with signing order, only those next in turn)."""
    if envelope.phase not in {Phase.SENT, Phase.PENDING_APPROVAL}:
        raise LifecycleError(f"Only a sent case can be reminded, not one in status {envelope.phase.value}.")
    stamp = format_timestamp(now)
    reminded = [party for party in envelope.parties if party.state is PartyState.WAITING]
    for party in reminded:
        party.reminders.append(stamp)
    envelope.reminders.append(stamp)
    return reminded


def recall(envelope: Envelope) -> list[str]:
    if envelope.phase in {Phase.FINISHED, Phase.SIGNED}:
        raise LifecycleError("A finished case cannot be recalled.")
    if envelope.phase not in {Phase.SENT, Phase.PENDING_APPROVAL}:
        raise LifecycleError(f"Only a sent case can be recalled, not one in status {envelope.phase.value}.")
    envelope.phase = Phase.RECALLED
    envelope.expire_on = None
    return ["recalled"]


def expire(envelope: Envelope) -> list[str]:
    envelope.phase = Phase.EXPIRED
    envelope.expire_on = None
    for party in envelope.parties:
        if party.state is PartyState.WAITING:
            party.state = PartyState.PENDING
    return ["expired"]


def _remaining_days(envelope: Envelope, now: datetime) -> int:
    days = envelope.payload.get("_expire_after_days", 0)
    return int(days) if isinstance(days, int) else 0


def _refresh_turns(envelope: Envelope) -> bool:
    """Ask the next signers in order; True when every signer (or "or" group) is done."""
    units: dict[tuple[int, str], list[Party]] = {}
    for party in signers(envelope):
        key = (party.order, party.or_group or f"party:{party.id}")
        units.setdefault(key, []).append(party)
    open_orders = sorted(
        {order for (order, _), members in units.items() if not any(m.state in DONE_STATES for m in members)}
    )
    if not open_orders:
        return True
    current = open_orders[0]
    for (order, _), members in units.items():
        if order == current:
            for member in members:
                if member.state is PartyState.PENDING:
                    member.state = PartyState.WAITING
    return False
