"""My Number lifecycle (特定個人情報の取得から廃棄まで) for a business.

Judgements, each ``hogo judge <name>``:

* ``mynumber-use`` — may the 個人番号 be used (利用, 番号法第9条) or a 特定個人情報ファイル be made
  (第29条) for this purpose?
* ``mynumber-acquire`` — may it be asked for (提供の求め, 第14条・第15条) or collected (収集, 第20条)?
* ``mynumber-identity`` — is the 本人確認 (番号確認 + 身元確認, 第16条) complete?
* ``mynumber-provide`` — may it be provided (提供, 第19条 each 号)?
* ``mynumber-retention`` — may it still be kept (保管, 第20条), or must it be deleted/disposed of, and
  from which day? Also whether a disposal was done properly (記録, 証明書).
* ``mynumber-entrust`` — entrustment (委託先の監督, 第11条) and re-entrustment (再委託の許諾, 第10条).

Rules from 特定個人情報の適正な取扱いに関するガイドライン(事業者編) [069] and the 金融業務編 [071],
restated in ``shared/spec/mynumber-and-pia.md`` §2. Where a rule is general knowledge rather than
from those documents the reason says so. The law version comes from the ``mynumber`` timeline.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field

from hogo.law import calendar
from hogo.law.common import Notes
from hogo.law.core import Decision, Facts, FactsError, LawVersionRef
from hogo.law.registry import judgement
from hogo.law.versions import LawVersion, version_at

ACT = "番号法"
GL = "特定個人情報の適正な取扱いに関するガイドライン(事業者編)"
GL_FIN = "金融業務における特定個人情報の適正な取扱いに関するガイドライン"
APPI_READ = "番号法第30条第2項(個人情報保護法の読替え)"

Outcome = Literal["allow", "forbid", "require"]
Actor = Literal[
    "business",  # 個人番号関係事務実施者 (ordinary employer, payer)
    "financial_institution",  # 預金取扱金融機関・証券会社・保険会社等
    "health_insurance_society",  # 健康保険組合等 (個人番号利用事務実施者)
    "contractor",  # 受託者 (税理士, payroll vendor) for entrusted affairs
    "individual",  # an individual (e.g. an employee collecting dependents' numbers)
]
Purpose = Literal[
    "related_affairs",  # 個人番号関係事務 (源泉徴収票, 支払調書, 社会保険の届出 …)
    "utilization_affairs",  # 個人番号利用事務
    "disaster_payment",  # 激甚災害時の金銭の支払 (第9条第5項)
    "life_body_property",  # 人の生命、身体又は財産の保護
    "employee_id",  # 社員番号として
    "customer_id",  # 顧客番号として
    "sales_management",  # 営業成績等の管理
    "identity_matching",  # 本人照合・名寄せ
    "other",  # any other purpose
]
Affair = Literal[
    "withholding_slip",  # 給与所得の源泉徴収票 (所得税法第226条第1項)
    "salary_payment_report",  # 給与支払報告書
    "fee_payment_record",  # 報酬・料金等の支払調書 (所得税法第225条第1項)
    "rent_payment_record",  # 不動産の使用料等の支払調書
    "dividend_payment_record",  # 配当等の支払調書
    "dependent_declaration",  # 扶養控除等申告書 (所得税法第194条第1項)
    "social_insurance",  # 健康保険・厚生年金保険の届出
    "employment_insurance",  # 雇用保険の届出
    "specified_account",  # 特定口座年間取引報告書
    "insurance_payment_record",  # 保険金等の支払調書
    "other_statutory",  # other statutory related affairs
]
_FORBIDDEN_PURPOSES: dict[str, tuple[str, str]] = {
    "employee_id": ("社員番号として利用すること", "use as an employee number"),
    "customer_id": ("顧客番号として利用すること", "use as a customer number"),
    "sales_management": ("営業成績等の管理", "managing sales performance"),
    "identity_matching": ("本人照合・名寄せ", "identity matching"),
    "other": ("法定の事務以外の目的", "a purpose other than the statutory affairs"),
}


class LifecycleDecision(Decision):
    outcome: Outcome = Field(description="allow 可 / forbid 不可 / require 条件付き(しなければならないことがある)")
    basis: str | None = Field(default=None, description="根拠となる条項 (例: 番号法第19条第4号)")
    required_actions: list[str] = Field(default_factory=list, description="しなければならないこと (コード)")


class _Ctx(Notes):
    def __init__(self, version: LawVersion) -> None:
        super().__init__()
        self.version = version

    def done(self, as_of: dt.date, outcome: Outcome, basis: str | None = None, **extra: object) -> dict:
        return dict(
            as_of=as_of,
            law_version=LawVersionRef.of(self.version),
            reasons=self.reasons,
            outcome=outcome,
            basis=basis,
            required_actions=self.actions,
            **extra,
        )


def _provide_article(version: LawVersion, case: str) -> str:
    return f"{ACT}{dict(version.rule('provide.articles'))[case]}"


def _forbidden_purpose(ctx: _Ctx, purpose: str, consent: bool, what: tuple[str, str], cite: str) -> None:
    ja, en = _FORBIDDEN_PURPOSES[purpose]
    ctx.say(
        f"{ja}は個人番号関係事務・個人番号利用事務に当たらず、{what[0]}はできません"
        + ("。本人の同意があっても同じです。" if consent else "。"),
        f"{en[0].upper()}{en[1:]} is neither a related nor a utilisation affair, so {what[1]} is not permitted"
        + (", even with the person's consent." if consent else "."),
        cite,
    )


# =========================================================================================
# mynumber-use: 利用 (第9条) and ファイル作成 (第29条)
# =========================================================================================
class UseFacts(Facts):
    action: Literal["use", "create_file"] = Field(default="use", description="use 利用 / create_file 特定個人情報ファイルの作成")
    actor: Actor = Field(default="business", description="利用する者")
    identifier: Literal["my_number", "derived_from_my_number", "independent"] = Field(
        default="my_number",
        description="my_number 個人番号 / derived_from_my_number 個人番号を一定の法則で変換した番号 / independent 個人番号と無関係の番号",
    )
    purpose: Purpose
    affair: Affair | None = Field(default=None, description="個人番号関係事務の種類 (purpose=related_affairs)")
    specified_affairs: list[Affair] | None = Field(
        default=None, description="取得時に特定した利用目的の事務 (null: affair は特定済み)"
    )
    later_contract: bool = Field(default=False, description="同じ本人との後の契約(再雇用・追加契約等)のための利用")
    purpose_change_notified: bool = Field(default=False, description="利用目的を変更し本人に通知・公表した")
    consent: bool = Field(default=False, description="本人の同意がある")
    acquired_by_succession: bool = Field(default=False, description="合併等の事業承継により取得した")
    within_pre_succession_purpose: bool = Field(default=True, description="承継前の利用目的の範囲内")
    disaster_declared: bool = Field(default=False, description="激甚災害の指定・避難指示等がある")
    consent_or_hard_to_obtain: bool = Field(default=False, description="本人の同意がある又は同意を得ることが困難")


@judgement(
    "mynumber-use",
    UseFacts,
    LifecycleDecision,
    summary_ja="個人番号を利用できるか・特定個人情報ファイルを作成できるか(番号法第9条・第29条)",
    summary_en="May the My Number be used, or a specific personal information file be made, for this purpose?",
)
def judge_mynumber_use(facts: UseFacts, as_of: dt.date) -> LifecycleDecision:
    ctx = _Ctx(version_at("mynumber", as_of))
    file = facts.action == "create_file"
    art = f"{ACT}第29条" if file else f"{ACT}第9条"
    what = ("特定個人情報ファイルの作成", "creating a specific personal information file") if file else ("利用", "use")
    if facts.identifier == "independent":
        ctx.say(
            "個人番号に由来しない番号(例: 独自に付番した社員番号)は個人番号ではなく、番号法の利用制限は及びません。",
            "A number not derived from the My Number (e.g. an independently assigned employee ID) is not a My "
            "Number; the Act's use limits do not apply.",
            f"{ACT}第2条第8項",
            f"{GL}第4-1-(1)1 注",
        )
        return LifecycleDecision(**ctx.done(as_of, "allow"))
    if facts.identifier == "derived_from_my_number":
        ctx.say(
            "個人番号を一定の法則に従って変換した番号(数字をアルファベットに置き換えたもの等)も個人番号に当たります。",
            "A number converted from the My Number by a fixed rule (e.g. digits replaced by letters) is still a My "
            "Number.",
            f"{ACT}第2条第8項",
            f"{GL}第4-1-(1)1 注",
        )
    p = facts.purpose
    if p in _FORBIDDEN_PURPOSES:
        _forbidden_purpose(ctx, p, facts.consent, what, art)
        return LifecycleDecision(**ctx.done(as_of, "forbid"))
    if p == "disaster_payment":
        if facts.actor == "financial_institution" and facts.disaster_declared and not file:
            ctx.say(
                "激甚災害等の際、金融機関は個人番号関係事務のために保有する個人番号を、顧客に金銭を支払うための預金情報等の検索に利用できます。",
                "In a severe disaster, a financial institution may use numbers held for related affairs to search "
                "deposit data in order to pay customers.",
                f"{ACT}第9条第5項; 施行令第10条",
                f"{GL}第4-1-(1)2",
                GL_FIN,
            )
            return LifecycleDecision(**ctx.done(as_of, "allow", f"{ACT}第9条第5項"))
        ctx.say(
            "激甚災害時の例外は、金融機関(預金取扱金融機関・証券会社・保険会社等)が激甚災害等の際に金銭の支払のため利用する場合に限られます。",
            "The disaster exception covers only financial institutions paying customers in a declared severe "
            "disaster.",
            f"{ACT}第9条第5項; 施行令第10条",
            GL_FIN,
        )
        return LifecycleDecision(**ctx.done(as_of, "forbid"))
    if p == "life_body_property":
        if facts.consent_or_hard_to_obtain and not file:
            ctx.say(
                "人の生命、身体又は財産の保護のために必要で、本人の同意があり又は同意を得ることが困難なときは、個人番号関係事務のために保有する個人番号を利用できます。",
                "Needed to protect life, body or property, with consent or where consent is hard to obtain: numbers "
                "held for related affairs may be used.",
                APPI_READ,
                f"{GL}第4-1-(1)2",
            )
            return LifecycleDecision(**ctx.done(as_of, "allow", APPI_READ))
        ctx.say(
            "生命・身体・財産の保護の例外は、本人の同意があるか同意を得ることが困難な場合の利用に限られます。",
            "The life/body/property exception needs consent, or consent being hard to obtain.",
            APPI_READ,
        )
        return LifecycleDecision(**ctx.done(as_of, "forbid"))
    if p == "utilization_affairs":
        if facts.actor in ("health_insurance_society", "contractor"):
            ctx.say(
                f"個人番号利用事務実施者(健康保険組合等又はその受託者)は、個人番号利用事務に必要な限度で{what[0]}ができます。",
                f"A utilisation-affairs implementer (health insurance society or its contractor) may do {what[1]} "
                "as needed for those affairs.",
                f"{ACT}第9条第1項〜第3項" if not file else art,
            )
            return LifecycleDecision(**ctx.done(as_of, "allow", f"{ACT}第9条第1項〜第3項"))
        ctx.say(
            "個人番号利用事務を行えるのは行政機関・健康保険組合等とその受託者に限られます。",
            "Only administrative bodies, health insurance societies and their contractors perform utilisation "
            "affairs.",
            f"{ACT}第9条第1項〜第3項",
        )
        return LifecycleDecision(**ctx.done(as_of, "forbid"))

    # 個人番号関係事務 (第9条第4項)
    basis = f"{ACT}第9条第4項"
    if facts.acquired_by_succession and not facts.within_pre_succession_purpose:
        ctx.say(
            "合併等で承継した特定個人情報は、承継前の利用目的の範囲内でのみ利用できます。本人の同意があっても目的を超えられません。",
            "Specific personal information acquired by succession may be used only within the pre-succession "
            "purposes, even with consent.",
            APPI_READ,
            f"{GL}第4-1-(1)1B(b)",
        )
        return LifecycleDecision(**ctx.done(as_of, "forbid"))
    if facts.acquired_by_succession:
        ctx.say(
            "承継前の利用目的(例: その従業員の源泉徴収票作成)の範囲内で利用できます。",
            "Use within the pre-succession purposes (e.g. those employees' withholding slips) is permitted.",
            APPI_READ,
            f"{GL}第4-1-(1)1B(b)",
        )
    specified = facts.specified_affairs
    if facts.affair is not None and specified is not None and facts.affair not in specified:
        if facts.purpose_change_notified:
            ctx.say(
                "当初の利用目的と関連性を有する合理的な範囲で利用目的を変更し、本人に通知・公表しているため、変更後の目的の範囲で利用できます。",
                "The purpose was changed within a reasonably related scope and notified or published, so use "
                "within the changed purpose is permitted.",
                APPI_READ,
                f"{GL}第4-1-(1)1B(a)",
            )
        else:
            ctx.say(
                "取得時に特定した利用目的に含まれない事務に利用するには、利用目的の変更(関連性を有する合理的な範囲)と本人への通知・公表が必要です。"
                "同意があっても目的外利用はできません。",
                "Using it for an affair outside the purposes specified at acquisition requires a purpose change "
                "(within a reasonably related scope) and notice or publication; consent does not permit use beyond "
                "the purpose.",
                APPI_READ,
                f"{GL}第4-1-(1)1B(a)",
            )
            ctx.act("change_purpose", "notify_or_publish_purpose")
            return LifecycleDecision(**ctx.done(as_of, "require", basis))
    if facts.later_contract:
        ctx.say(
            "同じ本人との後の契約(同一の雇用契約の翌年分、再雇用、講演の追加契約、賃貸借の追加等)のための利用は、当初の利用目的の範囲内です。",
            "Use for a later contract with the same person (next year under the same employment, re-hiring, a "
            "further lecture contract, an additional lease) is within the original purpose.",
            f"{GL}第4-1-(1)1B(a)",
        )
    if file:
        ctx.say(
            "個人番号関係事務を処理するために必要な範囲で特定個人情報ファイルを作成できます。",
            "A specific personal information file may be made to the extent needed for the related affairs.",
            f"{ACT}第29条",
            f"{GL}第4-1-(2)",
        )
        return LifecycleDecision(**ctx.done(as_of, "allow", f"{ACT}第29条"))
    ctx.say(
        "個人番号関係事務(法令に基づく書類への個人番号の記載等)のために、特定した利用目的の範囲内で利用できます。",
        "Use for related affairs (entering the number on statutory forms) within the specified purposes is "
        "permitted.",
        basis,
        f"{GL}第4-1-(1)1",
    )
    return LifecycleDecision(**ctx.done(as_of, "allow", basis))


# =========================================================================================
# mynumber-acquire: 提供の求め (第14条・第15条) and 収集 (第20条)
# =========================================================================================
class AcquireFacts(Facts):
    action: Literal["request", "collect"] = Field(description="request 提供を求める / collect 収集する")
    actor: Actor = Field(default="business")
    purpose: Purpose
    from_same_household: bool = Field(default=False, description="自己と同一の世帯に属する者から(他人に当たらない)")
    timing: Literal["affair_arisen", "foreseeable", "not_foreseeable"] = Field(
        default="affair_arisen",
        description="affair_arisen 事務の発生時 / foreseeable 契約締結時等発生が予想できる時 / not_foreseeable 予想できない",
    )
    affair_will_not_arise: bool = Field(default=False, description="契約内容から関係事務が発生しないことが明らか")
    statutory_notification: bool = Field(default=False, description="本人に法令上の告知義務がある (特定口座開設届出書等)")
    recorded: bool = Field(default=True, description="書き留め・複写・印刷等で手元に残す (false: 提示を受けただけ)")
    pass_through: bool = Field(default=False, description="書類を受け取って担当部署・委託元に渡すだけの者")
    storage_required_by_contract: bool = Field(default=False, description="委託契約で保管が求められている")
    source: Literal["principal", "agent", "implementer"] = Field(
        default="principal", description="誰から受け取るか (本人/代理人/他の実施者)"
    )


@judgement(
    "mynumber-acquire",
    AcquireFacts,
    LifecycleDecision,
    summary_ja="個人番号の提供を求められるか・収集できるか(番号法第14条・第15条・第20条)",
    summary_en="May the business ask for, or collect, a My Number?",
)
def judge_mynumber_acquire(facts: AcquireFacts, as_of: dt.date) -> LifecycleDecision:
    ctx = _Ctx(version_at("mynumber", as_of))
    req = facts.action == "request"
    art = f"{ACT}第14条, 第15条" if req else f"{ACT}第20条"
    what = ("提供を求めること", "asking for it") if req else ("収集すること", "collecting it")
    if facts.from_same_household:
        ctx.say(
            "自己と同一の世帯に属する者(子、配偶者等)は「他人」に当たらないため、第15条・第20条の制限は及びません。",
            "Members of the same household (children, spouse) are not 'another person', so Articles 15 and 20 do "
            "not apply.",
            f"{ACT}第15条, 第20条",
            f"{GL}第4-3-(2)1 注",
        )
        return LifecycleDecision(**ctx.done(as_of, "allow"))
    if not req and not facts.recorded:
        ctx.say(
            "個人番号の提示を受けただけで、書き留め・複写・印刷等をしない場合は「収集」に当たりません。",
            "Merely being shown a number, without noting, copying or printing it, is not collection.",
            f"{ACT}第20条",
            f"{GL}第4-3-(3)A",
        )
        return LifecycleDecision(**ctx.done(as_of, "allow"))
    if facts.purpose in _FORBIDDEN_PURPOSES:
        _forbidden_purpose(ctx, facts.purpose, False, what, art)
        return LifecycleDecision(**ctx.done(as_of, "forbid"))
    if facts.purpose == "disaster_payment":
        ctx.say(
            "激甚災害時の例外は保有している個人番号の利用を認めるもので、そのために新たに提供を求め又は収集することは第19条各号に当たりません。",
            "The disaster exception lets held numbers be used; asking for or collecting numbers for it is not an "
            "Article 19 case.",
            art,
            f"{ACT}第9条第5項",
        )
        return LifecycleDecision(**ctx.done(as_of, "forbid"))
    if facts.purpose == "life_body_property":
        ctx.say(
            "人の生命、身体又は財産の保護のために必要で、本人の同意があり又は同意を得ることが困難な場合(第19条第16号)の提供を受けるときに限り、収集できます。",
            "Collection is permitted only when receiving the data in an Article 19(16) case (protection of life, "
            "body or property, with consent or where consent is hard to obtain).",
            art,
            _provide_article(ctx.version, "life_body_property"),
        )
        return LifecycleDecision(**ctx.done(as_of, "allow", _provide_article(ctx.version, "life_body_property")))
    if facts.purpose == "utilization_affairs" and facts.actor not in ("health_insurance_society", "contractor"):
        ctx.say(
            "個人番号利用事務実施者でない者は利用事務のために個人番号を求められません。",
            "Only utilisation-affairs implementers may ask for numbers for utilisation affairs.",
            f"{ACT}第14条第1項",
        )
        return LifecycleDecision(**ctx.done(as_of, "forbid"))
    if req:
        if facts.affair_will_not_arise:
            ctx.say(
                "契約内容等から個人番号関係事務が発生しないことが明らかな場合(例: 賃料額から支払調書の提出が不要と明らかな場合)は、提供を求めることはできません。",
                "When the contract makes clear that no related affair will arise (e.g. the rent is below the "
                "reporting threshold), the number may not be requested.",
                f"{ACT}第14条第1項, 第15条",
                f"{GL}第4-3-(1)2",
            )
            return LifecycleDecision(**ctx.done(as_of, "forbid"))
        if facts.timing == "not_foreseeable":
            ctx.say(
                "提供を求めるのは原則として個人番号関係事務が発生した時点、又は法律関係から発生が予想できる時点(契約締結時等)です。それより前には求められません。",
                "The number is requested when the related affair arises, or when it becomes foreseeable from the "
                "legal relationship (e.g. contract signing), not earlier.",
                f"{ACT}第14条第1項",
                f"{GL}第4-3-(1)2",
            )
            return LifecycleDecision(**ctx.done(as_of, "forbid"))
        if facts.timing == "foreseeable":
            ctx.say(
                "法律関係等から個人番号関係事務の発生が予想される時点(雇用契約・賃貸借契約・保険契約の締結時、株主となった時等)で提供を求めることができます。"
                "支払金額が契約時に確定していなくても同じです。",
                "The number may be requested once the related affair is foreseeable from the legal relationship "
                "(signing an employment, lease or insurance contract, becoming a shareholder), even if the amount "
                "is not yet fixed.",
                f"{ACT}第14条第1項",
                f"{GL}第4-3-(1)2",
                GL_FIN,
            )
        if facts.statutory_notification:
            ctx.say(
                "本人に法令上の告知義務がある書類(特定口座開設届出書等)の提出時に個人番号の提供を求めます。",
                "The number is requested when the person files a form on which the law obliges them to give it "
                "(e.g. the specified-account opening form).",
                f"{ACT}第14条第1項",
                "租税特別措置法第37条の11の3第4項",
                GL_FIN,
            )
        ctx.say(
            "個人番号関係事務を処理するために必要があるときは、本人又は他の個人番号関係事務実施者に個人番号の提供を求めることができます。",
            "When needed for related affairs, the business may ask the person or another implementer for the "
            "number.",
            f"{ACT}第14条第1項",
            f"{GL}第4-3-(1)",
        )
    else:
        if facts.pass_through and not facts.storage_required_by_contract:
            ctx.say(
                "書類を受け取って担当部署(委託元)に渡すだけの者は、必要な確認(記載漏れ等の確認を含む)の後できるだけ速やかに引き渡し、個人番号を保管してはなりません。",
                "Someone who only receives documents and passes them on must hand them over as soon as possible "
                "after the necessary checks (which may include the number) and must not keep the number.",
                f"{ACT}第20条",
                f"{GL}第4-3-(3)A",
                GL_FIN,
            )
            ctx.act("hand_over_promptly", "keep_no_copy")
            return LifecycleDecision(**ctx.done(as_of, "require", f"{ACT}第20条"))
        ctx.say(
            "個人番号関係事務(又は利用事務)を処理するために必要な範囲で、第19条各号に該当する場合に収集できます。",
            "Collection is permitted to the extent needed for the related (or utilisation) affairs, in an Article "
            "19 case.",
            f"{ACT}第20条",
            f"{GL}第4-3-(3)A",
        )
    if facts.source in ("principal", "agent"):
        ctx.act("verify_identity")
        ctx.say(
            "本人又は代理人から個人番号の提供を受けるときは本人確認(番号確認及び身元確認)が必要です。",
            "Receiving a number from the person or an agent requires identity verification (number and identity "
            "checks).",
            f"{ACT}第16条",
        )
    ctx.act("notify_or_publish_purpose")
    ctx.say(
        "取得に際して利用目的を通知又は公表します(書面で直接取得するときはあらかじめ明示)。",
        "Notify or publish the purpose on acquisition (state it in advance when collecting directly in writing).",
        APPI_READ,
        f"{GL}第4-6",
    )
    return LifecycleDecision(**ctx.done(as_of, "allow", f"{ACT}第14条第1項" if req else f"{ACT}第20条"))


# =========================================================================================
# mynumber-identity: 本人確認 (第16条)
# =========================================================================================
IdDoc = Literal[
    "mynumber_card",  # 個人番号カード (番号確認 + 身元確認)
    "notification_card",  # 通知カード (番号確認; transitional after 2020-05-25)
    "resident_record_with_number",  # 個人番号付き住民票の写し・住民票記載事項証明書 (番号確認)
    "number_notice_letter",  # 個人番号通知書 (not a 番号確認 document)
    "drivers_license",  # 運転免許証 (身元確認)
    "passport",  # 旅券 (身元確認)
    "other_photo_id",  # 在留カード, 身体障害者手帳 etc. (身元確認)
    "two_non_photo_ids",  # 写真のない書類2種類 (身元確認; general knowledge)
]
_NUMBER_DOCS = frozenset({"mynumber_card", "notification_card", "resident_record_with_number"})
_IDENTITY_DOCS = frozenset({"mynumber_card", "drivers_license", "passport", "other_photo_id", "two_non_photo_ids"})


class IdentityFacts(Facts):
    submitter: Literal["principal", "agent", "implementer"] = Field(
        default="principal", description="提供する者: 本人 / 代理人 / 他の実施者 (前の勤務先から第19条第4号で等)"
    )
    channel: Literal["in_person", "mail", "online"] = Field(default="in_person", description="対面 / 郵送 / オンライン")
    principal_documents: list[IdDoc] = Field(default_factory=list, description="本人の書類")
    notification_card_details_current: bool = Field(
        default=True, description="通知カードの記載事項(氏名・住所等)が住民票と一致している"
    )
    known_same_person: bool = Field(
        default=False, description="雇用時に確認済みの従業員等、本人であることが明らか (身元確認を省略できる)"
    )
    authority_document: bool = Field(default=False, description="代理人: 代理権確認書類 (委任状・戸籍謄本等)")
    agent_documents: list[IdDoc] = Field(default_factory=list, description="代理人自身の身元確認書類")


class IdentityDecision(LifecycleDecision):
    verification_required: bool
    missing: list[Literal["number_check", "identity_check", "authority_check", "agent_identity_check"]]


@judgement(
    "mynumber-identity",
    IdentityFacts,
    IdentityDecision,
    summary_ja="本人確認(番号確認・身元確認)が足りているか(番号法第16条)",
    summary_en="Is the identity verification (number check + identity check) complete?",
)
def judge_mynumber_identity(facts: IdentityFacts, as_of: dt.date) -> IdentityDecision:
    version = version_at("mynumber", as_of)
    ctx = _Ctx(version)
    cite = f"{ACT}第16条; 施行令第12条"
    if facts.submitter == "implementer":
        ctx.say(
            "本人又は代理人以外(前の勤務先から第19条第4号により提供を受ける場合等)から提供を受けるときは、第16条の本人確認は不要です。",
            "Receiving the number from someone other than the person or an agent (e.g. the former employer under "
            "Article 19(4)) needs no Article 16 verification.",
            f"{ACT}第16条",
            f"{GL}第4-3-(2)2B(d)",
        )
        return IdentityDecision(**ctx.done(as_of, "allow"), verification_required=False, missing=[])
    docs = set(facts.principal_documents)
    card_rule = version.rule("identity.notification_card")
    if "notification_card" in docs:
        if not facts.notification_card_details_current:
            docs.discard("notification_card")
            ctx.say(
                "通知カードの記載事項が住民票と一致しないため、番号確認書類として使えません"
                + ("(2020年5月25日の通知カード廃止後は記載事項に変更がない場合に限り経過的に使えます)。" if card_rule == "transitional" else "。"),
                "The notification card's details do not match the resident record, so it is not a number-check "
                "document"
                + (" (after its abolition on 2020-05-25 it is usable only while its details are unchanged)." if card_rule == "transitional" else "."),
                cite,
                "令和元年法律第16号附則第6条" if card_rule == "transitional" else "",
                f"{GL}第4-3-(4) 参考2",
            )
        elif card_rule == "transitional":
            ctx.say(
                "通知カードは2020年5月25日に廃止されましたが、記載事項に変更がない限り番号確認書類として使えます。",
                "The notification card was abolished on 2020-05-25 but remains a number-check document while its "
                "details are unchanged.",
                "令和元年法律第16号附則第6条",
                f"{GL}第4-3-(4) 参考2",
            )
    if "number_notice_letter" in docs:
        ctx.say(
            "個人番号通知書は番号確認書類として使えません。",
            "The My Number notice letter (個人番号通知書) is not a number-check document.",
            cite,
        )
    missing: list = []
    has_number = bool(docs & _NUMBER_DOCS)
    has_identity = bool(docs & _IDENTITY_DOCS) or facts.known_same_person
    if facts.submitter == "principal":
        if "mynumber_card" in docs:
            ctx.say(
                "個人番号カードの提示で番号確認と身元確認の両方ができます。",
                "The My Number card covers both the number check and the identity check.",
                cite,
            )
        if not has_number:
            missing.append("number_check")
        if not has_identity:
            missing.append("identity_check")
        if facts.known_same_person and not docs & _IDENTITY_DOCS:
            ctx.say(
                "雇用時に本人確認を行った従業員等、本人であることが明らかな場合は身元確認書類を要しません(一般的知識)。",
                "Where the person is clearly the same individual (e.g. an employee verified at hiring) no identity "
                "document is needed (general knowledge).",
                "番号法施行規則第3条第5項",
            )
    else:
        if not facts.authority_document:
            missing.append("authority_check")
        if not set(facts.agent_documents) & _IDENTITY_DOCS:
            missing.append("agent_identity_check")
        if not has_number:
            missing.append("number_check")
        ctx.say(
            "代理人から提供を受けるときは、代理権確認書類、代理人の身元確認書類、本人の番号確認書類が必要です。",
            "From an agent: proof of authority, the agent's identity document and the person's number-check "
            "document.",
            f"{ACT}第16条; 施行令第12条第2項",
        )
    if facts.channel == "mail":
        ctx.act("receive_documents_or_copies")
        ctx.say(
            "郵送で受け取るときは、確認書類又はその写しの送付を受けなければなりません。",
            "By mail, the verification documents or copies of them must be received.",
            "番号法施行規則第11条",
        )
    if missing:
        labels = {
            "number_check": ("番号確認書類(個人番号カード、個人番号付き住民票の写し等)", "a number-check document"),
            "identity_check": ("身元確認書類(運転免許証、旅券等)", "an identity document"),
            "authority_check": ("代理権確認書類(委任状、戸籍謄本等)", "proof of the agent's authority"),
            "agent_identity_check": ("代理人の身元確認書類", "the agent's identity document"),
        }
        ctx.say(
            "本人確認が完了していません。不足: " + "、".join(labels[m][0] for m in missing) + "。",
            "Verification is incomplete; missing: " + ", ".join(labels[m][1] for m in missing) + ".",
            cite,
        )
        ctx.act(*(f"obtain_{m}" for m in missing))
        return IdentityDecision(**ctx.done(as_of, "require", cite), verification_required=True, missing=missing)
    ctx.say("本人確認は完了しています。", "Verification is complete.", cite)
    return IdentityDecision(**ctx.done(as_of, "allow", cite), verification_required=True, missing=[])


# =========================================================================================
# mynumber-provide: 提供 (第19条)
# =========================================================================================
Recipient = Literal[
    "same_legal_entity",  # another department of the same legal entity (利用, not 提供)
    "statutory_recipient",  # 税務署長, 市区町村長, 日本年金機構, 健保組合等 (法令に基づく提出)
    "related_affairs_implementer",  # an employer etc. receiving from a utilisation implementer or the person
    "principal",  # the person themself (own data, disclosure etc.)
    "new_employer",  # 出向・転籍・退職等の先の事業者
    "contractor",  # 委託先
    "successor",  # 合併等の承継者
    "network_system",  # 情報提供ネットワークシステムによる情報連携
    "ppc",  # 個人情報保護委員会 (第35条第1項の求め)
    "investigation_or_court",  # 租税調査, 犯罪捜査, 裁判, 会計検査 etc.
    "police_or_rescuer",  # for the protection of life, body or property
    "group_company",  # another company of the same group
    "other_business",  # any other business
]
Item = Literal["name", "address", "birth_date", "prior_salary", "leaving_reason", "my_number", "other_needed"]


class ProvideFacts(Facts):
    provider: Literal["business", "utilization_implementer", "principal"] = Field(
        default="business", description="提供する者: 関係事務実施者 / 利用事務実施者(市区町村・健保組合等) / 本人・代理人"
    )
    recipient: Recipient
    based_on_law: bool = Field(default=True, description="法令に基づく提出・届出である (statutory_recipient)")
    consent: bool = Field(default=False, description="本人(従業者等)の同意がある")
    consent_after_destination_decided: bool = Field(default=True, description="同意は提供先が決まった後に得た")
    recipient_specified_in_consent: bool = Field(default=True, description="同意の際に提供先を明示した")
    items: list[Item] = Field(default_factory=list, description="提供する情報の項目")
    access_restricted_to_current_employer: bool = Field(
        default=False, description="グループ共通DBで、現に雇用する会社のファイルにだけ登録され他社は閲覧できない"
    )
    life_body_property_need: bool = Field(default=False, description="人の生命、身体又は財産の保護のため必要")
    consent_or_hard_to_obtain: bool = Field(default=False, description="本人の同意がある又は同意を得ることが困難")
    reentrustment: bool = Field(default=False, description="委託先が再委託先に提供する")
    original_entruster_permission: bool = Field(default=False, description="最初の委託者の許諾がある")
    pia_done: bool = Field(default=True, description="特定個人情報保護評価を実施済み (情報連携)")


@judgement(
    "mynumber-provide",
    ProvideFacts,
    LifecycleDecision,
    summary_ja="特定個人情報を提供できるか(番号法第19条各号)",
    summary_en="May the specific personal information be provided (My Number Act Art. 19)?",
)
def judge_mynumber_provide(facts: ProvideFacts, as_of: dt.date) -> LifecycleDecision:
    version = version_at("mynumber", as_of)
    ctx = _Ctx(version)
    r = facts.recipient

    def art(case: str) -> str:
        return _provide_article(version, case)

    def allow(case: str, ja: str, en: str, *extra: str) -> LifecycleDecision:
        ctx.say(ja, en, art(case), *extra)
        return LifecycleDecision(**ctx.done(as_of, "allow", art(case)))

    def forbid(ja: str, en: str, *cites: str) -> LifecycleDecision:
        ctx.say(ja, en, f"{ACT}第19条", *cites)
        return LifecycleDecision(**ctx.done(as_of, "forbid"))

    if r == "same_legal_entity":
        ctx.say(
            "同じ法人の中の部署間の移動(営業部→庶務課→経理部等)は「提供」ではなく「利用」です。利用の制限(第9条、利用目的)に従います。",
            "Moving data between departments of one legal entity is use, not provision; the use limits apply.",
            f"{ACT}第9条",
            f"{GL}第4-3-(2)2A",
        )
        return LifecycleDecision(**ctx.done(as_of, "allow", f"{ACT}第9条"))
    if r == "principal":
        ctx.say(
            "本人に本人の個人番号・特定個人情報を渡すこと(開示等の請求への対応を含む)は、第19条各号に列挙されていませんが許されると解されています。",
            "Giving the person their own number or data (including answering their disclosure request) is "
            "permitted by interpretation though not listed in Article 19.",
            f"{GL}第4-3-(2)2C",
        )
        return LifecycleDecision(**ctx.done(as_of, "allow"))
    if r == "related_affairs_implementer":
        if facts.provider == "utilization_implementer":
            return allow(
                "utilization_affairs",
                "個人番号利用事務実施者(市区町村等)が利用事務を処理するために必要な限度で関係事務実施者(事業者)に提供できます(例: 特別徴収税額の通知)。",
                "A utilisation implementer (e.g. a municipality) may provide to a related-affairs implementer as "
                "needed for its affairs (e.g. the special-collection tax notice).",
                f"{GL}第4-3-(2)2B(a)",
            )
        if facts.provider == "principal":
            return allow(
                "from_principal",
                "本人又は代理人は、個人番号関係事務実施者に本人の個人番号を提供できます。",
                "The person or an agent may provide the person's number to an implementer.",
                f"{GL}第4-3-(2)2B(c)",
            )
        return forbid(
            "事業者から他の事業者への提供は、第19条各号のいずれかに当たる場合に限られます。",
            "Provision from one business to another needs an Article 19 case.",
        )
    if r == "statutory_recipient":
        if facts.based_on_law:
            return allow(
                "statutory_submission",
                "個人番号関係事務実施者は、法令に基づき行政機関・健康保険組合等に特定個人情報を提供できます(源泉徴収票の税務署長への提出等)。",
                "A related-affairs implementer may provide to administrative bodies, health insurance societies etc. "
                "under the law (e.g. withholding slips to the tax office).",
                f"{GL}第4-3-(2)2B(b)",
            )
        return forbid(
            "法令に基づかない提出は第19条第2号に当たりません。",
            "A submission not required by law is not covered by Article 19(2).",
        )
    if r == "new_employer":
        if not version.rule("provide.employment_transfer"):
            ctx.act("collect_again_from_principal")
            return forbid(
                "この版では、出向・転籍先の事業者への提供を認める規定(2021年9月1日施行の第19条第4号)がまだなく、本人の同意があっても提供できません。"
                "移籍先が本人から改めて取得します。",
                "Under this version no Article 19 case covers provision to a new employer on secondment or transfer "
                "(Art. 19(4) applies from 2021-09-01), even with consent; the new employer collects the number "
                "from the person.",
                f"{GL}第4-3-(2)2A",
            )
        if not facts.consent:
            ctx.act("collect_again_from_principal_or_obtain_consent")
            return forbid(
                "出向・転籍等の先の事業者への提供には従業者等の同意(第19条第4号)が必要です。同意がなければ、移籍先が本人から改めて取得します。",
                "Provision to the new employer on secondment or transfer needs the employee's consent (Art. 19(4)); "
                "otherwise the new employer collects the number from the person again.",
                art("employment_transfer"),
                f"{GL}第4-3-(2)2B(d)",
            )
        if not facts.consent_after_destination_decided or not facts.recipient_specified_in_consent:
            ctx.act("obtain_consent_naming_recipient")
            return forbid(
                "第19条第4号の同意は、移籍先が決まった後に、提供先を明らかにして得なければなりません(採用時の包括的な同意は無効)。",
                "Article 19(4) consent must be obtained after the destination is decided, naming the recipient "
                "(a blanket consent at hiring does not count).",
                art("employment_transfer"),
                f"{GL}第4-3-(2)2B(d)",
            )
        if "leaving_reason" in facts.items:
            ctx.act("remove_leaving_reason")
            return forbid(
                "提供できるのは移籍先の個人番号関係事務に必要な範囲(氏名、住所、生年月日、前職の給与等)に限られ、離職理由は含められません。",
                "Only what the new employer needs for its related affairs (name, address, birth date, prior salary) "
                "may be provided; the reason for leaving may not.",
                art("employment_transfer"),
                f"{GL}第4-3-(2)2B(d)",
            )
        return allow(
            "employment_transfer",
            "移籍先が決まった後に提供先を明示して得た従業者等の同意に基づき、移籍先の個人番号関係事務に必要な範囲で提供できます。",
            "With the employee's consent obtained after the destination was decided and naming it, provision is "
            "permitted within what the new employer needs.",
            f"{GL}第4-3-(2)2B(d)",
        )
    if r in ("contractor", "successor"):
        if r == "contractor" and facts.reentrustment and not facts.original_entruster_permission:
            ctx.act("obtain_original_entruster_permission")
            return forbid(
                "最初の委託者の許諾を得ない再委託に伴う提供は第19条第6号に当たらず、第10条とともに第19条に違反します。",
                "Provision accompanying a re-entrustment without the original entruster's permission is not "
                "Article 19(6); it breaches Article 10 and Article 19.",
                f"{ACT}第10条",
                art("entrustment_succession"),
            )
        return allow(
            "entrustment_succession",
            "委託(再委託は最初の委託者の許諾を得たもの)又は合併等の事業承継に伴う提供は第19条第6号により許されます。",
            "Provision accompanying an entrustment (a re-entrustment only with the original entruster's "
            "permission) or a merger or other succession is permitted by Article 19(6).",
            f"{GL}第4-3-(2)2B(e)",
        )
    if r == "network_system":
        if facts.provider != "utilization_implementer":
            return forbid(
                "情報提供ネットワークシステムを使用できるのは行政機関・地方公共団体・健康保険組合等に限られます。",
                "Only administrative bodies, local governments and health insurance societies use the information "
                "provision network.",
                art("network_system"),
                f"{GL}第4-3-(2)2B(f)",
            )
        if not facts.pia_done:
            ctx.act("complete_pia")
            return forbid(
                "特定個人情報保護評価が義務付けられているのに実施していない場合は、情報連携を行うことができません(一般的知識: 番号法第28条第6項)。",
                "Where a protection assessment is mandatory but not done, information linkage is prohibited (general "
                "knowledge: Art. 28(6)).",
                f"{ACT}第28条第6項",
            )
        return allow(
            "network_system",
            "特定個人情報保護評価を実施した個人番号利用事務実施者は、情報提供ネットワークシステムにより情報連携できます。",
            "A utilisation implementer that has done its protection assessment may link data through the network.",
        )
    if r == "ppc":
        ctx.say(
            "個人情報保護委員会から第35条第1項の規定により求められたときは、特定個人情報を提供しなければなりません(第19条第13号)。",
            "When the Commission requires it under Article 35(1), the data must be provided (Art. 19(13)).",
            art("ppc_request"),
            f"{ACT}第35条第1項",
        )
        ctx.act("provide_to_commission")
        return LifecycleDecision(**ctx.done(as_of, "require", art("ppc_request")))
    if r == "investigation_or_court":
        return allow(
            "public_interest",
            "租税調査、犯罪捜査、裁判所の手続、会計検査院の検査等の公益上の必要があるときは提供できます。",
            "Provision is permitted for tax investigations, criminal investigations, court proceedings, the Board "
            "of Audit and other public-interest cases.",
            f"{GL}第4-3-(2)2B(h)",
        )
    if r == "police_or_rescuer":
        if facts.life_body_property_need and facts.consent_or_hard_to_obtain:
            return allow(
                "life_body_property",
                "人の生命、身体又は財産の保護のために必要で、本人の同意があり又は同意を得ることが困難なときは提供できます(例: 拾得した個人番号カードを警察に届ける)。",
                "Needed to protect life, body or property, with consent or where consent is hard to obtain "
                "(e.g. handing a found My Number card to the police).",
                f"{GL}第4-3-(2)2B(i)",
            )
        return forbid(
            "生命・身体・財産の保護のための必要と、本人の同意(又は同意を得ることの困難)のいずれかを欠きます。",
            "Either the need to protect life, body or property, or consent (or its difficulty), is missing.",
            art("life_body_property"),
        )
    if r == "group_company":
        if facts.access_restricted_to_current_employer:
            ctx.say(
                "グループ共通データベースでも、個人番号を現に雇用する会社のファイルにだけ登録し、他社から閲覧できないようにしていれば提供に当たりません。",
                "In a group database, registering the number only in the current employer's file with no access "
                "for other companies involves no provision.",
                f"{GL}第4-3-(2)2A",
            )
            return LifecycleDecision(**ctx.done(as_of, "allow"))
        return forbid(
            "同じグループでも別法人への移動は提供です。第19条の場合に当たらない限り、本人の同意があっても提供・共同利用はできません"
            "(出向時にアクセス制限を自動的に解除して出向先のファイルに移すことも同じ)。",
            "Movement to another legal entity of the group is provision; without an Article 19 case it is not "
            "permitted even with consent (so is lifting access controls automatically on secondment).",
            f"{GL}第4-3-(2)2A",
            GL_FIN,
        )
    ctx.act("refuse_request")
    return forbid(
        "第19条各号のいずれにも当たらない提供の求めには応じてはなりません(例: 取引先からの「本人確認のため」の求め)。",
        "A request with no Article 19 basis must be refused (e.g. a partner asking 'for identity matching').",
        f"{GL}第4-3-(2)2C",
    )


# =========================================================================================
# mynumber-retention: 保管 (第20条) and 削除・廃棄
# =========================================================================================
Document = Literal[
    "dependent_declaration",  # 扶養控除等申告書
    "specified_account_opening",  # 特定口座開設届出書
    "social_insurance",  # 健康保険・厚生年金保険の書類 (2年, general knowledge)
    "employment_insurance",  # 雇用保険の被保険者に関する書類 (4年, general knowledge)
    "other",  # any other document: give retention_start and retention_years
]


class RetentionFacts(Facts):
    action: Literal["keep", "dispose"] = Field(default="keep", description="keep 保管の可否と廃棄時期 / dispose 廃棄の方法の確認")
    document: Document = Field(default="other", description="書類の種類")
    still_needed: bool = Field(
        default=False, description="個人番号関係事務に引き続き必要 (雇用継続・休職中・継続的な賃貸借等)"
    )
    deadline_year: int | None = Field(default=None, ge=2016, le=2200, description="扶養控除等申告書: 提出期限の属する年")
    closure_year: int | None = Field(default=None, ge=2016, le=2200, description="特定口座: 廃止届出書等の提出年")
    retention_start: dt.date | None = Field(default=None, description="保存期間の起算日 (social_insurance/employment_insurance/other)")
    retention_years: int | None = Field(default=None, ge=0, le=100, description="保存期間(年) (other)")
    masked_irreversibly: bool = Field(default=False, description="個人番号部分を復元できない程度にマスキング・削除済み")
    fiscal_year_end_month: int = Field(default=3, ge=1, le=12, description="事業年度末の月 (まとめて廃棄する場合)")
    planned_disposal_on: dt.date | None = Field(default=None, description="廃棄予定日")
    # dispose
    irreversible_method: bool = Field(default=True, description="復元不可能な手段で削除・廃棄した/する")
    record_kept: bool = Field(default=True, description="削除・廃棄の記録を残した")
    record_contains_mynumber: bool = Field(default=False, description="記録に個人番号等を含む")
    outsourced: bool = Field(default=False, description="削除・廃棄を委託した")
    certificate_received: bool = Field(default=False, description="委託先から証明書等を受け取った")


class RetentionDecision(LifecycleDecision):
    keep_until: dt.date | None = Field(description="保存期間の末日")
    disposal_due_from: dt.date | None = Field(description="廃棄すべき日 (できるだけ速やかに)")
    batch_disposal_by: dt.date | None = Field(description="事業年度末にまとめて廃棄する場合の期限")


def _fiscal_year_end(day: dt.date, month: int) -> dt.date:
    year = day.year if day.month <= month else day.year + 1
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def _keep_until(facts: RetentionFacts) -> tuple[dt.date, str, str, str]:
    d = facts.document
    if d == "dependent_declaration":
        if facts.deadline_year is None:
            raise FactsError("deadline_year", "required for document 'dependent_declaration'")
        y = facts.deadline_year
        return (
            dt.date(y + 8, 1, 10),
            f"扶養控除等申告書は、提出期限の属する年({y}年)の翌年1月10日の翌日から7年を経過する日まで保存します。",
            f"The dependent declaration is kept for 7 years from the day after 10 January of the year after the "
            f"deadline year ({y}).",
            "所得税法施行規則第76条の3",
        )
    if d == "specified_account_opening":
        if facts.closure_year is None:
            raise FactsError("closure_year", "required for document 'specified_account_opening'")
        y = facts.closure_year
        return (
            dt.date(y + 5, 12, 31),
            f"特定口座開設届出書は、廃止届出書等の提出があった年({y}年)の翌年から5年間保存します。",
            f"The specified-account opening form is kept for 5 years from the year after the closure filing ({y}).",
            "租税特別措置法施行規則第18条の13の4第1項第3号",
        )
    years = {"social_insurance": 2, "employment_insurance": 4}.get(d, facts.retention_years)
    if facts.retention_start is None:
        raise FactsError("retention_start", f"required for document {d!r}")
    if years is None:
        raise FactsError("retention_years", "required for document 'other'")
    cites = {
        "social_insurance": "健康保険法施行規則第34条; 厚生年金保険法施行規則第28条 (一般的知識)",
        "employment_insurance": "雇用保険法施行規則第143条 (一般的知識)",
    }
    return (
        calendar.years_end(facts.retention_start, years),
        f"保存期間は{facts.retention_start.isoformat()}から{years}年です"
        + ("(出典外の一般的知識)。" if d in cites else "。"),
        f"Kept {years} years from {facts.retention_start.isoformat()}"
        + (" (general knowledge, not in the sources)." if d in cites else "."),
        cites.get(d, "所管法令の保存期間"),
    )


@judgement(
    "mynumber-retention",
    RetentionFacts,
    RetentionDecision,
    summary_ja="特定個人情報を保管できるか・いつ削除廃棄するか・廃棄の方法は適切か(番号法第20条)",
    summary_en="May the specific personal information still be kept, when must it be disposed of, and was disposal proper?",
)
def judge_mynumber_retention(facts: RetentionFacts, as_of: dt.date) -> RetentionDecision:
    ctx = _Ctx(version_at("mynumber", as_of))
    none = dict(keep_until=None, disposal_due_from=None, batch_disposal_by=None)
    if facts.action == "dispose":
        outcome: Outcome = "allow"
        if not facts.irreversible_method:
            ctx.say(
                "削除・廃棄は復元不可能な手段で行わなければなりません(焼却・溶解、復元不可能なシュレッダー、データ削除ソフト、物理的破壊等)。",
                "Deletion or disposal must use means that cannot be restored (incineration, dissolving, "
                "non-restorable shredding, erasure software, physical destruction).",
                f"{ACT}第12条",
                f"{GL}(別添1)2E d",
            )
            ctx.act("use_irreversible_method")
            outcome = "forbid"
        if not facts.record_kept or facts.record_contains_mynumber:
            ctx.say(
                "個人番号・特定個人情報ファイルを削除し、又は電子媒体等を廃棄したときは記録を保存しなければなりません。記録自体には特定個人情報等を含めません。",
                "Deleting a number or file, or disposing of media, must be recorded, and the record itself must not "
                "contain specific personal information.",
                f"{ACT}第12条",
                f"{GL}(別添1)2C c, 2E d",
            )
            ctx.act("record_disposal_without_mynumber")
            outcome = "forbid"
        if facts.outsourced and not facts.certificate_received:
            ctx.say(
                "削除・廃棄を委託した場合は、委託先が確実に削除・廃棄したことを証明書等により確認しなければなりません。",
                "When disposal is outsourced, confirm by a certificate or similar that the contractor did it.",
                f"{ACT}第11条",
                f"{GL}(別添1)2E d",
            )
            ctx.act("obtain_disposal_certificate")
            outcome = "require" if outcome == "allow" else outcome
        if outcome == "allow":
            ctx.say("削除・廃棄の方法と記録は適切です。", "The disposal method and record are proper.", f"{GL}(別添1)2E d")
        return RetentionDecision(**ctx.done(as_of, outcome), **none)

    if facts.masked_irreversibly:
        ctx.say(
            "個人番号部分を復元できない程度にマスキング・削除すれば、残りの情報は保管を続けられます。ただし不要となった個人データは遅滞なく消去するよう努めます。",
            "With the number irreversibly masked or deleted, the rest may be kept; personal data no longer needed "
            "should still be erased without delay (effort duty).",
            f"{ACT}第20条",
            "個人情報保護法第22条",
            f"{GL}第4-3-(3)B",
        )
        ctx.act("erase_unneeded_personal_data")
        return RetentionDecision(**ctx.done(as_of, "allow"), **none)
    if facts.still_needed:
        ctx.say(
            "雇用契約等の継続的な契約関係にある間(休職中で復職未定の場合、継続的な土地の賃貸借等を含む)は、個人番号関係事務のため継続して保管できます。",
            "While a continuing relationship lasts (including leave with no return date, or an ongoing land "
            "lease), the number may be kept for the related affairs.",
            f"{ACT}第20条",
            f"{GL}第4-3-(3)B",
        )
        return RetentionDecision(**ctx.done(as_of, "allow", f"{ACT}第20条"), **none)
    keep_until, ja, en, cite = _keep_until(facts)
    ctx.say(ja, en, cite, f"{GL}第4-3-(3)B")
    due = keep_until + dt.timedelta(days=1)
    batch = _fiscal_year_end(due, facts.fiscal_year_end_month)
    dates = dict(keep_until=keep_until, disposal_due_from=due, batch_disposal_by=batch)
    if as_of <= keep_until:
        ctx.say(
            f"事務に必要がなくなっても、所管法令の保存期間({keep_until.isoformat()}まで)は書類とともに個人番号を保管できます。期間経過後はできるだけ速やかに削除・廃棄します。",
            f"Even with the affairs finished, the number may be kept with the document for the statutory period "
            f"(until {keep_until.isoformat()}); after it, delete or dispose of it as soon as possible.",
            f"{ACT}第20条",
            f"{GL}第4-3-(3)B",
        )
        ctx.act("schedule_disposal")
        return RetentionDecision(**ctx.done(as_of, "allow", f"{ACT}第20条"), **dates)
    ctx.say(
        f"保存期間は{keep_until.isoformat()}に満了しています。事務に必要がなく保存期間も経過した個人番号は、できるだけ速やかに復元できない手段で削除・廃棄しなければなりません。"
        f"事業年度末にまとめて廃棄する運用(この場合{batch.isoformat()}まで)も事業者の判断で可能です。",
        f"The retention period ended on {keep_until.isoformat()}: with no need left and the period over, delete or "
        f"dispose of the number as soon as possible by irreversible means. Batch disposal at the fiscal year end "
        f"(here by {batch.isoformat()}) is within the business's discretion.",
        f"{ACT}第20条",
        f"{GL}第4-3-(3)B",
        "特定個人情報の適正な取扱いに関するガイドライン(事業者編)(別添1)2E d",
    )
    ctx.act("dispose_promptly", "record_disposal_without_mynumber")
    if facts.planned_disposal_on is not None and facts.planned_disposal_on <= batch:
        ctx.say(
            f"予定の廃棄日{facts.planned_disposal_on.isoformat()}は事業年度末のまとめ廃棄の範囲内で、許容されます。",
            f"The planned disposal on {facts.planned_disposal_on.isoformat()} is within the fiscal-year-end batch, "
            "which is acceptable.",
            f"{GL}第4-3-(3)B",
        )
        return RetentionDecision(**ctx.done(as_of, "allow", f"{ACT}第20条"), **dates)
    return RetentionDecision(**ctx.done(as_of, "require", f"{ACT}第20条"), **dates)


# =========================================================================================
# mynumber-entrust: 委託先の監督 (第11条) and 再委託 (第10条)
# =========================================================================================
SelectionCheck = Literal["equipment", "technical_level", "staff_supervision", "management_environment"]
Clause = Literal[
    "confidentiality",  # 秘密保持義務
    "no_take_out",  # 事業所内からの特定個人情報の持出しの禁止
    "no_other_purpose",  # 目的外利用の禁止
    "reentrustment_conditions",  # 再委託における条件
    "leak_responsibility",  # 漏えい等事案が発生した場合の委託先の責任
    "return_or_disposal",  # 委託契約終了後の特定個人情報の返却又は廃棄
    "staff_supervision_education",  # 従業者に対する監督・教育
    "compliance_reporting",  # 契約内容の遵守状況についての報告
    "designated_handlers",  # (望ましい) 取り扱う従業者の明確化
    "onsite_inspection",  # (望ましい) 実地の監査・調査
]
_MUST_CLAUSES: tuple[str, ...] = (
    "confidentiality",
    "no_take_out",
    "no_other_purpose",
    "reentrustment_conditions",
    "leak_responsibility",
    "return_or_disposal",
    "staff_supervision_education",
    "compliance_reporting",
)
_SHOULD_CLAUSES: tuple[str, ...] = ("designated_handlers", "onsite_inspection")
_ALL_CHECKS: tuple[str, ...] = ("equipment", "technical_level", "staff_supervision", "management_environment")


class EntrustFacts(Facts):
    action: Literal["entrust", "reentrust", "accept_reentrustment"] = Field(
        description="entrust 委託する / reentrust 再委託する / accept_reentrustment 再委託を受ける"
    )
    selection_checks: list[SelectionCheck] = Field(default_factory=list, description="委託先選定時に確認した事項")
    contract_clauses: list[Clause] = Field(default_factory=list, description="委託契約に盛り込んだ条項")
    has_subcontractors: bool = Field(default=False, description="委託先が再委託している")
    monitors_subcontractors: bool = Field(default=False, description="委託先が再委託先を適切に監督しているか確認している")
    permission: Literal["original_entruster", "intermediate_only", "none"] = Field(
        default="none", description="再委託の許諾: 最初の委託者 / 直前の委託者のみ / なし"
    )
    mynumber_apparent: bool = Field(default=True, description="契約内容から個人番号を取り扱うことが明らか")
    permission_confirmed: bool = Field(default=False, description="再委託を受ける者が最初の委託者の許諾を確認した")


class EntrustDecision(LifecycleDecision):
    missing: list[str] = Field(description="不足している確認事項・条項")


@judgement(
    "mynumber-entrust",
    EntrustFacts,
    EntrustDecision,
    summary_ja="委託先の監督と再委託の許諾(番号法第10条・第11条)",
    summary_en="Supervision of contractors and permission for re-entrustment (My Number Act Arts. 10, 11)",
)
def judge_mynumber_entrust(facts: EntrustFacts, as_of: dt.date) -> EntrustDecision:
    ctx = _Ctx(version_at("mynumber", as_of))
    if facts.action == "reentrust":
        if facts.permission == "original_entruster":
            ctx.say(
                "最初の委託者の許諾を得た再委託は認められます。再委託先は委託先とみなされ、さらに再委託するときも最初の委託者の許諾が必要です。",
                "Re-entrustment with the original entruster's permission is allowed; the re-entrustee counts as a "
                "contractor, and any further re-entrustment again needs the original entruster's permission.",
                f"{ACT}第10条",
                f"{GL}第4-2-(1)2",
            )
            return EntrustDecision(**ctx.done(as_of, "allow", f"{ACT}第10条"), missing=[])
        ja, en = (
            ("直前の委託者の許諾だけでは足りず", "permission from the immediate entruster alone is not enough")
            if facts.permission == "intermediate_only"
            else ("許諾がなく", "there is no permission")
        )
        ctx.say(
            f"{ja}、最初の委託者の許諾が必要です。許諾のない再委託は第10条に違反し、それに伴う提供は第19条第6号に当たらないため第19条にも違反します"
            "(再委託先は第15条・第20条違反となるおそれ)。",
            f"{en[0].upper()}{en[1:]}: the original entruster's permission is required. Re-entrustment without it "
            "breaches Article 10, and the accompanying provision, not being Article 19(6), breaches Article 19 (the "
            "re-entrustee risks breaching Articles 15 and 20).",
            f"{ACT}第10条, 第19条, 第15条, 第20条",
            f"{GL}第4-2-(1)2",
        )
        ctx.act("obtain_original_entruster_permission")
        return EntrustDecision(**ctx.done(as_of, "forbid"), missing=["original_entruster_permission"])
    if facts.action == "accept_reentrustment":
        if not facts.mynumber_apparent:
            ctx.say(
                "契約内容から個人番号を取り扱うことが明らかでなく、再委託先が個人番号が含まれることを認識できなかった場合は、一般に「収集」に当たりません。",
                "If the contract gave no sign that numbers were involved and the re-entrustee could not recognise "
                "them, this is generally not collection.",
                f"{ACT}第20条",
                f"{GL}第4-3-(3)A",
            )
            return EntrustDecision(**ctx.done(as_of, "allow"), missing=[])
        if not facts.permission_confirmed:
            ctx.say(
                "最初の委託者の許諾を確認せずに再委託を受けて特定個人情報を収集すると、第20条違反と判断される可能性があります。許諾を確認します。",
                "Accepting a re-entrustment without checking the original entruster's permission, and so collecting "
                "the data, may breach Article 20; confirm the permission.",
                f"{ACT}第20条",
                f"{GL}第4-3-(3)A",
            )
            ctx.act("confirm_original_entruster_permission")
            return EntrustDecision(**ctx.done(as_of, "require", f"{ACT}第10条"), missing=["permission_confirmation"])
        ctx.say(
            "最初の委託者の許諾を確認したうえで再委託を受けています。",
            "The original entruster's permission was confirmed.",
            f"{ACT}第10条",
        )
        return EntrustDecision(**ctx.done(as_of, "allow", f"{ACT}第10条"), missing=[])

    missing: list[str] = []
    checks = [c for c in _ALL_CHECKS if c not in facts.selection_checks]
    if checks:
        ctx.say(
            "委託先の選定では、委託先の設備、技術水準、従業者に対する監督・教育の状況、経営環境等をあらかじめ確認しなければなりません。未確認: "
            + ", ".join(checks),
            "Selecting a contractor requires checking in advance its equipment, technical level, staff supervision "
            "and education, and management environment. Not checked: " + ", ".join(checks),
            f"{ACT}第11条",
            f"{GL}第4-2-(1)1B",
        )
        missing += checks
    clauses = [c for c in _MUST_CLAUSES if c not in facts.contract_clauses]
    if clauses:
        ctx.say(
            "委託契約には、秘密保持、持出し禁止、目的外利用禁止、再委託の条件、漏えい時の責任、契約終了後の返却・廃棄、従業者の監督・教育、遵守状況の報告を盛り込まなければなりません。欠けている条項: "
            + ", ".join(clauses),
            "The contract must include confidentiality, no take-out, no other purpose, re-entrustment conditions, "
            "leak responsibility, return or disposal at the end, staff supervision and education, and compliance "
            "reporting. Missing: " + ", ".join(clauses),
            f"{ACT}第11条",
            f"{GL}第4-2-(1)1B",
        )
        missing += clauses
    if facts.has_subcontractors and not facts.monitors_subcontractors:
        ctx.say(
            "委託者は、委託先が再委託先を適切に監督しているかを確認する間接的な監督義務を負います。",
            "The entruster has an indirect duty to check that its contractor supervises the re-entrustees.",
            f"{ACT}第11条",
            f"{GL}第4-2-(1)2C",
        )
        missing.append("indirect_supervision")
    should = [c for c in _SHOULD_CLAUSES if c not in facts.contract_clauses]
    if should:
        ctx.say(
            "取り扱う従業者の明確化と委託者による実地の調査の条項を盛り込むことが望ましいです: " + ", ".join(should),
            "It is desirable also to name the handling staff and provide for on-site inspection: " + ", ".join(should),
            f"{GL}第4-2-(1)1B",
        )
    if missing:
        ctx.act(*(f"fix_{m}" for m in missing))
        return EntrustDecision(**ctx.done(as_of, "forbid"), missing=missing)
    ctx.say(
        "委託先の選定・契約・監督の必須事項を満たしています。",
        "The mandatory selection, contract and supervision items are met.",
        f"{ACT}第11条",
    )
    return EntrustDecision(**ctx.done(as_of, "allow", f"{ACT}第11条"), missing=[])


# =========================================================================================
# mynumber-safeguard: a few 安全管理措置 situations (別添1 2C c, 2E c, 2G)
# =========================================================================================
Measure = Literal[
    "encryption",  # データの暗号化
    "password",  # パスワードによる保護
    "locked_container",  # 施錠できる搬送容器
    "traceable_transport",  # 追跡可能な移送手段
    "sealed_envelope",  # 封緘・目隠しシール
    "envelope_in_bag",  # 封筒に封入し鞄に入れて搬送 (中小規模事業者)
    "foreign_regime_understood",  # 外国の個人情報保護制度等の把握
    "foreign_measures_taken",  # それを踏まえた安全管理措置
]
_CARRY_STANDARD = {
    "electronic": frozenset({"encryption", "password", "locked_container", "traceable_transport"}),
    "paper": frozenset({"sealed_envelope", "locked_container", "traceable_transport"}),
}
_CARRY_SME = frozenset({"password", "envelope_in_bag"})


class SafeguardFacts(Facts):
    situation: Literal["carry_outside", "carry_within_office", "foreign_storage", "access_log"] = Field(
        description="carry_outside 管理区域・取扱区域の外へ持ち出す / carry_within_office 事業所内の移動 / "
        "foreign_storage 外国で保管(クラウド等) / access_log 取扱状況の記録・アクセスログ"
    )
    medium: Literal["electronic", "paper"] = Field(default="electronic", description="電子媒体 / 書類")
    sme: bool = Field(default=False, description="中小規模事業者 (hogo judge mynumber-sme)")
    measures: list[Measure] = Field(default_factory=list, description="講じた措置")
    log_contains_mynumber: bool = Field(default=False, description="記録に個人番号等の特定個人情報を含む")


class SafeguardDecision(LifecycleDecision):
    missing: list[str] = Field(description="不足している措置")


@judgement(
    "mynumber-safeguard",
    SafeguardFacts,
    SafeguardDecision,
    summary_ja="持出し・外国での保管・取扱状況の記録についての安全管理措置(番号法第12条; ガイドライン別添1)",
    summary_en="Safety measures for carrying out, foreign storage and handling logs (My Number Act Art. 12)",
)
def judge_mynumber_safeguard(facts: SafeguardFacts, as_of: dt.date) -> SafeguardDecision:
    ctx = _Ctx(version_at("mynumber", as_of))
    art = f"{ACT}第12条"
    measures = set(facts.measures)
    if facts.situation == "access_log":
        if facts.log_contains_mynumber:
            ctx.say(
                "取扱状況を確認するための記録(アクセスログ等)には特定個人情報等を記載してはなりません。",
                "Records kept to check the handling status (access logs etc.) must not contain specific personal "
                "information.",
                art,
                f"{GL}(別添1)2C c",
            )
            ctx.act("remove_mynumber_from_log")
            return SafeguardDecision(**ctx.done(as_of, "forbid"), missing=["log_without_mynumber"])
        ctx.say(
            "記録に特定個人情報等を含まず、取扱状況を確認できます。",
            "The record contains no specific personal information.",
            art,
            f"{GL}(別添1)2C c",
        )
        return SafeguardDecision(**ctx.done(as_of, "allow", art), missing=[])
    if facts.situation == "foreign_storage":
        missing = [m for m in ("foreign_regime_understood", "foreign_measures_taken") if m not in measures]
        ctx.say(
            "外国で特定個人情報等を取り扱う場合(外国のクラウド事業者のサーバでの保管を含む)は、その外国の個人情報の保護に関する制度等を把握したうえで安全管理措置を講じなければなりません。",
            "Handling specific personal information in a foreign country (including storage on a foreign cloud "
            "region) requires understanding that country's regime and taking safety measures accordingly.",
            art,
            f"{GL}(別添1)2G",
        )
        if missing:
            ctx.act(*(f"take_{m}" for m in missing))
            return SafeguardDecision(**ctx.done(as_of, "require", art), missing=missing)
        return SafeguardDecision(**ctx.done(as_of, "allow", art), missing=[])
    accepted = _CARRY_STANDARD[facts.medium] | (_CARRY_SME if facts.sme else frozenset())
    ctx.say(
        "特定個人情報等を記録した電子媒体や書類を持ち出す場合(事業所内での移動を含む)は、容易に個人番号が判明しない措置"
        "(暗号化、パスワード保護、施錠できる搬送容器、追跡可能な移送手段、封緘等)を講じなければなりません。"
        + ("中小規模事業者はパスワードの付与や封筒に封入し鞄に入れて搬送する方法でも足ります。" if facts.sme else ""),
        "Carrying media or documents with specific personal information (moves inside the office included) needs "
        "measures so the number is not easily revealed (encryption, password, lockable container, traceable "
        "transport, sealing)."
        + (" An SME may use a password or an envelope carried in a bag." if facts.sme else ""),
        art,
        f"{GL}(別添1)2E c",
    )
    if facts.situation == "carry_within_office":
        ctx.say(
            "事業所内の移動(別の階への書類の移動等)も持出しに当たります。",
            "Moving within the office (e.g. between floors) counts as carrying out.",
            f"{GL}(別添1)2E c",
        )
    if not measures & accepted:
        ctx.act("protect_when_carrying")
        return SafeguardDecision(**ctx.done(as_of, "require", art), missing=["carry_protection"])
    return SafeguardDecision(**ctx.done(as_of, "allow", art), missing=[])
