"""`esign-sandbox`: run the emulated Assently E-Sign and GMO Sign services, or seed demo data."""

from __future__ import annotations

import argparse
import ipaddress
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import platformdirs

from esign_desktop.sandbox.context import DEFAULT_EXPIRE_AFTER_DAYS, SandboxContext
from esign_desktop.sandbox.info import SandboxInfo
from esign_desktop.sandbox.seed import seed_demo
from esign_desktop.sandbox.server import LOOPBACK, serve

DEFAULT_DATA_DIR = platformdirs.user_data_path("esign-desktop") / "sandbox"

DESCRIPTION = """\
Emulates Assently E-Sign (under /assently/api/v2/ and /assently/api/hook/v1/) and GMO Sign (under
/gmosign/customer/) on this computer, with signing pages (/_sandbox/sign/...) and a control API
(/_sandbox/...). State lives in SQLite under --data and survives restarts. See docs/sandbox.md.
"""

SERVE_EPILOG = """\
When ready, serve prints exactly one JSON line on stdout:
  {"base_url": ..., "assently": {"base_url", "token", "api_key", "api_secret"},
   "gmosign": {"base_url", "customer_id", "secret_key"}}
Configure a client with assently.base_url (it calls {base_url}/api/v2/...) or gmosign.base_url (it calls
{base_url}/customer/...). Stop with Ctrl+C.
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="esign-sandbox", description=DESCRIPTION)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve_parser = commands.add_parser(
        "serve",
        help="run the sandbox server",
        description="Run the sandbox server in the foreground.",
        epilog=SERVE_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    serve_parser.add_argument(
        "--host", default=LOOPBACK, help="address to bind (default: %(default)s, loopback)"
    )
    serve_parser.add_argument(
        "--port", type=int, default=8787, help="port; 0 picks a free one (default: %(default)s)"
    )
    _add_data_argument(serve_parser)
    serve_parser.add_argument(
        "--expire-days",
        type=int,
        default=DEFAULT_EXPIRE_AFTER_DAYS,
        help="sandbox days before a sent envelope expires, unless the request says (default: %(default)s)",
    )
    serve_parser.add_argument(
        "--seed", action="store_true", help="create the demo envelopes first (once per --data)"
    )

    seed_parser = commands.add_parser(
        "seed",
        help="create demo credentials and envelopes in every status",
        description="Create demo credentials and a handful of envelopes in every status on both services. "
        "Runs once per data folder.",
    )
    _add_data_argument(seed_parser)
    return parser


def _add_data_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data",
        type=Path,
        default=DEFAULT_DATA_DIR,
        metavar="DIR",
        help="data folder (default: %(default)s)",
    )


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _print_ready(info: SandboxInfo) -> None:
    sys.stdout.write(json.dumps(info.to_json()) + "\n")
    sys.stdout.flush()


def _seed(data_dir: Path) -> int:
    context = SandboxContext(data_dir)
    try:
        created = seed_demo(context)
    finally:
        context.close()
    if not created:
        sys.stderr.write(f"{data_dir} is already seeded; nothing to do.\n")
    for envelope in created:
        sys.stderr.write(
            f"{envelope.provider.value:9} {envelope.phase.value:17} {envelope.id}  {envelope.name}\n"
        )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    data_dir: Path = args.data
    if args.command == "seed":
        return _seed(data_dir)
    if not _is_loopback(args.host):
        sys.stderr.write(
            f"warning: binding to {args.host}: the emulated services, their demo credentials and the signing "
            "pages can be reached by anyone who can reach this address (the control API still needs the "
            "ready line's control_secret).\n"
        )
    if args.seed:
        context = SandboxContext(data_dir)
        try:
            seed_demo(context)
        finally:
            context.close()
    try:
        serve(data_dir, args.host, args.port, on_ready=_print_ready, expire_after_days=args.expire_days)
    except OSError as error:
        sys.stderr.write(
            f"esign-sandbox: cannot listen on {args.host}:{args.port}: {error.strerror or error}\n"
        )
        return 2
    except KeyboardInterrupt:
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
