"""Classification (定義) and 個人情報取扱事業者 judgements: the spec's scenarios as data.

Each row: scenario id from the spec (document:id), facts (with ``as_of`` in the scenario's era),
and the expected decision fields. Where the current law answers differently a second row with a
current ``as_of`` follows, suffixed ``/now``.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hogo.law import JUDGEMENTS

SCHOOLS = "2006-04-01"  # 学校指針解説 (平成18年2月改訂), original Act
WELFARE = "2013-04-01"  # 福祉分野ガイドライン (平成25年3月), original Act + 2008 Order
NOW = "2024-06-01"


def judge(topic: str, facts: dict[str, Any]) -> dict[str, Any]:
    """Run judgement ``topic`` in-process on JSON ``facts`` (which carry ``as_of``)."""
    judgement = JUDGEMENTS[topic]
    model = judgement.facts.model_validate_json(json.dumps(facts))
    decision = judgement(model, model.as_of or dt.date.today())
    return decision.model_dump(mode="json")


def check(decision: dict[str, Any], expected: dict[str, Any]) -> None:
    """Every expected field equals the decision's; every reason has both languages and a citation."""
    for field, value in expected.items():
        assert decision[field] == value, (field, decision[field], value, decision["reasons"])
    assert decision["reasons"], "a decision without reasons"
    for item in decision["reasons"]:
        assert item["text"] and item["text_en"] and item["citation"], item


PI = ["personal_information"]
PD = ["personal_information", "personal_data"]
RETAINED = ["personal_information", "personal_data", "retained_personal_data"]
PHONE_BOOK = {"made_by_others": True, "only_name_address_phone": True}
SOLD_DIRECTORY = {"published_for_sale": True, "purchasable_any_time": True}

