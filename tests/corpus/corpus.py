"""The public PDF corpus (files/, described in manifest.json and README.md) for tests and benchmarks."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

CORPUS_DIR = Path(__file__).parent
FILES_DIR = CORPUS_DIR / "files"


@dataclass(frozen=True, slots=True)
class CorpusFile:
    file: str
    kind: str
    source: str
    verdict: str  # ok | password | restricted | certificate | repairable | damaged | unsupported_page
    warnings: tuple[str, ...] = ()
    password: str = ""
    pages: int = 0

    @property
    def path(self) -> Path:
        return FILES_DIR / self.file


def corpus_files() -> list[CorpusFile]:
    raw = json.loads((CORPUS_DIR / "manifest.json").read_text(encoding="utf-8"))
    return [
        CorpusFile(
            file=entry["file"],
            kind=entry["kind"],
            source=entry["source"],
            verdict=entry["verdict"],
            warnings=tuple(entry.get("warnings", ())),
            password=entry.get("password", ""),
            pages=entry.get("pages", 0),
        )
        for entry in raw["files"]
    ]
