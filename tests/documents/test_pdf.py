"""The sealed record's PDF: what a judge reads must match what was sealed, on every page."""

from __future__ import annotations

import copy
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from bench.pdf import SampleRecord, sample_consent, sample_withdrawal
from cssw_core.domain.agencies import AGENCIES
from cssw_core.domain.consent import ConsentRecordDraft
from cssw_core.domain.family import Child
from cssw_core.domain.sealing import DeviceKey
from cssw_core.domain.signature import Signature
from cssw_desktop.ui.visit.typed_signature import typed_signature
from cssw_documents.pdf import PdfError, render_pages, render_pdf
from tests.support.leaks import CANARIES, files_under, redirect_temp
from tests.support.pdf import pdf_pages, pdf_text

REPO = Path(__file__).resolve().parents[2]


def between(text: str, start: str, end: str) -> str:
    return text[text.index(start) : text.index(end, text.index(start))]


def first_line(label: str) -> str:
    """The part of an agency's name on the first line of its cell (a long name wraps)."""
    return "Education (including early" if label.startswith("Education") else label


def grid_answers(section: str) -> dict[str, str]:
    """Each agency's Yes/No as printed beside its name in one grid: both words, one
    ticked."""
    found = {}
    for agency in AGENCIES:
        name = re.escape(first_line(agency.label))
        hits = re.findall(rf"(?<![A-Za-z]){name} +(✔ )?Yes +(✔ )?No\b", section)
        assert len(hits) == 1, f"{agency.label}: {hits}"
        (yes, no), *_ = hits
        assert bool(yes) != bool(no), f"{agency.label}: exactly one of Yes and No is ticked"
        found[agency.value] = "Yes" if yes else "No"
    return found


@pytest.fixture(scope="module")
def consent() -> SampleRecord:
    return sample_consent(points_per_signature=300)


def test_consent_pdf_reads_like_the_form(qapp: object, consent: SampleRecord) -> None:
    pdf = render_pdf(consent.document, consent.seal, consent.audit)
    assert pdf.startswith(b"%PDF-")
    text = pdf_text(pdf)
    record = ConsentRecordDraft.from_json(consent.document["record"])

    assert "Consent to information sharing" in text
    givers = text[: text.index("Young people's own consent")]
    for agency in AGENCIES:  # both grids list every agency, and nothing else names them
        name = re.escape(first_line(agency.label))
        assert len(re.findall(rf"(?<![A-Za-z]){name}(?![A-Za-z])", givers)) == 2
    share = between(text, "CSSW may share information with:", "CSSW may approach")
    approach = between(text, "CSSW may approach for information:", "Please note that")
    assert grid_answers(share) == {
        a.value: "Yes" if v.value == "yes" else "No" for a, v in record.share_with.items() if v
    }
    assert grid_answers(approach) == {
        a.value: "Yes" if v.value == "yes" else "No" for a, v in record.approach.items() if v
    }
    assert grid_answers(share) != grid_answers(approach)  # the sample tells them apart

    assert consent.document["family"]["family_name"] in text
    assert record.consent_giver_name in text
    for child in record.covered_children:
        assert re.search(
            rf"{re.escape(child.name)}\s+{re.escape(child.gender)}\s+"
            rf"{child.date_of_birth:%d/%m/%Y}",
            text,
        )
    assert re.search(r"Parental consent:\s+✔ Yes\s+No\s+given by a person with parental", text)
    assert re.search(r"Young person's consent:\s+Yes\s+✔ No\s+given by a young person", text)
    assert "Chidi Okafor-Lindqvist, aged 14 – own answer" in text
    assert re.search(r"A record of reviews:\s+Yes\s+✔ No", text)
    assert re.search(r"Assessments:\s+✔ Yes\s+No", text)
    assert re.search(r"Research consent:\s+Yes\s+✔ No\s+anonymised", text)
    assert "Yes – language: Yoruba" in text
    assert re.search(r"Language of the visit:\s+English \(en\)", text)
    assert "The following information has been explained to me:" in text
    assert text.count("explained 1") == 7
    assert record.leaflet_hash in text
    assert "where we have concerns about your child's safety" in " ".join(text.split())
    assert "Signature of person giving consent" in text
    assert "What happened during the visit" in text
    assert "Step 2 of 8 completed: Who is here" in text
    for entry in consent.audit:
        assert entry.action not in text  # said in words, never as a code
    assert consent.seal.signature[:64] in text

    pages = text.split("\f")
    pages = [p for p in pages if p.strip()]
    assert len(pages) == pdf_pages(pdf) >= 3
    code = consent.seal.content_hash[:4]
    for number, page in enumerate(pages, 1):
        assert f"Check code: {code} " in page, f"page {number} lacks the check code"
        assert record.id.hex[:8] in page.replace("-", "")
        assert f"Page {number} of {len(pages)}" in page
        assert "Children's Services" in page  # the council's name (resources/branding)
    assert "laptop-0042" in pages[-1]


