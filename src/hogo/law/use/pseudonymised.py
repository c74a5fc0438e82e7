"""仮名加工情報 — handling rules (第41条, from 2022-04-01)."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field

from hogo.law.classification import cite
from hogo.law.core import Decision, Facts, LawVersionRef, reason
from hogo.law.registry import judgement
from hogo.law.use._common import (
    Outcome,
)
from hogo.law.versions import version_at

# ---------------------------------------------------------------------------------------
# 仮名加工情報 — handling rules (第41条, from 2022-04-01)
# ---------------------------------------------------------------------------------------

PseudonymisedAction = Literal[
    "use_within_purpose",
    "use_beyond_purpose",
    "change_purpose",
    "provide_third_party",
    "entrust",
    "succession",
    "joint_use",
    "contact_person",
    "reidentify",
]


class PseudonymisedFacts(Facts):
    action: PseudonymisedAction = Field(description="仮名加工情報(個人情報であるもの)の取扱い")
    based_on_law: bool = Field(default=False, description="法令に基づく場合")


class PseudonymisedDecision(Decision):
    outcome: Outcome
    required_actions: list[Literal["publish_purpose", "publish_joint_use_items"]]


PSEUDONYMISED_RULES: dict[str, tuple[str, str, str, str]] = {
    # action: (outcome, paragraph, ja, en)
    "use_within_purpose": (
        "allowed",
        "第3項",
        "利用目的の達成に必要な範囲内で取り扱えます(利用目的は公表が必要)。",
        "It may be handled within the purpose of use (which must be published).",
    ),
    "use_beyond_purpose": (
        "forbidden",
        "第3項",
        "法令に基づく場合を除き、利用目的の達成に必要な範囲を超えて取り扱ってはなりません(本人の同意でも可能になりません)。",
        "It must not be handled beyond the purpose except as required by law (consent does not help).",
    ),
    "change_purpose": (
        "allowed",
        "第4項, 第9項",
        "変更前の目的との関連性の制限は適用されず利用目的を変更できますが、変更後の利用目的を公表しなければなりません。",
        "The purpose may be changed without the relatedness limit, but the new purpose must be published.",
    ),
    "provide_third_party": (
        "forbidden",
        "第6項",
        "法令に基づく場合を除き、仮名加工情報である個人データを第三者に提供してはなりません(本人の同意があっても不可)。"
        "委託、事業承継、共同利用による提供は可能です。",
        "Pseudonymised personal data must not be provided to third parties except as required by law (not even "
        "with consent); entrustment, succession and joint use remain possible.",
    ),
    "entrust": (
        "allowed",
        "第6項",
        "委託に伴う提供は第三者提供に当たらず、可能です(委託先の監督が必要)。",
        "Provision to a contractor is not third-party provision and is allowed (supervise the contractor).",
    ),
    "succession": (
        "allowed",
        "第6項",
        "事業の承継に伴う提供は第三者提供に当たらず、可能です。",
        "Provision on business succession is not third-party provision and is allowed.",
    ),
    "joint_use": (
        "allowed",
        "第6項",
        "共同利用は、必要な事項をあらかじめ公表すれば可能です。",
        "Joint use is allowed once the required items are published in advance.",
    ),
    "contact_person": (
        "forbidden",
        "第8項",
        "仮名加工情報に含まれる連絡先その他の情報を利用して、本人に電話、郵便、電子メール等で連絡し、又は訪問してはなりません。",
        "The contact details in pseudonymised information must not be used to phone, mail, e-mail or visit the persons.",
    ),
    "reidentify": (
        "forbidden",
        "第7項",
        "本人を識別するために、仮名加工情報を他の情報と照合してはなりません。",
        "Pseudonymised information must not be collated with other information to identify the persons.",
    ),
}


@judgement(
    "pseudonymised",
    PseudonymisedFacts,
    PseudonymisedDecision,
    summary_ja="仮名加工情報をこのように取り扱えるか(2022年4月1日から)",
    summary_en="May pseudonymised information (仮名加工情報) be handled this way (from 2022-04-01)?",
)
def judge_pseudonymised(facts: PseudonymisedFacts, as_of: dt.date) -> PseudonymisedDecision:
    version = version_at("appi", as_of)
    ref = LawVersionRef.of(version)
    if not version.rule("pseudonymised.defined"):
        return PseudonymisedDecision(
            as_of=as_of,
            law_version=ref,
            reasons=[
                reason(
                    "仮名加工情報の制度は2022年4月1日施行の令和2年改正で導入されたもので、この時点では通常の個人情報"
                    "(個人データ)として利用・提供の規律を判断します(judge use / provision)。",
                    "Pseudonymised information began on 2022-04-01; at this date judge it as ordinary personal "
                    "information (use / provision judgements).",
                    cite(version, "use_restriction"),
                )
            ],
            outcome="not_applicable",
            required_actions=[],
        )
    outcome, paragraph, ja, en = PSEUDONYMISED_RULES[facts.action]
    reasons = [reason(ja, en, cite(version, "pseudonymised_handling", paragraph))]
    if facts.based_on_law and facts.action in ("use_beyond_purpose", "provide_third_party"):
        outcome = "allowed"
        reasons.append(
            reason(
                "法令に基づく場合に当たるため、この取扱いは許されます。",
                "It is required by law: allowed.",
                cite(version, "pseudonymised_handling", paragraph),
            )
        )
    actions: list[Literal["publish_purpose", "publish_joint_use_items"]] = []
    if facts.action in ("use_within_purpose", "change_purpose"):
        actions.append("publish_purpose")
    if facts.action == "joint_use":
        actions.append("publish_joint_use_items")
    return PseudonymisedDecision(
        as_of=as_of,
        law_version=ref,
        reasons=reasons,
        outcome=outcome,
        required_actions=actions,  # type: ignore[arg-type]
    )
