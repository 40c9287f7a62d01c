"""A share record on paper: with whom CSSW shared what, how, when and on what basis.

Kept apart from the consent form's and the withdrawal's sections: `pdf.py` asks this
module for the title and the sections of a share, and nothing else here knows of shares.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication

from cssw_core.domain.i18n import fill
from cssw_core.domain.record_json import time_to_json
from cssw_core.domain.share import Information, Share
from cssw_documents.blocks import Blocks
from cssw_documents.formatting import time_text, uk_date
from cssw_documents.layout import MM, PageFlow

translate = QCoreApplication.translate


def share_title() -> str:
    return translate("Pdf", "Record of information shared")


class ShareSections(Blocks):
    """Every field of a share record in plain words."""

    def __init__(self, flow: PageFlow, document: Mapping[str, Any], zone: tzinfo) -> None:
        super().__init__(flow, zone)
        self.document = document
        self.share = Share.from_json(document["record"])
        self.family: Mapping[str, Any] = document["family"]

    def _when(self, moment: Any) -> str:
        return time_text(time_to_json(moment), self.zone)

    def draw(self) -> None:
        s = self.share
        sealed = time_text(self.document.get("sealed_at"), self.zone)
        intro = (
            translate(
                "Pdf",
                "CSSW shared information about this family without the family's consent, "
                "for the reason below. Sealed %1.",
            )
            if s.without_consent
            else translate(
                "Pdf",
                "CSSW shared information about this family with the family's consent. Sealed %1.",
            )
        )
        self.title(share_title(), fill(intro, sealed))
        self.field(translate("Pdf", "Name of family:"), str(self.family.get("family_name", "")))
        if self.family.get("case_reference"):
            self.field(translate("Pdf", "Case reference:"), str(self.family["case_reference"]))
        children = ", ".join(name for _, name in s.children)
        self.field(
            translate("Pdf", "Children it was about:"),
            children or translate("Pdf", "The family as a whole"),
        )
        self.heading(translate("Pdf", "What was shared"), keep=30 * MM)
        self.field(translate("Pdf", "Shared with:"), s.party_words)
        for kind in Information:
            if kind in s.information:
                self.paragraph(f"•  {translate('Share', kind.label)}")
        if s.details:
            self.field(translate("Pdf", "Details:"), s.details)
        self.field(translate("Pdf", "How:"), translate("Share", s.how.label))
        self.field(translate("Pdf", "When:"), self._when(s.shared_at))
        self.heading(translate("Pdf", "Why it was shared"), keep=30 * MM)
        if s.without_consent:
            self._without_consent()
        else:
            self.field(
                translate("Pdf", "Basis:"),
                translate("Pdf", "With consent: the family agreed on their signed form."),
            )
        self.field(translate("Pdf", "Decided by:"), s.decided_by)
        self.heading(translate("Pdf", "Telling the family"), keep=20 * MM)
        told = s.family_told
        if told.told and told.at is not None and told.how is not None:
            self.field(
                translate("Pdf", "The family was told:"),
                fill(
                    translate("Pdf", "%1, by %2"),
                    self._when(told.at),
                    translate("Share", told.how.label).lower(),
                ),
            )
        else:
            self.field(translate("Pdf", "The family was not told, because:"), told.why_not)
            if told.reconsider_on is not None:
                self.field(translate("Pdf", "To be reconsidered by:"), uk_date(told.reconsider_on))
        self.field(translate("Pdf", "Recorded by:"), s.worker)

    def _without_consent(self) -> None:
        s = self.share
        reason = "" if s.reason is None else translate("Share", s.reason.label)
        self.field(translate("Pdf", "Basis: without consent, because:"), reason)
        if s.law:
            self.field(translate("Pdf", "Law or court order:"), s.law)
        if s.consent_sought:
            self.field(
                translate("Pdf", "Consent was asked for:"),
                translate("Pdf", "Yes, and not given."),
            )
        elif s.not_sought_reason is not None:
            self.field(
                translate("Pdf", "Consent was not asked for, because:"),
                translate("Share", s.not_sought_reason.label),
            )
        auth = s.authorised_by
        if auth is not None:
            self.field(
                translate("Pdf", "Authorised by:"),
                fill(translate("Pdf", "%1 (%2), %3"), auth.name, auth.role, self._when(auth.at)),
            )
