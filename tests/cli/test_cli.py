"""The command line IT and support use: real processes, real keyring, real store."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE


def cssw(
    data_dir: Path, *args: str, stdin: str = PASSPHRASE + "\n"
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cssw_desktop", "--data-dir", str(data_dir), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
def initialised(data_dir: Path) -> Path:
    done = cssw(data_dir, "init", "--passphrase-stdin")
    assert done.returncode == 0, done.stderr
    return data_dir


def test_init_demo_doctor(initialised: Path) -> None:
    demo = cssw(initialised, "demo", "--families", "12", "--passphrase-stdin")
    assert demo.returncode == 0, demo.stderr
    assert "Added 12 fictional training families" in demo.stdout
    doctor = cssw(initialised, "doctor", "--passphrase-stdin")
    assert doctor.returncode == 0, doctor.stdout + doctor.stderr
    assert "SecretService" in doctor.stdout
    assert "schema version 1" in doctor.stdout
    assert "integrity_check, cipher_integrity_check and audit chain: sound" in doctor.stdout
    assert "families: 12" in doctor.stdout
    assert "No problems found." in doctor.stdout


def test_init_twice_refuses_and_keeps_the_store(initialised: Path) -> None:
    before = (initialised / "store.db").read_bytes()
    again = cssw(initialised, "init", "--passphrase-stdin")
    assert again.returncode == 1
    assert "already a store" in again.stderr
    assert (initialised / "store.db").read_bytes() == before


def test_wrong_passphrase_is_one_plain_line(initialised: Path) -> None:
    wrong = cssw(initialised, "doctor", "--passphrase-stdin", stdin="not my passphrase\n")
    assert wrong.returncode == 1
    assert "That passphrase is not right" in wrong.stdout
    assert "Traceback" not in wrong.stdout + wrong.stderr
    demo = cssw(initialised, "demo", "--passphrase-stdin", stdin="not my passphrase\n")
    assert demo.returncode == 1
    assert demo.stderr.count("\n") == 1
    assert "Traceback" not in demo.stderr


def test_missing_keyring_is_one_plain_line(initialised: Path) -> None:
    env_run = subprocess.run(
        [
            sys.executable,
            "-m",
            "cssw_desktop",
            "--data-dir",
            str(initialised),
            "demo",
            "--passphrase-stdin",
        ],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={
            "PATH": "/usr/bin:/bin",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
            "HOME": str(initialised.parent),
        },
    )
    assert env_run.returncode == 1
    assert env_run.stderr.startswith("cssw-desktop demo: No secure keyring is available")
    assert env_run.stderr.count("\n") == 1


def test_weak_passphrase_refused_by_init(data_dir: Path) -> None:
    done = cssw(data_dir, "init", "--passphrase-stdin", stdin="password123\n")
    assert done.returncode == 1
    assert "12 characters" in done.stderr
    assert not (data_dir / "store.db").exists()


def test_no_passphrase_on_stdin(data_dir: Path) -> None:
    done = cssw(data_dir, "init", "--passphrase-stdin", stdin="")
    assert done.returncode == 1
    assert "No passphrase" in done.stderr


def test_doctor_on_a_missing_folder_exits_non_zero(data_dir: Path) -> None:
    done = cssw(data_dir, "doctor", "--passphrase-stdin")
    assert done.returncode == 1
    assert "does not exist" in done.stdout


def test_doctor_reports_a_loose_folder_permission(initialised: Path) -> None:
    initialised.chmod(0o755)
    done = cssw(initialised, "doctor", "--passphrase-stdin")
    assert done.returncode == 1
    assert "data folder can be read by other users" in done.stdout


def test_data_dir_from_environment(tmp_path: Path) -> None:
    target = tmp_path / "from-env"
    done = subprocess.run(
        [sys.executable, "-m", "cssw_desktop", "init", "--passphrase-stdin"],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**__import__("os").environ, "CSSW_DATA_DIR": str(target)},
    )
    assert done.returncode == 0, done.stderr
    assert (target / "store.db").exists()


def test_version() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "cssw_desktop", "--version"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0
    assert done.stdout.startswith("cssw-desktop ")
