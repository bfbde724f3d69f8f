"""A stored envelope body that names another id than the row it is stored in is set aside, not listed under
an id nothing else knows (found by tests/unit/test_fuzz_input.py on the merged branch)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from esign_desktop.domain.model import Envelope, ProviderKind, new_id
from esign_desktop.storage.accounts import Account
from esign_desktop.storage.codec import envelope_to_json
from esign_desktop.storage.local_store import LocalStore
from esign_desktop.storage.paths import AppPaths


@pytest.mark.parametrize("stored_id", ["", "someone-else"])
def test_a_body_naming_another_id_is_set_aside(
    tmp_path: Path, stored_id: str, caplog: pytest.LogCaptureFixture
) -> None:
    with LocalStore.open(AppPaths.under(tmp_path / "home")) as store:
        account = store.accounts.add(Account(ProviderKind.GMOSIGN, "Rows", ""))
        good = Envelope(local_id=new_id(), provider=ProviderKind.GMOSIGN, account_id=account.id, name="good")
        victim = Envelope(
            local_id=new_id(), provider=ProviderKind.GMOSIGN, account_id=account.id, name="victim"
        )
        store.envelopes.upsert_many([good, victim])
        plain = json.loads(envelope_to_json(victim))
        plain["value"]["local_id"] = stored_id
        with store.database.transaction("test") as connection:
            connection.execute(
                "UPDATE envelope_bodies SET json = ? WHERE local_id = ?", (json.dumps(plain), victim.local_id)
            )

        read = [e.local_id for e in store.envelopes.all_envelopes()]

        assert read == [good.local_id]
        assert [r.record_key for r in store.quarantine.list()] == [victim.local_id]
        assert "names another envelope than the one it is stored as" in caplog.text
