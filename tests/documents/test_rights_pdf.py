"""The family's rights and who to contact on the PDF (cssw_documents/rights_section.py):
on the family's copy and the PDF central files, after "what happens next", from
resources/rights; a replaced file shows on the next PDF; a broken one makes no PDF.
Read back with `pdftotext -layout`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import cssw_core.rights_info as rights_info
from bench.pdf import SampleRecord, sample_consent, sample_withdrawal
from cssw_core.rights_info import RIGHTS_FILE, load_rights_info
from cssw_documents.pdf import PdfError, render_pdf
from tests.support.pdf import pdf_text

TITLE = "Your rights and who to contact"


@pytest.fixture(scope="module")
def consent() -> SampleRecord:
    return sample_consent(points_per_signature=200)


def words(pdf: bytes) -> str:
    return " ".join(pdf_text(pdf).split())


@pytest.mark.parametrize("kind", ["family copy", "filed", "withdrawal family copy"])
def test_the_rights_and_contacts_follow_what_happens_next(
    qapp: object, consent: SampleRecord, kind: str
) -> None:
    sample = sample_withdrawal() if kind.startswith("withdrawal") else consent
    text = words(render_pdf(sample.document, sample.seal, sample.audit, family_copy="copy" in kind))
    assert text.index("What happens next") < text.index(TITLE)
    for detail in load_rights_info().contact_details():
        assert detail in text, detail
    assert "A child aged 13 or over must agree to a parent seeing it." in text
    if kind == "filed":  # before the technical pages, among the family's
        assert text.index(TITLE) < text.index("What happened during")


def test_a_replaced_file_changes_the_next_family_copy(
    qapp: object, consent: SampleRecord, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = json.loads((rights_info.rights_dir() / RIGHTS_FILE).read_text(encoding="utf-8"))
    data["data_protection_officer"] = {"name": "Pat Example, Head of Law", "email": "dpo@t.example"}
    data["ico"]["phone"] = "0000 000 0000"
    (tmp_path / RIGHTS_FILE).write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(rights_info, "rights_dir", lambda: tmp_path)
    text = words(render_pdf(consent.document, consent.seal, consent.audit, family_copy=True))
    assert "Pat Example, Head of Law, dpo@t.example" in text
    assert "0000 000 0000" in text
    assert "Andrew Maughan" not in text
    assert "0303 123 1113" not in text


@pytest.mark.parametrize("content", ["not json", '{"format": "cssw.rights/1"}'])
def test_a_broken_file_makes_no_pdf_and_says_why(
    qapp: object,
    consent: SampleRecord,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    content: str,
) -> None:
    (tmp_path / RIGHTS_FILE).write_text(content, encoding="utf-8")
    monkeypatch.setattr(rights_info, "rights_dir", lambda: tmp_path)
    with pytest.raises(PdfError, match="rights and contacts cannot be used") as refused:
        render_pdf(consent.document, consent.seal, consent.audit, family_copy=True)
    assert str(tmp_path / RIGHTS_FILE) in str(refused.value)
