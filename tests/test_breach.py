"""``hogo judge breach``: scenario tables from the spec, law versions, and deadline properties.

Scenario ids: T72–T89 (mynumber-and-pia.md §5.7), A14–A25, A37, A43 (amendments-and-indicators.md §5),
TC-98/TC-99 (welfare-guideline.md). Each row: facts → the parts of the decision the scenario fixes.
Facts are given as JSON, exactly as a user gives them to the command.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hogo.law import JUDGEMENTS, FactsError
from hogo.law.breach import BreachDecision, BreachFacts
from hogo.law.calendar import is_closed, nth_day

D = dt.date.fromisoformat
AS_OF = "2025-06-30"  # after every known_on below; never the wall clock


def judge(facts: dict[str, Any], as_of: str | None = None) -> BreachDecision:
    data = {"as_of": as_of or AS_OF, **facts}
    model = BreachFacts.model_validate_json(json.dumps(data))
    decision = JUDGEMENTS["breach"](model, model.as_of)
    assert isinstance(decision, BreachDecision)
    return decision


def citations(decision: BreachDecision) -> str:
    return " | ".join(r.citation for r in decision.reasons)


MN = {"regime": "mynumber"}
NOT_REPORTABLE = {
    "reportable": False,
    "grounds": [],
    "notify_individuals": False,
    "preliminary_report_due": None,
    "final_report_due": None,
}


def reportable(grounds: list[str], prelim: str | None, final: str | None, **more: Any) -> dict[str, Any]:
    return {
        "reportable": True,
        "grounds": grounds,
        "duty": "mandatory",
        "report_to": "ppc",
        "notify_individuals": more.pop("notify_individuals", True),
        "preliminary_report_due": D(prelim) if prelim else None,
        "final_report_due": D(final) if final else None,
        **more,
    }


# (id, facts, expected fields, text that must appear in some citation)
SCENARIOS: list[tuple[str, dict[str, Any], dict[str, Any], str]] = [
    # ---- mynumber-and-pia.md §5.7 ------------------------------------------------------
    (
        "T72",  # payroll PDF, 101 employees, mis-emailed to a vendor (Mon 2024-06-03)
        {**MN, "known_on": "2024-06-03", "persons": 101},
        reportable(["over_100"], "2024-06-07", "2024-07-02", final_report_days=30),
        "規則第2条第4号",
    ),
    (
        "T73",  # same, 40 employees: no mandatory report, effort duty
        {**MN, "known_on": "2024-06-03", "persons": 40},
        {**NOT_REPORTABLE, "duty": "effort", "report_to": "ppc", "incident": True},
        "別添2",
    ),
    (
        "T74",  # envelope retrieved unopened: not a 漏えい
        {**MN, "known_on": "2024-06-03", "persons": 1, "retrieved_before_viewed": True},
        {**NOT_REPORTABLE, "incident": False, "duty": "none", "report_to": None},
        "規則第2条",
    ),
    (
        "T75",  # ransomware, no backup: 毀損 with wrongful purpose, 60 days
        {**MN, "known_on": "2024-06-03", "event": "damage", "wrongful_purpose": True, "persons": 30},
        reportable(["wrongful_purpose"], "2024-06-07", "2024-08-01", final_report_days=60),
        "規則第2条第2号",
    ),
    (
        "T76",  # ransomware, identical backup, no exfiltration: not 毀損
        {**MN, "known_on": "2024-06-03", "event": "damage", "copy_exists": True, "wrongful_purpose": True, "persons": 30},
        {**NOT_REPORTABLE, "incident": False, "duty": "none"},
        "規則第2条",
    ),
    (
        "T77",  # employee looks up a neighbour's address: wrongful use
        {
            **MN,
            "known_on": "2024-06-03",
            "event": "other_violation",
            "unlawful_use_or_provision": True,
            "wrongful_purpose": True,
            "persons": 1,
        },
        reportable(["wrongful_purpose"], "2024-06-07", "2024-08-01", final_report_days=60),
        "規則第2条第2号",
    ),
    (
        "T78",  # misconfiguration exposes 5 persons on the internet
        {**MN, "known_on": "2024-06-03", "public_exposure": True, "persons": 5},
        reportable(["public_exposure"], "2024-06-07", "2024-07-02"),
        "規則第2条第3号",
    ),
    (
        "T79",  # My Number as loyalty ID for 150 customers: 番号法第9条違反の利用
        {**MN, "known_on": "2024-06-03", "event": "other_violation", "unlawful_use_or_provision": True, "persons": 150},
        reportable(["over_100"], "2024-06-07", "2024-07-02"),
        "規則第2条第4号",
    ),
    (
        "T80",  # protected by advanced encryption
        {**MN, "known_on": "2024-06-03", "persons": 5000, "protected": True, "wrongful_purpose": True},
        {**NOT_REPORTABLE, "incident": True, "duty": "none", "report_to": None},
        "規則第2条",
    ),
    (
        "T81-day1",  # 80 persons at first
        {**MN, "known_on": "2024-06-03", "persons": 80},
        {**NOT_REPORTABLE, "duty": "effort"},
        "別添2",
    ),
    (
        "T81-day10",  # the count reaches 120 on day 10: reportable from that day, day 1 = day 10
        {**MN, "known_on": "2024-06-03", "persons": 120, "threshold_crossed_on": "2024-06-12"},
        reportable(["over_100"], "2024-06-16", "2024-07-11", clock_starts_on=D("2024-06-12")),
        "規則第2条第4号",
    ),
    (
        "T82",  # count unknown, at most 300
        {**MN, "known_on": "2024-06-03", "persons": 300, "suspected": True},
        reportable(["over_100"], "2024-06-07", "2024-07-02"),
        "規則第2条第4号",
    ),
    (
        "T83",  # Sat 2024-06-01, day 30 = Sun 06-30 → Mon 07-01
        {**MN, "known_on": "2024-06-01", "persons": 150},
        reportable(["over_100"], "2024-06-05", "2024-07-01"),
        "行政機関の休日に関する法律",
    ),
    (
        "T84",  # 2024-12-01, day 30 = 12-30 (年末年始) → 2025-01-06
        {**MN, "known_on": "2024-12-01", "persons": 150},
        reportable(["over_100"], "2024-12-05", "2025-01-06"),
        "行政機関の休日に関する法律",
    ),
    (
        "T85-contractor",  # contractor notified the client within 3 days: exempt
        {**MN, "known_on": "2024-06-03", "persons": 150, "contractor_notified_entruster": True},
        {
            **NOT_REPORTABLE,
            "event_grounds": ["over_100"],
            "duty": "none",
            "entruster_notice_due": D("2024-06-07"),
        },
        "規則第4条",
    ),
    (
        "T85-client",  # the client: required to report
        {**MN, "known_on": "2024-06-05", "persons": 150},
        reportable(["over_100"], "2024-06-09", "2024-07-04"),
        "番号法第29条の4第1項",
    ),
    (
        "T86-client",  # data B leaks at the client: the client reports (the contractor is no party)
        {**MN, "known_on": "2024-06-03", "persons": 150},
        reportable(["over_100"], "2024-06-07", "2024-07-02"),
        "番号法第29条の4第1項",
    ),
    (
        "T87",  # posted on an anonymous board, takedown pending: notice may wait
        {**MN, "known_on": "2024-06-03", "public_exposure": True, "persons": 20, "notice_would_expand_harm": True},
        reportable(["public_exposure"], "2024-06-07", "2024-07-02", notice_deferral_allowed=True),
        "番号法第29条の4第2項",
    ),
    (
        "T88",  # contact details unknown: alternative measures
        {**MN, "known_on": "2024-06-03", "persons": 150, "notice_difficult": True},
        reportable(["over_100"], "2024-06-07", "2024-07-02", notice_alternative_allowed=True),
        "ただし書",
    ),
    (
        "T89-first",  # judged reportable at first …
        {**MN, "known_on": "2024-06-03", "persons": 150, "suspected": True},
        reportable(["over_100"], "2024-06-07", "2024-07-02"),
        "番号法第29条の4第2項",
    ),
    (
        "T89-later",  # … later found to be 60 persons: no notice
        {**MN, "known_on": "2024-06-03", "persons": 60},
        {**NOT_REPORTABLE, "duty": "effort"},
        "別添2",
    ),
    # ---- amendments-and-indicators.md §5 -----------------------------------------------
    (
        "A14",  # payroll contractor mis-emails 150 employees' My Numbers
        {**MN, "known_on": "2024-06-03", "persons": 150},
        reportable(["over_100"], "2024-06-07", "2024-07-02", final_report_days=30),
        "規則第2条第4号",
    ),
    (
        "A15",  # local-government employee looks up 10 residents for personal reasons
        {
            **MN,
            "organization": "local_government",
            "known_on": "2024-06-03",
            "event": "other_violation",
            "unlawful_use_or_provision": True,
            "wrongful_purpose": True,
            "persons": 10,
        },
        reportable(["wrongful_purpose"], "2024-06-07", "2024-08-01", final_report_days=60),
        "規則第2条第2号",
    ),
    (
        "A16",  # stolen laptop, strongly encrypted, key safe
        {**MN, "organization": "administrative", "known_on": "2024-06-03", "persons": 3000, "protected": True},
        {**NOT_REPORTABLE, "duty": "none"},
        "規則第2条",
    ),
    (
        "A17",  # envelope returned unopened
        {**MN, "organization": "administrative", "known_on": "2024-06-03", "persons": 2, "retrieved_before_viewed": True},
        {**NOT_REPORTABLE, "incident": False, "duty": "none"},
        "規則第2条",
    ),
    (
        "A18",  # administrative organ, 2023-12-01, day 30 = 12-30 → 2024-01-04
        {**MN, "organization": "administrative", "known_on": "2023-12-01", "persons": 150},
        reportable(["over_100"], "2023-12-05", "2024-01-04"),
        "規則第3条第2項",
    ),
    (
        "A19",  # contractor sends the known items within 3 days: exempt from report and notice
        {**MN, "known_on": "2024-06-03", "persons": 150, "contractor_notified_entruster": True},
        {**NOT_REPORTABLE, "event_grounds": ["over_100"], "duty": "none"},
        "番号法第29条の4第1項ただし書",
    ),
    (
        "A20",  # no contact details
        {**MN, "organization": "administrative", "known_on": "2024-06-03", "persons": 150, "notice_difficult": True},
        reportable(["over_100"], "2024-06-07", "2024-07-02", notice_alternative_allowed=True),
        "番号法第29条の4第2項ただし書",
    ),
    (
        "A21",  # uploaded to a bulletin board, takedown pending
        {**MN, "known_on": "2024-06-03", "public_exposure": True, "persons": 7, "notice_would_expand_harm": True},
        reportable(["public_exposure"], "2024-06-07", "2024-07-02", notice_deferral_allowed=True),
        "規則第5条",
    ),
    (
        "A22-local",  # 3 residents' paper forms misdelivered: no head, but a public body reports
        {**MN, "organization": "local_government", "known_on": "2024-06-03", "persons": 3},
        {**NOT_REPORTABLE, "duty": "guideline", "report_to": "ppc", "incident": True},
        "別添2",
    ),
    (
        "A22-business",  # a business in the same situation: effort only
        {**MN, "known_on": "2024-06-03", "persons": 3},
        {**NOT_REPORTABLE, "duty": "effort", "report_to": "ppc"},
        "別添2",
    ),
    (
        "A23",  # 1 customer's medical history (要配慮)
        {"known_on": "2024-06-03", "persons": 1, "sensitive": True},
        reportable(["sensitive"], "2024-06-07", "2024-07-02"),
        "施行規則第7条第1号",
    ),
    (
        "A24",  # card numbers + security codes of 20 customers
        {"known_on": "2024-06-03", "persons": 20, "financial_harm_risk": True},
        reportable(["financial_harm"], "2024-06-07", "2024-07-02"),
        "施行規則第7条第2号",
    ),
    (
        "A25-1200",  # names and e-mail addresses of 1,200 customers
        {"known_on": "2024-06-03", "persons": 1200},
        reportable(["over_1000"], "2024-06-07", "2024-07-02"),
        "施行規則第7条第4号",
    ),
    (
        "A25-800",  # 800 customers, no other head: not mandatory
        {"known_on": "2024-06-03", "persons": 800},
        {**NOT_REPORTABLE, "duty": "none", "report_to": None, "incident": True},
        "施行規則第7条",
    ),
    (
        "A37",  # ministry, 要配慮, data contains 不開示情報: report, but no notice
        {"organization": "administrative", "known_on": "2024-06-03", "persons": 5, "sensitive": True, "non_disclosable": True},
        reportable(["sensitive"], "2024-06-07", "2024-07-02", notify_individuals=False),
        "個人情報保護法第68条第2項第2号",
    ),
    (
        "A43-business",  # private employer's payroll system, 20 employees: effort only
        {**MN, "known_on": "2024-06-03", "persons": 20, "relation_affairs_system": True},
        {**NOT_REPORTABLE, "duty": "effort"},
        "規則第2条第1号",
    ),
    (
        "A43-city",  # a city's payroll system, same leak: head (1)ハ
        {**MN, "organization": "local_government", "known_on": "2024-06-03", "persons": 20, "relation_affairs_system": True},
        reportable(["network_system"], "2024-06-07", "2024-07-02"),
        "規則第2条第1号",
    ),
    # ---- welfare-guideline.md (2013 guideline era) ----------------------------------------
    (
        "TC-98",  # contractor leaks users' data: effort to report to the 厚生労働大臣
        {"known_on": "2013-06-03", "persons": 40},
        {**NOT_REPORTABLE, "duty": "effort", "report_to": "minister", "incident": True},
        "福祉分野ガイドライン第10",
    ),
    (
        "TC-99",  # a violation that is not about security (missing purpose notice)
        {"known_on": "2013-06-03", "event": "other_violation"},
        {**NOT_REPORTABLE, "duty": "effort", "report_to": "minister", "incident": False},
        "福祉分野ガイドライン第10",
    ),
]


@pytest.mark.parametrize(("facts", "expected", "cited"), [s[1:] for s in SCENARIOS], ids=[s[0] for s in SCENARIOS])
def test_scenario(facts: dict[str, Any], expected: dict[str, Any], cited: str) -> None:
    decision = judge(facts)
    got = {key: getattr(decision, key) for key in expected}
    assert got == expected
    assert cited in citations(decision)
    assert all(r.citation and r.text and r.text_en for r in decision.reasons)


def test_scenario_ids_unique() -> None:
    ids = [s[0] for s in SCENARIOS]
    assert len(ids) == len(set(ids))


# ---- law versions ---------------------------------------------------------------------------
VERSION_CASES = [
    # (id, facts, law version id, reportable, duty, text in some reason)
    ("2019 leak: effort duty", {"known_on": "2019-06-03", "persons": 5000, "sensitive": True}, "appi-2017", False, "effort", "努力義務"),
    ("day before 2022 reform", {"known_on": "2022-03-31", "persons": 5000}, "appi-2017", False, "effort", "遡って適用されません"),
    ("first day of 2022 reform", {"known_on": "2022-04-01", "persons": 5000}, "appi-2022", True, "mandatory", "1,000人を超える"),
    ("2005 era", {"known_on": "2010-01-05", "persons": 10}, "appi-2005", False, "effort", "主務大臣"),
    ("2017 protected", {"known_on": "2019-06-03", "persons": 10, "protected": True}, "appi-2017", False, "none", "高度な暗号化"),
    ("acquiring before 2024", {"known_on": "2024-03-31", "acquiring": True, "wrongful_purpose": True, "persons": 50}, "appi-2023", False, "none", "取得中"),
    ("acquiring from 2024", {"known_on": "2024-04-01", "acquiring": True, "wrongful_purpose": True, "persons": 50}, "appi-2024", True, "mandatory", "不正の目的"),
    ("acquiring, sensitive only", {"known_on": "2024-05-01", "acquiring": True, "sensitive": True, "persons": 5000}, "appi-2024", False, "none", "報告対象事態に該当しない"),
    ("mynumber 2016 rule", {**MN, "known_on": "2020-01-10", "persons": 150}, "mynumber-2016", True, "mandatory", "本人への通知の法令上の義務はありません"),
    ("mynumber 2016 small", {**MN, "known_on": "2020-01-10", "persons": 5}, "mynumber-2016", False, "effort", "努める"),
    ("local government 2023", {"organization": "local_government", "known_on": "2023-04-01", "persons": 101}, "appi-2023", True, "mandatory", "100人を超える"),
]


@pytest.mark.parametrize(("facts", "version", "is_reportable", "duty", "text"), [c[1:] for c in VERSION_CASES], ids=[c[0] for c in VERSION_CASES])
def test_law_version(facts: dict[str, Any], version: str, is_reportable: bool, duty: str, text: str) -> None:
    decision = judge(facts)
    assert decision.law_version.id == version
    assert decision.reportable is is_reportable
    assert decision.duty == duty
    assert any(text in r.text for r in decision.reasons), [r.text for r in decision.reasons]


def test_2019_leak_cites_the_2017_notice() -> None:
    decision = judge({"known_on": "2019-06-03", "persons": 5000, "sensitive": True}, as_of="2024-06-03")
    assert "平成29年個人情報保護委員会告示第1号" in citations(decision)
    assert any("effort duty" in r.text_en for r in decision.reasons)
    assert decision.notify_individuals is False and decision.final_report_due is None


def test_2016_mynumber_has_no_deadline() -> None:
    decision = judge({**MN, "known_on": "2020-01-10", "persons": 150})
    assert decision.final_report_due is None and decision.preliminary_report_due is None
    assert decision.notify_individuals is False


def test_exactly_threshold_is_not_over() -> None:
    assert judge({"known_on": "2024-06-03", "persons": 1000}).reportable is False
    assert judge({"known_on": "2024-06-03", "persons": 1001}).grounds == ["over_1000"]
    assert judge({**MN, "known_on": "2024-06-03", "persons": 100}).reportable is False
    assert judge({"organization": "administrative", "known_on": "2024-06-03", "persons": 101}).grounds == ["over_100"]


def test_several_grounds_and_60_days() -> None:
    decision = judge({"known_on": "2024-06-03", "persons": 2000, "sensitive": True, "wrongful_purpose": True})
    assert decision.grounds == ["sensitive", "wrongful_purpose", "over_1000"]
    assert decision.final_report_days == 60
    assert decision.final_report_due == D("2024-08-01")


def test_mynumber_notes_parallel_appi_duty() -> None:
    decision = judge({**MN, "known_on": "2024-06-03", "persons": 5, "sensitive": True})
    assert decision.reportable is False
    assert any("個人情報保護法第26条" in r.citation for r in decision.reasons)


def test_overdue_flag() -> None:
    decision = judge({"known_on": "2024-06-03", "persons": 2000}, as_of="2024-07-03")
    assert decision.final_report_due == D("2024-07-02")
    assert decision.final_report_overdue is True
    on_time = judge({"known_on": "2024-06-03", "persons": 2000}, as_of="2024-07-02")
    assert on_time.final_report_overdue is False


# ---- bad facts --------------------------------------------------------------------------
BAD = [
    ("as_of before known_on", {"known_on": "2024-06-03", "as_of": "2024-06-02"}, "as_of"),
    ("before the APPI", {"known_on": "2004-12-31"}, "known_on"),
    ("before My Number", {**MN, "known_on": "2015-12-31"}, "known_on"),
    ("mynumber field on appi", {"known_on": "2024-06-03", "network_system": True}, "network_system"),
    ("appi field on mynumber", {**MN, "known_on": "2024-06-03", "acquiring": True}, "acquiring"),
    ("admin before 2022", {"organization": "administrative", "known_on": "2021-06-01"}, "organization"),
    ("local gov before 2023", {"organization": "local_government", "known_on": "2022-06-01"}, "organization"),
    ("retrieved on loss", {"known_on": "2024-06-03", "event": "loss", "retrieved_before_viewed": True}, "retrieved_before_viewed"),
    ("copy on leak", {"known_on": "2024-06-03", "copy_exists": True}, "copy_exists"),
    ("non_disclosable business", {"known_on": "2024-06-03", "non_disclosable": True}, "non_disclosable"),
    ("crossed before known", {"known_on": "2024-06-03", "threshold_crossed_on": "2024-06-01"}, "threshold_crossed_on"),
    ("crossed after as_of", {"known_on": "2024-06-03", "threshold_crossed_on": "2024-06-20", "as_of": "2024-06-10"}, "threshold_crossed_on"),
]


@pytest.mark.parametrize(("facts", "field"), [b[1:] for b in BAD], ids=[b[0] for b in BAD])
def test_bad_facts(facts: dict[str, Any], field: str) -> None:
    with pytest.raises(FactsError) as info:
        facts = dict(facts)
        judge(facts, as_of=facts.pop("as_of", None))
    assert info.value.field == field


# ---- properties of the deadlines ----------------------------------------------------------
known_days = st.dates(min_value=dt.date(2022, 4, 1), max_value=dt.date(2035, 12, 31))
regimes = st.sampled_from(["appi", "mynumber"])


def _reportable_facts(regime: str, known_on: dt.date, wrongful: bool) -> dict[str, Any]:
    return {"regime": regime, "known_on": known_on.isoformat(), "persons": 5000, "wrongful_purpose": wrongful}


@settings(max_examples=200, deadline=None)
@given(known_on=known_days, regime=regimes, wrongful=st.booleans())
def test_final_deadline_properties(known_on: dt.date, regime: str, wrongful: bool) -> None:
    decision = judge(_reportable_facts(regime, known_on, wrongful), as_of="2036-12-31")
    days = 60 if wrongful else 30
    due = decision.final_report_due
    assert due is not None and decision.final_report_days == days
    assert not is_closed(due)
    assert nth_day(known_on, days) <= due < nth_day(known_on, days + 10)
    assert decision.preliminary_report_due == nth_day(known_on, 5)


@settings(max_examples=200, deadline=None)
@given(known_on=known_days, later_by=st.integers(min_value=0, max_value=40), regime=regimes, wrongful=st.booleans())
def test_later_knowledge_never_earlier_deadline(known_on: dt.date, later_by: int, regime: str, wrongful: bool) -> None:
    later = known_on + dt.timedelta(days=later_by)
    first = judge(_reportable_facts(regime, known_on, wrongful), as_of="2036-12-31")
    second = judge(_reportable_facts(regime, later, wrongful), as_of="2036-12-31")
    assert first.final_report_due <= second.final_report_due
    assert first.preliminary_report_due <= second.preliminary_report_due


def test_interface_fields_exactly_as_specified() -> None:
    """interfaces.md fixes these names; hogo may add fields but never rename these."""
    spec_in = {
        "regime", "known_on", "event", "suspected", "persons", "sensitive", "financial_harm_risk",
        "wrongful_purpose", "protected", "network_system", "public_exposure", "unlawful_use_or_provision",
    }  # fmt: skip
    spec_out = {"reportable", "grounds", "notify_individuals", "preliminary_report_due", "final_report_due", "reasons"}
    assert spec_in <= BreachFacts.model_fields.keys()
    assert spec_out <= BreachDecision.model_fields.keys()
    assert [name for name, field in BreachFacts.model_fields.items() if field.is_required()] == ["known_on"]
