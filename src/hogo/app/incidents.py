"""Leak incidents (漏えい等事案): the record from discovery to the report and the notices to persons.

The record itself is a :class:`hogo.cases.leak.LeakIncident` kept as JSON (``leak_incident.case``); the
decision layer decides on it (:func:`hogo.cases.breach_report.assess`, which runs the ``breach`` judgement).
Each change re-assesses the case and stores the result next to the record (報告義務, 速報・確報の期限, the law
version and the reasons), so lists and deadline notifications read it without re-deciding. The counts of
persons (本人の数) are a dated history: a count above 1,000 (100 for 特定個人情報) recorded after the day the
organisation knew makes that day day 1 (個人情報保護法施行規則第7条第4号, 第8条).

Notices to persons carry items 1, 2, 4, 5 and 9 (施行規則第10条) and are recorded by the person's reference,
never by name; a substitute measure (公表・問合せ窓口) is allowed only when notice is difficult (法第26条第2項
ただし書). A contractor that notified its entruster is exempt (法第26条第1項ただし書, 施行規則第9条).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError
from sqlalchemy import JSON, Boolean, Date, Integer, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from hogo.app import audit, notifications, records
from hogo.app.consents import today_in_japan
from hogo.app.errors import FieldError, NotFound
from hogo.app.models import Base, Organisation, PersonalDatabase, User, utcnow
from hogo.app.permissions import Permission
from hogo.cases import breach_notice
from hogo.cases.breach_report import LeakAssessment, assess, commission_report
from hogo.cases.leak import LeakIncident
from hogo.law.core import FactsError

Text200 = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Short = Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)]
Long = Annotated[str, StringConstraints(strip_whitespace=True, max_length=4000)]
Lines = list[Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=400)]]


class Incident(Base):
    """漏えい等事案. ``case`` is the LeakIncident (without ``id``); the other columns are the stored assessment."""

    __tablename__ = "leak_incident"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(40), unique=True)  # 事案番号
    title: Mapped[str] = mapped_column(String(200))  # 件名 (no personal data)
    status: Mapped[str] = mapped_column(String(20), default="open")  # open 対応中 / closed 終結
    case: Mapped[dict[str, Any]] = mapped_column(JSON)
    database_ids: Mapped[list[int]] = mapped_column(JSON, default=list)  # 関係する台帳
    preliminary_submitted_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)  # 速報 提出日
    final_submitted_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)  # 確報 提出日
    # the stored assessment (recomputed at every change)
    assessed_on: Mapped[dt.date] = mapped_column(Date)
    reportable: Mapped[bool] = mapped_column(Boolean, default=False)  # 報告義務
    who_reports: Mapped[str] = mapped_column(String(20))  # self / entruster / none
    clock_starts_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)  # 起算日
    preliminary_due: Mapped[dt.date | None] = mapped_column(Date, nullable=True)  # 速報の目安
    final_due: Mapped[dt.date | None] = mapped_column(Date, nullable=True)  # 確報の期限
    persons: Mapped[int] = mapped_column(Integer, default=0)  # 本人の数 (latest)
    law_version: Mapped[str] = mapped_column(String(40))
    reasons: Mapped[list[Any]] = mapped_column(JSON, default=list)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's optimistic locking


# ---- inputs ---------------------------------------------------------------------------------------


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class IncidentIn(_In):
    """The facts entered at intake and edited later (who knew when, the flags the decision layer needs)."""

    reference: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=40)]  # 事案番号
    title: Text200  # 件名
    regime: Literal["appi", "mynumber"] = "appi"  # 個人データ / 特定個人情報
    occurred_on: dt.date | None = None  # 発生日
    discovered_on: dt.date  # 発覚日
    discovered_by: Text200  # 発見者 (role)
    known_on: dt.date  # 知った日 (day 1)
    event: Literal["leak", "loss", "damage", "other_violation"] = "leak"  # 漏えい / 滅失 / 毀損
    suspected: bool = False  # おそれ
    sensitive: bool = False  # 要配慮個人情報
    financial_harm_risk: bool = False  # 財産的被害のおそれ
    wrongful_purpose: bool = False  # 不正の目的
    protected: bool = False  # 高度な暗号化等
    notice_difficult: bool = False  # 本人への通知が困難
    notice_would_expand_harm: bool = False
    entrustment_role: Literal["none", "entruster", "contractor"] = "none"  # 委託元・委託先
    entrustment_counterpart: Short = ""
    entruster_notified_on: dt.date | None = None  # 委託先が委託元に通知した日
    contact_department: Short = ""  # 窓口
    contact_phone: Short = ""
    contact_email: Short = ""
    database_ids: list[int] = Field(default_factory=list)  # 関係する台帳


class IncidentCreate(IncidentIn):
    persons_count: int | None = Field(default=None, ge=0)  # 本人の数 (first count)
    persons_upper_bound: bool = False


class IncidentUpdate(IncidentIn):
    version: int = Field(ge=1)


class CountIn(_In):
    on: dt.date  # the day the count became known
    count: int = Field(ge=0)
    upper_bound: bool = False  # 最大数
    version: int = Field(ge=1)


class ItemsIn(_In):
    """Report items 1, 2, 4–9 (item 3 is the dated count history). Empty text leaves an item unknown."""

    outline_description: Long = ""  # 1 概要
    data_items: Lines = Field(default_factory=list)  # 2 項目
    data_media: Lines = Field(default_factory=list)  # 2 媒体
    data_kind: Short = ""  # 2 種類
    cause_description: Long = ""  # 4 原因
    cause_actor: Literal["reporter", "contractor", "third_party", "unknown"] = "unknown"
    damage_status: Literal["", "none", "risk", "occurred"] = ""  # 5 二次被害
    damage_description: Long = ""
    response_to_persons: Long = ""  # 6
    publication_status: Literal["", "published", "planned", "not_planned"] = ""  # 7 公表
    publication_on: dt.date | None = None
    publication_method: Short = ""
    prevention_done: Lines = Field(default_factory=list)  # 8 再発防止策
    prevention_planned: Lines = Field(default_factory=list)
    other_remarks: Long = ""  # 9 その他
    other_self_protection: Long = ""
    version: int = Field(ge=1)


class NoticeIn(_In):
    person_ref: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
    method: Literal["post", "email", "hand", "phone"]
    sent_on: dt.date
    delay_reason: Short = ""
    version: int = Field(ge=1)


class SubstituteIn(_In):
    kind: Literal["publication", "inquiry_desk"]
    started_on: dt.date
    detail: Text200
    reason: Text200
    version: int = Field(ge=1)


class PendingIn(_In):
    """追完: an item still unknown after reasonable effort, to be supplemented after the 確報."""

    item: int = Field(ge=1, le=9)
    reason: Text200
    expected_on: dt.date | None = None
    version: int = Field(ge=1)


class ChronologyIn(_In):
    """One step of 経緯 (report item 1 概要): the day and what happened — roles and facts, no personal data."""

    on: dt.date
    event: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=400)]
    version: int = Field(ge=1)


class ChronologyRemoveIn(_In):
    index: int = Field(ge=0)  # 0-based, in the stored (date) order
    version: int = Field(ge=1)


class StatusIn(_In):
    status: Literal["open", "closed"]
    version: int = Field(ge=1)


class SubmittedIn(_In):
    kind: Literal["preliminary", "final"]
    on: dt.date
    version: int = Field(ge=1)


# ---- the case model -------------------------------------------------------------------------------


def case_of(entry: Incident) -> LeakIncident:
    """The stored record as the case model (strict; dates from JSON)."""
    return LeakIncident.model_validate_json(json.dumps({**entry.case, "id": entry.reference}))


def _refused(exc: FactsError | ValidationError, fallback: str) -> FieldError:
    if isinstance(exc, FactsError):
        return FieldError(exc.field, "incidents.case_refused")
    loc = exc.errors()[0].get("loc", ()) if exc.errors() else ()
    return FieldError(".".join(str(p) for p in loc) or fallback, "incidents.case_refused")


def _validated(data: dict[str, Any], reference: str, fallback: str) -> LeakIncident:
    try:
        return LeakIncident.model_validate_json(json.dumps({**data, "id": reference}, default=str))
    except ValidationError as exc:
        raise _refused(exc, fallback) from None


def _organization(session: Session, data: IncidentIn) -> dict[str, Any]:
    org = session.scalars(select(Organisation).limit(1)).first()
    name = org.name if org else "—"
    return {"name": name, "address": (org.address or None) if org else None,
            "representative": (org.representative or None) if org else None,
            "department": data.contact_department or None, "phone": data.contact_phone or None,
            "email": data.contact_email or None}


def _facts_part(session: Session, data: IncidentIn) -> dict[str, Any]:
    role = data.entrustment_role
    return {
        "organization": _organization(session, data),
        "regime": data.regime,
        "discovery": {"occurred_on": data.occurred_on, "discovered_on": data.discovered_on,
                      "discovered_by": data.discovered_by, "known_on": data.known_on},
        "entrustment": {"role": role, "counterpart": data.entrustment_counterpart or None,
                        "entruster_notified_on": data.entruster_notified_on if role == "contractor" else None},
        "facts": {"event": data.event, "suspected": data.suspected, "sensitive": data.sensitive,
                  "financial_harm_risk": data.financial_harm_risk, "wrongful_purpose": data.wrongful_purpose,
                  "protected": data.protected, "notice_difficult": data.notice_difficult,
                  "notice_would_expand_harm": data.notice_would_expand_harm},
    }


def _check_databases(session: Session, ids: list[int]) -> None:
    for number in ids:
        if session.get(PersonalDatabase, number) is None:
            raise FieldError("database_ids", "not_found", 422)


def assessment(entry: Incident, as_of: dt.date | None = None) -> LeakAssessment:
    """The decision on the record as known on ``as_of`` (default: today in Japan)."""
    return assess(case_of(entry), as_of or today_in_japan())


def _refresh(entry: Incident, case: LeakIncident) -> None:
    """Store the case and its re-computed assessment (報告義務, 期限, law version, reasons)."""
    today = today_in_japan()
    result = assess(case, today)
    decision = result.decision
    entry.case = case.model_dump(mode="json", exclude={"id"})
    entry.assessed_on = today
    entry.reportable = decision.reportable
    entry.who_reports = result.who_reports
    entry.clock_starts_on = decision.clock_starts_on
    entry.preliminary_due = decision.preliminary_report_due
    entry.final_due = decision.final_report_due
    current = case.persons_as_of(today)
    entry.persons = current.count if current else 0
    entry.law_version = decision.law_version.id
    entry.reasons = [r.model_dump(mode="json") for r in decision.reasons]


def _snapshot(entry: Incident) -> dict[str, Any]:
    return {"reference": entry.reference, "title": entry.title, "status": entry.status, "case": entry.case,
            "database_ids": entry.database_ids, "reportable": entry.reportable,
            "preliminary_due": _iso(entry.preliminary_due), "final_due": _iso(entry.final_due),
            "preliminary_submitted_on": _iso(entry.preliminary_submitted_on),
            "final_submitted_on": _iso(entry.final_submitted_on), "law_version": entry.law_version}


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _not_future(field: str, day: dt.date | None) -> None:
    if day is not None and day > today_in_japan():
        raise FieldError(field, "date_in_future")


def _check_dates(data: IncidentIn) -> None:
    for field in ("occurred_on", "discovered_on", "known_on", "entruster_notified_on"):
        _not_future(field, getattr(data, field))
    if data.known_on < data.discovered_on:
        raise FieldError("known_on", "incidents.known_before_discovered")
    if data.occurred_on and data.occurred_on > data.discovered_on:
        raise FieldError("occurred_on", "incidents.occurred_after_discovered")


def create(session: Session, actor: User, data: IncidentCreate) -> Incident:
    _check_databases(session, data.database_ids)
    _check_dates(data)
    if session.scalars(select(Incident).where(Incident.reference == data.reference)).first():
        raise FieldError("reference", "incidents.reference_taken", 409)
    part = _facts_part(session, data)
    if data.persons_count is not None:
        part["persons"] = [{"on": data.known_on, "count": data.persons_count, "upper_bound": data.persons_upper_bound}]
    case = _validated(part, data.reference, "discovered_on")
    now = utcnow()
    entry = Incident(reference=data.reference, title=data.title, status="open", database_ids=data.database_ids,
                     created_at=now, updated_at=now)
    _refresh(entry, case)
    session.add(entry)
    session.flush()
    records.record_change(session, entry, actor, "incident.create", _snapshot(entry),
                          {"reportable": entry.reportable})
    return entry


def _save(session: Session, actor: User, entry: Incident, case: LeakIncident, expected_version: int, action: str,
          extra: dict[str, Any] | None = None, details: dict[str, Any] | None = None) -> Incident:
    before = (entry.reportable, entry.preliminary_due, entry.final_due)
    probe = Incident(case={}, reference=entry.reference)
    _refresh(probe, case)
    values = {k: getattr(probe, k) for k in ("case", "assessed_on", "reportable", "who_reports", "clock_starts_on",
                                             "preliminary_due", "final_due", "persons", "law_version", "reasons")}
    values.update(extra or {})
    case_fields = sorted(k for k in set(probe.case) | set(entry.case) if probe.case.get(k) != entry.case.get(k))
    changed = records.apply_update(session, entry, values, expected_version)
    if changed:
        after = (entry.reportable, entry.preliminary_due, entry.final_due)
        records.record_change(session, entry, actor, action, _snapshot(entry),
                              {**(details or {}), "columns": changed, "case_fields": case_fields, "reassessed": before != after,
                               "reportable": entry.reportable})
    return entry


def update(session: Session, actor: User, incident_id: int, data: IncidentUpdate) -> Incident:
    entry = get(session, incident_id)
    _check_databases(session, data.database_ids)
    _check_dates(data)
    if data.reference != entry.reference and session.scalars(
            select(Incident).where(Incident.reference == data.reference)).first():
        raise FieldError("reference", "incidents.reference_taken", 409)
    part = {**entry.case, **_facts_part(session, data)}
    case = _validated(part, data.reference, "discovered_on")
    entry_changes = {"title": data.title, "database_ids": data.database_ids, "reference": data.reference}
    return _save(session, actor, entry, case, data.version, "incident.update", entry_changes)


def add_count(session: Session, actor: User, incident_id: int, data: CountIn) -> Incident:
    """Record 本人の数 as known on a day (the history is kept; the latest count on a day wins)."""
    entry = get(session, incident_id)
    _not_future("on", data.on)
    persons = [p for p in entry.case.get("persons", []) if p["on"] != data.on.isoformat()]
    persons.append({"on": data.on, "count": data.count, "upper_bound": data.upper_bound})
    persons.sort(key=lambda p: str(p["on"]))
    case = _validated({**entry.case, "persons": persons}, entry.reference, "on")
    return _save(session, actor, entry, case, data.version, "incident.count", details={"on": data.on.isoformat()})


def _item_values(data: ItemsIn) -> dict[str, Any]:
    def when(cond: Any, value: Any) -> Any:  # noqa: ANN401
        return value if cond else None

    return {
        "outline": when(data.outline_description, {"description": data.outline_description}),
        "data": when(data.data_items or data.data_media or data.data_kind,
                     {"items": data.data_items, "media": data.data_media, "kind": data.data_kind}),
        "cause": when(data.cause_description, {"description": data.cause_description, "actor": data.cause_actor}),
        "secondary_damage": when(data.damage_status, {"status": data.damage_status,
                                                      "description": data.damage_description}),
        "response_to_persons": data.response_to_persons or None,
        "publication": when(data.publication_status, {"status": data.publication_status, "on": data.publication_on,
                                                      "method": data.publication_method or None}),
        "prevention": when(data.prevention_done or data.prevention_planned,
                           {"done": data.prevention_done, "planned": data.prevention_planned}),
        "other": when(data.other_remarks or data.other_self_protection,
                      {"remarks": data.other_remarks, "self_protection": data.other_self_protection}),
    }


# a refusal of the case model inside an item → the form field to show it next to
ITEM_FORM_FIELDS = {"outline": "outline_description", "data": "data_items", "cause": "cause_description",
                    "secondary_damage": "damage_description", "publication": "publication_status",
                    "prevention": "prevention_done", "other": "other_remarks"}


def update_items(session: Session, actor: User, incident_id: int, data: ItemsIn) -> Incident:
    """Items 1, 2, 4–9 of the report (項目1・2・4〜9); the outline keeps its chronology."""
    entry = get(session, incident_id)
    values = _item_values(data)
    if values["outline"] and entry.case.get("outline"):
        values["outline"]["chronology"] = entry.case["outline"].get("chronology", [])
    try:
        case = LeakIncident.model_validate_json(json.dumps({**entry.case, **values, "id": entry.reference},
                                                           default=str))
    except ValidationError as exc:
        loc = [str(p) for p in exc.errors()[0].get("loc", ())]
        field = ITEM_FORM_FIELDS.get(loc[0], loc[0]) if loc else "outline_description"
        raise FieldError(field, "incidents.case_refused") from None
    changed = sorted(k for k, v in values.items() if entry.case.get(k) != json.loads(json.dumps(v, default=str)))
    return _save(session, actor, entry, case, data.version, "incident.items", details={"fields": changed})


def record_notice(session: Session, actor: User, incident_id: int, data: NoticeIn) -> Incident:
    """本人への通知の記録: the person's reference, the method and the day (never the name)."""
    entry = get(session, incident_id)
    _not_future("sent_on", data.sent_on)
    try:
        case = breach_notice.record_notice(case_of(entry), data.person_ref, data.method, data.sent_on,
                                           data.delay_reason or None)
    except FactsError as exc:
        raise _refused(exc, "sent_on") from None
    return _save(session, actor, entry, case, data.version, "incident.notice",
                 details={"person_ref": data.person_ref, "method": data.method})


