"""漏えい等報告 — is a leak, loss or damage reportable, to whom, and by when?

Two regimes (``regime``):

* ``appi`` — 個人データ under the 個人情報保護法. From 2022-04-01 a report to the 個人情報保護委員会
  and notice to the persons are mandatory (法第26条) for the events of 施行規則第7条: 要配慮個人情報
  (第1号), 財産的被害のおそれ (第2号), 不正の目的 (第3号; from 2024-04-01 also personal
  information being acquired), more than 1,000 persons (第4号). 行政機関等 follow 法第68条 and
  施行規則第43条 (more than 100 persons). Before 2022-04-01 reporting was an effort duty
  (平成29年個人情報保護委員会告示第1号, from 2017-05-30) or, before that, a matter of the
  ministers' sector guidelines (report to the 主務大臣, 努力義務).
* ``mynumber`` — 特定個人情報 under 番号法第29条の4 and its rule (規則第2条 heads (1)–(4), more
  than 100 persons); before 2022-04-01 the 重大な事態 report of the 2015 rule, without a
  statutory notice to persons.

Common rules: data protected by 高度な暗号化その他の措置 is not reportable; a suspected event
(おそれ) counts like a confirmed one; the law version applied is the one in force on
``known_on`` (the duty arises when the organisation knows; amendments are not retroactive).

Deadlines (see :mod:`hogo.law.calendar`): the 確報 is due on day 30, or day 60 when 不正の目的
is a ground, counting the day of knowing as day 1, moved past Saturdays, Sundays, national
holidays and 12/29–1/3. The 速報 is due 速やかに; the guidelines put it at "about 3–5 days".
``preliminary_report_due`` is day 5 of that window and is **not** moved past closed days: it is
a guideline for "promptly", not a statutory period, and the PPC's online form is open every day
(see docs/open-questions.md, "Breach").
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field

from hogo.law import calendar
from hogo.law.core import Decision, Facts, FactsError, LawVersionRef, NonNegativeInt, Reason, reason
from hogo.law.registry import judgement
from hogo.law.versions import Law, LawNotInForceError, LawVersion, version_at

Regime = Literal["appi", "mynumber"]
Event = Literal["leak", "loss", "damage", "other_violation"]
Organization = Literal["business", "administrative", "local_government"]
Duty = Literal["mandatory", "guideline", "effort", "none"]
Ground = Literal[
    "sensitive",
    "financial_harm",
    "wrongful_purpose",
    "over_1000",
    "over_100",
    "network_system",
    "public_exposure",
]

EVENT_JA = {"leak": "漏えい", "loss": "滅失", "damage": "毀損", "other_violation": "漏えい等以外の法違反"}
EVENT_EN = {"leak": "leak", "loss": "loss", "damage": "damage", "other_violation": "other violation"}

GROUND_JA: dict[str, str] = {
    "sensitive": "要配慮個人情報が含まれる",
    "financial_harm": "不正に利用されることにより財産的被害が生じるおそれがある",
    "wrongful_purpose": "不正の目的をもって行われたおそれがある",
    "over_1000": "本人の数が1,000人を超える",
    "over_100": "本人の数が100人を超える",
    "network_system": "情報提供ネットワークシステム、個人番号利用事務の情報システム又は行政機関等の個人番号関係事務の情報システムの特定個人情報である",
    "public_exposure": "電磁的方法により不特定多数の者に閲覧された(閲覧されるおそれがある)",
}
GROUND_EN: dict[str, str] = {
    "sensitive": "special-care-required personal information (要配慮個人情報) is involved",
    "financial_harm": "misuse may cause property damage (財産的被害)",
    "wrongful_purpose": "it may have been done with a wrongful purpose (不正の目的)",
    "over_1000": "more than 1,000 persons are affected",
    "over_100": "more than 100 persons are affected",
    "network_system": "the data is in the information-provision network, a My Number utilisation system, or a "
    "public body's My Number related-affairs system",
    "public_exposure": "it was (or may have been) viewable electronically by an unspecified large number of people",
}

MYNUMBER_ONLY = ("network_system", "public_exposure", "unlawful_use_or_provision", "relation_affairs_system")
APPI_ONLY = ("acquiring",)


class BreachFacts(Facts):
    """Facts of a 漏えい等事案 (see ``../shared/spec/interfaces.md``, ``hogo judge breach``)."""

    regime: Regime = Field(default="appi", description="appi: 個人情報保護法 (個人データ); mynumber: 番号法 (特定個人情報)")
    known_on: dt.date = Field(description="知った日: the day any part of the organisation first knew (day 1)")
    event: Event = Field(
        default="leak",
        description="漏えい / 滅失 / 毀損, or other_violation: 漏えい等ではない法違反 (e.g. 番号法第9条違反の利用)",
    )
    suspected: bool = Field(default=False, description="おそれ: only possible, not confirmed (counts the same)")
    persons: NonNegativeInt = Field(default=0, description="本人の数; when unknown, the largest possible number")
    sensitive: bool = Field(default=False, description="要配慮個人情報を含む (appi)")
    financial_harm_risk: bool = Field(default=False, description="財産的被害が生じるおそれ (appi)")
    wrongful_purpose: bool = Field(default=False, description="不正の目的をもって行われたおそれ")
    protected: bool = Field(default=False, description="高度な暗号化その他の必要な措置を講じたデータ")
    network_system: bool = Field(
        default=False, description="mynumber: 情報提供ネットワークシステム又は個人番号利用事務の情報システム (規則第2条第1号イ・ロ)"
    )
    public_exposure: bool = Field(default=False, description="mynumber: 電磁的方法により不特定多数の者に閲覧 (規則第2条第3号)")
    unlawful_use_or_provision: bool = Field(
        default=False, description="mynumber: 番号法第9条違反の利用又は第19条違反の提供 (規則第2条第2号ロ・ハ, 第4号ロ・ハ)"
    )
    # ---- additions to the interfaces.md contract -------------------------------------
    organization: Organization = Field(
        default="business",
        description="business: 個人情報取扱事業者/個人番号関係事務実施者等; administrative: 国の行政機関・独立行政法人等; "
        "local_government: 地方公共団体の機関・地方独立行政法人",
    )
    acquiring: bool = Field(
        default=False,
        description="appi: 取得し又は取得しようとしている個人情報 (個人データとして取り扱う予定) — e.g. web skimming",
    )
    relation_affairs_system: bool = Field(
        default=False,
        description="mynumber: 個人番号関係事務の情報システム (e.g. payroll); a head only for public bodies and their "
        "contractors (規則第2条第1号ハ)",
    )
    public_body_contractor: bool = Field(
        default=False, description="mynumber: the business does the 個人番号関係事務 as a contractor of a public body"
    )
    retrieved_before_viewed: bool = Field(
        default=False, description="leak: all copies retrieved before any third party viewed them → not a 漏えい"
    )
    copy_exists: bool = Field(
        default=False, description="loss/damage: identical data kept elsewhere (backup) → not a 滅失/毀損"
    )
    threshold_crossed_on: dt.date | None = Field(
        default=None,
        description="the day the number of persons first exceeded the threshold, when later than known_on",
    )
    contractor_notified_entruster: bool = Field(
        default=False, description="委託先 that notified the 委託元 (which bears the duty) of the known items"
    )
    notice_difficult: bool = Field(
        default=False, description="本人への通知が困難 (no or outdated contact details) → 代替措置"
    )
    notice_would_expand_harm: bool = Field(
        default=False, description="notice now would expand the harm (e.g. takedown pending) → may be deferred"
    )
    non_disclosable: bool = Field(
        default=False, description="administrative: the data contains 不開示情報 (個人情報保護法第78条第1項各号)"
    )


class BreachDecision(Decision):
    regime: Regime
    known_on: dt.date
    incident: bool = Field(description="漏えい等 (or, mynumber, unlawful use/provision) occurred or may have")
    reportable: bool = Field(description="this organisation must report to the 個人情報保護委員会 (法令上の義務)")
    grounds: list[Ground] = Field(description="報告対象事態 heads that make the report mandatory; empty when not reportable")
    event_grounds: list[Ground] = Field(
        description="heads the event falls under, even when this organisation is exempt (contractor)"
    )
    duty: Duty = Field(description="mandatory (statute) | guideline | effort (努力義務) | none")
    report_to: Literal["ppc", "minister"] | None = Field(
        description="ppc: 個人情報保護委員会; minister: 主務大臣 (pre-2017 sector guidelines)"
    )
    notify_individuals: bool = Field(description="本人への通知 is mandatory")
    notice_alternative_allowed: bool = Field(description="代替措置 (公表・問合せ窓口) may replace notice")
    notice_deferral_allowed: bool = Field(description="notice may wait while it would expand the harm")
    clock_starts_on: dt.date | None = Field(description="day 1 of the report periods")
    preliminary_report_window: tuple[dt.date, dt.date] | None = Field(description="速報: days 3–5 (guideline)")
    preliminary_report_due: dt.date | None = Field(description="latest day of the 速報 window (not rolled)")
    final_report_days: int | None = Field(description="30, or 60 when wrongful_purpose is a ground")
    final_report_due: dt.date | None = Field(description="確報 deadline, moved past closed days")
    final_report_overdue: bool = Field(description="as_of is after final_report_due")
    entruster_notice_due: dt.date | None = Field(description="exempt contractor: latest day of the notice window")


def _check_fields(facts: BreachFacts, as_of: dt.date) -> None:
    """Facts that are well-typed but do not fit together → :class:`FactsError`."""
    if as_of < facts.known_on:
        raise FactsError("as_of", f"{as_of.isoformat()} is before known_on {facts.known_on.isoformat()}")
    wrong_regime = MYNUMBER_ONLY if facts.regime == "appi" else APPI_ONLY
    for name in wrong_regime:
        if getattr(facts, name):
            other = "mynumber" if facts.regime == "appi" else "appi"
            raise FactsError(name, f"applies only to regime {other!r}, not {facts.regime!r}")
    if facts.retrieved_before_viewed and facts.event != "leak":
        raise FactsError("retrieved_before_viewed", "applies only to event 'leak'")
    if facts.copy_exists and facts.event not in ("loss", "damage"):
        raise FactsError("copy_exists", "applies only to event 'loss' or 'damage'")
    if facts.non_disclosable and facts.organization == "business":
        raise FactsError("non_disclosable", "applies only to organization 'administrative' or 'local_government'")
    if facts.public_body_contractor and facts.organization != "business":
        raise FactsError("public_body_contractor", "applies only to organization 'business'")
    crossed = facts.threshold_crossed_on
    if crossed is not None:
        if crossed < facts.known_on:
            raise FactsError("threshold_crossed_on", "is before known_on")
        if crossed > as_of:
            raise FactsError("threshold_crossed_on", f"is after as_of {as_of.isoformat()}")


def governing_version(facts: BreachFacts) -> LawVersion:
    """The version in force on ``known_on`` (the duty arises when the organisation knows)."""
    law: Law = facts.regime
    try:
        version = version_at(law, facts.known_on)
    except LawNotInForceError as exc:
        raise FactsError("known_on", str(exc)) from None
    if law == "appi" and facts.organization != "business":
        key = "breach.administrative_covered" if facts.organization == "administrative" else "breach.local_government_covered"
        if not version.rule(key):
            raise FactsError(
                "organization",
                f"{facts.organization} bodies were not under the APPI on {facts.known_on.isoformat()} "
                "(国の行政機関等 from 2022-04-01, 地方公共団体等 from 2023-04-01); hogo does not judge the earlier laws",
            )
    return version


def citation_for(version: LawVersion, key: str, facts: BreachFacts) -> str:
    """A citation parameter, using the 行政機関等 variant for public bodies under the APPI."""
    if facts.regime == "appi" and facts.organization != "business":
        return version.rule(f"breach.administrative_{key}") or ""
    return version.rule(f"breach.{key}") or ""


def head_citation(version: LawVersion, facts: BreachFacts, ground: str) -> str:
    """The rule and 号 that name ``ground``, e.g. ``施行規則第7条第4号``."""
    items = dict(version.rule("breach.head_items") or ())
    return f"{citation_for(version, 'rule_citation', facts)}{items.get(ground, '')}"


def persons_threshold(version: LawVersion, facts: BreachFacts) -> tuple[int | None, Ground]:
    """The persons count above which the event is reportable, and the ground it gives."""
    if facts.regime == "appi" and facts.organization != "business":
        return version.rule("breach.administrative_persons_threshold"), "over_100"
    threshold = version.rule("breach.persons_threshold")
    return threshold, "over_1000" if facts.regime == "appi" else "over_100"


def _incident(facts: BreachFacts, reasons: list[Reason], citation: str) -> tuple[bool, bool]:
    """(a 漏えい等 occurred or may have, an unlawful use/provision occurred or may have)."""
    kind = EVENT_JA[facts.event]
    leak_etc = facts.event in ("leak", "loss", "damage")
    if facts.retrieved_before_viewed:
        leak_etc = False
        reasons.append(
            reason(
                "第三者に閲覧される前に全てを回収したため、漏えいに該当しません。",
                "All copies were retrieved before any third party viewed them: not a leak.",
                citation,
            )
        )
    if facts.copy_exists:
        leak_etc = False
        reasons.append(
            reason(
                f"同じ内容のデータが他に保管されているため、{kind}に該当しません。",
                f"Identical data is kept elsewhere: not a {EVENT_EN[facts.event]}.",
                citation,
            )
        )
    misuse = facts.regime == "mynumber" and facts.unlawful_use_or_provision
    if leak_etc and facts.suspected:
        reasons.append(
            reason(
                f"{kind}のおそれがある事態も、{kind}が発生した事態と同様に扱います。",
                f"A suspected {EVENT_EN[facts.event]} (おそれ) counts as if it had occurred.",
                citation,
            )
        )
    return leak_etc, misuse


def _heads(
    facts: BreachFacts, version: LawVersion, leak_etc: bool, misuse: bool, reasons: list[Reason]
) -> list[Ground]:
    """The 報告対象事態 heads that the facts meet (before the contractor exemption)."""
    heads: list[Ground] = []
    data_counts = leak_etc and not facts.protected
    if leak_etc and facts.protected:
        reasons.append(
            reason(
                "高度な暗号化その他の個人の権利利益を保護するために必要な措置を講じたデータのため、"
                "漏えい等は報告対象事態に当たりません。",
                "The data was protected by advanced encryption or equivalent measures: the leak etc. is not a "
                "reportable event.",
                citation_for(version, "rule_citation", facts),
            )
        )
    threshold, over = persons_threshold(version, facts)
    if facts.regime == "appi":
        if facts.acquiring:
            if not version.rule("breach.wrongful_covers_acquiring"):
                reasons.append(
                    reason(
                        "取得中の個人情報(まだ個人データではない)の漏えい等は、当時の施行規則第7条の対象外でした"
                        "(2024年4月1日から第3号の対象)。",
                        "Personal information still being acquired (not yet personal data) was outside the "
                        "Enforcement Rules Art. 7 at the time (covered by item 3 from 2024-04-01).",
                        citation_for(version, "rule_citation", facts),
                    )
                )
                return []
            candidates = [("wrongful_purpose", facts.wrongful_purpose and data_counts)]
        else:
            candidates = [
                ("sensitive", facts.sensitive and data_counts),
                ("financial_harm", facts.financial_harm_risk and data_counts),
                ("wrongful_purpose", facts.wrongful_purpose and data_counts),
                (over, threshold is not None and facts.persons > threshold and data_counts),
            ]
    else:
        system = facts.network_system or (
            facts.relation_affairs_system and (facts.organization != "business" or facts.public_body_contractor)
        )
        candidates = [
            ("network_system", system and data_counts),
            ("wrongful_purpose", facts.wrongful_purpose and (data_counts or misuse)),
            ("public_exposure", facts.public_exposure and data_counts),
            (over, threshold is not None and facts.persons > threshold and (data_counts or misuse)),
        ]
        if facts.relation_affairs_system and not system:
            reasons.append(
                reason(
                    "事業者の個人番号関係事務の情報システム(給与システム等)は規則第2条第1号の対象外です"
                    "(第1号ハは行政機関等及びその委託先のシステムに限る)。",
                    "A business's My Number related-affairs system (e.g. payroll) is not under head (1); head (1)ハ "
                    "covers only public bodies' systems and their contractors.",
                    head_citation(version, facts, "network_system"),
                )
            )
        if facts.sensitive or facts.financial_harm_risk:
            reasons.append(
                reason(
                    "要配慮個人情報・財産的被害は番号法の報告対象事態の区分ではありません。個人データとしての"
                    "報告義務(個人情報保護法第26条)は regime \"appi\" で別に判断してください。",
                    "Sensitive data and property-damage risk are not heads under the My Number rule; judge the "
                    "parallel APPI duty separately with regime \"appi\".",
                    "個人情報保護法第26条; 番号法第29条の4",
                )
            )
    heads = [ground for ground, applies in candidates if applies]
    for ground in heads:
        ja, en = GROUND_JA[ground], GROUND_EN[ground]
        if ground == "wrongful_purpose" and misuse:
            ja, en = "不正の目的をもって利用・提供され又は漏えい等が行われたおそれがある", "it may have been a wrongful use, provision or leak"
        if ground == over:
            ja += f"({facts.persons:,}人)"
            en += f" ({facts.persons:,})"
        reasons.append(
            reason(
                f"報告対象事態に該当します: {ja}。",
                f"A reportable event: {en}.",
                head_citation(version, facts, ground),
            )
        )
    return heads


def _clock_start(facts: BreachFacts, heads: list[Ground], over: Ground, reasons: list[Reason], cite: str) -> dt.date:
    crossed = facts.threshold_crossed_on
    if crossed is None or crossed == facts.known_on:
        return facts.known_on
    if heads == [over]:
        reasons.append(
            reason(
                f"当初は報告対象事態に当たらず、本人の数が基準を超えた{crossed.isoformat()}に報告対象事態に"
                "該当したため、同日を知った日(1日目)として期限を計算します。",
                f"The event became reportable only when the count exceeded the threshold on {crossed.isoformat()}; "
                "that day is day 1.",
                cite,
            )
        )
        return crossed
    return facts.known_on


def _deadlines(
    facts: BreachFacts, version: LawVersion, heads: list[Ground], start: dt.date, as_of: dt.date, reasons: list[Reason]
) -> dict[str, object]:
    out: dict[str, object] = {
        "clock_starts_on": start,
        "preliminary_report_window": None,
        "preliminary_report_due": None,
        "final_report_days": None,
        "final_report_due": None,
        "final_report_overdue": False,
    }
    window = version.rule("breach.preliminary_days")
    days = version.rule("breach.final_days_wrongful" if "wrongful_purpose" in heads else "breach.final_days")
    cite = citation_for(version, "deadline_citation", facts)
    if window is None or days is None:
        reasons.append(
            reason(
                f"当時({version.id})の規則には確報の日数の定めがなく、速やかに報告するものとされていました。",
                f"The rules then in force ({version.id}) set no day count; the report was due promptly.",
                citation_for(version, "rule_citation", facts) or version.rule("breach.report_citation"),
            )
        )
        return out
    first, last = (calendar.nth_day(start, n) for n in window)
    due = calendar.deadline(start, days)
    nominal = calendar.nth_day(start, days)
    out.update(
        preliminary_report_window=(first, last),
        preliminary_report_due=last,
        final_report_days=days,
        final_report_due=due,
        final_report_overdue=as_of > due,
    )
    reasons.append(
        reason(
            f"速報は知った後速やかに(目安として概ね{window[0]}〜{window[1]}日以内、{first.isoformat()}〜"
            f"{last.isoformat()})。目安であり法定期間ではないため、休日による繰延べはしていません。",
            f"Preliminary report promptly (guideline: about {window[0]}–{window[1]} days, {first.isoformat()} to "
            f"{last.isoformat()}); a guideline, not a statutory period, so not moved past closed days.",
            f"{cite}第1項",
        )
    )
    why = "不正の目的によるおそれがあるため60日" if "wrongful_purpose" in heads else f"{days}日"
    moved = ""
    moved_en = ""
    if due != nominal:
        moved = f"{days}日目の{nominal.isoformat()}は{calendar.closed_reason(nominal)}のため、翌開庁日に繰り延べます。"
        moved_en = f" Day {days} ({nominal.isoformat()}) is a closed day, so it moves to the next open day."
    reasons.append(
        reason(
            f"確報の期限は、知った日({start.isoformat()})を1日目として{why}以内: {due.isoformat()}。{moved}",
            f"Final report within {days} days counting {start.isoformat()} as day 1: {due.isoformat()}.{moved_en}",
            f"{cite}第2項",
            calendar.CLOSED_DAYS_CITATION if due != nominal else "",
        )
    )
    if as_of > due:
        reasons.append(
            reason(
                f"{as_of.isoformat()}時点で確報の期限({due.isoformat()})を過ぎています。直ちに報告してください。",
                f"As of {as_of.isoformat()} the final-report deadline ({due.isoformat()}) has passed: report now.",
                f"{cite}第2項",
            )
        )
    return out


def _notice(facts: BreachFacts, version: LawVersion, reasons: list[Reason]) -> tuple[bool, bool, bool]:
    """(notice mandatory, alternative allowed, deferral allowed) for a reportable event."""
    cite = citation_for(version, "notice_citation", facts)
    if not version.rule("breach.notify_individuals"):
        reasons.append(
            reason(
                f"当時({version.id})は本人への通知の法令上の義務はありませんでした。",
                f"There was no statutory duty to notify the persons then ({version.id}).",
                version.rule("breach.report_citation"),
            )
        )
        return False, False, False
    if facts.regime == "appi" and facts.organization != "business" and facts.non_disclosable:
        reasons.append(
            reason(
                "保有個人情報に不開示情報が含まれるため、本人への通知は要しません(委員会への報告は必要)。",
                "The data contains non-disclosable information: no notice to the persons (the report is still due).",
                "個人情報保護法第68条第2項第2号",
            )
        )
        return False, False, False
    if facts.regime == "mynumber" and facts.non_disclosable:
        reasons.append(
            reason(
                "番号法第29条の4第2項には不開示情報による通知の例外がないため、本人への通知は必要と判断します。",
                "The My Number Act Art. 29-4(2) has no non-disclosable-information exception: notice is due.",
                "番号法第29条の4第2項",
            )
        )
    reasons.append(
        reason(
            "本人に対し、事態の状況に応じて速やかに、概要・項目・原因・二次被害のおそれ・その他参考となる事項を"
            "通知しなければなりません。",
            "The persons must be notified promptly, as the situation allows, of the outline, data items, cause, "
            "secondary-damage risk and other useful matters.",
            cite,
        )
    )
    if facts.notice_difficult:
        reasons.append(
            reason(
                "本人への通知が困難なため、代替措置(事案の公表、問合せ窓口の設置と連絡先の公表)によることができます。",
                "Notice is difficult: an alternative measure (public announcement, or a published inquiry desk) "
                "may be taken instead.",
                f"{cite.split(';')[0]}ただし書",
            )
        )
    if facts.notice_would_expand_harm:
        reasons.append(
            reason(
                "通知により被害が拡大するおそれがある間(掲示板からの削除依頼中等)は通知を見合わせることができますが、"
                "そのおそれがなくなり次第、速やかに通知しなければなりません。",
                "Notice may wait while it would expand the harm (e.g. takedown pending) but must follow promptly "
                "once that risk has passed.",
                cite,
            )
        )
    return True, facts.notice_difficult, facts.notice_would_expand_harm


def _non_mandatory_duty(
    facts: BreachFacts, version: LawVersion, incident: bool, reasons: list[Reason]
) -> Duty:
    """The duty for an incident that is not a 報告対象事態, or any incident before mandatory reporting."""
    mandatory_regime = version.rule("breach.duty") == "mandatory"
    report_cite = version.rule("breach.report_citation")
    if not mandatory_regime:
        relevant = incident or (facts.event == "other_violation" and version.rule("breach.authority") == "minister")
        if not relevant:
            reasons.append(
                reason(
                    "漏えい等に当たらないため、報告の対象ではありません。",
                    "Not a leak, loss or damage: nothing to report.",
                    report_cite,
                )
            )
            return "none"
        if facts.protected and incident:
            reasons.append(
                reason(
                    "高度な暗号化等により実質的に外部に漏えいしていないと判断される場合は、報告を要しないとされていました。",
                    "Data protected by advanced encryption was considered not substantively leaked: no report expected.",
                    report_cite,
                )
            )
            return "none"
        duty: Duty = version.rule("breach.duty")
        if version.rule("breach.authority") == "minister":
            reasons.append(
                reason(
                    f"{facts.known_on.isoformat()}当時、漏えい等の報告は法律上の義務ではなく、{version.rule('breach.basis')}"
                    "により、事実関係及び再発防止策を主務大臣(認定個人情報保護団体の対象事業者は当該団体にも)へ速やかに"
                    "報告するよう努めるもの(努力義務)でした。事実調査・原因究明、影響範囲の特定、再発防止策、"
                    "(安全管理措置違反では特に)本人への連絡・公表は望ましいとされていました。",
                    f"On {facts.known_on.isoformat()} reporting was not a legal duty: under {version.rule('breach.basis_en')} "
                    "the business was to endeavour to report to the competent minister (effort duty); investigation, "
                    "scope, prevention and (for security violations especially) contacting the persons and "
                    "publication were recommended.",
                    report_cite,
                )
            )
        else:
            reasons.append(
                reason(
                    f"{facts.known_on.isoformat()}当時、漏えい等の報告は義務ではなく、{version.rule('breach.basis')}"
                    "に基づき個人情報保護委員会等へ速やかに報告するよう努めるもの(努力義務)でした。本人への連絡・公表は"
                    "事案に応じて望ましいとされていました。義務化は2022年4月1日からで、遡って適用されません。",
                    f"On {facts.known_on.isoformat()} reporting was not mandatory: under "
                    f"{version.rule('breach.basis_en')} the business was to endeavour to report to the Commission "
                    "(effort duty, 努力義務). Mandatory reporting began on 2022-04-01 and is not retroactive.",
                    report_cite,
                )
            )
        return duty
    if not incident:
        reasons.append(
            reason(
                "漏えい等(又は番号法違反の利用・提供)に当たらないため、報告の対象ではありません。",
                "No leak, loss or damage (or unlawful use/provision): nothing to report.",
                citation_for(version, "report_citation", facts),
            )
        )
        return "none"
    key = "breach.nonreportable_duty" if facts.organization == "business" else "breach.nonreportable_duty_administrative"
    duty = version.rule(key)
    if facts.protected:
        duty = "none"
    cite = version.rule("breach.nonreportable_citation") or citation_for(version, "report_citation", facts)
    text = {
        "effort": (
            "報告対象事態に該当しませんが、個人情報保護委員会に報告するよう努めるものとされています(努力義務)。"
            "組織内の報告・被害拡大防止、事実調査・原因究明、影響範囲の特定、再発防止策は必要です。",
            "Not a reportable event, but the business should endeavour to report to the Commission (effort duty); "
            "the internal steps (escalation, investigation, scope, prevention) are still required.",
        ),
        "guideline": (
            "報告対象事態に該当しませんが、行政機関等はガイドラインにより委員会に報告するものとされています"
            "(法令上の報告義務ではありません)。",
            "Not a reportable event, but under the guideline an administrative body reports to the Commission "
            "anyway (not a statutory duty).",
        ),
        "none": (
            "報告対象事態に該当しないため、委員会への報告義務及び本人への通知義務はありません"
            "(任意の報告・公表は可能)。",
            "Not a reportable event: no duty to report or to notify the persons (voluntary reports are possible).",
        ),
    }[duty]
    reasons.append(reason(text[0], text[1], cite))
    return duty


@judgement(
    "breach",
    BreachFacts,
    BreachDecision,
    summary_ja="漏えい等が個人情報保護委員会への報告・本人通知の対象か、期限はいつか",
    summary_en="Is a leak/loss/damage reportable to the PPC, must persons be notified, and by when?",
)
def judge_breach(facts: BreachFacts, as_of: dt.date) -> BreachDecision:
    _check_fields(facts, as_of)
    version = governing_version(facts)
    reasons: list[Reason] = []
    report_cite = citation_for(version, "report_citation", facts) or version.rule("breach.report_citation")
    reasons.append(
        reason(
            f"知った日({facts.known_on.isoformat()})の法令を適用します: {version.title_ja}({version.id})以降の版"
            "(報告義務は知った時に生じ、後の改正は遡及しません)。",
            f"Applies the law in force on the day of knowing, {facts.known_on.isoformat()}: {version.title_en} "
            f"({version.id}); later amendments are not retroactive.",
            report_cite,
        )
    )
    leak_etc, misuse = _incident(facts, reasons, citation_for(version, "rule_citation", facts) or report_cite)
    incident = leak_etc or misuse
    mandatory_regime = version.rule("breach.duty") == "mandatory"
    heads = _heads(facts, version, leak_etc, misuse, reasons) if mandatory_regime and incident else []

    exempt = bool(heads) and facts.contractor_notified_entruster and version.rule("breach.contractor_exemption")
    reportable = bool(heads) and not exempt
    decision: dict[str, object] = {
        "clock_starts_on": None,
        "preliminary_report_window": None,
        "preliminary_report_due": None,
        "final_report_days": None,
        "final_report_due": None,
        "final_report_overdue": False,
        "entruster_notice_due": None,
    }
    notify = alternative = deferral = False
    if reportable:
        duty: Duty = "mandatory"
        reasons.append(
            reason(
                "個人情報保護委員会への報告が義務付けられます。",
                "A report to the Personal Information Protection Commission is mandatory.",
                report_cite,
            )
        )
        _, over = persons_threshold(version, facts)
        start = _clock_start(facts, heads, over, reasons, citation_for(version, "deadline_citation", facts) or report_cite)
        decision.update(_deadlines(facts, version, heads, start, as_of, reasons))
        notify, alternative, deferral = _notice(facts, version, reasons)
    elif exempt:
        duty = "none"
        window = version.rule("breach.preliminary_days")
        notice_due = calendar.nth_day(facts.known_on, window[1]) if window else None
        decision["entruster_notice_due"] = notice_due
        reasons.append(
            reason(
                "委託先として委託元に報告事項を通知したため、委員会への報告義務及び本人への通知義務を免除されます"
                f"(通知は速やかに、目安として{notice_due.isoformat() if notice_due else '概ね3〜5日以内'}まで)。"
                "委託元は遅くとも通知を受けた時に知ったものとして報告・通知を行い、委託先はこれに協力します。",
                "As a contractor that notified the entruster of the known items, this organisation is exempt from the "
                "report and from notifying the persons; the entruster knows at the latest on receiving the notice, "
                "and the contractor should cooperate with its report.",
                version.rule("breach.contractor_citation"),
            )
        )
    else:
        duty = _non_mandatory_duty(facts, version, incident, reasons)
    report_to = None if duty == "none" else version.rule("breach.authority")
    return BreachDecision(
        as_of=as_of,
        law_version=LawVersionRef.of(version),
        reasons=reasons,
        regime=facts.regime,
        known_on=facts.known_on,
        incident=incident,
        reportable=reportable,
        grounds=heads if reportable else [],
        event_grounds=heads,
        duty=duty,
        report_to=report_to,
        notify_individuals=notify,
        notice_alternative_allowed=alternative,
        notice_deferral_allowed=deferral,
        **decision,
    )
