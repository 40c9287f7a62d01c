"""Rights requests over the real TLS server with real enrolled laptops: a worker's demo
records synced, the officer restricts a family (the lead's approval is refused in central's
plain words, shown by the laptop as they are), lifts it, and corrects a filed record; the
lead's record detail then carries the correction beside the unchanged sealed record."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from sqlalchemy import select

from cssw_central.infra.tables import Record
from cssw_core.protocol import ProblemCode
from cssw_desktop.storage.vault import Vault
from cssw_desktop.sync.problems import SyncProblem
from tests.e2e.test_end_to_end import cssw, lead_review, ok
from tests.support.central import AdminFailed, RunningCentral
from tests.support.central_fixtures import WENDY_PASSWORD
from tests.support.stores import PASSPHRASE


def demo_synced(central: RunningCentral, worker_dir: Path, families: int) -> None:
    """A worker's laptop made with `families` demo families, enrolled and synced."""
    stdin = PASSPHRASE + "\n"
    ok(cssw(worker_dir, "init", "--passphrase-stdin", stdin=stdin))
    ok(cssw(worker_dir, "demo", "--families", str(families), "--passphrase-stdin", stdin=stdin))
    code = central.issue_code("wendy")
    ok(
        cssw(
            worker_dir, "enroll", "--passphrase-stdin",
            stdin=f"{PASSPHRASE}\n{code}\n{WENDY_PASSWORD}\n",
        )
    )  # fmt: skip
    ok(cssw(worker_dir, "sync", "--passphrase-stdin", stdin=stdin))


@pytest.mark.usefixtures("device_secrets")
def test_restriction_and_rectification_reach_the_lead_s_laptop(
    central: RunningCentral, tmp_path: Path, vault: Vault
) -> None:
    demo_synced(central, tmp_path / "worker-laptop", families=2)
    review = lead_review(central, vault)

    note = "The family's surname is spelt with a hyphen."

    async def scenario() -> tuple[str, int]:
        received = await review.list("received")
        assert received
        record_id, version = received[0].record_id, received[0].version
        with central.session() as session:
            family_id = session.scalars(
                select(Record.family_id).where(Record.record_id == record_id)
            ).one()
        await asyncio.to_thread(central.admin, "rights", "restrict", family_id, "--by", "Dora")
        with pytest.raises(SyncProblem) as caught:
            await review.approve(record_id, version)
        assert caught.value.code is ProblemCode.FORBIDDEN
        assert str(caught.value).startswith("This family's information is restricted")
        assert not list(central.drop_folder.glob(f"{record_id}-*"))
        await asyncio.to_thread(central.admin, "rights", "lift", family_id, "--by", "Dora")
        assert (await review.approve(record_id, version)).state == "filed"
        await asyncio.to_thread(  # the admin command signs a PDF: no running event loop there
            central.admin, "rights", "correct", record_id, str(version),
            "--note", note, "--by", "Dora Officer",
            "--drop-folder", str(central.drop_folder),
            "--signing-cert", str(central.signing.cert),
            "--signing-key", str(central.signing.key),
        )  # fmt: skip
        detail = await review.detail(record_id, version)
        assert [(c.corrected_by, c.note) for c in detail.corrections] == [("Dora Officer", note)]
        await review._client.aclose()
        return record_id, version

    record_id, version = asyncio.run(scenario())
    assert (central.drop_folder / f"{record_id}-v{version}-corrections-1.pdf").is_file()
    assert (central.drop_folder / f"{record_id}-v{version}.pdf").is_file()


@pytest.mark.usefixtures("device_secrets")
def test_the_trial_demo_shows_a_corrected_record_and_a_restricted_family(
    central: RunningCentral, tmp_path: Path, vault: Vault
) -> None:
    # Before any demo family has reached central, nothing is touched, and it says why.
    with pytest.raises(AdminFailed) as refused:
        central.admin("rights", "demo", "--team", "North", "--by", "Sam Trainer")
    assert "cssw-desktop demo" in str(refused.value)

    demo_synced(central, tmp_path / "worker-laptop", families=4)
    out = central.admin("rights", "demo", "--team", "North", "--by", "Sam Trainer")
    corrected_id = out.split("beside record ", 1)[1].split()[0]
    restricted_family = out.split("Family ", 1)[1].split()[0]
    with pytest.raises(AdminFailed) as again:  # once only
        central.admin("rights", "demo", "--team", "North", "--by", "Sam Trainer")
    assert "already" in str(again.value)
    review = lead_review(central, vault)

    async def scenario() -> None:
        received = await review.list("received")
        corrected = next(r for r in received if str(r.record_id) == corrected_id)
        detail = await review.detail(corrected.record_id, corrected.version)
        assert [c.corrected_by for c in detail.corrections] == ["Sam Trainer"]
        with central.session() as session:
            restricted_records = session.scalars(
                select(Record).where(Record.family_id == restricted_family)
            ).all()
        assert restricted_records
        one = restricted_records[0]
        with pytest.raises(SyncProblem) as caught:
            await review.approve(one.record_id, one.version)
        assert str(caught.value).startswith("This family's information is restricted")
        await review._client.aclose()

    asyncio.run(scenario())
    report = central.admin("rights", "report")  # both requests closed or acted on, in the log
    assert "OVERDUE" not in report