def record_substitute(session: Session, actor: User, incident_id: int, data: SubstituteIn) -> Incident:
    """代替措置 (公表 / 問合せ窓口) — only when notice is difficult."""
    entry = get(session, incident_id)
    _not_future("started_on", data.started_on)
    try:
        case = breach_notice.record_substitute(case_of(entry), data.kind, data.started_on, data.detail, data.reason)
    except FactsError as exc:
        raise FieldError("kind", "incidents.substitute_not_allowed") if exc.field == "facts.notice_difficult" \
            else _refused(exc, "kind") from None
    return _save(session, actor, entry, case, data.version, "incident.substitute", details={"kind": data.kind})


def note_pending(session: Session, actor: User, incident_id: int, data: PendingIn) -> Incident:
    """Note an item for 追完 (replaces an earlier note on the same item)."""
    entry = get(session, incident_id)
    pending = [p for p in entry.case.get("pending", []) if p["item"] != data.item]
    pending.append({"item": data.item, "reason": data.reason, "expected_on": data.expected_on})
    case = _validated({**entry.case, "pending": sorted(pending, key=lambda p: p["item"])}, entry.reference, "item")
    return _save(session, actor, entry, case, data.version, "incident.pending", details={"item": data.item})


def _chronology_saved(session: Session, actor: User, entry: Incident, steps: list[dict[str, Any]], version: int,
                      action: str, details: dict[str, Any]) -> Incident:
    outline = {**entry.case["outline"], "chronology": sorted(steps, key=lambda step: str(step["on"]))}
    case = _validated({**entry.case, "outline": outline}, entry.reference, "event")
    return _save(session, actor, entry, case, version, action, details=details)


