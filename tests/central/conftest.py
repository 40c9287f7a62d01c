"""Laptops enrolled for real on `service` (central in-process; `tests.support.service`),
one per person of its two teams: North (wendy, worker; tara, team lead) and South (wes,
worker; sam, team lead)."""

from __future__ import annotations

import pytest

from tests.support.service import Laptop, Service


@pytest.fixture
def wendy(service: Service) -> Laptop:
    return service.enroll("wendy", "Wendy's laptop")


@pytest.fixture
def tara(service: Service) -> Laptop:
    return service.enroll("tara", "Tara's laptop")


@pytest.fixture
def wes(service: Service) -> Laptop:
    return service.enroll("wes", "Wes's laptop")


@pytest.fixture
def sam(service: Service) -> Laptop:
    return service.enroll("sam", "Sam's laptop")
