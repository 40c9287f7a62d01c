"""Families and their children, and the plain-words checks on what a worker types."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from cssw_core.domain import fields
from cssw_core.domain.age import age_on, needs_young_person_consent
from cssw_core.domain.i18n import QT_TRANSLATE_NOOP, Translate, fill, untranslated

MAX_NAME = fields.MAX_NAME  # the shared rules (cssw_core.domain.fields), central's too
MAX_ADDRESS = fields.MAX_ADDRESS
MAX_CASE_REFERENCE = fields.MAX_CASE_REFERENCE
MAX_GENDER = fields.MAX_GENDER
OLDEST_CHILD_YEARS = 25  # care leavers can be supported to 25; older is a typing slip


def new_id() -> uuid.UUID:
    """A fresh random identifier for a family, child or record."""
    return uuid.uuid4()


@dataclass(frozen=True, slots=True)
class Child:
    """A child in the family, as the consent form lists them."""

    name: str
    gender: str
    date_of_birth: date
    id: uuid.UUID = field(default_factory=new_id)

    def age_on(self, day: date) -> int:
        return age_on(self.date_of_birth, day)

    def needs_own_consent(self, visit_date: date) -> bool:
        """13 or over on the visit date: their own consent is sought."""
        return needs_young_person_consent(self.date_of_birth, visit_date)


@dataclass(frozen=True, slots=True)
class Family:
    """A family a worker visits. Children are kept in the order the worker entered them."""

    family_name: str
    address: str = ""
    case_reference: str = ""
    allocated_worker: str = ""
    children: tuple[Child, ...] = ()
    id: uuid.UUID = field(default_factory=new_id)
    updated_at: datetime | None = None

    def with_children(self, children: tuple[Child, ...]) -> Family:
        return replace(self, children=children)


@dataclass(frozen=True, slots=True)
class FieldProblem:
    """One thing wrong with what was typed: which field, and what to do about it."""

    field: str
    message: str


def _text_problems(
    value: str,
    field_name: str,
    label: str,
    limit: int,
    *,
    required: bool,
    multiline: bool = False,
    translate: Translate = untranslated,
) -> list[FieldProblem]:
    text = value.strip()
    label = translate("FamilyProblem", label)
    if required and not text:
        return [
            FieldProblem(
                field_name, fill(translate("FamilyProblem", "Please enter the %1."), label)
            )
        ]
    if len(text) > limit:
        too_long = translate("FamilyProblem", "The %1 is too long: keep it to %2 characters.")
        return [FieldProblem(field_name, fill(too_long, label, limit))]
    if fields.has_hidden_characters(text, multiline=multiline):
        hidden = translate(
            "FamilyProblem", "The %1 contains hidden or control characters. Please type it again."
        )
        return [FieldProblem(field_name, fill(hidden, label))]
    return []


def child_problems(
    child: Child, today: date, prefix: str = "child", translate: Translate = untranslated
) -> list[FieldProblem]:
    """What is wrong with a child's details, in words a worker can act on (in English
    unless a `translate` is given)."""
    problems = _text_problems(
        child.name,
        f"{prefix}.name",
        QT_TRANSLATE_NOOP("FamilyProblem", "child's name"),
        MAX_NAME,
        required=True,
        translate=translate,
    )
    problems += _text_problems(
        child.gender,
        f"{prefix}.gender",
        QT_TRANSLATE_NOOP("FamilyProblem", "gender"),
        MAX_GENDER,
        required=False,
        translate=translate,
    )
    if child.date_of_birth > today:
        future = translate("FamilyProblem", "A date of birth cannot be in the future.")
        problems.append(FieldProblem(f"{prefix}.date_of_birth", future))
    elif age_on(child.date_of_birth, today) > OLDEST_CHILD_YEARS:
        too_old = translate(
            "FamilyProblem", "That date of birth makes the child over %1. Please check the year."
        )
        problems.append(FieldProblem(f"{prefix}.date_of_birth", fill(too_old, OLDEST_CHILD_YEARS)))
    return problems


def family_problems(
    family: Family, today: date, translate: Translate = untranslated
) -> list[FieldProblem]:
    """Everything wrong with a family and its children; empty when it can be saved."""
    problems = _text_problems(
        family.family_name,
        "family_name",
        QT_TRANSLATE_NOOP("FamilyProblem", "family name"),
        MAX_NAME,
        required=True,
        translate=translate,
    )
    problems += _text_problems(
        family.address,
        "address",
        QT_TRANSLATE_NOOP("FamilyProblem", "address"),
        MAX_ADDRESS,
        required=False,
        multiline=True,
        translate=translate,
    )
    problems += _text_problems(
        family.case_reference,
        "case_reference",
        QT_TRANSLATE_NOOP("FamilyProblem", "case reference"),
        MAX_CASE_REFERENCE,
        required=False,
        translate=translate,
    )
    problems += _text_problems(
        family.allocated_worker,
        "allocated_worker",
        QT_TRANSLATE_NOOP("FamilyProblem", "allocated worker"),
        MAX_NAME,
        required=False,
        translate=translate,
    )
    for index, child in enumerate(family.children):
        problems += child_problems(child, today, prefix=f"children.{index}", translate=translate)
    return problems


def _plain_text(text: str, limit: int, *, required: bool, multiline: bool = False) -> bool:
    """`text` is tidy and `_text_problems` finds nothing in it (quickly, in the usual case)."""
    if len(text) > limit or (required and not text) or text != text.strip():
        return False
    return text.isprintable() or not fields.has_hidden_characters(text, multiline=multiline)


def plainly_sound(family: Family, today: date) -> bool:
    """True only when the family is already tidy and `family_problems` finds nothing: a
    quick pass for the usual case of a save, with no words built. False says nothing about
    why; ask `tidy` and `family_problems` then (tests/core/domain/test_family_quick_check.py
    holds the two to the same answer)."""
    name, case, worker = family.family_name, family.case_reference, family.allocated_worker
    if (
        not name
        or len(name) > MAX_NAME
        or len(case) > MAX_CASE_REFERENCE
        or len(worker) > MAX_NAME
        or not _plain_text(family.address, MAX_ADDRESS, required=False, multiline=True)
    ):
        return False
    single_line = [name, case, worker]  # checked for hidden characters all at once below
    for child in family.children:
        born, child_name, gender = child.date_of_birth, child.name, child.gender
        if (
            born > today
            or age_on(born, today) > OLDEST_CHILD_YEARS
            or not child_name
            or len(child_name) > MAX_NAME
            or len(gender) > MAX_GENDER
        ):
            return False
        single_line += (child_name, gender)
    for text in single_line:
        if text != text.strip():
            return False
    # A space joins them: printable, so the whole is printable exactly when every part is.
    if " ".join(single_line).isprintable():
        return True
    return not any(fields.has_hidden_characters(text) for text in single_line)


def _is_tidy(family: Family) -> bool:
    texts = [family.family_name, family.address, family.case_reference, family.allocated_worker]
    for child in family.children:
        texts += (child.name, child.gender)
    return all(text == text.strip() for text in texts)


def tidy(family: Family) -> Family:
    """The family with surrounding spaces removed from every text field (the same family
    when there are none: the usual case, and saving many families is quicker for it)."""
    if _is_tidy(family):
        return family
    return replace(
        family,
        family_name=family.family_name.strip(),
        address=family.address.strip(),
        case_reference=family.case_reference.strip(),
        allocated_worker=family.allocated_worker.strip(),
        children=tuple(
            replace(c, name=c.name.strip(), gender=c.gender.strip()) for c in family.children
        ),
    )
