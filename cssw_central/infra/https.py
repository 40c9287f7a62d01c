"""Running the service over HTTPS with uvicorn (shared by `cssw-central serve` and tests)."""

from __future__ import annotations

import ipaddress
import ssl
from pathlib import Path
from typing import Any

import uvicorn
from fastapi import FastAPI

from cssw_central.infra.connections import ConnectionLimits
from cssw_central.infra.http_protocol import TrackedH11Protocol

GATED_LOOP = "cssw_central.infra.connections:gated_loop"


class ServeProblem(Exception):
    """The service cannot start as asked (the reason in one plain line)."""


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_transport(
    host: str, tls_cert: Path | None, tls_key: Path | None, insecure_dev_http: bool
) -> None:
    """ServeProblem unless this is HTTPS, or plain HTTP explicitly asked for on loopback."""
    if tls_cert is None or tls_key is None:
        if not insecure_dev_http:
            raise ServeProblem(
                "Central serves HTTPS only: give --tls-cert and --tls-key "
                "(or make a trial certificate with `cssw-central dev-cert`)."
            )
        if not is_loopback(host):
            raise ServeProblem(
                "Plain HTTP is allowed only for development on this computer "
                "(--host 127.0.0.1); give --tls-cert and --tls-key instead."
            )
    elif insecure_dev_http:
        raise ServeProblem("Give either a TLS certificate or --insecure-dev-http, not both.")
    for path in (tls_cert, tls_key):
        if path is not None and not path.is_file():
            raise ServeProblem(f"The file {path} does not exist.")


class HttpsConfig(uvicorn.Config):
    """uvicorn's config with the TLS floor stated, not left to library defaults."""

    def load(self) -> None:
        super().load()
        if self.ssl is not None:
            self.ssl.minimum_version = ssl.TLSVersion.TLSv1_2


def uvicorn_config(
    app: FastAPI | str,
    *,
    host: str,
    port: int,
    tls_cert: Path | None,
    tls_key: Path | None,
    insecure_dev_http: bool = False,
    log_config: dict[str, Any] | None = uvicorn.config.LOGGING_CONFIG,
    workers: int = 1,
    limits: ConnectionLimits | None = None,
) -> uvicorn.Config:
    """HTTPS only (TLS 1.2 or newer); plain HTTP only on loopback, when asked for.

    With several worker processes, `app` is the import string of an app factory.
    `limits` (infra.connections): the header size, keep-alive and trusted proxies are
    uvicorn's to enforce; the app's lifespan gives the rest to the server loop's table."""
    check_transport(host, tls_cert, tls_key, insecure_dev_http)
    limits = limits or ConnectionLimits()
    return HttpsConfig(
        app,
        workers=workers,
        factory=isinstance(app, str),
        host=host,
        port=port,
        ssl_certfile=None if tls_cert is None else str(tls_cert),
        ssl_keyfile=None if tls_key is None else str(tls_key),
        log_config=log_config,
        # Each process's own event loop and HTTP protocol keep the connection table.
        loop=GATED_LOOP,
        http=TrackedH11Protocol,
        h11_max_incomplete_event_size=limits.max_header_bytes,
        # Forwarded client addresses are believed only from the trusted proxies.
        proxy_headers=bool(limits.trusted_proxies),
        forwarded_allow_ips=list(limits.trusted_proxies) or None,
        server_header=False,
        timeout_keep_alive=max(1, round(limits.keep_alive_seconds)),
        backlog=2048,
    )
