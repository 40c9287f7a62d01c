"""The team lead's view of central: records to review, approve or return, the team's laptops
and the team's audit log.

Online only: each call goes straight to central through a signing `CentralClient`.
"""

from __future__ import annotations

import builtins
from urllib.parse import quote, urlencode

from cssw_core.protocol import (
    API_PREFIX,
    DeviceList,
    DeviceStatus,
    ReturnRequest,
    ReviewDetail,
    ReviewItem,
    ReviewList,
    ReviewState,
    TeamAuditList,
    UntoldShare,
    UntoldShareList,
)
from cssw_desktop.sync.client import CentralClient


class ReviewClient:
    def __init__(self, client: CentralClient) -> None:
        self._client = client

    async def list(self, state: ReviewState = "received") -> builtins.list[ReviewItem]:
        path = f"{API_PREFIX}/review?{urlencode({'state': state})}"
        return (await self._client.call("GET", path, None, ReviewList)).items

    async def detail(self, record_id: str, version: int) -> ReviewDetail:
        return await self._client.call("GET", _item(record_id, version), None, ReviewDetail)

    async def approve(self, record_id: str, version: int) -> ReviewItem:
        path = _item(record_id, version) + "/approve"
        return await self._client.call("POST", path, None, ReviewItem)

    async def return_record(self, record_id: str, version: int, comment: str) -> ReviewItem:
        path = _item(record_id, version) + "/return"
        return await self._client.call("POST", path, ReturnRequest(comment=comment), ReviewItem)

    async def devices(self) -> builtins.list[DeviceStatus]:
        path = f"{API_PREFIX}/team/devices"
        return (await self._client.call("GET", path, None, DeviceList)).devices

    async def team_activity(
        self, *, before_seq: int | None = None, limit: int = 100
    ) -> TeamAuditList:
        """The team's audit log, newest first; `before_seq` pages back to older entries."""
        query: dict[str, int] = {"limit": int(limit)}
        if before_seq is not None:
            query["before_seq"] = int(before_seq)
        path = f"{API_PREFIX}/team/audit?{urlencode(query)}"
        return await self._client.call("GET", path, None, TeamAuditList)

    async def untold_shares(self) -> builtins.list[UntoldShare]:
        """The team's shares without consent the family was not told of (soonest first)."""
        path = f"{API_PREFIX}/team/shares-untold"
        return (await self._client.call("GET", path, None, UntoldShareList)).shares


def _item(record_id: str, version: int) -> str:
    return f"{API_PREFIX}/review/{quote(str(record_id), safe='')}/{int(version)}"
