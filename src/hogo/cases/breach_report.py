"""The leak case's assessment and its report to the 個人情報保護委員会 (漏えい等報告: 速報 / 確報).

* :func:`assess` — the breach decision of the registered judgement (``hogo judge breach``) on the
  facts known at ``as_of``, plus which of the nine items are known, still unknown, or noted for
  追完 (supplement later).
* :func:`commission_report` — the structured report with all nine items (個人情報保護法施行規則
  第8条第1項 / 番号法の報告規則第3条第1項), the law version applied and the citations.

速報 (preliminary) reports the items known at the time; unknown items are printed as 調査中.
確報 (final) needs all nine, or each missing one noted in ``pending`` (追完): otherwise
:class:`~hogo.law.core.FactsError` names the missing field.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from hogo.cases.common import Entry, Organization
from hogo.cases.leak import NOTICE_METHOD_JA, SUBSTITUTE_JA, ItemNo, LeakIncident
from hogo.law import JUDGEMENTS
from hogo.law import breach as breach_law
from hogo.law.breach import GROUND_JA, BreachDecision, BreachFacts
from hogo.law.core import FactsError, LawVersionRef
from hogo.law.versions import LawVersion

ReportKind = Literal["preliminary", "final"]
ItemState = Literal["known", "unknown", "pending"]
ITEM_NUMBERS: tuple[ItemNo, ...] = (1, 2, 3, 4, 5, 6, 7, 8, 9)
KIND_JA = {"preliminary": "速報", "final": "確報"}

ITEM_TITLES: dict[int, tuple[str, str]] = {
    1: ("概要", "Outline"),
    2: ("{data}の項目", "Items of the {data_en} concerned"),
    3: ("本人の数", "Number of persons"),
    4: ("原因", "Cause"),
    5: ("二次被害又はそのおそれの有無及びその内容", "Secondary damage or its risk, and its content"),
    6: ("本人への対応の実施状況", "Actions taken towards the persons"),
    7: ("公表の実施状況", "Public announcement"),
    8: ("再発防止のための措置", "Measures to prevent recurrence"),
    9: ("その他参考となる事項", "Other matters for reference"),
}
DATA_WORDING = {
    "appi": ("漏えい等が発生し、又は発生したおそれがある個人データ", "personal data (個人データ)"),
    "mynumber": (
        "漏えい等が発生し、又は発生したおそれがある特定個人情報",
        "specific personal information (特定個人情報)",
    ),
}
# The incident field that holds each item (for error messages and docs/cases.md).
ITEM_FIELDS: dict[int, str] = {
    1: "outline",
    2: "data",
    3: "persons",
    4: "cause",
    5: "secondary_damage",
    6: "response_to_persons",
    7: "publication",
    8: "prevention",
    9: "other",
}
ACTOR_JA = {"reporter": "報告者", "contractor": "委託先", "third_party": "第三者", "unknown": "不明"}
DAMAGE_JA = {"none": "無", "risk": "おそれ有", "occurred": "有(発生)"}
PUBLICATION_JA = {"published": "公表済み", "planned": "公表予定", "not_planned": "公表予定なし"}
ENTRUSTMENT_JA = {"none": "無", "entruster": "有(当方が委託元)", "contractor": "有(当方が委託先)"}


def item_title(no: int, regime: str) -> str:
    return ITEM_TITLES[no][0].format(data=DATA_WORDING[regime][0])


class ItemStatus(BaseModel):
    model_config = ConfigDict(frozen=True)

    item: ItemNo
    title: str
    field: str = Field(description="the LeakIncident field holding the item")
    status: ItemState = Field(description="pending: 追完 noted")
    pending_reason: str | None = None


class NoticeProgress(BaseModel):
    model_config = ConfigDict(frozen=True)

    notified: int = Field(description="persons with a notice record")
    by_method: dict[str, int]
    substitute_measures: list[str] = Field(description="代替措置 taken (kind and start date)")
    warnings: list[str]


class LeakAssessment(BaseModel):
    """The decision plus the report's readiness, recomputed from the incident as known at ``as_of``."""

    model_config = ConfigDict(frozen=True)

    incident_id: str
    as_of: dt.date
    facts: BreachFacts = Field(description="the facts given to the breach judgement")
    decision: BreachDecision
    who_reports: Literal["self", "entruster", "none"] = Field(
        description="self: this organisation; entruster: the 委託元 (contractor exempt); none: no statutory report"
    )
    items: list[ItemStatus]
    unknown_for_preliminary: list[ItemNo] = Field(description="items a 速報 now would report as 調査中")
    missing_for_final: list[ItemNo] = Field(description="items a 確報 lacks (neither known nor noted for 追完)")
    final_ready: bool
    notices: NoticeProgress


