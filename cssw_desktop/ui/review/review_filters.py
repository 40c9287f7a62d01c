"""The lead's filters over the records waiting for review: only flagged ones, only those
waiting more than 72 hours, one worker's. A view: it emits the filter chosen."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from cssw_desktop.ui.models.review import ReviewFilter


class ReviewFilters(QWidget):
    """Three controls in a row; `changed(ReviewFilter)` whenever one changes."""

    changed = Signal(object)  # ReviewFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.flagged = QCheckBox(self.tr("Only &flagged"), self)
        self.flagged.setAccessibleDescription(
            self.tr("Show only the records that need a closer look")
        )
        self.waiting = QCheckBox(self.tr("Only waiting more than &72 hours"), self)
        self.waiting.setAccessibleDescription(
            self.tr("Show only the records central received more than 72 hours ago")
        )
        label = QLabel(self.tr("&Worker:"), self)
        self.worker = QComboBox(self)
        self.worker.setAccessibleName(self.tr("Show the records of"))
        self.worker.setAccessibleDescription(self.tr("Everyone's records, or one worker's"))
        self.worker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        label.setBuddy(self.worker)
        self.set_workers([])
        layout.addWidget(self.flagged)
        layout.addWidget(self.waiting)
        layout.addSpacing(12)
        layout.addWidget(label)
        layout.addWidget(self.worker)
        layout.addStretch(1)
        self.flagged.toggled.connect(lambda _on: self._emit())
        self.waiting.toggled.connect(lambda _on: self._emit())
        self.worker.currentIndexChanged.connect(lambda _index: self._emit())

    def chosen(self) -> ReviewFilter:
        worker = self.worker.currentData()
        return ReviewFilter(
            flagged=self.flagged.isChecked(),
            waiting_long=self.waiting.isChecked(),
            worker=worker if isinstance(worker, str) else "",
        )

    def set_workers(self, names: list[str]) -> None:
        """The workers to choose from (the one chosen stays chosen while still there)."""
        keep = self.worker.currentData()
        self.worker.blockSignals(True)
        self.worker.clear()
        self.worker.addItem(self.tr("Everyone"), "")
        for name in names:
            self.worker.addItem(name, name)
        found = self.worker.findData(keep) if isinstance(keep, str) else -1
        self.worker.setCurrentIndex(max(found, 0))
        self.worker.blockSignals(False)
        if found < 0 and keep:
            self._emit()  # the chosen worker has nothing left waiting: show everyone

    def _emit(self) -> None:
        self.changed.emit(self.chosen())

    def clear(self) -> None:
        for box in (self.flagged, self.waiting):
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        self.set_workers([])
