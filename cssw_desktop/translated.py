"""The Qt-free parts' words (agency names, form items, step titles, error messages) in the
language in force, for the screens and the PDF.

The domain keeps English text, marked with `QT_TRANSLATE_NOOP`; this is where it is
translated, only when shown or printed. Records never hold translated text.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from cssw_core.domain.i18n import fill
from cssw_core.domain.passphrase import (
    MAX_LENGTH,
    MIN_LENGTH,
    RULES_TEMPLATE,
    TOO_LONG_TEMPLATE,
    TOO_SHORT_TEMPLATE,
)
from cssw_core.domain.visit import Step
from cssw_core.errors import CsswError
from cssw_desktop.settings import Setting


def qt_translate(context: str, text: str) -> str:
    """A `cssw_core.domain.i18n.Translate` for Qt-free code: Qt's translation."""
    return QCoreApplication.translate(context, text)


def step_heading(step: Step) -> str:
    return QCoreApplication.translate("VisitStep", step.heading)


def and_list(names: Sequence[str]) -> str:
    """Names as a list in words: "Health", "Health and Police", "Health, Police and
    Housing"."""
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    separator = QCoreApplication.translate("Lists", ", ", "between names in a list")
    last = QCoreApplication.translate("Lists", "%1 and %2", "the last two names in a list")
    return fill(last, separator.join(names[:-1]), names[-1])


def error_text(error: CsswError) -> str:
    """A problem's message in the language in force (English when it has no translation)."""
    return fill(QCoreApplication.translate("Errors", error.template), *error.parts)


def passphrase_text(text: str) -> str:
    """A passphrase rule, problem or strength (cssw_core.domain.passphrase), translated."""
    for template, number in (
        (TOO_SHORT_TEMPLATE, MIN_LENGTH),
        (TOO_LONG_TEMPLATE, MAX_LENGTH),
        (RULES_TEMPLATE, MIN_LENGTH),
    ):
        if text == fill(template, number):
            return fill(QCoreApplication.translate("Passphrase", template), number)
    return QCoreApplication.translate("Passphrase", text)


def setting_description(setting: Setting[int] | Setting[str] | Setting[bool]) -> str:
    return QCoreApplication.translate("Settings", setting.description)
