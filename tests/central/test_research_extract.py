"""The anonymised research extract from real uploaded records on real PostgreSQL: only
families whose consent now says Yes to research, no identifier of any family, small cells
suppressed (and reported by count only), months and age bands."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
import stat
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from cssw_central.infra.tables import AuditEntry
from cssw_central.services.research_extract import age_band
from cssw_core.domain.agencies import Agency
from cssw_core.domain.consent import Answer, NotSought
from cssw_core.domain.family import Child, Family
from tests.support.central import run_cli
from tests.support.research_families import (
    research_draft,
    upload_research_consent,
    upload_research_withdrawal,
)
from tests.support.sealed_documents import SealedDocument
from tests.support.service import Laptop, Service

MARCH_2 = date(2026, 3, 2)
MARCH_31 = date(2026, 3, 31)
APRIL_1 = date(2026, 4, 1)


@pytest.fixture
def service_time() -> datetime:
    """Central's clock after every record of these tests was sealed."""
    return datetime.fromisoformat("2026-11-30T12:00:00+00:00")


@dataclass
class Population:
    """Every family uploaded, and every id and record made, to search the extract for."""

    families: list[Family] = field(default_factory=list)
    sealed: list[SealedDocument] = field(default_factory=list)

    def add(self, family: Family) -> Family:
        self.families.append(family)
        return family


def new_family(population: Population, surname: str, n: int, *born: date) -> Family:
    children = tuple(
        Child(f"{first} {surname}", "Female" if i % 2 else "Male", dob)
        for i, (first, dob) in enumerate(zip(("Isolde", "Rafe", "Wren"), born, strict=False))
    )
    return population.add(
        Family(
            surname,
            f"{n} Marlpit Lane, Demoford DM{n} 7QX",
            f"CSSW-77{n:04d}",
            "Jaspreet Patel",
            children,
        )
    )


def consent(worker: Laptop, population: Population, fam: Family, day: date, **answers: Any) -> None:
    population.sealed.append(
        upload_research_consent(worker, fam, research_draft(fam, day, **answers))
    )


def set_case_type(service: Service, fam: Family, case_type: str) -> None:
    status, _out, err = run_cli(
        "admin", "case", "set", str(fam.id), "--type", case_type, "--database-url", service.url
    )
    assert status == 0, err


@pytest.fixture
def population(service: Service, wendy: Laptop) -> Population:
    people = Population()
    # Included: six families of one child aged 5-9 in March (three refuse the police)...
    surnames = ("Lindqvist", "Okonkwo", "Brannigan", "Castellanos", "Fairweather", "Haverford")
    for n, surname in enumerate(surnames, start=1):
        fam = new_family(people, surname, n, date(2018, 7, n + 10))
        day = MARCH_2 if n % 2 else MARCH_31
        consent(wendy, people, fam, day, refuse=(Agency.POLICE,) if n <= 3 else ())
        set_case_type(service, fam, "child_in_need")
    # ... a family whose young person (14) says No to research for themselves: only
    # their little brother (3) is counted ...
    fam = new_family(people, "Pemberton-Quayle", 7, date(2012, 1, 9), date(2022, 5, 5))
    consent(
        wendy, people, fam, date(2026, 3, 20), young_research={"Isolde Pemberton-Quayle": Answer.NO}
    )
    # ... and two families of two children (3 and 11) on the first of April.
    for n, surname in ((8, "Thistlewood"), (9, "Zamora-Vance")):
        fam = new_family(people, surname, n, date(2023, 1, 20), date(2014, 11, 11))
        consent(wendy, people, fam, APRIL_1)
    # Left out: two said No, one withdrew research, and one whose only child (15) withdrew
    # their own. All aged 13 or over and adoption cases, which no included family is.
    for n, surname in ((10, "Ravensworth"), (11, "Kilbride-Usher")):
        fam = new_family(people, surname, n, date(2009, 8, 8))
        consent(wendy, people, fam, date(2026, 3, 10), research=Answer.NO)
        set_case_type(service, fam, "adoption")
    fam = new_family(people, "Ottoline", 12, date(2009, 10, 10))
    consent(wendy, people, fam, date(2026, 3, 12))
    people.sealed.append(upload_research_withdrawal(wendy, fam, date(2026, 5, 1)))
    set_case_type(service, fam, "adoption")
    fam = new_family(people, "Quennell", 13, date(2011, 2, 2))
    consent(wendy, people, fam, date(2026, 3, 15))
    people.sealed.append(
        upload_research_withdrawal(wendy, fam, date(2026, 6, 1), young_person=fam.children[0])
    )
    set_case_type(service, fam, "adoption")
    return people


