"""Errors speak the window's language: a provider error is a template with values, the UI translates the
template and fills it in; the English sentence stays the same for the CLI and the logs."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from pytestqt.qtbot import QtBot

from esign_desktop.domain.capabilities import Action
from esign_desktop.domain.errors import AppError
from esign_desktop.domain.model import Envelope, ProviderKind
from esign_desktop.providers import error_templates
from esign_desktop.providers.errors import AuthenticationError, RateLimited
from esign_desktop.providers.http import ServiceErrorDetail, error_for_response
from esign_desktop.services.envelope_actions import WRITE_FAILED, ActionResult
from esign_desktop.services.notifier import Notifier
from esign_desktop.storage.errors import StorageError
from esign_desktop.ui.action_results import result_text
from esign_desktop.ui.error_text import error_text
from esign_desktop.ui.message_area import MessageArea
from tests.gui.conftest import Installer

pytestmark = pytest.mark.gui


def _refused() -> AuthenticationError:
    error = error_for_response(httpx.Response(401), "Assently E-Sign", ServiceErrorDetail("Token expired"))
    assert isinstance(error, AuthenticationError)
    return error


@pytest.mark.parametrize(
    ("language", "reminded", "saved", "failed"),
    [
        ("en", "NDA: reminded", "NDA: 1 file saved", "NDA: Could not write to /mnt/x: Read-only file system"),
        (
            "ja",
            "NDA: リマインドを送りました",
            "NDA: 1 個のファイルを保存しました",
            "NDA: /mnt/x に書き込めませんでした",
        ),
        ("sv", "NDA: påminnelse skickad", "NDA: 1 fil sparad", "NDA: Kunde inte skriva till /mnt/x"),
    ],
)
def test_what_an_action_did_reads_in_the_windows_language(
    install: Installer, language: str, reminded: str, saved: str, failed: str
) -> None:
    install(language)
    envelope = Envelope(local_id="e1", provider=ProviderKind.ASSENTLY, name="NDA")
    assert result_text(ActionResult(envelope, True, "NDA: reminded", action=Action.REMIND)) == reminded
    files = (Path("/tmp/nda.pdf"),)
    assert result_text(ActionResult(envelope, True, "…", files, action=Action.DOWNLOAD)) == saved
    problem = AppError(WRITE_FAILED, "/mnt/x", "Read-only file system")
    text = result_text(ActionResult(envelope, False, "…", action=Action.DOWNLOAD, error=problem))
    assert text.startswith(failed)


def test_the_english_sentence_is_the_template_filled_in() -> None:
    error = _refused()
    assert error.template == error_templates.REFUSED_CREDENTIALS_SAID
    assert error.values == ("Assently E-Sign", "401", "Token expired")
    assert error.message == (
        "Assently E-Sign refused the account's credentials (HTTP 401): Token expired "
        "Check the access token or the API key and secret in the account settings."
    )
    assert str(error) == error.message
    limited = error_for_response(
        httpx.Response(429, headers={"Retry-After": "30"}), "GMO Sign", ServiceErrorDetail()
    )
    assert isinstance(limited, RateLimited)
    assert limited.message == "GMO Sign is limiting the number of calls. Try again in 30 s."
    assert limited.retry_after == 30


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ja", "Assently E-Sign がアカウントの認証情報を拒否しました（HTTP 401）: Token expired"),
        ("sv", "Assently E-Sign godtog inte kontots inloggningsuppgifter (HTTP 401): Token expired"),
    ],
)
def test_a_provider_error_reads_in_the_windows_language(
    install: Installer, qtbot: QtBot, caplog: pytest.LogCaptureFixture, language: str, expected: str
) -> None:
    install(language)
    assert error_text(_refused()).startswith(expected)
    notifier = Notifier()
    area = MessageArea()
    qtbot.addWidget(area)
    notifier.subscribe(area.show_message)
    notifier.report(_refused(), doing="Sync")
    assert area.text_label.text().startswith("Sync: " + expected)
    assert notifier.history[-1].text.startswith("Sync: Assently E-Sign refused")  # English for the log
    assert "Sync: Assently E-Sign refused" in caplog.text


def test_an_error_without_a_translation_shows_as_written(install: Installer) -> None:
    install("ja")
    assert error_text(StorageError("Could not finish saving: the disk is full.")) == (
        "Could not finish saving: the disk is full."
    )
    assert error_text(ValueError("plain")) == "plain"
