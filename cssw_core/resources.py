"""Where the read-only resources (leaflet content, translations, fonts, licence texts) live,
and how the small settings files among them are read."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any


def resources_dir() -> Path:
    """The top-level `resources/` folder: inside a PyInstaller bundle when frozen
    (`sys._MEIPASS/resources`), otherwise beside the packages in a source or editable
    checkout (the laptop app, the renderer and central share it)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and isinstance(bundle, str):
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def read_settings_file(
    path: Path, what: str, file_format: str, max_bytes: int, invalid: type[Exception]
) -> dict[str, Any]:
    """A small JSON file IT may replace (branding, rights contacts): its top-level object,
    checked to be readable, bounded, JSON and of `file_format`; else `invalid` naming the
    file and what is wrong (`what`: e.g. "the branding file")."""
    import json  # here, not at the top: the laptop's unlock page paints without it

    try:
        raw = path.read_bytes()
    except OSError:
        raise invalid(f"{what} {path} cannot be read") from None
    if len(raw) > max_bytes:
        raise invalid(f"{what} {path} is too large")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise invalid(f"{what} {path} is not valid JSON") from None
    if not isinstance(data, dict) or data.get("format") != file_format:
        raise invalid(f"{what} {path} is not in the {file_format} format")
    return data
