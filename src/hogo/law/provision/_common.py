"""Shared pieces of the provision judgements: exception facts, labels, citations.

The four classic exceptions to the consent rule (法令に基づく, 生命・身体・財産, 公衆衛生・児童,
国の機関等への協力) have been in the Act since 2005 (旧法第23条第1項第1号〜第4号, now 第27条第1項
第1号〜第4号). The 学術研究 exceptions (第27条第1項第5号〜第7号) exist from 2022-04-01; before that,
学術研究機関等 handling data for 学術研究 were outside Chapter 4 altogether (旧法第50条 / 旧法第76条).
Which regime applies is read from ``academic.regime`` of the law version.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

from pydantic import Field, field_validator

from hogo.law.core import Facts, Reason, reason
from hogo.law.versions import LawVersion

ACT = "個人情報保護法"

ExceptionCode = Literal[
    "law",  # 法令に基づく場合 (第1号)
    "life_body_property",  # 人の生命、身体又は財産の保護 (第2号)
    "public_health_children",  # 公衆衛生の向上・児童の健全な育成 (第3号)
    "public_body_cooperation",  # 国の機関等への協力 (第4号)
    "academic_publication",  # 学術研究成果の公表・教授のためやむを得ない (第5号, 2022-)
    "academic_joint_research",  # 共同して学術研究を行う第三者への提供 (第6号, 2022-)
    "academic_recipient",  # 第三者が学術研究機関等で学術研究目的 (第7号, 2022-)
]

EXCEPTION_ITEM: dict[str, int] = {
    "law": 1,
    "life_body_property": 2,
    "public_health_children": 3,
    "public_body_cooperation": 4,
    "academic_publication": 5,
    "academic_joint_research": 6,
    "academic_recipient": 7,
}

EXCEPTION_LABEL: dict[str, tuple[str, str]] = {
    "law": ("法令に基づく場合", "required or authorised by law"),
    "life_body_property": (
        "人の生命、身体又は財産の保護のために必要がある場合であって、本人の同意を得ることが困難であるとき",
        "needed to protect a person's life, body or property, and consent is difficult to obtain",
    ),
    "public_health_children": (
        "公衆衛生の向上又は児童の健全な育成の推進のために特に必要がある場合であって、本人の同意を得ることが困難であるとき",
        "specially needed for public health or the sound upbringing of children, and consent is difficult to obtain",
    ),
    "public_body_cooperation": (
        "国の機関若しくは地方公共団体又はその委託を受けた者が法令の定める事務を遂行することに対して協力する必要がある場合"
        "であって、本人の同意を得ることにより当該事務の遂行に支障を及ぼすおそれがあるとき",
        "cooperation with a state organ or local government (or its contractor) performing duties set by law, where "
        "asking for consent might hinder those duties",
    ),
    "academic_publication": (
        "学術研究機関等である事業者が、学術研究の成果の公表又は教授のためやむを得ず提供するとき",
        "an academic research institution provides the data because it is unavoidable for publishing research "
        "results or for teaching",
    ),
    "academic_joint_research": (
        "学術研究機関等である事業者が、共同して学術研究を行う第三者に学術研究目的で提供する必要があるとき",
        "an academic research institution needs to provide the data for academic research to a third party with "
        "which it researches jointly",
    ),
    "academic_recipient": (
        "第三者が学術研究機関等であり、当該個人データを学術研究目的で取り扱う必要があるとき",
        "the recipient is an academic research institution that needs to handle the data for academic research",
    ),
}

AcademicNeed = Literal["none", "publication_or_teaching", "joint_research", "recipient_research"]


def cite(version: LawVersion, key: str, suffix: str = "") -> str:
    """``個人情報保護法<article><suffix>`` for a version's ``article.<key>`` parameter."""
    article = version.rule(f"article.{key}")
    if article is None:
        raise KeyError(f"law version {version.id} has no article for {key!r}")
    return f"{ACT}{article}{suffix}"


def exception_citation(version: LawVersion, code: str) -> str:
    return cite(version, "provision", f"第{EXCEPTION_ITEM[code]}号")