CLASSIFY: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
    # --- schools-guideline §4.A ---
    (
        "schools:T03",
        {"as_of": SCHOOLS, "identifies_person": True, "in_database": True, "directory": PHONE_BOOK},
        {"categories": RETAINED, "counts_toward_handler_threshold": False},
    ),
    (
        "schools:T04",
        {
            "as_of": SCHOOLS,
            "identifies_person": True,
            "in_database": True,
            "directory": {**PHONE_BOOK, "altered": False},
        },
        {"counts_toward_handler_threshold": False},
    ),
    (
        "schools:T05",
        {
            "as_of": SCHOOLS,
            "identifies_person": True,
            "in_database": True,
            "directory": {"made_by_others": True, "only_name_address_phone": True},
        },
        {"database": True, "counts_toward_handler_threshold": False},
    ),
    (
        "schools:T06",
        {
            "as_of": SCHOOLS,
            "identifies_person": True,
            "in_database": True,
            "directory": {**PHONE_BOOK, "altered": True},
        },
        {"counts_toward_handler_threshold": True},
    ),
    ("schools:T09", {"as_of": SCHOOLS, "identifies_person": True}, {"categories": PI, "personal_data": False}),
    (
        "schools:T09/indexed",
        {"as_of": SCHOOLS, "identifies_person": True, "in_database": True},
        {"categories": RETAINED},
    ),
    (
        "schools:T10",
        {"as_of": SCHOOLS, "identifies_person": True, "in_database": False},
        {"personal_information": True, "personal_data": False},
    ),
    (
        "schools:T11",
        {"as_of": SCHOOLS, "identifies_person": True, "in_database": True},
        {"personal_information": True, "personal_data": True},
    ),
    (
        "schools:T12",
        {"as_of": SCHOOLS, "identifies_person": True, "in_database": True, "retention_months": 5},
        {"categories": PD, "retained_personal_data": False},
    ),
    (
        "schools:T12/7-months",
        {"as_of": SCHOOLS, "identifies_person": True, "in_database": True, "retention_months": 7},
        {"categories": RETAINED},
    ),
    (
        "schools:T12/now",
        {"as_of": NOW, "identifies_person": True, "in_database": True, "retention_months": 5},
        {"categories": RETAINED},
    ),
    # --- welfare-guideline §3.1 ---
    (
        "welfare:TC-01",
        {"as_of": WELFARE, "identifies_person": True, "sensitive": ["medical_care"]},
        {"categories": PI, "sensitive": False},
    ),
    (
        "welfare:TC-01/now",
        {"as_of": NOW, "identifies_person": True, "sensitive": ["medical_care"]},
        {"categories": ["personal_information", "sensitive"]},
    ),
    (
        "welfare:TC-02",
        {"as_of": WELFARE, "deceased": True, "identifies_person": True},
        {"categories": [], "personal_information": False},
    ),
    (
        "welfare:TC-02/now",
        {"as_of": NOW, "deceased": True, "identifies_person": True},
        {"categories": [], "person_related": False},
    ),
    (
        "welfare:TC-03",
        {
            "as_of": WELFARE,
            "deceased": True,
            "also_about_living_person": True,
            "identifies_person": True,
            "in_database": True,
        },
        {"categories": RETAINED},
    ),
    ("welfare:TC-04", {"as_of": WELFARE, "identifies_person": True}, {"categories": PI}),
    ("welfare:TC-05", {"as_of": WELFARE, "identifies_person": True}, {"personal_information": True}),
    ("welfare:TC-06", {"as_of": WELFARE, "identifies_person": False}, {"categories": []}),
    ("welfare:TC-06/now", {"as_of": NOW, "identifies_person": False}, {"categories": ["person_related"]}),
    (
        "welfare:TC-07",
        {"as_of": WELFARE, "identifies_person": False, "easily_collated": True},
        {"personal_information": True},
    ),
    (
        "welfare:TC-08",
        {"as_of": WELFARE, "identifies_person": False, "easily_collated": False},
        {"personal_information": False},
    ),
    ("welfare:TC-09", {"as_of": WELFARE, "identifies_person": True}, {"personal_information": True}),
    (
        "welfare:TC-10",
        {"as_of": WELFARE, "identifies_person": True, "in_database": True},
        {"database": True, "personal_data": True},
    ),
    ("welfare:TC-11", {"as_of": WELFARE, "identifies_person": True, "in_database": False}, {"categories": PI}),
    (
        "welfare:TC-15",
        {"as_of": WELFARE, "identifies_person": True, "in_database": True, "directory": PHONE_BOOK},
        {"counts_toward_handler_threshold": False},
    ),
    (
        "welfare:TC-16",
        {
            "as_of": WELFARE,
            "identifies_person": True,
            "in_database": True,
            "directory": {**SOLD_DIRECTORY, "altered": True},
        },
        {"counts_toward_handler_threshold": True},
    ),
    (
        "welfare:TC-16/unaltered",
        {"as_of": WELFARE, "identifies_person": True, "in_database": True, "directory": SOLD_DIRECTORY},
        {"counts_toward_handler_threshold": False},
    ),
    (
        "welfare:TC-18",
        {"as_of": WELFARE, "identifies_person": True, "in_database": True, "retention_months": 3},
        {"categories": PD},
    ),
    (
        "welfare:TC-18/updated",
        {"as_of": WELFARE, "identifies_person": True, "in_database": True, "retention_months": None},
        {"categories": RETAINED},
    ),
    (
        "welfare:TC-18/now",
        {"as_of": NOW, "identifies_person": True, "in_database": True, "retention_months": 3},
        {"categories": RETAINED},
    ),
    (
        "welfare:TC-19",
        {"as_of": WELFARE, "identifies_person": True, "in_database": True, "existence_harm": "life_body_property"},
        {"categories": PD},
    ),
    (
        "welfare:TC-19/now",
        {"as_of": NOW, "identifies_person": True, "in_database": True, "existence_harm": "life_body_property"},
        {"categories": PD},
    ),
    # --- amendments §5 ---
    (
        "amend:1",
        {
            "as_of": NOW,
            "identifies_person": True,
            "in_database": True,
            "directory": {**SOLD_DIRECTORY, "only_name_address_phone": True},
        },
        {"categories": PI, "database": False},
    ),
    (
        "amend:2",
        {
            "as_of": NOW,
            "identifies_person": True,
            "in_database": True,
            "directory": {**SOLD_DIRECTORY, "altered": True},
        },
        {"categories": RETAINED, "database": True},
    ),
    (
        "amend:3",
        {
            "as_of": NOW,
            "identifies_person": True,
            "in_database": True,
            "directory": {**SOLD_DIRECTORY, "lawfully_issued": False},
        },
        {"database": True, "personal_data": True},
    ),
    (
        "amend:6",
        {"as_of": NOW, "identification_code": "biometric"},
        {"categories": ["personal_information", "identification_code"]},
    ),
    (
        "amend:7",
        {"as_of": NOW, "identification_code": "public_number"},
        {"categories": ["personal_information", "identification_code"]},
    ),
    # --- other kinds (current law) ---
    (
        "kind:my-number",
        {"as_of": NOW, "contains_my_number": True, "identifies_person": True, "in_database": True},
        {"categories": [*RETAINED, "identification_code", "specific_personal_information"]},
    ),
    (
        "kind:my-number/2015",
        {"as_of": "2015-06-01", "contains_my_number": True, "identifies_person": True},
        {"categories": PI},
    ),
    (
        "kind:pseudonymised",
        {"as_of": NOW, "processed_as": "pseudonymised", "easily_collated": True, "in_database": True},
        {"pseudonymised": True, "personal_data": True},
    ),
    (
        "kind:pseudonymised/recipient",
        {"as_of": NOW, "processed_as": "pseudonymised"},
        {"categories": ["pseudonymised"]},
    ),
    ("kind:statistics", {"as_of": NOW, "about_individual": False}, {"categories": []}),
    ("kind:statistics/2010", {"as_of": "2010-01-01", "about_individual": False}, {"categories": []}),
    ("kind:anonymised", {"as_of": NOW, "processed_as": "anonymised"}, {"categories": ["anonymised"]}),
    ("kind:anonymised/2010", {"as_of": "2010-01-01", "processed_as": "anonymised"}, {"categories": []}),
    (
        "kind:contractor",
        {"as_of": NOW, "identifies_person": True, "in_database": True, "has_authority_to_disclose": False},
        {"categories": PD},
    ),
    (
        "kind:sensitive-all",
        {
            "as_of": NOW,
            "identifies_person": True,
            "sensitive": ["race", "creed", "criminal_procedure", "juvenile_procedure"],
        },
        {"sensitive": True},
    ),
]


