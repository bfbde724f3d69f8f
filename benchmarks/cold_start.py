"""Cold start to a shown main window, offscreen, against a bare PySide6 QMainWindow in the same run.

Target: esign-desktop <= 2x the bare start. Run: `.venv/bin/python -m benchmarks.cold_start [--runs N]`.

Measured as people start it: with Python's bytecode caches (an installed app has them; a process started with
PYTHONDONTWRITEBYTECODE=1, as in some sandboxes, would compile every module on every start and add ~0.1 s).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import median_of, write_result

ROOT = Path(__file__).resolve().parents[1]
BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
QTimer.singleShot(0, window.close)
app.exec()
"""


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ESIGN_DESKTOP_HOME=home)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        subprocess.run(  # the caches an installed app has
            [sys.executable, "-m", "compileall", "-q", str(ROOT / "esign_desktop")], env=env, check=True
        )
        ours_cmd = [sys.executable, "-m", "esign_desktop.app", "--exit-when-shown"]
        timed(ours_cmd, env)  # warm the OS file cache so both sides start equally warm
        bare = median_of(args.runs, lambda: timed([sys.executable, "-c", BARE], env))
        ours = median_of(args.runs, lambda: timed(ours_cmd, env))
    ratio = ours["median"] / bare["median"]
    path = write_result(
        "cold_start",
        {"bare_pyside6_s": bare, "esign_desktop_s": ours, "ratio": ratio, "target_ratio": 2.0},
    )
    print(f"bare {bare['median']:.3f} s, esign-desktop {ours['median']:.3f} s, ratio {ratio:.2f} -> {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
