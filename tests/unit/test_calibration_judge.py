"""Which convention explains measured stamps: the pure part of placement calibration."""

from __future__ import annotations

from esign_desktop.domain.geometry import PageRect
from esign_desktop.domain.geometry.provider_units import GMOSIGN_BOTTOM_LEFT, GMOSIGN_UNITS, GMOSIGN_UNROTATED
from esign_desktop.services.calibration import Verdict, judge, predicted_landing
from esign_desktop.services.calibration_document import CALIBRATION_PAGES


def landed_under(service: object, sent_with: object = GMOSIGN_UNITS) -> list[list[PageRect]]:
    return [
        [predicted_landing(page.field, page.rotation, sent_with, service)]  # type: ignore[arg-type]
        for page in CALIBRATION_PAGES
    ]


def test_each_known_convention_is_told_apart_from_the_others() -> None:
    assert judge(CALIBRATION_PAGES, landed_under(GMOSIGN_UNITS), GMOSIGN_UNITS)[:2] == (
        Verdict.HOLDS,
        "top-left",
    )
    assert judge(CALIBRATION_PAGES, landed_under(GMOSIGN_BOTTOM_LEFT), GMOSIGN_UNITS)[:2] == (
        Verdict.OTHER_CONVENTION,
        "bottom-left",
    )
    assert judge(CALIBRATION_PAGES, landed_under(GMOSIGN_UNROTATED), GMOSIGN_UNITS)[:2] == (
        Verdict.OTHER_CONVENTION,
        "unrotated-page",
    )


def test_after_storing_a_convention_the_next_calibration_holds() -> None:
    regions = landed_under(GMOSIGN_BOTTOM_LEFT, sent_with=GMOSIGN_BOTTOM_LEFT)
    assert judge(CALIBRATION_PAGES, regions, GMOSIGN_BOTTOM_LEFT)[:2] == (Verdict.HOLDS, "bottom-left")


def test_extra_marks_elsewhere_on_the_page_do_not_confuse_it() -> None:
    regions = landed_under(GMOSIGN_BOTTOM_LEFT)
    for found in regions:
        found.append(PageRect(0.0, 0.95, 1.0, 1.0))  # a footer the service adds to every page
    assert judge(CALIBRATION_PAGES, regions, GMOSIGN_UNITS)[0] is Verdict.OTHER_CONVENTION


def test_stamps_no_convention_explains_change_nothing() -> None:
    regions = [[PageRect(0.45, 0.45, 0.55, 0.55)] for _ in CALIBRATION_PAGES]
    verdict, found, landings = judge(CALIBRATION_PAGES, regions, GMOSIGN_UNITS)
    assert (verdict, found) == (Verdict.UNEXPLAINED, "")
    assert all(landing.landed == PageRect(0.45, 0.45, 0.55, 0.55) for landing in landings)


def test_no_change_at_all_means_not_signed_yet() -> None:
    verdict, _, landings = judge(CALIBRATION_PAGES, [[] for _ in CALIBRATION_PAGES], GMOSIGN_UNITS)
    assert verdict is Verdict.NOT_SIGNED
    assert all(landing.landed is None for landing in landings)


def test_only_the_given_candidates_are_considered() -> None:
    """Assently: fields are form fields, so a moved stamp is unexplained, never another convention."""
    regions = landed_under(GMOSIGN_BOTTOM_LEFT)
    assert judge(CALIBRATION_PAGES, regions, GMOSIGN_UNITS, (GMOSIGN_UNITS,))[0] is Verdict.UNEXPLAINED