# ---------------------------------------------------------------------------------------
# 法令に基づく場合: a catalogue of statutory bases named in the source guidelines
# ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class StatutoryBasis:
    """One example of 「法令に基づく場合」 from the guidelines (welfare 4.11, schools 事例III-2-1〜5)."""

    code: str
    situation: str
    recipient: str
    statute: str
    provision_is_duty: bool | None


@cache
def statutory_bases() -> dict[str, StatutoryBasis]:
    """The catalogue shipped as ``statutory_bases.json``, keyed by code (e.g. ``welfare:LB-06``)."""
    text = resources.files("hogo.law.provision").joinpath("statutory_bases.json").read_text(encoding="utf-8")
    return {row["code"]: StatutoryBasis(**row) for row in json.loads(text)["bases"]}


class ExceptionFacts(Facts):
    """Facts about the exceptions of 第27条第1項各号 (旧第23条第1項各号); shared by several judgements."""

    based_on_law: bool = Field(default=False, description="法令に基づく場合 (明確な法令上の根拠がある)")
    legal_basis: str | None = Field(
        default=None,
        min_length=1,
        max_length=200,
        description="法令に基づく場合: 根拠となる法令の条項 (例: 刑事訴訟法第197条第2項)",
    )
    legal_basis_code: str | None = Field(
        default=None,
        description="法令に基づく場合: 同梱の根拠法令カタログのコード (例: welfare:LB-06, schools:III-2-2)",
    )
    provision_is_statutory_duty: bool | None = Field(
        default=None,
        description="法令が提供を義務付けているか (false: 提供先に取得の根拠があるだけ)",
    )
    protect_life_body_property: bool = Field(
        default=False, description="人の生命、身体又は財産の保護のために必要 (具体的な危険があり提供が合理的)"
    )
    public_health_or_children: bool = Field(
        default=False, description="公衆衛生の向上又は児童の健全な育成の推進のために特に必要"
    )
    consent_difficult: bool = Field(default=False, description="本人の同意を得ることが困難")
    cooperate_public_body: bool = Field(
        default=False, description="国の機関・地方公共団体(又はその受託者)の法令の定める事務への協力が必要"
    )
    consent_would_hinder: bool = Field(
        default=False, description="本人の同意を得ることにより当該事務の遂行に支障を及ぼすおそれ"
    )
    unduly_infringes_rights: bool = Field(default=False, description="個人の権利利益を不当に侵害するおそれがある")
    academic_institution: bool = Field(default=False, description="提供元が学術研究機関等")
    recipient_academic_institution: bool = Field(default=False, description="提供先が学術研究機関等")
    academic_need: AcademicNeed = Field(
        default="none",
        description="学術研究の必要: publication_or_teaching (成果の公表・教授), joint_research (共同研究), "
        "recipient_research (提供先が学術研究目的で取り扱う)",
    )

    @field_validator("legal_basis_code")
    @classmethod
    def _known_code(cls, value: str | None) -> str | None:
        if value is not None and value not in statutory_bases():
            raise ValueError(f"unknown code {value!r} (see hogo.law.provision statutory_bases.json)")
        return value


@dataclass
class ExceptionResult:
    code: str | None
    reasons: list[Reason]
    actions: list[str]


