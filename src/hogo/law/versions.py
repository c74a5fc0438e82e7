"""Versions of the law as data (法令の版): what changed, and from which day.

Each law is a timeline of :class:`LawVersion` entries. An entry lists only the rule
parameters that changed on its effective date; :func:`version_at` returns the version in
force on a day with every parameter accumulated from the earlier entries. Judgements read
parameters (``version.rule("breach.duty")``) instead of comparing dates, so an amendment
is one new entry here, not an ``if`` in every judgement.

Parameter names are dotted: ``<topic>.<parameter>``. Keep them documented in the entry that
introduces them. Values are plain data (numbers, strings, booleans, tuples, ``None``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Literal

Law = Literal["appi", "mynumber"]
"""``appi``: 個人情報の保護に関する法律 (個人情報保護法). ``mynumber``: 番号法."""


class LawNotInForceError(ValueError):
    """The date is before the first version of the law took effect."""


@dataclass(frozen=True)
class Amendment:
    """One entry of a law's timeline: an id, the day it took effect, and what it changed."""

    id: str
    law: Law
    effective: dt.date
    title_ja: str
    title_en: str
    changes: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class LawVersion:
    """A law as in force from ``effective``: the latest amendment plus every parameter."""

    id: str
    law: Law
    effective: dt.date
    title_ja: str
    title_en: str
    rules: Mapping[str, Any]

    def rule(self, name: str) -> Any:
        """The value of a rule parameter; a missing name is a programming error."""
        try:
            return self.rules[name]
        except KeyError:
            raise KeyError(f"law version {self.id} has no rule parameter {name!r}") from None