def _outline(entry: Incident) -> dict[str, Any]:
    if not entry.case.get("outline"):
        raise FieldError("event", "incidents.chronology_needs_outline")  # 経緯 belongs to item 1's 概要
    return entry.case["outline"]


def add_chronology(session: Session, actor: User, incident_id: int, data: ChronologyIn) -> Incident:
    """Add a step to 経緯 (item 1); steps stay in date order (same day: in the order entered)."""
    entry = get(session, incident_id)
    _not_future("on", data.on)
    steps = [*_outline(entry).get("chronology", []), {"on": data.on, "event": data.event}]
    return _chronology_saved(session, actor, entry, steps, data.version, "incident.chronology_add",
                             {"on": data.on.isoformat()})


def remove_chronology(session: Session, actor: User, incident_id: int, index: int, version: int) -> Incident:
    """Remove the step at ``index`` (0-based, in the stored date order); the version guards against a stale list."""
    entry = get(session, incident_id)
    steps = list(_outline(entry).get("chronology", []))
    if not 0 <= index < len(steps):
        raise FieldError("index", "not_found", 404)
    removed = steps.pop(index)
    return _chronology_saved(session, actor, entry, steps, version, "incident.chronology_remove",
                             {"index": index, "on": removed["on"]})


def set_status(session: Session, actor: User, incident_id: int, data: StatusIn) -> Incident:
    """終結 (closed: no more deadline notifications) or re-opened."""
    entry = get(session, incident_id)
    return _save(session, actor, entry, case_of(entry), data.version, "incident.status", {"status": data.status},
                 {"status": data.status})