@pytest.mark.parametrize(("scenario", "facts", "expected"), CLASSIFY, ids=[row[0] for row in CLASSIFY])
def test_classify_scenarios(scenario: str, facts: dict[str, Any], expected: dict[str, Any]) -> None:
    check(judge("classify", facts), expected)


def counts(*pairs: tuple[str, int]) -> list[dict[str, Any]]:
    return [{"on": on, "persons": persons} for on, persons in pairs]


HANDLER: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
    (
        "schools:T01",
        {
            "as_of": SCHOOLS,
            "sector": "school",
            "person_counts": counts(("2006-01-01", 3000 + 2500), ("2006-03-01", 5400)),
        },
        {"handler": True, "max_persons": 5500, "governed_by": "act_chapter4"},
    ),
    (
        "schools:T02",
        {
            "as_of": SCHOOLS,
            "sector": "school",
            "person_counts": counts(("2006-01-01", 3000 + 2500 - 600), ("2006-03-01", 4900)),
        },
        {"handler": False, "max_persons": 4900, "governed_by": "guideline_effort"},
    ),
    (
        "schools:T02/now",
        {"as_of": NOW, "sector": "school", "person_counts": counts(("2024-05-01", 4900))},
        {"handler": True, "max_persons": None},
    ),
    ("schools:T07", {"as_of": SCHOOLS, "person_counts": counts(("2006-02-01", 5000))}, {"handler": False}),
    ("schools:T07/5001", {"as_of": SCHOOLS, "person_counts": counts(("2006-02-01", 5001))}, {"handler": True}),
    (
        "schools:T08",
        {"as_of": SCHOOLS, "person_counts": counts(("2005-09-01", 5200), ("2005-11-01", 4800), ("2006-03-31", 4700))},
        {"handler": False, "max_persons": 4800},
    ),
    (
        "schools:T17",
        {"as_of": SCHOOLS, "body": "schedule2_corporation"},
        {"handler": False, "governed_by": "separate_acts"},
    ),
    (
        "schools:T17/now",
        {"as_of": NOW, "body": "schedule2_corporation"},
        {"handler": True, "governed_by": "act_chapter4"},
    ),
    ("schools:SC-4", {"as_of": SCHOOLS, "body": "local_government"}, {"handler": False, "governed_by": "ordinances"}),
    ("schools:SC-4/now", {"as_of": NOW, "body": "local_government"}, {"handler": False, "governed_by": "act_chapter5"}),
    (
        "welfare:TC-12",
        {"as_of": WELFARE, "sector": "welfare", "person_counts": counts(("2012-12-01", 4900 + 150 + 30))},
        {"handler": True, "max_persons": 5080},
    ),
    (
        "welfare:TC-13",
        {
            "as_of": WELFARE,
            "sector": "welfare",
            "person_counts": counts(("2012-12-01", 4900 + 150 + 30 - 120), ("2013-03-01", 4000)),
        },
        {"handler": False, "max_persons": 4960, "governed_by": "guideline_effort"},
    ),
    (
        "welfare:TC-14",
        {"as_of": WELFARE, "person_counts": counts(("2012-09-01", 5100), ("2012-10-15", 5000), ("2013-03-31", 4990))},
        {"handler": False},
    ),
    ("welfare:TC-17", {"as_of": WELFARE, "person_counts": counts(("2013-03-01", 6000))}, {"handler": True}),
    ("welfare:TC-17/no-database", {"as_of": WELFARE, "uses_database_for_business": False}, {"handler": False}),
    (
        "welfare:1.5/national",
        {"as_of": WELFARE, "body": "national_government"},
        {"handler": False, "governed_by": "separate_acts"},
    ),
    (
        "welfare:1.5/national-now",
        {"as_of": NOW, "body": "national_government"},
        {"handler": False, "governed_by": "act_chapter5"},
    ),
    (
        "welfare:1.5/local-iaa",
        {"as_of": "2023-03-31", "body": "local_incorporated_administrative_agency"},
        {"handler": False, "governed_by": "ordinances"},
    ),
    (
        "welfare:1.5/iaa",
        {"as_of": NOW, "body": "incorporated_administrative_agency"},
        {"handler": False, "governed_by": "act_chapter5"},
    ),
]


