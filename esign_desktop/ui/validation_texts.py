"""The readiness problems of `domain/validation.py` in the UI's language.

The domain stays Qt-free and writes English; each `Problem` carries its English `template` (with named
placeholders) and `params`. The templates are listed here literally so lupdate extracts them under the context
"Validation"; `problem_text` translates the template, then fills it in. tests/unit/test_validation_texts.py
fails when the domain gains a template this list lacks.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from esign_desktop.domain.model import UNNAMED_PARTY, FieldKind
from esign_desktop.domain.validation import Problem
from esign_desktop.ui.labels import unnamed_party
from esign_desktop.ui.translation_marker import QT_TRANSLATE_NOOP

CONTEXT = "Validation"

TRANSLATABLE_TEMPLATES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Validation", "Give the envelope a name."),
    QT_TRANSLATE_NOOP("Validation", "Add at least one PDF document."),
    QT_TRANSLATE_NOOP(
        "Validation",
        "{provider} takes at most {max} documents per envelope; this one has {count}.",
    ),
    QT_TRANSLATE_NOOP("Validation", "“{document}” has no pages."),
    QT_TRANSLATE_NOOP(
        "Validation",
        "“{document}” is already digitally signed; adding fields to it would break those "
        "signatures. Remove its fields or use an unsigned copy.",
    ),
    QT_TRANSLATE_NOOP("Validation", "Add at least one signer."),
    QT_TRANSLATE_NOOP("Validation", "Set the expiry between 1 and 365 days."),
    QT_TRANSLATE_NOOP("Validation", "{provider} has no signers; change the role of {who}."),
    QT_TRANSLATE_NOOP("Validation", "{provider} has no approvers; change the role of {who}."),
    QT_TRANSLATE_NOOP("Validation", "{provider} has no recipients; change the role of {who}."),
    QT_TRANSLATE_NOOP("Validation", "{provider} has no in-house signers; make {who} an external party."),
    QT_TRANSLATE_NOOP("Validation", "Every party needs a name."),
    QT_TRANSLATE_NOOP("Validation", "The email address of {who} does not look right: “{email}”."),
    QT_TRANSLATE_NOOP("Validation", "The phone number of {who} does not look right: “{phone}”."),
    QT_TRANSLATE_NOOP("Validation", "Add an email address for {who}."),
    QT_TRANSLATE_NOOP("Validation", "Add an email address for {who} or a phone number."),
    QT_TRANSLATE_NOOP(
        "Validation", "{who} signs in person: add the email address of the attendant who will be there."
    ),
    QT_TRANSLATE_NOOP(
        "Validation", "The attendant's email address for {who} does not look right: “{email}”."
    ),
    QT_TRANSLATE_NOOP("Validation", "The signing order of {who} must be 1 or more."),
    QT_TRANSLATE_NOOP("Validation", "Choose one of {provider}'s sign types for {who}."),
    QT_TRANSLATE_NOOP("Validation", "{provider} cannot let any one of a group sign; ungroup {who}."),
    QT_TRANSLATE_NOOP(
        "Validation",
        "{who} has no signature field; the service will choose where the signature goes.",
    ),
    QT_TRANSLATE_NOOP("Validation", "{provider} cannot write to {who} in “{language}”."),
    QT_TRANSLATE_NOOP(
        "Validation",
        "{email} is used by more than one party; each party needs its own address.",
    ),
    QT_TRANSLATE_NOOP("Validation", "{provider} has no {kind} fields."),
    QT_TRANSLATE_NOOP(
        "Validation",
        "A {kind} field belongs to a document that is no longer in the envelope.",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "A {kind} field is on page {page}, but “{document}” has {page_count} pages.",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "A {kind} field on page {page} of “{document}” uses font size {size}; {provider} offers {sizes}.",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "A {kind} field on page {page} of “{document}” has no party: choose who signs there.",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "A {kind} field on page {page} of “{document}” has no party: choose who fills it in, or "
        "type its value yourself.",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "A required {kind} field on page {page} of “{document}” is empty and no party fills it: "
        "type its value, make it optional, or choose who fills it in.",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "A required checkbox on page {page} of “{document}” is not ticked and no party ticks it: "
        "tick it, make it optional, or choose who ticks it.",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "A {kind} field on page {page} of “{document}” belongs to a party who is no longer in the envelope.",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "A {kind} field on page {page} of “{document}” belongs to {who}, who is an approver and "
        "fills in nothing.",
    ),
    QT_TRANSLATE_NOOP(
        "Validation",
        "A {kind} field on page {page} of “{document}” belongs to {who}, who is a recipient and "
        "fills in nothing.",
    ),
)


def problem_text(problem: Problem) -> str:
    """The problem's sentence in the UI's language; the English message where no translation is installed."""
    translated = QCoreApplication.translate(CONTEXT, problem.template)
    if not problem.params:
        return translated
    params = problem.param_map
    if "kind" in params:
        params["kind"] = _field_kind_word(FieldKind(params["kind"]))
    if params.get("who") == UNNAMED_PARTY:
        params["who"] = unnamed_party()
    try:
        return translated.format(**params)
    except (KeyError, IndexError, ValueError):
        # A translation with a broken placeholder (tests/unit/test_translations.py guards against it) must
        # not hide the problem: show the English sentence instead.
        return problem.message


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
