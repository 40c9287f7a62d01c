"""The plain-words summary the family reads before signing ("You agree CSSW may share
information with … / You do not agree to …"). Qt-free, so tests read exactly what the
family reads.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass

from cssw_core.domain.agencies import AGENCIES, Agency
from cssw_core.domain.consent import (
    Answer,
    ConsentBasis,
    ConsentRecordDraft,
    DocumentKind,
    NotSought,
    OwnAnswers,
)
from cssw_core.domain.i18n import QT_TRANSLATE_NOOP, Translate, fill, untranslated
from cssw_core.domain.young_people import Difference, Topic


@dataclass(frozen=True, slots=True)
class SummaryPart:
    """One paragraph of the summary: a sentence and, where it names several, a list."""

    sentence: str
    items: tuple[str, ...] = ()
    refused: bool = False
    """Something the family does not agree to (shown in bold)."""

    def text(self) -> str:
        if not self.items:
            return self.sentence
        return self.sentence + "\n" + "\n".join(f"• {item}" for item in self.items)


def first_name(name: str) -> str:
    """A child's first name, as the family screen shows it (nothing more than needed)."""
    parts = name.split()
    return parts[0] if parts else name


def _split(
    answers: Mapping[Agency, Answer | None], translate: Translate
) -> tuple[list[str], list[str]]:
    yes = [translate("Agency", a.label) for a in AGENCIES if answers.get(a) is Answer.YES]
    no = [translate("Agency", a.label) for a in AGENCIES if answers.get(a) is Answer.NO]
    return yes, no


def _pair(yes: list[str], no: list[str], agree: str, refuse: str) -> list[SummaryPart]:
    parts = []
    if yes:
        parts.append(SummaryPart(agree, tuple(yes)))
    if no:
        parts.append(SummaryPart(refuse, tuple(no), refused=True))
    return parts


class _Sentences:
    """The summary's sentences, told to the consent giver ("You agree …") or, for a young
    person reading it, about them ("Grace Okafor agrees …"); each a whole sentence with
    placeholders, so a translator can order its words as their language needs."""

    def __init__(self, translate: Translate, giver: str | None) -> None:
        self._translate = translate
        self._giver = giver

    def __call__(self, to_giver: str, about_giver: str) -> str:
        if self._giver is None:
            return self._translate("Summary", to_giver)
        return fill(self._translate("Summary", about_giver), self._giver)