# ---------------------------------------------------------------------------------------
# 個人情報保護法 (Act on the Protection of Personal Information, APPI)
# ---------------------------------------------------------------------------------------
APPI_TIMELINE: tuple[Amendment, ...] = (
    Amendment(
        id="appi-2005",
        law="appi",
        effective=dt.date(2005, 4, 1),
        title_ja="個人情報保護法(平成15年法律第57号)全面施行",
        title_en="APPI (Act No. 57 of 2003) in full force",
        changes={
            # 個人情報取扱事業者: excluded when the databases identify ≤ 5,000 persons on every
            # day of the past 6 months (旧施行令第2条).
            "handler.min_persons": 5000,
            # 保有個人データ: data to be erased within 6 months is excluded (旧施行令第4条).
            "retained.short_term_exclusion_months": 6,
            # Breach: no statutory duty; sector guidelines of the competent ministers asked
            # businesses to report to the minister (努力義務 at most; e.g. 福祉分野ガイドライン第10
            # 「報告するよう努めなければならない」). Read by hogo.law.breach.
            "breach.duty": "effort",  # strength: "mandatory" (statute) | "effort" (努力義務)
            "breach.authority": "minister",  # 主務大臣 (and the 認定個人情報保護団体 for members)
            "breach.basis": "各主務大臣の事業分野別ガイドライン(例: 福祉分野における個人情報保護に関するガイドライン第10)",
            "breach.basis_en": "the competent ministers' sector guidelines (e.g. MHLW welfare guideline, part 10)",
            "breach.report_citation": "各事業分野別ガイドライン(例: 福祉分野ガイドライン第10)",
            "breach.rule_citation": None,
            "breach.notice_citation": None,
            "breach.deadline_citation": None,
            "breach.notify_individuals": False,
            "breach.persons_threshold": None,
            "breach.final_days": None,
            "breach.final_days_wrongful": None,
            "breach.preliminary_days": None,
            "breach.wrongful_covers_acquiring": False,
            # 行政機関等 (administrative organs) came under this Act only with the 2021 amendment.
            "breach.administrative_covered": False,
            "breach.local_government_covered": False,
            "breach.administrative_persons_threshold": None,
            # Duty for incidents that are not 報告対象事態 while a mandatory regime is in force.
            "breach.nonreportable_duty": "effort",
            "breach.nonreportable_duty_administrative": None,
            "breach.nonreportable_citation": None,
            "breach.contractor_exemption": False,  # 委託先の通知による免除 (法第26条第1項ただし書)
            "breach.contractor_citation": None,
            "breach.head_items": None,  # ground code → 号 of the rule naming it
            "breach.administrative_report_citation": None,
            "breach.administrative_rule_citation": None,
            "breach.administrative_notice_citation": None,
            "breach.administrative_deadline_citation": None,
        },
    ),
    Amendment(
        id="appi-2017",
        law="appi",
        effective=dt.date(2017, 5, 30),
        title_ja="平成27年改正個人情報保護法の全面施行",
        title_en="2015 amendment of the APPI in full force",
        changes={
            "handler.min_persons": None,  # the 5,000-person rule was abolished
            "sensitive.defined": True,  # 要配慮個人情報 (旧法第2条第3項)
            # Breach: report to the Commission was an effort duty under
            # 平成29年個人情報保護委員会告示第1号 (a 行政指導指針, not binding).
            "breach.duty": "effort",
            "breach.authority": "ppc",
            "breach.basis": "「個人データの漏えい等の事案が発生した場合等の対応について」(平成29年個人情報保護委員会告示第1号)",
            "breach.basis_en": "PPC Notice No. 1 of 2017 on responding to personal-data leaks (administrative guidance)",
            "breach.report_citation": "平成29年個人情報保護委員会告示第1号",
        },
    ),
    Amendment(
        id="appi-2022",
        law="appi",
        effective=dt.date(2022, 4, 1),
        title_ja="令和2年改正個人情報保護法の施行",
        title_en="2020 amendment of the APPI in force",
        changes={
            "retained.short_term_exclusion_months": None,  # abolished
            # Mandatory breach report and notice (法第26条; 施行規則第7条〜第10条).
            "breach.duty": "mandatory",
            "breach.basis": "個人情報保護法第26条",
            "breach.basis_en": "APPI Art. 26",
            "breach.report_citation": "個人情報保護法第26条第1項",
            "breach.rule_citation": "施行規則第7条",
            "breach.notice_citation": "個人情報保護法第26条第2項; 施行規則第10条",
            "breach.deadline_citation": "施行規則第8条",
            "breach.notify_individuals": True,
            "breach.persons_threshold": 1000,  # 施行規則第7条第4号: 1,000人を超える
            "breach.final_days": 30,  # 施行規則第8条第2項
            "breach.final_days_wrongful": 60,
            "breach.preliminary_days": (3, 5),  # 速報: 速やかに, guideline 3〜5日
            "breach.wrongful_covers_acquiring": False,
            # 令和3年改正: 国の行政機関・独立行政法人等 under the Act (法第68条; 施行規則第43条,
            # 100人を超える, 第4号). General knowledge, see docs/open-questions.md "Breach".
            "breach.administrative_covered": True,
            "breach.administrative_persons_threshold": 100,
            "breach.administrative_report_citation": "個人情報保護法第68条第1項",
            "breach.administrative_rule_citation": "施行規則第43条",
            "breach.administrative_notice_citation": "個人情報保護法第68条第2項; 施行規則第45条",
            "breach.administrative_deadline_citation": "施行規則第44条",
            # The 2017 notice was repealed; a non-reportable leak carries no duty to report.
            "breach.nonreportable_duty": "none",
            "breach.nonreportable_duty_administrative": "none",
            "breach.nonreportable_citation": "個人情報保護法第26条第1項; 施行規則第7条",
            "breach.contractor_exemption": True,  # 法第26条第1項ただし書; 施行規則第9条
            "breach.contractor_citation": "個人情報保護法第26条第1項ただし書; 施行規則第9条",
            "breach.head_items": (
                ("sensitive", "第1号"),
                ("financial_harm", "第2号"),
                ("wrongful_purpose", "第3号"),
                ("over_1000", "第4号"),
                ("over_100", "第4号"),
            ),
        },
    ),
    Amendment(
        id="appi-2023",
        law="appi",
        effective=dt.date(2023, 4, 1),
        title_ja="令和3年改正個人情報保護法(地方公共団体等に係る部分)の施行",
        title_en="2021 amendment of the APPI in force for local governments",
        changes={
            # 地方公共団体の機関・地方独立行政法人 come under 法第68条 (施行規則第43条).
            "breach.local_government_covered": True,
        },
    ),
    Amendment(
        id="appi-2024",
        law="appi",
        effective=dt.date(2024, 4, 1),
        title_ja="個人情報保護法施行規則の改正(令和5年個人情報保護委員会規則第5号)施行",
        title_en="2023 amendment of the APPI Enforcement Rules in force",
        changes={
            # 施行規則第7条第3号: 不正の目的 now covers personal information that the business
            # is acquiring or is about to handle as personal data (e.g. web skimming).
            "breach.wrongful_covers_acquiring": True,
        },
    ),
)

