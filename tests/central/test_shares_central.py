"""A share recorded offline on a real laptop store, synced to the real central: a share
without consent is flagged for the lead, approved, filed with its own PDF section, and is
in the family's register and the team lead's list of families not yet told."""

from __future__ import annotations

import asyncio
import json
import random
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest

from cssw_core.domain.agencies import Agency
from cssw_core.domain.consent import Answer
from cssw_core.domain.sealing import RecordKind
from cssw_core.domain.share import Basis, FamilyTold, NotSoughtReason, Party, SharedHow
from cssw_core.errors import ValidationFailed
from cssw_desktop.storage.device_secret import DeviceSecrets
from cssw_desktop.storage.shares import load_register, record_share
from cssw_desktop.storage.thread import OpenStore, store_on_own_thread
from cssw_desktop.storage.vault import Vault
from cssw_desktop.sync.client import CentralClient
from cssw_desktop.sync.engine import SyncEngine
from cssw_desktop.sync.enrollment import enroll
from cssw_desktop.sync.review import ReviewClient
from tests.core.domain.test_share import FAMILY, with_consent, without_consent
from tests.support.central import RunningCentral, run_cli
from tests.support.central_fixtures import TARA_PASSWORD
from tests.support.records import complete_draft, signatures_for
from tests.support.stores import PASSPHRASE
from tests.support.sync import run


def _lead(central: RunningCentral, folder: Path) -> ReviewClient:
    store = Vault(folder, DeviceSecrets()).create(PASSPHRASE)
    runner = store_on_own_thread(store)
    try:
        run(enroll(runner, central.issue_code("tara"), TARA_PASSWORD, device_name="Lead",
                   app_version="test"))  # fmt: skip
        key = store.device.key()
    finally:
        runner.thread.shutdown()
        store.close()
    return ReviewClient(
        CentralClient(central.url, central.pin, signer=key, device_id=key.device_id)
    )


@pytest.mark.usefixtures("device_secrets")
def test_a_share_without_consent_is_flagged_approved_filed_and_in_the_register(
    central: RunningCentral, enrolled: OpenStore, tmp_path: Path
) -> None:
    store = enrolled.store
    store.families.add(FAMILY)
    draft = complete_draft(FAMILY, refuse=(Agency.POLICE,))
    store.sealing.seal(
        RecordKind.CONSENT, draft.to_json(), FAMILY, signatures_for(draft),
        confirmed_at=draft.visit_end, worker=draft.worker,
    )  # fmt: skip
    shared_at = draft.visit_start + timedelta(days=3)
    told = FamilyTold(told=True, at=shared_at + timedelta(hours=1), how=SharedHow.PHONE)
    # The family said No to the police: "with consent" is refused, nothing stored.
    refused = with_consent(Party.POLICE, party_name="", shared_at=shared_at, family_told=told)
    with pytest.raises(ValidationFailed) as said:
        record_share(store, refused, FAMILY)
    assert "has not given consent to sharing with Police" in str(said.value.problems)
    before = len(store.outbox.rows())

    school = with_consent(shared_at=shared_at, family_told=told)
    record_share(store, school, FAMILY)
    police = without_consent(shared_at=shared_at + timedelta(hours=2))
    assert police.basis is Basis.WITHOUT_CONSENT
    assert police.not_sought_reason is NotSoughtReason.CRIMINAL_INVESTIGATION
    record_share(store, police, FAMILY)
    assert len(store.outbox.rows()) == before + 2

    register = load_register(store, FAMILY.id)
    assert [e.share.id for e in register] == [school.id, police.id]
    assert [e.consent_then for e in register] == [Answer.YES, Answer.NO]

    report = run(SyncEngine(enrolled, app_version="test", rng=random.Random(3)).sync())
    assert report.problem is None
    assert report.failed == []
    assert {r.state for r in store.outbox.rows()} == {"synced"}

    lead = _lead(central, tmp_path / "lead-laptop")

    async def decide() -> list[str]:
        items = await lead.list("received")
        flagged = {i.record_id: [f.code.value for f in i.flags] for i in items}
        assert "shared_without_consent" in flagged[str(police.id)]
        assert "family_not_told" in flagged[str(police.id)]
        (not_told,) = [
            f.message
            for i in items
            if i.record_id == str(police.id)
            for f in i.flags
            if f.code.value == "family_not_told"
        ]
        assert not_told.endswith("reconsidered by 1 May 2026.")  # as a lead reads a date
        assert flagged[str(school.id)] == []
        kinds = {i.record_id: i.kind for i in items}
        assert kinds[str(police.id)] == "share"
        decided = await lead.approve(str(police.id), 1)
        await lead._client.aclose()
        return [decided.state]

    assert asyncio.run(decide()) == ["filed"]
    filed = json.loads((central.drop_folder / f"{police.id}-v1.json").read_text())
    assert json.loads(filed["document"])["kind"] == "share"
    assert (central.drop_folder / f"{police.id}-v1.pdf").read_bytes().startswith(b"%PDF")

    said_register = central.admin("shares", "--family", str(FAMILY.id))
    lines = said_register.strip().splitlines()
    assert len(lines) == 2
    assert "with consent | consent then: Yes" in lines[0]
    assert "WITHOUT consent" in lines[1]
    assert "consent then: No" in lines[1]
    assert "filed" in lines[1]
    untold = central.admin("shares-untold", "--team", "North", "--today", "2026-06-01")
    assert "DUE 2026-05-01" in untold
    assert str(FAMILY.id) in untold
    assert str(school.id) not in untold

    # Subject access: the share the family was not told of is held back from their bundle
    # (never silently: listed for the officer, with its review date) and released only by
    # the officer naming it.
    bundle = tmp_path / "access.zip"
    access = central.admin("subject-access", str(FAMILY.id), "--out", str(bundle), "--by", "Dora")
    assert (
        f"{police.id}: withheld: telling the family may put the child at risk "
        "(review by 2026-05-01)"
    ) in access
    with zipfile.ZipFile(bundle) as opened:
        names = opened.namelist()
        everything = b"".join(opened.read(n) for n in names)
    assert any(str(school.id) in n for n in names)
    assert str(police.id).encode() not in everything  # not even its id or audit entries
    released = tmp_path / "released.zip"
    access = central.admin(
        "subject-access", str(FAMILY.id), "--out", str(released), "--by", "Dora",
        "--release-share", str(police.id),
    )  # fmt: skip
    assert f"Released on your decision (audited): share {police.id}" in access
    with zipfile.ZipFile(released) as opened:
        assert any(str(police.id) in n for n in opened.namelist())
    log = central.admin("audit", "--team", "North")
    assert any(
        "subject_access_share_released" in line and str(police.id) in line
        for line in log.splitlines()
    )


