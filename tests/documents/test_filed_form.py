"""The PDF reads like the paper form (issue 14, finding 7): every Yes/No with both options
and one ticked; no signature block split across pages; the audit trail in words; the seal
on its own verifying page; each record type with its own title; the council's name and
logo from resources/branding on every page; fonts embedded; the family's copy without the
technical pages. Read back with `pdftotext -layout`, `pdffonts` and `pdfimages`."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

import cssw_documents.branding as branding
from bench.pdf import SampleRecord, sample_consent, sample_withdrawal
from cssw_core.domain.agencies import AGENCIES
from cssw_core.domain.consent import DocumentKind
from cssw_core.domain.family import Child
from cssw_core.domain.visit import STEPS
from cssw_core.resources import resources_dir
from cssw_documents.pdf import PdfError, render_pdf
from tests.support.pdf import pdf_text

YES_NO = r" +(✔ )?Yes +(✔ )?No\b"
TECHNICAL = ("SHA-256", "Ed25519", "Device public key", "Signature (Ed25519)")


def pages_of(pdf: bytes) -> list[str]:
    return [page for page in pdf_text(pdf).split("\f") if page.strip()]


def first_line(label: str) -> str:
    return "Education (including early" if label.startswith("Education") else label


def ticked(text: str, label: str) -> list[str]:
    """For each row of `label`: which option is ticked ("Yes", "No"; exactly one)."""
    rows = re.findall(rf"(?<![A-Za-z]){re.escape(first_line(label))}:?{YES_NO}", text)
    found = []
    for yes, no in rows:
        assert bool(yes) != bool(no), f"{label}: one option, and only one, is ticked"
        found.append("Yes" if yes else "No")
    return found


@pytest.fixture(scope="module")
def consent() -> SampleRecord:
    return sample_consent(points_per_signature=200)


@pytest.fixture(scope="module")
def consent_pdf(qapp: object, consent: SampleRecord) -> bytes:
    return render_pdf(consent.document, consent.seal, consent.audit)


def test_every_agency_and_document_row_shows_both_yes_and_no(
    consent: SampleRecord, consent_pdf: bytes
) -> None:
    whole = pdf_text(consent_pdf)
    text = whole[: whole.index("Young people's own consent")]  # the consent giver's answers
    record = consent.document["record"]
    for agency in AGENCIES:  # a row in the share grid and one in the approach grid
        expected = [record["share_with"][agency.value], record["approach"][agency.value]]
        assert [a.lower() for a in ticked(text, agency.label)] == expected, agency.label
    labels = {
        DocumentKind.ASSESSMENTS: "Assessments",
        DocumentKind.RECORD_OF_REVIEWS: "A record of reviews",
        DocumentKind.CLOSING_SUMMARY: "Closing summary",
    }
    for kind, label in labels.items():
        assert [a.lower() for a in ticked(text, label)] == [record["documents"][kind.value]]
    assert ticked(text, "Parental consent") == ["Yes"]
    assert ticked(text, "Research consent") == ["No"]
    assert ticked(text, "Young person's consent") == ["No"]  # whose consent: the parent's
    # Each young person's own answers print the same way: both options, one ticked.
    own_text = whole[whole.index("Young people's own consent") :]
    for young_id, entry in record["young_person_consents"].items():
        answers = entry["answers"]
        if answers is None:
            continue
        for agency in AGENCIES:
            expected = [answers["share_with"][agency.value], answers["approach"][agency.value]]
            got = [a.lower() for a in ticked(own_text, agency.label)][:2]
            assert got == expected, (young_id, agency.label)
        break  # the first young person's grids come first
    assert "☐" not in whole  # no answer rests on an empty box alone


@pytest.mark.parametrize("teenagers", range(1, 9))
def test_no_signature_block_is_split_across_pages(qapp: object, teenagers: int) -> None:
    """However many young people sign (and so wherever the page breaks fall), each
    signature's heading, name and date are on one page."""
    young = [
        Child(f"Young Person{'x' * n} Okafor", "Female", date(2010, 1, 1 + n))
        for n in range(teenagers)
    ]
    children = (*young, Child("Tomi Okafor", "Male", date(2020, 1, 30)))
    sample = sample_consent(60, children=children)
    pages = pages_of(render_pdf(sample.document, sample.seal, sample.audit))
    signers = [str(s["signer_name"]) for s in sample.document["signatures"]]
    interpreter = [s for s in sample.document["signatures"] if s["role"] == "interpreter"]
    assert len(interpreter) == 1  # the interpreter's confirmation is a signature block too
    assert len(signers) == teenagers + 2
    for name in signers:
        holding = [p for p in pages if f"Name: {name}" in p]
        assert len(holding) == 1, name
        page = holding[0]
        block = page[page.index(f"Name: {name}") :]
        before = page[: page.index(f"Name: {name}")]
        assert "Signature of" in before or "Interpreter's confirmation" in before, name
        assert re.search(r"Date: \d\d/\d\d/\d{4}", block), name
        assert "Signed: " in block, name


