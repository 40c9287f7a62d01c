"""Each review flag in full words with what the team lead should do next.

Central says what it found ("Chidi Okafor (14) answered differently for themselves: No to
sharing with Police (the person giving consent said Yes)."); this adds the next step in the
lead's own words ("… — check the worker discussed it with them; approve if the record is
right."). Every flag kind central can send has its words here (a test checks each one).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cssw_core.protocol import Flag, FlagCode

translate = QCoreApplication.translate  # literal contexts below, so lupdate finds them


def flag_advice(code: FlagCode) -> str:
    """What to do about a flag of this kind, as the second half of a sentence."""
    advice = {
        FlagCode.AGENCY_REFUSED: translate(
            "FlagAdvice",
            "check the worker explained what saying No means and that the answers are the "
            "family's own; approve if the record is right",
        ),
        FlagCode.YOUNG_PERSON_DIFFERS: translate(
            "FlagAdvice",
            "check the worker discussed it with the young person and recorded their own "
            "wishes; approve if the record is right",
        ),
        FlagCode.YOUNG_PERSON_NOT_SIGNED: translate(
            "FlagAdvice",
            "check the reason on the form; return it to the worker if there is no good "
            "reason, approve if there is",
        ),
        FlagCode.LATE_SYNC: translate(
            "FlagAdvice",
            "ask the worker why it waited on the laptop; approve if the record is right",
        ),
        FlagCode.CASE_SYSTEM_DIFFERS: translate(
            "FlagAdvice",
            "compare the names and dates of birth with the case system; return it to the "
            "worker if the form is wrong, or have the case system put right",
        ),
        FlagCode.YOUNG_PERSON_WITHDREW: translate(
            "FlagAdvice",
            "check what CSSW still shares about them on the adult's consent and tell the "
            "agencies concerned; approve to file the withdrawal",
        ),
        FlagCode.SHARED_WITHOUT_CONSENT: translate(
            "FlagAdvice",
            "check the reason and the manager's authorisation are recorded; approve if the "
            "decision was made properly",
        ),
        FlagCode.FAMILY_NOT_TOLD: translate(
            "FlagAdvice",
            "decide by that date whether the family can now be told; it stays on your list "
            "of shares the family was not told of until then",
        ),
        FlagCode.SHARE_CONSENT_NOT_HELD: translate(
            "FlagAdvice",
            "do not approve it as it is: ask the worker which consent it rested on, and "
            "return it if it was in fact shared without consent",
        ),
    }
    return advice.get(
        code,
        translate("FlagAdvice", "read the record closely; approve only if it is right"),
    )


def flag_sentence(flag: Flag) -> str:
    """Central's words for the flag, then what to do next: one sentence."""
    found = flag.message.strip().rstrip(".")
    template = translate("FlagAdvice", "%1 — %2.")
    return template.replace("%2", flag_advice(flag.code)).replace("%1", found)
