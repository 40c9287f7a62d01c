"""The main window: it builds the session, the workspace and the controllers, places their
menus and pages, and renders what the session says (setup, unlock, the problem page, the
status bar). Together with app.py it is the GUI's composition root: no other module of
the GUI imports it; controllers get the Workspace instead.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from cssw_desktop.storage.store import Store
from cssw_desktop.storage.thread import StoreThread
from cssw_desktop.storage.vault import Vault
from cssw_desktop.ui.accessibility import DISPLAY_FILE, DisplayControl
from cssw_desktop.ui.assistive import announce
from cssw_desktop.ui.clipboard import guard_selection
from cssw_desktop.ui.families.editing import FamilyEditing
from cssw_desktop.ui.families.elsewhere import ChangesElsewhere
from cssw_desktop.ui.focus import install_focus_ring
from cssw_desktop.ui.i18n import Languages
from cssw_desktop.ui.idle import IdleWatcher
from cssw_desktop.ui.preferences import Preferences
from cssw_desktop.ui.scroll_bar_names import name_scroll_bars
from cssw_desktop.ui.session import Session
from cssw_desktop.ui.sync.services import SyncServices
from cssw_desktop.ui.sync.sync_ui import SyncUi
from cssw_desktop.ui.tasks import spawn
from cssw_desktop.ui.unlock.lock_screens import LockScreens
from cssw_desktop.ui.unlock.passphrase_change import PassphraseChange
from cssw_desktop.ui.widgets.indicators import install_indicator_sizing
from cssw_desktop.ui.widgets.layout import ElidedLabel, em
from cssw_desktop.ui.workspace import Pages, Workspace

if TYPE_CHECKING:
    from cssw_desktop.ui.families.families_page import FamiliesPage
    from cssw_desktop.ui.families.family_consent import FamilyConsent
    from cssw_desktop.ui.families.family_page import FamilyPage
    from cssw_desktop.ui.models.families import FamiliesTableModel
    from cssw_desktop.ui.unlock.unlock_page import UnlockPage
    from cssw_desktop.ui.visit.launcher import VisitLauncher

NOTICE_MS = 30_000  # long enough to read twice


@dataclass(frozen=True, slots=True)
class Place:
    """Where the worker was: the families list (a family selected) or one family's page."""

    page: str  # "families", "family" or "visit" (a consent visit with the family)
    family_id: uuid.UUID | None = None


