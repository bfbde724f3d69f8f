"""`esign`: the scripting CLI for admins and tests, on the app's own services and data folder.

Exit codes: 0 success, 2 bad input (the problem named on stderr), 3 service or network error.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import getpass
import json
import logging
import sys
import warnings
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, TextIO

from esign_desktop import __version__
from esign_desktop.domain.capabilities import Action, capabilities_for
from esign_desktop.domain.model import Document, Envelope, FieldKind, Party, ProviderKind, new_id
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.domain.validation import blocking, validate
from esign_desktop.pdf.errors import PdfError
from esign_desktop.providers.errors import NotSupported, ProviderError
from esign_desktop.services.context import ServiceContext
from esign_desktop.services.document_intake import IntakeChoices, Remedy, load_document, remedy_for
from esign_desktop.services.envelope_spec import SpecError, read_spec
from esign_desktop.services.sync import StatusChange
from esign_desktop.storage.accounts import Account
from esign_desktop.storage.errors import StorageError
from esign_desktop.storage.secrets import Secret

EXIT_OK = 0
EXIT_BAD_INPUT = 2
EXIT_SERVICE = 3


class BadInput(Exception):  # noqa: N818 - reads as the situation, like the provider errors
    """The person's input cannot work; the message says why."""


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
    except PdfError as error:
        print(f"esign: {error.user_message}{_REMEDY_HINT.get(remedy_for(error), '')}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except (SpecError, StorageError) as error:
        message = getattr(error, "user_message", None) or str(error)
        print(f"esign: {message}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except ProviderError as error:
        print(f"esign: {error.message}", file=sys.stderr)
        return EXIT_SERVICE
    except KeyboardInterrupt:
        return EXIT_OK


async def _run(args: argparse.Namespace) -> int:
    context = ServiceContext.open()
    try:
        handler = _HANDLERS[(args.group, getattr(args, "command", None))]
        return await handler(context, args)
    finally:
        await context.aclose()


# -- accounts ------------------------------------------------------------------------------------------------


async def accounts_add(context: ServiceContext, args: argparse.Namespace) -> int:
    provider = ProviderKind(args.provider)
    if provider is ProviderKind.GMOSIGN and not args.customer_id:
        raise BadInput("a GMO Sign account needs --customer-id")
    if provider is ProviderKind.ASSENTLY and args.customer_id:
        raise BadInput("--customer-id is for GMO Sign; Assently takes --key or a Personal Access Token")
    secret = _read_secret(provider, has_key=bool(args.key))
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
        _print_json([_account_json(a) for a in accounts])
    else:
        for account in accounts:
            where = account.base_url or "production"
            print(f"{account.name}\t{account.provider.value}\t{where}\t{account.state}")
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
            raise PdfError(error.user_message + hint) from error
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
    print(await _create(context, envelope))
    return EXIT_OK


async def _create(context: ServiceContext, envelope: Envelope) -> str:
    provider = context.accounts.provider_for(envelope.account_id)
    if provider.sends_on_create:  # GMO Sign: creating is sending; go through the outbox
        outcome = await context.sender.send(envelope)
        if not outcome.sent:
            raise ProviderError(outcome.error)
        return _public_id(outcome.envelope)
    created = await provider.create_envelope(
        replace(envelope, remote_id=provider.planned_remote_id(envelope) or "")
    )
    context.cache.upsert(created)
    return _public_id(created)


def _checked(envelope: Envelope, account: Account) -> Envelope:
    envelope = replace(envelope, account_id=account.id)
    problems = blocking(validate(envelope, capabilities_for(account.provider)))
    if problems:
        raise BadInput("the envelope cannot be sent yet:\n  " + "\n  ".join(p.message for p in problems))
    return envelope


async def envelopes_send(context: ServiceContext, args: argparse.Namespace) -> int:
    _, envelope = _envelope(context, args.id)
    if envelope.status is not EnvelopeStatus.DRAFT:
        raise BadInput(f"“{envelope.name}” is {envelope.status.label.lower()}, not a draft")
    outcome = await context.sender.send(envelope)
    if not outcome.sent:
        raise ProviderError(outcome.error)
    print(_public_id(outcome.envelope))
    return EXIT_OK


def _simple_action(action: Action) -> Callable[[ServiceContext, argparse.Namespace], Awaitable[int]]:
    async def run(context: ServiceContext, args: argparse.Namespace) -> int:
        account, envelope = _envelope(context, args.id)
        provider = context.accounts.provider_for(account.id)
        if not provider.capabilities.supports(action) or not envelope.remote_id:
            raise NotSupported(action.value, account.provider.label)
        call = {
            Action.REMIND: provider.remind,
            Action.RECALL: provider.recall,
            Action.DELETE: provider.delete,
        }[action]
        await call(envelope.remote_id)
        if action is Action.DELETE:
            context.cache.remove(envelope.local_id)
        elif action is Action.RECALL:
            context.cache.upsert(replace(envelope, status=EnvelopeStatus.RECALLED))
        return EXIT_OK

    return run


async def envelopes_download(context: ServiceContext, args: argparse.Namespace) -> int:
    account, envelope = _envelope(context, args.id)
    provider = context.accounts.provider_for(account.id)
    if provider.capabilities.supports(Action.GET) and envelope.remote_id:
        fresh = await provider.get_envelope(envelope.remote_id)
        envelope = replace(envelope, documents=fresh.documents or envelope.documents, status=fresh.status)
    args.out.mkdir(parents=True, exist_ok=True)
    written = [await provider.download_document(envelope, d, args.out) for d in envelope.documents]
    if envelope.status is EnvelopeStatus.COMPLETED and provider.capabilities.supports(
        Action.DOWNLOAD_RECEIPT
    ):
        written.append(await provider.download_receipt(envelope, args.out))
    for path in written:
        print(path)
    return EXIT_OK


# -- watch and batch -----------------------------------------------------------------------------------------


async def watch(context: ServiceContext, args: argparse.Namespace) -> int:
    accounts = [_account(context, args.account)] if args.account else context.accounts.list()
    if not accounts:
        raise BadInput("no accounts: add one with `esign accounts add`")
    passes = 0
    while True:
        for account in accounts:
            for change in await context.sync.sync_account(account):
                _print_change(change, account)
        passes += 1
        if args.passes and passes >= args.passes:
            return EXIT_OK
        await asyncio.sleep(min(context.sync.next_interval(a.id) for a in accounts))


def _print_change(change: StatusChange, account: Account, out: TextIO = sys.stdout) -> None:
    before = change.old_status.value if change.old_status else "new"
    line = f"{_public_id(change.envelope)}\t{before} -> {change.new_status.value}\t{account.name}\t"
    print(line + change.envelope.name, file=out, flush=True)


async def batch(context: ServiceContext, args: argparse.Namespace) -> int:
    account = _account(context, args.account)
    template = read_spec(args.spec, account.provider, _spec_loader(context, args, account))
    try:
        with args.csv.open(newline="", encoding="utf-8-sig") as handle:
            rows = list(csv.DictReader(handle))
    except OSError as error:
        raise BadInput(f"cannot read {args.csv}: {error.strerror}") from None
    if not rows:
        raise BadInput(f"{args.csv} has no rows")
    envelopes = []
    for number, row in enumerate(rows, start=2):  # row 1 is the header
        try:
            envelopes.append(_checked(fill_from_row(template, row), account))
        except BadInput as error:
            raise BadInput(f"{args.csv} line {number}: {error}") from None
    for envelope in envelopes:
        print(
            f"{envelope.name}\t" + (await _create(context, envelope) if not args.dry_run else "ok (dry run)")
        )
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


_HANDLERS: dict[tuple[str, str | None], Callable[[ServiceContext, argparse.Namespace], Awaitable[int]]] = {
    ("accounts", "add"): accounts_add,
    ("accounts", "list"): accounts_list,
    ("accounts", "remove"): accounts_remove,
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
}

if __name__ == "__main__":
    sys.exit(main())
