"""Enrolling this laptop with central, from the code IT issued and the worker's password.

The code gives central's address and the pin of its TLS key, so the very first request
already goes only to the real central. The laptop proves it holds the key it registers
by signing the code's secret with it; central answers with the worker's profile, the key
that signs receipts and the policy, all kept in the encrypted store.

Before any password is asked for (`check_code`): the code must be signed by a
provisioning key in this installation's configuration (`cssw_core.provisioning`), so a
phishing code for someone else's server is refused; and a laptop already enrolled with
another central (another address, TLS key or receipt key) is not moved while anything is
unsent, and otherwise only when the person confirms by naming the central it leaves
(`switch_from`). The same checks run again in the transaction that saves the new profile,
so a record sealed meanwhile still stops the move.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import httpx

from cssw_core.domain.i18n import QT_TRANSLATE_NOOP
from cssw_core.enrollment_code import EnrollmentCode, parse_code, signing_key_of
from cssw_core.errors import CsswError
from cssw_core.protocol import (
    API_PREFIX,
    EnrollmentRequest,
    EnrollmentResponse,
    ProblemCode,
)
from cssw_core.provisioning import trusted_keys
from cssw_core.signing import enrollment_proof_message
from cssw_desktop.storage.errors import training_refused
from cssw_desktop.storage.profile import EnrolledProfile
from cssw_desktop.storage.store import Store
from cssw_desktop.storage.thread import OpenStore
from cssw_desktop.sync.client import CentralClient, ProblemKind, SyncProblem


class UnsentRecordsStayPut(CsswError):
    """The laptop is enrolled with another central and still has records to send there."""


class SwitchNotConfirmed(CsswError):
    """The code is for another central: moving needs the person's confirmation."""

    def __init__(self, message: str, current: str, new: str) -> None:
        super().__init__(message, current, new)
        self.current_server = current
        self.new_server = new


UNSENT_WORDS = QT_TRANSLATE_NOOP(
    "Errors",
    "This laptop is connected to central at %1 and still has %2 record(s) to send there. "
    "It cannot be moved to %3 until they are sent: sync first, or ask IT.",
)
SWITCH_WORDS = QT_TRANSLATE_NOOP(
    "Errors",
    "This laptop is connected to central at %1; this code is for central at %2. Move it "
    "only if IT told you to, and confirm by naming %1.",
)


@dataclass(frozen=True, slots=True)
class CheckedCode:
    """A code that the council signed, and what enrolling with it would change."""

    code: EnrollmentCode
    provisioning_key: str  # hex: the trusted key that signed it
    current_server: str | None  # the other central this laptop would leave, if any


def server_words(server_url: str, pin: str, current: EnrolledProfile | None = None) -> str:
    """How to name a central to a person: its address (and "with a new key" when only the
    key differs from `current`)."""
    if current is not None and current.server_url == server_url and current.pin != pin:
        return f"{server_url} (with a new key)"
    return server_url


def _other_server(profile: EnrolledProfile | None, url: str, pin: str, key: str | None) -> bool:
    if profile is None:
        return False
    return (profile.server_url, profile.pin) != (url, pin) or (
        key is not None and profile.server_signing_key != key
    )


def _unsent(store: Store) -> int:
    return store.outbox.unsent_count()


async def check_code(
    run_store: OpenStore, code_text: str, *, keys: Sequence[str] | None = None
) -> CheckedCode:
    """Everything the laptop can check before a password is asked for or sent.

    TrainingStoreRefused, BadEnrollmentCode (unreadable), UntrustedEnrollmentCode (not
    signed by the council: a phishing code), UnsentRecordsStayPut."""
    if await run_store(_is_training):
        raise training_refused()
    code = parse_code(code_text)
    signer = signing_key_of(code, trusted_keys() if keys is None else keys)
    profile, unsent = await run_store(lambda s: (s.profile.get(), _unsent(s)))
    if profile is None or not _other_server(profile, code.server_url, code.pin, None):
        return CheckedCode(code, signer, None)
    current = server_words(profile.server_url, profile.pin)
    new = server_words(code.server_url, code.pin, profile)
    if unsent:
        raise UnsentRecordsStayPut(UNSENT_WORDS, current, unsent, new)
    return CheckedCode(code, signer, profile.server_url)


