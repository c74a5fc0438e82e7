"""利用目的による制限 (第18条), its exceptions, 不適正利用 (第19条) and the 学術研究 rules."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field

from hogo.law.classification import ACT, cite
from hogo.law.core import Decision, LawVersionRef, Reason, reason
from hogo.law.registry import judgement
from hogo.law.use._common import (
    USE_EXCEPTION_ITEM,
    ExceptionCode,
    ExceptionFacts,
    Outcome,
    academic_exempt,
    common_exceptions,
    failed_conditions,
)
from hogo.law.versions import version_at

# ---------------------------------------------------------------------------------------
# 利用 — may the information be used for this?
# ---------------------------------------------------------------------------------------

UseAction = Literal[
    "use",  # 取扱い(利用・提供を含む)
    "request_consent",  # 同意を得るために本人の連絡先を利用する
    "anonymise",  # 匿名化するために加工する
]


class UseFacts(ExceptionFacts):
    action: UseAction = Field(default="use", description="取扱いの内容")
    within_purpose: bool = Field(
        description="特定された利用目的の達成に必要な範囲内(取扱いの態様・内容・量を含む; 承継の場合は承継前の利用目的)"
    )
    acquired_by_succession: bool = Field(default=False, description="合併その他の事由による事業の承継に伴い取得した")
    consent: bool = Field(default=False, description="あらかじめ本人の同意を得ている")
    may_encourage_illegal_acts: bool = Field(
        default=False, description="違法又は不当な行為を助長し、又は誘発するおそれがある方法による利用"
    )
    provide_to_academic_institution: bool = Field(
        default=False, description="学術研究機関等に提供し、その機関が学術研究目的で取り扱う必要がある"
    )


class UseDecision(Decision):
    outcome: Outcome = Field(description="allowed / needs_consent / forbidden / exempt")
    basis: Literal["within_purpose", "consent", "exception", "not_out_of_purpose", "academic_exemption"] | None
    exceptions: list[ExceptionCode] = Field(description="該当する例外(複数可)")
    required_actions: list[Literal["obtain_consent", "stop_improper_use"]]


@judgement(
    "use",
    UseFacts,
    UseDecision,
    summary_ja="個人情報をこの目的・方法で利用できるか(利用目的による制限・例外・不適正利用)",
    summary_en="May personal information be used this way (purpose limitation, exceptions, improper use)?",
)
def judge_use(facts: UseFacts, as_of: dt.date) -> UseDecision:
    version = version_at("appi", as_of)
    ref = LawVersionRef.of(version)
    base = "use_restriction"
    reasons: list[Reason] = []

    def decide(outcome: Outcome, basis=None, exceptions=(), actions=()) -> UseDecision:  # noqa: ANN001
        return UseDecision(
            as_of=as_of,
            law_version=ref,
            reasons=reasons,
            outcome=outcome,
            basis=basis,
            exceptions=list(exceptions),
            required_actions=list(actions),
        )

    exempt = academic_exempt(facts, version)
    if exempt is not None:
        reasons.append(exempt)
        return decide("exempt", "academic_exemption")

    if facts.may_encourage_illegal_acts:
        if version.rule("improper_use.prohibited"):
            reasons.append(
                reason(
                    "違法又は不当な行為を助長し、又は誘発するおそれがある方法による利用は、本人の同意や利用目的の範囲に"
                    "かかわらず禁止されます(違反は勧告・命令の対象で、命令違反に罰則。本人は利用停止等を請求できます)。",
                    "Use in a way that may encourage or induce illegal or unjust acts is prohibited, whatever the "
                    "consent or purpose (recommendation then order; penalties for breaching an order; the person "
                    "may demand suspension).",
                    cite(version, "improper_use"),
                    f"{ACT}第35条第1項",
                )
            )
            return decide("forbidden", actions=["stop_improper_use"])
        reasons.append(
            reason(
                "不適正な利用の禁止は2022年4月1日施行の令和2年改正で明文化されたもので、この時点では明文の禁止規定は"
                "ありません(利用目的による制限・適正取得等の他の規律で判断します)。",
                "The express prohibition of improper use began on 2022-04-01; at this date there is none "
                "(the other rules decide).",
                cite(version, base),
            )
        )

    if facts.action == "request_consent":
        reasons.append(
            reason(
                "本人の同意を得るために個人情報(連絡先等)を利用することは、当初の利用目的に含まれていなくても目的外利用に"
                "当たりません。",
                "Using personal information (e.g. contact details) to ask for the person's consent is not use "
                "beyond the purpose.",
                cite(version, base, "第1項"),
            )
        )
        return decide("allowed", "not_out_of_purpose")
    if facts.action == "anonymise":
        reasons.append(
            reason(
                "個人情報を匿名化するために加工することは、利用目的に含まれていなくても目的外利用に当たりません。",
                "Processing personal information to anonymise it is not use beyond the purpose.",
                cite(version, base, "第1項"),
            )
        )
        return decide("allowed", "not_out_of_purpose")

    paragraph = "第2項" if facts.acquired_by_succession else "第1項"
    scope_ja = "承継前の利用目的" if facts.acquired_by_succession else "特定された利用目的"
    scope_en = "the purposes before the succession" if facts.acquired_by_succession else "the specified purpose"
    if facts.within_purpose:
        reasons.append(
            reason(
                f"{scope_ja}の達成に必要な範囲内の取扱いであるため、本人の同意なく取り扱えます。",
                f"Within the scope needed to achieve {scope_en}: allowed without consent.",
                cite(version, base, paragraph),
            )
        )
        return decide("allowed", "within_purpose")
    reasons.append(
        reason(
            f"{scope_ja}の達成に必要な範囲を超える取扱い(目的外利用; 少数のサンプルで足りるのに多数を取得する等の"
            "量の超過を含む)です。",
            f"Beyond the scope needed to achieve {scope_en} (use beyond the purpose, including excessive volume).",
            cite(version, base, paragraph),
        )
    )
    if facts.consent:
        reasons.append(
            reason(
                "あらかじめ本人の同意を得ているため、取り扱えます。",
                "The person consented in advance: allowed.",
                cite(version, base, paragraph),
            )
        )
        return decide("allowed", "consent")

    available = version.rule("use.exceptions")
    candidates = common_exceptions(facts) + [
        (
            "academic_provide",
            facts.provide_to_academic_institution and not facts.unduly_infringes_rights,
            "学術研究機関等に提供し、その学術研究機関等が学術研究目的で取り扱う必要があり、権利利益を不当に侵害するおそれがありません",
            "it is provided to an academic institution that needs it for academic research, without undue infringement",
        )
    ]
    held = [(code, ja, en) for code, holds, ja, en in candidates if holds and code in available]
    for code, ja, en in held:
        reasons.append(
            reason(
                f"{ja}。本人の同意なく取り扱えます。",
                f"Exception: {en}; allowed without consent.",
                cite(version, base, f"第3項第{USE_EXCEPTION_ITEM[code]}号"),
            )
        )
    if held:
        if any(code in ("academic_own", "academic_provide") for code, _, _ in held):
            reasons.append(
                reason(
                    "学術研究の例外は利用目的による制限だけを外すもので、安全管理措置、漏えい等の報告、保有個人データの"
                    "開示等への対応などの義務は引き続き及びます。",
                    "The academic exception lifts only the purpose limitation; security, breach reporting and "
                    "disclosure duties still apply.",
                    cite(version, base, "第3項"),
                )
            )
        return decide("allowed", "exception", [code for code, _, _ in held])
    for code, holds, _ja, _en in candidates:
        if holds and code not in available:
            reasons.append(
                reason(
                    "学術研究目的の例外は2022年4月1日施行の令和3年改正によるもので、この時点では使えません。",
                    "The academic-research exceptions began on 2022-04-01 and are not available at this date.",
                    cite(version, base, "第3項"),
                )
            )
            break
    for ja, en in failed_conditions(facts):
        reasons.append(reason(f"{ja}。", f"Not met: {en}.", cite(version, base, "第3項")))
    reasons.append(
        reason(
            "利用目的による制限の例外のいずれにも当たらないため、あらかじめ本人の同意を得なければなりません。",
            "None of the exceptions applies: the person's prior consent is needed.",
            cite(version, base, paragraph),
        )
    )
    return decide("needs_consent", actions=["obtain_consent"])
