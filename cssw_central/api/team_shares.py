"""GET /v1/team/shares-untold: a team lead's own team's shares without consent whose
family has not been told, awaiting a decision on telling them (issue 15).

Only a team lead's laptop is answered, and only about the lead's own team (the team comes
from the enrolled laptop, never from the request): a worker's laptop is refused (403), and
another team's lead sees their own team's list, never this one's.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from cssw_central.api.device_auth import TeamLead
from cssw_central.infra.database import transaction
from cssw_central.infra.state import State
from cssw_central.services.untold_shares import untold_shares, untold_viewed
from cssw_core.protocol import API_PREFIX, ErrorBody, UntoldShareList

_ERRORS: dict[int | str, dict[str, Any]] = {code: {"model": ErrorBody} for code in (401, 403)}
router = APIRouter(prefix=API_PREFIX, tags=["shares"], responses=_ERRORS)


@router.get("/team/shares-untold", response_model=UntoldShareList)
def team_untold_shares(lead: TeamLead, state: State) -> UntoldShareList:
    """The lead's team's untold shares without consent, soonest date to reconsider first."""
    with transaction(state.sessions) as session:
        shares = untold_shares(session, lead.team_id)
        untold_viewed(session, lead.team_id, lead.worker_id, len(shares), state.now())
        return UntoldShareList(shares=shares)
