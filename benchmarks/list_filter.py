"""The envelope list with 100,000 cached envelopes: start-up to a populated list, and filter latency per
keystroke in the main window's search box (offscreen). Target: under 50 ms per keystroke.

The cache is built in a temporary ESIGN_DESKTOP_HOME with EnvelopeCache.upsert_many; start-up is measured
from opening the database to the list showing every row (read the cache, MainWindow.set_envelopes, events).
Run: `.venv/bin/python -m benchmarks.list_filter [--envelopes N] [--runs N]`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

from PySide6.QtWidgets import QApplication

from benchmarks.common import median_of, write_result
from esign_desktop.domain.model import ProviderKind
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.storage.accounts import Account, AccountStore
from esign_desktop.storage.database import Database
from esign_desktop.storage.envelope_cache import EnvelopeCache
from esign_desktop.storage.paths import AppPaths
from esign_desktop.ui.main_window import FIRST_SCREEN, MainWindow
from tests.gui.demo_envelopes import ACCOUNT_NAMES, demo_envelope

TARGET_MS = 50.0
QUERIES = ("kenji", "nda", "lease agreement #4")


def build_cache(paths: AppPaths, count: int) -> None:
    statuses = list(EnvelopeStatus)
    database = Database.open(paths.database_file())
    cache = EnvelopeCache(database)
    accounts = AccountStore(database)
    for account_id, name in ACCOUNT_NAMES.items():
        provider = ProviderKind.GMOSIGN if "gmo" in account_id else ProviderKind.ASSENTLY
        accounts.add(Account(provider=provider, name=name, base_url="sandbox:", id=account_id))
    batch = []
    for index in range(count):
        provider = ProviderKind.ASSENTLY if index % 3 else ProviderKind.GMOSIGN
        envelope = demo_envelope(statuses[index % len(statuses)], provider, index=index)
        batch.append(replace(envelope, local_id=f"e{index:06d}"))
        if len(batch) == 5000:
            cache.upsert_many(batch)
            batch = []
    cache.upsert_many(batch)
    database.close()


def start_up(app: QApplication, paths: AppPaths, count: int) -> tuple[float, MainWindow]:
    started = time.perf_counter()
    database = Database.open(paths.database_file())
    envelopes = EnvelopeCache(database).all_envelopes()
    database.close()
    window = MainWindow()
    window.set_account_names(ACCOUNT_NAMES)
    window.set_envelopes(envelopes)
    window.show()
    app.processEvents()
    elapsed = time.perf_counter() - started
    assert window.envelope_proxy.rowCount() == count, window.envelope_proxy.rowCount()
    return elapsed, window


def first_screen(app: QApplication, paths: AppPaths) -> float:
    """What the app does at start (AppController.load_from_cache): the newest screenful, then the window."""
    started = time.perf_counter()
    database = Database.open(paths.database_file())
    envelopes = EnvelopeCache(database).all_envelopes(limit=FIRST_SCREEN)
    database.close()
    window = MainWindow()
    window.set_account_names(ACCOUNT_NAMES)
    window.set_envelopes(envelopes)
    window.show()
    app.processEvents()
    elapsed = time.perf_counter() - started
    assert window.envelope_proxy.rowCount() == min(FIRST_SCREEN, len(envelopes))
    window.close()
    window.deleteLater()
    return elapsed


def keystrokes(app: QApplication, window: MainWindow) -> list[float]:
    """Type each query one character at a time, then delete it again; one sample per keystroke."""
    samples = []
    for query in QUERIES:
        for step in [*range(1, len(query) + 1), *range(len(query) - 1, -1, -1)]:
            started = time.perf_counter()
            window.search.setText(query[:step])
            app.processEvents()
            samples.append((time.perf_counter() - started) * 1000)
    return samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--envelopes", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as home:
        os.environ["ESIGN_DESKTOP_HOME"] = home
        paths = AppPaths.under(Path(home))
        built = time.perf_counter()
        build_cache(paths, args.envelopes)
        build_s = time.perf_counter() - built
        windows: list[MainWindow] = []

        def measure_start() -> float:
            elapsed, window = start_up(app, paths, args.envelopes)
            windows.append(window)
            return elapsed

        shown = median_of(args.runs, lambda: first_screen(app, paths))
        startup = median_of(args.runs, measure_start)
        samples = keystrokes(app, windows[-1])
        visible_after = windows[-1].envelope_proxy.rowCount()
        for window in windows:
            window.close()
            window.deleteLater()
        app.processEvents()
    samples.sort()
    figures = {
        "envelopes": float(args.envelopes),
        "cache_build_s": build_s,
        "startup_to_first_screen_s": shown,
        "startup_to_populated_list_s": startup,
        "per_keystroke_ms": {
            "median": statistics.median(samples),
            "p95": samples[int(len(samples) * 0.95) - 1],
            "max": samples[-1],
            "runs": float(len(samples)),
        },
        "target_ms": TARGET_MS,
        "all_rows_back_after_clearing": visible_after == args.envelopes,
    }
    path = write_result("list_filter", figures)
    print(
        f"first screen {shown['median']:.2f} s, every row {startup['median']:.2f} s; "
        f"filter median {statistics.median(samples):.1f} ms, "
        f"p95 {figures['per_keystroke_ms']['p95']:.1f} ms (target < {TARGET_MS} ms) -> {path}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
