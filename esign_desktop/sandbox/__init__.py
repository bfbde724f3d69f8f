"""The embedded sandbox: Assently E-Sign and GMO Sign emulated on loopback.

It is an independent peer of the API clients: it never imports another esign_desktop package, so a mapping
mistake on either side shows up as a failing conversation between the two.
"""

from __future__ import annotations

from esign_desktop.sandbox.info import SandboxInfo
from esign_desktop.sandbox.server import EmbeddedSandbox, start_embedded

__all__ = ["EmbeddedSandbox", "SandboxInfo", "start_embedded"]
