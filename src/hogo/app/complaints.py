"""Complaints and consultations (苦情・相談): intake, a dated handling log, escalation, closing, statistics.

個人情報保護法第40条 (苦情の処理; 旧第31条 / 第35条): a business shall endeavour to handle complaints about its
handling of personal information appropriately and promptly, and to set up the system needed for it (a desk,
handling rules, trained staff). When the business cannot settle a complaint, the person may turn to the
認定個人情報保護団体 the business belongs to (第47条〜: the body handles complaints against its members, 第53条)
or to the 個人情報保護委員会's consultation desk / mediation (あっせん, 第131条の相談窓口「個人情報保護法相談ダイヤル」).

States: ``received`` 受付 → ``in_progress`` 対応中 (after the first handling step) → ``escalated`` 移送・あっせん中
(optional) → ``closed`` 完了 (with an outcome). A closed complaint is not edited further.
Statistics are computed by :func:`hogo.cases.complaints.statistics` (the Commission's table shape).
"""

from __future__ import annotations

import csv
import datetime as dt
import enum
import io
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator
from pydantic_core import PydanticCustomError
from sqlalchemy import JSON, Date, ForeignKey, Integer, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from hogo.app import audit, records
from hogo.app.consents import today_in_japan
from hogo.app.errors import FieldError, NotFound
from hogo.app.models import Base, PersonalDatabase, RecordRevision, User, _str_enum, VersionedColumns, utcnow
from hogo.cases.complaints import ComplaintRecord, ComplaintStatistics, Period, statistics

Text4000 = Annotated[str, StringConstraints(strip_whitespace=True, max_length=4000)]
Required = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4000)]
Short = Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)]


class Channel(enum.StrEnum):
    """受付経路."""

    PHONE = "phone"  # 電話
    COUNTER = "counter"  # 窓口
    WRITTEN = "written"  # 書面
    EMAIL = "email"  # 電子メール
    WEB = "web"  # Webフォーム


class Kind(enum.StrEnum):
    """The Commission's categories (苦情 / 質問・相談 / その他), as in hogo.cases.complaints."""

    COMPLAINT = "complaint"  # 苦情
    QUESTION = "question"  # 質問・相談
    OTHER = "other"  # その他


class Complainant(enum.StrEnum):
    PERSON = "person"  # 本人
    GUARDIAN = "guardian"  # 保護者・家族
    AGENT = "agent"  # 代理人
    OTHER = "other"  # その他


# Topic columns (multi-label), after the Commission's published breakdown (利用目的, 第三者提供 …).
TOPICS: tuple[str, ...] = ("purpose", "acquisition", "third_party", "security", "leak", "rights_request",
                           "contractor", "handling_attitude", "other")


class Status(enum.StrEnum):
    RECEIVED = "received"  # 受付
    IN_PROGRESS = "in_progress"  # 対応中
    ESCALATED = "escalated"  # 移送・あっせん中
    CLOSED = "closed"  # 完了


class EscalationTarget(enum.StrEnum):
    ACCREDITED_BODY = "accredited_body"  # 認定個人情報保護団体 (第47条〜, 苦情の処理 第53条)
    PPC_MEDIATION = "ppc_mediation"  # 個人情報保護委員会 あっせん
    PPC_CONSULTATION = "ppc_consultation"  # 個人情報保護法相談ダイヤル (委員会の相談窓口)
    CONSUMER_CENTRE = "consumer_centre"  # 消費生活センター (地方公共団体, 第14条)


ESCALATION_JA = {EscalationTarget.ACCREDITED_BODY: "認定個人情報保護団体", EscalationTarget.PPC_MEDIATION:
                 "個人情報保護委員会(あっせん)", EscalationTarget.PPC_CONSULTATION: "個人情報保護法相談ダイヤル",
                 EscalationTarget.CONSUMER_CENTRE: "消費生活センター"}


class Outcome(enum.StrEnum):
    RESOLVED = "resolved"  # 解決(申出に沿って対応)
    EXPLAINED = "explained"  # 説明により理解を得た
    NOT_UPHELD = "not_upheld"  # 申出に理由なし(説明済み)
    WITHDRAWN = "withdrawn"  # 取下げ
    REFERRED = "referred"  # 他機関で処理


