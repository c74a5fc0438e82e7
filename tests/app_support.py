"""Shared helpers for the application tests (tests/test_app_*.py): databases, clients, sample records."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text

from hogo.app.models import Role
from hogo.app.web import create_app

POSTGRES_SERVER = "postgresql+psycopg://postgres@localhost/test"
PASSWORD = "correct horse battery staple"  # fictional
ADMIN = {"organisation_name": "架空学園", "organisation_type": "school", "employees": 42,
         "username": "admin", "display_name": "管理 花子", "password": PASSWORD}


def sample_entry(**changes: Any) -> dict[str, Any]:  # noqa: ANN401
    """A fictional register entry (API shape)."""
    entry: dict[str, Any] = {
        "name": "生徒指導記録", "items": ["氏名", "学年", "指導内容"], "categories": ["personal", "sensitive"],
        "persons_count": 350, "purposes": ["生徒指導", "保護者との連絡"],
        "acquisition_source": "本人・保護者から書面で取得",
        "storage_location": "職員室 施錠キャビネット", "storage_medium": "paper", "access_roles": ["学級担任", "教頭"],
        "retention": "卒業後5年", "disposal_method": "シュレッダー処理", "contractors": [], "cross_border": False,
        "cross_border_countries": [], "notes": "",
    }
    entry.update(changes)
    return entry


def postgres_available() -> bool:
    try:
        engine = create_engine(POSTGRES_SERVER)
        with engine.connect():
            pass
        engine.dispose()
        return True
    except Exception:  # noqa: BLE001 - unreachable server → skip
        return False


@contextmanager
def database(backend: str, tmp_path: Any) -> Iterator[str]:  # noqa: ANN401
    """A fresh, empty database URL: an SQLite file, or a private PostgreSQL schema dropped afterwards."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'hogo.db'}"
        return
    if not postgres_available():
        pytest.skip("PostgreSQL on localhost is unreachable")
    schema = f"hogo_test_{secrets.token_hex(6)}"
    admin = create_engine(POSTGRES_SERVER, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        yield f"{POSTGRES_SERVER}?options=-csearch_path%3D{schema}"
    finally:
        with admin.connect() as connection:
            connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


class Api:
    """A TestClient that keeps the CSRF token of its session."""

    def __init__(self, client: TestClient) -> None:
        self.client = client
        self.csrf = client.get("/api/v1/session").json()["csrf_token"]

    def _headers(self) -> dict[str, str]:
        return {"X-CSRF-Token": self.csrf}

    def get(self, path: str, **kw: Any):  # noqa: ANN401, ANN201
        return self.client.get(path, **kw)

    def post(self, path: str, **kw: Any):  # noqa: ANN401, ANN201
        response = self.client.post(path, headers=self._headers(), **kw)
        if response.headers.get("content-type", "").startswith("application/json"):
            token = response.json().get("csrf_token") if isinstance(response.json(), dict) else None
            self.csrf = token or self.csrf
        return response

    def put(self, path: str, **kw: Any):  # noqa: ANN401, ANN201
        return self.client.put(path, headers=self._headers(), **kw)

    def delete(self, path: str, **kw: Any):  # noqa: ANN401, ANN201
        return self.client.delete(path, headers=self._headers(), **kw)

    def login(self, username: str, password: str = PASSWORD):  # noqa: ANN201
        return self.post("/api/v1/session", json={"username": username, "password": password})


def admin_api(app: Any) -> Api:  # noqa: ANN401
    api = Api(TestClient(app))
    response = api.post("/api/v1/setup", json=ADMIN)
    assert response.status_code == 201, response.text
    return api


def user_api(app: Any, admin: Api, role: Role) -> Api:  # noqa: ANN401
    """Create an account with ``role`` (through the API) and return a client logged in as it."""
    username = f"u_{role.value}"
    response = admin.post("/api/v1/users", json={"username": username, "display_name": f"架空 {role.value}",
                                                 "password": PASSWORD, "role": role.value})
    assert response.status_code == 201, response.text
    api = Api(TestClient(app))
    assert api.login(username).status_code == 200
    return api


def make_app(url: str):  # noqa: ANN201
    return create_app(url)


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running_server(cwd: Any, database_url: str | None = None) -> Iterator[str]:  # noqa: ANN401
    """``hogo serve`` in a subprocess on a free port; yields its base URL once /healthz answers."""
    import os
    import subprocess
    import sys
    import time

    import httpx2 as httpx

    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    if database_url:
        env["DATABASE_URL"] = database_url
    log = open(Path(cwd) / "server.log", "wb")  # noqa: SIM115 - closed below
    process = subprocess.Popen([sys.executable, "-m", "hogo", "serve", "--port", str(port)], cwd=cwd, env=env,
                               stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):  # up to 30 s for start-up and migrations
            if process.poll() is not None:
                raise RuntimeError(f"hogo serve exited: {(Path(cwd) / 'server.log').read_text()[-2000:]}")
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        else:
            raise RuntimeError("hogo serve did not answer /healthz")
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
