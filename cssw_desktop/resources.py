"""Where the app's read-only resources (leaflet content, icons, styles) live on disk."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The top-level `resources/` folder: inside a PyInstaller bundle when frozen
    (`sys._MEIPASS/resources`), otherwise beside the package in a source or editable
    checkout."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and isinstance(bundle, str):
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