class MainWindow(QMainWindow):
    """Pages in a QStackedWidget; the Session does the work with the store."""

    def __init__(
        self,
        vault: Vault,
        idle: IdleWatcher,
        *,
        today: Callable[[], date] = date.today,
        clock: Callable[[], float] = time.monotonic,
        idle_timeout_ms: int | None = None,
        store_thread: StoreThread | None = None,
        sync_services: SyncServices | None = None,
        online_detection: bool = True,
        display: DisplayControl | None = None,
        languages: Languages | None = None,
        unlock_page: UnlockPage | None = None,
    ) -> None:
        super().__init__()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        # The worker's language, and the family's during a visit (app.py installs it).
        self.languages = languages or Languages(app)
        # Text size and contrast (app.py applies the saved ones before building windows).
        self.display = display or DisplayControl(app, vault.data_dir / DISPLAY_FILE, parent=self)
        install_focus_ring(app)
        install_indicator_sizing(app)  # radio buttons and check boxes grow with the text
        guard_selection(app)  # selecting text offers nothing to other programs
        name_scroll_bars()  # each says what it scrolls to a screen reader
        self.setWindowTitle(self.tr("CSSW offline consent"))
        self.clock = clock
        self.pages = QStackedWidget(self)
        self.setCentralWidget(self.pages)

        self.session = Session(
            vault, idle, store_thread or StoreThread(), idle_timeout_ms=idle_timeout_ms, parent=self
        )
        self.workspace = Workspace(
            self.session,
            Pages(self.pages),
            self.languages,
            dialog_parent=self,
            today=today,
            clock=clock,
        )
        # Until a store is open: opening, set-up, unlock, or why the store cannot be used.
        # The unlock page the start showed first (startup.py), if any, is taken over as
        # it is, with what the worker typed.
        self.lock_screens = LockScreens(
            self.session, self.workspace.pages, self, clock=clock, unlock_page=unlock_page
        )
        screens = self.lock_screens
        self.starting_page, self.setup_page = screens.starting_page, screens.setup_page
        self.unlock_page, self.error_page = screens.unlock_page, screens.error_page
        self.lock_state = screens.lock_state
        self.family_editing = FamilyEditing(self.workspace)
        self.preferences = Preferences(self.workspace)
        self.passphrase_change = PassphraseChange(self.workspace)
        self.elsewhere = ChangesElsewhere(self.workspace)
        # The families list (model and page) and the family page are built on first use,
        # after unlocking: importing and building them costs more than the rest of the
        # window, and the unlock page should not wait for it.
        self._families_pages: tuple[FamiliesPage, FamilyPage, FamilyConsent] | None = None
        self._visits: VisitLauncher | None = None  # consent visits, built on first use
        self._return_to: Place | None = None
        self._before_reload: Place | None = None
        self._sealed_actions: list[QAction] = []  # turned off while the family has the laptop

        # The path gives way ("…") to the lock state when large text leaves no room.
        self.folder = ElidedLabel(self.tr("Data folder: %s") % vault.data_dir, self)
        self._make_actions()
        self.sync = SyncUi(
            self.workspace, sync_services or SyncServices(), online_detection=online_detection
        )
        self.menuBar().addMenu(self.sync.menu)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.sync.toolbar)
        self.statusBar().addWidget(self.lock_state, 1)
        self.statusBar().addPermanentWidget(self.sync.status)  # sending news, then the folder
        self.statusBar().addPermanentWidget(self.folder)
        self._make_help_menu()
        self._connect()
        self._update_actions()
        self.resize(em(self, 80), em(self, 44))

    # --- menus and shortcuts -----------------------------------------------------------

    def _make_actions(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.lock_action = QAction(self.tr("&Lock now"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.change_passphrase_action = QAction(self.tr("&Change passphrase…"), self)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.settings_action)
        file_menu.addAction(self.change_passphrase_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        families_menu = self.menuBar().addMenu(self.tr("F&amilies"))
        self.add_action = QAction(self.tr("&Add family…"), self)
        self.add_action.setShortcut(QKeySequence("Ctrl+N"))
        self.find_action = QAction(self.tr("&Find a family"), self)
        self.find_action.setShortcut(QKeySequence("Ctrl+F"))
        self.edit_action = QAction(self.tr("&Edit this family…"), self)
        self.edit_action.setShortcut(QKeySequence("Ctrl+E"))
        self.back_action = QAction(self.tr("&Back to families"), self)
        self.back_action.setShortcut(QKeySequence("Alt+Left"))
        for action in (self.add_action, self.find_action, self.edit_action, self.back_action):
            families_menu.addAction(action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for action in self.display.actions():
            if action is self.display.contrast_action:
                view_menu.addSeparator()
            view_menu.addAction(action)
        # On the window too: its shortcuts then work while the menus are off, as they are
        # when the family has the laptop (their full-screen window has no menus).
        self.addActions(self.display.actions())

    def _make_help_menu(self) -> None:
        """Help, the last menu (after the Sync menu)."""
        from cssw_desktop.ui.about_dialog import show_about  # its contents load when it opens

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About CSSW offline consent…"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(lambda: show_about(self, self.session.vault.data_dir))
        help_menu.addAction(self.about_action)

    def _connect(self) -> None:
        s, w = self.session, self.workspace
        self.lock_action.triggered.connect(lambda: s.lock(self.tr("Locked.")))
        self.quit_action.triggered.connect(self.close)
        self.settings_action.triggered.connect(self.preferences.open)
        self.change_passphrase_action.triggered.connect(self.passphrase_change.open)
        self.add_action.triggered.connect(self.family_editing.add_family)
        self.find_action.triggered.connect(self.find_family)
        self.edit_action.triggered.connect(self._edit_shown_family)
        self.back_action.triggered.connect(lambda: self.show_families())
        self.lock_screens.quit_requested.connect(self.close)
        self.pages.currentChanged.connect(self._update_actions)
        s.opened.connect(lambda store: spawn(self._opened(store)))
        s.closed.connect(self._closed)
        s.removed.connect(self._forget_place)
        for changed in (s.opened, s.closed, s.auto_lock_changed):
            changed.connect(self._update_actions)
        s.notice.connect(self.show_notice)
        # What the controllers ask of the window.
        w.families_requested.connect(self.show_families)
        w.family_requested.connect(
            lambda family_id, offer: self.show_family(family_id, offer_visit=offer)
        )
        w.notice.connect(self.show_notice)
        w.family_has_laptop.connect(self._family_has_laptop)
        w.dialogs.all_closed.connect(self._take_keyboard_back)
        self.elsewhere.reloading.connect(self._note_place)
        self.elsewhere.families_reloaded.connect(self._families_reloaded)

    # --- the families pages and visits, built on first use --------------------------------

    def _built_families_pages(self) -> tuple[FamiliesPage, FamilyPage, FamilyConsent]:
        if self._families_pages is None:
            from cssw_desktop.ui.families.families_page import FamiliesPage
            from cssw_desktop.ui.families.family_consent import FamilyConsent
            from cssw_desktop.ui.families.family_page import FamilyPage

            editing = self.family_editing
            families, family = FamiliesPage(self.model, self), FamilyPage(self)
            self.pages.addWidget(families)
            self.pages.addWidget(family)
            families.add_requested.connect(editing.add_family)
            families.open_requested.connect(self.show_family)
            family.edit_requested.connect(editing.edit_family)
            family.back_requested.connect(lambda: self.show_families())
            family.start_visit_requested.connect(lambda f: self.visits.start(f))
            family.renew_requested.connect(lambda f: self.visits.start(f, renew=True))
            self.escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), family)
            self.escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.escape.activated.connect(lambda: self.show_families())
            self._families_pages = (families, family, FamilyConsent(self.workspace, family))
            from cssw_desktop.ui.families.consent_status_loader import ConsentStatusLoader

            self._consent_states = ConsentStatusLoader(self.workspace, self.model, families)
        return self._families_pages

    @property
    def today(self) -> Callable[[], date]:
        """What day it is, for every screen (the workspace's; tests move it)."""
        return self.workspace.today

    @today.setter
    def today(self, today: Callable[[], date]) -> None:
        self.workspace.today = today

    @property
    def model(self) -> FamiliesTableModel:
        return self.workspace.families

    @property
    def families_page(self) -> FamiliesPage:
        return self._built_families_pages()[0]

    @property
    def family_page(self) -> FamilyPage:
        return self._built_families_pages()[1]

    @property
    def family_consent(self) -> FamilyConsent:
        return self._built_families_pages()[2]

    @property
    def visits(self) -> VisitLauncher:
        if self._visits is None:
            from cssw_desktop.ui.visit.launcher import VisitLauncher

            self._visits = VisitLauncher(self.workspace)
        return self._visits

    def _in_visit(self) -> bool:
        return self._visits is not None and self._visits.showing(self.pages.currentWidget())

    def _on_family_page(self) -> bool:
        pages = self._families_pages
        return pages is not None and self.pages.currentWidget() is pages[1]

    def _update_actions(self) -> None:
        # While the family holds the laptop nothing of the worker's works.
        unlocked = self.session.unlocked and not self.workspace.family_has_laptop_now
        for action in (
            self.lock_action,
            self.settings_action,
            self.change_passphrase_action,
        ):
            action.setEnabled(unlocked)
        for action in (self.add_action, self.find_action):  # a visit is left by its own button
            action.setEnabled(unlocked and not self._in_visit())
        on_family_page = self._on_family_page()
        self.edit_action.setEnabled(unlocked and on_family_page)
        self.back_action.setEnabled(unlocked and on_family_page)

    def _edit_shown_family(self) -> None:
        if self.family_page.family_id is not None:
            self.family_editing.edit_family(self.family_page.family_id)

    # --- pages -------------------------------------------------------------------------

    def show_page(self, page: QWidget) -> None:
        """Bring a page to the front (the workspace's page stack)."""
        self.workspace.pages.show(page)

    def show_families(self, select: uuid.UUID | None = None) -> None:
        """The families list; select a family (e.g. the one just left) if given."""
        if not self.session.unlocked or self.workspace.family_has_laptop_now:
            return
        if select is None:
            select = self.family_page.family_id
        self.family_page.clear()
        self.show_page(self.families_page)
        if select is not None:
            self.families_page.select_family(select)

    def show_family(self, family_id: uuid.UUID, *, offer_visit: bool = True) -> None:
        """The family's page; offer to resume a consent visit left unfinished with them."""
        if self.workspace.family_has_laptop_now:
            return
        family = self.model.family(family_id)
        if family is None or not self.session.unlocked:
            self.show_families()
            return
        self.family_page.show_family(family, self.today())
        self.show_page(self.family_page)
        if offer_visit:
            self.visits.offer_for(family_id)

    def find_family(self) -> None:
        """Ctrl+F: to the list, cursor in the search field with its text selected."""
        if self.workspace.family_has_laptop_now:
            return
        if self.pages.currentWidget() is not self.families_page:
            self.show_families()
        self.families_page.search.setFocus()
        self.families_page.search.selectAll()

    def place(self) -> Place:
        """Where the worker is now, to come back to after unlocking."""
        visit_family = self._visits.family_id() if self._visits is not None else None
        if visit_family is not None:
            return Place("visit", visit_family)
        if self._on_family_page() and self.family_page.family_id:
            return Place("family", self.family_page.family_id)
        current = self.families_page.table.currentIndex()
        family = self.model.family_at(current.row()) if current.isValid() else None
        return Place("families", family.id if family else None)

    def go_to(self, place: Place) -> None:
        if place.page == "visit" and place.family_id is not None:
            self.visits.return_to(place.family_id)
        elif place.page == "family" and place.family_id is not None:
            self.show_family(place.family_id)
        else:
            self.show_families(place.family_id)

    def clear_family_data(self) -> None:
        """Remove every family detail from the widgets and models (on lock)."""
        self.model.clear()
        if self._families_pages is not None:
            families, family, _consent = self._families_pages
            families.clear()
            family.clear()
        if self._visits is not None:
            self._visits.clear()

    # --- what the session says -------------------------------------------------------

    async def _opened(self, store: Store) -> None:
        """Show the families, then go back to where the worker was."""
        open_store = self.workspace.open_store()
        if open_store is None or open_store.store is not store:
            return
        families = await open_store(lambda s: s.families.all())
        self.model.set_families(families)
        self.families_page.fit_columns()
        place, self._return_to = self._return_to, None
        if place is None:
            self.show_families()
            self.families_page.focus_table()
            self.visits.offer_any()  # a consent visit left unfinished (e.g. the app was killed)
        else:
            self.go_to(place)

    def _closed(self) -> None:
        """Locked (or removed): note where the worker was, forget every family detail."""
        self._return_to = self.place()
        self.clear_family_data()

    def _forget_place(self) -> None:
        self._return_to = None  # the store was removed: nowhere to go back to

    def _note_place(self) -> None:
        self._before_reload = self.place()

    def _families_reloaded(self) -> None:
        """Families changed elsewhere: keep the list's selection, refresh a family shown."""
        before, self._before_reload = self._before_reload, None
        if before is None or before.family_id is None or self._families_pages is None:
            return
        families, family, _consent = self._families_pages
        current = self.pages.currentWidget()
        if current is families and before.page == "families":
            row = self.model.row_of(before.family_id)
            if row is not None:  # selected again, the keyboard stays where it is
                families.table.selectRow(row)
        elif current is family and before.page == "family":
            shown = self.model.family(before.family_id)
            if shown is None:
                self.show_families()
            else:
                family.show_family(shown, self.today())  # and reads its consent again

    def _family_has_laptop(self, handed_over: bool) -> None:
        """While the family holds the laptop the worker's window (hidden by the hand-over's
        seal) is off as well: its menus, every action and shortcut but the text size and
        contrast, which move to the family's screen."""
        display = self.display.actions()
        if handed_over:
            screen = self._visits.screen if self._visits is not None else None
            if screen is not None:
                screen.addActions(display)  # Ctrl++ and the like on the family's screen
            self._sealed_actions = [
                a for a in self.findChildren(QAction) if a.isEnabled() and a not in display
            ]
            for action in self._sealed_actions:
                action.setEnabled(False)
        else:
            sealed, self._sealed_actions = self._sealed_actions, []
            for action in sealed:
                action.setEnabled(True)
        self.menuBar().setEnabled(not handed_over)
        self.setEnabled(not handed_over)
        self._update_actions()
        self.sync.update_actions()
        if not handed_over and self.isVisible():
            self.activateWindow()  # the keyboard comes back to the worker's window,
            page = self.pages.currentWidget()
            if page is not None:
                page.setFocus()  # where the page shown starts it (it was off till now)

    def _take_keyboard_back(self) -> None:
        if self.isVisible():
            # Give the keyboard back to the window (not every platform does it by itself).
            self.activateWindow()

    # --- status bar ----------------------------------------------------------------

    def show_notice(self, text: str) -> None:
        """A passing note in the status bar (e.g. that the passphrase was changed); kept
        for the worker's return while the family has the laptop."""
        if not self.workspace.after_hand_back(lambda: self.show_notice(text)):
            self.statusBar().showMessage(text, NOTICE_MS)
            announce(self.statusBar(), text)

    @property
    def store(self) -> Store | None:
        return self.session.store

    async def _close_after_sync(self) -> None:
        await self.sync.stop()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.sync.needs_stopping:
            # Stop sending and close the connection to central while the loop still runs,
            # then close for real.
            event.ignore()
            spawn(self._close_after_sync())
            return
        self.workspace.dialogs.close_all()
        if self._visits is not None:
            self._visits.clear()  # saves anything typed in the last moment
        super().closeEvent(event)
