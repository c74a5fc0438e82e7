"""Rights requests (開示等の請求): intake, identity check, decision, response letter, deadlines.

The person (本人), or their 法定代理人 / 任意代理人, may ask the business about their 保有個人データ:
利用目的の通知 (個人情報保護法第32条第2項), 開示 (第33条第1項), 第三者提供記録の開示 (第33条第5項),
訂正・追加・削除 (第34条第1項), 利用停止・消去 (第35条第1項・第5項), 第三者提供の停止 (第35条第3項・第5項).
The business answers 遅滞なく; the organisation's reading of that (a number of calendar or business days)
is a setting (:class:`RequestSetting`, :mod:`hogo.cases.deadlines`). Identity is verified before anything
is disclosed (第37条; 施行令第12条・第13条): the record keeps the KIND of each document seen, never its number
or a copy (no more than needed).

States (``Status``): 受付 → 本人確認中 → 検討中 → 決定 → 通知済 → 完了, and 取下げ from any state before
通知済. The allowed transitions are the data in :data:`TRANSITIONS`; every change writes an audit entry
(ids, states and field names only). The decision runs the ``rights-request`` judgement of :mod:`hogo.law`
(stored with its reasons and law version) and the letter check of :func:`hogo.cases.rights.check`; the
letter is :func:`hogo.cases.rights.letter` rendered by :mod:`hogo.documents`.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
import secrets
import threading
import time
import unicodedata
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator
from pydantic_core import PydanticCustomError
from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, String, Text, delete, or_, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from hogo.app import audit, records
from hogo.app.consents import today_in_japan
from hogo.app.errors import FieldError, NotFound
from hogo.app.models import Base, Organisation, PersonalDatabase, RecordRevision, User, _str_enum, VersionedColumns, utcnow
from hogo.cases import rights
from hogo.cases.common import Organization
from hogo.cases.deadlines import ResponseTarget, response_due
from hogo.cases.rights_law import CHANGE_KINDS, DISCLOSURE_KINDS, GROUNDS, STOP_KINDS
from hogo.documents import compose, render_html, render_pdf
from hogo.law import JUDGEMENTS
from hogo.law.core import FactsError

Short = Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)]
Text4000 = Annotated[str, StringConstraints(strip_whitespace=True, max_length=4000)]
Required = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4000)]
RequiredName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]


class Kind(enum.StrEnum):
    """請求の種類 (values as in :mod:`hogo.cases.rights_law`)."""

    DISCLOSURE = "disclosure"  # 開示 (第33条第1項)
    CORRECTION = "correction"  # 訂正 (第34条第1項)
    ADDITION = "addition"  # 追加 (第34条第1項)
    DELETION = "deletion"  # 削除 (第34条第1項)
    SUSPENSION = "suspension"  # 利用停止 (第35条第1項・第5項)
    ERASURE = "erasure"  # 消去 (第35条第1項・第5項)
    STOP_PROVISION = "stop_provision"  # 第三者提供の停止 (第35条第3項・第5項)
    PURPOSE_NOTICE = "purpose_notice"  # 利用目的の通知 (第32条第2項)
    RECORD_DISCLOSURE = "record_disclosure"  # 第三者提供記録の開示 (第33条第5項)


class RequesterType(enum.StrEnum):
    """請求者の区分 (施行令第13条)."""

    PRINCIPAL = "principal"  # 本人
    GUARDIAN_MINOR = "legal_representative_minor"  # 未成年者の法定代理人 (親権者・未成年後見人)
    GUARDIAN_ADULT = "legal_representative_adult_ward"  # 成年被後見人の法定代理人 (成年後見人)
    AGENT = "agent"  # 任意代理人 (本人が委任した代理人)


class Status(enum.StrEnum):
    RECEIVED = "received"  # 受付
    VERIFYING = "verifying"  # 本人確認中
    REVIEWING = "reviewing"  # 検討中
    DECIDED = "decided"  # 決定
    NOTIFIED = "notified"  # 通知済
    CLOSED = "closed"  # 完了
    WITHDRAWN = "withdrawn"  # 取下げ


class Channel(enum.StrEnum):
    STAFF = "staff"  # 窓口・郵送等で受け付け職員が入力
    PUBLIC = "public"  # 本人が公開フォームから申請


class Method(enum.StrEnum):
    """開示の方法 (第33条第1項: the person chooses)."""

    PAPER = "paper"  # 書面の交付
    ELECTRONIC = "electronic"  # 電磁的記録の提供


# The documents that may be recorded: kinds only, from fixed lists, so no number can ever be typed in.
IDENTITY_DOCUMENTS: tuple[str, ...] = (
    "運転免許証", "マイナンバーカード(表面)", "旅券", "在留カード", "健康保険の被保険者証", "身体障害者手帳",
    "住民票の写し", "その他官公署発行の写真付き証明書", "窓口での面談による確認(在籍者・利用者本人)",
)
AGENT_DOCUMENTS: tuple[str, ...] = (
    "戸籍謄本(親権者)", "登記事項証明書(成年後見人)", "委任状", "印鑑登録証明書", "代理人の本人確認書類",
)

OPEN_STATES = frozenset({Status.RECEIVED, Status.VERIFYING, Status.REVIEWING, Status.DECIDED})
# The workflow as data: state → the states it may move to.
TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.RECEIVED: frozenset({Status.VERIFYING, Status.WITHDRAWN}),
    Status.VERIFYING: frozenset({Status.REVIEWING, Status.WITHDRAWN}),
    Status.REVIEWING: frozenset({Status.DECIDED, Status.WITHDRAWN}),
    Status.DECIDED: frozenset({Status.NOTIFIED, Status.REVIEWING, Status.WITHDRAWN}),  # 再検討 before notifying
    Status.NOTIFIED: frozenset({Status.CLOSED}),
    Status.CLOSED: frozenset(),
    Status.WITHDRAWN: frozenset(),
}
# Moves made by a plain transition (the others need data: identity → reviewing, decide → decided).
PLAIN_TRANSITIONS = frozenset({(Status.RECEIVED, Status.VERIFYING), (Status.DECIDED, Status.REVIEWING),
                               (Status.DECIDED, Status.NOTIFIED), (Status.NOTIFIED, Status.CLOSED)}
                              | {(s, Status.WITHDRAWN) for s in OPEN_STATES})

# hogo.cases kind → the judgement's request (and target)
_JUDGEMENT_REQUEST = {
    "disclosure": "disclosure", "record_disclosure": "disclosure", "correction": "correction",
    "addition": "correction", "deletion": "correction", "suspension": "use_stop", "erasure": "erasure",
    "stop_provision": "provision_stop", "purpose_notice": "purpose_notice",
}
_CASE_REQUESTER = {"principal": "principal", "legal_representative_minor": "legal_representative",
                   "legal_representative_adult_ward": "legal_representative", "agent": "agent"}
_JUDGEMENT_METHOD = {"paper": "document", "electronic": "electronic"}
STOP_GROUNDS = ("out_of_purpose", "improper_use", "improper_acquisition", "unlawful_provision",
                "unlawful_foreign_transfer", "no_longer_needed", "reportable_breach", "rights_harmed")


# ------------------------------------------------------------------------------------------------ tables
class RequestSetting(Base):
    """The organisation's settings for requests: the 遅滞なく target and the contact printed on letters."""

    __tablename__ = "rights_request_setting"

    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"),
                                                 primary_key=True)
    target_days: Mapped[int] = mapped_column(Integer, default=14)  # 回答の目標日数
    counting: Mapped[str] = mapped_column(String(20), default="calendar")  # calendar 暦日 / business 開庁日
    department: Mapped[str] = mapped_column(String(200), default="")  # 担当部署 (お問合せ先)
    phone: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    hours: Mapped[str] = mapped_column(String(200), default="")  # 受付時間
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class RightsRequestRecord(VersionedColumns, Base):
    """One request (開示等の請求) from receipt to close."""

    __tablename__ = "rights_request"

    id: Mapped[int] = mapped_column(primary_key=True)
    receipt_no: Mapped[str] = mapped_column(String(20), unique=True)  # 受付番号 (random, shown to the person)
    kind: Mapped[Kind] = mapped_column(_str_enum(Kind))
    status: Mapped[Status] = mapped_column(_str_enum(Status), index=True)
    channel: Mapped[Channel] = mapped_column(_str_enum(Channel))
    received_on: Mapped[dt.date] = mapped_column(Date)  # 受付日
    due_on: Mapped[dt.date] = mapped_column(Date, index=True)  # 回答の目標日 (遅滞なく, the setting at receipt)
    requester_type: Mapped[RequesterType] = mapped_column(_str_enum(RequesterType))
    requester_name: Mapped[str] = mapped_column(String(200))  # 請求者の氏名 (letter's addressee)
    relationship: Mapped[str] = mapped_column(String(100), default="")  # 代理人と本人の関係
    person_name: Mapped[str] = mapped_column(String(200), default="")  # 本人の氏名 (agents)
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    subject: Mapped[str] = mapped_column(Text)  # 請求の対象
    requested_method: Mapped[str | None] = mapped_column(String(20))  # 開示の方法 (paper/electronic)
    requested_change: Mapped[str] = mapped_column(Text, default="")  # 訂正等・利用停止等の内容と理由
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id", ondelete="SET NULL"))
    # 本人確認: kinds of documents only (never numbers or copies)
    identity_verified: Mapped[bool | None] = mapped_column(Boolean)
    identity_documents: Mapped[list[str]] = mapped_column(JSON, default=list)
    agent_documents: Mapped[list[str]] = mapped_column(JSON, default=list)
    identity_checked_on: Mapped[dt.date | None] = mapped_column(Date)
    # 決定: the judgement's facts and answer (reasons, law version) and the decision printed on the letter
    facts: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    judgement: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    law_version: Mapped[str | None] = mapped_column(String(40))
    decision: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
    notified_on: Mapped[dt.date | None] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")  # 備考 (no identity document numbers)


