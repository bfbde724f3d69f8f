"""Which input of the party editor a validation problem is about, so its text can sit under that input.

The domain reports problems per party, in sentences; this maps each sentence to the attribute it concerns by
the words the domain uses. Anything unrecognised stays with the party as a whole, so nothing is ever hidden.
Qt-free; tests run every message `validate()` can produce through it.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from esign_desktop.domain.validation import Problem, Subject


class PartyAttribute(StrEnum):
    ROLE = "role"
    AFFILIATION = "affiliation"
    NAME = "name"
    EMAIL = "email"
    PHONE = "phone"
    ORDER = "order"
    SIGN_TYPE = "sign_type"
    GROUP = "group"
    LANGUAGE = "language"
    WHOLE = "whole"  # about the party in general (e.g. it has no signature field)


# First match wins: more specific phrases before general ones.
_PHRASES: tuple[tuple[str, PartyAttribute], ...] = (
    ("has no signature field", PartyAttribute.WHOLE),
    ("change the role", PartyAttribute.ROLE),
    ("in-house", PartyAttribute.AFFILIATION),
    ("needs a name", PartyAttribute.NAME),
    ("phone number of", PartyAttribute.PHONE),
    ("email address", PartyAttribute.EMAIL),
    ("used by more than one party", PartyAttribute.EMAIL),
    ("signing order", PartyAttribute.ORDER),
    ("sign types", PartyAttribute.SIGN_TYPE),
    ("ungroup", PartyAttribute.GROUP),
    ("cannot write to", PartyAttribute.LANGUAGE),
)


def attribute_of(problem: Problem) -> PartyAttribute:
    text = problem.message.lower()
    return next((attribute for phrase, attribute in _PHRASES if phrase in text), PartyAttribute.WHOLE)


def problems_by_attribute(problems: Iterable[Problem], party_id: str) -> dict[PartyAttribute, list[Problem]]:
    """The party's own problems (subject PARTY, its id), grouped by the input they belong under."""
    grouped: dict[PartyAttribute, list[Problem]] = {}
    for problem in problems:
        if problem.subject is Subject.PARTY and problem.subject_id == party_id:
            grouped.setdefault(attribute_of(problem), []).append(problem)
    return grouped
