""" "What happens next": the words after the signatures, in the council's PDF and on the
family's copy, so a family reading their copy at home knows what they agreed to mean and
how to change their mind (as the leaflet says: consent can be withdrawn at any time, and
case records can be seen under the Data Protection Act 2018)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from cssw_documents.blocks import BODY, Blocks
from cssw_documents.layout import MM, font

translate = QCoreApplication.translate


def next_steps_title() -> str:
    return translate("Pdf", "What happens next")


def next_steps(document: Mapping[str, Any]) -> list[str]:
    """The points, for this kind of record."""
    if document.get("kind") == "withdrawal":
        return [
            translate(
                "Pdf",
                "From the date above CSSW will not share information with, or ask for "
                "information from, the agencies listed as withdrawn. Information shared "
                "before then is not taken back.",
            ),
            translate(
                "Pdf",
                "Where we are worried about a child's safety we may still need to approach "
                "some agencies, for example the police, to get the information we need to "
                "protect the child.",
            ),
            translate(
                "Pdf",
                "You can change your mind again at any time: tell your social worker.",
            ),
            translate("Pdf", "Please keep this copy: it is the record CSSW keeps of this."),
        ]
    return [
        translate(
            "Pdf",
            "CSSW will share information with, and ask for information from, only the "
            "agencies marked Yes above, and give copies only of the documents marked Yes.",
        ),
        translate(
            "Pdf",
            "Where we are worried about a child's safety we may still need to approach some "
            "agencies, for example the police, to get the information we need to protect "
            "your child.",
        ),
        translate(
            "Pdf",
            "You have the right to withdraw your consent at any time, for any agency, "
            "document or research: tell your social worker.",
        ),
        translate(
            "Pdf",
            "You can ask to see your case records under the Data Protection Act 2018.",
        ),
        translate("Pdf", "Please keep this copy: it is the form you signed."),
    ]


def draw_next_steps(blocks: Blocks, document: Mapping[str, Any]) -> None:
    """The heading and its points, after the signatures (kept together on one page)."""
    f = blocks.flow
    points = next_steps(document)
    indent = 5 * MM
    heights = [f.text_height(p, font(BODY), f.width - indent) + 1.2 * MM for p in points]
    blocks.heading(next_steps_title(), keep=sum(heights))
    for point, h in zip(points, heights, strict=True):
        f.draw_text(f.left, f.y, indent, "•", font(BODY))
        f.draw_text(f.left + indent, f.y, f.width - indent, point, font(BODY))
        f.y += h
