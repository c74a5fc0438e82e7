"""中小規模事業者 (My Number guideline 別添1 (注)): mynumber-and-pia.md §2.8.1 and §5.6 T64–T67."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from hogo.law import JUDGEMENTS
from hogo.law.mynumber_sme import SmeFacts, judge_mynumber_sme

AS_OF = dt.date(2024, 6, 1)


def judge(**facts: Any):
    return judge_mynumber_sme(SmeFacts(**facts), AS_OF)


# (scenario id, facts, expected sme)
SCENARIOS = [
    ("T64 manufacturer, 80 employees, 3,000 persons", {"employees": 80, "max_persons_past_6_months": 3000}, True),
    ("T65 payroll-outsourcing vendor, 80 employees", {"employees": 80, "entrusted_affairs": True}, False),
    ("T66 50 employees, 6,000 persons 4 months ago", {"employees": 50, "max_persons_past_6_months": 6000}, False),
    ("T67a 90-employee credit union", {"employees": 90, "financial_sector": True}, False),
    ("T67b health insurance society", {"employees": 90, "utilization_affairs": True}, False),
    ("edge 100 employees", {"employees": 100}, True),
    ("edge 101 employees", {"employees": 101}, False),
    ("edge 0 employees", {"employees": 0}, True),
    ("edge 5,000 persons", {"employees": 10, "max_persons_past_6_months": 5000}, True),
    ("edge 5,001 persons", {"employees": 10, "max_persons_past_6_months": 5001}, False),
    ("exclusion: utilisation affairs", {"employees": 10, "utilization_affairs": True}, False),
    ("exclusion: entrusted affairs", {"employees": 10, "entrusted_affairs": True}, False),
    ("exclusion: financial sector", {"employees": 10, "financial_sector": True}, False),
]


@pytest.mark.parametrize(("scenario", "facts", "sme"), SCENARIOS, ids=[s[0] for s in SCENARIOS])
def test_scenarios(scenario: str, facts: dict[str, Any], sme: bool) -> None:
    decision = judge(**facts)
    assert decision.sme is sme, scenario
    assert decision.reasons
    for r in decision.reasons:
        assert r.text and r.text_en
        assert "ガイドライン" in r.citation and "別添1" in r.citation
    assert decision.law_version.law == "mynumber"


@pytest.mark.parametrize(
    ("facts", "needle"),
    [
        ({"employees": 101}, "101"),
        ({"employees": 10, "utilization_affairs": True}, "利用事務実施者"),
        ({"employees": 10, "entrusted_affairs": True}, "委託"),
        ({"employees": 10, "financial_sector": True}, "金融分野"),
        ({"employees": 10, "max_persons_past_6_months": 5001}, "5,001"),
    ],
)
def test_each_exclusion_is_named_in_the_reasons(facts: dict[str, Any], needle: str) -> None:
    decision = judge(**facts)
    assert not decision.sme
    assert any(needle in r.text for r in decision.reasons)


def test_every_ground_is_listed_when_several_apply() -> None:
    decision = judge(
        employees=500,
        utilization_affairs=True,
        entrusted_affairs=True,
        financial_sector=True,
        max_persons_past_6_months=10_000,
    )
    assert not decision.sme
    assert len(decision.reasons) == 5


def test_sme_reason_mentions_the_standard_methods_are_more_desirable() -> None:
    decision = judge(employees=80)
    assert decision.sme
    assert "望ましい" in decision.reasons[-1].text


@pytest.mark.parametrize(
    "facts",
    [
        {"employees": -1},
        {"employees": "80"},
        {"employees": 80, "financial_sector": 1},
        {"employees": 80, "max_persons_past_6_months": -5},
        {"employees": 80, "bank": True},
        {},
    ],
)
def test_bad_facts_are_refused(facts: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        SmeFacts.model_validate(facts)


def test_registered() -> None:
    assert JUDGEMENTS["mynumber-sme"].facts is SmeFacts


def test_before_my_number_act_use_began() -> None:
    from hogo.law.versions import LawNotInForceError

    with pytest.raises(LawNotInForceError):
        judge_mynumber_sme(SmeFacts(employees=10), dt.date(2015, 12, 31))
