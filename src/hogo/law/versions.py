"""Versions of the law as data (法令の版): what changed, and from which day.

Each law is a timeline of :class:`LawVersion` entries. An entry lists only the rule
parameters that changed on its effective date; :func:`version_at` returns the version in
force on a day with every parameter accumulated from the earlier entries. Judgements read
parameters (``version.rule("breach.duty")``) instead of comparing dates, so an amendment
is one new entry here, not an ``if`` in every judgement.

Parameter names are dotted: ``<topic>.<parameter>``. Keep them documented in the entry that
introduces them. Values are plain data (numbers, strings, booleans, tuples, ``None``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Literal

Law = Literal["appi", "mynumber"]
"""``appi``: 個人情報の保護に関する法律 (個人情報保護法). ``mynumber``: 番号法."""


class LawNotInForceError(ValueError):
    """The date is before the first version of the law took effect."""


@dataclass(frozen=True)
class Amendment:
    """One entry of a law's timeline: an id, the day it took effect, and what it changed."""

    id: str
    law: Law
    effective: dt.date
    title_ja: str
    title_en: str
    changes: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class LawVersion:
    """A law as in force from ``effective``: the latest amendment plus every parameter."""

    id: str
    law: Law
    effective: dt.date
    title_ja: str
    title_en: str
    rules: Mapping[str, Any]

    def rule(self, name: str) -> Any:
        """The value of a rule parameter; a missing name is a programming error."""
        try:
            return self.rules[name]
        except KeyError:
            raise KeyError(f"law version {self.id} has no rule parameter {name!r}") from None


