"""Contractors (委託先): register, selection checks, contract clauses, periodic review, re-entrustment.

個人情報保護法第25条 (委託先の監督; 旧第22条): an entruster must supervise its contractor necessarily and
appropriately — choose a contractor whose safety measures were checked in advance, put the measures into the
contract, and grasp how the contract is kept. Schools: 私立学校ガイドライン 第三4(一)(二), clauses ①–⑧
(spec schools-guideline.md §3.10). My Number: 番号法第11条 (supervision; the 8 mandatory clauses and 2
desirable ones) and 第10条 (re-entrustment only with the 許諾 of the ORIGINAL entruster 最初の委託者, at every
level), decided by the ``mynumber-entrust`` judgement (hogo.law.mynumber_lifecycle).

Our organisation is the original entruster (甲) of every chain in this register: a contractor with no parent is
a direct contractor (tier 1, 乙); a re-entrustee (丙, 丁 …) has the contractor that re-entrusted to it as parent.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator
from pydantic_core import PydanticCustomError
from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from hogo.app import audit, notifications, records
from hogo.app.consents import today_in_japan
from hogo.app.errors import FieldError, NotFound
from hogo.app.models import Base, PersonalDatabase, RecordRevision, Role, User, _str_enum, VersionedColumns, utcnow
from hogo.app.permissions import Permission as Access
from hogo.law import JUDGEMENTS
from hogo.law.core import LawVersionRef, reason
from hogo.law.versions import LawNotInForceError, version_at

Text4000 = Annotated[str, StringConstraints(strip_whitespace=True, max_length=4000)]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]

APPI_SUPERVISION = "個人情報保護法第25条"
SCHOOL_GL = "私立学校における生徒等に関する個人情報の適正な取扱いを確保するために事業者が講ずべき措置に関する指針 第三4"
MYNUMBER_GL = "特定個人情報の適正な取扱いに関するガイドライン(事業者編)第4-2-(1)"


@dataclass(frozen=True)
class CatalogueItem:
    """One selection check or contract clause: an id, its text in both languages, whether it is required, source."""

    id: str
    ja: str
    en: str
    required: bool
    source: str


# 選定時の確認事項: the same four points for both regimes (番号法ガイドライン第4-2-(1)1B; 学校: 選定基準 第三4(一)).
SELECTION_CHECKS: tuple[CatalogueItem, ...] = (
    CatalogueItem("equipment", "委託先の設備", "the contractor's equipment", True, f"{MYNUMBER_GL}1B; {SCHOOL_GL}(一)"),
    CatalogueItem("technical_level", "技術水準", "its technical level", True, f"{MYNUMBER_GL}1B; {SCHOOL_GL}(一)"),
    CatalogueItem("staff_supervision", "従業者に対する監督・教育の状況", "its supervision and education of staff", True,
                  f"{MYNUMBER_GL}1B; {SCHOOL_GL}(一)"),
    CatalogueItem("management_environment", "経営環境", "its management environment", True,
                  f"{MYNUMBER_GL}1B; {SCHOOL_GL}(一)"),
)

# 委託契約の条項. ``appi``: the school guideline's ①–⑧ (解説2); ``mynumber``: the codes of the judgement.
CLAUSES: dict[str, tuple[CatalogueItem, ...]] = {
    "appi": (
        CatalogueItem("no_leak_misuse", "①従業者が知り得た個人情報を漏らし、又は盗用してはならないこと",
                      "① staff must not leak or misappropriate personal information", True, f"{SCHOOL_GL}(二)①"),
        CatalogueItem("subcontract_written_report", "②再委託を行うに当たっては委託元へ文書をもって報告すること",
                      "② subcontracting is reported to the entruster in writing", True, f"{SCHOOL_GL}(二)②"),
        CatalogueItem("period_stated", "③委託契約期間", "③ the contract period", True, f"{SCHOOL_GL}(二)③"),
        CatalogueItem("return_or_delete", "④利用目的達成後の個人データの返却又は委託先における破棄若しくは削除",
                      "④ return, or destruction/deletion at the contractor, after the purpose is achieved", True,
                      f"{SCHOOL_GL}(二)④"),
        CatalogueItem("no_processing_outside_scope", "⑤委託契約範囲外の加工・改ざん等の禁止又は制限",
                      "⑤ no processing or alteration outside the contract", True, f"{SCHOOL_GL}(二)⑤"),
        CatalogueItem("no_copy", "⑥委託契約範囲外の複写・複製の禁止(安全管理上必要なバックアップを除く)",
                      "⑥ no copying outside the contract (except backups needed for security)", True,
                      f"{SCHOOL_GL}(二)⑥"),
        CatalogueItem("incident_report_duty", "⑦漏えい等の事故が発生した際の委託元への報告義務",
                      "⑦ a duty to report a leak or other accident to the entruster", True, f"{SCHOOL_GL}(二)⑦"),
        CatalogueItem("liability_defined", "⑧漏えい等の事故が発生した際の委託先の責任",
                      "⑧ the contractor's responsibility for a leak or other accident", True, f"{SCHOOL_GL}(二)⑧"),
    ),
    "mynumber": (
        CatalogueItem("confidentiality", "①秘密保持義務", "① confidentiality", True, f"{MYNUMBER_GL}1B"),
        CatalogueItem("no_take_out", "②事業所内からの特定個人情報の持出しの禁止", "② no taking the data out of the premises",
                      True, f"{MYNUMBER_GL}1B"),
        CatalogueItem("no_other_purpose", "③特定個人情報の目的外利用の禁止", "③ no use beyond the purpose", True,
                      f"{MYNUMBER_GL}1B"),
        CatalogueItem("reentrustment_conditions", "④再委託における条件", "④ conditions of re-entrustment", True,
                      f"{MYNUMBER_GL}1B"),
        CatalogueItem("leak_responsibility", "⑤漏えい等事案が発生した場合の委託先の責任",
                      "⑤ the contractor's responsibility for a leak", True, f"{MYNUMBER_GL}1B"),
        CatalogueItem("return_or_disposal", "⑥委託契約終了後の特定個人情報の返却又は廃棄",
                      "⑥ return or disposal after the contract ends", True, f"{MYNUMBER_GL}1B"),
        CatalogueItem("staff_supervision_education", "⑦従業者に対する監督・教育", "⑦ supervision and education of staff",
                      True, f"{MYNUMBER_GL}1B"),
        CatalogueItem("compliance_reporting", "⑧契約内容の遵守状況についての報告", "⑧ reports on compliance", True,
                      f"{MYNUMBER_GL}1B"),
        CatalogueItem("designated_handlers", "(望ましい)特定個人情報を取り扱う従業者の明確化",
                      "(desirable) naming the staff who handle the data", False, f"{MYNUMBER_GL}1B"),
        CatalogueItem("onsite_inspection", "(望ましい)委託者が実地の調査を行えること",
                      "(desirable) the entruster's right to inspect on site", False, f"{MYNUMBER_GL}1B"),
    ),
}


class Regime(enum.StrEnum):
    APPI = "appi"  # 個人データの取扱いの委託 (個人情報保護法第25条)
    MYNUMBER = "mynumber"  # 個人番号関係事務の委託 (番号法第10条・第11条)


class Permission(enum.StrEnum):
    """Whose 許諾 a re-entrustment has."""

    ORIGINAL_ENTRUSTER = "original_entruster"  # 最初の委託者(当組織)の許諾
    INTERMEDIATE_ONLY = "intermediate_only"  # 直前の委託者の許諾のみ
    NONE = "none"  # 許諾なし


class Contractor(VersionedColumns, Base):
    """A contractor (委託先) or a re-entrustee (再委託先) of our organisation's data."""

    __tablename__ = "contractor"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))  # 委託先の名称
    service: Mapped[str] = mapped_column(Text)  # 委託する業務
    regime: Mapped[Regime] = mapped_column(_str_enum(Regime))  # 個人データ / 特定個人情報
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("contractor.id", ondelete="RESTRICT"), index=True)
    tier: Mapped[int] = mapped_column(Integer)  # 1 = 直接の委託先, 2+ = 再委託先
    contact: Mapped[str] = mapped_column(Text, default="")  # 所在地・連絡先
    contract_start: Mapped[dt.date | None] = mapped_column(Date)  # 委託契約期間
    contract_end: Mapped[dt.date | None] = mapped_column(Date)
    database_ids: Mapped[list[int]] = mapped_column(JSON)  # 取り扱う個人データ (台帳)
    selection_checks: Mapped[list[str]] = mapped_column(JSON)  # 選定時に確認した事項
    selected_on: Mapped[dt.date | None] = mapped_column(Date)  # 選定時の確認日
    clauses: Mapped[list[str]] = mapped_column(JSON)  # 契約に盛り込んだ条項
    monitors_subcontractors: Mapped[bool] = mapped_column(Boolean, default=False)  # 再委託先の監督を確認している
    last_reviewed_on: Mapped[dt.date | None] = mapped_column(Date)  # 直近の見直し
    next_review_on: Mapped[dt.date | None] = mapped_column(Date)  # 次回の見直し予定
    evaluation: Mapped[dict[str, Any]] = mapped_column(JSON)  # the decision with reasons and law version
    notes: Mapped[str] = mapped_column(Text, default="")


