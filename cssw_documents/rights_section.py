""" "Your rights and who to contact": the last part of the form's pages, after "what
happens next", on the family's copy and on the PDF central files, so a family reading
their copy at home knows who to ask for their records or complain to. The contacts come
from resources/rights (cssw_core.rights_info), the words around them are the app's.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cssw_core.rights_info import (
    RightsInfoInvalid,
    load_rights_info,
    rights_paragraphs,
    rights_title,
)
from cssw_documents.blocks import BODY, Blocks
from cssw_documents.layout import MM, font

translate = QCoreApplication.translate


class RightsSectionError(RuntimeError):
    """The rights file cannot be used; the reason names the file."""


def rights_points() -> tuple[str, list[str]]:
    """The heading and its points in the language in force, or RightsSectionError."""
    try:
        info = load_rights_info()
    except RightsInfoInvalid as problem:
        raise RightsSectionError(str(problem)) from None
    return rights_title(translate), rights_paragraphs(info, translate)


def draw_rights(blocks: Blocks, points: tuple[str, list[str]]) -> None:
    """The heading and its points (kept together on one page)."""
    f = blocks.flow
    title, paragraphs = points
    indent = 5 * MM
    heights = [f.text_height(p, font(BODY), f.width - indent) + 1.2 * MM for p in paragraphs]
    blocks.heading(title, keep=sum(heights))
    for point, h in zip(paragraphs, heights, strict=True):
        f.draw_text(f.left, f.y, indent, "•", font(BODY))
        f.draw_text(f.left + indent, f.y, f.width - indent, point, font(BODY))
        f.y += h