def mark_submitted(session: Session, actor: User, incident_id: int, data: SubmittedIn) -> Incident:
    """Record that the 速報 or 確報 went to the Commission (stops its deadline notifications)."""
    entry = get(session, incident_id)
    _not_future("on", data.on)
    if data.on < case_of(entry).discovery.known_on:
        raise FieldError("on", "incidents.before_known")
    if data.kind == "final":
        try:
            commission_report(case_of(entry), data.on, "final")
        except FactsError as exc:
            raise FieldError(exc.field, "incidents.final_not_ready") from None
    column = "preliminary_submitted_on" if data.kind == "preliminary" else "final_submitted_on"
    return _save(session, actor, entry, case_of(entry), data.version, "incident.submitted", {column: data.on},
                 {"kind": data.kind})


def get(session: Session, incident_id: int) -> Incident:
    entry = session.get(Incident, incident_id)
    if entry is None:
        raise NotFound()
    return entry


def search(session: Session, open_only: bool = False) -> list[Incident]:
    statement = select(Incident).order_by(Incident.id.desc())
    if open_only:
        statement = statement.where(Incident.status == "open")
    return list(session.scalars(statement))


def report(entry: Incident, kind: Literal["preliminary", "final"], as_of: dt.date | None = None) -> Any:  # noqa: ANN401
    """The Commission report (all nine items) — FieldError naming the item's field when a 確報 is not ready."""
    try:
        return commission_report(case_of(entry), as_of or today_in_japan(), kind)
    except FactsError as exc:
        raise FieldError(exc.field, "incidents.final_not_ready") from None


