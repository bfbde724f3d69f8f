"""Cold start to a shown main window, offscreen, against a bare PySide6 QMainWindow in the same run.

Two figures, each for both programs: from launching the process to its window being shown (what a person
waits for; each prints the wall-clock time at which its window was shown and painted), and the whole run of
a process that quits as soon as it is shown (start-up, then everything a clean shutdown does).

Target: esign-desktop's time to a shown window <= 2x the bare one's.
Run: `.venv/bin/python -m benchmarks.cold_start [--runs N] [--envelopes N]` (`--envelopes`: start on a data
folder whose list already holds N envelopes; 40000 makes a ~100 MB database, checked at open in ~65 ms).

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
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
app.processEvents()
print(f"shown-at {time.time():.6f}", flush=True)
QTimer.singleShot(0, window.close)
app.exec()
"""


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds from launch to the printed "shown-at" moment, seconds the whole process ran)."""
    launched = time.time()
    started = time.perf_counter()
    done = subprocess.run(command, env=env, check=True, capture_output=True, text=True, timeout=120)
    whole = time.perf_counter() - started
    shown = [line.split()[1] for line in done.stdout.splitlines() if line.startswith("shown-at ")]
    if not shown:
        raise SystemExit(f"{command[-1]} did not say when its window was shown:\n{done.stdout}{done.stderr}")
    return float(shown[0]) - launched, whole


def seed_envelopes(home: Path, count: int) -> None:
    """A data folder whose list holds `count` envelopes of one account, as a long-used desktop's does."""
    from esign_desktop.domain.model import Envelope, ProviderKind, new_id
    from esign_desktop.storage.accounts import Account, AccountStore
    from esign_desktop.storage.database import Database
    from esign_desktop.storage.envelope_cache import EnvelopeCache
    from esign_desktop.storage.paths import AppPaths

    with Database.open(AppPaths.under(home).database_file()) as database:
        account = AccountStore(database).add(Account(ProviderKind.ASSENTLY, "Office", "https://example.test"))
        EnvelopeCache(database).upsert_many(
            [
                Envelope(
                    local_id=new_id(),
                    provider=ProviderKind.ASSENTLY,
                    name=f"Service agreement {number}",
                    account_id=account.id,
                    message="Please review and sign the attached agreement. " * 10,
                )
                for number in range(count)
            ]
        )


def summary(samples: list[tuple[float, float]]) -> tuple[dict[str, float], dict[str, float]]:
    shown = iter(s[0] for s in samples)
    whole = iter(s[1] for s in samples)
    return median_of(len(samples), lambda: next(shown)), median_of(len(samples), lambda: next(whole))


def interleaved(
    runs: int, bare_cmd: list[str], ours_cmd: list[str], env: dict[str, str]
) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    """One bare start, then one of ours, `runs` times: a virtual machine's speed drifts by tens of percent
    within a minute, and measured in two blocks that drift would land in the ratio."""
    bare: list[tuple[float, float]] = []
    ours: list[tuple[float, float]] = []
    for _ in range(runs):
        bare.append(timed(bare_cmd, env))
        ours.append(timed(ours_cmd, env))
    return bare, ours


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--envelopes", type=int, default=0, help="envelopes in the list before the start")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ESIGN_DESKTOP_HOME=home)
        if args.envelopes:
            seed_envelopes(Path(home), args.envelopes)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        subprocess.run(  # the caches an installed app has
            [sys.executable, "-m", "compileall", "-q", str(ROOT / "esign_desktop")], env=env, check=True
        )
        ours_cmd = [sys.executable, "-m", "esign_desktop.app", "--exit-when-shown"]
        timed(ours_cmd, env)  # warm the OS file cache so both sides start equally warm
        bare_samples, ours_samples = interleaved(args.runs, [sys.executable, "-c", BARE], ours_cmd, env)
    bare_shown, bare_whole = summary(bare_samples)
    ours_shown, ours_whole = summary(ours_samples)
    ratio = ours_shown["median"] / bare_shown["median"]
    whole_ratio = ours_whole["median"] / bare_whole["median"]
    path = write_result(
        f"cold_start_{args.envelopes}_envelopes" if args.envelopes else "cold_start",
        {
            "bare_pyside6_shown_s": bare_shown,
            "esign_desktop_shown_s": ours_shown,
            "ratio": ratio,
            "target_ratio": 2.0,
            "bare_pyside6_whole_run_s": bare_whole,
            "esign_desktop_whole_run_s": ours_whole,
            "whole_run_ratio": whole_ratio,
            "cached_envelopes": args.envelopes,
        },
    )
    print(
        f"shown: bare {bare_shown['median']:.3f} s, esign-desktop {ours_shown['median']:.3f} s, "
        f"ratio {ratio:.2f} (target 2); whole run: bare {bare_whole['median']:.3f} s, "
        f"esign-desktop {ours_whole['median']:.3f} s, ratio {whole_ratio:.2f} -> {path}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
