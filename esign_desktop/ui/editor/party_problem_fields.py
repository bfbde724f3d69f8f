"""Which input of the party editor a validation problem is about, so its text can sit under that input.

The domain reports problems per party; this maps each problem's template (`domain.validation.Template`, the
same in every UI language) to the attribute it concerns. Anything unrecognised, such as a problem built
by hand, stays with the party as a whole, so nothing is ever hidden. `texts_by_attribute` gives the texts
to show, translated by `ui/validation_texts.problem_text`.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from esign_desktop.domain.validation import Problem, Subject, Template
from esign_desktop.ui.validation_texts import problem_text


class PartyAttribute(StrEnum):
    ROLE = "role"
    AFFILIATION = "affiliation"
    NAME = "name"
    EMAIL = "email"
    PHONE = "phone"
    ORDER = "order"
    SIGN_TYPE = "sign_type"
    ATTENDANT_EMAIL = "attendant_email"
    GROUP = "group"
    LANGUAGE = "language"
    WHOLE = "whole"  # about the party in general (e.g. it has no signature field)


_ATTRIBUTES: dict[str, PartyAttribute] = {
    Template.NO_SIGNERS_AT_PROVIDER: PartyAttribute.ROLE,
    Template.NO_APPROVERS_AT_PROVIDER: PartyAttribute.ROLE,
    Template.NO_RECIPIENTS_AT_PROVIDER: PartyAttribute.ROLE,
    Template.NO_IN_HOUSE_SIGNERS: PartyAttribute.AFFILIATION,
    Template.PARTY_WITHOUT_NAME: PartyAttribute.NAME,
    Template.EMAIL_LOOKS_WRONG: PartyAttribute.EMAIL,
    Template.NO_EMAIL: PartyAttribute.EMAIL,
    Template.NO_EMAIL_OR_PHONE: PartyAttribute.EMAIL,
    Template.SHARED_EMAIL: PartyAttribute.EMAIL,
    Template.PHONE_LOOKS_WRONG: PartyAttribute.PHONE,
    Template.ORDER_BELOW_ONE: PartyAttribute.ORDER,
    Template.UNKNOWN_SIGN_TYPE: PartyAttribute.SIGN_TYPE,
    Template.NO_ATTENDANT_EMAIL: PartyAttribute.ATTENDANT_EMAIL,
    Template.ATTENDANT_EMAIL_LOOKS_WRONG: PartyAttribute.ATTENDANT_EMAIL,
    Template.NO_ANY_ONE_OF_GROUP: PartyAttribute.GROUP,
    Template.UNSUPPORTED_LANGUAGE: PartyAttribute.LANGUAGE,
    Template.NO_SIGNATURE_FIELD: PartyAttribute.WHOLE,
}

# Field problems about the field's party (none chosen, or one who cannot fill fields in).
_FIELD_PARTY_TEMPLATES = frozenset(
    {
        Template.SIGNATURE_FIELD_WITHOUT_PARTY,
        Template.FIELD_WITHOUT_PARTY,
        Template.FIELD_PARTY_GONE,
        Template.FIELD_OF_APPROVER,
        Template.FIELD_OF_RECIPIENT,
    }
)


def attribute_of(problem: Problem) -> PartyAttribute:
    return _ATTRIBUTES.get(problem.template, PartyAttribute.WHOLE)


def is_field_party_problem(problem: Problem) -> bool:
    """A field problem the party editor lists too: the field has no party, or one who fills in nothing."""
    return problem.subject is Subject.FIELD and problem.template in _FIELD_PARTY_TEMPLATES


def problems_by_attribute(problems: Iterable[Problem], party_id: str) -> dict[PartyAttribute, list[Problem]]:
    """The party's own problems (subject PARTY, its id), grouped by the input they belong under."""
    grouped: dict[PartyAttribute, list[Problem]] = {}
    for problem in problems:
        if problem.subject is Subject.PARTY and problem.subject_id == party_id:
            grouped.setdefault(attribute_of(problem), []).append(problem)
    return grouped


def texts_by_attribute(problems: Iterable[Problem], party_id: str) -> dict[PartyAttribute, list[str]]:
    """As `problems_by_attribute`, with each problem as the sentence to show, in the UI's language."""
    return {
        attribute: [problem_text(p) for p in found]
        for attribute, found in problems_by_attribute(problems, party_id).items()
    }
