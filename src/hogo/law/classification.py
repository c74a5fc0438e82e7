"""定義 — what kind of information is this, and is the organisation a 個人情報取扱事業者?

Two judgements:

``classify``
    From typed facts about one data set, decide whether it is 個人情報 (personal information),
    個人データ (personal data), 保有個人データ (retained personal data), 要配慮個人情報 (special
    care-required), contains a 個人識別符号 (identification code), is 特定個人情報 (My Number data),
    仮名加工情報 (pseudonymised), 匿名加工情報 (anonymised) or 個人関連情報 (person-related
    information), each with the reason and the article in the numbering of the version applied.

``handler``
    Whether an organisation is a 個人情報取扱事業者 on a date: the 5,000-person rule before
    2017-05-30 (旧施行令第2条: excluded when the persons identified by its databases did not exceed
    5,000 on every day of the past 6 months), none after; public bodies are never handlers and are
    governed by other rules.

The categories introduced by amendments (個人識別符号, 要配慮, 匿名加工情報 from 2017-05-30; 仮名加工情報,
個人関連情報 from 2022-04-01) are read from the law version (``version.rule("sensitive.defined")``…).
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

from hogo.law.core import (
    Decision,
    Facts,
    FactsError,
    LawVersionRef,
    NonNegativeInt,
    Reason,
    reason,
)
from hogo.law.registry import judgement
from hogo.law.versions import LawNotInForceError, LawVersion, version_at

ACT = "個人情報保護法"
MYNUMBER_ACT = "番号法"


def cite(version: LawVersion, key: str, suffix: str = "") -> str:
    """The citation of ``article.<key>`` in the numbering of ``version``.

    ``"第2条第4項; 施行令第3条"`` becomes ``"個人情報保護法第2条第4項; 個人情報保護法施行令第3条"``;
    ``suffix`` (e.g. ``"第3項第1号"``) is appended to the first part.
    """
    parts = version.rule(f"article.{key}").split("; ")
    out = [f"{ACT}{parts[0]}{suffix}"]
    out.extend(f"{ACT}{part}" if part.startswith("施行令") else part for part in parts[1:])
    return "; ".join(out)


class StrictModel(BaseModel):
    """A nested input object: unknown fields and wrong types are refused, like :class:`Facts`."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


SensitiveCategory = Literal[
    "race",  # 人種
    "creed",  # 信条
    "social_status",  # 社会的身分
    "medical_history",  # 病歴
    "criminal_record",  # 犯罪の経歴
    "crime_victim",  # 犯罪により害を被った事実
    "disability",  # 身体障害・知的障害・精神障害等 (施行令第2条第1号)
    "health_check",  # 健康診断等の結果 (第2号)
    "medical_care",  # 医師等による指導・診療・調剤が行われたこと (第3号)
    "criminal_procedure",  # 逮捕・捜索等の刑事事件に関する手続が行われたこと (第4号)
    "juvenile_procedure",  # 少年の保護事件に関する手続が行われたこと (第5号)
]
SENSITIVE_JA: dict[str, str] = {
    "race": "人種",
    "creed": "信条",
    "social_status": "社会的身分",
    "medical_history": "病歴",
    "criminal_record": "犯罪の経歴",
    "crime_victim": "犯罪により害を被った事実",
    "disability": "心身の機能の障害",
    "health_check": "健康診断等の結果",
    "medical_care": "医師等による指導・診療・調剤",
    "criminal_procedure": "刑事事件に関する手続",
    "juvenile_procedure": "少年の保護事件に関する手続",
}

IdentificationCodeKind = Literal[
    "none",
    "biometric",  # 身体の特徴を電子計算機の用に供するために変換した符号 (DNA, 顔, 指紋・掌紋, 虹彩, 声紋, 歩行 …)
    "public_number",  # 旅券番号, 基礎年金番号, 運転免許証番号, 住民票コード, 個人番号, 保険者番号等 …
]

ExistenceHarm = Literal[
    "none",
    "life_body_property",  # 本人又は第三者の生命、身体又は財産に危害が及ぶおそれ
    "illegal_acts",  # 違法又は不当な行為を助長し、又は誘発するおそれ
    "national_security",  # 国の安全、他国等との信頼関係、交渉上の不利益
    "public_order",  # 犯罪の予防、鎮圧又は捜査その他の公共の安全と秩序の維持に支障
]