class PersonIn(_In):
    """The addressee of a notice (printed only; never stored or logged — the record keeps ``person_ref``)."""

    person_ref: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
    name: Text200
    postal_code: Short = ""
    address: Long = ""
    items: Lines = Field(default_factory=list)


def notice(entry: Incident, person: PersonIn, as_of: dt.date | None = None) -> breach_notice.PersonNotice:
    fields = breach_notice.PersonFields(person_ref=person.person_ref, name=person.name,
                                        postal_code=person.postal_code or None, address=person.address or None,
                                        items=person.items or None)
    try:
        return breach_notice.notice_to_person(case_of(entry), fields, as_of or today_in_japan())
    except FactsError as exc:
        raise FieldError(exc.field, "incidents.notice_refused") from None


def log_document(session: Session, actor: User, entry: Incident, kind: str) -> None:
    """Producing a report or notice is recorded (ids only)."""
    audit.append(session, actor_id=actor.id, action=f"incident.{kind}", target_type=Incident.__tablename__,
                 target_id=entry.id, details={"version": entry.version})


def deadlines(session: Session) -> list[notifications.Due]:
    """The open 速報/確報 deadlines of incidents this organisation must report (who_reports = self)."""
    found = []
    statement = select(Incident).where(Incident.status == "open", Incident.reportable.is_(True),
                                       Incident.who_reports == "self")
    for entry in session.scalars(statement):
        link = f"/incidents/{entry.id}"
        if entry.preliminary_due and entry.preliminary_submitted_on is None:
            found.append(notifications.Due(f"incident:{entry.id}:preliminary", "漏えい等報告(速報)",
                                           "Leak report to the Commission (preliminary)", entry.reference,
                                           entry.preliminary_due, link, Permission.INCIDENTS_WRITE))
        if entry.final_due and entry.final_submitted_on is None:
            found.append(notifications.Due(f"incident:{entry.id}:final", "漏えい等報告(確報)",
                                           "Leak report to the Commission (final)", entry.reference,
                                           entry.final_due, link, Permission.INCIDENTS_WRITE))
    return found


notifications.register_source("incidents", deadlines)
