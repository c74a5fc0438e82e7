"""The 個人情報取扱台帳 (register of personal information databases held): schemas and services.

Every change bumps ``version`` (optimistic concurrency: an edit based on an old version is refused, nobody's
work is silently overwritten), stores a snapshot in ``record_revision`` (the history view) and
appends to the audit log (field names only, never values).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator
from pydantic_core import PydanticCustomError
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from hogo.app import records
from hogo.app.errors import FieldError, NotFound
from hogo.app.models import (
    DataCategory,
    PersonalDatabase,
    RecordRevision,
    Role,
    StorageMedium,
    User,
    utcnow,
)

Line = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4000)]
LIST_FIELDS = ("items", "categories", "purposes", "access_roles", "contractors", "cross_border_countries")


class PersonalDatabaseIn(BaseModel):
    """What a user enters for one register entry (issue 4 §3)."""

    model_config = ConfigDict(extra="forbid")

    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]  # 名称
    items: list[Line] = Field(min_length=1)  # 記録項目
    categories: list[DataCategory] = Field(min_length=1)  # 区分: 要配慮個人情報, 個人識別符号, 特定個人情報 …
    persons_count: int = Field(ge=0, le=10**10)  # 本人の数
    purposes: list[Line] = Field(min_length=1)  # 利用目的 (第17条)
    acquisition_source: Text  # 取得元・取得方法
    storage_location: Text  # 保管場所
    storage_medium: StorageMedium  # 保管媒体
    access_roles: list[Line] = Field(min_length=1)  # アクセスできる役割
    retention: Text  # 保存期間
    disposal_method: Text  # 廃棄・削除の方法
    disposal_due: dt.date | None = None  # 廃棄予定日 (the day the data is due for disposal; optional)
    contractors: list[Line] = Field(default_factory=list)  # 委託先 (第25条)
    cross_border: bool = False  # 外国にある第三者への提供 (第28条)
    cross_border_countries: list[Line] = Field(default_factory=list)  # 提供先の国
    notes: Annotated[str, StringConstraints(strip_whitespace=True, max_length=4000)] = ""  # 備考

    @field_validator("categories")
    @classmethod
    def _unique_categories(cls, value: list[DataCategory]) -> list[DataCategory]:
        return list(dict.fromkeys(value))

    @model_validator(mode="after")
    def _countries_when_cross_border(self) -> PersonalDatabaseIn:
        if self.cross_border and not self.cross_border_countries:
            raise PydanticCustomError("required_when_cross_border", "cross_border_countries: required when "
                                      "cross_border is true", {"field": "cross_border_countries"})
        if not self.cross_border and self.cross_border_countries:
            raise PydanticCustomError("only_when_cross_border", "cross_border_countries: only when cross_border "
                                      "is true", {"field": "cross_border_countries"})
        return self


class PersonalDatabaseUpdate(PersonalDatabaseIn):
    version: int = Field(ge=1, description="The version the edit is based on (optimistic concurrency).")


class PersonalDatabaseOut(PersonalDatabaseIn):
    model_config = ConfigDict(from_attributes=True)

    id: int
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime


class RevisionOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    version: int
    changed_by: int | None
    changed_at: dt.datetime
    snapshot: dict[str, Any]


def _check_scope(actor: User, categories: list[DataCategory] | list[str]) -> None:
    """事務取扱担当者 may keep only entries that hold 特定個人情報 (番号法: their remit is My Number work)."""
    if actor.role is Role.MYNUMBER_HANDLER and DataCategory.SPECIFIC_PERSONAL not in categories:
        raise FieldError("categories", "mynumber_handler_scope", 403)


def _values(data: PersonalDatabaseIn) -> dict[str, Any]:
    values = data.model_dump(exclude={"version"})
    values["categories"] = [c.value for c in data.categories]
    return values


def _snapshot(entry: PersonalDatabase) -> dict[str, Any]:
    return PersonalDatabaseOut.model_validate(entry).model_dump(mode="json")


def create(session: Session, actor: User, data: PersonalDatabaseIn) -> PersonalDatabase:
    _check_scope(actor, data.categories)
    now = utcnow()
    entry = PersonalDatabase(**_values(data), created_at=now, updated_at=now)
    session.add(entry)
    session.flush()
    records.record_change(session, entry, actor, "register.create", _snapshot(entry))
    return entry


def update(session: Session, actor: User, entry_id: int, data: PersonalDatabaseUpdate) -> PersonalDatabase:
    entry = get(session, entry_id)
    _check_scope(actor, entry.categories)
    _check_scope(actor, data.categories)
    changed = records.apply_update(session, entry, _values(data), data.version)
    if changed:
        records.record_change(session, entry, actor, "register.update", _snapshot(entry), {"fields": changed})
    return entry


def get(session: Session, entry_id: int) -> PersonalDatabase:
    entry = session.get(PersonalDatabase, entry_id)
    if entry is None:
        raise NotFound()
    return entry


def search(session: Session, query: str = "", limit: int = 500, offset: int = 0) -> list[PersonalDatabase]:
    statement = select(PersonalDatabase).order_by(PersonalDatabase.id)
    if query.strip():
        like = f"%{query.strip()}%"
        statement = statement.where(or_(PersonalDatabase.name.ilike(like), PersonalDatabase.notes.ilike(like)))
    return list(session.scalars(statement.limit(limit).offset(offset)))


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(PersonalDatabase)) or 0


def history(session: Session, entry_id: int) -> list[RecordRevision]:
    get(session, entry_id)
    return records.history(session, PersonalDatabase.__tablename__, entry_id)
