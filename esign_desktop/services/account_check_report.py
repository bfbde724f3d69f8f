"""What `accounts check` found: one item per harmless call, each answer held against what the client reads.

Plain data with no I/O, so the GUI can show a report without importing the HTTP stack.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Outcome(StrEnum):
    MATCHED = "matched"  # the answer has everything the client relies on, in the shape it expects
    MISMATCH = "mismatch"  # the call worked but the answer departs from what the client reads
    FAILED = "failed"  # the call itself failed (refused, network...): see the detail
    SKIPPED = "skipped"  # not tried because an earlier step failed


@dataclass(frozen=True, slots=True)
class Finding:
    """One expectation about one answer: `ok` and a sentence saying what was seen."""

    ok: bool
    text: str


@dataclass(frozen=True, slots=True)
class CheckItem:
    """One step of the check. `key` is stable (the GUI translates the title by it); `verifies` names the
    inference of docs/providers.md the step puts to the test."""

    key: str
    title: str
    verifies: str
    outcome: Outcome
    findings: tuple[Finding, ...] = ()
    error: str = ""

    @property
    def mismatches(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if not f.ok)


@dataclass(frozen=True, slots=True)
class AccountCheckReport:
    account_name: str
    provider: str  # ProviderKind value
    base_url: str
    items: tuple[CheckItem, ...] = ()
    recorded_to: str = ""  # the folder the request/answer pairs were written to, if any
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return all(item.outcome in {Outcome.MATCHED, Outcome.SKIPPED} for item in self.items) and any(
            item.outcome is Outcome.MATCHED for item in self.items
        )

    def count(self, outcome: Outcome) -> int:
        return sum(1 for item in self.items if item.outcome is outcome)

    def to_json(self) -> dict[str, object]:
        return {
            "account": self.account_name,
            "provider": self.provider,
            "base_url": self.base_url,
            "ok": self.ok,
            "recorded_to": self.recorded_to,
            "notes": list(self.notes),
            "items": [
                {
                    "key": item.key,
                    "title": item.title,
                    "verifies": item.verifies,
                    "outcome": item.outcome.value,
                    "error": item.error,
                    "findings": [{"ok": f.ok, "text": f.text} for f in item.findings],
                }
                for item in self.items
            ],
        }

    def text(self) -> str:
        """The report as plain English lines (the CLI prints this)."""
        marks = {
            Outcome.MATCHED: "ok",
            Outcome.MISMATCH: "DIFFERS",
            Outcome.FAILED: "FAILED",
            Outcome.SKIPPED: "-",
        }
        lines = [f"Account check of “{self.account_name}” ({self.provider}, {self.base_url or 'production'})"]
        for item in self.items:
            lines.append(f"[{marks[item.outcome]}] {item.title}")
            lines.append(f"      verifies: {item.verifies}")
            if item.error:
                lines.append(f"      {item.error}")
            for finding in item.findings:
                lines.append(f"      {'✓' if finding.ok else '✗'} {finding.text}")
        lines.extend(self.notes)
        summary = (
            f"{self.count(Outcome.MATCHED)} matched, {self.count(Outcome.MISMATCH)} differ, "
            f"{self.count(Outcome.FAILED)} failed, {self.count(Outcome.SKIPPED)} skipped"
        )
        lines.append(
            ("Everything the client relies on matched: " if self.ok else "Not everything matched: ") + summary
        )
        if self.recorded_to:
            lines.append(f"Redacted request/answer pairs written to {self.recorded_to}")
        return "\n".join(lines)