class Directory(StrictModel):
    """A directory made by someone else (市販の電話帳・住宅地図・カーナビ・職員録 …)."""

    made_by_others: bool = Field(default=True, description="他人の作成に係る")
    only_name_address_phone: bool = Field(
        default=False, description="個人情報として氏名・住所(居所)・電話番号のみを含む"
    )
    published_for_sale: bool = Field(
        default=False, description="不特定かつ多数の者に販売することを目的として発行された"
    )
    lawfully_issued: bool = Field(default=True, description="発行が法令に違反して行われたものでない")
    purchasable_any_time: bool = Field(
        default=False, description="不特定かつ多数の者により随時に購入することができ、又はできた"
    )
    altered: bool = Field(
        default=False,
        description="編集・加工した、又は生存する個人に関する他の情報を加えた(本来の用途以外に供している)",
    )


class ClassifyFacts(Facts):
    about_individual: bool = Field(default=True, description="個人に関する情報である(統計情報・法人の情報等はfalse)")
    deceased: bool = Field(default=False, description="死者に関する情報")
    also_about_living_person: bool = Field(default=False, description="同時に生存する個人(遺族等)に関する情報でもある")
    identifies_person: bool = Field(
        default=False, description="氏名、生年月日その他の記述等により特定の個人を識別することができる"
    )
    easily_collated: bool = Field(
        default=False, description="他の情報と容易に照合することができ、それにより特定の個人を識別できる"
    )
    identification_code: IdentificationCodeKind = Field(default="none", description="個人識別符号の種類")
    contains_my_number: bool = Field(default=False, description="個人番号をその内容に含む")
    sensitive: list[SensitiveCategory] = Field(default_factory=list, description="要配慮個人情報に当たる記述")
    in_database: bool = Field(
        default=False,
        description="個人情報データベース等(電子計算機で検索可能、又は目次・索引等で容易に検索可能)を構成する",
    )
    directory: Directory | None = Field(default=None, description="他人作成の名簿等である場合の事実")
    has_authority_to_disclose: bool = Field(
        default=True,
        description="開示、訂正等、利用停止等、第三者提供の停止の全てを行う権限を有する",
    )
    existence_harm: ExistenceHarm = Field(
        default="none", description="存否が明らかになることにより公益その他の利益が害されるもの"
    )
    retention_months: NonNegativeInt | None = Field(
        default=None, description="取得から消去までの予定月数(消去予定がなければ null; 更新は消去ではない)"
    )
    processed_as: Literal["none", "pseudonymised", "anonymised"] = Field(
        default="none", description="加工: 仮名加工情報 / 匿名加工情報として基準に従い加工したもの"
    )


Category = Literal[
    "personal_information",
    "personal_data",
    "retained_personal_data",
    "sensitive",
    "identification_code",
    "specific_personal_information",
    "pseudonymised",
    "anonymised",
    "person_related",
]


class ClassifyDecision(Decision):
    categories: list[Category] = Field(description="該当する区分 (codes)")
    personal_information: bool = Field(description="個人情報")
    personal_data: bool = Field(description="個人データ")
    retained_personal_data: bool = Field(description="保有個人データ")
    sensitive: bool = Field(description="要配慮個人情報")
    identification_code: bool = Field(description="個人識別符号を含む")
    specific_personal_information: bool = Field(description="特定個人情報 (番号法)")
    pseudonymised: bool = Field(description="仮名加工情報")
    anonymised: bool = Field(description="匿名加工情報")
    person_related: bool = Field(description="個人関連情報")
    database: bool = Field(description="個人情報データベース等に当たる")
    counts_toward_handler_threshold: bool | None = Field(
        description="5,000人の算定に含まれるか(旧施行令第2条の下でのみ; それ以外は null)"
    )


def _mynumber_version(day: dt.date) -> LawVersion | None:
    try:
        return version_at("mynumber", day)
    except LawNotInForceError:
        return None


