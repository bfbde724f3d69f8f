"""The one error the finalise package raises for bad input."""

from __future__ import annotations


class FinaliseError(ValueError):
    """The document or the stamps cannot be finalised; the message says why and what to do."""
