"""The embedded sandbox comes back on the port it had, so links it handed out before a restart still work."""

from __future__ import annotations

import socket
from pathlib import Path

import httpx
import pytest

from esign_desktop.sandbox import start_embedded

pytestmark = pytest.mark.integration


def _info_status(base_url: str, secret_headers: dict[str, str]) -> int:
    return httpx.get(f"{base_url}/_sandbox/info", headers=secret_headers, timeout=10).status_code


def test_a_restart_reuses_the_port_so_old_links_still_answer(tmp_path: Path) -> None:
    with start_embedded(tmp_path / "sandbox") as first:
        old_base = first.info.base_url
    with start_embedded(tmp_path / "sandbox") as second:
        assert second.info.base_url == old_base
        assert _info_status(old_base, second.info.control_headers()) == 200


def test_a_taken_port_gives_a_new_one_and_that_one_is_remembered(tmp_path: Path) -> None:
    with start_embedded(tmp_path / "sandbox") as first:
        old_port = int(first.info.base_url.rsplit(":", 1)[1])
    squatter = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        squatter.bind(("127.0.0.1", old_port))
        squatter.listen()
        with start_embedded(tmp_path / "sandbox") as second:
            new_base = second.info.base_url
            assert int(new_base.rsplit(":", 1)[1]) != old_port
    finally:
        squatter.close()
    with start_embedded(tmp_path / "sandbox") as third:
        assert third.info.base_url == new_base
