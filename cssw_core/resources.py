"""Where the read-only resources (leaflet content, translations, fonts, licence texts) live."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The top-level `resources/` folder: inside a PyInstaller bundle when frozen
    (`sys._MEIPASS/resources`), otherwise beside the packages in a source or editable
    checkout (the laptop app, the renderer and central share it)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and isinstance(bundle, str):
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
