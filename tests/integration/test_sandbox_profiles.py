"""The deviation-profile control route: GET lists every profile, PUT switches them, bad input is a 400."""

from __future__ import annotations

import pytest

from esign_desktop.sandbox.profiles import DESCRIPTIONS, Profile, ProfileSettings
from tests.integration.conftest import SandboxHandle


def test_get_lists_every_profile_inactive_by_default(sandbox: SandboxHandle) -> None:
    body = sandbox.control.get("/_sandbox/profile").json()
    assert body["active"] == []
    assert set(body["profiles"]) == {profile.value for profile in Profile}
    assert all(entry["active"] is False and entry["description"] for entry in body["profiles"].values())


def test_put_switches_single_profiles_and_replaces_the_set(sandbox: SandboxHandle) -> None:
    answer = sandbox.control.put("/_sandbox/profile", json={"assently_pages_by_25": True})
    assert answer.status_code == 200
    assert answer.json()["active"] == ["assently_pages_by_25"]
    answer = sandbox.control.put(
        "/_sandbox/profile", json={"gmosign_bottom_left_origin": True, "assently_pages_by_25": False}
    )
    assert answer.json()["active"] == ["gmosign_bottom_left_origin"]
    assert sandbox.set_profiles("gmosign_unrotated_page")["active"] == ["gmosign_unrotated_page"]
    assert sandbox.control.get("/_sandbox/profile").json()["active"] == ["gmosign_unrotated_page"]
    assert sandbox.set_profiles()["active"] == []


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"no_such_profile": True}, "unknown profile"),
        ({"assently_pages_by_25": "yes"}, "true or false"),
        ({"active": "assently_pages_by_25"}, "list of profile names"),
        ({"active": [], "assently_pages_by_25": True}, "send it alone"),
        ({"active": ["assently_pages_by_25", "assently_ignores_paging"]}, "contradict"),
    ],
)
def test_bad_changes_are_refused_and_change_nothing(
    sandbox: SandboxHandle, body: dict[str, object], message: str
) -> None:
    sandbox.set_profiles("assently_hook_without_location")
    answer = sandbox.control.put("/_sandbox/profile", json=body)
    assert answer.status_code == 400
    assert message in answer.json()["message"]
    assert sandbox.control.get("/_sandbox/profile").json()["active"] == ["assently_hook_without_location"]


def test_every_profile_is_described() -> None:
    assert set(DESCRIPTIONS) == set(Profile)
    assert Profile.GMO_BOTTOM_LEFT_ORIGIN in ProfileSettings.of([Profile.GMO_BOTTOM_LEFT_ORIGIN])
