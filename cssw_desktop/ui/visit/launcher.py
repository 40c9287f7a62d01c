"""Starting, resuming, handing over and sealing consent visits in the main window.

One visit at a time. Its wizard is built when it starts or resumes and dropped when it
ends, when the worker leaves it (it is saved) or when the app locks; the saved draft is
the only copy that lasts. While the family has the laptop the worker's window shows a
neutral page and its menus are off.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject

from cssw_core.domain.agencies import Agency
from cssw_core.domain.consent import Answer, ConsentRecordDraft
from cssw_core.domain.family import Family
from cssw_core.domain.record_json import RecordFormatError
from cssw_core.domain.visit import DRAFT_FORMAT, Step, VisitState
from cssw_core.errors import CsswError, ValidationFailed
from cssw_desktop.leaflet import Leaflet, LeafletError, load_leaflet
from cssw_desktop.storage.errors import UnlockThrottled, WrongPassphrase
from cssw_desktop.storage.records import StoredRecord
from cssw_desktop.storage.store import Store
from cssw_desktop.translated import error_text
from cssw_desktop.ui.i18n import TranslationMissing, shipped_languages
from cssw_desktop.ui.tasks import spawn
from cssw_desktop.ui.visit.controller import VisitController, utc_now
from cssw_desktop.ui.visit.done_page import DonePage, WithFamilyPage
from cssw_desktop.ui.visit.family_screen import LEAFLET, SIGNING, FamilyScreen
from cssw_desktop.ui.visit.wizard import VisitPage

if TYPE_CHECKING:
    from cssw_desktop.ui.main_window import MainWindow
    from cssw_desktop.ui.visit.language_dialog import LanguageDialog
    from cssw_desktop.ui.visit.resume_dialog import ResumeDialog


def is_visit_draft(stored: StoredRecord) -> bool:
    return stored.kind == "consent" and stored.body.get("format") == DRAFT_FORMAT


def open_drafts(store: Store, family_id: uuid.UUID | None = None) -> list[StoredRecord]:
    """Unfinished consent visits, most recently saved first (blocking: store thread)."""
    drafts = [d for d in store.records.drafts() if is_visit_draft(d)]
    if family_id is not None:
        drafts = [d for d in drafts if d.family_id == family_id]
    return sorted(drafts, key=lambda d: d.updated_at, reverse=True)


class VisitLauncher(QObject):
    def __init__(self, window: MainWindow, *, now: Callable[[], datetime] = utc_now) -> None:
        super().__init__(window)
        self._window = window
        self._now = now
        self._leaflets: dict[str, Leaflet] = {}
        self.shipped_languages: Callable[[], tuple[str, ...]] = shipped_languages
        """The languages a family may choose for a visit (tests give their own)."""
        self.language_dialog: LanguageDialog | None = None
        self.controller: VisitController | None = None
        self.page: VisitPage | None = None
        self.screen: FamilyScreen | None = None
        self.resume_dialog: ResumeDialog | None = None
        self.with_family_page = WithFamilyPage(window)
        self.done_page = DonePage(window)
        window.pages.addWidget(self.with_family_page)
        window.pages.addWidget(self.done_page)
        self.done_page.back_requested.connect(self._back_to_family)
        self.done_page.view_requested.connect(self._view_done)
        self._done_family: uuid.UUID | None = None
        self._done_record: tuple[uuid.UUID, int] | None = None  # id and version just sealed

    def leaflet(self, language: str = "en") -> Leaflet:
        """The leaflet in `language` (LeafletError if it is missing or damaged)."""
        if language not in self._leaflets:
            self._leaflets[language] = load_leaflet(language)
        return self._leaflets[language]

    @property
    def active(self) -> bool:
        return self.controller is not None

    def family_id(self) -> uuid.UUID | None:
        return None if self.controller is None else self.controller.family.id

    # --- starting and resuming --------------------------------------------------------

    def start(self, family_id: uuid.UUID, *, renew: bool = False) -> None:
        """Start a visit with the family (or offer the one already under way)."""
        spawn(self._start(family_id, renew=renew))

    async def _start(self, family_id: uuid.UUID, *, renew: bool) -> None:
        w = self._window
        store, family = w.store, w.model.family(family_id)
        if store is None or family is None or self.active:
            return
        thread = w.session.store_thread
        drafts = await thread.run(open_drafts, store, family_id)
        if w.store is not store:
            return
        if drafts:
            self.offer(drafts[0])
            return
        choices = w.languages.visit_choices(self.shipped_languages())
        if len(choices) == 1:
            await self._begin(family_id, choices[0], renew=renew)
            return
        from cssw_desktop.ui.visit.language_dialog import LanguageDialog

        asking = self.language_dialog
        if asking is not None and shiboken6.isValid(asking):
            asking.activateWindow()  # already asking (Start pressed twice): one question
            return
        dialog = LanguageDialog(family.family_name, choices, w)
        dialog.chosen.connect(lambda language: spawn(self._begin(family_id, language, renew=renew)))
        dialog.finished.connect(dialog.deleteLater)
        self.language_dialog = dialog
        w.session.track(dialog)
        dialog.open()

    async def _begin(self, family_id: uuid.UUID, language: str, *, renew: bool) -> None:
        """Start a new visit in the family's language."""
        w = self._window
        store, family = w.store, w.model.family(family_id)
        if store is None or family is None or self.active:
            return
        thread = w.session.store_thread
        try:
            leaflet = self.leaflet(language)
        except LeafletError:
            w.show_notice(self.tr("The leaflet in that language cannot be read."))
            return
        device = await thread.run(lambda: store.device.device_id)
        previous = None
        if renew:
            consent = await thread.run(store.sealing.consent_state, family_id)
            previous = (dict(consent.share_with), dict(consent.approach))
        if w.store is not store or self.active:
            return
        now = self._now()
        draft = ConsentRecordDraft(
            family_id=family.id,
            worker=w.worker_name(family) or "Worker",
            device=device,
            visit_date=w.today(),
            visit_start=now,
            covered_children=family.children,
            leaflet_version=leaflet.version,
            leaflet_hash=leaflet.content_hash,
            language=leaflet.language,
        )
        state = VisitState(draft).showing_section(0, leaflet.sections[0].id, now)
        self._open(state, family, store, previous)

    def resume(self, stored: StoredRecord) -> None:
        """Open a saved visit exactly where it stopped (on the worker's screen)."""
        w = self._window
        store, family = w.store, w.model.family(stored.family_id)
        if store is None or family is None or self.active:
            return
        try:
            state = VisitState.from_json(stored.body)
        except RecordFormatError as error:
            w.show_notice(self.tr("The saved visit could not be read: %s") % error)
            return
        self._open(state, family, store, None)

    def _open(
        self,
        state: VisitState,
        family: Family,
        store: Store,
        previous: tuple[dict[Agency, Answer | None], dict[Agency, Answer | None]] | None,
    ) -> None:
        w = self._window
        language = state.draft.shown_language
        try:
            leaflet = self.leaflet(language)
            w.languages.use(language)  # the visit's screens are built in the family's language
        except (LeafletError, TranslationMissing):
            w.show_notice(self.tr("This visit's language (%s) cannot be shown.") % language)
            return
        self.controller = VisitController(
            state, family, leaflet, store, w.session.store_thread, now=self._now, parent=self
        )
        self.page = VisitPage(self.controller, previous, w)
        w.pages.addWidget(self.page)
        self.page.leave_requested.connect(self.leave)
        self.page.hand_over_requested.connect(self.hand_over)
        self.page.seal_requested.connect(lambda: spawn(self._seal()))
        w.show_page(self.page)
        self.controller.note_step()

    def showing(self, page: object) -> bool:
        """True while the window shows the visit (or the page standing in for it)."""
        return page is not None and page in (self.page, self.with_family_page)

    def return_to(self, family_id: uuid.UUID) -> None:
        """After unlocking: back into the visit that was on screen when the app locked."""
        spawn(self._return_to(family_id))

    async def _return_to(self, family_id: uuid.UUID) -> None:
        if not await self.resume_for(family_id) and self._window.store is not None:
            self._window.show_family(family_id, offer_visit=False)

    async def resume_for(self, family_id: uuid.UUID) -> bool:
        """After unlocking in the middle of a visit: straight back to it. True if resumed."""
        w = self._window
        store = w.store
        if store is None:
            return False
        drafts = await w.session.store_thread.run(open_drafts, store, family_id)
        if w.store is not store or not drafts or self.active:
            return False
        self.resume(drafts[0])
        return self.active

    # --- offering a saved visit ------------------------------------------------------

    def offer_any(self) -> None:
        """After unlocking: offer the most recent unfinished visit, if there is one."""
        spawn(self._offer(None))

    def offer_for(self, family_id: uuid.UUID) -> None:
        """On opening a family page: offer that family's unfinished visit, if any."""
        spawn(self._offer(family_id))

    async def _offer(self, family_id: uuid.UUID | None) -> None:
        w = self._window
        store = w.store
        if store is None or self.active:
            return
        drafts = await w.session.store_thread.run(open_drafts, store, family_id)
        if w.store is store and drafts and not self.active:
            self.offer(drafts[0])

    def offer(self, stored: StoredRecord) -> None:
        from cssw_desktop.ui.visit.resume_dialog import ResumeDialog

        w = self._window
        family = w.model.family(stored.family_id)
        dialog = self.resume_dialog
        if family is None or (dialog is not None and shiboken6.isValid(dialog)):
            return
        dialog = ResumeDialog(family, stored, w)
        dialog.resume_requested.connect(lambda: self.resume(stored))
        dialog.discard_requested.connect(lambda: spawn(self._discard(stored)))
        self.resume_dialog = dialog
        w.session.track(dialog)

    async def _discard(self, stored: StoredRecord) -> None:
        store = self._window.store
        if store is not None:
            await self._window.session.store_thread.run(
                store.records.discard_draft, stored.id, stored.version
            )
            self._window.show_notice(self.tr("The unfinished visit was discarded."))

    # --- leaving, handing over, sealing -----------------------------------------------

    def leave(self) -> None:
        """The worker leaves the visit (saved) and goes back to the family's page."""
        family_id = self.family_id()
        self._drop()
        if family_id is not None:
            self._window.show_family(family_id, offer_visit=False)

    def hand_over(self) -> None:
        controller = self.controller
        if controller is None or self.screen is not None:
            return
        controller.save_now()
        mode = LEAFLET if controller.state.step is Step.LEAFLET else SIGNING
        self.screen = FamilyScreen(controller, mode, clock=self._window.clock)
        self.screen.hand_back_requested.connect(lambda p: spawn(self._hand_back(p)))
        self._window.menuBar().setEnabled(False)
        self._window.show_page(self.with_family_page)
        self.screen.show_on_screen()

    async def _hand_back(self, passphrase: str) -> None:
        screen = self.screen
        if screen is None:
            return
        vault = self._window.session.vault
        try:
            await self._window.session.store_thread.run(vault.check_passphrase, passphrase)
        except WrongPassphrase as error:
            if self.screen is screen:
                screen.panel.set_busy(False)
                screen.panel.show_problem(
                    self.tr("That is not the worker's passphrase."), error.wait_seconds
                )
            return
        except UnlockThrottled as error:
            if self.screen is screen:
                screen.panel.set_busy(False)
                screen.panel.show_problem(
                    self.tr("Too many wrong passphrases in a row."), error.wait_seconds
                )
            return
        except CsswError as error:
            if self.screen is screen:
                screen.panel.set_busy(False)
                screen.panel.show_problem(error_text(error))
            return
        if self.screen is screen:
            self._close_screen()
            if self.page is not None:
                self._window.show_page(self.page)

    def _close_screen(self) -> None:
        screen, self.screen = self.screen, None
        if screen is not None:
            screen.close_now()
            self._window.activateWindow()  # the keyboard comes back to the worker's window
        self._window.menuBar().setEnabled(True)

    async def _seal(self) -> None:
        controller, page = self.controller, self.page
        if controller is None or page is None or controller.missing():
            return
        page.set_sealing(True)
        languages = self._window.languages
        visit_language = languages.current
        languages.restore()  # the PDF kept for the council is in the worker's language
        try:
            sealed = await controller.seal()
        except ValidationFailed as error:
            languages.use(visit_language)
            page.set_sealing(False)
            page.show_problem(" ".join(message for _field, message in error.problems))
            return
        except CsswError as error:
            languages.use(visit_language)
            page.set_sealing(False)
            page.show_problem(error_text(error))
            return
        family = controller.family
        self._drop()
        self._done_family = family.id
        self._done_record = (sealed.id, sealed.version)
        sealed_at = datetime.fromisoformat(str(sealed.sealed_at).replace("Z", "+00:00"))
        self.done_page.show_sealed(
            family.family_name, sealed_at, str(sealed.id), sealed.content_hash or ""
        )
        self._window.show_page(self.done_page)

    def _view_done(self) -> None:
        """The form just sealed, as its PDF prints it."""
        from cssw_desktop.ui.records.record_viewer import show_record

        if self._done_record is not None:
            show_record(self._window, *self._done_record)

    def _back_to_family(self) -> None:
        family_id, self._done_family = self._done_family, None
        self._done_record = None
        self.done_page.clear()
        if family_id is not None:
            self._window.show_family(family_id, offer_visit=False)

    # --- ending -----------------------------------------------------------------------

    def _drop(self) -> None:
        self._close_screen()
        controller, self.controller = self.controller, None
        page, self.page = self.page, None
        if controller is not None:
            controller.close()
            controller.deleteLater()
        if page is not None:
            self._window.pages.removeWidget(page)
            page.deleteLater()
        self._window.languages.restore()

    def clear(self) -> None:
        """On lock: save what is unsaved, and remove every trace of the visit from screen."""
        self._drop()
        self._done_family = None
        self._done_record = None
        self.done_page.clear()
