"""A training record's PDF says "TRAINING — not a real record" on every page, read from
the sealed record itself; a real record's PDF never does."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QImage

from bench.pdf import SampleRecord, sample_consent, sample_withdrawal
from cssw_core.domain.sealing import DeviceKey
from cssw_documents.layout import MM
from cssw_documents.pdf import PREVIEW_DPI, render_pages, render_pdf
from cssw_documents.training_mark import BAND_TOP
from tests.support.pdf import pdf_pages, pdf_text, pdf_title

MARK = "TRAINING — not a real record"


def as_training(sample: SampleRecord) -> SampleRecord:
    """The same record as if sealed in training (`"training": true` under a new seal)."""
    document: dict[str, Any] = {"training": True, **sample.document}
    key = DeviceKey(str(document["device_id"]), DeviceKey.new_private_bytes())
    document["device_public_key"] = key.public_key
    return SampleRecord(document, key.seal(document), sample.audit)


@pytest.fixture(scope="module", params=["consent", "withdrawal"])
def sample(request: pytest.FixtureRequest) -> SampleRecord:
    if request.param == "consent":
        return sample_consent(points_per_signature=200)
    return sample_withdrawal()


def band_ink(page: QImage) -> int:
    """Dark pixels along the training band's top edge, in the gap between the council's
    header and the form where nothing else is drawn."""
    dots_per_mm = PREVIEW_DPI / 25.4
    top = round((BAND_TOP - 0.4 * MM) / MM * dots_per_mm)
    bottom = round((BAND_TOP + 0.4 * MM) / MM * dots_per_mm)
    return sum(
        1
        for y in range(top, bottom + 1)
        for x in range(0, page.width(), 3)
        if page.pixelColor(x, y).lightness() < 160
    )


def test_every_page_of_a_training_record_says_so(qapp: object, sample: SampleRecord) -> None:
    training = as_training(sample)
    pdf = render_pdf(training.document, training.seal, training.audit)
    pages = pdf_text(pdf).split("\f")[: pdf_pages(pdf)]
    assert len(pages) >= 2  # the form and the audit page at least
    for number, text in enumerate(pages, 1):
        assert MARK in text, f"page {number} is not marked"
    assert pdf_title(pdf).startswith(MARK)


def test_a_real_record_is_never_marked(qapp: object, sample: SampleRecord) -> None:
    pdf = render_pdf(sample.document, sample.seal, sample.audit)
    assert "TRAINING" not in pdf_text(pdf)


def test_the_preview_shows_the_band_on_every_page(qapp: object, sample: SampleRecord) -> None:
    """What the worker sees in the app is the PDF's page: the band is there too."""
    training = as_training(sample)
    marked = render_pages(training.document, training.seal, training.audit)
    plain = render_pages(sample.document, sample.seal, sample.audit)
    assert len(marked) == len(plain)
    assert all(band_ink(page) > 200 for page in marked)
    assert all(band_ink(page) == 0 for page in plain)
