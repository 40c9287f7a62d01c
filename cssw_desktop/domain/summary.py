"""The plain-words summary the family reads before signing ("You agree CSSW may share
information with … / You do not agree to …"). Qt-free, so tests read exactly what the
family reads.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass

from cssw_desktop.domain.agencies import AGENCIES, Agency
from cssw_desktop.domain.consent import Answer, ConsentRecordDraft, DocumentKind, NotSought


@dataclass(frozen=True, slots=True)
class SummaryPart:
    """One paragraph of the summary: a sentence and, where it names several, a list."""

    sentence: str
    items: tuple[str, ...] = ()

    def text(self) -> str:
        if not self.items:
            return self.sentence
        return self.sentence + "\n" + "\n".join(f"• {item}" for item in self.items)


def first_name(name: str) -> str:
    """A child's first name, as the family screen shows it (nothing more than needed)."""
    parts = name.split()
    return parts[0] if parts else name


def _split(answers: Mapping[Agency, Answer | None]) -> tuple[list[str], list[str]]:
    yes = [a.label for a in AGENCIES if answers.get(a) is Answer.YES]
    no = [a.label for a in AGENCIES if answers.get(a) is Answer.NO]
    return yes, no


def _pair(yes: list[str], no: list[str], agree: str, refuse: str) -> list[SummaryPart]:
    parts = []
    if yes:
        parts.append(SummaryPart(agree, tuple(yes)))
    if no:
        parts.append(SummaryPart(refuse, tuple(no)))
    return parts


def _about_the_giver(part: SummaryPart, giver: str, relationship: str) -> SummaryPart:
    """The same sentence told to a young person: about the consent giver, not "you"."""
    sentence = part.sentence
    if sentence.startswith(f"You are {giver} "):
        sentence = f"{giver} ({relationship}) is giving consent." + sentence.split(").", 1)[1]
    elif sentence.startswith("You are "):
        sentence = f"{giver} is " + sentence.removeprefix("You are ")
    elif sentence.startswith("You do not agree"):
        sentence = f"{giver} does not agree" + sentence.removeprefix("You do not agree")
    elif sentence.startswith("You agree"):
        sentence = f"{giver} agrees" + sentence.removeprefix("You agree")
    sentence = sentence.replace("your information", "the family's information")
    return SummaryPart(sentence, part.items)


def summary(draft: ConsentRecordDraft, *, for_young_person: bool = False) -> list[SummaryPart]:
    """What the consent giver is agreeing to, in the order of the paper form; told about
    the consent giver (not "you") when a young person reads it."""
    parts = _summary(draft)
    if not for_young_person:
        return parts
    giver = draft.consent_giver_name.strip()
    relationship = draft.consent_giver_relationship.strip()
    return [_about_the_giver(p, giver, relationship) for p in parts]


def _summary(draft: ConsentRecordDraft) -> list[SummaryPart]:
    children = ", ".join(first_name(c.name) for c in draft.covered_children) or "no children"
    parts = [
        SummaryPart(
            f"You are {draft.consent_giver_name.strip()} "
            f"({draft.consent_giver_relationship.strip()}). This form is about: {children}."
        )
    ]
    if draft.parental_consent is Answer.YES:
        parts.append(SummaryPart("You are giving consent as a parent."))
    elif draft.parental_consent is Answer.NO:
        parts.append(SummaryPart("You are not giving consent as a parent."))
    yes, no = _split(draft.share_with)
    parts += _pair(
        yes,
        no,
        "You agree CSSW may share information with:",
        "You do not agree to CSSW sharing information with:",
    )
    yes, no = _split(draft.approach)
    parts += _pair(
        yes,
        no,
        "You agree CSSW may ask these agencies for information:",
        "You do not agree to CSSW asking these agencies for information:",
    )
    docs_yes = [d.label for d in DocumentKind if draft.documents.get(d) is Answer.YES]
    docs_no = [d.label for d in DocumentKind if draft.documents.get(d) is Answer.NO]
    parts += _pair(
        docs_yes,
        docs_no,
        "You agree CSSW may give copies of these documents to other agencies:",
        "You do not agree to CSSW giving copies of these documents to other agencies:",
    )
    if draft.research_consent is Answer.YES:
        parts.append(
            SummaryPart("You agree CSSW may share your information, anonymously, for research.")
        )
    elif draft.research_consent is Answer.NO:
        parts.append(
            SummaryPart(
                "You do not agree to CSSW sharing your information for research, even anonymously."
            )
        )
    for child in draft.young_people():
        consent = draft.young_person_consents.get(child.id)
        name = first_name(child.name)
        if consent is Answer.YES:
            parts.append(SummaryPart(f"{name} agrees to these choices for themselves."))
        elif consent is Answer.NO:
            parts.append(SummaryPart(f"{name} does not agree to these choices for themselves."))
        elif isinstance(consent, NotSought):
            parts.append(SummaryPart(f"{name} was not asked for their own consent."))
    if draft.interpreter_used:
        parts.append(
            SummaryPart(f"An interpreter helped, in {draft.interpreter_language.strip()}.")
        )
    return parts


def summary_text(draft: ConsentRecordDraft) -> str:
    return "\n\n".join(part.text() for part in summary(draft))


def summary_html(
    draft: ConsentRecordDraft, point_size: int, *, for_young_person: bool = False
) -> str:
    """The summary as simple HTML for a QTextBrowser, every piece of text escaped. Lists
    run on in one line each (eleven agencies one under another would not fit a screen);
    what the family does not agree to is in bold."""
    out = [f'<div style="font-size:{int(point_size)}pt;">']
    for part in summary(draft, for_young_person=for_young_person):
        text = html.escape(part.sentence)
        if part.items:
            text += " " + html.escape(", ".join(part.items)) + "."
        if "do not agree" in part.sentence or "does not agree" in part.sentence:
            text = f"<b>{text}</b>"
        out.append(f'<p style="margin-bottom:0.6em;">{text}</p>')
    out.append("</div>")
    return "".join(out)
