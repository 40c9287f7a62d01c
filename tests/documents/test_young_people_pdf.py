"""Record format 3 on paper, and a record sealed before it: whose consent it is, each young
person's own answers, the interpreter's signed confirmation; the old record as it was."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from cssw_central.services.flags import compute_flags
from cssw_core.domain.agencies import AGENCIES, Agency
from cssw_core.domain.canonical import canonical_json
from cssw_core.domain.consent import Answer, ConsentRecordDraft, OwnAnswers
from cssw_core.domain.document_rules import check_document
from cssw_core.domain.sealing import Seal, seal_problem
from cssw_core.protocol import FlagCode
from cssw_documents.pdf import render_pdf
from tests.support.pdf import pdf_text
from tests.support.records import complete_draft, family_with_teenager
from tests.support.sealed_documents import SEALED_AT, new_device_key, seal_consent_document

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "consent-format2.json"


TICKED = {"Yes": "✔ Yes No", "No": "Yes ✔ No"}  # both options printed, one ticked


def first_line(label: str) -> str:
    """A label's first printed line (the long Education label wraps in the grid)."""
    return "Education (including early" if label.startswith("Education") else label


def words(text: str) -> str:
    return " ".join(text.split())


def test_a_record_sealed_in_format_2_still_verifies_reads_and_prints(qapp: object) -> None:
    saved = json.loads(FIXTURE.read_text(encoding="utf-8"))
    document, seal = saved["document"], Seal(**saved["seal"])
    assert document["record"]["schema"] == 2
    assert seal_problem(document, seal) is None
    check_document(document)  # central's strict field rules still take it
    record = ConsentRecordDraft.from_json(document["record"])
    assert record.legacy
    assert record.parental_consent is Answer.YES
    assert canonical_json(record.to_json()) == canonical_json(document["record"])
    flags = compute_flags(document, SEALED_AT)
    assert FlagCode.YOUNG_PERSON_DIFFERS not in [f.code for f in flags]

    text = words(pdf_text(render_pdf(document, seal, [])))
    assert re.search(rf"Parental consent: {TICKED['Yes']}", text)
    assert re.search(rf"Young person's consent: {TICKED['Yes']} – Chidi Okafor, aged 14", text)
    assert "Young people's own consent" not in text  # no format-3 section on an old record
    assert "Interpreter's name" not in text


def test_a_young_person_who_differs_on_two_agencies_prints_their_own_answers(
    qapp: object,
) -> None:
    family = family_with_teenager()
    chidi = family.children[0]
    base = complete_draft(family)
    same = OwnAnswers.same_as(*base.giver_answers())
    mine = replace(
        same,
        share_with={**same.share_with, Agency.POLICE: Answer.NO},
        approach={**same.approach, Agency.HOUSING: Answer.NO},
    )
    draft = replace(base, young_person_consents={chidi.id: mine})
    sealed = seal_consent_document(new_device_key(), family, draft)
    assert seal_problem(sealed.document, sealed.seal) is None
    check_document(sealed.document)
    text = pdf_text(render_pdf(sealed.document, sealed.seal, []))
    flat = words(text)

    assert re.search(rf"Parental consent: {TICKED['Yes']}", flat)
    assert re.search(rf"Young person's consent: {TICKED['No']}", flat)
    own = flat[flat.index("Young people's own consent") :]
    share = own[
        own.index("own answer: CSSW may share") : own.index("own answer: CSSW may approach")
    ]
    approach = own[own.index("own answer: CSSW may approach") : own.index("copies of documents")]
    assert "Chidi Okafor, aged 14 – own answer: CSSW may share information with:" in own
    for agency in AGENCIES:
        said = "No" if agency is Agency.POLICE else "Yes"
        label = re.escape(first_line(agency.label))
        assert re.search(rf"{label} {TICKED[said]}", share), agency
        said = "No" if agency is Agency.HOUSING else "Yes"
        assert re.search(rf"{label} {TICKED[said]}", approach), agency

    flags = compute_flags(sealed.document, SEALED_AT + timedelta(hours=1))
    (differs,) = [f for f in flags if f.code is FlagCode.YOUNG_PERSON_DIFFERS]
    assert "No to sharing with Police (the person giving consent said Yes)" in differs.message
    assert "No to asking Housing for information" in differs.message

    # The interpreter: name, language, and the confirmation they signed.
    assert "Interpreter's name: Funmi Adeyemi" in flat
    assert (
        "I, Funmi Adeyemi, interpreted the leaflet and the family's choices on this form "
        "into Yoruba" in flat
    )
    roles = [s["role"] for s in sealed.document["signatures"]]
    assert roles == ["parent", "young_person", "interpreter"]
