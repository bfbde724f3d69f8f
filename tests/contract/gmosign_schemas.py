"""GMO Sign connector shapes, transcribed from shared/reference/gmosign/apiDefinition.swagger.json (v3.0).

Responses are closed (additionalProperties false): the swagger is the whole contract. Request schemas check
the bodies the tests send, so a test cannot pass by sending something the real service would not accept.
"""

from __future__ import annotations

from typing import Any

STRING = {"type": "string"}
INTEGER = {"type": "integer"}


def closed(properties: dict[str, Any], required: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        "type": "object",
        "additionalProperties": False,
        "properties": properties,
        "required": list(required),
    }


def point(prefix: str, **extra: Any) -> dict[str, Any]:
    axes = {f"{prefix}_{axis}": INTEGER for axis in ("start_x", "start_y", "end_x", "end_y")}
    return closed({**axes, "page_no": INTEGER, **extra})


FONT_SIZE = {
    "type": "string",
    "enum": [
        "7.5",
        "8",
        "9",
        "10",
        "10.5",
        "11",
        "12",
        "14",
        "16",
        "18",
        "20",
        "22",
        "24",
        "26",
        "28",
        "32",
        "36",
        "48",
        "72",
    ],
}
YES_NO = {"type": "integer", "enum": [1, 2]}
LANGUAGE = {"type": "string", "enum": ["ja", "en"]}

# --- responses -------------------------------------------------------------------------------------------
REGISTER_DOCUMENT_RESPONSE = closed(
    {"status": STRING, "result": STRING, "message": STRING, "document_code": STRING}
)
DOCUMENT = closed({"document_name": STRING, "control_number": STRING})
REQUEST_SIGNATURE_RESPONSE = closed(
    {
        "status": STRING,
        "result": STRING,
        "message": STRING,
        "envelope_xid": STRING,
        "document_list": {"type": "array", "items": DOCUMENT},
    }
)
RES_SIGNER = closed(
    {
        "order_no": STRING,
        "name": STRING,
        "organize_name": STRING,
        "email": STRING,
        "phone_number": STRING,
        "envelope_signer_id": STRING,
        "envelope_sign_token": STRING,
        "sign_status": STRING,
    }
)
SEND_ENVELOPE_RESPONSE = closed(
    {
        "envelope_xid": STRING,
        "envelope_status": STRING,
        "document_list": {"type": "array", "items": DOCUMENT},
        "signer_list": {"type": "array", "items": RES_SIGNER},
    }
)
CONNECT_CREATED = closed(
    {
        "cus_id": STRING,
        "connect_id": STRING,
        "envelopeEvents": STRING,
        "urlToPublishTo": STRING,
        "created_at": STRING,
        "updated_at": STRING,
    }
)
CONNECT_DELETED = closed(
    {
        "cus_id": STRING,
        "connect_id": STRING,
        "connectionName": STRING,
        "envelopeEvents": STRING,
        "urlToPublishTo": STRING,
        "created_at": STRING,
        "updated_at": STRING,
    }
)
GET_DOCUMENTS_RESPONSE = closed({"downloadedDocument": STRING}, ("downloadedDocument",))
WEBHOOK_ENVELOPE = closed(
    {
        "document_list": {"type": "array", "items": closed({"documentId": STRING, "document_name": STRING})},
        "envelope_name": STRING,
        "envelope_xid": STRING,
    }
)
# The sandbox's documented error shape (GMO publishes none).
ERROR = closed(
    {"status": {"type": "string", "enum": ["error"]}, "result": STRING, "message": STRING},
    ("status", "result", "message"),
)

