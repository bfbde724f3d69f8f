"""Every error people read can be translated: the UI lists each template and action phrase for lupdate, and no
storage error is built from a sentence of its own.

The lists in ui/error_text.py must equal the templates of providers/ and storage/ and the members of
ActionPhrase. A source scan (ast) of storage/, services/, relay/ and cli.py fails on a StorageError (or
subclass) whose template is an f-string, a concatenation or a text not in storage/error_templates.py, on a
template given the wrong number of values, and on an action phrase ("Could not finish %1") given to
`transaction()`, `read()`, `action=` or the error builders that is not an ActionPhrase.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

from esign_desktop.domain.capabilities import Action
from esign_desktop.domain.errors import AppError, Phrase
from esign_desktop.pdf import error_templates as pdf_templates
from esign_desktop.providers import error_templates as provider_templates
from esign_desktop.services import calibration
from esign_desktop.services.envelope_actions import WRITE_FAILED
from esign_desktop.storage import error_templates
from esign_desktop.storage.action_phrases import ActionPhrase
from esign_desktop.storage.errors import DiskFullError, from_os_error
from esign_desktop.ui.error_text import (
    ACTION_PHRASES,
    ANSWER_PART_PHRASES,
    CALIBRATION_TEMPLATES,
    NOT_SUPPORTED_PHRASES,
    PDF_PHRASES,
    PDF_TEMPLATES,
    REFUSAL_PHRASES,
    SERVICE_TEMPLATES,
    STORAGE_TEMPLATES,
    TRANSLATABLE_TEMPLATES,
)

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "esign_desktop"
SOURCES = sorted(
    [
        *(PACKAGE / "storage").rglob("*.py"),
        *(PACKAGE / "services").rglob("*.py"),
        *(PACKAGE / "relay").rglob("*.py"),
        PACKAGE / "cli.py",
    ]
)
# Calls that take an action phrase, and the position of that argument; any call's `action=` keyword too.
PHRASE_ARGUMENT = {
    "transaction": 0,
    "read": 0,
    "_across_processes": 0,
    "from_os_error": 1,
    "from_sqlite_error": 1,
    "error_for": 1,
}
PLACEHOLDER = re.compile(r"%([1-9])")
TEMPLATES = set(error_templates.TEMPLATES)
PHRASES = {phrase.value for phrase in ActionPhrase}


def test_the_ui_lists_every_template_for_translation() -> None:
    assert set(TRANSLATABLE_TEMPLATES) == set(provider_templates.TEMPLATES)
    assert len(TRANSLATABLE_TEMPLATES) == len(set(TRANSLATABLE_TEMPLATES))
    assert tuple(provider_templates.NOT_SUPPORTED_ACTIONS.values()) == NOT_SUPPORTED_PHRASES
    assert set(provider_templates.NOT_SUPPORTED_ACTIONS) == set(Action)  # every action can be named
    assert ANSWER_PART_PHRASES == provider_templates.ANSWER_PARTS
    assert REFUSAL_PHRASES == provider_templates.REFUSAL_REASONS
    assert STORAGE_TEMPLATES == error_templates.TEMPLATES
    assert len(STORAGE_TEMPLATES) == len(set(STORAGE_TEMPLATES))
    assert SERVICE_TEMPLATES[0] == WRITE_FAILED
    assert PDF_TEMPLATES == pdf_templates.TEMPLATES
    assert PDF_PHRASES == pdf_templates.PHRASES
    assert CALIBRATION_TEMPLATES == calibration.TEMPLATES


def test_the_ui_lists_why_a_page_cannot_be_shown() -> None:
    from esign_desktop.domain.geometry import page_box
    from esign_desktop.ui.error_text import GEOMETRY_TEMPLATES

    assert GEOMETRY_TEMPLATES == page_box.TEMPLATES


def test_the_ui_lists_why_an_envelope_file_cannot_be_opened() -> None:
    from esign_desktop.services import envelope_spec
    from esign_desktop.ui.error_text import SPEC_PHRASES, SPEC_TEMPLATES

    assert SPEC_TEMPLATES == envelope_spec.TEMPLATES
    assert SPEC_PHRASES == envelope_spec.PHRASES
    source = Path(envelope_spec.__file__).read_text(encoding="utf-8")
    calls = [
        n
        for n in ast.walk(ast.parse(source))
        if isinstance(n, ast.Call) and _name_of(n.func) in {"AppError", "SpecError", "_JsonShapeError"}
    ]
    made = [call for call in calls if _name_of(call.func) == "AppError"]
    assert len(made) > 20  # the scan sees the problems
    bounds = {template for _, template in envelope_spec._BOUND_WORDS.values()}
    assert bounds <= set(envelope_spec.TEMPLATES)
    for call in made:  # every problem is built from one of the module's templates
        assert call.args, ast.unparse(call)
        name = _name_of(call.args[0])
        if name == "template":  # one of the bounds, above
            continue
        assert getattr(envelope_spec, name, None) in envelope_spec.TEMPLATES, ast.unparse(call)
    for call in calls:
        if _name_of(call.func) == "SpecError":  # never from sentences
            assert not any(isinstance(n, ast.JoinedStr) for n in ast.walk(call)), ast.unparse(call)


def test_the_ui_lists_what_the_services_warn_about() -> None:
    from esign_desktop.services import envelope_actions, status_monitor

    assert SERVICE_TEMPLATES == envelope_actions.TEMPLATES + status_monitor.TEMPLATES


def test_the_ui_lists_why_a_send_failed_and_the_states_of_a_send() -> None:
    from esign_desktop.services import outbox_sender
    from esign_desktop.storage.outbox import STATE_PHRASES, OutboxState
    from esign_desktop.ui.error_text import OUTBOX_STATE_PHRASES, OUTBOX_TEMPLATES

    assert OUTBOX_TEMPLATES == outbox_sender.TEMPLATES
    assert tuple(STATE_PHRASES[state] for state in OutboxState) == OUTBOX_STATE_PHRASES
    assert all(isinstance(phrase, Phrase) for phrase in STATE_PHRASES.values())


def test_every_pdf_problem_is_built_from_a_listed_template() -> None:
    """No PdfError (or subclass) anywhere in the package is built from a sentence of its own: its first
    argument, when given, is a constant of pdf/error_templates.py; every class's default is one too."""
    from esign_desktop.pdf import errors

    classes = {
        name
        for name, value in vars(errors).items()
        if isinstance(value, type) and issubclass(value, errors.PdfError)
    }
    for name in classes:
        assert getattr(errors, name).default_message in pdf_templates.TEMPLATES, name
    findings = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for call in (
            n for n in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(n, ast.Call)
        ):
            if _name_of(call.func) not in classes or not call.args:
                continue
            first = call.args[0]
            constant = (
                getattr(pdf_templates, _name_of(first), None) if isinstance(first, ast.Attribute) else None
            )
            if constant not in pdf_templates.TEMPLATES:
                findings.append(f"{path.relative_to(ROOT)}:{call.lineno}: {ast.unparse(first)}")
    assert findings == [], "build PdfErrors from pdf/error_templates.py:\n" + "\n".join(findings)


