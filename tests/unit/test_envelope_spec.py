"""The JSON envelope format: read with real PDFs, every problem named, and written back losslessly."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from esign_desktop.domain.geometry import PageRect
from esign_desktop.domain.model import Affiliation, FieldKind, PartyRole, ProviderKind
from esign_desktop.services.envelope_spec import SpecError, envelope_from_spec, read_spec, spec_from_envelope
from esign_desktop.services.envelope_spec import preflight_document as load
from tests.pdf_factory import PageSpec, make_encrypted_pdf, make_pdf


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    make_pdf(tmp_path / "nda.pdf", [PageSpec(), PageSpec(rotate=90)])
    return tmp_path


def spec(**overrides: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "name": "NDA",
        "documents": [{"path": "nda.pdf"}],
        "parties": [
            {"id": "p1", "role": "signer", "name": "Aiko Tanaka", "email": "aiko@example.com", "order": 1}
        ],
        "fields": [{"document": 0, "page": 2, "kind": "signature", "party": "p1", "rect": [40, 88, 10, 80]}],
    }
    base.update(overrides)
    return base


def test_the_documented_example_becomes_an_envelope(folder: Path) -> None:
    path = folder / "nda.json"
    path.write_text(json.dumps(spec()), encoding="utf-8")
    envelope = read_spec(path, ProviderKind.GMOSIGN)
    assert envelope.name == "NDA"
    assert envelope.documents[0].page_count == 2
    assert envelope.documents[0].pages[1].width == pytest.approx(842, abs=1)  # rotated A4 shows landscape
    (party,) = envelope.parties
    assert (party.role, party.affiliation, party.order) == (PartyRole.SIGNER, Affiliation.EXTERNAL, 1)
    (field,) = envelope.fields
    assert field.kind is FieldKind.SIGNATURE
    assert field.party_id == "p1"
    assert field.rect == PageRect(0.10, 0.80, 0.40, 0.88)  # corners in any order


@pytest.mark.parametrize(
    ("overrides", "problem"),
    [
        ({"name": " "}, "name: must not be empty"),
        ({"documents": [{"path": "missing.pdf"}]}, "missing.pdf does not exist"),
        (
            {"fields": [{"document": 0, "page": 3, "kind": "date", "party": "p1", "rect": [1, 1, 2, 2]}]},
            "fields[0].page: page 3 is out of range (the document has 2 pages)",
        ),
        (
            {"fields": [{"document": 0, "page": 1, "kind": "date", "party": "p9", "rect": [1, 1, 2, 2]}]},
            "fields[0].party: unknown party “p9”",
        ),
        (
            {"fields": [{"document": 0, "page": 1, "kind": "stamp", "party": "p1", "rect": [1, 1, 2, 2]}]},
            "fields[0].kind: “kind” is one of signature, date, text, checkbox",
        ),
        (
            {"fields": [{"document": 0, "page": 1, "kind": "text", "party": "p1", "rect": [1, 1, 101, 2]}]},
            "fields[0].rect[2]: must be at most 100",
        ),
        (
            {"parties": [{"id": "p1", "role": "boss"}]},
            "parties[0].role: “role” is one of signer, approver, recipient",
        ),
    ],
)
def test_bad_input_is_refused_with_the_problem_named(
    folder: Path, overrides: dict[str, Any], problem: str
) -> None:
    with pytest.raises(SpecError) as caught:
        envelope_from_spec(spec(**overrides), ProviderKind.ASSENTLY, folder, load)
    assert any(problem in p for p in caught.value.problems), caught.value.problems


def test_an_unreadable_pdf_is_refused_with_the_preflight_message(folder: Path) -> None:
    make_encrypted_pdf(folder / "locked.pdf")
    with pytest.raises(SpecError) as caught:
        envelope_from_spec(spec(documents=[{"path": "locked.pdf"}]), ProviderKind.ASSENTLY, folder, load)
    assert "password" in caught.value.problems[0].lower()


def test_not_json_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text("{name: NDA", encoding="utf-8")
    with pytest.raises(SpecError, match="not a readable JSON file"):
        read_spec(path, ProviderKind.ASSENTLY)


def test_written_spec_reads_back_to_the_same_envelope(folder: Path) -> None:
    original = envelope_from_spec(spec(), ProviderKind.GMOSIGN, folder, load)
    written = spec_from_envelope(original, folder)
    again = envelope_from_spec(json.loads(json.dumps(written)), ProviderKind.GMOSIGN, folder, load)
    assert again.parties == original.parties
    assert [(f.kind, f.page, f.party_id) for f in again.fields] == [
        (f.kind, f.page, f.party_id) for f in original.fields
    ]
    for a, b in zip(again.fields, original.fields, strict=True):
        assert (a.rect.x0, a.rect.y0, a.rect.x1, a.rect.y1) == pytest.approx(
            (b.rect.x0, b.rect.y0, b.rect.x1, b.rect.y1), abs=1e-6
        )
    assert written["documents"] == [{"path": "nda.pdf"}]


# -- issue 17, finding 1: strict input, every refusal named by its JSON path ---------------------------------


def _field(**overrides: Any) -> dict[str, Any]:
    return {"document": 0, "page": 1, "kind": "text", "party": "p1", "rect": [1, 1, 5, 5], **overrides}


@pytest.mark.parametrize(
    ("overrides", "problem"),
    [
        # null was read as the group "None": one signature completed a two-signer envelope
        (
            {"parties": [{"id": "p1", "any_one_of_group": None}, {"id": "p2", "any_one_of_group": None}]},
            "parties[0].any_one_of_group: must be text (found null)",
        ),
        ({"fields": [_field(page=True)]}, "fields[0].page: must be a whole number (found true/false)"),
        (
            {"fields": [_field(document=False)]},
            "fields[0].document: must be a whole number (found true/false)",
        ),
        ({"fields": [_field(required="false")]}, "fields[0].required: must be true or false (found text)"),
        ({"fields": [_field(checkbox_default="no")]}, "fields[0].checkbox_default: must be true or false"),
        ({"parties": [{"id": "p1", "may_delegate": "no"}]}, "parties[0].may_delegate: must be true or false"),
        ({"fields": [_field(label=12)]}, "fields[0].label: must be text (found a number)"),
        ({"fields": [_field(value=None)]}, "fields[0].value: must be text (found null)"),
        ({"parties": [{"id": "p1", "email": ["a@x"]}]}, "parties[0].email: must be text (found a list)"),
        ({"fields": [_field(font_size=1000)]}, "fields[0].font_size: must be at most 96"),
        ({"fields": [_field(font_size=0)]}, "fields[0].font_size: must be at least 4"),
        ({"fields": [_field(font_size="12")]}, "fields[0].font_size: must be a number (found text)"),
        ({"fields": [_field(party=["p1"])]}, "fields[0].party: must be text (found a list)"),
        ({"fields": [_field(party={"id": "p1"})]}, "fields[0].party: must be text (found an object)"),
        ({"name": "\ud800"}, "name: contains an invalid character (a lone UTF-16 surrogate)"),
        ({"expire_after_days": 10**40}, "expire_after_days: must be at most 3650"),
        ({"parties": [{"id": "p1", "order": 10**30}]}, "parties[0].order: must be at most 1000"),
        ({"fields": [_field(page=10**30)]}, "fields[0].page: must be at most 1000000"),
        (
            {"fields": [_field(rect=[1, 1, 5, True])]},
            "fields[0].rect[3]: must be a number (found true/false)",
        ),
        ({"parties": [{"id": "p1", "requried": True}]}, "parties[0].requried: is not a known key"),
        ({"metadata": {"k": 1}}, "metadata.k: must be text (found a number)"),
        ({"documents": []}, "documents: must have at least 1 item(s)"),
    ],
)
def test_finding_1_wrong_accepts_are_refused_with_their_json_path(
    folder: Path, overrides: dict[str, Any], problem: str
) -> None:
    with pytest.raises(SpecError) as caught:
        envelope_from_spec(spec(**overrides), ProviderKind.ASSENTLY, folder, load)
    assert any(p.startswith(problem) for p in caught.value.problems), caught.value.problems


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"name": ' + "9" * 5000 + "}", "a number is too long"),
        ('{"name": "a", "name": "b"}', "the key “name” appears twice"),
        ('{"expire_after_days": NaN}', "expire_after_days: must be a whole number"),
        ('{"fields": [{"font_size": Infinity}]}', "fields[0].font_size: must be a finite number"),
        ('{"name": "\\ud800"}', "name: contains an invalid character"),
        ("[1, 2]", "$: the spec must be a JSON object"),
    ],
)
def test_finding_1_hostile_json_is_refused_not_a_traceback(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "hostile.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SpecError) as caught:
        read_spec(path, ProviderKind.ASSENTLY)
    assert any(problem in p for p in caught.value.problems), caught.value.problems


def test_a_group_of_two_stays_a_group_of_two(folder: Path) -> None:
    group = [{"id": "p1", "any_one_of_group": "board"}, {"id": "p2", "any_one_of_group": "board"}]
    envelope = envelope_from_spec(spec(parties=group, fields=[]), ProviderKind.ASSENTLY, folder, load)
    assert [p.any_one_of_group for p in envelope.parties] == ["board", "board"]
    alone = envelope_from_spec(
        spec(parties=[{"id": "p1"}, {"id": "p2"}], fields=[]), ProviderKind.ASSENTLY, folder, load
    )
    assert [p.any_one_of_group for p in alone.parties] == ["", ""]
