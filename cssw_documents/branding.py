"""The council's identity on every page: its name and logo, from one file IT may replace.

`resources/branding/branding.json` names the council and the service and points at a
logo (a small PNG beside it). The app ships a neutral default; a council's IT puts its
own name and logo there (docs/it-and-central.md) before building the installer and on
central, so the laptop's PDF, the family's copy and the PDF central files carry the same
identity. The file is read each time a PDF is made (it is a few kilobytes), so a replaced
file shows on the next PDF.

A branding file that is not valid is refused with a plain reason (`BrandingInvalid`):
no PDF is made under a wrong or half-read council identity.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QImage

from cssw_core.domain.fields import TextProblem, text_problem
from cssw_core.resources import read_settings_file, resources_dir

BRANDING_FORMAT = "cssw.branding/1"
BRANDING_FILE = "branding.json"
MAX_BRANDING_BYTES = 16_000
MAX_LOGO_BYTES = 512_000  # a logo is a small PNG: the laptop's bundle has little room
MAX_NAME = 120


class BrandingInvalid(ValueError):
    """The branding file cannot be used (the reason names no personal data)."""


@dataclass(frozen=True, slots=True)
class Branding:
    council_name: str  # "London Borough of …": the top line of every page
    service_name: str  # "Children's Safeguarding and Social Work (CSSW)"
    logo: QImage  # a null image when the file names no logo

    @property
    def has_logo(self) -> bool:
        return not self.logo.isNull()


def branding_dir() -> Path:
    return resources_dir() / "branding"


def load_branding(folder: Path | None = None) -> Branding:
    """The council's branding from `folder` (default resources/branding), or
    BrandingInvalid with the reason."""
    folder = folder or branding_dir()
    path = folder / BRANDING_FILE
    data = read_settings_file(
        path, "the branding file", BRANDING_FORMAT, MAX_BRANDING_BYTES, BrandingInvalid
    )
    council = _name(data.get("council_name"), "council_name", path)
    service = _name(data.get("service_name"), "service_name", path)
    return Branding(council, service, _logo(data.get("logo"), folder))


def _name(value: object, key: str, path: Path) -> str:
    if not isinstance(value, str):
        raise BrandingInvalid(f"{key} in {path} must be text")
    problem = text_problem(value.strip(), MAX_NAME, required=True)
    if problem is TextProblem.EMPTY:
        raise BrandingInvalid(f"{key} in {path} is empty")
    if problem is not None:
        raise BrandingInvalid(f"{key} in {path} is too long or holds hidden characters")
    return value.strip()


def _logo(value: object, folder: Path) -> QImage:
    if value is None or value == "":
        return QImage()
    if not isinstance(value, str) or Path(value).name != value or not value.endswith(".png"):
        raise BrandingInvalid("the logo must be the name of a .png file beside branding.json")
    path = folder / value
    try:
        raw = path.read_bytes()
    except OSError:
        raise BrandingInvalid(f"the logo {path} cannot be read") from None
    if len(raw) > MAX_LOGO_BYTES:
        raise BrandingInvalid(f"the logo {path} is larger than {MAX_LOGO_BYTES // 1000} KB")
    image = QImage()
    if not image.loadFromData(raw, "PNG") or image.isNull():
        raise BrandingInvalid(f"the logo {path} is not a PNG picture")
    return image
