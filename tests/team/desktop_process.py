"""One office desktop without its window, for the multi-process team test: the real ServiceContext in team
mode (ESIGN_TEAM_DATABASE), the real sender, claims and link. No mock of our code.

    python -m tests.team.desktop_process HOME ASSENTLY_BASE_URL NAMES_FILE PDF

It joins (or shares) the account "Office", journals a send for each name in NAMES_FILE that the team's outbox
does not have yet (its envelope id is derived from the name, so a restarted desktop never makes a second
one), then resumes the team's outbox until nothing is left unfinished (sends another desktop holds are
skipped and looked at again), pulls the register and prints how many envelopes its own list has.
"""

from __future__ import annotations

import asyncio
import sys
import uuid
from dataclasses import replace
from pathlib import Path

from esign_desktop.domain.model import ProviderKind
from esign_desktop.services.context import ServiceContext
from esign_desktop.storage.errors import StorageBusyError, TeamDatabaseUnavailableError
from esign_desktop.storage.fallback_outbox import FallbackOutbox
from esign_desktop.storage.paths import AppPaths
from esign_desktop.storage.secrets import Secret, SecretKind
from tests.integration.test_outbox_sender import envelope_for

_NAMESPACE = uuid.UUID("6f1c1f2e-5a4b-4f7e-9d34-1b2a3c4d5e6f")


async def run(home: Path, base_url: str, token: str, names: list[str], pdf: Path) -> int:
    context = ServiceContext.open(AppPaths.under(home))
    assert context.link is not None
    try:
        await context.link.sync_once()
        account = context.accounts.find("Office")
        if account is None:
            account = context.accounts.add(ProviderKind.ASSENTLY, "Office", Secret(token), base_url=base_url)
        elif context.accounts.secrets.get(account.id, SecretKind.ACCESS_TOKEN) is None:
            account = context.accounts.set_secret(account, Secret(token))  # joins with its own copy
        await context.link.sync_once()
        account = context.accounts.find("Office")
        assert account is not None
        outbox = context.outbox
        assert isinstance(outbox, FallbackOutbox)
        queued = {entry.envelope_local_id for entry in outbox.entries(complete=True)}
        for name in names:
            local_id = uuid.uuid5(_NAMESPACE, name).hex
            if local_id in queued:
                continue
            envelope = replace(envelope_for(account, pdf, name), local_id=local_id)
            context.sender.submit(envelope)
        while True:
            await context.sender.resume_all()
            try:
                if not outbox.pending(complete=True):
                    break
            except (TeamDatabaseUnavailableError, StorageBusyError):
                pass  # the team's outbox could not be read: nothing may be concluded from it; look again
            await asyncio.sleep(0.2)  # another desktop holds what is left: look again
        await context.link.sync_once()
        print(len(context.cache.list()), flush=True)
        return 0
    finally:
        await context.link.aclose()
        await context.accounts.aclose()
        if context.team_database is not None:
            context.team_database.close()
        context.database.close()


def main() -> int:
    home, base_url, names_file, pdf = sys.argv[1:5]
    token = sys.stdin.readline().strip()
    names = [line for line in Path(names_file).read_text(encoding="utf-8").splitlines() if line]
    return asyncio.run(run(Path(home), base_url, token, names, Path(pdf)))


if __name__ == "__main__":
    sys.exit(main())
