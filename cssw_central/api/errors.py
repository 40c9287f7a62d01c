"""Every refusal as `ErrorBody(error=Problem(...))` JSON, in words a worker can act on.

Route and service code raises `Refused` (`cssw_central.infra.problems`); FastAPI's own
errors (validation, unknown path, bad JSON) are translated here; anything unexpected
becomes a bare 500 whose log names only where it happened, never what the data was.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from cssw_central.infra.admission import BUSY_WORDS, RETRY_AFTER_SECONDS, AdmissionGate
from cssw_central.infra.problems import Refused, log_unexpected, problem_response
from cssw_core.protocol import ErrorBody, ProblemCode

SERVER_ERROR_WORDS = "Central had a problem and could not finish this. It will be retried."


def _field_words(loc: tuple[int | str, ...]) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "header")]
    parts = [p for p in parts if not p.isdigit()] or ["body"]
    if parts == ["body"]:
        return "the request's content"
    return "the “" + ".".join(parts)[:80] + "” field"


def validation_words(exc: RequestValidationError) -> str:
    """Which field was wrong, in plain words; the value itself is never repeated."""
    errors = exc.errors()
    if not errors:
        return "The request is not in the form central expects."
    first = errors[0]
    kind = str(first.get("type", ""))
    if kind == "json_invalid":
        return "The request is not readable JSON."
    where = _field_words(tuple(first.get("loc", ())))
    if kind == "missing":
        return f"The request is missing {where}."
    if kind == "extra_forbidden":
        return f"The request has {where}, which central does not expect."
    return f"In the request, {where} is not in the expected form."


# Answers any operation can give besides its own, documented once for the whole API (the
# OpenAPI document at /v1/openapi.json), so that a client, or a fuzzer, expects them.
COMMON_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "The body could not be read (not UTF-8 JSON)"},
    413: {"model": ErrorBody, "description": "The body is larger than central accepts"},
}

_STATUS_CODES = {
    400: (ProblemCode.MALFORMED, "The request is not in the form central expects."),
    401: (ProblemCode.UNSIGNED, "This request was not signed by an enrolled laptop."),
    403: (ProblemCode.FORBIDDEN, "This laptop's user is not allowed to do that."),
    404: (ProblemCode.NOT_FOUND, "Central has nothing at that address."),
    405: (ProblemCode.MALFORMED, "Central does not accept that kind of request there."),
    413: (ProblemCode.TOO_LARGE, "The request is too large for central to accept."),
    429: (ProblemCode.RATE_LIMITED, "Too many requests; central will accept more shortly."),
}


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(Refused)
    async def refused(_request: Request, exc: Refused) -> JSONResponse:
        response = problem_response(exc.status, exc.code, exc.message, exc.skew_seconds)
        if exc.retry_after_seconds is not None:
            response.headers["Retry-After"] = str(exc.retry_after_seconds)
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return problem_response(422, ProblemCode.MALFORMED, validation_words(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code, words = _STATUS_CODES.get(
            exc.status_code,
            (ProblemCode.MALFORMED, "The request is not in the form central expects."),
        )
        if exc.status_code >= 500:
            code, words = ProblemCode.SERVER_ERROR, SERVER_ERROR_WORDS
        return problem_response(exc.status_code, code, words)


async def _busy() -> Message:
    return {"type": "http.disconnect"}


async def _client_gone() -> Message:
    return {"type": "http.disconnect"}


class BodyBuffer:
    """The bytes of request bodies held in one server process, read but not yet answered.

    Bodies are read whole before a request takes an admission place, so their total is
    bounded here: a request whose body would pass `limit` is answered 503 (busy) at once.
    Lives on the server's event loop; counts only the bytes that really arrived."""

    def __init__(self, limit: int, gate: AdmissionGate | None = None) -> None:
        self.limit = limit
        self.gate = gate
        self.held = 0
        self.most_held = 0
        self.refused = 0

    def take(self, size: int) -> bool:
        if self.held + size > self.limit:
            return False
        self.held += size
        self.most_held = max(self.most_held, self.held)
        return True

    def give_back(self, size: int) -> None:
        self.held -= size


class GuardMiddleware:
    """Outermost guard: body-size limit before the body is read, and a catch-all 500.

    A request is refused with 413 as soon as its Content-Length, or the bytes counted so
    far while streaming, pass `max_body_bytes`; a body within the limit is buffered and
    replayed to the app (FastAPI would read it whole anyway). It sits outside admission
    control, so a request takes a place only once its body is whole; the bodies being
    held together are bounded by `buffer` (503 busy beyond it).
    """

    def __init__(self, app: ASGIApp, max_body_bytes: int, buffer: BodyBuffer | None = None) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.buffer = buffer or BodyBuffer(limit=2**62)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        held = [0]  # body bytes this request holds in the process's buffer
        try:
            replay = await self._read_limited(scope, receive, held)
            if replay is _client_gone:
                return
            if replay is None:
                await self._too_large(scope, receive, tracking_send)
                return
            if replay is _busy:
                self.buffer.refused += 1
                await self._busy(scope, receive, tracking_send)
                return
            await self.app(scope, replay, tracking_send)
        except Exception as exc:
            log_unexpected(exc)
            if not started:
                response = problem_response(500, ProblemCode.SERVER_ERROR, SERVER_ERROR_WORDS)
                await response(scope, receive, send)
        finally:
            self.buffer.give_back(held[0])

    async def _read_limited(
        self, scope: Scope, receive: Receive, held: list[int]
    ) -> Receive | None:
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None:
            try:
                if int(declared) > self.max_body_bytes:
                    return None
            except ValueError:
                return None
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return _client_gone
            body = message.get("body", b"")
            size += len(body)
            if size > self.max_body_bytes:
                return None
            if not self.buffer.take(len(body)):
                return _busy
            held[0] += len(body)
            chunks.append(body)
            if not message.get("more_body", False):
                break
        whole = b"".join(chunks)
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": whole, "more_body": False}
            return await receive()

        return replay

    async def _busy(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = problem_response(503, ProblemCode.RATE_LIMITED, BUSY_WORDS)
        gate = self.buffer.gate
        response.headers["Retry-After"] = str(
            gate.retry_after() if gate is not None else RETRY_AFTER_SECONDS
        )
        # The rest of the body is discarded as it arrives (uvicorn reads it without keeping
        # it), so the laptop reads this answer and keeps its connection.
        await response(scope, receive, send)

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = problem_response(
            413,
            ProblemCode.TOO_LARGE,
            "The record is too large for central to accept. Tell IT.",
        )
        response.headers["Connection"] = "close"
        await response(scope, receive, send)
