"""The app started again after a crash: finish or fail every unfinished send, and open the draft.

Prints one JSON object: `pending` (entry ids unfinished at start), `outcomes` ([entry id, sent, error]),
`draft` (the stored draft in the storage codec's JSON text, or null) and `draft_files_ok` (every document
copy exists with its hash).
`python -m tests.reliability.crash_resume HOME SANDBOX_INFO_JSON CYCLE`
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import Any

from esign_desktop.sandbox.info import SandboxInfo
from esign_desktop.storage.atomic_file import sha512_of
from esign_desktop.storage.codec import envelope_to_json
from esign_desktop.storage.drafts import DraftStore
from tests.reliability.crash_child import draft_id, info_from_json
from tests.reliability.sending import SendingApp


async def resume(home: Path, info: SandboxInfo, cycle: int) -> dict[str, Any]:
    app = SendingApp(home, info)
    try:
        draft = DraftStore(app.database, app.paths).load(draft_id(cycle))
        files_ok = draft is not None and all(_intact(Path(d.path), d.sha512) for d in draft.documents)
        pending = [entry.id for entry in app.outbox.pending()]
        outcomes = await app.sender.resume_all()
        return {
            "pending": pending,
            "outcomes": [[o.entry_id, o.sent, o.error] for o in outcomes],
            "draft": None if draft is None else envelope_to_json(draft),
            "draft_files_ok": files_ok,
        }
    finally:
        await app.aclose()
        app.close()


def _intact(path: Path, sha512: str) -> bool:
    return path.is_file() and sha512_of(path) == sha512


if __name__ == "__main__":
    home, info_json, cycle = sys.argv[1:4]
    print(json.dumps(asyncio.run(resume(Path(home), info_from_json(info_json), int(cycle)))))
