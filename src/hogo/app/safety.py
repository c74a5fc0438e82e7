"""Safety management measures (安全管理措置): a checklist per organisation with evidence and review dates,
the relaxed set for a 中小規模事業者, staff training records and confidentiality pledges (誓約書).

個人情報保護法第23条 (安全管理措置), 第24条 (従業者の監督); 番号法第12条 and its guideline's 別添1, whose
【中小規模事業者における対応方法】 a business may use when the ``mynumber-sme`` judgement says it is one.
The measures are DATA (``safety_measures.json``: id, category, regime, level, requirement, standard technique,
SME method, source); this module keeps, per measure, the organisation's status, method, evidence and dates.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator
from pydantic_core import PydanticCustomError
from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, String, Text, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from hogo.app import accounts, audit, records
from hogo.app.consents import today_in_japan
from hogo.app.contractors import Contractor
from hogo.app.errors import FieldError, NotFound
from hogo.app.models import Base, PersonalDatabase, User, _str_enum, VersionedColumns, utcnow
from hogo.law import JUDGEMENTS
from hogo.law.versions import LawNotInForceError

CATALOGUE_FILE = Path(__file__).with_name("safety_measures.json")
CATEGORIES = ("organisational", "human", "physical", "technical", "external")  # 組織的・人的・物理的・技術的・外的環境
Text4000 = Annotated[str, StringConstraints(strip_whitespace=True, max_length=4000)]


@dataclass(frozen=True)
class Measure:
    """One entry of the catalogue."""

    id: str
    category: str
    regime: Literal["appi", "mynumber"]
    level: str  # must 義務 / should 重要 / endeavour 努力 / desirable 望ましい
    title: str
    title_en: str
    requirement: str
    requirement_en: str
    standard: str  # 手法の例示
    standard_en: str
    sme: str | None  # 中小規模事業者における対応方法 (None: the same as the standard)
    sme_en: str | None
    source: str


@cache
def catalogue() -> tuple[Measure, ...]:
    items = tuple(Measure(**m) for m in json.loads(CATALOGUE_FILE.read_text(encoding="utf-8"))["measures"])
    ids = [m.id for m in items]
    if len(set(ids)) != len(ids) or any(m.category not in CATEGORIES for m in items):
        raise ValueError("safety_measures.json: duplicate id or unknown category")
    return items


def measure(measure_id: str) -> Measure:
    for m in catalogue():
        if m.id == measure_id:
            return m
    raise NotFound("measure_id")


class Status(enum.StrEnum):
    NOT_STARTED = "not_started"  # 未着手
    PARTIAL = "partial"  # 一部実施
    IN_PLACE = "in_place"  # 実施済み
    NOT_APPLICABLE = "not_applicable"  # 該当なし


class SafetyProfile(VersionedColumns, Base):
    """The facts of the organisation the ``mynumber-sme`` judgement needs (one row), and its stored decision."""

    __tablename__ = "safety_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    handles_mynumber: Mapped[bool] = mapped_column(Boolean, default=False)  # 特定個人情報を取り扱う
    utilization_affairs: Mapped[bool] = mapped_column(Boolean, default=False)  # 個人番号利用事務実施者
    entrusted_affairs: Mapped[bool] = mapped_column(Boolean, default=False)  # 委託に基づき番号事務を業として行う
    financial_sector: Mapped[bool] = mapped_column(Boolean, default=False)  # 金融分野
    max_persons_past_6_months: Mapped[int] = mapped_column(Integer, default=0)  # 過去6月以内の本人の数の最大
    sme_decision: Mapped[dict[str, Any]] = mapped_column(JSON)  # the judgement's output (reasons, law version)


class MeasureRecord(VersionedColumns, Base):
    """The organisation's state of one catalogue measure: status, method, evidence, review dates."""

    __tablename__ = "safety_measure"

    id: Mapped[int] = mapped_column(primary_key=True)
    measure_id: Mapped[str] = mapped_column(String(40), unique=True)
    status: Mapped[Status] = mapped_column(_str_enum(Status))
    method: Mapped[str] = mapped_column(String(20))  # standard 標準的な手法 / sme 中小規模事業者における対応方法
    evidence: Mapped[str] = mapped_column(Text, default="")  # 実施内容・根拠資料
    evidence_link: Mapped[str] = mapped_column(String(500), default="")  # 文書の所在 (URL・ファイル名)
    reviewed_on: Mapped[dt.date | None] = mapped_column(Date)  # 直近の確認日
    next_review_on: Mapped[dt.date | None] = mapped_column(Date)  # 次回の見直し予定日


