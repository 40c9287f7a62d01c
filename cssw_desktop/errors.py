"""Errors a worker or IT may see.

Every error carries a message in plain words that is safe to show and to log: it never
contains a family's or child's details.
"""


class CsswError(Exception):
    """Base for problems the app explains to the person using it."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationFailed(CsswError):
    """Input was refused; nothing was changed."""

    def __init__(self, problems: "list[tuple[str, str]]") -> None:
        self.problems = problems
        super().__init__(" ".join(message for _field, message in problems))
