"""A hostile laptop's crafted uploads against the real server (real TLS, real PostgreSQL,
real enrolled laptops with their own keys): every one refused with a plain 422, nothing
stored, and everyone else's lists still answer.

A seal proves only which laptop signed a document, so each crafted document here is
sealed properly by the enrolled laptop's own key: only the field rules
(`cssw_core.domain.fields`, `cssw_core.domain.document_rules`) stand in the way. Also:
rows already stored before those rules (an empty family name, a child in two families, a
record sealed in year 0001, a right-to-left override in a laptop's version) never break a
caseload, the review list, a record's page, an approval (which files nothing) or a return.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from cssw_central.infra.tables import Device, FamilySnapshot, Record, Worker
from cssw_core.domain.agencies import AGENCIES
from cssw_core.domain.canonical import canonical_json
from cssw_core.domain.consent import DocumentKind
from cssw_core.domain.withdrawal import CommunicatedBy, Withdrawal
from cssw_core.protocol import UploadRequest
from tests.core.domain.test_share import without_consent
from tests.faults import tally
from tests.support.central import RunningCentral
from tests.support.central_client import LaptopClient, problem_code
from tests.support.central_fixtures import TARA_PASSWORD, WENDY_PASSWORD
from tests.support.records import complete_draft, family_with_teenager
from tests.support.sealed_documents import (
    SEALED_AT,
    SealedDocument,
    new_device_key,
    seal_consent_document,
    seal_share_document,
    seal_withdrawal_document,
)

SUITE = "attack: malformed uploads"
HIDDEN = {
    "NUL": "\x00",
    "escape": "\x1b",
    "DEL": "\x7f",
    "C1 next line": "\x85",
    "right-to-left override": "\u202e",
    "left-to-right embedding": "\u202a",
    "first-strong isolate": "\u2068",
    "right-to-left isolate": "\u2067",
    "pop directional isolate": "\u2069",
    "line separator": "\u2028",
}
Doc = dict[str, Any]


def _family(doc: Doc) -> Doc:
    return doc["family"]  # type: ignore[no-any-return]


def _record(doc: Doc) -> Doc:
    return doc["record"]  # type: ignore[no-any-return]


def _set(where: Callable[[Doc], Doc], key: str, value: object) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        where(doc)[key] = value

    return change


TEXT_FIELDS: dict[str, tuple[Callable[[Doc], Doc], str]] = {
    "family name": (_family, "family_name"),
    "address": (_family, "address"),
    "case reference": (_family, "case_reference"),
    "child's name": (lambda d: _record(d)["covered_children"][0], "name"),
    "consent giver's name": (_record, "consent_giver_name"),
    "interpreter's name": (_record, "interpreter_name"),
    "leaflet version": (_record, "leaflet_version"),
    "worker": (lambda d: d, "worker"),
    "app version": (lambda d: d, "app_version"),
    "signer's name": (lambda d: d["signatures"][0], "signer_name"),
}


def _many_children(doc: Doc) -> None:
    children = _record(doc)["covered_children"]
    for n in range(31):
        child_id = str(uuid.uuid4())
        children.append(
            {"id": child_id, "name": f"Child {n}", "gender": "", "date_of_birth": "2020-01-01"}
        )
        _record(doc)["young_person_consents"][child_id] = {
            "answers": None,
            "not_sought_reason": None,
        }


def _young(doc: Doc) -> Doc:
    """The first young person's own consent entry (record format 3)."""
    entries = _record(doc)["young_person_consents"]
    return entries[next(iter(entries))]  # type: ignore[no-any-return]


def _own(doc: Doc) -> Doc:
    return _young(doc)["answers"]  # type: ignore[no-any-return]


