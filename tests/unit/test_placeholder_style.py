"""One placeholder style for every text people read: Qt's %1..%9 (filled by ui.placeholders.fill, so a value
that contains "%2" is left alone) and %n for counts. No {name}, %s or %d: translators see one convention, and
a translation can put the values in any order."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [
    *sorted((ROOT / "esign_desktop" / "ui").rglob("*.py")),
    ROOT / "esign_desktop" / "app.py",
    ROOT / "esign_desktop" / "application.py",
]
OTHER_STYLES = re.compile(r"\{[A-Za-z_]*\}|%\([a-z_]+\)[sd]|%[sdif]")
CATALOGUES = sorted((ROOT / "resources" / "translations").glob("*.ts"))


def _translatable(node: ast.Call) -> str | None:
    """The literal text of tr("…"), translate("Context", "…") or QT_TRANSLATE_NOOP("Context", "…")."""
    function = node.func
    name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
    position = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1, "QT_TR_NOOP": 0}.get(name)
    if position is None or len(node.args) <= position:
        return None
    argument = node.args[position]
    return argument.value if isinstance(argument, ast.Constant) and isinstance(argument.value, str) else None


def _texts() -> list[tuple[str, int, str]]:
    found = []
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and (text := _translatable(node)) is not None:
                found.append((path.relative_to(ROOT).as_posix(), node.lineno, text))
    return found


def test_the_scan_finds_the_texts() -> None:
    texts = _texts()
    assert len(texts) > 500
    assert any(text == "Layout “%1” saved (%2 fields)." for _path, _line, text in texts)


def test_every_translatable_text_uses_only_numbered_placeholders() -> None:
    other = [f"{path}:{line}: {text!r}" for path, line, text in _texts() if OTHER_STYLES.search(text)]
    assert not other, "use %1..%9 and ui.placeholders.fill:\n" + "\n".join(other)


def test_no_translated_text_is_formatted_the_python_way() -> None:
    formatted = []
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            target = None
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "format"
            ):
                target = node.func.value
            elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
                target = node.left
            if isinstance(target, ast.Call) and _translatable(target) is not None:
                formatted.append(f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}")
    assert not formatted, f"fill(tr(…), value) instead of .format or %: {formatted}"


def test_the_catalogues_use_the_same_style() -> None:
    sources = [
        (path.name, source)
        for path in CATALOGUES
        for source in re.findall(r"<source>(.*?)</source>", path.read_text(encoding="utf-8"), re.S)
    ]
    assert len(sources) > 500
    other = [f"{name}: {source!r}" for name, source in sources if OTHER_STYLES.search(source)]
    assert not other, other
