"""Asking where to save a file without blocking the qasync loop (`QFileDialog.open()`, never
`exec()` inside a coroutine), with Qt's own dialog so it looks the same everywhere."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget


def save_chooser(parent: QWidget, title: str, name_filter: str, suffix: str) -> QFileDialog:
    """A Save dialog in the user's Documents folder (or home), not yet open."""
    folder = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    ) or str(Path.home())
    chooser = QFileDialog(parent, title, folder)
    chooser.setOption(QFileDialog.Option.DontUseNativeDialog)
    chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    chooser.setFileMode(QFileDialog.FileMode.AnyFile)
    chooser.setNameFilter(name_filter)
    chooser.setDefaultSuffix(suffix)
    return chooser


async def chosen_path(chooser: QFileDialog) -> Path | None:
    """Open the dialog and wait for it: the file chosen, or None when cancelled."""
    chosen: asyncio.Future[Path | None] = asyncio.get_running_loop().create_future()

    def finished(result: int) -> None:
        files = chooser.selectedFiles()
        if not chosen.done():
            accepted = result == QDialog.DialogCode.Accepted and files
            chosen.set_result(Path(files[0]) if accepted else None)

    chooser.finished.connect(finished)
    chooser.open()
    return await chosen