class ContractorReview(Base):
    """A periodic review (取扱状況の把握・見直し) of a contractor."""

    __tablename__ = "contractor_review"

    id: Mapped[int] = mapped_column(primary_key=True)
    contractor_id: Mapped[int] = mapped_column(ForeignKey("contractor.id", ondelete="CASCADE"), index=True)
    reviewed_on: Mapped[dt.date] = mapped_column(Date)
    result: Mapped[str] = mapped_column(String(20))  # ok 問題なし / improve 改善を求めた / terminate 契約見直し
    note: Mapped[str] = mapped_column(Text, default="")
    next_review_on: Mapped[dt.date] = mapped_column(Date)
    actor_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Reentrustment(Base):
    """A re-entrustment request (再委託の申出) and the decision on it; when allowed, the re-entrustee's record."""

    __tablename__ = "contractor_reentrustment"

    id: Mapped[int] = mapped_column(primary_key=True)
    contractor_id: Mapped[int] = mapped_column(ForeignKey("contractor.id", ondelete="CASCADE"), index=True)
    subcontractor_name: Mapped[str] = mapped_column(String(200))  # 再委託先
    service: Mapped[str] = mapped_column(Text)  # 再委託する業務
    requested_on: Mapped[dt.date] = mapped_column(Date)
    permission: Mapped[Permission] = mapped_column(_str_enum(Permission))  # 許諾
    permission_by: Mapped[str] = mapped_column(String(200), default="")  # 許諾した者
    permitted_on: Mapped[dt.date | None] = mapped_column(Date)  # 許諾日
    written_report: Mapped[bool] = mapped_column(Boolean, default=False)  # 文書による報告を受けた (学校 ②)
    outcome: Mapped[str] = mapped_column(String(20))  # allow / forbid
    decision: Mapped[dict[str, Any]] = mapped_column(JSON)
    child_id: Mapped[int | None] = mapped_column(ForeignKey("contractor.id", ondelete="SET NULL"))
    actor_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


