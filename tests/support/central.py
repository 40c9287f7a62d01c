"""A real central server for tests: the real app, under uvicorn, over real TLS, on loopback.

running = start_central(tmp_path, pg_url)
running.admin("create-team", "North")
code = running.issue_code("wendy")
... httpx with cssw_core.pinning.pinned_context(running.pin) ...
running.stop()
"""

from __future__ import annotations

import io
import os
import random
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import uvicorn
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fastapi import FastAPI
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from cssw_central import cli
from cssw_central.api.app import create_app
from cssw_central.infra.certs import make_dev_cert
from cssw_central.infra.config import CentralConfig, system_clock
from cssw_central.infra.database import normalise_url
from cssw_central.infra.document_signing import SigningFiles, make_trial_signing_cert
from cssw_central.infra.https import uvicorn_config
from cssw_central.infra.migrate import upgrade
from cssw_central.infra.receipt_key import public_hex
from cssw_core.protocol import Policy
from tests.support.postgres import came_migrated


class AdminFailed(AssertionError):
    """An admin command exited non-zero; the message is what it printed on stderr."""


def run_cli(*args: str, stdin: str = "") -> tuple[int, str, str]:
    """Run `cssw-central ARGS` in-process; (exit status, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    status = cli.run(list(args), io.StringIO(stdin), out, err)
    return status, out.getvalue(), err.getvalue()


def admin(database_url: str, *args: str, stdin: str = "") -> str:
    """`cssw-central admin ARGS --database-url URL`; its stdout, or AdminFailed."""
    if not args:
        raise ValueError("name an admin action")
    status, out, err = run_cli(
        "admin", args[0], "--database-url", database_url, *args[1:], stdin=stdin
    )
    if status != 0:
        raise AdminFailed(err.strip() or f"admin {args[0]} exited {status}")
    return out


PORTS_ENV = "CSSW_TEST_PORTS"  # "LOW-HIGH": take loopback ports from this range only


def free_port() -> int:
    """A loopback port free now: any the system gives, or one from $CSSW_TEST_PORTS
    (for a machine shared by several people, each with a range of their own)."""
    span = os.environ.get(PORTS_ENV, "").strip()
    candidates = [0]
    if span:
        low, high = (int(part) for part in span.split("-", 1))
        candidates = random.sample(range(low, high + 1), high - low + 1)
    for port in candidates:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return int(sock.getsockname()[1])
    raise RuntimeError(f"no free port in ${PORTS_ENV} ({span})")


@dataclass
class RunningCentral:
    url: str  # "https://127.0.0.1:PORT"
    pin: str  # "sha256/..." of the server's TLS key
    cert_path: Path
    key_path: Path
    database_url: str
    drop_folder: Path
    receipt_public_key: str  # hex Ed25519: what receipts verify against
    signing: SigningFiles  # the trial document-signing certificate filed PDFs are signed with
    app: FastAPI
    _server: uvicorn.Server = field(repr=False)
    _thread: threading.Thread = field(repr=False)

    def admin(self, *args: str, stdin: str = "") -> str:
        """`cssw-central admin ARGS --database-url <this server's>`; stdout, or AdminFailed."""
        return admin(self.database_url, *args, stdin=stdin)

    def issue_code(self, username: str, hours: float = 24.0) -> str:
        """A fresh CSSW1- enrollment code for `username`, pointing at this server."""
        return self.admin(
            "issue-code",
            "--username",
            username,
            "--server-url",
            self.url,
            "--tls-cert",
            str(self.cert_path),
            "--hours",
            str(hours),
        ).strip()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session on this server's database (committed on success), for checks in tests."""
        engine = create_engine(normalise_url(self.database_url))
        try:
            with Session(engine, expire_on_commit=False) as session, session.begin():
                yield session
        finally:
            engine.dispose()

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=15)
        if self._thread.is_alive():
            self._server.force_exit = True
            self._thread.join(timeout=5)


def start_central(
    tmp_path: Path,
    database_url: str,
    *,
    clock: Callable[[], datetime] = system_clock,
    policy: Policy | None = None,
    pool_size: int = 20,
    receipt_key: Ed25519PrivateKey | None = None,
    cert_dir: Path | None = None,
    timeout: float = 20.0,
    settings: dict[str, Any] | None = None,
) -> RunningCentral:
    """Migrate `database_url` (unless it is a copy of a migrated template), then serve the
    real app over TLS on 127.0.0.1:<free port>.

    `cert_dir` reuses a cert.pem/key.pem there (for a restart with the same pin); by
    default a dev certificate for 127.0.0.1 is made under `tmp_path`. `settings`: other
    `CentralConfig` fields (e.g. admission limits).
    """
    base = tmp_path / f"central-{free_port()}"
    if cert_dir is not None and (cert_dir / "cert.pem").exists():
        from cssw_core.pinning import pin_of_pem

        cert_path, key_path = cert_dir / "cert.pem", cert_dir / "key.pem"
        pin = pin_of_pem(cert_path.read_bytes())
    else:
        cert_path, key_path, pin = make_dev_cert("127.0.0.1", cert_dir or base / "tls")
    if not came_migrated(database_url):
        upgrade(database_url)
    key = receipt_key or Ed25519PrivateKey.generate()
    drop_folder = base / "drop"
    drop_folder.mkdir(parents=True, exist_ok=True)
    options: dict[str, Any] = {"clock": clock, "pool_size": pool_size}
    if policy is not None:
        options["policy_defaults"] = policy
    options |= settings or {}
    signing = make_trial_signing_cert(base / "signing")
    config = CentralConfig(
        database_url=database_url,
        receipt_key=key,
        drop_folder=drop_folder,
        signing=signing,
        **options,
    )
    app = create_app(config)
    port = free_port()
    server = uvicorn.Server(
        uvicorn_config(
            app,
            host="127.0.0.1",
            port=port,
            tls_cert=cert_path,
            tls_key=key_path,
            log_config=None,
            limits=config.connections,
        )
    )
    thread = threading.Thread(target=server.run, name=f"central-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise RuntimeError("the test central server did not start")
        time.sleep(0.02)
    return RunningCentral(
        url=f"https://127.0.0.1:{port}",
        pin=pin,
        cert_path=cert_path,
        key_path=key_path,
        database_url=database_url,
        drop_folder=drop_folder,
        receipt_public_key=public_hex(key),
        signing=signing,
        app=app,
        _server=server,
        _thread=thread,
    )
