"""End to end: GMO Sign 0..100 coordinates requested over HTTP land where the displayed page shows them.

The final PDF is downloaded and the signer's name is located in its content stream with pypdf's text visitor
(user space); the point is turned into displayed-page fractions here, independently of the sandbox's code:
CropBox first, then /Rotate clockwise, origin top-left.
"""

from __future__ import annotations

import base64
import io
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import RectangleObject
from reportlab.lib.units import mm

from tests.integration.conftest import SandboxHandle
from tests.pdf_factory import A4, LETTER, PageSpec, make_pdf

pytestmark = pytest.mark.integration

TOLERANCE = 0.01
A5 = (148 * mm, 210 * mm)
PAGES = [
    PageSpec(*A4),
    PageSpec(*A4, rotate=90),
    PageSpec(LETTER[1], LETTER[0], rotate=180),
    PageSpec(*A5, crop_box=(20, 30, A5[0] - 10, A5[1] - 40), rotate=-90),
]
# (start_x, start_y, end_x, end_y) per page: away from the centre, so a mirrored axis cannot pass.
BOXES = [(10, 15, 45, 30), (55, 60, 90, 75), (8, 70, 40, 85), (60, 10, 95, 25)]
SIGNER = "Placement Tester"


def displayed_fraction(box: RectangleObject, rotation: int, x: float, y: float) -> tuple[float, float]:
    left, right = sorted((float(box.left), float(box.right)))
    bottom, top = sorted((float(box.bottom), float(box.top)))
    u, v = (x - left) / (right - left), (y - bottom) / (top - bottom)  # unrotated, v upwards
    # Rotating the page clockwise by 90 degrees turns its left edge into the top edge, and so on.
    return {0: (u, 1 - v), 90: (v, u), 180: (1 - u, v), 270: (1 - v, 1 - u)}[rotation % 360]


def name_positions(pdf: bytes) -> dict[int, list[tuple[float, float]]]:
    reader = PdfReader(io.BytesIO(pdf))
    found: dict[int, list[tuple[float, float]]] = {}
    for number, page in enumerate(reader.pages[: len(PAGES)], start=1):

        def visit(text: str, cm: list[float], tm: list[float], *_: Any, page_number: int = number) -> None:
            if SIGNER in text:
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                found.setdefault(page_number, []).append((x, y))

        page.extract_text(visitor_text=visit)
    return found


def test_signature_stamps_land_inside_their_requested_boxes(sandbox: SandboxHandle, tmp_path: Any) -> None:
    pdf = make_pdf(tmp_path / "mixed.pdf", PAGES).read_bytes()
    code = sandbox.gmo.post(
        "/envelopes/documents", json={"document": base64.b64encode(pdf).decode("ascii")}
    ).json()["document_code"]
    points = [
        {
            "signing_point_start_x": start_x,
            "signing_point_start_y": start_y,
            "signing_point_end_x": end_x,
            "signing_point_end_y": end_y,
            "page_no": page_no,
        }
        for page_no, (start_x, start_y, end_x, end_y) in enumerate(BOXES, start=1)
    ]
    body = {
        "envelope_name": "Placement",
        "is_detailed_response": 1,
        "document_list": [{"document_code": code, "document_name": "mixed.pdf"}],
        "partner_signer_list": [{"name": SIGNER, "email": "placement@example.jp", "sign_type": 1}],
        "partner_signer_document_list": [
            {
                "signer_no": "placement@example.jp",
                "document_code": code,
                "request_type": "1",
                "signing_points": points,
            }
        ],
    }
    response = sandbox.gmo.post("/envelopes/signatures/request", json=body)
    assert response.status_code == 200, response.text
    xid = response.json()["envelope_xid"]
    [party] = sandbox.envelope("gmosign", xid)["parties"]
    assert sandbox.act("gmosign", xid, party["id"]).status_code == 200
    control_number = response.json()["document_list"][0]["control_number"]
    download = sandbox.gmo.get(f"/documents/{control_number}", params={"download_type": 2, "operation": 1})
    final = base64.b64decode(download.json()["downloadedDocument"])

    positions = name_positions(final)
    reader = PdfReader(io.BytesIO(final))
    assert sorted(positions) == [1, 2, 3, 4]
    for page_no, (start_x, start_y, end_x, end_y) in enumerate(BOXES, start=1):
        page = reader.pages[page_no - 1]
        rotation = int(page.get("/Rotate", 0))
        for x, y in positions[page_no]:
            fx, fy = displayed_fraction(page.cropbox, rotation, x, y)
            assert start_x / 100 - TOLERANCE <= fx <= end_x / 100 + TOLERANCE, (page_no, fx)
            assert start_y / 100 - TOLERANCE <= fy <= end_y / 100 + TOLERANCE, (page_no, fy)
