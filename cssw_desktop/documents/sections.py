"""The two layouts: a consent record as the paper form "Consent to information sharing",
and a withdrawal of consent."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import tzinfo
from typing import Any

from cssw_desktop.documents.blocks import BODY, Blocks
from cssw_desktop.documents.formatting import clock_text, time_text, uk_date
from cssw_desktop.documents.layout import MM, RIGHT, PageFlow, font
from cssw_desktop.domain.agencies import AGENCIES
from cssw_desktop.domain.consent import (
    Answer,
    ConsentRecordDraft,
    DocumentKind,
    ExplainedItem,
    NotSought,
)
from cssw_desktop.domain.signature import SignerRole
from cssw_desktop.domain.withdrawal import Withdrawal

SHARE_HEADING = "CSSW may share information with:"
SHARE_INSTRUCTION = (
    "Please tick the relevant box to indicate your consent to CSSW sharing information "
    "with the following agencies:"
)
APPROACH_HEADING = "CSSW may approach for information:"
APPROACH_INSTRUCTION = "I also consent to CSSW approaching the following agencies for information:"
SAFETY_NOTE = (
    "Please note that where we have concerns about your child's safety we may need to "
    "approach some agencies, for example the police, in order to get the information we "
    "need to protect your child."
)
EXPLAINED_HEADING = "The following information has been explained to me:"
DOCUMENTS_HEADING = (
    "I give consent for CSSW to provide copies of the following documents to other agencies:"
)
DEFAULT_LEAFLET_TITLE = "Your information, your rights"


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
        self.leaflet_title = leaflet_title or DEFAULT_LEAFLET_TITLE

    def draw(self) -> None:
        record = self.record
        sealed = time_text(self.document.get("sealed_at"), self.zone)
        self.title(
            "Consent to information sharing",
            "Electronic record taken on a home visit; it replaces the paper form. "
            f"Sealed {sealed}.",
        )
        self.field("Name of family:", str(self.family.get("family_name", "")))
        if self.family.get("case_reference"):
            self.field("Case reference:", str(self.family["case_reference"]))
        self.heading("Children's details:", keep=12 * MM)
        w = self.flow.width
        self.table(
            ((w * 0.5, "Name"), (w * 0.25, "Gender"), (w * 0.25, "Date of birth")),
            [(c.name, c.gender, uk_date(c.date_of_birth)) for c in record.covered_children],
        )
        self.field("Address:", str(self.family.get("address", "")))
        self.field("Name of person giving consent:", record.consent_giver_name)
        self.field("Relationship to child/ren:", record.consent_giver_relationship)
        self.answer("Parental consent:", record.parental_consent)
        self._young_people()

        answers = record.to_json()
        self.agency_grid(SHARE_HEADING, SHARE_INSTRUCTION, answers["share_with"])
        self.agency_grid(APPROACH_HEADING, APPROACH_INSTRUCTION, answers["approach"])
        self.note_box(SAFETY_NOTE)

        self.heading(EXPLAINED_HEADING)
        self._explained()
        self.heading(DOCUMENTS_HEADING, keep=20 * MM)
        for kind in DocumentKind:
            self.answer(f"{kind.label}:", record.documents[kind])
        self.heading("Research", keep=15 * MM)
        self.answer(
            "Research consent:",
            record.research_consent,
            note="anonymised information only",
        )
        self.heading("How the form was taken", keep=30 * MM)
        interpreter = (
            f"Yes – language: {record.interpreter_language}" if record.interpreter_used else "No"
        )
        self.field("Interpreter used:", interpreter)
        self.field("Leaflet shown:", f"{self.leaflet_title} – version {record.leaflet_version}")
        self.field("Leaflet hash (SHA-256):", record.leaflet_hash, mono=True)
        self.field("Leaflet sections viewed:", str(len(record.sections_viewed)))
        end = "" if record.visit_end is None else f" to {clock_text(record.visit_end, self.zone)}"
        self.field(
            "Visit:",
            f"{uk_date(record.visit_date)}, {clock_text(record.visit_start, self.zone)}{end}",
        )
        self.field("Social worker:", record.worker)
        if self.document.get("confirmed_at"):
            self.field(
                "Summary confirmed by signer:",
                time_text(self.document["confirmed_at"], self.zone),
            )
        names = {str(c.id): c.name for c in record.covered_children}
        for child_id, when in dict(self.document.get("young_people_confirmed_at") or {}).items():
            self.field(
                f"Confirmed by {names.get(child_id, 'young person')}:",
                time_text(when, self.zone),
            )
        self._signatures()
        self.flow.space(2 * MM)
        self.field("Date:", uk_date(record.visit_date))

    def _young_people(self) -> None:
        record = self.record
        shown = False
        for child in record.covered_children:
            consent = record.young_person_consents.get(child.id)
            if consent is None and not child.needs_own_consent(record.visit_date):
                continue
            shown = True
            label = "Young person's consent:"
            who = f"{child.name}, aged {child.age_on(record.visit_date)}"
            if isinstance(consent, NotSought):
                self.field(label, f"{who}: not sought. Reason recorded: {consent.reason}")
            else:
                self.answer(label, consent, note=f"– {who}")
        if not shown:
            self.field(
                "Young person's consent:",
                "Not applicable: no child covered is aged 13 or over on the visit date.",
            )

    def _explained(self) -> None:
        f = self.flow
        time_w = 42 * MM
        text_w = f.width - 4.2 * MM - 3 * MM - time_w
        for item in ExplainedItem:
            when = self.record.explained[item]
            h = max(f.text_height(item.label, font(BODY), text_w), 4.2 * MM)
            f.ensure(h)
            f.draw_box(f.left, f.y, 4.2 * MM, when is not None)
            f.draw_text(f.left + 4.2 * MM + 3 * MM, f.y, text_w, item.label, font(BODY))
            stamp = "not recorded" if when is None else f"explained {clock_text(when, self.zone)}"
            f.draw_text(f.left + f.width - time_w, f.y, time_w, stamp, font(9), RIGHT)
            f.y += h + 1.6 * MM

    def _signatures(self) -> None:
        signatures = self.document.get("signatures") or []
        names = {str(c.id): c.name for c in self.record.covered_children}
        self.heading("Signatures", keep=40 * MM)
        if not signatures:
            self.paragraph("No signature was recorded.")
        for signature in signatures:
            role = signature.get("role")
            if role == SignerRole.PARENT:
                heading = "Signature of person giving consent"
            elif role == SignerRole.YOUNG_PERSON:
                child = names.get(str(signature.get("child_id")), "")
                heading = f"Signature of young person{': ' + child if child else ''}"
            else:
                heading = "Signature of family member"
            self.signature(heading, signature)


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
            "Withdrawal of consent",
            "The family withdrew consent for the agencies below. Earlier signed records are "
            f"not changed: this withdrawal applies on top of them. Sealed {sealed}.",
        )
        self.field("Name of family:", str(self.family.get("family_name", "")))
        if self.family.get("case_reference"):
            self.field("Case reference:", str(self.family["case_reference"]))
        self.field("Address:", str(self.family.get("address", "")))
        self.heading("CSSW may no longer share information with:", keep=12 * MM)
        self._agencies(w.share)
        self.heading("CSSW may no longer approach for information:", keep=12 * MM)
        self._agencies(w.approach)
        self.heading("Details", keep=30 * MM)
        self.field("Date withdrawn:", time_text(w.to_json()["withdrawn_at"], self.zone))
        self.field("How the family told CSSW:", w.communicated_by.label)
        self.field("Reason given:", w.reason or "No reason given")
        self.answer(
            "Worker attestation:",
            Answer.YES if w.worker_attested else None,
            note="I confirm the family told me this themselves."
            if w.worker_attested
            else "Not confirmed.",
        )
        self.field("Recorded by:", w.worker)
        signatures = self.document.get("signatures") or []
        self.heading("Signature", keep=40 * MM)
        if not signatures:
            self.paragraph(
                f"Not signed by the family (told by: {w.communicated_by.label.lower()})."
            )
        for signature in signatures:
            self.signature("Signature of family member", signature)

    def _agencies(self, chosen: frozenset[Any]) -> None:
        listed = [a.label for a in AGENCIES if a in chosen]
        if not listed:
            self.paragraph("No change.")
            return
        for label in listed:
            self.paragraph(f"•  {label}")