def _database(facts: ClassifyFacts, version: LawVersion, reasons: list[Reason]) -> tuple[bool, bool | None]:
    """Whether the data set is a 個人情報データベース等, and whether it counts toward 5,000 (old rule)."""
    if not facts.in_database:
        reasons.append(
            reason(
                "検索可能なように体系的に構成された集合物(個人情報データベース等)を構成しないため、"
                "個人データではありません(散在するメモ等)。",
                "It is not part of a collection organised for search (a personal information database), "
                "so it is not personal data.",
                cite(version, "database"),
            )
        )
        return False, None
    rule = version.rule("database.directory_rule")
    d = facts.directory
    if rule == "count_exclusion":
        excluded = (
            d is not None
            and d.made_by_others
            and (d.only_name_address_phone or (d.published_for_sale and d.purchasable_any_time))
            and not d.altered
        )
        if excluded:
            reasons.append(
                reason(
                    "他人が作成した氏名・住所・電話番号のみの名簿等(又は市販の名簿)を編集・加工せずに利用して"
                    "いるため、個人情報データベース等ではありますが、個人情報取扱事業者の判定(5,000人)の"
                    "算定からは除かれます。",
                    "A directory made by others (only names, addresses, phone numbers, or one sold to the "
                    "public) used without editing: still a database, but its persons are left out of the "
                    "5,000-person count.",
                    f"{ACT}施行令第2条",
                )
            )
            return True, False
        if d is not None:
            reasons.append(
                reason(
                    "他人作成の名簿等ですが、編集・加工している、又は氏名・住所・電話番号以外を含むため、"
                    "5,000人の算定に含まれます。",
                    "A directory made by others, but edited or holding more than names, addresses and phone "
                    "numbers: its persons count toward 5,000.",
                    f"{ACT}施行令第2条",
                )
            )
        return True, True
    # rule == "not_database" (施行令第3条 / 第4条)
    if d is not None:
        exempt = d.published_for_sale and d.lawfully_issued and d.purchasable_any_time and not d.altered
        if exempt:
            reasons.append(
                reason(
                    "不特定多数への販売を目的として適法に発行され、随時購入でき、他の情報を加えずに本来の用途に"
                    "供している名簿等(市販の電話帳等)であるため、個人情報データベース等から除かれます"
                    "(安全管理措置・第三者提供の制限等は及びません)。",
                    "A lawfully published directory sold to the public, purchasable at any time and used as "
                    "is (e.g. a commercial phone directory): excluded from personal information databases.",
                    cite(version, "database"),
                )
            )
            return False, None
        missing = []
        if not d.published_for_sale:
            missing.append(("不特定多数への販売目的の発行でない", "not published for sale to the public"))
        if not d.lawfully_issued:
            missing.append(("発行が法令に違反している", "its issue violated the law"))
        if not d.purchasable_any_time:
            missing.append(("随時に購入できない", "not purchasable at any time"))
        if d.altered:
            missing.append(("他の情報を加えている", "other information has been added"))
        reasons.append(
            reason(
                "市販名簿の除外の要件を満たさないため(" + "、".join(m[0] for m in missing) + ")、"
                "個人情報データベース等に当たります。",
                "The commercial-directory exclusion does not apply (" + "; ".join(m[1] for m in missing) + "): "
                "it is a personal information database.",
                cite(version, "database"),
            )
        )
    return True, None


def _retained(facts: ClassifyFacts, version: LawVersion, reasons: list[Reason]) -> bool:
    art = cite(version, "retained")
    if not facts.has_authority_to_disclose:
        reasons.append(
            reason(
                "開示、訂正等、利用停止等及び第三者提供の停止の全てを行う権限を有しないため(委託を受けて"
                "取り扱う場合等)、保有個人データではありません。",
                "The business lacks the authority to disclose, correct, stop using and stop providing the "
                "data (e.g. it handles it as a contractor): not retained personal data.",
                art,
            )
        )
        return False
    if facts.existence_harm != "none":
        reasons.append(
            reason(
                "その存否が明らかになることにより公益その他の利益が害されるもの"
                f"({facts.existence_harm})に当たるため、保有個人データから除かれます。",
                f"Revealing whether it exists would harm public or other interests ({facts.existence_harm}): "
                "excluded from retained personal data.",
                art,
            )
        )
        return False
    months = version.rule("retained.short_term_exclusion_months")
    if months is not None and facts.retention_months is not None and facts.retention_months <= months:
        reasons.append(
            reason(
                f"{months}か月以内に消去することとなるもの({facts.retention_months}か月)であるため、"
                "保有個人データから除かれます(個人データとしての義務は及びます)。",
                f"It will be erased within {months} months ({facts.retention_months}): excluded from retained "
                "personal data (the personal-data duties still apply).",
                art,
            )
        )
        return False
    if months is None and facts.retention_months is not None:
        reasons.append(
            reason(
                "令和2年改正(2022年4月1日施行)により短期保存データの除外は廃止されたため、"
                f"{facts.retention_months}か月で消去する予定でも保有個人データに当たります。",
                "The short-term exclusion was abolished by the 2020 amendment (in force 2022-04-01): retained "
                f"personal data even though it is erased after {facts.retention_months} months.",
                art,
            )
        )
    else:
        reasons.append(
            reason(
                "個人情報取扱事業者が開示等の全ての権限を有する個人データであるため、保有個人データに当たります。",
                "Personal data over which the business has full authority: retained personal data.",
                art,
            )
        )
    return True