def extract(service: Service, out: Path, *options: str) -> tuple[int, str, str]:
    return run_cli(
        "admin", "research-extract", "--out", str(out), "--database-url", service.url, *options
    )


def made(service: Service, out: Path, *options: str) -> dict[str, Any]:
    status, said, err = extract(service, out, *options)
    assert status == 0, err
    assert "Extract written" in said
    document: dict[str, Any] = json.loads(out.read_text("utf-8"))
    return document


def table(document: dict[str, Any], name: str, row: str = "all") -> dict[str, Any]:
    found: list[dict[str, Any]] = [r for r in document["tables"][name] if r["row"] == row]
    assert len(found) == 1
    return found[0]


def identifiers(population: Population) -> list[str]:
    """Every name, address, reference, id and date of birth (ISO and UK) of the families."""
    found = ["Grace Okafor", "Jaspreet Patel", "Wendy Worker", "Marlpit", "Demoford"]
    for fam in population.families:
        found += [fam.family_name, fam.address, fam.case_reference, str(fam.id)]
        for child in fam.children:
            dob = child.date_of_birth
            found += [child.name, child.name.split()[0], str(child.id), dob.isoformat()]
            found += [dob.strftime("%d/%m/%Y"), f"{dob.day}/{dob.month}/{dob.year}"]
            found += [dob.strftime("%d %B %Y"), dob.strftime("%d.%m.%Y")]
    for sealed in population.sealed:
        found += [sealed.record_id, sealed.seal.content_hash]
    return found


def test_the_extract_holds_no_identifier_of_any_family(service, population, tmp_path):
    for name in ("extract.json", "extract.csv"):
        out = tmp_path / name
        status, _said, err = extract(service, out)
        assert status == 0, err
        text = out.read_text("utf-8")
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
        lowered = text.lower()
        leaked = [value for value in identifiers(population) if value.lower() in lowered]
        assert leaked == [], name
        assert not re.search(r"\d{4}-\d{2}-\d{2}", text)  # no exact date of any kind
        assert not re.search(r"\d{1,2}/\d{1,2}/\d{2,4}", text)
        assert not re.search(r"[0-9a-f]{8}-[0-9a-f]{4}-", text)  # no id of anything


def test_only_families_saying_yes_to_research_now_are_counted(service, population, tmp_path):
    out = tmp_path / "extract.json"
    status, said, err = extract(service, out)
    assert status == 0, err
    assert (
        "Families included: 9; left out: 4 (said no 2, withdrew 1, young people said no 1)." in said
    )
    # The young person's own No leaves them out (Isolde, 14; Quennell's only child, 15).
    assert "young people left out for their own No: 2." in said
    document = json.loads(out.read_text("utf-8"))
    assert document["families"] == {"included": 9, "excluded": 4}
    # In the file, the small counts of those left out are suppressed too.
    assert table(document, "families_left_out")["counts"] == {
        "said_no": None,
        "withdrew": None,
        "not_answered": 0,
        "no_consent_record": 0,
        "outside_months": 0,
        "young_people_said_no": None,
        "restricted": 0,
    }
    assert table(document, "young_people_left_out")["counts"] == {"young_people": None}
    assert document["children_included"] == 11
    ages = table(document, "children_by_age_band")["counts"]
    assert ages == {"0-4": None, "5-9": 6, "10-12": None, "13-15": 0, "16-17": 0}
    # Nothing of the adoption cases, all left out, is counted.
    assert table(document, "case_type")["counts"]["adoption"] == 0
    assert table(document, "share_with", "health") == {
        "row": "health",
        "counts": {"yes": 9, "no": 0, "unanswered": 0},
        "yes_rate": 1.0,
    }


