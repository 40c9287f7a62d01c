"""Errors a worker or IT may see.

Every error carries a message in plain words that is safe to show and to log: it never
contains a family's or child's details.
"""

from cssw_core.domain.i18n import fill


class CsswError(Exception):
    """Base for problems the app explains to the person using it.

    The message may be a template with Qt-style placeholders `%1`, `%2` filled from
    `parts`; mark it `QT_TRANSLATE_NOOP("Errors", …)` and the UI shows it translated
    (`cssw_desktop.translated.error_text`). `message` is always the English text.
    """

    def __init__(self, message: str, *parts: object) -> None:
        self.template = message
        self.parts = tuple(str(part) for part in parts)
        self.message = fill(message, *self.parts) if parts else message
        super().__init__(self.message)


class ValidationFailed(CsswError):
    """Input was refused; nothing was changed."""

    def __init__(self, problems: "list[tuple[str, str]]") -> None:
        self.problems = problems
        super().__init__(" ".join(message for _field, message in problems))