def _err(field: str, code: str) -> PydanticCustomError:
    return PydanticCustomError(code, f"{field}: {code}", {"field": field})


class ContractorIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: Name
    service: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4000)]
    regime: Regime = Regime.APPI
    contact: Text4000 = ""
    contract_start: dt.date | None = None
    contract_end: dt.date | None = None
    database_ids: list[int] = Field(default_factory=list)
    selection_checks: list[str] = Field(default_factory=list)
    selected_on: dt.date | None = None
    clauses: list[str] = Field(default_factory=list)
    monitors_subcontractors: bool = False
    next_review_on: dt.date | None = None
    notes: Text4000 = ""

    @model_validator(mode="after")
    def _check(self) -> ContractorIn:
        if self.contract_start and self.contract_end and self.contract_end < self.contract_start:
            raise _err("contract_end", "contractors_end_before_start")
        checks = {c.id for c in SELECTION_CHECKS}
        if any(c not in checks for c in self.selection_checks):
            raise _err("selection_checks", "contractors_unknown_item")
        clauses = {c.id for c in CLAUSES[self.regime.value]}
        if any(c not in clauses for c in self.clauses):
            raise _err("clauses", "contractors_unknown_item")
        if self.selection_checks and self.selected_on is None:
            raise _err("selected_on", "contractors_selected_on_required")
        if self.selected_on and self.selected_on > today_in_japan():
            raise _err("selected_on", "date_in_future")
        self.selection_checks = [c.id for c in SELECTION_CHECKS if c.id in self.selection_checks]
        self.clauses = [c.id for c in CLAUSES[self.regime.value] if c.id in self.clauses]
        self.database_ids = sorted(set(self.database_ids))
        return self


class ContractorUpdate(ContractorIn):
    version: int = Field(ge=1)


class ReviewIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reviewed_on: dt.date
    result: Literal["ok", "improve", "terminate"]
    note: Text4000 = ""
    next_review_on: dt.date
    version: int = Field(ge=1)

    @model_validator(mode="after")
    def _check(self) -> ReviewIn:
        if self.reviewed_on > today_in_japan():
            raise _err("reviewed_on", "date_in_future")
        if self.next_review_on <= self.reviewed_on:
            raise _err("next_review_on", "contractors_next_review_not_after")
        return self


class ReentrustIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    subcontractor_name: Name
    service: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4000)]
    requested_on: dt.date
    permission: Permission = Permission.NONE
    permission_by: Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)] = ""
    permitted_on: dt.date | None = None
    written_report: bool = False

    @model_validator(mode="after")
    def _check(self) -> ReentrustIn:
        if self.requested_on > today_in_japan():
            raise _err("requested_on", "date_in_future")
        if self.permission is not Permission.NONE:
            if not self.permission_by:
                raise _err("permission_by", "contractors_permission_details")
            if self.permitted_on is None:
                raise _err("permitted_on", "contractors_permission_details")
            if self.permitted_on > today_in_japan():
                raise _err("permitted_on", "date_in_future")
        return self


