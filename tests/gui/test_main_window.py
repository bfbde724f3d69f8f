"""The main window: sidebar, search, selection across updates, actions, details, CSV and window state."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QTableWidget, QToolButton
from pytestqt.qtbot import QtBot

from esign_desktop.domain.action_rules import Command
from esign_desktop.domain.model import Envelope, PageInfo
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.services.notifier import Level
from esign_desktop.ui.csv_export import csv_header
from esign_desktop.ui.main_window import FRAME_ALLOWANCE, MainWindow, default_size
from esign_desktop.ui.models.envelope_columns import EnvelopeColumn
from esign_desktop.ui.models.envelope_table_model import LOCAL_ID_ROLE
from esign_desktop.ui.views_rules import EnvelopeView, ViewContext
from tests.gui.conftest import Installer
from tests.gui.demo_envelopes import ACCOUNT_NAMES, DEMO_NOW, demo_envelope, demo_envelopes, many_envelopes

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_account_names(ACCOUNT_NAMES)
    window.set_view_context(ViewContext(now=DEMO_NOW))
    window.set_envelopes(list(demo_envelopes()))
    yield window
    window.allow_close()


def demo(local_id: str) -> Envelope:
    return next(e for e in demo_envelopes() if e.local_id == local_id)


def enabled(window: MainWindow) -> set[Command]:
    return {command for command, action in window.envelope_actions.actions.items() if action.isEnabled()}


def test_sidebar_shows_counts_and_switches_views(window: MainWindow) -> None:
    sidebar = window.sidebar
    assert sidebar.item(0).text() == "All  (20)"
    assert sidebar.count_of(EnvelopeView.COMPLETED) == 2
    sidebar.set_current_view(EnvelopeView.COMPLETED)
    assert window.envelope_proxy.rowCount() == 2
    assert window.visible_count_label.text() == "2 envelope(s)"
    window.upsert_envelopes([replace(demo("assently-sent-2"), status=EnvelopeStatus.COMPLETED)])
    assert sidebar.count_of(EnvelopeView.COMPLETED) == 3
    assert "(3)" in sidebar.item(list(EnvelopeView).index(EnvelopeView.COMPLETED)).text()
    assert window.envelope_proxy.rowCount() == 3


def test_search_box_filters_as_you_type(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(window.search, "kenji")  # type: ignore[no-untyped-call]
    expected = {e.local_id for e in demo_envelopes() if any(p.name == "Kenji Sato" for p in e.parties)}
    assert {e.local_id for e in window.envelope_proxy.visible_envelopes()} == expected
    window.search.clear()
    assert window.envelope_proxy.rowCount() == 20


def test_clicking_a_header_sorts_by_that_column(window: MainWindow, qtbot: QtBot) -> None:
    header = window.envelope_list.horizontalHeader()
    header.setSortIndicator(EnvelopeColumn.NAME, Qt.SortOrder.AscendingOrder)
    names = [e.name.casefold() for e in window.envelope_proxy.visible_envelopes()]
    assert names == sorted(names)


def test_selection_and_scroll_position_survive_upserts(window: MainWindow, qtbot: QtBot) -> None:
    with qtbot.waitExposed(window):
        window.show()
    window.set_envelopes(many_envelopes(300))
    view = window.envelope_list
    assert view.select_envelope("bulk-150")
    view.verticalScrollBar().setValue(140)
    top_before = view.indexAt(QPoint(1, 1)).data(LOCAL_ID_ROLE)

    newer = [
        replace(demo_envelope(EnvelopeStatus.SENT, index=900 + n), updated_at=DEMO_NOW + timedelta(hours=n))
        for n in range(5)
    ]
    changed = replace(window.envelope_model.envelope(10), name="Changed in place")
    window.upsert_envelopes([*newer, changed])

    assert [e.local_id for e in window.selected_envelopes()] == ["bulk-150"]
    assert window.current_envelope() is not None
    assert view.indexAt(QPoint(1, 1)).data(LOCAL_ID_ROLE) == top_before
    window.remove_envelopes([e.local_id for e in newer])
    assert view.indexAt(QPoint(1, 1)).data(LOCAL_ID_ROLE) == top_before
    assert [e.local_id for e in window.selected_envelopes()] == ["bulk-150"]


EXPECTED_ENABLED = {
    "assently-draft-0": {Command.SEND, Command.DELETE, Command.UPDATE_METADATA, Command.DUPLICATE_AS_DRAFT},
    "assently-pending_approval-1": {
        Command.REMIND,
        Command.RECALL,
        Command.DELETE,
        Command.UPDATE_METADATA,
        Command.DUPLICATE_AS_DRAFT,
    },
    "assently-sent-2": {
        Command.REMIND,
        Command.RECALL,
        Command.DELETE,
        Command.UPDATE_METADATA,
        Command.DUPLICATE_AS_DRAFT,
    },
    "assently-completed-4": {
        Command.DOWNLOAD,
        Command.DELETE,
        Command.UPDATE_METADATA,
        Command.DUPLICATE_AS_DRAFT,
    },
    "assently-deleted-8": {Command.DUPLICATE_AS_DRAFT},
    "gmosign-draft-10": {Command.SEND, Command.DELETE, Command.DUPLICATE_AS_DRAFT},
    "gmosign-sent-12": {Command.DUPLICATE_AS_DRAFT},
    "gmosign-completed-14": {Command.DOWNLOAD, Command.DUPLICATE_AS_DRAFT},
}


@pytest.mark.parametrize(("local_id", "expected"), list(EXPECTED_ENABLED.items()))
def test_actions_enable_from_status_and_capabilities(
    window: MainWindow, local_id: str, expected: set[Command]
) -> None:
    assert window.select_envelope(local_id)
    assert enabled(window) == expected | {Command.CREATE_FROM_TEMPLATE, Command.EXPORT_CSV}


def test_actions_follow_a_status_change_of_the_selected_row(window: MainWindow) -> None:
    window.select_envelope("assently-sent-2")
    assert Command.RECALL in enabled(window)
    window.upsert_envelopes([replace(demo("assently-sent-2"), status=EnvelopeStatus.COMPLETED)])
    assert Command.RECALL not in enabled(window)
    assert Command.DOWNLOAD in enabled(window)
    assert window.details.status_label.text() == "Completed"


def test_multi_select_sends_remind_only_to_envelopes_it_applies_to(window: MainWindow, qtbot: QtBot) -> None:
    window.sidebar.set_current_view(EnvelopeView.ALL)
    window.envelope_list.selectAll()
    with qtbot.waitSignal(window.action_requested, timeout=0) as signal:
        window.envelope_actions[Command.REMIND].trigger()
    assert signal.args is not None
    command, envelopes = signal.args
    assert command == Command.REMIND.value
    assert {e.local_id for e in envelopes} == {"assently-pending_approval-1", "assently-sent-2"}
    assert Command.SEND not in enabled(window)  # one envelope at a time


def test_keyboard_shortcut_triggers_the_action(window: MainWindow, qtbot: QtBot) -> None:
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.select_envelope("assently-sent-2")
    window.envelope_list.setFocus()
    with qtbot.waitSignal(window.action_requested, timeout=1000) as signal:
        qtbot.keyClick(  # type: ignore[no-untyped-call]
            window.envelope_list, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier
        )
    assert signal.args is not None
    assert signal.args[0] == Command.REMIND.value


def test_delete_asks_first_without_a_nested_loop(window: MainWindow, qtbot: QtBot) -> None:
    window.select_envelope("assently-draft-0")
    requests: list[tuple[str, list[Envelope]]] = []
    window.action_requested.connect(lambda command, envelopes: requests.append((command, envelopes)))
    window.envelope_actions[Command.DELETE].trigger()
    box = open_box(window)
    assert "Employment contract #0" in box.text()
    assert requests == []
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert requests == []
    assert not box.isVisible()

    window.envelope_actions[Command.DELETE].trigger()
    box = open_box(window)
    box.button(QMessageBox.StandardButton.Yes).click()
    assert [(command, [e.local_id for e in envelopes]) for command, envelopes in requests] == [
        (Command.DELETE.value, ["assently-draft-0"])
    ]


def test_recall_asks_first_and_says_what_the_parties_see(window: MainWindow) -> None:
    window.select_envelope("assently-sent-2")
    requests: list[tuple[str, list[str]]] = []
    window.action_requested.connect(
        lambda command, envelopes: requests.append((command, [e.local_id for e in envelopes]))
    )
    window.envelope_actions[Command.RECALL].trigger()
    box = open_box(window, "confirmRecall")
    assert demo("assently-sent-2").name in box.text()
    assert "no reason" in box.informativeText()  # neither service takes one: the box says so
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert requests == []
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert requests == []

    window.envelope_actions[Command.RECALL].trigger()
    open_box(window, "confirmRecall").button(QMessageBox.StandardButton.Yes).click()
    assert requests == [(Command.RECALL.value, ["assently-sent-2"])]


def test_the_details_pane_lets_go_of_an_envelope_a_search_or_view_hides(window: MainWindow) -> None:
    window.select_envelope("assently-sent-2")
    assert window.details.envelope is not None
    window.search.setText("no envelope is called this")
    assert window.envelope_proxy.rowCount() == 0
    assert shown_id(window) is None
    assert window.details.empty_label.isVisibleTo(window.details)

    window.search.clear()
    window.select_envelope("assently-sent-2")
    window.sidebar.set_current_view(EnvelopeView.DRAFTS)  # a sent envelope is not a draft
    assert shown_id(window) != "assently-sent-2"

    window.sidebar.set_current_view(EnvelopeView.ALL)
    window.select_envelope("assently-sent-2")
    window.search.setText(demo("assently-sent-2").name)  # still visible: still shown
    assert shown_id(window) == "assently-sent-2"


def test_the_documents_tab_counts_pages_and_never_says_zero(window: MainWindow) -> None:
    envelope = demo("assently-sent-2")
    document = envelope.documents[0]
    two_pages = replace(document, pages=(PageInfo(595, 842), PageInfo(595, 842)))
    unknown = replace(document, id="other", file_name="annex.pdf", pages=())
    window.details.show_envelope(replace(envelope, documents=(two_pages, unknown)))
    texts = [window.details.documents.item(row).text() for row in range(window.details.documents.count())]
    assert "2 page" in texts[0]
    assert "annex.pdf" in texts[1]
    assert "page" not in texts[1]  # the service told no count: nothing rather than "0 page(s)"


def shown_id(window: MainWindow) -> str | None:
    shown = window.details.envelope
    return None if shown is None else shown.local_id


def text_at(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def open_box(window: MainWindow, name: str = "confirmDelete") -> QMessageBox:
    boxes = [box for box in window.findChildren(QMessageBox, name) if box.isVisible()]
    assert len(boxes) == 1
    return boxes[0]


def test_details_pane_shows_parties_documents_metadata_events(window: MainWindow) -> None:
    window.select_envelope("assently-sent-2")
    details = window.details
    envelope = demo("assently-sent-2")
    assert details.title.text() == envelope.name
    assert details.provider_status_label.text() == "Sent"
    assert details.progress_label.text() == "1 of 3 signed"
    assert details.parties.rowCount() == 3
    first_party = envelope.parties[0]
    assert text_at(details.parties, 0, 1) == first_party.name
    assert text_at(details.parties, 0, 3) == "Signed"
    assert details.documents.count() == 1
    assert "contract-2.pdf" in details.documents.item(0).text()
    assert details.edited_metadata() == dict(envelope.metadata)
    assert details.events.rowCount() == len(envelope.events)
    assert details.save_metadata_button.isEnabled()


def test_copy_button_puts_the_signing_link_on_the_clipboard(window: MainWindow) -> None:
    window.select_envelope("assently-sent-2")
    cell = window.details.parties.cellWidget(1, 5)
    button = cell.findChild(QToolButton, "copySigningLink")
    assert isinstance(button, QToolButton)
    button.click()
    assert QGuiApplication.clipboard().text() == demo("assently-sent-2").parties[1].signing_url


def test_metadata_is_read_only_where_the_provider_does_not_allow_updates(window: MainWindow) -> None:
    window.select_envelope("gmosign-sent-12")
    assert not window.details.metadata_editable()
    assert not window.details.save_metadata_button.isEnabled()
    assert "GMO Sign" in window.details.metadata_hint.text()


def test_saved_metadata_becomes_an_update_metadata_request(window: MainWindow, qtbot: QtBot) -> None:
    window.select_envelope("assently-completed-4")
    details = window.details
    value = details.metadata.item(0, 1)
    assert value is not None
    value.setText("Sales")
    with qtbot.waitSignal(window.action_requested, timeout=0) as signal:
        details.save_metadata_button.click()
    assert signal.args is not None
    command, (envelope,) = signal.args
    assert command == Command.UPDATE_METADATA.value
    assert envelope.local_id == "assently-completed-4"
    assert envelope.metadata["department"] == "Sales"


def test_document_buttons_request_open_and_save_as(window: MainWindow, qtbot: QtBot) -> None:
    window.select_envelope("assently-completed-4")
    button = window.details.findChild(QPushButton, "saveDocument")
    assert isinstance(button, QPushButton)
    with qtbot.waitSignal(window.document_requested, timeout=0) as signal:
        button.click()
    assert signal.args is not None
    what, envelope, document = signal.args
    assert (what, envelope.local_id, document.file_name) == (
        "save_as",
        "assently-completed-4",
        "contract-4.pdf",
    )


def test_csv_export_writes_the_visible_rows_in_order(window: MainWindow, tmp_path: Path) -> None:
    window.sidebar.set_current_view(EnvelopeView.WAITING)
    target = tmp_path / "visible.csv"
    assert window.export_visible_to_csv(target) == window.envelope_proxy.rowCount()
    shown = window.message_area.current()  # a confirmation that stays, naming the file
    assert shown is not None
    assert shown.level is Level.INFO
    assert str(target) in shown.text
    assert f"Exported {window.envelope_proxy.rowCount()} envelope" in shown.text
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == csv_header()
    assert [row[0] for row in rows[1:]] == [e.name for e in window.envelope_proxy.visible_envelopes()]
    assert {row[2] for row in rows[1:]} <= {"Sent", "Pending approval", "Signed, finalising"}


def test_csv_export_to_an_unwritable_place_says_so(window: MainWindow, tmp_path: Path) -> None:
    assert window.export_visible_to_csv(tmp_path / "missing-folder" / "out.csv") == 0
    shown = window.message_area.current()
    assert shown is not None
    assert shown.level is Level.ERROR
    assert "Could not write" in shown.text
    assert "Choose another folder" in shown.text


def test_window_state_round_trips(window: MainWindow, qtbot: QtBot) -> None:
    window.sidebar.set_current_view(EnvelopeView.COMPLETED)
    window.envelope_list.horizontalHeader().setSortIndicator(EnvelopeColumn.SENT, Qt.SortOrder.AscendingOrder)
    window.envelope_list.horizontalHeader().resizeSection(EnvelopeColumn.NAME, 333)
    state = window.save_state()
    assert set(state) >= {"geometry", "splitter", "header", "view"}

    restored = MainWindow()
    qtbot.addWidget(restored)
    restored.restore_state(state)
    assert restored.sidebar.current_view() is EnvelopeView.COMPLETED
    assert restored.envelope_proxy.view is EnvelopeView.COMPLETED
    assert restored.envelope_proxy.sort_column() == EnvelopeColumn.SENT
    assert restored.envelope_proxy.sort_order() is Qt.SortOrder.AscendingOrder
    assert restored.envelope_list.horizontalHeader().sectionSize(EnvelopeColumn.NAME) == 333
    restored.restore_state({"geometry": "not base64!", "view": "nonsense"})  # damaged settings are skipped
    assert restored.sidebar.current_view() is EnvelopeView.ALL
    restored.allow_close()


def test_banner_and_account_states(window: MainWindow, qtbot: QtBot) -> None:
    window.show_banner("Running on the built-in sandbox")
    assert not window.banner.isHidden()
    assert window.banner.text() == "Running on the built-in sandbox"
    with qtbot.waitSignal(window.banner_dismissed, timeout=0):
        window.banner.close_button.click()
    assert window.banner.isHidden()
    window.set_account_state("Sandbox", "synced 3 s ago")
    window.set_account_state("Sandbox", "offline")
    assert window.account_state("Sandbox") == "Sandbox: offline"
    window.set_account_state("Sandbox", "")
    assert window.account_state("Sandbox") == ""


def test_every_control_has_an_accessible_name(window: MainWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLineEdit, QTabWidget

    window.select_envelope("assently-sent-2")
    controls = [
        widget
        for kind in (QAbstractItemView, QLineEdit, QTabWidget, QAbstractButton)
        for widget in window.findChildren(kind)
        # Qt's own helpers (corner buttons, extension arrows, the clear button) name themselves.
        if not widget.objectName().startswith("qt_")
        and not widget.isHidden()
        and widget.metaObject().className() != "QLineEditIconButton"
    ]
    unnamed = [
        f"{type(w).__name__}:{w.objectName()}"
        for w in controls
        if not (w.accessibleName() or (isinstance(w, QAbstractButton) and w.text()))
    ]
    assert controls
    assert unnamed == []


def test_screenshot_preparation_selects_a_row_for_the_details_view(window: MainWindow) -> None:
    window.prepare_screenshot("details")
    assert window.current_envelope() is not None
    assert window.details.envelope == window.current_envelope()
    with pytest.raises(ValueError, match="list, details"):
        window.prepare_screenshot("composer")


def test_select_envelope_outside_the_current_view_switches_to_all(window: MainWindow) -> None:
    window.sidebar.set_current_view(EnvelopeView.DRAFTS)
    assert window.select_envelope("gmosign-completed-14")
    assert window.sidebar.current_view() is EnvelopeView.ALL
    assert window.current_envelope() == demo("gmosign-completed-14")
    assert not window.select_envelope("unknown")


def test_the_first_size_keeps_the_title_and_status_bars_on_a_small_screen(window: MainWindow) -> None:
    screen = QGuiApplication.primaryScreen()
    room = screen.availableGeometry().size() - FRAME_ALLOWANCE
    assert window.width() <= room.width()
    assert window.height() <= room.height()
    assert default_size(None) == QSize(1280, 760)  # a screen that does not say leaves the usual size
    assert window.windowTitle() == "eSign Desktop"


def test_the_status_and_progress_stand_next_to_the_name_where_a_narrow_list_still_shows_them(
    window: MainWindow,
) -> None:
    header = window.envelope_list.horizontalHeader()
    order = sorted(EnvelopeColumn, key=header.visualIndex)
    assert order[:5] == [
        EnvelopeColumn.NAME,
        EnvelopeColumn.SENT_BY,  # hidden until team mode
        EnvelopeColumn.STATUS,
        EnvelopeColumn.PROGRESS,
        EnvelopeColumn.ACCOUNT,
    ]


def test_widths_saved_in_english_widen_to_fit_the_swedish_texts_after_a_restart(
    qtbot: QtBot, install: Installer
) -> None:
    english = MainWindow()
    qtbot.addWidget(english)
    header = english.envelope_list.horizontalHeader()
    header.resizeSection(EnvelopeColumn.STATUS, 60)  # narrower than any language's status texts
    header.resizeSection(EnvelopeColumn.NAME, 333)
    state = english.save_state()
    english.allow_close()

    install("sv")
    swedish = MainWindow()
    qtbot.addWidget(swedish)
    swedish.restore_state(state)
    restored = swedish.envelope_list.horizontalHeader()
    assert restored.sectionSize(EnvelopeColumn.STATUS) >= swedish.envelope_list.fitting_width(
        EnvelopeColumn.STATUS
    )
    assert restored.sectionSize(EnvelopeColumn.NAME) == 333  # wide enough already: kept as the person left it

    swedish.restore_state(swedish.save_state() | {"header": state["header"]})  # saved in Swedish: as saved
    assert restored.sectionSize(EnvelopeColumn.STATUS) == 60
    swedish.allow_close()


def test_in_a_narrow_window_the_actions_give_way_and_the_search_box_stays(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.show()
    window.resize(640, 480)
    qtbot.waitUntil(lambda: window.width() <= 700)
    QGuiApplication.processEvents()
    assert window.search.isVisible()
    assert window.search.visibleRegion().boundingRect().width() == window.search.width()  # whole, not cut
    toolbar = window.envelope_toolbar
    hidden = [
        a for a in toolbar.actions() if not a.isSeparator() and not toolbar.widgetForAction(a).isVisible()
    ]
    assert hidden  # the last actions went into the toolbar's » menu


def test_a_window_shown_before_its_panes_gets_them_in_place_with_the_current_envelope(
    window: MainWindow, qtbot: QtBot
) -> None:
    """The start (app.py) paints the list first and builds the details pane and "Needs attention" after."""
    window.resize(1280, 760)
    window.show()
    qtbot.waitExposed(window)
    window.splitter.setSizes([200, 600, 480])
    saved = window.save_state()
    from esign_desktop.ui.details_pane import DetailsPane

    eager = MainWindow()
    qtbot.addWidget(eager)
    eager.restore_state(saved)
    eager.show()
    qtbot.waitExposed(eager)
    restored_sizes = eager.splitter.sizes()
    eager.allow_close()

    later = MainWindow(panes_later=True)
    qtbot.addWidget(later)
    later.set_account_names(ACCOUNT_NAMES)
    later.set_envelopes(list(demo_envelopes()))
    later.restore_state(saved)
    later.show()
    qtbot.waitExposed(later)
    assert later.findChildren(DetailsPane) == []  # the list came first
    later.select_envelope("assently-sent-2")

    later.build_panes()
    later.build_panes()  # once
    assert later.findChildren(DetailsPane) == [later.details]
    assert later.splitter.widget(2) is later.details
    assert later.splitter.sizes() == restored_sizes  # the restored widths, as a window built at once has them
    assert shown_id(later) == "assently-sent-2"  # chosen before the pane existed
    later.select_envelope("assently-signed-3")
    assert shown_id(later) == "assently-signed-3"  # and it follows the list from now on
    later.allow_close()

    fresh = MainWindow(panes_later=True)  # nothing restored: the details get the room their tabs need
    qtbot.addWidget(fresh)
    fresh.set_envelopes(list(demo_envelopes()))
    fresh.resize(1280, 760)
    fresh.show()
    qtbot.waitExposed(fresh)
    assert fresh.details.envelope is None  # asking for the pane builds it
    tabs_width = fresh.details.tabs.tabBar().sizeHint().width()
    assert fresh.splitter.sizes()[2] >= min(max(320, tabs_width + 40), 500)
    fresh.set_attention_records([])
    assert fresh.list_stack.indexOf(fresh.attention_panel) == 1
    fresh.allow_close()


def test_the_views_sidebar_allows_the_styles_focus_frame_and_shows_the_attention_icon_when_needed(
    window: MainWindow,
) -> None:
    """Sized without asking the style at start (its bindings cost start time), still never narrower."""
    sidebar = window.sidebar
    style = sidebar.style()
    focus_margin = style.pixelMetric(style.PixelMetric.PM_FocusFrameHMargin)
    metrics = sidebar.fontMetrics()
    widest = max(metrics.horizontalAdvance(sidebar.item(row).text()) for row in range(sidebar.count()))
    exact = widest + metrics.horizontalAdvance("  (999)") + 2 * sidebar.frameWidth() + 4 * focus_margin + 12
    assert sidebar.fitting_width() >= min(max(exact, 150), 360)
    window.set_attention_records([])
    assert sidebar.count() == len(EnvelopeView)  # no "Needs attention" entry without records
    sidebar.set_attention_count(2)
    attention = sidebar.item(sidebar.count() - 1)
    assert attention.text().startswith("Needs attention")
    assert not attention.icon().isNull()
