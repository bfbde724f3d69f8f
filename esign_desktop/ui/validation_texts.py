"""The readiness problems of `domain/validation.py` in the UI's language.

The domain stays Qt-free and writes English; each `Problem` carries its English `template` (with named
placeholders) and `params`. The templates are listed here literally, in the UI's one placeholder style (%1..%9
in the order the names first appear: `positional`), so lupdate extracts them under the context "Validation";
`problem_text` translates the template, then fills it in. tests/unit/test_validation_texts.py
fails when the domain gains a template this list lacks.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from esign_desktop.domain.model import UNNAMED_PARTY, FieldKind
from esign_desktop.domain.validation import Problem
from esign_desktop.ui.labels import unnamed_party
from esign_desktop.ui.placeholders import fill
from esign_desktop.ui.translation_marker import QT_TRANSLATE_NOOP

CONTEXT = "Validation"
_NAMED = re.compile(r"\{([a-z_]+)\}")

TRANSLATABLE_TEMPLATES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Validation", "Give the envelope a name."),
    QT_TRANSLATE_NOOP("Validation", "Add at least one PDF document."),
    QT_TRANSLATE_NOOP(
        "Validation",
        "%1 takes at most %2 documents per envelope; this one has %3.",
    ),
    QT_TRANSLATE_NOOP("Validation", "“%1” has no pages."),
    QT_TRANSLATE_NOOP(
        "Validation",
        "“%1” is already digitally signed; adding fields to it would break those "
        "signatures. Remove its fields or use an unsigned copy.",
    ),
    QT_TRANSLATE_NOOP("Validation", "Add at least one signer."),
    QT_TRANSLATE_NOOP("Validation", "Set the expiry between 1 and 365 days."),
    QT_TRANSLATE_NOOP("Validation", "%1 has no signers; change the role of %2."),
    QT_TRANSLATE_NOOP("Validation", "%1 has no approvers; change the role of %2."),
    QT_TRANSLATE_NOOP("Validation", "%1 has no recipients; change the role of %2."),
    QT_TRANSLATE_NOOP("Validation", "%1 has no in-house signers; make %2 an external party."),
    QT_TRANSLATE_NOOP("Validation", "Every party needs a name."),
    QT_TRANSLATE_NOOP("Validation", "The email address of %1 does not look right: “%2”."),
    QT_TRANSLATE_NOOP("Validation", "The phone number of %1 does not look right: “%2”."),
    QT_TRANSLATE_NOOP("Validation", "Add an email address for %1."),
    QT_TRANSLATE_NOOP("Validation", "Add an email address for %1 or a phone number."),
    QT_TRANSLATE_NOOP(
        "Validation", "%1 signs in person: add the email address of the attendant who will be there."
    ),
    QT_TRANSLATE_NOOP("Validation", "The attendant's email address for %1 does not look right: “%2”."),
    QT_TRANSLATE_NOOP("Validation", "The signing order of %1 must be 1 or more."),
    QT_TRANSLATE_NOOP("Validation", "Choose one of %1's sign types for %2."),
    QT_TRANSLATE_NOOP("Validation", "%1 cannot let any one of a group sign; ungroup %2."),
    QT_TRANSLATE_NOOP(
        "Validation",
        "%1 has no signature field; the service will choose where the signature goes.",
    ),
    QT_TRANSLATE_NOOP("Validation", "%1 cannot write to %2 in “%3”."),
    QT_TRANSLATE_NOOP(
        "Validation",
        "%1 is used by more than one party; each party needs its own address.",
    ),
    QT_TRANSLATE_NOOP("Validation", "%1 has no %2 fields."),
    QT_TRANSLATE_NOOP(
        "Validation",
        "A %1 field belongs to a document that is no longer in the envelope.",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "A %1 field is on page %2, but “%3” has %4 pages.",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "A %1 field on page %2 of “%3” uses font size %4; %5 offers %6.",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "A %1 field on page %2 of “%3” has no party: choose who signs there.",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "A %1 field on page %2 of “%3” has no party: choose who fills it in, or type its value yourself.",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "A required %1 field on page %2 of “%3” is empty and no party fills it: "
        "type its value, make it optional, or choose who fills it in.",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "A required checkbox on page %1 of “%2” is not ticked and no party ticks it: "
        "tick it, make it optional, or choose who ticks it.",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "A %1 field on page %2 of “%3” belongs to a party who is no longer in the envelope.",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "A %1 field on page %2 of “%3” belongs to %4, who is an approver and fills in nothing.",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "A %1 field on page %2 of “%3” belongs to %4, who is a recipient and fills in nothing.",
    ),
)


def positional(template: str) -> tuple[str, tuple[str, ...]]:
    """The domain's template in the UI's one placeholder style: its named placeholders numbered %1..%9 in
    the order they first appear, and the names in that order ("{who}, {email}" -> "%1, %2", (who, email))."""
    names = tuple(dict.fromkeys(_NAMED.findall(template)))
    return _NAMED.sub(lambda match: f"%{names.index(match.group(1)) + 1}", template), names


def problem_text(problem: Problem) -> str:
    """The problem's sentence in the UI's language; the English message where no translation is installed."""
    if not problem.params:  # no placeholders (a problem made from a message alone keeps its braces)
        return QCoreApplication.translate(CONTEXT, problem.template)
    text, names = positional(problem.template)
    translated = QCoreApplication.translate(CONTEXT, text)
    params = problem.param_map
    if "kind" in params:
        params["kind"] = _field_kind_word(FieldKind(params["kind"]))
    if params.get("who") == UNNAMED_PARTY:
        params["who"] = unnamed_party()
    return fill(translated, *(params.get(name, "") for name in names))


def _field_kind_word(kind: FieldKind) -> str:
    """The field kind as a word inside a sentence ("a {kind} field"), not the capitalised label of a list."""
    words = {
        FieldKind.SIGNATURE: QCoreApplication.translate(
            "Validation", "signature", "a field kind inside a sentence: “a {kind} field”"
        ),
        FieldKind.DATE: QCoreApplication.translate(
            "Validation", "date", "a field kind inside a sentence: “a {kind} field”"
        ),
        FieldKind.TEXT: QCoreApplication.translate(
            "Validation", "text", "a field kind inside a sentence: “a {kind} field”"
        ),
        FieldKind.CHECKBOX: QCoreApplication.translate(
            "Validation", "checkbox", "a field kind inside a sentence: “a {kind} field”"
        ),
    }
    return words[kind]
