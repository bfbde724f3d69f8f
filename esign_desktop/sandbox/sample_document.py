"""The sample contract the sandbox seeds its demo envelopes and templates with.

Run `python -m esign_desktop.sandbox.sample_document [PATH]` to (re)write resources/sample-contract.pdf.
The PDF is built with reportlab in invariant mode, so the same code always gives the same bytes.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "resources" / "sample-contract.pdf"

_CLAUSES = (
    "1. Services. The Supplier provides the consulting services described in Annex A.",
    "2. Fees. The Customer pays the fees in Annex B within thirty (30) days of invoice.",
    "3. Term. This agreement starts on the date of the last signature and runs for one year.",
    "4. Confidentiality. Each party keeps the other party's confidential information secret.",
    "5. Liability. Neither party is liable for indirect or consequential loss.",
    "6. Law. This agreement is governed by the laws of the Customer's country.",
)


def build_sample_contract() -> bytes:
    """Two A4 pages: the terms, then a signature page with boxes for two signers."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    canvas.setTitle("Sample services agreement")
    width, height = A4
    canvas.setFont("Helvetica-Bold", 18)
    canvas.drawString(72, height - 90, "Services Agreement (sample)")
    canvas.setFont("Helvetica", 11)
    canvas.drawString(72, height - 120, "Between Example Supplier Ltd and Example Customer AB.")
    y = height - 160
    for clause in _CLAUSES:
        canvas.drawString(72, y, clause)
        y -= 22
    canvas.drawString(72, 72, "Page 1 of 2")
    canvas.showPage()
    canvas.setFont("Helvetica-Bold", 14)
    canvas.drawString(72, height - 90, "Signatures")
    canvas.setFont("Helvetica", 10)
    for index, label in enumerate(("Supplier", "Customer")):
        top = height - 160 - index * 160
        canvas.drawString(72, top + 8, f"{label}: signature and date")
        canvas.rect(72, top - 80, width * 0.5, 70)
    canvas.drawString(72, 72, "Page 2 of 2")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def write_sample_contract(path: Path = DEFAULT_PATH) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(build_sample_contract())
    return path


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_PATH
    sys.stdout.write(f"{write_sample_contract(target)}\n")
