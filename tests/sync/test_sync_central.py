"""Sync against the real central (real TLS, real PostgreSQL): records arrive exactly once."""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

import httpx
import pytest

from cssw_central.api.enroll import REVOKED_WORDS
from cssw_core.protocol import ProblemCode
from cssw_core.signing import receipt_holds
from cssw_desktop.storage.clock import utc_now
from cssw_desktop.storage.thread import OpenStore
from cssw_desktop.storage.vault import Vault
from cssw_desktop.sync.engine import SyncEngine, SyncProgress
from cssw_desktop.sync.enrollment import enroll
from cssw_desktop.sync.problems import ProblemKind, SyncProblem
from tests.support.central import RunningCentral
from tests.support.central_fixtures import WENDY_PASSWORD
from tests.support.sync import count_records, run, seal_demo


def engine(runner: OpenStore, **options: Any) -> SyncEngine:
    options.setdefault("rng", random.Random(7))
    return SyncEngine(runner, app_version="test", **options)


def test_enrollment_keeps_the_profile_pin_and_key(
    central: RunningCentral, enrolled: OpenStore
) -> None:
    profile = enrolled.store.profile.get()
    assert profile is not None
    assert (profile.display_name, profile.role, profile.team_name) == (
        "Wendy Walker",
        "worker",
        "North",
    )
    assert profile.pin == central.pin
    assert profile.server_signing_key == central.receipt_public_key


def test_a_used_code_or_a_wrong_password_is_refused_in_plain_words(
    central: RunningCentral, runner: OpenStore
) -> None:
    code = central.issue_code("wendy")
    with pytest.raises(SyncProblem) as refused:
        run(enroll(runner, code, "not-her-password", device_name="x", app_version="t"))
    assert refused.value.kind is ProblemKind.REFUSED
    assert "HTTP" not in refused.value.message
    assert runner.store.profile.get() is None


def test_demo_records_all_arrive_with_receipts_and_a_second_sync_sends_nothing(
    central: RunningCentral, enrolled: OpenStore
) -> None:
    store = enrolled.store
    sealed = seal_demo(store)
    assert sealed > 0
    seen: list[SyncProgress] = []
    report = run(engine(enrolled).sync(progress=seen.append, caseload=True))
    assert report.problem is None, report.problem
    assert (report.sent, report.failed, report.unsent) == (sealed, [], 0)
    assert seen[-1].done == seen[-1].total == sealed
    assert report.caseload_families is not None
    rows = store.outbox.rows()
    assert {r.state for r in rows} == {"synced"}
    assert len(rows) == sealed
    for row in rows:
        receipt = store.outbox.receipt(row.record_id, row.version)
        assert receipt is not None
        assert receipt_holds(receipt, central.receipt_public_key)
        assert receipt.receipt.device_id == store.device.device_id
    assert count_records(central) == sealed
    again = run(engine(enrolled).sync())
    assert (again.sent, again.failed, again.problem) == (0, [], None)
    assert count_records(central) == sealed
    assert store.outbox.summary(utc_now()).last_sync_at is not None


def test_a_record_altered_after_sealing_is_refused_and_the_worker_told_why(
    central: RunningCentral, enrolled: OpenStore
) -> None:
    store = enrolled.store
    seal_demo(store, families=3)
    (first, *_rest) = store.outbox.due(utc_now())
    with store._db.transaction() as conn:  # what a tamperer with the key would have to do
        conn.execute("DROP TRIGGER consent_records_sealed_no_update")
        conn.execute(
            "UPDATE consent_records SET body = replace(body, '\"worker\":', '\"worker\" :') "
            "WHERE id = ?",
            (str(first.record_id),),
        )
        body = conn.execute(
            "SELECT body FROM consent_records WHERE id = ?", (str(first.record_id),)
        ).fetchone()[0]
        import json

        doc = json.loads(body)
        doc["worker"] = "Someone Else"
        from cssw_core.domain.canonical import canonical_json

        conn.execute(
            "UPDATE consent_records SET body = ? WHERE id = ?",
            (canonical_json(doc).decode(), str(first.record_id)),
        )
    report = run(engine(enrolled).sync())
    failures = {f.record_id: f.reason for f in report.failed}
    assert "changed after it was signed" in failures[first.record_id]
    row = next(r for r in store.outbox.rows() if r.record_id == first.record_id)
    assert row.state == "failed"
    assert row.permanent
    assert row.last_error == failures[first.record_id]
    assert report.sent == len(store.outbox.rows()) - 1


