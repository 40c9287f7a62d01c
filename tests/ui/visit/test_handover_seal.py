"""The hand-over's seal on its own: other windows hidden and brought back as they were;
a window opened meanwhile never reaches the screen and shows afterwards, unless it was
closed meanwhile; the family's own pop-ups and tooltips show as usual."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QPushButton, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from cssw_desktop.ui.visit.handover import HandOverSeal
from tests.support.screen_text import on_screen


def shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_other_windows_go_and_come_back_as_they_were(qtbot: QtBot) -> None:
    worker = shown(qtbot, QWidget())
    worker.setGeometry(QRect(20, 30, 500, 400))
    family = shown(qtbot, QWidget())
    seal = HandOverSeal(family)
    seal.put_on()
    assert not worker.isVisible()
    assert family.isVisible()

    message = QMessageBox(worker)
    message.setText("Another family")
    message.open()
    assert message.windowHandle() is None or not message.windowHandle().isVisible()
    qtbot.waitUntil(lambda: not message.isVisible())
    assert QApplication.activeModalWidget() is None  # it blocks nothing of the family's
    closed = QMessageBox(worker)
    closed.open()
    closed.reject()  # closed before the worker is back: it never shows
    assert seal.held_back() == [message]

    seal.take_off()
    assert worker.isVisible()
    assert worker.geometry() == QRect(20, 30, 500, 400)
    assert on_screen(message)
    assert message.windowHandle().isVisible()
    assert message.windowModality() == Qt.WindowModality.WindowModal  # as it was opened
    assert not closed.isVisible()
    message.close()


def test_a_window_closed_while_hidden_stays_closed(qtbot: QtBot) -> None:
    other = shown(qtbot, QMessageBox())
    family = shown(qtbot, QWidget())
    seal = HandOverSeal(family)
    seal.put_on()
    assert not other.isVisible()
    other.close()
    seal.take_off()
    assert not other.isVisible()
    assert shiboken6.isValid(other)


@pytest.mark.qt_log_ignore("This plugin does not support")  # pop-ups on the test platform
def test_the_familys_own_popups_and_tooltips_show(qtbot: QtBot) -> None:
    shown(qtbot, QWidget())
    family = shown(qtbot, QWidget())
    button = QPushButton("Next section", family)
    choices = QComboBox(family)
    choices.addItems(["English", "Polski"])
    choices.move(0, 40)
    seal = HandOverSeal(family)
    seal.put_on()
    try:
        QToolTip.showText(button.mapToGlobal(QPoint(2, 2)), "To the next section", button)
        qtbot.waitUntil(QToolTip.isVisible)
        choices.showPopup()
        popup = choices.view().window()
        qtbot.waitUntil(popup.isVisible)
        assert popup.windowHandle() is not None
        assert popup.windowHandle().isVisible()
        assert seal.held_back() == []
    finally:
        choices.hidePopup()
        QToolTip.hideText()
        seal.take_off()
