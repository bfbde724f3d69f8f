"""Undo and redo of 500 mixed edits in the composer's draft session, with every view following.

An envelope with two documents (10 pages and 1), three parties and 500 fields is shown by the page editor,
the documents panel and the party editor over one draft session. 500 edits are made through the session as
the panels make them, cycling through the kinds: move a field, rename a party, reorder the documents, rename
the envelope, delete a field. Then every edit is undone and redone; each sample is one step plus the events
and repaints it causes (processed synchronously), so it is what a person feels per Ctrl+Z. Target: median
under 16 ms (one frame at 60 Hz), and the walk ends on the identical envelopes.
Run: `.venv/bin/python -m benchmarks.editor_undo [--edits N] [--fields N]` (offscreen).
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from benchmarks.common import write_result
from benchmarks.editor_drag import PAGES, grid_fields
from esign_desktop.domain.geometry import PageRect
from esign_desktop.domain.model import Envelope, Party, ProviderKind, new_id
from esign_desktop.pdf import domain_document, inspect_pdf
from esign_desktop.services.document_edits import reorder_documents
from esign_desktop.ui.editor.composer import ComposerWidget
from esign_desktop.ui.editor.documents_panel import DocumentsPanel
from esign_desktop.ui.editor.party_editor import PartyEditor
from esign_desktop.ui.editor.session_adapter import SessionAdapter
from tests.pdf_factory import A4, PageSpec, make_large_pdf, make_pdf

TARGET_MS = 16.0


def _mixed_edit(session: SessionAdapter, number: int) -> None:
    envelope = session.envelope
    kind = number % 5
    if kind == 0 and envelope.fields:  # move a field
        field = envelope.fields[number % len(envelope.fields)]
        rect = field.rect
        dy = 0.001 if rect.y1 < 0.99 else -0.001
        moved = dataclasses.replace(field, rect=PageRect(rect.x0, rect.y0 + dy, rect.x1, rect.y1 + dy))
        fields = tuple(moved if f.id == field.id else f for f in envelope.fields)
        session.edit(dataclasses.replace(envelope, fields=fields), "Move field")
    elif kind == 1:  # rename a party
        party = envelope.parties[number % len(envelope.parties)]
        renamed = dataclasses.replace(party, name=f"{party.name.split(' ')[0]} {number}")
        parties = tuple(renamed if p.id == party.id else p for p in envelope.parties)
        session.edit(dataclasses.replace(envelope, parties=parties), "Edit party")
    elif kind == 2:  # reorder the documents
        ids = [d.id for d in reversed(envelope.documents)]
        session.edit(reorder_documents(envelope, ids), "Move document")
    elif kind == 3:  # rename the envelope
        session.edit(dataclasses.replace(envelope, name=f"Envelope {number}"), "Rename the envelope")
    else:  # delete a field
        doomed = envelope.fields[-1].id
        session.edit(
            dataclasses.replace(envelope, fields=tuple(f for f in envelope.fields if f.id != doomed)),
            "Delete fields",
        )


def _timed(app: QApplication, step: object) -> float:
    started = time.perf_counter()
    step()  # type: ignore[operator]
    app.processEvents()
    return (time.perf_counter() - started) * 1000


def _figures(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "median": statistics.median(ordered),
        "p95": ordered[max(int(len(ordered) * 0.95) - 1, 0)],
        "max": ordered[-1],
        "min": ordered[0],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--edits", type=int, default=500)
    parser.add_argument("--fields", type=int, default=500)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as folder:
        pdf = make_large_pdf(Path(folder) / "doc.pdf", PAGES)
        annex = make_pdf(Path(folder) / "annex.pdf", [PageSpec(*A4)])
        documents = tuple(domain_document(inspect_pdf(p), p) for p in (pdf, annex))
        parties = (Party(id="a", name="Alice"), Party(id="b", name="Bob"), Party(id="c", name="Carol"))
        envelope = Envelope(
            local_id=new_id(),
            provider=ProviderKind.GMOSIGN,
            documents=documents,
            parties=parties,
            fields=grid_fields(args.fields, parties),
        )
        session = SessionAdapter.for_envelope(envelope)
        composer = ComposerWidget(session=session)
        documents_panel = DocumentsPanel(session=session)
        party_editor = PartyEditor(session=session)
        composer.resize(1400, 1000)
        for widget in (composer, documents_panel, party_editor):
            widget.show()
        app.processEvents()
        start = session.envelope
        edit_samples = [_timed(app, lambda n=n: _mixed_edit(session, n)) for n in range(args.edits)]
        final = session.envelope
        steps = session.count()
        undo_samples = [_timed(app, session.undo) for _ in range(steps)]
        back_to_start = session.envelope is start
        redo_samples = [_timed(app, session.redo) for _ in range(steps)]
        forward_to_final = session.envelope is final
        composer.shutdown()
        for widget in (composer, documents_panel, party_editor):
            widget.close()
    figures: dict[str, Any] = {
        "fields": float(args.fields),
        "edits": float(args.edits),
        "steps": float(steps),
        "edit_ms": _figures(edit_samples),
        "undo_ms": _figures(undo_samples),
        "redo_ms": _figures(redo_samples),
        "target_ms": TARGET_MS,
        "undo_all_gives_the_identical_start": back_to_start,
        "redo_all_gives_the_identical_end": forward_to_final,
    }
    path = write_result("editor_undo", figures)
    undo, redo = figures["undo_ms"], figures["redo_ms"]
    print(
        f"undo median {undo['median']:.2f} ms (p95 {undo['p95']:.2f}), redo median {redo['median']:.2f} ms "
        f"(p95 {redo['p95']:.2f}) over {steps} steps (target < {TARGET_MS} ms) -> {path}"
    )
    return 0 if back_to_start and forward_to_final else 1


if __name__ == "__main__":
    sys.exit(main())
