"""The banner across the top of every training window: TRAINING — not a real record.

Black on yellow in both themes (the loudest pair either has), bold and a little larger
than the text around it, and named for screen readers, so nobody in the room, worker,
trainee or a parent playing one, can miss that the families on screen are fictional.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from cssw_desktop.ui.accessibility import use_colours
from cssw_desktop.ui.widgets.layout import em, scaled_font

BANNER_NAME = "training_banner"
BANNER_SCALE = 1.25


class TrainingBanner(QLabel):
    """One line (wrapping when the text is large) that says this is training."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(BANNER_NAME)
        self.setText(self.tr("TRAINING — not a real record"))
        self.setToolTip(self.explanation())
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setFont(scaled_font(self.font(), BANNER_SCALE, bold=True))
        self.setMargin(max(2, em(self, 0.3)))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        use_colours(self, window="training", text="training_text")
        self.setAccessibleDescription(self.explanation())

    def explanation(self) -> str:
        return self.tr(
            "This is the training store: the families in it are fictional, nothing here is "
            "a real record, and nothing is ever sent to central."
        )
