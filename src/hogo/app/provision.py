"""Third-party provision and receipt records (第三者提供記録 / 確認記録, 個人情報保護法第29条・第30条).

Recording a provision asks the decision layer twice: ``provision`` (may it be given, on what basis —
第27条・第28条) and ``provision-record`` (must a record be kept, which items, for how long — 第29条, 施行規則
第19条〜第21条). Both decisions are stored with their reasons and law version; the record keeps exactly the
items the judgement names and the retention deadline it implies (``hogo.law.calendar.years_end``: 民法第143条).
A provision without a lawful basis is still saved — the record is the evidence — but flagged (``alert``) and
shown on the dashboard. A receipt (受領) is judged by ``provision-record`` with ``role = recipient``; it is
flagged when the confirmations of 第30条第1項 (the provider's identity and how it acquired the data) are missing.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Annotated, Any, get_args

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator
from pydantic_core import PydanticCustomError
from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, String, Text, func, or_, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from hogo.app import records, register_csv
from hogo.app.consents import JAPAN, today_in_japan
from hogo.app.errors import FieldError, NotFound
from hogo.app.i18n import translate
from hogo.app.models import Base, DataCategory, PersonalDatabase, RecordRevision, User, _str_enum, VersionedColumns, utcnow
from hogo.law import JUDGEMENTS, FactsError
from hogo.law.calendar import years_end
from hogo.law.provision.records import RECORD_ITEM_LABEL
from hogo.law.provision.third_party import JointUseFacts, JointUseItem, OptOutFacts, OptOutItem

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Short = Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)]
Long = Annotated[str, StringConstraints(strip_whitespace=True, max_length=4000)]
Line = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]


class Direction(enum.StrEnum):
    PROVIDED = "provided"  # 提供した (第三者提供記録, 第29条)
    RECEIVED = "received"  # 提供を受けた (確認記録, 第30条)


class Basis(enum.StrEnum):
    """The basis the organisation relies on (提供の根拠)."""

    CONSENT = "consent"  # 本人の同意 (第27条第1項, 第28条第1項)
    EXCEPTION = "exception"  # 第27条第1項各号 (法令に基づく場合 等)
    OPT_OUT = "opt_out"  # オプトアウト (第27条第2項)
    OUTSOURCING = "outsourcing"  # 委託 (第27条第5項第1号)
    SUCCESSION = "succession"  # 事業の承継 (第27条第5項第2号)
    JOINT_USE = "joint_use"  # 共同利用 (第27条第5項第3号)
    NONE = "none"  # 根拠なし (the record is still kept, and flagged)


class ExceptionKind(enum.StrEnum):
    """Which exception of 第27条第1項 (the facts it needs are taken as asserted by the user)."""

    LAW = "law"  # 第1号 法令に基づく場合
    LIFE_BODY_PROPERTY = "life_body_property"  # 第2号 生命・身体・財産の保護 (同意を得ることが困難)
    PUBLIC_HEALTH_CHILDREN = "public_health_children"  # 第3号 公衆衛生・児童の健全育成 (同意を得ることが困難)
    PUBLIC_BODY_COOPERATION = "public_body_cooperation"  # 第4号 国の機関等への協力 (同意により支障)


class RecordMethod(enum.StrEnum):
    EACH_TIME = "each_time"  # 都度の記録
    BATCH = "batch"  # 継続的・反復的な提供の一括記録 (施行規則第19条第2項)
    CONTRACT_SUBSTITUTE = "contract_substitute"  # 契約書等による代替 (施行規則第19条第3項)


class ProvisionRecord(VersionedColumns, Base):
    """A provision or receipt record (第三者提供記録 / 確認記録) with the decisions that shaped it."""

    __tablename__ = "provision_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    direction: Mapped[Direction] = mapped_column(_str_enum(Direction))  # 提供 / 受領
    counterpart_name: Mapped[str] = mapped_column(String(200))  # 提供先 / 提供元の氏名又は名称
    counterpart_address: Mapped[str] = mapped_column(Text, default="")  # 住所 (受領: 確認事項)
    counterpart_representative: Mapped[str] = mapped_column(String(200), default="")  # 代表者の氏名
    counterpart_public_body: Mapped[bool] = mapped_column(Boolean, default=False)  # 国の機関・地方公共団体等
    database_id: Mapped[int | None] = mapped_column(ForeignKey("personal_database.id", ondelete="SET NULL"),
                                                    index=True)  # 対象の台帳
    data_items: Mapped[list[str]] = mapped_column(JSON)  # 個人データの項目
    persons: Mapped[str] = mapped_column(Text)  # 本人の氏名その他の本人を特定するに足りる事項 (or a description)
    basis: Mapped[Basis] = mapped_column(_str_enum(Basis))  # 提供の根拠
    exception_kind: Mapped[ExceptionKind | None] = mapped_column(_str_enum(ExceptionKind))  # 第27条第1項各号
    legal_basis: Mapped[str] = mapped_column(Text, default="")  # 根拠法令 (例: 刑事訴訟法第197条第2項)
    opt_out_items_notified: Mapped[bool] = mapped_column(Boolean, default=False)  # オプトアウト事項を通知・公表
    opt_out_commission_notified: Mapped[bool] = mapped_column(Boolean, default=False)  # 委員会への届出
    joint_use_items_notified: Mapped[bool] = mapped_column(Boolean, default=False)  # 共同利用事項を通知・公表
    sensitive: Mapped[bool] = mapped_column(Boolean, default=False)  # 要配慮個人情報を含む
    recipient_abroad: Mapped[bool] = mapped_column(Boolean, default=False)  # 外国にある第三者 (第28条)
    recipient_country: Mapped[str] = mapped_column(String(2), default="")  # ISO 3166-1
    recipient_equivalent_system: Mapped[bool] = mapped_column(Boolean, default=False)  # 基準適合体制
    foreign_information_provided: Mapped[bool] = mapped_column(Boolean, default=False)  # 第28条第2項の情報提供
    method: Mapped[RecordMethod] = mapped_column(_str_enum(RecordMethod))  # 記録の方法
    provided_on: Mapped[dt.date] = mapped_column(Date, index=True)  # 提供 (受領) した日
    last_provided_on: Mapped[dt.date | None] = mapped_column(Date)  # 一括記録: 最後の提供日
    transfer_means: Mapped[str] = mapped_column(Text, default="")  # 提供の方法 (手渡し, 暗号化メール …)
    provider_identity_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)  # 受領: 提供元の確認
    acquisition_history: Mapped[str] = mapped_column(Text, default="")  # 受領: 提供元の取得の経緯
    notes: Mapped[str] = mapped_column(Text, default="")  # 備考
    # what the decision layer said (stored as given: reasons, citations, law version)
    outcome: Mapped[str | None] = mapped_column(String(10))  # provision: allow / forbid (受領: null)
    alert: Mapped[str | None] = mapped_column(String(40), index=True)  # no_lawful_basis / confirmation_missing
    record_required: Mapped[bool] = mapped_column(Boolean)
    required_items: Mapped[list[str]] = mapped_column(JSON)  # 記録事項 (provision-record items)
    retention_years: Mapped[int | None] = mapped_column(Integer)
    retention_from: Mapped[dt.date | None] = mapped_column(Date)  # 保存期間の起算日
    retention_until: Mapped[dt.date | None] = mapped_column(Date, index=True)  # 保存期間の末日 (then delete)
    law_version: Mapped[str] = mapped_column(String(40))
    decision: Mapped[dict[str, Any]] = mapped_column(JSON)  # {"provision": …, "record": …} as the judgements gave


def _invalid(field: str, code: str) -> PydanticCustomError:
    return PydanticCustomError(code, f"{field}: {code}", {"field": field})


class ProvisionIn(BaseModel):
    """What a user enters for one provision or receipt."""

    model_config = ConfigDict(extra="forbid")

    direction: Direction = Direction.PROVIDED
    counterpart_name: Name  # 提供先 / 提供元
    counterpart_address: Long = ""
    counterpart_representative: Short = ""
    counterpart_public_body: bool = False
    database_id: int | None = Field(default=None, ge=1)
    data_items: list[Line] = Field(min_length=1)
    persons: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4000)]
    basis: Basis
    exception_kind: ExceptionKind | None = None
    legal_basis: Long = ""
    opt_out_items_notified: bool = False
    opt_out_commission_notified: bool = False
    joint_use_items_notified: bool = False
    sensitive: bool = False
    recipient_abroad: bool = False
    recipient_country: Annotated[str, StringConstraints(strip_whitespace=True, to_upper=True,
                                                        pattern=r"^([A-Z]{2})?$")] = ""
    recipient_equivalent_system: bool = False
    foreign_information_provided: bool = False
    method: RecordMethod = RecordMethod.EACH_TIME
    provided_on: dt.date
    last_provided_on: dt.date | None = None
    transfer_means: Long = ""
    provider_identity_confirmed: bool = False
    acquisition_history: Long = ""
    notes: Long = ""

    @model_validator(mode="after")
    def _consistent(self) -> ProvisionIn:
        today = today_in_japan()
        if self.provided_on > today:
            raise _invalid("provided_on", "date_in_future")
        if self.last_provided_on is not None and not self.provided_on <= self.last_provided_on <= today:
            raise _invalid("last_provided_on", "provision_last_provided_out_of_range")
        if self.basis is Basis.EXCEPTION and self.exception_kind is None:
            raise _invalid("exception_kind", "provision_exception_kind_required")
        if self.basis is not Basis.EXCEPTION and self.exception_kind is not None:
            raise _invalid("exception_kind", "provision_only_with_exception")
        if self.exception_kind is ExceptionKind.LAW and not self.legal_basis:
            raise _invalid("legal_basis", "provision_legal_basis_required")
        if self.recipient_abroad and not self.recipient_country:
            raise _invalid("recipient_country", "provision_country_required")
        if self.direction is Direction.RECEIVED and self.basis is Basis.NONE:
            raise _invalid("basis", "provision_receipt_basis_required")
        return self


class ProvisionUpdate(ProvisionIn):
    version: int = Field(ge=1)


class ProvisionOut(ProvisionIn):
    model_config = ConfigDict(from_attributes=True)

    id: int
    version: int
    outcome: str | None
    alert: str | None
    record_required: bool
    required_items: list[str]
    retention_years: int | None
    retention_from: dt.date | None
    retention_until: dt.date | None
    law_version: str
    decision: dict[str, Any]
    created_at: dt.datetime
    updated_at: dt.datetime


# ---------------------------------------------------------------------------------------------------------
# the decision layer


_NOT_THIRD_PARTY = {Basis.OUTSOURCING: "outsourcee", Basis.SUCCESSION: "successor", Basis.JOINT_USE: "joint_user"}
_EXCEPTION_FACTS: dict[ExceptionKind, dict[str, bool]] = {
    ExceptionKind.LAW: {"based_on_law": True},
    ExceptionKind.LIFE_BODY_PROPERTY: {"protect_life_body_property": True, "consent_difficult": True},
    ExceptionKind.PUBLIC_HEALTH_CHILDREN: {"public_health_or_children": True, "consent_difficult": True},
    ExceptionKind.PUBLIC_BODY_COOPERATION: {"cooperate_public_body": True, "consent_would_hinder": True},
}


def provision_facts(data: ProvisionIn, as_of: dt.date) -> dict[str, Any]:
    """The facts of the ``provision`` judgement (docs/cli.md) for a provision as entered."""
    facts: dict[str, Any] = {"as_of": as_of, "sensitive": data.sensitive, "consent": data.basis is Basis.CONSENT,
                             "recipient_abroad": data.recipient_abroad,
                             "recipient_equivalent_system": data.recipient_equivalent_system,
                             "foreign_information_provided": data.foreign_information_provided}
    if data.recipient_country:
        facts["recipient_country"] = data.recipient_country
    if data.basis in _NOT_THIRD_PARTY:
        facts["recipient"] = _NOT_THIRD_PARTY[data.basis]
    if data.basis is Basis.JOINT_USE:
        # "made known": every item the Act can ask for (the judgement checks the version's list)
        facts["joint_use"] = JointUseFacts(notified_items=list(get_args(JointUseItem)) if data.joint_use_items_notified
                                           else [])
    if data.basis is Basis.OPT_OUT:
        facts["opt_out"] = OptOutFacts(notified_items=list(get_args(OptOutItem)) if data.opt_out_items_notified else [],
                                       commission_notified=data.opt_out_commission_notified)
    if data.exception_kind is not None:
        facts.update(_EXCEPTION_FACTS[data.exception_kind])
        if data.exception_kind is ExceptionKind.LAW:
            facts["legal_basis"] = data.legal_basis[:200]
    return facts


def _record_basis(data: ProvisionIn, provision: dict[str, Any] | None) -> str:
    """The ``basis`` of ``provision-record``: what the provision rested on (or was claimed to)."""
    if provision is not None and provision["outcome"] == "allow":
        if provision["basis"] == "not_third_party":
            return str(provision["not_third_party"])
        if provision["basis"] in ("consent", "opt_out", "exception"):
            return str(provision["basis"])
    # forbidden (or no basis): recorded as a provision to a third party (第29条第1項 still applies)
    return "consent" if data.basis is Basis.NONE else data.basis.value


def judge(data: ProvisionIn, as_of: dt.date) -> dict[str, Any]:
    """Both judgements as stored: ``{"provision": … or None, "record": …}`` (JSON-ready)."""
    provision = None
    try:
        if data.direction is Direction.PROVIDED:
            judgement = JUDGEMENTS["provision"]
            facts = judgement.facts.model_validate(provision_facts(data, as_of))
            provision = judgement(facts, as_of).model_dump(mode="json")
        abroad_consent_route = (data.recipient_abroad and data.direction is Direction.PROVIDED and provision is not None
                                and provision["foreign_route"] not in ("designated_country", "equivalent_system",
                                                                       "no_foreign_rule", "exception"))
        record_basis = _record_basis(data, provision)
        record_facts = {"as_of": as_of, "role": "provider" if data.direction is Direction.PROVIDED else "recipient",
                        "basis": record_basis, "counterpart_public_body": data.counterpart_public_body,
                        "foreign_consent_route": abroad_consent_route and record_basis != "opt_out",
                        "method": data.method.value}
        judgement = JUDGEMENTS["provision-record"]
        record = judgement(judgement.facts.model_validate(record_facts), as_of).model_dump(mode="json")
    except FactsError as exc:
        raise FieldError(exc.field, "provision_facts_refused", 422) from None
    return {"provision": provision, "record": record}


def _alert(data: ProvisionIn, decision: dict[str, Any]) -> str | None:
    if decision["provision"] is not None and decision["provision"]["outcome"] == "forbid":
        return "no_lawful_basis"
    record = decision["record"]
    if data.direction is Direction.RECEIVED and record["required"] and not (
            data.provider_identity_confirmed and data.acquisition_history):
        return "confirmation_missing"
    return None


def _decided(data: ProvisionIn, as_of: dt.date) -> dict[str, Any]:
    """The stored columns that follow from the decisions (record items, retention deadline, alert)."""
    decision = judge(data, as_of)
    record = decision["record"]
    start: dt.date | None = None
    if record["required"]:
        start = as_of if record["retention_from"] == "record_made" else (data.last_provided_on or data.provided_on)
    years = record["retention_years"]
    provision = decision["provision"]
    return {"outcome": provision["outcome"] if provision else None, "alert": _alert(data, decision),
            "record_required": record["required"], "required_items": record["items"], "retention_years": years,
            "retention_from": start, "retention_until": years_end(start, years) if start and years else None,
            "law_version": (provision or record)["law_version"]["id"], "decision": decision}


def _values(data: ProvisionIn) -> dict[str, Any]:
    return data.model_dump(exclude={"version"})


def _check(session: Session, data: ProvisionIn) -> ProvisionIn:
    """The linked register entry must exist; its 要配慮 category makes the provision sensitive."""
    if data.database_id is None:
        return data
    entry = session.get(PersonalDatabase, data.database_id)
    if entry is None:
        raise FieldError("database_id", "not_found", 422)
    if DataCategory.SENSITIVE.value in entry.categories and not data.sensitive:
        return data.model_copy(update={"sensitive": True})
    return data


def out(entry: ProvisionRecord) -> ProvisionOut:
    return ProvisionOut.model_validate(entry)


def _snapshot(entry: ProvisionRecord) -> dict[str, Any]:
    return out(entry).model_dump(mode="json", exclude={"decision"})


def create(session: Session, actor: User, data: ProvisionIn) -> ProvisionRecord:
    data = _check(session, data)
    now = utcnow()
    entry = ProvisionRecord(**_values(data), **_decided(data, today_in_japan()), created_at=now, updated_at=now)
    session.add(entry)
    session.flush()
    records.record_change(session, entry, actor, "provision.create", _snapshot(entry),
                          {"alert": entry.alert, "law_version": entry.law_version})
    return entry


def update(session: Session, actor: User, record_id: int, data: ProvisionUpdate) -> ProvisionRecord:
    """Correct a record; the decisions are taken again (as of the day the record was made)."""
    entry = get(session, record_id)
    data = _check(session, data)
    made_on = entry.created_at.astimezone(JAPAN).date()
    values = _values(data) | _decided(data, made_on)
    changed = records.apply_update(session, entry, values, data.version)
    if changed:
        records.record_change(session, entry, actor, "provision.update", _snapshot(entry),
                              {"fields": changed, "alert": entry.alert})
    return entry


def get(session: Session, record_id: int) -> ProvisionRecord:
    entry = session.get(ProvisionRecord, record_id)
    if entry is None:
        raise NotFound()
    return entry


def search(session: Session, query: str = "", alerts_only: bool = False, limit: int = 500,
           offset: int = 0) -> list[ProvisionRecord]:
    statement = select(ProvisionRecord).order_by(ProvisionRecord.provided_on.desc(), ProvisionRecord.id.desc())
    if query.strip():
        like = f"%{query.strip()}%"
        statement = statement.where(or_(ProvisionRecord.counterpart_name.ilike(like),
                                        ProvisionRecord.persons.ilike(like), ProvisionRecord.notes.ilike(like)))
    if alerts_only:
        statement = statement.where(ProvisionRecord.alert.is_not(None))
    return list(session.scalars(statement.limit(limit).offset(offset)))


def history(session: Session, record_id: int) -> list[RecordRevision]:
    get(session, record_id)
    return records.history(session, ProvisionRecord.__tablename__, record_id)


def count_between(session: Session, first: dt.date, last: dt.date) -> int:
    return session.scalar(select(func.count()).select_from(ProvisionRecord)
                          .where(ProvisionRecord.provided_on.between(first, last))) or 0


def item_label(code: str, lang: str = "ja") -> str:
    ja, en = RECORD_ITEM_LABEL.get(code, (code, code))
    return ja if lang == "ja" else en


# ---------------------------------------------------------------------------------------------------------
# CSV (the register's writer: BOM/CP932, formula cells defused)

CSV_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "ID"), ("direction", "区分"), ("provided_on", "提供・受領日"), ("last_provided_on", "最後の提供日"),
    ("counterpart_name", "提供先・提供元"), ("counterpart_address", "住所"),
    ("counterpart_representative", "代表者"), ("data_items", "個人データの項目"), ("persons", "本人"),
    ("basis", "根拠"), ("legal_basis", "根拠法令"), ("recipient_country", "提供先の国"),
    ("outcome", "判断"), ("alert", "警告"), ("required_items", "記録事項"),
    ("retention_until", "保存期間の末日"), ("law_version", "法令の版"), ("transfer_means", "提供の方法"),
    ("notes", "備考"),
)
_CSV_LABELS = {"direction": {"provided": "提供", "received": "受領"},
               "basis": {"consent": "本人の同意", "exception": "第27条第1項各号", "opt_out": "オプトアウト",
                         "outsourcing": "委託", "succession": "事業の承継", "joint_use": "共同利用", "none": "根拠なし"},
               "outcome": {"allow": "可", "forbid": "不可"},
               "alert": {"no_lawful_basis": "根拠なし", "confirmation_missing": "確認未了"}}


def _csv_row(entry: ProvisionRecord) -> list[str]:
    row = []
    for field, _ in CSV_COLUMNS:
        value = getattr(entry, field)
        if field == "required_items":
            value = "\n".join(item_label(code) for code in value)
        elif isinstance(value, list):
            value = "\n".join(value)
        elif field in _CSV_LABELS and value is not None:
            value = _CSV_LABELS[field].get(str(value), str(value))
        row.append("" if value is None else value.isoformat() if isinstance(value, dt.date) else str(value))
    return row


def export_csv(entries: list[ProvisionRecord], encoding: register_csv.Encoding) -> bytes:
    return register_csv.write_csv([heading for _, heading in CSV_COLUMNS], [_csv_row(e) for e in entries], encoding)


CONSENT_CSV_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "ID"), ("subject_name", "本人の氏名"), ("subject_ref", "管理番号"), ("scope", "同意の種類"),
    ("purpose", "同意の対象"), ("database_id", "台帳ID"), ("recipient", "提供先"), ("method", "取得方法"),
    ("oral_record", "口頭の場合の記録"), ("given_by", "同意した人"), ("representative_name", "法定代理人"),
    ("representative_relation", "本人との関係"), ("obtained_on", "同意日"), ("withdrawn_on", "撤回日"),
    ("notes", "備考"),
)


def export_consents_csv(entries: list[Any], encoding: register_csv.Encoding) -> bytes:
    """Consent records (同意記録) as CSV, with the same writer; codes shown as their Japanese labels."""
    prefixes = {"scope": "scope", "method": "method", "given_by": "giver"}
    rows = []
    for entry in entries:
        row = []
        for column, _ in CONSENT_CSV_COLUMNS:
            value = getattr(entry, column)
            if column in prefixes:
                value = translate("ja", f"{prefixes[column]}.{value.value}")
            row.append("" if value is None else value.isoformat() if isinstance(value, dt.date) else str(value))
        rows.append(row)
    return register_csv.write_csv([heading for _, heading in CONSENT_CSV_COLUMNS], rows, encoding)
