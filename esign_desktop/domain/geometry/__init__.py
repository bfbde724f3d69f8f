"""One page model for every coordinate.

A field's rectangle is kept as fractions (0..1) of the page *as displayed*: after /Rotate is applied, inside
the CropBox, origin at the top-left, y growing downwards, pages numbered from 1. Conversions to PDF user
space, view pixels and provider units live beside this module and happen only at the edges
(docs/geometry.md).
"""

from esign_desktop.domain.geometry.page_box import (
    VALID_ROTATIONS,
    OutsidePageError,
    PageBox,
    PageGeometryError,
    UserBox,
    normalise_rotation,
)
from esign_desktop.domain.geometry.provider_units import (
    GMOSIGN_UNITS,
    GridConvention,
    GridPlacement,
    Origin,
    snap_to_grid,
)
from esign_desktop.domain.geometry.rect import PageRect
from esign_desktop.domain.geometry.view import PageView, ViewRect

__all__ = [
    "GMOSIGN_UNITS",
    "VALID_ROTATIONS",
    "GridConvention",
    "GridPlacement",
    "Origin",
    "OutsidePageError",
    "PageBox",
    "PageGeometryError",
    "PageRect",
    "PageView",
    "UserBox",
    "ViewRect",
    "normalise_rotation",
    "snap_to_grid",
]
