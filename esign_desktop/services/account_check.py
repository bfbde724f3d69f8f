"""`accounts check`: a safe first contact with a real account, Qt-free (the CLI and the dialog present it).

Only harmless calls. Assently: find one page of cases, get the nil GUID, create a draft case with a one-page
test PDF, read it back, delete it (and see that it is gone). GMO Sign: look up a document that cannot exist.
Every call goes through the real provider client (so its own parsing runs) over a `RecordingTransport`;
each answer is then held against what the client reads (services/answer_shapes.py) and, for the draft,
against what was sent. `record_to` writes the redacted request/answer pairs in the form the tests replay.
docs/accounts-check.md says what each step verifies.
"""

from __future__ import annotations

import tempfile
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

import httpx

from esign_desktop.domain.model import Envelope, Party, PartyRole, ProviderKind, new_id
from esign_desktop.providers.assently import AssentlyProvider
from esign_desktop.providers.assently_mapping import case_id_for, envelope_from_case
from esign_desktop.providers.base import EnvelopeQuery, Provider
from esign_desktop.providers.errors import MalformedResponse, NotFound, ProviderError
from esign_desktop.providers.redaction import Redactor
from esign_desktop.services.account_check_report import (
    AccountCheckReport,
    CheckItem,
    Finding,
    Outcome,
)
from esign_desktop.services.answer_shapes import (
    ASSENTLY_CASE,
    ASSENTLY_ERROR,
    GMOSIGN_ERROR,
    check_shape,
)
from esign_desktop.services.app_logging import SECRETS
from esign_desktop.services.exchange_recording import (
    Exchange,
    RecordingTransport,
    base_path_of,
    write_recording,
)
from esign_desktop.storage.accounts import Account

CHECK_CASE_NAME = "esign-desktop account check (draft, deleted at once)"
CHECK_PARTY_NAME = "Account check"
CHECK_PARTY_EMAIL = "account-check@example.com"  # the draft is never sent: nobody is mailed
TEST_PDF_NAME = "account-check.pdf"
_FIND_ITEMS_CHECKED = 20

T = TypeVar("T")

ClientOpener = Callable[[Account, httpx.AsyncBaseTransport], Provider]
"""Opens a separate client for the account over a transport (AccountService.open_client fits)."""


@dataclass(frozen=True, slots=True)
class _Step:
    key: str
    title: str
    verifies: str


ASSENTLY_STEPS = (
    _Step(
        "assently.connection",
        "Get a case that cannot exist (the nil GUID)",
        "credentials (raw token or Basic), and a 404 in Assently's error shape "
        "(providers.md: PAT, key + secret, errors, test_connection)",
    ),
    _Step(
        "assently.find",
        "Find one page of cases",
        "findCases: a JSON list of case models with the fields the client reads (providers.md: find paging, "
        "statuses, timestamps)",
    ),
    _Step(
        "assently.create",
        "Create a draft case with a one-page test PDF",
        "createCase with our own GUID, Data/Hash/Size, parties "
        "(providers.md: case Id, document body, parties)",
    ),
    _Step(
        "assently.read_back",
        "Read the draft back",
        "getCase returns what was sent: our Id, the name, status Draft, the document's Id, Hash and Size, "
        "the party (providers.md: case Id, document Id, statuses)",
    ),
    _Step(
        "assently.delete",
        "Delete the draft and see that it is gone",
        "deleteCase with the Id in the query; afterwards getCase says 404 or Deleted (providers.md: actions)",
    ),
)
GMOSIGN_STEPS = (
    _Step(
        "gmosign.connection",
        "Look up a document that cannot exist",
        "Basic customer id + secret key accepted (no 401/403); a missing document is 404/400 with a message "
        "(providers.md: auth, errors, test_connection, download)",
    ),
)


