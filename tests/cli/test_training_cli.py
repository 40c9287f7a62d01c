"""Training from the command line: real processes, real keyring, real stores. The training
store lives beside the data folder, is marked in its PDFs, and is never enrolled or synced."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.cli import cssw
from tests.support.pdf import pdf_pages, pdf_text

MARK = "TRAINING — not a real record"


@pytest.fixture
def trained(data_dir: Path) -> Path:
    """`training` run once: the training folder beside `data_dir`."""
    done = cssw(data_dir, "training", "--passphrase-stdin")
    assert done.returncode == 0, done.stderr
    training = data_dir.with_name(data_dir.name + "-training")
    assert f"Created the training store in {training} with 12 fictional families" in done.stdout
    assert "cssw-desktop --training" in done.stdout
    return training


def test_training_makes_its_own_folder_beside_the_real_one(data_dir: Path, trained: Path) -> None:
    assert not data_dir.exists()  # the real data folder is not touched, not even made
    assert (trained / "store.db").exists()
    assert json.loads((trained / "keyfile.json").read_text())["training"] is True
    again = cssw(data_dir, "training", "--passphrase-stdin")
    assert again.returncode == 0, again.stderr
    assert "ready with 12 fictional families" in again.stdout
    more = cssw(data_dir, "training", "--families", "3", "--passphrase-stdin")
    assert "Added 3 fictional families" in more.stdout
    doctor = cssw(data_dir, "--training", "doctor", "--passphrase-stdin")
    assert doctor.returncode == 0, doctor.stdout
    assert "kind: training store" in doctor.stdout
    assert "families: 15" in doctor.stdout
    assert f"data folder: {trained}" in doctor.stdout


def test_a_training_record_exported_is_marked_on_every_page(
    data_dir: Path, trained: Path, tmp_path: Path
) -> None:
    verify = cssw(data_dir, "verify", "--training", "--passphrase-stdin")
    assert verify.returncode == 0, verify.stdout + verify.stderr
    record_id = verify.stdout.split()[1]
    out = tmp_path / "training.pdf"
    done = cssw(data_dir, "--training", "export-pdf", record_id, str(out), "--passphrase-stdin")
    assert done.returncode == 0, done.stderr
    pdf = out.read_bytes()
    pages = pdf_text(pdf).split("\f")[: pdf_pages(pdf)]
    assert len(pages) >= 3
    assert all(MARK in page for page in pages)


@pytest.mark.parametrize("how", ["--training", "--data-dir of the training folder"])
@pytest.mark.parametrize("command", [("enroll",), ("sync",)])
def test_enroll_and_sync_refuse_a_training_store_in_one_plain_line(
    data_dir: Path, trained: Path, how: str, command: tuple[str, ...]
) -> None:
    if how == "--training":
        done = cssw(data_dir, "--training", *command, "--passphrase-stdin")
    else:
        done = cssw(trained, *command, "--passphrase-stdin")
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1, done.stderr
    assert f"cssw-desktop {command[0]}: This is a training store" in done.stderr
    assert "never connected to central" in done.stderr
    assert done.stdout == ""


def test_training_never_opens_a_real_store_put_in_its_place(data_dir: Path) -> None:
    training = data_dir.with_name(data_dir.name + "-training")
    made = cssw(training, "init", "--passphrase-stdin")  # a real store, in the wrong place
    assert made.returncode == 0, made.stderr
    kept = (training / "store.db").read_bytes()
    for command in (
        ("training",),
        ("training", "--fresh"),
        ("doctor",),
        ("demo", "--families", "2"),
    ):
        done = cssw(data_dir, "--training", *command, "--passphrase-stdin")
        assert done.returncode == 1, command
        said = done.stdout if command[0] == "doctor" else done.stderr  # doctor: a check
        assert "is a real store, not a training store" in said, command
    assert (training / "store.db").read_bytes() == kept  # never removed, never changed


def test_fresh_starts_the_training_store_again_with_new_families(
    data_dir: Path, trained: Path
) -> None:
    before = json.loads((trained / "keyfile.json").read_text())["store_id"]
    wrong = cssw(data_dir, "training", "--fresh", "--passphrase-stdin", stdin="not it at all\n")
    assert wrong.returncode == 1
    assert json.loads((trained / "keyfile.json").read_text())["store_id"] == before
    done = cssw(data_dir, "training", "--fresh", "--families", "4", "--passphrase-stdin")
    assert done.returncode == 0, done.stderr
    assert "Created a new training store" in done.stdout
    assert json.loads((trained / "keyfile.json").read_text())["store_id"] != before
    doctor = cssw(data_dir, "--training", "doctor", "--passphrase-stdin")
    assert "families: 4" in doctor.stdout
