"""Where the council's leaflet and its later privacy notice disagree: for the council to
settle, never for the app to rewrite.

The family reads the leaflet *Your information, your rights* word for word
(resources/leaflet), even where the later CSSW privacy notice says something else; central's
retention rules follow the notice (cssw_central/services/retention.py). This list is what
the About box shows and docs/leaflet-and-notice.md explains. Each entry quotes both
documents exactly (docs/council/ holds them as the council sent them; tests/test_leaflet_notice.py
checks every quote is in them), with a short topic and what the app does meanwhile.
Qt-free: the words around the quotes come through `translate`, as in cssw_core.
"""

from __future__ import annotations

from dataclasses import dataclass

from cssw_core.domain.i18n import QT_TRANSLATE_NOOP, Translate, untranslated

NOT_IN_LEAFLET = ""
"""The leaflet quote of a topic the leaflet does not mention at all."""


@dataclass(frozen=True, slots=True)
class Disagreement:
    """One point the council has to settle: the leaflet's words, the notice's words (exact
    quotes, English as the council wrote them) and what the app does meanwhile."""

    topic: str
    leaflet: str  # NOT_IN_LEAFLET when the leaflet says nothing on it
    notice: str
    meanwhile: str


SHOWN = QT_TRANSLATE_NOOP("LeafletNotice", "The family reads the leaflet's words.")

