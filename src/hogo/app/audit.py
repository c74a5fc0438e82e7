"""The append-only, tamper-evident audit log (監査ログ).

Each entry records who (account id) did what (action) to which record (type and id) — ids only, never personal
data. Entries form a hash chain: ``hash = sha256(prev_hash + canonical_json(entry))`` where ``canonical_json``
is the entry's fields (``seq``, ``at``, ``actor_id``, ``action``, ``target_type``, ``target_id``, ``details``)
as JSON with sorted keys and no spaces. Changing, deleting or reordering any entry breaks every later link,
which :func:`verify` reports.

Append-only is enforced three times: this module never updates; a Session hook refuses ORM UPDATE/DELETE of
entries; the database has triggers refusing UPDATE/DELETE (migration 0001).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Delete, Update, event, select, text
from sqlalchemy.orm import ORMExecuteState, Session

from hogo.app.models import AuditEntry, utcnow

GENESIS = "0" * 64
_PG_LOCK_KEY = 0x686F676F  # "hogo": serialises appends on PostgreSQL (pg_advisory_xact_lock)


class AppendOnlyError(RuntimeError):
    """Someone tried to change or delete an audit entry."""


def canonical_json(entry: dict[str, Any]) -> str:
    return json.dumps(entry, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _entry_fields(seq: int, at: dt.datetime, actor_id: int | None, action: str, target_type: str,
                  target_id: str | None, details: dict[str, Any]) -> dict[str, Any]:
    return {"seq": seq, "at": at.astimezone(dt.UTC).isoformat(timespec="microseconds"), "actor_id": actor_id,
            "action": action, "target_type": target_type, "target_id": target_id, "details": details}


def entry_hash(prev_hash: str, fields: dict[str, Any]) -> str:
    return hashlib.sha256((prev_hash + canonical_json(fields)).encode()).hexdigest()


def append(session: Session, *, actor_id: int | None, action: str, target_type: str,
           target_id: str | int | None = None, details: dict[str, Any] | None = None) -> AuditEntry:
    """Add the next entry of the chain to ``session`` (committed with the change it records)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
    last = session.execute(select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)).first()
    seq, prev_hash = (last.seq + 1, last.hash) if last else (1, GENESIS)
    at = utcnow()
    tid = None if target_id is None else str(target_id)
    fields = _entry_fields(seq, at, actor_id, action, target_type, tid, details or {})
    entry = AuditEntry(seq=seq, at=at, actor_id=actor_id, action=action, target_type=target_type, target_id=tid,
                       details=details or {}, prev_hash=prev_hash, hash=entry_hash(prev_hash, fields))
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    entries: int  # entries checked (all of them when ok)
    broken_seq: int | None = None
    problem: str = ""


def verify(session: Session, batch: int = 1000) -> VerifyResult:
    """Walk the chain from the first entry; report the first entry whose link or hash does not hold."""
    prev_hash, expected_seq, count = GENESIS, 1, 0
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.seq).execution_options(yield_per=batch)):
        if entry.seq != expected_seq:
            return VerifyResult(False, count, entry.seq, f"entry {expected_seq} is missing (next is {entry.seq})")
        if entry.prev_hash != prev_hash:
            return VerifyResult(False, count, entry.seq, "prev_hash does not match the previous entry's hash")
        fields = _entry_fields(entry.seq, entry.at, entry.actor_id, entry.action, entry.target_type,
                               entry.target_id, entry.details)
        if entry_hash(prev_hash, fields) != entry.hash:
            return VerifyResult(False, count, entry.seq, "content does not match its hash (entry altered)")
        prev_hash, expected_seq, count = entry.hash, expected_seq + 1, count + 1
    return VerifyResult(True, count)


@event.listens_for(Session, "before_flush")
def _refuse_orm_changes(session: Session, _context: object, _instances: object) -> None:
    for obj in (*session.dirty, *session.deleted):
        if isinstance(obj, AuditEntry) and (obj in session.deleted or session.is_modified(obj)):
            raise AppendOnlyError(f"audit entry {obj.seq} cannot be changed or deleted")


@event.listens_for(Session, "do_orm_execute")
def _refuse_bulk_changes(state: ORMExecuteState) -> None:
    statement = state.statement
    if isinstance(statement, Update | Delete) and statement.table.name == AuditEntry.__tablename__:
        raise AppendOnlyError("audit_log is append-only")
