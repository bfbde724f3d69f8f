"""What the local check of a downloaded PDF's signatures found reads in the window's language: the check gives
the facts, the window says them (ui/signature_texts.py); the English summary stays for the logs."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from esign_desktop.domain.capabilities import Action
from esign_desktop.domain.model import Envelope, ProviderKind, new_id
from esign_desktop.services import signature_check
from esign_desktop.services.context import ServiceContext
from esign_desktop.services.envelope_actions import ActionResult
from esign_desktop.services.tasks import TaskRegistry
from esign_desktop.storage.paths import AppPaths
from esign_desktop.ui.controller import AppController, connect_window_commands
from esign_desktop.ui.main_window import MainWindow
from tests.gui.conftest import Installer
from tests.pdf_factory import make_signed_pdf

pytestmark = pytest.mark.gui

SIGNER = "Anna Andersson"


@pytest.fixture
def controller(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> Iterator[AppController]:
    context = ServiceContext.open(AppPaths.under(tmp_path / "home"))
    window = MainWindow()
    qtbot.addWidget(window)
    controller = AppController(window, context, TaskRegistry())
    connect_window_commands(window, controller)
    yield controller
    window.allow_close()
    context.database.close()


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "en",
            r"Signed by Anna Andersson on .+\. The document has not been changed since\. "
            r"The signer's certificate is not trusted by this computer\.",
        ),
        (
            "ja",
            r".+ に Anna Andersson が署名しました。署名後、ファイルは変更されていません。"
            r"署名者の証明書は、このコンピューターで信頼されていません。",
        ),
        (
            "sv",
            r"Signerat av Anna Andersson den .+\. Dokumentet har inte ändrats sedan dess\. "
            r"Undertecknarens certifikat är inte betrott på den här datorn\.",
        ),
    ],
)
def test_a_downloaded_signature_is_described_in_the_windows_language(
    install: Installer, controller: AppController, tmp_path: Path, language: str, expected: str
) -> None:
    install(language)
    signed = make_signed_pdf(tmp_path / "signed.pdf", SIGNER)
    envelope = Envelope(local_id=new_id(), provider=ProviderKind.ASSENTLY, account_id="a", name="Lease")
    result = ActionResult(envelope, True, "Lease: downloaded", (signed,), action=Action.DOWNLOAD)

    (line,) = asyncio.run(controller.verify_downloads(result))

    assert line.document == "signed.pdf"
    assert re.fullmatch(expected, line.summary), line.summary
    assert not line.ok


def _report(**facts: object) -> signature_check.SignatureReport:
    defaults: dict[str, object] = {
        "field_name": "Signature1",
        "signer": SIGNER,
        "signed_at": datetime(2026, 11, 23, 12, 0, tzinfo=UTC),
        "intact": True,
        "covers_whole_document": True,
        "trusted": False,
        "summary": "English, for the logs",
    }
    return signature_check.SignatureReport(**{**defaults, **facts})  # type: ignore[arg-type]


@pytest.mark.parametrize("language", ["ja", "sv"])
def test_every_finding_has_a_translation_and_no_english_is_left(install: Installer, language: str) -> None:
    from esign_desktop.ui.signature_texts import INTEGRITY, TRUST, UNREADABLE, signature_text

    assert set(INTEGRITY) == {value.value for value in signature_check.Integrity}
    assert set(TRUST) == {value.value for value in signature_check.Trust}
    assert set(UNREADABLE) == {value.value for value in signature_check.Unreadable}
    install(language)
    reports = [
        _report(integrity=integrity, trust=trust, signed_at=signed_at)
        for integrity in signature_check.Integrity
        for trust in signature_check.Trust
        for signed_at in (None, datetime(2026, 11, 23, 12, 0, tzinfo=UTC))
    ]
    reports += [_report(intact=False, unreadable=problem) for problem in signature_check.Unreadable]
    english = re.compile(r"\b(the|is|was|has|been|signed|by|on|this|cannot|document|certificate)\b", re.I)
    for report in reports:
        text = signature_text(report).replace(SIGNER, "")
        assert text
        if language == "ja":
            assert re.findall(r"[A-Za-z]{2,}", text) == [], text
        else:
            assert not english.search(text), text