def summary(
    draft: ConsentRecordDraft,
    *,
    for_young_person: bool = False,
    translate: Translate = untranslated,
) -> list[SummaryPart]:
    """What the consent giver is agreeing to, in the order of the paper form; told about
    the consent giver (not "you") when a young person reads it. In English unless a
    `translate` is given (the screens pass Qt's)."""
    giver = draft.consent_giver_name.strip() if for_young_person else None
    say = _Sentences(translate, giver)
    relationship = draft.consent_giver_relationship.strip()
    children = ", ".join(first_name(c.name) for c in draft.covered_children) or translate(
        "Summary", "no children"
    )
    parts = [
        SummaryPart(
            fill(
                translate("Summary", "You are %1 (%2). This form is about: %3.")
                if giver is None
                else translate("Summary", "%1 (%2) is giving consent. This form is about: %3."),
                draft.consent_giver_name.strip(),
                relationship,
                children,
            )
        )
    ]
    if draft.consent_basis is ConsentBasis.PARENTAL:
        parts.append(
            SummaryPart(
                say(
                    QT_TRANSLATE_NOOP(
                        "Summary",
                        "This is parental consent: you have parental responsibility for the "
                        "children.",
                    ),
                    QT_TRANSLATE_NOOP(
                        "Summary",
                        "This is parental consent: %1 has parental responsibility for the "
                        "children.",
                    ),
                )
            )
        )
    elif draft.consent_basis is ConsentBasis.YOUNG_PERSON:
        parts.append(
            SummaryPart(
                say(
                    QT_TRANSLATE_NOOP(
                        "Summary", "This is a young person's consent: you give it for yourself."
                    ),
                    QT_TRANSLATE_NOOP(
                        "Summary", "This is a young person's consent: %1 gives it for themselves."
                    ),
                )
            )
        )
    yes, no = _split(draft.share_with, translate)
    parts += _pair(
        yes,
        no,
        say(
            QT_TRANSLATE_NOOP("Summary", "You agree CSSW may share information with:"),
            QT_TRANSLATE_NOOP("Summary", "%1 agrees CSSW may share information with:"),
        ),
        say(
            QT_TRANSLATE_NOOP("Summary", "You do not agree to CSSW sharing information with:"),
            QT_TRANSLATE_NOOP("Summary", "%1 does not agree to CSSW sharing information with:"),
        ),
    )
    yes, no = _split(draft.approach, translate)
    parts += _pair(
        yes,
        no,
        say(
            QT_TRANSLATE_NOOP("Summary", "You agree CSSW may ask these agencies for information:"),
            QT_TRANSLATE_NOOP("Summary", "%1 agrees CSSW may ask these agencies for information:"),
        ),
        say(
            QT_TRANSLATE_NOOP(
                "Summary", "You do not agree to CSSW asking these agencies for information:"
            ),
            QT_TRANSLATE_NOOP(
                "Summary", "%1 does not agree to CSSW asking these agencies for information:"
            ),
        ),
    )
    docs_yes = [
        translate("ConsentForm", d.label)
        for d in DocumentKind
        if draft.documents.get(d) is Answer.YES
    ]
    docs_no = [
        translate("ConsentForm", d.label)
        for d in DocumentKind
        if draft.documents.get(d) is Answer.NO
    ]
    parts += _pair(
        docs_yes,
        docs_no,
        say(
            QT_TRANSLATE_NOOP(
                "Summary", "You agree CSSW may give copies of these documents to other agencies:"
            ),
            QT_TRANSLATE_NOOP(
                "Summary", "%1 agrees CSSW may give copies of these documents to other agencies:"
            ),
        ),
        say(
            QT_TRANSLATE_NOOP(
                "Summary",
                "You do not agree to CSSW giving copies of these documents to other agencies:",
            ),
            QT_TRANSLATE_NOOP(
                "Summary",
                "%1 does not agree to CSSW giving copies of these documents to other agencies:",
            ),
        ),
    )
    if draft.research_consent is Answer.YES:
        parts.append(
            SummaryPart(
                say(
                    QT_TRANSLATE_NOOP(
                        "Summary",
                        "You agree CSSW may share your information, anonymously, for research.",
                    ),
                    QT_TRANSLATE_NOOP(
                        "Summary",
                        "%1 agrees CSSW may share the family's information, anonymously, "
                        "for research.",
                    ),
                )
            )
        )
    elif draft.research_consent is Answer.NO:
        parts.append(
            SummaryPart(
                say(
                    QT_TRANSLATE_NOOP(
                        "Summary",
                        "You do not agree to CSSW sharing your information for research, even "
                        "anonymously.",
                    ),
                    QT_TRANSLATE_NOOP(
                        "Summary",
                        "%1 does not agree to CSSW sharing the family's information for research, "
                        "even anonymously.",
                    ),
                ),
                refused=True,
            )
        )
    for child in draft.young_people():
        consent = draft.young_person_consents.get(child.id)
        name = first_name(child.name)
        if isinstance(consent, OwnAnswers):
            parts.append(_own_part(name, consent, draft, translate))
        elif consent is Answer.YES:
            text = translate("Summary", "%1 agrees to these choices for themselves.")
            parts.append(SummaryPart(fill(text, name)))
        elif consent is Answer.NO:
            text = translate("Summary", "%1 does not agree to these choices for themselves.")
            parts.append(SummaryPart(fill(text, name), refused=True))
        elif isinstance(consent, NotSought):
            text = translate("Summary", "%1 was not asked for their own consent.")
            parts.append(SummaryPart(fill(text, name)))
    if draft.interpreter_used and draft.interpreter_name.strip():
        text = translate("Summary", "An interpreter, %1, helped, in %2.")
        parts.append(
            SummaryPart(
                fill(text, draft.interpreter_name.strip(), draft.interpreter_language.strip())
            )
        )
    elif draft.interpreter_used:
        text = translate("Summary", "An interpreter helped, in %1.")
        parts.append(SummaryPart(fill(text, draft.interpreter_language.strip())))
    return parts