class TrainingRecord(Base):
    """A training a staff member attended (教育・研修, 第24条; 番号法ガイドライン別添1 2Db)."""

    __tablename__ = "safety_training"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"), index=True)
    held_on: Mapped[dt.date] = mapped_column(Date)
    course: Mapped[str] = mapped_column(String(200))
    provider: Mapped[str] = mapped_column(String(20))  # internal 内部 / external 外部
    notes: Mapped[str] = mapped_column(Text, default="")
    actor_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Pledge(Base):
    """A confidentiality pledge (秘密保持の誓約書), also covering the time after leaving (退職後も)."""

    __tablename__ = "safety_pledge"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"), index=True)
    signed_on: Mapped[dt.date] = mapped_column(Date)
    document_ref: Mapped[str] = mapped_column(String(500))  # 誓約書の保管場所・文書番号
    post_employment: Mapped[bool] = mapped_column(Boolean, default=True)  # 退職後の守秘義務を含む
    actor_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


def _err(field: str, code: str) -> PydanticCustomError:
    return PydanticCustomError(code, f"{field}: {code}", {"field": field})


def _past(field: str, day: dt.date | None) -> None:
    if day is not None and day > today_in_japan():
        raise _err(field, "date_in_future")


class ProfileIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    handles_mynumber: bool = False
    utilization_affairs: bool = False
    entrusted_affairs: bool = False
    financial_sector: bool = False
    max_persons_past_6_months: int = Field(default=0, ge=0)
    version: int | None = Field(default=None, ge=1)


class MeasureIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: Status
    method: Literal["standard", "sme"] = "standard"
    evidence: Text4000 = ""
    evidence_link: Annotated[str, StringConstraints(strip_whitespace=True, max_length=500)] = ""
    reviewed_on: dt.date | None = None
    next_review_on: dt.date | None = None
    version: int | None = Field(default=None, ge=1)

    @model_validator(mode="after")
    def _check(self) -> MeasureIn:
        if self.status in (Status.IN_PLACE, Status.PARTIAL, Status.NOT_APPLICABLE) and not (
                self.evidence or self.evidence_link):
            raise _err("evidence", "safety_evidence_required")
        if self.status is Status.IN_PLACE and self.reviewed_on is None:
            raise _err("reviewed_on", "safety_reviewed_on_required")
        _past("reviewed_on", self.reviewed_on)
        if self.reviewed_on and self.next_review_on and self.next_review_on <= self.reviewed_on:
            raise _err("next_review_on", "safety_next_review_not_after")
        return self


class TrainingIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    user_id: int = Field(ge=1)
    held_on: dt.date
    course: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
    provider: Literal["internal", "external"] = "internal"
    notes: Text4000 = ""

    @model_validator(mode="after")
    def _check(self) -> TrainingIn:
        _past("held_on", self.held_on)
        return self


class PledgeIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    user_id: int = Field(ge=1)
    signed_on: dt.date
    document_ref: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]
    post_employment: bool = True  # 退職後の守秘義務: the usual pledge covers it; the form sends its checkbox explicitly

    @model_validator(mode="after")
    def _check(self) -> PledgeIn:
        _past("signed_on", self.signed_on)
        return self


