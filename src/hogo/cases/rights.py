"""開示等の請求 — rights requests, their decision, and the content of the response letter.

Kinds (``RequestKind``) and the articles of the 個人情報保護法 they rest on:

==========================  =========================  =========================================
kind                        Japanese                   request / result notice
==========================  =========================  =========================================
``disclosure``              開示                       第33条第1項 / 第33条第3項
``correction``              訂正                       第34条第1項 / 第34条第3項
``addition``                追加                       第34条第1項 / 第34条第3項
``deletion``                削除                       第34条第1項 / 第34条第3項
``suspension``              利用停止                   第35条第1項・第5項 / 第35条第7項
``erasure``                 消去                       第35条第1項・第5項 / 第35条第7項
``stop_provision``          第三者提供の停止           第35条第3項・第5項 / 第35条第7項
``purpose_notice``          利用目的の通知             第32条第2項 / 第32条第3項
``record_disclosure``       第三者提供記録の開示       第33条第5項 / 第33条第5項において準用する第3項
==========================  =========================  =========================================

When a measure is refused in whole or part, or a different one is taken, the letter explains the
reason (第36条); fees may be charged for 利用目的の通知 and 開示 only (第38条第1項), within actual
cost (第38条第2項). :func:`check` refuses a decision that the letter could not lawfully carry,
naming the field (:class:`~hogo.law.core.FactsError`).
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from hogo.cases.common import CaseModel, Entry, Organization
from hogo.cases.deadlines import ResponseTarget, response_due
from hogo.cases.rights_law import (
    DISCLOSURE_KINDS,
    FEE_KINDS,
    GROUNDS,
    KIND_EN,
    KIND_JA,
    METHOD_JA,
    OUTCOME_JA,
    REQUEST_CITATION,
    REQUESTER_JA,
    RESULT_CITATION,
    Method,
    Outcome,
    RefusalGround,
    RequesterType,
    RequestKind,
    ground_text,
)
from hogo.law.core import FactsError


class Requester(CaseModel):
    """Who asked (請求者): the person, a 法定代理人 (e.g. 親権者) or a 任意代理人."""

    type: RequesterType
    name: str = Field(min_length=1)
    postal_code: str | None = None
    address: str | None = None
    email: str | None = None
    relationship: str | None = Field(
        default=None, description="for an agent: e.g. 親権者, 成年後見人, 委任を受けた弁護士"
    )


class IdentityCheck(CaseModel):
    """本人確認: which documents were seen. Record the kind of document only, never its number or a copy."""

    verified: bool
    documents: list[str] = Field(default_factory=list, description="e.g. 運転免許証, マイナンバーカード(表面), 旅券")
    agent_documents: list[str] = Field(
        default_factory=list, description="代理権の確認: e.g. 戸籍謄本, 委任状(実印押印)及び印鑑登録証明書"
    )
    checked_on: dt.date | None = None


class RightsRequest(CaseModel):
    """A request received (受付)."""

    id: str = Field(min_length=1)
    kind: RequestKind
    received_on: dt.date
    requester: Requester
    person_name: str | None = Field(default=None, description="本人の氏名 when the requester is an agent")
    identity: IdentityCheck
    subject: str = Field(min_length=1, description="請求の対象 (e.g. 2024年度の成績に関する保有個人データ)")
    requested_method: Method | None = Field(default=None, description="開示: 書面 or 電磁的記録 (第33条第1項)")
    requested_change: str | None = Field(default=None, description="訂正等・利用停止等: what the person asked and why")


class Refusal(CaseModel):
    """A ground for not (fully) doing what was asked, with the reason explained (理由の説明, 第36条)."""

    ground: RefusalGround
    scope: str = Field(min_length=1, description="which part is refused (e.g. 面談記録のうち第三者の発言部分)")
    reason: str = Field(min_length=1, description="the concrete reason in plain Japanese")


class Fee(CaseModel):
    """手数料 (第38条): only for 開示 and 利用目的の通知, within actual cost."""

    amount_yen: int = Field(ge=0)
    payment: str = Field(min_length=1, description="how to pay (e.g. 郵便定額小為替, 銀行振込: 口座…)")
    due_on: dt.date | None = None


class RightsDecision(CaseModel):
    outcome: Outcome = Field(description="full: 全部; partial: 一部; none: 不実施")
    decided_on: dt.date
    refusals: list[Refusal] = Field(default_factory=list)
    method: Method | None = Field(default=None, description="開示: the method used")
    method_reason: str | None = Field(default=None, description="why not the requested method (第33条第2項括弧書)")
    delivery: str | None = Field(
        default=None, description="e.g. 本書に同封, 簡易書留で別送, パスワード付きファイルを電子メールで送付"
    )
    action_taken: str | None = Field(
        default=None, description="訂正等の内容 / 利用停止等の措置 / 通知する利用目的 (what was done)"
    )
    alternative_measure: str | None = Field(default=None, description="代わるべき措置 (第35条ただし書)")
    fee: Fee | None = None


class RightsCase(CaseModel):
    """One request with its decision: the input of ``hogo letter``."""

    organization: Organization
    request: RightsRequest
    decision: RightsDecision
    target: ResponseTarget = Field(default_factory=ResponseTarget, description="遅滞なく as a target (setting)")
    letter_date: dt.date | None = Field(default=None, description="date printed on the letter (default decided_on)")


def check(case: RightsCase) -> None:
    """Refuse a decision the letter could not lawfully carry; :class:`FactsError` names the field."""
    req, dec = case.request, case.decision
    if dec.decided_on < req.received_on:
        raise FactsError("decision.decided_on", "is before request.received_on")
    if case.letter_date and case.letter_date < dec.decided_on:
        raise FactsError("letter_date", "is before decision.decided_on")
    if req.requester.type != "principal":
        if not req.person_name:
            raise FactsError("request.person_name", "is required when the requester is an agent (代理人)")
        if req.identity.verified and not req.identity.agent_documents:
            raise FactsError("request.identity.agent_documents", "an agent's authority (代理権) must be checked")
    if req.identity.verified and not req.identity.documents:
        raise FactsError("request.identity.documents", "name the documents checked (本人確認書類)")
    if not req.identity.verified and dec.outcome != "none":
        raise FactsError("decision.outcome", "identity not verified: the request cannot be carried out")
    if req.requested_method and req.kind not in DISCLOSURE_KINDS:
        raise FactsError("request.requested_method", f"applies only to disclosure, not {req.kind!r}")
    if dec.outcome == "full" and dec.refusals:
        raise FactsError("decision.refusals", "must be empty when outcome is 'full'")
    if dec.outcome != "full" and not dec.refusals:
        raise FactsError("decision.refusals", f"outcome {dec.outcome!r} needs the ground and reason (第36条)")
    for n, refusal in enumerate(dec.refusals):
        if req.kind not in GROUNDS[refusal.ground][2]:
            raise FactsError(f"decision.refusals.{n}.ground", f"{refusal.ground!r} is not a ground for {req.kind!r}")
        if refusal.ground == "alternative_measure" and not dec.alternative_measure:
            raise FactsError("decision.alternative_measure", "describe the measure taken instead (代わるべき措置)")
    if dec.fee and req.kind not in FEE_KINDS:
        raise FactsError("decision.fee", f"no fee may be charged for {req.kind!r} (第38条第1項)")
    carried_out = dec.outcome != "none"
    if req.kind in DISCLOSURE_KINDS and carried_out:
        if dec.method is None:
            raise FactsError("decision.method", "say how the data is disclosed (書面 / 電磁的記録)")
        if req.requested_method and dec.method != req.requested_method and not dec.method_reason:
            raise FactsError("decision.method_reason", "the requested method is not used: say why (第33条第3項)")
    elif dec.method or dec.method_reason:
        raise FactsError("decision.method", "applies only to a disclosure that is carried out")
    if carried_out and req.kind not in DISCLOSURE_KINDS and not dec.action_taken:
        what = {"purpose_notice": "the purposes of use notified"}.get(req.kind, "what was done (訂正等の内容・措置)")
        raise FactsError("decision.action_taken", f"state {what} (結果の通知)")


class LetterSection(BaseModel):
    model_config = ConfigDict(frozen=True)

    heading: str
    entries: list[Entry] = Field(default_factory=list)
    paragraphs: list[str] = Field(default_factory=list)


class RightsLetter(BaseModel):
    """The response letter's content (JSON-able); rendered by :mod:`hogo.documents`."""

    model_config = ConfigDict(frozen=True)

    request_id: str
    kind: str
    title: str
    title_en: str
    date: dt.date
    addressee: list[str]
    sender: Organization
    intro: str
    sections: list[LetterSection]
    citations: list[str]
    response_due: dt.date = Field(description="the organisation's 遅滞なく target (not printed)")
    overdue: bool = Field(description="the decision came after the target")