def difference_words(difference: Difference, translate: Translate = untranslated) -> str:
    """One differing answer in words ("No to sharing with Police")."""
    item = difference.item
    templates = {
        (Topic.SHARE, Answer.YES): QT_TRANSLATE_NOOP("Summary", "Yes to sharing with %1"),
        (Topic.SHARE, Answer.NO): QT_TRANSLATE_NOOP("Summary", "No to sharing with %1"),
        (Topic.APPROACH, Answer.YES): QT_TRANSLATE_NOOP(
            "Summary", "Yes to asking %1 for information"
        ),
        (Topic.APPROACH, Answer.NO): QT_TRANSLATE_NOOP(
            "Summary", "No to asking %1 for information"
        ),
        (Topic.DOCUMENT, Answer.YES): QT_TRANSLATE_NOOP("Summary", "Yes to copies of %1"),
        (Topic.DOCUMENT, Answer.NO): QT_TRANSLATE_NOOP("Summary", "No to copies of %1"),
        (Topic.RESEARCH, Answer.YES): QT_TRANSLATE_NOOP("Summary", "Yes to research"),
        (Topic.RESEARCH, Answer.NO): QT_TRANSLATE_NOOP("Summary", "No to research"),
    }
    name = ""
    if item is not None:
        context = "Agency" if difference.topic in (Topic.SHARE, Topic.APPROACH) else "ConsentForm"
        name = translate(context, item.label)
    return fill(translate("Summary", templates[(difference.topic, difference.own)]), name)


def _own_part(
    name: str, own: OwnAnswers, draft: ConsentRecordDraft, translate: Translate
) -> SummaryPart:
    differences = own.differences(*draft.giver_answers())
    if own.unanswered():
        return SummaryPart(
            fill(translate("Summary", "%1 has not given all their own answers."), name)
        )
    if not differences:
        text = translate("Summary", "%1 gave their own answers: the same as %2's.")
        return SummaryPart(fill(text, name, first_name(draft.consent_giver_name.strip())))
    text = translate("Summary", "%1 gave their own answers. Where they differ from %2's, %1 said:")
    return SummaryPart(
        fill(text, name, first_name(draft.consent_giver_name.strip())),
        tuple(difference_words(d, translate) for d in differences),
        refused=True,
    )


def summary_text(draft: ConsentRecordDraft, translate: Translate = untranslated) -> str:
    return "\n\n".join(part.text() for part in summary(draft, translate=translate))


def summary_html(
    draft: ConsentRecordDraft,
    point_size: int,
    *,
    for_young_person: bool = False,
    translate: Translate = untranslated,
) -> str:
    """The summary as simple HTML for a QTextBrowser, every piece of text escaped. Lists
    run on in one line each (eleven agencies one under another would not fit a screen);
    what the family does not agree to is in bold."""
    out = [f'<div style="font-size:{int(point_size)}pt;">']
    for part in summary(draft, for_young_person=for_young_person, translate=translate):
        text = html.escape(part.sentence)
        if part.items:
            text += " " + html.escape(", ".join(part.items)) + "."
        if part.refused:
            text = f"<b>{text}</b>"
        out.append(f'<p style="margin-bottom:0.6em;">{text}</p>')
    out.append("</div>")
    return "".join(out)