def _item_known(incident: LeakIncident, no: int, as_of: dt.date) -> bool:
    if no == 3:
        return incident.persons_as_of(as_of) is not None
    if no == 6:
        return bool(incident.response_to_persons or incident.notices or incident.substitute_measures)
    return getattr(incident, ITEM_FIELDS[no]) is not None


def judge(incident: LeakIncident, as_of: dt.date) -> tuple[BreachFacts, BreachDecision, LawVersion]:
    """Run the registered ``breach`` judgement on the incident's facts at ``as_of``."""
    provisional = incident.breach_facts(as_of, None)
    version = breach_law.governing_version(provisional)  # same version choice (and errors) as the judgement
    threshold, _ = breach_law.persons_threshold(version, provisional)
    facts = incident.breach_facts(as_of, threshold)
    decision = JUDGEMENTS["breach"](facts, as_of)
    return facts, decision, version


def _notice_progress(incident: LeakIncident, decision: BreachDecision) -> NoticeProgress:
    by_method: dict[str, int] = {}
    for record in incident.notices:
        by_method[NOTICE_METHOD_JA[record.method]] = by_method.get(NOTICE_METHOD_JA[record.method], 0) + 1
    warnings = []
    if incident.substitute_measures and not decision.notice_alternative_allowed:
        warnings.append(
            "代替措置は本人への通知が困難な場合に限られます(facts.notice_difficult が false)。"
            " / A substitute measure needs notice to be difficult (facts.notice_difficult is false)."
        )
    if decision.notify_individuals and not incident.notices and not incident.substitute_measures:
        warnings.append(
            "本人への通知(又は代替措置)の記録がありません。 / No notice or substitute measure recorded yet."
        )
    duplicates = len(incident.notices) - len({r.person_ref for r in incident.notices})
    if duplicates:
        warnings.append(
            f"同じ本人への通知記録が{duplicates}件重複しています。 / {duplicates} duplicate notice records."
        )
    return NoticeProgress(
        notified=len({r.person_ref for r in incident.notices}),
        by_method=by_method,
        substitute_measures=[
            f"{SUBSTITUTE_JA[m.kind]}({m.started_on.isoformat()}〜)" for m in incident.substitute_measures
        ],
        warnings=warnings,
    )


def assess(incident: LeakIncident, as_of: dt.date) -> LeakAssessment:
    """The breach decision and the state of the nine report items on ``as_of``."""
    facts, decision, _ = judge(incident, as_of)
    pending = {p.item: p.reason for p in incident.pending}
    items = []
    for no in ITEM_NUMBERS:
        known = _item_known(incident, no, as_of)
        status: ItemState = "known" if known else ("pending" if no in pending else "unknown")
        items.append(
            ItemStatus(
                item=no,
                title=item_title(no, incident.regime),
                field=ITEM_FIELDS[no],
                status=status,
                pending_reason=None if known else pending.get(no),
            )
        )
    exempt = bool(decision.event_grounds) and not decision.reportable and facts.contractor_notified_entruster
    who: Literal["self", "entruster", "none"] = "self" if decision.reportable else ("entruster" if exempt else "none")
    missing = [s.item for s in items if s.status == "unknown"]
    return LeakAssessment(
        incident_id=incident.id,
        as_of=as_of,
        facts=facts,
        decision=decision,
        who_reports=who,
        items=items,
        unknown_for_preliminary=[s.item for s in items if s.status != "known"],
        missing_for_final=missing,
        final_ready=not missing,
        notices=_notice_progress(incident, decision),
    )


# ---- the report ---------------------------------------------------------------------------


ReportField = Entry


class ReportItem(BaseModel):
    model_config = ConfigDict(frozen=True)

    item: ItemNo
    title: str
    title_en: str
    status: ItemState
    fields: list[ReportField]
    data: Any = Field(description="the item's structured content (JSON), null when unknown")


