"""A fork server for the crash tests: real child processes, started in milliseconds.

Starting a fresh Python for every crash round costs about half a second of imports
(keyring's backends, pydantic, httpx), which would cap the suite at a few dozen rounds.
The server (`python -m tests.faults.kill_children`) imports everything once, then for
each request forks a child that does one piece of work against a real data folder
(`tests.faults.kill_tasks`) until it is SIGKILLed:

- `kill_after` seconds after the fork, the server sends SIGKILL (so the kill lands
  anywhere, also inside SQLite's or the keyring's C code), or
- at the `kill_at`-th Python or C function call the child makes (counted by a profile
  hook: deterministic, so a seeded choice of `kill_at` reaches every step of a short
  operation such as a migration or a passphrase change), the child SIGKILLs itself.

The child writes what it has committed, one line each, to its report file (a plain
`write()`, which survives SIGKILL), so the test knows what it was told was saved.

Protocol (JSON lines): the test writes {"task", "args", "report", "kill_after"?,
"kill_at"?, "count"?, "watch"?} on stdin; the server answers {"status": "killed" | "exited" |
"timeout", "code", "seconds"} once the child is gone. `Children` is the test's side.
"""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

CHILD_LIMIT_SECONDS = 60.0  # a child still running after this is killed and reported


def _child(request: dict[str, Any]) -> None:
    """In the forked child: run the task, then leave without the server's cleanup."""
    from tests.faults import kill_tasks

    code = 0
    try:
        devnull = os.open(os.devnull, os.O_RDWR)
        os.dup2(devnull, 0)
        os.dup2(devnull, 1)
        kill_at = request.get("kill_at")
        with open(request["report"], "a", buffering=1, encoding="utf-8") as report:
            counter = kill_tasks.CallCounter(
                int(kill_at) if kill_at is not None else None,
                frozenset(request.get("watch", ())),
            )
            if kill_at is not None or request.get("count"):
                counter.install()
            try:
                kill_tasks.TASKS[request["task"]](request["args"], report)
            finally:
                counter.uninstall()
            report.write(f"calls {counter.calls}\n")
            for name, at in sorted(counter.marks.items()):
                report.write(f"mark {name} {at}\n")
            report.write("finished\n")
    except BaseException as problem:
        code = 3
        with open(request["report"], "a", encoding="utf-8") as report:
            report.write(f"error {type(problem).__name__}: {problem}\n")
    finally:
        os._exit(code)


def _serve(request: dict[str, Any]) -> dict[str, Any]:
    started = time.monotonic()
    pid = os.fork()
    if pid == 0:
        _child(request)
    kill_after = request.get("kill_after")
    limit = CHILD_LIMIT_SECONDS if kill_after is None else min(float(kill_after), 60.0)
    pidfd = os.pidfd_open(pid)
    try:
        readable, _, _ = select.select([pidfd], [], [], limit)
        if not readable:
            os.kill(pid, signal.SIGKILL)
    finally:
        os.close(pidfd)
    _, status = os.waitpid(pid, 0)
    signalled = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    if signalled and not readable and kill_after is None:
        state = "timeout"
    else:
        state = "killed" if signalled else "exited"
    return {
        "status": state,
        "code": os.WEXITSTATUS(status) if os.WIFEXITED(status) else -os.WTERMSIG(status),
        "seconds": round(time.monotonic() - started, 4),
    }


def main() -> None:
    from tests.faults import kill_tasks

    kill_tasks.prepare()
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        if line.strip():
            print(json.dumps(_serve(json.loads(line))), flush=True)


class Children:
    """The test's side: start the server once, then run children one at a time."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._folder.mkdir(parents=True, exist_ok=True)
        self._runs = 0
        self._stderr = folder / "server-stderr.txt"
        with self._stderr.open("w") as stderr:
            self._server = subprocess.Popen(
                [sys.executable, "-m", "tests.faults.kill_children"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=stderr,
                text=True,
                cwd=Path(__file__).resolve().parents[2],
            )
        ready = self._answer()
        assert ready.get("ready"), "the crash-test fork server did not start"

    def _answer(self) -> dict[str, Any]:
        assert self._server.stdout is not None
        line = self._server.stdout.readline()
        if not line:
            said = self._stderr.read_text(encoding="utf-8", errors="replace")[-2000:]
            raise RuntimeError(f"the crash-test fork server stopped: {said}")
        answer: dict[str, Any] = json.loads(line)
        return answer

    def run(
        self,
        task: str,
        args: dict[str, Any],
        *,
        kill_after: float | None = None,
        kill_at: int | None = None,
        count: bool = False,
        watch: tuple[str, ...] = (),
    ) -> tuple[dict[str, Any], list[str]]:
        """Run one child to its end (its own, or the kill); (outcome, its report lines)."""
        self._runs += 1
        report = self._folder / f"report-{self._runs}.txt"
        request = {
            "task": task,
            "args": args,
            "report": str(report),
            "kill_after": kill_after,
            "kill_at": kill_at,
            "count": count,
            "watch": list(watch),
        }
        assert self._server.stdin is not None
        self._server.stdin.write(json.dumps(request) + "\n")
        self._server.stdin.flush()
        outcome = self._answer()
        text = report.read_text(encoding="utf-8") if report.exists() else ""
        report.unlink(missing_ok=True)
        # A line the kill cut short (no newline yet) was not reported.
        lines = text.split("\n")[:-1]
        assert outcome["status"] != "timeout", f"{task} child ran too long: {lines[-3:]}"
        errors = [line for line in lines if line.startswith("error ")]
        assert not errors, f"{task} child failed: {errors}"
        return outcome, lines

    def close(self) -> None:
        if self._server.stdin is not None:
            self._server.stdin.close()
        try:
            self._server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self._server.kill()
            self._server.wait(timeout=30)
        if self._server.stdout is not None:
            self._server.stdout.close()


if __name__ == "__main__":
    main()
