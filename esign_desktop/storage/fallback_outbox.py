"""Team mode's outbox: the team's, or this desktop's own while the team database is out of reach.

A send is journalled in the team database, where any desktop can finish it. When that database cannot be
reached, the send is journalled in this desktop's local store instead and this desktop sends it: the draft
exists only here (drafts stay local until they are sent), so no other desktop can send the same envelope,
and "never twice" holds without a team claim. Such an entry stays local until it is finished (also across a
restart of this desktop); the envelope it sends reaches the team register like any other local change.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from esign_desktop.domain.errors import AppError
from esign_desktop.domain.model import Envelope
from esign_desktop.storage import error_templates as templates
from esign_desktop.storage.accounts import AccountStore
from esign_desktop.storage.action_phrases import ActionPhrase
from esign_desktop.storage.errors import StorageError, TeamDatabaseUnavailableError
from esign_desktop.storage.outbox import Outbox, OutboxEntry, OutboxMatch, OutboxState
from esign_desktop.storage.sql import SqlDatabase

_log = logging.getLogger(__name__)


class FallbackOutbox(Outbox):
    def __init__(self, team: SqlDatabase, local: SqlDatabase) -> None:
        super().__init__(team)
        self._team = Outbox(team)
        self._local = Outbox(local)
        self._local_database = local
        self._team_database = team

    def is_local(self, entry_id: str) -> bool:
        """True for a send journalled on this desktop while the team database was out of reach."""
        return self._local.get(entry_id) is not None

    def _owner(self, entry_id: str) -> Outbox:
        return self._local if self.is_local(entry_id) else self._team

    def enqueue(self, envelope: Envelope, *, remote_id: str, match: OutboxMatch | None = None) -> OutboxEntry:
        try:
            self._share_account(envelope.account_id)
            return self._team.enqueue(envelope, remote_id=remote_id, match=match)
        except TeamDatabaseUnavailableError:
            if self._known(envelope.local_id):
                # Queued before (here or by a colleague): what became of that send is in the team's outbox,
                # which cannot be read now; sending without it could send twice.
                address = getattr(self._team_database, "address", "")
                raise TeamDatabaseUnavailableError(templates.TEAM_QUEUED_BEFORE, address) from None
            _log.info("the team database is out of reach: this desktop journals and sends the envelope")
            return self._local.enqueue(envelope, remote_id=remote_id, match=match)

    def _share_account(self, account_id: str) -> None:
        """The team's outbox refers to the team's accounts: one added here a moment ago is shared first."""
        team_accounts = AccountStore(self._team_database)
        if not account_id or team_accounts.get(account_id) is not None:
            return
        account = AccountStore(self._local_database).get(account_id)
        if account is None:
            return  # the enqueue says what is wrong
        try:
            team_accounts.add(account)
        except StorageError:
            if team_accounts.get(account_id) is None:
                raise  # not "another desktop shared it first"

    def _known(self, envelope_local_id: str) -> bool:
        """True when the register has this envelope: it has been queued before, here or elsewhere."""
        if self._local.for_envelope(envelope_local_id):
            return True
        with self._local_database.read(ActionPhrase.CHECKING_THE_ENVELOPE) as connection:
            row = connection.execute(
                "SELECT 1 FROM envelopes WHERE local_id = ?", (envelope_local_id,)
            ).fetchone()
        return row is not None

    def transition(
        self,
        entry_id: str,
        to: OutboxState,
        *,
        error: str = "",
        remote_id: str | None = None,
        match: OutboxMatch | None = None,
    ) -> OutboxEntry:
        return self._owner(entry_id).transition(entry_id, to, error=error, remote_id=remote_id, match=match)

    def update_match(self, entry_id: str, match: OutboxMatch) -> OutboxEntry:
        return self._owner(entry_id).update_match(entry_id, match)

    def get(self, entry_id: str) -> OutboxEntry | None:
        return self._local.get(entry_id) or self._team.get(entry_id)

    def pending(self, *, complete: bool = False) -> list[OutboxEntry]:
        """This desktop's own unfinished sends first; the team's when its database can be reached.
        `complete`: raise TeamDatabaseUnavailableError instead of leaving the team's out (for a caller that
        must not conclude that nothing is left, such as one that stops once everything is sent)."""
        if complete:
            return self._local.pending() + self._team.pending()
        return self._local.pending() + self._team_part(self._team.pending)

    def entries(self, *, complete: bool = False) -> list[OutboxEntry]:
        """Every entry; `complete` as for `pending`."""
        if complete:
            return self._local.entries() + self._team.entries()
        return self._local.entries() + self._team_part(self._team.entries)

    def for_envelope(self, envelope_local_id: str) -> list[OutboxEntry]:
        return self._local.for_envelope(envelope_local_id) + self._team_part(
            lambda: self._team.for_envelope(envelope_local_id)
        )

    def set_aside(self, entry_id: str, reason: AppError | str) -> bool:
        return self._owner(entry_id).set_aside(entry_id, reason)

    def remove(self, entry_id: str) -> bool:
        return self._owner(entry_id).remove(entry_id)

    @staticmethod
    def _team_part(read: Callable[[], list[OutboxEntry]]) -> list[OutboxEntry]:
        try:
            return read()
        except TeamDatabaseUnavailableError:
            return []  # the team's entries are listed again once its database is back
