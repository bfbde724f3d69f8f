"""One shape for every error a person may read: an English template with %1..%9 and the values that fill it.

`message` is the English sentence (the CLI, logs). The UI translates the template (context "Errors") and
fills in the values (ui/error_text.py), so the Japanese and Swedish windows say it in their language. A
value that is itself a fixed English text (the action in "Could not finish %1: …") is a `Phrase`: the UI
translates it too; a value that is itself an AppError (why a send failed, in "Gave up after %1 tries: %2")
is said in the UI's language as well; any other value (a file name, an address, a count) is shown as it is.
"""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%([1-9])")


def fill(template: str, values: tuple[str, ...]) -> str:
    """%1..%9 replaced by the values in one pass (a value that contains "%2" is left alone)."""

    def value_for(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return values[index] if index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value_for, template)


class Phrase(str):
    """A value of an AppError that is fixed English text, translated in the UI (context "Errors") like the
    template it goes into, e.g. `Phrase("saving the draft")` for "Could not finish %1: …"."""

    __slots__ = ()


class AppError(Exception):
    """Base of the errors people read (ProviderError, StorageError)."""

    def __init__(self, template: str, *values: object, subject: str = "") -> None:
        """`subject`: what the sentence is about when it is one of many (a file's name), shown before it as
        "<subject>: <sentence>"."""
        self.template = template
        # A Phrase stays a Phrase and an AppError an AppError (the UI translates them); every other value
        # becomes its text.
        self.values: tuple[str | AppError, ...] = tuple(
            value if isinstance(value, Phrase | AppError) else str(value) for value in values
        )
        self.subject = subject
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The English sentence (after the subject, if any)."""
        sentence = fill(self.template, tuple(_english(value) for value in self.values))
        return f"{self.subject}: {sentence}" if self.subject else sentence


def _english(value: str | AppError) -> str:
    return value.message if isinstance(value, AppError) else value
