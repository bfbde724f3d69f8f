"""The app process the crash scenario kills: it autosaves a draft and sends envelopes in a loop until SIGKILL.

Run by tests/reliability/test_crash_restart.py; prints one line per step (flushed) so the parent knows what a
kill interrupted: `ready`, `saving K` / `saved K`, `sending NAME` / `sent NAME`.
`python -m tests.reliability.crash_child HOME SANDBOX_INFO_JSON PDF_A PDF_B CYCLE RUN`
"""

from __future__ import annotations

import asyncio
import json
import sys
from dataclasses import replace
from pathlib import Path

from esign_desktop.domain.geometry import PageRect
from esign_desktop.domain.model import Document, Envelope, Field, FieldKind, Party, ProviderKind
from esign_desktop.sandbox.info import SandboxInfo
from esign_desktop.services.envelope_spec import preflight_document
from esign_desktop.storage.drafts import DraftStore
from tests.reliability.sending import SendingApp, one_signer_envelope


def draft_id(cycle: int) -> str:
    return f"draft-{cycle:03d}"


def draft_version(cycle: int, version: int, documents: tuple[Document, Document]) -> Envelope:
    """Version `version` of the cycle's draft: parties, fields, name and document all change with it."""
    parties = tuple(
        Party(id=f"p{n}", name=f"Signer {n} of v{version}", email=f"s{n}.v{version}@example.com", order=n)
        for n in range(1, version % 3 + 2)
    )
    fields = tuple(
        Field(
            id=f"f{n}",
            kind=FieldKind.SIGNATURE,
            document=0,
            page=1,
            rect=PageRect(0.05 * n, 0.1, 0.05 * n + 0.04, 0.15 + version % 7 * 0.01),
            party_id=parties[n % len(parties)].id,
        )
        for n in range(version % 5)
    )
    return Envelope(
        local_id=draft_id(cycle),
        provider=ProviderKind.ASSENTLY if version % 2 else ProviderKind.GMOSIGN,
        name=f"Draft {cycle} version {version}",
        documents=(documents[version % 2],),
        parties=parties,
        fields=fields,
    )


def send_name(run: str, cycle: int, step: int) -> str:
    return f"Crash {run} c{cycle} s{step}"


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


async def main(home: Path, info: SandboxInfo, pdfs: tuple[Path, Path], cycle: int, run: str) -> None:
    app = SendingApp(home, info)
    drafts = DraftStore(app.database, app.paths)
    documents = (preflight_document(pdfs[0]), preflight_document(pdfs[1]))
    say("ready")
    try:
        for version in range(1, 10_000):
            say(f"saving {version}")
            drafts.save(draft_version(cycle, version, documents))
            say(f"saved {version}")
            if version % 2 == 0:
                kind = ProviderKind.ASSENTLY if version % 4 == 0 else ProviderKind.GMOSIGN
                name = send_name(run, cycle, version)
                envelope = one_signer_envelope(kind, app.account_ids[kind], pdfs[0], name)
                say(f"sending {name}")
                outcome = await app.sender.send(replace(envelope, local_id=f"env-{cycle}-{version}"))
                say(f"{'sent' if outcome.sent else 'failed'} {name}")
    finally:
        await app.aclose()
        app.close()


def info_from_json(text: str) -> SandboxInfo:
    return SandboxInfo(**json.loads(text))


if __name__ == "__main__":
    home, info_json, pdf_a, pdf_b, cycle, run = sys.argv[1:7]
    asyncio.run(main(Path(home), info_from_json(info_json), (Path(pdf_a), Path(pdf_b)), int(cycle), run))
