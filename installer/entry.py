"""The frozen app's entry point (installer/cssw-desktop.spec): `cssw_desktop.cli:main`."""

import os
import sys

# qasync picks its Qt binding by trying PyQt5, PyQt6 and PySide2 first; only PySide6 is
# in the bundle, so name it rather than leave it to import failures.
os.environ.setdefault("QT_API", "pyside6")

# Windows' windowed executable (CSSW Consent.exe) starts with no standard output or
# error at all; anything printed (a warning, a usage message) would then crash the app.
# Send it nowhere instead: the app's own log file keeps what matters.
for _stream in ("stdout", "stderr"):
    if getattr(sys, _stream) is None:
        setattr(sys, _stream, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115

from cssw_desktop.cli import main  # noqa: E402 - after QT_API is set

if __name__ == "__main__":
    sys.exit(main())
