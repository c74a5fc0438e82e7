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
Optional = Annotated[str, StringConstraints(strip_whitespace=True, max_length=4000)]
LIST_FIELDS = ("items", "categories", "purposes", "access_roles", "contractors", "cross_border_countries",
               "joint_use_items", "opt_out_items")
# The notice's 共同利用 / オプトアウト matters (hogo.law ``joint_use.items`` / ``opt_out.items``) → the entry's field
# holding each; None: the notice states it itself (the fact of joint use, that provision to third parties is a
# purpose, that it stops on request) or takes it from the organisation profile (the provider's identity).
JOINT_USE_FIELDS: dict[str, str | None] = {
    "statement": None, "data_items": "joint_use_items", "user_scope": "joint_use_scope",
    "purposes": "joint_use_purposes", "manager_name": "joint_use_manager_name",
    "manager_address": "joint_use_manager_address", "manager_representative": "joint_use_manager_representative"}
OPT_OUT_FIELDS: dict[str, str | None] = {
    "provider_identity": None, "provision_purpose": None, "data_items": "opt_out_items",
    "acquisition_method": "opt_out_acquisition_method", "provision_method": "opt_out_provision_method",
    "stop_on_request": None, "request_method": "opt_out_request_method", "update_method": "opt_out_update_method",
    "start_date": "opt_out_start_date"}
ARRANGEMENT_FIELDS = tuple(f for f in (*JOINT_USE_FIELDS.values(), *OPT_OUT_FIELDS.values()) if f)


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
    notes: Optional = ""  # 備考
    # 共同利用 (第27条第5項第3号). Left empty, a matter shows in the notice's list of what is missing.
    joint_use: bool = False  # 共同利用する
    joint_use_items: list[Line] = Field(default_factory=list)  # 共同利用される個人データの項目
    joint_use_scope: Optional = ""  # 共同して利用する者の範囲
    joint_use_purposes: Optional = ""  # 利用する者の利用目的
    joint_use_manager_name: Optional = ""  # 責任を有する者の氏名又は名称
    joint_use_manager_address: Optional = ""  # 同・住所
    joint_use_manager_representative: Optional = ""  # 同・代表者の氏名
    # オプトアウトによる第三者提供 (第27条第2項; 施行規則第11条)
    opt_out: bool = False  # オプトアウトにより第三者に提供する
    opt_out_items: list[Line] = Field(default_factory=list)  # 提供される個人データの項目
    opt_out_acquisition_method: Optional = ""  # 取得の方法
    opt_out_provision_method: Optional = ""  # 提供の方法
    opt_out_request_method: Optional = ""  # 本人の求めを受け付ける方法
    opt_out_update_method: Optional = ""  # 個人データの更新の方法
    opt_out_start_date: dt.date | None = None  # 提供を開始する予定日

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

    @model_validator(mode="after")
    def _opt_out_not_for_sensitive(self) -> PersonalDatabaseIn:
        # 第27条第2項ただし書: 要配慮個人情報 may not be provided to third parties by opt-out.
        if self.opt_out and DataCategory.SENSITIVE in self.categories:
            raise PydanticCustomError("opt_out_sensitive", "opt_out: not allowed for sensitive personal "
                                      "information (第27条第2項)", {"field": "opt_out"})
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
