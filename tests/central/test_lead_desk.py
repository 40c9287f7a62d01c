"""What central sends a team lead's desk: flags naming the young person they are about
(never stored with the name), the case reference, and the team's shares without consent
whose family has not been told (a signed, team-scoped endpoint)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import select

from cssw_central.infra.tables import AuditEntry, Record
from cssw_core.domain.agencies import Agency
from cssw_core.domain.consent import Answer
from cssw_core.domain.share import FamilyTold, Party, Share, SharedHow, WithoutConsentReason
from cssw_core.domain.signature import SignerRole
from cssw_core.protocol import ErrorBody, FlagCode, ProblemCode, ReviewList, UntoldShareList
from tests.core.domain.test_share import FAMILY, SHARED, with_consent, without_consent
from tests.support.records import complete_draft, family_with_teenager, own_answers, signatures_for
from tests.support.sealed_documents import seal_consent_document, seal_share_document
from tests.support.service import Laptop, Service

UNTOLD = "/v1/team/shares-untold"


def problem(response: object) -> ProblemCode:
    return ErrorBody.model_validate(response.json()).error.code  # type: ignore[attr-defined]


def test_a_young_person_s_flags_reach_the_lead_named_but_are_stored_without_the_name(
    service: Service, wendy: Laptop, tara: Laptop
) -> None:
    family = family_with_teenager()
    chidi = family.children[0]
    base = complete_draft(family)
    draft = replace(
        base,
        young_person_consents={chidi.id: own_answers(base, share={Agency.POLICE: Answer.NO})},
    )
    parent_only = [s for s in signatures_for(draft) if s.role is SignerRole.PARENT]
    wendy.upload(seal_consent_document(wendy.key, family, draft, signatures=parent_only))

    (item,) = ReviewList.model_validate(tara.get("/v1/review").json()).items
    assert item.case_reference == "CSSW-104233"
    by_code = {f.code: f for f in item.flags}
    assert by_code[FlagCode.YOUNG_PERSON_DIFFERS].message.startswith(
        "Chidi Okafor (14) answered differently for themselves: No to sharing with Police "
        "(the person giving consent said Yes)"
    )
    assert by_code[FlagCode.YOUNG_PERSON_NOT_SIGNED].message.startswith(
        "Chidi Okafor (14) has not signed"
    )
    assert by_code[FlagCode.YOUNG_PERSON_DIFFERS].child_id == str(chidi.id)

    with service.session() as session:
        stored = session.scalars(select(Record.flags_json)).one()
        audit_text = " ".join(
            a.detail_json + a.subject for a in session.scalars(select(AuditEntry))
        )
    assert "Chidi" not in stored
    assert "A young person aged 14" in stored
    assert "Chidi" not in audit_text
    assert "Okafor" not in audit_text


SEALED = SHARED + timedelta(hours=3)


def shares_uploaded(service: Service, laptop: Laptop, *shares: Share) -> None:
    """Shares sealed after they were made, reaching central a day later."""
    service.clock.now = SHARED + timedelta(days=1)
    for share in shares:
        laptop.upload(seal_share_document(laptop.key, FAMILY, share, sealed_at=SEALED))


def test_the_lead_sees_the_team_s_untold_shares_without_consent_soonest_first(
    service: Service, wendy: Laptop, tara: Laptop
) -> None:
    later = without_consent()
    sooner = without_consent(
        party=Party.HEALTH,
        reason=WithoutConsentReason.LAW,
        law="Children Act 1989, s.47",
        shared_at=later.shared_at + timedelta(hours=1),
        family_told=FamilyTold(
            told=False,
            why_not="Telling them may put the child at risk.",
            reconsider_on=date(2026, 4, 21),
        ),
    )
    told = without_consent(
        family_told=FamilyTold(told=True, at=later.shared_at, how=SharedHow.PHONE),
    )
    shares_uploaded(service, wendy, later, sooner, told, with_consent())

    listing = UntoldShareList.model_validate(tara.get(UNTOLD).json())
    assert [s.record_id for s in listing.shares] == [str(sooner.id), str(later.id)]
    first = listing.shares[0]
    assert first.family_name == "Okafor"
    assert first.case_reference == "CSSW-104233"
    assert first.worker_name == "Wendy Worker"
    assert first.party == "health"
    assert first.reason == "law"
    assert first.law == "Children Act 1989, s.47"
    assert first.why_not == "Telling them may put the child at risk."
    assert first.reconsider_on == "2026-04-21"
    assert first.state == "received"
    assert listing.shares[1].reconsider_on == "2026-05-01"

    with service.session() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "untold_shares_viewed")
        ).one()
    assert json.loads(entry.detail_json) == {"shares": 2}
    assert "Okafor" not in entry.detail_json + entry.subject


def test_a_worker_s_laptop_is_refused_the_untold_shares(service: Service, wendy: Laptop) -> None:
    shares_uploaded(service, wendy, without_consent())
    response = wendy.get(UNTOLD)
    assert response.status_code == 403
    assert problem(response) is ProblemCode.FORBIDDEN
    assert "Okafor" not in response.text


def test_another_team_s_lead_is_never_shown_this_team_s_untold_shares(
    service: Service, wendy: Laptop, tara: Laptop, sam: Laptop
) -> None:
    shares_uploaded(service, wendy, without_consent())
    assert UntoldShareList.model_validate(tara.get(UNTOLD).json()).shares != []
    response = sam.get(UNTOLD)
    assert response.status_code == 200
    assert UntoldShareList.model_validate(response.json()).shares == []
    assert "Okafor" not in response.text


def test_an_unsigned_request_for_untold_shares_is_refused(service: Service) -> None:
    response = service.client.get(UNTOLD)
    assert response.status_code == 401
    assert problem(response) is ProblemCode.UNSIGNED