def test_every_provider_error_is_built_from_a_listed_template() -> None:
    """No ProviderError (or subclass) outside the sandbox is built from a sentence of its own: its first
    argument is a constant of providers/error_templates.py. A part of an answer named in a shape check
    (`expect_object(value, "the case")`) is one of ANSWER_PARTS, and a refusal's reason one of
    REFUSAL_REASONS: both are Phrases the UI translates."""
    from esign_desktop.providers import errors

    classes = {
        name
        for name, value in vars(errors).items()
        if isinstance(value, type) and issubclass(value, errors.ProviderError)
    }
    phrase_lists = {
        "expect_object": provider_templates.ANSWER_PARTS,
        "expect_list": provider_templates.ANSWER_PARTS,
        "_checked": provider_templates.ANSWER_PARTS,
        "_refusal": provider_templates.REFUSAL_REASONS,
    }
    findings, built = [], 0
    for path in sorted(PACKAGE.rglob("*.py")):
        if "sandbox" in path.relative_to(PACKAGE).parts:
            continue
        for call in (
            n for n in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(n, ast.Call)
        ):
            name = _name_of(call.func)
            if (
                name in phrase_lists
                and len(call.args) == 2
                and isinstance(call.args[1], ast.Constant)
                and call.args[1].value not in phrase_lists[name]
            ):
                findings.append(f"{path.relative_to(ROOT)}:{call.lineno}: {call.args[1].value!r}")
            if name not in classes or name == "NotSupported" or not call.args:
                continue
            built += 1
            first = call.args[0]
            constant = getattr(provider_templates, _name_of(first), None)
            if (
                not isinstance(first, ast.Attribute | ast.Name)
                or constant not in provider_templates.TEMPLATES
            ):
                findings.append(f"{path.relative_to(ROOT)}:{call.lineno}: {ast.unparse(first)}")
    assert built > 40, built  # the scan sees the errors
    assert findings == [], "build ProviderErrors from providers/error_templates.py:\n" + "\n".join(findings)


