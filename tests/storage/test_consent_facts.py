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
