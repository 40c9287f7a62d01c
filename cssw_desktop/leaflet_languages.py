"""Which languages have a leaflet installed, without reading any leaflet.

Kept apart from `leaflet` (which checks and hashes the leaflets' words) so that choosing
the language of the screens at start-up, before the unlock page shows, imports nothing
else.
"""

from __future__ import annotations

from pathlib import Path

from cssw_core.domain.i18n import LANGUAGE_PATTERN
from cssw_core.resources import resources_dir

LEAFLET_FILE = "leaflet.json"


def leaflet_root(root: Path | None = None) -> Path:
    """The folder holding one sub-folder per language (default: resources/leaflet)."""
    return root if root is not None else resources_dir() / "leaflet"


def available_languages(root: Path | None = None) -> tuple[str, ...]:
    """Languages with a leaflet file, sorted; English first when present."""
    folder = leaflet_root(root)
    if not folder.is_dir():
        return ()
    found = sorted(
        p.name
        for p in folder.iterdir()
        if LANGUAGE_PATTERN.match(p.name) and (p / LEAFLET_FILE).is_file()
    )
    return tuple(sorted(found, key=lambda name: (name != "en", name)))
