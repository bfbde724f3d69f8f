"""Layouts: save where the fields go and which roles fill them, then place them again on the same form.

A layout keeps the fields (kind, page, rectangle, properties) and one role template per party (role, signing
order, affiliation, sign type, group, may delegate) but nothing personal: no names, contact details, access
codes or sender-filled values. Applying it maps each role template onto an existing party of the same role
(the first template by signing order onto the first such party, and so on) or creates a new party, then places
the fields on pages that exist and reports the ones that do not fit.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from esign_desktop.domain.model import Envelope, Field, Party, PartyRole, new_id, utc_now
from esign_desktop.storage import error_templates as templates
from esign_desktop.storage.errors import NotFoundError
from esign_desktop.storage.layouts import Layout, LayoutStore


@dataclass(frozen=True, slots=True)
class LayoutApplication:
    """The envelope with the layout applied, and what did and did not fit."""

    envelope: Envelope
    placed: tuple[Field, ...]  # as added to the envelope (new ids, real party ids)
    not_placed: tuple[Field, ...]  # as stored in the layout: their document or page does not exist here
    created_parties: tuple[Party, ...]
    party_for_template: dict[str, str]  # layout role id -> envelope party id


def layout_from_envelope(name: str, envelope: Envelope) -> Layout:
    """The envelope's fields and party roles as a layout called `name` (nothing personal is kept)."""
    if not name.strip():
        raise ValueError("a layout needs a name")
    template_ids = {party.id: f"role-{number}" for number, party in enumerate(envelope.parties, 1)}
    templates = tuple(_role_template(party, template_ids[party.id]) for party in envelope.parties)
    fields = tuple(
        dataclasses.replace(
            field, id=f"field-{number}", party_id=template_ids.get(field.party_id, ""), value=""
        )
        for number, field in enumerate(envelope.fields, 1)
    )
    return Layout(
        name=name.strip(), provider=envelope.provider, fields=fields, parties=templates, updated_at=utc_now()
    )


def apply_layout(
    envelope: Envelope, layout: Layout, *, target_documents: Sequence[int] | None = None
) -> LayoutApplication:
    """Add the layout's fields and roles to `envelope`.

    `target_documents[i]` is the envelope document that takes the layout's document `i`; by default document
    `i` takes document `i`. The envelope's own fields and parties stay as they are.
    """
    if layout.provider is not envelope.provider:
        raise ValueError(
            f"the layout “{layout.name}” was made for {layout.provider.label}, not {envelope.provider.label}"
        )
    targets = list(range(len(envelope.documents))) if target_documents is None else list(target_documents)
    party_for_template, created = _map_roles(envelope.parties, layout.parties)
    placed: list[Field] = []
    not_placed: list[Field] = []
    for field in layout.fields:
        target = targets[field.document] if 0 <= field.document < len(targets) else -1
        if not 0 <= target < len(envelope.documents) or not (
            1 <= field.page <= envelope.documents[target].page_count
        ):
            not_placed.append(field)
            continue
        placed.append(
            dataclasses.replace(
                field, id=new_id(), document=target, party_id=party_for_template.get(field.party_id, "")
            )
        )
    result = dataclasses.replace(
        envelope, parties=(*envelope.parties, *created), fields=(*envelope.fields, *placed)
    )
    return LayoutApplication(
        envelope=result,
        placed=tuple(placed),
        not_placed=tuple(not_placed),
        created_parties=created,
        party_for_template=party_for_template,
    )


def save_layout(store: LayoutStore, name: str, envelope: Envelope) -> Layout:
    """Save the envelope's layout under `name` for its provider (replacing one of the same name)."""
    layout = layout_from_envelope(name, envelope)
    store.save(layout)
    return layout


def apply_saved_layout(
    store: LayoutStore, name: str, envelope: Envelope, *, target_documents: Sequence[int] | None = None
) -> LayoutApplication:
    """Load the provider's layout called `name` and apply it; NotFoundError if it no longer exists."""
    layout = store.load(envelope.provider, name)
    if layout is None:
        raise NotFoundError(templates.LAYOUT_NOT_FOUND, name, envelope.provider.label)
    return apply_layout(envelope, layout, target_documents=target_documents)


def _role_template(party: Party, template_id: str) -> Party:
    return Party(
        id=template_id,
        role=party.role,
        affiliation=party.affiliation,
        order=party.order,
        sign_type=party.sign_type,
        may_delegate=party.may_delegate,
        any_one_of_group=party.any_one_of_group,
    )


def _map_roles(
    existing: Sequence[Party], templates: Sequence[Party]
) -> tuple[dict[str, str], tuple[Party, ...]]:
    mapping: dict[str, str] = {}
    created: dict[str, Party] = {}
    for role in PartyRole:
        available = _by_signing_order([p for p in existing if p.role is role])
        for position, template in enumerate(_by_signing_order([t for t in templates if t.role is role])):
            if position < len(available):
                mapping[template.id] = available[position].id
            else:
                party = dataclasses.replace(template, id=new_id())
                created[template.id] = party
                mapping[template.id] = party.id
    return mapping, tuple(created[t.id] for t in templates if t.id in created)


def _by_signing_order(parties: list[Party]) -> list[Party]:
    return sorted(parties, key=lambda party: party.order)  # stable: equal orders keep their list order
