"""Talking to central: pinned HTTPS, every request signed by this laptop's key.

`CentralClient.call` sends one pydantic message and returns central's answer as its
model, or raises `SyncProblem` with a kind the engine acts on and words for the worker.
The TLS context trusts only the pinned key, checked inside the handshake: a server that
is not central never sees a byte of the request.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Callable
from typing import TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from cssw_core.pinning import pinned_context
from cssw_core.protocol import ErrorBody
from cssw_core.signing import Signer, sign_request
from cssw_desktop.sync.problems import (
    ProblemKind,
    SyncProblem,
    from_network,
    from_problem,
    from_status,
    retry_after_seconds,
    unreadable_answer,
)

M = TypeVar("M", bound=BaseModel)

BUSY_RETRIES = 3  # sends again within one call when central says it is busy (503)
BUSY_WAIT_CAP_SECONDS = 30  # a longer Retry-After waits for the next sync instead

__all__ = ["CentralClient", "ProblemKind", "SyncProblem"]


class CentralClient:
    """One pinned, signing HTTPS client for central. `await aclose()` when done."""

    def __init__(
        self,
        server_url: str,
        pin: str,
        *,
        signer: Signer | None = None,
        device_id: str | None = None,
        timeout: float = 30.0,
        transport: httpx.AsyncBaseTransport | None = None,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        if signer is not None and device_id is None:
            raise ValueError("a signing client needs the device id")
        self.server_url = server_url.rstrip("/")
        self._signer = signer
        self._device_id = device_id
        self._wall_clock = wall_clock
        self._http = httpx.AsyncClient(
            base_url=self.server_url,
            verify=pinned_context(pin),
            transport=transport,
            timeout=httpx.Timeout(timeout, connect=min(timeout, 15.0)),
            follow_redirects=False,  # a redirect could only lead away from central
            headers={"Accept": "application/json"},
        )

    async def call(
        self, method: str, path: str, body: BaseModel | None, response_model: type[M]
    ) -> M:
        """Send `body` (JSON) to `path` (with any query) and read the answer as a model.

        Central answers 503 with a Retry-After when it is too busy to take the request
        (it did nothing with it): the same request is sent again, freshly signed, after
        that wait plus up to half again, a few times; a longer wait is left to the next
        sync (the SyncProblem carries it)."""
        content = b"" if body is None else body.model_dump_json().encode("utf-8")
        for attempt in range(BUSY_RETRIES + 1):
            response = await self._send(method, path, content, json_body=body is not None)
            wait = retry_after_seconds(response.headers.get("Retry-After"))
            if (
                response.status_code != 503
                or wait is None
                or wait > BUSY_WAIT_CAP_SECONDS
                or attempt == BUSY_RETRIES
            ):
                break
            await asyncio.sleep(max(1, wait) * random.uniform(1.0, 1.5))  # noqa: S311 - jitter
        status = response.status_code
        if status in (200, 201):
            try:
                return response_model.model_validate_json(response.content)
            except ValidationError:
                raise unreadable_answer(status) from None
        try:
            problem = ErrorBody.model_validate_json(response.content).error
        except ValidationError:
            raise from_status(status) from None
        raise from_problem(
            problem, status, retry_after_seconds(response.headers.get("Retry-After"))
        )

    async def _send(
        self, method: str, path: str, content: bytes, *, json_body: bool
    ) -> httpx.Response:
        headers = {"Content-Type": "application/json"} if json_body else {}
        if self._signer is not None and self._device_id is not None:
            headers |= sign_request(
                self._signer, self._device_id, method, path, content, now=self._wall_clock()
            )
        try:
            return await self._http.request(method, path, content=content, headers=headers)
        except httpx.TimeoutException as exc:
            raise from_network(exc, timed_out=True) from None
        except httpx.TransportError as exc:
            raise from_network(exc) from None

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> CentralClient:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.aclose()
