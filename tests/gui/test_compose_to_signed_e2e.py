"""End to end, for both services: compose in the GUI, send, every party signs on the sandbox, the app learns
completion, downloads, and each stamp in the final PDF sits where its field was placed (within 1% of the page)
in a PDF whose signatures are intact.

The whole app runs in-process on the qasync loop with its built-in sandbox, as a person would start it. Fields
are placed with the editor's real input paths: the keyboard at the pointer, and a rectangle drawn with the
mouse. The stamps are measured in the final PDF's content stream with the finalise tests' instrument (an
independent reading of user space turned into displayed-page fractions).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from esign_desktop.app import parse_args
from esign_desktop.application import Application
from esign_desktop.domain.capabilities import StatusObservation, capabilities_for
from esign_desktop.domain.model import Envelope, Field, FieldKind, PartyRole, ProviderKind, new_id
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.services.first_run import SANDBOX_ACCOUNT_NAMES
from esign_desktop.services.signature_check import verify_pdf_signatures
from esign_desktop.storage.paths import AppPaths
from esign_desktop.ui.editor.composer_window import ComposerWindow
from esign_desktop.ui.editor.readiness_panel import SendState
from tests.pdf_factory import A4, LETTER, PageSpec, TextSpec, make_pdf
from tests.unit.test_finalise_placement import DisplayedPage, measure

pytestmark = pytest.mark.gui

TOLERANCE = 0.01  # 1% of the page, per edge
# A page turned sideways, a cropped page, and a page of another size (and turned upside down).
PAGES = [
    PageSpec(*A4, rotate=90, texts=[TextSpec(72, 700, "Rotated page")]),
    PageSpec(*A4, crop_box=(40, 60, 520, 780), texts=[TextSpec(72, 700, "Cropped page")]),
    PageSpec(LETTER[1], LETTER[0], rotate=180, texts=[TextSpec(72, 500, "Letter landscape")]),
]
SIGNERS = (("Aiko Tanaka", "aiko.e2e@example.com"), ("Ben Carter", "ben.e2e@example.com"))


async def until(condition: Callable[[], bool], seconds: float = 30.0, what: str = "condition") -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} not reached in {seconds} s")
        await asyncio.sleep(0.02)


def mouse(widget: QWidget, kind: QEvent.Type, position: QPointF) -> None:
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    held = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else Qt.MouseButton.LeftButton
    if kind == QEvent.Type.MouseMove and not getattr(widget, "_e2e_dragging", False):
        held = Qt.MouseButton.NoButton
    event = QMouseEvent(
        kind, position, widget.mapToGlobal(position), button, held, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, event)


def draw(widget: QWidget, start: QPointF, end: QPointF, steps: int = 5) -> None:
    """Press, move in steps, release: a rectangle drawn with the mouse."""
    mouse(widget, QEvent.Type.MouseButtonPress, start)
    widget._e2e_dragging = True  # type: ignore[attr-defined]
    for step in range(1, steps + 1):
        mouse(widget, QEvent.Type.MouseMove, start + (end - start) * (step / steps))
    widget._e2e_dragging = False  # type: ignore[attr-defined]
    mouse(widget, QEvent.Type.MouseButtonRelease, end)


def pixel(window: ComposerWindow, page: int, u: float, v: float) -> QPointF:
    """A point at page fractions (u, v) of 1-based `page`, scrolled into view first."""
    view = window.composer.view
    view.scroll_to_page(page - 1)
    x, y = view.page_view(page - 1).fraction_to_pixel(u, v)
    return QPointF(x, y)


async def compose(application: Application, provider: ProviderKind, pdf: Path) -> ComposerWindow:
    """Everything a person does in the composer window, up to a ready envelope."""
    account = next(
        a for a in application.context.accounts.list() if a.name == SANDBOX_ACCOUNT_NAMES[provider]
    )
    window = application.controller.open_composer(
        Envelope(local_id=new_id(), provider=provider, account_id=account.id)
    )
    window.documents_panel.add_files([pdf])
    await until(lambda: len(window.envelope().documents) == 1, what="the PDF checked and added")
    await until(lambda: window.composer.view.page_count() == len(PAGES), what="the pages laid out")
    QTest.keyClicks(window.name_edit, f"E2E {provider.label}")

    for name, email in SIGNERS:
        window.party_editor.add_party(PartyRole.SIGNER)
        QTest.keyClicks(window.party_editor.name_edit, name)
        QTest.keyClicks(window.party_editor.email_edit, email)
    first, second = window.envelope().parties
    assert [p.name for p in (first, second)] == [name for name, _ in SIGNERS]

    overlay = window.composer.overlay
    palette = window.composer.field_palette
    # The first signer: selecting them in the party list makes new fields theirs.
    window.party_editor.select_party(first.id)
    assert palette.party_combo.currentData() == first.id
    # A signature on the rotated page, placed with the keyboard at the pointer.
    overlay.setFocus()
    mouse(overlay, QEvent.Type.MouseMove, pixel(window, 1, 0.22, 0.7))
    QTest.keyClick(overlay, Qt.Key.Key_S)
    # ... and a date on the page of another size, also by keyboard.
    mouse(overlay, QEvent.Type.MouseMove, pixel(window, 3, 0.7, 0.2))
    QTest.keyClick(overlay, Qt.Key.Key_D)
    # The second signer: a signature rectangle drawn with the mouse on the cropped page.
    window.party_editor.select_party(second.id)
    palette.kind_buttons[FieldKind.SIGNATURE].click()
    draw(overlay, pixel(window, 2, 0.55, 0.62), pixel(window, 2, 0.92, 0.74))
    QTest.keyClick(overlay, Qt.Key.Key_Escape)  # back to selecting

    fields = window.envelope().fields
    assert [(f.page, f.kind) for f in fields] == [
        (1, FieldKind.SIGNATURE),
        (3, FieldKind.DATE),
        (2, FieldKind.SIGNATURE),
    ]
    assert [f.party_id for f in fields] == [first.id, first.id, second.id]
    await until(window.readiness.is_ready, what="the envelope ready to send")
    return window


async def sandbox_envelope_id(
    application: Application, control: httpx.AsyncClient, envelope: Envelope
) -> str:
    """The sandbox's id of what the app sent (GMO Sign tells it only with the completion callback)."""
    if envelope.remote_id:
        return envelope.remote_id
    for summary in (await control.get("/_sandbox/envelopes")).json():
        if summary["provider"] != envelope.provider.value:
            continue
        detail = (await control.get(f"/_sandbox/envelopes/{summary['provider']}/{summary['id']}")).json()
        if detail["name"] == envelope.name:
            return str(summary["id"])
    raise AssertionError(f"the sandbox has no envelope called {envelope.name!r}")


