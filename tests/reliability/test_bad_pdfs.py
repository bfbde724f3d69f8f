"""Hostile and broken PDFs through the preflight and the viewer: never a crash, a typed PdfError with a
message a person can act on, or a report for files that are merely unusual."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, NameObject, NumberObject

from esign_desktop.pdf import (
    DamagedPdf,
    EmptyPdf,
    EncryptedPdf,
    NotAPdf,
    PdfError,
    PdfReport,
    PdfTooLarge,
    UnsupportedPage,
    WarningCode,
    inspect_pdf,
)
from tests.pdf_factory import (
    PageSpec,
    make_empty_pdf,
    make_encrypted_pdf,
    make_javascript_pdf,
    make_large_pdf,
    make_mixed_pdf,
    make_not_a_pdf,
    make_pdf,
    make_truncated_pdf,
)
from tests.reliability import sizes

pytestmark = pytest.mark.reliability

EXAMPLES = sizes.current().examples
ROOT = Path(__file__).resolve().parents[2]
Outcome = type[PdfError] | type[PdfReport] | tuple[type[PdfError] | type[PdfReport], ...]


def broken_xref(path: Path) -> Path:
    """Every cross-reference offset points at the wrong place."""
    source = make_pdf(path.with_suffix(".src.pdf"), [PageSpec(), PageSpec()]).read_bytes()
    head, _, tail = source.rpartition(b"xref")
    garbled = b"\n".join(
        line[:2] + b"9" + line[3:] if line.endswith((b" n", b" n\r")) else line for line in tail.split(b"\n")
    )
    path.write_bytes(head + b"xref" + garbled)
    return path


def lying_page_count(path: Path) -> Path:
    """One real page, while the page tree claims a hundred million."""
    writer = PdfWriter(clone_from=make_pdf(path.with_suffix(".src.pdf"), [PageSpec()]))
    pages = writer._root_object["/Pages"].get_object()  # no public way to make /Count lie
    assert isinstance(pages, DictionaryObject)
    pages[NameObject("/Count")] = NumberObject(100_000_000)
    writer.write(path)
    return path


def deep_nesting(path: Path) -> Path:
    """An object nested 100,000 arrays deep in the page dictionary (recursion bomb)."""
    source = make_pdf(path.with_suffix(".src.pdf"), [PageSpec()]).read_bytes()
    bomb = b"/Bomb " + b"[" * 100_000 + b"]" * 100_000
    path.write_bytes(source.replace(b"/Type /Page\n", b"/Type /Page " + bomb + b"\n", 1))
    return path


def rotate(degrees: int) -> Callable[[Path], Path]:
    return lambda path: make_pdf(path, [PageSpec(rotate=degrees)])


CORPUS: dict[str, tuple[Callable[[Path], Path], Outcome]] = {
    "rotated_mixed_sizes": (make_mixed_pdf, PdfReport),
    "rotated_990": (rotate(990), PdfReport),
    "rotated_45": (rotate(45), UnsupportedPage),
    "cropbox_outside_mediabox": (
        lambda p: make_pdf(p, [PageSpec(crop_box=(700, 900, 800, 1000))]),
        (PdfReport, UnsupportedPage),
    ),
    "cropbox_inverted": (lambda p: make_pdf(p, [PageSpec(crop_box=(500, 800, 50, 40))]), PdfReport),
    "zero_size_page": (
        lambda p: make_pdf(p, [PageSpec(width=0.0001, height=0.0001)]),
        (PdfReport, UnsupportedPage),
    ),
    "broken_xref": (broken_xref, (PdfReport, DamagedPdf)),
    "truncated": (make_truncated_pdf, (DamagedPdf, EmptyPdf)),
    "encrypted": (make_encrypted_pdf, EncryptedPdf),
    "empty": (make_empty_pdf, EmptyPdf),
    "javascript": (make_javascript_pdf, PdfReport),
    "huge_page_count": (lambda p: make_large_pdf(p, 2000), PdfReport),
    "lying_page_count": (lying_page_count, (PdfReport, DamagedPdf)),
    "recursion_bomb": (deep_nesting, (PdfReport, DamagedPdf)),
    "zip_named_pdf": (make_not_a_pdf, NotAPdf),
    "zero_bytes": (lambda p: make_not_a_pdf(p, b""), NotAPdf),
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("bad-pdfs")
    return {name: make(folder / f"{name}.pdf") for name, (make, _expected) in CORPUS.items()}


def preflight(path: Path, max_bytes: int | None = None) -> PdfReport | PdfError:
    """The preflight's answer; any exception other than PdfError fails the test."""
    try:
        return inspect_pdf(path) if max_bytes is None else inspect_pdf(path, max_bytes)
    except PdfError as error:
        return error


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_every_corpus_file_gets_a_report_or_a_clear_error(corpus: dict[str, Path], name: str) -> None:
    outcome = preflight(corpus[name])
    assert isinstance(outcome, CORPUS[name][1]), f"{name}: {outcome!r}"
    if isinstance(outcome, PdfError):
        assert outcome.user_message.startswith(f"{name}.pdf: ")
        assert len(outcome.user_message) > len(name) + 20  # says what to do, not just "error"


