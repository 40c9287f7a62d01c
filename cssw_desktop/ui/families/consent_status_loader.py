"""Reads every listed family's consent facts on the store thread for the families list.

Runs when the listed families change (unlocking, a caseload download, an edit) and when the
families page comes back to the front (a visit or withdrawal may have been sealed), then
hands the facts to the model with what they are judged against: today, the review period
in force (central's policy, else the laptop's setting) and the leaflet in use (its
fresh-consent flag). A newer read supersedes an older one still running.
"""

from __future__ import annotations

import logging
import uuid
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from cssw_core.domain.consent_status import ConsentFacts, LeafletIssue, StatusRules
from cssw_core.errors import CsswError
from cssw_desktop.storage.consent_facts import load_consent_facts, review_months_now
from cssw_desktop.ui.tasks import spawn

if TYPE_CHECKING:
    from cssw_desktop.storage.profile import EnrolledProfile
    from cssw_desktop.storage.store import Store
    from cssw_desktop.ui.models.families import FamiliesTableModel
    from cssw_desktop.ui.workspace import Workspace

log = logging.getLogger(__name__)


@cache
def leaflet_in_use() -> LeafletIssue | None:
    """The English leaflet's issue and fresh-consent flag (the council's original; the
    translations follow it). None if it cannot be read: no leaflet trigger then."""
    from cssw_desktop.leaflet import LeafletError, leaflet_issue_of, load_leaflet

    try:
        return leaflet_issue_of(load_leaflet("en"))
    except LeafletError:
        log.warning("the leaflet could not be read to judge consent states")
        return None


def _facts_and_months(
    store: Store, family_ids: list[uuid.UUID]
) -> tuple[dict[uuid.UUID, ConsentFacts], int]:
    return load_consent_facts(store, family_ids), review_months_now(store)


class ConsentStatusLoader(QObject):
    """Keeps the families model's consent states up to date."""

    def __init__(self, workspace: Workspace, model: FamiliesTableModel, page: QWidget) -> None:
        super().__init__(workspace)
        self._workspace = workspace
        self._model = model
        self._page = page
        self._generation = 0
        model.families_changed.connect(self.refresh)
        workspace.pages.changed.connect(self._page_changed)
        workspace.session.settings_changed.connect(self.refresh)
        workspace.profile_changed.connect(self._profile_changed)
        self._policy_months: int | None = None
        self._on_front = False
        if model.total:
            self.refresh()

    def _page_changed(self) -> None:
        front = self._workspace.pages.current() is self._page
        if front and not self._on_front:
            self.refresh()
        self._on_front = front

    def _profile_changed(self, profile: EnrolledProfile | None) -> None:
        """A sync brought central's policy: judge again if its review period changed."""
        months = None if profile is None else profile.policy.review_months
        if months != self._policy_months:
            self._policy_months = months
            self.refresh()

    def refresh(self) -> None:
        """Read every listed family's consent facts again (nothing when locked)."""
        if self._workspace.open_store() is None or not self._model.total:
            return
        self._generation += 1
        spawn(self._refresh(self._generation))

    async def _refresh(self, generation: int) -> None:
        open_store = self._workspace.open_store()
        if open_store is None:
            return
        family_ids = [f.id for f in self._model.families()]
        try:
            facts, months = await open_store(_facts_and_months, family_ids)
        except (CsswError, ValueError, KeyError) as error:
            log.warning("consent states could not be read: %s", type(error).__name__)
            return
        if generation != self._generation or not open_store.is_open:
            return  # a newer read is on its way, or the laptop locked
        rules = StatusRules(self._workspace.today(), months, leaflet_in_use())
        self._model.set_consent(facts, rules)
