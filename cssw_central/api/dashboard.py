"""GET /v1/team/dashboard: the team lead's figures for their own team (counts only).

Only a team lead's laptop is answered, and only about the lead's own team: the team is the
one central holds for the lead, never one the request names. Each look is audited (counts
only). The figures are worked out in `cssw_central.services.dashboard`.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from cssw_central.api.device_auth import TeamLead
from cssw_central.infra.database import audit, transaction
from cssw_central.infra.state import State
from cssw_central.services.dashboard import team_dashboard
from cssw_core.protocol import API_PREFIX, ErrorBody
from cssw_core.team_dashboard import TeamDashboard

_ERRORS: dict[int | str, dict[str, Any]] = {code: {"model": ErrorBody} for code in (401, 403)}
router = APIRouter(prefix=API_PREFIX, tags=["dashboard"], responses=_ERRORS)


@router.get("/team/dashboard", response_model=TeamDashboard)
def dashboard(lead: TeamLead, state: State) -> TeamDashboard:
    """The lead's team's consent coverage, refusals and withdrawals by agency, what waits
    on its laptops, and shares without consent the family has not been told of."""
    now = state.now()
    with transaction(state.sessions) as session:
        figures = team_dashboard(session, lead.team_id, now)
        audit(
            session, now, f"worker:{lead.worker_id}", "dashboard_viewed", lead.team_id,
            team_id=lead.team_id, families=figures.coverage.families,
        )  # fmt: skip
        return figures
