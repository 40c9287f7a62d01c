"""Who the family contacts about their information: the council's data protection
contacts, the Information Commissioner's Office and how to ask for their records, from one
file IT may update (`resources/rights/rights.json`).

The details are the council's own, copied word for word from its privacy notice (and, for
asking to see records, its leaflet); where the two differ the notice's contact is used
(cssw_desktop/leaflet_notice.py lists the differences). The family sees them at the end of
the leaflet and on their copy of the signed form; the filed PDF carries them too. The app
adds only the words around them (`rights_paragraphs`, translated like the rest of the UI).

A file that is not valid is refused with a plain reason naming the file
(`RightsInfoInvalid`), as resources/branding is: nothing shows half-read contacts. The
file is read each time it is needed (it is tiny), so a replaced file shows on the next
leaflet end page and the next PDF. Qt-free: the laptop and central's renderer both read it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cssw_core.domain.fields import TextProblem, text_problem
from cssw_core.domain.i18n import QT_TRANSLATE_NOOP, Translate, fill, untranslated
from cssw_core.resources import read_settings_file, resources_dir

RIGHTS_FORMAT = "cssw.rights/1"
RIGHTS_FILE = "rights.json"
MAX_RIGHTS_BYTES = 16_000
MAX_DETAIL = 200
CONTEXT = "RightsInfo"


class RightsInfoInvalid(ValueError):
    """The rights file cannot be used (the reason names the file and the entry)."""


@dataclass(frozen=True, slots=True)
class RightsInfo:
    """The contacts, each as the council wrote it."""

    dpo_name: str  # the data protection officer and their role
    dpo_email: str
    information_rights_email: str  # "contact us first" (privacy notice section 11)
    request_web_form: str  # the name of the council's web form for requests
    request_email: str
    ico_phone: str
    ico_website: str
    ico_live_chat: str
    ico_webform: str

    def contact_details(self) -> tuple[str, ...]:
        """Every contact detail shown to the family (each must be in the council's words)."""
        return (
            self.dpo_name,
            self.dpo_email,
            self.information_rights_email,
            self.request_web_form,
            self.request_email,
            self.ico_phone,
            self.ico_website,
            self.ico_live_chat,
            self.ico_webform,
        )


# Which entries the file holds: (section, key) -> the RightsInfo field.
_ENTRIES: tuple[tuple[str, str, str], ...] = (
    ("data_protection_officer", "name", "dpo_name"),
    ("data_protection_officer", "email", "dpo_email"),
    ("information_rights", "email", "information_rights_email"),
    ("records_request", "web_form", "request_web_form"),
    ("records_request", "email", "request_email"),
    ("ico", "phone", "ico_phone"),
    ("ico", "website", "ico_website"),
    ("ico", "live_chat", "ico_live_chat"),
    ("ico", "webform", "ico_webform"),
)


def rights_dir() -> Path:
    return resources_dir() / "rights"


def load_rights_info(folder: Path | None = None) -> RightsInfo:
    """The contacts from `folder` (default resources/rights), or RightsInfoInvalid."""
    path = (folder or rights_dir()) / RIGHTS_FILE
    data = read_settings_file(
        path, "the rights file", RIGHTS_FORMAT, MAX_RIGHTS_BYTES, RightsInfoInvalid
    )
    values: dict[str, str] = {}
    for section, key, field in _ENTRIES:
        block = data.get(section)
        if not isinstance(block, dict):
            raise RightsInfoInvalid(f"{section} in {path} is missing")
        values[field] = _detail(block.get(key), f"{section}.{key}", path)
    return RightsInfo(**values)


def _detail(value: object, key: str, path: Path) -> str:
    if value is None:
        raise RightsInfoInvalid(f"{key} in {path} is missing")
    if not isinstance(value, str):
        raise RightsInfoInvalid(f"{key} in {path} must be text")
    problem = text_problem(value.strip(), MAX_DETAIL, required=True)
    if problem is TextProblem.EMPTY:
        raise RightsInfoInvalid(f"{key} in {path} is empty")
    if problem is not None:
        raise RightsInfoInvalid(f"{key} in {path} is too long or holds hidden characters")
    return value.strip()


def rights_title(translate: Translate = untranslated) -> str:
    return translate(CONTEXT, QT_TRANSLATE_NOOP(CONTEXT, "Your rights and who to contact"))


def rights_paragraphs(info: RightsInfo, translate: Translate = untranslated) -> list[str]:
    """The points shown to the family: the app's words (translated) around the council's
    contacts (never translated: they are addresses). The ICO's point has one line per
    way of contacting it (a web address is never broken across lines mid-sentence)."""

    def t(text: str) -> str:
        return translate(CONTEXT, text)

    return [
        fill(
            t(
                QT_TRANSLATE_NOOP(
                    CONTEXT,
                    "To ask for a copy of the information we hold about you, or to ask us to "
                    "correct it, use the council's web form “%1” or email %2.",
                )
            ),
            info.request_web_form,
            info.request_email,
        ),
        t(
            QT_TRANSLATE_NOOP(
                CONTEXT,
                "A parent does not automatically see a child's information. A child aged "
                "13 or over must agree to a parent seeing it.",
            )
        ),
        fill(
            t(QT_TRANSLATE_NOOP(CONTEXT, "The council's data protection officer: %1, %2.")),
            info.dpo_name,
            info.dpo_email,
        ),
        fill(
            t(
                QT_TRANSLATE_NOOP(
                    CONTEXT,
                    "If you are unhappy with how we handled your information, please "
                    "contact us first at %1.",
                )
            ),
            info.information_rights_email,
        ),
        "\n".join(
            (
                t(
                    QT_TRANSLATE_NOOP(
                        CONTEXT,
                        "You can also complain to the Information Commissioner's Office "
                        "(ICO), free of charge:",
                    )
                ),
                fill(t(QT_TRANSLATE_NOOP(CONTEXT, "Telephone: %1")), info.ico_phone),
                fill(t(QT_TRANSLATE_NOOP(CONTEXT, "Website: %1")), info.ico_website),
                fill(t(QT_TRANSLATE_NOOP(CONTEXT, "Live chat: %1")), info.ico_live_chat),
                fill(t(QT_TRANSLATE_NOOP(CONTEXT, "Web form: %1")), info.ico_webform),
            )
        ),
    ]
