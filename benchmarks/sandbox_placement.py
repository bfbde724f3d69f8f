"""Where the sandbox draws stamps, measured by PDFium: the worst distance between a requested rectangle and
the rendered stamp, over every page kind of tests/pdf_factory.page_kinds() and every accepted corpus file.

Every page gets one signature stamp at (0.12, 0.30)-(0.42, 0.40) of the displayed page; each page is rendered
before and after (longer side 842 px) and the bounding box of the changed pixels around the rectangle is
compared with it (the frame line's half width and anti-aliasing are included). Target: <= 1 % of the page.
Run: `.venv/bin/python -m benchmarks.sandbox_placement`.
"""

from __future__ import annotations

import io
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from pypdf import PdfReader

from benchmarks.common import write_result
from esign_desktop.sandbox.finalise import CompletionInfo, Stamp, StampKind, StampRect, finalise_pdf
from tests.corpus.corpus import corpus_files
from tests.pdf_factory import make_pdf, page_kinds
from tests.rendering import changed_inside, render_pages

AT = datetime(2026, 1, 1, tzinfo=UTC)
RECT = StampRect(0.12, 0.30, 0.42, 0.40)
ASKED = (RECT.x0, RECT.y0, RECT.x1, RECT.y1)
CANNOT_BE_SEALED = {"certified-docmdp.pdf"}


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="esign-placement-") as folder:
        base = Path(folder)
        documents = [("page kinds", make_pdf(base / "kinds.pdf", list(page_kinds().values())).read_bytes())]
        documents += [
            (item.file, item.path.read_bytes())
            for item in corpus_files()
            if item.verdict == "ok" and item.file not in CANNOT_BE_SEALED
        ]
        worst, worst_where, pages = 0.0, "", 0
        for name, data in documents:
            count = len(PdfReader(io.BytesIO(data)).pages)
            stamps = [
                Stamp(page, RECT, StampKind.SIGNATURE, AT, signer_name="E") for page in range(1, count + 1)
            ]
            info = CompletionInfo("Placement", "bench", "GMO Sign", AT)
            final = finalise_pdf(data, stamps, info, cert_dir=base / "certs")
            rendered = zip(render_pages(data), render_pages(final, count), strict=True)
            for number, (old, new) in enumerate(rendered, start=1):
                if old.size == (1, 1):
                    continue
                got = changed_inside(old, new, ASKED, margin=0.03)
                deviation = 1.0 if got is None else max(abs(g - a) for g, a in zip(got, ASKED, strict=True))
                pages += 1
                if deviation > worst:
                    worst, worst_where = deviation, f"{name} page {number}"
    figures = {"pages": pages, "worst_deviation_percent": round(worst * 100, 3), "worst_at": worst_where}
    figures["target_percent"] = 1.0
    path = write_result("sandbox_placement", figures)
    print(f"{pages} pages; worst {worst * 100:.2f} % of the page at {worst_where} -> {path}")


if __name__ == "__main__":
    main()
