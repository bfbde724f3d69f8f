"""`esign`: the scripting CLI for admins and tests, on the app's own services and data folder.

Exit codes: 0 success, 2 bad input (the problem named on stderr), 3 service or network error (or a send
left unfinished: stderr says how to resume it), 130 interrupted (Ctrl-C) while a send was queued.

Every create and send goes through the outbox journal (services/outbox_sender.py), like a send from the app:
written down before the first request, retried internally, never done twice; a repeated command with the same
idempotency key returns the first envelope (docs/envelope-format.md).
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import getpass
import hashlib
import json
import logging
import sys
import uuid
import warnings
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from esign_desktop import __version__
from esign_desktop.domain.action_rules import allowed_actions
from esign_desktop.domain.capabilities import Action, capabilities_for
from esign_desktop.domain.model import (
    Document,
    Envelope,
    FieldKind,
    Party,
    PartyRole,
    ProviderKind,
    new_id,
    utc_now,
)
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.domain.validation import blocking, validate
from esign_desktop.pdf import error_templates as pdf_templates
from esign_desktop.pdf.errors import PdfError
from esign_desktop.providers.errors import NotSupported, ProviderError
from esign_desktop.services.context import ServiceContext
from esign_desktop.services.document_intake import IntakeChoices, Remedy, load_document, remedy_for
from esign_desktop.services.envelope_actions import EnvelopeActions
from esign_desktop.services.envelope_spec import SpecError, read_spec
from esign_desktop.services.outbox_sender import SendOutcome, unrepeatable_sent
from esign_desktop.services.status_monitor import Change, EnvelopeUpdate, NoticeKind
from esign_desktop.storage.accounts import Account, AccountState
from esign_desktop.storage.action_phrases import ActionPhrase
from esign_desktop.storage.errors import StorageError
from esign_desktop.storage.outbox import OutboxEntry, OutboxState
from esign_desktop.storage.secrets import Secret

if TYPE_CHECKING:  # psycopg loads only in team mode
    from esign_desktop.storage.postgres import PostgresDatabase

EXIT_OK = 0
EXIT_BAD_INPUT = 2
EXIT_SERVICE = 3
EXIT_INTERRUPTED = 130  # Ctrl-C while a send was queued: it is in the journal, not done

# Outbox entries this process is driving and has not seen finish: Ctrl-C then never exits 0.
_QUEUED: set[str] = set()


class BadInput(Exception):  # noqa: N818 - reads as the situation, like the provider errors
    """The person's input cannot work; the message says why."""


class ActionFailed(Exception):  # noqa: N818 - reads as the situation
    """remind, recall, delete or download did not succeed: the envelope's name and why (EnvelopeActions)."""


