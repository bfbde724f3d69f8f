"""The templates every sandbox account has (Assently findTemplates, GMO Sign templates/{id}/transaction)."""

from __future__ import annotations

from typing import Any

from esign_desktop.sandbox.envelope import Provider
from esign_desktop.sandbox.sample_document import build_sample_contract
from esign_desktop.sandbox.store import Transaction

ASSENTLY_TEMPLATE_IDS = ("7d1c2a34-5e6f-4a8b-9c0d-1e2f3a4b5c6d", "0f9e8d7c-6b5a-4c3d-8e1f-2a3b4c5d6e7f")
GMO_TEMPLATE_IDS = ("T0001", "T0002")
CREATED_ON = "2024-01-15T09:00:00"

# The signature boxes drawn on page 2 of the sample contract, as GMO Sign 0..100 coordinates.
SAMPLE_SIGNATURE_BOXES = ((12, 20, 62, 29), (12, 39, 62, 48))


def template_blob_key(provider: Provider, template_id: str, document_id: str) -> str:
    return f"template/{provider.value}/{template_id}/{document_id}"


def ensure_templates(tx: Transaction) -> None:
    if tx.list_records("templates", Provider.ASSENTLY) or tx.list_records("templates", Provider.GMOSIGN):
        return
    pdf = build_sample_contract()
    for index, (template_id, name) in enumerate(
        zip(ASSENTLY_TEMPLATE_IDS, ("Services agreement", "Non-disclosure agreement"), strict=True)
    ):
        document_id = f"t{index}d0"
        digest = tx.put_blob(template_blob_key(Provider.ASSENTLY, template_id, document_id), pdf)
        tx.put_record(
            "templates",
            Provider.ASSENTLY,
            template_id,
            _assently_template(template_id, name, document_id, digest, len(pdf)),
        )
    for template_id, name, signer_count in zip(
        GMO_TEMPLATE_IDS, ("業務委託契約書 (sample)", "Two-party agreement (sample)"), (1, 2), strict=True
    ):
        tx.put_blob(template_blob_key(Provider.GMOSIGN, template_id, "d0"), pdf)
        tx.put_record(
            "templates", Provider.GMOSIGN, template_id, _gmo_template(template_id, name, signer_count)
        )


def _assently_template(
    template_id: str, name: str, document_id: str, digest: str, size: int
) -> dict[str, Any]:
    return {
        "Id": template_id,
        "Name": name,
        "Description": "Sandbox template with the sample contract.",
        "CreatedOn": CREATED_ON,
        "AllowedSignatureTypes": ["Touch", "ElectronicId"],
        "Parties": [],
        "Documents": [
            {
                "Id": document_id,
                "Filename": "sample-contract.pdf",
                "ContentType": "application/pdf",
                "Size": size,
                "Hash": digest,
                "Type": "Original",
                "FormFields": {},
            }
        ],
    }


def _gmo_template(template_id: str, name: str, signer_count: int) -> dict[str, Any]:
    signers = []
    for index in range(signer_count):
        start_x, start_y, end_x, end_y = SAMPLE_SIGNATURE_BOXES[index]
        signers.append(
            {
                "order_no": str(index + 1),
                "signer_type": 2,
                "name": f"Template signer {index + 1}",
                "organize_name": "Example Customer",
                "email": f"template-signer-{index + 1}@example.com",
                "signing_points": [
                    {"page_no": 2, "start_x": start_x, "start_y": start_y, "end_x": end_x, "end_y": end_y}
                ],
            }
        )
    return {
        "template_id": template_id,
        "name": name,
        "documents": [{"id": "d0", "document_name": "sample-contract.pdf"}],
        "signers": signers,
    }
