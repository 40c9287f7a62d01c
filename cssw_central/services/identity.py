"""Who is asking: the enrolled laptop that signed a request, and its worker.

Made by the API's signed-request check (`cssw_central.api.device_auth`) and handed to the
services as plain values, never ORM rows.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class AuthenticatedDevice:
    """The laptop that signed the request, and its worker (plain values, no ORM rows)."""

    device_id: str
    device_name: str
    public_key: str
    worker_id: str
    worker_name: str  # display name
    username: str
    role: str  # "worker" | "team_lead"
    team_id: str
    team_name: str

    @property
    def is_team_lead(self) -> bool:
        return self.role == "team_lead"
