"""取得 — 適正取得・要配慮個人情報 (第20条) and the purpose notice/statement at acquisition (第21条)."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field

from hogo.law.classification import cite
from hogo.law.core import Decision, LawVersionRef, Reason, reason
from hogo.law.registry import judgement
from hogo.law.use._common import (
    NOTICE_EXEMPTION_ITEM,
    NOTICE_EXEMPTION_JA,
    ExceptionCode,
    ExceptionFacts,
    NoticeExemption,
    Outcome,
    academic_exempt,
    common_exceptions,
    failed_conditions,
)
from hogo.law.versions import LawVersion, version_at

# ---------------------------------------------------------------------------------------
# 取得 — may it be acquired, and what must be told?
# ---------------------------------------------------------------------------------------

PublishedBy = Literal[
    "none",
    "person",  # 本人
    "public_body",  # 国の機関・地方公共団体(・独立行政法人等)
    "academic",  # 学術研究機関等
    "press",  # 報道機関 (第57条第1項各号)
    "writer",  # 著述を業として行う者
    "religious",  # 宗教団体
    "political",  # 政治団体
    "foreign_body",  # 外国政府・外国の報道機関等 (施行規則第6条)
]
ReceivedVia = Literal["none", "entrustment", "succession", "joint_use"]


class AcquisitionFacts(ExceptionFacts):
    deceptive_means: bool = Field(default=False, description="偽りその他不正の手段による取得")
    from_person_lacking_capacity: bool = Field(
        default=False,
        description="十分な判断能力を有していない子供・障害者等から(家族の情報等を)取得する",
    )
    sensitive: bool = Field(default=False, description="要配慮個人情報を取得する")
    consent: bool = Field(default=False, description="要配慮個人情報の取得について、あらかじめ本人の同意を得ている")
    published_by: PublishedBy = Field(default="none", description="要配慮個人情報を公開している者")
    obvious_from_appearance: bool = Field(
        default=False, description="本人を目視・撮影し、外形上明らかな要配慮個人情報を取得"
    )
    received_via: ReceivedVia = Field(
        default="none", description="委託・事業承継・共同利用に伴う個人データの提供を受ける"
    )
    joint_research_with_academic: bool = Field(
        default=False, description="学術研究機関等から、共同して学術研究を行うために取得する"
    )
    direct_written: bool = Field(
        default=False,
        description="本人から直接書面(電磁的記録を含む: 契約書、申込書、アンケート、入力画面等)に記載された個人情報を取得",
    )
    emergency_life_body_property: bool = Field(
        default=False, description="人の生命、身体又は財産の保護のために緊急に必要"
    )
    purpose_published_in_advance: bool = Field(default=False, description="あらかじめ利用目的を公表している")
    notice_exemption: NoticeExemption = Field(default="none", description="通知・公表・明示を要しない事由")


AcquisitionAction = Literal[
    "obtain_consent",
    "state_purpose_before_acquisition",
    "notify_or_publish_purpose_promptly",
]


class AcquisitionDecision(Decision):
    outcome: Outcome = Field(description="allowed / needs_consent / forbidden / exempt")
    exceptions: list[ExceptionCode] = Field(description="要配慮個人情報の取得について該当する例外")
    required_actions: list[AcquisitionAction]


SENSITIVE_EXCEPTION_ITEM_2017 = {
    "law": "第1号",
    "life_body_property": "第2号",
    "public_health_children": "第3号",
    "public_body_cooperation": "第4号",
    "published": "第5号",
    "obvious_from_appearance": "第6号; 個人情報保護法施行令第7条第1号",
    "entrustment_succession_joint_use": "第6号; 個人情報保護法施行令第7条第2号",
}
SENSITIVE_EXCEPTION_ITEM_2022 = {
    "law": "第1号",
    "life_body_property": "第2号",
    "public_health_children": "第3号",
    "public_body_cooperation": "第4号",
    "academic_own": "第5号",
    "academic_joint": "第6号",
    "published": "第7号",
    "obvious_from_appearance": "第8号; 個人情報保護法施行令第9条第1号",
    "entrustment_succession_joint_use": "第8号; 個人情報保護法施行令第9条第2号",
}


def _sensitive_exceptions(facts: AcquisitionFacts, version: LawVersion) -> list[tuple[str, str, str]]:
    available = version.rule("sensitive.acquisition_exceptions")
    published_ok = facts.published_by != "none" and (facts.published_by != "academic" or "academic_own" in available)
    candidates = common_exceptions(facts) + [
        (
            "academic_joint",
            facts.joint_research_with_academic and facts.academic_purpose and not facts.unduly_infringes_rights,
            "学術研究機関等から共同研究のため学術研究目的で取得する必要があります",
            "it is acquired from an academic institution for joint academic research",
        ),
        (
            "published",
            published_ok,
            f"本人・国の機関・報道機関等により公開されている要配慮個人情報です({facts.published_by})",
            f"it has been made public by the person, a public body, the press or similar ({facts.published_by})",
        ),
        (
            "obvious_from_appearance",
            facts.obvious_from_appearance,
            "本人を目視し又は撮影することにより、その外形上明らかな要配慮個人情報を取得する場合です",
            "it is obvious from the person's appearance when seen or filmed",
        ),
        (
            "entrustment_succession_joint_use",
            facts.received_via != "none",
            f"委託・事業承継・共同利用に伴って個人データとして提供を受ける場合です({facts.received_via})",
            f"it is received as personal data by entrustment, succession or joint use ({facts.received_via})",
        ),
    ]
    return [(code, ja, en) for code, holds, ja, en in candidates if holds and code in available]


@judgement(
    "acquisition",
    AcquisitionFacts,
    AcquisitionDecision,
    summary_ja="個人情報を取得できるか、取得時に何を通知・公表・明示すべきか(適正取得・要配慮・利用目的の通知)",
    summary_en="May it be acquired, and what must be notified, published or stated (proper acquisition, 要配慮, notice)?",
)
def judge_acquisition(facts: AcquisitionFacts, as_of: dt.date) -> AcquisitionDecision:
    version = version_at("appi", as_of)
    ref = LawVersionRef.of(version)
    reasons: list[Reason] = []

    def decide(outcome: Outcome, exceptions=(), actions=()) -> AcquisitionDecision:  # noqa: ANN001
        return AcquisitionDecision(
            as_of=as_of,
            law_version=ref,
            reasons=reasons,
            outcome=outcome,
            exceptions=list(exceptions),
            required_actions=list(actions),
        )

    exempt = academic_exempt(facts, version)
    if exempt is not None:
        reasons.append(exempt)
        return decide("exempt")

    proper = cite(version, "proper_acquisition")
    if facts.deceptive_means:
        reasons.append(
            reason(
                "偽りその他不正の手段により個人情報を取得してはなりません(違反は利用停止等の請求事由になります)。",
                "Personal information must not be acquired by deception or other wrongful means (a ground for "
                "a demand to stop use).",
                proper,
            )
        )
        return decide("forbidden")
    if facts.from_person_lacking_capacity:
        reasons.append(
            reason(
                "十分な判断能力を有していない子供や障害者等から、取得状況から考えて関係のない家族の情報等を取得することは、"
                "不正の手段による取得に当たります(福祉分野ガイドライン第5の1; 現行の通則ガイドラインも同旨)。",
                "Acquiring information (e.g. about the family) from a child or disabled person lacking sufficient "
                "judgement is acquisition by wrongful means (welfare guideline 第5の1; current general guideline).",
                proper,
                "福祉分野における個人情報保護に関するガイドライン第5の1",
            )
        )
        return decide("forbidden")

    exceptions: list[str] = []
    if facts.sensitive:
        if not version.rule("sensitive.defined"):
            reasons.append(
                reason(
                    "要配慮個人情報の取得に本人の同意を求める規定は2017年5月30日施行の平成27年改正によるもので、"
                    "この時点では法律上の同意義務はありません(分野別指針の慎重な取扱いに留意)。",
                    "The consent rule for acquiring sensitive information began on 2017-05-30; no statutory consent "
                    "duty at this date (heed sector guidelines).",
                    proper,
                )
            )
        elif facts.consent:
            reasons.append(
                reason(
                    "要配慮個人情報の取得について、あらかじめ本人の同意を得ています。",
                    "The person consented in advance to the acquisition of sensitive information.",
                    cite(version, "sensitive_acquisition"),
                )
            )
        else:
            held = _sensitive_exceptions(facts, version)
            table = (
                SENSITIVE_EXCEPTION_ITEM_2022
                if "academic_own" in version.rule("sensitive.acquisition_exceptions")
                else SENSITIVE_EXCEPTION_ITEM_2017
            )
            for code, ja, en in held:
                reasons.append(
                    reason(
                        f"{ja}。本人の同意なく要配慮個人情報を取得できます。",
                        f"Exception: {en}; sensitive information may be acquired without consent.",
                        cite(version, "sensitive_acquisition", table[code]),
                    )
                )
            if not held:
                for ja, en in failed_conditions(facts):
                    reasons.append(reason(f"{ja}。", f"Not met: {en}.", cite(version, "sensitive_acquisition")))
                reasons.append(
                    reason(
                        "要配慮個人情報(健康診断の結果等)は、法令に基づく場合等の例外に当たらない限り、あらかじめ本人の"
                        "同意を得ないで取得してはなりません。",
                        "Special care-required information (e.g. health-check results) must not be acquired without "
                        "the person's prior consent unless an exception applies.",
                        cite(version, "sensitive_acquisition"),
                    )
                )
                return decide("needs_consent", actions=["obtain_consent"])
            exceptions = [code for code, _, _ in held]

    notice = "acquisition_notice"
    actions: list[AcquisitionAction] = []
    if facts.notice_exemption != "none":
        ja, en = NOTICE_EXEMPTION_JA[facts.notice_exemption]
        reasons.append(
            reason(
                f"{ja}ため、利用目的の通知・公表・明示は要しません。",
                f"No notice, publication or statement of the purpose is needed: {en}.",
                cite(version, notice, f"第4項第{NOTICE_EXEMPTION_ITEM[facts.notice_exemption]}号"),
            )
        )
    elif facts.direct_written and not facts.emergency_life_body_property:
        actions.append("state_purpose_before_acquisition")
        reasons.append(
            reason(
                "本人から直接書面(電磁的記録を含む)に記載された個人情報を取得するため、あらかじめ本人に対し利用目的を"
                "明示しなければなりません(事前の公表だけでは足りません)。",
                "Acquiring directly from the person in writing (including electronic records): the purpose must "
                "be stated to the person in advance (prior publication is not enough).",
                cite(version, notice, "第2項"),
            )
        )
    elif facts.purpose_published_in_advance:
        reasons.append(
            reason(
                "あらかじめ利用目的を公表しているため、取得後の通知・公表は要しません。",
                "The purpose was published in advance: no further notice is needed.",
                cite(version, notice, "第1項"),
            )
        )
    else:
        actions.append("notify_or_publish_purpose_promptly")
        if facts.direct_written:
            reasons.append(
                reason(
                    "人の生命、身体又は財産の保護のために緊急に必要な場合は事前の明示を要しませんが、取得後速やかに利用目的を"
                    "通知し、又は公表しなければなりません。",
                    "In an emergency to protect life, body or property no prior statement is needed, but the "
                    "purpose must be notified or published promptly after acquisition.",
                    cite(version, notice, "第2項ただし書, 第1項"),
                )
            )
        else:
            reasons.append(
                reason(
                    "利用目的をあらかじめ公表していないため、取得後速やかに、利用目的を本人に通知し、又は公表しなければ"
                    "なりません。",
                    "The purpose was not published in advance: notify the person or publish it promptly after "
                    "acquisition.",
                    cite(version, notice, "第1項"),
                )
            )
    reasons.insert(
        0,
        reason(
            "偽りその他不正の手段によらない取得です。",
            "The acquisition uses no deception or other wrongful means.",
            proper,
        ),
    )
    return decide("allowed", exceptions, actions)
