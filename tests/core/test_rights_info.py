"""The family's rights and who to contact (resources/rights/rights.json): the shipped file
loads, every contact in it is the council's own word for word, and a broken file is
refused in plain words naming the file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

import cssw_core.rights_info as rights_info
from cssw_core.rights_info import (
    RIGHTS_FILE,
    RightsInfoInvalid,
    load_rights_info,
    rights_paragraphs,
    rights_title,
)
from tests.support.seed_leaflet import LEAFLET_SEED, NOTICE_SEED, normalised

SHIPPED = rights_info.rights_dir() / RIGHTS_FILE


def shipped() -> dict[str, Any]:
    data = json.loads(SHIPPED.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_the_shipped_file_loads_with_the_notices_contacts() -> None:
    info = load_rights_info()
    assert info.dpo_name == "Andrew Maughan, Borough Solicitor"
    assert info.dpo_email == "dpo@camden.gov.uk"
    assert info.information_rights_email == "dpa@camden.gov.uk"
    assert info.ico_phone == "0303 123 1113"
    # The notice's ICO address (the leaflet says www.ico.org.uk): contacts follow the notice.
    assert info.ico_website == "https://ico.org.uk/"


def test_every_contact_shown_is_in_the_councils_documents_word_for_word() -> None:
    notice = normalised(NOTICE_SEED.read_text(encoding="utf-8"))
    leaflet = normalised(LEAFLET_SEED.read_text(encoding="utf-8"))
    info = load_rights_info()
    for detail in info.contact_details():
        # The notice for every contact; the leaflet gives only the records email too.
        assert detail in notice, detail
    assert info.request_email in leaflet
    shown = " ".join(rights_paragraphs(info))
    for detail in info.contact_details():
        assert detail in shown, detail


def test_the_words_around_the_contacts_are_translated_the_contacts_are_not() -> None:
    info = load_rights_info()
    marked = rights_paragraphs(info, lambda context, text: f"[{context}] {text}")
    assert all(p.startswith("[RightsInfo] ") for p in marked)
    assert rights_title(lambda c, t: t.upper()) == "YOUR RIGHTS AND WHO TO CONTACT"
    upper = " ".join(rights_paragraphs(info, lambda c, t: t.upper()))
    for detail in info.contact_details():
        assert detail in upper, detail


def test_a_replaced_file_is_read_the_next_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = shipped()
    data["data_protection_officer"]["email"] = "officer@testshire.example"
    (tmp_path / RIGHTS_FILE).write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(rights_info, "rights_dir", lambda: tmp_path)
    info = load_rights_info()
    assert info.dpo_email == "officer@testshire.example"
    assert "officer@testshire.example" in " ".join(rights_paragraphs(info))


def broken(change: str) -> str:
    data = shipped()
    if change == "no ico":
        del data["ico"]
    elif change == "empty phone":
        data["ico"]["phone"] = "  "
    elif change == "number":
        data["ico"]["phone"] = 3031231113
    elif change == "hidden":
        data["data_protection_officer"]["email"] = "dpo@camden\u202e.gov.uk"
    elif change == "long":
        data["records_request"]["web_form"] = "x" * 500
    elif change == "no email":
        del data["information_rights"]["email"]
    elif change == "format":
        data["format"] = "cssw.rights/0"
    return json.dumps(data)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("not json", "is not valid JSON"),
        ("[]", "is not in the cssw.rights/1 format"),
        (broken("format"), "is not in the cssw.rights/1 format"),
        (broken("no ico"), "ico in .* is missing"),
        (broken("empty phone"), "ico.phone in .* is empty"),
        (broken("number"), "ico.phone in .* must be text"),
        (broken("hidden"), "data_protection_officer.email in .* hidden characters"),
        (broken("long"), "records_request.web_form in .* too long"),
        (broken("no email"), "information_rights.email in .* is missing"),
        ("x" * 20_000, "is too large"),
    ],
)
def test_a_broken_file_is_refused_in_plain_words_naming_the_file(
    tmp_path: Path, content: str, reason: str
) -> None:
    (tmp_path / RIGHTS_FILE).write_text(content, encoding="utf-8")
    with pytest.raises(RightsInfoInvalid, match=reason) as refused:
        load_rights_info(tmp_path)
    assert str(tmp_path / RIGHTS_FILE) in str(refused.value)


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(RightsInfoInvalid, match="cannot be read"):
        load_rights_info(tmp_path)


def test_the_file_ships_beside_the_other_resources(tmp_path: Path) -> None:
    shutil.copy(SHIPPED, tmp_path / RIGHTS_FILE)
    assert load_rights_info(tmp_path) == load_rights_info()