# ---------------------------------------------------------------------------------------
# 番号法 (Act on the Use of Numbers to Identify a Specific Individual, My Number Act)
# ---------------------------------------------------------------------------------------
MYNUMBER_TIMELINE: tuple[Amendment, ...] = (
    Amendment(
        id="mynumber-2016",
        law="mynumber",
        effective=dt.date(2016, 1, 1),
        title_ja="番号法の個人番号利用開始(平成28年1月1日)",
        title_en="My Number Act: use of individual numbers begins",
        changes={
            # 重大な事態の報告 (平成27年特定個人情報保護委員会規則第5号): report to the
            # Commission; no statutory notice to persons, no fixed final deadline.
            "breach.duty": "mandatory",
            "breach.basis": "番号法第28条の4(当時)",
            "breach.basis_en": "My Number Act Art. 28-4 (as numbered then)",
            "breach.report_citation": "番号法第28条の4(当時)",
            "breach.rule_citation": "平成27年特定個人情報保護委員会規則第5号第2条",
            "breach.notice_citation": None,
            "breach.deadline_citation": None,
            # Incidents that are not 重大な事態: businesses were asked to endeavour to report
            # (平成27年特定個人情報保護委員会告示第2号); administrative bodies to report.
            "breach.nonreportable_citation": "平成27年特定個人情報保護委員会告示第2号",
            "breach.nonreportable_duty": "effort",  # 事業者: 報告するよう努める
            "breach.nonreportable_duty_administrative": "guideline",  # 行政機関等: 報告する
            "breach.authority": "ppc",
            "breach.contractor_exemption": False,
            "breach.contractor_citation": None,
            "breach.head_items": None,  # the 2015 rule's numbering is not restated here
            "breach.persons_threshold": 100,
            "breach.notify_individuals": False,
            "breach.final_days": None,
            "breach.final_days_wrongful": None,
            "breach.preliminary_days": None,
            "sme.max_employees": 100,
            "sme.max_persons_past_6_months": 5000,
            # 特定個人情報保護評価 (PIA). The 規則 (平成26年特定個人情報保護委員会規則第1号) and the
            # 指針 (同告示第4号) apply from 2014-04-20, before this first entry; the thresholds have
            # not changed since, so they live here (see docs/open-questions.md, "PIA").
            # Bodies obliged to assess (番号法第28条; 指針第3の1); ordinary businesses are not.
            "pia.obliged_bodies": ("administrative", "local_government", "health_insurance_society"),
            "pia.min_persons": 1000,  # 規則第4条: 対象人数1,000人未満の事務は義務付けられない
            "pia.focused_min_persons": 10000,  # 指針第5の2: 1万人以上で重点項目評価の判断に入る
            "pia.full_min_persons": 100000,  # 10万人以上30万人未満: 取扱者数/重大事故で全項目
            "pia.full_always_min_persons": 300000,  # 30万人以上: 全項目評価
            "pia.handlers_threshold": 500,  # 取扱者数500人以上
            # 重大事故: 故意による, 又は本人の数が101人以上 (指針第2 定義)
            "pia.serious_incident_min_persons": 101,
            "pia.serious_incident_lookback_years": 1,  # 過去1年以内
            "pia.redo_years": 5,  # 規則第15条: 公表から5年を経過する前に再実施 (努力義務)
        },
    ),
    Amendment(
        id="mynumber-2022",
        law="mynumber",
        effective=dt.date(2022, 4, 1),
        title_ja="番号法第29条の4改正及び漏えい等報告規則の施行",
        title_en="My Number Act Art. 29-4 as amended, and the breach reporting rules, in force",
        changes={
            "breach.duty": "mandatory",
            "breach.basis": "番号法第29条の4",
            "breach.basis_en": "My Number Act Art. 29-4",
            "breach.report_citation": "番号法第29条の4第1項",
            "breach.rule_citation": "特定個人情報の漏えい等に関する報告等に関する規則第2条",
            "breach.notice_citation": "番号法第29条の4第2項; 規則第5条",
            "breach.deadline_citation": "規則第3条",
            "breach.nonreportable_citation": "特定個人情報の適正な取扱いに関するガイドライン 別添2",
            "breach.contractor_exemption": True,  # 番号法第29条の4第1項ただし書; 規則第4条
            "breach.contractor_citation": "番号法第29条の4第1項ただし書; 規則第4条",
            "breach.head_items": (
                ("network_system", "第1号"),
                ("wrongful_purpose", "第2号"),
                ("public_exposure", "第3号"),
                ("over_100", "第4号"),
            ),
            "breach.persons_threshold": 100,  # 規則第2条第4号: 100人を超える
            "breach.notify_individuals": True,  # 番号法第29条の4第2項
            "breach.final_days": 30,  # 規則第3条第2項
            "breach.final_days_wrongful": 60,
            "breach.preliminary_days": (3, 5),
        },
    ),
)

TIMELINES: Mapping[Law, tuple[Amendment, ...]] = MappingProxyType(
    {"appi": APPI_TIMELINE, "mynumber": MYNUMBER_TIMELINE}
)


def _accumulate(timeline: tuple[Amendment, ...]) -> tuple[LawVersion, ...]:
    versions: list[LawVersion] = []
    rules: dict[str, Any] = {}
    previous: dt.date | None = None
    for amendment in timeline:
        if previous is not None and amendment.effective <= previous:
            raise ValueError(f"timeline out of order at {amendment.id}")
        previous = amendment.effective
        rules = {**rules, **amendment.changes}
        versions.append(
            LawVersion(
                id=amendment.id,
                law=amendment.law,
                effective=amendment.effective,
                title_ja=amendment.title_ja,
                title_en=amendment.title_en,
                rules=MappingProxyType(dict(rules)),
            )
        )
    return tuple(versions)


VERSIONS: Mapping[Law, tuple[LawVersion, ...]] = MappingProxyType(
    {law: _accumulate(timeline) for law, timeline in TIMELINES.items()}
)


def version_at(law: Law, day: dt.date) -> LawVersion:
    """The version of ``law`` in force on ``day``.

    Raises :class:`LawNotInForceError` for a day before the law's first version.
    """
    in_force = [v for v in VERSIONS[law] if v.effective <= day]
    if not in_force:
        first = VERSIONS[law][0]
        raise LawNotInForceError(
            f"{law} was not in force on {day.isoformat()} (first version {first.id} from {first.effective.isoformat()})"
        )
    return in_force[-1]
