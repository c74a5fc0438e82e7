"""Concurrent writers against the real server: no lost or duplicated writes, and the audit chain stays whole."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import httpx2 as httpx
import pytest
from app_support import ADMIN, database, running_server, sample_entry

WRITERS, WRITES = 4, 8


def _client(base: str) -> tuple[httpx.Client, dict[str, str]]:
    client = httpx.Client(base_url=base)
    return client, {"X-CSRF-Token": client.get("/api/v1/session").json()["csrf_token"]}


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_concurrent_writes(tmp_path, backend: str) -> None:  # noqa: ANN001
    with database(backend, tmp_path) as url, running_server(tmp_path, None if backend == "sqlite" else url) as base:
        admin, headers = _client(base)
        headers["X-CSRF-Token"] = admin.post("/api/v1/setup", json=ADMIN, headers=headers).json()["csrf_token"]
        admin.post("/api/v1/register", json=sample_entry(name="共有"), headers=headers)

        def writer(n: int) -> list[int]:
            statuses = []
            for i in range(WRITES):
                created = admin.post("/api/v1/register", json=sample_entry(name=f"w{n}-{i}"), headers=headers)
                statuses.append(created.status_code)
                current = admin.get("/api/v1/register/1").json()
                edit = admin.put("/api/v1/register/1", json=sample_entry(name="共有", notes=f"w{n}-{i}",
                                                                          version=current["version"]), headers=headers)
                statuses.append(edit.status_code)
            return statuses

        with ThreadPoolExecutor(WRITERS) as pool:
            statuses = [s for result in pool.map(writer, range(WRITERS)) for s in result]
        creates, edits = statuses[0::2], statuses[1::2]
        assert set(creates) == {201}
        assert set(edits) <= {200, 409}  # an edit based on a version someone else replaced is refused, never lost
        names = sorted(e["name"] for e in admin.get("/api/v1/register").json())
        assert names == sorted(["共有"] + [f"w{n}-{i}" for n in range(WRITERS) for i in range(WRITES)])
        shared = admin.get("/api/v1/register/1").json()
        assert shared["version"] == 1 + edits.count(200)
        assert len(admin.get("/api/v1/register/1/history").json()) == shared["version"]
        verify = admin.get("/api/v1/audit/verify").json()
        assert verify["ok"] and verify["entries"] == 3 + WRITERS * WRITES + edits.count(200)
