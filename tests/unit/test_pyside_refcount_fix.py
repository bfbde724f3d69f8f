"""PySide6 6.12 on Python 3.11 drops a reference to True on every emit; the pin keeps the process alive."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal
{pin}
app = QCoreApplication([])
class Emitter(QObject):
    fired = Signal(int)
emitter = Emitter()
received = []
emitter.fired.connect(received.append)
for i in range(20000):
    emitter.fired.emit(i)
print(len(received))
"""


def run(pin: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", SCRIPT.format(pin=pin)]
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


def test_many_emits_survive_with_the_pin() -> None:
    result = run("from esign_desktop.ui.pyside_refcount_fix import pin_singletons; pin_singletons()")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "20000"


def test_the_pin_is_still_needed() -> None:
    """When this fails, PySide6 or Python fixed the bug: the pin (and this test) can go."""
    result = run("")
    if sys.version_info >= (3, 12):
        assert result.returncode == 0
    else:
        assert result.returncode != 0
        assert "bool_dealloc" in result.stderr
