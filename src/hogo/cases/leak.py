"""漏えい等事案 — the leak case record, from discovery to the report's nine items.

A :class:`LeakIncident` holds what the organisation learns about a leak, loss or damage
(漏えい・滅失・毀損) as it learns it. Each of the nine report items (個人情報保護法施行規則第8条第1項;
番号法の報告規則第3条第1項) is a field that stays ``None`` (or empty) until known. The facts the
decision layer needs are mapped onto :class:`hogo.law.breach.BreachFacts` by
:meth:`LeakIncident.breach_facts`, so reportability and deadlines are recomputed whenever a
fact changes (e.g. the count of persons rises past 1,000).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import Field, create_model, model_validator

from hogo.cases.common import CaseModel, Organization
from hogo.law.breach import BreachFacts, Regime

ItemNo = Literal[1, 2, 3, 4, 5, 6, 7, 8, 9]

# BreachFacts fields that the incident derives from its own record instead of taking as flags.
DERIVED_FACTS = frozenset(
    {"as_of", "regime", "known_on", "persons", "threshold_crossed_on", "contractor_notified_entruster"}
)

# The remaining BreachFacts fields (event, suspected, sensitive, protected, notice_difficult …), with the
# same types, defaults and descriptions: the decision layer stays the one definition of these facts.
BreachAttributes: type[CaseModel] = create_model(  # type: ignore[call-overload]
    "BreachAttributes",
    __base__=CaseModel,
    __doc__="The facts of hogo.law.breach.BreachFacts that are flags of the incident (see its field docs).",
    **{name: (info.annotation, info) for name, info in BreachFacts.model_fields.items() if name not in DERIVED_FACTS},
)


class Discovery(CaseModel):
    """Who knew when (発覚): the clock of the report starts on ``known_on``."""

    occurred_on: dt.date | None = Field(default=None, description="発生日 (None: 不明・調査中)")
    discovered_on: dt.date = Field(description="発覚日: the day the event was first noticed")
    discovered_by: str = Field(
        min_length=1, description="発見者 (a role, e.g. '教務課職員', '委託先', '本人からの連絡')"
    )
    known_on: dt.date = Field(
        description="知った日: the day any department of the organisation knew (day 1 of the report periods)"
    )

    @model_validator(mode="after")
    def _order(self) -> Discovery:
        if self.occurred_on and self.occurred_on > self.discovered_on:
            raise ValueError("occurred_on is after discovered_on")
        return self


class Entrustment(CaseModel):
    """委託元・委託先の有無 (item 1) and the contractor rule (法第26条第1項ただし書; 番号法規則第4条)."""

    role: Literal["none", "entruster", "contractor"] = Field(
        default="none", description="none: 委託なし; entruster: this organisation is the 委託元; contractor: 委託先"
    )
    counterpart: str | None = Field(
        default=None, description="the 委託先 (for an entruster) or 委託元 (for a contractor)"
    )
    entruster_notified_on: dt.date | None = Field(
        default=None, description="contractor: the day it notified the 委託元 of the known items (→ exempt)"
    )

    @model_validator(mode="after")
    def _contractor_only(self) -> Entrustment:
        if self.entruster_notified_on and self.role != "contractor":
            raise ValueError("entruster_notified_on applies only to role 'contractor'")
        return self


class ChronologyEntry(CaseModel):
    """One step of 経緯 (事実経過)."""

    on: dt.date
    event: str = Field(min_length=1)


class Outline(CaseModel):
    """Item 1 概要 (besides the dates and discoverer of :class:`Discovery`)."""

    description: str = Field(min_length=1, description="事案の概要")
    chronology: list[ChronologyEntry] = Field(default_factory=list, description="経緯")


class DataItems(CaseModel):
    """Item 2: 漏えい等が発生し又は発生したおそれがある個人データ(特定個人情報)の項目."""

    items: list[str] = Field(min_length=1, description="項目 (e.g. 氏名, 住所, 成績)")
    media: list[str] = Field(min_length=1, description="媒体 (e.g. 紙, USBメモリ, サーバ)")
    kind: str = Field(min_length=1, description="種類 (e.g. 顧客情報, 従業員情報, 児童生徒の情報)")


class PersonCount(CaseModel):
    """Item 3: 本人の数 as known on a day. Later entries supersede earlier ones."""

    on: dt.date
    count: int = Field(ge=0)
    upper_bound: bool = Field(default=False, description="the largest possible number (人数不明のため最大数)")


class Cause(CaseModel):
    """Item 4: 原因, with who caused it (主体)."""

    description: str = Field(min_length=1)
    actor: Literal["reporter", "contractor", "third_party", "unknown"] = Field(
        description="reporter: 報告者(自組織); contractor: 委託先; third_party: 第三者 (e.g. 不正アクセス)"
    )


class SecondaryDamage(CaseModel):
    """Item 5: 二次被害又はそのおそれの有無及びその内容."""

    status: Literal["none", "risk", "occurred"] = Field(description="none: 無; risk: おそれ有; occurred: 発生")
    description: str = Field(default="", description="その内容")

    @model_validator(mode="after")
    def _content(self) -> SecondaryDamage:
        if self.status != "none" and not self.description:
            raise ValueError("description is required when status is 'risk' or 'occurred'")
        return self


class Publication(CaseModel):
    """Item 7: 公表の実施状況."""

    status: Literal["published", "planned", "not_planned"]
    on: dt.date | None = Field(default=None, description="公表日 (published) or 予定日 (planned)")
    method: str | None = Field(default=None, description="e.g. ウェブサイト, 記者発表")


class Prevention(CaseModel):
    """Item 8: 再発防止のための措置, split into 実施済み and 今後実施予定."""

    done: list[str] = Field(default_factory=list, description="実施済みの措置")
    planned: list[str] = Field(default_factory=list, description="今後実施予定の措置")

    @model_validator(mode="after")
    def _some(self) -> Prevention:
        if not self.done and not self.planned:
            raise ValueError("give at least one measure in done or planned")
        return self


class Other(CaseModel):
    """Item 9: その他参考となる事項; ``self_protection`` is what the persons can do (used in notices)."""

    remarks: str = Field(default="", description="委員会への参考事項")
    self_protection: str = Field(
        default="", description="本人が自ら取り得る措置 (e.g. パスワード変更, 不審な連絡への注意)"
    )


class Pending(CaseModel):
    """追完: an item still unknown after reasonable effort, reported later."""

    item: ItemNo
    reason: str = Field(min_length=1, description="why it is not yet known")
    expected_on: dt.date | None = None


NoticeMethod = Literal["post", "email", "hand", "phone"]
NOTICE_METHOD_JA = {"post": "郵送", "email": "電子メール", "hand": "手渡し", "phone": "電話"}


class NoticeRecord(CaseModel):
    """Who was notified how and when (本人への通知の記録). Persons are referred to by an id, never by name."""

    person_ref: str = Field(min_length=1, description="id of the person in the organisation's records")
    method: NoticeMethod = Field(description="post: 郵送; email: 電子メール; hand: 手渡し; phone: 電話")
    sent_on: dt.date
    delay_reason: str | None = Field(default=None, description="why notice waited (被害拡大のおそれ, 事実関係不明)")


SubstituteKind = Literal["publication", "inquiry_desk"]
SUBSTITUTE_JA = {"publication": "事案の公表", "inquiry_desk": "問合せ窓口の設置・公表"}


class SubstituteMeasure(CaseModel):
    """代替措置 when notice is difficult: 公表, or an inquiry desk with published contact."""

    kind: SubstituteKind
    started_on: dt.date
    detail: str = Field(min_length=1, description="where (URL) or which desk (電話番号)")
    reason: str = Field(min_length=1, description="why notice is difficult (連絡先不明 etc.)")


class LeakIncident(CaseModel):
    """A 漏えい等事案 from its first minute. Fields of items 1–9 are ``None``/empty until known."""

    id: str = Field(min_length=1, description="事案番号")
    organization: Organization = Field(description="報告者")
    regime: Regime = Field(default="appi", description="appi: 個人データ; mynumber: 特定個人情報")
    discovery: Discovery
    entrustment: Entrustment = Field(default_factory=Entrustment)
    facts: BreachAttributes = Field(default_factory=BreachAttributes)  # type: ignore[valid-type]
    outline: Outline | None = None  # item 1
    data: DataItems | None = None  # item 2
    persons: list[PersonCount] = Field(default_factory=list)  # item 3
    cause: Cause | None = None  # item 4
    secondary_damage: SecondaryDamage | None = None  # item 5
    response_to_persons: str | None = Field(default=None, description="item 6: 本人への対応 (besides notices)")
    publication: Publication | None = None  # item 7
    prevention: Prevention | None = None  # item 8
    other: Other | None = None  # item 9
    pending: list[Pending] = Field(default_factory=list, description="追完 notes")
    notices: list[NoticeRecord] = Field(default_factory=list)
    substitute_measures: list[SubstituteMeasure] = Field(default_factory=list)

    @model_validator(mode="after")
    def _dates(self) -> LeakIncident:
        if self.discovery.known_on < self.discovery.discovered_on:
            raise ValueError("discovery.known_on is before discovered_on")
        for entry in self.persons:
            if entry.on < self.discovery.discovered_on:
                raise ValueError(f"persons: count of {entry.on.isoformat()} is before discovered_on")
        return self

    def persons_as_of(self, as_of: dt.date) -> PersonCount | None:
        """The latest count known on ``as_of`` (item 3)."""
        known = [entry for entry in self.persons if entry.on <= as_of]
        return max(known, key=lambda entry: entry.on) if known else None

    def breach_facts(self, as_of: dt.date, threshold: int | None) -> BreachFacts:
        """The decision layer's facts as known on ``as_of``.

        ``threshold`` is the law's persons threshold (1,000 or 100); the first day a count above it
        was recorded, when later than ``known_on``, becomes ``threshold_crossed_on``.
        """
        current = self.persons_as_of(as_of)
        crossed = None
        if threshold is not None:
            over = sorted(entry.on for entry in self.persons if entry.on <= as_of and entry.count > threshold)
            if over and over[0] > self.discovery.known_on:
                crossed = over[0]
        notified = self.entrustment.entruster_notified_on
        values: dict[str, Any] = dict(self.facts)
        return BreachFacts(
            regime=self.regime,
            known_on=self.discovery.known_on,
            persons=current.count if current else 0,
            threshold_crossed_on=crossed,
            contractor_notified_entruster=notified is not None and notified <= as_of,
            **values,
        )
