"""The eleven agencies on the council's paper consent form, in the form's order."""

from enum import StrEnum


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
    Agency.HEALTH: "Health",
    Agency.EDUCATION: "Education (including early years)",
    Agency.POLICE: "Police",
    Agency.EARLY_HELP: "Early help service",
    Agency.PROBATION: "Probation",
    Agency.HOUSING: "Housing",
    Agency.YOUTH_OFFENDING: "Youth offending service",
    Agency.MENTAL_HEALTH: "Mental health services",
    Agency.DRUG_AND_ALCOHOL: "Drug and alcohol services",
    Agency.VOLUNTARY_ORGANISATIONS: "Voluntary organisations",
    Agency.OTHER_LOCAL_AUTHORITIES: "Other local authorities",
}

AGENCIES: tuple[Agency, ...] = tuple(Agency)