CONSENT_CASES: dict[str, Callable[[Doc], None]] = {
    "sealed in year 0001": _set(lambda d: d, "sealed_at", "0001-01-01T00:00:00.000000Z"),
    "sealed in year 9999": _set(lambda d: d, "sealed_at", "9999-12-31T23:59:59.999999Z"),
    "sealed before the app existed": _set(lambda d: d, "sealed_at", "2019-06-01T10:00:00.000000Z"),
    "sealed at a time without its zone": _set(lambda d: d, "sealed_at", "2026-03-14T10:30:00"),
    "signed in year 0001": _set(
        lambda d: d["signatures"][0], "signed_at", "0001-01-01T00:00:00.000000Z"
    ),
    "visit started in year 9999": _set(_record, "visit_start", "9999-01-01T00:00:00.000000Z"),
    "visit date in year 0001": _set(_record, "visit_date", "0001-01-01"),
    "child born in year 0001": _set(
        lambda d: _record(d)["covered_children"][0], "date_of_birth", "0001-01-01"
    ),
    "empty family name": _set(_family, "family_name", ""),
    "10,000-character family name": _set(_family, "family_name", "N" * 10_000),
    "10,000-character child's name": _set(
        lambda d: _record(d)["covered_children"][0], "name", "C" * 10_000
    ),
    "4 MB padding field": _set(lambda d: d, "padding", "x" * 4_000_000),
    "extra field in the document": _set(lambda d: d, "note", "hello"),
    "extra field in the family": _set(_family, "note", "hello"),
    "extra field in the record": _set(_record, "note", "hello"),
    "extra field in a signature": _set(lambda d: d["signatures"][0], "note", "hello"),
    "family details not an object": _set(lambda d: d, "family", ["Okafor"]),
    "signatures not a list": _set(lambda d: d, "signatures", {"a": 1}),
    "more children than a form holds": _many_children,
    # Record format 3: whose consent it is, and each young person's own answers.
    "parental consent Yes/No in format 3": _set(_record, "parental_consent", "yes"),
    "unknown consent basis": _set(_record, "consent_basis", "guardian"),
    "a young person's single Yes in format 3": lambda d: _young(d).update(
        {"answer": "yes", "answers": None}
    ),
    "a young person's answers and a reason not asked": _set(_young, "not_sought_reason", "asleep"),
    "extra field in a young person's answers": _set(_own, "same_as", "everything"),
    "a young person's answer of maybe": lambda d: _own(d)["share_with"].update(police="maybe"),
    "a young person's answers missing an agency": lambda d: _own(d)["approach"].pop("housing"),
    "no interpreter's name in format 3": lambda d: _record(d).pop("interpreter_name"),
}
for label, (where, key) in TEXT_FIELDS.items():
    for char_name, char in HIDDEN.items():
        CONSENT_CASES[f"{char_name} in the {label}"] = (
            lambda w, k, c: lambda d: w(d).__setitem__(k, "Ok" + c + "afor")
        )(where, key, char)


SHARE_CASES: dict[str, Callable[[Doc], None]] = {
    "a share without consent with no authoriser": _set(_record, "authorised_by", None),
    "a share without consent with no reason": _set(_record, "reason", None),
    "a share without consent with no decider": _set(_record, "decided_by", " "),
    "a right-to-left override in a share's law": lambda d: _record(d).update(
        reason="law", law="Children Act\u202e 1989"
    ),
    "a share with an unknown party": _set(_record, "party", "newspaper"),
    "an extra field in a share": _set(_record, "notes", "x"),
    "a share with consent carrying an authoriser": _set(_record, "basis", "with_consent"),
    "a share confirmed as if signed": lambda d: d.update(confirmed_at=d["sealed_at"]),
    "a share with a date to reconsider in 2200": lambda d: _record(d)["family_told"].update(
        reconsider_on="2200-01-01"
    ),
}


def _reseal(laptop: LaptopClient, doc: Doc) -> UploadRequest:
    seal = laptop.key.seal(doc)
    return UploadRequest(
        record_id=_record(doc)["id"],
        version=_record(doc).get("version", 1),
        kind=doc["kind"],
        content_hash=seal.content_hash,
        seal_signature=seal.signature,
        document=canonical_json(doc).decode("utf-8"),
    )


