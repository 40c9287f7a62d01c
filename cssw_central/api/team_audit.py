"""GET /v1/team/audit: a team lead reads their own team's audit log, newest first.

Reading is itself audited (`audit_read`); those entries are left out of the lead's view
(`services.audit_log`), so looking at the log never changes what it shows.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from cssw_central.api.device_auth import TeamLead
from cssw_central.infra.database import audit, transaction
from cssw_central.infra.state import State
from cssw_central.services.audit_log import AUDIT_READ, DEFAULT_PAGE, team_page
from cssw_core.protocol import API_PREFIX, MAX_AUDIT_PAGE, ErrorBody, TeamAuditList

MAX_SEQ = 2**63 - 1  # BIGINT

_ERRORS: dict[int | str, dict[str, Any]] = {code: {"model": ErrorBody} for code in (401, 403)}
router = APIRouter(prefix=API_PREFIX, tags=["audit"], responses=_ERRORS)


@router.get("/team/audit", response_model=TeamAuditList)
def team_audit(
    lead: TeamLead,
    state: State,
    before_seq: Annotated[int | None, Query(ge=1, le=MAX_SEQ)] = None,
    after_seq: Annotated[int | None, Query(ge=0, le=MAX_SEQ)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_AUDIT_PAGE)] = DEFAULT_PAGE,
) -> TeamAuditList:
    """The lead's own team's audit log, newest first; page back with `before_seq`."""
    with transaction(state.sessions) as session:
        page = team_page(
            session, lead.team_id, before_seq=before_seq, after_seq=after_seq, limit=limit
        )
        audit(
            session, state.now(), f"worker:{lead.worker_id}", AUDIT_READ, lead.team_id,
            team_id=lead.team_id, entries=len(page.entries),
        )  # fmt: skip
        return page
