"""Qt-style %1, %2... placeholders filled in one pass, for translated texts (Python has no QString.arg)."""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d)")


def fill(template: str, *values: object) -> str:
    """Replace %1..%9 by the values in one pass, so a value that contains "%2" is left alone."""

    def value_for(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value_for, template)
