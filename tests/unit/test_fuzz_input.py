"""Issue 17, done-when: property-based fuzz of the envelope format and of stored rows.

Specs: a valid spec with one part replaced by any JSON value, a key removed or an unknown key added, and raw
text. The parser must accept exactly what an independent reading of docs/envelope-format.md accepts (0 wrong
accepts), refuse the rest with every problem starting with its JSON path, never raise anything else (0
tracebacks), and what it accepts must store and read back unchanged. Through the CLI: exit 2, the path on
stderr. Stored rows: any mutation of a cached envelope's JSON is read back as a valid envelope or set aside,
and the other rows still read.

Sizes: `FUZZ_EXAMPLES` (default 120 per property, for `make test`); the figures in docs/reliability.md come
from `FUZZ_EXAMPLES=3000 pytest tests/unit/test_fuzz_input.py -s`.
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import math
import os
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from esign_desktop import cli
from esign_desktop.domain.model import Document, Envelope, PageInfo, ProviderKind, new_id
from esign_desktop.services.envelope_spec import SpecError, envelope_from_spec, read_spec
from esign_desktop.storage.codec import envelope_from_json, envelope_to_json
from esign_desktop.storage.local_store import LocalStore
from esign_desktop.storage.paths import AppPaths

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "120"))
TIMEOUT = pytest.mark.timeout(max(300, EXAMPLES // 3))  # bigger runs for the docs' figures take longer
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.function_scoped_fixture,
        HealthCheck.data_too_large,
    ],
)
PAGES = 3
TALLY: Counter[str] = Counter()
_STEP = r'(?:\.[A-Za-z_][A-Za-z0-9_]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])'
_FIRST = r'(?:[A-Za-z_][A-Za-z0-9_]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])'
PATH_START = re.compile(r"^(?:\$|" + _FIRST + _STEP + r"*): ")

BASE: dict[str, Any] = {
    "version": 1,
    "name": "NDA",
    "message": "Please sign",
    "expire_after_days": 30,
    "metadata": {"case": "42"},
    "documents": [{"path": "nda.pdf"}],
    "parties": [
        {"id": "p1", "role": "signer", "name": "Aiko", "email": "aiko@example.com", "order": 1,
         "any_one_of_group": "board", "may_delegate": False},
        {"id": "p2", "role": "signer", "name": "Ben", "email": "ben@example.com", "order": 1,
         "any_one_of_group": "board"},
    ],
    "fields": [
        {"document": 0, "page": 1, "kind": "signature", "party": "p1", "rect": [10, 80, 40, 88]},
        {"document": 0, "page": 2, "kind": "text", "party": "", "rect": [5, 5, 30, 9], "required": False,
         "label": "Ref", "placeholder": "", "font_size": 10.5, "checkbox_default": False, "value": "A-1"},
    ],
}  # fmt: skip

# -- an independent reading of docs/envelope-format.md -------------------------------------------------------

_TOP = {"version", "name", "message", "expire_after_days", "metadata", "documents", "parties", "fields"}
_PARTY_TEXT = {"name", "email", "phone", "organisation", "sign_type", "access_code", "language",
               "any_one_of_group", "attendant_email"}  # fmt: skip
_PARTY = {"id", "role", "affiliation", "order", "may_delegate"} | _PARTY_TEXT
_FIELD_TEXT = {"party", "label", "placeholder", "value"}
_FIELD = {"document", "page", "kind", "rect", "required", "font_size", "checkbox_default"} | _FIELD_TEXT


def _text(value: object, *, non_empty: bool = False) -> bool:
    if not isinstance(value, str) or len(value) > 10_000 or "\x00" in value:
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return bool(value.strip()) if non_empty else True


def _whole(value: object, low: int, high: int) -> bool:
    return type(value) is int and low <= value <= high


def _number(value: object, low: float, high: float) -> bool:
    if type(value) not in (int, float):
        return False
    try:
        number = float(value)  # type: ignore[arg-type]
    except OverflowError:
        return False
    return math.isfinite(number) and low <= number <= high


def _one_of(value: object, *words: str) -> bool:
    return isinstance(value, str) and value in words


def _flag(value: object) -> bool:
    return type(value) is bool


def documented_ok(spec: object) -> bool:  # one rule a line, as the page lists them
    if not isinstance(spec, dict) or not set(spec) <= _TOP:
        return False
    if "version" in spec and not _whole(spec["version"], 1, 1):
        return False
    if not _text(spec.get("name"), non_empty=True) or not _text(spec.get("message", "")):
        return False
    if not _whole(spec.get("expire_after_days", 30), 1, 3650):
        return False
    metadata = spec.get("metadata", {})
    if not isinstance(metadata, dict) or len(metadata) > 100:
        return False
    if not all(_text(k) and _text(v) for k, v in metadata.items()):
        return False
    documents = spec.get("documents")
    if not isinstance(documents, list) or len(documents) != 1:  # the fuzz spec has one real file
        return False
    if not isinstance(documents[0], dict) or documents[0] != {"path": "nda.pdf"}:
        return False
    parties = spec.get("parties")
    if not isinstance(parties, list) or not 1 <= len(parties) <= 500:
        return False
    ids: list[str] = []
    for party in parties:
        if not isinstance(party, dict) or not set(party) <= _PARTY:
            return False
        if not _text(party.get("id"), non_empty=True) or party["id"] in ids:
            return False
        ids.append(party["id"])
        if not _one_of(party.get("role", "signer"), "signer", "approver", "recipient"):
            return False
        if not _one_of(party.get("affiliation", "external"), "external", "in_house"):
            return False
        if not _whole(party.get("order", 1), 1, 1000) or not _flag(party.get("may_delegate", False)):
            return False
        if not all(_text(party.get(key, "")) for key in _PARTY_TEXT):
            return False
    fields = spec.get("fields", [])
    if not isinstance(fields, list):
        return False
    for field in fields:
        if not isinstance(field, dict) or not set(field) <= _FIELD:
            return False
        if not _one_of(field.get("kind"), "signature", "date", "text", "checkbox"):
            return False
        if not _whole(field.get("document", 0), 0, 0) or not _whole(field.get("page"), 1, PAGES):
            return False
        if not all(_text(field.get(key, "")) for key in _FIELD_TEXT):
            return False
        if field.get("party", "") and (not isinstance(field["party"], str) or field["party"] not in ids):
            return False
        if not _flag(field.get("required", True)) or not _flag(field.get("checkbox_default", False)):
            return False
        if not _number(field.get("font_size", 10.5), 4, 96):
            return False
        rect = field.get("rect")
        if not isinstance(rect, list) or len(rect) != 4 or not all(_number(v, 0, 100) for v in rect):
            return False
        if rect[0] == rect[2] or rect[1] == rect[3]:
            return False
    return True


# -- strategies ---------------------------------------------------------------------------------------------

TEXT = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["", " ", "\ud800", "a\x00b", "None", "false", "no", "0", "1", "p1", "signer", "1e999",
                     "=cmd", "\u202e", "x" * 10_001]),
)  # fmt: skip
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.sampled_from([0, 1, 2, 3, 4, 96, 97, 100, 101, -1, 3650, 3651, 10**400]),
    st.floats(allow_nan=True, allow_infinity=True),
    TEXT,
)
JSON_VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=5), st.dictionaries(TEXT, inner, max_size=4)),
    max_leaves=12,
)


def _locations(value: object, here: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield here
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _locations(inner, (*here, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _locations(inner, (*here, index))


def _same_type(value: object) -> st.SearchStrategy[Any]:
    if isinstance(value, bool):
        return st.booleans()
    if isinstance(value, int):
        return st.one_of(
            st.integers(-3, 4000), st.sampled_from([0, 1, 2, 3, 4, 100, 101, 1000, 1001, 3650, 3651])
        )
    if isinstance(value, float):
        return st.one_of(st.floats(-10, 200), st.sampled_from([0.0, 3.99, 4.0, 96.0, 96.01, 100.0, 100.5]))
    if isinstance(value, str):
        return st.one_of(
            TEXT,
            st.sampled_from(
                [
                    "signer",
                    "approver",
                    "recipient",
                    "in_house",
                    "external",
                    "text",
                    "date",
                    "checkbox",
                    "signature",
                    "p1",
                    "p2",
                    "nda.pdf",
                ]
            ),
        )
    return JSON_VALUES


def _mutated(data: st.DataObject) -> dict[str, Any]:
    spec = copy.deepcopy(BASE)
    locations = [loc for loc in _locations(spec) if loc]
    for _ in range(data.draw(st.integers(1, 2), label="mutations")):
        locations = [loc for loc in _locations(spec) if loc]
        where = data.draw(st.sampled_from(locations), label="where")
        parent: Any = spec
        for part in where[:-1]:
            parent = parent[part]
        action = data.draw(
            st.sampled_from(["replace", "replace", "replace", "delete", "add"]), label="action"
        )
        if action == "replace":
            parent[where[-1]] = data.draw(JSON_VALUES, label="value")
        elif action == "delete":
            del parent[where[-1]]
        elif isinstance(parent, dict):
            parent[data.draw(TEXT, label="key")] = data.draw(JSON_VALUES, label="value")
        else:
            parent.append(data.draw(JSON_VALUES, label="value"))
    return spec


VALID_TEXT = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=20)
COORD = st.one_of(st.integers(0, 100), st.floats(0, 100, allow_nan=False))


@st.composite
def valid_specs(draw: st.DrawFn) -> dict[str, Any]:
    """Specs built by the format page's rules (the parser must accept every one the oracle accepts)."""
    ids = draw(st.lists(VALID_TEXT.filter(lambda t: bool(t.strip())), min_size=1, max_size=4, unique=True))
    parties = []
    for party_id in ids:
        party: dict[str, Any] = {"id": party_id}
        optional = {
            "role": st.sampled_from(["signer", "approver", "recipient"]),
            "affiliation": st.sampled_from(["external", "in_house"]),
            "order": st.integers(1, 1000),
            "may_delegate": st.booleans(),
            "any_one_of_group": VALID_TEXT,
            "name": VALID_TEXT,
            "email": VALID_TEXT,
            "sign_type": VALID_TEXT,
        }
        for key, strategy in optional.items():
            if draw(st.booleans()):
                party[key] = draw(strategy)
        parties.append(party)
    fields = []
    for _ in range(draw(st.integers(0, 4))):
        x1, x2 = draw(st.lists(COORD, min_size=2, max_size=2, unique=True))
        y1, y2 = draw(st.lists(COORD, min_size=2, max_size=2, unique=True))
        field: dict[str, Any] = {
            "page": draw(st.integers(1, PAGES)),
            "kind": draw(st.sampled_from(["signature", "date", "text", "checkbox"])),
            "rect": [x1, y1, x2, y2],
            "party": draw(st.sampled_from(["", *ids])),
        }
        optional = {
            "document": st.just(0),
            "required": st.booleans(),
            "label": VALID_TEXT,
            "font_size": st.one_of(st.integers(4, 96), st.floats(4, 96)),
            "checkbox_default": st.booleans(),
            "value": VALID_TEXT,
        }
        for key, strategy in optional.items():
            if draw(st.booleans()):
                field[key] = draw(strategy)
        fields.append(field)
    spec: dict[str, Any] = {
        "name": draw(VALID_TEXT.filter(lambda t: bool(t.strip()))),
        "documents": [{"path": "nda.pdf"}],
        "parties": parties,
        "fields": fields,
    }
    if draw(st.booleans()):
        spec["metadata"] = draw(st.dictionaries(VALID_TEXT, VALID_TEXT, max_size=3))
    if draw(st.booleans()):
        spec["expire_after_days"] = draw(st.integers(1, 3650))
    return spec


