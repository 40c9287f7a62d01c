"""One helper object per application (the focus ring, the selection guard, the indicator
sizing), found again without walking the application's children.

`app.findChild(...)` gives every child of the application a Python type in order to test
it, and one of those children is the application's style: typing it makes PySide build
every QStyle enum (566 members, about 4 ms of CPU), which before the unlock page paints is
time the worker waits for nothing (bench/startup.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QObject

T = TypeVar("T", bound=QObject)

_made: dict[type[QObject], QObject] = {}


def one_per_app(app: QObject, kind: type[T], make: Callable[[], T]) -> T:
    """The `kind` helper made for `app` (a child of it), or a new one from `make`."""
    found = _made.get(kind)
    if isinstance(found, kind) and shiboken6.isValid(found) and found.parent() is app:
        return found
    made = make()
    _made[kind] = made
    return made
