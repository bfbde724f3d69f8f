"""Layouts (saved field placements) are the team's: a layout saved, changed or deleted on one desktop reaches
the others within 2 s, and a desktop that was away catches up."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from esign_desktop.domain.model import ProviderKind
from esign_desktop.services.context import ServiceContext
from esign_desktop.services.layouts import layout_from_envelope
from esign_desktop.storage.layouts import Layout
from tests.integration.conftest import SandboxHandle
from tests.integration.test_outbox_sender import add_account, envelope_for
from tests.team.test_two_desktops import _run, _until, desktops, pdf

pytestmark = pytest.mark.integration
__all__ = ["desktops", "pdf"]  # fixtures shared with the two-desktop tests


def _names(context: ServiceContext) -> list[str]:
    return [summary.name for summary in context.layouts.list(ProviderKind.ASSENTLY)]


def _layouts(context: ServiceContext, sandbox: SandboxHandle, pdf: Path, *names: str) -> list[Layout]:
    account = add_account(context, sandbox, ProviderKind.ASSENTLY)
    return [layout_from_envelope(name, envelope_for(account, pdf, "Source of a layout")) for name in names]


def test_a_layout_saved_changed_and_deleted_on_one_desktop_follows_on_the_other(
    desktops: tuple[ServiceContext, ServiceContext], sandbox: SandboxHandle, pdf: Path
) -> None:
    anna, bo = desktops
    assert anna.link is not None
    assert bo.link is not None
    anna_link, bo_link = anna.link, bo.link

    async def body() -> None:
        [layout] = _layouts(anna, sandbox, pdf, "Sales contract / page 2")  # a name with a slash
        anna_link.start()
        bo_link.start()
        await _until(lambda: anna_link.state.connected and bo_link.state.connected)

        anna.layouts.save(layout)
        took = await _until(lambda: _names(bo) == ["Sales contract / page 2"], within=2.0)
        print(f"layout saved on one desktop to the other: {took:.3f} s")
        assert bo.layouts.load(ProviderKind.ASSENTLY, layout.name) == layout

        changed = replace(
            layout, fields=layout.fields[:0], updated_at=layout.updated_at + timedelta(seconds=1)
        )
        bo.layouts.save(changed)  # Bo changes it: Anna gets his version
        await _until(
            lambda: (
                (here := anna.layouts.load(ProviderKind.ASSENTLY, layout.name)) is not None
                and here.fields == ()
            ),
            within=2.0,
        )

        assert anna.layouts.delete(ProviderKind.ASSENTLY, layout.name)
        await _until(lambda: _names(bo) == [], within=2.0)
        await asyncio.sleep(0.3)
        assert _names(anna) == []  # nobody pushed it back

    _run(body, anna, bo)


def test_a_desktop_that_was_away_catches_up_and_an_older_copy_never_wins(
    desktops: tuple[ServiceContext, ServiceContext], sandbox: SandboxHandle, pdf: Path
) -> None:
    anna, bo = desktops
    assert anna.link is not None
    assert bo.link is not None
    anna_link, bo_link = anna.link, bo.link

    async def body() -> None:
        first, gone = _layouts(anna, sandbox, pdf, "NDA", "Old form")
        anna.layouts.save(gone)
        await anna_link.sync_once()
        await bo_link.sync_once()
        assert _names(bo) == ["Old form"]

        # Bo is away: Anna saves one layout, deletes another, and deletes then re-saves a third name.
        anna.layouts.save(first)
        anna.layouts.delete(ProviderKind.ASSENTLY, "Old form")
        again = replace(gone, updated_at=gone.updated_at + timedelta(seconds=5))
        await anna_link.sync_once()
        anna.layouts.save(again)  # "Old form" saved anew after its deletion reached the team
        await anna_link.sync_once()
        stale = replace(first, fields=(), updated_at=first.updated_at - timedelta(days=1))
        bo.layouts.save(stale)  # Bo's own older copy of "NDA", made while away

        await bo_link.sync_once()
        assert sorted(_names(bo)) == ["NDA", "Old form"]
        assert bo.layouts.load(ProviderKind.ASSENTLY, "NDA") == first  # the newer version won
        await anna_link.sync_once()
        assert anna.layouts.load(ProviderKind.ASSENTLY, "NDA") == first  # and Bo's stale copy did not spread

    _run(body, anna, bo)
