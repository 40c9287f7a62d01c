"""Bring a database's schema up to date with the migrations shipped in this package."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config

PACKAGE_DIR = Path(__file__).resolve().parent.parent  # cssw_central: alembic.ini, migrations/


def alembic_config(database_url: str) -> Config:
    config = Config(str(PACKAGE_DIR / "alembic.ini"))
    config.set_main_option("script_location", str(PACKAGE_DIR / "migrations"))
    # Passed as an attribute, not an ini option: a password may hold '%', which
    # configparser would try to interpolate.
    config.attributes["database_url"] = database_url
    return config


def upgrade(database_url: str) -> None:
    """Run `alembic upgrade head` against `database_url` (PostgreSQL or SQLite)."""
    command.upgrade(alembic_config(database_url), "head")