def test_signature_images_are_embedded_losslessly(qapp: object, consent: SampleRecord) -> None:
    pdf = render_pdf(consent.document, consent.seal, consent.audit)
    done = subprocess.run(
        ["pdfimages", "-list", "-"], input=pdf, capture_output=True, check=True, timeout=60
    )
    images = [line.split() for line in done.stdout.decode().splitlines()[2:]]
    logo = ("240", "240")  # resources/branding/logo.png, in every page's header
    pictures = [row for row in images if row[2] == "image" and (row[3], row[4]) != logo]
    assert len(pictures) == len(consent.document["signatures"]) == 3
    assert all(row[8] != "jpeg" for row in pictures)


def test_withdrawal_renders(qapp: object) -> None:
    sample = sample_withdrawal()
    text = pdf_text(render_pdf(sample.document, sample.seal, sample.audit))
    assert "Withdrawal of consent" in text
    share = between(text, "no longer share information with:", "no longer approach")
    assert "Police" in share
    assert "Housing" in share
    assert "Health" not in share
    approach = between(text, "no longer approach for information:", "Details")
    assert "Police" in approach
    assert "Housing" not in approach
    assert "Phone" in text
    assert "Would rather speak to the police herself." in text
    assert "I confirm the family told me this themselves." in " ".join(text.split())
    assert sample.seal.content_hash in text
    assert "How this withdrawal was recorded" in text
    assert "visit" not in text.lower().replace("revisit", "")