def _fake_document(path: Path) -> Document:
    return Document(
        id=new_id(), file_name=path.name, sha512="0" * 128, size=1, pages=(PageInfo(595, 842),) * PAGES,
        path=str(path),
    )  # fmt: skip


@pytest.fixture(scope="module")
def spec_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("specs")
    (folder / "nda.pdf").write_bytes(b"%PDF-1.7\n")
    return folder


@pytest.fixture(scope="module", autouse=True)
def report_tally() -> Iterator[None]:
    yield
    if TALLY:
        for always in ("wrong accepts", "wrong refusals", "tracebacks"):
            TALLY[always] += 0
        print("\nfuzz tally:", json.dumps(dict(sorted(TALLY.items()))))  # the figures for the docs


def _check(spec: object, folder: Path) -> None:
    TALLY["specs tried"] += 1
    expected = documented_ok(spec)
    try:
        envelope = envelope_from_spec(spec, ProviderKind.ASSENTLY, folder, _fake_document)
    except SpecError as error:
        refusal: SpecError | None = error
    except Exception:
        TALLY["tracebacks"] += 1
        raise
    else:
        refusal = None
    if refusal is not None:
        TALLY["refused"] += 1
        TALLY["wrong refusals"] += expected
        assert refusal.problems
        assert [p for p in refusal.problems if not PATH_START.match(p)] == []
        assert not expected, (spec, refusal.problems)
        return
    TALLY["accepted"] += 1
    if not expected:
        TALLY["wrong accepts"] += 1
    assert expected, spec
    assert envelope_from_json(envelope_to_json(envelope)) == envelope  # what is accepted can be stored