DISAGREEMENTS: tuple[Disagreement, ...] = (
    Disagreement(
        QT_TRANSLATE_NOOP("LeafletNotice", "How long child protection records are kept"),
        "Child protection cases – 30 years",
        "Child protection records are kept for 35 years.",
        QT_TRANSLATE_NOOP(
            "LeafletNotice",
            "The family reads the leaflet's 30 years; central keeps child protection "
            "records for the notice's 35 years, counted from the day the record was "
            "sealed, as neither document says when the period starts.",
        ),
    ),
    Disagreement(
        QT_TRANSLATE_NOOP("LeafletNotice", "When the children in need period starts"),
        "Children in need cases – 25 years",
        "‘Child in Need’ records are kept for 25 years from the date the case was "
        "closed in line with good practice.",
        QT_TRANSLATE_NOOP(
            "LeafletNotice",
            "The family reads the leaflet's words; central counts the 25 years from the "
            "date the case was closed, as the notice says.",
        ),
    ),
    Disagreement(
        QT_TRANSLATE_NOOP("LeafletNotice", "When the looked after children period starts"),
        "Looked after children cases – 100 years.",
        "‘Looked after Children’ records are kept for 100 years (from the child’s birth).",
        QT_TRANSLATE_NOOP(
            "LeafletNotice",
            "The family reads the leaflet's words; central counts the 100 years from the "
            "birth of the youngest child the record covers.",
        ),
    ),
    Disagreement(
        QT_TRANSLATE_NOOP("LeafletNotice", "Adoption records"),
        NOT_IN_LEAFLET,
        "we hold information about an adopted child and their adoptive parents for 100 "
        "years i.e. from the date of an adoption order",
        QT_TRANSLATE_NOOP(
            "LeafletNotice",
            "The leaflet has no adoption periods and the family is not shown any; central "
            "keeps adoption records for 100 years from the adoption order, and those of "
            "adopters not approved for 10 years from the date the case was closed (the "
            "notice names no start for these).",
        ),
    ),
    Disagreement(
        QT_TRANSLATE_NOOP("LeafletNotice", "Whether the periods are all required by law"),
        "We are required by law to keep case records for a certain period of time",
        "CSSW will retain data for the periods specified below, either under "
        "legislation or as part of good practice.",
        SHOWN,
    ),
    Disagreement(
        QT_TRANSLATE_NOOP("LeafletNotice", "Whether sharing rests on consent"),
        "Usually CSSW will only share information with professionals if we have your consent.",
        "The council does not need consent to share data with other organisations "
        "because consent is not the legal basis.",
        QT_TRANSLATE_NOOP(
            "LeafletNotice",
            "The family reads the leaflet's words and the app records their consent "
            "agency by agency, as the paper form does.",
        ),
    ),
    Disagreement(
        QT_TRANSLATE_NOOP("LeafletNotice", "When the family is not told or asked"),
        "On rare occassions, we may not consult with you to ask for your consent, but "
        "this will only be when we think asking for your consent may:",
        "Where possible we will tell you what data is being shared and why, but in "
        "some cases we do not have to do that.",
        SHOWN,
    ),
    Disagreement(
        QT_TRANSLATE_NOOP("LeafletNotice", "Who information may be shared with"),
        "With your consent, we may share information with:",
        "Other council services such as Early Help services, Housing, Adults’ Social "
        "Care, Legal Services, Data Protection and Information Rights",
        QT_TRANSLATE_NOOP(
            "LeafletNotice",
            "The family reads the leaflet's eleven agencies and answers for each; the "
            "notice also names schools, other council services, the Department for "
            "Education, Ofsted and, for adoption, other parties.",
        ),
    ),
    Disagreement(
        QT_TRANSLATE_NOOP("LeafletNotice", "Research"),
        "we may share your information with other organisations such as the Department "
        "for Communities and Local Government",
        "The Department for Education",
        QT_TRANSLATE_NOOP(
            "LeafletNotice",
            "The family is asked about research as the leaflet describes it; the notice "
            "says nothing of research or of consent to it, and names the Department for "
            "Education, not the Department for Communities and Local Government.",
        ),
    ),
    Disagreement(
        QT_TRANSLATE_NOOP("LeafletNotice", "Who can see the records"),
        "all the information you give us is kept safe on computer records that can only "
        "be seen by staff who work with you and your family",
        "We also undertake general data matching or data sharing in certain areas for "
        "the prevention or detection of crime.",
        SHOWN,
    ),
    Disagreement(
        QT_TRANSLATE_NOOP("LeafletNotice", "A parent seeing a child's records"),
        "The law says you have the right to see your case record",
        "Where the child is aged 13 and over they must consent to a parent having access.",
        SHOWN,
    ),
    Disagreement(
        QT_TRANSLATE_NOOP("LeafletNotice", "How to ask to see your records"),
        "If your case is closed to CSSW, you will need to contact the Council's "
        "information and records management team",
        "To make a request for your personal information or to exercise other data "
        "protection rights please use our web form",
        QT_TRANSLATE_NOOP(
            "LeafletNotice",
            "The family reads the leaflet's words; the rights and contacts after the "
            "leaflet and on the family's copy name the notice's web form and the email "
            "both documents give (resources/rights).",
        ),
    ),
    Disagreement(
        QT_TRANSLATE_NOOP("LeafletNotice", "What information is held"),
        "CSSW holds a wide range of information on families, including:",
        "Special category (sensitive) data",
        QT_TRANSLATE_NOOP(
            "LeafletNotice",
            "The family reads the leaflet's list; the notice also names ethnicity, "
            "religious belief, health and criminal offence data.",
        ),
    ),
    Disagreement(
        QT_TRANSLATE_NOOP("LeafletNotice", "The service's name"),
        "Children’s Safeguarding and Social Work (CSSW)",
        "Children’s Safeguarding and Social Care (CSSW)",
        SHOWN,
    ),
    Disagreement(
        QT_TRANSLATE_NOOP("LeafletNotice", "The data protection law named"),
        "The General Data Protection Regulation and the Data Protection Act 2018",
        "UK GDPR article 6(1)(c) (Legal duty) and article 6(1)(e) (public task)",
        SHOWN,
    ),
)


def disagreements(translate: Translate = untranslated) -> tuple[Disagreement, ...]:
    """Every disagreement found by reading both documents, most pressing first; the
    topics and what the app does in the language `translate` gives, the quotes as written."""
    return tuple(
        Disagreement(
            translate("LeafletNotice", d.topic),
            d.leaflet,
            d.notice,
            translate("LeafletNotice", d.meanwhile),
        )
        for d in DISAGREEMENTS
    )
