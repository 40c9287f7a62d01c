"""The central service's FastAPI application, built from a `CentralConfig` (no globals).

Endpoints are plain `def` functions with synchronous SQLAlchemy sessions: FastAPI runs
them on its threadpool, and the engine's pool is sized to match (see `infra.database`).
Each route module exposes `router: APIRouter` carrying the /v1 prefix itself; list new
ones in `_routers`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio.to_thread
from fastapi import APIRouter, FastAPI

from cssw_central.api import dashboard, enroll, fieldwork, heartbeat, review, team_audit, upload
from cssw_central.api.errors import (
    COMMON_RESPONSES,
    BodyBuffer,
    GuardMiddleware,
    install_error_handlers,
)
from cssw_central.infra.admission import AdmissionGate, AdmissionLimits, AdmissionMiddleware
from cssw_central.infra.config import CentralConfig
from cssw_central.infra.connections import install
from cssw_central.infra.database import make_engine, make_sessions
from cssw_central.infra.state import CentralState
from cssw_core.protocol import API_PREFIX, MAX_BODY_BYTES, PROTOCOL_VERSION


def _routers() -> list[APIRouter]:
    return [
        enroll.router,
        heartbeat.router,
        upload.router,
        review.router,
        fieldwork.router,
        team_audit.router,
        dashboard.router,
    ]


def create_app(config: CentralConfig) -> FastAPI:
    """The service for `config`. The database must already be migrated (`infra.migrate`)."""
    engine = make_engine(config.database_url, pool_size=config.pool_size)
    state = CentralState(config=config, engine=engine, sessions=make_sessions(engine))

    @asynccontextmanager
    async def lifespan(running: FastAPI) -> AsyncIterator[None]:
        # As many request threads as database connections: a burst queues for a thread
        # (cheap) rather than opening and closing connections beyond the pool (slow).
        anyio.to_thread.current_default_thread_limiter().total_tokens = config.pool_size
        # Before the server listens: its loop's connection table takes the limits.
        running.state.connections = install(config.connections)
        yield
        engine.dispose()

    app = FastAPI(
        title="CSSW central",
        version=str(PROTOCOL_VERSION),
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
        responses=COMMON_RESPONSES,
    )
    app.state.central = state
    install_error_handlers(app)
    app.state.connections = None  # the server loop's ConnectionTable, once serving
    # The guard is added last, so outermost: a request takes an admission place only once
    # its whole body has arrived, so a client that withholds its body holds no place.
    app.state.admission = gate_for(config)
    app.add_middleware(AdmissionMiddleware, gate=app.state.admission)
    app.add_middleware(
        GuardMiddleware,
        max_body_bytes=MAX_BODY_BYTES,
        buffer=BodyBuffer(config.connections.body_buffer_bytes, app.state.admission),
    )
    for router in _routers():
        app.include_router(router)
    return app


def gate_for(config: CentralConfig) -> AdmissionGate:
    """The admission gate for one server process of the service configured by `config`."""
    return AdmissionGate(
        AdmissionLimits.for_pool(
            config.pool_size,
            limit=config.max_inflight,
            max_queued=config.max_queued,
            max_wait_seconds=config.queue_wait_seconds,
            retry_after_seconds=config.retry_after_seconds,
        )
    )