def test_the_ui_lists_every_action_phrase_for_translation() -> None:
    assert tuple(phrase.value for phrase in ActionPhrase) == ACTION_PHRASES
    assert len(ACTION_PHRASES) == len(set(ACTION_PHRASES))


def test_every_template_constant_is_listed() -> None:
    constants = {
        name: value
        for name, value in vars(error_templates).items()
        if name.isupper() and not name.startswith("_") and isinstance(value, str)
    }
    assert set(constants.values()) == TEMPLATES, "add the new template to error_templates.TEMPLATES"


def test_an_action_stays_a_phrase_and_the_english_reads_as_before() -> None:
    error = from_os_error(OSError(28, "No space left on device"), ActionPhrase.SAVING_THE_DRAFT)
    assert isinstance(error, DiskFullError)
    assert error.template == error_templates.DISK_FULL
    assert error.values == ("saving the draft",)
    assert isinstance(error.values[0], Phrase)
    assert error.user_message == (
        "Could not finish saving the draft: the disk is full. Free some space and try again; "
        "the previously saved version is unchanged."
    )
    assert not isinstance(AppError("%1", "a.pdf").values[0], Phrase)  # other values are shown as they are


# The source scan


@dataclass(frozen=True)
class Finding:
    where: str
    problem: str

    def __str__(self) -> str:
        return f"{self.where}: {self.problem}"


def _name_of(node: ast.expr) -> str:
    if isinstance(node, ast.Attribute):
        return node.attr
    return node.id if isinstance(node, ast.Name) else ""