# --- requests --------------------------------------------------------------------------------------------
SIGNER_DOCUMENTS = closed(
    {
        "signer_no": STRING,
        "document_code": STRING,
        "request_type": {"type": "string", "enum": ["1", "2", "3"]},
        "is_document_attached_file": YES_NO,
        "signing_points": {"type": "array", "items": point("signing_point")},
        "free_text_point": {
            "type": "array",
            "items": point(
                "free_text_point",
                tag=STRING,
                is_required=STRING,
                font_size=FONT_SIZE,
                placeholder_text=STRING,
            ),
        },
        "date_text_point": {
            "type": "array",
            "items": point(
                "date_text_point",
                tag=STRING,
                is_required=STRING,
                font_size=FONT_SIZE,
                placeholder_text=STRING,
            ),
        },
        "check_box_point": {
            "type": "array",
            "items": point(
                "check_box_point", tag=STRING, check_box_type={"type": "string", "enum": ["1", "2", "3"]}
            ),
        },
    }
)
REQUEST_SIGNATURE_REQUEST = closed(
    {
        "envelope_name": STRING,
        "sender_name": STRING,
        "sender_post_name": STRING,
        "is_compilation_mail": YES_NO,
        "is_web_hook": YES_NO,
        "bounced_note_mail": STRING,
        "document_list": {
            "type": "array",
            "items": closed(
                {
                    "document_code": STRING,
                    "document_name": STRING,
                    "fill_text_point": {
                        "type": "array",
                        "items": point("fill_text_point", font_size=FONT_SIZE, fill_text=STRING),
                    },
                    "date_text_point": {
                        "type": "array",
                        "items": point("date_text_point", font_size=FONT_SIZE, date_text=STRING),
                    },
                    "check_box_point": {
                        "type": "array",
                        "items": point(
                            "check_box_point", check_box_type={"type": "string", "enum": ["1", "2", "3"]}
                        ),
                    },
                },
                ("document_code", "document_name"),
            ),
        },
        "our_signer_list": {"type": "array", "items": {"type": "object"}},
        "in_house_signer_envelope_documents_list": {"type": "array", "items": SIGNER_DOCUMENTS},
        "partner_signer_list": {"type": "array", "items": {"type": "object"}},
        "partner_signer_document_list": {"type": "array", "items": SIGNER_DOCUMENTS},
        "folder_list": {"type": "array", "items": closed({"folder_id": INTEGER})},
        "approver_list": {
            "type": "array",
            "items": closed({"order_no": INTEGER, "name": STRING, "post_name": STRING, "email": STRING}),
        },
        "workflow_comment": STRING,
        "not_signer_list": {"type": "array", "items": {"type": "object"}},
        "is_detailed_response": INTEGER,
    },
    ("envelope_name", "document_list", "is_detailed_response"),
)
TEMPLATE_SIGN_REQUEST = closed(
    {
        "envelope_name": STRING,
        "sender_name": STRING,
        "sender_post_name": STRING,
        "is_compliation_mail": YES_NO,
        "is_web_hook": YES_NO,
        "bounced_note_mail": STRING,
        "approver_list": {
            "type": "array",
            "items": closed({"order_no": STRING, "name": STRING, "post_name": STRING, "email": STRING}),
        },
        "work_flow_comment": STRING,
        "signer_list": {
            "type": "array",
            "items": {"type": "object", "required": ["signer_type", "sign_type"]},
        },
        "not_signer_list": {"type": "array", "items": {"type": "object"}},
        "inset_item_list": {"type": "array", "items": closed({"name": STRING, "value": STRING})},
    },
    ("envelope_name", "signer_list", "is_web_hook"),
)
CONNECT_REQUEST = closed(
    {"name": STRING, "urlToPublishTo": STRING, "envelopeEvents": STRING},
    ("name", "urlToPublishTo", "envelopeEvents"),
)

# swagger definition name -> the schema here that transcribes it (checked by test_contract_schemas.py)
SWAGGER_DEFINITIONS = {
    "RegisterDocumentResponse": REGISTER_DOCUMENT_RESPONSE,
    "RequestSignatureResponse": REQUEST_SIGNATURE_RESPONSE,
    "SendEnvelopeResponse": SEND_ENVELOPE_RESPONSE,
    "resSigner": RES_SIGNER,
    "document": DOCUMENT,
    "GetDocumentsResponse": GET_DOCUMENTS_RESPONSE,
    "WebhookEnvelopeResponse": WEBHOOK_ENVELOPE,
    "RequestSignatureRequest": REQUEST_SIGNATURE_REQUEST,
    "TemplateSignRequest": TEMPLATE_SIGN_REQUEST,
    "WebhookRequest": CONNECT_REQUEST,
    "InHouseSignerListDocuments": SIGNER_DOCUMENTS,
}
