"""One page model for every coordinate.

A field's rectangle is kept as fractions (0..1) of the page *as displayed*: after /Rotate is applied, inside
the CropBox, origin at the top-left, y growing downwards, pages numbered from 1. Conversions to PDF user
space, view pixels and provider units live beside this module and happen only at the edges
(docs/geometry.md).

The names below are loaded on first use (PEP 562): the model needs only `PageRect`, and the app's start,
which reads envelopes before its window is shown, would otherwise pay for every conversion module.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
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

_MODULE_OF = {
    "VALID_ROTATIONS": "page_box",
    "OutsidePageError": "page_box",
    "PageBox": "page_box",
    "PageGeometryError": "page_box",
    "UserBox": "page_box",
    "normalise_rotation": "page_box",
    "GMOSIGN_UNITS": "provider_units",
    "GridConvention": "provider_units",
    "GridPlacement": "provider_units",
    "Origin": "provider_units",
    "snap_to_grid": "provider_units",
    "PageRect": "rect",
    "PageView": "view",
    "ViewRect": "view",
}

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


def __getattr__(name: str) -> object:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # once
    return value
