"""本人への通知 — the notice to each person, and the record of notices and substitute measures.

The notice carries items 1 (概要), 2 (項目), 4 (原因), 5 (二次被害) and 9 (その他: what the person
can do to protect themselves) of the report and nothing else (個人情報保護法施行規則第10条;
番号法の報告規則第5条): not the number of persons, the actions, the publication or the
prevention measures (items 3, 6, 7, 8). A contractor that notified its entruster is exempt
(the entruster notifies), so :func:`notice_to_person` refuses it.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from hogo.cases.breach_report import ITEM_TITLES, ReportField, assess, item_title
from hogo.cases.common import CaseModel, Organization
from hogo.cases.leak import (
    LeakIncident,
    NoticeMethod,
    NoticeRecord,
    SubstituteKind,
    SubstituteMeasure,
)
from hogo.law.core import FactsError, LawVersionRef

NOTICE_ITEMS = (1, 2, 4, 5, 9)
UNKNOWN = "現在調査中です。判明し次第お知らせします。"


class PersonFields(CaseModel):
    """The addressee of one notice. Only what the letter needs; ``person_ref`` links the record."""

    person_ref: str = Field(min_length=1, description="id of the person (stored in the notice record)")
    name: str = Field(min_length=1, description="氏名 (printed, never logged)")
    postal_code: str | None = None
    address: str | None = None
    email: str | None = None
    items: list[str] | None = Field(
        default=None, description="the data items of this person concerned (default: all items of the incident)"
    )


class NoticeSection(BaseModel):
    model_config = ConfigDict(frozen=True)

    item: int
    title: str
    fields: list[ReportField]


class PersonNotice(BaseModel):
    """The notice to one person (JSON-able); rendered by :mod:`hogo.documents`."""

    model_config = ConfigDict(frozen=True)

    incident_id: str
    date: dt.date
    regime: str
    person: PersonFields
    sender: Organization
    sections: list[NoticeSection] = Field(description="items 1, 2, 4, 5, 9 only")
    deferral_note: str | None
    citation: str
    law_version: LawVersionRef


def _sections(incident: LeakIncident, person: PersonFields | None) -> list[NoticeSection]:
    f = ReportField
    outline, disc = incident.outline, incident.discovery
    assert outline is not None
    data, cause, dmg, other = incident.data, incident.cause, incident.secondary_damage, incident.other
    items = person.items if person and person.items else (data.items if data else None)
    s1 = [
        f(
            label="発生日",
            label_en="Date of occurrence",
            value=disc.occurred_on.isoformat() if disc.occurred_on else "調査中",
        ),
        f(label="発覚日", label_en="Date of discovery", value=disc.discovered_on.isoformat()),
        f(label="事案の概要", label_en="What happened", value=outline.description),
    ]
    s2 = (
        [
            f(label="項目", label_en="Items", value="、".join(items or [])),
            f(label="媒体", label_en="Media", value="、".join(data.media)),
        ]
        if data
        else [f(label="項目", label_en="Items", value=UNKNOWN)]
    )
    s4 = [f(label="原因", label_en="Cause", value=cause.description if cause else UNKNOWN)]
    if dmg:
        text = {
            "none": "現時点で二次被害は確認されていません。",
            "risk": "二次被害のおそれがあります。",
            "occurred": "二次被害が発生しています。",
        }[dmg.status]
        s5 = [f(label="二次被害又はそのおそれ", label_en="Secondary damage", value=f"{text}{dmg.description}")]
    else:
        s5 = [f(label="二次被害又はそのおそれ", label_en="Secondary damage", value=UNKNOWN)]
    own = (
        other.self_protection if other and other.self_protection else "不審な電話・郵便・電子メール等にご注意ください。"
    )
    s9 = [f(label="ご自身で取り得る措置", label_en="What you can do", value=own)]
    by_item = {1: s1, 2: s2, 4: s4, 5: s5, 9: s9}
    titles = {no: item_title(no, incident.regime) for no in NOTICE_ITEMS}
    titles[9] = f"{ITEM_TITLES[9][0]}(ご自身で取り得る措置)"
    return [NoticeSection(item=no, title=titles[no], fields=by_item[no]) for no in NOTICE_ITEMS]


def notice_to_person(incident: LeakIncident, person: PersonFields, as_of: dt.date) -> PersonNotice:
    """The notice to ``person`` dated ``as_of`` (items 1, 2, 4, 5, 9)."""
    assessment = assess(incident, as_of)
    decision = assessment.decision
    if assessment.who_reports == "entruster":
        raise FactsError(
            "entrustment.entruster_notified_on",
            "this organisation is a contractor that notified its entruster: it is exempt, the entruster notifies "
            "the persons",
        )
    if incident.outline is None:
        raise FactsError("outline", "item 1 (概要) is needed before persons can be notified")
    if person.items and incident.data:
        extra = [i for i in person.items if i not in incident.data.items]
        if extra:
            raise FactsError("person.items", f"not among the incident's data items: {', '.join(extra)}")
    deferral = None
    if decision.notice_deferral_allowed:
        deferral = (
            "通知により被害が拡大するおそれがある間は通知を見合わせることができます(facts.notice_would_expand_harm)。"
        )
    citation = next((r.citation for r in decision.reasons if "通知" in r.text and r.citation), "")
    return PersonNotice(
        incident_id=incident.id,
        date=as_of,
        regime=incident.regime,
        person=person,
        sender=incident.organization,
        sections=_sections(incident, person),
        deferral_note=deferral,
        citation=citation,
        law_version=decision.law_version,
    )


def record_notice(
    incident: LeakIncident, person_ref: str, method: NoticeMethod, sent_on: dt.date, delay_reason: str | None = None
) -> LeakIncident:
    """The incident with one more notice record (the record keeps the person's id, not the name)."""
    if sent_on < incident.discovery.discovered_on:
        raise FactsError("sent_on", "is before discovery.discovered_on")
    record = NoticeRecord(person_ref=person_ref, method=method, sent_on=sent_on, delay_reason=delay_reason)
    return incident.model_copy(update={"notices": [*incident.notices, record]})


def record_substitute(
    incident: LeakIncident, kind: SubstituteKind, started_on: dt.date, detail: str, reason: str
) -> LeakIncident:
    """The incident with a substitute measure (公表 / 問合せ窓口); allowed only when notice is difficult."""
    if not incident.facts.notice_difficult:  # type: ignore[attr-defined]
        raise FactsError(
            "facts.notice_difficult",
            "a substitute measure (代替措置) is allowed only when notice to the persons is difficult",
        )
    measure = SubstituteMeasure(kind=kind, started_on=started_on, detail=detail, reason=reason)
    return incident.model_copy(update={"substitute_measures": [*incident.substitute_measures, measure]})
