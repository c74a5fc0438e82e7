"""Consent records (同意記録): who agreed to what, how and when, and when they withdrew.

The law asks for consent before using personal information beyond the purposes (個人情報保護法第18条第1項),
acquiring 要配慮個人情報 (第20条第2項), providing to a third party (第27条第1項) or to one abroad
(第28条第1項). For a minor or an adult under guardianship the 法定代理人 consents; an oral consent is
kept with a record of how it was confirmed. Withdrawal (撤回) is recorded, never deleted.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator
from pydantic_core import PydanticCustomError
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from hogo.app import records
from hogo.app.errors import FieldError, NotFound
from hogo.app.models import (
    Consent,
    ConsentGiver,
    ConsentMethod,
    ConsentScope,
    PersonalDatabase,
    RecordRevision,
    User,
    utcnow,
)

JAPAN = ZoneInfo("Asia/Tokyo")
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Optional = Annotated[str, StringConstraints(strip_whitespace=True, max_length=4000)]


def today_in_japan() -> dt.date:
    return dt.datetime.now(JAPAN).date()


def _missing(field: str, code: str) -> PydanticCustomError:
    return PydanticCustomError(code, f"{field}: {code}", {"field": field})


class ConsentIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    subject_name: Name  # 本人の氏名
    subject_ref: Annotated[str, StringConstraints(strip_whitespace=True, max_length=100)] = ""  # 管理番号
    scope: ConsentScope  # 同意の種類
    purpose: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4000)]  # 同意の対象
    database_id: int | None = Field(default=None, ge=1)  # 対象の台帳
    recipient: Optional = ""  # 提供先
    method: ConsentMethod  # 取得方法
    oral_record: Optional = ""  # 口頭の場合の記録
    given_by: ConsentGiver = ConsentGiver.SUBJECT  # 同意した人
    representative_name: Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)] = ""
    representative_relation: Annotated[str, StringConstraints(strip_whitespace=True, max_length=100)] = ""
    obtained_on: dt.date  # 同意日
    withdrawn_on: dt.date | None = None  # 撤回日
    notes: Optional = ""

    @model_validator(mode="after")
    def _complete(self) -> ConsentIn:
        if self.scope in (ConsentScope.THIRD_PARTY_PROVISION, ConsentScope.FOREIGN_PROVISION) and not self.recipient:
            raise _missing("recipient", "recipient_required")
        if self.method is ConsentMethod.ORAL and not self.oral_record:
            raise _missing("oral_record", "oral_record_required")
        if self.given_by is ConsentGiver.LEGAL_REPRESENTATIVE:
            if not self.representative_name:
                raise _missing("representative_name", "representative_required")
            if not self.representative_relation:
                raise _missing("representative_relation", "representative_required")
        if self.obtained_on > today_in_japan():
            raise _missing("obtained_on", "date_in_future")
        if self.withdrawn_on is not None and self.withdrawn_on < self.obtained_on:
            raise _missing("withdrawn_on", "withdrawn_before_obtained")
        if self.withdrawn_on is not None and self.withdrawn_on > today_in_japan():
            raise _missing("withdrawn_on", "date_in_future")
        return self


class ConsentUpdate(ConsentIn):
    version: int = Field(ge=1)


class WithdrawIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    withdrawn_on: dt.date  # 撤回日
    version: int = Field(ge=1)


class ConsentOut(ConsentIn):
    model_config = ConfigDict(from_attributes=True)

    id: int
    version: int
    active: bool
    created_at: dt.datetime
    updated_at: dt.datetime


def _snapshot(consent: Consent) -> dict[str, Any]:
    return out(consent).model_dump(mode="json")


def out(consent: Consent) -> ConsentOut:
    return ConsentOut.model_validate({**{c: getattr(consent, c) for c in ConsentOut.model_fields if c != "active"},
                                      "active": consent.withdrawn_on is None})


def _check_database(session: Session, database_id: int | None) -> None:
    if database_id is not None and session.get(PersonalDatabase, database_id) is None:
        raise FieldError("database_id", "not_found", 422)


def create(session: Session, actor: User, data: ConsentIn) -> Consent:
    _check_database(session, data.database_id)
    now = utcnow()
    consent = Consent(**data.model_dump(), created_at=now, updated_at=now)
    session.add(consent)
    session.flush()
    records.record_change(session, consent, actor, "consent.create", _snapshot(consent))
    return consent


def update(session: Session, actor: User, consent_id: int, data: ConsentUpdate) -> Consent:
    consent = get(session, consent_id)
    _check_database(session, data.database_id)
    changed = records.apply_update(session, consent, data.model_dump(exclude={"version"}), data.version)
    if changed:
        records.record_change(session, consent, actor, "consent.update", _snapshot(consent), {"fields": changed})
    return consent


def withdraw(session: Session, actor: User, consent_id: int, data: WithdrawIn) -> Consent:
    """Record the withdrawal (撤回); the consent stays, marked inactive from that date."""
    consent = get(session, consent_id)
    if consent.withdrawn_on is not None:
        raise FieldError("withdrawn_on", "already_withdrawn", 409)
    checked = ConsentIn.model_validate({**out(consent).model_dump(exclude={"id", "version", "active", "created_at",
                                                                           "updated_at"}),
                                        "withdrawn_on": data.withdrawn_on})
    records.apply_update(session, consent, {"withdrawn_on": checked.withdrawn_on}, data.version)
    records.record_change(session, consent, actor, "consent.withdraw", _snapshot(consent))
    return consent


def get(session: Session, consent_id: int) -> Consent:
    consent = session.get(Consent, consent_id)
    if consent is None:
        raise NotFound()
    return consent


def search(session: Session, query: str = "", active_only: bool = False, database_id: int | None = None,
           limit: int = 500, offset: int = 0) -> list[Consent]:
    statement = select(Consent).order_by(Consent.id)
    if query.strip():
        like = f"%{query.strip()}%"
        statement = statement.where(or_(Consent.subject_name.ilike(like), Consent.subject_ref.ilike(like),
                                        Consent.purpose.ilike(like), Consent.recipient.ilike(like)))
    if active_only:
        statement = statement.where(Consent.withdrawn_on.is_(None))
    if database_id is not None:
        statement = statement.where(Consent.database_id == database_id)
    return list(session.scalars(statement.limit(limit).offset(offset)))


def count_active(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Consent).where(Consent.withdrawn_on.is_(None))) or 0


def history(session: Session, consent_id: int) -> list[RecordRevision]:
    get(session, consent_id)
    return records.history(session, Consent.__tablename__, consent_id)