def find_exception(facts: ExceptionFacts, version: LawVersion) -> ExceptionResult:
    """The first exception of 第27条第1項各号 (as in force) that the facts meet, with reasons."""
    reasons: list[Reason] = []
    actions: list[str] = []

    def hit(code: str, ja: str, en: str) -> ExceptionResult:
        label_ja, label_en = EXCEPTION_LABEL[code]
        reasons.append(
            reason(
                f"{label_ja}に当たるため、本人の同意なく提供できます。{ja}",
                f"Exception: {label_en}; no consent is needed. {en}".rstrip(),
                exception_citation(version, code),
            )
        )
        return ExceptionResult(code, reasons, actions)

    if facts.based_on_law or facts.legal_basis or facts.legal_basis_code:
        basis = statutory_bases().get(facts.legal_basis_code or "")
        statute = facts.legal_basis or (basis.statute if basis else "")
        duty = facts.provision_is_statutory_duty
        if duty is None and basis is not None:
            duty = basis.provision_is_duty
        ja, en = (f"根拠: {statute}。", f"Basis: {statute}.") if statute else ("", "")
        if duty is False:
            actions.append("limit_to_necessary_scope")
            ja += "法令が提供先に取得の根拠を与えるだけで提供を義務付けていないため、法令の趣旨に照らして必要かつ合理的な範囲に限って提供します。"
            en += " The law only lets the recipient ask; provide only what is necessary and reasonable for its purpose."
        return hit("law", ja, en)
    if facts.protect_life_body_property and facts.consent_difficult:
        return hit("life_body_property", "", "")
    if facts.public_health_or_children and facts.consent_difficult and not facts.unduly_infringes_rights:
        return hit("public_health_children", "", "")
    if facts.cooperate_public_body and facts.consent_would_hinder:
        return hit("public_body_cooperation", "", "")
    if version.rule("academic.regime") == "specific_exceptions" and not facts.unduly_infringes_rights:
        if facts.academic_institution and facts.academic_need == "publication_or_teaching":
            return hit("academic_publication", "", "")
        if facts.academic_institution and facts.academic_need == "joint_research":
            return hit("academic_joint_research", "", "")
        if facts.recipient_academic_institution and facts.academic_need == "recipient_research":
            return hit("academic_recipient", "", "")

    # Say why a claimed exception does not hold.
    provision = cite(version, "provision")
    if facts.protect_life_body_property or facts.public_health_or_children:
        if not facts.consent_difficult:
            reasons.append(
                reason(
                    "本人の同意を得ることが困難とはいえないため、生命・身体・財産の保護又は公衆衛生・児童の健全育成の例外には当たりません。"
                    "原則どおり本人の同意を求めます。",
                    "Consent is not difficult to obtain, so the life/body/property and public-health/children exceptions "
                    "do not apply; ask for consent.",
                    f"{provision}第2号, 第3号",
                )
            )
        elif facts.public_health_or_children and facts.unduly_infringes_rights:
            reasons.append(
                reason(
                    "本人や家族の権利利益を不当に侵害するおそれがあるため、公衆衛生・児童の健全育成の例外によることは適当ではありません。",
                    "The provision would unduly infringe the rights of the person or the family, so the public-health/"
                    "children exception is not relied on.",
                    f"{provision}第3号",
                )
            )
    if facts.consent_would_hinder and not facts.cooperate_public_body:
        reasons.append(
            reason(
                "法令の定める事務への協力に当たらないため、国の機関等への協力の例外には当たりません。",
                "The request is not for a duty set by law, so the public-body cooperation exception does not apply.",
                f"{provision}第4号",
            )
        )
    if facts.cooperate_public_body and not facts.consent_would_hinder:
        reasons.append(
            reason(
                "同意を得ることで事務の遂行に支障を及ぼすおそれがないため、国の機関等への協力の例外には当たりません。",
                "Asking for consent would not hinder the duty, so the public-body cooperation exception does not apply.",
                f"{provision}第4号",
            )
        )
    if facts.academic_need != "none" and version.rule("academic.regime") == "specific_exceptions":
        reasons.append(
            reason(
                "学術研究に関する例外(学術研究機関等であること、目的の要件、個人の権利利益を不当に侵害するおそれがないこと)を満たしません。",
                "The academic-research exceptions (an academic institution, the purpose condition, no undue "
                "infringement) are not met.",
                f"{provision}第5号〜第7号",
            )
        )
    return ExceptionResult(None, reasons, actions)


def academic_wholesale_exemption(facts: ExceptionFacts, version: LawVersion) -> Reason | None:
    """Before 2022: a 学術研究機関等 handling data for 学術研究 was outside Chapter 4 (旧第50条/旧第76条)."""
    if version.rule("academic.regime") != "wholesale_exemption":
        return None
    if facts.academic_institution and facts.academic_need != "none":
        return reason(
            "提供元は大学その他の学術研究を目的とする機関であり、学術研究の用に供する目的で取り扱うため、個人情報取扱事業者の義務"
            "(第三者提供の制限を含む)は適用されません。",
            "The provider is an academic institution handling the data for academic research: the business duties, "
            "third-party provision included, do not apply.",
            cite(version, "exemption", "第1項第3号"),
        )
    return None