class RequestDatabase(Base):
    """The data located: which 台帳 entries hold the person's data (対象の保有個人データ)."""

    __tablename__ = "rights_request_database"

    request_id: Mapped[int] = mapped_column(ForeignKey("rights_request.id", ondelete="CASCADE"), primary_key=True)
    database_id: Mapped[int] = mapped_column(ForeignKey("personal_database.id", ondelete="CASCADE"),
                                             primary_key=True)


# ------------------------------------------------------------------------------------------------ input
def _error(field: str, code: str) -> PydanticCustomError:
    return PydanticCustomError(code, f"{field}: {code}", {"field": field})


class IntakeIn(BaseModel):
    """A request as received (staff intake or the public form)."""

    model_config = ConfigDict(extra="forbid")

    kind: Kind
    requester_type: RequesterType = RequesterType.PRINCIPAL
    requester_name: RequiredName
    relationship: Short = ""
    person_name: Short = ""
    postal_code: Short = ""  # 郵便番号 (１２３－４５６７ accepted)
    address: Text4000 = ""
    email: Short = ""
    phone: Short = ""
    subject: Required
    requested_method: Method | None = None
    requested_change: Text4000 = ""
    received_on: dt.date | None = None  # staff only; the public form uses today

    @model_validator(mode="after")
    def _complete(self) -> IntakeIn:
        self.postal_code = unicodedata.normalize("NFKC", self.postal_code).replace("ー", "-").replace("−", "-")
        self.phone = unicodedata.normalize("NFKC", self.phone)
        if self.requester_type is not RequesterType.PRINCIPAL:
            if not self.person_name:
                raise _error("person_name", "requests_person_name_required")
            if not self.relationship:
                raise _error("relationship", "requests_relationship_required")
        if not (self.address or self.email):
            raise _error("address", "requests_contact_required")
        if self.postal_code and not re.fullmatch(r"\d{3}-?\d{4}", self.postal_code):
            raise _error("postal_code", "requests_postal_code")
        if self.email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", self.email):
            raise _error("email", "requests_email")
        if self.phone and not re.fullmatch(r"[0-9+\-() ]{6,}", self.phone):
            raise _error("phone", "requests_phone")
        if self.requested_method is not None and self.kind not in DISCLOSURE_KINDS:
            raise _error("requested_method", "requests_method_only_disclosure")
        if self.kind not in DISCLOSURE_KINDS | {"purpose_notice"} and not self.requested_change:
            raise _error("requested_change", "requests_change_required")
        if self.received_on is not None and self.received_on > today_in_japan():
            raise _error("received_on", "date_in_future")
        return self