async def enroll(
    run_store: OpenStore,
    code_text: str,
    password: str,
    *,
    device_name: str,
    app_version: str,
    transport: httpx.AsyncBaseTransport | None = None,
    switch_from: str | None = None,
    keys: Sequence[str] | None = None,
) -> EnrolledProfile:
    """Enroll and keep the profile; SyncProblem or BadEnrollmentCode in plain words.

    A training store is refused before anything is read from the code or sent anywhere
    (TrainingStoreRefused): its records are fictional. Everything `check_code` checks is
    checked before the password leaves the laptop; a laptop enrolled with another central
    moves only when `switch_from` names that central's address (SwitchNotConfirmed)."""
    checked = await check_code(run_store, code_text, keys=keys)
    code = checked.code
    if checked.current_server is not None and switch_from != checked.current_server:
        current_profile = await run_store(lambda s: s.profile.get())
        raise SwitchNotConfirmed(
            SWITCH_WORDS,
            checked.current_server,
            server_words(code.server_url, code.pin, current_profile),
        )

    def proof(store: Store) -> tuple[str, str, str]:
        key = store.device.key()
        message = enrollment_proof_message(code.secret, key.device_id, key.public_key)
        return key.device_id, key.public_key, key.sign(message).hex()

    device_id, public_key, signed = await run_store(proof)
    request = EnrollmentRequest(
        code_secret=code.secret,
        password=password,
        device_id=device_id,
        device_public_key=public_key,
        device_name=device_name[:100] or "Laptop",
        app_version=app_version[:40],
        proof=signed,
    )
    async with CentralClient(code.server_url, code.pin, transport=transport) as client:
        try:
            answer = await client.call("POST", f"{API_PREFIX}/enroll", request, EnrollmentResponse)
        except SyncProblem as problem:
            if problem.code is ProblemCode.RATE_LIMITED:
                raise too_many_attempts(problem.retry_after_seconds) from None
            if problem.code is ProblemCode.CONFLICT:  # e.g. known with another key: why
                raise enroll_conflict(problem) from None
            raise
    profile = EnrolledProfile(
        worker_id=answer.profile.worker_id,
        display_name=answer.profile.display_name,
        role=answer.profile.role,
        team_id=answer.profile.team_id,
        team_name=answer.profile.team_name,
        server_url=code.server_url,
        pin=code.pin,
        server_signing_key=answer.server_signing_key,
        enrolled_at=answer.enrolled_at,
        policy=answer.policy,
    )
    await run_store(lambda store: _save_unless_moved(store, profile, switch_from))
    return profile


def _save_unless_moved(store: Store, profile: EnrolledProfile, switch_from: str | None) -> None:
    """Save the new profile, checking again (on the store's thread, so nothing is sealed
    in between) that a move to another central leaves nothing unsent and was confirmed."""
    current = store.profile.get()
    if not _other_server(current, profile.server_url, profile.pin, profile.server_signing_key):
        store.profile.save(profile)
        return
    assert current is not None
    new = server_words(profile.server_url, profile.pin, current)
    if current.server_url == profile.server_url and current.pin == profile.pin:
        new = f"{profile.server_url} (with a new receipt key)"
    unsent = _unsent(store)
    if unsent:
        raise UnsentRecordsStayPut(UNSENT_WORDS, current.server_url, unsent, new)
    if switch_from != current.server_url:
        raise SwitchNotConfirmed(SWITCH_WORDS, current.server_url, new)
    store.profile.save(profile)


def _is_training(store: Store) -> bool:
    return store.training


def enroll_conflict(problem: SyncProblem) -> SyncProblem:
    """Central refused to enroll this laptop (409), in central's own words when it said why."""
    words = problem.central_words or QT_TRANSLATE_NOOP(
        "Errors",
        "Central already knows this laptop and would not enroll it again. Ask IT to remove "
        "the old entry, then enroll again.",
    )
    return SyncProblem(
        ProblemKind.REFUSED,
        words,
        code=ProblemCode.CONFLICT,
        status=problem.status,
        central_words=problem.central_words,
    )


def too_many_attempts(retry_after_seconds: int | None) -> SyncProblem:
    """Central refused more enrollment attempts from here for a while (429)."""
    minutes = max(1, math.ceil((retry_after_seconds or 60) / 60))
    if minutes == 1:
        words = QT_TRANSLATE_NOOP("Errors", "Too many attempts. Wait 1 minute and try again.")
        return SyncProblem(
            ProblemKind.REFUSED,
            words,
            code=ProblemCode.RATE_LIMITED,
            status=429,
            retry_after_seconds=retry_after_seconds,
        )
    return SyncProblem(
        ProblemKind.REFUSED,
        QT_TRANSLATE_NOOP("Errors", "Too many attempts. Wait %1 minutes and try again."),
        minutes,
        code=ProblemCode.RATE_LIMITED,
        status=429,
        retry_after_seconds=retry_after_seconds,
    )
