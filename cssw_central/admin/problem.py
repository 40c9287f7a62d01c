"""Why an admin command cannot be done, in one plain line for the command line to print."""

from __future__ import annotations


class AdminProblem(Exception):
    """An admin command cannot be done; the message is one plain line."""