# ---------------------------------------------------------------------------------------------------------------
# Decisions: My Number through the registered judgement; personal data through the pure function below.
# ---------------------------------------------------------------------------------------------------------------
def _law_ref(law: Literal["appi", "mynumber"], day: dt.date, field: str) -> LawVersionRef:
    try:
        return LawVersionRef.of(version_at(law, day))
    except LawNotInForceError:
        raise FieldError(field, "contractors_law_not_in_force") from None


def _mynumber(facts: dict[str, Any], day: dt.date, field: str) -> dict[str, Any]:
    _law_ref("mynumber", day, field)
    judgement = JUDGEMENTS["mynumber-entrust"]
    decision = judgement(judgement.facts.model_validate(facts), day)
    return decision.model_dump(mode="json")


def review_appi_entrustment(selection_checks: list[str], clauses: list[str], has_subcontractors: bool,
                            monitors_subcontractors: bool, day: dt.date) -> dict[str, Any]:
    """個人データの委託 (第25条): which selection checks and contract clauses ①–⑧ are missing. Pure."""
    law = _law_ref("appi", day, "selected_on")
    reasons, missing = [], []
    checks = [c for c in SELECTION_CHECKS if c.id not in selection_checks]
    if checks:
        missing += [c.id for c in checks]
        reasons.append(reason(
            "委託先の選定に当たり、安全管理措置が確実に講じられるかを事前に確認します。未確認: " + "、".join(c.ja for c in checks),
            "Check in advance that the contractor will take the safety measures. Not checked: "
            + ", ".join(c.en for c in checks), APPI_SUPERVISION, f"{SCHOOL_GL}(一)"))
    absent = [c for c in CLAUSES["appi"] if c.id not in clauses]
    if absent:
        missing += [c.id for c in absent]
        reasons.append(reason(
            "委託契約に委託先が講ずべき安全管理措置を明確にします。欠けている条項: " + "、".join(c.ja for c in absent),
            "The contract must state the contractor's safety measures. Missing clauses: "
            + ", ".join(c.en for c in absent), APPI_SUPERVISION, f"{SCHOOL_GL}(二)"))
    if has_subcontractors and not monitors_subcontractors:
        missing.append("indirect_supervision")
        reasons.append(reason(
            "再委託されている場合、委託先が再委託先を適切に監督しているかを確認します(再委託先を含めた監督)。",
            "With subcontracting, check that the contractor supervises its subcontractors.",
            APPI_SUPERVISION, "個人情報の保護に関する基本方針 6(1)②"))
    if not missing:
        reasons.append(reason("選定時の確認と契約条項①〜⑧がそろっています。定期的に取扱状況を把握し見直します。",
                              "Selection checks and clauses ①–⑧ are complete; keep reviewing how the work is done.",
                              APPI_SUPERVISION, SCHOOL_GL))
    return {"as_of": day.isoformat(), "law_version": law.model_dump(mode="json"),
            "reasons": [r.model_dump() for r in reasons], "outcome": "require" if missing else "allow",
            "missing": missing}


def review_appi_reentrustment(permission: Permission, written_report: bool, day: dt.date) -> dict[str, Any]:
    """個人データの再委託: the entruster's 許諾 (by contract) and a written report (学校 ②) are needed. Pure."""
    law = _law_ref("appi", day, "requested_on")
    reasons = []
    if permission is Permission.NONE:
        reasons.append(reason(
            "委託元の許諾がない再委託は認められません。委託元は再委託先を含めて委託先を監督する必要があり、再委託の条件は契約で定めます。",
            "A re-entrustment without the entruster's permission is refused: the entruster supervises the "
            "contractor including its subcontractors, and the contract sets the conditions of re-entrustment.",
            APPI_SUPERVISION, "個人情報の保護に関する基本方針 6(1)②"))
    if not written_report:
        reasons.append(reason("再委託を行うに当たっては、委託先から文書をもって報告を受けます(契約条項②)。",
                              "The contractor must report the subcontracting in writing (clause ②).",
                              APPI_SUPERVISION, f"{SCHOOL_GL}(二)②"))
    outcome = "forbid" if reasons else "allow"
    if not reasons:
        reasons.append(reason("委託元の許諾と文書による報告があるため、再委託を認めます。再委託先も監督の対象です。",
                              "With the entruster's permission and a written report the re-entrustment is allowed; "
                              "the re-entrustee is supervised too.", APPI_SUPERVISION, f"{SCHOOL_GL}(二)②"))
    return {"as_of": day.isoformat(), "law_version": law.model_dump(mode="json"),
            "reasons": [r.model_dump() for r in reasons], "outcome": outcome,
            "missing": [] if outcome == "allow" else ["entruster_permission" if permission is Permission.NONE
                                                      else "written_report"]}


