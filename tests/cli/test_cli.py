"""The command line IT and support use: real processes, real keyring, real store."""

from __future__ import annotations

import stat
import subprocess
import sys
from pathlib import Path

import pytest

from cssw_desktop.storage.migrations import LATEST_VERSION
from tests.support.cli import cssw
from tests.support.stores import PASSPHRASE


@pytest.fixture
def initialised(data_dir: Path) -> Path:
    done = cssw(data_dir, "init", "--passphrase-stdin")
    assert done.returncode == 0, done.stderr
    return data_dir


def test_init_demo_doctor(initialised: Path) -> None:
    demo = cssw(initialised, "demo", "--families", "12", "--passphrase-stdin")
    assert demo.returncode == 0, demo.stderr
    assert "Added 12 fictional families" in demo.stdout
    doctor = cssw(initialised, "doctor", "--passphrase-stdin")
    assert doctor.returncode == 0, doctor.stdout + doctor.stderr
    assert "SecretService" in doctor.stdout
    assert f"schema version {LATEST_VERSION}" in doctor.stdout
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


def test_the_app_refuses_a_data_folder_it_cannot_make_in_plain_words(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    done = cssw(blocker / "data")  # no command: the GUI, which must not start
    assert done.returncode == 1
    assert "cannot be used" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (blocker / "data").exists()


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


def test_version_is_the_one_in_pyproject() -> None:
    import tomllib

    with (Path(__file__).resolve().parents[2] / "pyproject.toml").open("rb") as handle:
        version = tomllib.load(handle)["project"]["version"]
    done = subprocess.run(
        [sys.executable, "-m", "cssw_desktop", "--version"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0
    assert done.stdout == f"cssw-desktop {version}\n"


def test_verify_names_a_record_whose_seal_fails(initialised: Path) -> None:
    from cssw_desktop.storage.device_secret import DeviceSecrets
    from cssw_desktop.storage.vault import Vault
    from tests.support.records import family_with_teenager, seal_consent

    store = Vault(initialised, DeviceSecrets()).unlock(PASSPHRASE)
    ids = []
    for _ in range(2):
        family = store.families.add(family_with_teenager())
        ids.append(str(seal_consent(store, family).id))
    store.close()
    ok = cssw(initialised, "verify", "--passphrase-stdin")
    assert ok.returncode == 0, ok.stderr
    assert "2 sealed record(s) checked, 0 failed." in ok.stdout

    store = Vault(initialised, DeviceSecrets()).unlock(PASSPHRASE)
    store._db.query("DROP TRIGGER consent_records_sealed_no_update")
    store._db.query(
        "UPDATE consent_records SET body = replace(body, 'Mother', 'Aunt') WHERE id = ?",
        (ids[1],),
    )
    store.close()
    bad = cssw(initialised, "verify", "--passphrase-stdin")
    assert bad.returncode == 1
    assert f"record {ids[0]} version 1: ok" in bad.stdout
    assert f"record {ids[1]} version 1: FAILED: the record's content does not match" in bad.stdout
    assert "Traceback" not in bad.stderr


def test_export_pdf_writes_the_signed_record(initialised: Path, tmp_path: Path) -> None:
    from cssw_desktop.storage.device_secret import DeviceSecrets
    from cssw_desktop.storage.vault import Vault
    from tests.support.records import family_with_teenager, seal_consent

    store = Vault(initialised, DeviceSecrets()).unlock(PASSPHRASE)
    family = store.families.add(family_with_teenager())
    sealed = seal_consent(store, family)
    draft_id = sealed.id
    store.close()
    assert sealed.seal is not None
    out = tmp_path / "consent.pdf"
    done = cssw(initialised, "export-pdf", str(draft_id)[:8], str(out), "--passphrase-stdin")
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Okafor" in text
    assert sealed.seal.content_hash in text.replace("\n", "").replace(" ", "")

    again = cssw(initialised, "export-pdf", str(draft_id), str(out), "--passphrase-stdin")
    assert again.returncode == 1
    assert "already exists" in again.stderr
    unknown = cssw(
        initialised, "export-pdf", "ffffffff", str(tmp_path / "x.pdf"), "--passphrase-stdin"
    )
    assert unknown.returncode == 1
    assert "No signed record has that id" in unknown.stderr

    store = Vault(initialised, DeviceSecrets()).unlock(PASSPHRASE)
    try:
        assert "record.exported" in [e.action for e in store.audit.entries(draft_id)]
    finally:
        store.close()