def _decision(version: LawVersion, as_of: dt.date, reasons: list[Reason], **flags: bool | None) -> ClassifyDecision:
    order: tuple[Category, ...] = get_args(Category)
    values: dict[str, bool | None] = {name: False for name in order}
    values.update({"database": False, "counts_toward_handler_threshold": None})
    values.update(flags)
    return ClassifyDecision(
        as_of=as_of,
        law_version=LawVersionRef.of(version),
        reasons=reasons,
        categories=[name for name in order if values[name]],
        **values,  # type: ignore[arg-type]
    )


@judgement(
    "classify",
    ClassifyFacts,
    ClassifyDecision,
    summary_ja="個人情報・個人データ・保有個人データ・要配慮個人情報等のどれに当たるか",
    summary_en="Which kind of information is it (個人情報, 個人データ, 保有個人データ, 要配慮 …)?",
)
def judge_classify(facts: ClassifyFacts, as_of: dt.date) -> ClassifyDecision:
    version = version_at("appi", as_of)
    reasons: list[Reason] = []
    pi_art = cite(version, "personal_information")

    if not facts.about_individual:
        reasons.append(
            reason(
                "特定の個人との対応関係が排斥された統計情報や法人等の団体に関する情報は、個人に関する情報ではないため、"
                "個人情報にも個人関連情報にも当たりません。",
                "Statistics with no link to any individual, or information about a company or other body, is not "
                "information about an individual: neither personal nor person-related information.",
                pi_art,
            )
        )
        return _decision(version, as_of, reasons)
    if facts.deceased and not facts.also_about_living_person:
        reasons.append(
            reason(
                "死者に関する情報は「生存する個人に関する情報」ではないため、個人情報に当たりません。"
                "ただし、保有を続ける場合も漏えい、滅失又は毀損の防止に努めることが期待されます。",
                "Information about a deceased person is not information about a living individual: not "
                "personal information. Keeping it safe from leaks, loss and damage is still expected.",
                pi_art,
            )
        )
        return _decision(version, as_of, reasons)
    if facts.deceased:
        reasons.append(
            reason(
                "死者に関する情報ですが、同時に遺族等の生存する個人に関する情報でもあるため、"
                "その生存する個人の個人情報として扱います。",
                "About a deceased person, but also about a living person (e.g. bereaved family): it is that "
                "living person's personal information.",
                pi_art,
            )
        )

    if facts.processed_as == "anonymised":
        if version.rule("anonymised.defined"):
            reasons.append(
                reason(
                    "特定の個人を識別できず復元もできないよう基準に従って加工した匿名加工情報であり、"
                    "個人情報には当たりません(作成・提供時の公表等の匿名加工情報の規律が及びます)。",
                    "Anonymised information (匿名加工情報) processed to the Commission's standards: not "
                    "personal information; the anonymised-information rules apply.",
                    cite(version, "anonymised"),
                )
            )
            return _decision(version, as_of, reasons, anonymised=True)
        reasons.append(
            reason(
                "匿名加工情報の制度は2017年5月30日施行の平成27年改正で導入されたもので、この時点では"
                "識別可能性(容易照合性を含む)だけで判断します。",
                "The anonymised-information category began on 2017-05-30; before that only identifiability "
                "(including easy collation) decides.",
                pi_art,
            )
        )

    code_defined: bool = version.rule("identification_code.defined")
    has_code = facts.identification_code != "none" or facts.contains_my_number
    by_code = has_code and code_defined
    personal = facts.identifies_person or facts.easily_collated or by_code
    if facts.identifies_person:
        reasons.append(
            reason(
                "生存する個人に関する情報であって、氏名、生年月日その他の記述等により特定の個人を識別できるため、"
                "個人情報に当たります(第三者から取得した情報や公刊物の情報、映像・音声も含みます)。",
                "Information about a living individual that identifies a specific person by name, date of "
                "birth or other descriptions: personal information (whatever its source or medium).",
                pi_art,
            )
        )
    elif facts.easily_collated:
        reasons.append(
            reason(
                "それ自体では識別できなくても、他の情報(対応表等)と容易に照合でき、それにより特定の個人を識別"
                "できるため、個人情報に当たります。",
                "Not identifying by itself, but easily collated with other information (e.g. a mapping "
                "table) that identifies the person: personal information.",
                pi_art,
            )
        )
    if has_code and code_defined:
        kind = "個人番号" if facts.contains_my_number else facts.identification_code
        reasons.append(
            reason(
                f"個人識別符号({kind})を含むため、それ単体で個人情報に当たります。",
                f"It contains an individual identification code ({kind}): personal information by itself.",
                cite(version, "identification_code"),
            )
        )
    elif has_code:
        reasons.append(
            reason(
                "個人識別符号の定義は2017年5月30日施行の平成27年改正で明確化されたもので、この時点では"
                "番号や符号は、記述等又は容易照合により識別できる場合に限り個人情報となります。",
                "Identification codes were defined only from 2017-05-30; before that a number or code is "
                "personal information only if it identifies the person by description or easy collation.",
                pi_art,
            )
        )

    if not personal:
        return _not_personal(facts, version, as_of, reasons)

    flags: dict[str, bool | None] = {"personal_information": True, "identification_code": by_code}

    if facts.sensitive:
        names = "、".join(SENSITIVE_JA[c] for c in facts.sensitive)
        if version.rule("sensitive.defined"):
            flags["sensitive"] = True
            reasons.append(
                reason(
                    f"{names}を含むため要配慮個人情報に当たります(取得には原則として本人の同意が必要で、"
                    "オプトアウトによる第三者提供はできません)。",
                    f"It contains {', '.join(facts.sensitive)}: special care-required personal information "
                    "(acquisition needs consent as a rule; no opt-out provision).",
                    cite(version, "sensitive"),
                )
            )
        else:
            reasons.append(
                reason(
                    f"{names}を含みますが、要配慮個人情報の区分は2017年5月30日施行の平成27年改正で導入されたもので、"
                    "この時点では法律上の特別な区分はありません(分野別指針は特に慎重な取扱いを求めています)。",
                    "Sensitive content, but the special care-required category began on 2017-05-30; at this "
                    "date there is no statutory category (sector guidelines ask for particular care).",
                    pi_art,
                )
            )

    mn = _mynumber_version(as_of)
    if facts.contains_my_number:
        if mn is not None:
            flags["specific_personal_information"] = True
            reasons.append(
                reason(
                    "個人番号をその内容に含む個人情報であるため、特定個人情報に当たります(番号法の利用・提供・"
                    "収集・保管の制限が及びます)。",
                    "Personal information containing a My Number: specific personal information (the My "
                    "Number Act's limits on use, provision, collection and keeping apply).",
                    f"{MYNUMBER_ACT}第2条第8項",
                )
            )
        else:
            reasons.append(
                reason(
                    "番号法の個人番号の利用は2016年1月1日からであり、この時点では特定個人情報の規律はありません。",
                    "My Numbers are used from 2016-01-01; specific personal information rules do not apply yet.",
                    f"{MYNUMBER_ACT}附則第1条",
                )
            )

    if facts.processed_as == "pseudonymised":
        if version.rule("pseudonymised.defined"):
            flags["pseudonymised"] = True
            reasons.append(
                reason(
                    "他の情報と照合しない限り特定の個人を識別できないよう加工した仮名加工情報です。"
                    "削除情報等を保有する等により個人情報にも当たり、第41条の規律(目的外利用・第三者提供・"
                    "本人への連絡・識別行為の禁止等)が及びます。",
                    "Pseudonymised information: not identifying without other information. Here it is still "
                    "personal information and the pseudonymised-information rules apply (no out-of-purpose "
                    "use, no third-party provision, no contacting persons, no re-identification).",
                    cite(version, "pseudonymised"),
                    cite(version, "pseudonymised_handling"),
                )
            )
        else:
            reasons.append(
                reason(
                    "仮名加工情報の制度は2022年4月1日施行の令和2年改正で導入されたもので、この時点では通常の個人情報"
                    "として扱います。",
                    "Pseudonymised information as a category began on 2022-04-01; before that it is ordinary "
                    "personal information.",
                    pi_art,
                )
            )

    database, counts = _database(facts, version, reasons)
    flags["database"] = database
    flags["counts_toward_handler_threshold"] = counts
    if database:
        flags["personal_data"] = True
        reasons.append(
            reason(
                "個人情報データベース等を構成する個人情報であるため、個人データに当たります"
                "(安全管理措置、従業者・委託先の監督、第三者提供の制限等が及びます)。",
                "Personal information forming part of a personal information database: personal data "
                "(security, supervision and third-party provision rules apply).",
                cite(version, "personal_data"),
            )
        )
        flags["retained_personal_data"] = _retained(facts, version, reasons)
    return _decision(version, as_of, reasons, **flags)


