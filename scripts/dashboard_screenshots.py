"""Screenshots of the team dashboard at 1366×768 (100 % and 200 % text) into
$CSSW_SHOT_DIR (default screenshots/), filled with fictional figures, no central needed:

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/dashboard_screenshots.py
    CSSW_TEXT_SCALE=2 CSSW_SHOT_SUFFIX=-200 xvfb-run -a … scripts/dashboard_screenshots.py
"""

from __future__ import annotations

import os
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication, QMainWindow

from cssw_desktop.ui.accessibility import apply_text_scale
from cssw_desktop.ui.review.dashboard import DashboardPage
from tests.support.dashboard import sample_dashboard

OUT = Path(
    os.environ.get("CSSW_SHOT_DIR") or Path(__file__).resolve().parent.parent / "screenshots"
)


def main() -> int:
    app = QApplication(sys.argv)
    apply_text_scale(app, float(os.environ.get("CSSW_TEXT_SCALE", "1")))
    window = QMainWindow()
    page = DashboardPage(window)
    window.setCentralWidget(page)
    window.resize(1366, 768)
    window.show()
    page.show_figures(sample_dashboard(), datetime(2026, 9, 1, 10, 30))
    for _ in range(20):
        app.processEvents()
    OUT.mkdir(parents=True, exist_ok=True)
    suffix = os.environ.get("CSSW_SHOT_SUFFIX", "")
    page.window().grab().save(str(OUT / f"dashboard{suffix}.png"))
    page.scroller.verticalScrollBar().setValue(page.scroller.verticalScrollBar().maximum())
    for _ in range(10):
        app.processEvents()
    page.window().grab().save(str(OUT / f"dashboard-end{suffix}.png"))
    print(OUT / f"dashboard{suffix}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
