"""Placement calibration end to end: the real clients, the outbox and the sandbox's coordinate profiles.

For each way the sandbox can read GMO Sign coordinates (the contract as we read it, from the bottom-left
corner, on the unrotated page), calibration sends its sheet, the sandbox's control API signs on the person's
behalf, calibration measures the stamps, names the convention and stores it; then an ordinary envelope with
fields on a rotated and on a cropped page is sent with the account as it now is, signed, downloaded, and
every stamp must land within 1 % of the page of where it was placed.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from esign_desktop.domain.geometry import PageRect
from esign_desktop.domain.model import Envelope, Field, FieldKind, Party, PartyRole, ProviderKind, new_id
from esign_desktop.services.calibration import ACCURACY, CalibrationService, Verdict
from esign_desktop.services.calibration_document import changed_regions, render_pages
from esign_desktop.services.context import ServiceContext
from esign_desktop.services.envelope_spec import preflight_document
from esign_desktop.storage.paths import AppPaths
from esign_desktop.storage.secrets import Secret
from tests.integration.conftest import SandboxHandle
from tests.pdf_factory import A4, PageSpec, make_pdf

pytestmark = pytest.mark.integration

EMAIL = "calibrating@example.com"
PROFILES = {
    "": ("top-left", Verdict.HOLDS),
    "gmosign_bottom_left_origin": ("bottom-left", Verdict.OTHER_CONVENTION),
    "gmosign_unrotated_page": ("unrotated-page", Verdict.OTHER_CONVENTION),
}
# The next envelope: a rotated page and a cropped, rotated page, fields away from every symmetric place.
NEXT_PAGES = [
    PageSpec(*A4, rotate=90),
    PageSpec(*A4, crop_box=(40, 70, A4[0] - 30, A4[1] - 60), rotate=270),
]
NEXT_FIELDS = [PageRect(0.62, 0.08, 0.90, 0.20), PageRect(0.07, 0.55, 0.40, 0.66)]


def _sign_all(sandbox: SandboxHandle, envelope_id: str) -> None:
    for party in sandbox.envelope("gmosign", envelope_id)["parties"]:
        response = sandbox.act("gmosign", envelope_id, party["id"])
        assert response.status_code == 200, response.text


async def _calibrate_and_send_next(
    sandbox: SandboxHandle, home: Path, work: Path
) -> tuple[str, str, Verdict, list[tuple[PageRect, list[PageRect]]]]:
    context = ServiceContext.open(AppPaths.under(home))
    try:
        info = sandbox.info
        account = context.accounts.add(
            ProviderKind.GMOSIGN,
            "GMO",
            Secret(info.gmo_secret_key),
            base_url=info.gmosign_base_url,
            key_id=info.gmo_customer_id,
        )
        calibration = CalibrationService(
            context.accounts, context.sender, context.cache, home / "calibration"
        )
        pending = await calibration.send(account, EMAIL)
        not_yet = await calibration.finish(account)
        assert not_yet.verdict is Verdict.NOT_SIGNED  # nothing signed yet: nothing measured, nothing stored
        _sign_all(sandbox, pending.remote_id)
        result = await calibration.finish(account)
        assert calibration.pending(account) is None
        account = context.accounts.find("GMO") or account
        stored = account.coordinate_convention

        # The next envelope, placed with whatever the account now stores.
        source = make_pdf(work / "next.pdf", NEXT_PAGES)
        document = preflight_document(source)
        signer = Party(id="s1", role=PartyRole.SIGNER, name="Next Signer", email="next@example.com")
        fields = tuple(
            Field(id=f"f{n}", kind=FieldKind.SIGNATURE, document=0, page=n, rect=rect, party_id="s1")
            for n, rect in enumerate(NEXT_FIELDS, start=1)
        )
        envelope = Envelope(
            local_id=new_id(),
            provider=ProviderKind.GMOSIGN,
            account_id=account.id,
            name="After calibration",
            documents=(document,),
            parties=(signer,),
            fields=fields,
        )
        outcome = await context.sender.send(envelope)
        assert outcome.sent, outcome.error
        _sign_all(sandbox, outcome.envelope.remote_id)
        provider = context.accounts.provider_for(account.id)
        signed = await provider.download_document(
            outcome.envelope, outcome.envelope.documents[0], work / "downloads"
        )
        before = render_pages(source, len(NEXT_PAGES))
        after = render_pages(signed, len(NEXT_PAGES))
        measured = [
            (placed, changed_regions(b, a)) for placed, b, a in zip(NEXT_FIELDS, before, after, strict=True)
        ]
        return stored, result.text(), result.verdict, measured
    finally:
        await context.aclose()


@pytest.mark.parametrize("profile", list(PROFILES), ids=["contract", "bottom-left", "unrotated-page"])
def test_calibration_detects_the_profile_and_the_next_envelope_lands_within_1_percent(
    sandbox: SandboxHandle, tmp_path: Path, profile: str
) -> None:
    expected_convention, expected_verdict = PROFILES[profile]
    sandbox.set_profiles(*([profile] if profile else []))
    (tmp_path / "downloads").mkdir()
    stored, text, verdict, measured = asyncio.run(
        _calibrate_and_send_next(sandbox, tmp_path / "home", tmp_path)
    )
    assert verdict is expected_verdict, text
    assert (stored or "top-left") == expected_convention
    for page, (placed, regions) in enumerate(measured, start=1):
        assert regions, f"page {page}: no stamp found"
        nearest = min(regions, key=lambda r: _distance(r, placed))
        assert _distance(nearest, placed) <= ACCURACY, (page, placed, nearest)


def test_without_the_stored_convention_the_profiles_really_move_stamps(
    sandbox: SandboxHandle, tmp_path: Path
) -> None:
    """The test above can fail: under a profile, an account that was not calibrated misses its places."""
    sandbox.set_profiles("gmosign_bottom_left_origin")
    (tmp_path / "downloads").mkdir()
    pdf = make_pdf(tmp_path / "plain.pdf", NEXT_PAGES)

    async def send_uncalibrated() -> list[list[PageRect]]:
        context = ServiceContext.open(AppPaths.under(tmp_path / "home"))
        try:
            info = sandbox.info
            account = context.accounts.add(
                ProviderKind.GMOSIGN, "GMO", Secret(info.gmo_secret_key),
                base_url=info.gmosign_base_url, key_id=info.gmo_customer_id,
            )  # fmt: skip
            signer = Party(id="s1", role=PartyRole.SIGNER, name="Plain", email="plain@example.com")
            field = Field(
                id="f1", kind=FieldKind.SIGNATURE, document=0, page=1, rect=NEXT_FIELDS[0], party_id="s1"
            )
            envelope = Envelope(
                local_id=new_id(), provider=ProviderKind.GMOSIGN, account_id=account.id, name="Plain",
                documents=(preflight_document(pdf),), parties=(signer,), fields=(field,),
            )  # fmt: skip
            outcome = await context.sender.send(envelope)
            assert outcome.sent, outcome.error
            _sign_all(sandbox, outcome.envelope.remote_id)
            provider = context.accounts.provider_for(account.id)
            signed = await provider.download_document(
                outcome.envelope, outcome.envelope.documents[0], tmp_path / "downloads"
            )
            return [
                changed_regions(b, a)
                for b, a in zip(render_pages(pdf, 1), render_pages(signed, 1), strict=True)
            ]
        finally:
            await context.aclose()

    [regions] = asyncio.run(send_uncalibrated())
    assert regions
    assert min(_distance(r, NEXT_FIELDS[0]) for r in regions) > 0.1


def _distance(a: PageRect, b: PageRect) -> float:
    return max(abs(a.x0 - b.x0), abs(a.y0 - b.y0), abs(a.x1 - b.x1), abs(a.y1 - b.y1))


def test_an_assently_account_is_checked_but_never_given_a_convention(
    sandbox: SandboxHandle, tmp_path: Path
) -> None:
    async def calibrate() -> tuple[str, str, Verdict]:
        context = ServiceContext.open(AppPaths.under(tmp_path / "home"))
        try:
            info = sandbox.info
            account = context.accounts.add(
                ProviderKind.ASSENTLY, "A", Secret(info.assently_token), base_url=info.assently_base_url
            )
            service = CalibrationService(
                context.accounts, context.sender, context.cache, tmp_path / "calibration"
            )
            pending = await service.send(account, EMAIL)
            for party in sandbox.envelope("assently", pending.remote_id)["parties"]:
                assert sandbox.act("assently", pending.remote_id, party["id"]).status_code == 200
            result = await service.finish(account)
            stored = (context.accounts.find("A") or account).coordinate_convention
            return stored, result.text(), result.verdict
        finally:
            await context.aclose()

    stored, text, verdict = asyncio.run(calibrate())
    assert verdict is Verdict.HOLDS, text
    assert "form fields inside the PDF" in text
    assert stored == ""