def evaluate(session: Session, contractor_id: int | None, regime: Regime, selection_checks: list[str],
             clauses: list[str], monitors_subcontractors: bool, day: dt.date) -> dict[str, Any]:
    """The decision on a contractor's selection checks and contract clauses, with reasons and the law version."""
    has_subs = contractor_id is not None and session.scalar(
        select(Contractor.id).where(Contractor.parent_id == contractor_id).limit(1)) is not None
    if regime is Regime.MYNUMBER:
        return _mynumber({"action": "entrust", "selection_checks": selection_checks, "contract_clauses": clauses,
                          "has_subcontractors": has_subs, "monitors_subcontractors": monitors_subcontractors},
                         day, "selected_on")
    return review_appi_entrustment(selection_checks, clauses, has_subs, monitors_subcontractors, day)


def _evaluate(session: Session, c: Contractor, day: dt.date) -> dict[str, Any]:
    return evaluate(session, c.id, c.regime, c.selection_checks, c.clauses, c.monitors_subcontractors, day)


# ---------------------------------------------------------------------------------------------------------------
# Services
# ---------------------------------------------------------------------------------------------------------------
SNAPSHOT = ("name", "service", "regime", "parent_id", "tier", "contact", "contract_start", "contract_end",
            "database_ids", "selection_checks", "selected_on", "clauses", "monitors_subcontractors",
            "last_reviewed_on", "next_review_on", "notes", "version")


def snapshot(c: Contractor) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in SNAPSHOT:
        v = getattr(c, f)
        out[f] = v.isoformat() if isinstance(v, dt.date) else (v.value if isinstance(v, enum.Enum) else v)
    out["evaluation_outcome"] = c.evaluation.get("outcome")
    return out


def _check_databases(session: Session, ids: list[int]) -> None:
    for i in ids:
        if session.get(PersonalDatabase, i) is None:
            raise FieldError("database_ids", "not_found", 422)


def _check_scope(actor: User, regime: Regime) -> None:
    """事務取扱担当者 keep only the contractors of My Number work (as in the register, register.py)."""
    if actor.role is Role.MYNUMBER_HANDLER and regime is not Regime.MYNUMBER:
        raise FieldError("regime", "mynumber_handler_scope", 403)


def create(session: Session, actor: User, data: ContractorIn, parent: Contractor | None = None) -> Contractor:
    _check_scope(actor, data.regime)
    _check_databases(session, data.database_ids)
    now = utcnow()
    c = Contractor(**data.model_dump(), parent_id=parent.id if parent else None,
                   tier=parent.tier + 1 if parent else 1, evaluation={}, created_at=now, updated_at=now)
    if parent is not None and c.regime is not parent.regime:
        raise FieldError("regime", "contractors_regime_of_parent")
    c.evaluation = evaluate(session, None, c.regime, c.selection_checks, c.clauses, c.monitors_subcontractors,
                            today_in_japan())
    session.add(c)
    session.flush()
    records.record_change(session, c, actor, "contractor.create", snapshot(c))
    return c


def update(session: Session, actor: User, contractor_id: int, data: ContractorUpdate) -> Contractor:
    c = get(session, contractor_id)
    _check_scope(actor, c.regime)
    _check_scope(actor, data.regime)
    _check_databases(session, data.database_ids)
    if c.parent_id is not None and data.regime is not c.regime:
        raise FieldError("regime", "contractors_regime_of_parent")
    values = data.model_dump(exclude={"version"})
    values["evaluation"] = evaluate(session, c.id, data.regime, data.selection_checks, data.clauses,
                                    data.monitors_subcontractors, today_in_japan())
    changed = records.apply_update(session, c, values, data.version)
    if changed:
        records.record_change(session, c, actor, "contractor.update", snapshot(c),
                              {"fields": [f for f in changed if f != "evaluation"]})
    return c


def add_review(session: Session, actor: User, contractor_id: int, data: ReviewIn) -> ContractorReview:
    c = get(session, contractor_id)
    _check_scope(actor, c.regime)
    review = ContractorReview(contractor_id=c.id, reviewed_on=data.reviewed_on, result=data.result, note=data.note,
                              next_review_on=data.next_review_on, actor_id=actor.id)
    session.add(review)
    records.apply_update(session, c, {"last_reviewed_on": data.reviewed_on, "next_review_on": data.next_review_on,
                                      "evaluation": _evaluate(session, c, data.reviewed_on)}, data.version)
    records.record_change(session, c, actor, "contractor.review", snapshot(c),
                          {"review_id": review.id, "result": data.result})
    return review


