"""Deviation profiles: plausible readings of what the vendors' reference leaves unsaid.

By default the sandbox behaves exactly as the published contract reads. Where the reference is silent, one
guess must not become a hard rule, so each alternative reading is a named profile that a test (or a person
trying the app) switches on with `PUT /_sandbox/profile`. The client must stay correct under every profile.

Profiles are a condition of one run, like faults: a restart starts with none active.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Profile(StrEnum):
    # Assently E-Sign
    ASSENTLY_IGNORES_PAGING = "assently_ignores_paging"
    ASSENTLY_PAGES_BY_25 = "assently_pages_by_25"
    ASSENTLY_HOOK_WITHOUT_LOCATION = "assently_hook_without_location"
    ASSENTLY_OTHER_STATUS_SPELLINGS = "assently_other_status_spellings"
    # GMO Sign
    GMO_ACCEPTS_REUSED_DOCUMENT_CODE = "gmosign_accepts_reused_document_code"
    GMO_BOTTOM_LEFT_ORIGIN = "gmosign_bottom_left_origin"
    GMO_UNROTATED_PAGE = "gmosign_unrotated_page"


DESCRIPTIONS: Mapping[Profile, str] = {
    Profile.ASSENTLY_IGNORES_PAGING: (
        "findCases/findTemplates ignore Page and PageSize (and any other unknown parameter) "
        "and return every match."
    ),
    Profile.ASSENTLY_PAGES_BY_25: (
        "findCases/findTemplates page by 25 whatever PageSize asks; Page (1-based) selects the page."
    ),
    Profile.ASSENTLY_HOOK_WITHOUT_LOCATION: (
        "Hook creation answers 201 with an empty body and no Location header."
    ),
    Profile.ASSENTLY_OTHER_STATUS_SPELLINGS: (
        "Answers spell PendingApproval as Pending_Approval "
        "and list approvers under Stakeholders, not Approvers."
    ),
    Profile.GMO_ACCEPTS_REUSED_DOCUMENT_CODE: (
        "A document code registered before is accepted again (the new file replaces it) instead of 409."
    ),
    Profile.GMO_BOTTOM_LEFT_ORIGIN: (
        "Signature field coordinates are measured from the page's bottom-left corner instead of the top-left."
    ),
    Profile.GMO_UNROTATED_PAGE: (
        "Signature field coordinates are measured on the unrotated page "
        "(the page as stored, /Rotate ignored)."
    ),
}

# Profiles that describe contradictory behaviour of the same thing: at most one of each group at a time.
EXCLUSIVE_GROUPS: tuple[frozenset[Profile], ...] = (
    frozenset({Profile.ASSENTLY_IGNORES_PAGING, Profile.ASSENTLY_PAGES_BY_25}),
)

ASSENTLY_FORCED_PAGE_SIZE = 25


@dataclass(frozen=True, slots=True)
class ProfileSettings:
    active: frozenset[Profile] = frozenset()

    def __contains__(self, profile: object) -> bool:
        return profile in self.active

    def to_json(self) -> dict[str, Any]:
        return {
            "active": sorted(profile.value for profile in self.active),
            "profiles": {
                profile.value: {"active": profile in self.active, "description": DESCRIPTIONS[profile]}
                for profile in Profile
            },
        }

    @classmethod
    def of(cls, profiles: Iterable[Profile]) -> ProfileSettings:
        active = frozenset(profiles)
        _check_exclusive(active)
        return cls(active)

    @classmethod
    def from_json(cls, data: Mapping[str, Any], base: ProfileSettings | None = None) -> ProfileSettings:
        """Read a PUT body; raise ValueError with a readable message on anything unexpected.

        Two forms: `{"active": ["name", ...]}` replaces the whole set (`[]` clears it), and
        `{"name": true|false, ...}` switches single profiles on or off over `base`.
        """
        if "active" in data:
            if len(data) != 1:
                raise ValueError('"active" replaces the whole set: send it alone')
            names = data["active"]
            if not isinstance(names, list) or not all(isinstance(name, str) for name in names):
                raise ValueError('"active" must be a list of profile names')
            return cls.of(_profile(name) for name in names)
        active = set((base or cls()).active)
        for name, value in data.items():
            profile = _profile(name)
            if not isinstance(value, bool):
                raise ValueError(f"{name} must be true or false")
            if value:
                active.add(profile)
            else:
                active.discard(profile)
        return cls.of(active)


def _profile(name: str) -> Profile:
    try:
        return Profile(name)
    except ValueError:
        known = ", ".join(profile.value for profile in Profile)
        raise ValueError(f"unknown profile {name!r}; known: {known}") from None


def _check_exclusive(active: frozenset[Profile]) -> None:
    for group in EXCLUSIVE_GROUPS:
        clash = sorted(profile.value for profile in group & active)
        if len(clash) > 1:
            raise ValueError(f"profiles {' and '.join(clash)} contradict each other: choose one")


class ProfileState:
    """The active profiles of one running sandbox; read by request handlers, replaced by the control API."""

    def __init__(self, settings: ProfileSettings | None = None) -> None:
        self._lock = threading.Lock()
        self._settings = settings or ProfileSettings()

    @property
    def settings(self) -> ProfileSettings:
        with self._lock:
            return self._settings

    def update(self, changes: Mapping[str, Any]) -> ProfileSettings:
        with self._lock:
            self._settings = ProfileSettings.from_json(changes, self._settings)
            return self._settings

    def active(self, profile: Profile) -> bool:
        return profile in self.settings