def _not_personal(facts: ClassifyFacts, version: LawVersion, as_of: dt.date, reasons: list[Reason]) -> ClassifyDecision:
    if facts.processed_as == "pseudonymised" and version.rule("pseudonymised.defined"):
        reasons.append(
            reason(
                "個人情報に当たらない仮名加工情報です(削除情報等を保有しない提供先等)。第三者提供、識別行為、"
                "本人への連絡等は禁止されます。",
                "Pseudonymised information that is not personal information: no third-party provision, "
                "re-identification or contacting the persons.",
                cite(version, "pseudonymised"),
                f"{ACT}第42条",
            )
        )
        return _decision(version, as_of, reasons, pseudonymised=True)
    if version.rule("person_related.defined"):
        reasons.append(
            reason(
                "生存する個人に関する情報ですが、特定の個人を識別できず容易照合性もないため、個人情報には当たらず、"
                "個人関連情報に当たります(提供先が個人データとして取得することが想定されるときは、本人の同意が"
                "得られていることの確認が必要です)。",
                "Information about a living individual that identifies no one, even by easy collation: not "
                "personal information but person-related information (if the recipient is expected to "
                "acquire it as personal data, the provider must confirm the person's consent).",
                cite(version, "person_related"),
                f"{ACT}第31条",
            )
        )
        return _decision(version, as_of, reasons, person_related=True)
    reasons.append(
        reason(
            "特定の個人を識別できず、他の情報と容易に照合して識別することもできないため、個人情報に当たりません"
            "(目の部分をマスキングした顔写真、氏名等を削除した事例報告等)。",
            "It identifies no specific person, even by easy collation: not personal information (e.g. a face "
            "photo with the eyes masked, a case report with names removed).",
            cite(version, "personal_information"),
        )
    )
    return _decision(version, as_of, reasons)


