"""The filter proxy: sidebar views, search as you type, sorting, and incremental updates."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester

from esign_desktop.domain.model import Envelope, Party
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.ui.models.envelope_columns import EnvelopeColumn
from esign_desktop.ui.models.envelope_filter_proxy import EnvelopeFilterProxy
from esign_desktop.ui.models.envelope_table_model import EnvelopeTableModel
from esign_desktop.ui.views_rules import EnvelopeView, ViewContext, views_of
from tests.gui.demo_envelopes import ACCOUNT_NAMES, DEMO_NOW, demo_envelope, demo_envelopes, many_envelopes

pytestmark = pytest.mark.gui


@pytest.fixture
def model() -> EnvelopeTableModel:
    model = EnvelopeTableModel()
    model.set_account_names(ACCOUNT_NAMES)
    model.set_view_context(ViewContext(now=DEMO_NOW))
    model.set_envelopes(list(demo_envelopes()))
    return model


@pytest.fixture
def proxy(model: EnvelopeTableModel, qtmodeltester: ModelTester) -> EnvelopeFilterProxy:
    proxy = EnvelopeFilterProxy(model)
    qtmodeltester.check(proxy)  # type: ignore[no-untyped-call]
    return proxy


def visible_ids(proxy: EnvelopeFilterProxy) -> list[str]:
    return [envelope.local_id for envelope in proxy.visible_envelopes()]


def assert_sorted(proxy: EnvelopeFilterProxy) -> None:
    """The visible rows are in the proxy's order, checked against an independent sort."""
    column, descending = (
        EnvelopeColumn(proxy.sort_column()),
        proxy.sort_order() is Qt.SortOrder.DescendingOrder,
    )
    envelopes = proxy.visible_envelopes()
    keys = [
        getattr(e, {EnvelopeColumn.UPDATED: "updated_at", EnvelopeColumn.SENT: "sent_at"}[column])
        for e in envelopes
    ]
    present = [key for key in keys if key is not None]
    assert present == sorted(present, reverse=descending)
    assert keys[len(present) :] == [None] * (len(keys) - len(present))  # missing values go last


def test_default_order_is_most_recently_changed_first(proxy: EnvelopeFilterProxy) -> None:
    assert proxy.rowCount() == len(list(demo_envelopes()))
    assert_sorted(proxy)


@pytest.mark.parametrize("view", list(EnvelopeView))
def test_each_view_shows_exactly_the_envelopes_its_rule_accepts(
    proxy: EnvelopeFilterProxy, model: EnvelopeTableModel, view: EnvelopeView
) -> None:
    proxy.set_view(view)
    expected = {e.local_id for e in demo_envelopes() if view in views_of(e, model.collection.context)}
    assert set(visible_ids(proxy)) == expected
    assert proxy.rowCount() == model.counts()[view]


def test_views_group_statuses_as_people_expect(proxy: EnvelopeFilterProxy) -> None:
    proxy.set_view(EnvelopeView.CLOSED)
    assert {e.status for e in proxy.visible_envelopes()} == {
        EnvelopeStatus.REJECTED,
        EnvelopeStatus.EXPIRED,
        EnvelopeStatus.RECALLED,
    }
    proxy.set_view(EnvelopeView.WAITING)
    assert {e.status for e in proxy.visible_envelopes()} == {
        EnvelopeStatus.SENT,
        EnvelopeStatus.PENDING_APPROVAL,
        EnvelopeStatus.SIGNED,
    }


@pytest.mark.parametrize(
    ("text", "matches"),
    [
        ("nda", lambda e: "nda" in e.name.lower()),
        ("KENJI", lambda e: any(p.name == "Kenji Sato" for p in e.parties)),
        ("example.fi", lambda e: any(p.email.endswith("example.fi") for p in e.parties)),
        ("gmo sign sandbox", lambda e: e.account_id == "acc-gmo"),
        ("lease anna", lambda e: "Lease" in e.name and any(p.name.startswith("Anna") for p in e.parties)),
        ("no such thing", lambda e: False),
    ],
)
def test_search_matches_name_parties_and_account(
    proxy: EnvelopeFilterProxy, text: str, matches: object
) -> None:
    assert callable(matches)
    proxy.set_search_text(text)
    assert set(visible_ids(proxy)) == {e.local_id for e in demo_envelopes() if matches(e)}
    proxy.set_search_text("")
    assert proxy.rowCount() == len(list(demo_envelopes()))


def test_search_and_view_combine(proxy: EnvelopeFilterProxy) -> None:
    proxy.set_view(EnvelopeView.COMPLETED)
    proxy.set_search_text("gmo")
    assert visible_ids(proxy) == ["gmosign-completed-14"]


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_sort_by_sent_puts_unsent_last_in_either_order(
    proxy: EnvelopeFilterProxy, order: Qt.SortOrder
) -> None:
    proxy.sort(EnvelopeColumn.SENT, order)
    assert_sorted(proxy)


