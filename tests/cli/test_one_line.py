"""Every failing command says so in exactly one plain line on stderr, and exits non-zero.

No traceback, no exception class name, no log record, no personal data: the line is for a
worker or IT, and scripts can show it as it is.
"""

from __future__ import annotations

import ast
import builtins
import io
import logging
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from cssw_desktop import cli, commands
from tests.support.cli import run_cssw
from tests.support.stores import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
CANARY = "Zebedee Quartermaine"  # a name that must never reach stderr


def exception_class_names() -> set[str]:
    """Every exception class our packages define, and Python's own."""
    names = {
        n for n, v in vars(builtins).items() if isinstance(v, type) and issubclass(v, BaseException)
    }
    classes: list[ast.ClassDef] = []
    for package in ("cssw_core", "cssw_desktop"):
        for path in (ROOT / package).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            classes += [node for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
    grew = True
    while grew:
        grew = False
        for node in classes:
            bases = {
                b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases
            }
            if node.name not in names and bases & names:
                names.add(node.name)
                grew = True
    return names


EXCEPTION_NAMES = exception_class_names()


def assert_one_plain_line(status: int, stderr: str, command: str) -> None:
    assert status != 0
    assert stderr.count("\n") == 1, stderr
    assert stderr.endswith("\n"), stderr
    assert stderr.startswith(f"cssw-desktop {command}: "), stderr
    words = set(stderr.replace("(", " ").replace(")", " ").replace(":", " ").split())
    assert not words & EXCEPTION_NAMES, stderr
    assert "Traceback" not in stderr
    assert "refused:" not in stderr
    assert CANARY not in stderr


def run(data_dir: Path, *args: str, stdin: str, **env: str) -> subprocess.CompletedProcess[str]:
    return run_cssw(data_dir, *args, stdin=stdin, env=env)


def test_the_class_names_are_found() -> None:
    assert {"KeyringUnavailable", "CsswError", "ValueError"} <= EXCEPTION_NAMES


def test_init_into_a_new_folder_without_a_keyring(tmp_path: Path) -> None:
    data_dir = tmp_path / "not" / "there" / "yet"
    done = run(
        data_dir,
        "init",
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    assert_one_plain_line(done.returncode, done.stderr, "init")
    assert "No secure keyring is available" in done.stderr


@pytest.mark.parametrize(
    ("args", "stdin"),
    [
        (("doctor", "--passphrase-stdin"), ""),  # no passphrase given
        (("doctor", "--passphrase-stdin"), PASSPHRASE + "\n"),  # the folder does not exist
        (("verify", "--passphrase-stdin"), PASSPHRASE + "\n"),
        (("records", "--passphrase-stdin"), PASSPHRASE + "\n"),
        (("demo", "--families", "0", "--passphrase-stdin"), PASSPHRASE + "\n"),
    ],
)
def test_commands_on_a_missing_store(tmp_path: Path, args: tuple[str, ...], stdin: str) -> None:
    done = run(tmp_path / "nothing-here", *args, stdin=stdin)
    assert_one_plain_line(done.returncode, done.stderr, args[0])


@pytest.mark.parametrize(
    "args",
    [
        ("doctor",),  # --passphrase-stdin is required
        ("export-pdf", "--passphrase-stdin"),  # the record and file are missing
        ("demo", "--families", "many", "--passphrase-stdin"),
    ],
)
def test_a_usage_mistake_is_one_line_too(tmp_path: Path, args: tuple[str, ...]) -> None:
    done = run(tmp_path / "data", *args, stdin="")
    assert done.returncode == commands.EXIT_USAGE
    assert_one_plain_line(done.returncode, done.stderr, args[0])
    assert done.stderr.rstrip().endswith(f"(see cssw-desktop {args[0]} --help)")


def test_an_unknown_command(tmp_path: Path) -> None:
    done = run(tmp_path / "data", "frobnicate", stdin="")
    assert done.returncode == commands.EXIT_USAGE
    assert done.stderr.count("\n") == 1
    assert done.stderr.startswith("cssw-desktop: argument COMMAND: invalid choice")


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    data_dir = tmp_path / "data"
    done = run(data_dir, "init", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert done.returncode == 0, done.stderr
    return data_dir


@pytest.fixture
def app_log_detached() -> Iterator[None]:
    """An in-process command points the app's log at its data folder: undo that after."""
    yield
    app_log = logging.getLogger("cssw_desktop")
    for handler in list(app_log.handlers):
        app_log.removeHandler(handler)
        handler.close()


def test_problems_with_a_real_store(store_dir: Path, tmp_path: Path) -> None:
    wrong = run(store_dir, "verify", "--passphrase-stdin", stdin="not my passphrase at all\n")
    assert_one_plain_line(wrong.returncode, wrong.stderr, "verify")
    unknown = run(
        store_dir,
        "export-pdf",
        "ffffffff",
        str(tmp_path / "out.pdf"),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert_one_plain_line(unknown.returncode, unknown.stderr, "export-pdf")
    store_dir.chmod(0o755)  # doctor finds a problem: the report on stdout, one line on stderr
    doctor = run(store_dir, "doctor", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert_one_plain_line(doctor.returncode, doctor.stderr, "doctor")
    assert "1 problem(s) found." in doctor.stdout
    assert doctor.stderr == "cssw-desktop doctor: 1 problem(s) found (above).\n"


@pytest.mark.usefixtures("app_log_detached")
def test_something_unexpected_names_no_class_and_no_data(
    store_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def explode(*_args: object, **_options: object) -> object:
        raise LookupError(f"the {CANARY} family")

    monkeypatch.setattr(commands, "vault_for", explode)
    status = cli.main(
        ["--data-dir", str(store_dir), "records", "--passphrase-stdin"],
        stdin=io.StringIO(PASSPHRASE + "\n"),
    )
    err = capsys.readouterr().err
    assert_one_plain_line(status, err, "records")
    assert "something unexpected went wrong" in err
    log = (store_dir / "logs" / "cssw-desktop.log").read_text()
    assert "records failed unexpectedly: builtins.LookupError at test_one_line.py" in log
    assert CANARY not in log
