"""A caseload download from the real central (real TLS, real PostgreSQL, a really enrolled
laptop) survives rows central should never have held: a child listed in two families keeps
that one family out, with a count for the worker's notice, and everything else arrives."""

from __future__ import annotations

import json
import random
import uuid
from datetime import date

from sqlalchemy import select

from cssw_central.infra.tables import FamilySnapshot, Worker
from cssw_core.domain.family import Child, Family
from cssw_desktop.storage.thread import OpenStore
from cssw_desktop.sync.engine import SyncEngine
from tests.faults import tally
from tests.support.central import RunningCentral
from tests.support.sync import run


def _child(name: str) -> dict[str, str]:
    return {"id": str(uuid.uuid4()), "name": name, "gender": "", "date_of_birth": "2015-05-01"}


def _add_families(
    central: RunningCentral, families: list[tuple[str, list[dict[str, str]]]]
) -> None:
    with central.session() as session:
        worker = session.scalars(select(Worker).where(Worker.username == "wendy")).one()
        for name, children in families:
            session.add(
                FamilySnapshot(
                    id=str(uuid.uuid4()), team_id=worker.team_id, family_name=name,
                    allocated_worker_id=worker.id, children_json=json.dumps(children),
                )
            )  # fmt: skip


def test_a_child_in_two_families_keeps_only_that_family_out(
    central: RunningCentral, enrolled: OpenStore
) -> None:
    shared, other, local = _child("Ada Adams"), _child("Cal Clark"), _child("Lee Local")
    # The laptop already has a family of its own with a child central also lists elsewhere.
    enrolled.store.families.add(
        Family(
            "Local",
            children=(Child(local["name"], "", date(2015, 5, 1), uuid.UUID(local["id"])),),
        )
    )
    _add_families(
        central,
        [
            ("Adams", [shared]),
            ("Brown", [_child("Bo Brown"), shared]),  # the same child as the Adams family's
            ("Clark", [other]),
            ("Duff", [local]),  # a child this laptop holds in another family
        ],
    )
    report = run(SyncEngine(enrolled, app_version="test", rng=random.Random(7)).sync(caseload=True))
    assert report.problem is None, report.problem
    assert (report.caseload_families, report.caseload_left_out) == (2, 2)
    families = {f.family_name: f for f in enrolled.store.families.all()}
    assert set(families) == {"Adams", "Clark", "Local"}
    assert [c.name for c in families["Local"].children] == ["Lee Local"]  # nothing lost
    assert [c.name for c in families["Adams"].children] == ["Ada Adams"]
    tally.add("attack: crafted caseload rows", cases=2, accepted=0, server_errors=0, lost=0)
