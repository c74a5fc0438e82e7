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
            # businesses to report (努力義務 at most).
            "breach.duty": "guideline",
            "breach.authority": "minister",
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
            # 平成29年個人情報保護委員会告示第1号.
            "breach.duty": "effort",
            "breach.authority": "ppc",
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
            "breach.persons_threshold": 1000,  # 施行規則第7条第4号: 1,000人を超える
            "breach.final_days": 30,  # 施行規則第8条第2項
            "breach.final_days_wrongful": 60,
            "breach.preliminary_days": (3, 5),  # 速報: 速やかに, guideline 3〜5日
            "breach.wrongful_covers_acquiring": False,
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
            "breach.persons_threshold": 100,
            "breach.notify_individuals": False,
            "breach.final_days": None,
            "breach.final_days_wrongful": None,
            "breach.preliminary_days": None,
            "sme.max_employees": 100,
            "sme.max_persons_past_6_months": 5000,
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
