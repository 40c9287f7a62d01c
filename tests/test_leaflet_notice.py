"""Where the council's leaflet and its later privacy notice disagree: every quote is the
council's own, the family still reads the leaflet's words, the list is the one README,
docs and About show, and central's retention follows the notice."""

from __future__ import annotations

import hashlib
import re
from datetime import date

from cssw_central.services.retention import RETENTION_YEARS, retention_until
from cssw_desktop.leaflet import load_leaflet
from cssw_desktop.leaflet_notice import DISAGREEMENTS, NOT_IN_LEAFLET, disagreements
from tests.support.seed_leaflet import (
    LEAFLET_SEED,
    NOTICE_SEED,
    NOTICE_SEED_SHA256,
    ROOT,
    leaflet_pieces,
    normalised,
)

DOCS_PAGE = ROOT / "docs" / "leaflet-and-notice.md"


def notice_text() -> str:
    return normalised(NOTICE_SEED.read_text(encoding="utf-8"))


def test_the_notice_is_the_councils_as_sent() -> None:
    assert hashlib.sha256(NOTICE_SEED.read_bytes()).hexdigest() == NOTICE_SEED_SHA256


def test_every_quote_is_in_the_councils_documents() -> None:
    leaflet_seed = normalised(LEAFLET_SEED.read_text(encoding="utf-8"))
    notice = notice_text()
    shown = normalised(" ".join(p.text for p in leaflet_pieces(load_leaflet())))
    assert len(DISAGREEMENTS) == 15
    assert len({d.topic for d in DISAGREEMENTS}) == len(DISAGREEMENTS)
    for d in DISAGREEMENTS:
        assert normalised(d.notice) in notice, d.topic
        if d.leaflet != NOT_IN_LEAFLET:
            assert normalised(d.leaflet) in leaflet_seed, d.topic
            assert normalised(d.leaflet) in shown, d.topic  # the family reads it as written
            assert normalised(d.leaflet) not in notice, d.topic
        assert d.meanwhile


def test_the_child_protection_disagreement_is_the_first() -> None:
    first = DISAGREEMENTS[0]
    assert "30 years" in first.leaflet
    assert "35 years" in first.notice
    shown = load_leaflet().section("retention").plain_text()
    assert first.leaflet in shown
    assert first.notice not in shown


def test_the_list_can_be_translated_but_keeps_the_quotes() -> None:
    marked = disagreements(lambda context, text: f"[{context}] {text}")
    assert all(d.topic.startswith("[LeafletNotice] ") for d in marked)
    assert all(d.meanwhile.startswith("[LeafletNotice] ") for d in marked)
    assert [(d.leaflet, d.notice) for d in marked] == [(d.leaflet, d.notice) for d in DISAGREEMENTS]


def test_the_docs_page_lists_every_disagreement_and_the_readme_links_it() -> None:
    page = normalised(DOCS_PAGE.read_text(encoding="utf-8"))
    for d in DISAGREEMENTS:
        assert normalised(d.topic) in page, d.topic
        assert normalised(d.notice) in page, d.topic
        if d.leaflet != NOT_IN_LEAFLET:
            assert normalised(d.leaflet) in page, d.topic
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/leaflet-and-notice.md" in readme
    assert "For the council to settle" in readme
    assert f"The {len(DISAGREEMENTS)} points" in readme


def notice_periods() -> dict[str, int]:
    """The notice's section 6 read for its periods in years, by central's case types."""
    text = notice_text()
    section = text[
        text.index("Storing and retaining personal data") : text.index("7. What information")
    ]

    def years(pattern: str) -> int:
        match = re.search(pattern, section)
        assert match is not None, pattern
        return int(match["years"])

    return {
        "child_in_need": years(r"Child in Need’ records are kept for (?P<years>\d+) years"),
        "child_protection": years(r"Child protection records are kept for (?P<years>\d+) years"),
        "looked_after": years(r"Looked after Children’ records are kept for (?P<years>\d+) years"),
        "adoption": years(r"adoptive parents for (?P<years>\d+) years"),
        "adopter_not_approved": years(r"decide not to proceed for (?P<years>\d+) years"),
    }


def test_centrals_retention_follows_the_notice_not_the_leaflet() -> None:
    assert notice_periods() == RETENTION_YEARS
    assert RETENTION_YEARS["child_protection"] == 35  # the leaflet's 30 is not used
    sealed = date(2026, 3, 14)
    kept = retention_until(
        "child_protection",
        case_closed_on=None,
        adoption_order_on=None,
        sealed_on=sealed,
        youngest_born=None,
    )
    assert kept == date(2061, 3, 14)
    # Where the notice gives a start, central counts from it.
    assert retention_until(
        "child_in_need",
        case_closed_on=date(2030, 1, 31),
        adoption_order_on=None,
        sealed_on=sealed,
        youngest_born=None,
    ) == date(2055, 1, 31)
    assert retention_until(
        "looked_after",
        case_closed_on=None,
        adoption_order_on=None,
        sealed_on=sealed,
        youngest_born=date(2020, 5, 1),
    ) == date(2120, 5, 1)
    assert retention_until(
        "adoption",
        case_closed_on=None,
        adoption_order_on=date(2027, 6, 1),
        sealed_on=sealed,
        youngest_born=None,
    ) == date(2127, 6, 1)
