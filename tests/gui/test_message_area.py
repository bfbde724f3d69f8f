"""The message area: the latest message with its level, dismiss, history, and "copy details"."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from esign_desktop.services.notifier import Level, Message, Notifier
from esign_desktop.ui.message_area import HISTORY_LIMIT, MessageArea, level_colour

pytestmark = pytest.mark.gui


@pytest.fixture
def area(qtbot: QtBot) -> MessageArea:
    widget = MessageArea()
    qtbot.addWidget(widget)
    return widget


def raise_and_report(notifier: Notifier) -> None:
    settings: dict[str, str] = {}
    try:
        settings["missing"]  # a real traceback for the details
    except KeyError as error:
        notifier.report(error, "Refreshing the list")


def test_hidden_until_a_message_arrives(area: MessageArea) -> None:
    assert area.isHidden()
    assert area.current() is None


def test_notifier_messages_show_with_their_level(area: MessageArea) -> None:
    notifier = Notifier()
    notifier.subscribe(area.show_message)

    notifier.warning("The GMO Sign account is offline; showing the saved list.")

    assert not area.isHidden()
    assert area.text_label.text() == "The GMO Sign account is offline; showing the saved list."
    assert area.text_label.accessibleName().startswith("Warning: ")
    assert area.property("level") == "warning"
    assert level_colour(Level.WARNING, area.palette()) in area.styleSheet()
    assert area.copy_button.isHidden()
    assert area.history_button.isHidden()

    notifier.error("Sending NDA: the service refused the document.")

    assert area.property("level") == "error"
    assert level_colour(Level.ERROR, area.palette()) in area.styleSheet()
    assert area.icon.accessibleName() == "Error"


# The offscreen plugin cannot raise a popup or grab the keyboard for it; a real desktop can.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_earlier_messages_are_counted_and_listed_newest_first(area: MessageArea, qtbot: QtBot) -> None:
    for number in range(1, 4):
        area.show_message(Message(Level.INFO, f"message {number}"))

    assert area.earlier_count() == 2
    assert not area.history_button.isHidden()
    assert area.history_button.text() == "2 earlier"
    assert area.history_button.accessibleName() == "Show 2 earlier message(s)"

    area.history_button.click()
    popup = area.history_popup
    assert popup.isVisible()
    shown = [popup.list.item(row).text() for row in range(popup.list.count())]
    assert shown == ["message 3", "message 2", "message 1"]
    popup.close()


def test_dismiss_hides_the_message_and_keeps_it_in_history(area: MessageArea, qtbot: QtBot) -> None:
    area.show_message(Message(Level.INFO, "Synced."))

    with qtbot.waitSignal(area.dismissed, timeout=0):
        area.dismiss_button.click()

    assert area.isHidden()
    assert area.current() is None
    assert area.earlier_count() == 1
    area.show_message(Message(Level.INFO, "Synced again."))
    assert area.history_button.text() == "1 earlier"


def test_unexpected_errors_offer_their_details_on_the_clipboard(
    area: MessageArea, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    notifier = Notifier()
    notifier.subscribe(area.show_message)
    QGuiApplication.clipboard().setText("something else")

    raise_and_report(notifier)

    assert not area.copy_button.isHidden()
    with qtbot.waitSignal(area.details_copied, timeout=0):
        area.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "KeyError" in copied
    assert "Traceback" in copied
    assert copied == notifier.history[-1].details


def test_a_known_error_after_an_unexpected_one_hides_copy_details(area: MessageArea) -> None:
    area.show_message(Message(Level.ERROR, "Crashed", details="Traceback ...", unexpected=True))
    assert not area.copy_button.isHidden()

    area.show_message(Message(Level.ERROR, "The service refused the document."))

    assert area.copy_button.isHidden()


def test_history_is_bounded(area: MessageArea) -> None:
    for number in range(HISTORY_LIMIT + 5):
        area.show_message(Message(Level.INFO, f"message {number}"))

    assert len(area.history) == HISTORY_LIMIT
    assert area.history[0].text == "message 5"
    assert area.earlier_count() == HISTORY_LIMIT - 1


def test_every_control_has_an_accessible_name(area: MessageArea) -> None:
    area.show_message(Message(Level.ERROR, "Crashed", details="Traceback ...", unexpected=True))
    area.show_message(Message(Level.ERROR, "Again", details="Traceback ...", unexpected=True))

    for control in (area, area.text_label, area.copy_button, area.history_button, area.dismiss_button):
        assert control.accessibleName(), control.objectName()
