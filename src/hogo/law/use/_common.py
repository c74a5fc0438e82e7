"""Pieces shared by the use/acquisition judgements: outcome codes, notice exemptions, the
exceptions to consent (第18条第3項 / 第20条第2項) and the pre-2022 academic exemption."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from hogo.law.classification import cite
from hogo.law.core import Facts, Reason, reason
from hogo.law.versions import LawVersion

Outcome = Literal["allowed", "needs_consent", "forbidden", "exempt", "not_applicable"]
NoticeExemption = Literal[
    "none",
    "harm_person_or_third_party",  # 第21条第4項第1号: 本人又は第三者の生命、身体、財産その他の権利利益を害するおそれ
    "harm_business",  # 第2号: 当該事業者の権利又は正当な利益を害するおそれ
    "public_body_cooperation",  # 第3号: 国の機関等の法令の定める事務の遂行に支障を及ぼすおそれ
    "obvious_from_circumstances",  # 第4号: 取得の状況からみて利用目的が明らかである
]
NOTICE_EXEMPTION_ITEM = {
    "harm_person_or_third_party": 1,
    "harm_business": 2,
    "public_body_cooperation": 3,
    "obvious_from_circumstances": 4,
}
NOTICE_EXEMPTION_JA = {
    "harm_person_or_third_party": (
        "通知・公表により本人又は第三者の生命、身体、財産その他の権利利益を害するおそれがある(例: 虐待者である本人に"
        "通知すると虐待が悪化するおそれ)",
        "notice would harm the life, body, property or other rights of the person or a third party",
    ),
    "harm_business": (
        "通知・公表により事業者の権利又は正当な利益を害するおそれがある",
        "notice would harm the business's rights or legitimate interests",
    ),
    "public_body_cooperation": (
        "国の機関等が法令の定める事務を遂行することに協力する場合で、通知・公表により事務の遂行に支障を及ぼすおそれがある"
        "(例: 捜査機関から被疑者の容姿等の提供を受ける)",
        "cooperating with a public body's statutory duty that notice would hinder",
    ),
    "obvious_from_circumstances": (
        "取得の状況からみて利用目的が明らかである(例: 在宅サービスのためだけに住所・電話番号を取得する)",
        "the purpose is obvious from the circumstances of acquisition",
    ),
}


# ---------------------------------------------------------------------------------------
# Exceptions shared by use (第18条第3項) and acquisition of 要配慮 (第20条第2項)
# ---------------------------------------------------------------------------------------


class ExceptionFacts(Facts):
    """Facts that open the statutory exceptions to consent."""

    based_on_law: bool = Field(default=False, description="法令に基づく場合(明確な根拠がある; 任意の求めを含む)")
    legal_basis: str | None = Field(default=None, max_length=200, description="根拠法令(例: 刑事訴訟法第197条第2項)")
    protect_life_body_property: bool = Field(
        default=False, description="人の生命、身体又は財産の保護のために必要(具体的な侵害のおそれ)"
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
        description="学術研究機関等(大学その他の学術研究を目的とする機関・団体又はそれらに属する者)である",
    )
    academic_purpose: bool = Field(default=False, description="学術研究目的で取り扱う必要がある(一部でも)")


ExceptionCode = Literal[
    "law",
    "life_body_property",
    "public_health_children",
    "public_body_cooperation",
    "academic_own",
    "academic_provide",
    "academic_joint",
    "published",
    "obvious_from_appearance",
    "entrustment_succession_joint_use",
]


def common_exceptions(facts: ExceptionFacts) -> list[tuple[str, bool, str, str]]:
    """(code, holds, ja, en) for the four classic exceptions and the academic one."""
    basis = f"({facts.legal_basis})" if facts.legal_basis else ""
    return [
        (
            "law",
            facts.based_on_law,
            f"法令に基づく場合{basis}に当たります(法令の趣旨に照らし真に必要な範囲に限って取り扱います)",
            f"it is based on laws and regulations{' ' + basis if basis else ''} (handle only what is truly necessary)",
        ),
        (
            "life_body_property",
            facts.protect_life_body_property and facts.consent_difficult,
            "人の生命、身体又は財産の保護のために必要で、本人の同意を得ることが困難です",
            "it is needed to protect life, body or property and consent is difficult to obtain",
        ),
        (
            "public_health_children",
            facts.public_health_or_children and facts.consent_difficult and not facts.unduly_infringes_rights,
            "公衆衛生の向上又は児童の健全な育成の推進のために特に必要で、本人の同意を得ることが困難です",
            "it is especially needed for public health or children's sound development and consent is difficult",
        ),
        (
            "public_body_cooperation",
            facts.cooperate_public_body and facts.consent_would_hinder,
            "国の機関等が法令の定める事務を遂行することに協力する必要があり、同意を得ると事務の遂行に支障を及ぼすおそれがあります",
            "it cooperates with a public body's statutory duty that asking consent would hinder",
        ),
        (
            "academic_own",
            facts.academic_institution and facts.academic_purpose and not facts.unduly_infringes_rights,
            "学術研究機関等が学術研究目的で取り扱う必要があり、個人の権利利益を不当に侵害するおそれがありません",
            "an academic research institution needs it for academic research without undue infringement",
        ),
    ]


def failed_conditions(facts: ExceptionFacts) -> list[tuple[str, str]]:
    """Why a partly-met exception fails, for the reasons of a refusal."""
    out = []
    if facts.protect_life_body_property and not facts.consent_difficult:
        out.append(
            (
                "生命・身体・財産の保護の例外は、本人の同意を得ることが困難な場合に限られます",
                "the life/body/property exception needs consent to be difficult to obtain",
            )
        )
    if facts.public_health_or_children and not facts.consent_difficult:
        out.append(
            (
                "公衆衛生・児童の健全育成の例外は、原則として同意を求めたうえで、同意を得ることが困難な場合に限られます",
                "the public-health/children exception applies only when consent is difficult to obtain",
            )
        )
    if facts.public_health_or_children and facts.unduly_infringes_rights:
        out.append(
            (
                "本人や家族の権利利益を不当に侵害するおそれがある場合は、公衆衛生・児童の健全育成の例外に当たりません",
                "undue infringement of the person's or family's rights excludes the public-health/children exception",
            )
        )
    if facts.cooperate_public_body and not facts.consent_would_hinder:
        out.append(
            (
                "国の機関等への協力の例外は、同意を得ると事務の遂行に支障を及ぼすおそれがある場合に限られます",
                "the public-body exception needs consent to risk hindering the duty",
            )
        )
    return out


USE_EXCEPTION_ITEM = {
    "law": 1,
    "life_body_property": 2,
    "public_health_children": 3,
    "public_body_cooperation": 4,
    "academic_own": 5,
    "academic_provide": 6,
}


def academic_exempt(facts: ExceptionFacts, version: LawVersion) -> Reason | None:
    """Before 2022-04-01 academic research by academic bodies was outside Chapter 4 entirely."""
    if version.rule("academic.regime") != "wholesale_exemption":
        return None
    if not (facts.academic_institution and facts.academic_purpose):
        return None
    return reason(
        "大学その他の学術研究を目的とする機関・団体又はそれらに属する者が学術研究の用に供する目的で取り扱う場合は、"
        "個人情報取扱事業者の義務(第4章)が適用されません(自ら安全管理措置等を講じ、その内容を公表するよう努める)。"
        "2022年4月1日からは適用除外ではなく個別の例外となります。",
        "An academic body handling it for academic research is outside the handler duties (Chapter 4); it must "
        "endeavour to take and publish its own measures. From 2022-04-01 specific exceptions replace this.",
        cite(version, "exemption", "第1項第3号, 第3項"),
    )
