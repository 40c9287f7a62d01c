"""What went wrong talking to central, in words a worker can act on.

Every refusal central can give (a `ProblemCode`) and every way the network can fail maps
to one `SyncProblem` with a kind the sync engine acts on and a sentence the app shows.
"""

from __future__ import annotations

import socket
import ssl
from enum import StrEnum

from cssw_core.domain.i18n import QT_TRANSLATE_NOOP
from cssw_core.errors import CsswError
from cssw_core.pinning import pin_failure
from cssw_core.protocol import Problem, ProblemCode
from cssw_core.signing import skew_words


class ProblemKind(StrEnum):
    OFFLINE = "offline"  # no network or central unreachable: try later
    PIN = "pin"  # the server is not the pinned central: nothing was sent
    CLOCK = "clock"  # the laptop's clock is too far out
    REVOKED = "revoked"  # IT switched this laptop off: wipe
    REFUSED = "refused"  # central refused this request for a reason that will not pass
    CONFLICT = "conflict"  # central holds other content for this record and version
    SERVER = "server"  # central had a problem: try later
    NOT_ENROLLED = "not_enrolled"  # this laptop is not (or no longer) enrolled


RETRYABLE = frozenset({ProblemKind.OFFLINE, ProblemKind.SERVER})


class SyncProblem(CsswError):
    def __init__(
        self,
        kind: ProblemKind,
        message: str,
        *parts: object,
        code: ProblemCode | None = None,
        status: int | None = None,
        skew_seconds: int | None = None,
        retry_after_seconds: int | None = None,
        central_words: str = "",
    ) -> None:
        super().__init__(message, *parts)
        # Central's own sentence for a refusal (plain words, no personal data), if it sent one.
        self.central_words = central_words
        self.kind = kind
        self.code = code
        self.status = status
        self.skew_seconds = skew_seconds
        self.retry_after_seconds = retry_after_seconds  # central's Retry-After, if it sent one

    @property
    def retryable(self) -> bool:
        return self.kind in RETRYABLE


_WORDS: dict[ProblemCode, tuple[ProblemKind, str]] = {
    ProblemCode.UNSIGNED: (
        ProblemKind.REFUSED,
        QT_TRANSLATE_NOOP(
            "Errors", "Central did not see this laptop's signature on the request. Tell IT."
        ),
    ),
    ProblemCode.UNKNOWN_DEVICE: (
        ProblemKind.NOT_ENROLLED,
        QT_TRANSLATE_NOOP(
            "Errors", "Central does not know this laptop. Ask IT for a new enrollment code."
        ),
    ),
    ProblemCode.DEVICE_REVOKED: (
        ProblemKind.REVOKED,
        QT_TRANSLATE_NOOP(
            "Errors",
            "IT has switched this laptop off for the consent service, so its store was removed.",
        ),
    ),
    ProblemCode.REPLAYED: (
        ProblemKind.SERVER,
        QT_TRANSLATE_NOOP(
            "Errors", "Central saw the same request twice and refused the second one. Sync again."
        ),
    ),
    ProblemCode.BAD_SIGNATURE: (
        ProblemKind.REFUSED,
        QT_TRANSLATE_NOOP("Errors", "Central did not accept this laptop's signature. Tell IT."),
    ),
    ProblemCode.MALFORMED: (
        ProblemKind.REFUSED,
        QT_TRANSLATE_NOOP(
            "Errors",
            "Central could not read what this laptop sent. It is kept on this laptop; tell IT.",
        ),
    ),
    ProblemCode.TOO_LARGE: (
        ProblemKind.REFUSED,
        QT_TRANSLATE_NOOP(
            "Errors",
            "This record is too large for central to take. It is kept on this laptop; tell IT.",
        ),
    ),
    ProblemCode.HASH_MISMATCH: (
        ProblemKind.REFUSED,
        QT_TRANSLATE_NOOP(
            "Errors",
            "This record was changed after it was signed, so central refused it. It is kept on "
            "this laptop; tell IT.",
        ),
    ),
    ProblemCode.SEAL_INVALID: (
        ProblemKind.REFUSED,
        QT_TRANSLATE_NOOP(
            "Errors",
            "This record's seal does not check out, so central refused it. It is kept on this "
            "laptop; tell IT.",
        ),
    ),
    ProblemCode.TRAINING_RECORD: (
        ProblemKind.REFUSED,
        QT_TRANSLATE_NOOP(
            "Errors",
            "This record was made in training, so central refused it: records made in "
            "training are never sent. It is kept on this laptop.",
        ),
    ),
    ProblemCode.WRONG_DEVICE: (
        ProblemKind.REFUSED,
        QT_TRANSLATE_NOOP(
            "Errors",
            "This record was sealed on another laptop, so central will not take it from this "
            "one. It is kept on this laptop; tell IT.",
        ),
    ),
    ProblemCode.CONFLICT: (
        ProblemKind.CONFLICT,
        QT_TRANSLATE_NOOP(
            "Errors",
            "Central already holds a different copy of this record and version. It is kept on "
            "this laptop; tell IT.",
        ),
    ),
    ProblemCode.NOT_FOUND: (
        ProblemKind.REFUSED,
        QT_TRANSLATE_NOOP("Errors", "Central does not hold that record."),
    ),
    ProblemCode.WRONG_STATE: (
        ProblemKind.REFUSED,
        QT_TRANSLATE_NOOP("Errors", "That record has already been dealt with. Refresh the list."),
    ),
    ProblemCode.RATE_LIMITED: (
        ProblemKind.SERVER,
        QT_TRANSLATE_NOOP("Errors", "Central is busy just now. The laptop will try again shortly."),
    ),
    ProblemCode.SERVER_ERROR: (
        ProblemKind.SERVER,
        QT_TRANSLATE_NOOP(
            "Errors", "Central had a problem. Nothing is lost; the laptop will try again later."
        ),
    ),
}

