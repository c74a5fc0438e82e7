"""Small helpers shared by several judgements (add to this module rather than duplicating).

- :func:`cite` — an article of the Act in the numbering of a law version (``article.<key>`` parameters);
- :class:`Notes` — reasons and required actions collected while judging;
- :func:`add_months`, :func:`add_years` — calendar arithmetic clamped to the end of a shorter month;
- :class:`ExceptionFactsBase` — the facts that open the classic exceptions to consent
  (法令に基づく, 生命・身体・財産, 公衆衛生・児童, 国の機関等への協力), shared by use (第18条第3項),
  acquisition of 要配慮 (第20条第2項) and third-party provision (第27条第1項).
"""

from __future__ import annotations

import calendar
import datetime as dt

from pydantic import Field

from hogo.law.core import Facts, Reason, reason
from hogo.law.versions import LawVersion

ACT = "個人情報保護法"  # Act on the Protection of Personal Information (APPI)
MYNUMBER_ACT = "番号法"  # My Number Act


def cite(version: LawVersion, key: str, suffix: str = "") -> str:
    """The citation of ``article.<key>`` in the numbering of ``version``.

    ``"第2条第4項; 施行令第3条"`` becomes ``"個人情報保護法第2条第4項; 個人情報保護法施行令第3条"``;
    ``suffix`` (e.g. ``"第3項第1号"``) is appended to the first part. A key the version lacks is a
    programming error (:class:`KeyError`), never a silent empty citation.
    """
    article = version.rule(f"article.{key}")
    if article is None:
        raise KeyError(f"law version {version.id} has no article for {key!r}")
    parts = article.split("; ")
    out = [f"{ACT}{parts[0]}{suffix}"]
    out.extend(f"{ACT}{part}" if part.startswith("施行令") else part for part in parts[1:])
    return "; ".join(out)


class Notes:
    """Collects a judgement's reasons and required actions while it decides.

    ``say`` adds a :class:`~hogo.law.core.Reason` (Japanese, English, citations); ``act`` adds
    action codes once each, in the order first given.
    """

    def __init__(self) -> None:
        self.reasons: list[Reason] = []
        self.actions: list[str] = []

    def say(self, ja: str, en: str, *citations: str) -> None:
        self.reasons.append(reason(ja, en, *citations))

    def act(self, *codes: str) -> None:
        for code in codes:
            if code not in self.actions:
                self.actions.append(code)


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` months later (negative: earlier), clamped to the last day of a shorter month."""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def add_years(day: dt.date, years: int) -> dt.date:
    """The same day ``years`` years later (negative: earlier); 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a common year (民法第143条第2項)
        return day.replace(year=day.year + years, day=28)


class ExceptionFactsBase(Facts):
    """Facts that open the classic exceptions to consent (第18条第3項, 第20条第2項, 第27条第1項 各号).

    Subclasses add what only their provision knows (the 学術研究 variants, the catalogue of statutory bases).
    """

    based_on_law: bool = Field(default=False, description="法令に基づく場合 (明確な法令上の根拠がある; 任意の求めを含む)")
    legal_basis: str | None = Field(
        default=None,
        min_length=1,
        max_length=200,
        description="法令に基づく場合: 根拠となる法令の条項 (例: 刑事訴訟法第197条第2項)",
    )
    protect_life_body_property: bool = Field(
        default=False, description="人の生命、身体又は財産の保護のために必要 (具体的な危険・侵害のおそれ)"
    )
    public_health_or_children: bool = Field(
        default=False, description="公衆衛生の向上又は児童の健全な育成の推進のために特に必要"
    )
    cooperate_public_body: bool = Field(
        default=False,
        description="国の機関・地方公共団体又はその委託を受けた者が法令の定める事務を遂行することに協力する必要",
    )
    consent_difficult: bool = Field(default=False, description="本人の同意を得ることが困難")
    consent_would_hinder: bool = Field(
        default=False, description="本人の同意を得ることにより当該事務の遂行に支障を及ぼすおそれ"
    )
    unduly_infringes_rights: bool = Field(default=False, description="個人の権利利益を不当に侵害するおそれがある")
    academic_institution: bool = Field(
        default=False,
        description="(提供元・取扱者が) 学術研究機関等 (大学その他の学術研究を目的とする機関・団体又はそれらに属する者)",
    )
