"""Help → About: the app's version, the leaflet it shows families (and where it disagrees
with the council's privacy notice, for the council to settle), where the data is kept, and
the third-party licences."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape
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
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cssw_core.rights_info import (
    RightsInfoInvalid,
    load_rights_info,
    rights_paragraphs,
    rights_title,
)
from cssw_desktop.leaflet_notice import NOT_IN_LEAFLET, Disagreement
from cssw_desktop.translated import qt_translate
from cssw_desktop.ui.sync.words import count_words
from cssw_desktop.ui.widgets.layout import em, heading


@dataclass(frozen=True, slots=True)
class AboutDetails:
    """What the About box says, gathered once when it opens."""

    version: str
    leaflets: tuple[str, ...]  # "“Your information, your rights”, version 2026.2-en"
    data_dir: Path
    disagreements: tuple[Disagreement, ...] = ()  # the leaflet against the privacy notice


def about_details(data_dir: Path) -> AboutDetails:
    """The installed version, and the version of each leaflet the app can show (never a
    pseudo language for testing); a leaflet that cannot be read is named as such."""
    import cssw_desktop
    from cssw_core.domain.i18n import PSEUDO_LANGUAGES
    from cssw_desktop.leaflet import LeafletError, available_languages, load_leaflet
    from cssw_desktop.leaflet_notice import disagreements
    from cssw_desktop.translated import qt_translate

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
    return AboutDetails(
        cssw_desktop.__version__, tuple(leaflets), data_dir, disagreements(qt_translate)
    )


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


class NoticeViewer(QDialog):
    """The leaflet's disagreements with the privacy notice, read-only: each topic, both
    documents' own words, and what the app does until the council settles it."""

    def __init__(self, items: tuple[Disagreement, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The leaflet and the privacy notice"))
        layout = QVBoxLayout(self)
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)
        self.text.setAccessibleName(self.tr("Where the leaflet and the privacy notice disagree"))
        self.text.setHtml(self._html(items))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(em(self, 50), em(self, 36))
        self.text.setFocus()

    def _html(self, items: tuple[Disagreement, ...]) -> str:
        parts = [
            "<p>"
            + escape(
                self.tr(
                    "The family reads the council's leaflet “Your information, your "
                    "rights” word for word. Where the council's later privacy notice says "
                    "something else, the council has to settle it; until then central "
                    "keeps records for the notice's periods."
                )
            )
            + "</p>"
        ]
        for number, item in enumerate(items, 1):
            leaflet = (
                self.tr("The leaflet says nothing of it.")
                if item.leaflet == NOT_IN_LEAFLET
                else self.tr("The leaflet: “%s”") % item.leaflet
            )
            rows = (
                leaflet,
                self.tr("The privacy notice: “%s”") % item.notice,
                self.tr("Until it is settled: %s") % item.meanwhile,
            )
            parts.append(f"<h3>{number}. {escape(item.topic)}</h3><ul>")
            parts += [f"<li>{escape(row)}</li>" for row in rows]
            parts.append("</ul>")
        return "".join(parts) + self._rights_html()

    def _rights_html(self) -> str:
        """What the family reads after the leaflet and on their copy (resources/rights:
        the notice's contacts), so a worker or IT can check them here."""
        parts = [f"<h3>{escape(rights_title(qt_translate))}</h3>"]
        parts.append(
            "<p>"
            + escape(
                self.tr(
                    "Shown to the family after the leaflet and on their copy of the form, "
                    "with the privacy notice's contacts (IT updates them in "
                    "resources/rights/rights.json):"
                )
            )
            + "</p>"
        )
        try:
            points = rights_paragraphs(load_rights_info(), qt_translate)
        except RightsInfoInvalid as problem:
            return "".join(parts) + f"<p>{escape(str(problem))}</p>"
        rows = "".join(f"<li>{escape(p).replace(chr(10), '<br>')}</li>" for p in points)
        return "".join(parts) + f"<ul>{rows}</ul>"


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
        self._disagreements = details.disagreements
        self.licences_viewer: LicencesViewer | None = None
        self.notice_viewer: NoticeViewer | None = None
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
        self.version.setAccessibleDescription(self.tr("Version"))
        form.addRow(self.tr("Version:"), self.version)
        self.leaflets = _selectable(QLabel("\n".join(details.leaflets) or "—", self))
        self.leaflets.setAccessibleDescription(self.tr("Leaflet version"))
        form.addRow(self.tr("Leaflet:"), self.leaflets)
        self.to_settle = _selectable(QLabel(self._to_settle(len(details.disagreements)), self))
        self.to_settle.setAccessibleDescription(self.tr("For the council to settle"))
        form.addRow(self.tr("For the council:"), self.to_settle)
        self.data_dir = _selectable(QLabel(str(details.data_dir), self))
        self.data_dir.setAccessibleDescription(self.tr("Where the data is kept"))
        form.addRow(self.tr("Data is kept in:"), self.data_dir)
        layout.addLayout(form)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.licences_button = QPushButton(self.tr("Third-party &licences…"), self)
        self.notice_button = QPushButton(self.tr("Leaflet and privacy &notice…"), self)
        self.notice_button.setAccessibleDescription(
            self.tr("Where the leaflet and the council's privacy notice disagree")
        )
        self.notice_button.setEnabled(bool(details.disagreements))
        buttons.addButton(self.notice_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.licences_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.licences_button.clicked.connect(self.show_licences)
        self.notice_button.clicked.connect(self.show_disagreements)
        layout.addWidget(buttons)
        self.setMinimumWidth(em(self, 44))

    def _to_settle(self, count: int) -> str:
        if not count:
            return self.tr("The leaflet is shown word for word.")
        settle = self.tr(
            "For the council to settle; central keeps records for the notice's periods. "
            "See “Leaflet and privacy notice…”."
        )
        return " ".join(
            (
                self.tr("The leaflet is shown word for word."),
                count_words(
                    count,
                    self.tr("It disagrees with the council's later privacy notice on 1 point."),
                    self.tr("It disagrees with the council's later privacy notice on %n points."),
                ),
                settle,
            )
        )

    def show_disagreements(self) -> None:
        if self.notice_viewer is None:
            self.notice_viewer = NoticeViewer(self._disagreements, self)
        self.notice_viewer.open()

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
