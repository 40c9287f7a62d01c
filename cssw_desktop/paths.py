"""Where the app keeps its data: --data-dir, else CSSW_DATA_DIR, else the OS's usual place."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import platformdirs

ENV_DATA_DIR = "CSSW_DATA_DIR"


def resolve_data_dir(argument: str | None, environ: Mapping[str, str] = os.environ) -> Path:
    """The data folder to use (not created here: creating it is the vault's job)."""
    if argument:
        return Path(argument).expanduser().absolute()
    if environ.get(ENV_DATA_DIR):
        return Path(environ[ENV_DATA_DIR]).expanduser().absolute()
    return Path(platformdirs.user_data_dir("cssw-desktop", "CSSW", roaming=False))
