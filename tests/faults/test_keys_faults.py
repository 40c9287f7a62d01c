"""Key faults: a wrong passphrase, a locked keyring, no keyring at all, the device secret
deleted from the keyring, a passphrase change refused half way.

What must hold every time: a plain message saying what to do; the store and its key file
byte for byte as they were; never a new, empty store offered or made over the old one
(`init` refuses, the app's start shows the problem instead of the first-run page); and
the store opens again with its passphrase once the keyring is back. (Interrupted
passphrase changes killed at every step are in test_crash_store.py.)

Tests already elsewhere, not repeated here: the growing wait after wrong passphrases
(tests/storage/test_vault.py, tests/ui/unlock/test_opening.py), unsafe keyring backends refused
(tests/storage/test_device_secret.py), a missing key file (both).
"""

from __future__ import annotations

import contextlib
import gc
import io
import os
import subprocess
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
import secretstorage
from jeepney import DBusAddress, new_method_call  # type: ignore[import-untyped]
from jeepney.io.blocking import open_dbus_connection  # type: ignore[import-untyped]
from keyring.backends import fail
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cssw_core.domain.family import Family
from cssw_desktop.cli import main
from cssw_desktop.commands import EXIT_PROBLEM
from cssw_desktop.storage.device_secret import DeviceSecrets
from cssw_desktop.storage.errors import (
    DeviceSecretMissing,
    KeyringUnavailable,
    StoreAlreadyExists,
    UnlockThrottled,
    WrongPassphrase,
)
from cssw_desktop.storage.keys import KeyFile
from cssw_desktop.storage.vault import Vault, VaultStatus
from tests.faults import tally
from tests.support.gui import FakeClock, WindowFactory
from tests.support.keyring import TidyDeviceSecrets
from tests.support.stores import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
NEW_PASSPHRASE = "plum kettle orbit lantern"


def folder_bytes(data_dir: Path) -> dict[str, bytes]:
    """Every file of the store (database, log, key file), as bytes. The unlock counter and
    the logs folder may change; nothing else may."""
    return {
        path.name: path.read_bytes()
        for path in sorted(data_dir.iterdir())
        if path.is_file() and path.name != "unlock-attempts.json"
    }


def store_with_a_family(vault: Vault) -> dict[str, bytes]:
    store = vault.create(PASSPHRASE)
    store.families.add(Family("Keys-Family"))
    store.close()
    return folder_bytes(vault.data_dir)


def families_after_unlock(vault: Vault, passphrase: str = PASSPHRASE) -> list[str]:
    store = vault.unlock(passphrase)
    try:
        return [f.family_name for f in store.families.all()]
    finally:
        store.close()


def cli(data_dir: Path, *args: str, stdin: str = PASSPHRASE) -> tuple[int, str]:
    """`cssw-desktop ARGS --passphrase-stdin` in this process; (exit status, stderr)."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        status = main(
            [*args, "--passphrase-stdin", "--data-dir", str(data_dir)], io.StringIO(stdin + "\n")
        )
    return status, err.getvalue()


# -- the real keyring, locked and unlocked again ---------------------------------------------


def _keyring_password() -> str:
    return os.environ.get("CSSW_KEYRING_PASSWORD", "cssw-test-keyring")


def unlock_keyring() -> None:
    """Unlock the test keyring with its password, as signing in to the laptop does.

    gnome-keyring's own interface for this (the one its `--unlock` start-up uses); the
    Secret Service's standard Unlock would ask through a prompt window."""
    connection = open_dbus_connection(bus="SESSION")
    try:
        service = DBusAddress(
            "/org/freedesktop/secrets",
            bus_name="org.freedesktop.secrets",
            interface="org.freedesktop.Secret.Service",
        )
        session = connection.send_and_get_reply(
            new_method_call(service, "OpenSession", "sv", ("plain", ("s", "")))
        ).body[1]
        internal = DBusAddress(
            "/org/freedesktop/secrets",
            bus_name="org.freedesktop.secrets",
            interface="org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface",
        )
        reply = connection.send_and_get_reply(
            new_method_call(
                internal,
                "UnlockWithMasterPassword",
                "o(oayays)",
                (
                    "/org/freedesktop/secrets/aliases/default",
                    (session, b"", _keyring_password().encode(), "text/plain"),
                ),
            )
        )
        assert reply.header.message_type.name == "method_return", reply.body
    finally:
        connection.close()


