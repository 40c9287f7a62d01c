"""The eleven agencies on the council's paper consent form, in the form's order."""

from enum import StrEnum

from cssw_core.domain.i18n import QT_TRANSLATE_NOOP


class Agency(StrEnum):
    """An agency CSSW may share information with, or approach for information."""

    HEALTH = "health"
    EDUCATION = "education"
    POLICE = "police"
    EARLY_HELP = "early_help"
    PROBATION = "probation"
    HOUSING = "housing"
    YOUTH_OFFENDING = "youth_offending"
    MENTAL_HEALTH = "mental_health"
    DRUG_AND_ALCOHOL = "drug_and_alcohol"
    VOLUNTARY_ORGANISATIONS = "voluntary_organisations"
    OTHER_LOCAL_AUTHORITIES = "other_local_authorities"

    @property
    def label(self) -> str:
        """The agency's name exactly as the consent form prints it."""
        return AGENCY_LABELS[self]


AGENCY_LABELS: dict[Agency, str] = {
    Agency.HEALTH: QT_TRANSLATE_NOOP("Agency", "Health"),
    Agency.EDUCATION: QT_TRANSLATE_NOOP("Agency", "Education (including early years)"),
    Agency.POLICE: QT_TRANSLATE_NOOP("Agency", "Police"),
    Agency.EARLY_HELP: QT_TRANSLATE_NOOP("Agency", "Early help service"),
    Agency.PROBATION: QT_TRANSLATE_NOOP("Agency", "Probation"),
    Agency.HOUSING: QT_TRANSLATE_NOOP("Agency", "Housing"),
    Agency.YOUTH_OFFENDING: QT_TRANSLATE_NOOP("Agency", "Youth offending service"),
    Agency.MENTAL_HEALTH: QT_TRANSLATE_NOOP("Agency", "Mental health services"),
    Agency.DRUG_AND_ALCOHOL: QT_TRANSLATE_NOOP("Agency", "Drug and alcohol services"),
    Agency.VOLUNTARY_ORGANISATIONS: QT_TRANSLATE_NOOP("Agency", "Voluntary organisations"),
    Agency.OTHER_LOCAL_AUTHORITIES: QT_TRANSLATE_NOOP("Agency", "Other local authorities"),
}

AGENCIES: tuple[Agency, ...] = tuple(Agency)
