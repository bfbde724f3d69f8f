"""`esign envelopes create` with real-world PDFs from the corpus: every preflight warning on stderr, --strict,
passwords from a file or stdin (never stored), restrictions removed and repairs only when asked for."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.corpus.corpus import FILES_DIR
from tests.integration.conftest import SandboxHandle
from tests.integration.test_cli import esign

pytestmark = pytest.mark.integration

_THIRD_PARTY = ("pypdf", "pikepdf", "qpdf", "Traceback", "Warning:")


@pytest.fixture
def demo(app_home: Path, sandbox: SandboxHandle) -> Path:
    info = sandbox.info
    added = esign(
        app_home, "accounts", "add", "--provider", "assently", "--name", "Demo",
        "--base-url", info.assently_base_url, stdin=info.assently_token,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    return app_home


def _spec(tmp_path: Path, corpus_file: str, *, with_field: bool = True) -> Path:
    shutil.copy(FILES_DIR / corpus_file, tmp_path / corpus_file)
    spec = {
        "name": f"Intake {corpus_file}",
        "documents": [{"path": corpus_file}],
        "parties": [{"id": "p1", "name": "Aiko Tanaka", "email": "aiko@example.com", "sign_type": "touch"}],
        "fields": (
            [{"document": 0, "page": 1, "kind": "signature", "party": "p1", "rect": [10, 80, 40, 88]}]
            if with_field
            else []
        ),
    }
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    return path


def _no_library_text(stderr: str) -> None:
    assert not [word for word in _THIRD_PARTY if word in stderr], stderr


def test_usage_rights_form_is_sent_with_the_warning_on_stderr_and_strict_refuses(
    demo: Path, tmp_path: Path
) -> None:
    spec = _spec(tmp_path, "usage-rights-160F-2019.pdf")

    strict = esign(demo, "envelopes", "create", str(spec), "--account", "Demo", "--strict")
    assert strict.returncode == 2
    assert strict.stdout == ""
    assert "--strict" in strict.stderr

    created = esign(demo, "envelopes", "create", str(spec), "--account", "Demo")
    assert created.returncode == 0, created.stderr
    assert created.stdout.strip()
    assert "warning: usage-rights-160F-2019.pdf: The PDF carries Adobe Reader usage rights" in created.stderr
    assert "Assently:" in created.stderr
    assert "GMO Sign" not in created.stderr  # only the account's service
    assert "JavaScript" in created.stderr
    _no_library_text(created.stderr)


def test_password_comes_from_a_file_or_stdin_and_is_never_stored(demo: Path, tmp_path: Path) -> None:
    spec = _spec(tmp_path, "gen-user-password-aes256.pdf")

    refused = esign(demo, "envelopes", "create", str(spec), "--account", "Demo")
    assert refused.returncode == 2
    assert "--password-file" in refused.stderr

    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not-it\n", encoding="utf-8")
    rejected = esign(
        demo, "envelopes", "create", str(spec), "--account", "Demo", "--password-file", str(wrong)
    )
    assert rejected.returncode == 2
    assert "password is not correct" in rejected.stderr
    assert "not-it" not in rejected.stderr

    from_stdin = esign(
        demo,
        "envelopes",
        "create",
        str(spec),
        "--account",
        "Demo",
        "--password-file",
        "-",
        stdin="user-secret\n",
    )
    assert from_stdin.returncode == 0, from_stdin.stderr
    _no_library_text(from_stdin.stderr)
    for path in demo.rglob("*"):
        if path.is_file():
            assert b"user-secret" not in path.read_bytes(), path


def test_restrictions_are_removed_only_when_the_person_says_so(demo: Path, tmp_path: Path) -> None:
    spec = _spec(tmp_path, "gen-owner-only-restricted.pdf")

    refused = esign(demo, "envelopes", "create", str(spec), "--account", "Demo")
    assert refused.returncode == 2
    assert "--remove-restrictions" in refused.stderr
    assert "changing the document" in refused.stderr

    created = esign(demo, "envelopes", "create", str(spec), "--account", "Demo", "--remove-restrictions")
    assert created.returncode == 0, created.stderr


def test_damaged_file_is_repaired_only_when_asked(demo: Path, tmp_path: Path) -> None:
    spec = _spec(tmp_path, "damaged-junk-before-header.pdf")
    original = (tmp_path / "damaged-junk-before-header.pdf").read_bytes()

    refused = esign(demo, "envelopes", "create", str(spec), "--account", "Demo")
    assert refused.returncode == 2
    assert "--repair" in refused.stderr

    repaired = esign(demo, "envelopes", "create", str(spec), "--account", "Demo", "--repair")
    assert repaired.returncode == 0, repaired.stderr
    assert (tmp_path / "damaged-junk-before-header.pdf").read_bytes() == original


def test_certificate_encryption_is_named(demo: Path, tmp_path: Path) -> None:
    refused = esign(
        demo, "envelopes", "create", str(_spec(tmp_path, "cert-encrypted-aes256.pdf")), "--account", "Demo"
    )
    assert refused.returncode == 2
    assert "certificates" in refused.stderr
    assert "cut short" not in refused.stderr


def test_pypdf_log_lines_never_reach_the_person(demo: Path, tmp_path: Path) -> None:
    # pypdf logs "incorrect startxref pointer" and "parsing for Object Streams" while reading this file.
    created = esign(
        demo,
        "envelopes",
        "create",
        str(_spec(tmp_path, "damaged-startxref-hopeless.pdf")),
        "--account",
        "Demo",
    )
    assert created.returncode == 0, created.stderr
    assert created.stderr == ""
