"""QT_TRANSLATE_NOOP with a type: marks a text for lupdate where it is defined, translated where it is shown.

PySide6's own QT_TRANSLATE_NOOP is typed as returning `object`; lupdate only looks for the name.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Return `source` unchanged; lupdate records it under `context`. Translate it later with
    `QCoreApplication.translate(context, source)` or `tr(source)` in a class of that name."""
    return source