class IdentityIn(BaseModel):
    """本人確認の記録: kinds of documents from the fixed lists only."""

    model_config = ConfigDict(extra="forbid")

    verified: bool
    documents: list[str] = Field(default_factory=list)
    agent_documents: list[str] = Field(default_factory=list)
    checked_on: dt.date
    version: int = Field(ge=1)

    @model_validator(mode="after")
    def _kinds_only(self) -> IdentityIn:
        if any(d not in IDENTITY_DOCUMENTS for d in self.documents):
            raise _error("documents", "requests_unknown_document")
        if any(d not in AGENT_DOCUMENTS for d in self.agent_documents):
            raise _error("agent_documents", "requests_unknown_document")
        if self.verified and not self.documents:
            raise _error("documents", "requests_documents_required")
        if self.checked_on > today_in_japan():
            raise _error("checked_on", "date_in_future")
        return self


class RefusalIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    ground: str
    scope: Required
    reason: Required


class DecideIn(BaseModel):
    """The facts for the ``rights-request`` judgement and the decision printed on the letter."""

    model_config = ConfigDict(extra="forbid")

    decided_on: dt.date
    version: int = Field(ge=1)
    # facts (judgement)
    data_exists: bool = True
    harm_to_person_or_third_party: bool = False
    serious_business_hindrance: bool = False
    violates_other_law: bool = False
    grounds_cover: str = "part"
    content_untrue: bool | None = None
    grounds_found: list[str] = Field(default_factory=list)
    difficult_with_alternative: bool = False
    purpose_already_known: bool = False
    requested_method_difficult: bool = False
    fee_actual_cost_yen: int | None = Field(default=None, ge=0)
    # decision (letter)
    outcome: str
    refusals: list[RefusalIn] = Field(default_factory=list)
    method: Method | None = None
    method_reason: Text4000 = ""
    delivery: Text4000 = ""
    action_taken: Text4000 = ""
    alternative_measure: Text4000 = ""
    fee_yen: int | None = Field(default=None, ge=0)
    fee_payment: Text4000 = ""
    fee_due_on: dt.date | None = None

    @model_validator(mode="after")
    def _valid(self) -> DecideIn:
        if self.outcome not in ("full", "partial", "none"):
            raise _error("outcome", "requests_choose")
        if self.grounds_cover not in ("part", "whole"):
            raise _error("grounds_cover", "requests_choose")
        if any(g not in STOP_GROUNDS for g in self.grounds_found):
            raise _error("grounds_found", "requests_choose")
        if any(r.ground not in GROUNDS for r in self.refusals):
            raise _error("refusals", "requests_choose")
        if self.fee_yen is not None and not self.fee_payment:
            raise _error("fee_payment", "requests_fee_payment_required")
        if self.decided_on > today_in_japan():
            raise _error("decided_on", "date_in_future")
        return self


class AssignIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    assignee_id: int | None = Field(default=None, ge=1)
    version: int = Field(ge=1)


class TransitionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    to: Status
    on: dt.date
    version: int = Field(ge=1)


class SettingIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    target_days: int = Field(ge=1, le=365)
    counting: str
    department: Short = ""
    phone: Short = ""
    email: Short = ""
    hours: Short = ""

    @model_validator(mode="after")
    def _counting(self) -> SettingIn:
        if self.counting not in ("calendar", "business"):
            raise _error("counting", "requests_choose")
        return self


class RequestOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    receipt_no: str
    kind: Kind
    status: Status
    channel: Channel
    received_on: dt.date
    due_on: dt.date
    requester_type: RequesterType
    requester_name: str
    relationship: str
    person_name: str
    postal_code: str
    address: str
    email: str
    phone: str
    subject: str
    requested_method: str | None
    requested_change: str
    assignee_id: int | None
    identity_verified: bool | None
    identity_documents: list[str]
    agent_documents: list[str]
    identity_checked_on: dt.date | None
    law_version: str | None
    judgement: dict[str, Any] | None
    decision: dict[str, Any] | None
    decided_on: dt.date | None
    notified_on: dt.date | None
    closed_on: dt.date | None
    withdrawn_on: dt.date | None
    version: int


def out(entry: RightsRequestRecord) -> RequestOut:
    return RequestOut.model_validate(entry)


# ------------------------------------------------------------------------------------------------ settings
def organisation(session: Session) -> Organisation:
    org = session.scalars(select(Organisation).order_by(Organisation.id)).first()
    if org is None:
        raise FieldError("organisation", "not_found", 409)
    return org


def setting(session: Session) -> RequestSetting:
    """The organisation's settings (defaults until saved: 14 calendar days)."""
    org = organisation(session)
    found = session.get(RequestSetting, org.id)
    return found or RequestSetting(organisation_id=org.id, target_days=14, counting="calendar", department="",
                                   phone="", email="", hours="")