@pytest.fixture
def wendy(central: RunningCentral) -> Iterator[LaptopClient]:
    with LaptopClient(central, new_device_key()) as client:
        assert client.enroll(central.issue_code("wendy"), WENDY_PASSWORD).status_code == 201
        yield client


@pytest.fixture
def tara(central: RunningCentral) -> Iterator[LaptopClient]:
    with LaptopClient(central, new_device_key()) as client:
        assert client.enroll(central.issue_code("tara"), TARA_PASSWORD).status_code == 201
        yield client


def _good(laptop: LaptopClient) -> SealedDocument:
    family = family_with_teenager()
    return seal_consent_document(laptop.key, family, complete_draft(family))


def _counts(central: RunningCentral) -> tuple[int, int]:
    with central.session() as session:
        records = session.scalar(select(func.count()).select_from(Record))
        families = session.scalar(select(func.count()).select_from(FamilySnapshot))
    return int(records or 0), int(families or 0)


class Outcomes:
    """Every crafted request's answer, for the assertions and the fault summary."""

    def __init__(self) -> None:
        self.cases = self.accepted = self.server_errors = 0
        self.wrong: list[str] = []

    def refused(self, label: str, response: httpx.Response) -> None:
        self.cases += 1
        if response.status_code < 300:
            self.accepted += 1
        if response.status_code >= 500:
            self.server_errors += 1
        if response.status_code != 422 or problem_code(response) != "malformed":
            self.wrong.append(f"{label}: {response.status_code} {response.text[:200]}")
            return
        message = response.json()["error"]["message"]
        if "Okafor" in message or "xxxx" in message:  # plain words, never the content
            self.wrong.append(f"{label}: the answer repeats the content")

    def report(self) -> None:
        tally.add(SUITE, cases=self.cases, accepted=self.accepted, server_errors=self.server_errors)
        assert self.wrong == []
        assert (self.accepted, self.server_errors) == (0, 0)


def _others_still_work(wendy: LaptopClient, tara: LaptopClient) -> None:
    assert wendy.signed("GET", "/v1/caseload").status_code == 200
    for state in ("received", "approved", "returned", "filed"):
        assert tara.signed("GET", f"/v1/review?state={state}").status_code == 200
    assert tara.signed("GET", "/v1/team/devices").status_code == 200


def test_crafted_sealed_records_are_refused_and_nothing_is_stored(
    central: RunningCentral, wendy: LaptopClient, tara: LaptopClient
) -> None:
    good = _good(wendy)
    assert wendy.upload(good.upload()).status_code == 201  # the lists have something to show
    before = _counts(central)
    outcomes = Outcomes()
    for label, change in CONSENT_CASES.items():
        family = family_with_teenager()
        doc = copy.deepcopy(
            seal_consent_document(wendy.key, family, complete_draft(family)).document
        )
        change(doc)
        outcomes.refused(label, wendy.upload(_reseal(wendy, doc)))
    family = family_with_teenager()
    for label, withdrawal in {
        "a withdrawal that withdraws nothing": Withdrawal(
            family.id, SEALED_AT, CommunicatedBy.PHONE, worker="Wendy Walker", worker_attested=True
        ),
        "a right-to-left override in a withdrawal's reason": Withdrawal(
            family.id,
            SEALED_AT,
            CommunicatedBy.PHONE,
            share=frozenset(AGENCIES[:1]),
            reason="moved \u202eaway",
            worker="Wendy Walker",
            worker_attested=True,
        ),
        "NUL in a withdrawal's worker": Withdrawal(
            family.id,
            SEALED_AT,
            CommunicatedBy.PHONE,
            share=frozenset(AGENCIES[:1]),
            worker="Wendy\x00Walker",
            worker_attested=True,
        ),
        "a young person's withdrawal by a child under 13": Withdrawal(
            family.id,
            SEALED_AT,
            CommunicatedBy.PHONE,
            research=True,
            young_person=family.children[1],  # 6 years old
            worker="Wendy Walker",
            worker_attested=True,
        ),
        "a right-to-left override in a withdrawing young person's name": Withdrawal(
            family.id,
            SEALED_AT,
            CommunicatedBy.PHONE,
            documents=frozenset({DocumentKind.ASSESSMENTS}),
            young_person=dataclasses.replace(family.children[0], name="Chidi\u202e"),
            worker="Wendy Walker",
            worker_attested=True,
        ),
    }.items():
        sealed = seal_withdrawal_document(wendy.key, family, withdrawal)
        outcomes.refused(label, wendy.upload(sealed.upload()))
    for label, change in SHARE_CASES.items():
        share = dataclasses.replace(without_consent(), family_id=family.id, id=uuid.uuid4())
        doc = copy.deepcopy(seal_share_document(wendy.key, family, share).document)
        change(doc)
        outcomes.refused(label, wendy.upload(_reseal(wendy, doc)))
    assert _counts(central) == before
    _others_still_work(wendy, tara)
    outcomes.report()
    assert outcomes.cases == len(CONSENT_CASES) + 5 + len(SHARE_CASES)


