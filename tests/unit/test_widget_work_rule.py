"""The UI runs background work one way: ui/widget_work.py (cancelled with its widget, results on the GUI
thread). No other module under esign_desktop/ui may reach for the global thread pool, a private pool, a bare
asyncio task or an executor itself."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import esign_desktop

UI = Path(esign_desktop.__file__).resolve().parent / "ui"

FORBIDDEN_ATTRIBUTES = {"ensure_future", "create_task", "run_in_executor"}
FORBIDDEN_IMPORTS = {("asyncio", "ensure_future"), ("asyncio", "create_task")}

# Where a forbidden use stays, and why. A line here that no longer matches anything fails too.
ALLOWED = {
    ("widget_work.py", "QThreadPool.globalInstance"): "the helper itself",
    ("widget_work.py", ".create_task"): "the helper itself (a coroutine when there is no runner)",
    # Its own one-thread pool with priorities and a wish list that replaces queued pages: not a widget's job.
    ("editor/page_renderer.py", "QThreadPool()"): "the page renderer's private render pool",
}


def uses(source: str) -> list[str]:
    """The forbidden uses in `source`, as short names ("asyncio.ensure_future" is ".ensure_future")."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and node.attr in FORBIDDEN_ATTRIBUTES:
            found.append(f".{node.attr}")
        elif isinstance(node, ast.Attribute) and node.attr == "globalInstance" and _named(node.value):
            found.append("QThreadPool.globalInstance")
        elif isinstance(node, ast.Call) and _named(node.func):
            found.append("QThreadPool()")
        elif isinstance(node, ast.ImportFrom) and node.module is not None:
            found += [
                f"from {node.module} import {alias.name}"
                for alias in node.names
                if (node.module, alias.name) in FORBIDDEN_IMPORTS
            ]
    return found


def _named(node: ast.expr, name: str = "QThreadPool") -> bool:
    return isinstance(node, ast.Name) and node.id == name


def ui_uses() -> set[tuple[str, str]]:
    return {
        (path.relative_to(UI).as_posix(), use)
        for path in sorted(UI.rglob("*.py"))
        for use in uses(path.read_text(encoding="utf-8"))
    }


def test_no_ui_module_but_widget_work_starts_background_work_itself() -> None:
    unexpected = sorted(ui_uses() - ALLOWED.keys())
    assert unexpected == [], "use ui/widget_work.py (WidgetWork.call / .start) instead"


def test_every_exception_is_still_needed() -> None:
    assert sorted(ALLOWED.keys() - ui_uses()) == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("QThreadPool.globalInstance().start(run)", ["QThreadPool.globalInstance"]),
        ("pool = QThreadPool()", ["QThreadPool()"]),
        ("task = asyncio.ensure_future(coroutine)", [".ensure_future"]),
        ("asyncio.create_task(coroutine)", [".create_task"]),
        ("asyncio.get_running_loop().create_task(coroutine)", [".create_task"]),
        ("await loop.run_in_executor(None, read, path)", [".run_in_executor"]),
        ("from asyncio import ensure_future", ["from asyncio import ensure_future"]),
        ("await asyncio.to_thread(read, path)", []),
        ("self._work.call(partial(read, path), self._on_read)", []),
        ('"""Never asyncio.ensure_future in a docstring counts."""', []),
    ],
)
def test_the_rule_sees_each_way_round_it(source: str, expected: list[str]) -> None:
    assert uses(source) == expected
