"""特定個人情報保護評価 しきい値判断: mynumber-and-pia.md §4 (table D0–D9) and §5.8 (T90–T100)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from hogo.law import JUDGEMENTS, FactsError
from hogo.law.pia import PiaFacts, judge_pia

AS_OF = dt.date(2024, 6, 1)
HIS = "health_insurance_society"
LG = "local_government"
BASIC = ["basic"]
FOCUSED = ["basic", "focused"]
FULL = ["basic", "full"]
NONE: list[str] = []


def judge(as_of: dt.date = AS_OF, **facts: Any):
    """Validate the facts the way the CLI and API do (from JSON), then judge."""
    return judge_pia(PiaFacts.model_validate_json(json.dumps(facts)), as_of)


def months_before(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 - months
    return dt.date(index // 12, index % 12 + 1, min(day.day, 28))


# (id, facts, expected assessments, expected row) — §5.8 scenarios; what each adds is checked below.
SCENARIOS: list[tuple[str, dict[str, Any], list[str], str | None]] = [
    ("T90 ordinary employer, 3,000 employees", {"body": "business", "persons": 3000}, NONE, "D0"),
    ("T91 N=250,000 H=600", {"body": HIS, "persons": 250_000, "handlers": 600}, FULL, "D7"),
    (
        "T92 N=250,000 H=100, 重大事故 (150 persons) 8 months ago",
        {
            "body": HIS,
            "persons": 250_000,
            "handlers": 100,
            "incidents": [{"occurred_on": months_before(AS_OF, 8).isoformat(), "persons": 150}],
        },
        FULL,
        "D8",
    ),
    ("T93 N=250,000 H=100 no 重大事故", {"body": HIS, "persons": 250_000, "handlers": 100}, FOCUSED, "D6"),
    ("T94 N=350,000", {"body": HIS, "persons": 350_000}, FULL, "D9"),
    ("T95a N=50,000 H=20", {"body": HIS, "persons": 50_000, "handlers": 20}, BASIC, "D3"),
    ("T95b N=50,000 H=520", {"body": HIS, "persons": 50_000, "handlers": 520}, FOCUSED, "D4"),
    ("T96 N=800", {"body": HIS, "persons": 800}, NONE, "D1"),
    (
        "T97 N=150,000 H=100, intentional leak of 3 persons",
        {
            "body": HIS,
            "persons": 150_000,
            "handlers": 100,
            "incidents": [{"occurred_on": "2024-02-10", "persons": 3, "intentional": True}],
            "current_assessments": ["basic", "focused"],
        },
        FULL,
        "D8",
    ),
    (
        "T98 N=150,000 H=100, leak of 60 persons, not intentional",
        {
            "body": HIS,
            "persons": 150_000,
            "handlers": 100,
            "incidents": [{"occurred_on": "2024-02-10", "persons": 60}],
            "current_assessments": ["basic", "focused"],
        },
        FOCUSED,
        "D6",
    ),
    ("T99 健保組合 planning a new system", {"body": HIS, "persons": 120_000, "handlers": 80}, FOCUSED, "D6"),
    (
        "T100 last PIA published 4 years 10 months ago",
        {"body": HIS, "persons": 20_000, "handlers": 30, "last_published_on": months_before(AS_OF, 58).isoformat()},
        BASIC,
        "D3",
    ),
]


@pytest.mark.parametrize(("scenario", "facts", "assessments", "row"), SCENARIOS, ids=[s[0] for s in SCENARIOS])
def test_scenarios(scenario: str, facts: dict[str, Any], assessments: list[str], row: str | None) -> None:
    decision = judge(**facts)
    assert decision.assessments == assessments, scenario
    assert decision.mandatory is bool(assessments)
    assert decision.row == row
    assert decision.reasons
    for r in decision.reasons:
        assert r.text and r.text_en and r.citation
    assert decision.law_version.law == "mynumber"


def test_t90_business_is_not_obliged_but_voluntary_use_is_beneficial() -> None:
    decision = judge(body="business", persons=3000)
    (only,) = decision.reasons
    assert "有益" in only.text and "beneficial" in only.text_en
    assert "番号法第28条" in only.citation and "ガイドライン(事業者編)第4-5" in only.citation


def test_t92_serious_incident_counts_and_is_explained() -> None:
    decision = judge(**SCENARIOS[2][1])
    assert decision.serious_incident
    assert any("重大事故" in r.text and "指針第2" in r.citation for r in decision.reasons)


def test_t97_intentional_leak_is_a_serious_incident_and_forces_reassessment() -> None:
    decision = judge(**SCENARIOS[8][1])
    assert decision.serious_incident
    codes = {(h.code, h.duty) for h in decision.reassessment}
    assert ("threshold_change", "mandatory") in codes
    (hint,) = [h for h in decision.reassessment if h.code == "threshold_change"]
    assert "全項目評価" in hint.text and "指針第6の2" in hint.citation


def test_t98_sixty_persons_unintentional_is_not_a_serious_incident() -> None:
    decision = judge(**SCENARIOS[9][1])
    assert not decision.serious_incident
    assert decision.reassessment == []
    assert any("重大事故に当たりません" in r.text for r in decision.reasons)


def test_t99_assess_before_holding_else_no_data_exchange() -> None:
    decision = judge(**SCENARIOS[10][1])
    procedure = decision.reasons[-1]
    assert "保有する前" in procedure.text and "要件定義" in procedure.text
    assert "情報連携を行うことができません" in procedure.text
    assert "規則第9条" in procedure.citation and "番号法第21条第2項第2号" in procedure.citation


def test_t100_five_year_redo_is_an_effort_duty_due_in_two_months() -> None:
    facts = SCENARIOS[11][1]
    decision = judge(**facts)
    (hint,) = decision.reassessment
    assert hint.code == "five_years" and hint.duty == "effort"
    published = dt.date.fromisoformat(facts["last_published_on"])
    assert hint.due == published.replace(year=published.year + 5)
    assert hint.due > AS_OF
    assert "努めます" in hint.text and "規則第15条" in hint.citation
    assert "既に経過" not in hint.text


def test_five_year_redo_overdue_is_said() -> None:
    decision = judge(body=LG, persons=5000, last_published_on="2018-01-15")
    (hint,) = decision.reassessment
    assert hint.due == dt.date(2023, 1, 15)
    assert "既に経過" in hint.text and "already passed" in hint.text_en


def test_five_year_from_29_february() -> None:
    decision = judge(body=LG, persons=5000, last_published_on="2020-02-29")
    assert decision.reassessment[0].due == dt.date(2025, 2, 28)


# Every row of the table, with band edges (N 999/1,000, 9,999/10,000, 99,999/100,000,
# 299,999/300,000; H 499/500) and the 重大事故 flag.
TABLE = [
    # persons, handlers, serious, assessments, row
    (0, None, False, NONE, "D1"),
    (999, 10_000, True, NONE, "D1"),
    (1000, None, False, BASIC, "D2"),
    (9_999, 10_000, True, BASIC, "D2"),
    (10_000, 499, False, BASIC, "D3"),
    (10_000, 500, False, FOCUSED, "D4"),
    (99_999, 499, False, BASIC, "D3"),
    (99_999, 500, False, FOCUSED, "D4"),
    (50_000, 0, True, FOCUSED, "D5"),
    (50_000, None, True, FOCUSED, "D5"),
    (100_000, 499, False, FOCUSED, "D6"),
    (100_000, 500, False, FULL, "D7"),
    (299_999, 499, False, FOCUSED, "D6"),
    (299_999, 500, False, FULL, "D7"),
    (150_000, 499, True, FULL, "D8"),
    (150_000, None, True, FULL, "D8"),
    (300_000, None, False, FULL, "D9"),
    (300_000, 0, False, FULL, "D9"),
    (10_000_000, 5, True, FULL, "D9"),
]


@pytest.mark.parametrize("body", ["administrative", LG, HIS])
@pytest.mark.parametrize(("persons", "handlers", "serious", "assessments", "row"), TABLE)
def test_table(body: str, persons: int, handlers: int | None, serious: bool, assessments: list[str], row: str) -> None:
    facts: dict[str, Any] = {"body": body, "persons": persons, "serious_incident_past_year": serious}
    if handlers is not None:
        facts["handlers"] = handlers
    decision = judge(**facts)
    assert (decision.assessments, decision.row) == (assessments, row)
    assert decision.mandatory is bool(assessments)
    assert decision.exemptions == (["under_1000"] if row == "D1" else [])
    if assessments:
        assert any("指針第5の2" in r.citation for r in decision.reasons)
        citations = decision.reasons[-1].citation
        assert "規則第5条" in citations
        assert ("規則第6条" in citations) is ("focused" in assessments)
        assert ("規則第7条" in citations) is ("full" in assessments)
    else:
        assert "規則第4条" in decision.reasons[-1].citation


@pytest.mark.parametrize("body", ["administrative", LG, HIS])
def test_d0_only_for_business(body: str) -> None:
    decision = judge(body=body, persons=3000)
    assert decision.mandatory and decision.row == "D2"
    assert "番号法第28条" in decision.reasons[0].citation


@pytest.mark.parametrize(
    ("flags", "codes"),
    [
        ({"staff_only": True}, ["staff_only"]),
        ({"paper_only": True}, ["paper_only"]),
        ({"staff_only": True, "paper_only": True}, ["staff_only", "paper_only"]),
    ],
)
def test_staff_only_and_paper_only_exemptions(flags: dict[str, bool], codes: list[str]) -> None:
    decision = judge(body=LG, persons=500_000, handlers=900, **flags)
    assert not decision.mandatory and decision.assessments == []
    assert decision.row is None and decision.exemptions == codes
    assert sum("規則第4条" in r.citation for r in decision.reasons) == len(codes)


def test_exempt_affair_needs_no_counts() -> None:
    assert not judge(body=LG, staff_only=True).mandatory


def test_business_needs_no_counts() -> None:
    assert judge(body="business").row == "D0"


def test_full_assessment_procedure_mentions_public_comment_and_approval() -> None:
    text = judge(body="administrative", persons=400_000).reasons[-1].text
    assert "30日以上" in text and "承認" in text and "第三者点検" in text


# 重大事故: intentional, or ≥ 101 persons; only within the past year counts.
@pytest.mark.parametrize(
    ("incident", "serious"),
    [
        ({"occurred_on": "2024-05-01", "persons": 100}, False),
        ({"occurred_on": "2024-05-01", "persons": 101}, True),
        ({"occurred_on": "2024-05-01", "persons": 0, "intentional": True}, True),
        ({"occurred_on": "2023-06-01", "persons": 500}, True),  # exactly one year before as_of: 以内
        ({"occurred_on": "2023-05-31", "persons": 500}, False),  # more than a year ago
        ({"occurred_on": "2024-06-01", "persons": 500}, True),  # on as_of
    ],
)
def test_serious_incident_definition(incident: dict[str, Any], serious: bool) -> None:
    decision = judge(body=HIS, persons=150_000, handlers=10, incidents=[incident])
    assert decision.serious_incident is serious
    assert decision.assessments == (FULL if serious else FOCUSED)


def test_flag_true_without_incident_details() -> None:
    assert judge(body=HIS, persons=150_000, handlers=10, serious_incident_past_year=True).row == "D8"


def test_flag_false_contradicting_incidents_is_refused() -> None:
    with pytest.raises(FactsError) as caught:
        judge(
            body=HIS,
            persons=150_000,
            handlers=10,
            serious_incident_past_year=False,
            incidents=[{"occurred_on": "2024-05-01", "persons": 200}],
        )
    assert caught.value.field == "serious_incident_past_year"


def test_incident_after_as_of_is_refused() -> None:
    with pytest.raises(FactsError) as caught:
        judge(body=HIS, persons=150_000, handlers=10, incidents=[{"occurred_on": "2024-06-02", "persons": 1}])
    assert caught.value.field == "incidents.0.occurred_on"


def test_publication_after_as_of_is_refused() -> None:
    with pytest.raises(FactsError) as caught:
        judge(body=HIS, persons=5000, last_published_on="2024-06-02")
    assert caught.value.field == "last_published_on"


@pytest.mark.parametrize(
    ("facts", "field"),
    [
        ({"body": HIS}, "persons"),
        ({"body": HIS, "persons": 10_000}, "handlers"),
        ({"body": HIS, "persons": 299_999}, "handlers"),
    ],
)
def test_missing_count_that_decides_is_refused(facts: dict[str, Any], field: str) -> None:
    with pytest.raises(FactsError) as caught:
        judge(**facts)
    assert caught.value.field == field


@pytest.mark.parametrize(
    "facts",
    [
        {"persons": 5000},  # body is required
        {"body": "company", "persons": 5000},
        {"body": HIS, "persons": -1},
        {"body": HIS, "persons": 5000, "handlers": -1},
        {"body": HIS, "persons": "5000"},
        {"body": HIS, "persons": 5000.5},
        {"body": HIS, "persons": 5000, "staff_only": "yes"},
        {"body": HIS, "persons": 5000, "employees": 3},
        {"body": HIS, "persons": 5000, "current_assessments": ["complete"]},
        {"body": HIS, "persons": 5000, "incidents": [{"occurred_on": "2024-01-01"}]},
        {"body": HIS, "persons": 5000, "incidents": [{"occurred_on": "2024-01-01", "persons": 3, "who": "x"}]},
    ],
)
def test_bad_facts_are_refused(facts: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        PiaFacts.model_validate_json(json.dumps(facts))


@pytest.mark.parametrize(
    ("current", "required_redo"),
    [
        (["basic"], True),  # D6 now needs 重点
        (["basic", "focused"], False),
        (["basic", "full"], False),  # a voluntary higher assessment already covers it
        ([], True),
    ],
)
def test_threshold_change_reassessment(current: list[str], required_redo: bool) -> None:
    decision = judge(body=LG, persons=120_000, handlers=10, current_assessments=current)
    assert any(h.code == "threshold_change" for h in decision.reassessment) is required_redo


def test_before_the_my_number_rules_in_this_timeline() -> None:
    from hogo.law.versions import LawNotInForceError

    with pytest.raises(LawNotInForceError):
        judge(as_of=dt.date(2015, 6, 1), body=HIS, persons=5000)


def test_registered() -> None:
    assert JUDGEMENTS["pia"].facts is PiaFacts


@given(
    persons=st.integers(min_value=0, max_value=2_000_000),
    handlers=st.integers(min_value=0, max_value=5_000),
    serious=st.booleans(),
    more_persons=st.integers(min_value=0, max_value=500_000),
    more_handlers=st.integers(min_value=0, max_value=1_000),
)
def test_more_persons_handlers_or_incidents_never_lower_the_assessment(
    persons: int, handlers: int, serious: bool, more_persons: int, more_handlers: int
) -> None:
    def level(decision) -> int:
        return max(({"basic": 1, "focused": 2, "full": 3}[a] for a in decision.assessments), default=0)

    base = judge(body=LG, persons=persons, handlers=handlers, serious_incident_past_year=serious)
    bigger = judge(
        body=LG,
        persons=persons + more_persons,
        handlers=handlers + more_handlers,
        serious_incident_past_year=True if serious else bool(more_handlers % 2),
    )
    assert level(bigger) >= level(base)
    assert base.assessments in (NONE, BASIC, FOCUSED, FULL)


def test_every_my_number_version_carries_the_pia_parameters() -> None:
    from hogo.law.versions import VERSIONS

    for version in VERSIONS["mynumber"]:
        assert version.rule("pia.min_persons") == 1000
        assert version.rule("pia.handlers_threshold") == 500
        decision = judge(as_of=version.effective, body=HIS, persons=350_000)
        assert decision.law_version.id == version.id
        assert decision.row == "D9"