@pytest.mark.usefixtures("device_secrets")
def test_a_hostile_laptops_with_consent_share_the_family_refused_is_flagged_not_trusted(
    central: RunningCentral, enrolled: OpenStore, tmp_path: Path
) -> None:
    """A laptop that skips its own check (sealing directly, as a hostile insider's could)
    sends a "with consent" share to the police, whom the family refused: central keeps it,
    as the record of a share that happened, and flags it from its own consent records."""
    store = enrolled.store
    store.families.add(FAMILY)
    draft = complete_draft(FAMILY, refuse=(Agency.POLICE,))
    store.sealing.seal(
        RecordKind.CONSENT, draft.to_json(), FAMILY, signatures_for(draft),
        confirmed_at=draft.visit_end, worker=draft.worker,
    )  # fmt: skip
    shared_at = draft.visit_start + timedelta(days=3)
    told = FamilyTold(told=True, at=shared_at + timedelta(hours=1), how=SharedHow.PHONE)
    forged = with_consent(Party.POLICE, party_name="", shared_at=shared_at, family_told=told)
    store.sealing.seal(
        RecordKind.SHARE, forged.to_json(), FAMILY, [], confirmed_at=None, worker=forged.worker
    )
    honest = with_consent(shared_at=shared_at + timedelta(hours=1), family_told=told)
    record_share(store, honest, FAMILY)
    report = run(SyncEngine(enrolled, app_version="test", rng=random.Random(5)).sync())
    assert report.problem is None
    assert report.failed == []
    lead = _lead(central, tmp_path / "lead-laptop")

    async def flags() -> dict[str, list[str]]:
        items = await lead.list("received")
        await lead._client.aclose()
        return {i.record_id: [f.code.value for f in i.flags] for i in items}

    flagged = asyncio.run(flags())
    assert flagged[str(forged.id)] == ["share_consent_not_held"]
    assert flagged[str(honest.id)] == []


def test_the_register_commands_answer_plainly_for_nothing_and_for_no_such_team(
    central: RunningCentral,
) -> None:
    said = central.admin("shares", "--family", "0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a")
    assert said.strip() == "No shares are recorded for this family."
    said = central.admin("shares-untold", "--team", "North")
    assert said.strip() == "No shares without consent are waiting on telling the family."
    status, _out, err = run_cli(
        "admin", "shares-untold", "--team", "Nowhere", "--database-url", central.database_url
    )
    assert status != 0
    assert "There is no team with that name." in err
    assert "Traceback" not in err
