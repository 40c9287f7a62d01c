"""One visit in progress: its state, and saving it to the store after every change.

Every change goes to the store at once (typed text after a short pause), in order, on the
session's store thread. Saves never overlap: a change made while one is being written is
written straight after it, so the newest state always reaches the store.

Each step of the visit completed (or gone back to) is noted in the audit log. The notes
wait in a queue until a save takes them, all at once, with the draft they belong to; a
note is never dropped: one whose save failed goes back to the queue, and the ones still
waiting when the visit is sealed or closed are written first (fast clicks on Next used to
lose them).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from cssw_core.domain.family import Family
from cssw_core.domain.sealing import RecordKind
from cssw_core.domain.visit import Step, VisitState, missing_for
from cssw_core.errors import CsswError
from cssw_desktop.leaflet import Leaflet
from cssw_desktop.outbox_pdf import seal_for_outbox
from cssw_desktop.storage.audit import DetailValue
from cssw_desktop.storage.records import StoredRecord
from cssw_desktop.storage.store import Store
from cssw_desktop.storage.thread import StoreThread
from cssw_desktop.translated import error_text, qt_translate
from cssw_desktop.ui.tasks import spawn

TEXT_SAVE_DELAY_MS = 300

StepNote = dict[str, DetailValue]  # the audit detail of a step: {"step": …, "completed": …}


def step_note(before: Step, after: Step) -> StepNote:
    """The audit detail for moving from one step to another: the step completed, or that
    the worker went back."""
    if after.number > before.number:
        return {"step": after.value, "completed": before.value}
    return {"step": after.value, "back": True}


def utc_now() -> datetime:
    return datetime.now(UTC)


class VisitController(QObject):
    """Holds the visit's state; pages change it through `update` and redraw on `changed`."""

    changed = Signal()
    saved = Signal(int)  # the revision now safely in the store
    save_failed = Signal(str)

    def __init__(
        self,
        state: VisitState,
        family: Family,
        leaflet: Leaflet,
        store: Store,
        thread: StoreThread,
        *,
        now: Callable[[], datetime] = utc_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.family = family
        self.leaflet = leaflet
        self.now = now
        self._state = state
        self._store = store
        self._thread = thread
        self._saved_revision = -1
        self._steps_to_note: list[StepNote] = []
        self._saving = False
        self._closed = False
        self._sealing = False  # no draft saves once sealing has been queued
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(TEXT_SAVE_DELAY_MS)
        self._text_timer.timeout.connect(self.save_now)

    @property
    def state(self) -> VisitState:
        return self._state

    @property
    def saved_revision(self) -> int:
        return self._saved_revision

    @property
    def worker(self) -> str:
        """The worker's name for the record (worker profiles come with enrollment)."""
        return self.family.allocated_worker.strip() or "Worker"

    def section_titles(self) -> dict[str, str]:
        return {s.id: s.title for s in self.leaflet.sections}

    def missing(self, step: Step | None = None) -> list[str]:
        return missing_for(
            self._state, step or self._state.step, self.section_titles(), qt_translate
        )

    # --- changing ------------------------------------------------------------------------

    def update(self, state: VisitState, *, typed: bool = False) -> None:
        """Take the new state, redraw, and save it (typed text: after a short pause)."""
        if self._closed or state == self._state:
            return
        if state.step is not self._state.step:
            self._steps_to_note.append(step_note(self._state.step, state.step))
        self._state = state
        self.changed.emit()
        if typed:
            self._text_timer.start()
        else:
            self.save_now()

    def edit(self, change: Callable[[VisitState], VisitState], *, typed: bool = False) -> None:
        self.update(change(self._state), typed=typed)

    def note_step(self, *, resumed: bool = False) -> None:
        """Note the current step in the audit log (the visit just started or resumed)."""
        how = "resumed" if resumed else "started"
        self._steps_to_note.append({"step": self._state.step.value, how: True})
        self.save_now()

    # --- saving --------------------------------------------------------------------------

    def save_now(self) -> None:
        self._text_timer.stop()
        if not self._saving and not self._closed and not self._sealing:
            self._saving = True
            spawn(self._save_loop())

    def _pending(self) -> bool:
        return self._state.revision != self._saved_revision or bool(self._steps_to_note)

    async def _save_loop(self) -> None:
        try:
            while self._pending() and not self._closed and not self._sealing:
                state = self._state
                steps, self._steps_to_note = self._steps_to_note, []
                try:
                    await self._thread.run(self._write, state.to_json(), steps)
                except BaseException as error:
                    if shiboken6.isValid(self):
                        self._steps_to_note[:0] = steps  # noted with the next save
                    if not isinstance(error, CsswError):
                        raise
                    if shiboken6.isValid(self):
                        self.save_failed.emit(error_text(error))
                    return
                if not shiboken6.isValid(self):
                    return  # the window went while this was saving (it is saved)
                self._saved_revision = state.revision
                self.saved.emit(state.revision)
        finally:
            if shiboken6.isValid(self):
                self._saving = False

    def _write(self, body: dict[str, Any], steps: list[StepNote]) -> StoredRecord:
        draft = self._state.draft
        return self._store.records.save_draft(
            draft.id, draft.version, draft.family_id, body, kind="consent", steps=steps
        )

    def close(self) -> None:
        """Stop; anything not yet saved is queued on the store thread at once (before a
        lock's store.close, which is queued after it)."""
        if self._closed:
            return
        self._text_timer.stop()
        self._closed = True
        steps, self._steps_to_note = self._steps_to_note, []
        if (self._state.revision != self._saved_revision or steps) and self._store.is_open:
            body = self._state.to_json()
            self._thread.submit(self._write, body, steps)

    @property
    def closed(self) -> bool:
        return self._closed

    # --- sealing -------------------------------------------------------------------------

    async def seal(self) -> StoredRecord:
        """Seal the signed record (ValidationFailed with plain reasons if anything is
        missing). The visit ends now."""
        self._text_timer.stop()
        state = self._state
        end = self.now()
        record = state.with_draft(visit_end=end).draft
        self._sealing = True  # a draft save queued after the seal would be refused
        steps, self._steps_to_note = self._steps_to_note, []
        try:
            sealed = await self._thread.run(self._seal, record.to_json(), state, steps)
        except BaseException:
            self._sealing = False
            self.save_now()  # not sealed: the draft stays the record of the visit
            raise
        self._closed = True
        return sealed

    def _seal(
        self, record: dict[str, Any], state: VisitState, steps: list[StepNote]
    ) -> StoredRecord:
        draft = state.draft
        self._store.records.note_steps(draft.id, draft.version, steps)  # before the seal
        return seal_for_outbox(
            self._store,
            RecordKind.CONSENT,
            record,
            self.family,
            state.signatures,
            confirmed_at=state.confirmed_at,
            worker=self.worker,
            young_people_confirmed_at=state.young_confirmed,
        )