def test_the_audit_trail_is_in_words(consent: SampleRecord, consent_pdf: bytes) -> None:
    text = " ".join(pdf_text(consent_pdf).split())
    assert "What happened during the visit" in text
    assert "Audit trail of this visit" not in text
    assert "Leaflet section shown: “About this leaflet”" in text
    assert "Leaflet section shown: “Our duties”" in text
    assert "The visit began at step 1 of 8: The leaflet" in text
    for step in STEPS[:-1]:
        assert f"Step {step.number} of 8 completed: {step.heading}" in text
    assert "Signed by Adaeze Okafor-Lindqvist" in text
    assert "The record was sealed" in text
    # No audit code anywhere: `visit.step`, `record.sealed`, `record.viewed` …
    assert not re.search(r"\b(visit|record|leaflet|store)\.[a-z_]+", text)


def test_the_seal_is_on_its_own_verifying_page(consent: SampleRecord, consent_pdf: bytes) -> None:
    pages = pages_of(consent_pdf)
    (verifying,) = [i for i, p in enumerate(pages) if "Verifying this record: the seal" in p]
    assert verifying == len(pages) - 1
    assert "for checking that the record has not been changed" in " ".join(pages[verifying].split())
    for number, page in enumerate(pages[:verifying], 1):
        for word in (*TECHNICAL, consent.seal.content_hash, consent.seal.public_key):
            assert word not in page, f"page {number} shows {word!r}"
    for word in (consent.seal.content_hash, consent.seal.signature[:40], "Ed25519"):
        assert word in pages[verifying].replace("\n", "")


def test_a_withdrawal_has_its_own_titles(qapp: object) -> None:
    sample = sample_withdrawal()
    text = " ".join(pdf_text(render_pdf(sample.document, sample.seal, sample.audit)).split())
    assert "Withdrawal of consent" in text
    assert "How this withdrawal was recorded" in text
    assert "The family withdrew consent (told CSSW by: phone)" in text
    assert "visit" not in text.lower()


def fonts_table(pdf: bytes, tmp_path: Path) -> list[list[str]]:
    path = tmp_path / "fonts.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, check=True, timeout=60, text=True
    )
    return [line.split() for line in done.stdout.splitlines()[2:] if line.strip()]


@pytest.mark.parametrize("kind", ["consent", "withdrawal", "family copy"])
def test_every_font_is_embedded(
    qapp: object, consent: SampleRecord, kind: str, tmp_path: Path
) -> None:
    sample = sample_withdrawal() if kind == "withdrawal" else consent
    pdf = render_pdf(sample.document, sample.seal, sample.audit, family_copy=kind == "family copy")
    rows = fonts_table(pdf, tmp_path)
    assert {row[0].split("+")[-1] for row in rows} >= {"DejaVuSans", "DejaVuSans-Bold"}
    for row in rows:
        assert row[-5] == "yes", f"{row[0]} is not embedded"  # the "emb" column


