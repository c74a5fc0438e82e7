"""JSON API of the safety management measures (安全管理措置, 個人情報保護法第23条・第24条; 番号法第12条 and its
guideline's 別添1) under ``/api/v1/safety``.

Thin routes over :mod:`hogo.app.safety`, the same services as the pages: the organisation profile (saving runs the
``mynumber-sme`` judgement, 中小規模事業者), the checklist of catalogue measures with status, method, evidence and
review dates (``version`` once saved, 409 when stale), and the staff's training records (教育・研修) and
confidentiality pledges (秘密保持の誓約書). The audit entries are the services' (ids and field names only).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Depends
from pydantic import BaseModel, ConfigDict

from hogo.app import safety as svc
from hogo.app.models import User
from hogo.app.permissions import Permission as P
from hogo.app.web.api import ERRORS
from hogo.app.web.deps import require
from hogo.app.web.pages import DB

router = APIRouter(prefix="/api/v1", tags=["safety"], responses=ERRORS)
READ = Annotated[User, Depends(require(P.SAFETY_READ))]
WRITE = Annotated[User, Depends(require(P.SAFETY_WRITE))]


class ProfileOut(BaseModel):
    """The facts the ``mynumber-sme`` judgement needs, and its stored decision (``sme``, reasons, law version)."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    handles_mynumber: bool
    utilization_affairs: bool
    entrusted_affairs: bool
    financial_sector: bool
    max_persons_past_6_months: int
    sme_decision: dict[str, Any]
    version: int
    updated_at: dt.datetime


class MeasureRecordOut(BaseModel):
    """The organisation's state of one measure."""

    model_config = ConfigDict(from_attributes=True)

    status: svc.Status
    method: str  # standard 標準的な手法 / sme 中小規模事業者における対応方法
    evidence: str
    evidence_link: str
    reviewed_on: dt.date | None
    next_review_on: dt.date | None
    version: int
    updated_at: dt.datetime


class MeasureOut(BaseModel):
    """One catalogue measure, whether the SME method may be used for it, and its record (null: not saved yet)."""

    id: str
    category: str  # organisational / human / physical / technical / external
    regime: str  # appi / mynumber
    level: str  # must / should / endeavour / desirable
    title: str
    title_en: str
    requirement: str
    requirement_en: str
    standard: str
    standard_en: str
    sme: str | None
    sme_en: str | None
    source: str
    sme_applies: bool
    status: svc.Status  # the record's, or not_started
    record: MeasureRecordOut | None


class TrainingOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    user_id: int
    held_on: dt.date
    course: str
    provider: str  # internal / external
    notes: str
    actor_id: int | None
    created_at: dt.datetime


class PledgeOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    user_id: int
    signed_on: dt.date
    document_ref: str
    post_employment: bool
    actor_id: int | None
    created_at: dt.datetime


class StaffOut(BaseModel):
    """An account with its trainings and pledges (newest first)."""

    user_id: int
    display_name: str
    active: bool
    last_training: dt.date | None
    has_pledge: bool
    trainings: list[TrainingOut]
    pledges: list[PledgeOut]


def _measure_out(row: svc.ChecklistRow) -> MeasureOut:
    m = row.measure
    return MeasureOut(id=m.id, category=m.category, regime=m.regime, level=m.level, title=m.title,
                      title_en=m.title_en, requirement=m.requirement, requirement_en=m.requirement_en,
                      standard=m.standard, standard_en=m.standard_en, sme=m.sme, sme_en=m.sme_en, source=m.source,
                      sme_applies=row.sme_applies, status=svc.Status(row.status),
                      record=MeasureRecordOut.model_validate(row.record) if row.record else None)


def _row(db: Any, measure_id: str) -> svc.ChecklistRow:  # noqa: ANN401
    """One measure as the checklist shows it (also one the organisation's profile makes not applicable)."""
    m = svc.measure(measure_id)
    sme = svc.is_sme(db) and m.regime == "mynumber" and m.sme is not None
    return svc.ChecklistRow(m, svc.measure_record(db, measure_id), sme)


@router.get("/safety/profile", response_model=ProfileOut | None)
def get_profile(db: DB, _: READ) -> object:
    """The organisation profile (null until saved once)."""
    current = svc.profile(db)
    return ProfileOut.model_validate(current) if current else None


@router.put("/safety/profile", response_model=ProfileOut)
def save_profile(body: svc.ProfileIn, db: DB, actor: WRITE) -> object:
    """Save the profile; runs ``mynumber-sme`` (employees from the organisation). ``version``: omit the first
    time, then the version last read (409 if stale)."""
    current = svc.save_profile(db, actor, body)
    db.commit()
    return ProfileOut.model_validate(current)


@router.get("/safety/measures", response_model=list[MeasureOut])
def checklist(db: DB, _: READ) -> object:
    """The checklist: the measures that apply (the My Number ones when the organisation handles numbers)."""
    return [_measure_out(row) for row in svc.checklist(db)]


@router.get("/safety/measures/{measure_id}", response_model=MeasureOut)
def get_measure(measure_id: str, db: DB, _: READ) -> object:
    return _measure_out(_row(db, measure_id))


@router.put("/safety/measures/{measure_id}", response_model=MeasureOut)
def save_measure(measure_id: str, body: svc.MeasureIn, db: DB, actor: WRITE) -> object:
    """Record a measure's status, method, evidence and review dates. Evidence is required unless ``not_started``,
    ``reviewed_on`` for ``in_place``; ``method=sme`` only when the SME judgement allows it for this measure.
    ``version``: omit the first time, then the version last read (409 if stale)."""
    svc.save_measure(db, actor, measure_id, body)
    db.commit()
    return _measure_out(_row(db, measure_id))


@router.get("/safety/people", response_model=list[StaffOut])
def people(db: DB, _: READ) -> object:
    """Every account with its training records and pledges (accounts without either are to be followed up)."""
    return [StaffOut(user_id=r.user.id, display_name=r.user.display_name, active=r.user.active,
                     last_training=r.last_training, has_pledge=r.has_pledge,
                     trainings=[TrainingOut.model_validate(t) for t in r.trainings],
                     pledges=[PledgeOut.model_validate(p) for p in r.pledges]) for r in svc.staff(db)]


@router.post("/safety/trainings", response_model=TrainingOut, status_code=201)
def add_training(body: svc.TrainingIn, db: DB, actor: WRITE) -> object:
    """A training an account attended ``{user_id, held_on, course, provider, notes}`` (not in the future)."""
    record = svc.add_training(db, actor, body)
    db.commit()
    return TrainingOut.model_validate(record)


@router.post("/safety/pledges", response_model=PledgeOut, status_code=201)
def add_pledge(body: svc.PledgeIn, db: DB, actor: WRITE) -> object:
    """A signed confidentiality pledge ``{user_id, signed_on, document_ref, post_employment}``."""
    record = svc.add_pledge(db, actor, body)
    db.commit()
    return PledgeOut.model_validate(record)
