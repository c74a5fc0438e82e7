"""開示等の請求 — must the business answer a person's request about their 保有個人データ, and how?

One judgement, ``rights-request``, covers the six requests a person may make about their own
retained personal data (保有個人データ):

* ``purpose_notice`` 利用目的の通知 (現行法第32条第2項),
* ``disclosure`` 開示 (第33条; from 2022-04-01 in the electronic form the person chooses, and
  the 第三者提供記録 as well),
* ``correction`` 訂正・追加・削除 (第34条),
* ``use_stop`` / ``erasure`` 利用停止・消去 (第35条第1項・第5項),
* ``provision_stop`` 第三者提供の停止 (第35条第3項・第5項).

Who may ask (本人, 未成年者・成年被後見人の法定代理人, 委任による代理人), the grounds to refuse in
whole or in part, what the person must be told and when (遅滞なく; 理由の説明 as an effort duty)
and which fees are allowed (only for the purpose notice and disclosure, 実費を勘案して合理的な範囲)
are all read from the version of the Act in force on ``as_of``. Before 2017-05-30 these were
「求め」 — duties of the business that the person could not sue on; the 2015 amendment made them
「請求」 enforceable after a 2-week prior demand. Article numbers are those of the version applied.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Literal

from pydantic import Field

from hogo.law.common import Notes
from hogo.law.core import Decision, Facts, FactsError, LawVersionRef, NonNegativeInt
from hogo.law.registry import judgement
from hogo.law.versions import LawVersion, version_at

ACT = "個人情報保護法"
MYNUMBER_READING = "番号法第30条第2項"
GUIDE_WELFARE = "福祉分野における個人情報保護に関するガイドライン第8"
GUIDE_SCHOOLS_BASE = "学校における生徒等に関する個人情報の適正な取扱いを確保するために事業者が講ずべき措置に関する指針"
GUIDE_SCHOOLS = f"{GUIDE_SCHOOLS_BASE}第三6"

Request = Literal["purpose_notice", "disclosure", "correction", "use_stop", "erasure", "provision_stop"]
Requester = Literal[
    "principal",  # 本人
    "legal_representative_minor",  # 未成年者の法定代理人
    "legal_representative_adult_ward",  # 成年被後見人の法定代理人
    "appointed_agent",  # 本人が委任した代理人 (任意代理人)
    "bereaved_family",  # 遺族 (information about the deceased is outside the Act)
    "other",  # anyone else (no standing)
]
Ground = Literal[
    "out_of_purpose",  # 目的外利用 (現行第18条)
    "improper_use",  # 不適正利用 (第19条, 2022-04-01〜)
    "improper_acquisition",  # 不正取得 (第20条)
    "unlawful_provision",  # 同意のない第三者提供 (第27条第1項)
    "unlawful_foreign_transfer",  # 外国にある第三者への違法な提供 (第28条, 2017-05-30〜)
    "no_longer_needed",  # 利用する必要がなくなった (第35条第5項, 2022-04-01〜)
    "reportable_breach",  # 第26条第1項本文の漏えい等事態 (第35条第5項)
    "rights_harmed",  # 本人の権利又は正当な利益が害されるおそれ (第35条第5項)
]
Method = Literal["document", "electronic", "other"]
Outcome = Literal[
    "comply",  # must do what was asked, without delay
    "comply_in_part",  # may withhold part; must do the rest
    "may_refuse",  # may refuse the whole (grounds apply)
    "alternative_measure",  # may take an alternative measure instead (困難 + 代替措置)
    "not_required",  # no legal duty (no ground, not 保有個人データ, no standing, ...)
    "investigate",  # investigate without delay, then decide
    "verify_first",  # identity or authority of the requester not yet confirmed
    "use_set_procedure",  # the business set a procedure and the request did not follow it
]
RefusalGround = Literal["harm", "business", "other_law"]

_GROUND_TEXT: dict[str, tuple[str, str]] = {
    "out_of_purpose": ("同意のない目的外利用", "use beyond the purpose without consent"),
    "improper_use": ("不適正な利用", "improper use"),
    "improper_acquisition": ("偽りその他不正の手段による取得", "acquisition by deceit or other wrongful means"),
    "unlawful_provision": ("同意のない第三者提供", "third-party provision without consent"),
    "unlawful_foreign_transfer": ("外国にある第三者への違法な提供", "unlawful provision to a third party abroad"),
    "no_longer_needed": ("利用する必要がなくなったこと", "the business no longer needs to use the data"),
    "reportable_breach": ("報告対象の漏えい等事態の発生", "a reportable breach has occurred"),
    "rights_harmed": (
        "本人の権利又は正当な利益が害されるおそれ",
        "the person's rights or legitimate interests may be harmed",
    ),
}
_RELAXED = frozenset({"no_longer_needed", "reportable_breach", "rights_harmed"})
_REQUEST_TEXT: dict[str, tuple[str, str]] = {
    "purpose_notice": ("利用目的の通知", "notice of the purpose of use"),
    "disclosure": ("開示", "disclosure"),
    "correction": ("訂正等(訂正・追加・削除)", "correction, addition or deletion"),
    "use_stop": ("利用停止", "suspension of use"),
    "erasure": ("消去", "erasure"),
    "provision_stop": ("第三者提供の停止", "stop of third-party provision"),
}
_FEE_REQUESTS = frozenset({"purpose_notice", "disclosure"})


class RightsFacts(Facts):
    """A request about 保有個人データ (開示等の請求) and what the business found."""

    request: Request = Field(description="請求の種類")
    regime: Literal["appi", "mynumber"] = Field(
        default="appi", description="appi: 個人情報; mynumber: 特定個人情報 (番号法第30条第2項による読替え)"
    )
    requester: Requester = Field(default="principal", description="請求者 (本人/法定代理人/任意代理人/遺族/その他)")
    identity_verified: bool = Field(default=True, description="請求者の本人確認ができた")
    authority_verified: bool = Field(
        default=True, description="代理人の場合: 代理権の確認(委任状、戸籍謄本等)ができた"
    )
    procedure_set: bool = Field(default=False, description="事業者が請求を受け付ける方法を定め、本人の知り得る状態に置いた")
    via_set_procedure: bool = Field(default=True, description="請求が定められた方法によっている")
    data_identified: bool = Field(default=True, description="請求の対象の保有個人データが特定されている")
    data_exists: bool = Field(default=True, description="対象の保有個人データが存在する")
    retention_days: NonNegativeInt | None = Field(
        default=None, description="取得から消去までの予定日数 (短期消去データ; 2022-03-31以前の除外の判定)"
    )
    target: Literal["retained_data", "provision_records"] = Field(
        default="retained_data", description="開示の対象: 保有個人データ / 第三者提供記録"
    )
    # 開示 ---------------------------------------------------------------------------
    requested_method: Method | None = Field(
        default=None, description="本人が指定した開示の方法: document 書面 / electronic 電磁的記録 / other"
    )
    method_agreed: bool = Field(default=False, description="書面以外の方法について請求者が同意した")
    requested_method_difficult: bool = Field(
        default=False, description="指定の方法による開示に多額の費用を要する等困難"
    )
    other_law_equivalent_disclosure: bool = Field(
        default=False, description="他の法令により同等の方法で本人に開示することとされている"
    )
    harm_to_person_or_third_party: bool = Field(
        default=False, description="本人又は第三者の生命、身体、財産その他の権利利益を害するおそれ"
    )
    serious_business_hindrance: bool = Field(
        default=False, description="業務の適正な実施に著しい支障を及ぼすおそれ"
    )
    violates_other_law: bool = Field(default=False, description="他の法令に違反することとなる")
    grounds_cover: Literal["whole", "part"] = Field(
        default="part", description="不開示事由が対象の全部に及ぶか一部か"
    )
    grade_evaluation: bool = Field(default=False, description="成績評価等 (調査書、指導要録の所見、入試成績)")
    abuse_or_dv_risk: bool = Field(default=False, description="児童虐待又は配偶者からの暴力のおそれ")
    principal_objects: bool = Field(default=False, description="法定代理人等への開示に本人が反対した")
    # 利用目的の通知 -------------------------------------------------------------------
    purpose_already_known: bool = Field(default=False, description="利用目的が公表等により本人に明らか")
    purpose_notice_exception: bool = Field(
        default=False, description="取得時の通知の例外 (現行第21条第4項第1号〜第3号) に当たる"
    )
    # 訂正等 -------------------------------------------------------------------------
    content_untrue: bool | None = Field(
        default=None, description="調査の結果、内容が事実でない (null: 未調査)"
    )
    correction_needed_for_purpose: bool = Field(default=True, description="利用目的の達成に訂正等が必要")
    other_law_special_procedure: bool = Field(default=False, description="他の法令に訂正等の特別の手続がある")
    # 利用停止等・第三者提供の停止 --------------------------------------------------------
    grounds_found: list[Ground] = Field(
        default_factory=list, description="調査で理由があると判明した請求の事由"
    )
    difficult_with_alternative: bool = Field(
        default=False, description="多額の費用その他の理由で困難であり、代わりの措置をとる"
    )
    # 手数料 -------------------------------------------------------------------------
    fee_yen: NonNegativeInt | None = Field(default=None, description="徴収する手数料(円)")
    fee_actual_cost_yen: NonNegativeInt | None = Field(default=None, description="実費の見積り(円)")
    fee_published: bool = Field(default=True, description="手数料の額を本人の知り得る状態に置いた")


class RightsDecision(Decision):
    request: Request
    claim_type: Literal["request", "claim"] = Field(description="request: 求め (2017-05-29まで) / claim: 請求")
    enforceable_in_court: bool = Field(description="裁判上請求できる権利か")
    pre_suit_wait_days: int | None = Field(description="訴え提起の前の請求から待つ日数 (事前の請求)")
    outcome: Outcome
    refusal_grounds: list[RefusalGround] = Field(description="不開示事由: harm 権利利益侵害 / business 著しい支障 / other_law 他法令違反")
    required_actions: list[str] = Field(description="事業者がしなければならない(又は努める)こと (コード)")
    respond_by: Literal["without_delay"] | None = Field(description="without_delay: 遅滞なく (日数の定めなし)")
    disclosure_method: Literal["document", "agreed_method", "requested_method", "document_substituted"] | None
    fee_allowed: bool = Field(description="この請求に手数料を徴収できるか")
    fee_compliant: bool | None = Field(description="示された手数料が適法か (手数料の指定がなければ null)")


def _art(version: LawVersion, name: str, regime: str) -> str:
    article = version.rule(f"article.{name}")
    cite = f"{ACT}{article}" if article else ""
    if regime == "mynumber" and cite:
        cite = f"{cite}({MYNUMBER_READING})"
    return cite


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


class _Ctx(Notes):
    """Reasons and actions collected while judging, plus the facts and version."""

    def __init__(self, facts: RightsFacts, version: LawVersion) -> None:
        super().__init__()
        self.facts = facts
        self.version = version

    def art(self, name: str) -> str:
        return _art(self.version, name, self.facts.regime)


def _standing(ctx: _Ctx) -> Outcome | None:
    f, v = ctx.facts, ctx.version
    if f.requester == "bereaved_family":
        ctx.say(
            "死者に関する情報は個人情報に当たらないため、遺族からの請求に応じる法律上の義務はありません。"
            "ただし請求を禁ずるものではなく、事例に応じて個別に対応します(遺族自身の個人データであれば本人として請求できます)。",
            "Information about a deceased person is not personal information, so there is no legal duty to answer "
            "a bereaved family member; the request is not forbidden and is handled case by case (their own data "
            "they may request as the person).",
            f"{ACT}第2条第1項",
            GUIDE_WELFARE,
        )
        ctx.act("decide_case_by_case")
        return "not_required"
    if f.requester == "other":
        ctx.say(
            "請求できるのは本人又はその代理人(未成年者・成年被後見人の法定代理人、本人が委任した代理人)に限られます。",
            "Only the person or their agent (legal representative of a minor or adult ward, or an appointed "
            "agent) may make the request.",
            ctx.art("agents"),
        )
        return "not_required"
    if not f.identity_verified or (f.requester != "principal" and not f.authority_verified):
        missing = []
        if not f.identity_verified:
            missing.append(("請求者の本人確認", "the requester's identity"))
        if f.requester != "principal" and not f.authority_verified:
            missing.append(("代理権(委任状、戸籍謄本等)", "the authority to act (power of attorney, family register)"))
        ctx.say(
            "確認できていない事項があります: " + "、".join(m[0] for m in missing) + "。確認書類の提示を求め、確認できるまで手続を進めません。",
            "Not yet confirmed: " + ", ".join(m[1] for m in missing) + ". Ask for the documents; do not proceed "
            "until confirmed.",
            ctx.art("request_procedure"),
            ctx.art("agents"),
        )
        ctx.act("request_missing_documents")
        return "verify_first"
    if f.procedure_set and not f.via_set_procedure:
        ctx.say(
            "事業者が請求を受け付ける方法を定めて本人の知り得る状態に置いているため、請求者はその方法に従う必要があります。定めた方法を案内します。",
            "The business has set and published how it receives requests, so the requester must follow it; "
            "guide them to the set method.",
            ctx.art("request_procedure"),
        )
        ctx.act("redirect_to_set_procedure")
        return "use_set_procedure"
    if f.requester != "principal":
        ctx.say(
            "代理人による請求です(未成年者・成年被後見人の法定代理人又は本人が委任した代理人)。代理権を確認したうえで本人の請求として扱います。",
            "A request through an agent (legal representative of a minor or adult ward, or an appointed agent); "
            "with the authority confirmed it is handled as the person's request.",
            ctx.art("agents"),
        )
    months = v.rule("retained.short_term_exclusion_months")
    if f.retention_days is not None and months is not None:
        ref = f.as_of or dt.date.today()
        if f.retention_days <= (_add_months(ref, months) - ref).days:
            ctx.say(
                f"{months}か月以内に消去することとなるデータは保有個人データに当たらないため({v.id})、"
                "開示等の求めの対象外です。",
                f"Data to be erased within {months} months is not retained personal data under {v.id}, so it is "
                "outside the requests.",
                f"{ACT}{v.rule('article.retained')}",
            )
            return "not_required"
    elif f.retention_days is not None:
        ctx.say(
            "保存期間の長短にかかわらず保有個人データに当たります(短期消去データの除外は2022年4月1日に廃止)。保有している間は請求に応じます。",
            "Retained personal data whatever its retention period (the short-term exclusion ended on "
            "2022-04-01); answer while the data is held.",
            f"{ACT}{v.rule('article.retained')}",
        )
    return None


def _disclosure(ctx: _Ctx) -> tuple[Outcome, list[RefusalGround], str | None]:
    f, v = ctx.facts, ctx.version
    if f.target == "provision_records":
        if not v.rule("rights.provision_records_disclosable"):
            ctx.say(
                f"第三者提供記録は、この版({v.id})では開示の対象ではありません(開示対象となるのは2022年4月1日から)。",
                f"Third-party provision records are not subject to disclosure under {v.id} (they are from "
                "2022-04-01).",
                f"{ACT}{v.rule('article.provision_record') or v.rule('article.disclosure')}",
            )
            return "not_required", [], None
        ctx.say(
            "第三者提供記録(提供・受領の記録)も本人の開示請求の対象です。保有個人データと同じ手続・不開示事由によります。",
            "Third-party provision and receipt records are subject to the person's disclosure request, with the "
            "same procedure and refusal grounds as retained data.",
            f"{ACT}{v.rule('article.disclosure')}第5項",
        )
    if f.other_law_equivalent_disclosure:
        ctx.say(
            "他の法令により同等の方法で本人に開示することとされている部分には、この法律の開示の規定は適用されません。",
            "Where another law requires equivalent disclosure to the person, this Act's disclosure rule does not "
            "apply to that part.",
            ctx.art("disclosure"),
        )
        return "not_required", [], None
    if not f.data_exists:
        ctx.say(
            "対象の保有個人データが存在しない場合は、その旨を本人に知らせることが開示に当たります。遅滞なく通知します。",
            "When no such data exists, telling the person so is the disclosure; do it without delay.",
            ctx.art("disclosure"),
        )
        ctx.act("notify_no_data_without_delay")
        return "comply", [], None

    grounds: list[RefusalGround] = []
    if f.requester.startswith("legal_representative"):
        ctx.act("explain_to_principal_first", "check_abuse_dv_risk")
        ctx.say(
            "法定代理人からの請求では、原則として本人に開示する旨を説明したうえで開示し、児童虐待・配偶者からの暴力のおそれの有無を勘案します。",
            "For a legal representative's request, first explain to the person that their data will be disclosed, "
            "and weigh any risk of child abuse or spousal violence.",
            GUIDE_WELFARE,
            GUIDE_SCHOOLS + "(二)",
        )
        if f.abuse_or_dv_risk:
            ctx.say(
                "児童虐待又は配偶者からの暴力のおそれがあり、開示すると本人の生命・身体を害するおそれがあるため、不開示とすることができます。",
                "A risk of child abuse or spousal violence: disclosure may harm the person's life or body, so it may "
                "be withheld.",
                ctx.art("disclosure"),
                GUIDE_SCHOOLS + "(二)",
            )
            grounds.append("harm")
        if f.principal_objects:
            ctx.say(
                "本人が法定代理人への開示を望まない場合は、不開示事由に当たるかを判断します。",
                "The person objects to disclosure to the representative: judge whether a refusal ground applies.",
                GUIDE_WELFARE,
            )
    if f.grade_evaluation:
        ctx.act("weigh_educational_impact")
        ctx.say(
            "成績評価等の開示は、教育活動に与える影響を勘案して個別に判断します(自動的に不開示とはしません)。",
            "Disclosure of grade evaluations is decided case by case weighing the effect on educational "
            "activities (never refused automatically).",
            GUIDE_SCHOOLS + "(一)",
        )
    if f.harm_to_person_or_third_party and "harm" not in grounds:
        ctx.say(
            "本人又は第三者の生命、身体、財産その他の権利利益を害するおそれがあります(不開示事由)。",
            "Disclosure may harm the life, body, property or other rights and interests of the person or a third "
            "party (a refusal ground).",
            ctx.art("disclosure"),
        )
        grounds.append("harm")
    if f.serious_business_hindrance:
        ctx.say(
            "事業者の業務の適正な実施に著しい支障を及ぼすおそれがあります(不開示事由)。",
            "Disclosure may seriously hinder the proper conduct of the business (a refusal ground).",
            ctx.art("disclosure"),
        )
        grounds.append("business")
    if f.violates_other_law:
        ctx.say(
            "開示すると他の法令に違反することとなります(不開示事由)。",
            "Disclosure would violate another law (a refusal ground).",
            ctx.art("disclosure"),
        )
        grounds.append("other_law")

    method: str | None
    if v.rule("rights.electronic_choice") and f.requested_method is not None:
        if f.requested_method_difficult and f.requested_method != "document":
            method = "document_substituted"
            ctx.act("notify_method_substitution")
            ctx.say(
                "本人が指定した方法による開示に多額の費用を要する等困難なため、書面の交付により開示し、その旨を本人に通知します。",
                "The method the person chose would cost a large amount or is otherwise difficult: disclose by "
                "delivering a document and tell the person so.",
                ctx.art("disclosure"),
                ctx.art("disclosure_method"),
            )
        else:
            method = "requested_method"
            ctx.say(
                "本人が指定した方法(電磁的記録の提供を含む)により開示します。",
                "Disclose by the method the person chose (electronic records included).",
                ctx.art("disclosure"),
                ctx.art("disclosure_method"),
            )
    else:
        method = "agreed_method" if f.method_agreed else "document"
        if v.rule("rights.electronic_choice"):
            ctx.say(
                "本人が方法を指定していないため、書面の交付又は請求者が同意した方法によります(電磁的記録の提供等を指定することもできます)。",
                "The person chose no method: disclose by document or a method the requester agreed to (they may "
                "choose an electronic form).",
                ctx.art("disclosure"),
                ctx.art("disclosure_method"),
            )
        else:
            ctx.say(
                "開示の方法は書面の交付、又は請求者が同意した方法です(本人が電磁的方法を指定する権利はこの版にはありません)。",
                "Disclosure is by delivering a document, or by a method the requester agreed to (this version gives "
                "no right to choose an electronic form).",
                ctx.art("disclosure_method"),
            )

    if grounds:
        ctx.act("notify_nondisclosure_without_delay", "explain_reasons")
        ctx.say(
            "全部又は一部を開示しない旨の決定をしたときは、遅滞なく本人に通知し、その理由を説明するよう努めます。",
            "When deciding not to disclose all or part, notify the person without delay and endeavour to explain "
            "why.",
            ctx.art("disclosure"),
            ctx.art("reasons"),
        )
        if f.grounds_cover == "whole":
            return "may_refuse", grounds, None
        ctx.act("disclose_remainder_without_delay")
        return "comply_in_part", grounds, method
    ctx.act("disclose_without_delay")
    ctx.say(
        "不開示事由に当たらないため、遅滞なく開示しなければなりません。",
        "No refusal ground applies: disclose without delay.",
        ctx.art("disclosure"),
    )
    return "comply", [], method


def _purpose_notice(ctx: _Ctx) -> Outcome:
    f = ctx.facts
    if f.purpose_already_known or f.purpose_notice_exception:
        why = (
            ("利用目的が公表等により本人に明らか", "the purpose is already clear to the person")
            if f.purpose_already_known
            else ("取得時の通知の例外に当たる", "an exception to the purpose notice applies")
        )
        ctx.say(
            f"{why[0]}ため、通知の義務はありません。通知しない旨の決定を遅滞なく本人に知らせ、理由の説明に努めます。",
            f"No duty to notify because {why[1]}; tell the person of the decision not to notify without delay and "
            "endeavour to explain why.",
            ctx.art("purpose_notice"),
            ctx.art("reasons"),
        )
        ctx.act("notify_decision_without_delay", "explain_reasons")
        return "not_required"
    ctx.say(
        "本人から利用目的の通知を求められたときは、遅滞なく通知しなければなりません。",
        "When the person asks for the purpose of use, notify it without delay.",
        ctx.art("purpose_notice"),
    )
    ctx.act("notify_purpose_without_delay")
    return "comply"


def _correction(ctx: _Ctx) -> Outcome:
    f = ctx.facts
    cite = ctx.art("correction")
    if f.other_law_special_procedure:
        ctx.say(
            "他の法令に訂正等の特別の手続が定められているため、この法律による訂正等の義務はありません。",
            "Another law sets a special procedure for such corrections, so this Act's duty does not apply.",
            cite,
        )
        return "not_required"
    if f.content_untrue is None:
        ctx.say(
            "内容が事実でないという理由の請求を受けたときは、利用目的の達成に必要な範囲で遅滞なく調査し、その結果に基づき訂正等を行います。",
            "On a request claiming the content is untrue, investigate without delay as far as the purpose needs, "
            "then correct based on the result.",
            cite,
        )
        ctx.act("investigate_without_delay")
        return "investigate"
    ctx.act("notify_decision_without_delay")
    if not f.content_untrue or not f.correction_needed_for_purpose:
        why = (
            ("調査の結果、内容は事実であった", "the investigation found the content correct")
            if not f.content_untrue
            else ("利用目的から見て訂正等が必要でない", "correction is not needed for the purpose")
        )
        ctx.say(
            f"{why[0]}ため訂正等は行いません。訂正等を行わない旨を遅滞なく通知し、理由の説明に努めます。",
            f"No correction because {why[1]}; notify the decision without delay and endeavour to explain why.",
            cite,
            ctx.art("reasons"),
        )
        ctx.act("explain_reasons")
        return "not_required"
    if f.difficult_with_alternative:
        ctx.say(
            "訂正等に多額の費用を要する等困難であり、本人の権利利益を保護するため必要な代わりの措置をとるため、訂正等は要しません"
            "(福祉分野ガイドラインによる。法文には訂正等についてこの但書はありません)。措置が異なる旨を通知し理由の説明に努めます。",
            "Correction would cost a great deal and an alternative measure protecting the person is taken, so "
            "correction is not required (per the welfare guideline; the statute has no such proviso for "
            "correction). Notify and endeavour to explain why the measure differs.",
            cite,
            GUIDE_WELFARE + "の4",
            ctx.art("reasons"),
        )
        ctx.act("take_alternative_measure", "explain_reasons")
        return "alternative_measure"
    ctx.say(
        "内容が事実でないことが判明したため、訂正等を行い、その内容を含めて遅滞なく本人に通知します。",
        "The content is untrue: correct it and notify the person without delay, including what was corrected.",
        cite,
    )
    ctx.act("correct_without_delay", "include_correction_content")
    return "comply"


def _stop(ctx: _Ctx) -> Outcome:
    f, v = ctx.facts, ctx.version
    provision = f.request == "provision_stop"
    valid: tuple[str, ...] = v.rule("rights.provision_stop_grounds" if provision else "rights.use_stop_grounds")
    base = ctx.art("provision_stop" if provision else "use_stop")
    notice = ctx.art("stop_notice")
    ctx.act("notify_decision_without_delay")
    found = list(dict.fromkeys(f.grounds_found))
    usable = [g for g in found if g in valid]
    for g in found:
        if g not in valid:
            ja, en = _GROUND_TEXT[g]
            ctx.say(
                f"「{ja}」は、この版({v.id})では{_REQUEST_TEXT[f.request][0]}の請求の事由ではありません。",
                f"'{en}' is not a ground for {_REQUEST_TEXT[f.request][1]} under {v.id}.",
                base,
            )
    if not usable:
        ctx.say(
            "請求に理由がある(法定の事由に当たる違反等)と判明していないため、応じる法律上の義務はありません。"
            "応じない旨を遅滞なく通知し、理由の説明に努めます(任意の停止は望ましい対応です)。",
            "No statutory ground was found, so there is no legal duty to comply; notify the decision without "
            "delay and endeavour to explain why (stopping voluntarily is desirable).",
            base,
            notice,
            ctx.art("reasons"),
        )
        ctx.act("explain_reasons")
        return "not_required"
    for g in usable:
        ja, en = _GROUND_TEXT[g]
        cite = ctx.art("stop_relaxed") if g in _RELAXED else base
        extent = (
            ("本人の権利利益の侵害を防止するために必要な限度で", "to the extent needed to prevent harm to the person's rights")
            if g in _RELAXED
            else ("違反を是正するために必要な限度で", "to the extent needed to correct the violation")
        )
        ctx.say(
            f"「{ja}」を理由とする請求に理由があることが判明したため、{extent[0]}、遅滞なく{_REQUEST_TEXT[f.request][0]}を行わなければなりません。",
            f"The request on the ground of {en} is well-founded: {_REQUEST_TEXT[f.request][1]} without delay, "
            f"{extent[1]}.",
            cite,
        )
    if f.difficult_with_alternative:
        ctx.say(
            "請求に応じることに多額の費用を要する等困難であり、本人の権利利益を保護するため必要な代わりの措置をとるときは、"
            "この限りでありません。措置の内容を遅滞なく通知し、理由の説明に努めます。",
            "Compliance would cost a great deal or is otherwise difficult and an alternative measure needed to "
            "protect the person is taken: not required. Notify the measure without delay and endeavour to explain.",
            base,
            notice,
            ctx.art("reasons"),
        )
        ctx.act("take_alternative_measure", "explain_reasons")
        return "alternative_measure"
    ctx.act("stop_provision_without_delay" if provision else f"{f.request}_without_delay")
    ctx.say(
        "措置をとった旨を遅滞なく本人に通知します。",
        "Notify the person without delay that the measure was taken.",
        notice,
    )
    return "comply"


def _fee(ctx: _Ctx) -> tuple[bool, bool | None]:
    f = ctx.facts
    allowed = f.request in _FEE_REQUESTS
    cite = ctx.art("fees")
    if f.fee_yen is None:
        return allowed, None
    if not allowed:
        ctx.say(
            f"手数料を徴収できるのは利用目的の通知と開示に限られ、{_REQUEST_TEXT[f.request][0]}には徴収できません。",
            f"A fee may be charged only for the purpose notice and disclosure, not for {_REQUEST_TEXT[f.request][1]}.",
            cite,
        )
        return allowed, f.fee_yen == 0
    ok = True
    if f.fee_actual_cost_yen is not None and f.fee_yen > f.fee_actual_cost_yen:
        ctx.say(
            f"手数料{f.fee_yen:,}円が実費の見積り{f.fee_actual_cost_yen:,}円を超えており、実費を勘案して合理的と認められる範囲を超えます。",
            f"The fee of ¥{f.fee_yen:,} exceeds the estimated actual cost of ¥{f.fee_actual_cost_yen:,}: not within "
            "a range reasonable in view of actual cost.",
            cite,
        )
        ok = False
    if not f.fee_published:
        ctx.say(
            "手数料の額を定めたときは、本人の知り得る状態に置かなければなりません。",
            "A fee that is set must be placed where the person can know it.",
            cite,
            ctx.art("rights_publication"),
        )
        ok = False
    if ok:
        ctx.say(
            f"手数料{f.fee_yen:,}円は実費を勘案して合理的な範囲内で、公表されています。",
            f"The fee of ¥{f.fee_yen:,} is within a reasonable range in view of actual cost and published.",
            cite,
        )
    return allowed, ok


@judgement(
    "rights-request",
    RightsFacts,
    RightsDecision,
    summary_ja="開示等の請求(利用目的の通知・開示・訂正等・利用停止等・第三者提供の停止)への対応",
    summary_en="How to answer a request about retained personal data (disclosure, correction, stop, ...)",
)
def judge_rights_request(facts: RightsFacts, as_of: dt.date) -> RightsDecision:
    version = version_at("appi", as_of)
    if facts.target == "provision_records" and facts.request != "disclosure":
        raise FactsError("target", "provision_records applies only to request 'disclosure'")
    ctx = _Ctx(facts.model_copy(update={"as_of": as_of}), version)
    claim = version.rule("rights.claim")
    if claim == "request":
        ctx.say(
            "この版では開示等は事業者に対する「求め」であり、裁判上請求できる権利とはされていません(2017年5月30日から「請求」)。",
            "Under this version these are 'requests' (求め) to the business, not rights enforceable in court "
            "('claims' (請求) from 2017-05-30).",
            ctx.art("request_procedure"),
        )
    else:
        ctx.say(
            f"開示等は本人の請求権です。訴えを提起するには、あらかじめ請求を行い、到達から{version.rule('rights.pre_suit_wait_days')}日"
            "(2週間)を経過している必要があります。",
            f"These are the person's rights; a suit requires a prior demand and {version.rule('rights.pre_suit_wait_days')} "
            "days (two weeks) after it arrived.",
            ctx.art("pre_suit"),
        )
    if not facts.data_identified:
        ctx.act("help_identify_data")
        ctx.say(
            "対象の保有個人データを特定するに足りる事項の提示を求めることができます。その際は保有するデータの種類の一覧など特定に資する情報を提供し、本人の利便を考慮します。",
            "The business may ask for details identifying the data, and must then help, e.g. by giving the list "
            "of record types held.",
            ctx.art("request_procedure"),
        )

    grounds: list[RefusalGround] = []
    method: str | None = None
    outcome = _standing(ctx)
    if outcome is None:
        if facts.request == "disclosure":
            outcome, grounds, method = _disclosure(ctx)
        elif facts.request == "purpose_notice":
            outcome = _purpose_notice(ctx)
        elif facts.request == "correction":
            outcome = _correction(ctx)
        else:
            outcome = _stop(ctx)
    fee_allowed, fee_ok = _fee(ctx)
    return RightsDecision(
        as_of=as_of,
        law_version=LawVersionRef.of(version),
        reasons=ctx.reasons,
        request=facts.request,
        claim_type=claim,
        enforceable_in_court=claim == "claim",
        pre_suit_wait_days=version.rule("rights.pre_suit_wait_days"),
        outcome=outcome,
        refusal_grounds=grounds,
        required_actions=ctx.actions,
        respond_by=None
        if outcome in ("verify_first", "use_set_procedure") or facts.requester in ("bereaved_family", "other")
        else "without_delay",
        disclosure_method=method,  # type: ignore[arg-type]
        fee_allowed=fee_allowed,
        fee_compliant=fee_ok,
    )


# =========================================================================================
# rights-procedure: is the business's set-up for requests compliant?
# =========================================================================================
PublicationItem = Literal[
    "name",  # 氏名又は名称
    "address_representative",  # 住所・法人の代表者の氏名 (2022-04-01〜)
    "purposes",  # すべての保有個人データの利用目的
    "procedures",  # 開示等の請求に応じる手続 (手数料の額を含む)
    "security_measures",  # 安全管理のために講じた措置 (2022-04-01〜, 施行令第10条第1号)
    "complaint_contact",  # 苦情の申出先
    "accredited_org",  # 認定個人情報保護団体の名称・申出先 (対象事業者のみ)
]
_ITEM_TEXT: dict[str, tuple[str, str]] = {
    "name": ("氏名又は名称", "name"),
    "address_representative": ("住所及び法人の代表者の氏名", "address and representative"),
    "purposes": ("すべての保有個人データの利用目的", "purposes of all retained data"),
    "procedures": ("開示等の請求に応じる手続(手数料の額を含む)", "request procedures (fee included)"),
    "security_measures": ("安全管理のために講じた措置", "security measures taken"),
    "complaint_contact": ("苦情の申出先", "complaint contact"),
    "accredited_org": ("認定個人情報保護団体の名称及び申出先", "accredited organisation and its contact"),
}


class ProcedureFacts(Facts):
    """How the business has set up the handling of requests (開示等の請求に応じる手続)."""

    published_items: list[PublicationItem] = Field(
        default_factory=list, description="本人の知り得る状態に置いている事項"
    )
    accredited_org_member: bool = Field(default=False, description="認定個人情報保護団体の対象事業者である")
    fee_set: bool = Field(default=False, description="手数料を定めている")
    identity_check_exceeds_held_data: bool = Field(
        default=False, description="本人確認のために保有している個人データより多くの情報を求めている"
    )
    nondisclosure_scope_published: bool | None = Field(
        default=None, description="(学校) 非開示が想定される保有個人データの範囲を定めて周知している"
    )
    reception_convenient: bool | None = Field(
        default=None, description="受付時間が短すぎず、休憩時間・放課後等本人に便利な時間を含む"
    )


class ProcedureDecision(Decision):
    compliant: bool = Field(description="法律上の義務 (MUST) をすべて満たしているか")
    gaps: list[str] = Field(description="法律上の義務に反する点 (コード)")
    advisories: list[str] = Field(description="努力義務・留意事項・望ましい対応の不足 (コード)")


@judgement(
    "rights-procedure",
    ProcedureFacts,
    ProcedureDecision,
    summary_ja="保有個人データに関する事項の公表と開示等の手続の整備状況の確認",
    summary_en="Are the published items and the request procedures for retained data compliant?",
)
def judge_rights_procedure(facts: ProcedureFacts, as_of: dt.date) -> ProcedureDecision:
    version = version_at("appi", as_of)
    notes = Notes()
    gaps: list[str] = []
    advisories: list[str] = []
    pub = f"{ACT}{version.rule('article.rights_publication')}"
    required = [
        i for i in version.rule("rights.publication_items") if i != "accredited_org" or facts.accredited_org_member
    ]
    missing = [i for i in required if i not in facts.published_items]
    if missing:
        notes.say(
            "本人の知り得る状態(本人の求めに応じて遅滞なく回答する場合を含む)に置くべき事項が欠けています: "
            + "、".join(_ITEM_TEXT[i][0] for i in missing)
            + f"({version.id})。",
            "Items that must be knowable by the person are missing: "
            + ", ".join(_ITEM_TEXT[i][1] for i in missing)
            + f" ({version.id}).",
            pub,
        )
        gaps += [f"publish_{i}" for i in missing]
    if facts.fee_set and "procedures" not in facts.published_items:
        notes.say(
            "手数料を定めたときは、その額を本人の知り得る状態に置かなければなりません。",
            "A fee that is set must be made knowable to the person.",
            f"{ACT}{version.rule('article.fees')}",
            pub,
        )
        gaps.append("publish_fee")
    if facts.identity_check_exceeds_held_data:
        notes.say(
            "本人確認のために事業者が保有している個人データに比して必要以上に多くの情報を求めることは、本人に過重な負担を課すものです。",
            "Asking for more information than the business holds, to verify identity, places an excessive "
            "burden on the person.",
            f"{ACT}{version.rule('article.request_procedure').split(';')[0]}",
            GUIDE_WELFARE + "の8",
        )
        gaps.append("reduce_identity_information")
    if facts.nondisclosure_scope_published is False:
        notes.say(
            "非開示の決定をすることが想定される保有個人データの範囲を定め、生徒等に周知するよう努めます(努力義務)。",
            "Endeavour to define and make known the range of data expected to be withheld (effort duty).",
            GUIDE_SCHOOLS + "(三)",
        )
        advisories.append("publish_nondisclosure_scope")
    if facts.reception_convenient is False:
        notes.say(
            "受付の場所・時間は本人に便利なものとし(休憩時間・放課後等)、受付時間を不当に短くしないよう留意します。",
            "Reception place and hours should suit the person (breaks, after school) and not be unduly short.",
            f"{GUIDE_SCHOOLS_BASE}第三7",
            f"{ACT}{version.rule('article.request_procedure').split(';')[0]}",
        )
        advisories.append("widen_reception_hours")
    if not gaps and not advisories:
        notes.say(
            "公表事項と手続は要件を満たしています。",
            "The published items and procedures meet the requirements.",
            pub,
        )
    return ProcedureDecision(
        as_of=as_of,
        law_version=LawVersionRef.of(version),
        reasons=notes.reasons,
        compliant=not gaps,
        gaps=gaps,
        advisories=advisories,
    )
