"""`cssw-central serve`: migrate, load the receipt key, and run the API over HTTPS."""

from __future__ import annotations

import argparse
from typing import TextIO

import uvicorn

from cssw_central.app import create_app
from cssw_central.config import CentralConfig
from cssw_central.keys import load_or_create_receipt_key, public_hex
from cssw_central.migrate import upgrade
from cssw_central.server import check_transport, uvicorn_config


def serve(args: argparse.Namespace, *, database_url: str, out: TextIO) -> None:
    # Refuse plain HTTP before touching the database or keys.
    check_transport(args.host, args.tls_cert, args.tls_key, args.insecure_dev_http)
    upgrade(database_url)
    key, created = load_or_create_receipt_key(args.receipt_key)
    if created:
        print(f"Created the receipt key {args.receipt_key}.", file=out)
    print(f"receipt public key: {public_hex(key)}", file=out, flush=True)
    args.drop_folder.mkdir(parents=True, exist_ok=True)
    config = CentralConfig(database_url=database_url, receipt_key=key, drop_folder=args.drop_folder)
    server = uvicorn.Server(
        uvicorn_config(
            create_app(config),
            host=args.host,
            port=args.port,
            tls_cert=args.tls_cert,
            tls_key=args.tls_key,
            insecure_dev_http=args.insecure_dev_http,
        )
    )
    server.run()
