"""Every text the UI shows is translated into Japanese and Swedish, and the .ts files follow the code.

A new `tr()` text without translations fails here: lupdate (the same command as `make translations-update`)
extracts the code's texts into a scratch file, and each one must be in the committed .ts files, finished.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = {"ja": 1, "sv": 2}  # language: number of plural forms
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")
# %1, %s, %d, %n and {name} must survive translation, or formatting fails or drops a value.
_PLACEHOLDER = re.compile(r"%\d|%[sdn]|\{[a-z_]+\}")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    plural: bool
    translations: tuple[str, ...]
    finished: bool


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):  # noqa: S314 - our own files
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path.name}: {name}: a message without <translation>"
            plural = message.get("numerus") == "yes"
            if plural:
                texts = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                texts = (translation.text or "",)
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source", ""),
                    plural=plural,
                    translations=texts,
                    finished=translation.get("type") not in {"unfinished", "vanished", "obsolete"},
                )
            )
    return messages


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"esign_desktop_{language}.ts"


def code_texts(tmp_path: Path) -> set[tuple[str, str]]:
    """(context, source) of every translatable text in the UI code, as lupdate finds it."""
    scratch = tmp_path / "scratch.ts"
    sources = sorted(str(p) for p in (ROOT / "esign_desktop" / "ui").rglob("*.py"))
    sources.append(str(ROOT / "esign_desktop" / "app.py"))
    sources.append(str(ROOT / "esign_desktop" / "application.py"))
    subprocess.run(
        [str(LUPDATE), "-silent", "-locations", "none", *sources, "-ts", str(scratch)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return {(m.context, m.source) for m in read_ts(scratch)}


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_every_text_is_translated(language: str) -> None:
    messages = read_ts(ts_path(language))
    assert len(messages) > 400  # the whole UI, not a stub

    unfinished = [
        f"{m.context}: {m.source!r}"
        for m in messages
        if not m.finished or not all(t.strip() for t in m.translations)
    ]
    assert not unfinished, f"untranslated in {language} ({len(unfinished)}):\n" + "\n".join(unfinished[:30])

    wrong_plurals = [m.source for m in messages if m.plural and len(m.translations) != LANGUAGES[language]]
    assert not wrong_plurals, f"{language} plural forms: {wrong_plurals}"


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_translations_keep_every_placeholder(language: str) -> None:
    broken = []
    for message in read_ts(ts_path(language)):
        wanted = sorted(set(_PLACEHOLDER.findall(message.source)) - {"%n"})
        for text in message.translations:
            if sorted(set(_PLACEHOLDER.findall(text)) - {"%n"}) != wanted:
                broken.append(f"{message.context}: {message.source!r} -> {text!r}")
    assert not broken, "\n".join(broken)


def test_positional_percent_placeholders_keep_their_order() -> None:
    """`tr("%s on page %d") % (a, b)` fills by position: a translation may not swap %s and %d."""
    swapped = []
    for language in LANGUAGES:
        for message in read_ts(ts_path(language)):
            order = re.findall(r"%[sd]", message.source)
            if len(set(order)) > 1:
                swapped += [t for t in message.translations if re.findall(r"%[sd]", t) != order]
    assert not swapped


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate is not installed in this environment")
def test_ts_files_contain_every_text_of_the_code(tmp_path: Path) -> None:
    in_code = code_texts(tmp_path)
    assert len(in_code) > 400
    for language in LANGUAGES:
        in_file = {(m.context, m.source) for m in read_ts(ts_path(language))}
        missing = sorted(in_code - in_file)
        assert not missing, (
            f"texts in the code but not in esign_desktop_{language}.ts: run `make translations-update`, then "
            f"translate them:\n" + "\n".join(f"{c}: {s!r}" for c, s in missing[:30])
        )
        stale = sorted(in_file - in_code)
        assert not stale, f"texts no longer in the code, run `make translations-update`: {stale[:10]}"


def test_read_ts_reports_unfinished_messages(tmp_path: Path) -> None:
    """The checker itself: an unfinished or empty translation is caught."""
    sample = tmp_path / "sample.ts"
    sample.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="sv"><context><name>C</name>'
        "<message><source>Send</source><translation>Skicka</translation></message>"
        '<message><source>New</source><translation type="unfinished"></translation></message>'
        '<message numerus="yes"><source>%n file(s)</source><translation>'
        "<numerusform>%n fil</numerusform><numerusform></numerusform></translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    messages = {m.source: m for m in read_ts(sample)}
    assert messages["Send"].finished
    assert messages["Send"].translations == ("Skicka",)
    assert not messages["New"].finished
    assert messages["%n file(s)"].translations == ("%n fil", "")