# ---------------------------------------------------------------------------------------
# 個人情報取扱事業者 — is the organisation a handler on a date?
# ---------------------------------------------------------------------------------------

Body = Literal[
    "private",  # 民間の事業者 (法人・任意団体・個人を問わない; 営利か否かを問わない)
    "national_government",  # 国の機関
    "local_government",  # 地方公共団体
    "incorporated_administrative_agency",  # 独立行政法人等 (別表第二法人を除く)
    "schedule2_corporation",  # 別表第二に掲げる法人 (国立大学法人, 国立研究開発法人, 国立病院機構 …)
    "local_incorporated_administrative_agency",  # 地方独立行政法人
]
Sector = Literal["general", "school", "welfare"]


class PersonCount(StrictModel):
    on: dt.date = Field(description="日")
    persons: NonNegativeInt = Field(
        description="その日に事業の用に供する個人情報データベース等で識別される特定の個人の数"
        "(全ての学校・事業所の合計、重複は1人、除外される名簿の人数を除く)"
    )


class HandlerFacts(Facts):
    body: Body = Field(default="private", description="組織の種類")
    uses_database_for_business: bool = Field(default=True, description="個人情報データベース等を事業の用に供している")
    person_counts: list[PersonCount] = Field(
        default_factory=list, description="日ごとの本人の数(2017年5月30日より前の判定に使用)"
    )
    sector: Sector = Field(default="general", description="分野: 一般 / 学校 / 福祉 (該当しない場合の案内)")


