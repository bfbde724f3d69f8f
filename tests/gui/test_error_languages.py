"""Errors speak the window's language: a provider or storage error is a template with values, the UI
translates the template and the action phrase (a Phrase value) and fills them in; the English sentence stays
the same for the CLI and the logs."""

from __future__ import annotations

import errno
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from pytestqt.qtbot import QtBot

from esign_desktop.domain.capabilities import Action
from esign_desktop.domain.errors import AppError, Phrase
from esign_desktop.domain.model import Envelope, ProviderKind
from esign_desktop.providers import error_templates
from esign_desktop.providers.errors import (
    AuthenticationError,
    InvalidRequest,
    MalformedResponse,
    NotSupported,
    RateLimited,
)
from esign_desktop.providers.http import ServiceErrorDetail, error_for_response, parse_json
from esign_desktop.providers.json_shape import expect_object
from esign_desktop.services import calibration as calibration_templates
from esign_desktop.services.calibration import CalibrationError
from esign_desktop.services.envelope_actions import WRITE_FAILED, ActionResult
from esign_desktop.services.envelope_spec import SpecError, read_spec
from esign_desktop.services.notifier import Notifier
from esign_desktop.services.sync import AccountSyncStatus, SyncState
from esign_desktop.storage import error_templates as storage_templates
from esign_desktop.storage.action_phrases import ActionPhrase
from esign_desktop.storage.errors import (
    DamagedDatabaseError,
    DiskFullError,
    StorageBusyError,
    StorageError,
    from_os_error,
    from_sqlite_error,
)
from esign_desktop.ui.action_results import result_text
from esign_desktop.ui.controller import describe_account_status
from esign_desktop.ui.damaged_database import build_box
from esign_desktop.ui.editor.documents_panel import _inspect
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
    assert error_text(AppError("Could not finish saving: the disk is full.")) == (
        "Could not finish saving: the disk is full."
    )
    assert error_text(ValueError("plain")) == "plain"


# Storage errors: "Could not finish %1: …" with the action phrase as %1, both translated.


def _disk_full() -> StorageError:
    error = from_os_error(OSError(errno.ENOSPC, "No space left on device"), ActionPhrase.SAVING_THE_DRAFT)
    assert isinstance(error, DiskFullError)
    return error


@pytest.fixture
def busy(tmp_path: Path) -> Iterator[StorageError]:
    """A real SQLITE_BUSY: another connection holds the write lock and this one does not wait."""
    path = tmp_path / "busy.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x INTEGER)")
    holder.execute("BEGIN IMMEDIATE")
    waiting = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        with pytest.raises(sqlite3.OperationalError) as caught:
            waiting.execute("BEGIN IMMEDIATE")
        error = from_sqlite_error(caught.value, ActionPhrase.LISTING_THE_DRAFTS, path)
        assert isinstance(error, StorageBusyError)
        yield error
    finally:
        waiting.close()
        holder.execute("ROLLBACK")
        holder.close()


STORAGE_TEXTS = {
    "en": (
        "Could not finish saving the draft: the disk is full. Free some space and try again; "
        "the previously saved version is unchanged.",
        "Could not finish listing the drafts: the database is in use by another program. "
        "Close other copies of eSign Desktop and try again.",
    ),
    "ja": (
        "下書きを保存することができませんでした。ディスクがいっぱいです。空き容量を確保してから、もう一度お試しください。"
        "以前に保存した内容は変更されていません。",
        "下書きの一覧を読み込むことができませんでした。データベースは別のプログラムが使用中です。"
        "ほかの eSign Desktop を閉じてから、もう一度お試しください。",
    ),
    "sv": (
        "Kunde inte spara utkastet: disken är full. Frigör utrymme och försök igen; "
        "den tidigare sparade versionen är oförändrad.",
        "Kunde inte lista utkasten: databasen används av ett annat program. "
        "Stäng andra kopior av eSign Desktop och försök igen.",
    ),
}


