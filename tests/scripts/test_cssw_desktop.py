"""scripts/cssw-desktop: the command line on the `make run` trial's keyring and data folder.

Run as a newcomer would after `make run` on a machine with no desktop session: no D-Bus
session, no screen, a fresh HOME, from another folder than the repository.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.stores import PASSPHRASE
from tests.support.trial import (
    SCRIPTS,
    TRIAL_DATA,
    TRIAL_KEYRING,
    keyring_daemons,
    trial_env,
)


def wrapper(home: Path, *args: str, stdin: str = PASSPHRASE + "\n") -> str:
    """Run scripts/cssw-desktop ARGS from `home`; its stdout (it must succeed)."""
    done = subprocess.run(
        [str(SCRIPTS / "cssw-desktop"), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        cwd=home,
        env=trial_env(home),
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stderr == ""
    return done.stdout


def test_the_commands_on_the_trials_keyring_and_data_folder(tmp_path: Path) -> None:
    home = tmp_path
    data_dir = home / TRIAL_DATA
    created = wrapper(home, "init", "--passphrase-stdin")
    assert created == f"Created a new encrypted store in {data_dir}.\n"
    assert (home / TRIAL_KEYRING / "data" / "keyrings").is_dir()  # the device secret's home
    assert "Added 12 fictional families." in wrapper(
        home, "demo", "--families", "12", "--passphrase-stdin"
    )
    doctor = wrapper(home, "doctor", "--passphrase-stdin")
    assert "keyring backend: keyring.backends.SecretService.Keyring" in doctor
    assert f"data folder: {data_dir}" in doctor
    assert "families: 12" in doctor
    assert doctor.endswith("No problems found.\n")
    verified = wrapper(home, "verify", "--passphrase-stdin")
    assert verified.endswith("7 sealed record(s) checked, 0 failed.\n")
    records = wrapper(home, "records", "--passphrase-stdin")
    first = records.split(" ", 1)[0]
    assert f"record {first} version 1: ok" in verified
    exported = wrapper(home, "export-pdf", first[:8], "consent.pdf", "--passphrase-stdin")
    assert exported == f"Wrote the PDF of record {first} version 1 to consent.pdf.\n"
    assert (home / "consent.pdf").read_bytes().startswith(b"%PDF")  # where the worker is
    assert keyring_daemons(home / TRIAL_KEYRING) == []


@pytest.fixture
def trial_gui(tmp_path: Path) -> Iterator[str]:
    """A stand-in for the GUI `make run` started: a keyring session on the trial's keyring
    that stays up. Yields its D-Bus address."""
    keyring_home = tmp_path / TRIAL_KEYRING
    running = subprocess.Popen(
        [str(SCRIPTS / "with-keyring"), "sleep", "300"],
        env=trial_env(tmp_path, CSSW_KEYRING_HOME=str(keyring_home)),
        start_new_session=True,
    )
    sessions = keyring_home / "run" / "sessions"
    try:
        deadline = time.monotonic() + 30
        while not (notes := list(sessions.glob("*"))):
            assert running.poll() is None, "the trial's keyring session did not start"
            assert time.monotonic() < deadline, "the trial's keyring session did not start"
            time.sleep(0.1)
        yield notes[0].read_text().strip()
    finally:
        os.killpg(running.pid, signal.SIGTERM)  # its own process group: the whole trial
        running.wait(timeout=30)


def test_beside_a_running_trial_it_joins_its_keyring_session(
    tmp_path: Path, trial_gui: str
) -> None:
    joined = subprocess.run(
        [
            "bash",
            "-c",
            f'source {SCRIPTS}/lib/trial.sh; trial_command --join env; "${{trial_cmd[@]}}"',
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env=trial_env(tmp_path),
    )
    assert f"DBUS_SESSION_BUS_ADDRESS={trial_gui}\n" in joined.stdout
    assert f"CSSW_DATA_DIR={tmp_path / TRIAL_DATA}\n" in joined.stdout
    wrapper(tmp_path, "init", "--passphrase-stdin")
    assert len(keyring_daemons(tmp_path / TRIAL_KEYRING)) == 1  # the trial's own, still up
    assert "No problems found." in wrapper(tmp_path, "doctor", "--passphrase-stdin")