def test_render_writes_nothing_to_disk(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = redirect_temp(monkeypatch, tmp_path / "tmp")
    monkeypatch.chdir(tmp_path)
    sample = sample_consent(
        200,
        family_name=CANARIES[0],
        giver=CANARIES[1],
        address=CANARIES[2],
        case_reference=CANARIES[3],
        children=(Child(f"{CANARIES[0]} Junior", "Female", date(2012, 1, 1)),),
    )
    pdf = render_pdf(sample.document, sample.seal, sample.audit)
    assert CANARIES[0] in pdf_text(pdf)
    assert files_under(temp) == []
    assert files_under(tmp_path) == []


def test_a_document_that_is_not_a_sealed_record_is_refused(
    qapp: object, consent: SampleRecord
) -> None:
    with pytest.raises(PdfError):
        render_pdf({"format": "something-else"}, consent.seal, consent.audit)
    with pytest.raises(PdfError):
        render_pdf(dict(consent.document, kind="letter"), consent.seal, consent.audit)


def ink_share(image: QImage) -> float:
    """The share of sampled pixels that are not white (something was drawn)."""
    samples = [
        image.pixelColor(x, y)
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
    ]
    return sum(c != QColor(255, 255, 255) for c in samples) / len(samples)


@pytest.mark.parametrize("kind", ["consent", "withdrawal"])
def test_preview_pages_are_the_pdfs_pages(
    qapp: object, consent: SampleRecord, kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """render_pages draws the PDF's pages: as many, A4 at the resolution asked for, inked."""
    sample = consent if kind == "consent" else sample_withdrawal()
    temp = redirect_temp(monkeypatch, tmp_path / "tmp")
    monkeypatch.chdir(tmp_path)
    pages = render_pages(sample.document, sample.seal, sample.audit, dpi=100)
    assert files_under(temp) == []
    assert files_under(tmp_path) == []
    pdf = render_pdf(sample.document, sample.seal, sample.audit)
    assert len(pages) == pdf_pages(pdf) >= 2
    assert len(render_pages(sample.document, sample.seal, sample.audit, dpi=37)) == len(pages)
    for page in pages:
        assert (page.width(), page.height()) == (827, 1169)  # A4 at 100 dpi
        assert page.logicalDpiX() == page.logicalDpiY() == 100
        assert 0.005 < ink_share(page) < 0.5
    # The footer's rule sits where the PDF puts it: 27 mm above the bottom edge, then 5 mm.
    rule_y = round((841.89 - 22 * 72 / 25.4) / 72 * 100)
    rule = [
        min(pages[0].pixelColor(x, y).lightness() for y in range(rule_y - 1, rule_y + 2))
        for x in range(100, 700, 50)
    ]
    assert max(rule) < 200, rule


def test_preview_refuses_what_the_pdf_refuses(qapp: object, consent: SampleRecord) -> None:
    with pytest.raises(PdfError):
        render_pages({"format": "something-else"}, consent.seal, consent.audit)
    with pytest.raises(PdfError):
        render_pages(consent.document, consent.seal, consent.audit, dpi=0)


def test_command_line_can_render_without_a_gui(tmp_path: Path) -> None:
    """ensure_gui_app makes an offscreen QGuiApplication in a process that has none."""
    script = (
        "import sys\n"
        "from cssw_documents.pdf import ensure_gui_app, render_pdf\n"
        "from bench.pdf import sample_consent\n"
        "app = ensure_gui_app()\n"
        "assert ensure_gui_app() is app\n"
        "s = sample_consent(50)\n"
        "sys.stdout.buffer.write(render_pdf(s.document, s.seal, s.audit))\n"
    )
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO), "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, env=env, cwd=REPO, timeout=120
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    assert "Consent to information sharing" in pdf_text(done.stdout)


def test_a_typed_signature_is_printed_as_typed(qapp: object) -> None:
    sample = sample_consent(points_per_signature=300)
    document = copy.deepcopy(sample.document)
    parent = Signature.from_json(document["signatures"][0])
    document["signatures"][0] = typed_signature(
        parent.role, parent.signer_name, parent.signer_name, parent.signed_at
    ).to_json()
    key = DeviceKey("laptop-0042", DeviceKey.new_private_bytes())
    document["device_public_key"] = key.public_key
    text = pdf_text(render_pdf(document, key.seal(document), sample.audit))
    words = " ".join(text.split())
    typed = f"Typed signature: the signer typed “{parent.signer_name}” on the keyboard (no ink)."
    assert typed in words
    assert words.count("Ink:") == 2  # the young person's and the interpreter's, drawn


def test_a_record_held_from_year_0001_still_renders(qapp: object, consent: SampleRecord) -> None:
    """Central may hold a record from before its time bounds; the lead's laptop still draws
    it (year 0001 cannot be moved into UK time: it is shown in UTC)."""
    document = copy.deepcopy(consent.document)
    document["sealed_at"] = "0001-01-01T00:00:00.000000Z"
    document["signatures"][0]["signed_at"] = "0001-01-01T00:00:00.000000Z"
    document["record"]["visit_start"] = "0001-01-01T00:00:00.000000Z"
    document["record"]["visit_end"] = "0001-01-01T01:00:00.000000Z"
    pdf = render_pdf(document, consent.seal, consent.audit)
    assert pdf.startswith(b"%PDF-")
    assert "01/01/1 00:00:00 UTC" in pdf_text(pdf)