def assert_stamped_where_placed(pdf: bytes, fields: tuple[Field, ...]) -> None:
    for number, spec in enumerate(PAGES, start=1):
        page = DisplayedPage.of(spec)
        frames = [page.bounds(corners) for corners in measure(number, pdf).stroked_rects]
        wanted = [f for f in fields if f.page == number]
        assert len(frames) == len(wanted), f"page {number}: {len(frames)} frames for {len(wanted)} fields"
        for field in wanted:
            placed = field.rect
            near = [
                frame
                for frame in frames
                if all(
                    abs(getattr(frame, edge) - getattr(placed, edge)) <= TOLERANCE
                    for edge in ("x0", "y0", "x1", "y1")
                )
            ]
            assert near, f"page {number}: no stamp within 1% of {placed}; stamps at {frames}"


class Harness:
    def __init__(self, qapp: QApplication, loop: asyncio.AbstractEventLoop, home: Path) -> None:
        self.qapp, self.loop, self.home = qapp, loop, home
        qapp.setQuitOnLastWindowClosed(False)  # as main() does: the app decides when it is finished
        self.application: Application | None = None

    async def start(self) -> Application:
        application = Application(self.qapp, parse_args([]), AppPaths.under(self.home))
        self.application = application
        application.start()
        await until(lambda: "startup" not in " ".join(application.tasks.running()), what="start-up")
        return application

    def run(self, scenario: Coroutine[Any, Any, None]) -> None:
        async def with_cleanup() -> None:
            try:
                await scenario
            finally:
                application = self.application
                if application is not None and not application.finished.done():
                    application.window.close()
                    await asyncio.wait_for(application.finished, 20)

        self.loop.run_until_complete(with_cleanup())


