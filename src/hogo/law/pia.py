"""特定個人情報保護評価 (PIA) — which assessment is mandatory (しきい値判断).

番号法第28条 and the 特定個人情報保護評価に関する規則 (平成26年特定個人情報保護委員会規則第1号)
oblige 行政機関の長等, 地方公共団体等 and — among businesses — the bodies that use the
情報提供ネットワークシステム (健康保険組合等) to assess every affair (事務) that handles a
特定個人情報ファイル before holding the file. The 特定個人情報保護評価指針 第5の2 decides the
kind of assessment from three facts (しきい値判断):

- 対象人数 (``persons``): persons recorded in all the 特定個人情報ファイル held for the affair;
- 取扱者数 (``handlers``): the body's staff and its contractors' staff who handle the file;
- whether the body had a 特定個人情報に関する重大事故 within the past year.

Decision table (rows as in ``../shared/spec/mynumber-and-pia.md`` §4.2; N persons, H handlers,
A 重大事故 within the past year):

====  ==================  =======  ===  =====================================
row   N                   H        A    mandatory
====  ==================  =======  ===  =====================================
D0    (ordinary business, bank …)       none — voluntary use is beneficial (有益)
D1    < 1,000             any      any  none (規則第4条)
D2    1,000 – 9,999       any      any  basic
D3    10,000 – 99,999     < 500    no   basic
D4    10,000 – 99,999     ≥ 500    any  basic + focused
D5    10,000 – 99,999     any      yes  basic + focused
D6    100,000 – 299,999   < 500    no   basic + focused
D7    100,000 – 299,999   ≥ 500    any  basic + full
D8    100,000 – 299,999   any      yes  basic + full
D9    ≥ 300,000           any      any  basic + full
====  ==================  =======  ===  =====================================

Affairs that handle only files about the body's own staff (人事・給与・福利厚生) or only
manual-processing (paper) files are not obliged either (規則第4条). The thresholds are data in
:mod:`hogo.law.versions` (``pia.*``).
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from hogo.law.core import Decision, Facts, FactsError, LawVersionRef, NonNegativeInt, Reason, reason
from hogo.law.registry import judgement
from hogo.law.versions import LawVersion, version_at

Body = Literal["administrative", "local_government", "health_insurance_society", "business"]
Assessment = Literal["basic", "focused", "full"]
Exemption = Literal["under_1000", "staff_only", "paper_only"]

ACT = "番号法第28条"
RULES = "特定個人情報保護評価に関する規則"
GUIDELINE = "特定個人情報保護評価指針"
WHO = f"{ACT}; {GUIDELINE}第3の1"
BUSINESS_CITATION = f"{ACT}; 特定個人情報の適正な取扱いに関するガイドライン(事業者編)第4-5"
EXEMPT_CITATION = f"{RULES}第4条; {GUIDELINE}第4の4(1)"
THRESHOLD_CITATION = f"{GUIDELINE}第5の2"
SERIOUS_CITATION = f"{GUIDELINE}第2, 第5の2"
TIMING_CITATION = f"{RULES}第9条; 番号法第21条第2項第2号"
REDO_THRESHOLD_CITATION = f"{GUIDELINE}第6の2"
REDO_YEARS_CITATION = f"{RULES}第15条"
ASSESSMENT_CITATION: dict[Assessment, str] = {
    "basic": f"{RULES}第5条",
    "focused": f"{RULES}第6条",
    "full": f"{ACT}; {RULES}第7条",
}
ASSESSMENT_NAME: dict[Assessment, tuple[str, str]] = {
    "basic": ("基礎項目評価", "basic assessment"),
    "focused": ("重点項目評価", "focused assessment"),
    "full": ("全項目評価", "full assessment"),
}
LEVEL: dict[Assessment, int] = {"basic": 1, "focused": 2, "full": 3}
BODY_NAME: dict[Body, tuple[str, str]] = {
    "administrative": ("行政機関の長等", "an administrative body"),
    "local_government": ("地方公共団体等", "a local government body"),
    "health_insurance_society": ("健康保険組合等", "a health insurance society"),
    "business": ("事業者", "a business"),
}


class PiaIncident(BaseModel):
    """A 漏えい・滅失・毀損 of 特定個人情報 for which the body bears the safety-management duty."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    occurred_on: dt.date = Field(description="発生日 (the day the incident happened)")
    persons: NonNegativeInt = Field(description="本人の数 (persons whose 特定個人情報 was affected)")
    intentional: bool = Field(default=False, description="故意によるもの (intentional)")


