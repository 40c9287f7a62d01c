"""Draw a synthetic handwritten signature into the signature pad and save PNGs of it into
screenshots/ (gitignored): the pad at 600×200, the same pad resized to 300×300, and the
signature picture the record keeps. To look at the ink.

    .venv/bin/python scripts/signature_shot.py
    QT_SCALE_FACTOR=2 .venv/bin/python scripts/signature_shot.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QMouseEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.ink import synthetic_signature  # noqa: E402
from cssw_desktop.ui.visit.signature_pad import SignatureField  # noqa: E402

OUT = ROOT / "screenshots"
NO_KEYS = Qt.KeyboardModifier.NoModifier


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    OUT.mkdir(exist_ok=True)
    clock = Clock()
    field = SignatureField(clock=clock)
    field.resize(620, 290)
    field.show()
    app.processEvents()
    pad = field.pad
    field.pad.setFixedSize(600, 200)
    app.processEvents()
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    for stroke in synthetic_signature(600, 200):
        for i, (x, y, t) in enumerate(stroke):
            clock.now = 1000.0 + t
            kind, button, buttons = (
                (QEvent.Type.MouseButtonPress, left, left)
                if i == 0
                else (QEvent.Type.MouseMove, none, left)
            )
            local = QPointF(x, y)
            QApplication.sendEvent(
                pad,
                QMouseEvent(kind, local, pad.mapToGlobal(local), button, buttons, NO_KEYS),
            )
            if i % 4 == 0:
                app.processEvents()
        x, y, _t = stroke[-1]
        QApplication.sendEvent(
            pad,
            QMouseEvent(
                QEvent.Type.MouseButtonRelease,
                QPointF(x, y),
                pad.mapToGlobal(QPointF(x, y)),
                left,
                none,
                Qt.KeyboardModifier.NoModifier,
            ),
        )
        app.processEvents()
    field.grab().save(str(OUT / "signature-field-600x200.png"))
    pad.grab().save(str(OUT / "signature-pad-600x200.png"))
    pad.setFixedSize(300, 300)
    app.processEvents()
    pad.grab().save(str(OUT / "signature-pad-300x300.png"))
    (OUT / "signature-record.png").write_bytes(pad.render_png(1200))
    print(f"{len(pad.strokes())} strokes; problem: {pad.problem()}; saved to {OUT}")
    field.close()


if __name__ == "__main__":
    main()
