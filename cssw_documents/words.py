"""The domain's words the form prints (agency names, form items, ways of telling CSSW),
translated in the language in force when the PDF is made.

The domain keeps English text marked with `QT_TRANSLATE_NOOP`; this is where the PDF
translates it. The laptop's screens use the same functions (cssw_desktop.translated).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cssw_core.domain.agencies import Agency
from cssw_core.domain.consent import DocumentKind, ExplainedItem
from cssw_core.domain.withdrawal import CommunicatedBy


def agency_name(agency: Agency) -> str:
    """The agency's name as the form prints it, translated."""
    return QCoreApplication.translate("Agency", agency.label)


def explained_label(item: ExplainedItem) -> str:
    return QCoreApplication.translate("ConsentForm", item.label)


def document_label(kind: DocumentKind) -> str:
    return QCoreApplication.translate("ConsentForm", kind.label)


def communicated_label(how: CommunicatedBy) -> str:
    return QCoreApplication.translate("Withdrawal", how.label)