def _storage_error_classes(trees: list[ast.Module]) -> set[str]:
    """StorageError and every class that derives from it (by name, across the scanned sources)."""
    classes = {"StorageError"}
    definitions = [node for tree in trees for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
    grown = True
    while grown:
        found = {d.name for d in definitions if any(_name_of(base) in classes for base in d.bases)}
        grown = not found <= classes
        classes |= found
    return classes


def _template_of(node: ast.expr) -> str | None:
    """The template text an argument stands for: a literal, or a constant of storage/error_templates.py."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name | ast.Attribute):
        value = getattr(error_templates, _name_of(node), None)
        return value if isinstance(value, str) else None
    return None


def _error_problem(call: ast.Call) -> str | None:
    if not call.args:
        return "built without a template"
    template = _template_of(call.args[0])
    if template is None or template not in TEMPLATES:
        return f"template {ast.unparse(call.args[0])} is not one of storage/error_templates.TEMPLATES"
    wanted = max((int(n) for n in PLACEHOLDER.findall(template)), default=0)
    if any(isinstance(argument, ast.Starred) for argument in call.args) or call.keywords:
        return "values must be given one by one, by position"
    given = len(call.args) - 1
    if given != wanted:
        return (
            f"{given} value(s) for a template with %1..%{wanted}"
            if wanted
            else f"{given} value(s), none used"
        )
    return None


def _phrase_arguments(call: ast.Call) -> list[ast.expr]:
    name = _name_of(call.func)
    if name == "add_argument":  # argparse's action="store_true"
        return []
    position = PHRASE_ARGUMENT.get(name)
    found = [call.args[position]] if position is not None and len(call.args) > position else []
    return found + [keyword.value for keyword in call.keywords if keyword.arg == "action"]


def _phrase_problem(argument: ast.expr) -> str | None:
    if isinstance(argument, ast.Attribute) and _name_of(argument.value) == "ActionPhrase":
        return None if argument.attr in ActionPhrase.__members__ else f"no ActionPhrase.{argument.attr}"
    if isinstance(argument, ast.Constant):
        if not isinstance(argument.value, str) or argument.value in PHRASES:
            return None  # e.g. file.read(4096)
        return f"the phrase {argument.value!r} is not an ActionPhrase"
    if any(_is_text(node) for node in ast.walk(argument)):  # an f-string, "…" + name, "…".format(…)
        return f"the phrase {ast.unparse(argument)} is built, not an ActionPhrase"
    return None  # a name passed through (a parameter), or no text at all: file.read(size + 1)


def _is_text(node: ast.AST) -> bool:
    return isinstance(node, ast.JoinedStr) or (isinstance(node, ast.Constant) and isinstance(node.value, str))


def scan(sources: dict[str, str]) -> tuple[list[Finding], int, int]:
    """Problems found, and how many error and phrase calls were checked."""
    trees = {where: ast.parse(text) for where, text in sources.items()}
    error_classes = _storage_error_classes(list(trees.values()))
    findings: list[Finding] = []
    errors = phrases = 0
    for where, tree in trees.items():
        calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call)]
        for call in calls:
            located = f"{where}:{call.lineno}"
            if _name_of(call.func) in error_classes:
                errors += 1
                if (problem := _error_problem(call)) is not None:
                    findings.append(Finding(located, f"{_name_of(call.func)}: {problem}"))
            for argument in _phrase_arguments(call):
                phrases += 1
                if (problem := _phrase_problem(argument)) is not None:
                    findings.append(Finding(located, problem))
    return findings, errors, phrases


def _sources() -> dict[str, str]:
    return {path.relative_to(ROOT).as_posix(): path.read_text(encoding="utf-8") for path in SOURCES}


def test_every_storage_error_is_built_from_a_template_and_every_action_is_a_phrase() -> None:
    findings, errors, phrases = scan(_sources())
    assert errors > 60, errors  # the scan sees the errors (a renamed class would silently hide them)
    assert phrases > 80, phrases
    assert not findings, "use a template of storage/error_templates.py and an ActionPhrase:\n" + "\n".join(
        map(str, findings)
    )


def test_the_scan_catches_sentences_of_their_own() -> None:
    source = """
class Damaged(StorageError): pass
class ImportFailed(Damaged): pass

def f(database, name, error):
    raise StorageError(f"Could not find {name}.")
    raise ImportFailed("A sentence of its own.")
    raise StorageError(templates.ACCOUNT_NAME_TAKEN)
    raise StorageError(templates.ACCOUNT_NEEDS_NAME + " Now.")
    with database.transaction("doing something new"):
        pass
    with database.read(f"reading {name}"):
        pass
    from_os_error(error, "saving " + name)
    write_bytes_atomically(path, data, action=ActionPhrase.NO_SUCH_PHRASE)
    raise StorageError(templates.ACCOUNT_NAME_TAKEN, name)
    with database.transaction(ActionPhrase.SAVING_THE_DRAFT):
        pass
    parser.add_argument("--quiet", action="store_true")
"""
    findings, errors, phrases = scan({"example.py": source})
    assert (errors, phrases) == (5, 5)
    lines = sorted(int(finding.where.split(":")[1]) for finding in findings)
    assert lines == [6, 7, 8, 9, 10, 12, 14, 15], findings


def test_every_template_and_phrase_is_used() -> None:
    used: set[str] = set()
    for text in _sources().values():
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.Attribute | ast.Name):
                used.add(_name_of(node))
    constants = {
        name for name, value in vars(error_templates).items() if isinstance(value, str) and value in TEMPLATES
    }
    assert constants - used == set(), "a template nothing raises: remove it (and its translations)"
    assert set(ActionPhrase.__members__) - used == set(), "an action phrase nothing uses: remove it"