def lock_keyring() -> None:
    """Lock the keyring, as locking the worker's session does."""
    connection = secretstorage.dbus_init()
    try:
        secretstorage.get_default_collection(connection).lock()
        assert secretstorage.get_default_collection(connection).is_locked()
    finally:
        connection.close()


@pytest.fixture
def keyring_unlocked_afterwards(device_secrets: TidyDeviceSecrets) -> Iterator[None]:
    """For tests that lock the keyring: it is unlocked again whatever happens.

    While locked, the keyring asks for its password through a prompt window; in the
    tests' private D-Bus session there is none to show, so the request fails at once, as
    when a worker dismisses the prompt."""
    try:
        yield
    finally:
        unlock_keyring()
        # keyring's Secret Service backend leaves its D-Bus connection open when it finds
        # the collection locked (a library slip, harmless here): close those now, so the
        # warning about them cannot surface in a later test.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ResourceWarning)
            gc.collect()


# -- wrong passphrase --------------------------------------------------------------------


def test_a_wrong_passphrase_is_told_plainly_and_changes_nothing(vault: Vault) -> None:
    before = store_with_a_family(vault)
    status, err = cli(vault.data_dir, "verify", stdin="not the passphrase at all")
    assert status == EXIT_PROBLEM
    assert "That passphrase is not right. Please try again." in err
    with pytest.raises(WrongPassphrase):
        vault.unlock("still not the passphrase")
    with pytest.raises(WrongPassphrase):
        vault.change_passphrase("not it either", NEW_PASSPHRASE)
    with pytest.raises(WrongPassphrase, match="You can try again in 2 seconds"):
        vault.unlock("nor this")  # the fourth wrong try in a row starts the wait
    with pytest.raises(UnlockThrottled, match="Too many wrong passphrases"):
        vault.unlock(PASSPHRASE)  # even the right one waits
    status, err = cli(vault.data_dir, "verify")
    assert status == EXIT_PROBLEM
    assert "You can try again in" in err
    assert folder_bytes(vault.data_dir) == before
    with pytest.raises(StoreAlreadyExists):
        vault.create(PASSPHRASE)
    assert folder_bytes(vault.data_dir) == before
    tally.add("keys: wrong passphrase", cases=7, changed=0)


# -- keyring locked ----------------------------------------------------------------------


@pytest.mark.usefixtures("keyring_unlocked_afterwards")
@pytest.mark.filterwarnings("ignore:unclosed <socket:ResourceWarning")
def test_a_locked_keyring_says_to_unlock_it_and_changes_nothing(
    vault: Vault, data_dir: Path, tmp_path: Path
) -> None:
    before = store_with_a_family(vault)
    lock_keyring()

    for attempt in (vault.status, lambda: vault.unlock(PASSPHRASE)):
        with pytest.raises(KeyringUnavailable, match="The keyring is locked") as refused:
            attempt()
        assert "Unlock your keyring" in refused.value.message
    with pytest.raises(KeyringUnavailable, match="locked"):
        vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    status, err = cli(data_dir, "init")
    assert status == EXIT_PROBLEM
    assert "already a store" in err
    status, err = cli(data_dir, "verify")
    assert status == EXIT_PROBLEM
    assert "Unlock your keyring" in err
    assert folder_bytes(data_dir) == before

    # First run with the keyring locked: refused, and nothing half made is left.
    elsewhere = tmp_path / "first-run"
    status, err = cli(elsewhere, "init")
    assert status == EXIT_PROBLEM
    assert "keyring is locked" in err
    assert [p.name for p in elsewhere.iterdir() if p.name != "logs"] == []

    unlock_keyring()
    assert families_after_unlock(vault) == ["Keys-Family"]
    assert vault.wait_seconds() == 0  # the keyring's refusal was not counted as a wrong try
    tally.add("keys: keyring locked", cases=7, changed=0)


# -- no keyring at all -------------------------------------------------------------------


def run_cli_process(data_dir: Path, backend: str, *args: str) -> subprocess.CompletedProcess[str]:
    """The real `cssw-desktop` process with the keyring backend chosen by environment."""
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": backend}
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "cssw_desktop",
            *args,
            "--passphrase-stdin",
            "--data-dir",
            str(data_dir),
        ],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=ROOT,
        env=env,
    )