@pytest.mark.parametrize("provider", [ProviderKind.ASSENTLY, ProviderKind.GMOSIGN], ids=lambda p: p.value)
def test_composed_fields_come_back_stamped_where_they_were_placed_in_a_signed_pdf(
    provider: ProviderKind,
    qapp: QApplication,
    qasync_loop: asyncio.AbstractEventLoop,
    app_home: Path,
    tmp_path: Path,
) -> None:
    harness = Harness(qapp, qasync_loop, app_home)
    pdf = make_pdf(tmp_path / "mixed-pages.pdf", PAGES)

    async def scenario() -> None:
        application = await harness.start()
        assert application.sandbox is not None
        window = await compose(application, provider, pdf)
        composed = window.envelope()
        local_id = composed.local_id

        window.readiness.send_button.click()
        assert window.readiness.send_state == SendState.SENDING
        await until(lambda: window.is_sent, what="the envelope sent")
        assert window.readiness.send_state == SendState.SENT
        assert application.context.drafts.load(local_id) is None
        listed = {e.local_id: e for e in application.window.envelope_model.collection.envelopes()}
        assert listed[local_id].status is EnvelopeStatus.SENT

        sent = application.context.cache.get(local_id)
        assert sent is not None
        async with httpx.AsyncClient(
            base_url=application.sandbox.info.base_url,
            headers=application.sandbox.info.control_headers(),
            timeout=10,
        ) as control:
            remote = await sandbox_envelope_id(application, control, sent)
            detail = (await control.get(f"/_sandbox/envelopes/{provider.value}/{remote}")).json()
            assert [p["name"] for p in detail["parties"]] == [name for name, _ in SIGNERS]
            for party in sorted(detail["parties"], key=lambda p: p["order"]):
                answer = await control.post(
                    f"/_sandbox/envelopes/{provider.value}/{remote}/parties/{party['id']}/sign"
                )
                assert answer.status_code == 200, answer.text

        if capabilities_for(provider).observation is StatusObservation.POLLING:
            application.context.sync.wake(sent.account_id)  # Assently: the next sync sees it at once
        # GMO Sign: the sandbox calls the app's own receiver back (Connect), nothing to wake.

        def completed() -> bool:
            cached = application.context.cache.get(local_id)
            return cached is not None and cached.status is EnvelopeStatus.COMPLETED

        await until(completed, what="the app learning of completion")
        await until(
            lambda: (
                {e.local_id: e for e in application.window.envelope_model.collection.envelopes()}[
                    local_id
                ].status
                is EnvelopeStatus.COMPLETED
            ),
            what="the list showing completion",
        )
        finished = application.context.cache.get(local_id)
        assert finished is not None
        result = await application.controller.actions.download(finished, tmp_path / "signed")
        assert result.ok, result.message
        documents = [
            f for f in result.files if f.suffix.lower() == ".pdf" and "receipt" not in f.name.lower()
        ]
        assert documents, result.files
        final = documents[0].read_bytes()
        assert_stamped_where_placed(final, composed.fields)
        reports = await verify_pdf_signatures(documents[0])
        assert reports
        assert all(report.intact for report in reports), reports

    harness.run(scenario())
