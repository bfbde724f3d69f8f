"""Why a send failed and why a record was set aside read in the window's language: the outbox's sender and the
quarantine keep the error (a template with values), not only its English sentence; older rows, which hold the
English sentence, still show it."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import cast

import httpx
import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from esign_desktop.domain.model import Envelope, ProviderKind, new_id
from esign_desktop.providers.base import Provider
from esign_desktop.providers.errors import ProviderError
from esign_desktop.providers.http import ServiceErrorDetail, error_for_response
from esign_desktop.services import outbox_sender
from esign_desktop.services.context import ServiceContext
from esign_desktop.services.draft_autosave import DraftAutosaver
from esign_desktop.services.draft_send import send_draft
from esign_desktop.services.notifier import Message
from esign_desktop.services.outbox_sender import OutboxSender, SendOutcome
from esign_desktop.services.tasks import TaskRegistry
from esign_desktop.storage.accounts import Account, AccountState
from esign_desktop.storage.outbox import InvalidTransitionError, OutboxState
from esign_desktop.storage.paths import AppPaths
from esign_desktop.storage.quarantine import Quarantine
from esign_desktop.ui.attention_panel import AttentionPanel
from esign_desktop.ui.controller import AppController, connect_window_commands
from esign_desktop.ui.error_text import error_text
from esign_desktop.ui.main_window import MainWindow
from tests.gui.conftest import Installer

pytestmark = pytest.mark.gui

NAME = "Lease 7"
LABEL = "Assently E-Sign"


def _latin_words(text: str) -> list[str]:
    """English left in a Japanese text, once the names (the envelope's, the service's) are taken out."""
    for kept in (NAME, LABEL, "HTTP", "API", "GMO Sign"):
        text = text.replace(kept, "")
    return re.findall(r"[A-Za-z]{2,}", text)


class _Refusing:
    """A provider whose every create is answered with `error`."""

    sends_on_create = False

    def __init__(self, error: ProviderError) -> None:
        self.error = error

    def planned_remote_id(self, envelope: Envelope) -> str | None:
        return None

    async def create_envelope(self, envelope: Envelope, before_unrepeatable: object) -> Envelope:
        raise self.error


@pytest.fixture
def context(tmp_path: Path) -> Iterator[ServiceContext]:
    context = ServiceContext.open(AppPaths.under(tmp_path / "home"))
    yield context
    context.database.close()


def _envelope(context: ServiceContext) -> Envelope:
    account = context.accounts.store.add(
        Account(ProviderKind.ASSENTLY, "Office", "http://127.0.0.1:9", state=AccountState.OK)
    )
    return Envelope(local_id=new_id(), provider=ProviderKind.ASSENTLY, account_id=account.id, name=NAME)


def _send(context: ServiceContext, error: ProviderError) -> SendOutcome:
    provider = cast(Provider, _Refusing(error))
    sender = OutboxSender(context.outbox, context.cache, lambda _id: provider, max_attempts=1)
    return asyncio.run(sender.send(_envelope(context)))


def _refused() -> ProviderError:
    return error_for_response(httpx.Response(401), LABEL, ServiceErrorDetail(""))


def _unavailable() -> ProviderError:
    error = error_for_response(httpx.Response(503), LABEL, ServiceErrorDetail(""))
    assert error.retryable
    return error


@pytest.fixture
def controller(qtbot: QtBot, qapp: QApplication, context: ServiceContext) -> Iterator[AppController]:
    window = MainWindow()
    qtbot.addWidget(window)
    controller = AppController(window, context, TaskRegistry())
    connect_window_commands(window, controller)
    yield controller
    window.allow_close()


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", f"“{NAME}” was not sent: {LABEL} refused the account's credentials (HTTP 401)."),
        (
            "ja",
            f"「{NAME}」を送信できませんでした: {LABEL} がアカウントの認証情報を拒否しました（HTTP 401）。",
        ),
        ("sv", f"”{NAME}” skickades inte: {LABEL} godtog inte kontots inloggningsuppgifter (HTTP 401)."),
    ],
)
def test_why_a_send_failed_reads_in_the_windows_language(
    install: Installer,
    controller: AppController,
    context: ServiceContext,
    caplog: pytest.LogCaptureFixture,
    language: str,
    expected: str,
) -> None:
    install(language)
    outcome = _send(context, _refused())
    told: list[Message] = []
    context.notifier.subscribe(told.append)

    controller.on_send_outcome(outcome)

    assert not outcome.sent
    assert outcome.error.startswith(f"{LABEL} refused the account's credentials")  # the CLI's English
    (message,) = told
    assert message.text.startswith(expected)
    if language == "ja":
        assert _latin_words(message.text) == []


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", f"Gave up after 1 tries: {LABEL} could not handle the request (HTTP 503)."),
        ("ja", "1 回試行しましたが、送信を中止しました: "),
        ("sv", f"Gav upp efter 1 försök: {LABEL} kunde inte hantera begäran"),
    ],
)
def test_a_send_given_up_says_the_services_reason_in_the_windows_language_too(
    install: Installer,
    context: ServiceContext,
    caplog: pytest.LogCaptureFixture,
    language: str,
    expected: str,
) -> None:
    install(language)
    outcome = _send(context, _unavailable())

    assert outcome.failure is not None
    assert outcome.failure.template == outbox_sender.GAVE_UP
    text = error_text(outcome.failure)
    assert text.startswith(expected)
    if language == "ja":
        assert _latin_words(text) == []
    if language == "sv":
        assert "Try again" not in text
        assert "sent twice" not in text


def test_the_draft_send_keeps_the_error_for_the_composer(
    install: Installer, context: ServiceContext, caplog: pytest.LogCaptureFixture
) -> None:
    install("sv")
    provider = cast(Provider, _Refusing(_refused()))
    sender = OutboxSender(context.outbox, context.cache, lambda _id: provider, max_attempts=1)
    autosaver = DraftAutosaver(context.drafts, delay=0)

    result = asyncio.run(
        send_draft(_envelope(context), autosaver=autosaver, sender=sender, drafts=context.drafts)
    )

    assert not result.sent
    assert result.error is not None
    assert error_text(result.error).startswith(f"{LABEL} godtog inte kontots inloggningsuppgifter")


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Cannot move this send from sent to failed;"),
        ("ja", "この送信を「送信済み」から「失敗」に進められません。"),
        ("sv", "Det här utskicket kan inte flyttas från ”skickat” till ”misslyckat”;"),
    ],
)
def test_the_states_of_a_send_inside_an_error_read_in_the_windows_language(
    install: Installer, context: ServiceContext, language: str, expected: str
) -> None:
    install(language)
    entry = context.outbox.enqueue(_envelope(context), remote_id="")
    for state in (OutboxState.CREATING, OutboxState.CREATED, OutboxState.SENDING, OutboxState.SENT):
        context.outbox.transition(entry.id, state)

    with pytest.raises(InvalidTransitionError) as raised:
        context.outbox.transition(entry.id, OutboxState.FAILED, error="late")

    assert error_text(raised.value).startswith(expected)


# --- Needs attention --------------------------------------------------------------------------------------


OLD_REASON = "It cannot be read back (KeyError)."


def _set_aside(context: ServiceContext) -> None:
    """Records the store sets aside when it reads them (a send whose envelope is damaged, a cached envelope
    with a party the decoder refuses), and a row an older version set aside with an English reason."""
    broken = context.outbox.enqueue(_envelope(context), remote_id="")
    bad = _envelope(context)
    context.cache.upsert(bad)
    with context.database.transaction("test") as connection:
        connection.execute("UPDATE outbox SET envelope_json = 'garbage' WHERE id = ?", (broken.id,))
        body = connection.execute("SELECT json FROM envelope_bodies WHERE local_id = ?", (bad.local_id,))
        plain = json.loads(body.fetchone()[0])
        plain["value"]["parties"] = [{"id": "p1", "order": True}]  # no name, email…: a KeyError or TypeError
        connection.execute(
            "UPDATE envelope_bodies SET json = ? WHERE local_id = ?", (json.dumps(plain), bad.local_id)
        )
    assert context.outbox.entries() == []  # reading them sets them aside
    assert context.cache.get(bad.local_id) is None
    with context.database.transaction("test") as connection:
        connection.execute(
            "INSERT INTO quarantine (source, record_key, reason, content, found_at) VALUES (?, ?, ?, ?, ?)",
            ("drafts", "old", OLD_REASON, "{}", "2026-01-01T00:00:00+00:00"),
        )


@pytest.mark.parametrize("language", ["ja", "sv"])
def test_why_records_were_set_aside_reads_in_the_windows_language(
    install: Installer,
    qtbot: QtBot,
    context: ServiceContext,
    caplog: pytest.LogCaptureFixture,
    language: str,
) -> None:
    install(language)
    _set_aside(context)
    records = Quarantine(context.database).list()
    panel = AttentionPanel()
    qtbot.addWidget(panel)

    panel.set_records(records)

    shown = {
        record.reason: panel.records.topLevelItem(row).text(1)  # type: ignore[union-attr]
        for row, record in enumerate(records)
    }
    assert len(shown) == 3
    assert shown.pop(OLD_REASON) == OLD_REASON  # an older row: as it was written
    for reason, text in shown.items():
        assert text != reason
        if language == "ja":
            # Type names (KeyError, Envelope) and "JSON" stay as they are.
            assert _latin_words(re.sub(r"\w+Error|Envelope|JSON", "", text)) == [], text
        else:
            assert not re.search(r"\b(the|could|not|be|read|Check|refused)\b", text), text


def test_the_sender_keeps_why_it_could_not_resume_a_send(
    install: Installer, context: ServiceContext, caplog: pytest.LogCaptureFixture
) -> None:
    install("sv")
    entry = context.outbox.enqueue(_envelope(context), remote_id="")
    sender = OutboxSender(context.outbox, context.cache, lambda _id: cast(Provider, None))

    outcome = sender._isolate(entry, _refused())  # what resume_all does with an entry that raises

    assert outcome.error.startswith("This send could not be resumed (Assently E-Sign refused")
    assert outcome.failure is not None
    assert error_text(outcome.failure).startswith(
        f"Utskicket kunde inte återupptas ({LABEL} godtog inte kontots inloggningsuppgifter"
    )