class Complaint(VersionedColumns, Base):
    """A complaint or consultation (苦情・相談, 第40条)."""

    __tablename__ = "complaint"

    id: Mapped[int] = mapped_column(primary_key=True)
    received_on: Mapped[dt.date] = mapped_column(Date)  # 受付日
    channel: Mapped[Channel] = mapped_column(_str_enum(Channel))  # 受付経路
    kind: Mapped[Kind] = mapped_column(_str_enum(Kind))  # 区分
    topics: Mapped[list[str]] = mapped_column(JSON)  # 内容の分類 (multi-label)
    complainant: Mapped[Complainant] = mapped_column(_str_enum(Complainant))  # 申出人の種別
    complainant_name: Mapped[str] = mapped_column(String(200), default="")  # 申出人の氏名 (匿名可)
    contact: Mapped[str] = mapped_column(Text, default="")  # 連絡先
    summary: Mapped[str] = mapped_column(Text)  # 申出の内容
    database_id: Mapped[int | None] = mapped_column(ForeignKey("personal_database.id", ondelete="SET NULL"))
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id", ondelete="SET NULL"))  # 担当者
    status: Mapped[Status] = mapped_column(_str_enum(Status))
    escalated_to: Mapped[EscalationTarget | None] = mapped_column(_str_enum(EscalationTarget))  # 移送先
    escalated_on: Mapped[dt.date | None] = mapped_column(Date)
    escalation_note: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[dt.date | None] = mapped_column(Date)  # 完了日
    outcome: Mapped[Outcome | None] = mapped_column(_str_enum(Outcome))  # 結果
    outcome_note: Mapped[str] = mapped_column(Text, default="")
    steps: Mapped[list[ComplaintStep]] = relationship(order_by="ComplaintStep.id", lazy="selectin")


class ComplaintStep(Base):
    """One dated entry of the handling log (対応経過)."""

    __tablename__ = "complaint_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id", ondelete="CASCADE"), index=True)
    on: Mapped[dt.date] = mapped_column(Date)  # 対応日
    action: Mapped[str] = mapped_column(Text)  # 対応の内容
    actor_id: Mapped[int | None] = mapped_column(Integer)  # who recorded it (no FK: the log outlives accounts)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


def _err(field: str, code: str) -> PydanticCustomError:
    return PydanticCustomError(code, f"{field}: {code}", {"field": field})


def _not_future(field: str, day: dt.date | None) -> None:
    if day is not None and day > today_in_japan():
        raise _err(field, "date_in_future")


class ComplaintIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    received_on: dt.date
    channel: Channel
    kind: Kind = Kind.COMPLAINT
    topics: list[str] = Field(default_factory=list)
    complainant: Complainant = Complainant.PERSON
    complainant_name: Short = ""
    contact: Text4000 = ""
    summary: Required
    database_id: int | None = Field(default=None, ge=1)
    assignee_id: int | None = Field(default=None, ge=1)

    @model_validator(mode="after")
    def _check(self) -> ComplaintIn:
        _not_future("received_on", self.received_on)
        unknown = [t for t in self.topics if t not in TOPICS]
        if unknown:
            raise _err("topics", "complaints_unknown_topic")
        self.topics = [t for t in TOPICS if t in self.topics]  # canonical order, no duplicates
        return self


class ComplaintUpdate(ComplaintIn):
    version: int = Field(ge=1)


class StepIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    on: dt.date
    action: Required


class EscalateIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    escalated_to: EscalationTarget
    escalated_on: dt.date
    escalation_note: Text4000 = ""
    version: int = Field(ge=1)


class CloseIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    closed_on: dt.date
    outcome: Outcome
    outcome_note: Required
    version: int = Field(ge=1)


SNAPSHOT_FIELDS = ("received_on", "channel", "kind", "topics", "complainant", "complainant_name", "contact",
                   "summary", "database_id", "assignee_id", "status", "escalated_to", "escalated_on",
                   "escalation_note", "closed_on", "outcome", "outcome_note", "version")


def snapshot(c: Complaint) -> dict[str, Any]:
    out = {}
    for f in SNAPSHOT_FIELDS:
        value = getattr(c, f)
        out[f] = value.isoformat() if isinstance(value, dt.date) else (value.value if isinstance(value, enum.Enum)
                                                                         else value)
    out["steps"] = [{"on": s.on.isoformat(), "action": s.action, "actor_id": s.actor_id} for s in c.steps]
    return out


def _check_links(session: Session, data: ComplaintIn) -> None:
    if data.database_id is not None and session.get(PersonalDatabase, data.database_id) is None:
        raise FieldError("database_id", "not_found", 422)
    if data.assignee_id is not None and session.get(User, data.assignee_id) is None:
        raise FieldError("assignee_id", "not_found", 422)


def _day_after_receipt(c: Complaint, field: str, day: dt.date) -> None:
    if day < c.received_on:
        raise FieldError(field, "complaints_before_received")
    if day > today_in_japan():
        raise FieldError(field, "date_in_future")


def _open(c: Complaint) -> None:
    if c.status is Status.CLOSED:
        raise FieldError("status", "complaints_closed", 409)


def create(session: Session, actor: User, data: ComplaintIn) -> Complaint:
    _check_links(session, data)
    now = utcnow()
    c = Complaint(**data.model_dump(), status=Status.RECEIVED, created_at=now, updated_at=now)
    session.add(c)
    session.flush()
    records.record_change(session, c, actor, "complaint.create", snapshot(c))
    return c