class PiaFacts(Facts):
    body: Body = Field(
        description="評価実施機関の種類: administrative 行政機関の長等, local_government 地方公共団体等, "
        "health_insurance_society 健康保険組合等 (情報提供ネットワークシステムを使用する事業者), "
        "business その他の事業者 (一般の事業者・金融機関)"
    )
    persons: NonNegativeInt | None = Field(
        default=None, description="対象人数: 事務で保有する全ての特定個人情報ファイルに記録される本人の数の総数"
    )
    handlers: NonNegativeInt | None = Field(
        default=None, description="取扱者数: 評価実施機関及び委託先の従業者のうちファイルを取り扱う者の数"
    )
    serious_incident_past_year: bool | None = Field(
        default=None, description="過去1年以内の特定個人情報に関する重大事故の有無"
    )
    staff_only: bool = Field(default=False, description="職員の人事・給与・福利厚生に関するファイルのみを取り扱う事務")
    paper_only: bool = Field(default=False, description="手作業処理用ファイル(紙)のみを取り扱う事務")
    incidents: list[PiaIncident] = Field(
        default_factory=list, description="漏えい等事案 (重大事故かどうかを故意/101人以上から判定)"
    )
    current_assessments: list[Assessment] | None = Field(
        default=None, description="直近に実施済みの評価 (しきい値判断の結果の変更による再実施の判定用)"
    )
    last_published_on: dt.date | None = Field(default=None, description="直近の評価書の公表日 (5年経過前の再実施)")


class Reassessment(Reason):
    """A reason to re-do the assessment (再実施)."""

    code: Literal["threshold_change", "five_years"]
    duty: Literal["mandatory", "effort"] = Field(description="mandatory 義務 / effort 努力義務")
    due: dt.date | None = Field(description="再実施の期限 (null: before the change / without delay)")


