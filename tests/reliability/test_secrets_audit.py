"""After the app's services run end to end with real-looking credentials (sync, send, download, faults, a
refused secret), no secret appears in any file under the data folder, in the log, or in any error text."""

from __future__ import annotations

import asyncio
import base64
import logging
import secrets
import traceback
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from esign_desktop.domain.model import ProviderKind, new_id
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.providers.errors import ProviderError
from esign_desktop.services.app_logging import LOG_FILE_NAME, configure_logging
from esign_desktop.services.context import ServiceContext
from esign_desktop.services.envelope_actions import EnvelopeActions
from esign_desktop.services.sync import AccountSyncStatus
from esign_desktop.storage.paths import AppPaths
from esign_desktop.storage.secrets import Secret
from tests.pdf_factory import PageSpec, make_pdf
from tests.reliability.sandbox_process import SandboxProcess
from tests.reliability.sending import one_signer_envelope

pytestmark = pytest.mark.reliability


@pytest.fixture
def app_log(app_home: Path) -> Iterator[Path]:
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    path = configure_logging(AppPaths.under(app_home).logs_dir(), "DEBUG")
    yield path
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def error_texts(error: BaseException) -> list[str]:
    """Everything a person or a bug report could see of an error: message, repr, whole traceback chain."""
    return [str(error), repr(error), "".join(traceback.format_exception(error))]


@pytest.mark.timeout(180)
def test_no_secret_reaches_files_logs_or_errors(
    sandbox: SandboxProcess, app_home: Path, app_log: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    info = sandbox.info
    wrong_token = "pat-" + secrets.token_hex(16)
    wrong_gmo_secret = secrets.token_hex(20)
    secret_values = [
        info.assently_token,
        info.assently_api_secret,
        info.gmo_secret_key,
        wrong_token,
        wrong_gmo_secret,
    ]
    basic_pairs = [
        (info.assently_api_key, info.assently_api_secret),
        (info.gmo_customer_id, info.gmo_secret_key),
        (info.gmo_customer_id, wrong_gmo_secret),
    ]
    context = ServiceContext.open(AppPaths.under(app_home))
    accounts = context.accounts
    token_account = accounts.add(
        ProviderKind.ASSENTLY, "Assently token", Secret(info.assently_token), base_url=info.assently_base_url
    )
    key_account = accounts.add(
        ProviderKind.ASSENTLY,
        "Assently key",
        Secret(info.assently_api_secret),
        base_url=info.assently_base_url,
        key_id=info.assently_api_key,
    )
    gmo_account = accounts.add(
        ProviderKind.GMOSIGN,
        "GMO",
        Secret(info.gmo_secret_key),
        base_url=info.gmosign_base_url,
        key_id=info.gmo_customer_id,
    )
    refused_assently = accounts.add(
        ProviderKind.ASSENTLY, "Refused token", Secret(wrong_token), base_url=info.assently_base_url
    )
    refused_gmo = accounts.add(
        ProviderKind.GMOSIGN,
        "Refused GMO",
        Secret(wrong_gmo_secret),
        base_url=info.gmosign_base_url,
        key_id=info.gmo_customer_id,
    )
    reports: list[AccountSyncStatus] = []
    context.monitor.subscribe_account_status(reports.append)
    pdf = make_pdf(tmp_path / "contract.pdf", [PageSpec()])
    seen_texts: list[str] = []

    async def run_everything() -> None:
        try:
            for account in (token_account, key_account, gmo_account):
                envelope = one_signer_envelope(account.provider, account.id, pdf, f"Audit {new_id()[:6]}")
                outcome = await context.sender.send(envelope)
                assert outcome.sent, outcome.error
                if account.provider is ProviderKind.ASSENTLY:
                    await context.sync.sync_account(account)
                    remote = sandbox.envelope("assently", outcome.envelope.remote_id)
                    sandbox.act("assently", remote["id"], remote["parties"][0]["id"])
                    finished = context.cache.get(envelope.local_id)
                    assert finished is not None
                    done = await EnvelopeActions(context).download(
                        replace(finished, status=EnvelopeStatus.COMPLETED),
                        AppPaths.under(app_home).downloads_dir(),
                    )
                    assert done.ok, done.message
            sandbox.set_faults(error_rate=0.3, lost_response_rate=0.2, rate_limit=False)
            for account in (token_account, key_account):
                for _ in range(2):
                    try:
                        await context.sync.sync_account(account)
                    except ProviderError as error:
                        seen_texts.extend(error_texts(error))
            faulty = one_signer_envelope(
                ProviderKind.GMOSIGN, gmo_account.id, pdf, f"Audit faults {new_id()[:6]}"
            )
            context.sender._base_delay = 0.01
            outcome = await context.sender.send(faulty)
            seen_texts.append(outcome.error)
            sandbox.set_faults(error_rate=0.0, lost_response_rate=0.0)
            for account in (refused_assently, refused_gmo):
                try:
                    await context.accounts.provider_for(account.id).test_connection()
                except ProviderError as error:
                    seen_texts.extend(error_texts(error))
                else:
                    raise AssertionError("a wrong secret was accepted")
            await context.sync.run_account(refused_assently.id)  # stops at once: needs credentials
            refused = one_signer_envelope(ProviderKind.GMOSIGN, refused_gmo.id, pdf, "Refused send")
            outcome = await context.sender.send(refused)
            assert not outcome.sent
            seen_texts.append(outcome.error)
        finally:
            await context.accounts.aclose()

    try:
        asyncio.run(run_everything())
    finally:
        context.database.close()
    logging.getLogger("esign_desktop").info("audit finished")  # flushes through the redacting handler
    seen_texts.extend(report.message for report in reports)

    needles = {value: value.encode() for value in secret_values}
    for key, secret in basic_pairs:
        needles[f"Basic {key}:…"] = base64.b64encode(f"{key}:{secret}".encode())
    files = [path for path in app_home.rglob("*") if path.is_file()]
    leaks = [
        f"{path.relative_to(app_home)} contains {label}"
        for path in files
        for label, needle in needles.items()
        if needle in path.read_bytes()
    ]
    leaks += [
        f"an error text contains {label}"
        for text in seen_texts
        for label, needle in needles.items()
        if needle.decode() in text
    ]

    assert app_log.name == LOG_FILE_NAME
    assert app_log.stat().st_size > 0
    assert any(path.suffix == ".sqlite3" for path in files)
    assert any(
        info.gmo_customer_id.encode() in path.read_bytes() for path in files
    )  # the scan sees the store
    assert any(r.state.value == "needs_credentials" for r in reports)  # the 401 really happened
    assert len(seen_texts) > 10
    assert leaks == []