@pytest.mark.parametrize(("scenario", "facts", "expected"), HANDLER, ids=[row[0] for row in HANDLER])
def test_handler_scenarios(scenario: str, facts: dict[str, Any], expected: dict[str, Any]) -> None:
    check(judge("handler", facts), expected)


# --- amendments: the same facts either side of the effective date -------------------------------

AMENDMENTS: list[tuple[str, str, dict[str, Any], str, dict[str, Any], dict[str, Any]]] = [
    # (name, topic, facts, effective date, expected the day before, expected on the day)
    (
        "5000-person rule abolished",
        "handler",
        {"person_counts": counts(("2017-05-01", 3000))},
        "2017-05-30",
        {"handler": False, "law_version": {"id": "appi-2005"}},
        {"handler": True},
    ),
    (
        "要配慮 introduced",
        "classify",
        {"identifies_person": True, "sensitive": ["medical_history"]},
        "2017-05-30",
        {"sensitive": False},
        {"sensitive": True},
    ),
    (
        "個人識別符号 introduced",
        "classify",
        {"identification_code": "public_number"},
        "2017-05-30",
        {"personal_information": False},
        {"personal_information": True},
    ),
    (
        "市販名簿: count exclusion → not a database",
        "classify",
        {"identifies_person": True, "in_database": True, "directory": {**PHONE_BOOK, **SOLD_DIRECTORY}},
        "2017-05-30",
        {"database": True, "counts_toward_handler_threshold": False},
        {"database": False},
    ),
    (
        "匿名加工情報 introduced",
        "classify",
        {"processed_as": "anonymised", "easily_collated": True},
        "2017-05-30",
        {"personal_information": True, "anonymised": False},
        {"personal_information": False, "anonymised": True},
    ),
    (
        "6-month exclusion abolished",
        "classify",
        {"identifies_person": True, "in_database": True, "retention_months": 2},
        "2022-04-01",
        {"retained_personal_data": False},
        {"retained_personal_data": True},
    ),
    (
        "個人関連情報 introduced",
        "classify",
        {"identifies_person": False},
        "2022-04-01",
        {"person_related": False},
        {"person_related": True},
    ),
    (
        "仮名加工情報 introduced",
        "classify",
        {"processed_as": "pseudonymised", "easily_collated": True},
        "2022-04-01",
        {"pseudonymised": False},
        {"pseudonymised": True},
    ),
    (
        "国立大学法人 under Chapter 4",
        "handler",
        {"body": "schedule2_corporation"},
        "2022-04-01",
        {"handler": False},
        {"handler": True},
    ),
    (
        "local governments under Chapter 5",
        "handler",
        {"body": "local_government"},
        "2023-04-01",
        {"governed_by": "ordinances"},
        {"governed_by": "act_chapter5"},
    ),
]