def target(session: Session) -> ResponseTarget:
    s = setting(session)
    return ResponseTarget(days=s.target_days, counting=s.counting)  # type: ignore[arg-type]


def save_setting(session: Session, actor: User, data: SettingIn) -> RequestSetting:
    current = setting(session)
    changed = sorted(k for k, v in data.model_dump().items() if getattr(current, k) != v)
    for key, value in data.model_dump().items():
        setattr(current, key, value)
    current.updated_at = utcnow()
    session.add(current)
    session.flush()
    audit.append(session, actor_id=actor.id, action="requests.setting", target_type=RequestSetting.__tablename__,
                 target_id=current.organisation_id, details={"fields": changed})
    return current


# ------------------------------------------------------------------------------------------------ intake
_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I


def _receipt_no(received_on: dt.date) -> str:
    """受付番号: year and 8 random characters (not guessable, so it reveals nothing about other requests)."""
    code = "".join(secrets.choice(_ALPHABET) for _ in range(8))
    return f"{received_on.year}-{code[:4]}-{code[4:]}"


def _snapshot(entry: RightsRequestRecord) -> dict[str, Any]:
    return out(entry).model_dump(mode="json")


def create(session: Session, actor: User | None, data: IntakeIn, channel: Channel = Channel.STAFF) -> RightsRequestRecord:
    """受付: a new request in state 受付, its due date from the organisation's 遅滞なく target."""
    received_on = data.received_on if channel is Channel.STAFF and data.received_on else today_in_japan()
    now = utcnow()
    entry = RightsRequestRecord(
        **data.model_dump(exclude={"received_on", "requested_method"}),
        requested_method=data.requested_method.value if data.requested_method else None,
        receipt_no=_receipt_no(received_on), status=Status.RECEIVED, channel=channel, received_on=received_on,
        due_on=response_due(received_on, target(session)), identity_documents=[], agent_documents=[],
        created_at=now, updated_at=now)
    session.add(entry)
    session.flush()
    _record(session, entry, actor, "requests.create", {"channel": channel.value, "kind": entry.kind.value})
    return entry


def _record(session: Session, entry: RightsRequestRecord, actor: User | None, action: str,
            details: dict[str, Any]) -> None:
    session.add(RecordRevision(record_type=entry.__tablename__, record_id=entry.id, version=entry.version,
                               snapshot=_snapshot(entry), changed_by=actor.id if actor else None,
                               changed_at=entry.updated_at))
    audit.append(session, actor_id=actor.id if actor else None, action=action, target_type=entry.__tablename__,
                 target_id=entry.id, details={"version": entry.version, **details})


def get(session: Session, request_id: int) -> RightsRequestRecord:
    entry = session.get(RightsRequestRecord, request_id)
    if entry is None:
        raise NotFound()
    return entry


def _move(session: Session, entry: RightsRequestRecord, actor: User, to: Status, values: dict[str, Any],
          version: int, action: str, details: dict[str, Any] | None = None) -> RightsRequestRecord:
    if to not in TRANSITIONS[entry.status]:
        raise FieldError("status", "requests_transition_forbidden", 409)
    before = entry.status
    changed = records.apply_update(session, entry, {**values, "status": to}, version)
    _record(session, entry, actor, action, {"from": before.value, "to": to.value, "fields": changed,
                                            **(details or {})})
    return entry


def transition(session: Session, actor: User, request_id: int, data: TransitionIn) -> RightsRequestRecord:
    """The moves that need no more data: 本人確認を開始, 再検討, 通知済, 完了, 取下げ."""
    entry = get(session, request_id)
    if (entry.status, data.to) not in PLAIN_TRANSITIONS:
        raise FieldError("status", "requests_transition_forbidden", 409)
    if data.on < entry.received_on:
        raise FieldError("on", "requests_before_received")
    if data.on > today_in_japan():
        raise FieldError("on", "date_in_future")
    values: dict[str, Any] = {}
    if data.to is Status.NOTIFIED:
        if data.on < (entry.decided_on or entry.received_on):
            raise FieldError("on", "requests_before_decided")
        values["notified_on"] = data.on
    elif data.to is Status.CLOSED:
        values["closed_on"] = data.on
    elif data.to is Status.WITHDRAWN:
        values["withdrawn_on"] = data.on
    elif data.to is Status.REVIEWING:  # 再検討: the earlier decision is set aside
        values.update(decision=None, judgement=None, facts=None, law_version=None, decided_on=None)
    return _move(session, entry, actor, data.to, values, data.version, f"requests.{data.to.value}")


