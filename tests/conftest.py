from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import argon2
import pytest
from app_support import database, make_app

from hogo.app import security


@pytest.fixture(autouse=True, scope="session")
def _cheap_password_hashing() -> None:
    """argon2id with its cheapest parameters in-process (still argon2, still verified); servers use the defaults."""
    security.use_hasher(argon2.PasswordHasher.from_parameters(argon2.profiles.CHEAPEST))


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Any) -> Iterator[str]:  # noqa: ANN401
    """Each application test runs on SQLite and on PostgreSQL (skipped only if the server is unreachable)."""
    with database(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def app(db_url: str):  # noqa: ANN201
    application = make_app(db_url)
    yield application
    application.state.engine.dispose()
