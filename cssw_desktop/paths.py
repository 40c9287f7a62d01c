"""Where the app keeps its data: --data-dir, else CSSW_DATA_DIR, else the OS's usual place.

Training (`--training`) keeps its store beside the real one, never in it: the same folder
name with "-training" added (…/cssw-desktop-training next to …/cssw-desktop; with
`--data-dir D`, D-training).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import platformdirs

ENV_DATA_DIR = "CSSW_DATA_DIR"
TRAINING_SUFFIX = "-training"


def resolve_data_dir(argument: str | None, environ: Mapping[str, str] = os.environ) -> Path:
    """The data folder to use (not created here: creating it is the vault's job)."""
    if argument:
        return Path(argument).expanduser().absolute()
    if environ.get(ENV_DATA_DIR):
        return Path(environ[ENV_DATA_DIR]).expanduser().absolute()
    return Path(platformdirs.user_data_dir("cssw-desktop", "CSSW", roaming=False))


def resolve_training_dir(data_dir: Path) -> Path:
    """The training folder that goes with this data folder: beside it, "-training" added."""
    return data_dir.with_name(data_dir.name + TRAINING_SUFFIX)