def assign(session: Session, actor: User, request_id: int, data: AssignIn) -> RightsRequestRecord:
    entry = get(session, request_id)
    if data.assignee_id is not None:
        user = session.get(User, data.assignee_id)
        if user is None or not user.active:
            raise FieldError("assignee_id", "not_found")
    if entry.status not in OPEN_STATES:
        raise FieldError("status", "requests_closed", 409)
    changed = records.apply_update(session, entry, {"assignee_id": data.assignee_id}, data.version)
    if changed:
        _record(session, entry, actor, "requests.assign", {"assignee_id": data.assignee_id})
    return entry


def record_identity(session: Session, actor: User, request_id: int, data: IdentityIn) -> RightsRequestRecord:
    """本人確認の結果 (kinds of documents only) → 検討中. Unverified requests go on to be refused (第37条)."""
    entry = get(session, request_id)
    if entry.status is not Status.VERIFYING:
        raise FieldError("status", "requests_transition_forbidden", 409)
    if data.checked_on < entry.received_on:
        raise FieldError("checked_on", "requests_before_received")
    if data.verified and entry.requester_type is not RequesterType.PRINCIPAL and not data.agent_documents:
        raise FieldError("agent_documents", "requests_agent_documents_required")
    values = {"identity_verified": data.verified, "identity_documents": data.documents,
              "agent_documents": data.agent_documents, "identity_checked_on": data.checked_on}
    return _move(session, entry, actor, Status.REVIEWING, values, data.version, "requests.identity",
                 {"verified": data.verified})


def set_databases(session: Session, actor: User, request_id: int, database_ids: list[int]) -> list[int]:
    """The data located in the 台帳: link the request to the entries that hold the person's data."""
    entry = get(session, request_id)
    if entry.status not in OPEN_STATES:
        raise FieldError("status", "requests_closed", 409)
    ids = sorted(set(database_ids))
    for database_id in ids:
        if session.get(PersonalDatabase, database_id) is None:
            raise FieldError("database_ids", "not_found")
    session.execute(delete(RequestDatabase).where(RequestDatabase.request_id == entry.id))
    session.add_all(RequestDatabase(request_id=entry.id, database_id=i) for i in ids)
    session.flush()
    audit.append(session, actor_id=actor.id, action="requests.databases", target_type=entry.__tablename__,
                 target_id=entry.id, details={"database_ids": ids})
    return ids


def databases(session: Session, request_id: int) -> list[PersonalDatabase]:
    return list(session.scalars(select(PersonalDatabase).join(
        RequestDatabase, RequestDatabase.database_id == PersonalDatabase.id)
        .where(RequestDatabase.request_id == request_id).order_by(PersonalDatabase.id)))


# ------------------------------------------------------------------------------------------------ decision
def facts_for(entry: RightsRequestRecord, data: DecideIn) -> dict[str, Any]:
    """The ``rights-request`` judgement's facts from the record and the officer's findings."""
    kind = entry.kind.value
    facts: dict[str, Any] = {
        "request": _JUDGEMENT_REQUEST[kind],
        "requester": "appointed_agent" if entry.requester_type is RequesterType.AGENT else entry.requester_type.value,
        "identity_verified": bool(entry.identity_verified),
        "authority_verified": entry.requester_type is RequesterType.PRINCIPAL or bool(entry.agent_documents),
        "data_exists": data.data_exists,
        "fee_yen": data.fee_yen,
        "fee_actual_cost_yen": data.fee_actual_cost_yen,
    }
    if kind in DISCLOSURE_KINDS:
        facts.update(harm_to_person_or_third_party=data.harm_to_person_or_third_party,
                     serious_business_hindrance=data.serious_business_hindrance,
                     violates_other_law=data.violates_other_law, grounds_cover=data.grounds_cover,
                     requested_method=_JUDGEMENT_METHOD.get(entry.requested_method or ""),
                     requested_method_difficult=data.requested_method_difficult)
        if kind == "record_disclosure":
            facts["target"] = "provision_records"
    elif kind in CHANGE_KINDS:
        facts["content_untrue"] = data.content_untrue
    elif kind in STOP_KINDS:
        facts.update(grounds_found=data.grounds_found, difficult_with_alternative=data.difficult_with_alternative)
    else:
        facts["purpose_already_known"] = data.purpose_already_known
    return facts