# ---------------------------------------------------------------------------------------------------------------
# The organisation profile and the SME judgement
# ---------------------------------------------------------------------------------------------------------------
def judge_sme(employees: int, data: ProfileIn, day: dt.date) -> dict[str, Any]:
    """Run the registered ``mynumber-sme`` judgement on the profile; its output is stored as given."""
    judgement = JUDGEMENTS["mynumber-sme"]
    facts = judgement.facts.model_validate({
        "employees": employees, "utilization_affairs": data.utilization_affairs,
        "entrusted_affairs": data.entrusted_affairs, "financial_sector": data.financial_sector,
        "max_persons_past_6_months": data.max_persons_past_6_months})
    try:
        return judgement(facts, day).model_dump(mode="json")
    except LawNotInForceError:
        raise FieldError("as_of", "contractors_law_not_in_force") from None


def profile(session: Session) -> SafetyProfile | None:
    return session.scalar(select(SafetyProfile).limit(1))


def register_persons_total(session: Session) -> int:
    """A hint for the profile: persons in the 台帳 today (the largest entry; persons may overlap across entries)."""
    return session.scalar(select(func.max(PersonalDatabase.persons_count))) or 0


def save_profile(session: Session, actor: User, data: ProfileIn) -> SafetyProfile:
    organisation = accounts.organisation(session)
    if organisation is None:
        raise FieldError("organisation", "not_set_up", 409)
    decision = judge_sme(organisation.employees, data, today_in_japan())
    values = data.model_dump(exclude={"version"}) | {"sme_decision": decision}
    current = profile(session)
    if current is None:
        now = utcnow()
        current = SafetyProfile(**values, created_at=now, updated_at=now)
        session.add(current)
        session.flush()
        action, details = "safety.profile.create", {}
    else:
        changed = records.apply_update(session, current, values, data.version or 0)
        action, details = "safety.profile.update", {"fields": changed}
    audit.append(session, actor_id=actor.id, action=action, target_type=SafetyProfile.__tablename__,
                 target_id=current.id, details={"version": current.version, "sme": decision["sme"], **details})
    return current


def is_sme(session: Session) -> bool:
    current = profile(session)
    return bool(current and current.sme_decision.get("sme"))


# ---------------------------------------------------------------------------------------------------------------
# The checklist
# ---------------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ChecklistRow:
    measure: Measure
    record: MeasureRecord | None
    sme_applies: bool  # the relaxed method may be used for this measure

    @property
    def status(self) -> str:
        return self.record.status.value if self.record else Status.NOT_STARTED.value

    @property
    def method_text(self) -> str:
        return self.measure.sme if self.sme_applies and self.measure.sme else self.measure.standard


def applicable(session: Session) -> list[Measure]:
    """The measures for this organisation: the general ones, and the My Number ones when it handles numbers."""
    current = profile(session)
    mynumber = bool(current and current.handles_mynumber)
    return [m for m in catalogue() if m.regime == "appi" or mynumber]


def checklist(session: Session) -> list[ChecklistRow]:
    sme = is_sme(session)
    saved = {r.measure_id: r for r in session.scalars(select(MeasureRecord))}
    return [ChecklistRow(m, saved.get(m.id), sme and m.regime == "mynumber" and m.sme is not None)
            for m in applicable(session)]


def save_measure(session: Session, actor: User, measure_id: str, data: MeasureIn) -> MeasureRecord:
    m = measure(measure_id)
    if data.method == "sme" and not (m.regime == "mynumber" and m.sme and is_sme(session)):
        raise FieldError("method", "safety_sme_not_allowed")
    values = data.model_dump(exclude={"version"})
    record = session.scalar(select(MeasureRecord).where(MeasureRecord.measure_id == m.id))
    if record is None:
        now = utcnow()
        record = MeasureRecord(measure_id=m.id, **values, created_at=now, updated_at=now)
        session.add(record)
        session.flush()
        action, changed = "safety.measure.create", sorted(values)
    else:
        changed = records.apply_update(session, record, values, data.version or 0)
        action = "safety.measure.update"
    audit.append(session, actor_id=actor.id, action=action, target_type=MeasureRecord.__tablename__,
                 target_id=record.id, details={"measure_id": m.id, "version": record.version, "fields": changed})
    return record