def test_the_documented_example_is_accepted(spec_folder: Path) -> None:
    assert documented_ok(BASE)
    _check(copy.deepcopy(BASE), spec_folder)


@TIMEOUT
@FUZZ
@given(data=st.data())
def test_mutated_specs_are_accepted_exactly_when_documented(spec_folder: Path, data: st.DataObject) -> None:
    _check(_mutated(data), spec_folder)


@TIMEOUT
@FUZZ
@given(spec=valid_specs())
def test_specs_built_by_the_rules_are_accepted(spec_folder: Path, spec: dict[str, Any]) -> None:
    TALLY["valid specs built"] += 1
    assert documented_ok(spec)
    _check(spec, spec_folder)


@TIMEOUT
@FUZZ
@given(text=st.one_of(st.text(max_size=200), st.binary(max_size=200).map(lambda b: b.decode("latin-1"))))
def test_any_text_is_refused_with_a_message_never_a_traceback(spec_folder: Path, text: str) -> None:
    path = spec_folder / "raw.json"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    TALLY["raw texts tried"] += 1
    with contextlib.suppress(SpecError):
        read_spec(path, ProviderKind.ASSENTLY, _fake_document)


# -- the CLI: exit 2 with the JSON path -------------------------------------------------------------------


@pytest.fixture(scope="module")
def cli_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    home = tmp_path_factory.mktemp("cli-home")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ESIGN_DESKTOP_HOME", str(home))
        with LocalStore.open(AppPaths.under(home)) as store:
            from esign_desktop.storage.accounts import Account, AccountState

            store.accounts.add(
                Account(ProviderKind.ASSENTLY, "Fuzz", "http://127.0.0.1:9", state=AccountState.OK)
            )
        yield home