def _consistent(judged: Any, data: DecideIn) -> None:  # noqa: ANN401
    """The decision may not go against what the judgement says the law requires."""
    if judged.outcome == "investigate":
        raise FieldError("content_untrue", "requests_investigate_first")
    if judged.outcome in ("verify_first", "use_set_procedure") and data.outcome != "none":
        raise FieldError("outcome", "requests_identity_unverified")
    if judged.outcome == "comply" and data.data_exists and data.outcome != "full":
        raise FieldError("outcome", "requests_must_comply")
    if judged.outcome == "comply_in_part" and data.outcome == "none":
        raise FieldError("outcome", "requests_must_comply_in_part")
    if not data.data_exists and data.outcome != "none":
        raise FieldError("outcome", "requests_no_data_outcome")


_CHECK_CODES = {
    "decision.refusals": "requests_refusals", "decision.method": "requests_method",
    "decision.method_reason": "requests_method_reason", "decision.action_taken": "requests_action_taken",
    "decision.alternative_measure": "requests_alternative_measure", "decision.fee": "requests_fee_not_allowed",
    "decision.outcome": "requests_identity_unverified", "decision.decided_on": "requests_before_received",
    "request.identity.agent_documents": "requests_agent_documents_required",
    "request.identity.documents": "requests_documents_required",
    "request.person_name": "requests_person_name_required",
}


def _letter_field(field: str) -> str:
    if field.startswith("decision.refusals"):
        return "refusals"
    if field.startswith("decision.fee"):
        return "fee_yen"
    return field.rsplit(".", 1)[-1]


def case_for(session: Session, entry: RightsRequestRecord, decision: dict[str, Any]) -> rights.RightsCase:
    """The :class:`hogo.cases.rights.RightsCase` of a record (the letter's input)."""
    org, s = organisation(session), setting(session)
    requester = {"type": _CASE_REQUESTER[entry.requester_type.value], "name": entry.requester_name,
                 "postal_code": entry.postal_code or None, "address": entry.address or None,
                 "email": entry.email or None, "relationship": entry.relationship or None}
    identity = {"verified": bool(entry.identity_verified), "documents": entry.identity_documents,
                "agent_documents": entry.agent_documents,
                "checked_on": entry.identity_checked_on.isoformat() if entry.identity_checked_on else None}
    return rights.RightsCase.model_validate_json(json.dumps({
        "organization": {"name": org.name, "address": org.address or None,
                         "representative": org.representative or None, "department": s.department or None,
                         "phone": s.phone or None, "email": s.email or None, "hours": s.hours or None},
        "request": {"id": entry.receipt_no, "kind": entry.kind.value, "received_on": entry.received_on.isoformat(),
                    "requester": requester, "person_name": entry.person_name or None, "identity": identity,
                    "subject": entry.subject, "requested_method": entry.requested_method,
                    "requested_change": entry.requested_change or None},
        "decision": decision,
        "target": {"days": s.target_days, "counting": s.counting},
        "letter_date": entry.notified_on.isoformat() if entry.notified_on else None,
    }, ensure_ascii=False))


def _decision_json(data: DecideIn) -> dict[str, Any]:
    decision: dict[str, Any] = {
        "outcome": data.outcome, "decided_on": data.decided_on.isoformat(),
        "refusals": [r.model_dump() for r in data.refusals],
        "method": data.method.value if data.method else None, "method_reason": data.method_reason or None,
        "delivery": data.delivery or None, "action_taken": data.action_taken or None,
        "alternative_measure": data.alternative_measure or None,
    }
    if data.fee_yen is not None:
        decision["fee"] = {"amount_yen": data.fee_yen, "payment": data.fee_payment,
                           "due_on": data.fee_due_on.isoformat() if data.fee_due_on else None}
    return decision


