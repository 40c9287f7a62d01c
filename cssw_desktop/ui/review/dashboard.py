"""The team dashboard: the lead's team's figures from central, as charts and in words.

Consent of the team's families by state (current, review due within 30 days, overdue,
never asked) and young people who turned 13 since their family's last consent; what
families said No to, agency by agency; records signed but not yet received, by how long
they have waited on which laptop; shares without consent the family has not been told of.
Opened from the team review page; online only, like the review. Central sends counts,
agency codes and the team's own laptops and staff names, never a family's details.
"Export CSV…" saves the counts only (cssw_core.team_dashboard.dashboard_csv).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cssw_core.errors import CsswError
from cssw_core.team_dashboard import TeamDashboard, dashboard_csv
from cssw_desktop.storage.files import atomic_write
from cssw_desktop.sync.dashboard import team_dashboard
from cssw_desktop.translated import error_text, qt_translate
from cssw_desktop.ui.focus import focus_starts_at
from cssw_desktop.ui.sync.services import ReviewConnection
from cssw_desktop.ui.sync.words import age_words, count_words, local_time
from cssw_desktop.ui.tasks import spawn
from cssw_desktop.ui.widgets.bar_chart import Bar, BarChart, Part
from cssw_desktop.ui.widgets.layout import em, heading, message_label, paragraph, show_message
from cssw_desktop.ui.widgets.save_chooser import chosen_path, save_chooser

SOLID, DENSE, DIAGONAL, CROSS = (
    Qt.BrushStyle.SolidPattern,
    Qt.BrushStyle.Dense3Pattern,
    Qt.BrushStyle.BDiagPattern,
    Qt.BrushStyle.DiagCrossPattern,
)


class DashboardPage(QWidget):
    """Charts and their words in a scrolling page, with Refresh, Export CSV… and Back."""

    refresh_requested = Signal()
    export_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figures: TeamDashboard | None = None
        self.file_dialog: QFileDialog | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Team dashboard"), self), 1)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setToolTip(self.tr("Ask central again"))
        self.export_button = QPushButton(self.tr("&Export CSV…"), self)
        self.export_button.setAccessibleDescription(
            self.tr("Save these counts as a spreadsheet file: no family's details are in it")
        )
        self.back_button = QPushButton(self.tr("&Back to review"), self)
        self.back_button.setAccessibleDescription(self.tr("Back to the team review page"))
        for button in (self.refresh_button, self.export_button, self.back_button):
            button.setAutoDefault(False)
            top.addWidget(button)
        layout.addLayout(top)
        self.state = paragraph("", self)
        self.state.setAccessibleDescription(self.tr("Dashboard status"))
        layout.addWidget(self.state)
        self.problem = message_label(self)
        self.problem.setAccessibleDescription(self.tr("Problem"))
        layout.addWidget(self.problem)
        self.notice = paragraph("", self)
        self.notice.setVisible(False)
        layout.addWidget(self.notice)

        body = QWidget(self)
        grid = QGridLayout(body)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        left, right = QVBoxLayout(), QVBoxLayout()
        grid.addLayout(left, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(right, 0, 1, Qt.AlignmentFlag.AlignTop)
        self._build_left(left, body)
        self._build_right(right, body)
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroller.setWidget(body)
        layout.addWidget(self.scroller, 1)
        self.body = body
        self.body.setVisible(False)

        self.refresh_button.clicked.connect(self.refresh_requested)
        self.export_button.clicked.connect(self.export_requested)
        self.back_button.clicked.connect(self.back_requested)
        self.export_button.setEnabled(False)
        focus_starts_at(self, self.coverage_chart)

    def _section(self, column: QVBoxLayout, title: str, parent: QWidget) -> None:
        if column.count():
            column.addSpacing(em(parent, 0.8))
        column.addWidget(heading(title, parent, scale=1.25))

    def _build_left(self, column: QVBoxLayout, parent: QWidget) -> None:
        self._section(column, self.tr("Consent of your team's families"), parent)
        self.coverage_chart = BarChart(
            self.tr("Consent of your team's families"),
            [
                Part(self.tr("Current"), "#2e7d32", SOLID),
                Part(self.tr("Review due within 30 days"), "#b26a00", DENSE),
                Part(self.tr("Review overdue"), "#a4262c", DIAGONAL),
                Part(self.tr("Never asked"), "#5f6368", CROSS),
            ],
            parent,
        )
        column.addWidget(self.coverage_chart)
        self.coverage_words = paragraph("", parent)
        column.addWidget(self.coverage_words)
        self.young_people = paragraph("", parent)
        column.addWidget(self.young_people)
        self._section(column, self.tr("Signed on laptops, not yet received"), parent)
        self.waiting_chart = BarChart(
            self.tr("Records waiting on laptops, by how long the oldest has waited"),
            [Part(self.tr("Records waiting"), "#1f3b57", SOLID)],
            parent,
        )
        column.addWidget(
            paragraph(
                self.tr("Records waiting, by how long the oldest on its laptop has waited"), parent
            )
        )
        column.addWidget(self.waiting_chart)
        self.laptops = paragraph("", parent)
        self.laptops.setAccessibleDescription(self.tr("Laptops with records waiting"))
        column.addWidget(self.laptops)
        self._section(column, self.tr("Shares without consent"), parent)
        self.untold = paragraph("", parent)
        column.addWidget(self.untold)

    def _build_right(self, column: QVBoxLayout, parent: QWidget) -> None:
        self._section(column, self.tr("What families said No to"), parent)
        parts = [
            Part(self.tr("No on the latest form"), "#1f3b57", SOLID),
            Part(self.tr("Withdrawn since"), "#b26a00", DIAGONAL),
        ]
        self.share_chart = BarChart(
            self.tr("Sharing information with each agency: families who said No"), parts, parent
        )
        self.approach_chart = BarChart(
            self.tr("Asking each agency for information: families who said No"), parts, parent
        )
        column.addWidget(paragraph(self.tr("Sharing information with the agency"), parent))
        column.addWidget(self.share_chart)
        column.addWidget(paragraph(self.tr("Asking the agency for information"), parent))
        column.addWidget(self.approach_chart)

    # --- filling -------------------------------------------------------------------------

    def show_loading(self) -> None:
        show_message(self.problem, "")
        self.state.setText(self.tr("Asking central…"))
        self.refresh_button.setEnabled(False)

    def show_figures(self, figures: TeamDashboard, asked_at: datetime) -> None:
        self.figures = figures
        self.refresh_button.setEnabled(True)
        self.export_button.setEnabled(True)
        self.body.setVisible(True)
        every = count_words(
            figures.review_months,
            self.tr("Consent is reviewed every month."),
            self.tr("Consent is reviewed every %n months."),
        )
        self.state.setText(
            self.tr("As central had it at %s.") % asked_at.strftime("%H:%M") + " " + every
        )
        self._show_coverage(figures)
        self._show_agencies(figures)
        self._show_laptops(figures)
        untold = figures.untold_shares
        if untold.awaiting == 0:
            self.untold.setText(
                self.tr(
                    "No share without consent is waiting on a decision about telling the family."
                )
            )
        else:
            text = count_words(
                untold.awaiting,
                self.tr(
                    "1 share without consent: the family has not been told. Decide whether "
                    "to tell them now."
                ),
                self.tr(
                    "%n shares without consent: the family has not been told. Decide whether "
                    "to tell them now."
                ),
            )
            if untold.past_reconsider_date:
                text += " " + count_words(
                    untold.past_reconsider_date,
                    self.tr("1 of them passed the date set to look at it again."),
                    self.tr("%n of them passed the date set to look at it again."),
                )
            self.untold.setText(text)

    def _show_coverage(self, figures: TeamDashboard) -> None:
        c = figures.coverage
        self.coverage_chart.set_bars(
            [Bar(self.tr("Families"), (c.current, c.due_soon, c.overdue, c.never_asked))]
        )
        self.coverage_words.setText(
            count_words(
                c.families,
                self.tr("1 family in your team:"),
                self.tr("%n families in your team:"),
            )
            + " "
            + self.tr("%1 current, %2 review due within 30 days, %3 overdue, %4 never asked.")
            .replace("%1", str(c.current))
            .replace("%2", str(c.due_soon))
            .replace("%3", str(c.overdue))
            .replace("%4", str(c.never_asked))
        )
        if c.young_people_turned_13 == 0:
            self.young_people.setText(
                self.tr("No young person has turned 13 since their family's last consent.")
            )
        else:
            self.young_people.setText(
                count_words(
                    c.young_people_turned_13,
                    self.tr(
                        "1 young person has turned 13 since their family's last consent: ask "
                        "for their own consent at the next visit."
                    ),
                    self.tr(
                        "%n young people have turned 13 since their family's last consent: "
                        "ask for their own consent at the next visit."
                    ),
                )
            )

    def _show_agencies(self, figures: TeamDashboard) -> None:
        """Each chart with the agencies most said No to first (the form's order on a tie)."""
        names = [qt_translate("Agency", a.agency.label) for a in figures.agencies]
        share = [
            Bar(name, (a.refused_share, a.withdrawn_share))
            for name, a in zip(names, figures.agencies, strict=True)
        ]
        approach = [
            Bar(name, (a.refused_approach, a.withdrawn_approach))
            for name, a in zip(names, figures.agencies, strict=True)
        ]
        for chart, bars in ((self.share_chart, share), (self.approach_chart, approach)):
            chart.set_bars(sorted(bars, key=lambda bar: -bar.total))  # sorted() keeps ties' order

    def _show_laptops(self, figures: TeamDashboard) -> None:
        bands = {
            "under_1_day": self.tr("Under a day"),
            "1_to_3_days": self.tr("1 to 3 days"),
            "3_to_7_days": self.tr("3 to 7 days"),
            "over_7_days": self.tr("Over 7 days"),
        }
        self.waiting_chart.set_bars(
            [Bar(bands[band.band], (band.records,)) for band in figures.waiting]
        )
        lines = []
        for laptop in figures.laptops:
            if not (laptop.pending or laptop.failed):
                continue
            line = (
                self.tr("%1 (%2): %3 waiting")
                .replace("%1", laptop.device_name)
                .replace("%2", laptop.worker_name)
                .replace("%3", str(laptop.pending))
            )
            if laptop.failed:
                line += self.tr(", %s could not be sent") % laptop.failed
            if laptop.oldest_seconds is not None:
                line += self.tr(", the oldest for %s") % age_words(laptop.oldest_seconds)
            if laptop.last_contact_at:
                line += self.tr("; last in touch with central %s") % local_time(
                    laptop.last_contact_at
                )
            lines.append(line + ".")
        self.laptops.setText(
            "\n".join(lines)
            if lines
            else self.tr("Every laptop in your team has sent what it holds.")
        )
        self.laptops.setAccessibleDescription(self.laptops.text())

    def show_problem(self, message: str) -> None:
        self.refresh_button.setEnabled(True)
        self.state.setText(
            self.tr("What is shown below may be out of date.") if self.figures else ""
        )
        show_message(self.problem, message)

    def show_saved(self, path: Path) -> None:
        self.notice.setText(self.tr("Saved the counts as %s.") % path)
        self.notice.setVisible(True)

    async def ask_where(self, file_name: str) -> Path | None:
        """Where to save the CSV (None if the lead cancels), without blocking the loop."""
        chooser = save_chooser(
            self, self.tr("Save the dashboard's counts"), self.tr("CSV files (*.csv)"), "csv"
        )
        chooser.selectFile(file_name)
        self.file_dialog = chooser
        try:
            return await chosen_path(chooser)
        finally:
            self.file_dialog = None
            chooser.deleteLater()

    def clear(self) -> None:
        self.figures = None
        self.body.setVisible(False)
        self.export_button.setEnabled(False)
        self.state.setText("")
        self.notice.setVisible(False)
        show_message(self.problem, "")
        for chart in (self.coverage_chart, self.waiting_chart, self.share_chart):
            chart.set_bars([])
        self.approach_chart.set_bars([])
        for label in (self.coverage_words, self.young_people, self.laptops, self.untold):
            label.setText("")


class Dashboard(QObject):
    """The dashboard page and its calls to central, through the review's connection."""

    def __init__(
        self,
        window: QWidget,
        pages_add: Callable[[QWidget], object],
        connection: Callable[[], ReviewConnection | None],
        show_page: Callable[[QWidget], None],
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(window)
        self._connection = connection
        self._show_page = show_page
        self._now = now
        self.page = DashboardPage(window)
        pages_add(self.page)
        self.page.refresh_requested.connect(lambda: spawn(self.refresh()))
        self.page.export_requested.connect(lambda: spawn(self.export()))

    def show(self) -> None:
        self._show_page(self.page)
        spawn(self.refresh())

    async def refresh(self) -> None:
        client = self._connection()
        if client is None:
            self.page.show_problem(
                self.tr("Not connected to central. Open the team review first, then try again.")
            )
            return
        self.page.show_loading()
        try:
            figures = await team_dashboard(client.http)
        except CsswError as error:
            if self._connection() is client:
                self.page.show_problem(error_text(error))
            return
        if self._connection() is client:
            self.page.show_figures(figures, self._now())

    async def export(self) -> None:
        """Save the figures shown as CSV (counts only) where the lead chooses."""
        figures = self.page.figures
        if figures is None:
            return
        path = await self.page.ask_where(f"team-dashboard-{figures.today}.csv")
        if path is None or self.page.figures is not figures:
            return
        try:
            atomic_write(path, dashboard_csv(figures).encode("utf-8"))
        except OSError:
            self.page.show_problem(
                self.tr("The file could not be saved there. Choose another folder.")
            )
            return
        self.page.show_saved(path)

    def clear(self) -> None:
        """On lock: nothing from central stays on screen."""
        if self.page.file_dialog is not None:
            self.page.file_dialog.reject()
        self.page.clear()
