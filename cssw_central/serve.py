"""`cssw-central serve`: migrate, load the receipt key, and run the API over HTTPS.

One process serves requests on a pool of threads; `--workers N` runs N such processes, each
on a listening socket of its own in one SO_REUSEPORT group, so the kernel spreads the
connections over them (infra/worker_sockets.py), each with its own database connections. They
share nothing but the database, whose constraints (one row per record version, one use of
each nonce) keep uploads exactly-once across processes.
"""

from __future__ import annotations

import argparse
import dataclasses
import ipaddress
import json
import os
from pathlib import Path
from typing import TextIO

import uvicorn
from fastapi import FastAPI

from cssw_central.api.app import create_app
from cssw_central.infra.config import CentralConfig
from cssw_central.infra.connections import ConnectionLimits
from cssw_central.infra.database import ENV_DATABASE_URL
from cssw_central.infra.document_signing import DEFAULT_SIGNING, SigningFiles
from cssw_central.infra.files import owner_only_folder
from cssw_central.infra.https import ServeProblem, check_transport, uvicorn_config
from cssw_central.infra.migrate import upgrade
from cssw_central.infra.receipt_key import load_or_create_receipt_key, public_hex
from cssw_central.infra.worker_sockets import run_workers

ENV_RECEIPT_KEY = "CSSW_CENTRAL_RECEIPT_KEY"
ENV_DROP_FOLDER = "CSSW_CENTRAL_DROP_FOLDER"
ENV_MAX_INFLIGHT = "CSSW_CENTRAL_MAX_INFLIGHT"
ENV_SIGNING_CERT = "CSSW_CENTRAL_SIGNING_CERT"
ENV_SIGNING_KEY = "CSSW_CENTRAL_SIGNING_KEY"
ENV_CONNECTIONS = "CSSW_CENTRAL_CONNECTION_LIMITS"  # JSON, parent to worker processes
APP_FACTORY = "cssw_central.serve:app_from_environment"
MAX_WORKERS = 32
MAX_INFLIGHT = 10_000


def max_inflight(given: int | None) -> int | None:
    """--max-inflight, else $CSSW_CENTRAL_MAX_INFLIGHT, else None (sized to the pool)."""
    if given is None:
        text = os.environ.get(ENV_MAX_INFLIGHT, "").strip()
        if not text:
            return None
        if not text.isdigit():
            raise ServeProblem(f"${ENV_MAX_INFLIGHT} must be a whole number.")
        given = int(text)
    if not 1 <= given <= MAX_INFLIGHT:
        raise ServeProblem(f"--max-inflight must be from 1 to {MAX_INFLIGHT}.")
    return given


def connection_limits(args: argparse.Namespace) -> ConnectionLimits:
    """The defaults (infra.connections), with --trusted-proxy and --max-connections[...]."""
    given: dict[str, object] = {}
    proxies = getattr(args, "trusted_proxy", None)
    if proxies:
        try:
            given["trusted_proxies"] = tuple(str(ipaddress.ip_address(p)) for p in proxies)
        except ValueError:
            raise ServeProblem(
                "--trusted-proxy takes one IP address (repeat it for several)."
            ) from None

    if getattr(args, "max_connections", None) is not None:
        given["max_connections"] = int(args.max_connections)
    if getattr(args, "max_connections_per_address", None) is not None:
        given["max_per_address"] = int(args.max_connections_per_address)
    if getattr(args, "header_timeout", None) is not None:
        given["header_timeout_seconds"] = float(args.header_timeout)
    try:
        return dataclasses.replace(ConnectionLimits(), **given)  # type: ignore[arg-type]
    except ValueError as bad:
        raise ServeProblem(f"Connection limits: {bad}.") from None


def limits_from_environment() -> ConnectionLimits:
    text = os.environ.get(ENV_CONNECTIONS)
    if not text:
        return ConnectionLimits()
    given = json.loads(text)
    given["trusted_proxies"] = tuple(given.get("trusted_proxies", ()))
    return ConnectionLimits(**given)


