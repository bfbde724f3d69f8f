"""Team tests use the real sandbox too (tests/integration/conftest.py) and the CLI tests' spec."""

from tests.integration.conftest import sandbox, sandbox_server
from tests.integration.test_cli import spec

__all__ = ["sandbox", "sandbox_server", "spec"]
