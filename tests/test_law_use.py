"""Purpose, use, acquisition, consent and 仮名加工情報 judgements: the spec's scenarios as data.

Rows carry the spec's scenario id (document:id). Guideline scenarios are judged on a date of
their era; a ``/now`` row follows where the current law answers differently.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_law_classification import NOW, SCHOOLS, WELFARE, assert_bad_input, check, judge

Row = tuple[str, dict[str, Any], dict[str, Any]]

PURPOSE: list[Row] = [
    ("schools:T20", {"as_of": SCHOOLS, "concrete": True}, {"sufficient": True, "required_actions": []}),
    (
        "schools:T21",
        {"as_of": SCHOOLS, "concrete": True, "planned_third_party_provision": True, "recipient_stated": True},
        {"sufficient": True},
    ),
    (
        "schools:T22",
        {"as_of": SCHOOLS, "concrete": False},
        {"sufficient": False, "required_actions": ["make_purpose_concrete"]},
    ),
    (
        "schools:T23",
        {"as_of": SCHOOLS, "concrete": True, "planned_third_party_provision": True, "recipient_stated": False},
        {"sufficient": False, "required_actions": ["state_third_party_provision"]},
    ),
    ("welfare:P-1", {"as_of": WELFARE, "concrete": True}, {"sufficient": True}),
]

PURPOSE_CHANGE: list[Row] = [
    (
        "schools:T24",
        {"as_of": SCHOOLS, "relation": "considerable"},
        {"outcome": "allowed", "change_permitted": True, "required_actions": ["notify_or_publish_changed_purpose"]},
    ),
    (
        "schools:T25",
        {"as_of": SCHOOLS, "relation": "considerable"},
        {"outcome": "allowed", "required_actions": ["notify_or_publish_changed_purpose"]},
    ),
    (
        "schools:T26",
        {"as_of": SCHOOLS, "relation": "unrelated"},
        {"outcome": "needs_consent", "change_permitted": False, "required_actions": ["obtain_consent"]},
    ),
    (
        "schools:T26/consent",
        {"as_of": SCHOOLS, "relation": "unrelated", "consent": True},
        {"outcome": "allowed", "change_permitted": False},
    ),
    (
        "welfare:TC-25",
        {"as_of": WELFARE, "relation": "considerable"},
        {"outcome": "allowed", "required_actions": ["notify_or_publish_changed_purpose"]},
    ),
    (
        "welfare:TC-25/exempt",
        {"as_of": WELFARE, "relation": "considerable", "notice_exemption": "harm_person_or_third_party"},
        {"outcome": "allowed", "required_actions": []},
    ),
    ("welfare:TC-26", {"as_of": WELFARE, "relation": "unrelated"}, {"outcome": "needs_consent"}),
    ("welfare:TC-26/related-only", {"as_of": WELFARE, "relation": "related"}, {"outcome": "needs_consent"}),
    (
        "welfare:TC-26/related-only/now",
        {"as_of": NOW, "relation": "related"},
        {"outcome": "allowed", "change_permitted": True},
    ),
    (
        "amend:1.15/pseudonymised",
        {"as_of": NOW, "relation": "unrelated", "pseudonymised": True},
        {"outcome": "allowed", "required_actions": ["publish_changed_purpose"]},
    ),
]

LAW = {"based_on_law": True}
USE: list[Row] = [
    # --- schools §4.B (use) ---
    (
        "schools:T27",
        {"as_of": SCHOOLS, "within_purpose": False},
        {"outcome": "needs_consent", "required_actions": ["obtain_consent"]},
    ),
    (
        "schools:T28",
        {"as_of": SCHOOLS, "within_purpose": False, "acquired_by_succession": True},
        {"outcome": "needs_consent"},
    ),
    (
        "schools:T28/within",
        {"as_of": SCHOOLS, "within_purpose": True, "acquired_by_succession": True},
        {"outcome": "allowed", "basis": "within_purpose"},
    ),
    (
        "schools:T16",
        {"as_of": SCHOOLS, "within_purpose": False, "academic_institution": True, "academic_purpose": True},
        {"outcome": "exempt", "basis": "academic_exemption"},
    ),
    (
        "schools:T16/now",
        {"as_of": NOW, "within_purpose": False, "academic_institution": True, "academic_purpose": True},
        {"outcome": "allowed", "basis": "exception", "exceptions": ["academic_own"]},
    ),
    # --- schools §4.D: the exceptions (use half) ---
    (
        "schools:T34",
        {"as_of": SCHOOLS, "within_purpose": False, **LAW, "legal_basis": "個人情報保護法第32条"},
        {"outcome": "allowed", "exceptions": ["law"]},
    ),
    (
        "schools:T35",
        {"as_of": SCHOOLS, "within_purpose": False, **LAW, "legal_basis": "学校教育法施行規則第12条の3第3項"},
        {"outcome": "allowed", "exceptions": ["law"]},
    ),
    (
        "schools:T36",
        {"as_of": SCHOOLS, "within_purpose": False, **LAW, "legal_basis": "私立学校法第6条"},
        {"outcome": "allowed", "exceptions": ["law"]},
    ),
    (
        "schools:T37",
        {"as_of": SCHOOLS, "within_purpose": False, **LAW, "legal_basis": "刑事訴訟法第197条第1項"},
        {"outcome": "allowed", "exceptions": ["law"]},
    ),
    (
        "schools:T38",
        {"as_of": SCHOOLS, "within_purpose": False, **LAW, "legal_basis": "所得税法第225条第1項"},
        {"outcome": "allowed", "exceptions": ["law"]},
    ),
    (
        "schools:T39",
        {"as_of": SCHOOLS, "within_purpose": False, "protect_life_body_property": True, "consent_difficult": True},
        {"outcome": "allowed", "exceptions": ["life_body_property"]},
    ),
    (
        "schools:T40",
        {"as_of": SCHOOLS, "within_purpose": False, "protect_life_body_property": False, "consent_difficult": False},
        {"outcome": "needs_consent", "exceptions": []},
    ),
    (
        "schools:T40/life-but-consent-easy",
        {"as_of": SCHOOLS, "within_purpose": False, "protect_life_body_property": True, "consent_difficult": False},
        {"outcome": "needs_consent"},
    ),
    (
        "schools:T41",
        {
            "as_of": SCHOOLS,
            "within_purpose": False,
            "protect_life_body_property": True,
            "public_health_or_children": True,
            "consent_difficult": True,
        },
        {"outcome": "allowed", "exceptions": ["life_body_property", "public_health_children"]},
    ),
    (
        "schools:T42",
        {"as_of": SCHOOLS, "within_purpose": False, "public_health_or_children": True, "consent_difficult": True},
        {"outcome": "allowed", "exceptions": ["public_health_children"]},
    ),
    (
        "schools:T42/negative",
        {"as_of": SCHOOLS, "within_purpose": False, "public_health_or_children": True, "consent_difficult": False},
        {"outcome": "needs_consent"},
    ),
    (
        "schools:T43",
        {
            "as_of": SCHOOLS,
            "within_purpose": False,
            "public_health_or_children": True,
            "consent_difficult": True,
            "unduly_infringes_rights": False,
        },
        {"outcome": "allowed", "exceptions": ["public_health_children"]},
    ),
    (
        "schools:T43/negative",
        {
            "as_of": SCHOOLS,
            "within_purpose": False,
            "public_health_or_children": True,
            "consent_difficult": True,
            "unduly_infringes_rights": True,
        },
        {"outcome": "needs_consent"},
    ),
    (
        "schools:T44",
        {"as_of": SCHOOLS, "within_purpose": False, "cooperate_public_body": True, "consent_would_hinder": True},
        {"outcome": "allowed", "exceptions": ["public_body_cooperation"]},
    ),
    (
        "schools:T44/negative",
        {"as_of": SCHOOLS, "within_purpose": False, "cooperate_public_body": False, "consent_would_hinder": True},
        {"outcome": "needs_consent"},
    ),
    (
        "schools:T44/no-hindrance",
        {"as_of": SCHOOLS, "within_purpose": False, "cooperate_public_body": True, "consent_would_hinder": False},
        {"outcome": "needs_consent"},
    ),
    # --- welfare §3.2 ---
    ("welfare:TC-09", {"as_of": WELFARE, "within_purpose": False}, {"outcome": "needs_consent"}),
    (
        "welfare:TC-09/consent",
        {"as_of": WELFARE, "within_purpose": False, "consent": True},
        {"outcome": "allowed", "basis": "consent"},
    ),
    ("welfare:TC-27/C", {"as_of": WELFARE, "within_purpose": False}, {"outcome": "needs_consent"}),
    ("welfare:TC-27/A", {"as_of": WELFARE, "within_purpose": True}, {"outcome": "allowed"}),
    (
        "welfare:TC-28",
        {"as_of": WELFARE, "action": "request_consent", "within_purpose": False},
        {"outcome": "allowed", "basis": "not_out_of_purpose"},
    ),
    (
        "welfare:TC-29",
        {"as_of": WELFARE, "within_purpose": True, "acquired_by_succession": True},
        {"outcome": "allowed", "basis": "within_purpose"},
    ),
    (
        "welfare:TC-29/anonymise",
        {"as_of": WELFARE, "action": "anonymise", "within_purpose": False, "acquired_by_succession": True},
        {"outcome": "allowed", "basis": "not_out_of_purpose"},
    ),
    (
        "welfare:TC-29/new-use",
        {"as_of": WELFARE, "within_purpose": False, "acquired_by_succession": True},
        {"outcome": "needs_consent"},
    ),
    (
        "welfare:TC-30",
        {"as_of": WELFARE, "within_purpose": False, **LAW, "legal_basis": "児童虐待防止法第6条第1項"},
        {"outcome": "allowed", "exceptions": ["law"]},
    ),
    (
        "welfare:TC-31",
        {"as_of": WELFARE, "within_purpose": False, **LAW, "legal_basis": "刑事訴訟法第197条第1項"},
        {"outcome": "allowed", "exceptions": ["law"]},
    ),
    (
        "welfare:TC-32",
        {"as_of": WELFARE, "within_purpose": False, **LAW, "legal_basis": "社会福祉法(立入検査)"},
        {"outcome": "allowed", "exceptions": ["law"]},
    ),
    (
        "welfare:TC-33",
        {"as_of": WELFARE, "within_purpose": False, "public_health_or_children": True, "consent_difficult": True},
        {"outcome": "allowed", "exceptions": ["public_health_children"]},
    ),
    ("welfare:TC-43", {"as_of": WELFARE, "within_purpose": False}, {"outcome": "needs_consent"}),
    # --- amendments §5 ---
    (
        "amend:13",
        {"as_of": NOW, "within_purpose": True, "may_encourage_illegal_acts": True},
        {"outcome": "forbidden", "required_actions": ["stop_improper_use"]},
    ),
    (
        "amend:13/consent",
        {"as_of": NOW, "within_purpose": True, "consent": True, "may_encourage_illegal_acts": True},
        {"outcome": "forbidden"},
    ),
    (
        "amend:33",
        {"as_of": NOW, "within_purpose": False, "academic_institution": True, "academic_purpose": True},
        {"outcome": "allowed", "exceptions": ["academic_own"]},
    ),
    (
        "amend:33/undue",
        {
            "as_of": NOW,
            "within_purpose": False,
            "academic_institution": True,
            "academic_purpose": True,
            "unduly_infringes_rights": True,
        },
        {"outcome": "needs_consent"},
    ),
    (
        "amend:33/2021",
        {"as_of": "2021-06-01", "within_purpose": False, "academic_institution": True, "academic_purpose": True},
        {"outcome": "exempt"},
    ),
    (
        "amend:1.13/provide-to-academic",
        {"as_of": NOW, "within_purpose": False, "provide_to_academic_institution": True},
        {"outcome": "allowed", "exceptions": ["academic_provide"]},
    ),
    (
        "amend:1.13/provide-to-academic/2021",
        {"as_of": "2021-06-01", "within_purpose": False, "provide_to_academic_institution": True},
        {"outcome": "needs_consent"},
    ),
]

ACQUISITION: list[Row] = [
    # --- welfare §3.3 ---
    ("welfare:TC-34", {"as_of": WELFARE, "deceptive_means": True}, {"outcome": "forbidden"}),
    ("welfare:TC-35", {"as_of": WELFARE, "from_person_lacking_capacity": True}, {"outcome": "forbidden"}),
    (
        "welfare:TC-36",
        {"as_of": WELFARE, "direct_written": True},
        {"outcome": "allowed", "required_actions": ["state_purpose_before_acquisition"]},
    ),
    (
        "welfare:TC-36/published",
        {"as_of": WELFARE, "direct_written": True, "purpose_published_in_advance": True},
        {"required_actions": ["state_purpose_before_acquisition"]},
    ),
    (
        "welfare:TC-37",
        {"as_of": WELFARE, "direct_written": True, "emergency_life_body_property": True},
        {"outcome": "allowed", "required_actions": ["notify_or_publish_purpose_promptly"]},
    ),
    (
        "welfare:TC-38",
        {"as_of": WELFARE, "direct_written": False},
        {"outcome": "allowed", "required_actions": ["notify_or_publish_purpose_promptly"]},
    ),
    (
        "welfare:TC-39",
        {"as_of": WELFARE, "purpose_published_in_advance": True},
        {"outcome": "allowed", "required_actions": []},
    ),
    (
        "welfare:TC-40",
        {"as_of": WELFARE, "direct_written": True, "notice_exemption": "harm_person_or_third_party"},
        {"outcome": "allowed", "required_actions": []},
    ),
    (
        "welfare:TC-41",
        {"as_of": WELFARE, "notice_exemption": "public_body_cooperation"},
        {"outcome": "allowed", "required_actions": []},
    ),
    (
        "welfare:TC-42",
        {"as_of": WELFARE, "notice_exemption": "obvious_from_circumstances"},
        {"outcome": "allowed", "required_actions": []},
    ),
    ("welfare:A-5-2", {"as_of": WELFARE, "notice_exemption": "harm_business"}, {"required_actions": []}),
    # --- 要配慮 acquisition (amendments §1.2, §5) ---
    (
        "amend:4",
        {"as_of": NOW, "sensitive": True, "consent": False},
        {"outcome": "needs_consent", "required_actions": ["obtain_consent"]},
    ),
    (
        "amend:4/2016",
        {"as_of": "2016-06-01", "sensitive": True, "consent": False, "purpose_published_in_advance": True},
        {"outcome": "allowed", "required_actions": []},
    ),
    (
        "amend:4/consent",
        {"as_of": NOW, "sensitive": True, "consent": True, "purpose_published_in_advance": True},
        {"outcome": "allowed", "exceptions": []},
    ),
    (
        "amend:4/law",
        {"as_of": NOW, "sensitive": True, **LAW, "legal_basis": "労働安全衛生法第66条"},
        {"outcome": "allowed", "exceptions": ["law"]},
    ),
    (
        "amend:1.2/published-by-press",
        {"as_of": NOW, "sensitive": True, "published_by": "press"},
        {"outcome": "allowed", "exceptions": ["published"]},
    ),
    (
        "amend:1.2/published-by-person",
        {"as_of": "2018-01-01", "sensitive": True, "published_by": "person"},
        {"outcome": "allowed", "exceptions": ["published"]},
    ),
    (
        "amend:1.2/appearance",
        {"as_of": NOW, "sensitive": True, "obvious_from_appearance": True},
        {"outcome": "allowed", "exceptions": ["obvious_from_appearance"]},
    ),
    (
        "amend:1.2/entrustment",
        {"as_of": NOW, "sensitive": True, "received_via": "entrustment"},
        {"outcome": "allowed", "exceptions": ["entrustment_succession_joint_use"]},
    ),
    (
        "amend:1.2/life",
        {"as_of": NOW, "sensitive": True, "protect_life_body_property": True, "consent_difficult": True},
        {"outcome": "allowed", "exceptions": ["life_body_property"]},
    ),
    (
        "amend:1.13/academic-own",
        {"as_of": NOW, "sensitive": True, "academic_institution": True, "academic_purpose": True},
        {"outcome": "allowed", "exceptions": ["academic_own"]},
    ),
    (
        "amend:1.13/academic-joint",
        {"as_of": NOW, "sensitive": True, "joint_research_with_academic": True, "academic_purpose": True},
        {"outcome": "allowed", "exceptions": ["academic_joint"]},
    ),
    (
        "amend:1.13/academic-joint/2019",
        {"as_of": "2019-06-01", "sensitive": True, "joint_research_with_academic": True, "academic_purpose": True},
        {"outcome": "needs_consent"},
    ),
    (
        "amend:1.13/academic-own/2019",
        {"as_of": "2019-06-01", "sensitive": True, "academic_institution": True, "academic_purpose": True},
        {"outcome": "exempt"},
    ),
]

CONSENT: list[Row] = [
    # --- schools §4.A/§4.C ---
    (
        "schools:T13",
        {"as_of": SCHOOLS, "capacity": "minor_able", "given_by": ["legal_representative"], "method": "written"},
        {"valid": True},
    ),
    (
        "schools:T13/student",
        {"as_of": SCHOOLS, "capacity": "minor_able", "given_by": ["person"], "method": "written"},
        {"valid": True},
    ),
    (
        "schools:T29",
        {
            "as_of": SCHOOLS,
            "capacity": "minor_able",
            "given_by": ["person", "legal_representative"],
            "method": "form_checkbox",
        },
        {"valid": True, "required_actions": [], "recommended_actions": []},
    ),
    ("schools:T30", {"as_of": SCHOOLS, "given_by": ["person"], "method": "oral_meeting_confirmed"}, {"valid": True}),
    (
        "schools:T30/absent",
        {"as_of": SCHOOLS, "given_by": ["person"], "method": "none"},
        {"valid": False, "required_actions": ["obtain_explicit_expression"]},
    ),
    (
        "schools:T31",
        {"as_of": SCHOOLS, "given_by": ["person"], "method": "form_checkbox", "purpose_notified_in_advance": False},
        {"valid": True, "recommended_actions": ["notify_purpose_before_consent"]},
    ),
    (
        "schools:T32",
        {
            "as_of": SCHOOLS,
            "given_by": ["legal_representative"],
            "method": "written",
            "given_while_minor_now_adult": True,
            "within_consented_scope": True,
        },
        {"valid": True},
    ),
    (
        "schools:T33",
        {
            "as_of": SCHOOLS,
            "given_by": ["legal_representative"],
            "method": "written",
            "given_while_minor_now_adult": True,
            "within_consented_scope": False,
        },
        {"valid": False, "required_actions": ["obtain_from_person"]},
    ),
    # --- welfare §3.1 ---
    (
        "welfare:TC-21",
        {"as_of": WELFARE, "capacity": "minor_unable", "given_by": ["person"], "method": "written"},
        {"valid": False, "required_actions": ["obtain_from_legal_representative"]},
    ),
    (
        "welfare:TC-21/representative",
        {"as_of": WELFARE, "capacity": "minor_unable", "given_by": ["legal_representative"], "method": "written"},
        {"valid": True, "recommended_actions": []},
    ),
    (
        "welfare:TC-21/partly-able",
        {"as_of": WELFARE, "capacity": "minor_partly_able", "given_by": ["legal_representative"], "method": "written"},
        {"valid": True, "recommended_actions": ["also_obtain_from_person"]},
    ),
    (
        "welfare:TC-22",
        {
            "as_of": WELFARE,
            "capacity": "intellectual_disability_no_guardian",
            "given_by": ["family"],
            "method": "written",
        },
        {"valid": False, "required_actions": ["obtain_from_person"], "recommended_actions": []},
    ),
    (
        "welfare:TC-22/person",
        {
            "as_of": WELFARE,
            "capacity": "intellectual_disability_no_guardian",
            "given_by": ["person"],
            "method": "written",
        },
        {"valid": True, "recommended_actions": ["also_obtain_from_family"]},
    ),
    (
        "welfare:TC-23",
        {"as_of": WELFARE, "capacity": "adult_ward", "given_by": ["legal_representative"], "method": "written"},
        {"valid": True},
    ),
    (
        "welfare:TC-23/family",
        {"as_of": WELFARE, "capacity": "adult_ward", "given_by": ["family"], "method": "written"},
        {"valid": False},
    ),
    (
        "welfare:TC-24",
        {"as_of": WELFARE, "given_by": ["person"], "method": "oral", "identity_confirmed": False},
        {"valid": False, "required_actions": ["confirm_identity"]},
    ),
    (
        "welfare:TC-27",
        {"as_of": WELFARE, "given_by": ["person"], "method": "written", "within_consented_scope": False},
        {"valid": False, "required_actions": ["obtain_from_person"]},
    ),
]

PSEUDONYMISED: list[Row] = [
    ("amend:41", {"as_of": NOW, "action": "provide_third_party"}, {"outcome": "forbidden"}),
    ("amend:41/entrust", {"as_of": NOW, "action": "entrust"}, {"outcome": "allowed"}),
    (
        "amend:41/joint-use",
        {"as_of": NOW, "action": "joint_use"},
        {"outcome": "allowed", "required_actions": ["publish_joint_use_items"]},
    ),
    ("amend:41/succession", {"as_of": NOW, "action": "succession"}, {"outcome": "allowed"}),
    ("amend:41/law", {"as_of": NOW, "action": "provide_third_party", "based_on_law": True}, {"outcome": "allowed"}),
    ("amend:42", {"as_of": NOW, "action": "contact_person"}, {"outcome": "forbidden"}),
    ("amend:1.15/reidentify", {"as_of": NOW, "action": "reidentify"}, {"outcome": "forbidden"}),
    ("amend:1.15/beyond-purpose", {"as_of": NOW, "action": "use_beyond_purpose"}, {"outcome": "forbidden"}),
    (
        "amend:1.15/within-purpose",
        {"as_of": NOW, "action": "use_within_purpose"},
        {"outcome": "allowed", "required_actions": ["publish_purpose"]},
    ),
    (
        "amend:1.15/change",
        {"as_of": NOW, "action": "change_purpose"},
        {"outcome": "allowed", "required_actions": ["publish_purpose"]},
    ),
]

TABLES = {
    "purpose": PURPOSE,
    "purpose-change": PURPOSE_CHANGE,
    "use": USE,
    "acquisition": ACQUISITION,
    "consent": CONSENT,
    "pseudonymised": PSEUDONYMISED,
}
ROWS = [(topic, *row) for topic, rows in TABLES.items() for row in rows]


@pytest.mark.parametrize(("topic", "scenario", "facts", "expected"), ROWS, ids=[f"{r[0]}:{r[1]}" for r in ROWS])
def test_scenarios(topic: str, scenario: str, facts: dict[str, Any], expected: dict[str, Any]) -> None:
    check(judge(topic, facts), expected)


def test_scenario_ids_are_unique() -> None:
    ids = [f"{topic}:{scenario}" for topic, scenario, _, _ in ROWS]
    assert len(ids) == len(set(ids))


AMENDMENTS: list[tuple[str, str, dict[str, Any], str, dict[str, Any], dict[str, Any]]] = [
    (
        "「相当の」関連性 deleted",
        "purpose-change",
        {"relation": "related"},
        "2017-05-30",
        {"outcome": "needs_consent"},
        {"outcome": "allowed"},
    ),
    (
        "要配慮 acquisition needs consent",
        "acquisition",
        {"sensitive": True, "purpose_published_in_advance": True},
        "2017-05-30",
        {"outcome": "allowed"},
        {"outcome": "needs_consent"},
    ),
    (
        "不適正利用 prohibited",
        "use",
        {"within_purpose": True, "may_encourage_illegal_acts": True},
        "2022-04-01",
        {"outcome": "allowed"},
        {"outcome": "forbidden"},
    ),
    (
        "学術研究: exemption → exceptions",
        "use",
        {"within_purpose": False, "academic_institution": True, "academic_purpose": True},
        "2022-04-01",
        {"outcome": "exempt"},
        {"outcome": "allowed", "exceptions": ["academic_own"]},
    ),
    (
        "仮名加工情報 introduced",
        "pseudonymised",
        {"action": "contact_person"},
        "2022-04-01",
        {"outcome": "not_applicable"},
        {"outcome": "forbidden"},
    ),
    (
        "仮名加工情報: purpose change without relatedness",
        "purpose-change",
        {"relation": "unrelated", "pseudonymised": True},
        "2022-04-01",
        {"outcome": "needs_consent"},
        {"outcome": "allowed"},
    ),
]


@pytest.mark.parametrize(
    ("name", "topic", "facts", "effective", "before", "after"), AMENDMENTS, ids=[row[0] for row in AMENDMENTS]
)
def test_amendment_boundaries(
    name: str, topic: str, facts: dict[str, Any], effective: str, before: dict[str, Any], after: dict[str, Any]
) -> None:
    day = dt.date.fromisoformat(effective)
    check(judge(topic, {**facts, "as_of": (day - dt.timedelta(days=1)).isoformat()}), before)
    check(judge(topic, {**facts, "as_of": effective}), after)


def test_use_citations_follow_the_numbering_of_the_version() -> None:
    facts = {"within_purpose": False, "based_on_law": True}
    old = judge("use", {**facts, "as_of": SCHOOLS})
    new = judge("use", {**facts, "as_of": NOW})
    assert any("第16条第3項第1号" in r["citation"] for r in old["reasons"])
    assert any("第18条第3項第1号" in r["citation"] for r in new["reasons"])
    notice_old = judge("acquisition", {"as_of": SCHOOLS, "direct_written": True})
    notice_new = judge("acquisition", {"as_of": NOW, "direct_written": True})
    assert any("第18条第2項" in r["citation"] for r in notice_old["reasons"])
    assert any("第21条第2項" in r["citation"] for r in notice_new["reasons"])


# --- properties --------------------------------------------------------------------------------

use_facts = st.fixed_dictionaries(
    {
        "as_of": st.dates(dt.date(2005, 4, 1), dt.date(2030, 12, 31)).map(dt.date.isoformat),
        "within_purpose": st.booleans(),
        "consent": st.booleans(),
        "based_on_law": st.booleans(),
        "protect_life_body_property": st.booleans(),
        "public_health_or_children": st.booleans(),
        "cooperate_public_body": st.booleans(),
        "consent_difficult": st.booleans(),
        "consent_would_hinder": st.booleans(),
        "unduly_infringes_rights": st.booleans(),
        "academic_institution": st.booleans(),
        "academic_purpose": st.booleans(),
        "may_encourage_illegal_acts": st.booleans(),
        "acquired_by_succession": st.booleans(),
    }
)


@settings(max_examples=300, deadline=None)
@given(use_facts)
def test_use_properties(facts: dict[str, Any]) -> None:
    d = judge("use", facts)
    improper_banned = facts["may_encourage_illegal_acts"] and facts["as_of"] >= "2022-04-01"
    if improper_banned and d["outcome"] != "exempt":
        assert d["outcome"] == "forbidden"
    elif d["outcome"] != "exempt" and (facts["within_purpose"] or facts["consent"] or facts["based_on_law"]):
        assert d["outcome"] == "allowed"
    if d["outcome"] == "needs_consent":
        assert d["required_actions"] == ["obtain_consent"] and not d["exceptions"]
    if d["outcome"] == "exempt":
        assert facts["academic_institution"] and facts["academic_purpose"] and facts["as_of"] < "2022-04-01"


@settings(max_examples=200, deadline=None)
@given(
    st.dates(dt.date(2005, 4, 1), dt.date(2030, 12, 31)).map(dt.date.isoformat),
    st.booleans(),
    st.booleans(),
    st.booleans(),
    st.sampled_from(["none", "harm_business", "obvious_from_circumstances"]),
)
def test_acquisition_notice_properties(
    as_of: str, direct: bool, emergency: bool, published: bool, exemption: str
) -> None:
    d = judge(
        "acquisition",
        {
            "as_of": as_of,
            "direct_written": direct,
            "emergency_life_body_property": emergency,
            "purpose_published_in_advance": published,
            "notice_exemption": exemption,
        },
    )
    assert d["outcome"] == "allowed"
    if exemption != "none":
        assert d["required_actions"] == []
    elif direct and not emergency:
        assert d["required_actions"] == ["state_purpose_before_acquisition"]
    elif published:
        assert d["required_actions"] == []
    else:
        assert d["required_actions"] == ["notify_or_publish_purpose_promptly"]


# --- bad input through the CLI ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("topic", "text", "field"),
    [
        ("use", "{}", "within_purpose"),
        ("use", '{"within_purpose": 1}', "within_purpose"),
        ("use", '{"within_purpose": true, "action": "sell"}', "action"),
        ("acquisition", '{"notice_exemption": "busy"}', "notice_exemption"),
        ("acquisition", '{"published_by": "blog"}', "published_by"),
        ("purpose-change", '{"relation": "close"}', "relation"),
        ("purpose", '{"concrete": "yes"}', "concrete"),
        ("consent", '{"given_by": [], "method": "written"}', "given_by"),
        ("consent", '{"given_by": ["person"]}', "method"),
        ("pseudonymised", '{"action": "sell"}', "action"),
        ("pseudonymised", '{"action": "entrust", "as_of": "2000-01-01"}', "as_of"),
        ("use", "[1, 2]", "input"),
        ("use", "{not json", "input"),
    ],
)
def test_bad_input_exits_2_naming_the_field(topic: str, text: str, field: str) -> None:
    assert_bad_input(topic, text, field)
