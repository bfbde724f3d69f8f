"""Issue 17, finding 4: two processes on one data folder never lose each other's draft PDFs.

Real processes: each saves drafts with fresh PDFs and runs the garbage collection after every save. Without
a lock that holds across processes, one's collection deleted the other's copies between copy and commit
(154 of 300 lost).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from esign_desktop.storage.local_store import LocalStore
from esign_desktop.storage.paths import AppPaths

REPO = Path(__file__).resolve().parents[2]
PER_PROCESS = 150


def test_two_processes_lose_no_draft_pdfs(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with LocalStore.open(AppPaths.under(home)):
        pass  # created and migrated once, before the two start
    children = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.draft_race_child", str(home), label, str(PER_PROCESS)],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for label in ("a", "b")
    ]
    saved: list[str] = []
    for child in children:
        out, err = child.communicate(timeout=300)
        assert child.returncode == 0, err
        saved += out.split()
    assert len(saved) == 2 * PER_PROCESS

    with LocalStore.open(AppPaths.under(home)) as store:
        lost = []
        for local_id in saved:
            draft = store.drafts.load(local_id)
            assert draft is not None
            lost += [d.sha512 for d in draft.documents if not Path(d.path).is_file()]
    assert lost == [], f"{len(lost)} of {len(saved)} draft PDFs lost"
