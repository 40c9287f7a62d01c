"""What the sync pages use from cssw_desktop.sync, built once by the composition root.

The only module of the GUI that knows how the sync layer's objects are made: the
engine for an unlocked store, enrollment, and the team lead's review client. Tests
pass their own SyncServices to reach a test server; the app passes `default_services`.
"""

from __future__ import annotations

import socket
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cssw_desktop.storage.profile import EnrolledProfile
from cssw_desktop.storage.store import Store
from cssw_desktop.storage.thread import OpenStore

if TYPE_CHECKING:
    from cssw_core.domain.sealing import DeviceKey
    from cssw_desktop.sync.client import CentralClient
    from cssw_desktop.sync.review import ReviewClient
    from cssw_desktop.ui.sync.controller import Engine


@dataclass(frozen=True, slots=True)
class SyncServices:
    """How to make the sync layer's objects; `app_version` and `device_name` go to central."""

    app_version: str = ""  # "" for this package's version
    device_name: str = socket.gethostname() or "laptop"

    @property
    def version(self) -> str:
        if self.app_version:
            return self.app_version
        import cssw_desktop

        return str(cssw_desktop.__version__)

    def make_engine(self, open_store: OpenStore) -> Engine:
        """The engine for one unlocked store. Revocation is handled by the window (it
        locks, then wipes the store), so the engine is given no callback for it."""
        from cssw_desktop.storage.clock import utc_now
        from cssw_desktop.sync.engine import SyncEngine

        return SyncEngine(
            open_store,
            clock=utc_now,
            app_version=self.version,
        )

    async def enroll(
        self, open_store: OpenStore, code: str, password: str, *, switch_from: str | None = None
    ) -> EnrolledProfile:
        from cssw_desktop.sync.enrollment import enroll

        return await enroll(
            open_store,
            code,
            password,
            device_name=self.device_name,
            app_version=self.version,
            switch_from=switch_from,
        )

    async def review_connection(
        self, open_store: OpenStore, profile: EnrolledProfile
    ) -> ReviewConnection:
        """A signed, pinned connection to central for the team lead's review."""
        from cssw_desktop.sync.client import CentralClient
        from cssw_desktop.sync.review import ReviewClient

        key = await open_store(_device_key)
        http = CentralClient(profile.server_url, profile.pin, signer=key, device_id=key.device_id)
        return ReviewConnection(ReviewClient(http), http)


def _device_key(store: Store) -> DeviceKey:
    return store.device.key()


@dataclass(frozen=True, slots=True)
class ReviewConnection:
    """The review calls and the HTTPS client under them (closed with aclose())."""

    review: ReviewClient
    http: CentralClient

    async def aclose(self) -> None:
        await self.http.aclose()
