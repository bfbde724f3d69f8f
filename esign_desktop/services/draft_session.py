"""One draft being composed: the single owner of the envelope, with one undo history for every edit.

The composer's panels are views of a `DraftSession`: they read `envelope` and `problems`, listen for
`Change`s, and change the draft only through `edit()` (or `undo()`/`redo()`). Every edit is a snapshot pair
(before, after): an Envelope is immutable and its tuples share their elements, so a snapshot of an envelope
with hundreds of fields costs a few pointers, and undo gives back the identical object.

Consecutive edits with the same `merge_key` (a run of arrow-key nudges, typing in one input) merge into one
step. Validation runs once per change, here, and the result travels with the change.

Qt-free, so it is tested (and benchmarked) without a screen; ui/editor/session_adapter.py turns its changes
into Qt signals.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from esign_desktop.domain.capabilities import capabilities_for
from esign_desktop.domain.model import Envelope, utc_now
from esign_desktop.domain.validation import Problem, Severity, Subject, validate

Rule = Callable[[Envelope], list[Problem]]
Listener = Callable[["Change"], None]
Selection = frozenset[str]


class ChangeReason(Enum):
    RESET = "reset"  # a new envelope to edit; the history starts over
    EDIT = "edit"
    UNDO = "undo"
    REDO = "redo"


@dataclass(frozen=True, slots=True)
class Edit:
    """One step of the history: the envelope before and after, and the field selection of each moment."""

    text: str
    before: Envelope
    after: Envelope
    merge_key: str | None = None
    selection_before: Selection = frozenset()
    selection_after: Selection | None = None  # None: leave the selection as it is


@dataclass(frozen=True, slots=True)
class Change:
    """What listeners receive after the draft changed."""

    reason: ChangeReason
    previous: Envelope
    envelope: Envelope
    problems: tuple[Problem, ...]
    selection: Selection | None = None  # the field selection views should show now; None: keep theirs

    @property
    def fields_changed(self) -> bool:
        return self.previous.fields is not self.envelope.fields

    @property
    def parties_changed(self) -> bool:
        return self.previous.parties is not self.envelope.parties

    @property
    def documents_changed(self) -> bool:
        return self.previous.documents is not self.envelope.documents

    @property
    def provider_changed(self) -> bool:
        return self.previous.provider is not self.envelope.provider


def no_account_rule(message: str) -> Rule:
    """A rule that blocks sending while no account is chosen; `message` is in the UI's language."""

    def rule(envelope: Envelope) -> list[Problem]:
        if envelope.account_id:
            return []
        return [Problem(Severity.BLOCKING, Subject.ENVELOPE, message)]

    return rule