def test_crafted_envelopes_heartbeats_comments_and_names_are_refused(
    central: RunningCentral, wendy: LaptopClient, tara: LaptopClient
) -> None:
    good = _good(wendy)
    assert wendy.upload(good.upload()).status_code == 201
    outcomes = Outcomes()
    envelope = json.loads(good.upload().model_dump_json())
    for label, body in {
        "an extra field in the upload": envelope | {"note": "hello"},
        "a 4 MB padding field in the upload": envelope | {"padding": "x" * 4_000_000},
        "a version that is text": envelope | {"version": "1"},
    }.items():
        outcomes.refused(label, wendy.signed("POST", "/v1/records", json.dumps(body).encode()))
    for label, fields in {
        "NUL in the heartbeat's app version": {"app_version": "1.0\x00"},
        "a right-to-left override in the heartbeat's app version": {"app_version": "1.0\u202e"},
        "a pop-isolate in the heartbeat's app version": {"app_version": "\u20691.0"},
        "a 41-character app version": {"app_version": "1" * 41},
        "an extra field in the heartbeat": {"padding": "x" * 1000},
        "a last sync in year 0001": {"last_sync_at": "0001-01-01T00:00:00.000000Z"},
        "a last sync in year 9999": {"last_sync_at": "9999-12-31T23:59:59.999999Z"},
    }.items():
        outcomes.refused(label, wendy.heartbeat(**fields))
    path = f"/v1/review/{good.record_id}/{good.version}/return"
    for label, comment in {
        "NUL in a return comment": "Please\x00 check",
        "a right-to-left override in a return comment": "Please \u202echeck",
        "a 2,001-character return comment": "c" * 2001,
        "an empty return comment": "",
    }.items():
        body = json.dumps({"comment": comment}).encode()
        outcomes.refused(label, tara.signed("POST", path, body))
    for label, name in {
        "NUL in a laptop's name": "Laptop\x00",
        "a right-to-left override in a laptop's name": "\u202epotpal",
    }.items():
        with LaptopClient(central, new_device_key()) as other:
            request = other.enrollment_request(central.issue_code("wendy"), WENDY_PASSWORD)
            body = request.model_dump(mode="json") | {"device_name": name}
            outcomes.refused(label, other.http.post("/v1/enroll", json=body))
    with central.session() as session:
        record = session.scalars(select(Record)).one()
        assert (record.state, record.comment) == ("received", "")
        assert session.scalar(select(func.count()).select_from(Device)) == 2
        assert {d.app_version for d in session.scalars(select(Device))} == {"test"}
    devices = tara.signed("GET", "/v1/team/devices").json()["devices"]
    assert all("\u202e" not in d["app_version"] + d["device_name"] for d in devices)
    _others_still_work(wendy, tara)
    outcomes.report()


