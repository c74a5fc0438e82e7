"""JSON API of complaints and consultations (苦情・相談, 個人情報保護法第40条) under ``/api/v1/complaints``.

Thin routes over :mod:`hogo.app.complaints`, the same services as the pages: intake, edit (``version``, 409 when
stale), the dated handling log (対応経過), escalation (移送: 認定個人情報保護団体 / 個人情報保護委員会のあっせん・相談窓口
/ 消費生活センター), closing with an outcome, history. The statistics table is ``GET /api/v1/complaints/stats``
(:mod:`hogo.app.web.complaints_pages`). The audit entries are the services' (ids and field names, no content).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, ConfigDict

from hogo.app import complaints as svc
from hogo.app import register
from hogo.app.models import User
from hogo.app.permissions import Permission as P
from hogo.app.web.api import ERRORS
from hogo.app.web.deps import require
from hogo.app.web.pages import DB

router = APIRouter(prefix="/api/v1", tags=["complaints"], responses=ERRORS)
READ = Annotated[User, Depends(require(P.COMPLAINTS_READ))]
WRITE = Annotated[User, Depends(require(P.COMPLAINTS_WRITE))]


class StepOut(BaseModel):
    """One entry of the handling log (対応経過)."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    on: dt.date
    action: str
    actor_id: int | None
    created_at: dt.datetime


class ComplaintOut(BaseModel):
    """A complaint or consultation (苦情・相談) with its handling log, oldest step first."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    received_on: dt.date
    channel: svc.Channel
    kind: svc.Kind
    topics: list[str]
    complainant: svc.Complainant
    complainant_name: str
    contact: str
    summary: str
    database_id: int | None
    assignee_id: int | None
    status: svc.Status
    escalated_to: svc.EscalationTarget | None
    escalated_on: dt.date | None
    escalation_note: str
    closed_on: dt.date | None
    outcome: svc.Outcome | None
    outcome_note: str
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime
    steps: list[StepOut]


def _out(entry: svc.Complaint) -> ComplaintOut:
    return ComplaintOut.model_validate(entry)


@router.get("/complaints", response_model=list[ComplaintOut])
def list_complaints(db: DB, _: READ, status: svc.Status | None = None, kind: svc.Kind | None = None,
                    limit: Annotated[int, Query(ge=1, le=1000)] = 500) -> object:
    """Complaints, newest received first; filter by ``status`` (received / in_progress / escalated / closed) and
    ``kind`` (complaint / question / other)."""
    return [_out(c) for c in svc.search(db, status.value if status else "", kind.value if kind else "", limit)]


@router.post("/complaints", response_model=ComplaintOut, status_code=201)
def create_complaint(body: svc.ComplaintIn, db: DB, actor: WRITE) -> object:
    """受付: a complaint from any channel; ``received_on`` not in the future, ``topics`` from the fixed list."""
    entry = svc.create(db, actor, body)
    db.commit()
    return _out(entry)


@router.get("/complaints/{complaint_id}", response_model=ComplaintOut)
def get_complaint(complaint_id: int, db: DB, _: READ) -> object:
    return _out(svc.get(db, complaint_id))


@router.put("/complaints/{complaint_id}", response_model=ComplaintOut)
def update_complaint(complaint_id: int, body: svc.ComplaintUpdate, db: DB, actor: WRITE) -> object:
    """Edit the intake; ``version`` as last read (409 if stale); a closed complaint is not changed (409)."""
    entry = svc.update(db, actor, complaint_id, body)
    db.commit()
    return _out(entry)


@router.post("/complaints/{complaint_id}/steps", response_model=ComplaintOut, status_code=201)
def add_step(complaint_id: int, body: svc.StepIn, db: DB, actor: WRITE) -> object:
    """Append a dated handling step ``{on, action}`` (not before receipt, not in the future); the first one moves
    a received complaint to 対応中 (``in_progress``). Returns the complaint."""
    svc.add_step(db, actor, complaint_id, body)
    db.commit()
    return _out(svc.get(db, complaint_id))


@router.post("/complaints/{complaint_id}/escalate", response_model=ComplaintOut)
def escalate(complaint_id: int, body: svc.EscalateIn, db: DB, actor: WRITE) -> object:
    """移送・あっせん: refer to the 認定個人情報保護団体 (``accredited_body``), the Commission's あっせん
    (``ppc_mediation``) or 相談窓口 (``ppc_consultation``), or a 消費生活センター (``consumer_centre``); logged as a step."""
    entry = svc.escalate(db, actor, complaint_id, body)
    db.commit()
    return _out(entry)


@router.post("/complaints/{complaint_id}/close", response_model=ComplaintOut)
def close(complaint_id: int, body: svc.CloseIn, db: DB, actor: WRITE) -> object:
    """完了: ``closed_on`` (not before receipt, escalation or the last step), ``outcome`` and ``outcome_note``."""
    entry = svc.close(db, actor, complaint_id, body)
    db.commit()
    return _out(entry)


@router.get("/complaints/{complaint_id}/history", response_model=list[register.RevisionOut])
def complaint_history(complaint_id: int, db: DB, _: READ) -> object:
    """Every saved version (snapshot), newest first."""
    return svc.history(db, complaint_id)