def request_reentrustment(session: Session, actor: User, contractor_id: int, data: ReentrustIn) -> Reentrustment:
    """Decide a re-entrustment request. Allowed: the re-entrustee is registered under the contractor.
    Refused: the request is kept with the decision's reasons and no re-entrustee is created."""
    c = get(session, contractor_id)
    _check_scope(actor, c.regime)
    if data.permission is Permission.INTERMEDIATE_ONLY and c.tier == 1:
        raise FieldError("permission", "contractors_no_intermediate")  # our direct contractor's entruster is us
    if c.regime is Regime.MYNUMBER:
        decision = _mynumber({"action": "reentrust", "permission": data.permission.value}, data.requested_on,
                             "requested_on")
    else:
        decision = review_appi_reentrustment(data.permission, data.written_report, data.requested_on)
    request = Reentrustment(contractor_id=c.id, **data.model_dump(), outcome=decision["outcome"], decision=decision,
                            actor_id=actor.id)
    if decision["outcome"] == "allow":
        child = create(session, actor, ContractorIn(name=data.subcontractor_name, service=data.service,
                                                    regime=c.regime, database_ids=c.database_ids,
                                                    notes=""), parent=c)
        request.child_id = child.id
        changed = records.apply_update(session, c, {"evaluation": _evaluate(session, c, today_in_japan())}, c.version)
        if changed:  # the entruster now has re-entrustees to supervise (indirect supervision)
            records.record_change(session, c, actor, "contractor.update", snapshot(c), {"fields": changed})
    session.add(request)
    session.flush()
    audit.append(session, actor_id=actor.id, action=f"contractor.reentrust.{decision['outcome']}",
                 target_type=Contractor.__tablename__, target_id=c.id,
                 details={"request_id": request.id, "permission": data.permission.value,
                          "child_id": request.child_id})
    return request


def get(session: Session, contractor_id: int) -> Contractor:
    c = session.get(Contractor, contractor_id)
    if c is None:
        raise NotFound()
    return c


def search(session: Session, limit: int = 1000) -> list[Contractor]:
    return list(session.scalars(select(Contractor).order_by(Contractor.tier, Contractor.id).limit(limit)))


def children(session: Session, contractor_id: int) -> list[Contractor]:
    return list(session.scalars(select(Contractor).where(Contractor.parent_id == contractor_id)
                                .order_by(Contractor.id)))


def chain(session: Session, c: Contractor) -> list[Contractor]:
    """The entrustment chain from our direct contractor down to ``c`` (乙 → 丙 → 丁)."""
    out = [c]
    while out[0].parent_id is not None:
        out.insert(0, get(session, out[0].parent_id))
    return out


def reviews(session: Session, contractor_id: int) -> list[ContractorReview]:
    return list(session.scalars(select(ContractorReview).where(ContractorReview.contractor_id == contractor_id)
                                .order_by(ContractorReview.reviewed_on.desc(), ContractorReview.id.desc())))


def requests(session: Session, contractor_id: int) -> list[Reentrustment]:
    return list(session.scalars(select(Reentrustment).where(Reentrustment.contractor_id == contractor_id)
                                .order_by(Reentrustment.id.desc())))


def databases_of(session: Session, c: Contractor) -> list[PersonalDatabase]:
    return [d for i in c.database_ids if (d := session.get(PersonalDatabase, i)) is not None]


def history(session: Session, contractor_id: int) -> list[RecordRevision]:
    get(session, contractor_id)
    return records.history(session, Contractor.__tablename__, contractor_id)


# ---------------------------------------------------------------------------------------------------------------
# End of contract: return / deletion of the data, confirmed with evidence (返却・削除の確認)
# 通則ガイドライン 3-4-4: the contract provides for 委託契約終了後の個人データの返却・削除; 番号法ガイドライン
# 第4-2-(1)1B clause ⑥ 委託契約終了後の特定個人情報の返却又は廃棄, and 第4-3-(3)B / 別添1 §2Ed: when deletion or
# disposal is outsourced, confirm by a certificate etc. (証明書等により確認) — spec mynumber-and-pia.md R-DEL-3, §6.11.
# ---------------------------------------------------------------------------------------------------------------
END_GL = "個人情報の保護に関する法律についてのガイドライン(通則編)3-4-4"
MYNUMBER_DISPOSAL_GL = "特定個人情報の適正な取扱いに関するガイドライン(事業者編)第4-3-(3)B"


class DisposalMethod(enum.StrEnum):
    RETURN = "return"  # 返却
    DELETION = "deletion"  # 削除
    DESTRUCTION = "destruction"  # 廃棄
    MIXED = "mixed"  # 返却と削除・廃棄の併用


class EvidenceKind(enum.StrEnum):
    NONE = "none"  # 未受領
    CERTIFICATE = "certificate"  # 削除・廃棄証明書
    REPORT = "report"  # 削除・廃棄の報告書
    RETURN_RECEIPT = "return_receipt"  # 返却物の受領記録
    OTHER = "other"  # その他


