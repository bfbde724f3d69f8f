"""Run every benchmark script in this folder; collect their JSON into results/latest.json and a short
Markdown table into results/latest.md.

`python -m benchmarks.run_all [--only NAME ...]`; each script takes its own size flags (see its --help).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.common import RESULTS

HERE = Path(__file__).resolve().parent
SKIP = {"__init__", "common", "run_all"}

Figures = dict[str, Any]
# One table row: figure, ours, baseline measured in the same run, target, how many runs the median is over.
Row = tuple[str, str, str, str, str]


def _median(figures: Figures, *keys: str) -> float:
    value: Any = figures
    for key in keys:
        value = value[key]
    return float(value["median"] if isinstance(value, dict) else value)


def _runs(figures: Figures, *keys: str) -> str:
    value: Any = figures
    for key in keys:
        value = value[key]
    return f"{value['runs']:.0f}" if isinstance(value, dict) and "runs" in value else "1"


def _cold_start(f: Figures) -> list[Row]:
    return [
        (
            "Cold start to shown window",
            f"{_median(f, 'esign_desktop_s'):.2f} s",
            f"{_median(f, 'bare_pyside6_s'):.2f} s bare PySide6",
            f"<= {f['target_ratio']:.0f}x bare (is {f['ratio']:.2f}x)",
            _runs(f, "esign_desktop_s"),
        )
    ]


def _editor_open(f: Figures) -> list[Row]:
    scroll = f["scroll_all_pages"]
    return [
        (
            f"First page of a {f['pages']:.0f}-page PDF",
            f"{_median(f, 'first_page_shown_s') * 1000:.0f} ms",
            f"{_median(f, 'raw_qpdfdocument_load_and_render_s') * 1000:.0f} ms raw QtPdf",
            f"ratio {f['ratio']:.2f}",
            _runs(f, "first_page_shown_s"),
        ),
        ("Peak RSS scrolling all pages", f"{scroll['peak_rss_mb']:.0f} MB", "", "", "1"),
    ]


def _editor_drag(f: Figures) -> list[Row]:
    return [
        (
            f"Field drag, per mouse move ({f['fields']:.0f} fields)",
            f"{_median(f, 'per_move_ms'):.2f} ms (p95 {f['per_move_ms']['p95']:.2f})",
            "",
            f"< {f['target_ms']:.0f} ms",
            f"{f['moves']:.0f} moves",
        )
    ]


def _editor_undo(f: Figures) -> list[Row]:
    rows: list[Row] = []
    for key, label in (("undo_ms", "Undo"), ("redo_ms", "Redo")):
        rows.append(
            (
                f"{label} of {f['steps']:.0f} mixed edits, per step ({f['fields']:.0f} fields)",
                f"{_median(f, key):.2f} ms (p95 {f[key]['p95']:.2f})",
                "",
                f"< {f['target_ms']:.0f} ms",
                f"{f['steps']:.0f} steps",
            )
        )
    return rows


def _list_filter(f: Figures) -> list[Row]:
    count = f"{f['envelopes']:,.0f}"
    return [
        (
            f"Start-up to the first screen of the list ({count} envelopes cached)",
            f"{_median(f, 'startup_to_first_screen_s'):.2f} s",
            "",
            "",
            _runs(f, "startup_to_first_screen_s"),
        ),
        (
            f"Start-up to every row loaded ({count} envelopes)",
            f"{_median(f, 'startup_to_populated_list_s'):.2f} s",
            "",
            "",
            _runs(f, "startup_to_populated_list_s"),
        ),
        (
            f"Filter per keystroke ({count} envelopes)",
            f"{_median(f, 'per_keystroke_ms'):.1f} ms (p95 {f['per_keystroke_ms']['p95']:.1f})",
            "",
            f"< {f['target_ms']:.0f} ms",
            f"{f['per_keystroke_ms']['runs']:.0f} keys",
        ),
    ]


def _sync_status(f: Figures) -> list[Row]:
    limit = f"{f['limit']['calls']:.0f} calls / {f['limit']['seconds']:.0f} s"
    exceeded = "exceeded" if f["limit_exceeded"] else "never exceeded"
    return [
        (
            f"Status sync, {f['envelopes']:,.0f} envelopes (first sync)",
            f"{_median(f, 'first_sync_s'):.2f} s, {f['first_sync_calls']:.0f} calls",
            "",
            f"within {limit} ({exceeded}, {f['answers_429']:.0f} x 429)",
            _runs(f, "first_sync_s"),
        ),
        (
            "Status sync, next pass after 50 changes",
            f"{_median(f, 'second_sync_s'):.2f} s, {f['second_sync_calls']:.0f} calls",
            "",
            f"within {limit}",
            _runs(f, "second_sync_s"),
        ),
    ]


def _upload_large(f: Figures) -> list[Row]:
    return [
        (
            f"{f['megabytes']:.0f} MB upload (GMO register), time",
            f"{_median(f, 'gmo_client_s'):.2f} s",
            f"{_median(f, 'raw_httpx_json_s'):.2f} s whole-file JSON",
            "",
            _runs(f, "gmo_client_s"),
        ),
        (
            f"{f['megabytes']:.0f} MB upload, peak memory growth",
            f"{_median(f, 'gmo_client_rss_growth_mb'):.0f} MB",
            f"{_median(f, 'raw_httpx_json_rss_growth_mb'):.0f} MB whole-file JSON",
            "",
            _runs(f, "gmo_client_rss_growth_mb"),
        ),
    ]


def _sandbox_rps(f: Figures) -> list[Row]:
    return [
        ("Sandbox getCase", f"{_median(f, 'get_case_per_s'):.0f} req/s", "", "", _runs(f, "get_case_per_s")),
        (
            "Sandbox createCase, 1 MB document",
            f"{_median(f, 'create_case_1mb_per_s'):.1f} req/s",
            "",
            "",
            _runs(f, "create_case_1mb_per_s"),
        ),
    ]


def _status_latency(f: Figures) -> list[Row]:
    latency = f["latency_s"]
    target = f["target"]
    return [
        (
            f"Change to list on Assently ({f['envelopes']:,.0f} cached, {f['active']:.0f} active)",
            f"median {latency['median']:.1f} s, p95 {latency['p95']:.1f} s",
            "",
            f"median <= {target['median_s']:.0f} s, p95 <= {target['p95_s']:.0f} s",
            f"{latency['runs']:.0f} changes",
        ),
        (
            "Calls per 60 s while watching them",
            f"at most {f['most_calls_in_60s']:.0f}, {f['answers_429']:.0f} x 429",
            "",
            f"<= {target['calls_in_60s']:.0f} of {f['limit']['calls']:.0f}",
            f"{f['measured_s']:.0f} s",
        ),
    ]


def _team_latency(f: Figures) -> list[Row]:
    latency, calls = f["latency_s"], f["calls"]
    return [
        (
            f"Team: a change to every desktop's list ({f['desktops']:.0f} desktops)",
            f"median {latency['median'] * 1000:.0f} ms, max {latency['max'] * 1000:.0f} ms",
            "",
            f"<= {f['target']['latency_s']:.0f} s",
            f"{latency['runs']:.0f} changes",
        ),
        (
            f"Team: calls in any window, every desktop calling flat out ({calls['window_s']:.0f} s window)",
            f"at most {calls['most_in_window']:.0f}",
            "",
            f"<= {calls['team_limit']:.0f} (services {f['target']['calls_in_window']:.0f})",
            f"{calls['total']:.0f} calls",
        ),
    ]


ROWS: dict[str, Callable[[Figures], list[Row]]] = {
    "cold_start": _cold_start,
    "editor_open": _editor_open,
    "editor_drag": _editor_drag,
    "editor_undo": _editor_undo,
    "list_filter": _list_filter,
    "sync_status": _sync_status,
    "status_latency": _status_latency,
    "upload_large": _upload_large,
    "sandbox_rps": _sandbox_rps,
    "team_latency": _team_latency,
}


def markdown_table(collected: dict[str, Any]) -> str:
    lines = [
        "| figure | ours | baseline (same run) | target | median over |",
        "|---|---|---|---|---|",
    ]
    for name, rows in ROWS.items():
        if name not in collected:
            continue
        try:
            for row in rows(collected[name]["figures"]):
                lines.append("| " + " | ".join(cell or "–" for cell in row) + " |")
        except (KeyError, TypeError, ValueError) as error:
            lines.append(f"| {name} | (result unreadable: {type(error).__name__}) | | | |")
    measured = sorted({document.get("measured_at", "") for document in collected.values()})
    if measured:
        lines += ["", f"Measured {measured[0]} to {measured[-1]} (UTC)."]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", nargs="*", default=None, help="benchmark names to run (default: all)")
    args = parser.parse_args()
    failures = []
    for script in sorted(HERE.glob("*.py")):
        if script.stem in SKIP or (args.only and script.stem not in args.only):
            continue
        print(f"== {script.stem}", flush=True)
        result = subprocess.run([sys.executable, "-m", f"benchmarks.{script.stem}"], check=False)
        if result.returncode != 0:
            failures.append(script.stem)
    collected = {
        path.stem: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(RESULTS.glob("*.json"))
        if path.stem != "latest"
    }
    (RESULTS / "latest.json").write_text(json.dumps(collected, indent=2) + "\n", encoding="utf-8")
    table = markdown_table(collected)
    (RESULTS / "latest.md").write_text(table, encoding="utf-8")
    print(table)
    if failures:
        print(f"failed: {', '.join(failures)}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
