"""第三者提供 — may personal data be given to this recipient, on what basis, and what follows?

The rule (第27条第1項; 旧第23条第1項): no provision of 個人データ to a third party without the
person's prior consent, except the cases of its items. Besides consent and the exceptions:

* オプトアウト (第27条第2項): items notified or made easily knowable beforehand, provision stopped on
  request, and — from 2017-05-30 — notified to the Commission; never for 要配慮個人情報 (2017-), nor
  (2022-) for data acquired in breach of 第20条第1項 or itself received by opt-out.
* Not a third party (第27条第5項): 委託 within the purpose, 事業承継, 共同利用 with its items made
  known beforehand (the items grew in 2022: the manager's address and representative).
* 外国にある第三者 (第28条, from 2017-05-30): consent to provision abroad (from 2022 after giving the
  information of 施行規則第17条), unless the country is designated (EEA/UK) or the recipient has a
  基準適合体制 (then, from 2022, periodic checks and information on request); 委託・共同利用・
  オプトアウト do not serve for a foreign recipient on the consent route.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from hogo.law.common import Notes
from hogo.law.core import Decision, FactsError, LawVersionRef
from hogo.law.provision._common import (
    ExceptionCode,
    ExceptionFacts,
    academic_wholesale_exemption,
    cite,
    find_exception,
)
from hogo.law.registry import judgement
from hogo.law.versions import LawVersion, version_at

NoticeMethod = Literal["notified", "easily_knowable", "on_request_only", "none"]
OptOutItem = Literal[
    "provider_identity",
    "provision_purpose",
    "data_items",
    "acquisition_method",
    "provision_method",
    "stop_on_request",
    "request_method",
    "update_method",
    "start_date",
]
JointUseItem = Literal[
    "statement",
    "data_items",
    "user_scope",
    "purposes",
    "manager_name",
    "manager_address",
    "manager_representative",
]

OPT_OUT_ITEM_LABEL: dict[str, tuple[str, str]] = {
    "provider_identity": (
        "提供を行う事業者の氏名又は名称及び住所並びに法人にあっては代表者の氏名",
        "name, address and representative of the providing business",
    ),
    "provision_purpose": ("第三者への提供を利用目的とすること", "that provision to third parties is a purpose of use"),
    "data_items": ("第三者に提供される個人データの項目", "the items of personal data provided"),
    "acquisition_method": ("第三者に提供される個人データの取得の方法", "how the personal data was acquired"),
    "provision_method": ("第三者への提供の方法", "the means or method of provision"),
    "stop_on_request": ("本人の求めに応じて提供を停止すること", "that provision stops at the person's request"),
    "request_method": ("本人の求めを受け付ける方法", "how the person's requests are accepted"),
    "update_method": ("第三者に提供される個人データの更新の方法", "how the provided data is updated"),
    "start_date": ("第三者への提供を開始する予定日", "the planned start date of provision"),
}
JOINT_USE_ITEM_LABEL: dict[str, tuple[str, str]] = {
    "statement": ("共同利用をする旨", "that the data is used jointly"),
    "data_items": ("共同して利用される個人データの項目", "the items of personal data used jointly"),
    "user_scope": ("共同して利用する者の範囲", "the scope of the joint users"),
    "purposes": ("利用する者の利用目的", "the joint users' purposes of use"),
    "manager_name": (
        "個人データの管理について責任を有する者の氏名又は名称",
        "the name of the party responsible for managing the data",
    ),
    "manager_address": ("責任を有する者の住所", "the responsible party's address"),
    "manager_representative": (
        "責任を有する者が法人である場合の代表者の氏名",
        "the responsible party's representative",
    ),
}
OPT_OUT_EXCLUSION_LABEL: dict[str, tuple[str, str]] = {
    "sensitive": ("要配慮個人情報", "special-care-required personal information (要配慮個人情報)"),
    "improperly_acquired": ("偽りその他不正の手段により取得された個人データ", "personal data acquired improperly"),
    "received_by_opt_out": (
        "他の事業者からオプトアウトにより提供を受けた個人データ(その複製・加工を含む)",
        "personal data itself received from another business by opt-out (copies and processed data included)",
    ),
}


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class OptOutFacts(_Part):
    """オプトアウトによる第三者提供の状況."""

    notified_items: list[OptOutItem] = Field(
        description="あらかじめ本人に通知し又は本人が容易に知り得る状態に置いた事項"
    )
    notice: NoticeMethod = Field(
        default="easily_knowable",
        description="notified (本人に通知) / easily_knowable (容易に知り得る状態: 継続的な掲載等) / "
        "on_request_only (求めに応じて回答するだけ) / none",
    )
    commission_notified: bool = Field(default=False, description="個人情報保護委員会に届け出た")
    stops_on_request: bool = Field(default=True, description="本人の求めに応じて実際に提供を停止する運用がある")
    person_requested_stop: bool = Field(default=False, description="この本人が提供の停止を求めた")


class JointUseFacts(_Part):
    """共同利用の状況."""

    notified_items: list[JointUseItem] = Field(
        description="あらかじめ本人に通知し又は本人が容易に知り得る状態に置いた事項"
    )
    notice: NoticeMethod = Field(default="easily_knowable", description="通知又は公表の方法 (opt_out.notice と同じ)")
    before_start: bool = Field(default=True, description="共同利用を始める前に通知・公表した")
    users_identifiable: bool = Field(
        default=True, description="共同して利用する者の範囲が外延を客観的に判断できる程度に具体的 (例: 個別列挙)"
    )


class ProvisionFacts(ExceptionFacts):
    personal_data: bool = Field(default=True, description="提供するものが個人データ(個人情報データベース等を構成)")
    recipient: Literal["third_party", "outsourcee", "successor", "joint_user", "the_person"] = Field(
        default="third_party",
        description="提供先: third_party / outsourcee (委託先) / successor (合併等の承継先) / joint_user (共同利用者) / "
        "the_person (本人)",
    )
    within_outsourced_scope: bool = Field(
        default=True, description="委託が利用目的の達成に必要な範囲内 (recipient=outsourcee)"
    )
    consent: bool = Field(default=False, description="この提供について本人(又は法定代理人)の事前の同意がある")
    sensitive: bool = Field(default=False, description="要配慮個人情報を含む")
    improperly_acquired: bool = Field(default=False, description="偽りその他不正の手段により取得した(疑いを含む)")
    received_by_opt_out: bool = Field(default=False, description="他の事業者からオプトアウトで提供を受けたもの")
    opt_out: OptOutFacts | None = Field(default=None, description="オプトアウトによる場合の状況")
    joint_use: JointUseFacts | None = Field(default=None, description="共同利用の状況 (recipient=joint_user)")
    distribution_to_group: bool = Field(default=False, description="保護者・卒業生など特定多数の者への名簿等の配布")
    recipient_abroad: bool = Field(default=False, description="提供先が外国にある第三者")
    recipient_country: str | None = Field(
        default=None, pattern=r"^[A-Z]{2}$", description="提供先の国・地域 (ISO 3166-1 alpha-2, 例: DE, GB, US)"
    )
    recipient_equivalent_system: bool = Field(
        default=False, description="提供先が基準適合体制(相当措置を継続的に講ずる体制)を整備している"
    )
    equivalent_measures_difficult: bool = Field(
        default=False, description="提供先による相当措置の継続的な実施の確保が困難になった"
    )
    foreign_information_provided: bool = Field(
        default=False, description="同意の前に外国の名称・制度・提供先の措置の情報を本人に提供した"
    )


ProvisionBasis = Literal[
    "not_personal_data", "to_the_person", "exempt", "not_third_party", "exception", "consent", "opt_out"
]


class ProvisionDecision(Decision):
    outcome: Literal["allow", "forbid"] = Field(description="提供してよいか")
    basis: ProvisionBasis | None = Field(description="提供の根拠 (forbid のときは null)")
    exception: ExceptionCode | None = Field(description="例外に当たる場合のその号")
    not_third_party: Literal["outsourcing", "succession", "joint_use"] | None = Field(
        description="第三者に当たらない場合のその類型"
    )
    foreign_route: (
        Literal["no_foreign_rule", "designated_country", "equivalent_system", "consent", "exception"] | None
    ) = Field(description="外国にある第三者への提供の根拠 (国内提供は null)")
    required_items: list[str] = Field(
        description="オプトアウト又は共同利用で、この時点の法が通知・公表(オプトアウトは委員会への届出も)を求める事項"
    )
    missing_items: list[str] = Field(description="通知・公表に欠けているオプトアウト又は共同利用の事項")
    required_actions: list[str] = Field(description="しなければならないこと (コード)")
    recommended_actions: list[str] = Field(description="指針等が望ましいとすること (コード)")
    provision_record_required: bool = Field(description="第三者提供記録の作成が必要 (2017-05-30以降)")


class _Judge(Notes):
    """The state of one judgement: reasons (``say``) and required actions (``act``) accumulate."""

    def __init__(self, facts: ProvisionFacts, as_of: dt.date) -> None:
        super().__init__()
        self.facts = facts
        self.as_of = as_of
        self.version: LawVersion = version_at("appi", as_of)
        self.recommended: list[str] = []
        self.missing: list[str] = []
        self.required_items: list[str] = []
        self.foreign_route: str | None = None

    def done(
        self,
        outcome: Literal["allow", "forbid"],
        basis: str | None = None,
        *,
        exception: str | None = None,
        not_third_party: str | None = None,
    ) -> ProvisionDecision:
        record = outcome == "allow" and basis in ("consent", "opt_out") and bool(self.version.rule("records.required"))
        if record:
            self.act("record_provision")
            self.say(
                "提供した個人データについて、提供の年月日(オプトアウトの場合)、提供先、本人、項目、同意の旨などの記録を作成し保存します。"
                "提供先は提供元の氏名・住所・取得の経緯を確認し記録します。",
                "Make and keep a provision record (date for opt-out, recipient, persons, items, consent); the "
                "recipient must confirm and record the provider's identity and how it acquired the data.",
                cite(self.version, "provision_record"),
                cite(self.version, "receipt_record"),
            )
        if outcome == "allow" and basis in ("consent", "opt_out") and self.facts.distribution_to_group:
            self.recommended.extend(["caution_notes", "limit_copies", "return_or_destroy_after_use"])
        if outcome == "allow" and basis in ("consent", "opt_out"):
            # 学校指針 第三 五: undertakings from the recipient (no leak, no re-provision without written
            # approval, retention period, return or destruction, no copies) — good practice in any era.
            self.recommended.append("recipient_undertakings")
        return ProvisionDecision(
            as_of=self.as_of,
            law_version=LawVersionRef.of(self.version),
            reasons=self.reasons,
            outcome=outcome,
            basis=basis,  # type: ignore[arg-type]
            exception=exception,  # type: ignore[arg-type]
            not_third_party=not_third_party,  # type: ignore[arg-type]
            foreign_route=self.foreign_route,  # type: ignore[arg-type]
            required_items=self.required_items,
            missing_items=self.missing,
            required_actions=self.actions,
            recommended_actions=self.recommended,
            provision_record_required=record,
        )


def _check_facts(facts: ProvisionFacts) -> None:
    if facts.recipient == "joint_user" and facts.joint_use is None:
        raise FactsError("joint_use", "required when recipient is joint_user")
    if facts.recipient_country not in (None, "JP") and not facts.recipient_abroad:
        raise FactsError("recipient_abroad", "must be true when recipient_country names a foreign country")
    if facts.recipient_country == "JP" and facts.recipient_abroad:
        raise FactsError("recipient_country", "JP is not abroad; set recipient_abroad to false")
    if facts.equivalent_measures_difficult and not facts.recipient_equivalent_system:
        raise FactsError("equivalent_measures_difficult", "only meaningful with recipient_equivalent_system")


@judgement(
    "provision",
    ProvisionFacts,
    ProvisionDecision,
    summary_ja="個人データを第三者(外国にある第三者を含む)に提供してよいか、その根拠と必要な対応",
    summary_en="May personal data be provided to this recipient (also abroad), on what basis, and what must be done?",
)
def judge_provision(facts: ProvisionFacts, as_of: dt.date) -> ProvisionDecision:
    _check_facts(facts)
    j = _Judge(facts, as_of)
    v = j.version
    if not facts.personal_data:
        j.say(
            "個人データ(個人情報データベース等を構成する個人情報)に当たらないため、第三者提供の制限は適用されません"
            "(例: 検索できるように整理されていない行事の写真)。",
            "Not personal data (not part of a searchable database), so the third-party provision rule does not apply "
            "(e.g. unindexed event photos).",
            cite(v, "provision"),
        )
        return j.done("allow", "not_personal_data")
    if facts.recipient == "the_person":
        j.say(
            "本人への提供は第三者への提供ではありません。",
            "Giving the data to the person is not provision to a third party.",
            cite(v, "provision"),
        )
        return j.done("allow", "to_the_person")
    exempt = academic_wholesale_exemption(facts, v)
    if exempt is not None:
        j.reasons.append(exempt)
        return j.done("allow", "exempt")

    if facts.recipient_abroad:
        decision = _foreign(j)
        if decision is not None:
            return decision
    return _domestic(j)


def _foreign(j: _Judge) -> ProvisionDecision | None:
    """第28条 (旧第24条). Returns ``None`` when the domestic rule (第27条) decides instead."""
    facts, v = j.facts, j.version
    if v.rule("foreign.regime") is None:
        j.foreign_route = "no_foreign_rule"
        j.say(
            "この時点の法には外国にある第三者への提供についての特別の規定がなく、国内の第三者提供と同じ規律によります。",
            "At this date the Act had no special rule for recipients abroad; the ordinary third-party rule applies.",
            cite(v, "provision"),
        )
        return None
    foreign = cite(v, "foreign_consent")
    since, countries = v.rule("foreign.designation")
    if facts.recipient_country in countries and j.as_of >= since:
        j.foreign_route = "designated_country"
        j.say(
            f"提供先の国({facts.recipient_country})は我が国と同等の水準にあると認められる個人情報保護制度を有する国として"
            f"指定されている(EEA・英国、{since.isoformat()}から)ため、外国にある第三者への提供の制限はかからず、"
            "国内の第三者提供と同じ規律によります。",
            f"The recipient's country ({facts.recipient_country}) is designated as having an equivalent system (EEA/UK, "
            f"from {since.isoformat()}); the foreign-transfer rule does not apply and the domestic rule does.",
            foreign,
            "平成31年個人情報保護委員会告示第1号",
        )
        return None
    exception = find_exception(j.facts, v)
    if facts.recipient_equivalent_system:
        j.foreign_route = "equivalent_system"
        rules = v.rule("article.foreign_rules")
        j.say(
            "提供先が個人情報保護委員会規則で定める基準に適合する体制(基準適合体制)を整備しているため、外国にある第三者への"
            "提供の同意は不要で、国内の第三者提供と同じ規律によります。",
            "The recipient has a system meeting the Commission's standard (基準適合体制): no foreign-transfer consent "
            "is needed and the domestic rule applies.",
            foreign,
            rules[0],
        )
        if v.rule("foreign.continuity_measures"):
            j.act("check_recipient_periodically", "respond_to_information_requests")
            j.say(
                "提供先による相当措置の実施状況と、それに影響を及ぼすおそれのある外国の制度の有無・内容を定期的に確認し、支障が"
                "生じたときは対処し、本人の求めに応じて措置に関する情報を提供しなければなりません。",
                "Check periodically how the recipient performs the equivalent measures and whether foreign laws "
                "affect them; deal with problems; give the person information on the measures on request.",
                cite(v, "foreign_continuity"),
                rules[2],
            )
            if facts.equivalent_measures_difficult:
                j.act("suspend_provision")
                j.say(
                    "相当措置の継続的な実施の確保が困難となったため、提供先への個人データの提供を停止しなければなりません。",
                    "Continued equivalent measures can no longer be ensured: stop providing personal data to the "
                    "recipient.",
                    cite(v, "foreign_continuity"),
                    rules[2],
                )
                return j.done("forbid")
        return None
    if exception.code is not None:
        j.foreign_route = "exception"
        j.reasons.extend(exception.reasons)
        j.act(*exception.actions)
        return j.done("allow", "exception", exception=exception.code)
    # Consent route (第28条第1項): 第27条 (opt-out, 委託, 承継, 共同利用) does not apply.
    j.foreign_route = "consent"
    j.say(
        "外国にある第三者への提供には、あらかじめ外国にある第三者への提供を認める旨の本人の同意が必要です。この場合、委託・"
        "事業承継・共同利用・オプトアウトによることはできません。",
        "Provision to a third party abroad needs the person's prior consent to provision abroad; outsourcing, "
        "succession, joint use and opt-out cannot be used for it.",
        foreign,
    )
    info_duty = bool(v.rule("foreign.information_duty"))
    if facts.consent and (facts.foreign_information_provided or not info_duty):
        if info_duty:
            j.say(
                "同意を得る前に、提供先の外国の名称、その国の個人情報保護制度、提供先が講ずる措置の情報を本人に提供しています。",
                "Before consent, the person was given the country's name, its protection system and the recipient's "
                "measures.",
                cite(v, "foreign_information"),
                v.rule("article.foreign_rules")[1],
            )
        return j.done("allow", "consent")
    if info_duty:
        j.act("provide_foreign_information")
        j.say(
            "同意を得ようとするときは、あらかじめ、提供先の外国の名称、その国の個人情報保護制度、提供先が講ずる個人情報の保護の"
            "ための措置その他の参考となる情報を本人に提供しなければなりません。この情報なしに得た同意では提供できません。",
            "Before asking for consent, give the person the country's name, its protection system and the "
            "recipient's measures; consent obtained without this information does not allow the transfer.",
            cite(v, "foreign_information"),
            v.rule("article.foreign_rules")[1],
        )
    j.act("obtain_consent")
    return j.done("forbid")


def _domestic(j: _Judge) -> ProvisionDecision:
    facts, v = j.facts, j.version
    not_third_party = cite(v, "not_third_party")
    if facts.recipient == "outsourcee":
        if facts.within_outsourced_scope:
            j.act("supervise_outsourcee")
            j.say(
                "利用目的の達成に必要な範囲内で個人データの取扱いを委託するため、委託先は第三者に当たらず、本人の同意は不要です。"
                "委託先に対する必要かつ適切な監督が必要です。",
                "Outsourcing within what the purpose needs: the contractor is not a third party and no consent is "
                "needed. The contractor must be supervised.",
                f"{not_third_party}第1号",
                cite(v, "outsourcee_supervision"),
            )
            return j.done("allow", "not_third_party", not_third_party="outsourcing")
        j.say(
            "利用目的の達成に必要な範囲を超える委託であるため、委託先も第三者として扱います。",
            "The outsourcing goes beyond what the purpose needs, so the contractor is treated as a third party.",
            f"{not_third_party}第1号",
        )
    elif facts.recipient == "successor":
        j.act("use_within_prior_purpose")
        j.say(
            "合併その他の事由による事業の承継に伴う提供であり、承継先は第三者に当たりません。承継先は承継前の利用目的の達成に必要な"
            "範囲内で取り扱います。",
            "Provision with a business succession (merger etc.): the successor is not a third party, and may handle "
            "the data only within the purposes before the succession.",
            f"{not_third_party}第2号",
            cite(v, "use_restriction", "第2項"),
        )
        return j.done("allow", "not_third_party", not_third_party="succession")
    elif facts.recipient == "joint_user":
        if _joint_use_valid(j):
            return j.done("allow", "not_third_party", not_third_party="joint_use")

    exception = find_exception(facts, v)
    j.reasons.extend(exception.reasons)
    if exception.code is not None:
        j.act(*exception.actions)
        return j.done("allow", "exception", exception=exception.code)
    if facts.consent:
        j.say(
            "本人のあらかじめの同意があるため、第三者に提供できます。",
            "The person consented in advance, so the data may be provided.",
            cite(v, "provision"),
        )
        return j.done("allow", "consent")
    if facts.opt_out is not None and _opt_out_valid(j, facts.opt_out):
        j.act("honour_stop_requests")
        return j.done("allow", "opt_out")
    if facts.recipient_academic_institution and facts.academic_need != "none" and v.rule("article.authority_restraint"):
        j.say(
            "提供先は学術研究の用に供する目的で取り扱う学術研究機関等ですが、提供元の第三者提供の制限はなくなりません"
            "(当時の所管官庁はこの提供行為について権限を行使しないとされていました)。",
            "The recipient is an exempt academic institution, but the provider still needs consent (the authority "
            "was not to exercise its powers over such a provision).",
            cite(v, "provision"),
            cite(v, "authority_restraint"),
        )
    j.act("obtain_consent")
    if facts.distribution_to_group:
        j.recommended.append("consenting_persons_only")
    j.say(
        "第三者への提供であり、例外にもオプトアウトにも当たらないため、あらかじめ本人の同意を得なければ提供できません。"
        "同意しない人の分は提供しません。",
        "Provision to a third party with no exception or opt-out: prior consent is needed; leave out those who do "
        "not consent.",
        cite(v, "provision"),
    )
    return j.done("forbid")


def _notice_ok(j: _Judge, notice: str, what_ja: str, what_en: str, citation: str) -> bool:
    if notice in ("notified", "easily_knowable"):
        return True
    j.say(
        f"{what_ja}の事項が本人に通知されず、本人が容易に知り得る状態(継続的な掲載等)にも置かれていません"
        "(求めに応じて回答するだけでは足りません)。",
        f"The {what_en} items were neither notified nor made easily knowable (continuous posting); answering on "
        "request is not enough.",
        citation,
    )
    return False


def _items_complete(
    j: _Judge, needed: tuple[str, ...], given: list[str], labels: dict[str, tuple[str, str]], citation: str
) -> bool:
    """Whether every item the version requires was made known; records the missing ones."""
    j.required_items.extend(needed)
    missing = [item for item in needed if item not in given]
    if missing:
        j.missing.extend(missing)
        j.act("make_items_known")
        j.say(
            "次の事項があらかじめ通知・公表されていません: " + "、".join(labels[m][0] for m in missing) + "。",
            "Items not made known beforehand: " + "; ".join(labels[m][1] for m in missing) + ".",
            citation,
        )
    return not missing


def _joint_use_valid(j: _Judge) -> bool:
    facts, v = j.facts, j.version
    ju = facts.joint_use
    assert ju is not None
    citation = f"{cite(j.version, 'not_third_party')}第3号"
    ok = _notice_ok(j, ju.notice, "共同利用", "joint-use", citation)
    if not _items_complete(j, v.rule("joint_use.items"), ju.notified_items, JOINT_USE_ITEM_LABEL, citation):
        ok = False
    if not ju.before_start:
        ok = False
        j.act("notify_before_joint_use")
        j.say(
            "共同利用の事項を共同利用の開始後に通知・公表しており、「あらかじめ」の要件を満たしません。",
            "The joint-use items were made known only after joint use began, not beforehand.",
            citation,
        )
    if not ju.users_identifiable:
        ok = False
        j.say(
            "共同して利用する者の範囲が、外延を客観的に判断できる程度に具体的に示されていません(例: 「関係団体」)。",
            "The scope of joint users is not concrete enough to identify its outer boundary (e.g. 'related bodies').",
            citation,
        )
    if ok:
        j.say(
            "共同利用の事項があらかじめ本人に通知され又は本人が容易に知り得る状態に置かれているため、共同利用者は第三者に当たらず、"
            "本人の同意は不要です。",
            "The joint-use items were made known beforehand: the joint users are not third parties and no consent "
            "is needed.",
            citation,
        )
    else:
        j.say(
            "共同利用の要件を満たさないため、第三者への提供として扱います。",
            "The joint-use conditions are not met, so this is provision to a third party.",
            citation,
        )
    return ok


def _opt_out_valid(j: _Judge, oo: OptOutFacts) -> bool:
    facts, v = j.facts, j.version
    citation = cite(v, "opt_out")
    ok = True
    flags = {
        "sensitive": facts.sensitive,
        "improperly_acquired": facts.improperly_acquired,
        "received_by_opt_out": facts.received_by_opt_out,
    }
    for kind in v.rule("opt_out.excluded"):
        if flags[kind]:
            ok = False
            label_ja, label_en = OPT_OUT_EXCLUSION_LABEL[kind]
            j.say(
                f"{label_ja}はオプトアウトにより第三者に提供できません。本人の同意が必要です。",
                f"{label_en[0].upper()}{label_en[1:]} may not be provided by opt-out; consent is needed.",
                citation,
            )
    if facts.sensitive and not v.rule("sensitive.defined"):
        j.say(
            "この時点の法には要配慮個人情報の区分がなく、オプトアウトによる提供の対象から除かれていません(2017年5月30日から除外)。",
            "At this date the Act had no special-care category, so such data was not excluded from opt-out "
            "(excluded from 2017-05-30).",
            citation,
        )
    if not oo.stops_on_request:
        ok = False
        j.say(
            "本人の求めに応じて第三者への提供を停止する運用になっていないため、オプトアウトの要件を満たしません。",
            "Provision is not stopped at the person's request, so the opt-out conditions are not met.",
            citation,
        )
    ok = _notice_ok(j, oo.notice, "オプトアウト", "opt-out", citation) and ok
    if not _items_complete(j, v.rule("opt_out.items"), oo.notified_items, OPT_OUT_ITEM_LABEL, citation):
        ok = False
    if v.rule("opt_out.ppc_notification") and not oo.commission_notified:
        ok = False
        j.act("notify_commission")
        j.say(
            "オプトアウトによる提供には、あらかじめ個人情報保護委員会への届出が必要ですが、届け出ていません。",
            "Opt-out provision needs a prior notification to the Personal Information Protection Commission, which "
            "was not made.",
            citation,
        )
    if ok and oo.person_requested_stop:
        j.act("honour_stop_requests")
        j.say(
            "この本人は提供の停止を求めているため、以後この本人の個人データは提供できません。",
            "This person asked for provision to stop: their data may no longer be provided.",
            citation,
        )
        return False
    if ok:
        j.say(
            "オプトアウトの要件(停止の運用、事項の事前の通知・公表"
            + ("、委員会への届出" if v.rule("opt_out.ppc_notification") else "")
            + ")を満たすため、本人の同意なく提供できます。本人から停止の求めがあれば以後の提供から除きます。",
            "The opt-out conditions are met (stop on request, items made known beforehand"
            + (", notified to the Commission" if v.rule("opt_out.ppc_notification") else "")
            + "): provision without consent is allowed; anyone who asks to stop is left out of later provisions.",
            citation,
        )
    return ok


class ForeignTransferFacts(ProvisionFacts):
    """The facts of ``provision`` with ``recipient_abroad`` true by default (外国にある第三者への提供)."""

    recipient_abroad: bool = Field(default=True, description="提供先が外国にある第三者 (既定: true)")


@judgement(
    "foreign-transfer",
    ForeignTransferFacts,
    ProvisionDecision,
    summary_ja="外国にある第三者に個人データを提供してよいか(provision の外国向けの入口)",
    summary_en="May personal data be provided to a third party abroad? (provision with recipient_abroad=true)",
)
def judge_foreign_transfer(facts: ForeignTransferFacts, as_of: dt.date) -> ProvisionDecision:
    return judge_provision(facts, as_of)