class EndOutcome(enum.StrEnum):
    CONFIRMED = "confirmed"  # 確認済み
    PENDING = "pending"  # 確認待ち
    PROBLEM = "problem"  # 問題あり


class ContractEnd(VersionedColumns, Base):
    """The end of a contractor's contract: how the data were returned or deleted, and the evidence checked.
    One per contractor (a contract is ended once); pending or problem records are completed later."""

    __tablename__ = "contractor_end"

    id: Mapped[int] = mapped_column(primary_key=True)
    contractor_id: Mapped[int] = mapped_column(ForeignKey("contractor.id", ondelete="CASCADE"),
                                               index=True, unique=True)
    ended_on: Mapped[dt.date] = mapped_column(Date)  # 委託契約の終了日
    method: Mapped[DisposalMethod] = mapped_column(_str_enum(DisposalMethod, 20))  # 返却 / 削除 / 廃棄 / 併用
    database_ids: Mapped[list[int]] = mapped_column(JSON)  # 対象の個人データ (台帳; the contractor's)
    evidence_kind: Mapped[EvidenceKind] = mapped_column(_str_enum(EvidenceKind, 20))  # 証明書の種類
    document_ref: Mapped[str] = mapped_column(String(200), default="")  # 証明書等の番号・文書番号
    received_on: Mapped[dt.date | None] = mapped_column(Date)  # 受領日
    checked_by: Mapped[str] = mapped_column(String(200), default="")  # 確認した者 (責任者)
    outcome: Mapped[EndOutcome] = mapped_column(_str_enum(EndOutcome, 20))  # 確認済み / 確認待ち / 問題あり
    note: Mapped[str] = mapped_column(Text, default="")
    actor_id: Mapped[int | None] = mapped_column(Integer)


class ContractEndIn(BaseModel):
    """The contract-end form. ``version`` is the record's (updates only)."""

    model_config = ConfigDict(extra="forbid")

    ended_on: dt.date
    method: DisposalMethod
    database_ids: list[int] = Field(default_factory=list)
    evidence_kind: EvidenceKind = EvidenceKind.NONE
    document_ref: Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)] = ""
    received_on: dt.date | None = None
    checked_by: Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)] = ""
    outcome: EndOutcome = EndOutcome.PENDING
    note: Text4000 = ""

    @model_validator(mode="after")
    def _check(self) -> ContractEndIn:
        today = today_in_japan()
        if self.ended_on > today:
            raise _err("ended_on", "date_in_future")
        if self.received_on is not None:
            if self.received_on > today:
                raise _err("received_on", "date_in_future")
            if self.received_on < self.ended_on:
                raise _err("received_on", "contractors_received_before_end")
        if self.outcome is EndOutcome.CONFIRMED:
            if self.evidence_kind is EvidenceKind.NONE:
                raise _err("evidence_kind", "contractors_evidence_required")
            if self.received_on is None:
                raise _err("received_on", "contractors_received_on_required")
            if not self.checked_by:
                raise _err("checked_by", "contractors_checked_by_required")
        self.database_ids = sorted(set(self.database_ids))
        return self


class ContractEndUpdate(ContractEndIn):
    version: int = Field(ge=1)


END_SNAPSHOT = ("contractor_id", "ended_on", "method", "database_ids", "evidence_kind", "document_ref",
                "received_on", "checked_by", "outcome", "note", "version")


def end_snapshot(e: ContractEnd) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in END_SNAPSHOT:
        v = getattr(e, f)
        out[f] = v.isoformat() if isinstance(v, dt.date) else (v.value if isinstance(v, enum.Enum) else v)
    return out


def _check_end(c: Contractor, data: ContractEndIn) -> None:
    """The rules that need the contractor: dates after the start, its own data, My Number certificates."""
    if c.contract_start is not None and data.ended_on < c.contract_start:
        raise FieldError("ended_on", "contractors_ended_before_start")
    if any(i not in c.database_ids for i in data.database_ids):
        raise FieldError("database_ids", "contractors_not_its_data")
    if (c.regime is Regime.MYNUMBER and data.method is not DisposalMethod.RETURN
            and data.outcome is EndOutcome.CONFIRMED
            and (data.evidence_kind is not EvidenceKind.CERTIFICATE or not data.document_ref)):
        # 番号法ガイドライン: 委託先が削除・廃棄した場合は証明書等によりこれを確認する
        raise FieldError("document_ref" if data.evidence_kind is EvidenceKind.CERTIFICATE else "evidence_kind",
                         "contractors_mynumber_certificate")


