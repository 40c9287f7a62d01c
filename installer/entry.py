"""The frozen app's entry point (installer/cssw-desktop.spec): `cssw_desktop.cli:main`."""

import os
import sys

# qasync picks its Qt binding by trying PyQt5, PyQt6 and PySide2 first; only PySide6 is
# in the bundle, so name it rather than leave it to import failures.
os.environ.setdefault("QT_API", "pyside6")

from cssw_desktop.cli import main  # after QT_API is set

if __name__ == "__main__":
    sys.exit(main())