def _subset(decision: dict[str, Any], expected: dict[str, Any]) -> None:
    for key, value in expected.items():
        if isinstance(value, dict):
            _subset(decision[key], value)
        else:
            assert decision[key] == value, (key, decision[key], value)


@pytest.mark.parametrize(
    ("name", "topic", "facts", "effective", "before", "after"), AMENDMENTS, ids=[row[0] for row in AMENDMENTS]
)
def test_amendment_boundaries(
    name: str, topic: str, facts: dict[str, Any], effective: str, before: dict[str, Any], after: dict[str, Any]
) -> None:
    day = dt.date.fromisoformat(effective)
    old = judge(topic, {**facts, "as_of": (day - dt.timedelta(days=1)).isoformat()})
    new = judge(topic, {**facts, "as_of": effective})
    _subset(old, before)
    _subset(new, after)
    assert old["law_version"]["id"] != new["law_version"]["id"]


def test_citations_follow_the_numbering_of_the_version() -> None:
    facts = {"identifies_person": True, "in_database": True}
    cited = {
        day: " ".join(r["citation"] for r in judge("classify", {**facts, "as_of": day})["reasons"])
        for day in ("2010-01-01", "2018-01-01", NOW)
    }
    assert "第2条第4項" in cited["2010-01-01"]  # 旧第2条第4項 個人データ
    assert "第2条第6項" in cited["2018-01-01"]  # 平成27年改正後
    assert "第16条第3項" in cited[NOW]  # 現行


# --- properties --------------------------------------------------------------------------------

