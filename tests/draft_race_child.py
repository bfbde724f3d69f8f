"""One of two processes on one data folder: save drafts with fresh PDFs, tidying after each (issue 17, #4).

Usage: python -m tests.draft_race_child HOME LABEL COUNT; prints the saved draft ids, one a line.
"""

from __future__ import annotations

import sys
from pathlib import Path

from esign_desktop.domain.model import Document, Envelope, ProviderKind, new_id
from esign_desktop.storage.local_store import LocalStore
from esign_desktop.storage.paths import AppPaths


def main(home: str, label: str, count: int) -> None:
    sources = Path(home) / f"sources-{label}"
    sources.mkdir(parents=True, exist_ok=True)
    with LocalStore.open(AppPaths.under(Path(home))) as store:
        for number in range(count):
            pdf = sources / f"{number}.pdf"
            pdf.write_bytes(b"%PDF-1.7\n" + f"{label} {number} {new_id()}".encode() * 50)
            document = Document(id=new_id(), file_name=pdf.name, sha512="", size=0, pages=(), path=str(pdf))
            envelope = Envelope(
                local_id=new_id(),
                provider=ProviderKind.ASSENTLY,
                name=f"{label} {number}",
                documents=(document,),
            )
            saved = store.drafts.save(envelope)
            store.drafts.collect_garbage()
            print(saved.local_id, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
