"""The composer's layout: the page takes the room; documents and thumbnails on a rail that folds away;
parties, palette and properties on the right, where selecting a party makes it the party for new fields;
Send and a readiness summary in the header. Checked at 1366x768 in English, Japanese and Swedish: every tool
is on screen (the tool row wraps instead of hiding tools in an overflow menu) and nothing is cut off.
"""

from __future__ import annotations

import asyncio
import dataclasses

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea, QWidget

from esign_desktop.storage.accounts import Account
from esign_desktop.ui.editor.composer import demo_envelope
from esign_desktop.ui.editor.composer_window import ComposerWindow
from esign_desktop.ui.editor.party_colours import party_colour
from esign_desktop.ui.editor.thumbnails import THUMBNAIL_WIDTH
from tests.gui import test_composer_window as window_tests
from tests.gui.conftest import Installer
from tests.gui.test_composer_window import Windows, run, until

pytestmark = pytest.mark.gui

context = window_tests.context
tasks = window_tests.tasks
windows = window_tests.windows
gmo_account = window_tests.account  # a GMO Sign account, as the demo envelope wants


def _area(widget: QWidget) -> int:
    return widget.width() * widget.height()


def _rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


async def _open(windows: Windows, account: Account, width: int, height: int) -> ComposerWindow:
    envelope = dataclasses.replace(demo_envelope(), account_id=account.id)
    window = windows.open(envelope)
    window.resize(width, height)
    await until(lambda: window.composer.view.page_count() == envelope.documents[0].page_count)
    QApplication.processEvents()
    return window


@pytest.mark.parametrize("language", ["en", "ja", "sv"])
def test_at_1366x768_the_page_is_the_largest_and_every_tool_is_reachable(
    qasync_loop: asyncio.AbstractEventLoop,
    windows: Windows,
    gmo_account: Account,
    install: Installer,
    language: str,
) -> None:
    if language != "en":
        install(language)

    async def scenario() -> None:
        window = await _open(windows, gmo_account, 1366, 768)
        page = window.composer.view
        for other in (window.left_rail, window.right_rail, window.details, window.composer.tool_area):
            assert _area(page) > _area(other), other.objectName()
        window_rect = window.rect()
        for widget in (window.name_edit, window.account_combo, window.readiness_button, window.send_button):
            assert widget.isVisible()
            assert window_rect.contains(_rect_in(widget, window)), widget.objectName()
        tools = window.composer.tool_area
        shown = [w for w in tools.findChildren(QWidget) if w.parentWidget() is tools and not w.isHidden()]
        assert len(shown) >= 12
        for tool in shown:
            assert tools.rect().contains(tool.geometry()), tool.objectName() or type(tool).__name__
            assert tool.width() >= tool.sizeHint().width() - 1  # not squeezed or elided
        for area in window.right_rail.findChildren(QScrollArea):
            inner = area.widget()
            assert inner is not None
            assert inner.minimumSizeHint().width() <= area.viewport().width(), area.objectName()
        for button in window.composer.field_palette.findChildren(QAbstractButton):
            if not button.isHidden():
                assert button.width() >= button.sizeHint().width() - 1, button.text()
        await windows.close_all()

    run(qasync_loop, scenario())


def test_the_documents_rail_folds_away_and_comes_back(
    qasync_loop: asyncio.AbstractEventLoop, windows: Windows, gmo_account: Account
) -> None:
    async def scenario() -> None:
        window = await _open(windows, gmo_account, 1366, 768)
        page_width = window.composer.view.width()
        window.toggle_documents_action.trigger()
        QApplication.processEvents()
        assert not window.left_rail.isVisible()
        assert window.composer.view.width() > page_width
        window.toggle_documents_action.trigger()
        QApplication.processEvents()
        assert window.left_rail.isVisible()
        assert window.left_rail.width() >= window.left_rail.minimumWidth()
        await windows.close_all()

    run(qasync_loop, scenario())


