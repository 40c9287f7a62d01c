"""A date-of-birth field that starts empty rather than on a made-up date.

QDateEdit always holds a date; a new child's field showing today's date would let a
slip save a wrong age. This one shows "Not entered" until the worker types a date or
picks one in the calendar. The calendar offers no day after today; a typed future date
is kept and explained by the form's checks, rather than silently changed back.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

from cssw_core.domain.family import OLDEST_CHILD_YEARS

DISPLAY_FORMAT = "dd/MM/yyyy"


class DateOfBirthEdit(QDateEdit):
    """A QDateEdit with a calendar popup and an empty state."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = QDate(today.year, today.month, today.day)
        self._filled_for_typing = False
        self.setCalendarPopup(True)
        self.setDisplayFormat(DISPLAY_FORMAT)
        self.setDateRange(self._today.addYears(-(OLDEST_CHILD_YEARS + 5)), self._today.addYears(5))
        self.setSpecialValueText(self.tr("Not entered"))
        self.setDate(self.minimumDate())
        self.setToolTip(self.tr("Type the date as day/month/year, or press F4 for a calendar"))
        calendar = self.calendarWidget()
        calendar.setMaximumDate(self._today)
        calendar.installEventFilter(self)
        calendar.clicked.connect(self._picked)
        calendar.activated.connect(self._picked)

    def value(self) -> date | None:
        """The date entered, or None while the field is empty."""
        if self.is_empty():
            return None
        picked = self.date()
        return date(picked.year(), picked.month(), picked.day())

    def set_value(self, day: date | None) -> None:
        if day is None:
            self.setDate(self.minimumDate())
        else:
            self.setDate(QDate(day.year, day.month, day.day))

    def is_empty(self) -> bool:
        return self.date() == self.minimumDate()

    def focusInEvent(self, event: QFocusEvent) -> None:
        # Typing over "Not entered" garbles the text, so show a real date to type over
        # (day selected) and put "Not entered" back if the worker leaves without typing.
        if self.is_empty():
            self._filled_for_typing = True
            self.blockSignals(True)
            self.setDate(self._today)
            self.blockSignals(False)
        super().focusInEvent(event)
        if self._filled_for_typing:
            self.setSelectedSection(QDateEdit.Section.DaySection)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab goes to the next field, as in every other field of the form, instead of
        # walking day -> month -> year (typing moves along the sections by itself).
        return QWidget.focusNextPrevChild(self, next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.text().strip() or Qt.Key(event.key()) not in _NAVIGATION_KEYS:
            self._filled_for_typing = False
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() == Qt.FocusReason.PopupFocusReason:
            return
        if self._filled_for_typing:
            self._filled_for_typing = False
            self.blockSignals(True)
            self.setDate(self.minimumDate())
            self.blockSignals(False)

    def _picked(self) -> None:
        self._filled_for_typing = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        calendar = self.calendarWidget()
        if watched is calendar and event.type() == QEvent.Type.Show:
            # The range may have been reset; the calendar never offers a future day.
            calendar.setMaximumDate(self._today)
            if self.date() > self._today or self.date() == self.minimumDate():
                calendar.setSelectedDate(self._today)
            shown = calendar.selectedDate()
            calendar.setCurrentPage(shown.year(), shown.month())
        return super().eventFilter(watched, event)


_NAVIGATION_KEYS = frozenset(
    {
        Qt.Key.Key_Tab,
        Qt.Key.Key_Backtab,
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_Meta,
    }
)
