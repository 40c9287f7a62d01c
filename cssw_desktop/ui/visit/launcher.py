"""Starting, resuming, handing over and sealing consent visits in the main window.

One visit at a time. Its wizard is built when it starts or resumes and dropped when it
ends, when the worker leaves it (it is saved) or when the app locks; the saved draft is
the only copy that lasts. While the family has the laptop their screen is the only one
(handover.py): the worker's window is hidden, shows a neutral page and its actions are
off, until the worker's passphrase is typed on the family's screen.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject

from cssw_core.domain.consent import ConsentRecordDraft
from cssw_core.domain.consent_state import ConsentState
from cssw_core.domain.family import Family
from cssw_core.domain.record_json import RecordFormatError
from cssw_core.domain.visit import DRAFT_FORMAT, Step, VisitState
from cssw_core.errors import CsswError, ValidationFailed
from cssw_desktop.leaflet import Leaflet, LeafletError, load_leaflet
from cssw_desktop.storage.records import StoredRecord
from cssw_desktop.storage.store import Store
from cssw_desktop.translated import error_text
from cssw_desktop.ui.assistive import announce
from cssw_desktop.ui.i18n import TranslationMissing, shipped_languages
from cssw_desktop.ui.tasks import spawn
from cssw_desktop.ui.unlock.passphrase_check import passphrase_confirmed
from cssw_desktop.ui.visit.controller import VisitController, utc_now
from cssw_desktop.ui.visit.done_page import DonePage, WithFamilyPage
from cssw_desktop.ui.visit.family_screen import LEAFLET, SIGNING, FamilyScreen
from cssw_desktop.ui.visit.handover import HandOverSeal
from cssw_desktop.ui.visit.wizard import VisitPage

if TYPE_CHECKING:
    from cssw_desktop.ui.visit.language_dialog import LanguageDialog
    from cssw_desktop.ui.visit.resume_dialog import ResumeDialog
    from cssw_desktop.ui.workspace import Workspace


def is_visit_draft(stored: StoredRecord) -> bool:
    return stored.kind == "consent" and stored.body.get("format") == DRAFT_FORMAT


def open_drafts(store: Store, family_id: uuid.UUID | None = None) -> list[StoredRecord]:
    """Unfinished consent visits, most recently saved first (blocking: store thread)."""
    drafts = [d for d in store.records.drafts() if is_visit_draft(d)]
    if family_id is not None:
        drafts = [d for d in drafts if d.family_id == family_id]
    return sorted(drafts, key=lambda d: d.updated_at, reverse=True)


class VisitLauncher(QObject):
    def __init__(self, workspace: Workspace, *, now: Callable[[], datetime] = utc_now) -> None:
        super().__init__(workspace)
        self._workspace = workspace
        self._now = now
        self._leaflets: dict[str, Leaflet] = {}
        self.shipped_languages: Callable[[], tuple[str, ...]] = shipped_languages
        """The languages a family may choose for a visit (tests give their own)."""
        self.language_dialog: LanguageDialog | None = None
        self.controller: VisitController | None = None
        self.page: VisitPage | None = None
        self.screen: FamilyScreen | None = None
        self.seal: HandOverSeal | None = None  # on while the family has the laptop
        self.resume_dialog: ResumeDialog | None = None
        self.with_family_page = WithFamilyPage(workspace.dialog_parent)
        self.done_page = DonePage(workspace.dialog_parent)
        workspace.pages.add(self.with_family_page)
        workspace.pages.add(self.done_page)
        self.done_page.back_requested.connect(self._back_to_family)
        self.done_page.view_requested.connect(self._view_done)
        self.done_page.print_requested.connect(self._print_done)
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
        w = self._workspace
        open_store, family = w.open_store(), w.family(family_id)
        if open_store is None or family is None or self.active:
            return
        drafts = await open_store(open_drafts, family_id)
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
        dialog = LanguageDialog(family.family_name, choices, w.dialog_parent)
        dialog.chosen.connect(lambda language: spawn(self._begin(family_id, language, renew=renew)))
        self.language_dialog = dialog
        w.track(dialog)

    async def _begin(self, family_id: uuid.UUID, language: str, *, renew: bool) -> None:
        """Start a new visit in the family's language."""
        w = self._workspace
        open_store, family = w.open_store(), w.family(family_id)
        if open_store is None or family is None or self.active:
            return
        try:
            leaflet = self.leaflet(language)
        except LeafletError:
            w.notify(self.tr("The leaflet in that language cannot be read."))
            return
        device = await open_store(lambda s: s.device.device_id)
        previous = await self._last_time(family_id) if renew else None
        if self.active:
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
        self._open(state, family, open_store.store, previous)

    async def _last_time(self, family_id: uuid.UUID) -> ConsentState | None:
        """What the family chose last time (withdrawals applied, even once purged), shown
        beside each question of a renewal; None when nothing was signed yet."""
        open_store = self._workspace.open_store()
        if open_store is None:
            return None
        consent = await open_store(lambda s: s.caseload.consent_now(family_id))
        return consent if consent.record_id is not None else None

    def resume(self, stored: StoredRecord, previous: ConsentState | None = None) -> None:
        """Open a saved visit exactly where it stopped (on the worker's screen); `previous`:
        last time's answers, when it renews a consent."""
        w = self._workspace
        store, family = w.store, w.family(stored.family_id)
        if store is None or family is None or self.active:
            return
        try:
            state = VisitState.from_json(stored.body)
        except RecordFormatError as error:
            w.notify(self.tr("The saved visit could not be read: %s") % error)
            return
        self._open(state, family, store, previous, resumed=True)

    def _open(
        self,
        state: VisitState,
        family: Family,
        store: Store,
        previous: ConsentState | None,
        *,
        resumed: bool = False,
    ) -> None:
        w = self._workspace
        language = state.draft.shown_language
        try:
            leaflet = self.leaflet(language)
            w.languages.use(language)  # the visit's screens are built in the family's language
        except (LeafletError, TranslationMissing):
            w.notify(self.tr("This visit's language (%s) cannot be shown.") % language)
            return
        if state.draft.leaflet_hash != leaflet.content_hash:
            state = self._read_again(state, leaflet)
            w.notify(
                self.tr(
                    "The council's leaflet has changed since this visit began. Please go "
                    "through it again with the family. Their answers are kept; they sign "
                    "again."
                )
            )
        self.controller = VisitController(
            state, family, leaflet, store, w.store_thread, now=self._now, parent=self
        )
        self.page = VisitPage(self.controller, previous, w.dialog_parent)
        w.pages.add(self.page)
        self.page.leave_requested.connect(self.leave)
        self.page.hand_over_requested.connect(self.hand_over)
        self.page.seal_requested.connect(lambda: spawn(self._seal()))
        w.pages.show(self.page)
        self.controller.note_step(resumed=resumed)

    def _read_again(self, state: VisitState, leaflet: Leaflet) -> VisitState:
        """A visit saved with other leaflet words (the app was updated meanwhile): the
        record must name the words the family reads, so it names the new leaflet, every
        section is to be shown again, and confirmations and signatures go."""
        now = self._now()
        state = state.with_draft(
            leaflet_version=leaflet.version, leaflet_hash=leaflet.content_hash, sections_viewed={}
        ).with_step(Step.LEAFLET)
        return state.showing_section(0, leaflet.sections[0].id, now)

    def showing(self, page: object) -> bool:
        """True while the window shows the visit (or the page standing in for it)."""
        return page is not None and page in (self.page, self.with_family_page)

    def return_to(self, family_id: uuid.UUID) -> None:
        """After unlocking: back into the visit that was on screen when the app locked."""
        spawn(self._return_to(family_id))

    async def _return_to(self, family_id: uuid.UUID) -> None:
        if not await self.resume_for(family_id) and self._workspace.store is not None:
            self._workspace.show_family(family_id, offer_visit=False)

    async def resume_for(self, family_id: uuid.UUID) -> bool:
        """After unlocking in the middle of a visit: straight back to it. True if resumed."""
        open_store = self._workspace.open_store()
        if open_store is None:
            return False
        drafts = await open_store(open_drafts, family_id)
        if not drafts or self.active:
            return False
        previous = await self._last_time(drafts[0].family_id)
        if self.active:
            return False
        self.resume(drafts[0], previous)
        return self.active

    # --- offering a saved visit ------------------------------------------------------

    def offer_any(self) -> None:
        """After unlocking: offer the most recent unfinished visit, if there is one."""
        spawn(self._offer(None))

    def offer_for(self, family_id: uuid.UUID) -> None:
        """On opening a family page: offer that family's unfinished visit, if any."""
        spawn(self._offer(family_id))

    async def _offer(self, family_id: uuid.UUID | None) -> None:
        open_store = self._workspace.open_store()
        if open_store is None or self.active:
            return
        drafts = await open_store(open_drafts, family_id)
        if not drafts or self.active:
            return
        previous = await self._last_time(drafts[0].family_id)
        if not self.active:
            self.offer(drafts[0], previous)

    def offer(self, stored: StoredRecord, previous: ConsentState | None = None) -> None:
        from cssw_desktop.ui.visit.resume_dialog import ResumeDialog

        w = self._workspace
        family = w.family(stored.family_id)
        dialog = self.resume_dialog
        if family is None or (dialog is not None and shiboken6.isValid(dialog)):
            return
        dialog = ResumeDialog(family, stored, w.dialog_parent)
        dialog.resume_requested.connect(lambda: self.resume(stored, previous))
        dialog.discard_requested.connect(lambda: spawn(self._discard(stored)))
        self.resume_dialog = dialog
        w.track(dialog)

    async def _discard(self, stored: StoredRecord) -> None:
        open_store = self._workspace.open_store()
        if open_store is not None:
            await open_store(lambda s: s.records.discard_draft(stored.id, stored.version))
            self._workspace.notify(self.tr("The unfinished visit was discarded."))

    # --- leaving, handing over, sealing -----------------------------------------------

    def leave(self) -> None:
        """The worker leaves the visit (saved) and goes back to the family's page."""
        family_id = self.family_id()
        self._drop()
        if family_id is not None:
            self._workspace.show_family(family_id, offer_visit=False)

    def hand_over(self) -> None:
        controller = self.controller
        if controller is None or self.screen is not None:
            return
        controller.save_now()
        mode = LEAFLET if controller.state.step is Step.LEAFLET else SIGNING
        screen = FamilyScreen(controller, mode, clock=self._workspace.clock)
        self.screen = screen
        screen.hand_back_requested.connect(lambda p: spawn(self._hand_back(p)))
        # Behind the family's screen the worker's window shows a neutral page, and is
        # then hidden with every other window until the worker is back.
        self._workspace.pages.show(self.with_family_page)
        screen.show_on_screen()
        self.seal = HandOverSeal(screen)
        self.seal.put_on()
        self._workspace.set_family_has_laptop(True)
        screen.take_keyboard()

    async def _hand_back(self, passphrase: str) -> None:
        screen = self.screen
        if screen is None:
            return
        session = self._workspace.session

        def still_open() -> bool:
            if self.screen is not screen:
                return False
            screen.panel.set_busy(False)  # the answer is here: the panel may be used again
            return True

        if not await passphrase_confirmed(
            session.store_thread,
            session.vault,
            passphrase,
            screen.panel,
            still_open,
            self.tr("That is not the worker's passphrase."),
        ):
            return
        if self.screen is screen:
            wrong = screen.wrong_step  # the family said this part is wrong: open its step
            self._close_screen(back_to=self.page)
            if isinstance(wrong, Step) and self.controller is not None:
                self.controller.edit(lambda s: s.with_step(wrong))

    def _close_screen(self, back_to: VisitPage | None = None) -> None:
        """The worker's window comes back where and as it was, on the visit (`back_to`)
        or, on lock, the page the lock brings; then the family's screen goes, and then
        the worker's window is on again and tells what happened meanwhile."""
        screen, self.screen = self.screen, None
        seal, self.seal = self.seal, None
        if screen is not None:
            if seal is not None:
                seal.take_off()
            screen.close_now()
            if back_to is not None:
                self._workspace.pages.show(back_to)  # before the news: it may open a message
            self._workspace.set_family_has_laptop(False)

    async def _seal(self) -> None:
        controller, page = self.controller, self.page
        if controller is None or page is None or controller.missing():
            return
        page.set_sealing(True)
        languages = self._workspace.languages
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
        self._workspace.pages.show(self.done_page)
        announce(self.done_page.summary, self.done_page.summary.text())  # "Signed and sealed…"

    def _view_done(self) -> None:
        """The form just sealed, as its PDF prints it."""
        from cssw_desktop.ui.records.record_viewer import show_record

        if self._done_record is not None:
            show_record(self._workspace, *self._done_record)

    def _print_done(self) -> None:
        """The form just sealed, with the passphrase asked at once to print the family's
        copy."""
        from cssw_desktop.ui.records.family_copy import Purpose
        from cssw_desktop.ui.records.record_viewer import show_record

        if self._done_record is not None:
            show_record(self._workspace, *self._done_record, then=Purpose.FAMILY_PRINT)

    def _back_to_family(self) -> None:
        family_id, self._done_family = self._done_family, None
        self._done_record = None
        self.done_page.clear()
        if family_id is not None:
            self._workspace.show_family(family_id, offer_visit=False)

    # --- ending -----------------------------------------------------------------------

    def _drop(self) -> None:
        self._close_screen()
        controller, self.controller = self.controller, None
        page, self.page = self.page, None
        if controller is not None:
            controller.close()
            controller.deleteLater()
        if page is not None:
            self._workspace.pages.remove(page)
            page.deleteLater()
        self._workspace.languages.restore()

    def clear(self) -> None:
        """On lock: save what is unsaved, and remove every trace of the visit from screen."""
        self._drop()
        self._done_family = None
        self._done_record = None
        self.done_page.clear()
