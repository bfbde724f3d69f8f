"""`esign-relay serve --database DSN --host H --port P --public-url URL`.

When ready it prints one JSON line on stdout, `{"base_url": …, "public_url": …}`, as the sandbox does, and
serves until SIGTERM/SIGINT. The database address may also come from ESIGN_TEAM_DATABASE (an EnvironmentFile
under systemd), so the password need not be on a command line.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import socket
import sys
from collections.abc import Sequence

import uvicorn

from esign_desktop.relay.app import MAX_BODY_BYTES, build_app
from esign_desktop.storage.errors import StorageError
from esign_desktop.storage.postgres import PostgresDatabase


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="esign-relay", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="receive the services' callbacks for the team")
    serve.add_argument("--database", default=os.environ.get("ESIGN_TEAM_DATABASE", ""))
    serve.add_argument("--host", default="127.0.0.1", help="behind the office's HTTPS reverse proxy")
    serve.add_argument("--port", type=int, default=8470)
    serve.add_argument("--public-url", required=True, help="the address the services call (https://…)")
    serve.add_argument("--max-body", type=int, default=MAX_BODY_BYTES)
    args = parser.parse_args(argv)
    if not args.database:
        print("esign-relay: give --database or ESIGN_TEAM_DATABASE", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        database = PostgresDatabase.open(args.database, application_name="esign-relay")
    except StorageError as error:
        print(f"esign-relay: {error.user_message}", file=sys.stderr)
        return 3
    try:
        asyncio.run(_serve(database, args))
    finally:
        database.close()
    return 0


async def _serve(database: PostgresDatabase, args: argparse.Namespace) -> None:
    family = socket.AF_INET6 if ":" in args.host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((args.host, args.port))
    port = sock.getsockname()[1]
    host = f"[{args.host}]" if ":" in args.host else args.host
    config = uvicorn.Config(
        build_app(database, max_body=args.max_body), log_level="warning", access_log=False, lifespan="off"
    )
    server = uvicorn.Server(config)

    async def announce() -> None:
        while not server.started:  # noqa: ASYNC110 - uvicorn offers no "started" event
            await asyncio.sleep(0.01)
        print(json.dumps({"base_url": f"http://{host}:{port}", "public_url": args.public_url}), flush=True)

    announcer = asyncio.create_task(announce())
    try:
        await server.serve(sockets=[sock])
    finally:
        announcer.cancel()
        sock.close()


if __name__ == "__main__":
    sys.exit(main())
