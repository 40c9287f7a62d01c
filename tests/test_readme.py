"""The README's command-line examples work as written, so the front door cannot drift.

Every fenced block after a `<!-- cli-example: NAME -->` marker runs, in order, in one
bash (the later blocks use the earlier ones' variables, as in one terminal), the way a
newcomer runs them after `make run` on a machine with no desktop session: a fresh HOME, no
D-Bus session, no screen, from a folder that looks like the checkout (its `scripts` and
`.venv`). The one change: the trial central's port 8443 becomes a free one, so the test
never meets another server on this machine.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
from pathlib import Path

from tests.support.central import free_port
from tests.support.pdf import pdf_text
from tests.support.trial import ROOT, TRIAL_DATA, TRIAL_KEYRING, keyring_daemons, trial_env

PASSPHRASE = "kettle orbit maple drum"
CENTRAL_PASSWORD = "a trial central password"
MARKER = re.compile(
    r"^<!-- cli-example: (?P<name>[^>]+?) -->\n```sh\n(?P<code>.*?)^```$", re.M | re.S
)


def cli_examples() -> dict[str, str]:
    """The marked blocks of README.md, by name, in order."""
    return {m["name"]: m["code"] for m in MARKER.finditer((ROOT / "README.md").read_text())}


def test_the_readme_marks_its_examples() -> None:
    examples = cli_examples()
    assert list(examples) == ["training families", "trial central"]
    text = (ROOT / "README.md").read_text()
    assert len(text.splitlines()) <= 175
    # every command-line line in the README is in a marked (tested) block
    unmarked = MARKER.sub("", text)
    assert "scripts/cssw-desktop " not in re.sub(r"`[^`\n]*`", "", unmarked)
    assert ".venv/bin/cssw-central " not in re.sub(r"`[^`\n]*`", "", unmarked)


def test_the_readme_examples_run_as_written(tmp_path: Path) -> None:
    home = tmp_path / "home"
    checkout = tmp_path / "checkout"
    home.mkdir()
    checkout.mkdir()
    for name in ("scripts", ".venv"):
        (checkout / name).symlink_to(ROOT / name)
    port = str(free_port())
    script = "\n".join(cli_examples().values())
    assert script.count("8443") == 3  # the code's address, serve's port, the wait for it
    script = script.replace("8443", port)
    running = subprocess.Popen(
        ["bash", "-c", "set -euo pipefail\n" + script],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=checkout,
        env=trial_env(home),
        start_new_session=True,  # the background central is in its group: stopped below
    )
    try:
        out, err = running.communicate(f"{PASSPHRASE}\n{CENTRAL_PASSWORD}\n", timeout=300)
    finally:
        with contextlib.suppress(ProcessLookupError):  # what is left of it, central included
            os.killpg(running.pid, signal.SIGTERM)
        running.wait(timeout=30)
    serve_log = checkout / "cssw-central-data" / "serve.log"
    assert running.returncode == 0, (
        out + err + (serve_log.read_text() if serve_log.exists() else "")
    )
    assert err == ""
    training = home / f"{TRIAL_DATA}-training"
    assert f"Created the training store in {training} with 12 fictional families." in out
    assert re.search(r"^[0-9a-f-]{36}  version 1  consent ", out, re.M)
    assert re.search(
        r"^Wrote the PDF of record [0-9a-f-]{36} version 1 to .*training-form\.pdf\.$",
        out,
        re.M,
    )
    pdf = (home / "training-form.pdf").read_bytes()
    assert pdf_text(pdf).count("TRAINING — not a real record") >= 3  # on every page
    assert f"Created a new encrypted store in {home / TRIAL_DATA}." in out
    assert "Added 3 fictional families." in out
    assert re.search(r"^\d+ sealed record\(s\) checked, 0 failed\.$", out, re.M)
    assert "No problems found." in out
    assert "Enrolled this laptop for Wendy Walker (worker, North)." in out
    assert re.search(r"^Sent [1-9]\d* record\(s\) \(0 already at central\)\.$", out, re.M)
    assert "Still waiting to send: 0." in out
    assert keyring_daemons(home / TRIAL_KEYRING) == []
