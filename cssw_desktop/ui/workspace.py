"""What the screens share, handed to each controller instead of the main window.

The composition root (app.py, through the main window it builds) makes one Workspace and
gives it to every controller: the session (is the store open, and which store), the one
store thread, the page stack, the open dialogs that close when the app locks, the
families model, the worker's language, the clocks, and requests for the window to act on
(show the families, show a family, a passing notice, the family has the laptop). A
controller built with a Workspace over a bare QStackedWidget is tested without a window.

While the family holds the laptop (`family_has_laptop_now`), nothing of the worker's may
show: controllers keep their news with `after_hand_back`, which runs it once the worker
is back (and forgets it if the app locks first).
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QStackedWidget, QWidget

from cssw_desktop.storage.profile import EnrolledProfile
from cssw_desktop.storage.store import Store
from cssw_desktop.storage.thread import OpenStore, StoreThread

if TYPE_CHECKING:
    from cssw_core.domain.family import Family
    from cssw_desktop.ui.i18n import Languages
    from cssw_desktop.ui.models.families import FamiliesTableModel
    from cssw_desktop.ui.session import Session


def alive(widget: QWidget | None) -> bool:
    """The widget still exists and is on screen (a closed dialog is deleted, or hidden)."""
    return widget is not None and shiboken6.isValid(widget) and widget.isVisible()


class Pages(QObject):
    """The stack of full-window pages: add, show, remove; `changed` when another shows."""

    changed = Signal()

    def __init__(self, stack: QStackedWidget) -> None:
        super().__init__(stack)
        self.stack = stack
        stack.currentChanged.connect(lambda _index: self.changed.emit())

    def add(self, page: QWidget) -> None:
        self.stack.addWidget(page)

    def remove(self, page: QWidget) -> None:
        self.stack.removeWidget(page)

    def show(self, page: QWidget) -> None:
        """Bring `page` to the front and give it the keyboard."""
        if self.stack.indexOf(page) < 0:
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self.changed.emit()
        page.setFocus()

    def current(self) -> QWidget | None:
        return self.stack.currentWidget()


class Dialogs(QObject):
    """The dialogs open over the window; they close (forgetting what was typed) on lock."""

    all_closed = Signal()  # the last tracked dialog went (the window takes the keyboard back)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open: list[QDialog] = []

    def track(self, dialog: QDialog) -> None:
        """Open `dialog` window-modal (never exec()) and close it when the app locks."""
        self._open.append(dialog)
        dialog.finished.connect(lambda _result: self._forget(dialog))
        dialog.open()

    def showing(self, kind: type[QDialog]) -> bool:
        """A dialog of this kind is open now (one at a time for most)."""
        return any(isinstance(d, kind) and alive(d) for d in self._open)

    def open_dialogs(self) -> list[QDialog]:
        return list(self._open)

    def close_all(self) -> None:
        for dialog in list(self._open):
            close_now = getattr(dialog, "close_now", None)  # dialogs that hold typed text
            if callable(close_now):
                close_now()
            else:
                dialog.reject()
        self._open.clear()

    def _forget(self, dialog: QDialog) -> None:
        if dialog in self._open:
            self._open.remove(dialog)
        dialog.deleteLater()
        if not self._open:
            self.all_closed.emit()


class Workspace(QObject):
    """The few things every screen's controller uses; see the module's docstring."""

    families_requested = Signal(object)  # uuid.UUID | None: the family to select
    family_requested = Signal(object, bool)  # family id, offer to resume an unfinished visit
    notice = Signal(str)  # a passing note for the status bar
    family_has_laptop = Signal(bool)  # the hand-over began (True) or ended (False)
    profile_changed = Signal(object)  # EnrolledProfile | None

    def __init__(
        self,
        session: Session,
        pages: Pages,
        languages: Languages,
        *,
        dialog_parent: QWidget,
        today: Callable[[], date] = date.today,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(session)
        self.session = session
        self.pages = pages
        self.languages = languages
        self.dialog_parent = dialog_parent
        """The window dialogs belong to (they open over it, window-modal)."""
        self.today = today
        self.clock = clock
        self.dialogs = Dialogs(self)
        self._families: FamiliesTableModel | None = None
        self._profile: EnrolledProfile | None = None
        self._with_family = False
        self._after_hand_back: list[Callable[[], object]] = []
        session.closed.connect(self.dialogs.close_all)
        session.closed.connect(self._after_hand_back.clear)  # locked: nothing to tell

    # --- the store -----------------------------------------------------------------------

    @property
    def store_thread(self) -> StoreThread:
        return self.session.store_thread

    @property
    def store(self) -> Store | None:
        return self.session.store

    def open_store(self) -> OpenStore | None:
        """The unlocked store on the store thread, or None while locked. Its calls raise
        StoreClosed once this store is locked (tasks started with spawn then end)."""
        store = self.session.store
        if store is None:
            return None
        return self.store_thread.bind(store, lambda: self.session.store is store)

    # --- families and the worker ---------------------------------------------------------

    @property
    def families(self) -> FamiliesTableModel:
        """The families on this laptop, as the list shows them (made on first use)."""
        if self._families is None:
            from cssw_desktop.ui.models.families import FamiliesTableModel

            self._families = FamiliesTableModel(self)
        return self._families

    def family(self, family_id: uuid.UUID) -> Family | None:
        return None if self._families is None else self._families.family(family_id)

    @property
    def profile(self) -> EnrolledProfile | None:
        """Who this laptop is enrolled for (None until it is enrolled)."""
        return self._profile

    def set_profile(self, profile: EnrolledProfile | None) -> None:
        self._profile = profile
        self.profile_changed.emit(profile)

    def worker_name(self, family: Family) -> str:
        """Who is taking a record: the enrolled worker, else the family's allocated one
        (a laptop not yet enrolled knows no worker of its own)."""
        if self._profile is not None:
            return self._profile.display_name
        return family.allocated_worker.strip()

    # --- asking the window ---------------------------------------------------------------

    def show_families(self, select: uuid.UUID | None = None) -> None:
        self.families_requested.emit(select)

    def show_family(self, family_id: uuid.UUID, *, offer_visit: bool = True) -> None:
        self.family_requested.emit(family_id, offer_visit)

    def notify(self, text: str) -> None:
        self.notice.emit(text)

    def track(self, dialog: QDialog) -> None:
        self.dialogs.track(dialog)

    # --- the hand-over -------------------------------------------------------------------

    @property
    def family_has_laptop_now(self) -> bool:
        """True while the family holds the laptop (their screen is the only one)."""
        return self._with_family

    def set_family_has_laptop(self, with_family: bool) -> None:
        """The hand-over began (True) or ended (False); at its end, what was kept for the
        worker's return happens, in the order it came."""
        if with_family == self._with_family:
            return
        self._with_family = with_family
        self.family_has_laptop.emit(with_family)
        while not self._with_family and self._after_hand_back:
            self._after_hand_back.pop(0)()

    def after_hand_back(self, action: Callable[[], object]) -> bool:
        """While the family has the laptop keep `action` for the worker's return and say
        True; otherwise say False (the caller goes on at once)."""
        if not self._with_family:
            return False
        self._after_hand_back.append(action)
        return True
