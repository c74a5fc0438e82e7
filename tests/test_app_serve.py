"""``hogo serve`` as a user starts it (interfaces.md): SQLite in ./.hogo/ by default, or $DATABASE_URL."""

from __future__ import annotations

import httpx2 as httpx
import pytest
from app_support import ADMIN, database, running_server
from typer.testing import CliRunner

from hogo.cli import app as cli


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_serve_migrates_and_answers(tmp_path, backend: str) -> None:  # noqa: ANN001
    with database(backend, tmp_path) as url:
        with running_server(tmp_path, None if backend == "sqlite" else url) as base:
            assert httpx.get(f"{base}/healthz").json() == {"status": "ok"}
            assert httpx.get(f"{base}/openapi.json").json()["info"]["title"] == "hogo"
            first = httpx.get(f"{base}/", follow_redirects=False)
            assert first.status_code == 303 and first.headers["location"].startswith("/login")
            assert httpx.get(f"{base}/login", follow_redirects=False).headers["location"] == "/setup"
            assert "初期設定" in httpx.get(f"{base}/setup").text
        assert (tmp_path / ".hogo" / "hogo.db").exists() == (backend == "sqlite")


def test_server_log_holds_no_personal_data(tmp_path) -> None:  # noqa: ANN001
    with running_server(tmp_path) as base:
        client = httpx.Client(base_url=base)
        csrf = client.get("/api/v1/session").json()["csrf_token"]
        client.post("/api/v1/setup", json=ADMIN, headers={"X-CSRF-Token": csrf})
        client.get("/api/v1/consents", params={"q": "架空次郎"})
        client.get("/consents", params={"q": "kakuu-jiro"})
        client.get("/api/v1/register/99")
    log = (tmp_path / "server.log").read_text()
    assert "GET /api/v1/consents 200" in log and "GET /api/v1/register/{entry_id} 404" in log
    assert "架空" not in log and "kakuu" not in log and "%E6" not in log and ADMIN["password"] not in log


def test_db_upgrade_and_audit_verify_on_a_fresh_database(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    runner = CliRunner()
    assert runner.invoke(cli, ["db", "upgrade"]).output.strip() == "ok: database is up to date"
    result = runner.invoke(cli, ["audit", "verify"])
    assert (result.exit_code, result.output.strip()) == (0, "ok: 0 entries")


def test_serve_refuses_a_bad_port() -> None:
    result = CliRunner().invoke(cli, ["serve", "--port", "70000"])
    assert result.exit_code == 2 and "port" in result.output.lower()


@pytest.mark.parametrize("command", [["audit", "verify"], ["db", "upgrade"], ["serve"]])
@pytest.mark.parametrize("url", ["nonsense://x", "postgresql+psycopg://nobody@127.0.0.1:1/x"])
def test_bad_database_url_is_one_line_exit_2(monkeypatch: pytest.MonkeyPatch, command: list[str], url: str) -> None:
    monkeypatch.setenv("DATABASE_URL", url)
    result = CliRunner().invoke(cli, command)
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: DATABASE_URL:"), result.output