def test_sort_by_name_and_status(proxy: EnvelopeFilterProxy) -> None:
    proxy.sort(EnvelopeColumn.NAME, Qt.SortOrder.AscendingOrder)
    names = [e.name.casefold() for e in proxy.visible_envelopes()]
    assert names == sorted(names)
    proxy.sort(EnvelopeColumn.STATUS, Qt.SortOrder.DescendingOrder)
    ranks = [list(EnvelopeStatus).index(e.status) for e in proxy.visible_envelopes()]
    assert ranks == sorted(ranks, reverse=True)


def test_selection_survives_filter_and_sort_changes(proxy: EnvelopeFilterProxy) -> None:
    target = proxy.row_of("assently-completed-4")
    assert target is not None
    kept = QPersistentModelIndex(proxy.index(target, 0))
    proxy.sort(EnvelopeColumn.NAME, Qt.SortOrder.AscendingOrder)
    proxy.set_view(EnvelopeView.COMPLETED)
    assert kept.isValid()
    assert proxy.envelope(kept.row()).local_id == "assently-completed-4"
    proxy.set_search_text("gmo")
    assert not kept.isValid()  # filtered out


def test_upsert_inserts_moves_and_removes_visible_rows_in_sorted_place(
    proxy: EnvelopeFilterProxy, model: EnvelopeTableModel
) -> None:
    proxy.set_view(EnvelopeView.WAITING)
    resets: list[bool] = []
    proxy.modelReset.connect(lambda: resets.append(True))
    layouts: list[bool] = []
    proxy.layoutChanged.connect(lambda: layouts.append(True))
    watched_row = proxy.row_of("gmosign-pending_approval-11")
    assert watched_row is not None
    watched = QPersistentModelIndex(proxy.index(watched_row, 0))

    newest = replace(demo_envelope(EnvelopeStatus.SENT, index=60), updated_at=DEMO_NOW + timedelta(days=1))
    model.upsert([newest])
    assert visible_ids(proxy)[0] == newest.local_id

    oldest = proxy.envelope(0)
    model.upsert([replace(oldest, updated_at=DEMO_NOW - timedelta(days=365))])  # moves to the bottom
    assert visible_ids(proxy)[-1] == oldest.local_id

    leaving = proxy.envelope(1)
    model.upsert([replace(leaving, status=EnvelopeStatus.COMPLETED)])  # no longer waiting
    assert leaving.local_id not in visible_ids(proxy)

    model.remove([proxy.envelope(0).local_id])
    assert_sorted(proxy)
    assert watched.isValid()
    assert proxy.envelope(watched.row()).local_id == "gmosign-pending_approval-11"
    assert not resets
    assert not layouts
    assert proxy.rowCount() == model.counts()[EnvelopeView.WAITING]


def test_many_new_rows_arrive_in_one_layout_change(
    proxy: EnvelopeFilterProxy, model: EnvelopeTableModel
) -> None:
    layouts: list[bool] = []
    proxy.layoutChanged.connect(lambda: layouts.append(True))
    model.upsert(many_envelopes(500))
    assert layouts == [True]
    assert proxy.rowCount() == model.rowCount()
    assert_sorted(proxy)


def test_account_rename_is_searchable(proxy: EnvelopeFilterProxy, model: EnvelopeTableModel) -> None:
    model.set_account_names({**ACCOUNT_NAMES, "acc-gmo": "Tokyo office"})
    proxy.set_search_text("tokyo")
    assert proxy.rowCount() == sum(1 for e in demo_envelopes() if e.account_id == "acc-gmo")


def test_a_party_added_later_becomes_searchable(
    proxy: EnvelopeFilterProxy, model: EnvelopeTableModel
) -> None:
    proxy.set_search_text("zlatan")
    assert proxy.rowCount() == 0
    envelope: Envelope = model.envelope(0)
    model.upsert([replace(envelope, parties=(*envelope.parties, Party(id="z", name="Zlatan Ek")))])
    assert visible_ids(proxy) == [envelope.local_id]


def test_filtering_100000_envelopes_keeps_counts_and_order(qtmodeltester: ModelTester) -> None:
    model = EnvelopeTableModel()
    model.set_envelopes(many_envelopes(100_000))
    proxy = EnvelopeFilterProxy(model)
    proxy.set_search_text("envelope 9999")
    assert visible_ids(proxy) == [f"bulk-{n}" for n in range(100_000) if "9999" in str(n)]  # newest first
    proxy.set_view(EnvelopeView.COMPLETED)
    assert all(e.status is EnvelopeStatus.COMPLETED for e in proxy.visible_envelopes())


def test_typing_narrows_and_deleting_widens_the_result(proxy: EnvelopeFilterProxy) -> None:
    def expected(*terms: str) -> set[str]:
        def text(e: Envelope) -> str:
            account = [e.provider.label, ACCOUNT_NAMES[e.account_id]]
            return " ".join(
                [e.name, *account, *(p.name for p in e.parties), *(p.email for p in e.parties)]
            ).lower()

        return {e.local_id for e in demo_envelopes() if all(term in text(e) for term in terms)}

    for typed in ["n", "nd", "nda", "nda y", "nda yu"]:
        proxy.set_search_text(typed)
        assert set(visible_ids(proxy)) == expected(*typed.split())
    for typed in ["nda y", "nda", "n", "lease"]:
        proxy.set_search_text(typed)
        assert set(visible_ids(proxy)) == expected(*typed.split())
    assert_sorted(proxy)