def test_the_family_copy_has_no_technical_pages(consent: SampleRecord, consent_pdf: bytes) -> None:
    copy = render_pdf(consent.document, consent.seal, consent.audit, family_copy=True)
    pages = pages_of(copy)
    assert len(pages) < len(pages_of(consent_pdf))
    text = " ".join("\n".join(pages).split())
    for word in (*TECHNICAL, "Verifying this record", "What happened during the visit"):
        assert word not in text, word
    assert consent.seal.content_hash not in text
    assert "Step 2 of 8" not in text
    # What the family needs: answers, signatures, dates, the council, what happens next.
    giver = "\n".join(pages)
    giver = giver[: giver.index("Young people's own consent")]
    assert ticked(giver, "Police") == ["No", "Yes"]
    assert "Name: Adaeze Okafor-Lindqvist" in text
    assert "Date: 12/03/2026" in text
    assert "Children's Services" in text
    assert "What happens next" in text
    assert "You have the right to withdraw your consent at any time" in text
    for number, page in enumerate(pages, 1):
        assert f"Page {number} of {len(pages)}" in page
        assert "the council can match this copy to its record" in " ".join(page.split())


def own_branding(folder: Path, name: str, logo: QImage | None) -> None:
    folder.mkdir(parents=True)
    data = {"format": "cssw.branding/1", "council_name": name}
    data["service_name"] = "Children and Families"
    if logo is not None:
        logo.save(str(folder / "crest.png"))
        data["logo"] = "crest.png"
    (folder / "branding.json").write_text(json.dumps(data), encoding="utf-8")


def test_the_council_is_named_from_the_branding_file(
    qapp: object, consent: SampleRecord, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """IT replaces resources/branding: the next PDF carries the new name and logo on
    every page (the resources folder is copied, then its branding file replaced)."""
    resources = tmp_path / "resources"
    shutil.copytree(resources_dir() / "leaflet", resources / "leaflet")
    crest = QImage(90, 60, QImage.Format.Format_RGB32)
    crest.fill(QColor(Qt.GlobalColor.darkRed))
    own_branding(resources / "branding", "Royal Borough of Testshire", crest)
    monkeypatch.setattr(branding, "resources_dir", lambda: resources)
    pdf = render_pdf(consent.document, consent.seal, consent.audit)
    pages = pages_of(pdf)
    for number, page in enumerate(pages, 1):
        assert "Royal Borough of Testshire" in page, f"page {number}"
        assert "Children and Families" in page
        assert "Children's Services" not in page
    listed = subprocess.run(
        ["pdfimages", "-list", "-"], input=pdf, capture_output=True, check=True, timeout=60
    ).stdout.decode()
    crests = [line for line in listed.splitlines()[2:] if line.split()[3:5] == ["90", "60"]]
    assert len(crests) == len(pages)


@pytest.mark.parametrize(
    "content",
    [
        "not json",
        '{"format": "cssw.branding/1", "council_name": "", "service_name": "x"}',
        '{"format": "cssw.branding/1", "council_name": "A\u202eB", "service_name": "x"}',
        '{"format": "cssw.branding/1", "council_name": "A", "service_name": "x",'
        ' "logo": "../../etc/passwd.png"}',
        '{"format": "cssw.branding/1", "council_name": "A", "service_name": "x",'
        ' "logo": "missing.png"}',
        '{"format": "other", "council_name": "A", "service_name": "x"}',
    ],
)
def test_a_broken_branding_file_makes_no_pdf(
    qapp: object,
    consent: SampleRecord,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    content: str,
) -> None:
    """No PDF is made under a wrong or half-read council identity: a plain reason."""
    folder = tmp_path / "resources" / "branding"
    folder.mkdir(parents=True)
    (folder / "branding.json").write_text(content, encoding="utf-8")
    monkeypatch.setattr(branding, "resources_dir", lambda: tmp_path / "resources")
    with pytest.raises(PdfError, match="branding"):
        render_pdf(consent.document, consent.seal, consent.audit)