class Unfinished(Exception):  # noqa: N818 - reads as the situation
    """A journaled create or send could not be finished now; the message says why and how to resume."""

    def __init__(self, reason: str, entry_id: str, *, may_resume: bool) -> None:
        how = (
            f"Nothing is sent twice: run the same command again, or `esign outbox resume {entry_id}` "
            "(`esign outbox list` shows every journaled send)."
            if may_resume
            else "It is not requested again automatically: check the service first (`esign outbox list`)."
        )
        super().__init__(f"{reason.rstrip()} {how}")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="esign", description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--version", action="version", version=f"esign {__version__}")
    commands = parser.add_subparsers(dest="group", required=True)

    accounts = commands.add_parser("accounts", help="add, list and remove service accounts").add_subparsers(
        dest="command", required=True
    )
    add = accounts.add_parser(
        "add",
        help="add an account; the secret (token, API secret or GMO secret key) is read from stdin when it is "
        "not a terminal, else prompted for; it is never an argument",
    )
    add.add_argument("--provider", choices=[p.value for p in ProviderKind], required=True)
    add.add_argument("--name", required=True)
    add.add_argument("--base-url", default="", help="a custom service address (the sandbox, a test host)")
    credential = add.add_mutually_exclusive_group()
    credential.add_argument(
        "--key", default="", help="Assently API key (without it: a Personal Access Token)"
    )
    credential.add_argument("--customer-id", default="", help="GMO Sign customer id")
    listing = accounts.add_parser("list", help="list accounts")
    listing.add_argument("--json", action="store_true")
    remove = accounts.add_parser("remove", help="remove an account and forget its secret")
    remove.add_argument("name")
    _add_check_commands(accounts, commands)

    envelopes = commands.add_parser("envelopes", help="work with envelopes").add_subparsers(
        dest="command", required=True
    )
    env_list = envelopes.add_parser("list", help="list envelopes (syncs polling accounts first)")
    env_list.add_argument("--account")
    env_list.add_argument("--status", choices=[s.value for s in EnvelopeStatus])
    env_list.add_argument("--json", action="store_true")
    env_list.add_argument("--offline", action="store_true", help="show the local cache without syncing")
    show = envelopes.add_parser("show", help="show one envelope (local or service id)")
    show.add_argument("id")
    show.add_argument("--json", action="store_true")
    create = envelopes.add_parser("create", help="create an envelope from a spec (docs/envelope-format.md)")
    create.add_argument("spec", type=Path)
    create.add_argument("--account", required=True)
    create.add_argument(
        "--send", action="store_true", help="send it too (without: a draft; nobody is notified)"
    )
    create.add_argument(
        "--idempotency-key",
        metavar="KEY",
        help="repeating create with the same key (and account) returns the first envelope; default: a hash "
        "of the spec and its PDFs",
    )
    _add_intake_arguments(create)
    for action in ("send", "remind", "recall", "delete"):
        envelopes.add_parser(action, help=f"{action} an envelope").add_argument("id")
    download = envelopes.add_parser("download", help="download the documents (and receipt when finished)")
    download.add_argument("id")
    download.add_argument("--out", type=Path, required=True)

    watch = commands.add_parser("watch", help="print status changes as they happen (Ctrl-C to stop)")
    watch.add_argument("--account")
    watch.add_argument("--passes", type=int, default=0, help="stop after this many sync passes (0: never)")

    batch = commands.add_parser("batch", help="one envelope per CSV row from a spec")
    batch.add_argument("spec", type=Path)
    batch.add_argument("--csv", type=Path, required=True)
    batch.add_argument("--account", required=True)
    batch.add_argument("--dry-run", action="store_true")
    _add_intake_arguments(batch)

    team = commands.add_parser("team", help="team mode (ESIGN_TEAM_DATABASE; docs/team.md)").add_subparsers(
        dest="command", required=True
    )
    team_status_parser = team.add_parser("status", help="the team database, the desktops and the outbox")
    team_status_parser.add_argument("--json", action="store_true")

    relay = commands.add_parser(
        "relay", help="status callbacks through the office's esign-relay"
    ).add_subparsers(dest="command", required=True)
    relay_connect = relay.add_parser("connect", help="register the account's callbacks to the relay")
    relay_connect.add_argument("--account", required=True)
    relay_connect.add_argument("--public-url", required=True, help="the relay's public address (https://…)")
    relay_disconnect = relay.add_parser("disconnect", help="remove the account's relay callbacks")
    relay_disconnect.add_argument("--account", required=True)

    outbox = commands.add_parser("outbox", help="the journal of creates and sends").add_subparsers(
        dest="command", required=True
    )
    outbox_list = outbox.add_parser(
        "list", help="list the journal of creates and sends (--pending: only unfinished and failed ones)"
    )
    outbox_list.add_argument("--pending", action="store_true", help="only unfinished and failed entries")
    outbox_list.add_argument("--json", action="store_true")
    resume = outbox.add_parser(
        "resume", help="finish unfinished entries (all, or the given ones; a failed one is tried again)"
    )
    resume.add_argument("entries", nargs="*", metavar="ENTRY")
    return parser


