"""What every kept record shares: versioned edits (optimistic locking), history snapshots, audit entries."""

from __future__ import annotations

from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from hogo.app import audit
from hogo.app.errors import FieldError
from hogo.app.models import RecordRevision, User, utcnow


class VersionedRecord(Protocol):
    __tablename__: str
    id: int
    version: int


def record_change(session: Session, entry: Any, actor: User, action: str, snapshot: dict[str, Any],  # noqa: ANN401
                  details: dict[str, Any] | None = None) -> None:
    """After a create or update: store the snapshot (history) and append the audit entry (ids/field names only)."""
    session.add(RecordRevision(record_type=entry.__tablename__, record_id=entry.id, version=entry.version,
                               snapshot=snapshot, changed_by=actor.id, changed_at=entry.updated_at))
    audit.append(session, actor_id=actor.id, action=action, target_type=entry.__tablename__, target_id=entry.id,
                 details={"version": entry.version, **(details or {})})


def apply_update(session: Session, entry: Any, values: dict[str, Any], expected_version: int) -> list[str]:  # noqa: ANN401
    """Set the changed fields and flush; refused (409, field ``version``) if someone saved a newer version.

    The mapper's ``version_id_col`` makes the UPDATE match only the version read, so two concurrent edits
    cannot both succeed. Returns the names of the changed fields (empty: nothing saved, no new version).
    """
    if expected_version != entry.version:
        raise FieldError("version", "stale_version", 409)
    changed = sorted(k for k, v in values.items() if getattr(entry, k) != v)
    if not changed:
        return changed
    for key in changed:
        setattr(entry, key, values[key])
    entry.updated_at = utcnow()
    try:
        session.flush()
    except StaleDataError:
        session.rollback()
        raise FieldError("version", "stale_version", 409) from None
    return changed


def history(session: Session, record_type: str, record_id: int) -> list[RecordRevision]:
    return list(session.scalars(select(RecordRevision)
                                .where(RecordRevision.record_type == record_type, RecordRevision.record_id == record_id)
                                .order_by(RecordRevision.version.desc())))
