"""scripts/start-services: PostgreSQL up, and the tests' own role able to log in."""

from __future__ import annotations

import os
import re
import subprocess

import psycopg

from tests.support import postgres
from tests.support.trial import SCRIPTS


def test_the_scripts_and_the_tests_agree_on_the_role() -> None:
    shell = (SCRIPTS / "lib" / "test-postgres.sh").read_text()
    found = re.search(r"\$\{CSSW_TEST_POSTGRES:-([^}]+)\}", shell)
    assert found is not None
    assert found[1] == postgres.DEFAULT_SERVER_URL


def test_start_services_is_idempotent_and_the_role_is_not_a_superuser() -> None:
    for _ in range(2):
        done = subprocess.run(
            [str(SCRIPTS / "start-services")],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            env=os.environ,
        )
        assert done.returncode == 0, done.stdout + done.stderr
    with psycopg.connect(f"{postgres.SERVER_URL}/postgres", connect_timeout=10) as conn:
        row = conn.execute(
            "SELECT rolcreatedb, rolsuper FROM pg_roles WHERE rolname = current_user"
        ).fetchone()
    assert row is not None
    can_create, superuser = row
    assert can_create or superuser  # each test makes its own database
    if postgres.SERVER_URL == postgres.DEFAULT_SERVER_URL:
        assert row == (True, False)  # the role start-services makes: no more than needed
