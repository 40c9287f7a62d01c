"""Young people's names in a lead's flags, put in when central lists records for the lead.

A flag is stored with the young person's id and their age only ("A young person aged 14
…"): flags travel further than the record and are kept for as long as it is. When the
team's own lead lists the team's records, the name the sealed record itself gives that
child is put in its place ("Chidi Okafor (14) …"), so the lead knows at a glance whom the
flag is about. Nothing with a name is ever written back, logged or audited.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping

from cssw_core.domain.fields import shown
from cssw_core.protocol import Flag

_YOUNG_PERSON = re.compile(r"^A young person aged (\d{1,3}) ")


def child_names(document_text: str) -> dict[str, str]:
    """The children the sealed record names, by id (text): those the consent form covers,
    or the young person of a withdrawal. Empty if the document is not readable."""
    try:
        document = json.loads(document_text)
    except ValueError:
        return {}
    record = document.get("record") if isinstance(document, dict) else None
    if not isinstance(record, dict):
        return {}
    children = list(record.get("covered_children") or [])
    if isinstance(record.get("young_person"), dict):
        children.append(record["young_person"])
    names: dict[str, str] = {}
    for child in children:
        if isinstance(child, dict):
            child_id, name = child.get("id"), child.get("name")
            if isinstance(child_id, str) and isinstance(name, str) and name.strip():
                names[child_id] = shown(name)
    return names


def named(flags: list[Flag], names: Mapping[str, str]) -> list[Flag]:
    """The flags with each young person's name for "A young person aged N" where the flag
    carries the child's id and the record names that child; others unchanged."""
    out = []
    for flag in flags:
        name = names.get(flag.child_id or "")
        match = _YOUNG_PERSON.match(flag.message) if name else None
        if name and match:
            message = f"{name} ({match.group(1)}) " + flag.message[match.end() :]
            flag = flag.model_copy(update={"message": message})
        out.append(flag)
    return out
