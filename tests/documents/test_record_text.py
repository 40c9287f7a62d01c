"""The record's text for a screen reader ("Read as text" in the form viewer): the same
words as its PDF, page by page, read back from the PDF itself with poppler's pdftotext."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from bench.pdf import SampleRecord, sample_consent, sample_withdrawal
from cssw_documents.layout import TICK
from cssw_documents.pdf import render_pdf, render_preview, render_text
from tests.support.pdf import pdf_text


def words(text: str) -> Counter[str]:
    """The words of a text, however they are wrapped, spaced or hyphen-broken at a line."""
    return Counter(re.findall(r"[^\s]+", text.replace("\u202a", "").replace("\u202c", "")))


def same_words(ours: str, printed: str) -> bool:
    """The same words; a hash the PDF breaks anywhere across lines (the seal's details) is
    one word in ours, and its pieces in the PDF's, in order."""
    mine, theirs = words(ours), words(printed)
    only_mine, only_theirs = mine - theirs, theirs - mine
    joined = "".join(printed.split())
    pieces = "".join(sorted(only_theirs.elements()))
    return all(word in joined for word in only_mine) and sorted(pieces) == sorted(
        "".join(only_mine.elements())
    )


@pytest.fixture(scope="module")
def consent() -> SampleRecord:
    return sample_consent(points_per_signature=300)


@pytest.mark.parametrize("kind", ["consent", "withdrawal", "family copy"])
def test_each_pages_text_has_the_same_words_as_the_pdfs_page(
    qapp: object, consent: SampleRecord, kind: str
) -> None:
    sample = sample_withdrawal() if kind == "withdrawal" else consent
    family_copy = kind == "family copy"
    pdf = render_pdf(sample.document, sample.seal, sample.audit, family_copy=family_copy)
    pdf_pages = pdf_text(pdf).rstrip("\f").split("\f")
    texts = render_text(sample.document, sample.seal, sample.audit, family_copy=family_copy)
    assert len(texts) == len(pdf_pages) >= 2
    for number, (ours, printed) in enumerate(zip(texts, pdf_pages, strict=True), 1):
        assert same_words("\n".join(ours), printed), f"page {number}"
    whole = "\n".join("\n".join(page) for page in texts)
    assert "Page 1 of" in whole  # the footers too, as on paper
    if kind == "consent":
        assert TICK in whole  # which box is ticked is read, as in the PDF's text


def test_the_preview_gives_the_same_text_as_the_pdfs(qapp: object, consent: SampleRecord) -> None:
    preview = render_preview(consent.document, consent.seal, consent.audit, dpi=40)
    assert len(preview.images) == len(preview.texts)
    assert preview.texts == render_text(consent.document, consent.seal, consent.audit)


def test_the_text_reads_top_to_bottom(qapp: object, consent: SampleRecord) -> None:
    """The page header (painted last) comes first, the footer last, the title before the
    sections: the order a person reads the paper in."""
    first = render_text(consent.document, consent.seal, consent.audit)[0]
    title = next(i for i, text in enumerate(first) if text == "Consent to information sharing")
    footer = next(i for i, text in enumerate(first) if "Page 1 of" in text)
    assert 0 < title < footer
    assert footer >= len(first) - 3