@pytest.mark.parametrize("language", ["en", "ja", "sv"])
def test_a_storage_error_reads_in_the_windows_language(
    install: Installer, qtbot: QtBot, caplog: pytest.LogCaptureFixture, busy: StorageError, language: str
) -> None:
    install(language)
    disk_full, in_use = STORAGE_TEXTS[language]
    assert error_text(_disk_full()) == disk_full
    assert error_text(busy) == in_use
    notifier = Notifier()
    area = MessageArea()
    qtbot.addWidget(area)
    notifier.subscribe(area.show_message)
    notifier.report(_disk_full())
    assert area.text_label.text() == disk_full
    assert notifier.history[-1].text == STORAGE_TEXTS["en"][0]  # English for the log and the CLI
    assert STORAGE_TEXTS["en"][0] in caplog.text
    assert _disk_full().user_message == STORAGE_TEXTS["en"][0]
    assert busy.user_message == STORAGE_TEXTS["en"][1]


def test_no_english_is_left_in_a_translated_storage_error(install: Installer, busy: StorageError) -> None:
    install("ja")
    for error in (_disk_full(), busy):
        latin = re.findall(r"[A-Za-z]+", error_text(error).replace("eSign Desktop", ""))
        assert latin == [], latin


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "en",
            "The database file is empty (0 bytes): it was cut short, not newly created (/data/x.sqlite3).",
        ),
        (
            "ja",
            "データベースファイルが空です（0 バイト）。"
            "新しく作られたのではなく、途中で切れています（/data/x.sqlite3）。",
        ),
        ("sv", "Databasfilen är tom (0 byte): den har kapats, inte nyskapats (/data/x.sqlite3)."),
    ],
)
def test_values_other_than_phrases_are_shown_as_they_are(
    install: Installer, language: str, expected: str
) -> None:
    install(language)
    damaged = DamagedDatabaseError(storage_templates.DATABASE_EMPTY, Path("/data/x.sqlite3"))
    assert error_text(damaged).startswith(expected)
    named = StorageError(storage_templates.ACCOUNT_NAME_TAKEN, "saving the draft")  # a value, not a Phrase
    assert "saving the draft" in error_text(named)


def test_the_damaged_database_box_says_what_is_wrong_in_the_windows_language(
    install: Installer, qtbot: QtBot
) -> None:
    install("sv")
    box = build_box(DamagedDatabaseError(storage_templates.DATABASE_DAMAGED, Path("/data/x.sqlite3")), None)
    qtbot.addWidget(box)
    assert box.detailedText().startswith(
        "Databasfilen är skadad eller är inte en databas för eSign Desktop (/data/x.sqlite3). Starta "
    )


# --- PDF problems, the offline reason, calibration -------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "This is not a PDF file."),
        ("ja", "PDF ファイルではありません。"),
        ("sv", "Det här är ingen PDF-fil."),
    ],
)
def test_a_refused_file_reads_in_the_windows_language_after_its_name(
    install: Installer, tmp_path: Path, language: str, expected: str
) -> None:
    install(language)
    notes = tmp_path / "notes.pdf"
    notes.write_text("Meeting notes, not a PDF at all.\n", encoding="utf-8")

    inspection = _inspect(0, notes)  # what the composer's documents panel shows for the file

    assert inspection.error.startswith(f"notes.pdf: {expected}")
    if language != "en":
        assert "Choose a PDF" not in inspection.error


@pytest.mark.parametrize("language", ["ja", "sv"])
def test_no_english_is_left_in_the_offline_reason_or_a_calibration_problem(
    install: Installer, language: str
) -> None:
    install(language)
    offline = AccountSyncStatus("a", SyncState.OFFLINE, error=_refused())
    unexpected = AccountSyncStatus("a", SyncState.OFFLINE, message="an unexpected problem; see the log")
    calibration = CalibrationError(calibration_templates.ENVELOPE_GONE)
    no_credentials = AuthenticationError(error_templates.NO_SAVED_CREDENTIALS, "Office")
    for text in (
        describe_account_status(offline),
        describe_account_status(unexpected),
        error_text(calibration),
        error_text(no_credentials),
    ):
        assert not re.search(r"\b(the|an|refused|send|saved|credentials|log)\b", text), text


