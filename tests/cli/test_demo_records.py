"""`cssw-desktop demo` also leaves sealed consent records, a withdrawal and a draft visit."""

from __future__ import annotations

import struct
from datetime import UTC, date, datetime
from pathlib import Path

from cssw_core.domain.agencies import Agency
from cssw_core.domain.consent import ConsentRecordDraft, NotSought
from cssw_core.domain.sealing import RecordKind, sealing_problems
from cssw_core.domain.signature import SignerRole
from cssw_core.domain.visit import Step, VisitState
from cssw_core.domain.withdrawal import Withdrawal
from cssw_desktop.demo import demo_families, synthetic_signature
from cssw_desktop.demo_records import demo_records
from cssw_desktop.leaflet import load_leaflet
from cssw_desktop.storage.device_secret import DeviceSecrets
from cssw_desktop.storage.vault import Vault
from tests.support.cli import cssw
from tests.support.stores import PASSPHRASE

TODAY = date(2026, 3, 14)
NOW = datetime(2026, 3, 14, 16, 0, tzinfo=UTC)


def test_synthetic_signature_is_ink_with_a_real_png() -> None:
    signature = synthetic_signature(SignerRole.PARENT, "Grace Okafor", NOW)
    assert signature.point_count > 100
    assert len(signature.strokes) >= 2
    png = signature.image_png
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", png[16:24])
    assert (width, height) == (300, 100)
    again = synthetic_signature(SignerRole.PARENT, "Grace Okafor", NOW)
    assert again == signature  # the same for the same name and seed


def test_demo_plan_covers_every_state_and_every_record_can_be_sealed() -> None:
    families = demo_families(8, TODAY)
    plan = demo_records(families, TODAY, NOW)
    assert len(plan.consents) == 4
    assert len(plan.withdrawals) == 1
    assert len(plan.drafts) == 1
    told = [share.family_told.told for _family, share in plan.shares]
    assert told == [True, False]  # with consent and told; without consent, not told yet
    assert all(share.problems() == [] and share.shared_at <= NOW for _f, share in plan.shares)
    for consent in plan.consents:
        assert (
            sealing_problems(RecordKind.CONSENT, consent.record.to_json(), consent.signatures) == []
        )
        assert consent.record.leaflet_version == load_leaflet("en").version
    signed_young = plan.consents[0]
    assert signed_young.record.young_people()
    assert any(s.role is SignerRole.YOUNG_PERSON for s in signed_young.signatures)
    not_asked = plan.consents[1]
    answers = [
        not_asked.record.young_person_consents[c.id] for c in not_asked.record.young_people()
    ]
    assert answers
    assert all(isinstance(a, NotSought) and a.reason for a in answers)
    withdrawal = plan.withdrawals[0].withdrawal
    assert withdrawal.problems() == []
    assert withdrawal.withdrawn_at <= NOW
    assert VisitState.from_json(plan.drafts[0].body).step is Step.SHARE
    touched = {c.family.id for c in plan.consents} | {d.family.id for d in plan.drafts}
    assert len(touched) == 5  # three of the eight families have nothing yet


def test_demo_with_one_family_still_works() -> None:
    plan = demo_records(demo_families(1, TODAY), TODAY, NOW)
    assert len(plan.consents) + len(plan.drafts) == 1


def test_demo_command_seals_records_and_verify_passes(data_dir: Path) -> None:
    assert cssw(data_dir, "init", "--passphrase-stdin").returncode == 0
    demo = cssw(data_dir, "demo", "--families", "8", "--passphrase-stdin")
    assert demo.returncode == 0, demo.stderr
    assert "Added 8 fictional families." in demo.stdout
    assert (
        "Sealed 4 consent record(s) with synthetic signatures, 1 withdrawal(s) and 2 share(s); "
        "saved 1 unfinished visit(s)." in demo.stdout
    )
    verify = cssw(data_dir, "verify", "--passphrase-stdin")
    assert verify.returncode == 0, verify.stdout + verify.stderr
    assert "7 sealed record(s) checked, 0 failed." in verify.stdout

    store = Vault(data_dir, DeviceSecrets()).unlock(PASSPHRASE)
    try:
        families = store.families.all()
        sealed = [r for f in families for r in store.records.sealed_for_family(f.id)]
        drafts = store.records.drafts()
        withdrawn = next(r for r in sealed if r.kind == RecordKind.WITHDRAWAL.value)
        state = store.sealing.consent_state(withdrawn.family_id)
        counts = store.counts()
    finally:
        store.close()
    assert counts["sealed records"] == 7
    assert counts["draft records"] == 1
    kinds = sorted(r.kind for r in sealed)
    assert kinds == ["consent"] * 4 + ["share"] * 2 + ["withdrawal"]
    consents = [
        ConsentRecordDraft.from_json(r.body["record"]) for r in sealed if r.kind == "consent"
    ]
    roles = [s["role"] for r in sealed for s in r.body["signatures"]]
    assert "young_person" in roles
    assert any(isinstance(a, NotSought) for c in consents for a in c.young_person_consents.values())
    assert Withdrawal.from_json(withdrawn.body["record"]).share == {Agency.POLICE}
    assert not state.may_share_with(Agency.POLICE)
    assert state.may_share_with(Agency.HEALTH)
    assert VisitState.from_json(drafts[0].body).draft.family_id in {f.id for f in families}