# ---------------------------------------------------------------------------------------
# 個人情報保護法 (Act on the Protection of Personal Information, APPI)
# ---------------------------------------------------------------------------------------
APPI_TIMELINE: tuple[Amendment, ...] = (
    Amendment(
        id="appi-2005",
        law="appi",
        effective=dt.date(2005, 4, 1),
        title_ja="個人情報保護法(平成15年法律第57号)全面施行",
        title_en="APPI (Act No. 57 of 2003) in full force",
        changes={
            # 個人情報取扱事業者: excluded when the databases identify ≤ 5,000 persons on every
            # day of the past 6 months (旧施行令第2条).
            "handler.min_persons": 5000,
            # 保有個人データ: data to be erased within 6 months is excluded (旧施行令第4条).
            "retained.short_term_exclusion_months": 6,
            # --- rights-mynumber (rights.py): 開示等の求め (旧法第24条〜第30条; 旧施行令第6条〜第8条) ---
            # Before the 2015 amendment these were 「求め」: duties of the business, not rights the
            # person could enforce in court (general knowledge).
            "rights.claim": "request",
            "rights.pre_suit_wait_days": None,
            "rights.electronic_choice": False,  # 旧施行令第6条: 書面の交付 or a method the requester agreed to
            "rights.provision_records_disclosable": False,
            # Grounds for 利用停止等 / 第三者提供の停止 (旧法第27条第1項・第2項).
            "rights.use_stop_grounds": ("out_of_purpose", "improper_acquisition"),
            "rights.provision_stop_grounds": ("unlawful_provision",),
            "article.rights_publication": "第24条第1項",
            "article.purpose_notice": "第24条第2項, 第3項",
            "article.disclosure": "第25条",
            "article.disclosure_method": "施行令第6条",
            "article.correction": "第26条",
            "article.use_stop": "第27条第1項",
            "article.provision_stop": "第27条第2項",
            "article.stop_relaxed": None,
            "article.stop_notice": "第27条第3項",
            "article.reasons": "第28条",
            "article.request_procedure": "第29条; 施行令第7条",
            "article.agents": "第29条第3項; 施行令第8条",
            "article.fees": "第30条",
            "article.pre_suit": None,
            # 保有個人データに関する事項 to be put where the person can know them (旧法第24条第1項; 旧施行令第5条).
            "rights.publication_items": ("name", "purposes", "procedures", "complaint_contact", "accredited_org"),
            # --- provision (hogo.law.provision): third-party provision, opt-out, joint use, records ---
            # 旧法第23条: 第1項 同意・例外, 第2項 オプトアウト, 第3項 変更, 第4項 第三者に該当しない場合,
            # 第5項 共同利用の変更. No foreign-transfer rule, no records, no 個人関連情報 rule.
            "article.provision": "第23条第1項",
            "article.opt_out": "第23条第2項",
            "article.opt_out_change": "第23条第3項",
            "article.not_third_party": "第23条第4項",
            "article.joint_use_change": "第23条第5項",
            "article.foreign_consent": None,
            "article.foreign_information": None,
            "article.foreign_continuity": None,
            "article.foreign_rules": None,  # 基準, 情報提供, 相当措置 (施行規則)
            "article.provision_record": None,
            "article.receipt_record": None,
            "article.record_rules": None,  # 施行規則: 提供記録 (方法, 事項, 期間), 確認 (方法, 記録方法, 事項, 期間)
            "article.public_bodies": None,  # 国の機関等 (記録義務の対象外の第三者)
            "article.person_related_provision": None,
            "article.outsourcee_supervision": "第22条",  # 委託先の監督
            # Authority not exercised over provision to the exempt actors (旧法第35条第2項).
            "article.authority_restraint": "第35条第2項",
            # オプトアウト (旧法第23条第2項第1号〜第4号): the items to notify / make easily knowable.
            "opt_out.items": ("provision_purpose", "data_items", "provision_method", "stop_on_request"),
            "opt_out.ppc_notification": False,
            "opt_out.excluded": (),  # kinds of personal data that may not be provided by opt-out
            "opt_out.change_in_advance": ("data_items", "provision_method"),  # 旧法第23条第3項
            "opt_out.change_without_delay": (),
            # 共同利用 (旧法第23条第4項第3号) items, and changes (旧法第23条第5項).
            "joint_use.items": ("statement", "data_items", "user_scope", "purposes", "manager_name"),
            "joint_use.change_in_advance": ("purposes", "manager", "manager_name"),
            "joint_use.change_without_delay": (),
            "foreign.regime": None,  # no rule on 外国にある第三者 before the 2015 amendment
            "foreign.information_duty": False,
            "foreign.continuity_measures": False,
            "foreign.designation": None,
            "records.required": False,
            "records.disclosable": False,  # 第三者提供記録の開示 (2022-: 第33条第5項)
            # --- classify-use (classification.py, use.py): definitions, purpose, use, acquisition ---
            # Article numbers in the numbering of this version (cited by the judgements).
            "article.personal_information": "第2条第1項",
            "article.database": "第2条第2項; 施行令第1条",
            "article.handler": "第2条第3項; 施行令第2条",
            "article.personal_data": "第2条第4項",
            "article.retained": "第2条第5項; 施行令第3条, 第4条",
            "article.purpose": "第15条",  # 利用目的の特定 (第1項) / 変更 (第2項)
            "article.use_restriction": "第16条",  # 利用目的による制限 (第3項: 例外)
            "article.proper_acquisition": "第17条",  # 適正な取得
            "article.acquisition_notice": "第18条",  # 取得に際しての利用目的の通知等
            "article.exemption": "第50条",  # 適用除外 (報道・著述・学術研究・宗教・政治)
            # Purpose change (第15条第2項): 変更前の利用目的と「相当の」関連性を有すると合理的に認められる範囲.
            "purpose.change_relation": "considerable",
            # Definitions introduced later (2015 amendment / 2020 amendment).
            "sensitive.defined": False,
            "identification_code.defined": False,
            "anonymised.defined": False,
            "pseudonymised.defined": False,
            "person_related.defined": False,
            # 不適正利用の禁止 (2020 amendment, 第19条) not yet in force.
            "improper_use.prohibited": False,
            # Commercial directories (他人作成・氏名住所電話のみ・無加工): still a database, but its
            # persons are left out of the 5,000 count (旧施行令第2条).
            "database.directory_rule": "count_exclusion",
            # 学術研究機関等 handling for 学術研究: the whole of Chapter 4 does not apply (旧法第50条第1項第3号).
            "academic.regime": "wholesale_exemption",
            # 利用目的による制限の例外 (第16条第3項各号).
            "use.exceptions": ("law", "life_body_property", "public_health_children", "public_body_cooperation"),
            "sensitive.acquisition_exceptions": (),
            # Public bodies are not 個人情報取扱事業者; which rules govern them (general knowledge):
            # 国の機関 / 独立行政法人等: 行政機関個人情報保護法 / 独立行政法人等個人情報保護法;
            # 地方公共団体 / 地方独立行政法人: each body's 個人情報保護条例.
            "public_sector.national_regime": "separate_acts",
            "public_sector.local_regime": "ordinances",
            # 別表第二法人 (国立大学法人等) were 独立行政法人等 under their own Act until 2022-03-31.
            "public_sector.schedule2_regime": "separate_acts",
            # Breach: no statutory duty; sector guidelines of the competent ministers asked
            # businesses to report to the minister (努力義務 at most; e.g. 福祉分野ガイドライン第10
            # 「報告するよう努めなければならない」). Read by hogo.law.breach.
            "breach.duty": "effort",  # strength: "mandatory" (statute) | "effort" (努力義務)
            "breach.authority": "minister",  # 主務大臣 (and the 認定個人情報保護団体 for members)
            "breach.basis": "各主務大臣の事業分野別ガイドライン(例: 福祉分野における個人情報保護に関するガイドライン第10)",
            "breach.basis_en": "the competent ministers' sector guidelines (e.g. MHLW welfare guideline, part 10)",
            "breach.report_citation": "各事業分野別ガイドライン(例: 福祉分野ガイドライン第10)",
            "breach.rule_citation": None,
            "breach.notice_citation": None,
            "breach.deadline_citation": None,
            "breach.notify_individuals": False,
            "breach.persons_threshold": None,
            "breach.final_days": None,
            "breach.final_days_wrongful": None,
            "breach.preliminary_days": None,
            "breach.wrongful_covers_acquiring": False,
            # 行政機関等 (administrative organs) came under this Act only with the 2021 amendment.
            "breach.administrative_covered": False,
            "breach.local_government_covered": False,
            "breach.administrative_persons_threshold": None,
            # Duty for incidents that are not 報告対象事態 while a mandatory regime is in force.
            "breach.nonreportable_duty": "effort",
            "breach.nonreportable_duty_administrative": None,
            "breach.nonreportable_citation": None,
            "breach.contractor_exemption": False,  # 委託先の通知による免除 (法第26条第1項ただし書)
            "breach.contractor_citation": None,
            "breach.head_items": None,  # ground code → 号 of the rule naming it
            "breach.administrative_report_citation": None,
            "breach.administrative_rule_citation": None,
            "breach.administrative_notice_citation": None,
            "breach.administrative_deadline_citation": None,
        },
    ),
    Amendment(
        id="appi-2017",
        law="appi",
        effective=dt.date(2017, 5, 30),
        title_ja="平成27年改正個人情報保護法の全面施行",
        title_en="2015 amendment of the APPI in full force",
        changes={
            "handler.min_persons": None,  # the 5,000-person rule was abolished
            "sensitive.defined": True,  # 要配慮個人情報 (旧法第2条第3項)
            # --- classify-use: 2015 amendment numbering and rules ---
            "article.personal_information": "第2条第1項",
            "article.identification_code": "第2条第1項第2号, 第2条第2項; 施行令第1条",
            "article.sensitive": "第2条第3項; 施行令第2条",
            "article.database": "第2条第4項; 施行令第3条",
            "article.handler": "第2条第5項",
            "article.personal_data": "第2条第6項",
            "article.retained": "第2条第7項; 施行令第4条, 第5条",
            "article.anonymised": "第2条第9項",
            "article.proper_acquisition": "第17条第1項",
            "article.sensitive_acquisition": "第17条第2項",  # 要配慮個人情報の取得 (施行令第7条)
            "article.exemption": "第76条",
            # 第15条第2項 as amended: 「相当の」 deleted — 関連性を有すると合理的に認められる範囲.
            "purpose.change_relation": "related",
            "identification_code.defined": True,  # 個人識別符号 (第2条第2項)
            "anonymised.defined": True,  # 匿名加工情報 (第2条第9項)
            # Commercial directories sold to the public, lawfully issued, purchasable at any time and
            # used unaltered are not a 個人情報データベース等 at all (施行令第3条).
            "database.directory_rule": "not_database",
            # 要配慮個人情報の取得の例外 (第17条第2項第1号〜第6号; 施行令第7条).
            "sensitive.acquisition_exceptions": (
                "law",
                "life_body_property",
                "public_health_children",
                "public_body_cooperation",
                "published",
                "obvious_from_appearance",
                "entrustment_succession_joint_use",
            ),
            # Breach: report to the Commission was an effort duty under
            # 平成29年個人情報保護委員会告示第1号 (a 行政指導指針, not binding).
            "breach.duty": "effort",
            "breach.authority": "ppc",
            # --- rights-mynumber: 2015 amendment — 開示等の「請求」 (旧法第27条〜第34条; 施行令第9条〜第11条) ---
            "rights.claim": "claim",
            "rights.pre_suit_wait_days": 14,  # 旧法第34条: 事前の請求から2週間
            "rights.provision_stop_grounds": ("unlawful_provision", "unlawful_foreign_transfer"),  # 旧法第30条第3項
            "article.rights_publication": "第27条第1項",
            "article.purpose_notice": "第27条第2項, 第3項",
            "article.disclosure": "第28条",
            "article.disclosure_method": "施行令第9条",
            "article.correction": "第29条",
            "article.use_stop": "第30条第1項, 第2項",
            "article.provision_stop": "第30条第3項, 第4項",
            "article.stop_notice": "第30条第5項",
            "article.reasons": "第31条",
            "article.request_procedure": "第32条; 施行令第10条",
            "article.agents": "第32条第3項; 施行令第11条",
            "article.fees": "第33条",
            "article.pre_suit": "第34条",
            # --- provision: 2015 amendment (旧法第23条〜第26条; 平成28年個人情報保護委員会規則第3号) ---
            "article.opt_out_change": "第23条第3項",
            "article.not_third_party": "第23条第5項",
            "article.joint_use_change": "第23条第6項",
            "article.foreign_consent": "第24条",  # one paragraph only
            "article.foreign_rules": ("施行規則第11条", None, None),
            "article.provision_record": "第25条",
            "article.receipt_record": "第26条",
            "article.record_rules": (
                "施行規則第12条",
                "施行規則第13条",
                "施行規則第14条",
                "施行規則第15条",
                "施行規則第16条",
                "施行規則第17条",
                "施行規則第18条",
            ),
            "article.public_bodies": "第2条第5項各号",
            "article.authority_restraint": "第43条第2項",
            # 旧法第23条第2項: items now include 本人の求めを受け付ける方法; notification to the
            # Commission; 要配慮個人情報 may not be provided by opt-out.
            "opt_out.items": (
                "provision_purpose",
                "data_items",
                "provision_method",
                "stop_on_request",
                "request_method",
            ),
            "opt_out.ppc_notification": True,
            "opt_out.excluded": ("sensitive",),
            "opt_out.change_in_advance": ("data_items", "provision_method", "request_method"),
            # 旧法第24条: consent to provision to a 外国にある第三者, unless the country is designated
            # (平成31年個人情報保護委員会告示第1号: EEA and the United Kingdom, from 2019-01-23) or the
            # recipient has a 基準適合体制 (旧施行規則第11条).
            "foreign.regime": "consent_or_basis",
            "foreign.designation": (
                dt.date(2019, 1, 23),
                (
                    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
                    "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
                    "IS", "LI", "NO", "GB",
                ),
            ),
            "records.required": True,  # 旧法第25条 (提供記録), 第26条 (確認・確認記録)
            "breach.basis": "「個人データの漏えい等の事案が発生した場合等の対応について」(平成29年個人情報保護委員会告示第1号)",
            "breach.basis_en": "PPC Notice No. 1 of 2017 on responding to personal-data leaks (administrative guidance)",
            "breach.report_citation": "平成29年個人情報保護委員会告示第1号",
        },
    ),
    Amendment(
        id="appi-2022",
        law="appi",
        effective=dt.date(2022, 4, 1),
        title_ja="令和2年改正個人情報保護法の施行",
        title_en="2020 amendment of the APPI in force",
        changes={
            "retained.short_term_exclusion_months": None,  # abolished
            # --- classify-use: renumbered Act (令和3年改正による条番号の整理) and 2020/2021 rules ---
            "article.database": "第16条第1項; 施行令第4条",
            "article.handler": "第16条第2項",
            "article.personal_data": "第16条第3項",
            "article.retained": "第16条第4項; 施行令第5条",
            "article.pseudonymised": "第2条第5項",
            "article.anonymised": "第2条第6項",
            "article.person_related": "第2条第7項",
            "article.purpose": "第17条",
            "article.use_restriction": "第18条",
            "article.improper_use": "第19条",
            "article.proper_acquisition": "第20条第1項",
            "article.sensitive_acquisition": "第20条第2項",  # 施行令第9条
            "article.acquisition_notice": "第21条",
            "article.exemption": "第57条",
            "article.pseudonymised_handling": "第41条",
            "pseudonymised.defined": True,  # 仮名加工情報 (第2条第5項, 第41条)
            "person_related.defined": True,  # 個人関連情報 (第2条第7項, 第31条)
            "improper_use.prohibited": True,  # 不適正な利用の禁止 (第19条)
            # 学術研究機関等: no wholesale exemption; the exceptions of 第18条第3項第5号・第6号,
            # 第20条第2項第5号・第6号 and 第27条第1項第5号〜第7号 apply instead (令和3年改正).
            "academic.regime": "specific_exceptions",
            # 令和3年改正: the three acts merged; 国の行政機関・独立行政法人等 fall under Chapter 5 of this Act.
            "public_sector.national_regime": "act_chapter5",
            "public_sector.schedule2_regime": "act_chapter4",  # 第58条第1項 (general knowledge)
            "use.exceptions": (
                "law",
                "life_body_property",
                "public_health_children",
                "public_body_cooperation",
                "academic_own",  # 第18条第3項第5号
                "academic_provide",  # 第18条第3項第6号
            ),
            "sensitive.acquisition_exceptions": (
                "law",
                "life_body_property",
                "public_health_children",
                "public_body_cooperation",
                "academic_own",  # 第20条第2項第5号
                "academic_joint",  # 第20条第2項第6号
                "published",  # 第7号
                "obvious_from_appearance",  # 第8号; 施行令第9条第1号
                "entrustment_succession_joint_use",  # 第8号; 施行令第9条第2号
            ),
            # Mandatory breach report and notice (法第26条; 施行規則第7条〜第10条).
            "breach.duty": "mandatory",
            "breach.basis": "個人情報保護法第26条",
            "breach.basis_en": "APPI Art. 26",
            "breach.report_citation": "個人情報保護法第26条第1項",
            "breach.rule_citation": "施行規則第7条",
            "breach.notice_citation": "個人情報保護法第26条第2項; 施行規則第10条",
            "breach.deadline_citation": "施行規則第8条",
            "breach.notify_individuals": True,
            "breach.persons_threshold": 1000,  # 施行規則第7条第4号: 1,000人を超える
            "breach.final_days": 30,  # 施行規則第8条第2項
            "breach.final_days_wrongful": 60,
            "breach.preliminary_days": (3, 5),  # 速報: 速やかに, guideline 3〜5日
            "breach.wrongful_covers_acquiring": False,
            # --- rights-mynumber: 2020 amendment (renumbered 第32条〜第39条) ---
            # 第33条第1項・第2項: the person chooses the method (電磁的記録の提供 included); 第33条第5項:
            # 第三者提供記録 (第29条・第30条の記録) are disclosable.
            "rights.electronic_choice": True,
            "rights.provision_records_disclosable": True,
            # 第35条第1項 (+ 第19条 不適正利用) and 第35条第5項 (relaxed grounds).
            "rights.use_stop_grounds": (
                "out_of_purpose",
                "improper_use",
                "improper_acquisition",
                "no_longer_needed",
                "reportable_breach",
                "rights_harmed",
            ),
            "rights.provision_stop_grounds": (
                "unlawful_provision",
                "unlawful_foreign_transfer",
                "no_longer_needed",
                "reportable_breach",
                "rights_harmed",
            ),
            "article.rights_publication": "第32条第1項",
            "article.purpose_notice": "第32条第2項, 第3項",
            "article.disclosure": "第33条",
            "article.disclosure_method": "施行規則第30条",
            "article.correction": "第34条",
            "article.use_stop": "第35条第1項, 第2項",
            "article.provision_stop": "第35条第3項, 第4項",
            "article.stop_relaxed": "第35条第5項, 第6項",
            "article.stop_notice": "第35条第7項",
            "article.reasons": "第36条",
            "article.request_procedure": "第37条; 施行令第12条",
            "article.agents": "第37条第3項; 施行令第13条",
            "article.fees": "第38条",
            "article.pre_suit": "第39条",
            # 第32条第1項第1号 (+住所・代表者), 施行令第10条第1号 (安全管理のために講じた措置).
            "rights.publication_items": (
                "name",
                "address_representative",
                "purposes",
                "procedures",
                "security_measures",
                "complaint_contact",
                "accredited_org",
            ),
            # --- provision: renumbered Act (第27条〜第31条) and the 2020 amendment ---
            "article.provision": "第27条第1項",
            "article.opt_out": "第27条第2項",
            "article.opt_out_change": "第27条第3項",
            "article.not_third_party": "第27条第5項",
            "article.joint_use_change": "第27条第6項",
            "article.foreign_consent": "第28条第1項",
            "article.foreign_information": "第28条第2項",
            "article.foreign_continuity": "第28条第3項",
            "article.foreign_rules": ("施行規則第16条", "施行規則第17条", "施行規則第18条"),
            "article.provision_record": "第29条",
            "article.receipt_record": "第30条",
            "article.record_rules": (
                "施行規則第19条",
                "施行規則第20条",
                "施行規則第21条",
                "施行規則第22条",
                "施行規則第23条",
                "施行規則第24条",
                "施行規則第25条",
            ),
            "article.public_bodies": "第16条第2項各号",
            "article.person_related_provision": "第31条",
            "article.outsourcee_supervision": "第25条",
            "article.authority_restraint": None,
            # 第27条第2項: opt-out may not cover 要配慮個人情報, data acquired in breach of 第20条第1項,
            # or data itself provided under opt-out by another business (copies/processed included).
            # Items: + 氏名又は名称・住所・代表者, 取得の方法, and (施行規則第11条第4項) 更新の方法 and
            # 提供開始予定日.
            "opt_out.items": (
                "provider_identity",
                "provision_purpose",
                "data_items",
                "acquisition_method",
                "provision_method",
                "stop_on_request",
                "request_method",
                "update_method",
                "start_date",
            ),
            "opt_out.excluded": ("sensitive", "improperly_acquired", "received_by_opt_out"),
            # 第27条第3項: 第1号 change or ending opt-out provision → 遅滞なく; 第3号〜第5号, 第7号,
            # 第8号 → あらかじめ. Both also to the Commission.
            "opt_out.change_in_advance": (
                "data_items",
                "acquisition_method",
                "provision_method",
                "request_method",
                "update_method",
                "start_date",
            ),
            "opt_out.change_without_delay": ("provider_identity", "discontinue"),
            # 第27条第5項第3号: the manager's address and representative are now joint-use items;
            # 第27条第6項: a change of the manager's name/address/representative → 遅滞なく; a change of
            # purpose or of the manager itself → あらかじめ.
            "joint_use.items": (
                "statement",
                "data_items",
                "user_scope",
                "purposes",
                "manager_name",
                "manager_address",
                "manager_representative",
            ),
            "joint_use.change_in_advance": ("purposes", "manager"),
            "joint_use.change_without_delay": ("manager_name", "manager_address", "manager_representative"),
            # 第28条第2項 (information before consent; 施行規則第17条) and 第3項 (相当措置の継続的な実施
            # を確保する措置・本人の求めに応じた情報提供; 施行規則第18条).
            "foreign.information_duty": True,
            "foreign.continuity_measures": True,
            "records.disclosable": True,  # 第33条第5項: 第三者提供記録も開示請求の対象
            # 令和3年改正: 国の行政機関・独立行政法人等 under the Act (法第68条; 施行規則第43条,
            # 100人を超える, 第4号). General knowledge, see docs/open-questions.md "Breach".
            "breach.administrative_covered": True,
            "breach.administrative_persons_threshold": 100,
            "breach.administrative_report_citation": "個人情報保護法第68条第1項",
            "breach.administrative_rule_citation": "施行規則第43条",
            "breach.administrative_notice_citation": "個人情報保護法第68条第2項; 施行規則第45条",
            "breach.administrative_deadline_citation": "施行規則第44条",
            # The 2017 notice was repealed; a non-reportable leak carries no duty to report.
            "breach.nonreportable_duty": "none",
            "breach.nonreportable_duty_administrative": "none",
            "breach.nonreportable_citation": "個人情報保護法第26条第1項; 施行規則第7条",
            "breach.contractor_exemption": True,  # 法第26条第1項ただし書; 施行規則第9条
            "breach.contractor_citation": "個人情報保護法第26条第1項ただし書; 施行規則第9条",
            "breach.head_items": (
                ("sensitive", "第1号"),
                ("financial_harm", "第2号"),
                ("wrongful_purpose", "第3号"),
                ("over_1000", "第4号"),
                ("over_100", "第4号"),
            ),
        },
    ),
    Amendment(
        id="appi-2023",
        law="appi",
        effective=dt.date(2023, 4, 1),
        title_ja="令和3年改正個人情報保護法の地方公共団体等への適用",
        title_en="2021 amendment of the APPI applied to local governments",
        changes={
            # classify-use: 地方公共団体の機関・地方独立行政法人 now under Chapter 5 (行政機関等の義務等)
            # instead of their own ordinances (general knowledge).
            "public_sector.local_regime": "act_chapter5",
            # breach: 地方公共団体の機関・地方独立行政法人 come under 法第68条 (施行規則第43条).
            "breach.local_government_covered": True,
        },
    ),
    Amendment(
        id="appi-2024",
        law="appi",
        effective=dt.date(2024, 4, 1),
        title_ja="個人情報保護法施行規則の改正(令和5年個人情報保護委員会規則第5号)施行",
        title_en="2023 amendment of the APPI Enforcement Rules in force",
        changes={
            # 施行規則第7条第3号: 不正の目的 now covers personal information that the business
            # is acquiring or is about to handle as personal data (e.g. web skimming).
            "breach.wrongful_covers_acquiring": True,
        },
    ),
)

