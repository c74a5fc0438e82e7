"""The audit log: hash chain, append-only in the app and in the database, tampering detected, ``hogo audit verify``."""

from __future__ import annotations

import pytest
from app_support import admin_api, sample_entry
from sqlalchemy import select, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from hogo.app import audit
from hogo.app.models import AuditEntry
from hogo.cli import app as cli


def _session(app) -> Session:  # noqa: ANN001
    return app.state.sessions()


def _actions(app) -> list[str]:  # noqa: ANN001
    with _session(app) as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))


def _verify_cli(db_url: str, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str]:
    monkeypatch.setenv("DATABASE_URL", db_url)
    result = CliRunner().invoke(cli, ["audit", "verify"])
    return result.exit_code, result.output.strip()


def _tamper(app, sql: str) -> None:  # noqa: ANN001
    """What an attacker with database access could do: switch the triggers off and change the table."""
    with app.state.engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("ALTER TABLE audit_log DISABLE TRIGGER USER"))
            connection.execute(text(sql))
            connection.execute(text("ALTER TABLE audit_log ENABLE TRIGGER USER"))
        else:
            connection.execute(text("DROP TRIGGER audit_log_no_update"))
            connection.execute(text("DROP TRIGGER audit_log_no_delete"))
            connection.execute(text(sql))


def test_actions_are_chained_and_verify(app, db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    api = admin_api(app)
    api.post("/api/v1/register", json=sample_entry())
    api.put("/api/v1/register/1", json=sample_entry(version=1, persons_count=1))
    assert _actions(app) == ["setup", "login", "register.create", "register.update"]
    with _session(app) as session:
        entries = list(session.scalars(select(AuditEntry).order_by(AuditEntry.seq)))
        assert entries[0].prev_hash == audit.GENESIS
        assert all(b.prev_hash == a.hash for a, b in zip(entries, entries[1:], strict=False))
        assert entries[3].details == {"version": 2, "fields": ["persons_count"]}  # names, never values
        assert audit.verify(session).ok
    assert _verify_cli(db_url, monkeypatch) == (0, "ok: 4 entries")
    assert api.get("/api/v1/audit/verify").json() == {"ok": True, "entries": 4, "broken_seq": None, "problem": ""}
    assert [e["seq"] for e in api.get("/api/v1/audit", params={"after": 2}).json()] == [3, 4]


def test_no_personal_data_in_the_log(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    api.post("/api/v1/register", json=sample_entry(name="架空太郎の相談記録"))
    api.login("admin", "wrong password")
    with _session(app) as session:
        dump = repr([(e.action, e.target_id, e.details) for e in session.scalars(select(AuditEntry))])
    assert "架空" not in dump and "'admin'" not in dump and "wrong" not in dump
    assert "login.failed" in _actions(app)


@pytest.mark.parametrize(("sql", "broken"), [
    ("UPDATE audit_log SET details = '{\"version\": 9}' WHERE seq = 3", 3),  # content altered
    ("UPDATE audit_log SET actor_id = 77 WHERE seq = 2", 2),
    ("DELETE FROM audit_log WHERE seq = 2", 3),  # an entry removed: the next one no longer links
    ("DELETE FROM audit_log WHERE seq = 1", 2),
])
def test_tampering_is_detected(app, db_url: str, monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
                               sql: str, broken: int) -> None:
    api = admin_api(app)
    api.post("/api/v1/register", json=sample_entry())
    _tamper(app, sql)
    with _session(app) as session:
        result = audit.verify(session)
    assert not result.ok and result.broken_seq == broken
    code, output = _verify_cli(db_url, monkeypatch)
    assert code == 1 and output.startswith(f"broken: entry {broken}:")


def test_rewriting_the_hashes_too_needs_the_whole_chain(app) -> None:  # noqa: ANN001
    """Changing one entry and recomputing its own hash still breaks the next link."""
    api = admin_api(app)
    api.post("/api/v1/register", json=sample_entry())
    with _session(app) as session:
        second = session.get(AuditEntry, 2)
        fields = audit._entry_fields(2, second.at, 99, second.action, second.target_type, second.target_id,
                                     second.details)
        forged = audit.entry_hash(second.prev_hash, fields)
    _tamper(app, f"UPDATE audit_log SET actor_id = 99, hash = '{forged}' WHERE seq = 2")
    with _session(app) as session:
        assert audit.verify(session).broken_seq == 3


@pytest.mark.parametrize("sql", ["UPDATE audit_log SET actor_id = 5", "DELETE FROM audit_log"])
def test_database_refuses_update_and_delete(app, sql: str) -> None:  # noqa: ANN001
    admin_api(app)
    with pytest.raises(DBAPIError, match="append-only"), app.state.engine.begin() as connection:
        connection.execute(text(sql))
    assert _actions(app) == ["setup", "login"]


def test_application_refuses_update_and_delete(app) -> None:  # noqa: ANN001
    admin_api(app)
    with _session(app) as session:
        entry = session.get(AuditEntry, 1)
        entry.actor_id = 5
        with pytest.raises(audit.AppendOnlyError):
            session.flush()
        session.rollback()
        session.delete(session.get(AuditEntry, 1))
        with pytest.raises(audit.AppendOnlyError):
            session.flush()
        session.rollback()
        with pytest.raises(audit.AppendOnlyError):
            session.execute(update(AuditEntry).values(actor_id=5))
