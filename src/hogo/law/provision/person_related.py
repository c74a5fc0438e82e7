"""個人関連情報の第三者提供 (第31条, from 2022-04-01).

Data that is not personal data for the provider (cookies, browsing history, device ids …) but that the
recipient is expected to acquire as personal data (e.g. by joining it to its member ids) may be provided
only after confirming that the recipient obtained the person's consent to acquire it — and, for a recipient
abroad, that the person was given the information on the foreign system. The confirmation is recorded
(第31条第3項, 第30条第3項・第4項 準用). Before 2022 the Act judged provision by the provider's view only
(提供元基準): no consent rule applied.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field

from hogo.law.core import Decision, FactsError, LawVersionRef, reason
from hogo.law.provision._common import ExceptionCode, ExceptionFacts, cite, find_exception
from hogo.law.registry import judgement
from hogo.law.versions import version_at


class PersonRelatedFacts(ExceptionFacts):
    recipient_expected_to_identify: bool = Field(
        description="提供先が個人データとして取得することが想定される (ID連携・突合の予定など)"
    )
    consent_confirmed: bool = Field(default=False, description="提供先が本人の同意を得ていることを確認した")
    recipient_abroad: bool = Field(default=False, description="提供先が外国にある第三者")
    recipient_country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$", description="提供先の国 (ISO 3166-1)")
    recipient_equivalent_system: bool = Field(default=False, description="提供先が基準適合体制を整備している")
    foreign_information_confirmed: bool = Field(
        default=False, description="外国の制度等の情報が本人に提供されていることを確認した"
    )


class PersonRelatedDecision(Decision):
    outcome: Literal["allow", "forbid"]
    consent_confirmation_required: bool = Field(description="本人同意の確認が必要")
    exception: ExceptionCode | None
    required_actions: list[str]
    record_retention_years: int | None = Field(description="確認記録の保存期間 (年)")


@judgement(
    "person-related-provision",
    PersonRelatedFacts,
    PersonRelatedDecision,
    summary_ja="個人関連情報を第三者に提供してよいか(提供先での本人同意の確認)",
    summary_en="May person-related information (個人関連情報) be provided; the recipient-consent confirmation",
)
def judge_person_related(facts: PersonRelatedFacts, as_of: dt.date) -> PersonRelatedDecision:
    if facts.recipient_country not in (None, "JP") and not facts.recipient_abroad:
        raise FactsError("recipient_abroad", "must be true when recipient_country names a foreign country")
    v = version_at("appi", as_of)

    def answer(outcome: Literal["allow", "forbid"], reasons, *, confirm=False, exception=None, actions=(), years=None):  # noqa: ANN001, ANN202
        return PersonRelatedDecision(
            as_of=as_of,
            law_version=LawVersionRef.of(v),
            reasons=reasons,
            outcome=outcome,
            consent_confirmation_required=confirm,
            exception=exception,
            required_actions=list(actions),
            record_retention_years=years,
        )

    if v.rule("article.person_related_provision") is None:
        return answer(
            "allow",
            [
                reason(
                    "この時点の法には個人関連情報の規律がなく、提供元にとって個人データに当たらない情報の提供には第三者提供の制限が"
                    "かかりません(令和2年改正により2022年4月1日から)。",
                    "At this date the Act had no rule on person-related information: data that is not personal data "
                    "for the provider was outside the provision rule (from 2022-04-01).",
                    cite(v, "provision"),
                )
            ],
        )
    article = cite(v, "person_related_provision")
    if not facts.recipient_expected_to_identify:
        return answer(
            "allow",
            [
                reason(
                    "提供先が個人データとして取得することが想定されないため、本人同意の確認は不要です。",
                    "The recipient is not expected to acquire the data as personal data, so no consent confirmation is "
                    "needed.",
                    f"{article}第1項",
                )
            ],
        )
    exception = find_exception(facts, v)
    if exception.code is not None:
        return answer(
            "allow",
            [*exception.reasons],
            exception=exception.code,
            actions=exception.actions,
        )
    reasons = list(exception.reasons)
    actions: list[str] = []
    since, countries = v.rule("foreign.designation")
    foreign_check = (
        facts.recipient_abroad
        and not facts.recipient_equivalent_system
        and not (facts.recipient_country in countries and as_of >= since)
    )
    ok = facts.consent_confirmed and (facts.foreign_information_confirmed or not foreign_check)
    if not facts.consent_confirmed:
        actions.append("confirm_recipient_consent")
    if foreign_check and not facts.foreign_information_confirmed:
        actions.append("confirm_foreign_information")
    reasons.append(
        reason(
            "提供先が個人関連情報を個人データとして取得することが想定されるため、提供先が本人の同意を得ていること"
            + ("、及び外国の制度等の情報が本人に提供されていること" if foreign_check else "")
            + "を、あらかじめ確認しなければ提供できません。"
            + ("確認済みのため提供できます。" if ok else "確認がないため提供できません。"),
            "The recipient is expected to acquire the data as personal data: before providing it, confirm that the "
            "recipient obtained the person's consent"
            + (" and that the person received the information on the foreign system" if foreign_check else "")
            + (". Confirmed, so it may be provided." if ok else ". Not confirmed, so it may not be provided."),
            f"{article}第1項",
        )
    )
    if ok:
        actions.append("record_confirmation")
        reasons.append(
            reason(
                "確認した事項(提供先、個人関連情報の項目、本人の同意が得られている旨など)を記録し、原則3年間保存します"
                "(保存期間は施行規則による; general knowledge)。",
                "Record the confirmation (recipient, items, that consent was obtained, etc.) and keep it, as a rule, "
                "for 3 years (period under the Enforcement Rules; general knowledge).",
                f"{article}第3項",
            )
        )
        return answer("allow", reasons, confirm=True, actions=actions, years=3)
    return answer("forbid", reasons, confirm=True, actions=actions)
