"""The family's check screen as a table a stressed parent can go down row by row: each
agency with Share and Ask, each document, research; every answer in words with a mark
("✓ Yes", "✗ No"), never by colour alone; each young person's own answers in their own
columns beside the consent giver's. Qt-free HTML for a QTextBrowser, every text escaped.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from cssw_core.domain.agencies import AGENCIES
from cssw_core.domain.consent import (
    Answer,
    ConsentRecordDraft,
    DocumentKind,
    NotSought,
    OwnAnswers,
)
from cssw_core.domain.i18n import Translate, fill, untranslated
from cssw_core.domain.summary import SummaryPart, first_name, summary

YES_MARK, NO_MARK = "✓", "✗"


@dataclass(frozen=True, slots=True)
class Column:
    """Whose answers a pair of columns shows: the consent giver's or a young person's."""

    heading: str
    own: OwnAnswers | None  # None: the consent giver's own answers on the draft


def answer_words(answer: Answer | None, translate: Translate = untranslated) -> str:
    """The answer as a mark and a word; an unanswered question says so."""
    if answer is Answer.YES:
        return f"{YES_MARK} " + translate("CheckTable", "Yes")
    if answer is Answer.NO:
        return f"{NO_MARK} " + translate("CheckTable", "No")
    return translate("CheckTable", "Not answered")


def _columns(draft: ConsentRecordDraft, translate: Translate) -> list[Column]:
    giver = first_name(draft.consent_giver_name.strip()) or translate("CheckTable", "You")
    columns = [Column(giver, None)]
    for child in draft.young_people():
        consent = draft.young_person_consents.get(child.id)
        if isinstance(consent, OwnAnswers):
            columns.append(Column(first_name(child.name), consent))
    return columns


def _cell(answer: Answer | None, translate: Translate) -> str:
    text = html.escape(answer_words(answer, translate))
    return f"<td><b>{text}</b></td>" if answer is Answer.NO else f"<td>{text}</td>"


def _header(cells: Sequence[str]) -> str:
    return "<tr>" + "".join(f"<th align='left'>{html.escape(c)}</th>" for c in cells) + "</tr>"


def check_table_html(
    draft: ConsentRecordDraft,
    point_size: int,
    *,
    for_young_person: bool = False,
    translate: Translate = untranslated,
) -> str:
    """Who is giving consent and whose consent it is, then the answers as tables."""
    say: list[SummaryPart] = summary(draft, for_young_person=for_young_person, translate=translate)[
        :2
    ]
    columns = _columns(draft, translate)
    out = [f'<div style="font-size:{int(point_size)}pt;">']
    out += [f"<p>{html.escape(part.sentence)}</p>" for part in say]
    table = "<table border='1' cellspacing='0' cellpadding='6'>"

    share_word, ask_word = translate("CheckTable", "Share"), translate("CheckTable", "Ask")
    out.append(
        "<p>"
        + html.escape(
            fill(
                translate(
                    "CheckTable",
                    "%1: may CSSW share information with this agency? "
                    "%2: may CSSW ask this agency for information?",
                ),
                share_word,
                ask_word,
            )
        )
        + "</p>"
    )
    whose = "".join(
        f"<th align='left' colspan='2'>{html.escape(column.heading)}</th>" for column in columns
    )
    out += [table, f"<tr><th></th>{whose}</tr>"]
    out.append(_header([translate("CheckTable", "Agency"), *[share_word, ask_word] * len(columns)]))
    for agency in AGENCIES:
        row = [f"<td>{html.escape(translate('Agency', agency.label))}</td>"]
        for column in columns:
            share = (column.own.share_with if column.own else draft.share_with)[agency]
            ask = (column.own.approach if column.own else draft.approach)[agency]
            row += [_cell(share, translate), _cell(ask, translate)]
        out.append("<tr>" + "".join(row) + "</tr>")
    out.append("</table><p></p>")

    heads = [translate("CheckTable", "Copies of documents to other agencies")]
    heads += [column.heading for column in columns]
    out += [table, _header(heads)]
    for kind in DocumentKind:
        row = [f"<td>{html.escape(translate('ConsentForm', kind.label))}</td>"]
        for column in columns:
            row.append(
                _cell((column.own.documents if column.own else draft.documents)[kind], translate)
            )
        out.append("<tr>" + "".join(row) + "</tr>")
    row = [
        "<td>"
        + html.escape(translate("CheckTable", "Research (anonymised information only)"))
        + "</td>"
    ]
    for column in columns:
        row.append(
            _cell(column.own.research_consent if column.own else draft.research_consent, translate)
        )
    out.append("<tr>" + "".join(row) + "</tr></table>")

    out += [f"<p>{html.escape(line)}</p>" for line in _others(draft, translate)]
    out.append("</div>")
    return "".join(out)


def _others(draft: ConsentRecordDraft, translate: Translate) -> list[str]:
    """Young people not asked, and the interpreter, in sentences under the tables."""
    lines = []
    for child in draft.young_people():
        consent = draft.young_person_consents.get(child.id)
        if isinstance(consent, NotSought):
            lines.append(
                fill(
                    translate("CheckTable", "%1 was not asked for their own consent."),
                    first_name(child.name),
                )
            )
    if draft.interpreter_used:
        lines.append(
            fill(
                translate("CheckTable", "An interpreter, %1, helped, in %2."),
                draft.interpreter_name.strip(),
                draft.interpreter_language.strip(),
            )
        )
    return lines