def measure_record(session: Session, measure_id: str) -> MeasureRecord | None:
    return session.scalar(select(MeasureRecord).where(MeasureRecord.measure_id == measure_id))


# ---------------------------------------------------------------------------------------------------------------
# Training and pledges
# ---------------------------------------------------------------------------------------------------------------
def _user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise FieldError("user_id", "not_found", 422)
    return user


def add_training(session: Session, actor: User, data: TrainingIn) -> TrainingRecord:
    _user(session, data.user_id)
    record = TrainingRecord(**data.model_dump(), actor_id=actor.id)
    session.add(record)
    session.flush()
    audit.append(session, actor_id=actor.id, action="safety.training.create", target_type=TrainingRecord.__tablename__,
                 target_id=record.id, details={"user_id": data.user_id})
    return record


def add_pledge(session: Session, actor: User, data: PledgeIn) -> Pledge:
    _user(session, data.user_id)
    record = Pledge(**data.model_dump(), actor_id=actor.id)
    session.add(record)
    session.flush()
    audit.append(session, actor_id=actor.id, action="safety.pledge.create", target_type=Pledge.__tablename__,
                 target_id=record.id, details={"user_id": data.user_id})
    return record


@dataclass(frozen=True)
class StaffRow:
    user: User
    trainings: list[TrainingRecord]
    pledges: list[Pledge]

    @property
    def last_training(self) -> dt.date | None:
        return max((t.held_on for t in self.trainings), default=None)

    @property
    def has_pledge(self) -> bool:
        return bool(self.pledges)


def staff(session: Session) -> list[StaffRow]:
    trainings: dict[int, list[TrainingRecord]] = {}
    for t in session.scalars(select(TrainingRecord).order_by(TrainingRecord.held_on.desc())):
        trainings.setdefault(t.user_id, []).append(t)
    pledges: dict[int, list[Pledge]] = {}
    for p in session.scalars(select(Pledge).order_by(Pledge.signed_on.desc())):
        pledges.setdefault(p.user_id, []).append(p)
    return [StaffRow(u, trainings.get(u.id, []), pledges.get(u.id, []))
            for u in session.scalars(select(User).order_by(User.id))]


# ---------------------------------------------------------------------------------------------------------------
# For the dashboard
# ---------------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class UpcomingReview:
    """A review that is due within the horizon or overdue (for the dashboard)."""

    kind: Literal["contractor", "measure"]
    id: str  # contractor id or measure id
    title: str  # contractor name / measure title (Japanese)
    title_en: str
    due_on: dt.date
    overdue: bool
    url: str
    permission: str  # the permission needed to open it ("contractors.read" / "safety.read")


def upcoming_reviews(session: Session, today: dt.date, horizon_days: int = 90) -> list[UpcomingReview]:
    """Contractor reviews (委託先の定期的な見直し) and safety-measure reviews due by ``today + horizon_days``
    (overdue ones included), earliest first. No personal data: names of contractors and measures only."""
    horizon = today + dt.timedelta(days=horizon_days)
    out: list[UpcomingReview] = []
    for c in session.scalars(select(Contractor).where(Contractor.next_review_on.is_not(None),
                                                      Contractor.next_review_on <= horizon)):
        assert c.next_review_on is not None
        out.append(UpcomingReview("contractor", str(c.id), c.name, c.name, c.next_review_on, c.next_review_on < today,
                                  f"/contractors/{c.id}", "contractors.read"))
    for r in session.scalars(select(MeasureRecord).where(MeasureRecord.next_review_on.is_not(None),
                                                         MeasureRecord.next_review_on <= horizon)):
        assert r.next_review_on is not None
        m = measure(r.measure_id)
        out.append(UpcomingReview("measure", m.id, m.title, m.title_en, r.next_review_on, r.next_review_on < today,
                                  f"/safety/measures/{m.id}", "safety.read"))
    return sorted(out, key=lambda u: (u.due_on, u.kind, u.id))