def test_small_cells_and_the_cells_that_reveal_them_are_suppressed(service, population, tmp_path):
    document = made(service, tmp_path / "extract.json")
    # Police: 6 Yes, 3 No. The 3 is small; the 6 would give it back from the total of 9.
    assert table(document, "share_with", "police") == {
        "row": "police",
        "counts": {"yes": None, "no": None, "unanswered": 0},
        "yes_rate": None,
    }
    assert table(document, "consents_by_month")["counts"] == {"2026-03": None, "2026-04": None}
    assert table(document, "children_per_family")["counts"] == {
        "1": None, "2": None, "3": 0, "4+": 0,
    }  # fmt: skip
    assert table(document, "case_type")["counts"] == {
        "child_in_need": None,
        "child_protection": 0,
        "looked_after": 0,
        "adoption": 0,
        "adopter_not_approved": 0,
        "not_set": None,
    }
    report = document["suppression"]
    assert report == {
        "min_cell": 5,
        "cells_suppressed": 16,
        "primary": 11,
        "complementary": 5,
        "rates_withheld": 2,
        "by_table": {
            "ask_for_information": 2,
            "case_type": 2,
            "children_by_age_band": 2,
            "children_per_family": 2,
            "consents_by_month": 2,
            "families_left_out": 3,
            "share_with": 2,
            "young_people_left_out": 1,
        },
    }
    # The report holds counts of cells only: no table's values.
    assert set(report) == {
        "min_cell",
        "cells_suppressed",
        "primary",
        "complementary",
        "rates_withheld",
        "by_table",
    }
    # A lower threshold shows them.
    lower = made(service, tmp_path / "lower.json", "--min-cell", "2")
    assert table(lower, "share_with", "police")["counts"] == {"yes": 6, "no": 3, "unanswered": 0}
    assert table(lower, "share_with", "police")["yes_rate"] == pytest.approx(0.667)
    assert table(lower, "consents_by_month")["counts"] == {"2026-03": 7, "2026-04": 2}
    assert lower["suppression"]["by_table"] == {"families_left_out": 2}  # withdrew 1, and one more


def test_consents_are_counted_by_the_month_of_the_form(service, population, tmp_path):
    march = made(
        service, tmp_path / "march.json", "--month-from", "2026-03", "--month-to", "2026-03"
    )
    assert march["families"] == {"included": 7, "excluded": 6}  # 31 March in, 1 April out
    assert table(march, "consents_by_month")["counts"] == {"2026-03": 7}
    april = made(service, tmp_path / "april.json", "--month-from", "2026-04", "--min-cell", "2")
    assert april["families"]["included"] == 2
    assert table(april, "consents_by_month")["counts"] == {"2026-04": 2}
    assert april["months"] == {"from": "2026-04", "to": None}


def test_the_csv_holds_the_same_values(service, population, tmp_path):
    out = tmp_path / "extract.csv"
    status, _said, err = extract(service, out)
    assert status == 0, err
    rows = list(csv.reader(io.StringIO(out.read_text("utf-8"))))
    assert rows[0] == ["table", "row", "column", "value"]
    values = {(t, r, c): v for t, r, c, v in rows[1:]}
    assert values[("extract", "all", "families.included")] == "9"
    assert values[("share_with", "police", "yes")] == "suppressed"
    assert values[("share_with", "police", "yes_rate")] == "suppressed"
    assert values[("share_with", "health", "yes_rate")] == "1.0"
    assert values[("children_by_age_band", "all", "5-9")] == "6"
    assert values[("suppression", "all", "cells_suppressed")] == "16"


