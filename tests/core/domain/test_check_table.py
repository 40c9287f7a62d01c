"""The family's check table, as the family reads it (Qt-free)."""

from __future__ import annotations

import html
import re
from dataclasses import replace

from cssw_core.domain.agencies import AGENCIES, Agency
from cssw_core.domain.check_table import check_table_html
from cssw_core.domain.consent import Answer, DocumentKind, NotSought, OwnAnswers
from tests.support.records import complete_draft, family_with_teenager


def rows(page: str) -> list[list[str]]:
    """Each table row's cells as plain text."""
    found = []
    for row in re.findall(r"<tr>(.*?)</tr>", page):
        cells = re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row)
        found.append([html.unescape(re.sub(r"<[^>]+>", "", c)) for c in cells])
    return found


def test_every_agency_has_share_and_ask_in_words_with_marks_and_each_young_persons_own() -> None:
    family = family_with_teenager()
    base = complete_draft(family, refuse=(Agency.POLICE,))
    same = OwnAnswers.same_as(*base.giver_answers())
    mine = replace(same, share_with={**same.share_with, Agency.POLICE: Answer.YES})
    draft = replace(base, young_person_consents={family.children[0].id: mine})
    table = rows(check_table_html(draft, 14))
    assert table[0] == ["", "Grace", "Chidi"]
    assert table[1] == ["Agency", "Share", "Ask", "Share", "Ask"]
    by_agency = {r[0]: r[1:] for r in table[2 : len(AGENCIES) + 2]}
    assert list(by_agency) == [a.label for a in AGENCIES]
    assert by_agency["Police"] == ["✗ No", "✗ No", "✓ Yes", "✗ No"]
    assert by_agency["Health"] == ["✓ Yes"] * 4
    documents = table[len(AGENCIES) + 2 :]
    assert documents[0] == ["Copies of documents to other agencies", "Grace", "Chidi"]
    assert [r[0] for r in documents[1:]] == [
        *(k.label for k in DocumentKind),
        "Research (anonymised information only)",
    ]
    assert documents[-1][1:] == ["✗ No", "✗ No"]


def test_no_is_bold_as_well_as_marked_and_unanswered_says_so() -> None:
    family = family_with_teenager()
    draft = replace(
        complete_draft(family, refuse=(Agency.HOUSING,)),
        research_consent=None,
        young_person_consents={family.children[0].id: NotSought("At school")},
    )
    page = check_table_html(draft, 14)
    assert "<td><b>✗ No</b></td>" in page
    assert "Not answered" in page
    assert "Chidi was not asked for their own consent." in page
    assert "Chidi: share" not in page  # no columns for a young person not asked
