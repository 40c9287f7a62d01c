"""The team lead's dashboard from central: counts for the lead's own team (online only)."""

from __future__ import annotations

from cssw_core.protocol import API_PREFIX
from cssw_core.team_dashboard import TeamDashboard
from cssw_desktop.sync.client import CentralClient

DASHBOARD_PATH = f"{API_PREFIX}/team/dashboard"


async def team_dashboard(client: CentralClient) -> TeamDashboard:
    """The lead's team's figures as central has them now (central refuses anyone else)."""
    return await client.call("GET", DASHBOARD_PATH, None, TeamDashboard)