def test_the_extract_is_audited_with_counts_only(service, population, tmp_path):
    made(service, tmp_path / "extract.json")
    with service.session() as session:
        (entry,) = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "research_extract")
        ).all()
    detail = json.loads(entry.detail_json)
    assert detail["families_included"] == 9
    assert detail["families_excluded"] == 4
    assert detail["cells_suppressed"] == 16
    assert entry.subject == ""
    text = entry.detail_json + entry.actor
    assert [v for v in identifiers(population) if v.lower() in text.lower()] == []


@pytest.mark.parametrize(
    ("options", "words"),
    [
        (("--min-cell", "1"), "--min-cell must be 2 or more"),
        (("--month-from", "2026-13"), "Give a month as YYYY-MM"),
        (("--month-from", "2026-05", "--month-to", "2026-04"), "--month-from is after"),
    ],
)
def test_bad_options_are_refused_in_plain_words_and_write_nothing(
    service, tmp_path, options, words
):
    out = tmp_path / "extract.json"
    status, _said, err = extract(service, out, *options)
    assert status == 1
    assert words in err
    assert "Traceback" not in err
    assert not out.exists()


def test_an_existing_file_is_never_overwritten(service, tmp_path):
    out = tmp_path / "extract.json"
    out.write_text("kept")
    status, _said, err = extract(service, out)
    assert status == 1
    assert "never overwrites" in err
    assert out.read_text() == "kept"


def test_a_child_turning_13_on_the_day_is_counted_13_to_15(service, wendy, tmp_path):
    day = date(2026, 9, 15)
    for n in range(2):  # turning 13 on the form's date: 13-15
        fam = Family(
            f"Edge{n}",
            "1 Edge Row",
            "CSSW-1",
            "Jaspreet Patel",
            (Child(f"Teen{n} Edge", "Male", date(2013, 9, 15)),),
        )
        upload_research_consent(wendy, fam, research_draft(fam, day))
    for n in range(2):  # turning 13 the day after: still 10-12
        fam = Family(
            f"Near{n}",
            "2 Near Row",
            "CSSW-2",
            "Jaspreet Patel",
            (Child(f"Kid{n} Near", "Male", date(2013, 9, 16)),),
        )
        upload_research_consent(wendy, fam, research_draft(fam, day))
    document = made(service, tmp_path / "edge.json", "--min-cell", "2")
    assert table(document, "children_by_age_band")["counts"] == {
        "0-4": 0, "5-9": 0, "10-12": 2, "13-15": 2, "16-17": 0,
    }  # fmt: skip


def test_a_child_who_withdraws_research_at_13_after_the_form_is_left_out(service, wendy, tmp_path):
    day = date(2026, 3, 10)
    families = [
        Family(
            f"Later{n}",
            "3 Later Row",
            "CSSW-3",
            "Jaspreet Patel",
            (
                Child(f"Older{n} Later", "Male", date(2013, 9, 20)),  # 12 on the form's date
                Child(f"Younger{n} Later", "Female", date(2019, 1, 1)),
            ),
        )
        for n in range(3)
    ]
    for fam in families:
        upload_research_consent(wendy, fam, research_draft(fam, day))
    # Turned 13 on 20 September; withdraws research for themselves in October.
    upload_research_withdrawal(
        wendy, families[0], date(2026, 10, 1), young_person=families[0].children[0]
    )
    out = tmp_path / "later.json"
    status, said, err = extract(service, out, "--min-cell", "2")
    assert status == 0, err
    assert "young people left out for their own No: 1." in said
    document = json.loads(out.read_text("utf-8"))
    assert document["families"] == {"included": 3, "excluded": 0}
    assert table(document, "children_by_age_band")["counts"] == {
        "0-4": 0, "5-9": 3, "10-12": 2, "13-15": 0, "16-17": 0,
    }  # fmt: skip


