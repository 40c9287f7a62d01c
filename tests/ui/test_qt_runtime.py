"""The Qt binding the app runs on must survive a long working day of signals.

PySide6 6.12.0 released a reference to True on every emit of a signal declared in
Python, so after about a thousand emits the interpreter aborted ("bool_dealloc"). The
check runs in a child process so a bad build fails this test instead of killing the run.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

PROBE = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QCoreApplication, QObject, Signal

    app = QCoreApplication([])

    class Emitter(QObject):
        plain = Signal()
        text = Signal(str)

    emitter = Emitter()
    emitter.plain.connect(lambda: None)
    emitter.text.connect(lambda value: None)
    before = sys.getrefcount(True)
    for _ in range(5000):
        emitter.plain.emit()
        emitter.text.emit("x")
    print(sys.getrefcount(True) - before)
    """
)


def test_python_signals_can_be_emitted_all_day_without_crashing() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert abs(int(done.stdout.strip())) < 50  # no reference leaked or lost per emit