def app_from_environment() -> FastAPI:
    """The app for one worker process, configured by the parent through the environment
    (only paths and the database URL; the receipt key is read from its file)."""
    key, _created = load_or_create_receipt_key(Path(os.environ[ENV_RECEIPT_KEY]))
    return create_app(
        CentralConfig(
            database_url=os.environ[ENV_DATABASE_URL],
            receipt_key=key,
            drop_folder=Path(os.environ[ENV_DROP_FOLDER]),
            signing=SigningFiles(
                Path(os.environ[ENV_SIGNING_CERT]), Path(os.environ[ENV_SIGNING_KEY])
            ),
            max_inflight=max_inflight(None),
            connections=limits_from_environment(),
        )
    )


def signing_files(args: argparse.Namespace, out: TextIO) -> SigningFiles:
    """--signing-cert and --signing-key (absolute, for the worker processes); says at
    start whether they are there, since approvals are refused until they are."""
    cert = getattr(args, "signing_cert", None) or DEFAULT_SIGNING.cert
    key = getattr(args, "signing_key", None) or DEFAULT_SIGNING.key
    files = SigningFiles(Path(cert).resolve(), Path(key).resolve())
    if files.cert.is_file() and files.key.is_file():
        print(f"document-signing certificate: {files.cert}", file=out, flush=True)
    else:
        print(
            f"No document-signing certificate at {files.cert}: approvals are refused (nothing "
            "is filed) until one is set up (`cssw-central dev-cert` makes a trial one).",
            file=out,
            flush=True,
        )
    return files


def serve(args: argparse.Namespace, *, database_url: str, out: TextIO) -> None:
    # Refuse plain HTTP before touching the database or keys.
    check_transport(args.host, args.tls_cert, args.tls_key, args.insecure_dev_http)
    workers = int(args.workers)
    if not 1 <= workers <= MAX_WORKERS:
        raise ServeProblem(f"--workers must be from 1 to {MAX_WORKERS}.")
    inflight = max_inflight(getattr(args, "max_inflight", None))
    limits = connection_limits(args)
    upgrade(database_url)
    key, created = load_or_create_receipt_key(args.receipt_key)
    if created:
        print(f"Created the receipt key {args.receipt_key}.", file=out)
    print(f"receipt public key: {public_hex(key)}", file=out, flush=True)
    owner_only_folder(args.drop_folder)  # 0700: the filed records are the owner's alone
    signing = signing_files(args, out)
    start_retention(args, database_url)  # in this (the parent) process only
    options = {
        "host": args.host,
        "port": args.port,
        "tls_cert": args.tls_cert,
        "tls_key": args.tls_key,
        "insecure_dev_http": args.insecure_dev_http,
        "limits": limits,
    }
    if workers == 1:
        central = CentralConfig(
            database_url=database_url,
            receipt_key=key,
            drop_folder=args.drop_folder,
            signing=signing,
            max_inflight=inflight,
            connections=limits,
        )
        uvicorn.Server(uvicorn_config(create_app(central), **options)).run()
        return
    os.environ[ENV_DATABASE_URL] = database_url
    os.environ[ENV_RECEIPT_KEY] = str(Path(args.receipt_key).resolve())
    os.environ[ENV_DROP_FOLDER] = str(Path(args.drop_folder).resolve())
    os.environ[ENV_SIGNING_CERT] = str(signing.cert)
    os.environ[ENV_SIGNING_KEY] = str(signing.key)
    if inflight is not None:
        os.environ[ENV_MAX_INFLIGHT] = str(inflight)
    os.environ[ENV_CONNECTIONS] = json.dumps(dataclasses.asdict(limits))
    run_workers(uvicorn_config(APP_FACTORY, workers=workers, **options))


def start_retention(args: argparse.Namespace, database_url: str) -> None:
    """The retention job every --retention-every-hours (report only unless enabled)."""
    from cssw_central.services.retention_schedule import (
        DEFAULT_EVERY_HOURS,
        start_scheduled_retention,
    )

    every = getattr(args, "retention_every_hours", DEFAULT_EVERY_HOURS)
    try:
        start_scheduled_retention(database_url, Path(args.drop_folder), every)
    except ValueError as bad:
        raise ServeProblem(str(bad)) from None
