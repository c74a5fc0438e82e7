"""本人の同意 — is this consent valid, and whose consent is needed (sector guidelines)."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field

from hogo.law.classification import cite
from hogo.law.core import Decision, Facts, LawVersionRef, Reason, reason
from hogo.law.registry import judgement
from hogo.law.versions import version_at

# ---------------------------------------------------------------------------------------
# 本人の同意 — valid consent, and from whom
# ---------------------------------------------------------------------------------------

Capacity = Literal[
    "full",  # 判断能力のある成人
    "minor_unable",  # 同意の結果を判断できない未成年者
    "minor_partly_able",  # 結果を判断できないが一定の判断能力を有する未成年者
    "minor_able",  # 同意の結果を判断できる未成年者(法定代理人・本人のいずれも同意できる)
    "adult_ward",  # 成年被後見人
    "curatee_or_assisted_unable",  # 判断できない被保佐人・被補助人
    "intellectual_disability_no_guardian",  # 被後見人等でない知的障害者等
]
GivenBy = Literal["person", "legal_representative", "family"]
ConsentMethod = Literal[
    "written",  # 書面による同意
    "form_checkbox",  # 入学願書等の書式に用途を明記し同意欄にチェック
    "electronic",  # 電子メール・ウェブ画面での同意ボタン等
    "oral_meeting_confirmed",  # 出席を確認できる説明会で異論がないことを口頭で明確に確認
    "oral",  # 口頭
    "none",  # 明確な意思表示なし(黙示・不参加等)
]


class ConsentFacts(Facts):
    capacity: Capacity = Field(default="full", description="本人の判断能力・法的地位")
    given_by: list[GivenBy] = Field(min_length=1, description="同意した者(本人 / 法定代理人 / 家族)")
    identity_confirmed: bool = Field(default=True, description="同意した者が当該本人(又は代理人)であることを確認した")
    method: ConsentMethod = Field(description="同意の方法")
    purpose_notified_in_advance: bool = Field(default=True, description="同意の前に利用目的を通知又は公表した")
    within_consented_scope: bool = Field(
        default=True, description="同意を得た利用目的・提供先の範囲内の取扱い(新たな目的外利用・第三者提供でない)"
    )
    given_while_minor_now_adult: bool = Field(
        default=False, description="本人が未成年の時に法定代理人が同意し、本人は現在成年である"
    )


ConsentAdvice = Literal[
    "obtain_from_legal_representative",
    "obtain_from_person",
    "also_obtain_from_person",
    "also_obtain_from_family",
    "confirm_identity",
    "obtain_explicit_expression",
    "notify_purpose_before_consent",
]


class ConsentDecision(Decision):
    valid: bool = Field(description="有効な本人の同意として扱えるか")
    required_actions: list[ConsentAdvice] = Field(description="必要な対応(不足する同意等)")
    recommended_actions: list[ConsentAdvice] = Field(description="望ましい対応")


CONSENT_SOURCES = (
    "福祉分野における個人情報保護に関するガイドライン第2の13; "
    "学校における生徒等に関する個人情報の適正な取扱いを確保するために事業者が講ずべき措置に関する指針第三の二"
)


@judgement(
    "consent",
    ConsentFacts,
    ConsentDecision,
    summary_ja="本人の同意として有効か、誰の同意が必要か",
    summary_en="Is this valid consent, and whose consent is needed?",
)
def judge_consent(facts: ConsentFacts, as_of: dt.date) -> ConsentDecision:
    version = version_at("appi", as_of)
    art = f"{cite(version, 'use_restriction', '第1項')}; {CONSENT_SOURCES}"
    reasons: list[Reason] = []
    required: list[ConsentAdvice] = []
    recommended: list[ConsentAdvice] = []
    by = set(facts.given_by)

    if not facts.identity_confirmed:
        required.append("confirm_identity")
        reasons.append(
            reason(
                "同意は当該本人であることを確認できていることが前提であり、本人確認のない電話等での「同意」は有効な同意と"
                "扱えません。",
                "Consent presupposes that the person's identity is confirmed; an unverified 'consent' is not valid.",
                art,
            )
        )
    if facts.method == "none":
        required.append("obtain_explicit_expression")
        reasons.append(
            reason(
                "承諾する旨の明確な意思表示がないため、同意を得たことになりません(説明会を欠席した者等)。",
                "There is no clear expression of acceptance (e.g. someone absent from the briefing): no consent.",
                art,
            )
        )
    if not facts.purpose_notified_in_advance:
        recommended.append("notify_purpose_before_consent")
        reasons.append(
            reason(
                "同意を得る前に利用目的を通知又は公表しておくことが望ましい方法です(同意の前提となる説明が不足)。",
                "The purpose should be notified or published before consent is asked.",
                art,
            )
        )

    if facts.given_while_minor_now_adult and "legal_representative" in by:
        if facts.within_consented_scope:
            reasons.append(
                reason(
                    "未成年の時に法定代理人から得た同意の範囲内で利用を続ける場合、本人が成年に達しても改めて同意を得る"
                    "必要はありません。",
                    "Use continuing within the consent given by the legal representative while the person was a "
                    "minor needs no new consent on reaching majority.",
                    art,
                )
            )
        else:
            required.append("obtain_from_person")
            reasons.append(
                reason(
                    "新たな目的外利用や第三者提供には、成年に達した本人の同意が必要です(成年被後見人等でなければ、"
                    "もとの法定代理人はもはや本人に代わって同意できません)。",
                    "A new out-of-purpose use or provision needs the consent of the now-adult person; the former "
                    "legal representative can no longer consent for them.",
                    art,
                )
            )
    elif not facts.within_consented_scope:
        required.append(
            "obtain_from_person"
            if facts.capacity in ("full", "intellectual_disability_no_guardian")
            else "obtain_from_legal_representative"
        )
        reasons.append(
            reason(
                "同意を得た範囲を超える取扱い(一部撤回された目的を含む)には、改めて同意が必要です。",
                "Handling beyond the consented scope (including purposes whose consent was withdrawn) needs new "
                "consent.",
                art,
            )
        )
    elif facts.capacity == "minor_able" and by & {"person", "legal_representative"}:
        reasons.append(
            reason(
                "同意の結果を判断できる未成年者であり、本人又は法定代理人(本人に含まれます)の同意で足ります。",
                "A minor able to judge the consequences: consent of the minor or of the legal representative "
                "(who also counts as the person) suffices.",
                art,
            )
        )
    elif facts.capacity in (
        "minor_unable",
        "minor_partly_able",
        "minor_able",
        "adult_ward",
        "curatee_or_assisted_unable",
    ):
        if "legal_representative" not in by:
            required.append("obtain_from_legal_representative")
            reasons.append(
                reason(
                    "本人が同意の結果を判断できない未成年者・成年被後見人等であるため、親権者・法定代理人等から同意を得る"
                    "必要があります。",
                    "The person cannot judge the consequences (minor, adult ward …): consent must come from the "
                    "parent or legal representative.",
                    art,
                )
            )
        else:
            reasons.append(
                reason(
                    "法定代理人(親権者等)から同意を得ています。法定代理人も本人に含まれます。",
                    "Consent was given by the legal representative, who also counts as the person.",
                    art,
                )
            )
        if facts.capacity == "minor_partly_able" and "person" not in by:
            recommended.append("also_obtain_from_person")
            reasons.append(
                reason(
                    "一定の判断能力を有する未成年者等については、本人からも同意を得ることが望ましいとされています。",
                    "For a minor with some judgement, the person's own consent should also be obtained.",
                    art,
                )
            )
    elif facts.capacity == "intellectual_disability_no_guardian":
        if "person" not in by:
            required.append("obtain_from_person")
            reasons.append(
                reason(
                    "成年被後見人等でない知的障害者等については、本人の同意が必要であり、家族の同意だけでは足りません。",
                    "A person with an intellectual disability not under guardianship must consent personally; the "
                    "family's consent alone is not enough.",
                    art,
                )
            )
        if "family" not in by:
            recommended.append("also_obtain_from_family")
            reasons.append(
                reason(
                    "あわせて家族の同意も得ることが望ましいとされています。",
                    "The family's consent should also be obtained.",
                    art,
                )
            )
    elif "person" not in by:
        required.append("obtain_from_person")
        reasons.append(
            reason(
                "判断能力のある成人本人の同意が必要です(家族等の同意では足りません)。",
                "A capable adult must consent personally (a family member's consent is not enough).",
                art,
            )
        )

    valid = not required
    if valid:
        method_ja = {
            "written": "書面",
            "form_checkbox": "用途を明記した書式の同意欄へのチェック",
            "electronic": "電子的な方法",
            "oral_meeting_confirmed": "出席を確認できる説明会での口頭による明確な確認",
            "oral": "口頭",
        }[facts.method]
        reasons.append(
            reason(
                f"{method_ja}による承諾の意思表示であり、有効な本人の同意として扱えます(記録を保存してください)。",
                f"An expression of acceptance by {facts.method}: valid consent (keep the record).",
                art,
            )
        )
    return ConsentDecision(
        as_of=as_of,
        law_version=LawVersionRef.of(version),
        reasons=reasons,
        valid=valid,
        required_actions=required,
        recommended_actions=recommended,
    )
