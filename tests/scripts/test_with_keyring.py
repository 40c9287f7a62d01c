"""scripts/with-keyring: a real, unlocked gnome-keyring for one command, and none left after."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.support.trial import SCRIPTS, keyring_daemons, trial_env

# Run inside the session: write a secret, read it back, count this keyring's daemons.
PROBE = """
import keyring, os, sys
from pathlib import Path
sys.path.insert(0, os.environ["CSSW_TEST_ROOT"])
from tests.support.trial import keyring_daemons
keyring.set_password("cssw-test", "probe", "kept")
daemons = keyring_daemons(Path(os.environ["CSSW_KEYRING_HOME"]))
print(keyring.get_password("cssw-test", "probe"), len(daemons))
"""


def with_keyring(home: Path, keyring_home: Path, *command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(SCRIPTS / "with-keyring"), *command],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=trial_env(
            home, CSSW_KEYRING_HOME=str(keyring_home), CSSW_TEST_ROOT=str(SCRIPTS.parent)
        ),
    )


def test_short_commands_leave_no_keyring_daemon(tmp_path: Path) -> None:
    keyring_home = tmp_path / "keyring"
    assert keyring_daemons(keyring_home) == []
    for _ in range(3):
        done = with_keyring(tmp_path, keyring_home, sys.executable, "-c", PROBE)
        assert done.returncode == 0, done.stderr
        assert done.stdout == "kept 1\n"  # a real keyring, one daemon, while it runs
        assert keyring_daemons(keyring_home) == []
    failed = with_keyring(tmp_path, keyring_home, "false")
    assert failed.returncode == 1  # the command's own exit status
    missing = with_keyring(tmp_path, keyring_home, str(tmp_path / "no-such-program"))
    assert missing.returncode == 127
    assert keyring_daemons(keyring_home) == []
    assert list((keyring_home / "run" / "sessions").iterdir()) == []


def test_a_throwaway_keyring_is_removed(tmp_path: Path) -> None:
    env = trial_env(tmp_path, TMPDIR=str(tmp_path))
    done = subprocess.run(
        [str(SCRIPTS / "with-keyring"), "sh", "-c", 'echo "$CSSW_KEYRING_HOME"'],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env=env,
    )
    keyring_home = Path(done.stdout.strip())
    assert keyring_home.parent == tmp_path
    assert not keyring_home.exists()
    assert keyring_daemons(keyring_home) == []


TERMINAL_SIGNALS = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}


def _as_from_a_terminal() -> None:
    """In the child, before it runs the command: a terminal's signals acted on by default
    and not blocked, whatever the test process inherited (a run started in the background
    ignores Ctrl+C; a library in the test run may block INT and TERM while it starts a
    helper process, e.g. multiprocessing's resource tracker), all passed on through exec."""
    for stop in TERMINAL_SIGNALS:
        signal.signal(stop, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, TERMINAL_SIGNALS)


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP])
def test_a_stopped_command_leaves_no_keyring_daemon(tmp_path: Path, stop: signal.Signals) -> None:
    """Ctrl+C, a closed terminal or a kill of the whole process group."""
    keyring_home = tmp_path / "keyring"
    running = subprocess.Popen(
        [str(SCRIPTS / "with-keyring"), "sleep", "60"],
        env=trial_env(tmp_path, CSSW_KEYRING_HOME=str(keyring_home)),
        start_new_session=True,
        preexec_fn=_as_from_a_terminal,
    )
    try:
        deadline = time.monotonic() + 30
        while not keyring_daemons(keyring_home) or not list(
            (keyring_home / "run" / "sessions").glob("*")
        ):
            assert time.monotonic() < deadline, "the keyring did not start"
            time.sleep(0.1)
        os.killpg(running.pid, stop)
        try:
            assert running.wait(timeout=30) != 0
        except subprocess.TimeoutExpired:  # say what was still running, then fail
            still = subprocess.run(
                ["ps", "-o", "pid,stat,args", "-g", str(running.pid)],
                capture_output=True, text=True, check=False,
            ).stdout  # fmt: skip
            pytest.fail(f"still running 30 s after the signal:\n{still}")
    finally:
        if running.poll() is None:
            os.killpg(running.pid, signal.SIGKILL)
            running.wait()
    # The group's signal ends with-keyring at once; the session's own clean-up (its EXIT
    # trap) may still be running on a busy machine: wait for it, within a bound.
    deadline = time.monotonic() + 10
    sessions = keyring_home / "run" / "sessions"
    while time.monotonic() < deadline and (
        keyring_daemons(keyring_home) != [] or any(sessions.iterdir())
    ):
        time.sleep(0.1)
    assert keyring_daemons(keyring_home) == []
    assert list((keyring_home / "run" / "sessions").iterdir()) == []


# Run inside the session: start the accessibility bus and its registry (as tests/a11y does),
# then print one line; the session's own runtime folder is on standard error.
A11Y_PROBE = """
import os, sys
sys.path.insert(0, os.environ["CSSW_TEST_ROOT"])
from tests.support.atspi.bus import AtspiBus
bus = AtspiBus()
bus.applications()
bus.close()
print(os.environ["XDG_RUNTIME_DIR"], file=sys.stderr)
print("only this")
"""


def _processes_in(runtime_dir: str) -> list[int]:
    """Processes started with this session's runtime folder (the bus's services)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            environ = (entry / "environ").read_bytes().split(b"\0")
        except OSError:
            continue  # gone, or not ours to read
        if f"XDG_RUNTIME_DIR={runtime_dir}".encode() in environ:
            found.append(int(entry.name))
    return found


def test_the_accessibility_bus_keeps_off_the_commands_output_and_stops_with_it(
    tmp_path: Path,
) -> None:
    """The registry's start-up line once went into the command's standard output (a
    pytest worker's channel to pytest, which then hung); and the bus ends with the session."""
    done = with_keyring(tmp_path, tmp_path / "keyring", sys.executable, "-c", A11Y_PROBE)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "only this\n"
    runtime_dir = [line for line in done.stderr.splitlines() if "cssw-keyring-run-" in line][-1]
    assert runtime_dir.startswith("/")  # the bus's socket is in the session's own folder
    deadline = time.monotonic() + 20
    while _processes_in(runtime_dir) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _processes_in(runtime_dir) == []
