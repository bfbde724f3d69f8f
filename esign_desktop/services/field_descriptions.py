"""Short words for one field ("Signature field for Anna on page 3"), for lists that need attention."""

from __future__ import annotations

from esign_desktop.domain.model import Envelope, Field


def describe_field(field: Field, envelope: Envelope) -> str:
    """Name the field by kind, owner, page and (when the envelope has several) document."""
    text = f"{field.kind.value.capitalize()} field"
    if field.label:
        text += f" “{field.label}”"
    party = envelope.party(field.party_id) if field.party_id else None
    if party is not None:
        text += f" for {party.display_name}"
    text += f" on page {field.page}"
    if len(envelope.documents) > 1 and 0 <= field.document < len(envelope.documents):
        text += f" of “{envelope.documents[field.document].file_name}”"
    return text
