"""The admin commands `file-pending` and `import-families`, on real PostgreSQL."""

from __future__ import annotations

import argparse
import io
import json
import uuid
from pathlib import Path

import pytest

from cssw_central.admin.problem import AdminProblem
from cssw_central.admin.review import add_review_admin_actions, run_review_admin
from cssw_core.protocol import Caseload, ReviewItem
from tests.support.records import complete_draft, family_with_teenager
from tests.support.sealed_documents import seal_consent_document


@pytest.fixture
def drop(tmp_path: Path) -> Path:
    """Central's drop folder is missing (the share is not mounted): filing fails."""
    return tmp_path / "absent-drop"


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    actions = parser.add_subparsers(dest="action", required=True)
    add_review_admin_actions(lambda name, help_text: actions.add_parser(name, help=help_text))
    return parser.parse_args(argv)


def test_file_pending_files_what_failed_and_says_so(service, tmp_path):
    wendy, tara = service.enroll("wendy"), service.enroll("tara")
    family = family_with_teenager()
    sealed = seal_consent_document(wendy.key, family, complete_draft(family))
    wendy.upload(sealed)
    approved = tara.post(f"/v1/review/{sealed.record_id}/1/approve")
    assert ReviewItem.model_validate(approved.json()).state == "approved"  # no drop folder

    drop = tmp_path / "drop"
    args = parse(["file-pending", "--drop-folder", str(drop)])
    out = io.StringIO()
    with pytest.raises(AdminProblem, match="1 approved record"):
        run_review_admin(args, service.sessions, out)  # the folder is still missing
    assert out.getvalue() == "Filed: 0. Still waiting: 1.\n"

    drop.mkdir()
    out = io.StringIO()
    assert run_review_admin(args, service.sessions, out) is True
    assert out.getvalue() == "Filed: 1. Still waiting: 0.\n"
    assert (drop / f"{sealed.record_id}-v1.json").exists()


def test_import_families_loads_a_caseload_and_refuses_a_bad_file_plainly(service, tmp_path):
    wendy = service.enroll("wendy")
    path = tmp_path / "families.json"
    family = {"id": str(uuid.uuid4()), "family_name": "Adeyemi", "allocated_worker": "wendy"}
    path.write_text(json.dumps({"families": [family]}), "utf-8")
    out = io.StringIO()
    assert run_review_admin(parse(["import-families", str(path)]), service.sessions, out)
    assert out.getvalue() == "Families added: 1. Updated: 0.\n"
    caseload = Caseload.model_validate(wendy.get("/v1/caseload").json())
    assert [f.id for f in caseload.families] == [family["id"]]

    path.write_text(json.dumps({"families": [family | {"allocated_worker": "ghost"}]}), "utf-8")
    with pytest.raises(AdminProblem, match="no active worker with the username “ghost”"):
        run_review_admin(parse(["import-families", str(path)]), service.sessions, io.StringIO())


def test_other_admin_commands_are_left_to_the_caller(service):
    assert (
        run_review_admin(argparse.Namespace(action="list-workers"), service.sessions, io.StringIO())
        is False
    )
