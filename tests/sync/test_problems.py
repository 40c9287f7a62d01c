"""Central's refusals as the laptop words them: every code has words, and a refused
approval (central could not make its signed PDF) shows central's own reason."""

from __future__ import annotations

from cssw_core.protocol import Problem, ProblemCode
from cssw_desktop.sync.problems import ProblemKind, from_problem


def test_every_code_central_may_send_has_words_on_the_laptop() -> None:
    for code in set(ProblemCode) - {ProblemCode.CLOCK_SKEW}:  # worded from the skew itself
        problem = from_problem(Problem(code=code, message=""), 400)
        assert problem.message.strip(), code


def test_a_refused_approval_says_centrals_reason() -> None:
    reason = (
        "Central could not make the signed PDF of this record (central's document-signing "
        "certificate is not set up), so it was not approved or filed."
    )
    problem = from_problem(Problem(code=ProblemCode.PDF_NOT_MADE, message=reason), 503)
    assert problem.kind is ProblemKind.REFUSED
    assert problem.message == reason
    assert problem.code is ProblemCode.PDF_NOT_MADE
