"""Policy laptops follow (auto-lock, purge delay, sync interval), kept in `settings`."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cssw_central.db import Setting
from cssw_desktop.sync.protocol import Policy

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