class CommissionReport(BaseModel):
    """漏えい等報告 to the 個人情報保護委員会, JSON-able; rendered by :mod:`hogo.documents`."""

    model_config = ConfigDict(frozen=True)

    kind: ReportKind
    kind_ja: str
    incident_id: str
    as_of: dt.date
    regime: str
    reporter: Organization
    law_version: LawVersionRef
    reportable: bool
    grounds: list[str] = Field(description="報告対象事態 (Japanese, with the 号)")
    clock_starts_on: dt.date | None
    preliminary_report_due: dt.date | None
    final_report_due: dt.date | None
    items: list[ReportItem] = Field(description="the nine items, in order")
    citations: list[str]
    notes: list[str]


def _d(day: dt.date | None) -> str:
    return day.isoformat() if day else "不明(調査中)"


def _lines(values: list[str]) -> str:
    return "\n".join(values) if values else "—"


def _fields(incident: LeakIncident, no: int, as_of: dt.date, grounds: list[str]) -> tuple[list[ReportField], Any]:
    """The printed fields and the structured data of item ``no`` (assumed known)."""
    f = ReportField
    if no == 1:
        outline, disc, ent = incident.outline, incident.discovery, incident.entrustment
        entrust = ENTRUSTMENT_JA[ent.role] + (f": {ent.counterpart}" if ent.counterpart else "")
        if ent.entruster_notified_on:
            entrust += f"(委託元へ通知: {ent.entruster_notified_on.isoformat()})"
        assert outline is not None
        return [
            f(label="発生日", label_en="Date of occurrence", value=_d(disc.occurred_on)),
            f(label="発覚日", label_en="Date of discovery", value=disc.discovered_on.isoformat()),
            f(label="知った日", label_en="Date the organisation knew", value=disc.known_on.isoformat()),
            f(label="事案の概要", label_en="What happened", value=outline.description),
            f(label="発見者", label_en="Discovered by", value=disc.discovered_by),
            f(
                label="報告対象事態の該当号",
                label_en="Reportable heads",
                value=_lines(grounds) if grounds else "該当なし",
            ),
            f(label="委託元及び委託先の有無", label_en="Entruster / contractor", value=entrust),
            f(
                label="経緯",
                label_en="Chronology",
                value=_lines([f"{c.on.isoformat()} {c.event}" for c in outline.chronology]),
            ),
        ], {
            "discovery": disc.model_dump(mode="json"),
            "entrustment": ent.model_dump(mode="json"),
            "outline": outline.model_dump(mode="json"),
            "grounds": grounds,
        }
    if no == 2:
        data = incident.data
        assert data is not None
        return [
            f(label="項目", label_en="Items", value="、".join(data.items)),
            f(label="媒体", label_en="Media", value="、".join(data.media)),
            f(label="種類", label_en="Kind", value=data.kind),
        ], data.model_dump(mode="json")
    if no == 3:
        count = incident.persons_as_of(as_of)
        assert count is not None
        value = f"{count.count:,}人" + ("(最大数)" if count.upper_bound else "") + f"({count.on.isoformat()}時点)"
        return [f(label="本人の数", label_en="Persons", value=value)], count.model_dump(mode="json")
    if no == 4:
        cause = incident.cause
        assert cause is not None
        return [
            f(label="原因", label_en="Cause", value=cause.description),
            f(label="主体", label_en="Caused by", value=ACTOR_JA[cause.actor]),
        ], cause.model_dump(mode="json")
    if no == 5:
        dmg = incident.secondary_damage
        assert dmg is not None
        return [
            f(label="有無", label_en="Present", value=DAMAGE_JA[dmg.status]),
            f(label="内容", label_en="Content", value=dmg.description or "—"),
        ], dmg.model_dump(mode="json")
    if no == 6:
        methods: dict[str, int] = {}
        for r in incident.notices:
            methods[NOTICE_METHOD_JA[r.method]] = methods.get(NOTICE_METHOD_JA[r.method], 0) + 1
        sent = [r.sent_on for r in incident.notices]
        notice = (
            f"{len({r.person_ref for r in incident.notices}):,}人に通知済み("
            + "、".join(f"{k}{v:,}件" for k, v in methods.items())
            + f"; {min(sent).isoformat()}〜{max(sent).isoformat()})"
            if sent
            else "未実施"
        )
        subs = [
            f"{SUBSTITUTE_JA[m.kind]}: {m.started_on.isoformat()}〜 {m.detail}" for m in incident.substitute_measures
        ]
        return [
            f(label="本人への通知", label_en="Notices", value=notice),
            f(label="代替措置", label_en="Substitute measures", value=_lines(subs)),
            f(label="その他の対応", label_en="Other actions", value=incident.response_to_persons or "—"),
        ], {
            "notified": len({r.person_ref for r in incident.notices}),
            "by_method": methods,
            "substitute_measures": [m.model_dump(mode="json") for m in incident.substitute_measures],
            "other": incident.response_to_persons,
        }
    if no == 7:
        pub = incident.publication
        assert pub is not None
        when = f"({pub.on.isoformat()})" if pub.on else ""
        return [
            f(label="公表", label_en="Status", value=PUBLICATION_JA[pub.status] + when),
            f(label="方法", label_en="Method", value=pub.method or "—"),
        ], pub.model_dump(mode="json")
    if no == 8:
        prev = incident.prevention
        assert prev is not None
        return [
            f(label="実施済みの措置", label_en="Done", value=_lines(prev.done)),
            f(label="今後実施予定の措置", label_en="Planned", value=_lines(prev.planned)),
        ], prev.model_dump(mode="json")
    other = incident.other
    assert other is not None
    return [
        f(label="参考事項", label_en="Remarks", value=other.remarks or "—"),
        f(label="本人が取り得る措置", label_en="What persons can do", value=other.self_protection or "—"),
    ], other.model_dump(mode="json")


