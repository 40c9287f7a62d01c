"""The consent record's format-3 parts on the PDF: whose consent it is (the form's two
boxes by the signature), each young person's own answers question by question, and the
interpreter. Drawn with the same blocks as the rest of the form, so every Yes/No here
prints as the consent giver's do. Records before format 3 print as they always did
(`sections.ConsentSections`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cssw_core.domain.answers import Answer, DocumentKind
from cssw_core.domain.consent import ConsentBasis, ConsentRecordDraft, NotSought, OwnAnswers
from cssw_core.domain.i18n import QT_TRANSLATE_NOOP, fill
from cssw_documents.blocks import Blocks
from cssw_documents.layout import MM
from cssw_documents.words import document_label

translate = QCoreApplication.translate

INTERPRETER_CONFIRMATION = QT_TRANSLATE_NOOP(
    "Pdf",
    "Interpreter's confirmation: I, %1, interpreted the leaflet and the family's choices on "
    "this form into %2, and the family's answers are as they gave them.",
)


def _yes_if(condition: bool) -> Answer:
    return Answer.YES if condition else Answer.NO


def draw_whose_consent(blocks: Blocks, record: ConsentRecordDraft) -> None:
    """ "Parental consent: Yes / No" and "Young person's consent: Yes / No", as on the form:
    which of the two the consent giver's consent is."""
    basis = record.consent_basis
    blocks.answer(
        translate("Pdf", "Parental consent:"),
        None if basis is None else _yes_if(basis is ConsentBasis.PARENTAL),
        note=translate("Pdf", "given by a person with parental responsibility"),
    )
    blocks.answer(
        translate("Pdf", "Young person's consent:"),
        None if basis is None else _yes_if(basis is ConsentBasis.YOUNG_PERSON),
        note=translate("Pdf", "given by a young person for themselves"),
    )


def draw_own_answers(blocks: Blocks, record: ConsentRecordDraft) -> None:
    """Each young person aged 13 or over: their own answers, or why they were not asked."""
    if record.legacy:
        return
    young = record.young_people()
    blocks.heading(translate("Pdf", "Young people's own consent"), keep=20 * MM)
    if not young:
        blocks.paragraph(
            translate(
                "Pdf", "Not applicable: no child covered is aged 13 or over on the visit date."
            )
        )
        return
    for child in young:
        consent = record.young_person_consents.get(child.id)
        age = child.age_on(record.visit_date)
        who = fill(translate("Pdf", "%1, aged %2"), child.name, age)
        if isinstance(consent, NotSought):
            blocks.heading(fill(translate("Pdf", "%1: own consent not asked"), who), keep=15 * MM)
            blocks.field(translate("Pdf", "Reason recorded:"), consent.reason)
            continue
        if not isinstance(consent, OwnAnswers):
            blocks.heading(fill(translate("Pdf", "%1: no answer recorded"), who), keep=15 * MM)
            continue
        _own(blocks, who, consent)


def _own(blocks: Blocks, who: str, own: OwnAnswers) -> None:
    blocks.agency_grid(
        fill(translate("Pdf", "%1 – own answer: CSSW may share information with:"), who),
        "",
        {a.value: x.value if x else None for a, x in own.share_with.items()},
    )
    blocks.agency_grid(
        fill(translate("Pdf", "%1 – own answer: CSSW may approach for information:"), who),
        "",
        {a.value: x.value if x else None for a, x in own.approach.items()},
    )
    blocks.heading(
        fill(translate("Pdf", "%1 – own answer: copies of documents to other agencies:"), who),
        keep=20 * MM,
    )
    for kind in DocumentKind:
        blocks.answer(fill(translate("Pdf", "%1:"), document_label(kind)), own.documents[kind])
    blocks.answer(
        translate("Pdf", "Research consent:"),
        own.research_consent,
        note=translate("Pdf", "anonymised information only"),
    )


def draw_interpreter(blocks: Blocks, record: ConsentRecordDraft) -> None:
    """The interpreter's name under "Interpreter used" (format 3)."""
    if record.interpreter_used and not record.legacy:
        blocks.field(translate("Pdf", "Interpreter's name:"), record.interpreter_name)


def interpreter_heading(record: ConsentRecordDraft) -> str:
    """The heading over the interpreter's signature: the confirmation they signed."""
    return fill(
        translate("Pdf", INTERPRETER_CONFIRMATION),
        record.interpreter_name,
        record.interpreter_language,
    )
