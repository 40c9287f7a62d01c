"""The lead's "Save as PDF…": central's signed PDF once the record is filed; before that
(central keeps no laptop's PDF), the form drawn on the lead's laptop from the sealed record
central sent, whose seal was checked on arrival."""

from __future__ import annotations

from pathlib import Path

from bench.pdf import sample_consent
from cssw_desktop.storage.store import Store
from cssw_desktop.ui.review.review_viewer import Received, export
from tests.support.pdf import pdf_text
from tests.support.review_items import review_item


def test_before_filing_the_lead_saves_the_form_drawn_from_the_sealed_record(
    qapp: object, store: Store, tmp_path: Path
) -> None:
    sample = sample_consent()
    path = tmp_path / "received.pdf"
    export(store, review_item(), path, Received(sample.document, sample.seal, b""))
    text = pdf_text(path.read_bytes())
    assert "Consent to information sharing" in text
    assert sample.seal.content_hash in text.replace("\n", "").replace(" ", "")


def test_once_filed_the_lead_saves_centrals_pdf_exactly(
    qapp: object, store: Store, tmp_path: Path
) -> None:
    sample = sample_consent()
    central_pdf = b"%PDF-1.4\n% central's signed PDF\n%%EOF\n"
    path = tmp_path / "filed.pdf"
    export(
        store, review_item(state="filed"), path, Received(sample.document, sample.seal, central_pdf)
    )
    assert path.read_bytes() == central_pdf