def _decision_text(kind: str, outcome: str) -> str:
    what = KIND_JA[kind]
    if kind == "purpose_notice":
        return {
            "full": "利用目的を下記のとおり通知します。",
            "partial": "利用目的の一部を下記のとおり通知します。",
            "none": "利用目的を通知しないことと決定しました。",
        }[outcome]
    if kind in DISCLOSURE_KINDS:
        return {
            "full": "ご請求のあった保有個人データ(記録)の全部を開示します。",
            "partial": "ご請求のあった保有個人データ(記録)の一部を開示し、その余は開示しないことと決定しました。",
            "none": "ご請求のあった保有個人データ(記録)を開示しないことと決定しました。",
        }[outcome]
    return {
        "full": f"ご請求のとおり{what}を行いました。",
        "partial": f"ご請求のうち一部について{what}を行い、その余は行わないことと決定しました。",
        "none": f"{what}を行わないことと決定しました。",
    }[outcome]


def letter(case: RightsCase) -> RightsLetter:
    """The response letter for ``case`` (checked with :func:`check`)."""
    check(case)
    req, dec, e = case.request, case.decision, Entry
    kind_ja = KIND_JA[req.kind]
    who = req.requester
    addressee = [line for line in (f"〒{who.postal_code}" if who.postal_code else None, who.address) if line]
    addressee.append(f"{who.name} 様")
    if req.requester.type != "principal":
        addressee.append(f"({req.person_name} 様の{REQUESTER_JA[req.requester.type]})")
    ids = "、".join(req.identity.documents + req.identity.agent_documents) or "—"
    sections = [
        LetterSection(
            heading="ご請求の内容",
            entries=[
                e(label="受付日", label_en="Received on", value=req.received_on.isoformat()),
                e(label="請求の種類", label_en="Kind", value=kind_ja),
                e(label="請求の対象", label_en="Subject", value=req.subject),
                *(
                    [e(label="ご請求の内容", label_en="Requested", value=req.requested_change)]
                    if req.requested_change
                    else []
                ),
                e(label="請求者の区分", label_en="Requester", value=REQUESTER_JA[req.requester.type]),
                e(label="確認した書類", label_en="Documents checked", value=ids),
            ],
        ),
        LetterSection(
            heading="決定",
            entries=[
                e(label="決定の内容", label_en="Decision", value=OUTCOME_JA[dec.outcome]),
                e(label="決定日", label_en="Decided on", value=dec.decided_on.isoformat()),
                *(
                    [
                        e(
                            label="実施した内容" if req.kind != "purpose_notice" else "利用目的",
                            label_en="Done",
                            value=dec.action_taken,
                        )
                    ]
                    if dec.action_taken
                    else []
                ),
            ],
            paragraphs=[_decision_text(req.kind, dec.outcome)],
        ),
    ]
    if dec.refusals:
        entries = []
        for n, refusal in enumerate(dec.refusals, 1):
            text, cite = ground_text(refusal.ground, req.kind)
            entries += [
                e(label=f"対象({n})", label_en="Scope", value=refusal.scope),
                e(label=f"根拠({n})", label_en="Ground", value=f"{text}({cite})"),
                e(label=f"理由({n})", label_en="Reason", value=refusal.reason),
            ]
        heading = "全部を実施しない理由" if dec.outcome == "none" else "一部を実施しない理由"
        sections.append(LetterSection(heading=heading, entries=entries))
    if dec.alternative_measure:
        sections.append(LetterSection(heading="代わるべき措置", paragraphs=[dec.alternative_measure]))
    if req.kind in DISCLOSURE_KINDS and dec.method:
        entries = [
            e(
                label="ご請求の方法",
                label_en="Method requested",
                value=METHOD_JA[req.requested_method] if req.requested_method else "指定なし",
            ),
            e(label="開示の方法", label_en="Method used", value=METHOD_JA[dec.method]),
        ]
        if dec.method_reason:
            entries.append(
                e(
                    label="ご請求の方法によらない理由",
                    label_en="Why not as requested",
                    value=f"{dec.method_reason}(個人情報保護法第33条第2項・第3項)",
                )
            )
        if dec.delivery:
            entries.append(e(label="お渡しの方法", label_en="Delivery", value=dec.delivery))
        sections.append(LetterSection(heading="開示の方法", entries=entries))
    if req.kind in FEE_KINDS and dec.outcome != "none":
        if dec.fee:
            entries = [
                e(label="手数料", label_en="Fee", value=f"{dec.fee.amount_yen:,}円"),
                e(label="お支払方法", label_en="How to pay", value=dec.fee.payment),
            ]
            if dec.fee.due_on:
                entries.append(e(label="お支払期限", label_en="Pay by", value=dec.fee.due_on.isoformat()))
        else:
            entries = [e(label="手数料", label_en="Fee", value="無料")]
        sections.append(LetterSection(heading="手数料(個人情報保護法第38条)", entries=entries))
    if dec.outcome != "full":
        sections.append(
            LetterSection(
                heading="ご不明な点・ご不服がある場合",
                paragraphs=[
                    "この決定についてご不明な点やご意見がある場合は、下記の窓口までお問い合わせください。"
                    "当事業者が対象事業者となっている認定個人情報保護団体又は個人情報保護委員会の相談窓口に"
                    "ご相談いただくこともできます。"
                ],
            )
        )
    sections.append(LetterSection(heading="お問合せ先", paragraphs=case.organization.contact_lines()))
    due = response_due(req.received_on, case.target)
    citations = [REQUEST_CITATION[req.kind], RESULT_CITATION[req.kind]]
    if dec.refusals:
        citations += ["個人情報保護法第36条"] + [ground_text(r.ground, req.kind)[1] for r in dec.refusals]
    if dec.fee:
        citations.append("個人情報保護法第38条")
    return RightsLetter(
        request_id=req.id,
        kind=req.kind,
        title=f"{kind_ja}の{'求め' if req.kind == 'purpose_notice' else '請求'}に対する回答について",
        title_en=f"Response to the request for {KIND_EN[req.kind]}",
        date=case.letter_date or dec.decided_on,
        addressee=addressee,
        sender=case.organization,
        intro=f"{req.received_on.year}年{req.received_on.month}月{req.received_on.day}日に受け付けました"
        f"{kind_ja}の{'求め' if req.kind == 'purpose_notice' else '請求'}について、下記のとおり回答いたします。",
        sections=sections,
        citations=list(dict.fromkeys(citations)),
        response_due=due,
        overdue=dec.decided_on > due,
    )