def test_javascript_and_huge_files_are_flagged(corpus: dict[str, Path]) -> None:
    report = preflight(corpus["javascript"])
    assert isinstance(report, PdfReport)
    assert report.has_warning(WarningCode.JAVASCRIPT)
    huge = preflight(corpus["huge_page_count"])
    assert isinstance(huge, PdfReport)
    assert huge.page_count == 2000
    too_large = preflight(corpus["huge_page_count"], max_bytes=10_000)
    assert isinstance(too_large, PdfTooLarge)
    assert "limit" in too_large.user_message


VIEWER = """
import json, sys
from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdf import QPdfDocument
app = QGuiApplication([])
seen = {}
for path in sys.argv[1:]:
    document = QPdfDocument()
    document.load(path)
    if document.pageCount() > 0:
        document.render(0, QSize(200, 280))
    seen[path] = [document.status().name, document.pageCount()]
    document.close()
print(json.dumps(seen))
"""


def test_the_viewer_opens_every_corpus_file_without_crashing(corpus: dict[str, Path]) -> None:
    files = [str(path) for name, path in corpus.items() if name != "huge_page_count"]
    result = subprocess.run(
        [sys.executable, "-c", VIEWER, *files],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert set(json.loads(result.stdout)) == set(files)


def _valid_pdf() -> bytes:
    buffer = io.BytesIO()
    writer = PdfWriter(clone_from=make_mixed_pdf(Path(tempfile.mkdtemp()) / "seed.pdf"))
    writer.write(buffer)
    return buffer.getvalue()


SEED = _valid_pdf()
edits = st.lists(
    st.tuples(st.integers(0, len(SEED) - 1), st.binary(min_size=0, max_size=8), st.integers(0, 8)), max_size=6
)


def _mutate(data: bytes, changes: list[tuple[int, bytes, int]]) -> bytes:
    """Replace `remove` bytes at `offset` with `insert`, for each change."""
    for offset, insert, remove in changes:
        data = data[:offset] + insert + data[offset + remove :]
    return data


def _check_outcome(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "mutated.pdf"
        path.write_bytes(data)
        outcome = preflight(path)
    assert isinstance(outcome, PdfReport | PdfError)
    if isinstance(outcome, PdfError):
        assert outcome.user_message.startswith("mutated.pdf: ")


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(changes=edits, cut=st.one_of(st.none(), st.integers(0, len(SEED))))
def test_mutated_pdfs_never_crash_the_preflight(
    changes: list[tuple[int, bytes, int]], cut: int | None
) -> None:
    data = _mutate(SEED, changes)
    _check_outcome(data if cut is None else data[:cut])


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    body=st.binary(max_size=2048), header=st.sampled_from([b"%PDF-1.7\n", b"%PDF-2.0\r\n", b"", b"junk%PDF-"])
)
def test_random_bytes_never_crash_the_preflight(body: bytes, header: bytes) -> None:
    _check_outcome(header + body)


def test_the_seed_itself_is_valid() -> None:
    assert len(PdfReader(io.BytesIO(SEED)).pages) == 4  # the mutations start from a real file