class FlakyTransport(httpx.AsyncBaseTransport):
    """The real pinned transport, but the first `failures` uploads get `status` instead."""

    def __init__(self, pin: str, status: int, failures: int) -> None:
        from cssw_core.pinning import pinned_context

        self.inner = httpx.AsyncHTTPTransport(verify=pinned_context(pin))
        self.status = status
        self.failures = failures
        self.refused = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/records" and self.refused < self.failures:
            self.refused += 1
            return httpx.Response(self.status, text="<html>Service Unavailable</html>")
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


@pytest.mark.parametrize("status", [500, 503])
def test_server_errors_are_retried_later_with_backoff_and_nothing_is_lost(
    central: RunningCentral, enrolled: OpenStore, status: int
) -> None:
    store = enrolled.store
    sealed = seal_demo(store, families=4)
    now = utc_now()
    flaky = FlakyTransport(central.pin, status, failures=1)
    report = run(engine(enrolled, transport=flaky, clock=lambda: now).sync())
    first = report.sent  # uploads already in flight beside the failed one may go through
    assert len(report.failed) == 1
    assert report.unsent == sealed - first
    assert f"error {status}" in report.failed[0].reason
    (failed,) = [r for r in store.outbox.rows() if r.state == "failed"]
    assert failed.next_attempt_at is not None
    assert not failed.permanent
    wait = failed.next_attempt_at
    assert wait <= (now + timedelta(seconds=30)).isoformat(timespec="microseconds")
    # Backoff for a first failure is at most 30 s (full jitter): due again after that.
    report = run(
        engine(enrolled, transport=flaky, clock=lambda: now + timedelta(seconds=31)).sync()
    )
    assert (report.sent, report.failed, report.unsent) == (sealed - first, [], 0)
    assert count_records(central) == sealed


def test_sync_now_sends_what_is_waiting_out_a_backoff_at_once(
    central: RunningCentral, enrolled: OpenStore
) -> None:
    """A timed sync respects the backoff; a worker pressing Sync now (or the network
    coming back) should not have to wait for it."""
    store = enrolled.store
    sealed = seal_demo(store, families=4)
    now = utc_now()
    flaky = FlakyTransport(central.pin, 503, failures=1)
    first = run(engine(enrolled, transport=flaky, clock=lambda: now).sync()).sent
    assert [r.state for r in store.outbox.rows()].count("failed") == 1

    timed = run(engine(enrolled, transport=flaky, clock=lambda: now).sync())
    assert (timed.sent, timed.unsent) == (sealed - first - 1, 1)  # the failed one waits
    asked = run(engine(enrolled, transport=flaky, clock=lambda: now).sync(retry_waiting=True))
    assert (asked.sent, asked.failed, asked.unsent) == (1, [], 0)
    assert count_records(central) == sealed


def test_server_down_keeps_everything_to_send_later(
    central: RunningCentral, enrolled: OpenStore
) -> None:
    sealed = seal_demo(enrolled.store, families=3)
    central.stop()
    report = run(engine(enrolled, timeout=5).sync())
    assert report.problem is not None
    assert "could not be reached" in report.problem
    assert report.unsent == sealed
    assert report.sent == 0
    assert enrolled.store.outbox.summary(utc_now()).pending + len(report.failed) >= sealed


def test_clock_skew_stops_the_sync_with_the_minutes_out(
    central: RunningCentral, enrolled: OpenStore
) -> None:
    sealed = seal_demo(enrolled.store, families=2)
    fast = lambda: utc_now() + timedelta(minutes=12)  # noqa: E731
    report = run(engine(enrolled, clock=fast).sync())
    assert report.problem is not None
    assert "12 minutes out" in report.problem
    assert report.unsent == sealed
    assert count_records(central) == 0


def test_a_revoked_laptop_wipes_its_store_at_the_next_contact(
    central: RunningCentral, enrolled: OpenStore, vault: Vault
) -> None:
    central.admin("revoke-device", enrolled.store.device.device_id)
    wiped = []

    async def on_revoked() -> None:
        await enrolled(lambda s: vault.wipe(s))
        wiped.append(True)

    report = run(engine(enrolled, on_revoked=on_revoked).sync())
    assert report.revoked
    assert wiped
    assert not vault.store_path.exists()
    assert not vault.keyfile_path.exists()


def test_a_refused_re_enrollment_shows_central_s_reason(
    central: RunningCentral, enrolled: OpenStore
) -> None:
    central.admin("revoke-device", enrolled.store.device.device_id)
    code = central.issue_code("wendy")
    with pytest.raises(SyncProblem) as refused:
        run(enroll(enrolled, code, WENDY_PASSWORD, device_name="x", app_version="t"))
    assert (refused.value.status, refused.value.code) == (409, ProblemCode.CONFLICT)
    assert refused.value.kind is ProblemKind.REFUSED
    assert refused.value.message == REVOKED_WORDS  # central's words, not a record conflict