def test_unanswered_returned_and_not_sought_families(service, wendy, tara, tmp_path):
    day = date(2026, 3, 10)

    def fam(n: int, *born: date) -> Family:
        children = tuple(Child(f"Kid{n}{i} Other", "Male", b) for i, b in enumerate(born))
        return Family(f"Other{n}", "4 Other Row", "CSSW-4", "Jaspreet Patel", children)

    unanswered = fam(1, date(2018, 1, 1))
    upload_research_consent(wendy, unanswered, research_draft(unanswered, day, research=None))
    returned = fam(2, date(2018, 1, 1))
    sealed = upload_research_consent(wendy, returned, research_draft(returned, day))
    comment = {"comment": "Please check the date."}
    assert tara.post(f"/v1/review/{sealed.record_id}/1/return", comment).status_code == 200
    # A young person (15) whose own consent was not sought: the family's Yes stands.
    not_sought = fam(3, date(2011, 1, 1))
    draft = research_draft(not_sought, day)
    teen = not_sought.children[0]
    draft = dataclasses.replace(
        draft, young_person_consents={teen.id: NotSought("Not able to take part today")}
    )
    upload_research_consent(wendy, not_sought, draft, young_signs=False)
    out = tmp_path / "other.json"
    status, said, err = extract(service, out, "--min-cell", "2")
    assert status == 0, err
    assert "left out: 2 (not answered 1, no consent record 1)." in said
    document = json.loads(out.read_text("utf-8"))
    assert document["families"] == {"included": 1, "excluded": 2}
    assert document["children_included"] == 1
    assert "Not able" not in out.read_text("utf-8")


@pytest.mark.parametrize(
    ("born", "on", "band"),
    [
        (date(2021, 6, 1), date(2026, 5, 31), "0-4"),
        (date(2021, 6, 1), date(2026, 6, 1), "5-9"),
        (date(2016, 6, 1), date(2026, 6, 1), "10-12"),
        (date(2013, 6, 2), date(2026, 6, 1), "10-12"),
        (date(2013, 6, 1), date(2026, 6, 1), "13-15"),
        (date(2010, 6, 1), date(2026, 6, 1), "16-17"),
        (date(2008, 6, 1), date(2026, 6, 1), "18+"),
        (date(2012, 2, 29), date(2025, 2, 28), "10-12"),  # 13 on 1 March in a common year
        (date(2012, 2, 29), date(2025, 3, 1), "13-15"),
    ],
)
def test_age_bands_at_their_edges(born, on, band):
    assert age_band(born, on) == band


def test_an_empty_central_gives_an_empty_extract(service, tmp_path):
    document = made(service, tmp_path / "empty.json")
    assert document["families"]["included"] == 0
    assert document["suppression"]["cells_suppressed"] == 0


def test_a_restricted_family_is_left_out_until_the_restriction_is_lifted(service, wendy, tmp_path):
    day = date(2026, 9, 15)
    families = []
    for n in range(4):
        fam = Family(
            f"Held{n}", "3 Held Row", "CSSW-3", "Jaspreet Patel",
            (Child(f"Kid{n} Held", "Female", date(2018, 1, 1)),),
        )  # fmt: skip
        upload_research_consent(wendy, fam, research_draft(fam, day))
        families.append(fam)
    restricted = [str(f.id) for f in families[:2]]

    def rights(op: str) -> None:
        for family_id in restricted:
            status, _out, err = run_cli(
                "admin", "rights", "--database-url", service.url, op, family_id, "--by", "DPO"
            )
            assert status == 0, err

    rights("restrict")
    document = made(service, tmp_path / "held.json", "--min-cell", "2")
    assert table(document, "families_left_out")["counts"]["restricted"] == 2
    assert document["families"] == {"included": 2, "excluded": 2}
    rights("lift")
    document = made(service, tmp_path / "lifted.json", "--min-cell", "2")
    assert table(document, "families_left_out")["counts"]["restricted"] == 0
    assert document["families"] == {"included": 4, "excluded": 0}
