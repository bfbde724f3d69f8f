"""What the clients read from the services' answers, written down as data, and checks of answers against it.

Each `Expect` names one value the provider code reads (providers/assently_mapping.py, providers/gmosign.py),
where it sits, what JSON type it must have, whether the client needs it, and why. `check_shape` turns an
answer into findings a person can read: what matched, and each departure with the reason it matters.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from esign_desktop.providers.assently_mapping import STATUS_FROM_ASSENTLY
from esign_desktop.services.account_check_report import Finding

_MISSING = object()

_KIND_NAMES = {
    "text": "text",
    "number": "a number",
    "list": "a list",
    "object": "an object",
    "null": "null",
    "bool": "true/false",
}


@dataclass(frozen=True, slots=True)
class Expect:
    """`path` like `Documents[].Id`: `[]` steps into every item of a list."""

    path: str
    kinds: frozenset[str]
    why: str
    required: bool = False
    words: frozenset[str] = frozenset()  # accepted values, compared in lower case; empty: any


def expect(path: str, *kinds: str, why: str, required: bool = False, words: Iterable[str] = ()) -> Expect:
    return Expect(path, frozenset(kinds), why, required, frozenset(w.lower() for w in words))


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "list"
    return "object" if isinstance(value, dict) else type(value).__name__


def _values(value: object, parts: Sequence[str], where: str) -> list[tuple[str, object]]:
    """Every (concrete path, value) `parts` reaches; `_MISSING` where a key is absent."""
    if not parts:
        return [(where, value)]
    part, rest = parts[0], parts[1:]
    each = part.endswith("[]")
    key = part[:-2] if each else part
    if not isinstance(value, dict):
        return []
    child = value.get(key, _MISSING)
    path = f"{where}.{key}" if where else key
    if not each:
        return _values(child, rest, path) if rest and child is not _MISSING else [(path, child)]
    if not isinstance(child, list):
        return []  # the list itself is checked by its own expectation
    found: list[tuple[str, object]] = []
    for index, item in enumerate(child):
        found += _values(item, rest, f"{path}[{index}]")
    return found


def check_shape(answer: object, expectations: Sequence[Expect], what: str) -> list[Finding]:
    """One finding per expectation (per item where a value breaks it)."""
    if not isinstance(answer, dict):
        return [
            Finding(False, f"{what} is {_KIND_NAMES.get(_kind(answer), _kind(answer))}, not a JSON object")
        ]
    findings: list[Finding] = []
    for rule in expectations:
        reached = _values(answer, rule.path.split("."), "")
        problems: list[str] = []
        present = 0
        for path, value in reached:
            if value is _MISSING or (value is None and "null" not in rule.kinds):
                if rule.required:
                    problems.append(f"{path} is missing (the client needs it: {rule.why})")
                continue
            present += 1
            kind = _kind(value)
            if kind not in rule.kinds:
                wanted = " or ".join(_KIND_NAMES[k] for k in sorted(rule.kinds))
                problems.append(
                    f"{path} is {_KIND_NAMES.get(kind, kind)}, the client expects {wanted} ({rule.why})"
                )
            elif rule.words and isinstance(value, str) and value.lower() not in rule.words:
                problems.append(f"{path} is “{value}”, a word the client does not know ({rule.why})")
        if problems:
            findings += [Finding(False, text) for text in problems]
        elif present:
            findings.append(Finding(True, f"{rule.path}: as expected ({rule.why})"))
    return findings


# -- Assently E-Sign -----------------------------------------------------------------------------------------

_TIMESTAMP = "a timestamp the client reads as UTC"
ASSENTLY_CASE: tuple[Expect, ...] = (
    expect("Id", "text", "number", why="the case id every later call uses", required=True),
    expect("Name", "text", why="shown in the envelope list"),
    expect("Status", "text", why="mapped to the envelope's status", words=STATUS_FROM_ASSENTLY),
    expect("CreatedOn", "text", "null", why=_TIMESTAMP),
    expect("SentOn", "text", "null", why=_TIMESTAMP),
    expect("ExpireOn", "text", "null", why=_TIMESTAMP),
    expect("ExpireAfterDays", "number", "null", why="shown as the expiry"),
    expect("Metadata", "object", "null", why="metadata shown and updated"),
    expect("Documents", "list", "null", why="the case's documents, downloaded when finished"),
    expect("Documents[].Id", "text", "number", why="names the document to download", required=True),
    expect("Documents[].Filename", "text", why="the downloaded file's name"),
    expect("Documents[].Hash", "text", "null", why="checked against what was uploaded"),
    expect("Documents[].Size", "number", "text", "null", why="checked against what was uploaded"),
    expect("Documents[].Type", "text", "null", why="tells the receipt from the documents"),
    expect("Parties", "list", "null", why="the signers and their progress"),
    expect("Parties[].Id", "text", "number", "null", why="identifies the signer"),
    expect("Parties[].Name", "text", "null", why="shown for the signer"),
    expect("Parties[].EmailAddress", "text", "null", why="shown for the signer"),
    expect("Parties[].SignedOn", "text", "null", why="tells that the party signed"),
    expect("Parties[].PartyUrl", "text", "null", why="the signing link"),
    expect("Approvers", "list", "null", why="approvers and their progress"),
)

ASSENTLY_ERROR: tuple[Expect, ...] = (
    expect("error", "object", why="Assently's error shape, read for the message shown", required=True),
    expect("error.errorCode", "text", "number", why="tells Assently's 'not found' from another server's"),
    expect("error.message", "text", why="the service's own words, shown to the person"),
)

# -- GMO Sign ------------------------------------------------------------------------------------------------

GMOSIGN_ERROR: tuple[Expect, ...] = (
    expect("message", "text", why="the service's own words, shown to the person"),
    expect("status", "text", "number", why="a 2xx body whose status reads 'error' is treated as a refusal"),
    expect("result", "text", "number", why="read like status"),
)