def _grounds(version: LawVersion, facts: BreachFacts, decision: BreachDecision) -> list[str]:
    heads = decision.grounds or decision.event_grounds
    return [f"{breach_law.head_citation(version, facts, g)} {GROUND_JA[g]}" for g in heads]


def commission_report(incident: LeakIncident, as_of: dt.date, kind: ReportKind = "preliminary") -> CommissionReport:
    """The report to the Commission on ``as_of``; a 確報 needs every item known or noted for 追完."""
    facts, decision, version = judge(incident, as_of)
    assessment = assess(incident, as_of)
    if kind == "final" and assessment.missing_for_final:
        no = assessment.missing_for_final[0]
        raise FactsError(
            ITEM_FIELDS[no],
            f"item {no} ({item_title(no, incident.regime)}) is unknown; a final report (確報) needs it, or a "
            f"'pending' entry for 追完 (missing items: {', '.join(map(str, assessment.missing_for_final))})",
        )
    grounds = _grounds(version, facts, decision)
    items = []
    for status in assessment.items:
        no = status.item
        title_en = ITEM_TITLES[no][1].format(data_en=DATA_WORDING[incident.regime][1])
        if status.status == "known":
            fields, data = _fields(incident, no, as_of, grounds)
        else:
            value = f"追完予定: {status.pending_reason}" if status.status == "pending" else "調査中"
            fields, data = [ReportField(label="状況", label_en="Status", value=value)], None
        items.append(
            ReportItem(item=no, title=status.title, title_en=title_en, status=status.status, fields=fields, data=data)
        )
    deadline_cite = breach_law.citation_for(version, "deadline_citation", facts)
    citations = [
        c
        for c in dict.fromkeys(
            [
                breach_law.citation_for(version, "report_citation", facts) or version.rule("breach.report_citation"),
                f"{deadline_cite}第1項" if deadline_cite else "",
                f"{deadline_cite}第2項" if deadline_cite and kind == "final" else "",
                breach_law.citation_for(version, "rule_citation", facts),
            ]
        )
        if c
    ]
    notes = [r.text for r in decision.reasons]
    if assessment.who_reports == "entruster":
        notes.insert(
            0,
            "当方は委託先として委託元に通知済みのため報告義務を免除されます。本報告は任意の協力として作成しています。",
        )
    elif not decision.reportable:
        notes.insert(0, "報告対象事態に該当しないため、この報告は法令上の義務によるものではありません(任意の報告)。")
    return CommissionReport(
        kind=kind,
        kind_ja=KIND_JA[kind],
        incident_id=incident.id,
        as_of=as_of,
        regime=incident.regime,
        reporter=incident.organization,
        law_version=decision.law_version,
        reportable=decision.reportable,
        grounds=grounds,
        clock_starts_on=decision.clock_starts_on,
        preliminary_report_due=decision.preliminary_report_due,
        final_report_due=decision.final_report_due,
        items=items,
        citations=citations,
        notes=notes,
    )
