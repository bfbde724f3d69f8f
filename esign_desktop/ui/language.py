"""The UI language: which translation to load, and loading it (the app's own plus Qt's standard texts).

The language is chosen once at start: Settings.language ("" follows the system, else "en", "ja" or "sv").
Widgets read their texts when they are built, so a change applies at the next start.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import esign_desktop

_log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
SHIPPED_LANGUAGES = ("en", "ja", "sv")  # en is the source language: it needs no translation file
TRANSLATIONS_DIR = Path(esign_desktop.__file__).resolve().parents[1] / "resources" / "translations"
CATALOGUE_PREFIX = "esign_desktop_"


def resolve_language(setting: str, system: QLocale | None = None) -> str:
    """The shipped language for a setting: the setting itself, or the system's when it is "" or unknown."""
    wanted = setting.strip().lower().replace("-", "_").split("_")[0]
    if wanted in SHIPPED_LANGUAGES:
        return wanted
    locale = system if system is not None else QLocale.system()
    for name in locale.uiLanguages():
        code = name.lower().replace("-", "_").split("_")[0]
        if code in SHIPPED_LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """Dates and numbers: the system formats when its language is the chosen one, else the language's."""
    current = system if system is not None else QLocale.system()
    if current.name().split("_")[0] == language:
        return current
    if language == SOURCE_LANGUAGE and current.language() is QLocale.Language.C:
        return current  # a POSIX "C" system: keep neutral formats (ISO dates) rather than guess US ones
    return QLocale(language)


@dataclass
class InstalledLanguage:
    """What `install_language` set up; keep it alive as long as the application (translators are QObjects)."""

    language: str
    locale: QLocale
    translators: list[QTranslator] = field(default_factory=list)

    def uninstall(self) -> None:
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        self.translators.clear()


class EnglishPlurals(QTranslator):
    """English plurals without a catalogue: "%n page(s)" reads "1 page" / "2 pages".

    The source texts are English with "(s)" where a plural adds an s (every plural text of the app does; the
    ja/sv catalogues give their own forms). Only texts counted with %n are touched.
    """

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if n < 0 or "(s)" not in source_text:
            return None  # type: ignore[return-value]  # a null QString: not ours, Qt uses the source text
        return source_text.replace("(s)", "" if n == 1 else "s")

    def isEmpty(self) -> bool:
        return False


def install_language(
    setting: str, *, translations_dir: Path = TRANSLATIONS_DIR, system: QLocale | None = None
) -> InstalledLanguage:
    """Install the translators for the chosen language and make its locale the default for QLocale()."""
    language = resolve_language(setting, system)
    locale = locale_for(language, system)
    QLocale.setDefault(locale)
    installed = InstalledLanguage(language, locale)
    if language == SOURCE_LANGUAGE:
        plurals = EnglishPlurals()
        QCoreApplication.installTranslator(plurals)
        installed.translators.append(plurals)
        return installed
    app_translator = QTranslator()
    if app_translator.load(f"{CATALOGUE_PREFIX}{language}", str(translations_dir)):
        QCoreApplication.installTranslator(app_translator)
        installed.translators.append(app_translator)
    else:
        _log.warning(
            "no %s translation in %s (run `make translations`); the UI stays in English",
            language,
            translations_dir,
        )
    qt_translator = QTranslator()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(f"qtbase_{language}", qt_dir):  # standard buttons and dialogs: OK, Cancel...
        QCoreApplication.installTranslator(qt_translator)
        installed.translators.append(qt_translator)
    return installed
