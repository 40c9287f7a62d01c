"""The fonts every PDF is drawn in, shipped in resources/fonts and registered with Qt.

Whichever machine makes a record's pages — the worker's laptop, a team lead's, central —
draws them in the same fonts (DejaVu Sans, Bold and Sans Mono, cut down to the
characters a record needs by scripts/subset-fonts), so the words wrap and the pages
break the same everywhere. A character the shipped fonts lack (a name in a script they
do not cover) is drawn from the machine's own fonts, as Qt does for any font.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtGui import QFontDatabase

from cssw_core.resources import resources_dir

SANS = "DejaVu Sans"
MONO = "DejaVu Sans Mono"
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansMono.ttf")

log = logging.getLogger(__name__)
_lock = threading.Lock()
_registered: bool | None = None  # None: not tried yet in this process


class FontsMissing(RuntimeError):
    """The shipped fonts could not be loaded (a broken installation)."""


def register_fonts(*, required: bool = False) -> bool:
    """Register the shipped fonts with Qt once per process (needs a QGuiApplication);
    True when all of them are loaded. `required`: raise FontsMissing instead of going on
    with the machine's fonts (central files nothing drawn in other fonts)."""
    global _registered
    with _lock:
        if _registered is None:
            _registered = _load_all()
        loaded = _registered
    if not loaded and required:
        raise FontsMissing(
            f"the fonts shipped for the PDF were not found in {resources_dir() / 'fonts'}"
        )
    return loaded


def _load_all() -> bool:
    folder = resources_dir() / "fonts"
    loaded = True
    for name in FONT_FILES:
        if QFontDatabase.addApplicationFont(str(folder / name)) < 0:
            log.warning("the PDF font %s could not be loaded; the machine's fonts stand in", name)
            loaded = False
    return loaded
