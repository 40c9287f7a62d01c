"""Help → About: the app's version, the leaflet it shows families, where the data is kept,
and the third-party licences."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cssw_desktop.ui.widgets.layout import em, heading


@dataclass(frozen=True, slots=True)
class AboutDetails:
    """What the About box says, gathered once when it opens."""

    version: str
    leaflets: tuple[str, ...]  # "“Your information, your rights”, version 2026.1-en"
    data_dir: Path


def about_details(data_dir: Path) -> AboutDetails:
    """The installed version, and the version of each leaflet the app can show (never a
    pseudo language for testing); a leaflet that cannot be read is named as such."""
    import cssw_desktop
    from cssw_core.domain.i18n import PSEUDO_LANGUAGES
    from cssw_desktop.leaflet import LeafletError, available_languages, load_leaflet

    leaflets = []
    for language in available_languages():
        if language in PSEUDO_LANGUAGES:
            continue
        try:
            leaflet = load_leaflet(language)
        except LeafletError:
            leaflets.append(f"{language}: could not be read")
            continue
        leaflets.append(f"“{leaflet.title}”, version {leaflet.version}")
    return AboutDetails(cssw_desktop.__version__, tuple(leaflets), data_dir)


def _selectable(label: QLabel) -> QLabel:
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label.setWordWrap(True)
    return label


class LicencesViewer(QDialog):
    """The third-party licences, read-only, in a fixed-width font (some licence texts are
    laid out in columns), long lines wrapped to the window."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Third-party licences"))
        layout = QVBoxLayout(self)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setPlainText(text)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setAccessibleName(self.tr("Third-party licences"))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(em(self, 70), em(self, 40))
        self.text.setFocus()


class AboutDialog(QDialog):
    """App name, version, leaflet versions, data folder; "Third-party licences…" opens the
    licences (loaded on first use: built from the packages when not installed)."""

    def __init__(
        self,
        details: AboutDetails,
        load_licences: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._load_licences = load_licences
        self.licences_viewer: LicencesViewer | None = None
        self.setWindowTitle(self.tr("About CSSW offline consent"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("CSSW offline consent"), self))
        intro = QLabel(
            self.tr(
                "Records a family's consent to information sharing on home visits, and "
                "keeps it safe on this laptop until it is sent to the council."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.version = _selectable(QLabel(details.version, self))
        self.version.setAccessibleName(self.tr("Version"))
        form.addRow(self.tr("Version:"), self.version)
        self.leaflets = _selectable(QLabel("\n".join(details.leaflets) or "—", self))
        self.leaflets.setAccessibleName(self.tr("Leaflet version"))
        form.addRow(self.tr("Leaflet:"), self.leaflets)
        self.data_dir = _selectable(QLabel(str(details.data_dir), self))
        self.data_dir.setAccessibleName(self.tr("Where the data is kept"))
        form.addRow(self.tr("Data is kept in:"), self.data_dir)
        layout.addLayout(form)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.licences_button = QPushButton(self.tr("Third-party &licences…"), self)
        buttons.addButton(self.licences_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.licences_button.clicked.connect(self.show_licences)
        layout.addWidget(buttons)
        self.setMinimumWidth(em(self, 44))

    def show_licences(self) -> None:
        if self.licences_viewer is None:
            try:
                text = self._load_licences()
            except OSError:
                text = self.tr(
                    "The list of third-party licences is missing from this installation. "
                    "Please tell IT support."
                )
            self.licences_viewer = LicencesViewer(text, self)
        self.licences_viewer.open()


def show_about(parent: QWidget, data_dir: Path) -> AboutDialog:
    """Open the About box (window-modal, not blocking); it is deleted when closed."""
    from cssw_desktop.licences import installed_licences

    dialog = AboutDialog(about_details(data_dir), installed_licences, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