def test_selecting_a_party_makes_it_the_party_for_new_fields(
    qasync_loop: asyncio.AbstractEventLoop, windows: Windows, gmo_account: Account
) -> None:
    async def scenario() -> None:
        window = await _open(windows, gmo_account, 1366, 768)
        first, second = window.envelope().parties
        party_list = window.party_editor.party_list
        rect = party_list.visualItemRect(party_list.item(1))
        QTest.mouseClick(party_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.composer.state.active_party_id == second.id
        assert window.composer.field_palette.party_combo.currentData() == second.id
        window.composer.overlay.setFocus()
        QTest.keyClick(window.composer.overlay, Qt.Key.Key_T)
        assert window.envelope().fields[-1].party_id == second.id
        rect = party_list.visualItemRect(party_list.item(0))
        QTest.mouseClick(party_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.composer.state.active_party_id == first.id
        await windows.close_all()

    run(qasync_loop, scenario())


def test_the_header_summarises_readiness_and_opens_the_list(
    qasync_loop: asyncio.AbstractEventLoop, windows: Windows, gmo_account: Account
) -> None:
    async def scenario() -> None:
        window = await _open(windows, gmo_account, 1366, 768)
        assert window.readiness_button.text() == "Ready to send"
        assert window.send_button.isEnabled()
        window.party_editor.select_party(window.envelope().parties[1].id)
        window.party_editor.email_edit.selectAll()
        QTest.keyClick(window.party_editor.email_edit, Qt.Key.Key_Delete)
        QTest.keyClicks(window.party_editor.email_edit, "x")  # edited by a person: not an address
        assert window.readiness_button.text() == "1 problem"
        assert not window.send_button.isEnabled()
        assert not window.readiness.isVisible()
        QTest.mouseClick(window.readiness_button, Qt.MouseButton.LeftButton)
        assert window.readiness.isVisible()
        assert window.readiness.problem_list.count() == 1
        window.toggle_problems_action.trigger()  # F8 closes it, and opens it again
        assert not window.readiness.isVisible()
        assert not window.readiness_button.isChecked()
        window.toggle_problems_action.trigger()
        assert window.readiness.isVisible()
        await windows.close_all()

    run(qasync_loop, scenario())


def test_thumbnails_mark_each_partys_fields_in_the_partys_colour(
    qasync_loop: asyncio.AbstractEventLoop, windows: Windows, gmo_account: Account
) -> None:
    async def scenario() -> None:
        window = await _open(windows, gmo_account, 1366, 768)
        thumbnails = window.composer.thumbnails
        last = thumbnails.count() - 1  # the demo's fields are all on the last page

        def colours_on(row: int) -> set[tuple[int, int, int]]:
            image = thumbnails.item(row).icon().pixmap(QSize(THUMBNAIL_WIDTH, THUMBNAIL_WIDTH * 2)).toImage()
            return {
                (c.red(), c.green(), c.blue())
                for c in (image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height()))
            }

        def near(colours: set[tuple[int, int, int]], target: QColor) -> bool:
            rgb = (target.red(), target.green(), target.blue())
            return any(sum(abs(a - b) for a, b in zip(c, rgb, strict=True)) < 12 for c in colours)

        marked = colours_on(last)
        assert near(marked, party_colour(0))
        assert near(marked, party_colour(1))
        assert not near(colours_on(0), party_colour(1))  # no fields on the first page
        window.composer.state.select(
            [f.id for f in window.envelope().fields if f.party_id == window.envelope().parties[1].id]
        )
        window.composer.overlay.delete_selection()
        await until(lambda: not near(colours_on(last), party_colour(1)))
        await windows.close_all()

    run(qasync_loop, scenario())


def test_no_splitter_drag_makes_the_page_or_the_right_rail_vanish(
    qasync_loop: asyncio.AbstractEventLoop, windows: Windows, gmo_account: Account
) -> None:
    async def scenario() -> None:
        window = await _open(windows, gmo_account, 1366, 768)
        splitter = window.splitter
        for handle_index, position in ((2, splitter.width()), (1, splitter.width()), (2, 0)):
            splitter.handle(handle_index).setFocus()
            splitter.moveSplitter(position, handle_index)  # what dragging a handle to the end does
            QApplication.processEvents()
            assert window.right_rail.width() >= window.right_rail.minimumWidth()
            assert window.composer.width() >= window.composer.minimumWidth()
            assert window.composer.field_palette.isVisible()
        await windows.close_all()

    run(qasync_loop, scenario())