# ---------------------------------------------------------------------------------------
# 番号法 (Act on the Use of Numbers to Identify a Specific Individual, My Number Act)
# ---------------------------------------------------------------------------------------
MYNUMBER_TIMELINE: tuple[Amendment, ...] = (
    Amendment(
        id="mynumber-2016",
        law="mynumber",
        effective=dt.date(2016, 1, 1),
        title_ja="番号法の個人番号利用開始(平成28年1月1日)",
        title_en="My Number Act: use of individual numbers begins",
        changes={
            # 重大な事態の報告 (平成27年特定個人情報保護委員会規則第5号): report to the
            # Commission; no statutory notice to persons, no fixed final deadline.
            "breach.duty": "mandatory",
            "breach.basis": "番号法第28条の4(当時)",
            "breach.basis_en": "My Number Act Art. 28-4 (as numbered then)",
            "breach.report_citation": "番号法第28条の4(当時)",
            "breach.rule_citation": "平成27年特定個人情報保護委員会規則第5号第2条",
            "breach.notice_citation": None,
            "breach.deadline_citation": None,
            # Incidents that are not 重大な事態: businesses were asked to endeavour to report
            # (平成27年特定個人情報保護委員会告示第2号); administrative bodies to report.
            "breach.nonreportable_citation": "平成27年特定個人情報保護委員会告示第2号",
            "breach.nonreportable_duty": "effort",  # 事業者: 報告するよう努める
            "breach.nonreportable_duty_administrative": "guideline",  # 行政機関等: 報告する
            "breach.authority": "ppc",
            "breach.contractor_exemption": False,
            "breach.contractor_citation": None,
            "breach.head_items": None,  # the 2015 rule's numbering is not restated here
            "breach.persons_threshold": 100,
            "breach.notify_individuals": False,
            "breach.final_days": None,
            "breach.final_days_wrongful": None,
            "breach.preliminary_days": None,
            "sme.max_employees": 100,
            "sme.max_persons_past_6_months": 5000,
            # 特定個人情報保護評価 (PIA). The 規則 (平成26年特定個人情報保護委員会規則第1号) and the
            # 指針 (同告示第4号) apply from 2014-04-20, before this first entry; the thresholds have
            # not changed since, so they live here (see docs/open-questions.md, "PIA").
            # Bodies obliged to assess (番号法第28条; 指針第3の1); ordinary businesses are not.
            "pia.obliged_bodies": ("administrative", "local_government", "health_insurance_society"),
            "pia.min_persons": 1000,  # 規則第4条: 対象人数1,000人未満の事務は義務付けられない
            "pia.focused_min_persons": 10000,  # 指針第5の2: 1万人以上で重点項目評価の判断に入る
            "pia.full_min_persons": 100000,  # 10万人以上30万人未満: 取扱者数/重大事故で全項目
            "pia.full_always_min_persons": 300000,  # 30万人以上: 全項目評価
            "pia.handlers_threshold": 500,  # 取扱者数500人以上
            # 重大事故: 故意による, 又は本人の数が101人以上 (指針第2 定義)
            "pia.serious_incident_min_persons": 101,
            "pia.serious_incident_lookback_years": 1,  # 過去1年以内
            "pia.redo_years": 5,  # 規則第15条: 公表から5年を経過する前に再実施 (努力義務)
            # --- rights-mynumber (mynumber_lifecycle.py) ---
            # 本人確認 (番号法第16条; 施行令第12条; 施行規則): 通知カード is a 番号確認 document.
            "identity.notification_card": "valid",
            # 第19条 cases used by the provision judgement. Before the 2021-09-01 insertion of the
            # 転籍 case the later 号 were numbered differently; hogo names those cases by content
            # rather than risk a wrong 号 number (see docs/open-questions.md).
            "provide.employment_transfer": False,
            "provide.articles": (
                ("utilization_affairs", "第19条第1号"),
                ("statutory_submission", "第19条第2号"),
                ("from_principal", "第19条第3号"),
                ("employment_transfer", "第19条(転籍時の提供: 2021年9月1日前は規定なし)"),
                ("entrustment_succession", "第19条(委託・合併等の号)"),
                ("network_system", "第19条(情報提供ネットワークシステムの号)"),
                ("ppc_request", "第19条(委員会の求めの号)"),
                ("public_interest", "第19条(各議院・裁判・捜査等の号)"),
                ("life_body_property", "第19条(人の生命・身体・財産の保護の号)"),
            ),
        },
    ),
    Amendment(
        id="mynumber-2020",
        law="mynumber",
        effective=dt.date(2020, 5, 25),
        title_ja="通知カードの廃止(令和元年法律第16号による番号法改正)",
        title_en="Abolition of the notification card (通知カード)",
        changes={
            # 令和元年法律第16号附則第6条: after 2020-05-25 a 通知カード remains a 番号確認 document only
            # while its recorded details (氏名・住所等) agree with the resident record.
            "identity.notification_card": "transitional",
        },
    ),
    Amendment(
        id="mynumber-2021",
        law="mynumber",
        effective=dt.date(2021, 9, 1),
        title_ja="デジタル社会形成整備法(令和3年法律第37号)による番号法改正の施行",
        title_en="My Number Act as amended by Act No. 37 of 2021 (digital society) in force",
        changes={
            # 第19条第4号 new: on 出向・転籍・退職等, the former employer may provide to the new one with the
            # 従業者等's consent, as far as the new employer's related affairs need.
            "provide.employment_transfer": True,
            # 号 numbers as in 特定個人情報の適正な取扱いに関するガイドライン(事業者編) 令和5年7月 [069].
            "provide.articles": (
                ("utilization_affairs", "第19条第1号"),
                ("statutory_submission", "第19条第2号"),
                ("from_principal", "第19条第3号"),
                ("employment_transfer", "第19条第4号"),
                ("entrustment_succession", "第19条第6号"),
                ("network_system", "第19条第8号"),
                ("ppc_request", "第19条第13号"),
                ("public_interest", "第19条第15号; 施行令第25条"),
                ("life_body_property", "第19条第16号"),
            ),
        },
    ),
    Amendment(
        id="mynumber-2022",
        law="mynumber",
        effective=dt.date(2022, 4, 1),
        title_ja="番号法第29条の4改正及び漏えい等報告規則の施行",
        title_en="My Number Act Art. 29-4 as amended, and the breach reporting rules, in force",
        changes={
            "breach.duty": "mandatory",
            "breach.basis": "番号法第29条の4",
            "breach.basis_en": "My Number Act Art. 29-4",
            "breach.report_citation": "番号法第29条の4第1項",
            "breach.rule_citation": "特定個人情報の漏えい等に関する報告等に関する規則第2条",
            "breach.notice_citation": "番号法第29条の4第2項; 規則第5条",
            "breach.deadline_citation": "規則第3条",
            "breach.nonreportable_citation": "特定個人情報の適正な取扱いに関するガイドライン 別添2",
            "breach.contractor_exemption": True,  # 番号法第29条の4第1項ただし書; 規則第4条
            "breach.contractor_citation": "番号法第29条の4第1項ただし書; 規則第4条",
            "breach.head_items": (
                ("network_system", "第1号"),
                ("wrongful_purpose", "第2号"),
                ("public_exposure", "第3号"),
                ("over_100", "第4号"),
            ),
            "breach.persons_threshold": 100,  # 規則第2条第4号: 100人を超える
            "breach.notify_individuals": True,  # 番号法第29条の4第2項
            "breach.final_days": 30,  # 規則第3条第2項
            "breach.final_days_wrongful": 60,
            "breach.preliminary_days": (3, 5),
        },
    ),
)

