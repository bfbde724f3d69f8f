"""Parse a multipart/form-data body with the standard library (the sandbox needs no python-multipart)."""

from __future__ import annotations

from dataclasses import dataclass
from email.message import Message
from email.parser import BytesParser
from email.policy import HTTP


@dataclass(frozen=True, slots=True)
class FormPart:
    name: str
    filename: str | None
    data: bytes


def parse_form_data(content_type: str, body: bytes) -> dict[str, FormPart]:
    """Name -> part; raise ValueError if the body is not multipart/form-data."""
    if not content_type.lower().startswith("multipart/form-data"):
        raise ValueError("not multipart/form-data")
    message = BytesParser(policy=HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\nMIME-Version: 1.0\r\n\r\n" + body
    )
    if not message.is_multipart():
        raise ValueError("the multipart body could not be parsed")
    parts: dict[str, FormPart] = {}
    for part in message.iter_parts():
        assert isinstance(part, Message)
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        filename = part.get_filename()
        payload = part.get_payload(decode=True)
        parts[name] = FormPart(
            name=name, filename=filename, data=payload if isinstance(payload, bytes) else b""
        )
    return parts