def _add_intake_arguments(command: argparse.ArgumentParser) -> None:
    """How the PDFs of a spec are taken in: warnings, passwords, restrictions, repairs."""
    command.add_argument(
        "--strict", action="store_true", help="treat PDF warnings as errors (exit 2 before anything is sent)"
    )
    command.add_argument(
        "--password-file",
        type=Path,
        help="a file whose first line is the password of the protected PDFs ('-': read it from stdin); "
        "the password is not stored",
    )
    command.add_argument(
        "--remove-restrictions",
        action="store_true",
        help="you may remove owner-password restrictions: send an unrestricted copy of such PDFs",
    )
    command.add_argument("--repair", action="store_true", help="use a repaired copy of damaged PDFs")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    _silence_pdf_libraries()
    try:
        return asyncio.run(_run(args))
    except BadInput as error:
        print(f"esign: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except SpecError as error:
        # One line per problem, each starting with its JSON path (docs/envelope-format.md).
        print("esign: the spec was refused:\n  " + "\n  ".join(error.problems), file=sys.stderr)
        return EXIT_BAD_INPUT
    except PdfError as error:
        print(f"esign: {error.user_message}{_REMEDY_HINT.get(remedy_for(error), '')}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except StorageError as error:
        message = getattr(error, "user_message", None) or str(error)
        print(f"esign: {message}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except ProviderError as error:
        print(f"esign: {error.message}", file=sys.stderr)
        return EXIT_SERVICE
    except (Unfinished, ActionFailed) as error:
        print(f"esign: {error}", file=sys.stderr)
        return EXIT_SERVICE
    except KeyboardInterrupt:
        if not _QUEUED:
            return EXIT_OK
        print(
            f"esign: interrupted with {len(_QUEUED)} send(s) journaled but unfinished; nothing is sent "
            "twice: `esign outbox list` shows them, `esign outbox resume` finishes them.",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED


async def _run(args: argparse.Namespace) -> int:
    context = ServiceContext.open()
    try:
        handler = _HANDLERS[(args.group, getattr(args, "command", None))]
        await _team_exchange(context)  # team mode: the team's accounts and register first
        try:
            return await handler(context, args)
        finally:
            await _team_exchange(context)  # and what this command wrote, to the team
    finally:
        await context.aclose()


async def _team_exchange(context: ServiceContext) -> None:
    """Team mode: share this desktop's queued changes and take the team's. Without the database the command
    still runs on the local copy (the changes stay queued), and says so."""
    if context.link is None:
        return
    try:
        await context.link.sync_once()
    except StorageError as error:
        print(f"esign: working from this computer's copy: {error.user_message}", file=sys.stderr)


# -- accounts ------------------------------------------------------------------------------------------------


async def accounts_add(context: ServiceContext, args: argparse.Namespace) -> int:
    provider = ProviderKind(args.provider)
    if provider is ProviderKind.GMOSIGN and not args.customer_id:
        raise BadInput("a GMO Sign account needs --customer-id")
    if provider is ProviderKind.ASSENTLY and args.customer_id:
        raise BadInput("--customer-id is for GMO Sign; Assently takes --key or a Personal Access Token")
    secret = _read_secret(provider, has_key=bool(args.key))
    shared = context.accounts.find(args.name) if context.link is not None else None
    if shared is not None and shared.provider is provider:
        # Team mode: the team already has this account; this desktop joins it with its own copy of the
        # secret, kept in this computer's keyring (never in the team database).
        account = context.accounts.set_secret(shared, secret)
        print(f"esign: joined the team's account “{account.name}”", file=sys.stderr)
        print(account.name)
        return EXIT_OK
    account = context.accounts.add(
        provider, args.name, secret, base_url=args.base_url, key_id=args.key or args.customer_id
    )
    if not context.accounts.secrets.is_persistent():
        print(f"esign: {context.accounts.secrets.status_message()}", file=sys.stderr)
    print(account.name)
    return EXIT_OK


def _read_secret(provider: ProviderKind, *, has_key: bool) -> Secret:
    what = {
        (ProviderKind.ASSENTLY, False): "Assently Personal Access Token",
        (ProviderKind.ASSENTLY, True): "Assently API secret",
    }.get((provider, has_key), "GMO Sign secret key")
    value = getpass.getpass(f"{what}: ") if sys.stdin.isatty() else sys.stdin.readline().strip()
    if not value:
        raise BadInput(f"no {what} given on stdin")
    return Secret(value)


async def accounts_list(context: ServiceContext, args: argparse.Namespace) -> int:
    accounts = context.accounts.list()
    if args.json:
        _print_json([{**_account_json(a), "state": _state_word(context, a)} for a in accounts])
    else:
        for account in accounts:
            where = account.base_url or "production"
            print(f"{account.name}\t{account.provider.value}\t{where}\t{_state_word(context, account)}")
    return EXIT_OK


async def accounts_remove(context: ServiceContext, args: argparse.Namespace) -> int:
    await context.accounts.remove(_account(context, args.name))
    return EXIT_OK


# -- envelopes -----------------------------------------------------------------------------------------------


async def envelopes_list(context: ServiceContext, args: argparse.Namespace) -> int:
    accounts = [_account(context, args.account)] if args.account else context.accounts.list()
    if not args.offline:
        for account in accounts:
            if context.accounts.provider_for(account.id).capabilities.supports(Action.LIST):
                await context.sync.sync_account(account)
    statuses = [EnvelopeStatus(args.status)] if args.status else []
    rows = []
    for account in accounts:
        for summary in context.cache.list(statuses=statuses, account_id=account.id):
            envelope = context.cache.get(summary.local_id)
            if envelope is not None:
                rows.append((account, envelope))
    if args.json:
        _print_json([_envelope_json(envelope, account) for account, envelope in rows])
    else:
        for account, envelope in rows:
            signed, total = envelope.signing_progress
            print(
                f"{_public_id(envelope)}\t{envelope.status.value}\t{envelope.provider_status}\t"
                f"{signed}/{total}\t{account.name}\t{envelope.name}"
            )
    return EXIT_OK


async def envelopes_show(context: ServiceContext, args: argparse.Namespace) -> int:
    account, envelope = _envelope(context, args.id)
    provider = context.accounts.provider_for(account.id)
    if envelope.remote_id and provider.capabilities.supports(Action.GET):
        fresh = await provider.get_envelope(envelope.remote_id)
        envelope = replace(
            envelope,
            status=fresh.status,
            provider_status=fresh.provider_status,
            parties=fresh.parties or envelope.parties,
        )
        context.cache.upsert(envelope)
    if args.json:
        _print_json(_envelope_json(envelope, account))
    else:
        print(f"{envelope.name} ({_public_id(envelope)}) on {account.name}")
        print(f"status: {envelope.status.label} [{envelope.provider_status or '-'}]")
        for party in envelope.parties:
            who = f"{party.display_name} <{party.email}>"
            print(f"  {party.order}. {who} {party.role.value}: {party.status.value}")
    return EXIT_OK


_REMEDY_HINT: dict[Remedy | None, str] = {
    Remedy.PASSWORD: " Give the password with --password-file FILE (or --password-file - for stdin).",
    Remedy.REMOVE_RESTRICTIONS: " If you may remove them, pass --remove-restrictions.",
    Remedy.REPAIR: " To use a repaired copy, pass --repair.",
}


def _silence_pdf_libraries() -> None:
    """pypdf, pikepdf and pyHanko talk through logging and warnings; what matters reaches the person as our
    own typed errors and preflight warnings, so none of their text does."""
    for name in ("pypdf", "pikepdf", "pyhanko", "fontTools"):
        library_log = logging.getLogger(name)
        library_log.addHandler(logging.NullHandler())
        library_log.propagate = False
    warnings.filterwarnings("ignore", module=r"(pypdf|pikepdf|pyhanko)(\.|$)")


def _spec_loader(
    context: ServiceContext, args: argparse.Namespace, account: Account
) -> Callable[[Path], Document]:
    """Preflight each PDF of the spec: every warning on stderr (once per file), refusals as typed errors."""
    choices = IntakeChoices(
        folder=context.paths.draft_files_dir(),
        password=_read_password(args.password_file) if args.password_file else None,
        remove_restrictions=args.remove_restrictions,
        repair=args.repair,
    )
    placement = capabilities_for(account.provider).placement
    warned: list[str] = []

    def load(path: Path) -> Document:
        try:
            document, report = load_document(path, choices)
        except PdfError as error:
            hint = _REMEDY_HINT.get(remedy_for(error), "")
            raise PdfError(pdf_templates.WITH_HINT, error.user_message, hint.strip()) from error
        for warning in report.warnings:
            text = f"{report.file_name}: {warning.message_for(placement)}"
            if text not in warned:
                warned.append(text)
                print(f"esign: warning: {text}", file=sys.stderr)
        if warned and args.strict:
            raise BadInput(f"{report.file_name}: PDF warnings are errors with --strict")
        return document

    return load


def _read_password(source: Path) -> str:
    try:
        line = (
            sys.stdin.readline() if str(source) == "-" else source.read_text(encoding="utf-8").split("\n")[0]
        )
    except (OSError, UnicodeDecodeError):
        raise BadInput(f"cannot read the password file {source}") from None
    password = line.rstrip("\r\n")
    if not password:
        raise BadInput("the password file is empty" if str(source) != "-" else "no password given on stdin")
    return password


async def envelopes_create(context: ServiceContext, args: argparse.Namespace) -> int:
    account = _account(context, args.account)
    envelope = _checked(read_spec(args.spec, account.provider, _spec_loader(context, args, account)), account)
    key = args.idempotency_key or _spec_key(args.spec, envelope)
    envelope = replace(envelope, local_id=_local_id_for(account, key))
    print(_public_id(await _create_once(context, envelope, send=args.send)))
    return EXIT_OK


def _spec_key(spec: Path, envelope: Envelope) -> str:
    """The default idempotency key: the spec's bytes and its PDFs' contents."""
    digest = hashlib.sha256()
    try:
        digest.update(spec.read_bytes())
    except OSError as error:
        raise BadInput(f"cannot read {spec}: {error.strerror}") from None
    for document in envelope.documents:
        digest.update(b"\0" + document.sha512.encode())
    return digest.hexdigest()


def _local_id_for(account: Account, key: str) -> str:
    """The envelope's local id, derived from the idempotency key and the account: the same key finds the
    same envelope (and its journal entries); on Assently, the case id follows from it too."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"esign-desktop:{account.id}:{key}").hex


_SENDABLE = frozenset({EnvelopeStatus.DRAFT, EnvelopeStatus.FAILED})  # what a create may still send


async def _create_once(context: ServiceContext, envelope: Envelope, *, send: bool) -> Envelope:
    """Create `envelope` (a draft: nobody is notified) or, with `send`, create and send it, exactly once.

    An earlier run with the same local id is finished first (or its failure reported), never repeated. A GMO
    Sign draft stays local: the service has no drafts (creating there is sending)."""
    entries = context.outbox.for_envelope(envelope.local_id)
    latest = await _settle(context, entries[-1] if entries else None)
    current = context.cache.get(envelope.local_id) or envelope
    if (latest is not None and latest.state is OutboxState.SENT) or current.status not in _SENDABLE:
        return current  # sent before: the first envelope
    if not send:
        if latest is not None and latest.state is OutboxState.DRAFTED:
            return current
        if context.accounts.provider_for(envelope.account_id).sends_on_create:
            if context.cache.get(envelope.local_id) is None:
                context.cache.upsert(replace(envelope, created_at=utc_now(), updated_at=utc_now()))
            return context.cache.get(envelope.local_id) or envelope
        entry = context.sender.submit(current, create_only=True)
    else:
        entry = context.sender.submit(current)
    await _settle(context, entry)
    return context.cache.get(envelope.local_id) or current


async def _settle(context: ServiceContext, entry: OutboxEntry | None) -> OutboxEntry | None:
    """Drive a journal entry to its end: an unfinished one is resumed, a failed one tried again unless its
    request may have landed unseen. Raises Unfinished when it cannot finish now."""
    if entry is None or entry.state in {OutboxState.SENT, OutboxState.DRAFTED}:
        return entry
    if entry.state is OutboxState.FAILED:
        if unrepeatable_sent(entry):
            raise Unfinished(entry.last_error, entry.id, may_resume=False)
        entry = context.outbox.transition(entry.id, OutboxState.PENDING)
    outcome = await _drive(context, entry.id)
    finished = context.outbox.get(entry.id)
    if not (outcome.sent or outcome.drafted):
        may_resume = finished is not None and not unrepeatable_sent(finished)
        raise Unfinished(outcome.error or "It could not be finished.", entry.id, may_resume=may_resume)
    return finished


async def _drive(context: ServiceContext, entry_id: str) -> SendOutcome:
    _QUEUED.add(entry_id)
    outcome = await context.sender.run(entry_id)  # retries internally (backoff) before giving up
    _QUEUED.discard(entry_id)
    return outcome


def _checked(envelope: Envelope, account: Account) -> Envelope:
    envelope = replace(envelope, account_id=account.id)
    problems = blocking(validate(envelope, capabilities_for(account.provider)))
    if problems:
        raise BadInput("the envelope cannot be sent yet:\n  " + "\n  ".join(p.message for p in problems))
    return envelope


async def envelopes_send(context: ServiceContext, args: argparse.Namespace) -> int:
    account, envelope = _envelope(context, args.id)
    journal = context.outbox.for_envelope(envelope.local_id)
    sent_before = any(e.state is OutboxState.SENT for e in journal)
    resumable = journal and not journal[-1].state.is_finished
    if not resumable and (sent_before or Action.SEND not in _allowed(context, account, envelope)):
        raise BadInput(f"“{envelope.name}” is {envelope.status.label.lower()}, not a draft")
    print(_public_id(await _create_once(context, envelope, send=True)))
    return EXIT_OK


def _allowed(context: ServiceContext, account: Account, envelope: Envelope) -> set[Action]:
    return allowed_actions(envelope, context.accounts.provider_for(account.id).capabilities)


def _simple_action(action: Action) -> Callable[[ServiceContext, argparse.Namespace], Awaitable[int]]:
    """remind, recall, delete: the app's own use case (EnvelopeActions), under the app's action policy."""

    async def run(context: ServiceContext, args: argparse.Namespace) -> int:
        account, envelope = _envelope(context, args.id)
        if action not in _allowed(context, account, envelope):
            provider = context.accounts.provider_for(account.id)
            if not provider.capabilities.supports(action):
                raise NotSupported(action, account.provider.label)
            raise BadInput(f"cannot {action.value} “{envelope.name}”: it is {envelope.status.label.lower()}")
        [result] = await EnvelopeActions(context).run(action, [envelope])
        if not result.ok:
            raise ActionFailed(result.message)
        print(result.message)
        return EXIT_OK

    return run


async def envelopes_download(context: ServiceContext, args: argparse.Namespace) -> int:
    _, envelope = _envelope(context, args.id)
    result = await EnvelopeActions(context).download(envelope, args.out)
    if not result.ok:
        raise ActionFailed(result.message)
    for path in result.files:
        print(path)
    return EXIT_OK


# -- outbox --------------------------------------------------------------------------------------------------


async def outbox_list(context: ServiceContext, args: argparse.Namespace) -> int:
    entries = context.outbox.entries()
    if args.pending:
        entries = [e for e in entries if e.state not in {OutboxState.SENT, OutboxState.DRAFTED}]
    names = {a.id: a.name for a in context.accounts.list()}
    if args.json:
        _print_json([_entry_json(e, names.get(e.account_id, "")) for e in entries])
        return EXIT_OK
    for entry in entries:
        print(
            f"{entry.id}\t{entry.state.value}\t{entry.remote_id or entry.envelope_local_id}\t"
            f"{names.get(entry.account_id, '?')}\t{entry.envelope.name}\t{entry.attempts}\t{entry.last_error}"
            f"\t{entry.sent_by}\t{entry.claimed_by}"
        )
    return EXIT_OK


def _team_account(context: ServiceContext, name: str) -> tuple[PostgresDatabase, Account]:
    if context.team_database is None:
        raise BadInput("the relay is for team mode: set ESIGN_TEAM_DATABASE (docs/team.md)")
    account = context.accounts.find(name)
    if account is None:
        raise BadInput(f"no account called {name!r} (see `esign accounts list`)")
    return context.team_database, account


async def relay_connect(context: ServiceContext, args: argparse.Namespace) -> int:
    from esign_desktop.services.relay_connect import connect_relay

    team, account = _team_account(context, args.account)
    try:
        hooks = await connect_relay(team, context.accounts, account, args.public_url)
    except ValueError as error:
        raise BadInput(str(error)) from None
    print(f"{account.name}: {len(hooks)} callback(s) now go to the relay")
    return EXIT_OK


async def relay_disconnect(context: ServiceContext, args: argparse.Namespace) -> int:
    from esign_desktop.services.relay_connect import disconnect_relay

    team, account = _team_account(context, args.account)
    removed = await disconnect_relay(team, context.accounts, account)
    print(f"{account.name}: {removed} relay callback(s) removed")
    return EXIT_OK


async def team_status(context: ServiceContext, args: argparse.Namespace) -> int:
    """Team mode at a glance: the database (without password), this desktop, the others, the outbox."""
    if context.team is None or context.team_database is None or context.link is None:
        print("This desktop works alone (no team database: see docs/team.md).")
        return EXIT_OK
    report: dict[str, Any] = {
        "database": context.team.redacted,
        "user_name": context.team.user_name,
        "desktop_id": context.link.desktop_id,
    }
    with context.team_database.read(ActionPhrase.READING_THE_TEAMS_STATUS) as sql:
        report["schema_version"] = int(sql.execute("SELECT max(version) FROM schema_version").fetchone()[0])
        report["desktops"] = [
            {"user_name": row[0], "host": row[1], "last_seen": str(row[2])}
            for row in sql.execute("SELECT user_name, host, last_seen FROM desktops ORDER BY last_seen DESC")
        ]
        report["outbox"] = {
            str(row[0]): int(row[1])
            for row in sql.execute("SELECT state, count(*) FROM outbox GROUP BY state")
        }
        report["envelopes"] = int(sql.execute("SELECT count(*) FROM envelopes").fetchone()[0])
    if args.json:
        _print_json(report)
        return EXIT_OK
    print(f"team database: {report['database']} (schema {report['schema_version']})")
    print(f"this desktop: {report['user_name']} ({report['desktop_id']})")
    for desktop in report["desktops"]:
        print(f"desktop: {desktop['user_name']} on {desktop['host']}, last seen {desktop['last_seen']}")
    print(f"envelopes in the register: {report['envelopes']}")
    for state, count in sorted(report["outbox"].items()):
        print(f"outbox {state}: {count}")
    return EXIT_OK


def _entry_json(entry: OutboxEntry, account: str) -> dict[str, Any]:
    return {
        "id": entry.id,
        "state": entry.state.value,
        "envelope": entry.remote_id or entry.envelope_local_id,
        "local_id": entry.envelope_local_id,
        "remote_id": entry.remote_id,
        "account": account,
        "name": entry.envelope.name,
        "attempts": entry.attempts,
        "error": entry.last_error,
        "sent_by": entry.sent_by,
        "claimed_by": entry.claimed_by,
        "may_resume": not entry.state.is_finished
        or (entry.state is OutboxState.FAILED and not unrepeatable_sent(entry)),
    }


async def outbox_resume(context: ServiceContext, args: argparse.Namespace) -> int:
    """Finish the given entries (a failed one is tried again), or every unfinished one."""
    if args.entries:
        chosen = [context.outbox.get(entry_id) for entry_id in args.entries]
        missing = [i for i, entry in zip(args.entries, chosen, strict=True) if entry is None]
        if missing:
            raise BadInput(f"no outbox entry {', '.join(missing)} (see `esign outbox list`)")
        entries = [entry for entry in chosen if entry is not None]
    else:
        entries = context.outbox.pending()
    failures = 0
    for entry in entries:
        try:
            finished = await _settle(context, entry)
        except Unfinished as error:
            failures += 1
            print(f"{entry.id}\tfailed\t{error}", file=sys.stderr)
            continue
        state = finished.state.value if finished is not None else "gone"
        print(f"{entry.id}\t{state}\t{finished.remote_id if finished is not None else ''}")
    return EXIT_SERVICE if failures else EXIT_OK


# -- watch and batch -----------------------------------------------------------------------------------------


async def watch(context: ServiceContext, args: argparse.Namespace) -> int:
    """Print what the update stream says about the accounts' envelopes while their sync passes run."""
    accounts = [_account(context, args.account)] if args.account else context.accounts.list()
    if not accounts:
        raise BadInput("no accounts: add one with `esign accounts add`")
    by_id = {account.id: account for account in accounts}
    unsubscribe = context.monitor.subscribe(lambda updates: _print_updates(updates, by_id))
    passes = 0
    try:
        while True:
            for account in accounts:
                await context.sync.sync_account(account)
            passes += 1
            if args.passes and passes >= args.passes:
                return EXIT_OK
            await asyncio.sleep(min(context.sync.next_interval(a.id) for a in accounts))
    finally:
        unsubscribe()


def _print_updates(
    updates: Sequence[EnvelopeUpdate], accounts: Mapping[str, Account], out: TextIO | None = None
) -> None:
    """One line per status change ("<id>\tsent -> completed\t<account>\t<name>") and one per party who
    acted ("<id>\tsigned by Aiko Tanaka (1 of 2)\t<account>\t<name>")."""
    out = out or sys.stdout
    for update in updates:
        envelope = update.after
        account = accounts.get(envelope.account_id) if envelope is not None else None
        if envelope is None or account is None:
            continue
        tail = f"\t{account.name}\t{envelope.name}"
        if update.changes & {Change.ADDED, Change.STATUS}:
            before = update.old_status.value if update.old_status else "new"
            print(f"{_public_id(envelope)}\t{before} -> {envelope.status.value}{tail}", file=out, flush=True)
        for notice in update.notices:
            if notice.kind is NoticeKind.SIGNED and notice.party is not None:
                verb = "approved" if notice.party.role is PartyRole.APPROVER else "signed"
                signed, total = envelope.signing_progress
                what = f"{verb} by {notice.party.display_name} ({signed} of {total})"
                print(f"{_public_id(envelope)}\t{what}{tail}", file=out, flush=True)


async def batch(context: ServiceContext, args: argparse.Namespace) -> int:
    """One envelope per row, created and sent exactly once: each row's key (spec, row content, account)
    is its envelope's identity, so re-running a killed or failed batch sends only the rows never sent."""
    account = _account(context, args.account)
    template = read_spec(args.spec, account.provider, _spec_loader(context, args, account))
    try:
        with args.csv.open(newline="", encoding="utf-8-sig") as handle:
            rows = list(csv.DictReader(handle))
    except OSError as error:
        raise BadInput(f"cannot read {args.csv}: {error.strerror}") from None
    if not rows:
        raise BadInput(f"{args.csv} has no rows")
    spec_key = _spec_key(args.spec, template)
    envelopes = []
    for number, row in enumerate(rows, start=2):  # row 1 is the header
        try:
            envelope = _checked(fill_from_row(template, row), account)
        except BadInput as error:
            raise BadInput(f"{args.csv} line {number}: {error}") from None
        row_key = json.dumps(sorted(row.items(), key=str), ensure_ascii=False)
        envelopes.append(replace(envelope, local_id=_local_id_for(account, f"{spec_key}:row:{row_key}")))
    failures = 0
    for envelope in envelopes:
        if args.dry_run:
            print(f"{envelope.name}\tok (dry run)")
            continue
        try:
            print(
                f"{envelope.name}\t{_public_id(await _create_once(context, envelope, send=True))}", flush=True
            )
        except (Unfinished, ProviderError) as error:  # the other rows go on; exit 3 at the end
            failures += 1
            message = error.message if isinstance(error, ProviderError) else str(error)
            print(f"esign: {envelope.name}: {message}", file=sys.stderr)
    if failures:
        print(
            f"esign: {failures} row(s) not sent; run the same batch again to send only those", file=sys.stderr
        )
        return EXIT_SERVICE
    return EXIT_OK


def fill_from_row(template: Envelope, row: dict[str, str]) -> Envelope:
    """CSV columns: `name`, `<party id>.name|email|phone|organisation`, `field.<label>` for text values."""
    known = {"name"} | {f"{p.id}.{key}" for p in template.parties for key in _PARTY_COLUMNS}
    known |= {f"field.{f.label}" for f in template.fields if f.label}
    unknown = sorted(column for column in row if column and column not in known)
    if unknown:
        raise BadInput(f"unknown columns {', '.join(unknown)}; expected some of {', '.join(sorted(known))}")
    parties = tuple(_filled_party(p, row) for p in template.parties)
    fields = tuple(
        replace(f, id=new_id(), value=row[f"field.{f.label}"])
        if f.label and f.kind in {FieldKind.TEXT, FieldKind.DATE} and f"field.{f.label}" in row
        else replace(f, id=new_id())
        for f in template.fields
    )
    return replace(
        template, local_id=new_id(), name=row.get("name") or template.name, parties=parties, fields=fields
    )


_PARTY_COLUMNS = ("name", "email", "phone", "organisation")


def _filled_party(party: Party, row: dict[str, str]) -> Party:
    def value(key: str, current: str) -> str:
        return row.get(f"{party.id}.{key}", "").strip() or current

    return replace(
        party,
        name=value("name", party.name),
        email=value("email", party.email),
        phone=value("phone", party.phone),
        organisation=value("organisation", party.organisation),
    )


# -- helpers -------------------------------------------------------------------------------------------------


def _account(context: ServiceContext, name: str) -> Account:
    account = context.accounts.find(name)
    if account is None:
        names = ", ".join(a.name for a in context.accounts.list()) or "none yet"
        raise BadInput(f"no account called “{name}” (accounts: {names})")
    return account


def _envelope(context: ServiceContext, envelope_id: str) -> tuple[Account, Envelope]:
    envelope = context.cache.get(envelope_id)
    accounts = context.accounts.list()
    for candidate in accounts:
        if envelope is not None:
            break
        envelope = context.cache.get_by_remote(candidate.id, envelope_id)
    if envelope is None:
        raise BadInput(f"no envelope with id {envelope_id} (try `esign envelopes list`)")
    account = next((a for a in accounts if a.id == envelope.account_id), None)
    if account is None:
        raise BadInput(f"the account of envelope {envelope_id} was removed")
    return account, envelope


def _public_id(envelope: Envelope) -> str:
    return envelope.remote_id or envelope.local_id


def _state_word(context: ServiceContext, account: Account) -> str:
    """The account's state; "secret_not_saved" instead of "ok" when no keyring keeps its secret (it lives in
    the memory of one process only)."""
    if account.state is AccountState.OK and context.accounts.secret_in_memory_only(account):
        return "secret_not_saved"
    return account.state.value


def _account_json(account: Account) -> dict[str, Any]:
    return {
        "id": account.id,
        "name": account.name,
        "provider": account.provider.value,
        "base_url": account.base_url,
        "state": account.state.value,
    }


def _envelope_json(envelope: Envelope, account: Account) -> dict[str, Any]:
    return {
        "id": _public_id(envelope),
        "local_id": envelope.local_id,
        "remote_id": envelope.remote_id,
        "account": account.name,
        "provider": envelope.provider.value,
        "name": envelope.name,
        "status": envelope.status.value,
        "provider_status": envelope.provider_status,
        "sent_at": envelope.sent_at.isoformat() if envelope.sent_at else None,
        "expires_at": envelope.expires_at.isoformat() if envelope.expires_at else None,
        "parties": [
            {
                "id": p.remote_id or p.id,
                "name": p.name,
                "email": p.email,
                "role": p.role.value,
                "order": p.order,
                "status": p.status.value,
                "signing_url": p.signing_url,
            }
            for p in envelope.parties
        ],
        "documents": [{"id": d.remote_id or d.id, "file_name": d.file_name} for d in envelope.documents],
    }


def _print_json(value: object) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


# -- accounts check and calibrate (docs/accounts-check.md) ---------------------------------------------------

EXIT_CHECK_DIFFERS = 1  # the check ran, and something did not match what the client relies on


def _add_check_commands(accounts: Any, commands: Any) -> None:
    check = accounts.add_parser(
        "check",
        help="a safe first contact: harmless calls only, each answer checked against what the client reads "
        "(exit 1 when something differs)",
    )
    check.add_argument("name")
    check.add_argument(
        "--record",
        type=Path,
        metavar="DIR",
        help="write the redacted request/answer pairs (test fixtures) to DIR",
    )
    check.add_argument("--json", action="store_true")
    calibrate = commands.add_parser(
        "calibrate",
        help="placement calibration: send a calibration envelope to yourself (--email), then, once signed, "
        "measure where the stamps landed (--finish)",
    )
    calibrate.add_argument("--account", required=True)
    step = calibrate.add_mutually_exclusive_group(required=True)
    step.add_argument("--email", help="your own address: you sign the calibration envelope")
    step.add_argument(
        "--finish", action="store_true", help="measure the signed envelope and store the result"
    )


async def accounts_check(context: ServiceContext, args: argparse.Namespace) -> int:
    from esign_desktop.services.account_check import AccountCheck

    account = _account(context, args.name)
    checker = AccountCheck(lambda a, transport: context.accounts.open_client(a.id, transport=transport))
    report = await checker.run(account, context.accounts.effective_base_url(account), record_to=args.record)
    if args.json:
        _print_json(report.to_json())
    else:
        print(report.text())
    return EXIT_OK if report.ok else EXIT_CHECK_DIFFERS


async def calibrate(context: ServiceContext, args: argparse.Namespace) -> int:
    from esign_desktop.services.calibration import CalibrationError, CalibrationService, Verdict

    account = _account(context, args.account)
    service = CalibrationService(
        context.accounts, context.sender, context.cache, context.paths.data_dir() / "calibration"
    )
    try:
        if args.email:
            pending = await service.send(account, args.email)
            print(f"Sent “{pending.remote_id or pending.envelope_local_id}” to {pending.email}.")
            print(f"Sign it, then run: esign calibrate --account {account.name!r} --finish")
            return EXIT_OK
        result = await service.finish(account)
    except CalibrationError as error:
        raise BadInput(error.message) from None
    print(result.text())
    return EXIT_OK if result.verdict in {Verdict.HOLDS, Verdict.OTHER_CONVENTION} else EXIT_CHECK_DIFFERS


_HANDLERS: dict[tuple[str, str | None], Callable[[ServiceContext, argparse.Namespace], Awaitable[int]]] = {
    ("accounts", "add"): accounts_add,
    ("accounts", "list"): accounts_list,
    ("accounts", "remove"): accounts_remove,
    ("accounts", "check"): accounts_check,
    ("calibrate", None): calibrate,
    ("envelopes", "list"): envelopes_list,
    ("envelopes", "show"): envelopes_show,
    ("envelopes", "create"): envelopes_create,
    ("envelopes", "send"): envelopes_send,
    ("envelopes", "remind"): _simple_action(Action.REMIND),
    ("envelopes", "recall"): _simple_action(Action.RECALL),
    ("envelopes", "delete"): _simple_action(Action.DELETE),
    ("envelopes", "download"): envelopes_download,
    ("watch", None): watch,
    ("batch", None): batch,
    ("outbox", "list"): outbox_list,
    ("outbox", "resume"): outbox_resume,
    ("team", "status"): team_status,
    ("relay", "connect"): relay_connect,
    ("relay", "disconnect"): relay_disconnect,
}

if __name__ == "__main__":
    sys.exit(main())
