"""The real central service in its own process for the sync benchmarks, plus a bare endpoint.

`python -m bench.central_server DATABASE_URL CERT KEY PORT DROP_FOLDER RECEIPT_KEY`
serves `create_app` over real TLS with uvicorn, as `cssw-central serve` does, and adds
`POST /bench/bare`, which reads the body and answers 204: the baseline "raw HTTPS POST of
the same bytes" that `sync_1000_ratio` divides by. The bare route exists only here, never
in the service itself.
"""

from __future__ import annotations

import sys
from pathlib import Path

import uvicorn
from fastapi import Request, Response

from bench.central_common import BENCH_CONNECTIONS, BENCH_HEADER_TIMEOUT_S
from cssw_central.api.app import create_app
from cssw_central.infra.config import CentralConfig
from cssw_central.infra.connections import ConnectionLimits
from cssw_central.infra.https import uvicorn_config
from cssw_central.infra.receipt_key import load_or_create_receipt_key

BARE_PATH = "/bench/bare"


def main(argv: list[str]) -> None:
    database_url, cert, key, port, drop_folder, receipt_key = argv
    receipt, _created = load_or_create_receipt_key(Path(receipt_key))
    # All simulated laptops connect from 127.0.0.1 (bench/central_common.py).
    limits = ConnectionLimits(
        max_connections=BENCH_CONNECTIONS,
        max_per_address=BENCH_CONNECTIONS,
        header_timeout_seconds=BENCH_HEADER_TIMEOUT_S,
    )
    app = create_app(
        CentralConfig(
            database_url=database_url,
            receipt_key=receipt,
            drop_folder=Path(drop_folder),
            connections=limits,
        )
    )

    @app.post(BARE_PATH, include_in_schema=False)
    async def bare(request: Request) -> Response:
        await request.body()
        return Response(status_code=204)

    config = uvicorn_config(
        app,
        host="127.0.0.1",
        port=int(port),
        tls_cert=Path(cert),
        tls_key=Path(key),
        log_config=None,
        limits=limits,
    )
    config.access_log = False
    uvicorn.Server(config).run()


if __name__ == "__main__":
    main(sys.argv[1:])
