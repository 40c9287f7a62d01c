"""Policy laptops follow (auto-lock, purge delay, sync interval), kept in `settings`."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cssw_central.infra.tables import Setting
from cssw_core.protocol import Policy

POLICY_KEYS = tuple(Policy.model_fields)


def read_policy(session: Session, defaults: Policy) -> Policy:
    """The stored policy, each value falling back to `defaults` when not set."""
    rows = session.scalars(select(Setting).where(Setting.key.in_(POLICY_KEYS))).all()
    values: dict[str, Any] = defaults.model_dump()
    for row in rows:
        try:
            values[row.key] = int(row.value)
        except ValueError:
            continue
    try:
        return Policy(**values)
    except ValueError:
        return defaults


def write_policy(session: Session, defaults: Policy, **changes: int) -> Policy:
    """Set some policy values (validated against `Policy`'s bounds) and return the result."""
    policy = Policy(**{**read_policy(session, defaults).model_dump(), **changes})
    for key in changes:
        setting = session.get(Setting, key)
        value = str(getattr(policy, key))
        if setting is None:
            session.add(Setting(key=key, value=value))
        else:
            setting.value = value
    return policy


# Central's own settings (never sent to laptops), each declared once: key, default, meaning.
RETENTION_ERASE = "retention_erase"
RETENTION_ERASE_DEFAULT = False
"""When on, the scheduled retention job erases records past their retention date (leaving
a tombstone in the audit log); when off (the default) it only reports them."""


def read_retention_erase(session: Session) -> bool:
    setting = session.get(Setting, RETENTION_ERASE)
    return RETENTION_ERASE_DEFAULT if setting is None else setting.value == "on"


def write_retention_erase(session: Session, enabled: bool) -> None:
    value = "on" if enabled else "off"
    setting = session.get(Setting, RETENTION_ERASE)
    if setting is None:
        session.add(Setting(key=RETENTION_ERASE, value=value))
    else:
        setting.value = value