class AccountCheck:
    """Runs the check for one account. `open_client` opens a client of its own over a given transport."""

    def __init__(
        self,
        open_client: ClientOpener,
        *,
        inner_transport: Callable[[], httpx.AsyncBaseTransport] | None = None,
    ) -> None:
        self._open_client = open_client
        self._inner_transport = inner_transport or (lambda: httpx.AsyncHTTPTransport(retries=0))

    async def run(
        self,
        account: Account,
        base_url: str,
        *,
        record_to: Path | None = None,
        check_id: str = "",
    ) -> AccountCheckReport:
        """`base_url`: the address the client calls (for the recording's relative paths). `check_id` fixes
        the draft's local id (a replay passes the recorded one; a live check leaves it empty)."""
        check_id = check_id or new_id()
        recorder = RecordingTransport(self._inner_transport(), base_path=base_path_of(base_url))
        provider = self._open_client(account, recorder)
        try:
            if account.provider is ProviderKind.ASSENTLY:
                items = await _AssentlyRun(provider, recorder, check_id).run()
            else:
                items = await _gmosign_run(provider, recorder)
        finally:
            await provider.aclose()
        report = AccountCheckReport(account.name, account.provider.value, base_url, tuple(items))
        if record_to is not None:
            write_recording(
                record_to,
                recorder.exchanges,
                provider=account.provider.value,
                check_id=check_id,
                redactor=_redactor(),
                keep=(CHECK_CASE_NAME, CHECK_PARTY_NAME, CHECK_PARTY_EMAIL, TEST_PDF_NAME),
                report=report.to_json(),
            )
            report = replace(report, recorded_to=str(record_to))
        return report


def _redactor() -> Redactor:
    """Every secret the app has read from the keyring this run (services/app_logging.SECRETS)."""
    return SECRETS


async def _call(step: _Step, recorder: RecordingTransport, call: Callable[[], Awaitable[T]]) -> T:
    recorder.step = step.key
    return await call()


def _item(step: _Step, findings: list[Finding], error: str = "") -> CheckItem:
    """FAILED when the call failed; MISMATCH when an answer came but departs (even if the client could not
    read it at all: the findings say where); else MATCHED."""
    if error and all(f.ok for f in findings):
        outcome = Outcome.FAILED
    else:
        outcome = Outcome.MATCHED if all(f.ok for f in findings) else Outcome.MISMATCH
    return CheckItem(step.key, step.title, step.verifies, outcome, tuple(findings), error)


def _skipped(step: _Step, why: str) -> CheckItem:
    return CheckItem(step.key, step.title, step.verifies, Outcome.SKIPPED, (), why)


def _last(recorder: RecordingTransport, step: _Step) -> Exchange | None:
    exchanges = recorder.of_step(step.key)
    return exchanges[-1] if exchanges else None


def _status_finding(exchange: Exchange | None, wanted: set[int], meaning: str) -> Finding:
    if exchange is None:
        return Finding(False, "no request was sent")
    ok = exchange.status in wanted
    shown = " or ".join(str(s) for s in sorted(wanted))
    said = f"HTTP {exchange.status}"
    return Finding(
        ok, f"{exchange.method} {exchange.path}: {said}" + (f" ({meaning})" if ok else f", expected {shown}")
    )