TIMELINES: Mapping[Law, tuple[Amendment, ...]] = MappingProxyType(
    {"appi": APPI_TIMELINE, "mynumber": MYNUMBER_TIMELINE}
)


def _accumulate(timeline: tuple[Amendment, ...]) -> tuple[LawVersion, ...]:
    versions: list[LawVersion] = []
    rules: dict[str, Any] = {}
    previous: dt.date | None = None
    for amendment in timeline:
        if previous is not None and amendment.effective <= previous:
            raise ValueError(f"timeline out of order at {amendment.id}")
        previous = amendment.effective
        rules = {**rules, **amendment.changes}
        versions.append(
            LawVersion(
                id=amendment.id,
                law=amendment.law,
                effective=amendment.effective,
                title_ja=amendment.title_ja,
                title_en=amendment.title_en,
                rules=MappingProxyType(dict(rules)),
            )
        )
    return tuple(versions)


VERSIONS: Mapping[Law, tuple[LawVersion, ...]] = MappingProxyType(
    {law: _accumulate(timeline) for law, timeline in TIMELINES.items()}
)


def version_at(law: Law, day: dt.date) -> LawVersion:
    """The version of ``law`` in force on ``day``.

    Raises :class:`LawNotInForceError` for a day before the law's first version.
    """
    in_force = [v for v in VERSIONS[law] if v.effective <= day]
    if not in_force:
        first = VERSIONS[law][0]
        raise LawNotInForceError(
            f"{law} was not in force on {day.isoformat()} (first version {first.id} from {first.effective.isoformat()})"
        )
    return in_force[-1]
