"""Relay tests use the real sandbox (tests/integration/conftest.py)."""

from tests.integration.conftest import sandbox, sandbox_server

__all__ = ["sandbox", "sandbox_server"]