class _AssentlyRun:
    def __init__(self, provider: Provider, recorder: RecordingTransport, check_id: str) -> None:
        self.provider = provider
        self.recorder = recorder
        self.check_id = check_id
        self.case_id = case_id_for(check_id)

    async def run(self) -> list[CheckItem]:
        connection, find, create, read_back, delete = ASSENTLY_STEPS
        first = await self._connection(connection)
        if first.outcome is Outcome.FAILED:
            why = "the first call failed: nothing else was tried"
            return [first, *(_skipped(step, why) for step in (find, create, read_back, delete))]
        items = [first, await self._find(find)]
        with tempfile.TemporaryDirectory(prefix="esign-account-check-") as folder:
            envelope = self._draft(Path(folder))
            created = await self._create(create, envelope)
            items.append(created[0])
            if created[1] is None:
                items += [
                    _skipped(read_back, "the draft was not created"),
                    _skipped(delete, "nothing to delete"),
                ]
                return items
            items.append(await self._read_back(read_back, created[1]))
            items.append(await self._delete(delete))
        return items

    async def _connection(self, step: _Step) -> CheckItem:
        try:
            await _call(step, self.recorder, self.provider.test_connection)
        except ProviderError as error:
            return _item(step, [], error.message)
        exchange = _last(self.recorder, step)
        findings = [_status_finding(exchange, {404}, "not found, as for any id that does not exist")]
        if exchange is not None:
            findings += check_shape(exchange.response_json(), ASSENTLY_ERROR, "the 404's body")
            content_type = exchange.response_headers.get("content-type", "")
            findings.append(
                Finding(True, f"Content-Type of the 404: {content_type or 'none'} (read whatever it says)")
            )
        return _item(step, findings)

    async def _find(self, step: _Step) -> CheckItem:
        error = ""
        count = 0
        try:
            count = await _call(step, self.recorder, self._one_page)
        except MalformedResponse as unreadable:
            error = f"The client could not read the answer: {unreadable.message}"
        except ProviderError as failure:
            return _item(step, [], failure.message)
        exchanges = self.recorder.of_step(step.key)
        findings = [_status_finding(exchanges[0] if exchanges else None, {200}, "the list of cases")]
        answer = exchanges[0].response_json() if exchanges else None
        if not isinstance(answer, list):
            findings.append(Finding(False, "the answer is not a JSON list of cases"))
            return _item(step, findings, error)
        findings.append(Finding(True, f"{len(answer)} case(s) in the first answer; the client read {count}"))
        findings.append(Finding(True, f"calls made to list: {len(exchanges)} (query {exchanges[0].query})"))
        for index, case in enumerate(answer[:_FIND_ITEMS_CHECKED]):
            findings += [f for f in check_shape(case, ASSENTLY_CASE, f"case {index}") if not f.ok]
        if answer and all(f.ok for f in findings):
            findings.append(
                Finding(
                    True,
                    f"the first {min(len(answer), _FIND_ITEMS_CHECKED)} case(s) have every field "
                    "the client reads",
                )
            )
        return _item(step, findings, error)

    async def _one_page(self) -> int:
        """One findCases call, read with the client's own mapping; the number of cases it read."""
        if isinstance(self.provider, AssentlyProvider):
            items = await self.provider.find_cases_page()
            return len([envelope_from_case(item) for item in items])
        return len((await self.provider.list_envelopes(EnvelopeQuery())).envelopes)

    def _draft(self, folder: Path) -> Envelope:
        from esign_desktop.services.calibration_document import write_test_pdf
        from esign_desktop.services.envelope_spec import preflight_document

        path = write_test_pdf(folder / TEST_PDF_NAME)
        document = replace(preflight_document(path), id=f"{self.check_id}-document")
        signer = Party(
            id=f"{self.check_id}-party",
            role=PartyRole.SIGNER,
            name=CHECK_PARTY_NAME,
            email=CHECK_PARTY_EMAIL,
        )
        return Envelope(
            local_id=self.check_id,
            provider=ProviderKind.ASSENTLY,
            name=CHECK_CASE_NAME,
            documents=(document,),
            parties=(signer,),
        )

    async def _create(self, step: _Step, envelope: Envelope) -> tuple[CheckItem, Envelope | None]:
        try:
            created = await _call(step, self.recorder, lambda: self.provider.create_envelope(envelope))
        except ProviderError as error:
            return _item(step, [], error.message), None
        assert isinstance(created, Envelope)
        exchange = _last(self.recorder, step)
        findings = [
            _status_finding(exchange, {200, 201, 204}, "the draft was accepted"),
            Finding(created.remote_id == self.case_id, f"the case Id is ours: {created.remote_id}"),
        ]
        return _item(step, findings), created

    async def _read_back(self, step: _Step, sent: Envelope) -> CheckItem:
        error = ""
        try:
            await _call(step, self.recorder, lambda: self.provider.get_envelope(self.case_id))
        except MalformedResponse as unreadable:
            error = f"The client could not read the answer: {unreadable.message}"
        except ProviderError as failure:
            return _item(step, [], failure.message)
        exchange = _last(self.recorder, step)
        answer = exchange.response_json() if exchange is not None else None
        findings = [_status_finding(exchange, {200}, "the case model")]
        findings += check_shape(answer, ASSENTLY_CASE, "the case")
        findings += _compare_case(answer, sent, self.case_id)
        return _item(step, findings, error)

    async def _delete(self, step: _Step) -> CheckItem:
        try:
            await _call(step, self.recorder, lambda: self.provider.delete(self.case_id))
        except ProviderError as error:
            return _item(
                step, [], error.message + f" The draft case {self.case_id} may still exist: delete it there."
            )
        findings = [_status_finding(_last(self.recorder, step), {200, 202, 204}, "deleted")]
        try:
            after = await _call(step, self.recorder, lambda: self.provider.get_envelope(self.case_id))
        except NotFound:
            findings.append(Finding(True, "getCase afterwards: 404, the draft is gone"))
        except ProviderError as error:
            findings.append(Finding(False, f"getCase afterwards failed: {error.message}"))
        else:
            status = getattr(after, "provider_status", "")
            findings.append(
                Finding(
                    status.lower() == "deleted", f"getCase afterwards still finds the case, status “{status}”"
                )
            )
        return _item(step, findings)


