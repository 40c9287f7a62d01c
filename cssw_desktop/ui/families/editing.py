"""Adding and editing a family: the editor dialog, and saving on the store thread."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from cssw_core.domain.family import Family
from cssw_core.errors import CsswError, ValidationFailed
from cssw_desktop.translated import error_text
from cssw_desktop.ui.tasks import spawn
from cssw_desktop.ui.workspace import alive

if TYPE_CHECKING:
    from cssw_desktop.ui.families.family_editor import FamilyEditor
    from cssw_desktop.ui.workspace import Workspace


class FamilyEditing(QObject):
    """Opens the family editor (one at a time) and saves what the worker typed."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        self._workspace = workspace

    def add_family(self) -> None:
        if self._workspace.store is not None:
            self._open_editor(None)

    def edit_family(self, family_id: uuid.UUID) -> None:
        family = self._workspace.family(family_id)
        if self._workspace.store is not None and family is not None:
            self._open_editor(family)

    def _open_editor(self, family: Family | None) -> None:
        # Dialogs are imported when first opened, keeping them off the start-up path.
        from cssw_desktop.ui.families.family_editor import FamilyEditor

        w = self._workspace
        if w.dialogs.showing(FamilyEditor):
            return
        editor = FamilyEditor(family, w.today, w.dialog_parent)
        adding = family is None
        editor.save_requested.connect(lambda f: spawn(self._save(editor, f, adding=adding)))
        w.track(editor)

    async def _save(self, editor: FamilyEditor, family: Family, *, adding: bool) -> None:
        w = self._workspace
        open_store = w.open_store()
        if open_store is None:
            return
        editor.setEnabled(False)
        try:
            saved = await open_store(
                (lambda s, f: s.families.add(f)) if adding else (lambda s, f: s.families.update(f)),
                family,
            )
        except ValidationFailed as error:
            editor.show_problems(error.problems)
            return
        except CsswError as error:
            editor.show_error(error_text(error))
            return
        finally:
            if alive(editor):
                editor.setEnabled(True)
        w.families.put(saved)  # (locked while saving: it is saved, and shows after unlocking)
        editor.close_now()
        w.show_family(saved.id)
