"""中小規模事業者 — is a business an SME for My Number safety measures?

特定個人情報の適正な取扱いに関するガイドライン(事業者編) 別添1「特定個人情報に関する安全管理措置」
(注): a business with 100 or fewer employees (従業員の数が100人以下, 中小企業基本法の従業員) is a
中小規模事業者 and may use the relaxed methods (【中小規模事業者における対応方法】), unless it is

1. a 個人番号利用事務実施者;
2. a business that does 個人番号関係事務 or 個人番号利用事務 as an entrusted business;
3. a business in the financial sector (金融分野ガイドライン第1条第1項);
4. a business whose personal information databases identified more than 5,000 persons on any
   day of the past 6 months.
"""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from hogo.law.core import Decision, Facts, LawVersionRef, NonNegativeInt, reason
from hogo.law.registry import judgement
from hogo.law.versions import version_at

GUIDELINE = "特定個人情報の適正な取扱いに関するガイドライン(事業者編)別添1 (注)"


class SmeFacts(Facts):
    employees: NonNegativeInt = Field(description="従業員の数 (中小企業基本法の従業員)")
    utilization_affairs: bool = Field(default=False, description="個人番号利用事務実施者")
    entrusted_affairs: bool = Field(
        default=False, description="個人番号関係事務/利用事務を委託に基づいて事業として行う"
    )
    financial_sector: bool = Field(default=False, description="金融分野の事業者")
    max_persons_past_6_months: NonNegativeInt = Field(
        default=0, description="過去6月以内のいずれかの日の個人情報データベース等の本人の数の最大"
    )


class SmeDecision(Decision):
    sme: bool = Field(description="中小規模事業者に該当するか")


@judgement(
    "mynumber-sme",
    SmeFacts,
    SmeDecision,
    summary_ja="番号法ガイドライン上の中小規模事業者に該当するか",
    summary_en="Is the business an SME (中小規模事業者) for My Number safety measures?",
)
def judge_mynumber_sme(facts: SmeFacts, as_of: dt.date) -> SmeDecision:
    version = version_at("mynumber", as_of)
    max_employees: int = version.rule("sme.max_employees")
    max_persons: int = version.rule("sme.max_persons_past_6_months")

    reasons = []
    if facts.employees > max_employees:
        reasons.append(
            reason(
                f"従業員の数が{facts.employees}人で、{max_employees}人を超えるため中小規模事業者に該当しません。",
                f"{facts.employees} employees is more than {max_employees}: not an SME.",
                GUIDELINE,
            )
        )
    exclusions = (
        (facts.utilization_affairs, "個人番号利用事務実施者である", "it is a My Number utilisation-affairs implementer"),
        (
            facts.entrusted_affairs,
            "委託に基づいて個人番号関係事務又は個人番号利用事務を業務として行う",
            "it performs My Number affairs as an entrusted business",
        ),
        (facts.financial_sector, "金融分野の事業者である", "it is in the financial sector"),
        (
            facts.max_persons_past_6_months > max_persons,
            f"過去6月以内のいずれかの日において個人情報データベース等の本人の数が{max_persons:,}人を超える"
            f"({facts.max_persons_past_6_months:,}人)",
            f"its personal information databases identified more than {max_persons:,} persons on a day of the past "
            f"6 months ({facts.max_persons_past_6_months:,})",
        ),
    )
    for applies, ja, en in exclusions:
        if applies:
            reasons.append(reason(f"{ja}ため、中小規模事業者から除かれます。", f"Excluded because {en}.", GUIDELINE))

    sme = not reasons
    if sme:
        reasons.append(
            reason(
                f"従業員の数が{facts.employees}人({max_employees}人以下)で、除外事由のいずれにも当たらないため、"
                "中小規模事業者に該当します。中小規模事業者における対応方法によることができますが、"
                "標準的な手法を採用することがより望ましいとされています。",
                f"{facts.employees} employees (≤ {max_employees}) and none of the exclusions: an SME. It may use the "
                "relaxed methods, though adopting the standard techniques is more desirable.",
                GUIDELINE,
            )
        )
    return SmeDecision(as_of=as_of, law_version=LawVersionRef.of(version), reasons=reasons, sme=sme)
