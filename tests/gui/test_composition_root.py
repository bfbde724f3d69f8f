"""One composition root: the application connects each of the main window's requests exactly once, and
nothing else in the app connects them (the controller and the dialogs only handle what they are given)."""

from __future__ import annotations

import ast
import asyncio
from pathlib import Path

import pytest
from PySide6.QtCore import SIGNAL, Signal
from PySide6.QtWidgets import QApplication

import esign_desktop
from esign_desktop.app import parse_args
from esign_desktop.application import Application
from esign_desktop.storage.paths import AppPaths
from esign_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui

PACKAGE = Path(esign_desktop.__file__).parent


def window_signals() -> dict[str, str]:
    """Each MainWindow signal's name and its signature for QObject.receivers ("name(types)")."""
    signals = {}
    for name, value in vars(MainWindow).items():
        if isinstance(value, Signal):
            signature = str(value)  # e.g. "action_requested(QString,QVariantList)"
            signals[name] = signature if "(" in signature else f"{name}()"
    return signals


def test_every_window_request_is_connected_exactly_once(
    qapp: QApplication, qasync_loop: asyncio.AbstractEventLoop, app_home: Path
) -> None:
    application = Application(qapp, parse_args(["--no-sandbox"]), AppPaths.under(app_home))
    try:
        signals = window_signals()
        assert "accounts_requested" in signals
        assert "action_requested" in signals
        counts = {name: application.window.receivers(SIGNAL(sig)) for name, sig in signals.items()}
        assert counts == dict.fromkeys(signals, 1), counts
    finally:
        application.window.allow_close()
        application.window.close()
        application.context.database.close()


def test_only_the_composition_root_connects_the_window_requests() -> None:
    """`window.<signal>.connect(` appears in the two wiring functions (Application._connect and
    connect_window_commands) and nowhere else in the app."""
    names = set(window_signals())
    found: list[str] = []
    for path in PACKAGE.rglob("*.py"):
        if path.name == "main_window.py":
            continue  # the window's own insides (its menus emit these signals)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef):
                continue
            for node in ast.walk(function):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "connect"
                    and isinstance(node.func.value, ast.Attribute)
                    and node.func.value.attr in names
                ):
                    found.append(f"{path.relative_to(PACKAGE)}:{function.name}:{node.func.value.attr}")
    places = {entry.rsplit(":", 1)[0] for entry in found}
    assert places == {"application.py:_connect", "ui/controller.py:connect_window_commands"}, sorted(found)
    assert len(found) == len(names), sorted(found)  # each one once