class PiaDecision(Decision):
    mandatory: bool = Field(description="特定個人情報保護評価の実施が義務付けられるか")
    assessments: list[Assessment] = Field(
        description="義務付けられる評価 (basic 基礎項目, focused 重点項目, full 全項目)"
    )
    row: str | None = Field(description="しきい値判断表の行 (D0–D9); null when exempt as staff-only/paper-only")
    exemptions: list[Exemption] = Field(description="規則第4条の適用除外 (under_1000, staff_only, paper_only)")
    serious_incident: bool = Field(description="過去1年以内に重大事故があったと判断したか")
    reassessment: list[Reassessment] = Field(description="再実施の要否 (しきい値判断の結果の変更, 5年経過)")


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _years_after(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February: the period ends on 28 February (民法第143条第2項)
        return day.replace(year=day.year + years, day=28)


def _serious_incident(facts: PiaFacts, as_of: dt.date, version: LawVersion) -> tuple[bool, list[Reason]]:
    """Whether a 重大事故 happened within the past year, from the flag and/or the incidents."""
    min_persons: int = version.rule("pia.serious_incident_min_persons")
    lookback: int = version.rule("pia.serious_incident_lookback_years")
    since = _years_before(as_of, lookback)
    reasons: list[Reason] = []
    derived = False
    for i, incident in enumerate(facts.incidents):
        if incident.occurred_on > as_of:
            raise FactsError(f"incidents.{i}.occurred_on", "is after as_of")
        serious = incident.intentional or incident.persons >= min_persons
        what_ja = "故意によるもの" if incident.intentional else f"本人の数{incident.persons:,}人"
        what_en = "intentional" if incident.intentional else f"{incident.persons:,} persons"
        if not serious:
            reasons.append(
                reason(
                    f"{incident.occurred_on.isoformat()}の事案は故意によらず本人の数が{incident.persons:,}人"
                    f"({min_persons}人未満)のため、特定個人情報に関する重大事故に当たりません。",
                    f"The incident of {incident.occurred_on.isoformat()} was not intentional and affected "
                    f"{incident.persons:,} persons (fewer than {min_persons}): not a serious incident (重大事故).",
                    SERIOUS_CITATION,
                )
            )
        elif incident.occurred_on < since:
            reasons.append(
                reason(
                    f"{incident.occurred_on.isoformat()}の事案({what_ja})は重大事故ですが、過去{lookback}年以内"
                    f"({since.isoformat()}以降)ではないため、しきい値判断には算入しません。",
                    f"The incident of {incident.occurred_on.isoformat()} ({what_en}) is a serious incident but not "
                    f"within the past {lookback} year (since {since.isoformat()}), so it does not count.",
                    SERIOUS_CITATION,
                )
            )
        else:
            derived = True
            reasons.append(
                reason(
                    f"{incident.occurred_on.isoformat()}の事案は{what_ja}であり、過去{lookback}年以内の"
                    "特定個人情報に関する重大事故(故意によるもの又は本人の数が"
                    f"{min_persons}人以上のもの)に当たります。",
                    f"The incident of {incident.occurred_on.isoformat()} ({what_en}) is a serious incident "
                    f"(重大事故: intentional, or {min_persons} or more persons) within the past {lookback} year.",
                    SERIOUS_CITATION,
                )
            )
    if facts.serious_incident_past_year is False and derived:
        raise FactsError(
            "serious_incident_past_year",
            f"is false, but an incident within the past year is a 重大事故 (intentional or ≥ {min_persons} persons)",
        )
    return bool(facts.serious_incident_past_year) or derived, reasons


def _table(
    persons: int, handlers: int | None, serious: bool, version: LawVersion
) -> tuple[str, list[Assessment], Reason]:
    """The しきい値判断 for a body that is obliged and not exempt; ``persons`` ≥ the minimum."""
    focused_min: int = version.rule("pia.focused_min_persons")
    full_min: int = version.rule("pia.full_min_persons")
    full_always: int = version.rule("pia.full_always_min_persons")
    h_min: int = version.rule("pia.handlers_threshold")
    n = f"{persons:,}"

    if persons >= full_always:
        return (
            "D9",
            ["basic", "full"],
            reason(
                f"対象人数が{n}人({full_always:,}人以上)のため、基礎項目評価及び全項目評価の実施が義務付けられます。",
                f"{n} persons ({full_always:,} or more): the basic and the full assessment are mandatory.",
                THRESHOLD_CITATION,
            ),
        )
    if persons < focused_min:
        return (
            "D2",
            ["basic"],
            reason(
                f"対象人数が{n}人({version.rule('pia.min_persons'):,}人以上{focused_min:,}人未満)のため、"
                "基礎項目評価の実施が義務付けられます。",
                f"{n} persons ({version.rule('pia.min_persons'):,} to {focused_min - 1:,}): "
                "the basic assessment is mandatory.",
                THRESHOLD_CITATION,
            ),
        )
    # 10,000 ≤ N < 300,000: 取扱者数 and 重大事故 decide.
    upper = persons >= full_min
    band_ja = f"{full_min:,}人以上{full_always:,}人未満" if upper else f"{focused_min:,}人以上{full_min:,}人未満"
    band_en = f"{full_min:,} to {full_always - 1:,}" if upper else f"{focused_min:,} to {full_min - 1:,}"
    many_handlers = handlers is not None and handlers >= h_min
    if many_handlers or serious:
        grounds_ja = []
        grounds_en = []
        if many_handlers:
            grounds_ja.append(f"取扱者数が{handlers:,}人({h_min}人以上)であり")
            grounds_en.append(f"{handlers:,} handlers ({h_min} or more)")
        if serious:
            grounds_ja.append("過去1年以内に特定個人情報に関する重大事故が発生した")
            grounds_en.append("a serious incident (重大事故) within the past year")
        grounds = "、かつ".join(grounds_ja)
        if grounds.endswith("であり"):
            grounds = grounds.removesuffix("であり") + "である"
        kind: Assessment = "full" if upper else "focused"
        row = ("D7" if many_handlers else "D8") if upper else ("D4" if many_handlers else "D5")
        name_ja, name_en = ASSESSMENT_NAME[kind]
        return (
            row,
            ["basic", kind],
            reason(
                f"対象人数が{n}人({band_ja})で、{grounds}ため、基礎項目評価及び{name_ja}の実施が義務付けられます。",
                f"{n} persons ({band_en}) and {' and '.join(grounds_en)}: the basic and the {name_en} are mandatory.",
                THRESHOLD_CITATION,
            ),
        )
    kind = "focused" if upper else "basic"
    row = "D6" if upper else "D3"
    name_ja, name_en = ASSESSMENT_NAME[kind]
    assessments: list[Assessment] = ["basic", "focused"] if upper else ["basic"]
    what_ja = "基礎項目評価及び重点項目評価" if upper else "基礎項目評価"
    what_en = "the basic and the focused assessment are" if upper else "the basic assessment is"
    return (
        row,
        assessments,
        reason(
            f"対象人数が{n}人({band_ja})で、取扱者数が{handlers:,}人({h_min}人未満)、過去1年以内の重大事故も"
            f"ないため、{what_ja}の実施が義務付けられます。",
            f"{n} persons ({band_en}), {handlers:,} handlers (fewer than {h_min}) and no serious incident "
            f"within the past year: {what_en} mandatory.",
            THRESHOLD_CITATION,
        ),
    )


def _procedure(assessments: list[Assessment]) -> Reason:
    parts_ja = []
    parts_en = []
    for kind in assessments:
        name_ja, name_en = ASSESSMENT_NAME[kind]
        parts_ja.append(name_ja)
        parts_en.append(name_en)
    text_ja = (
        f"{'及び'.join(parts_ja)}の評価書を作成し、委員会に提出して公表します。"
        "評価は特定個人情報ファイルを保有する前(システムの場合は原則として要件定義の終了まで)に実施し、"
        "義務付けられた評価を実施しない場合は情報提供ネットワークシステムによる情報連携を行うことができません。"
    )
    text_en = (
        f"Prepare the {' and '.join(parts_en)} documents, submit them to the Commission and publish them. "
        "Assess before holding the file (for a system, in principle by the end of requirements definition); "
        "without a mandatory assessment, data exchange over the information-provision network is not allowed."
    )
    citations = [ASSESSMENT_CITATION[k] for k in assessments]
    if "full" in assessments:
        text_ja += (
            "全項目評価書は公示して原則30日以上広く意見を求め、行政機関の長等(地方公共団体等を除く)は委員会の承認を、"
            "地方公共団体等は第三者点検を受けます。"
        )
        text_en += (
            " The full assessment document is published for public comment (in principle 30 days or more); "
            "administrative bodies other than local government bodies then need the Commission's approval, "
            "local government bodies a third-party review."
        )
    return reason(text_ja, text_en, *citations, TIMING_CITATION)


def _reassessment(
    facts: PiaFacts, as_of: dt.date, assessments: list[Assessment], version: LawVersion
) -> list[Reassessment]:
    hints: list[Reassessment] = []
    if facts.current_assessments is not None:
        done = max((LEVEL[a] for a in facts.current_assessments), default=0)
        needed = max((LEVEL[a] for a in assessments), default=0)
        if needed > done:
            top = max(assessments, key=LEVEL.__getitem__)
            name_ja, name_en = ASSESSMENT_NAME[top]
            hints.append(
                Reassessment(
                    code="threshold_change",
                    duty="mandatory",
                    due=None,
                    text=f"しきい値判断の結果が変わり、新たに{name_ja}の実施が必要となったため、"
                    "特定個人情報保護評価を再実施しなければなりません。",
                    text_en=f"The threshold result has changed and a {name_en} is now required: "
                    "the assessment must be re-done.",
                    citation=REDO_THRESHOLD_CITATION,
                )
            )
    if facts.last_published_on is not None:
        if facts.last_published_on > as_of:
            raise FactsError("last_published_on", "is after as_of")
        years: int = version.rule("pia.redo_years")
        due = _years_after(facts.last_published_on, years)
        overdue = due < as_of
        hints.append(
            Reassessment(
                code="five_years",
                duty="effort",
                due=due,
                text=f"直近の評価書の公表({facts.last_published_on.isoformat()})から{years}年を経過する前"
                f"({due.isoformat()}まで)に再実施するよう努めます"
                f"{'(既に経過しています)' if overdue else ''}。",
                text_en=f"Endeavour to re-do the assessment before {years} years pass since the last publication "
                f"({facts.last_published_on.isoformat()}), i.e. by {due.isoformat()}"
                f"{' (already passed)' if overdue else ''}.",
                citation=REDO_YEARS_CITATION,
            )
        )
    return hints


@judgement(
    "pia",
    PiaFacts,
    PiaDecision,
    summary_ja="特定個人情報保護評価のしきい値判断(基礎項目・重点項目・全項目)",
    summary_en="Which 特定個人情報保護評価 (PIA) is mandatory: the threshold assessment",
)
def judge_pia(facts: PiaFacts, as_of: dt.date) -> PiaDecision:
    version = version_at("mynumber", as_of)
    obliged: tuple[str, ...] = version.rule("pia.obliged_bodies")
    min_persons: int = version.rule("pia.min_persons")
    body_ja, body_en = BODY_NAME[facts.body]

    def decide(
        *,
        reasons: list[Reason],
        row: str | None,
        assessments: list[Assessment] | None = None,
        exemptions: list[Exemption] | None = None,
        serious: bool = False,
        reassessment: list[Reassessment] | None = None,
    ) -> PiaDecision:
        return PiaDecision(
            as_of=as_of,
            law_version=LawVersionRef.of(version),
            reasons=reasons,
            mandatory=bool(assessments),
            assessments=assessments or [],
            row=row,
            exemptions=exemptions or [],
            serious_incident=serious,
            reassessment=reassessment or [],
        )

    if facts.body not in obliged:
        return decide(
            row="D0",
            reasons=[
                reason(
                    "健康保険組合等のように情報提供ネットワークシステムを使用して情報連携を行う事業者以外の事業者"
                    "(一般の事業者・金融機関を含む)には、特定個人情報保護評価の実施は義務付けられていません。"
                    "ただし、特定個人情報の漏えい等を未然に防止する観点から、任意にその手法を活用することは有益です。",
                    "Businesses other than those that exchange data over the information-provision network "
                    "(such as health insurance societies) — ordinary employers and financial institutions included — "
                    "are not obliged to carry out a PIA. Using its method voluntarily is beneficial (有益) to prevent "
                    "leaks of specific personal information.",
                    BUSINESS_CITATION,
                )
            ],
        )

    reasons: list[Reason] = [
        reason(
            f"{body_ja}は、特定個人情報ファイルを保有しようとするときは、特定個人情報保護評価を実施する義務を"
            "負う評価実施機関です。",
            f"As {body_en}, the body must carry out a PIA before holding a specific personal information file.",
            WHO,
        )
    ]
    exemptions: list[Exemption] = []
    if facts.staff_only:
        exemptions.append("staff_only")
        reasons.append(
            reason(
                "職員又は職員であった者等の人事、給与又は福利厚生に関する事項を記録した特定個人情報ファイルのみを"
                "取り扱う事務であるため、特定個人情報保護評価の実施は義務付けられません。",
                "The affair handles only files about the body's own staff (personnel, pay, welfare): no PIA is "
                "mandatory.",
                EXEMPT_CITATION,
            )
        )
    if facts.paper_only:
        exemptions.append("paper_only")
        reasons.append(
            reason(
                "手作業処理用ファイル(電子計算機を用いない紙のファイル)のみを取り扱う事務であるため、"
                "特定個人情報保護評価の実施は義務付けられません。",
                "The affair handles only manual-processing (paper) files: no PIA is mandatory.",
                EXEMPT_CITATION,
            )
        )
    if exemptions:
        return decide(row=None, reasons=reasons, exemptions=exemptions)

    if facts.persons is None:
        raise FactsError("persons", f"required when body is {facts.body} (対象人数 decides the assessment)")
    if facts.persons < min_persons:
        reasons.append(
            reason(
                f"対象人数が{facts.persons:,}人({min_persons:,}人未満)のため、特定個人情報保護評価の実施は"
                "義務付けられません。",
                f"{facts.persons:,} persons (fewer than {min_persons:,}): no PIA is mandatory.",
                EXEMPT_CITATION,
            )
        )
        return decide(row="D1", reasons=reasons, exemptions=["under_1000"])

    serious, incident_reasons = _serious_incident(facts, as_of, version)
    reasons.extend(incident_reasons)
    in_handler_band = (
        version.rule("pia.focused_min_persons") <= facts.persons < version.rule("pia.full_always_min_persons")
    )
    if in_handler_band and not serious and facts.handlers is None:
        raise FactsError(
            "handlers",
            f"required when persons is {facts.persons:,} and there was no serious incident (取扱者数 decides the "
            "assessment)",
        )
    row, assessments, table_reason = _table(facts.persons, facts.handlers, serious, version)
    reasons.append(table_reason)
    reasons.append(_procedure(assessments))
    return decide(
        row=row,
        reasons=reasons,
        assessments=assessments,
        serious=serious,
        reassessment=_reassessment(facts, as_of, assessments, version),
    )