def test_a_child_already_in_another_family_is_refused(
    central: RunningCentral, wendy: LaptopClient, tara: LaptopClient
) -> None:
    first = _good(wendy)
    assert wendy.upload(first.upload()).status_code == 201
    before = _counts(central)
    taken = _record(first.document)["covered_children"][0]["id"]
    doc = copy.deepcopy(_good(wendy).document)
    old_id = _record(doc)["covered_children"][0]["id"]
    _record(doc)["covered_children"][0]["id"] = taken
    consents = _record(doc)["young_person_consents"]
    if old_id in consents:
        consents[taken] = consents.pop(old_id)
    for signature in doc["signatures"]:
        if signature["child_id"] == old_id:
            signature["child_id"] = taken
    outcomes = Outcomes()
    response = wendy.upload(_reseal(wendy, doc))
    outcomes.refused("a child already in another family", response)
    assert "another family" in response.json()["error"]["message"]
    assert _counts(central) == before
    _others_still_work(wendy, tara)
    outcomes.report()


def _worker_id(central: RunningCentral, username: str) -> str:
    with central.session() as session:
        return session.scalars(select(Worker.id).where(Worker.username == username)).one()


def test_rows_stored_before_the_rules_break_no_list_caseload_or_approval(
    central: RunningCentral, wendy: LaptopClient, tara: LaptopClient
) -> None:
    """As if stored by an older central: an empty family name, a child in two families, a
    laptop version with a right-to-left override, and a record sealed in year 0001."""
    sealed = _good(wendy)
    assert wendy.upload(sealed.upload()).status_code == 201
    wendy_id = _worker_id(central, "wendy")
    child = _record(sealed.document)["covered_children"][0]
    empty_name, twin = str(uuid.uuid4()), str(uuid.uuid4())
    old = copy.deepcopy(sealed.document)
    old["sealed_at"] = "0001-01-01T00:00:00.000000Z"
    resealed = _reseal(wendy, old)
    with central.session() as session:
        team_id = session.scalars(select(Worker.team_id).where(Worker.id == wendy_id)).one()
        for family_id, name, children in (
            (empty_name, "", []),
            (twin, "Zed", [child]),
        ):
            session.add(
                FamilySnapshot(
                    id=family_id, team_id=team_id, family_name=name,
                    allocated_worker_id=wendy_id, children_json=json.dumps(children),
                )
            )  # fmt: skip
        for device in session.scalars(select(Device)):
            device.app_version = "1.0\u202e"
        record = session.scalars(select(Record)).one()
        record.document = resealed.document
        record.content_hash = resealed.content_hash
        record.seal_signature = resealed.seal_signature
        record.sealed_at = record.sealed_at.replace(year=1, month=1, day=1)
    caseload = wendy.signed("GET", "/v1/caseload")
    assert caseload.status_code == 200, caseload.text
    ids = {f["id"] for f in caseload.json()["families"]}
    assert ids == {_family(sealed.document)["id"], twin}  # the nameless one left out
    listed = tara.signed("GET", "/v1/review?state=received")
    assert listed.status_code == 200, listed.text
    (item,) = listed.json()["items"]
    assert item["sealed_at"].startswith("0001-")
    path = f"/v1/review/{sealed.record_id}/{sealed.version}"
    assert tara.signed("GET", path).status_code == 200
    devices = tara.signed("GET", "/v1/team/devices").json()["devices"]
    assert all("\u202e" not in d["app_version"] for d in devices)
    outcomes = Outcomes()
    approved = tara.signed("POST", f"{path}/approve")
    outcomes.refused("approving a record sealed in year 0001", approved)
    assert "cannot be approved" in approved.json()["error"]["message"]
    with central.session() as session:
        record = session.scalars(select(Record)).one()
        assert (record.state, record.filed_pdf, record.filed_at) == ("received", None, None)
    assert list(central.drop_folder.iterdir()) == []  # nothing filed
    returned = tara.signed(
        "POST", f"{path}/return", json.dumps({"comment": "Please redo"}).encode()
    )
    assert returned.status_code == 200, returned.text
    assert returned.json()["state"] == "returned"
    _others_still_work(wendy, tara)
    outcomes.report()