def end_contract(session: Session, actor: User, contractor_id: int, data: ContractEndIn) -> ContractEnd:
    """Record the end of ``contractor_id``'s contract (once). The data default to all of the contractor's."""
    c = get(session, contractor_id)
    _check_scope(actor, c.regime)
    if end_of(session, c.id) is not None:
        raise FieldError("ended_on", "contractors_already_ended", 409)
    _check_end(c, data)
    now = utcnow()
    values = data.model_dump()
    values["database_ids"] = data.database_ids or list(c.database_ids)
    record = ContractEnd(contractor_id=c.id, **values, actor_id=actor.id, created_at=now, updated_at=now)
    session.add(record)
    session.flush()
    records.record_change(session, record, actor, "contractor.end", end_snapshot(record),
                          {"contractor_id": c.id, "outcome": record.outcome.value})
    return record


def update_end(session: Session, actor: User, contractor_id: int, data: ContractEndUpdate) -> ContractEnd:
    """Complete a pending or problem record (e.g. the certificate arrived). A confirmed record is final."""
    c = get(session, contractor_id)
    _check_scope(actor, c.regime)
    record = end_of(session, c.id)
    if record is None:
        raise NotFound()
    if record.outcome is EndOutcome.CONFIRMED:
        raise FieldError("outcome", "contractors_end_final", 409)
    _check_end(c, data)
    values = data.model_dump(exclude={"version"})
    values["database_ids"] = data.database_ids or list(c.database_ids)
    changed = records.apply_update(session, record, values, data.version)
    if changed:
        records.record_change(session, record, actor, "contractor.end.update", end_snapshot(record),
                              {"contractor_id": c.id, "fields": changed, "outcome": record.outcome.value})
    return record


def end_of(session: Session, contractor_id: int) -> ContractEnd | None:
    return session.scalar(select(ContractEnd).where(ContractEnd.contractor_id == contractor_id))


def end_history(session: Session, contractor_id: int) -> list[RecordRevision]:
    record = end_of(session, contractor_id)
    return [] if record is None else records.history(session, ContractEnd.__tablename__, record.id)


def descendants(session: Session, contractor_id: int) -> list[Contractor]:
    """Every re-entrustee below ``contractor_id`` (丙, 丁 …), depth first."""
    out: list[Contractor] = []
    for child in children(session, contractor_id):
        out += [child, *descendants(session, child.id)]
    return out


def subcontractors_to_confirm(session: Session, contractor_id: int) -> list[Contractor]:
    """The re-entrustees (tier ≥ 2) of an ended contractor whose own return/deletion is not confirmed yet: the
    entruster's supervision reaches them too (再委託先を含めた監督), so each needs its own confirmation."""
    if end_of(session, contractor_id) is None:
        return []
    return [s for s in descendants(session, contractor_id)
            if (e := end_of(session, s.id)) is None or e.outcome is not EndOutcome.CONFIRMED]


def disposals_to_confirm(session: Session, today: dt.date | None = None) -> list[tuple[Contractor, dt.date]]:
    """Contractors whose return/deletion still needs confirming, with the day it became due: the contract end
    has passed (``contract_end`` before today, or an end record) without a confirmed record, or the contractor
    is a re-entrustee of an ended contractor."""
    today = today or today_in_japan()
    ends = {e.contractor_id: e for e in session.scalars(select(ContractEnd))}
    every = {c.id: c for c in session.scalars(select(Contractor).order_by(Contractor.id))}
    due: dict[int, dt.date] = {}
    for c in every.values():
        end = ends.get(c.id)
        if end is not None and end.outcome is EndOutcome.CONFIRMED:
            continue
        if end is not None:
            due[c.id] = end.ended_on
        elif c.contract_end is not None and c.contract_end < today:
            due[c.id] = c.contract_end
    for cid, end in ends.items():  # re-entrustees of an ended contractor
        for s in descendants(session, cid):
            own = ends.get(s.id)
            if (own is None or own.outcome is not EndOutcome.CONFIRMED) and s.id not in due:
                due[s.id] = end.ended_on
    return sorted(((every[i], d) for i, d in due.items()), key=lambda pair: (pair[1], pair[0].id))


def end_deadlines(session: Session) -> list[notifications.Due]:
    """Deadline source (notifications registry): one entry per contractor whose return/deletion is unconfirmed.
    The text names the kind of deadline and the register number only (no names, no personal data)."""
    return [notifications.Due(key=f"contractor:{c.id}:end:{due.isoformat()}",
                              label="委託契約終了後の返却・削除の確認", label_en="Confirm return/deletion after the "
                              "contract ended", reference=f"委託先 No.{c.id}", due_on=due,
                              link=f"/contractors/{c.id}#contract-end", permission=Access.CONTRACTORS_WRITE)
            for c, due in disposals_to_confirm(session)]


notifications.register_source("contractors_end", end_deadlines)
