"""nginx (Debian's nginx-light, from `scripts/setup-system test`) in front of central, as
docs/it-and-central.md describes: it terminates TLS with central's own certificate and key
(so laptops' pins hold), enforces the same deadlines and limits, and tells central the
client's address, which central believes only because the proxy connects from the
address given to `--trusted-proxy` (here 127.0.0.9).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

PROXY_ADDRESS = "127.0.0.9"  # where the proxy's connections to central come from

CONFIG = """\
worker_processes 1;
daemon off;
pid {run}/nginx.pid;
error_log {run}/error.log warn;
{user}
events {{ worker_connections 4096; }}
http {{
    access_log off;
    client_body_temp_path {run}/body;
    proxy_temp_path {run}/proxy;
    fastcgi_temp_path {run}/fastcgi;
    uwsgi_temp_path {run}/uwsgi;
    scgi_temp_path {run}/scgi;
    limit_conn_zone $binary_remote_addr zone=per_address:10m;

    server {{
        listen 127.0.0.1:{port} ssl;
        ssl_certificate {cert};
        ssl_certificate_key {key};
        ssl_protocols TLSv1.2 TLSv1.3;

        # The same deadlines and limits as central's own (docs/it-and-central.md).
        client_header_timeout {header_timeout}s;
        client_body_timeout {body_timeout}s;
        send_timeout 30s;
        keepalive_timeout 30s;
        client_header_buffer_size 4k;
        large_client_header_buffers 4 16k;
        client_max_body_size 12m;
        client_body_buffer_size 128k;
        limit_conn per_address {per_address};
        limit_conn_status 503;

        location / {{
            proxy_pass https://127.0.0.1:{upstream};
            proxy_bind {proxy_address};
            proxy_ssl_trusted_certificate {cert};
            proxy_ssl_verify on;
            proxy_ssl_name localhost;   # a DNS name in the certificate (nginx checks no IPs)
            proxy_request_buffering on;   # central sees a request only once it is whole
            proxy_http_version 1.1;
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $remote_addr;   # not what the client said
            proxy_set_header X-Forwarded-Proto https;
            proxy_connect_timeout 5s;
            proxy_read_timeout 60s;
        }}
    }}
}}
"""


def nginx() -> str | None:
    return shutil.which("nginx") or (
        "/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None
    )


@dataclass
class RunningProxy:
    port: int
    process: subprocess.Popen[str]


@contextmanager
def reverse_proxy(
    run_dir: Path,
    *,
    upstream_port: int,
    cert: Path,
    key: Path,
    header_timeout: int = 10,
    body_timeout: int = 10,
    per_address: int = 64,
) -> Iterator[RunningProxy]:
    binary = nginx()
    if binary is None:
        raise RuntimeError("nginx is not installed: run scripts/setup-system test")
    from tests.support.central import free_port

    run_dir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    config = run_dir / "nginx.conf"
    config.write_text(
        CONFIG.format(
            run=run_dir,
            user="user root;" if os.geteuid() == 0 else "",
            port=port,
            cert=cert,
            key=key,
            upstream=upstream_port,
            proxy_address=PROXY_ADDRESS,
            header_timeout=header_timeout,
            body_timeout=body_timeout,
            per_address=per_address,
        ),
        encoding="utf-8",
    )
    process = subprocess.Popen(
        [binary, "-e", str(run_dir / "error.log"), "-p", str(run_dir), "-c", str(config)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    errors = (run_dir / "error.log").read_text(encoding="utf-8")
                    raise RuntimeError(f"nginx did not start: {errors.strip()}") from None
                time.sleep(0.1)
        yield RunningProxy(port, process)
    finally:
        process.send_signal(signal.SIGTERM)  # nginx's fast shutdown, workers included
        try:
            process.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate(timeout=10)