classify_facts = st.fixed_dictionaries(
    {
        "as_of": st.dates(dt.date(2005, 4, 1), dt.date(2030, 12, 31)).map(dt.date.isoformat),
        "deceased": st.booleans(),
        "also_about_living_person": st.booleans(),
        "identifies_person": st.booleans(),
        "easily_collated": st.booleans(),
        "identification_code": st.sampled_from(["none", "biometric", "public_number"]),
        "contains_my_number": st.booleans(),
        "sensitive": st.lists(st.sampled_from(["race", "medical_history", "disability"]), max_size=2),
        "in_database": st.booleans(),
        "has_authority_to_disclose": st.booleans(),
        "retention_months": st.one_of(st.none(), st.integers(0, 24)),
        "processed_as": st.sampled_from(["none", "pseudonymised", "anonymised"]),
    }
)


@settings(max_examples=300, deadline=None)
@given(classify_facts)
def test_classification_is_a_hierarchy(facts: dict[str, Any]) -> None:
    d = judge("classify", facts)
    if d["retained_personal_data"]:
        assert d["personal_data"]
    if d["personal_data"] or d["sensitive"] or d["specific_personal_information"]:
        assert d["personal_information"]
    assert not (d["personal_information"] and d["person_related"])
    assert not (d["personal_information"] and d["anonymised"])
    assert d["categories"] == [c for c in d["categories"] if d[c]]


@settings(max_examples=200, deadline=None)
@given(
    st.dates(dt.date(2005, 4, 1), dt.date(2017, 5, 29)),
    st.lists(st.tuples(st.integers(0, 400), st.integers(0, 20000)), min_size=1, max_size=6),
)
def test_handler_threshold_is_any_day_of_past_six_months(as_of: dt.date, samples: list[tuple[int, int]]) -> None:
    entries = [{"on": (as_of - dt.timedelta(days=back)).isoformat(), "persons": n} for back, n in samples]
    facts = {"as_of": as_of.isoformat(), "person_counts": entries}
    from hogo.law.classification import months_before

    start = months_before(as_of, 6)
    in_window = [n for back, n in samples if as_of - dt.timedelta(days=back) >= start]
    if not in_window:
        with pytest.raises(ValueError, match="person_counts"):
            judge("handler", facts)
        return
    assert judge("handler", facts)["handler"] == (max(in_window) > 5000)


# --- bad input through the CLI ------------------------------------------------------------------


def run_cli(topic: str, text: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hogo", "judge", topic, "-"], input=text, capture_output=True, text=True, check=False
    )


@pytest.mark.parametrize(
    ("topic", "text", "field"),
    [
        ("classify", '{"identifies_person": "yes"}', "identifies_person"),
        ("classify", '{"retention_months": -1}', "retention_months"),
        ("classify", '{"sensitive": ["blood_type"]}', "sensitive.0"),
        ("classify", '{"directory": {"sold": true}}', "directory.sold"),
        ("classify", '{"idenitfies_person": true}', "idenitfies_person"),
        ("handler", '{"as_of": "2010-01-01"}', "person_counts"),
        (
            "handler",
            '{"as_of": "2010-01-01", "person_counts": [{"on": "2010-02-01", "persons": 1}]}',
            "person_counts.0.on",
        ),
        ("handler", '{"as_of": "2010-02-30"}', "as_of"),
        ("handler", '{"body": "ministry"}', "body"),
    ],
)
def test_bad_input_exits_2_naming_the_field(topic: str, text: str, field: str) -> None:
    assert_bad_input(topic, text, field)


def assert_bad_input(topic: str, text: str, field: str) -> None:
    """``hogo judge <topic>`` on ``text`` exits 2 with one line naming ``field`` and no traceback."""
    result = run_cli(topic, text)
    assert result.returncode == 2, result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and field in lines[0], result.stderr
    assert "Traceback" not in result.stderr


def test_cli_prints_the_decision() -> None:
    result = run_cli("classify", '{"as_of": "2024-06-01", "identification_code": "biometric"}')
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["categories"] == ["personal_information", "identification_code"]
    assert out["law_version"]["id"] == "appi-2024"