class HandlerDecision(Decision):
    handler: bool = Field(description="個人情報取扱事業者に該当するか")
    governed_by: Literal["act_chapter4", "guideline_effort", "act_chapter5", "separate_acts", "ordinances"] = Field(
        description="適用される規律: 第4章(事業者の義務) / 指針に準じた努力 / 第5章(行政機関等) / 旧行政機関等個人情報"
        "保護法 / 個人情報保護条例"
    )
    max_persons: int | None = Field(description="過去6か月以内の本人の数の最大(5,000人基準の下でのみ)")


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` months earlier (clamped to the last day of a shorter month)."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


PUBLIC_BODY_JA = {
    "national_government": ("国の機関", "a national government body"),
    "local_government": ("地方公共団体", "a local government"),
    "incorporated_administrative_agency": ("独立行政法人等", "an incorporated administrative agency"),
    "schedule2_corporation": (
        "独立行政法人等(国立大学法人等)",
        "an incorporated administrative agency (e.g. a national university corporation)",
    ),
    "local_incorporated_administrative_agency": ("地方独立行政法人", "a local incorporated administrative agency"),
}

NON_HANDLER_GUIDANCE = {
    "general": (
        "個人情報取扱事業者でなくても、法の基本理念(第3条)に沿った適正な取扱いが望まれます。",
        "Even a non-handler should handle personal information properly in line with the basic principle.",
        f"{ACT}第3条",
    ),
    "school": (
        "学校指針第四により、個人情報取扱事業者以外の学校設置者も、生徒等の個人情報について第三に準じて適正な"
        "取扱いに努めるものとされています(努力義務)。",
        "Under the schools guideline 第四, a school establisher that is not a handler must endeavour to follow "
        "the handler duties (第三) for students' information.",
        "学校における生徒等に関する個人情報の適正な取扱いを確保するために事業者が講ずべき措置に関する指針第四",
    ),
    "welfare": (
        "福祉分野ガイドライン第3により、個人情報取扱事業者でない福祉関係事業者もガイドラインを遵守することが"
        "望ましく、社会福祉法等の関係法令の守秘義務等は事業者の区分にかかわらず遵守しなければなりません。",
        "Under the welfare guideline 第3 a welfare operator that is not a handler should still follow the "
        "guideline, and must follow the confidentiality rules of the welfare laws regardless.",
        "福祉分野における個人情報保護に関するガイドライン第3",
    ),
}


@judgement(
    "handler",
    HandlerFacts,
    HandlerDecision,
    summary_ja="その日に個人情報取扱事業者に該当するか(2017年5月29日までは5,000人基準)",
    summary_en="Is the organisation a 個人情報取扱事業者 on the date (5,000-person rule before 2017-05-30)?",
)
def judge_handler(facts: HandlerFacts, as_of: dt.date) -> HandlerDecision:
    version = version_at("appi", as_of)
    art = cite(version, "handler")
    reasons: list[Reason] = []
    ref = LawVersionRef.of(version)

    if facts.body == "schedule2_corporation" and version.rule("public_sector.schedule2_regime") == "act_chapter4":
        reasons.append(
            reason(
                "別表第二に掲げる法人(国立大学法人等)は、2022年4月1日から原則として個人情報取扱事業者と同じ第4章の規律を"
                "受けます(保有個人データの開示等は第5章の規律による等の特例があります; 一般的知識)。",
                "Corporations in Appended Table 2 (e.g. national university corporations) follow the handler "
                "duties of Chapter 4 from 2022-04-01, with exceptions (e.g. disclosure under Chapter 5; general "
                "knowledge).",
                f"{ACT}第58条第1項; 別表第二",
            )
        )
        return HandlerDecision(
            as_of=as_of, law_version=ref, reasons=reasons, handler=True, governed_by="act_chapter4", max_persons=None
        )
    if facts.body != "private":
        ja, en = PUBLIC_BODY_JA[facts.body]
        local = facts.body in ("local_government", "local_incorporated_administrative_agency")
        regime = version.rule("public_sector.local_regime" if local else "public_sector.national_regime")
        if regime == "act_chapter5":
            rule_ja, rule_en = (
                "本法第5章(行政機関等の義務等)",
                "Chapter 5 of this Act (duties of administrative organs)",
            )
        elif regime == "ordinances":
            rule_ja, rule_en = "各団体の個人情報保護条例", "the body's own personal information protection ordinance"
        else:
            rule_ja, rule_en = (
                "行政機関個人情報保護法又は独立行政法人等個人情報保護法",
                "the Act on administrative organs or the Act on incorporated administrative agencies",
            )
        reasons.append(
            reason(
                f"{ja}は個人情報取扱事業者から除かれ、{rule_ja}が適用されます(一般的知識)。",
                f"{en.capitalize()} is excluded from business operators handling personal information; it is "
                f"governed by {rule_en} (general knowledge).",
                art,
            )
        )
        return HandlerDecision(
            as_of=as_of, law_version=ref, reasons=reasons, handler=False, governed_by=regime, max_persons=None
        )

    if not facts.uses_database_for_business:
        reasons.append(
            reason(
                "個人情報データベース等を事業の用に供していないため、個人情報取扱事業者に当たりません。",
                "It does not use a personal information database for its business: not a handler.",
                art,
            )
        )
        reasons.append(reason(*NON_HANDLER_GUIDANCE[facts.sector]))
        return HandlerDecision(
            as_of=as_of,
            law_version=ref,
            reasons=reasons,
            handler=False,
            governed_by="guideline_effort",
            max_persons=None,
        )

    minimum = version.rule("handler.min_persons")
    if minimum is None:
        reasons.append(
            reason(
                "個人情報データベース等を事業の用に供する者は、取り扱う本人の数にかかわらず個人情報取扱事業者です"
                "(5,000人以下の除外は2017年5月30日施行の平成27年改正で廃止。営利・非営利、法人格の有無を問いません)。",
                "Anyone using a personal information database for business is a handler whatever the number of "
                "persons (the 5,000-person exclusion was abolished on 2017-05-30; for-profit or not, "
                "incorporated or not).",
                art,
            )
        )
        return HandlerDecision(
            as_of=as_of, law_version=ref, reasons=reasons, handler=True, governed_by="act_chapter4", max_persons=None
        )

    for index, count in enumerate(facts.person_counts):
        if count.on > as_of:
            raise FactsError(f"person_counts.{index}.on", f"{count.on.isoformat()} is after as_of {as_of.isoformat()}")
    start = months_before(as_of, 6)
    window = [c.persons for c in facts.person_counts if c.on >= start]
    if not window:
        raise FactsError(
            "person_counts",
            f"needed before 2017-05-30: give the number of persons on the days from {start.isoformat()} "
            f"to {as_of.isoformat()}",
        )
    peak = max(window)
    handler = peak > minimum
    if handler:
        reasons.append(
            reason(
                f"過去6か月以内({start.isoformat()}〜)のいずれかの日に、事業の用に供する個人情報データベース等で"
                f"識別される特定の個人の数が{minimum:,}人を超えた(最大{peak:,}人)ため、個人情報取扱事業者に当たります"
                "(全ての学校・事業所の合計、同一人は1人として数えます)。",
                f"On a day within the past 6 months (from {start.isoformat()}) its databases identified more than "
                f"{minimum:,} persons (peak {peak:,}; summed over all establishments, each person once): a handler.",
                art,
            )
        )
        governed: Literal["act_chapter4", "guideline_effort"] = "act_chapter4"
    else:
        reasons.append(
            reason(
                f"過去6か月以内({start.isoformat()}〜)のいずれの日においても本人の数が{minimum:,}人を超えない"
                f"(最大{peak:,}人)ため、個人情報取扱事業者から除かれます。",
                f"On no day within the past 6 months (from {start.isoformat()}) did the count exceed {minimum:,} "
                f"(peak {peak:,}): not a handler.",
                art,
            )
        )
        reasons.append(reason(*NON_HANDLER_GUIDANCE[facts.sector]))
        governed = "guideline_effort"
    return HandlerDecision(
        as_of=as_of, law_version=ref, reasons=reasons, handler=handler, governed_by=governed, max_persons=peak
    )
