"""Refusals in words a worker can act on, and unexpected errors logged without data.

Code anywhere below a route raises `Refused` (status, problem code, plain words); it is
answered as `ErrorBody(error=Problem(...))` JSON by `problem_response` (the handlers are
in `cssw_central.api.errors`). `log_unexpected` names where an error happened, never
what the data was.
"""

from __future__ import annotations

import logging
import traceback

from fastapi.responses import JSONResponse

from cssw_core.protocol import ErrorBody, Problem, ProblemCode

log = logging.getLogger("cssw_central")


class Refused(Exception):
    """Refuse a request with an HTTP status, a problem code and a plain-words reason."""

    def __init__(
        self,
        status: int,
        code: ProblemCode,
        message: str,
        skew_seconds: int | None = None,
        *,
        retry_after_seconds: int | None = None,
    ) -> None:
        super().__init__(code.value)
        self.status = status
        self.code = code
        self.message = message
        self.skew_seconds = skew_seconds
        self.retry_after_seconds = retry_after_seconds  # sent as Retry-After (429)


def problem_response(
    status: int, code: ProblemCode, message: str, skew_seconds: int | None = None
) -> JSONResponse:
    body = ErrorBody(error=Problem(code=code, message=message, skew_seconds=skew_seconds))
    return JSONResponse(status_code=status, content=body.model_dump(mode="json"))


def log_unexpected(exc: BaseException) -> None:
    """Log where an error happened (file, line, function) without its message or values."""
    frames = traceback.extract_tb(exc.__traceback__)[-8:]
    where = " <- ".join(f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno} {f.name}" for f in frames)
    log.error("unexpected %s at %s", type(exc).__name__, where)
