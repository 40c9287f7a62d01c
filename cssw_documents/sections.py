"""The two layouts: a consent record as the paper form "Consent to information sharing",
and a withdrawal of consent."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication

from cssw_core.domain.agencies import AGENCIES
from cssw_core.domain.consent import (
    Answer,
    ConsentRecordDraft,
    DocumentKind,
    ExplainedItem,
    NotSought,
    OwnAnswers,
)
from cssw_core.domain.i18n import QT_TRANSLATE_NOOP, fill
from cssw_core.domain.signature import SignerRole
from cssw_core.domain.withdrawal import Withdrawal
from cssw_documents.blocks import BODY, Blocks
from cssw_documents.formatting import clock_text, language_text, time_text, uk_date
from cssw_documents.layout import MM, RIGHT, PageFlow, font
from cssw_documents.words import agency_name, communicated_label, document_label, explained_label
from cssw_documents.young_people import (
    draw_interpreter,
    draw_own_answers,
    draw_whose_consent,
    interpreter_heading,
)

translate = QCoreApplication.translate  # the PDF is in the language in force when made

SHARE_HEADING = QT_TRANSLATE_NOOP("Pdf", "CSSW may share information with:")
SHARE_INSTRUCTION = QT_TRANSLATE_NOOP(
    "Pdf",
    "Please tick the relevant box to indicate your consent to CSSW sharing information "
    "with the following agencies:",
)
APPROACH_HEADING = QT_TRANSLATE_NOOP("Pdf", "CSSW may approach for information:")
APPROACH_INSTRUCTION = QT_TRANSLATE_NOOP(
    "Pdf", "I also consent to CSSW approaching the following agencies for information:"
)
SAFETY_NOTE = QT_TRANSLATE_NOOP(
    "Pdf",
    "Please note that where we have concerns about your child's safety we may need to "
    "approach some agencies, for example the police, in order to get the information we "
    "need to protect your child.",
)
EXPLAINED_HEADING = QT_TRANSLATE_NOOP("Pdf", "The following information has been explained to me:")
DOCUMENTS_HEADING = QT_TRANSLATE_NOOP(
    "Pdf",
    "I give consent for CSSW to provide copies of the following documents to other agencies:",
)
DEFAULT_LEAFLET_TITLE = QT_TRANSLATE_NOOP("Pdf", "Your information, your rights")


class ConsentSections(Blocks):
    """A consent record, in the order of the paper form."""

    def __init__(
        self,
        flow: PageFlow,
        document: Mapping[str, Any],
        zone: tzinfo,
        leaflet_title: str | None,
    ) -> None:
        super().__init__(flow, zone)
        self.document = document
        self.record = ConsentRecordDraft.from_json(document["record"])
        self.family: Mapping[str, Any] = document["family"]
        self.leaflet_title = leaflet_title or translate("Pdf", DEFAULT_LEAFLET_TITLE)

    def draw(self) -> None:
        record = self.record
        sealed = time_text(self.document.get("sealed_at"), self.zone)
        self.title(
            translate("Pdf", "Consent to information sharing"),
            fill(
                translate(
                    "Pdf",
                    "Electronic record taken on a home visit; it replaces the paper form. "
                    "Sealed %1.",
                ),
                sealed,
            ),
        )
        self.field(translate("Pdf", "Name of family:"), str(self.family.get("family_name", "")))
        if self.family.get("case_reference"):
            self.field(translate("Pdf", "Case reference:"), str(self.family["case_reference"]))
        self.heading(translate("Pdf", "Children's details:"), keep=12 * MM)
        w = self.flow.width
        self.table(
            (
                (w * 0.5, translate("Pdf", "Name")),
                (w * 0.25, translate("Pdf", "Gender")),
                (w * 0.25, translate("Pdf", "Date of birth")),
            ),
            [(c.name, c.gender, uk_date(c.date_of_birth)) for c in record.covered_children],
        )
        self.field(translate("Pdf", "Address:"), str(self.family.get("address", "")))
        self.field(translate("Pdf", "Name of person giving consent:"), record.consent_giver_name)
        self.field(
            translate("Pdf", "Relationship to child/ren:"), record.consent_giver_relationship
        )
        if record.legacy:  # a record before format 3 prints as it always did
            self.answer(translate("Pdf", "Parental consent:"), record.parental_consent)
            self._young_people()
        else:
            draw_whose_consent(self, record)

        answers = record.to_json()
        self.agency_grid(
            translate("Pdf", SHARE_HEADING),
            translate("Pdf", SHARE_INSTRUCTION),
            answers["share_with"],
        )
        self.agency_grid(
            translate("Pdf", APPROACH_HEADING),
            translate("Pdf", APPROACH_INSTRUCTION),
            answers["approach"],
        )
        self.note_box(translate("Pdf", SAFETY_NOTE))

        self.heading(translate("Pdf", EXPLAINED_HEADING))
        self._explained()
        self.heading(translate("Pdf", DOCUMENTS_HEADING), keep=20 * MM)
        for kind in DocumentKind:
            self.answer(fill(translate("Pdf", "%1:"), document_label(kind)), record.documents[kind])
        self.heading(translate("Pdf", "Research"), keep=15 * MM)
        self.answer(
            translate("Pdf", "Research consent:"),
            record.research_consent,
            note=translate("Pdf", "anonymised information only"),
        )
        draw_own_answers(self, record)
        self.heading(translate("Pdf", "How the form was taken"), keep=30 * MM)
        interpreter = (
            fill(translate("Pdf", "Yes – language: %1"), record.interpreter_language)
            if record.interpreter_used
            else translate("Pdf", "No")
        )
        self.field(translate("Pdf", "Interpreter used:"), interpreter)
        draw_interpreter(self, record)
        self.field(translate("Pdf", "Language of the visit:"), language_text(record.shown_language))
        self.field(
            translate("Pdf", "Leaflet shown:"),
            fill(translate("Pdf", "%1 – version %2"), self.leaflet_title, record.leaflet_version),
        )
        self.field(translate("Pdf", "Leaflet sections viewed:"), str(len(record.sections_viewed)))
        start = clock_text(record.visit_start, self.zone)
        if record.visit_end is None:
            visit = fill(translate("Pdf", "%1, %2"), uk_date(record.visit_date), start)
        else:
            visit = fill(
                translate("Pdf", "%1, %2 to %3"),
                uk_date(record.visit_date),
                start,
                clock_text(record.visit_end, self.zone),
            )
        self.field(translate("Pdf", "Visit:"), visit)
        self.field(translate("Pdf", "Social worker:"), record.worker)
        if self.document.get("confirmed_at"):
            self.field(
                translate("Pdf", "Summary confirmed by signer:"),
                time_text(self.document["confirmed_at"], self.zone),
            )
        names = {str(c.id): c.name for c in record.covered_children}
        for child_id, when in dict(self.document.get("young_people_confirmed_at") or {}).items():
            self.field(
                fill(
                    translate("Pdf", "Confirmed by %1:"),
                    names.get(child_id) or translate("Pdf", "young person"),
                ),
                time_text(when, self.zone),
            )
        self._signatures()

    def _young_people(self) -> None:
        record = self.record
        shown = False
        for child in record.covered_children:
            consent = record.young_person_consents.get(child.id)
            if consent is None and not child.needs_own_consent(record.visit_date):
                continue
            shown = True
            label = translate("Pdf", "Young person's consent:")
            age = child.age_on(record.visit_date)
            if isinstance(consent, NotSought):
                text = translate("Pdf", "%1, aged %2: not sought. Reason recorded: %3")
                self.field(label, fill(text, child.name, age, consent.reason))
            elif not isinstance(consent, OwnAnswers):
                note = fill(translate("Pdf", "– %1, aged %2"), child.name, age)
                self.answer(label, consent, note=note)
        if not shown:
            self.field(
                translate("Pdf", "Young person's consent:"),
                translate(
                    "Pdf", "Not applicable: no child covered is aged 13 or over on the visit date."
                ),
            )

    def _explained(self) -> None:
        f = self.flow
        time_w = 42 * MM
        text_w = f.width - 4.2 * MM - 3 * MM - time_w
        for item in ExplainedItem:
            when = self.record.explained[item]
            label = explained_label(item)
            h = max(f.text_height(label, font(BODY), text_w), 4.2 * MM)
            f.ensure(h)
            f.draw_box(f.left, f.y, 4.2 * MM, when is not None)
            f.draw_text(f.left + 4.2 * MM + 3 * MM, f.y, text_w, label, font(BODY))
            stamp = (
                translate("Pdf", "not recorded")
                if when is None
                else fill(translate("Pdf", "explained %1"), clock_text(when, self.zone))
            )
            f.draw_text(f.left + f.width - time_w, f.y, time_w, stamp, font(9), RIGHT)
            f.y += h + 1.6 * MM

    def _signatures(self) -> None:
        signatures = self.document.get("signatures") or []
        names = {str(c.id): c.name for c in self.record.covered_children}
        blocks = []
        for signature in signatures:
            role = signature.get("role")
            if role == SignerRole.PARENT:
                heading = translate("Pdf", "Signature of person giving consent")
            elif role == SignerRole.YOUNG_PERSON:
                child = names.get(str(signature.get("child_id")), "")
                heading = (
                    fill(translate("Pdf", "Signature of young person: %1"), child)
                    if child
                    else translate("Pdf", "Signature of young person")
                )
            elif role == SignerRole.INTERPRETER:
                heading = interpreter_heading(self.record)
            else:
                heading = translate("Pdf", "Signature of family member")
            blocks.append((heading, signature))
        if not blocks:
            self.heading(translate("Pdf", "Signatures"), keep=12 * MM)
            self.paragraph(translate("Pdf", "No signature was recorded."))
        self.signature_blocks(translate("Pdf", "Signatures"), blocks)


class WithdrawalSections(Blocks):
    """A withdrawal: which agencies, when, how the family said so, and who recorded it."""

    def __init__(self, flow: PageFlow, document: Mapping[str, Any], zone: tzinfo) -> None:
        super().__init__(flow, zone)
        self.document = document
        self.withdrawal = Withdrawal.from_json(document["record"])
        self.family: Mapping[str, Any] = document["family"]

    def draw(self) -> None:
        w = self.withdrawal
        sealed = time_text(self.document.get("sealed_at"), self.zone)
        self.title(
            translate("Pdf", "Withdrawal of consent"),
            fill(
                translate(
                    "Pdf",
                    "The family withdrew consent for the agencies below. Earlier signed records "
                    "are not changed: this withdrawal applies on top of them. Sealed %1.",
                )
                if w.schema < 2  # format 1 prints as it did
                else translate(
                    "Pdf",
                    "The consent below was withdrawn. Earlier signed records are not changed: "
                    "this withdrawal applies on top of them. Sealed %1.",
                ),
                sealed,
            ),
        )
        self.field(translate("Pdf", "Name of family:"), str(self.family.get("family_name", "")))
        if self.family.get("case_reference"):
            self.field(translate("Pdf", "Case reference:"), str(self.family["case_reference"]))
        self.field(translate("Pdf", "Address:"), str(self.family.get("address", "")))
        if w.young_person is not None:
            self.field(
                translate("Pdf", "Withdrawn by:"),
                fill(
                    translate("Pdf", "%1, a young person, for their own consent only"),
                    w.young_person.name,
                ),
            )
        self.heading(translate("Pdf", "CSSW may no longer share information with:"), keep=12 * MM)
        self._agencies(w.share)
        self.heading(translate("Pdf", "CSSW may no longer approach for information:"), keep=12 * MM)
        self._agencies(w.approach)
        if w.schema >= 2:  # format 1 withdrew agencies only, and prints as it did
            self.heading(
                translate("Pdf", "CSSW may no longer send copies of these documents:"),
                keep=12 * MM,
            )
            chosen = [document_label(k) for k in DocumentKind if k in w.documents]
            for label in chosen or [translate("Pdf", "No change.")]:
                self.paragraph(f"•  {label}" if chosen else label)
            self.heading(translate("Pdf", "Anonymised information for research:"), keep=12 * MM)
            self.paragraph(
                translate("Pdf", "Withdrawn: CSSW may no longer use it for research.")
                if w.research
                else translate("Pdf", "No change.")
            )
        self.heading(translate("Pdf", "Details"), keep=30 * MM)
        self.field(
            translate("Pdf", "Date withdrawn:"), time_text(w.to_json()["withdrawn_at"], self.zone)
        )
        self.field(
            translate("Pdf", "How the family told CSSW:"), communicated_label(w.communicated_by)
        )
        self.field(
            translate("Pdf", "Reason given:"), w.reason or translate("Pdf", "No reason given")
        )
        self.answer(
            translate("Pdf", "Worker attestation:"),
            Answer.YES if w.worker_attested else None,
            note=translate("Pdf", "I confirm the family told me this themselves.")
            if w.worker_attested
            else translate("Pdf", "Not confirmed."),
        )
        self.field(translate("Pdf", "Recorded by:"), w.worker)
        signatures = self.document.get("signatures") or []
        heading = translate("Pdf", "Signature of family member")
        if not signatures:
            self.heading(translate("Pdf", "Signature"), keep=12 * MM)
            self.paragraph(
                fill(
                    translate("Pdf", "Not signed by the family (told by: %1)."),
                    communicated_label(w.communicated_by).lower(),
                )
            )
        self.signature_blocks(
            translate("Pdf", "Signature"),
            [
                (
                    translate("Pdf", "Signature of young person")
                    if s.get("role") == SignerRole.YOUNG_PERSON.value
                    else heading,
                    s,
                )
                for s in signatures
            ],
        )

    def _agencies(self, chosen: frozenset[Any]) -> None:
        listed = [agency_name(a) for a in AGENCIES if a in chosen]
        if not listed:
            self.paragraph(translate("Pdf", "No change."))
            return
        for label in listed:
            self.paragraph(f"•  {label}")
