from __future__ import annotations

import dataclasses

import pytest

from esign_desktop.domain.geometry import PageRect
from esign_desktop.domain.model import Field, FieldKind, Party, PartyRole, ProviderKind
from esign_desktop.storage.layouts import Layout, LayoutStore
from esign_desktop.storage.sql import SqlDatabase


@pytest.fixture
def layouts(any_database: SqlDatabase) -> LayoutStore:
    return LayoutStore(any_database)


def _layout(name: str, provider: ProviderKind = ProviderKind.GMOSIGN) -> Layout:
    return Layout(
        name=name,
        provider=provider,
        parties=(
            Party(id="role-1", role=PartyRole.SIGNER, order=1),
            Party(id="role-2", role=PartyRole.APPROVER),
        ),
        fields=(
            Field(
                id="f1",
                kind=FieldKind.SIGNATURE,
                document=0,
                page=2,
                rect=PageRect(0.1, 0.2, 0.4, 0.3),
                party_id="role-1",
            ),
            Field(
                id="f2",
                kind=FieldKind.DATE,
                document=0,
                page=2,
                rect=PageRect(0.5, 0.2, 0.7, 0.25),
                party_id="role-1",
            ),
        ),
    )


def test_save_load_list_delete(layouts: LayoutStore) -> None:
    nda = _layout("NDA")
    layouts.save(nda)
    layouts.save(_layout("lease"))
    layouts.save(_layout("NDA", ProviderKind.ASSENTLY))
    assert layouts.load(ProviderKind.GMOSIGN, "NDA") == nda
    assert layouts.load(ProviderKind.GMOSIGN, "missing") is None
    assert [(s.name, s.provider) for s in layouts.list(ProviderKind.GMOSIGN)] == [
        ("lease", ProviderKind.GMOSIGN),
        ("NDA", ProviderKind.GMOSIGN),
    ]
    assert len(layouts.list()) == 3
    assert layouts.delete(ProviderKind.GMOSIGN, "NDA") is True
    assert layouts.delete(ProviderKind.GMOSIGN, "NDA") is False
    assert layouts.load(ProviderKind.ASSENTLY, "NDA") is not None


def test_saving_under_the_same_name_replaces(layouts: LayoutStore) -> None:
    layouts.save(_layout("NDA"))
    smaller = dataclasses.replace(_layout("NDA"), fields=())
    layouts.save(smaller)
    assert layouts.load(ProviderKind.GMOSIGN, "NDA") == smaller
    assert len(layouts.list()) == 1


def test_a_layout_needs_a_name(layouts: LayoutStore) -> None:
    with pytest.raises(ValueError, match="name"):
        layouts.save(_layout("  "))