@TIMEOUT
@settings(FUZZ, max_examples=max(EXAMPLES // 4, 20))
@given(data=st.data())
def test_the_cli_exits_2_with_the_json_path(cli_home: Path, spec_folder: Path, data: st.DataObject) -> None:
    spec = _mutated(data)
    if documented_ok(spec):
        return  # the accepted ones would go on to the network; the parser property covers them
    path = spec_folder / "cli.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    stderr = io.StringIO()
    with pytest.MonkeyPatch.context() as patch, contextlib.redirect_stderr(stderr):
        patch.setenv("ESIGN_DESKTOP_HOME", str(cli_home))
        code = cli.main(["envelopes", "create", str(path), "--account", "Fuzz"])
    TALLY["cli refusals"] += 1
    lines = stderr.getvalue().splitlines()
    assert code == cli.EXIT_BAD_INPUT, lines
    assert "Traceback" not in stderr.getvalue()
    problems = [line.strip() for line in lines[1:]] if lines[:1] == ["esign: the spec was refused:"] else []
    # A refusal of the spec names paths; a spec that parses but cannot be sent names the sending rule.
    assert problems or "cannot be sent" in stderr.getvalue() or "esign: " in stderr.getvalue(), lines
    for problem in problems:
        assert PATH_START.match(problem), problem


# -- stored rows ---------------------------------------------------------------------------------------------


@TIMEOUT
@settings(FUZZ, max_examples=max(EXAMPLES // 2, 30))  # each example opens a database: the slow one
@given(data=st.data())
def test_any_damage_to_a_stored_row_reads_back_valid_or_is_set_aside(
    tmp_path: Path, data: st.DataObject, caplog: pytest.LogCaptureFixture
) -> None:
    home = tmp_path / f"rows-{new_id()[:8]}"
    with LocalStore.open(AppPaths.under(home)) as store:
        from esign_desktop.storage.accounts import Account

        account = store.accounts.add(Account(ProviderKind.GMOSIGN, "Rows", ""))
        good = Envelope(local_id=new_id(), provider=ProviderKind.GMOSIGN, account_id=account.id, name="good")
        victim = Envelope(
            local_id=new_id(), provider=ProviderKind.GMOSIGN, account_id=account.id, name="victim"
        )
        store.envelopes.upsert_many([good, victim])
        plain = json.loads(envelope_to_json(victim))
        where = data.draw(st.sampled_from([loc for loc in _locations(plain) if loc]), label="where")
        parent: Any = plain
        for part in where[:-1]:
            parent = parent[part]
        parent[where[-1]] = data.draw(JSON_VALUES, label="value")
        body = json.dumps(plain)
        if data.draw(st.booleans(), label="raw"):
            body = data.draw(st.one_of(st.text(max_size=50), st.just(body[: len(body) // 2])), label="body")
        with store.database.transaction("fuzz") as connection:
            connection.execute(
                "UPDATE envelope_bodies SET json = ? WHERE local_id = ?", (body, victim.local_id)
            )
        TALLY["stored rows tried"] += 1

        read = {e.local_id: e for e in store.envelopes.all_envelopes()}

        assert read[good.local_id] == good
        aside = [r.record_key for r in store.quarantine.list()]
        if victim.local_id in read:
            again = read[victim.local_id]
            assert envelope_from_json(envelope_to_json(again)) == again  # what is read can be written
            assert aside == []
        else:
            TALLY["stored rows set aside"] += 1
            assert aside == [victim.local_id]
