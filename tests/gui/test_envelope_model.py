"""The envelope table model: QAbstractItemModelTester-checked, and its data read without a widget."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QIcon, QPalette
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from esign_desktop.domain.model import ProviderKind
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.ui.models.envelope_columns import EnvelopeColumn
from esign_desktop.ui.models.envelope_table_model import (
    ENVELOPE_ROLE,
    LOCAL_ID_ROLE,
    SORT_ROLE,
    EnvelopeTableModel,
)
from esign_desktop.ui.views_rules import EnvelopeView, ViewContext
from tests.gui.demo_envelopes import ACCOUNT_NAMES, DEMO_NOW, demo_envelope, demo_envelopes

pytestmark = pytest.mark.gui


@pytest.fixture
def model() -> EnvelopeTableModel:
    model = EnvelopeTableModel()
    model.set_account_names(ACCOUNT_NAMES)
    model.set_view_context(ViewContext(now=DEMO_NOW))
    model.set_envelopes(list(demo_envelopes()))
    return model


def cell(
    model: EnvelopeTableModel, row: int, column: EnvelopeColumn, role: int = Qt.ItemDataRole.DisplayRole
) -> object:
    return model.data(model.index(row, column), role)


def row_of(model: EnvelopeTableModel, local_id: str) -> int:
    row = model.collection.row_of(local_id)
    assert row is not None
    return row


def test_model_passes_the_item_model_tester_through_every_kind_of_change(
    qtmodeltester: ModelTester, model: EnvelopeTableModel
) -> None:
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]
    first = model.envelope(0)
    model.upsert([replace(first, name="Renamed"), demo_envelope(EnvelopeStatus.SENT, index=99)])
    model.remove([first.local_id, "missing-id"])
    model.set_outbox([model.envelope(0).local_id])
    model.set_envelopes([])
    model.upsert([demo_envelope(EnvelopeStatus.DRAFT, index=100)])
    assert model.rowCount() == 1


def test_display_text_of_every_column(model: EnvelopeTableModel) -> None:
    sent = demo_envelope(EnvelopeStatus.SENT, ProviderKind.GMOSIGN, index=7)
    model.set_envelopes([sent])
    assert cell(model, 0, EnvelopeColumn.NAME) == sent.name
    assert cell(model, 0, EnvelopeColumn.ACCOUNT) == "GMO Sign · GMO Sign sandbox"
    assert cell(model, 0, EnvelopeColumn.STATUS) == "Sent"
    assert cell(model, 0, EnvelopeColumn.PROGRESS) == "1 of 3 signed"
    assert sent.sent_at is not None
    assert sent.expires_at is not None
    assert cell(model, 0, EnvelopeColumn.SENT) == sent.sent_at.astimezone().strftime("%Y-%m-%d %H:%M")
    assert cell(model, 0, EnvelopeColumn.EXPIRES) == sent.expires_at.astimezone().strftime("%Y-%m-%d %H:%M")
    assert cell(model, 0, EnvelopeColumn.NAME, ENVELOPE_ROLE) is sent
    assert cell(model, 0, EnvelopeColumn.NAME, LOCAL_ID_ROLE) == sent.local_id


def test_status_column_has_colour_icon_and_the_raw_provider_status_as_tooltip(
    model: EnvelopeTableModel,
) -> None:
    row = row_of(model, "assently-pending_approval-1")
    assert cell(model, row, EnvelopeColumn.STATUS, Qt.ItemDataRole.ToolTipRole) == (
        "Assently E-Sign status: PendingApproval"
    )
    icon = cell(model, row, EnvelopeColumn.STATUS, Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon)
    assert not icon.isNull()
    assert isinstance(cell(model, row, EnvelopeColumn.STATUS, Qt.ItemDataRole.ForegroundRole), QColor)
    assert cell(model, row, EnvelopeColumn.NAME, Qt.ItemDataRole.DecorationRole) is None


def test_status_colour_follows_a_dark_palette(model: EnvelopeTableModel, qtbot: QtBot) -> None:
    row = row_of(model, "assently-sent-2")
    light = QPalette(QColor("#f0f0f0"))
    dark = QPalette(QColor("#202020"))
    model.set_palette(light)
    light_colour = cell(model, row, EnvelopeColumn.STATUS, Qt.ItemDataRole.ForegroundRole)
    with qtbot.waitSignal(model.dataChanged, timeout=0):
        model.set_palette(dark)
    dark_colour = cell(model, row, EnvelopeColumn.STATUS, Qt.ItemDataRole.ForegroundRole)
    assert isinstance(light_colour, QColor)
    assert isinstance(dark_colour, QColor)
    assert dark_colour.lightness() > light_colour.lightness()


def test_sort_role_gives_real_values(model: EnvelopeTableModel) -> None:
    sent_row = row_of(model, "assently-sent-2")
    draft_row = row_of(model, "assently-draft-0")
    assert isinstance(cell(model, sent_row, EnvelopeColumn.SENT, SORT_ROLE), datetime)
    assert isinstance(cell(model, sent_row, EnvelopeColumn.UPDATED, SORT_ROLE), datetime)
    assert cell(model, draft_row, EnvelopeColumn.SENT, SORT_ROLE) is None
    draft_rank = cell(model, draft_row, EnvelopeColumn.STATUS, SORT_ROLE)
    sent_rank = cell(model, sent_row, EnvelopeColumn.STATUS, SORT_ROLE)
    assert isinstance(draft_rank, int)
    assert isinstance(sent_rank, int)
    assert draft_rank < sent_rank
    assert cell(model, sent_row, EnvelopeColumn.PROGRESS, SORT_ROLE) == pytest.approx(1 / 3)


def test_upsert_changes_rows_in_place_and_appends_new_ones_without_a_reset(
    model: EnvelopeTableModel, qtbot: QtBot
) -> None:
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    changed_rows: list[int] = []
    model.dataChanged.connect(
        lambda top_left, _bottom_right, _roles=None: changed_rows.append(top_left.row())
    )
    target_row = row_of(model, "assently-sent-2")
    updated = replace(model.envelope(target_row), status=EnvelopeStatus.COMPLETED)
    new = demo_envelope(EnvelopeStatus.DRAFT, index=50)
    before = model.rowCount()
    with qtbot.waitSignal(model.rowsInserted, timeout=0) as inserted:
        model.upsert([updated, new])
    assert inserted.args is not None
    assert inserted.args[1:] == [before, before]
    assert changed_rows == [target_row]
    assert model.envelope(target_row).status is EnvelopeStatus.COMPLETED
    assert model.envelope(before) is new
    assert not resets


def test_remove_takes_out_only_the_given_rows(model: EnvelopeTableModel) -> None:
    removed: list[tuple[int, int]] = []
    model.rowsRemoved.connect(lambda _parent, first, last: removed.append((first, last)))
    ids = [model.envelope(row).local_id for row in (2, 3, 7)]
    keep = model.envelope(4).local_id
    model.remove(ids)
    assert removed == [(7, 7), (2, 3)]
    assert all(model.collection.row_of(local_id) is None for local_id in ids)
    assert model.envelope(row_of(model, keep)).local_id == keep


def test_counts_follow_every_change(model: EnvelopeTableModel, qtbot: QtBot) -> None:
    counts = model.counts()
    assert counts[EnvelopeView.ALL] == len(list(demo_envelopes()))
    assert counts[EnvelopeView.DRAFTS] == 2
    assert counts[EnvelopeView.COMPLETED] == 2
    assert counts[EnvelopeView.CLOSED] == 6  # rejected, recalled, expired for both providers
    draft = model.envelope(row_of(model, "assently-draft-0"))
    with qtbot.waitSignal(model.counts_changed, timeout=0) as signal:
        model.upsert([replace(draft, status=EnvelopeStatus.COMPLETED)])
    assert signal.args is not None
    assert signal.args[0][EnvelopeView.DRAFTS] == 1
    assert signal.args[0][EnvelopeView.COMPLETED] == 3
    model.set_outbox(["gmosign-draft-10"])
    assert model.counts()[EnvelopeView.OUTBOX] == 1
    assert model.counts()[EnvelopeView.DRAFTS] == 0
    model.remove(["gmosign-draft-10"])
    assert model.counts()[EnvelopeView.OUTBOX] == 0
    assert model.counts()[EnvelopeView.ALL] == counts[EnvelopeView.ALL] - 1


def test_action_needed_counts_failures_own_signatures_and_expiry(model: EnvelopeTableModel) -> None:
    assert model.counts()[EnvelopeView.ACTION_NEEDED] == 2  # the two failed sends
    soon = DEMO_NOW + timedelta(days=40)  # every sent envelope now expires within days
    model.set_view_context(ViewContext(now=soon))
    in_flight = sum(1 for e in demo_envelopes() if e.status.is_in_flight and e.expires_at is not None)
    assert model.counts()[EnvelopeView.ACTION_NEEDED] == 2 + in_flight
    model.set_view_context(ViewContext(now=DEMO_NOW, own_addresses=frozenset({"kenji.sato@example.jp"})))
    assert model.counts()[EnvelopeView.ACTION_NEEDED] > 2


def test_invalid_indexes_and_header(model: EnvelopeTableModel) -> None:
    assert model.data(QModelIndex()) is None
    assert model.headerData(EnvelopeColumn.SENT, Qt.Orientation.Horizontal) == "Sent"
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.rowCount(model.index(0, 0)) == 0
