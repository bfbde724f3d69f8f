"""Reject nested Qt event loops in the app: `.exec()` on dialogs and static QMessageBox helpers.

Under qasync a nested loop inside a coroutine raises "Cannot enter into task" and can hang the app. Dialogs
are opened with `open()` and answered through signals. The application's own `app.exec()` in app.py is the
one allowed call.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

FORBIDDEN = re.compile(r"\.exec_?\(\s*\)|QMessageBox\.(information|warning|critical|question|about)\(")
# The damaged-database choice and a start that cannot open the store run while no asyncio loop runs (nothing
# to nest into).
ALLOWED = {("app.py", "app.exec()"), ("app.py", "box.exec()"), ("damaged_database.py", "box.exec()")}


def violations(root: Path) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if FORBIDDEN.search(line) and not any(
                path.name == name and snippet in line for name, snippet in ALLOWED
            ):
                found.append(f"{path}:{number}: {line.strip()}")
    return found


def main() -> int:
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "esign_desktop")
    found = violations(root)
    for line in found:
        print(f"nested event loop: {line}", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
