"""What the families list judges each family by, read from a real store: the form's date,
leaflet issue and young people, refusals and withdrawals, and the review period in force
(central's policy, else the laptop's setting)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

from cssw_core.domain.agencies import Agency
from cssw_core.domain.family import Family
from cssw_core.domain.sealing import RecordKind
from cssw_core.domain.withdrawal import CommunicatedBy, Withdrawal
from cssw_core.protocol import Policy
from cssw_desktop.settings import REVIEW_MONTHS
from cssw_desktop.storage.consent_facts import load_consent_facts, review_months_now
from cssw_desktop.storage.store import Store
from tests.support.records import VISIT_DATE, family_with_teenager, seal_consent
from tests.support.sync import offline_profile


def test_a_sealed_form_gives_its_date_leaflet_young_people_and_refusals(store: Store) -> None:
    family = family_with_teenager()
    never = Family("Nowak")
    store.families.add(family)
    store.families.add(never)
    seal_consent(store, family, refuse=(Agency.HOUSING,))
    withdrawal = Withdrawal(
        family_id=family.id,
        withdrawn_at=datetime(2026, 4, 1, 10, 0, tzinfo=UTC),
        communicated_by=CommunicatedBy.PHONE,
        share=frozenset({Agency.POLICE}),
        worker="Jaspreet Patel",
        worker_attested=True,
    )
    store.sealing.seal(
        RecordKind.WITHDRAWAL,
        withdrawal.to_json(),
        family,
        [],
        confirmed_at=None,
        worker="Jaspreet Patel",
    )
    facts = load_consent_facts(store, [family.id, never.id])
    okafor = facts[family.id]
    assert okafor.signed_on == VISIT_DATE
    assert okafor.leaflet_version == "2026.1-en"
    assert okafor.young_people_on_form == {family.children[0].id}  # Chidi, 14 on the form
    assert okafor.refused == (Agency.HOUSING,)
    assert okafor.withdrawn == (Agency.POLICE,)
    assert facts[never.id].signed_on is None


def test_the_review_period_is_centrals_when_set_else_the_laptops(store: Store) -> None:
    store.settings.set(REVIEW_MONTHS, 9)
    assert review_months_now(store) == 9  # not enrolled
    store.profile.save(offline_profile())
    assert review_months_now(store) == 9  # central has not set one
    store.profile.save_policy(Policy(review_months=6))
    assert review_months_now(store) == 6
    store.profile.save_policy(Policy())
    assert review_months_now(store) == 9  # central stopped setting it: the laptop's again


def test_the_family_page_uses_the_same_period(store: Store) -> None:
    from cssw_desktop.storage.consent_overview import load_overview

    family = family_with_teenager()
    store.families.add(family)
    seal_consent(store, family)
    store.profile.save(dataclasses.replace(offline_profile(), policy=Policy(review_months=3)))
    assert load_overview(store, family.id).review_months == 3


def test_a_family_known_only_from_centrals_caseload_is_judged_by_its_snapshot(
    store: Store,
) -> None:
    from cssw_core.domain.agencies import AGENCIES
    from cssw_core.domain.consent import DocumentKind
    from cssw_core.protocol import (
        Caseload,
        CaseloadChild,
        CaseloadConsent,
        CaseloadFamily,
        CaseloadYoungPerson,
    )

    family = family_with_teenager()  # signed on another laptop: no record here
    chidi = family.children[0]
    answers = {a.value: "yes" for a in AGENCIES} | {Agency.POLICE.value: "no"}
    documents = {d.value: "yes" for d in DocumentKind}
    consent = CaseloadConsent(
        record_id="5b2a4c7e-1d3f-4a6b-9c8d-7e6f5a4b3c2d",
        record_version=1,
        share_with=answers,  # type: ignore[arg-type]
        approach=answers,  # type: ignore[arg-type]
        documents=documents,  # type: ignore[arg-type]
        research_consent="yes",
        signed_at="2026-03-14T10:30:00.000000Z",
        young_people={
            str(chidi.id): CaseloadYoungPerson(
                name=chidi.name,
                gender=chidi.gender,
                date_of_birth=chidi.date_of_birth.isoformat(),
                share_with=answers,  # type: ignore[arg-type]
                approach=answers,  # type: ignore[arg-type]
                documents=documents,  # type: ignore[arg-type]
                research_consent="yes",
            )
        },
    )
    store.caseload.apply(
        Caseload(
            families=[
                CaseloadFamily(
                    id=str(family.id),
                    family_name=family.family_name,
                    address=family.address,
                    case_reference=family.case_reference,
                    allocated_worker=family.allocated_worker,
                    children=[
                        CaseloadChild(
                            id=str(c.id),
                            name=c.name,
                            gender=c.gender,
                            date_of_birth=c.date_of_birth.isoformat(),
                        )
                        for c in family.children
                    ],
                    consent=consent,
                )
            ],
            as_of="2026-03-20T09:00:00.000000Z",
        )
    )
    (facts,) = load_consent_facts(store, [family.id]).values()
    assert facts.signed_on == VISIT_DATE
    assert facts.leaflet_version == ""  # not in the snapshot: no new-leaflet judgement
    assert facts.young_people_on_form == {chidi.id}
    assert facts.refused == (Agency.POLICE,)