def decide(session: Session, actor: User, request_id: int, data: DecideIn) -> RightsRequestRecord:
    """決定: run the judgement (stored with reasons and law version), check the letter, 検討中 → 決定."""
    entry = get(session, request_id)
    if entry.status is not Status.REVIEWING:
        raise FieldError("status", "requests_transition_forbidden", 409)
    if data.decided_on < entry.received_on:
        raise FieldError("decided_on", "requests_before_received")
    judgement = JUDGEMENTS["rights-request"]
    try:
        facts = judgement.facts.model_validate({**facts_for(entry, data), "as_of": data.decided_on})
    except Exception as exc:  # noqa: BLE001 - a fact the judgement refuses → name the field
        raise FieldError("outcome", "requests_decision_invalid") from exc
    judged = judgement(facts, data.decided_on)
    _consistent(judged, data)
    decision = _decision_json(data)
    try:
        rights.letter(case_for(session, entry, decision))
    except FactsError as exc:
        key = "decision.refusals" if exc.field.startswith("decision.refusals") else exc.field
        raise FieldError(_letter_field(exc.field), _CHECK_CODES.get(key, "requests_decision_invalid")) from exc
    values = {"facts": facts.model_dump(mode="json"), "judgement": judged.model_dump(mode="json"),
              "law_version": judged.law_version.id, "decision": decision, "decided_on": data.decided_on}
    return _move(session, entry, actor, Status.DECIDED, values, data.version, "requests.decide",
                 {"outcome": data.outcome, "judgement_outcome": judged.outcome, "law_version": judged.law_version.id})


# ------------------------------------------------------------------------------------------------ letter
def letter(session: Session, request_id: int) -> rights.RightsLetter:
    entry = get(session, request_id)
    if entry.decision is None or entry.status not in (Status.DECIDED, Status.NOTIFIED, Status.CLOSED):
        raise FieldError("status", "requests_no_decision", 409)
    return rights.letter(case_for(session, entry, entry.decision))


def letter_html(session: Session, request_id: int) -> str:
    return render_html(compose.letter_document(letter(session, request_id)))


def letter_pdf(session: Session, request_id: int) -> bytes:
    return render_pdf(compose.letter_document(letter(session, request_id)))


# ------------------------------------------------------------------------------------------------ queries
def search(session: Session, query: str = "", status: str = "", open_only: bool = False,
           limit: int = 500) -> list[RightsRequestRecord]:
    statement = select(RightsRequestRecord).order_by(RightsRequestRecord.due_on, RightsRequestRecord.id)
    if query.strip():
        like = f"%{query.strip()}%"
        statement = statement.where(or_(RightsRequestRecord.receipt_no.ilike(like),
                                        RightsRequestRecord.requester_name.ilike(like),
                                        RightsRequestRecord.person_name.ilike(like),
                                        RightsRequestRecord.subject.ilike(like)))
    if status in Status.__members__.values():
        statement = statement.where(RightsRequestRecord.status == Status(status))
    if open_only:
        statement = statement.where(RightsRequestRecord.status.in_(OPEN_STATES))
    return list(session.scalars(statement.limit(limit)))


def is_overdue(entry: RightsRequestRecord, today: dt.date) -> bool:
    """Not yet answered (通知) and past the 遅滞なく target."""
    return entry.status in OPEN_STATES and entry.due_on < today


def overdue_requests(session: Session, today: dt.date) -> list[RightsRequestRecord]:
    """Open requests (受付〜決定, not yet notified) whose target date is before ``today`` (for the dashboard)."""
    return list(session.scalars(select(RightsRequestRecord)
                                .where(RightsRequestRecord.status.in_(OPEN_STATES),
                                       RightsRequestRecord.due_on < today)
                                .order_by(RightsRequestRecord.due_on, RightsRequestRecord.id)))


def history(session: Session, request_id: int) -> list[RecordRevision]:
    get(session, request_id)
    return records.history(session, RightsRequestRecord.__tablename__, request_id)


# ------------------------------------------------------------------------------------------------ rate limit
class RateLimiter:
    """Public form: at most ``limit`` submissions per client per ``window`` seconds (in memory, per process).

    Clients are told apart by a keyed hash of their address; the address itself is never stored or logged.
    """

    def __init__(self, limit: int = 5, window: float = 600.0) -> None:
        self.limit, self.window = limit, window
        self._key = secrets.token_bytes(16)
        self._hits: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    def allow(self, client: str) -> bool:
        import hashlib

        key = hashlib.blake2b(client.encode(), key=self._key, digest_size=16).hexdigest()
        now = time.monotonic()
        with self._lock:
            hits = [t for t in self._hits.get(key, []) if now - t < self.window]
            if len(hits) >= self.limit:
                self._hits[key] = hits
                return False
            hits.append(now)
            self._hits[key] = hits
            if len(self._hits) > 10_000:  # forget idle clients
                self._hits = {k: v for k, v in self._hits.items() if v and now - v[-1] < self.window}
            return True