@pytest.mark.parametrize(("language", "expected"), [("ja", "JSON ではない応答"), ("sv", "som inte är JSON")])
def test_an_unreadable_answer_reads_in_the_windows_language(
    install: Installer, language: str, expected: str
) -> None:
    install(language)
    answer = httpx.Response(200, content=b"<html>maintenance</html>")
    with pytest.raises(MalformedResponse) as caught:
        parse_json(answer, "Assently E-Sign")
    text = error_text(caught.value)
    assert expected in text
    assert "sent an answer" not in text


@pytest.mark.parametrize(
    ("language", "unsupported", "not_an_object", "refused"),
    [
        (
            "ja",
            "GMO Sign は署名者への催促に対応していません。",
            "サービスから予期しない応答が返されました: 案件 が JSON オブジェクトではありません。",
            "GMO Sign が要求を拒否しました（文書 ID が返されませんでした）。",
        ),
        (
            "sv",
            "GMO Sign stöder inte att påminna undertecknare.",
            "Tjänsten skickade ett oväntat svar: ärendet är inte ett JSON-objekt.",
            "GMO Sign avvisade begäran (returnerade inget ärende-id).",
        ),
    ],
)
def test_rarer_provider_errors_read_in_the_windows_language(
    install: Installer, language: str, unsupported: str, not_an_object: str, refused: str
) -> None:
    """The phrases inside them (the action, the part of the answer, the reason) are translated too."""
    install(language)
    assert error_text(NotSupported(Action.REMIND, "GMO Sign")) == unsupported
    with pytest.raises(MalformedResponse) as caught:
        expect_object(["not", "an", "object"], "the case")
    assert error_text(caught.value) == not_an_object
    no_id = Phrase("did not return an envelope id")
    refusal = InvalidRequest(error_templates.REFUSED_WITHOUT, "GMO Sign", no_id)
    assert error_text(refusal) == refused
    english = NotSupported(Action.REMIND, "GMO Sign").message  # the CLI's and the log's sentence
    assert english == "GMO Sign does not support reminding signers."


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "ja",
            [
                "documents: 1 個以上の項目が必要です",
                "parties[0].role: 「role」は signer, approver, recipient のいずれかです",
                "parties[0].name: テキストでなければなりません（実際は 数値）",
                "colour: 既知のキーではありません（綴りを確認してください）",
            ],
        ),
        (
            "sv",
            [
                "documents: måste ha minst 1 element",
                "parties[0].role: ”role” är något av signer, approver, recipient",
                "parties[0].name: måste vara text (hittade ett tal)",
                "colour: är ingen känd nyckel (kontrollera stavningen)",
            ],
        ),
    ],
)
def test_why_an_envelope_file_cannot_be_opened_reads_in_the_windows_language(
    install: Installer, tmp_path: Path, language: str, expected: list[str]
) -> None:
    """The composer's "%1 cannot be opened: %2" lists these; the CLI prints the English `problems`."""
    install(language)
    spec = tmp_path / "nda.json"
    spec.write_text(
        '{"version": 1, "name": "NDA", "documents": [], "colour": 1, '
        '"parties": [{"id": "a", "role": "boss", "name": 7}], "fields": []}',
        encoding="utf-8",
    )
    with pytest.raises(SpecError) as caught:
        read_spec(spec, ProviderKind.ASSENTLY)
    assert [error_text(detail) for detail in caught.value.details] == expected
    assert caught.value.problems[2] == "parties[0].name: must be text (found a number)"
    spec.write_bytes(b'{"a": 1, "a": 2}')
    with pytest.raises(SpecError) as caught:
        read_spec(spec, ProviderKind.ASSENTLY)
    [twice] = caught.value.details
    assert "a" in error_text(twice)
    assert "appears twice" not in error_text(twice)  # nested: the file's sentence and the reason inside it
