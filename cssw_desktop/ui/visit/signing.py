"""Checking and signing on the family's screen: each signer reads the summary, confirms it
is correct, then signs; the consent giver first, then each young person who answered."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cssw_core.domain.check_table import check_table_html
from cssw_core.domain.signature import SignerRole
from cssw_core.domain.summary import first_name
from cssw_core.domain.visit import Step, VisitState
from cssw_desktop.translated import qt_translate
from cssw_desktop.ui.accessibility import use_colours
from cssw_desktop.ui.assistive import announce, sentences
from cssw_desktop.ui.focus import focus_starts_at
from cssw_desktop.ui.visit.controller import VisitController
from cssw_desktop.ui.visit.signature_pad import SignatureField
from cssw_desktop.ui.widgets.layout import (
    em,
    heading,
    message_label,
    paragraph,
    scaled_font,
    show_message,
)


@dataclass(frozen=True, slots=True)
class Signer:
    role: SignerRole
    child_id: uuid.UUID | None
    name: str

    def confirmed(self, state: VisitState) -> bool:
        if self.role is SignerRole.PARENT:
            return state.confirmed_at is not None
        if self.role is SignerRole.INTERPRETER:
            return True  # what they confirm is written over the box they sign in
        return self.child_id in state.young_confirmed


def next_signer(state: VisitState) -> tuple[str, Signer | None]:
    """Where the family is: ("check" | "sign", signer) or ("done", None)."""
    for role, child_id, name in state.signers_needed():
        signer = Signer(role, child_id, name)
        if not signer.confirmed(state):
            return "check", signer
        if state.signature_of(role, child_id) is None:
            return "sign", signer
    return "done", None


PAGE_WIDTH_EM = 54  # in the family screen's larger font


def _big_button(text: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setFont(scaled_font(parent.font(), 1.1, bold=True))
    button.setMinimumHeight(button.sizeHint().height() + 16)
    return button


def _centred(page: QWidget, width_em: float) -> QVBoxLayout:
    """A column at most `width_em` wide in the middle of the page (lines stay readable)."""
    column = QWidget(page)
    column.setMaximumWidth(em(page, width_em))
    outer = QHBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addStretch(1)
    outer.addWidget(column, 100)
    outer.addStretch(1)
    inner = QVBoxLayout(column)
    inner.setContentsMargins(0, 0, 0, 0)
    return inner


class SigningFlow(QStackedWidget):
    """Check page, sign page and thank-you page, chosen from the visit's state; and the
    page where the family says which part is wrong (`wrong_reported(step)`: the laptop
    goes back to the worker, who changes it on that step)."""

    wrong_reported = Signal(object)

    def __init__(self, controller: VisitController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._html = ""
        self._signer: Signer | None = None
        self._where = ""
        self._said = ""  # the heading last announced

        self.check_page = QWidget(self)
        check = _centred(self.check_page, PAGE_WIDTH_EM)
        self.check_title = heading("", self.check_page, 1.3)
        self.summary = QTextBrowser(self.check_page)
        self.summary.setAccessibleName(self.tr("Summary of your choices"))
        self.summary.setAccessibleDescription(
            self.tr("Please read it all. Then tick the box under it if it is correct.")
        )
        use_colours(self.summary, base="sheet", base_text="ink")
        self.confirm = QCheckBox(self.check_page)
        self.confirm.setFont(scaled_font(self.font(), 1.05, bold=True))
        self._size_confirm_box()
        self.check_message = message_label(self.check_page)
        self.confirm.setAccessibleDescription(
            self.tr("Tick this once you have read the summary and it is correct")
        )
        self.go_sign = _big_button(self.tr("Go on to sign ›"), self.check_page)
        self.go_sign.setAccessibleName(self.tr("Go on to sign"))
        self.go_sign.setAccessibleDescription(self.tr("To the page where you sign"))
        row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._check_row = row  # side by side, or the button under the box in large text
        row.addWidget(self.confirm, 1)
        row.addWidget(self.go_sign, 0, Qt.AlignmentFlag.AlignRight)
        self.wrong_button = QPushButton(self.tr("Something here is &wrong"), self.check_page)
        self.wrong_button.setAccessibleDescription(
            self.tr("Say what is wrong; your social worker changes it with you")
        )
        wrong_row = QHBoxLayout()
        wrong_row.addWidget(self.wrong_button)
        wrong_row.addStretch(1)
        check.addWidget(self.check_title)
        check.addWidget(self.summary, 1)
        check.addLayout(row)
        check.addWidget(self.check_message)
        check.addLayout(wrong_row)

        self.wrong_page = QWidget(self)
        wrong = _centred(self.wrong_page, PAGE_WIDTH_EM)
        wrong.addStretch(1)
        wrong.addWidget(heading(self.tr("Which part is wrong?"), self.wrong_page, 1.3))
        wrong.addWidget(
            paragraph(
                self.tr(
                    "Choose the part, then give the laptop back to your social worker and "
                    "tell them what is wrong. They will change it with you, and you will "
                    "check it and sign again."
                ),
                self.wrong_page,
            )
        )
        self.wrong_parts: dict[Step, QPushButton] = {}
        for step, text in (
            (Step.WHO, self.tr("Who is giving consent, or the children")),
            (Step.SHARE, self.tr("Sharing information with agencies")),
            (Step.APPROACH, self.tr("Asking agencies for information")),
            (Step.CHOICES, self.tr("Documents or research")),
            (Step.YOUNG_PEOPLE, self.tr("A young person's own answers")),
            (Step.REVIEW, self.tr("Something else")),
        ):
            button = QPushButton(text, self.wrong_page)
            button.setAccessibleDescription(self.tr("The laptop goes back to your social worker"))
            button.clicked.connect(lambda _on=False, s=step: self.wrong_reported.emit(s))
            wrong.addWidget(button)
            self.wrong_parts[step] = button
        self.wrong_back = QPushButton(
            self.tr("‹ No, it is right: back to checking"), self.wrong_page
        )
        self.wrong_back.setAccessibleDescription(self.tr("Back to the table to check"))
        wrong.addSpacing(em(self, 1))
        wrong.addWidget(self.wrong_back)
        wrong.addStretch(2)

        self.sign_page = QWidget(self)
        self.sign_layout = _centred(self.sign_page, PAGE_WIDTH_EM)
        self.sign_title = heading("", self.sign_page, 1.3)
        self.sign_note = paragraph("", self.sign_page)
        self.field = SignatureField(self.sign_page)
        # A pad about the shape of a signature box on paper, not the whole screen.
        self.field.setMaximumHeight(em(self, 20))
        self.signer_name = QLabel(self.sign_page)
        self.signer_name.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.signer_name.setFont(scaled_font(self.font(), 1.1))
        self.back_to_check = QPushButton(self.tr("‹ Back to the summary"), self.sign_page)
        self.back_to_check.setAccessibleName(self.tr("Back to the summary"))
        self.back_to_check.setAccessibleDescription(self.tr("Read the summary again"))
        self.sign_button = _big_button(self.tr("Sign ✓"), self.sign_page)
        self.sign_button.setAccessibleName(self.tr("Sign"))
        self.sign_button.setAccessibleDescription(
            self.tr("Sign with what is drawn in the box, or the name typed")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_to_check)
        buttons.addStretch(1)
        buttons.addWidget(self.sign_button)
        self.sign_layout.addWidget(self.sign_title)
        self.sign_layout.addWidget(self.sign_note)
        self.sign_layout.addWidget(self.field, 1)
        self.sign_layout.addWidget(self.signer_name)
        self.sign_layout.addLayout(buttons)  # Sign right under the box, not a screen away
        self.sign_layout.addStretch(0)

        self.done_page = QWidget(self)  # centred, as every other page the family sees
        done = _centred(self.done_page, PAGE_WIDTH_EM)
        done.addStretch(1)
        thanks = heading(self.tr("Thank you"), self.done_page, 1.3)
        thanks.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        done.addWidget(thanks)
        self.done_text = paragraph("", self.done_page)
        self.done_text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        done.addWidget(self.done_text)
        done.addStretch(2)

        for page in (self.check_page, self.sign_page, self.done_page, self.wrong_page):
            self.addWidget(page)
        self.wrong_button.clicked.connect(self._show_wrong)
        self.wrong_back.clicked.connect(lambda: self.setCurrentWidget(self.check_page))
        self.confirm.toggled.connect(lambda _on: show_message(self.check_message, ""))
        self.go_sign.clicked.connect(self._confirmed)
        self.back_to_check.clicked.connect(self._unconfirm)
        self.sign_button.clicked.connect(self._sign)
        self.field.submitted.connect(self._sign)
        # Where the keyboard starts on each page: reading the summary; on the sign page
        # the signature box, the first thing to do. A screen reader says there how to
        # sign with keys instead: Tab to "Sign by typing your name", the next stop.
        self.check_page.setFocusProxy(self.summary)
        pad = self.field.pad
        pad.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # in the order; a click draws, no more
        pad.keyboard_hint = self.tr(
            "To sign with the keyboard, press Tab for “Sign by typing your name”."
        )
        focus_starts_at(
            self.sign_page, lambda: self.field.typed.name if self.field.typing() else pad
        )
        focus_starts_at(self, self.currentWidget)
        controller.changed.connect(self.refresh)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # a new text size: the HTML's sizes too
            self._html = ""
            self._size_confirm_box()
            self._show_summary()
            self._arrange_check_row()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange_check_row()

    def _arrange_check_row(self) -> None:
        """The confirm box and "Go on to sign" side by side when the screen has room for
        both, else one under the other: a check box's words do not wrap, and a young
        person's are long in large text."""
        room = em(self, PAGE_WIDTH_EM)
        screen = self.screen()
        if screen is not None:
            room = min(room, screen.availableGeometry().width() - em(self, 5))
        spacing = max(self._check_row.spacing(), 0)
        wanted = self.confirm.sizeHint().width() + spacing + self.go_sign.sizeHint().width()
        direction = (
            QBoxLayout.Direction.LeftToRight if wanted <= room else QBoxLayout.Direction.TopToBottom
        )
        if self._check_row.direction() != direction:
            self._check_row.setDirection(direction)

    def _size_confirm_box(self) -> None:
        # A box as big as the words, so nobody misses it.
        side = em(self, 1.6)
        self.confirm.setStyleSheet(f"QCheckBox::indicator {{ width: {side}px; height: {side}px; }}")

    def _show_wrong(self) -> None:
        young = bool(self.controller.state.draft.young_people())
        self.wrong_parts[Step.YOUNG_PEOPLE].setVisible(young)
        self.setCurrentWidget(self.wrong_page)
        self.wrong_parts[Step.WHO].setFocus()
        self._say(self._heading())

    def _confirmed(self) -> None:
        signer = self._signer
        if signer is None:
            return
        if not self.confirm.isChecked():
            show_message(
                self.check_message,
                self.tr("Please read the summary, then tick the box to say it is correct."),
            )
            self.confirm.setFocus()  # the box to tick
            return
        now = self.controller.now()
        if signer.role is SignerRole.PARENT:
            self.controller.edit(lambda s: s.confirmed(now))
        elif signer.child_id is not None:
            child_id = signer.child_id
            self.controller.edit(lambda s: s.young_person_confirmed(child_id, now))

    def _unconfirm(self) -> None:
        signer = self._signer
        if signer is None:
            return
        if signer.role is SignerRole.PARENT:
            self.controller.edit(lambda s: s.confirmed(None))
        elif signer.child_id is not None:
            child_id = signer.child_id
            self.controller.edit(lambda s: s.young_person_confirmed(child_id, None))

    def _sign(self) -> None:
        signer = self._signer
        if signer is None:
            return
        if not self.field.check(signer.name):
            if self.field.typing():
                self.field.typed.name.setFocus()  # the name to type again
            return
        signature = self.field.signature(
            signer.role, signer.name, self.controller.now(), signer.child_id
        )
        self.controller.edit(lambda s: s.signed(signature))

    def _show_summary(self) -> None:
        signer = self._signer
        size = round(scaled_font(self.font(), 1.1).pointSizeF())
        young = signer is not None and signer.role is SignerRole.YOUNG_PERSON
        html = check_table_html(
            self.controller.state.draft, size, for_young_person=young, translate=qt_translate
        )
        if html != self._html:
            self.summary.setHtml(html)
            self._html = html

    def refresh(self) -> None:
        state = self.controller.state
        where, signer = next_signer(state)
        changed_signer = signer != self._signer or where != self._where
        self._signer, self._where = signer, where
        self._show_summary()
        if signer is None:
            worker = first_name(self.controller.worker)
            self.done_text.setText(
                self.tr(
                    "Everyone has checked and signed. Please give the laptop back to %s, "
                    "your social worker."
                )
                % worker
            )
            self.setCurrentWidget(self.done_page)
            self._say(self._heading())
            return
        shown = signer.name if signer.role is SignerRole.PARENT else first_name(signer.name)
        if where == "check":
            if changed_signer:
                self.confirm.setChecked(False)
                self.summary.verticalScrollBar().setValue(0)
            if signer.role is SignerRole.PARENT:
                self.check_title.setText(self.tr("%s, please check your choices") % shown)
                self.confirm.setText(self.tr("I confirm the summary is correct"))
            else:
                self.check_title.setText(self.tr("%s, these are your own answers") % shown)
                self.confirm.setText(self.tr("I have read them. These are my own answers."))
            self._arrange_check_row()
            self.setCurrentWidget(self.check_page)
        else:
            if changed_signer:
                self.field.clear()
                show_message(self.field.message, "")
            self.sign_title.setText(self.tr("%s, please sign below") % shown)
            how = self.tr(
                "Sign with your finger, a pen or the mouse. Use Clear to start again. "
                "To sign with the keyboard, choose “Sign by typing your name”."
            )
            if signer.role is SignerRole.INTERPRETER:
                draft = state.draft
                statement = self.tr(
                    "By signing, I, %1, confirm that I interpreted the leaflet and the "
                    "family's choices on this form into %2, and the family's answers are "
                    "as they gave them."
                )
                statement = statement.replace("%1", signer.name).replace(
                    "%2", draft.interpreter_language.strip()
                )
                how = statement  # an interpreter knows how to sign; the page must fit
            self.sign_note.setText(how)
            self.back_to_check.setVisible(signer.role is not SignerRole.INTERPRETER)
            self.signer_name.setText(signer.name)
            self.setCurrentWidget(self.sign_page)
        current = self.currentWidget()
        if current is not None:
            current.setFocus()
        self._say(self._heading())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._say(self._heading())  # handed over: the page the family starts on

    def _heading(self) -> str:
        """What the page on screen is, as its heading says."""
        current = self.currentWidget()
        if current is self.done_page:
            return sentences(self.tr("Thank you"), self.done_text.text())
        if current is self.wrong_page:
            return self.tr("Which part is wrong?")
        return (self.check_title if current is self.check_page else self.sign_title).text()

    def _say(self, text: str) -> None:
        """Announce a new page's heading (once: not again on every redraw)."""
        if text != self._said and self.isVisible():
            announce(self, text)
            self._said = text