def update(session: Session, actor: User, complaint_id: int, data: ComplaintUpdate) -> Complaint:
    c = get(session, complaint_id)
    _open(c)
    _check_links(session, data)
    if any(s.on < data.received_on for s in c.steps):
        raise FieldError("received_on", "complaints_step_before_received")
    changed = records.apply_update(session, c, data.model_dump(exclude={"version"}), data.version)
    if changed:
        records.record_change(session, c, actor, "complaint.update", snapshot(c), {"fields": changed})
    return c


def add_step(session: Session, actor: User, complaint_id: int, data: StepIn) -> ComplaintStep:
    """Append a dated handling step; the first one moves a received complaint to 対応中."""
    c = get(session, complaint_id)
    _open(c)
    _day_after_receipt(c, "on", data.on)
    step = ComplaintStep(complaint_id=c.id, on=data.on, action=data.action, actor_id=actor.id)
    session.add(step)
    session.flush()
    session.refresh(c, ["steps"])
    if c.status is Status.RECEIVED:
        records.apply_update(session, c, {"status": Status.IN_PROGRESS}, c.version)
        records.record_change(session, c, actor, "complaint.update", snapshot(c), {"fields": ["status"]})
    audit.append(session, actor_id=actor.id, action="complaint.step", target_type=Complaint.__tablename__,
                 target_id=c.id, details={"step_id": step.id})
    return step


def escalate(session: Session, actor: User, complaint_id: int, data: EscalateIn) -> Complaint:
    """Refer the complaint to the 認定個人情報保護団体 or the Commission (あっせん / 相談窓口); logged as a step."""
    c = get(session, complaint_id)
    _open(c)
    _day_after_receipt(c, "escalated_on", data.escalated_on)
    session.add(ComplaintStep(complaint_id=c.id, on=data.escalated_on, actor_id=actor.id,
                              action=f"移送: {ESCALATION_JA[data.escalated_to]} {data.escalation_note}".strip()))
    records.apply_update(session, c, {"status": Status.ESCALATED, "escalated_to": data.escalated_to,
                                      "escalated_on": data.escalated_on,
                                      "escalation_note": data.escalation_note}, data.version)
    session.refresh(c, ["steps"])
    records.record_change(session, c, actor, "complaint.escalate", snapshot(c),
                          {"escalated_to": data.escalated_to.value})
    return c


def close(session: Session, actor: User, complaint_id: int, data: CloseIn) -> Complaint:
    c = get(session, complaint_id)
    _open(c)
    _day_after_receipt(c, "closed_on", data.closed_on)
    if c.escalated_on and data.closed_on < c.escalated_on:
        raise FieldError("closed_on", "complaints_before_escalated")
    if any(s.on > data.closed_on for s in c.steps):
        raise FieldError("closed_on", "complaints_before_last_step")
    records.apply_update(session, c, {"status": Status.CLOSED, "closed_on": data.closed_on,
                                      "outcome": data.outcome, "outcome_note": data.outcome_note}, data.version)
    records.record_change(session, c, actor, "complaint.close", snapshot(c), {"outcome": data.outcome.value})
    return c


def get(session: Session, complaint_id: int) -> Complaint:
    c = session.get(Complaint, complaint_id)
    if c is None:
        raise NotFound()
    return c


def search(session: Session, status: str = "", kind: str = "", limit: int = 500) -> list[Complaint]:
    statement = select(Complaint).order_by(Complaint.received_on.desc(), Complaint.id.desc())
    if status in Status.__members__.values():
        statement = statement.where(Complaint.status == Status(status))
    if kind in Kind.__members__.values():
        statement = statement.where(Complaint.kind == Kind(kind))
    return list(session.scalars(statement.limit(limit)))


def history(session: Session, complaint_id: int) -> list[RecordRevision]:
    get(session, complaint_id)
    return records.history(session, Complaint.__tablename__, complaint_id)


def as_case_record(c: Complaint) -> ComplaintRecord:
    """The statistics view of a complaint: no personal data (id, dates, category, topics, channel)."""
    return ComplaintRecord(id=str(c.id), received_on=c.received_on, category=c.kind.value, topics=list(c.topics),
                           channel=c.channel.value, closed_on=c.closed_on)


def complaint_statistics(session: Session, period: Period = "fiscal_year", start: dt.date | None = None,
                         end: dt.date | None = None) -> ComplaintStatistics:
    """The Commission-style table (hogo.cases.complaints.statistics) over complaints received in [start, end]."""
    statement = select(Complaint)
    if start is not None:
        statement = statement.where(Complaint.received_on >= start)
    if end is not None:
        statement = statement.where(Complaint.received_on <= end)
    return statistics((as_case_record(c) for c in session.scalars(statement)), period, top=len(TOPICS))


def statistics_csv(table: ComplaintStatistics, topic_label: Any) -> str:  # noqa: ANN401 - a callable
    """The table as CSV (期間, 区分, 件数, one column per topic, 完了)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["期間", "区分", "件数", *(topic_label(t) for t in table.topics), "完了"])
    for row in table.rows:
        writer.writerow([row.label, row.category, row.total, *(row.topics[t] for t in table.topics), row.closed])
    return out.getvalue()
