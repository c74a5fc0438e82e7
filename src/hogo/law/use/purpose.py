"""利用目的の特定・変更 (第17条, 第21条第3項; 旧第15条, 旧第18条第3項)."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field

from hogo.law.classification import cite
from hogo.law.core import Decision, Facts, LawVersionRef, Reason, reason
from hogo.law.registry import judgement
from hogo.law.use._common import (
    NOTICE_EXEMPTION_ITEM,
    NOTICE_EXEMPTION_JA,
    NoticeExemption,
)
from hogo.law.versions import version_at

# ---------------------------------------------------------------------------------------
# 利用目的の特定 — is the purpose specified well enough?
# ---------------------------------------------------------------------------------------


class PurposeFacts(Facts):
    concrete: bool = Field(
        description="本人が利用の結果を合理的に想定できる程度に具体的・個別的である(抽象的・一般的でない)"
    )
    planned_third_party_provision: bool = Field(default=False, description="第三者提供を予定している")
    recipient_stated: bool = Field(default=False, description="予定する第三者提供(提供先)を利用目的に明記している")


class PurposeDecision(Decision):
    sufficient: bool = Field(description="利用目的の特定として十分か")
    required_actions: list[Literal["make_purpose_concrete", "state_third_party_provision"]]


@judgement(
    "purpose",
    PurposeFacts,
    PurposeDecision,
    summary_ja="利用目的ができる限り特定されているか",
    summary_en="Is the purpose of use specified as far as possible?",
)
def judge_purpose(facts: PurposeFacts, as_of: dt.date) -> PurposeDecision:
    version = version_at("appi", as_of)
    art = cite(version, "purpose", "第1項")
    reasons: list[Reason] = []
    actions: list[Literal["make_purpose_concrete", "state_third_party_provision"]] = []
    if facts.concrete:
        reasons.append(
            reason(
                "利用目的が、本人が利用の結果を合理的に想定できる程度に具体的・個別的に特定されています。",
                "The purpose is concrete enough for the person to foresee how the information will be used.",
                art,
            )
        )
    else:
        actions.append("make_purpose_concrete")
        reasons.append(
            reason(
                "「教育の改善に役立てるため」のような抽象的・一般的な目的では、できる限り特定したことになりません。"
                "最終的に達成しようとする目的を具体的に記載してください。",
                "An abstract, general purpose (e.g. 'to help improve education') is not specified as far as "
                "possible; state the ultimate purpose concretely.",
                art,
            )
        )
    if facts.planned_third_party_provision and not facts.recipient_stated:
        actions.append("state_third_party_provision")
        reasons.append(
            reason(
                "あらかじめ第三者提供を予定しているのに、その旨(提供先)が利用目的に特定されていません。"
                "この利用目的の下では当該提供は利用目的に含まれず、本人の同意等の根拠が別に必要です。",
                "A third-party provision is planned but the purpose does not say so (nor name the recipient); "
                "the provision is not covered and needs consent or another basis.",
                art,
            )
        )
    elif facts.planned_third_party_provision:
        reasons.append(
            reason(
                "予定する第三者提供(提供先)が利用目的に明記されています(提供自体には別に本人の同意等が必要です)。",
                "The planned third-party provision is stated in the purpose (the provision itself still needs "
                "consent or another basis).",
                art,
            )
        )
    return PurposeDecision(
        as_of=as_of,
        law_version=LawVersionRef.of(version),
        reasons=reasons,
        sufficient=not actions,
        required_actions=actions,
    )


# ---------------------------------------------------------------------------------------
# 利用目的の変更
# ---------------------------------------------------------------------------------------

Relation = Literal[
    "considerable",  # 変更前の利用目的と相当の関連性を有すると合理的に認められる
    "related",  # 関連性は合理的に認められるが「相当の」関連性までは認められない
    "unrelated",  # 社会通念上、本人が想定できる範囲を超える
]


class PurposeChangeFacts(Facts):
    relation: Relation = Field(description="変更前の利用目的との関連性(社会通念に照らした客観的評価)")
    consent: bool = Field(default=False, description="変更後の目的について本人の同意を得ている")
    pseudonymised: bool = Field(default=False, description="仮名加工情報である個人情報の利用目的の変更")
    notice_exemption: NoticeExemption = Field(default="none", description="通知・公表を要しない事由")


class PurposeChangeDecision(Decision):
    outcome: Literal["allowed", "needs_consent"]
    change_permitted: bool = Field(description="利用目的の変更として許される範囲内か")
    required_actions: list[Literal["notify_or_publish_changed_purpose", "publish_changed_purpose", "obtain_consent"]]


@judgement(
    "purpose-change",
    PurposeChangeFacts,
    PurposeChangeDecision,
    summary_ja="利用目的を変更できるか、変更後に何をすべきか",
    summary_en="May the purpose of use be changed, and what must follow?",
)
def judge_purpose_change(facts: PurposeChangeFacts, as_of: dt.date) -> PurposeChangeDecision:
    version = version_at("appi", as_of)
    art = cite(version, "purpose", "第2項")
    notice_art = cite(version, "acquisition_notice", "第3項")
    reasons: list[Reason] = []
    ref = LawVersionRef.of(version)

    def decide(outcome: Literal["allowed", "needs_consent"], permitted: bool, actions: list) -> PurposeChangeDecision:
        return PurposeChangeDecision(
            as_of=as_of,
            law_version=ref,
            reasons=reasons,
            outcome=outcome,
            change_permitted=permitted,
            required_actions=actions,
        )

    if facts.pseudonymised and version.rule("pseudonymised.defined"):
        reasons.append(
            reason(
                "仮名加工情報である個人情報については、変更前の利用目的との関連性の制限(第17条第2項)は適用されず、"
                "利用目的を変更できます。変更後の利用目的は公表しなければなりません。",
                "For pseudonymised information the relatedness limit on purpose changes does not apply; the new "
                "purpose must be published.",
                cite(version, "pseudonymised_handling", "第4項, 第9項"),
            )
        )
        return decide("allowed", True, ["publish_changed_purpose"])

    required = version.rule("purpose.change_relation")
    permitted = facts.relation == "considerable" or (facts.relation == "related" and required == "related")
    scope_ja = "相当の関連性" if required == "considerable" else "関連性"
    scope_en = "considerably related to" if required == "considerable" else "related to"
    if permitted:
        reasons.append(
            reason(
                f"変更前の利用目的と{scope_ja}を有すると合理的に認められる範囲内の変更であるため、本人の同意なく変更できます。",
                f"The new purpose is reasonably recognised as {scope_en} the old one: it may be changed without "
                "consent.",
                art,
            )
        )
        if facts.notice_exemption != "none":
            ja, en = NOTICE_EXEMPTION_JA[facts.notice_exemption]
            reasons.append(
                reason(
                    f"{ja}ため、変更後の利用目的の通知・公表は要しません。",
                    f"No notice or publication of the changed purpose is needed: {en}.",
                    cite(version, "acquisition_notice", f"第4項第{NOTICE_EXEMPTION_ITEM[facts.notice_exemption]}号"),
                )
            )
            actions: list = []
        else:
            reasons.append(
                reason(
                    "変更した利用目的について、本人に通知し、又は公表しなければなりません。",
                    "The changed purpose must be notified to the person or published.",
                    notice_art,
                )
            )
            actions = ["notify_or_publish_changed_purpose"]
        return decide("allowed", True, actions)

    if facts.relation == "related":
        reasons.append(
            reason(
                "この時点の法は変更前の利用目的と「相当の」関連性を求めており(「相当の」は2017年5月30日施行の"
                "平成27年改正で削除)、関連性があるだけでは変更できる範囲を超えます。",
                "At this date the Act requires a 'considerable' relation to the old purpose (the word was deleted "
                "on 2017-05-30); a mere relation is beyond the permitted change.",
                art,
            )
        )
    else:
        reasons.append(
            reason(
                f"変更前の利用目的と{scope_ja}を有すると合理的に認められる範囲を超えるため、利用目的の変更としては認められず、"
                "目的外の利用になります。",
                f"The new purpose is not reasonably {scope_en} the old one: not a permitted change but use "
                "beyond the purpose.",
                art,
            )
        )
    if facts.consent:
        reasons.append(
            reason(
                "あらかじめ本人の同意を得ているため、新たな目的での取扱いができます。",
                "The person has consented in advance: the new use is allowed.",
                cite(version, "use_restriction", "第1項"),
            )
        )
        return decide("allowed", False, [])
    reasons.append(
        reason(
            "新たな目的で取り扱うには、あらかじめ本人の同意を得なければなりません(利用目的による制限の例外に当たる"
            "場合を除く)。",
            "Handling it for the new purpose needs the person's prior consent (unless an exception applies).",
            cite(version, "use_restriction", "第1項"),
        )
    )
    return decide("needs_consent", False, ["obtain_consent"])