@pytest.mark.parametrize(
    "backend", ["keyring.backends.fail.Keyring", "keyring.backends.null.Keyring"]
)
def test_without_a_keyring_nothing_is_made_and_the_store_is_kept(
    vault: Vault, data_dir: Path, tmp_path: Path, backend: str
) -> None:
    before = store_with_a_family(vault)
    opened = run_cli_process(data_dir, backend, "verify")
    assert opened.returncode == EXIT_PROBLEM, opened.stderr
    assert "No secure keyring is available" in opened.stderr
    made = run_cli_process(data_dir, backend, "init")
    assert made.returncode == EXIT_PROBLEM
    assert "already a store" in made.stderr
    assert folder_bytes(data_dir) == before

    fresh = tmp_path / "no-keyring"
    first = run_cli_process(fresh, backend, "init")
    assert first.returncode == EXIT_PROBLEM
    assert "No secure keyring is available" in first.stderr
    assert "gnome-keyring" in first.stderr  # what to install
    assert not (fresh / "store.db").exists()
    assert not (fresh / "keyfile.json").exists()
    assert families_after_unlock(vault) == ["Keys-Family"]  # back with the real keyring
    tally.add("keys: no keyring", cases=3, changed=0)


# -- the device secret deleted -------------------------------------------------------------


def test_a_deleted_device_secret_is_never_answered_with_a_new_store(
    vault: Vault, data_dir: Path, device_secrets: TidyDeviceSecrets
) -> None:
    before = store_with_a_family(vault)
    device_secrets.delete(KeyFile.load(data_dir / "keyfile.json").store_id)
    status, err = cli(data_dir, "init")
    assert status == EXIT_PROBLEM
    assert "already a store" in err
    status, err = cli(data_dir, "verify")
    assert status == EXIT_PROBLEM
    assert "no longer holds the device secret" in err
    assert "do not delete anything" in err
    with pytest.raises(DeviceSecretMissing):
        vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    status, err = cli(data_dir, "doctor")
    assert status != 0
    assert folder_bytes(data_dir) == before
    assert vault.wait_seconds() == 0
    tally.add("keys: device secret deleted", cases=4, changed=0)


# -- the app's start -----------------------------------------------------------------------


def _shows_the_problem_not_setup(window: object, qtbot: QtBot, words: str) -> None:
    from cssw_desktop.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.error_page)
    assert words in window.error_page.message.text()
    assert not window.add_action.isEnabled()
    qtbot.mouseClick(window.error_page.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.error_page)
    assert window.pages.currentWidget() is not window.setup_page


@pytest.fixture
def ui_vault(
    request: pytest.FixtureRequest,
    data_dir: Path,
    device_secrets: TidyDeviceSecrets,
    fake_clock: FakeClock,
) -> Vault:
    """The window's vault (as in tests/ui/conftest.py), on another keyring backend when
    the test names one."""
    backend = getattr(request, "param", None)
    secrets = device_secrets if backend is None else DeviceSecrets(backend)
    return Vault(data_dir, secrets, kdf=FAST_KDF, monotonic_wall=fake_clock)


def test_the_app_with_a_deleted_device_secret_offers_no_new_store(
    make_window: WindowFactory,
    vault: Vault,
    device_secrets: TidyDeviceSecrets,
    qtbot: QtBot,
) -> None:
    before = store_with_a_family(vault)
    device_secrets.delete(KeyFile.load(vault.keyfile_path).store_id)
    window = make_window()
    _shows_the_problem_not_setup(window, qtbot, "no longer holds the device secret")
    assert folder_bytes(vault.data_dir) == before


@pytest.mark.usefixtures("keyring_unlocked_afterwards")
@pytest.mark.filterwarnings("ignore:unclosed <socket:ResourceWarning")
def test_the_app_with_a_locked_keyring_recovers_once_it_is_unlocked(
    make_window: WindowFactory,
    vault: Vault,
    qtbot: QtBot,
) -> None:
    before = store_with_a_family(vault)
    lock_keyring()
    window = make_window()
    _shows_the_problem_not_setup(window, qtbot, "Unlock your keyring")
    assert folder_bytes(vault.data_dir) == before
    unlock_keyring()
    qtbot.mouseClick(window.error_page.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page)
    assert vault.status() is VaultStatus.READY


@pytest.mark.parametrize("ui_vault", [fail.Keyring()], ids=["fail"], indirect=True)
def test_the_app_without_a_keyring_keeps_the_store(
    make_window: WindowFactory,
    vault: Vault,
    qtbot: QtBot,
) -> None:
    before = store_with_a_family(vault)  # made while the keyring was there
    window = make_window()  # the same data folder on a laptop with no secure keyring
    _shows_the_problem_not_setup(window, qtbot, "No secure keyring is available")
    assert folder_bytes(vault.data_dir) == before