# Enrollment refusals, a refused approval and anything not allowed: central's own words
# (they say what to do with the code, why the record could not be approved, or why the
# family or the action is not this laptop's).
_CODE_WORDS = {
    ProblemCode.FORBIDDEN: QT_TRANSLATE_NOOP(
        "Errors", "Your account is not allowed to do that. Ask your team lead or IT."
    ),
    ProblemCode.CODE_INVALID: QT_TRANSLATE_NOOP(
        "Errors",
        "That enrollment code or password was not accepted. Check both, or ask IT for a new code.",
    ),
    ProblemCode.CODE_EXPIRED: QT_TRANSLATE_NOOP(
        "Errors", "That enrollment code has expired. Ask IT for a new one."
    ),
    ProblemCode.CODE_USED: QT_TRANSLATE_NOOP(
        "Errors", "That enrollment code has already been used. Ask IT for a new one."
    ),
    ProblemCode.PDF_NOT_MADE: QT_TRANSLATE_NOOP(
        "Errors",
        "Central could not make the signed PDF of this record, so it was not approved. "
        "Nothing is lost: tell IT, and approve it again once they have fixed this.",
    ),
}


def from_problem(
    problem: Problem, status: int, retry_after_seconds: int | None = None
) -> SyncProblem:
    """The SyncProblem for central's refusal."""
    if problem.code is ProblemCode.CLOCK_SKEW:
        skew = problem.skew_seconds or 0
        return SyncProblem(
            ProblemKind.CLOCK,
            skew_words(skew) if skew else problem.message,
            code=problem.code,
            status=status,
            skew_seconds=skew,
        )
    central = problem.message.strip()[:500]
    if problem.code in _CODE_WORDS:
        words = central or _CODE_WORDS[problem.code]
        return SyncProblem(
            ProblemKind.REFUSED, words, code=problem.code, status=status, central_words=central
        )
    kind, words = _WORDS[problem.code]
    return SyncProblem(
        kind,
        words,
        code=problem.code,
        status=status,
        retry_after_seconds=retry_after_seconds,
        central_words=central,
    )


def from_status(status: int) -> SyncProblem:
    """A refusal without a readable body (a proxy or a crash in front of central)."""
    if status == 413:
        kind, words = _WORDS[ProblemCode.TOO_LARGE]
        return SyncProblem(kind, words, code=ProblemCode.TOO_LARGE, status=status)
    if status >= 500 or status in (408, 429):
        return SyncProblem(
            ProblemKind.SERVER,
            QT_TRANSLATE_NOOP(
                "Errors",
                "Central is not working properly just now (error %1). Nothing is lost; "
                "the laptop will try again later.",
            ),
            status,
            status=status,
        )
    return SyncProblem(
        ProblemKind.REFUSED,
        QT_TRANSLATE_NOOP(
            "Errors", "Central refused the request (error %1). Tell IT if this keeps happening."
        ),
        status,
        status=status,
    )


def unreadable_answer(status: int) -> SyncProblem:
    return SyncProblem(
        ProblemKind.SERVER,
        QT_TRANSLATE_NOOP(
            "Errors",
            "Central's answer could not be read. Nothing is lost; the laptop will try again later.",
        ),
        status=status,
    )


def _causes(error: BaseException) -> list[BaseException]:
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


def from_network(error: BaseException, *, timed_out: bool = False) -> SyncProblem:
    """The SyncProblem for a connection that failed (httpx TransportError and causes)."""
    mismatch = pin_failure(error)
    if mismatch is not None:
        return SyncProblem(ProblemKind.PIN, mismatch.reason)
    chain = _causes(error)
    if timed_out:
        return SyncProblem(
            ProblemKind.OFFLINE,
            QT_TRANSLATE_NOOP(
                "Errors",
                "Central did not answer in time. The connection may be slow; the laptop will try "
                "again later.",
            ),
        )
    if any(isinstance(e, socket.gaierror) for e in chain) or "name resolution" in str(error):
        return SyncProblem(
            ProblemKind.OFFLINE,
            QT_TRANSLATE_NOOP(
                "Errors",
                "Central's address could not be found. Check the laptop is connected to the "
                "internet; the laptop will try again later.",
            ),
        )
    if any(isinstance(e, ssl.SSLError) for e in chain):
        return SyncProblem(
            ProblemKind.PIN,
            QT_TRANSLATE_NOOP(
                "Errors",
                "A secure connection to central could not be made, so nothing was sent. If you "
                "are on a hotel or public network, try another; otherwise tell IT.",
            ),
        )
    return SyncProblem(
        ProblemKind.OFFLINE,
        QT_TRANSLATE_NOOP(
            "Errors",
            "Central could not be reached. Check the laptop is connected to the internet; "
            "nothing is lost and the laptop will try again later.",
        ),
    )


def retry_after_seconds(value: str | None) -> int | None:
    """A Retry-After header given in seconds (the form central sends); None otherwise."""
    if value is None or not value.strip().isdigit():
        return None
    return min(int(value.strip()), 7 * 24 * 3600)
