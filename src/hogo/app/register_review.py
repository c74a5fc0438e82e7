"""What the law asks of a 台帳 entry, given what it holds: reminders with reasons and articles.

A pure function of the entry's facts and a date (no I/O), written like :mod:`hogo.law` judgements: each point
is a :class:`hogo.law.core.Reason` (Japanese ``text``, English ``text_en``, ``citation``) and the result names
the law version applied; thresholds come from ``version.rule(...)``. It belongs next to the decision layer and
can move into ``hogo.law`` when the register classification judgement lands there. Citations use the article
numbers in force since 2022-04-01 (the application reviews entries as of today).
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict

from hogo.app.models import DataCategory
from hogo.law.core import LawVersionRef, Reason, reason
from hogo.law.versions import version_at


class ReviewFacts(BaseModel):
    """The parts of an entry that matter here."""

    model_config = ConfigDict(frozen=True)

    categories: list[DataCategory]
    persons_count: int
    contractors: list[str]
    cross_border: bool


class Review(BaseModel):
    model_config = ConfigDict(frozen=True)

    as_of: dt.date
    law_version: LawVersionRef
    reasons: list[Reason]


def review(facts: ReviewFacts, as_of: dt.date) -> Review:
    version = version_at("appi", as_of)
    categories = set(facts.categories)
    breach_mandatory = version.rule("breach.duty") == "mandatory"
    points: list[Reason] = []
    if DataCategory.SENSITIVE in categories:
        points.append(reason(
            "要配慮個人情報を含みます。取得には、法令に基づく場合などを除き、あらかじめ本人の同意が必要です。"
            "オプトアウトによる第三者提供はできません。",
            "Holds special care-required information: acquiring it needs the person's prior consent unless an "
            "exception applies (e.g. required by law); it cannot be provided to third parties by opt-out.",
            "個人情報保護法第20条第2項", "第27条第2項"))
        if breach_mandatory:
            points.append(reason(
                "要配慮個人情報の漏えい等は、1人分でも個人情報保護委員会への報告と本人への通知が必要です。",
                "A leak of special care-required information must be reported to the PPC and notified to the "
                "persons even if it concerns one person.",
                "個人情報保護法第26条第1項", "施行規則第7条第1号"))
    threshold = version.rule("breach.persons_threshold") if breach_mandatory else None
    if threshold is not None and facts.persons_count > threshold:
        points.append(reason(
            f"本人の数が{threshold:,}人を超えています。漏えい等が{threshold:,}人を超えて及べば、"
            "個人情報保護委員会への報告と本人への通知が必要です。",
            f"More than {threshold:,} persons: a leak affecting more than {threshold:,} of them must be reported "
            "to the PPC and notified to the persons.",
            "個人情報保護法第26条第1項", "施行規則第7条第4号"))
    if DataCategory.SPECIFIC_PERSONAL in categories:
        points.append(reason(
            "特定個人情報を含みます。番号法の定める事務の範囲でのみ利用・提供でき、必要な範囲を超えて収集・保管"
            "できません。事務に必要がなくなれば、できるだけ速やかに廃棄・削除してください。",
            "Holds specific personal information (My Numbers): use and provision only for the tasks the My "
            "Number Act allows, no collection or storage beyond them; dispose of it as soon as it is no longer "
            "needed.",
            "番号法第9条", "第19条", "第20条"))
    if facts.cross_border:
        points.append(reason(
            "外国にある第三者への提供があります。法令に基づく場合などを除き、提供先の国の名称や制度などの情報を"
            "本人に提供したうえで、あらかじめ同意を得る必要があります(個人情報保護委員会規則で定める国にある"
            "提供先や、基準に適合する体制を整備した提供先への提供を除く)。",
            "Provided to a third party abroad: unless an exception applies, the person's prior consent is needed, "
            "after being told the country and its protection system (not needed for recipients in countries "
            "designated by PPC rules, or with a system meeting the standards).",
            "個人情報保護法第28条第1項", "第28条第2項"))
    if facts.contractors:
        points.append(reason(
            "委託先があります。委託先に対して必要かつ適切な監督(委託先の選定、委託契約、取扱状況の把握)が必要です。",
            "Contractors handle the data: they must be supervised (choice, contract, checking how they handle it).",
            "個人情報保護法第25条"))
    if DataCategory.PSEUDONYMISED in categories:
        points.append(reason(
            "仮名加工情報を含みます。法令に基づく場合を除き第三者に提供できず、本人への連絡等に利用できません。",
            "Holds pseudonymised information: no provision to third parties except as the law allows, and no "
            "use to contact the persons.",
            "個人情報保護法第41条第6項", "第41条第8項"))
    if DataCategory.ANONYMISED in categories:
        points.append(reason(
            "匿名加工情報を作成したときは、含まれる個人に関する情報の項目を公表する必要があります。",
            "When anonymised information is created, the categories of information it contains must be "
            "published.",
            "個人情報保護法第43条第3項"))
    if DataCategory.PERSONALLY_REFERABLE in categories:
        points.append(reason(
            "個人関連情報を、提供先が個人データとして取得すると想定されるときは、本人の同意が得られていることを"
            "確認してから提供する必要があります。",
            "Personally referable information: before providing it to a recipient expected to acquire it as "
            "personal data, confirm that the persons have consented.",
            "個人情報保護法第31条第1項"))
    return Review(as_of=as_of, law_version=LawVersionRef.of(version), reasons=points)


def review_entry(entry: object, as_of: dt.date) -> Review:
    """:func:`review` of a stored entry (anything with the four attributes, e.g. the ORM row)."""
    return review(ReviewFacts.model_validate(entry, from_attributes=True), as_of)
