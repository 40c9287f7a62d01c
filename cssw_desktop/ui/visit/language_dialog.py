""" "Which language will the family read?" — asked when a visit starts and more than one
language ships (a leaflet and a translation for it). The visit's screens, the leaflet
and the record's `language` follow the answer; the worker's own screens do not change."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cssw_desktop.ui.widgets.layout import em, heading, paragraph
from cssw_documents.formatting import language_text

LANGUAGE_ROLE = Qt.ItemDataRole.UserRole


class LanguageDialog(QDialog):
    """A list of the visit's possible languages, each by its English and its own name."""

    chosen = Signal(str)

    def __init__(self, family_name: str, languages: tuple[str, ...], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Language for this visit"))
        self.setMinimumWidth(em(self, 30))
        column = QVBoxLayout(self)
        column.addWidget(heading(self.tr("Which language will the family read?"), self, 1.3))
        explanation = paragraph(
            self.tr(
                "The leaflet and the screens the %s family sees will be in this language. "
                "Your own screens stay as they are."
            )
            % family_name,
            self,
        )
        column.addWidget(explanation)
        self.languages = QListWidget(self)
        self.languages.setAccessibleName(self.tr("Language for this visit"))
        self.languages.setAccessibleDescription(
            self.tr("Choose with the arrow keys, then press Enter to start the visit.")
        )
        for language in languages:
            item = QListWidgetItem(language_text(language), self.languages)
            item.setData(LANGUAGE_ROLE, language)
        self.languages.setCurrentRow(0)
        self.languages.itemActivated.connect(lambda _item: self.accept())
        column.addWidget(self.languages)
        buttons = QDialogButtonBox(self)
        self.start_button = buttons.addButton(
            self.tr("&Start the visit"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setAccessibleDescription(
            self.tr("Starts the visit in the language chosen above.")
        )
        self.start_button.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleDescription(self.tr("Goes back without starting a visit."))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self.languages.setFocus()

    def language(self) -> str:
        item = self.languages.currentItem()
        return str(item.data(LANGUAGE_ROLE)) if item is not None else ""

    def accept(self) -> None:
        language = self.language()
        super().accept()
        if language:
            self.chosen.emit(language)
