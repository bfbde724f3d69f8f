"""Accessibility: every control has a name a screen reader can say, Tab reaches every part of a window and
never gets stuck, colours pass WCAG AA in the light and dark palettes, and layouts grow with the font.

Names are read through QAccessible, as assistive technology does (a button's text or a label's buddy
counts), not from accessibleName() alone.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QFont, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QStyleFactory,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.services.context import ServiceContext
from esign_desktop.services.notifier import Level
from esign_desktop.services.tasks import TaskRegistry
from esign_desktop.storage.paths import AppPaths
from esign_desktop.storage.settings import Settings, Theme
from esign_desktop.ui.contrast import (
    AA_GRAPHICS,
    AA_TEXT,
    WHITE,
    Rgb,
    contrast_ratio,
    ink_for,
    rgb_from_hex,
    text_colour_on,
)
from esign_desktop.ui.editor.composer import demo_envelope
from esign_desktop.ui.editor.composer_window import ComposerWindow
from esign_desktop.ui.editor.party_colours import party_rgb
from esign_desktop.ui.main_window import MainWindow
from esign_desktop.ui.message_area import level_colour
from esign_desktop.ui.settings_dialog import SettingsDialog
from esign_desktop.ui.status_style import problem_colour, status_colour
from esign_desktop.ui.theme import apply_theme, themed_palette
from esign_desktop.ui.views_rules import ViewContext
from tests.gui.demo_envelopes import ACCOUNT_NAMES, DEMO_NOW, demo_envelopes

pytestmark = pytest.mark.gui

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTabBar,
    QTextEdit,
    QPlainTextEdit,
)
Role = QPalette.ColorRole


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return "" if interface is None else interface.text(QAccessible.Text.Name).strip()


def unnamed_controls(root: QWidget) -> list[str]:
    unnamed = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        if widget.objectName().startswith("qt_"):
            continue  # Qt's own parts (a spin box's inner editor, a toolbar's overflow button)
        if not spoken_name(widget):
            unnamed.append(f"{type(widget).__name__}#{widget.objectName()}")
    return unnamed


def rgb(colour: QColor) -> Rgb:
    return colour.red(), colour.green(), colour.blue()


def tab_chain(start: QWidget, limit: int = 80) -> list[QWidget]:
    """The widgets Tab visits from `start` until it comes back (or `limit` presses)."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    visited: list[QWidget] = []
    for _ in range(limit):
        current = QApplication.focusWidget()
        assert current is not None, "focus left the window"
        visited.append(current)
        QTest.keyClick(current, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is start:
            break
    return visited


@pytest.fixture
def main_window(qtbot: QtBot) -> Iterator[MainWindow]:
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_account_names(ACCOUNT_NAMES)
    window.set_view_context(ViewContext(now=DEMO_NOW))
    window.set_envelopes(list(demo_envelopes()))
    window.show()
    window.activateWindow()
    yield window
    window.allow_close()


@pytest.fixture
def context(app_home: Path) -> Iterator[ServiceContext]:
    opened = ServiceContext.open(AppPaths.under(app_home))
    yield opened
    opened.database.close()


@pytest.fixture
def composer_window(
    qapp: QApplication, context: ServiceContext, qasync_loop: asyncio.AbstractEventLoop
) -> Iterator[ComposerWindow]:
    qapp.setQuitOnLastWindowClosed(False)
    window = ComposerWindow(context, TaskRegistry(), demo_envelope())
    window.show()
    window.activateWindow()
    yield window
    qasync_loop.run_until_complete(window.finish())


# --- names ----------------------------------------------------------------------------------------


def test_main_window_controls_are_named_with_an_envelope_shown(main_window: MainWindow) -> None:
    main_window.envelope_list.setFocus()
    main_window.envelope_list.selectRow(0)
    assert main_window.details.envelope is not None
    assert unnamed_controls(main_window) == []


@pytest.mark.parametrize("problems_shown", [False, True])
def test_composer_window_controls_are_named(composer_window: ComposerWindow, problems_shown: bool) -> None:
    composer_window.show_problems(problems_shown)
    assert unnamed_controls(composer_window) == []


def test_settings_dialog_controls_are_named(main_window: MainWindow, app_home: Path) -> None:
    dialog = SettingsDialog(Settings(), AppPaths.under(app_home), main_window)
    dialog.show()
    assert unnamed_controls(dialog) == []
    dialog.close()


# --- keyboard -------------------------------------------------------------------------------------


def test_tab_goes_round_the_main_window(main_window: MainWindow) -> None:
    main_window.envelope_list.selectRow(0)

    names = [w.objectName() for w in tab_chain(main_window.search)]

    assert names[:3] == ["searchBox", "viewSidebar", "envelopeList"]
    assert "detailsTabs" in names or "qt_tabwidget_tabbar" in names  # the details tabs are reachable
    assert QApplication.focusWidget() is main_window.search  # back at the start: no trap


def test_tab_reaches_every_part_of_the_composer_and_never_traps(composer_window: ComposerWindow) -> None:
    chain = tab_chain(composer_window.documents_panel.document_list)
    names = [w.objectName() for w in chain]

    for part in (
        "documentList",
        "fieldOverlay",
        "paletteParty",
        "partyList",
        "envelopeName",
        "envelopeMessage",
    ):
        assert part in names, f"{part} is not reachable with Tab: {names}"
    assert names.count("envelopeMessage") == 1  # Tab leaves the message box instead of typing a tab
    assert QApplication.focusWidget() is chain[0]


def test_field_overlay_shows_keyboard_focus(composer_window: ComposerWindow) -> None:
    overlay = composer_window.composer.overlay
    highlight = rgb(overlay.palette().color(Role.Highlight))
    overlay.clearFocus()
    before = overlay.grab().toImage().pixelColor(1, overlay.height() // 2)

    overlay.setFocus(Qt.FocusReason.TabFocusReason)
    after = overlay.grab().toImage().pixelColor(1, overlay.height() // 2)

    assert overlay.hasFocus()
    assert rgb(after) == highlight
    assert rgb(before) != highlight


# --- colours --------------------------------------------------------------------------------------


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_status_and_message_colours_pass_aa_on_both_palettes(dark: bool) -> None:
    palette = themed_palette(dark)
    backgrounds = [rgb(palette.color(role)) for role in (Role.Window, Role.Base, Role.AlternateBase)]
    colours = {f"status {s.value}": rgb(status_colour(s, palette)) for s in EnvelopeStatus}
    colours |= {f"message {level.value}": rgb_from_hex(level_colour(level, palette)) for level in Level}
    colours["problem"] = rgb(problem_colour(palette))
    colours["warning"] = rgb(problem_colour(palette, warning=True))

    failing = {
        name: round(min(contrast_ratio(colour, bg) for bg in backgrounds), 2)
        for name, colour in colours.items()
        if min(contrast_ratio(colour, bg) for bg in backgrounds) < AA_TEXT
    }
    assert failing == {}


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_palette_text_pairs_pass_aa(dark: bool) -> None:
    palette = themed_palette(dark)
    pairs = [
        (Role.Text, Role.Base),
        (Role.Text, Role.AlternateBase),
        (Role.WindowText, Role.Window),
        (Role.ButtonText, Role.Button),
        (Role.PlaceholderText, Role.Base),
        (Role.HighlightedText, Role.Highlight),
        (Role.Link, Role.Base),
        (Role.ToolTipText, Role.ToolTipBase),
    ]
    ratios = {
        f"{fg.name}/{bg.name}": contrast_ratio(rgb(palette.color(fg)), rgb(palette.color(bg)))
        for fg, bg in pairs
    }
    assert {k: round(v, 2) for k, v in ratios.items() if v < AA_TEXT} == {}
    disabled = palette.color(QPalette.ColorGroup.Disabled, Role.Text)
    assert contrast_ratio(rgb(disabled), rgb(palette.color(Role.Base))) >= AA_GRAPHICS


@pytest.mark.parametrize("theme", list(Theme))
def test_a_read_only_placeholder_looks_quieter_than_a_read_only_value(
    qapp: QApplication, theme: Theme
) -> None:
    """Issue 15: read-only placeholders looked darker than real values."""
    palette = qapp.palette()
    try:
        apply_theme(qapp, theme)
        shown = qapp.palette()
        base = rgb(shown.color(QPalette.ColorGroup.Disabled, Role.Base))
        value = contrast_ratio(rgb(shown.color(QPalette.ColorGroup.Disabled, Role.Text)), base)
        placeholder = contrast_ratio(
            rgb(shown.color(QPalette.ColorGroup.Disabled, Role.PlaceholderText)), base
        )
        assert placeholder < value, theme
    finally:
        qapp.setPalette(palette)


def test_party_colours_are_readable_on_the_page() -> None:
    # Outlines of the first eight parties and the sender against the white page: 3:1 (graphics).
    assert [i for i in range(-1, 8) if contrast_ratio(party_rgb(i), WHITE) < AA_GRAPHICS] == []
    # Label text on any party colour, and the preview's text on the page: 4.5:1.
    assert all(contrast_ratio(text_colour_on(party_rgb(i)), party_rgb(i)) >= AA_TEXT for i in range(-1, 64))
    assert all(contrast_ratio(ink_for(party_rgb(i)), WHITE) >= AA_TEXT for i in range(-1, 64))


def test_contrast_arithmetic_matches_wcag() -> None:
    assert contrast_ratio((0, 0, 0), WHITE) == pytest.approx(21.0)
    assert contrast_ratio(WHITE, WHITE) == pytest.approx(1.0)
    assert contrast_ratio(rgb_from_hex("#767676"), WHITE) == pytest.approx(4.54, abs=0.01)  # WCAG's grey
    assert text_colour_on(rgb_from_hex("#ffcc00")) == (0, 0, 0)
    assert text_colour_on(rgb_from_hex("#1a5fb4")) == WHITE


def test_dark_theme_uses_fusion_and_a_dark_palette(qapp: QApplication) -> None:
    style, palette = qapp.style().name(), qapp.palette()
    try:
        apply_theme(qapp, Theme.DARK)
        assert qapp.style().name().lower() == "fusion"
        assert qapp.palette().color(Role.Window).lightness() < 60
        apply_theme(qapp, Theme.LIGHT)
        assert qapp.palette().color(Role.Window).lightness() > 200
    finally:
        restored = QStyleFactory.create(style)
        if restored is not None:
            qapp.setStyle(restored)
        qapp.setPalette(palette)


# --- font size ------------------------------------------------------------------------------------


def test_layouts_grow_with_the_system_font(qapp: QApplication, qtbot: QtBot) -> None:
    original = qapp.font()

    def measure() -> tuple[int, int, int]:
        window = MainWindow()
        qtbot.addWidget(window)
        window.allow_close()
        return (
            window.search.sizeHint().height(),
            window.search.maximumWidth(),
            window.envelope_list.verticalHeader().defaultSectionSize(),
        )

    try:
        small = measure()
        large_font = QFont(original)
        large_font.setPointSizeF(original.pointSizeF() * 2)
        qapp.setFont(large_font)
        large = measure()
    finally:
        qapp.setFont(original)
    assert all(big > normal for big, normal in zip(large, small, strict=True)), (small, large)
