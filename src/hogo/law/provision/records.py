"""提供記録・確認記録 — must a record of a provision (or receipt) be made, with what, kept how long?

From 2017-05-30 (旧第25条/第26条; now 第29条/第30条): a business that provides personal data to a third
party records it; a business that receives personal data from a third party first confirms the provider's
name, address and representative and how the provider acquired the data, then records it. No record is
needed when the provision falls under an exception of 第27条第1項 or is not to a third party (第27条第5項:
委託, 承継, 共同利用) — except that a provision abroad on the consent route of 第28条第1項 is exempt only by
the exceptions —, nor when the counterpart is a state organ, local government, 独立行政法人等 or 地方独立
行政法人 (第16条第2項各号). PPC guidelines (確認記録義務編 2-2, general knowledge) also leave out provisions
made on the person's behalf, to someone regarded as the person, of data not personal data for the recipient,
of publicly available data, or data merely viewed.

Retention (施行規則第21条/第25条; 旧第14条/第18条): a contract document used as the record (provision in
connection with goods or services to the person) — 1 year from the last provision; a batch record for
continuous or repeated provision — 3 years from the last provision; otherwise 3 years from the making of the
record.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field

from hogo.law.core import Decision, Facts, FactsError, LawVersionRef, Reason, reason
from hogo.law.provision._common import ACT, cite
from hogo.law.registry import judgement
from hogo.law.versions import version_at

RecordBasis = Literal["consent", "opt_out", "exception", "outsourcing", "succession", "joint_use"]
Interpretive = Literal[
    "none",
    "on_behalf_of_person",
    "person_like_party",
    "not_personal_data_for_recipient",
    "publicly_available",
    "mere_viewing",
]

RECORD_ITEM_LABEL: dict[str, tuple[str, str]] = {
    "provided_on": ("個人データを提供した年月日", "the date of provision"),
    "received_on": ("個人データの提供を受けた年月日", "the date of receipt"),
    "recipient": ("第三者(提供先)の氏名又は名称その他の第三者を特定するに足りる事項", "the recipient's identity"),
    "provider_identity": (
        "提供元の氏名又は名称及び住所並びに法人にあっては代表者の氏名",
        "the provider's name, address and representative",
    ),
    "acquisition_history": ("提供元による個人データの取得の経緯", "how the provider acquired the data"),
    "persons": ("本人の氏名その他の本人を特定するに足りる事項", "the persons' identity"),
    "data_items": ("個人データの項目", "the items of personal data"),
    "consent": ("本人の同意を得ている旨", "that the persons consented"),
    "commission_publication": (
        "個人情報保護委員会によりオプトアウトの届出事項が公表されている旨",
        "that the Commission published the provider's opt-out notification",
    ),
}

INTERPRETIVE_LABEL: dict[str, tuple[str, str]] = {
    "on_behalf_of_person": ("本人に代わって提供する場合", "provision made on the person's behalf"),
    "person_like_party": ("本人と一体と評価できる関係にある者への提供", "provision to someone regarded as the person"),
    "not_personal_data_for_recipient": (
        "受領者にとって個人データに当たらない場合",
        "the data is not personal data for the recipient",
    ),
    "publicly_available": ("不特定多数の者が取得できる公開情報の受領", "receipt of publicly available information"),
    "mere_viewing": ("単に閲覧するだけで「提供を受ける」に当たらない場合", "mere viewing, not a receipt"),
}


class ProvisionRecordFacts(Facts):
    role: Literal["provider", "recipient"] = Field(description="provider (提供した) / recipient (提供を受けた)")
    basis: RecordBasis = Field(
        description="提供の根拠: consent / opt_out / exception (第27条第1項各号) / outsourcing / succession / joint_use"
    )
    foreign_consent_route: bool = Field(default=False, description="外国にある第三者への同意に基づく提供 (第28条第1項)")
    counterpart_public_body: bool = Field(
        default=False, description="相手方が国の機関・地方公共団体・独立行政法人等・地方独立行政法人"
    )
    interpretive: Interpretive = Field(
        default="none", description="ガイドライン上、記録義務がかからないとされる場合 (docs/cli-law.md 参照)"
    )
    method: Literal["each_time", "batch", "contract_substitute"] = Field(
        default="each_time",
        description="each_time (都度) / batch (継続的・反復的な提供の一括記録) / contract_substitute (本人への物品・役務の"
        "提供に関連する契約書等で代替)",
    )


class ProvisionRecordDecision(Decision):
    required: bool = Field(description="記録(受領者は確認と記録)が必要")
    record: Literal["provision_record", "receipt_record"]
    confirmations: list[str] = Field(description="受領者が提供を受ける際に確認する事項")
    items: list[str] = Field(description="記録事項 (コード)")
    retention_years: int | None = Field(description="保存期間 (年)")
    retention_from: Literal["record_made", "last_provision"] | None = Field(description="保存期間の起算点")
    disclosable: bool = Field(description="本人の開示請求の対象 (第三者提供記録の開示, 2022-04-01以降)")


@judgement(
    "provision-record",
    ProvisionRecordFacts,
    ProvisionRecordDecision,
    summary_ja="第三者提供記録・確認記録の要否、記録事項、保存期間",
    summary_en="Whether a provision or receipt record is needed, its items, and how long to keep it",
)
def judge_provision_record(facts: ProvisionRecordFacts, as_of: dt.date) -> ProvisionRecordDecision:
    if facts.basis == "opt_out" and facts.method != "each_time":
        raise FactsError("method", "opt-out provision must be recorded each time (no batch or contract substitute)")
    if facts.basis == "opt_out" and facts.foreign_consent_route:
        raise FactsError("foreign_consent_route", "opt-out cannot be used for a provision under 第28条第1項")
    v = version_at("appi", as_of)
    provider = facts.role == "provider"
    record = "provision_record" if provider else "receipt_record"

    def answer(required: bool, reasons: list[Reason], **kw: object) -> ProvisionRecordDecision:
        base = dict(confirmations=[], items=[], retention_years=None, retention_from=None)
        base.update(kw)
        return ProvisionRecordDecision(
            as_of=as_of,
            law_version=LawVersionRef.of(v),
            reasons=reasons,
            required=required,
            record=record,
            disclosable=required and bool(v.rule("records.disclosable")),
            **base,  # type: ignore[arg-type]
        )

    if not v.rule("records.required"):
        return answer(
            False,
            [
                reason(
                    "この時点の法には第三者提供の記録・確認の義務がありません(平成27年改正により2017年5月30日から)。",
                    "At this date the Act had no duty to record or confirm provisions (from 2017-05-30).",
                    cite(v, "provision"),
                )
            ],
        )
    article = cite(v, "provision_record" if provider else "receipt_record")
    rules = v.rule("article.record_rules")
    method_rule, items_rule, period_rule = (
        (rules[0], rules[1], rules[2]) if provider else (rules[4], rules[5], rules[6])
    )
    exempt = _exemption(facts, v, article)
    if exempt is not None:
        return answer(False, [exempt])

    consent_route = facts.basis != "opt_out"
    if provider:
        items = (
            ["consent", "recipient", "persons", "data_items"]
            if consent_route
            else ["provided_on", "recipient", "persons", "data_items"]
        )
        confirmations: list[str] = []
    else:
        items = (
            ["consent", "provider_identity", "acquisition_history", "persons", "data_items"]
            if consent_route
            else [
                "received_on",
                "provider_identity",
                "acquisition_history",
                "persons",
                "data_items",
                "commission_publication",
            ]
        )
        confirmations = ["provider_identity", "acquisition_history"]
    if facts.method == "contract_substitute":
        years, start = 1, "last_provision"
        period_ja, period_en = (
            "最後に当該記録に係る提供を行った日から起算して1年",
            "1 year from the last provision it covers",
        )
    elif facts.method == "batch":
        years, start = 3, "last_provision"
        period_ja, period_en = (
            "最後に当該記録に係る提供を行った日から起算して3年",
            "3 years from the last provision it covers",
        )
    else:
        years, start = 3, "record_made"
        period_ja, period_en = "記録を作成した日から3年", "3 years from the day the record is made"
    what_ja = "提供" if provider else "受領"
    reasons = [
        reason(
            f"第三者への個人データの{what_ja}であり、"
            + ("" if provider else "提供を受ける際に提供元の氏名・住所・代表者と取得の経緯を確認し、")
            + "記録を作成しなければなりません。記録事項: "
            + "、".join(RECORD_ITEM_LABEL[i][0] for i in items)
            + "。",
            ("A provision" if provider else "A receipt (confirm the provider's identity and how it acquired the data)")
            + " of personal data: make a record of "
            + "; ".join(RECORD_ITEM_LABEL[i][1] for i in items)
            + ".",
            f"{article}第1項" if provider else f"{article}第1項, 第3項",
            method_rule,
            items_rule,
        ),
        reason(
            f"記録の保存期間は{period_ja}です。",
            f"Keep the record for {period_en}.",
            f"{article}第2項" if provider else f"{article}第4項",
            period_rule,
        ),
    ]
    if v.rule("records.disclosable"):
        reasons.append(
            reason(
                "この記録(第三者提供記録)は本人の開示請求の対象です。",
                "The record (a third-party provision record) is subject to the person's disclosure request.",
                f"{ACT}第33条第5項",
            )
        )
    return answer(True, reasons, confirmations=confirmations, items=items, retention_years=years, retention_from=start)


def _exemption(facts: ProvisionRecordFacts, v, article: str) -> Reason | None:  # noqa: ANN001
    if facts.counterpart_public_body:
        return reason(
            "相手方が国の機関・地方公共団体・独立行政法人等・地方独立行政法人であるため、記録義務はかかりません。",
            "The counterpart is a state organ, local government or (local) incorporated administrative agency: no "
            "record is needed.",
            article,
            cite(v, "public_bodies"),
        )
    if facts.basis == "exception":
        return reason(
            "第27条第1項各号(法令に基づく場合等)による提供であるため、記録義務はかかりません。".replace(
                "第27条第1項", v.rule("article.provision")
            ),
            "Provision under an exception of the consent rule (required by law etc.): no record is needed.",
            f"{article}第1項ただし書",
            cite(v, "provision"),
        )
    if facts.basis in ("outsourcing", "succession", "joint_use"):
        if facts.foreign_consent_route:
            return None  # 第28条第1項による提供: only the exceptions exempt
        return reason(
            "委託・事業承継・共同利用に伴う提供で、提供先は第三者に当たらないため、記録義務はかかりません。",
            "Outsourcing, succession or joint use: the counterpart is not a third party and no record is needed.",
            f"{article}第1項ただし書",
            cite(v, "not_third_party"),
        )
    if facts.interpretive != "none":
        ja, en = INTERPRETIVE_LABEL[facts.interpretive]
        return reason(
            f"{ja}は、記録義務の趣旨に照らし記録を要しないとされています(ガイドライン上の解釈)。",
            f"{en[0].upper()}{en[1:]}: by the guidelines' reading, no record is needed.",
            article,
            "個人情報保護法ガイドライン(確認記録義務編)2-2",
        )
    return None