class DraftSession:
    """The draft being composed and its undo history (`edit`, `undo`, `redo`), observed by `subscribe`."""

    def __init__(
        self, envelope: Envelope, rules: Sequence[Rule] = (), clock: Callable[[], datetime] = utc_now
    ) -> None:
        self._envelope = envelope
        self._clock = clock
        self._rules: tuple[Rule, ...] = tuple(rules)
        self._history: list[Edit] = []
        self._index = 0  # edits [0, index) are done; [index, len) can be redone
        self._listeners: list[Listener] = []
        self._selection_source: Callable[[], Selection] = frozenset
        self._edits_made = 0
        self.validations = 0  # how many times the rules ran (a test checks: once per change)
        self._problems = self._validate(envelope)

    # --- reading ----------------------------------------------------------------------------------------
    @property
    def envelope(self) -> Envelope:
        return self._envelope

    @property
    def problems(self) -> tuple[Problem, ...]:
        """Every problem of the current envelope, blocking ones first."""
        return self._problems

    @property
    def is_ready(self) -> bool:
        return not any(p.severity is Severity.BLOCKING for p in self._problems)

    @property
    def edits_made(self) -> int:
        """Edits made since the session started (undo and redo do not count)."""
        return self._edits_made

    def can_undo(self) -> bool:
        return self._index > 0

    def can_redo(self) -> bool:
        return self._index < len(self._history)

    def undo_text(self) -> str:
        return self._history[self._index - 1].text if self.can_undo() else ""

    def redo_text(self) -> str:
        return self._history[self._index].text if self.can_redo() else ""

    def count(self) -> int:
        """Steps in the history (done and undone)."""
        return len(self._history)

    # --- observing --------------------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener` after every change; returns the function that stops it."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def set_selection_source(self, source: Callable[[], Selection]) -> None:
        """Where edits read the field selection of the moment (so undo can bring it back)."""
        self._selection_source = source

    def set_rules(self, rules: Iterable[Rule]) -> None:
        """Replace the extra readiness rules (beside the provider's `validate`) and re-check."""
        self._rules = tuple(rules)
        self._problems = self._validate(self._envelope)
        self._notify(ChangeReason.EDIT, self._envelope, None)

    # --- changing ---------------------------------------------------------------------------------------
    def reset(self, envelope: Envelope) -> None:
        """Edit `envelope` from now on; the history starts empty."""
        self._history.clear()
        self._index = 0
        previous = self._envelope
        self._envelope = envelope
        self._problems = self._validate(envelope)
        self._notify(ChangeReason.RESET, previous, frozenset())

    def edit(
        self,
        change: Envelope | Callable[[Envelope], Envelope],
        text: str,
        *,
        merge_key: str | None = None,
        selection: Iterable[str] | None = None,
    ) -> bool:
        """Make `change` (the new envelope, or a function of the current one) one undoable step.

        Nothing happens (False) when it changes nothing. `selection`: the field ids to select after it.
        """
        before = self._envelope
        after = change(before) if callable(change) else change
        if after == before:
            return False
        after = dataclasses.replace(after, updated_at=self._clock())  # undo brings back the old time too
        selection_after = frozenset(selection) if selection is not None else None
        top = self._history[self._index - 1] if self._index > 0 else None
        del self._history[self._index :]
        if top is not None and merge_key is not None and top.merge_key == merge_key:
            self._history[-1] = Edit(
                top.text, top.before, after, merge_key, top.selection_before, selection_after
            )
        else:
            self._history.append(
                Edit(text, before, after, merge_key, self._selection_source(), selection_after)
            )
        self._index = len(self._history)
        self._edits_made += 1
        self._move_to(after, ChangeReason.EDIT, selection_after)
        return True

    def undo(self) -> bool:
        if not self.can_undo():
            return False
        self._index -= 1
        step = self._history[self._index]
        self._move_to(step.before, ChangeReason.UNDO, step.selection_before)
        return True

    def redo(self) -> bool:
        if not self.can_redo():
            return False
        step = self._history[self._index]
        self._index += 1
        self._move_to(step.after, ChangeReason.REDO, step.selection_after)
        return True

    def replace_without_history(self, envelope: Envelope) -> None:
        """Take a state the sender did not make (e.g. the outbox's answer after sending); no undo step."""
        self._move_to(envelope, ChangeReason.EDIT, None)

    # --- internals --------------------------------------------------------------------------------------
    def _move_to(self, envelope: Envelope, reason: ChangeReason, selection: Selection | None) -> None:
        previous = self._envelope
        self._envelope = envelope
        self._problems = self._validate(envelope)
        self._notify(reason, previous, selection)

    def _validate(self, envelope: Envelope) -> tuple[Problem, ...]:
        self.validations += 1
        problems = [problem for rule in self._rules for problem in rule(envelope)]
        problems += validate(envelope, capabilities_for(envelope.provider))
        return tuple(sorted(problems, key=lambda p: p.severity is not Severity.BLOCKING))

    def _notify(self, reason: ChangeReason, previous: Envelope, selection: Selection | None) -> None:
        change = Change(reason, previous, self._envelope, self._problems, selection)
        for listener in list(self._listeners):
            listener(change)