def _compare_case(answer: object, sent: Envelope, case_id: str) -> list[Finding]:
    """What the service says about the draft against what the client sent."""
    if not isinstance(answer, dict):
        return []
    findings = [
        Finding(str(answer.get("Id", "")).lower() == case_id, f"Id is the GUID the client chose ({case_id})"),
        Finding(answer.get("Name") == sent.name, f"Name came back as sent (“{answer.get('Name')}”)"),
        Finding(
            str(answer.get("Status", "")).lower() == "draft",
            f"Status of a new case is “{answer.get('Status')}”",
        ),
    ]
    documents = [d for d in answer.get("Documents") or [] if isinstance(d, dict)]
    findings.append(Finding(len(documents) == 1, f"{len(documents)} document(s) listed, 1 sent"))
    if documents and sent.documents:
        ours, theirs = sent.documents[0], documents[0]
        findings.append(
            Finding(
                str(theirs.get("Id")) == ours.remote_id,
                f"the document's Id is the one the client chose ({ours.remote_id})",
            )
        )
        findings.append(
            Finding(
                str(theirs.get("Hash", "")).lower() == ours.sha512,
                "the document's Hash is the SHA-512 of the uploaded bytes",
            )
        )
        findings.append(
            Finding(str(theirs.get("Size")) == str(ours.size), f"the document's Size is {ours.size} bytes")
        )
    emails = [
        str(p.get("EmailAddress", "")).lower() for p in answer.get("Parties") or [] if isinstance(p, dict)
    ]
    findings.append(Finding(CHECK_PARTY_EMAIL in emails, "the signer came back with the e-mail address sent"))
    return findings


async def _gmosign_run(provider: Provider, recorder: RecordingTransport) -> list[CheckItem]:
    (step,) = GMOSIGN_STEPS
    try:
        await _call(step, recorder, provider.test_connection)
    except ProviderError as error:
        return [_item(step, [], error.message)]
    exchange = _last(recorder, step)
    findings = [_status_finding(exchange, {400, 404}, "credentials accepted, no such document")]
    if exchange is not None:
        answer = exchange.response_json()
        if isinstance(answer, dict):
            findings += check_shape(answer, GMOSIGN_ERROR, "the error body")
            if "downloadedDocument" in answer:
                findings.append(Finding(False, "a document that cannot exist came back with content"))
        else:
            findings.append(
                Finding(False, "the error body is not a JSON object: the client shows no service message")
            )
    return [_item(step, findings)]
