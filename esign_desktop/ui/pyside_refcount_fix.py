"""Work around PySide6 6.12 reference-count bugs on Python 3.11.

Measured on this project's environment (PySide6 6.12.0, CPython 3.11.7):
- every `SignalInstance.emit(...)` made from Python drops one reference to `True` that it never took;
- every Python override returning None to C++ (e.g. `data()` for a role it does not serve) drops one
  reference to `None`.
On 3.11 these singletons are ordinary objects, so after a few thousand calls the count reaches zero and the
interpreter aborts ("Fatal Python error: bool_dealloc" / "none_dealloc"). Python 3.12 made them immortal,
which hides the bug there. Adding a huge number of references makes them immortal here too.
"""

from __future__ import annotations

import sys

_EXTRA_REFERENCES = 1 << 40  # more calls than any process will ever make
_pinned = False


def pin_singletons() -> None:
    """Idempotent; a no-op on Python 3.12+, where None, True and False are immortal already."""
    global _pinned
    if _pinned or sys.version_info >= (3, 12):
        return
    import ctypes  # here: only 3.11 needs it, and it costs ~2 ms of the start

    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _EXTRA_REFERENCES
    _pinned = True
