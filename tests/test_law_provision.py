"""Third-party provision judgements: the guidelines' worked scenarios, amendment boundaries, bad input.

Scenario ids are those of the spec documents: ``schools:T45`` (schools-guideline.md §4), ``welfare:TC-66``
(welfare-guideline.md §3), ``amend:29`` (amendments-and-indicators.md §5). The schools guideline is of
2005/2006 and the welfare guideline of 2013, so their rows are judged on a date of that era; where the
current law answers differently a ``@current`` row says so.
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
from hogo.law.provision import statutory_bases

SCHOOLS = "2006-04-01"  # 学校指針解説 (2005, revised 2006): original APPI
WELFARE = "2013-04-01"  # 福祉分野ガイドライン (2013-03): original APPI
CURRENT = "2024-06-01"

OPT_OUT_2005 = ["provision_purpose", "data_items", "provision_method", "stop_on_request"]
OPT_OUT_2017 = [*OPT_OUT_2005, "request_method"]
OPT_OUT_2022 = [
    *OPT_OUT_2017,
    "provider_identity",
    "acquisition_method",
    "update_method",
    "start_date",
]
JOINT_2005 = ["statement", "data_items", "user_scope", "purposes", "manager_name"]
JOINT_2022 = [*JOINT_2005, "manager_address", "manager_representative"]


def judge(topic: str, facts: dict[str, Any]) -> dict[str, Any]:
    judgement = JUDGEMENTS[topic]
    model = judgement.facts.model_validate_json(json.dumps(facts))
    return judgement(model, model.as_of).model_dump(mode="json")


def check(decision: dict[str, Any], expected: dict[str, Any]) -> None:
    for key, want in expected.items():
        if key == "actions":
            missing = set(want) - set(decision["required_actions"])
            assert not missing, f"required_actions lacks {missing}: {decision['required_actions']}"
        elif key == "recommended":
            missing = set(want) - set(decision["recommended_actions"])
            assert not missing, f"recommended_actions lacks {missing}: {decision['recommended_actions']}"
        elif key == "cites":
            citations = " | ".join(r["citation"] for r in decision["reasons"])
            for fragment in want:
                assert fragment in citations, f"{fragment!r} not cited in {citations}"
        elif key == "version":
            assert decision["law_version"]["id"] == want
        else:
            assert decision[key] == want, f"{key}: {decision[key]!r} != {want!r}"
    assert decision["reasons"], "a decision always gives reasons"
    for r in decision["reasons"]:
        assert r["text"] and r["text_en"] and r["citation"]


ALLOW_LAW = {"outcome": "allow", "basis": "exception", "exception": "law", "provision_record_required": False}
FORBID = {"outcome": "forbid", "basis": None, "actions": ["obtain_consent"]}

# (scenario id, facts, expected)
PROVISION: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
    # ---- schools §4.D: exceptions (旧法第23条第1項各号) ----
    (
        "schools:T34",
        {"as_of": SCHOOLS, "legal_basis_code": "schools:III-2-1"},
        {**ALLOW_LAW, "cites": ["第23条第1項第1号"]},
    ),
    ("schools:T35", {"as_of": SCHOOLS, "legal_basis_code": "schools:III-2-2"}, ALLOW_LAW),
    ("schools:T36", {"as_of": SCHOOLS, "legal_basis_code": "schools:III-2-3"}, ALLOW_LAW),
    (
        "schools:T37",
        {"as_of": SCHOOLS, "legal_basis_code": "schools:III-2-4"},
        {**ALLOW_LAW, "actions": ["limit_to_necessary_scope"]},
    ),
    ("schools:T38", {"as_of": SCHOOLS, "legal_basis_code": "schools:III-2-5"}, ALLOW_LAW),
    (
        "schools:T39",
        {"as_of": SCHOOLS, "protect_life_body_property": True, "consent_difficult": True},
        {"outcome": "allow", "exception": "life_body_property", "cites": ["第23条第1項第2号"]},
    ),
    ("schools:T40", {"as_of": SCHOOLS, "protect_life_body_property": True}, FORBID),
    (
        "schools:T41",
        {
            "as_of": SCHOOLS,
            "protect_life_body_property": True,
            "public_health_or_children": True,
            "consent_difficult": True,
        },
        {"outcome": "allow", "basis": "exception", "exception": "life_body_property"},
    ),
    (
        "schools:T42",
        {"as_of": SCHOOLS, "public_health_or_children": True, "consent_difficult": True},
        {"outcome": "allow", "exception": "public_health_children", "cites": ["第23条第1項第3号"]},
    ),
    ("schools:T42-neg", {"as_of": SCHOOLS, "public_health_or_children": True}, FORBID),
    (
        "schools:T43",
        {"as_of": SCHOOLS, "public_health_or_children": True, "consent_difficult": True},
        {"outcome": "allow", "exception": "public_health_children"},
    ),
    (
        "schools:T43-neg",
        {
            "as_of": SCHOOLS,
            "public_health_or_children": True,
            "consent_difficult": True,
            "unduly_infringes_rights": True,
        },
        FORBID,
    ),
    (
        "schools:T44",
        {"as_of": SCHOOLS, "cooperate_public_body": True, "consent_would_hinder": True},
        {"outcome": "allow", "exception": "public_body_cooperation", "cites": ["第23条第1項第4号"]},
    ),
    ("schools:T44-neg", {"as_of": SCHOOLS, "consent_would_hinder": True}, FORBID),
    # ---- schools §4.E: third-party provision ----
    ("schools:T45", {"as_of": SCHOOLS}, {**FORBID, "cites": ["個人情報保護法第23条第1項"]}),
    (
        "schools:T45-consented",
        {"as_of": SCHOOLS, "consent": True},
        {
            "outcome": "allow",
            "basis": "consent",
            "recommended": ["recipient_undertakings"],
            "provision_record_required": False,
        },
    ),
    ("schools:T46", {"as_of": SCHOOLS}, FORBID),
    ("schools:T46-consented", {"as_of": SCHOOLS, "consent": True}, {"outcome": "allow", "basis": "consent"}),
    (
        "schools:T47",
        {"as_of": SCHOOLS, "distribution_to_group": True},
        {**FORBID, "recommended": ["consenting_persons_only"]},
    ),
    (
        "schools:T47-consented",
        {"as_of": SCHOOLS, "distribution_to_group": True, "consent": True},
        {"outcome": "allow", "recommended": ["caution_notes"]},
    ),
    (
        "schools:T48",
        {"as_of": SCHOOLS, "recipient_academic_institution": True, "academic_need": "recipient_research"},
        {**FORBID, "cites": ["第35条第2項"]},
    ),
    (
        "schools:T48@current",
        {"as_of": CURRENT, "recipient_academic_institution": True, "academic_need": "recipient_research"},
        {"outcome": "allow", "exception": "academic_recipient", "cites": ["第27条第1項第7号"]},
    ),
    (
        "schools:T48@current-undue",
        {
            "as_of": CURRENT,
            "recipient_academic_institution": True,
            "academic_need": "recipient_research",
            "unduly_infringes_rights": True,
        },
        FORBID,
    ),
    (
        "schools:T49",
        {"as_of": SCHOOLS, "distribution_to_group": True, "consent": True},
        {"outcome": "allow", "recommended": ["caution_notes", "limit_copies", "return_or_destroy_after_use"]},
    ),
    ("schools:T50", {"as_of": SCHOOLS, "distribution_to_group": True}, FORBID),
    ("schools:T50-consented", {"as_of": SCHOOLS, "distribution_to_group": True, "consent": True}, {"outcome": "allow"}),
    ("schools:T51-other-school", {"as_of": SCHOOLS}, FORBID),
    ("schools:T51-cram-school", {"as_of": SCHOOLS}, FORBID),
    ("schools:T51-child-centre-no-ground", {"as_of": SCHOOLS}, FORBID),
    ("schools:T51-parents-association", {"as_of": SCHOOLS}, FORBID),
    (
        "schools:T52",
        {"as_of": SCHOOLS, "recipient": "outsourcee"},
        {
            "outcome": "allow",
            "basis": "not_third_party",
            "not_third_party": "outsourcing",
            "actions": ["supervise_outsourcee"],
            "cites": ["第23条第4項第1号", "第22条"],
        },
    ),
    (
        "schools:T52-beyond-scope",
        {"as_of": SCHOOLS, "recipient": "outsourcee", "within_outsourced_scope": False},
        FORBID,
    ),
    (
        "schools:T53",
        {"as_of": SCHOOLS, "recipient": "successor"},
        {"outcome": "allow", "not_third_party": "succession", "actions": ["use_within_prior_purpose"]},
    ),
    (
        "schools:T54",
        {"as_of": SCHOOLS, "recipient": "joint_user", "joint_use": {"notified_items": JOINT_2005}},
        {"outcome": "allow", "not_third_party": "joint_use", "cites": ["第23条第4項第3号"]},
    ),
    (
        "schools:T54@current",
        {"as_of": CURRENT, "recipient": "joint_user", "joint_use": {"notified_items": JOINT_2005}},
        {
            **FORBID,
            "actions": ["obtain_consent", "make_items_known"],
            "missing_items": ["manager_address", "manager_representative"],
            "cites": ["第27条第5項第3号"],
        },
    ),
    (
        "schools:T54@current-complete",
        {"as_of": CURRENT, "recipient": "joint_user", "joint_use": {"notified_items": JOINT_2022}},
        {"outcome": "allow", "not_third_party": "joint_use"},
    ),
    (
        "schools:T55",
        {
            "as_of": SCHOOLS,
            "recipient": "joint_user",
            "joint_use": {"notified_items": JOINT_2005, "users_identifiable": False},
        },
        FORBID,
    ),
    (
        "schools:T57",
        {"as_of": SCHOOLS, "opt_out": {"notified_items": OPT_OUT_2005}},
        {
            "outcome": "allow",
            "basis": "opt_out",
            "actions": ["honour_stop_requests"],
            "provision_record_required": False,
            "cites": ["第23条第2項"],
        },
    ),
    (
        "schools:T57@current",
        {"as_of": CURRENT, "opt_out": {"notified_items": OPT_OUT_2005}},
        {
            **FORBID,
            "actions": ["obtain_consent", "notify_commission"],
            "missing_items": [
                "provider_identity",
                "acquisition_method",
                "request_method",
                "update_method",
                "start_date",
            ],
        },
    ),
    (
        "schools:T57-a",
        {"as_of": SCHOOLS, "opt_out": {"notified_items": OPT_OUT_2005, "person_requested_stop": True}},
        {"outcome": "forbid", "actions": ["honour_stop_requests"]},
    ),
    (
        "schools:T58-no-purpose",
        {"as_of": SCHOOLS, "opt_out": {"notified_items": ["data_items", "provision_method", "stop_on_request"]}},
        {**FORBID, "missing_items": ["provision_purpose"]},
    ),
    (
        "schools:T58-no-stop",
        {"as_of": SCHOOLS, "opt_out": {"notified_items": OPT_OUT_2005, "stops_on_request": False}},
        FORBID,
    ),
    (
        "schools:T62-consenting-family",
        {"as_of": SCHOOLS, "distribution_to_group": True, "consent": True},
        {"outcome": "allow"},
    ),
    (
        "schools:T62-refusing-family",
        {"as_of": SCHOOLS, "distribution_to_group": True},
        {**FORBID, "recommended": ["consenting_persons_only"]},
    ),
    (
        "schools:OB-TP-9",
        {"as_of": SCHOOLS, "personal_data": False},
        {"outcome": "allow", "basis": "not_personal_data"},
    ),
    (
        "schools:recipient-is-the-person",
        {"as_of": SCHOOLS, "recipient": "the_person"},
        {"outcome": "allow", "basis": "to_the_person"},
    ),
    # ---- welfare §3.4 (contractors, provision aspect) and §3.5 ----
    (
        "welfare:TC-50",
        {"as_of": WELFARE, "recipient": "outsourcee"},
        {"outcome": "allow", "not_third_party": "outsourcing", "actions": ["supervise_outsourcee"]},
    ),
    ("welfare:TC-53", {"as_of": WELFARE}, FORBID),
    (
        "welfare:TC-54",
        {"as_of": WELFARE, "protect_life_body_property": True, "consent_difficult": True},
        {"outcome": "allow", "exception": "life_body_property"},
    ),
    (
        "welfare:TC-55",
        {"as_of": WELFARE, "protect_life_body_property": True, "consent_difficult": True},
        {"outcome": "allow", "exception": "life_body_property"},
    ),
    (
        "welfare:TC-56",
        {"as_of": WELFARE, "public_health_or_children": True, "consent_difficult": True},
        {"outcome": "allow", "exception": "public_health_children"},
    ),
    (
        "welfare:TC-57",
        {"as_of": WELFARE, "cooperate_public_body": True, "consent_would_hinder": True},
        {"outcome": "allow", "exception": "public_body_cooperation"},
    ),
    ("welfare:TC-58", {"as_of": WELFARE, "legal_basis_code": "welfare:LB-35"}, ALLOW_LAW),
    ("welfare:TC-59", {"as_of": WELFARE, "legal_basis_code": "welfare:LB-04"}, ALLOW_LAW),
    ("welfare:TC-60", {"as_of": WELFARE, "legal_basis_code": "welfare:LB-06"}, ALLOW_LAW),
    ("welfare:TC-61", {"as_of": WELFARE, "legal_basis_code": "welfare:LB-10"}, ALLOW_LAW),
    ("welfare:TC-62", {"as_of": WELFARE, "legal_basis_code": "welfare:LB-18"}, ALLOW_LAW),
    ("welfare:TC-63", {"as_of": WELFARE, "legal_basis_code": "welfare:LB-14"}, ALLOW_LAW),
    ("welfare:TC-64", {"as_of": WELFARE, "legal_basis_code": "welfare:LB-29"}, ALLOW_LAW),
    (
        "welfare:TC-65",
        {"as_of": WELFARE, "legal_basis": "刑事訴訟法第197条第2項", "provision_is_statutory_duty": False},
        {**ALLOW_LAW, "actions": ["limit_to_necessary_scope"]},
    ),
    (
        "welfare:TC-66",
        {"as_of": WELFARE, "opt_out": {"notified_items": OPT_OUT_2005, "notice": "notified"}},
        {"outcome": "allow", "basis": "opt_out", "actions": ["honour_stop_requests"]},
    ),
    (
        "welfare:TC-66@current",
        {"as_of": CURRENT, "opt_out": {"notified_items": OPT_OUT_2005, "notice": "notified"}},
        {**FORBID, "actions": ["obtain_consent", "notify_commission"]},
    ),
    (
        "welfare:TC-66@current-complete",
        {"as_of": CURRENT, "opt_out": {"notified_items": OPT_OUT_2022, "commission_notified": True}},
        {"outcome": "allow", "basis": "opt_out", "actions": ["record_provision"], "provision_record_required": True},
    ),
    (
        "welfare:TC-68",
        {"as_of": WELFARE, "opt_out": {"notified_items": OPT_OUT_2005, "notice": "on_request_only"}},
        FORBID,
    ),
    (
        "welfare:TC-69",
        {"as_of": WELFARE, "recipient": "outsourcee"},
        {"outcome": "allow", "not_third_party": "outsourcing"},
    ),
    (
        "welfare:TC-70",
        {"as_of": WELFARE, "recipient": "successor"},
        {"outcome": "allow", "not_third_party": "succession"},
    ),
    (
        "welfare:TC-71",
        {"as_of": WELFARE, "recipient": "joint_user", "joint_use": {"notified_items": JOINT_2005}},
        {"outcome": "allow", "not_third_party": "joint_use"},
    ),
    (
        "welfare:TC-74",
        {
            "as_of": WELFARE,
            "recipient": "joint_user",
            "joint_use": {"notified_items": JOINT_2005, "before_start": False},
        },
        {**FORBID, "actions": ["obtain_consent", "notify_before_joint_use"]},
    ),
    # ---- amendments §5 ----
    (
        "amend:5",
        {"as_of": CURRENT, "sensitive": True, "opt_out": {"notified_items": OPT_OUT_2022, "commission_notified": True}},
        FORBID,
    ),
    (
        "amend:8",
        {"as_of": CURRENT, "recipient_abroad": True, "recipient_country": "US", "consent": True},
        {**FORBID, "foreign_route": "consent", "actions": ["provide_foreign_information"], "cites": ["第28条第2項"]},
    ),
    (
        "amend:8@2020",
        {"as_of": "2020-06-01", "recipient_abroad": True, "recipient_country": "US", "consent": True},
        {
            "outcome": "allow",
            "basis": "consent",
            "foreign_route": "consent",
            "cites": ["個人情報保護法第24条", "第25条"],
        },
    ),
    (
        "amend:8-informed",
        {
            "as_of": CURRENT,
            "recipient_abroad": True,
            "recipient_country": "US",
            "consent": True,
            "foreign_information_provided": True,
        },
        {"outcome": "allow", "basis": "consent", "foreign_route": "consent", "provision_record_required": True},
    ),
    (
        "amend:9",
        {"as_of": CURRENT, "recipient_abroad": True, "recipient_equivalent_system": True, "consent": True},
        {
            "outcome": "allow",
            "foreign_route": "equivalent_system",
            "actions": ["check_recipient_periodically", "respond_to_information_requests"],
            "cites": ["第28条第3項"],
        },
    ),
    (
        "amend:9-measures-fail",
        {
            "as_of": CURRENT,
            "recipient_abroad": True,
            "recipient_equivalent_system": True,
            "recipient": "outsourcee",
            "equivalent_measures_difficult": True,
        },
        {"outcome": "forbid", "actions": ["suspend_provision"]},
    ),
    (
        "amend:9-outsourcing",
        {"as_of": CURRENT, "recipient_abroad": True, "recipient_equivalent_system": True, "recipient": "outsourcee"},
        {"outcome": "allow", "not_third_party": "outsourcing", "foreign_route": "equivalent_system"},
    ),
    (
        "amend:10",
        {"as_of": CURRENT, "recipient_abroad": True, "recipient_country": "DE", "recipient": "outsourcee"},
        {"outcome": "allow", "foreign_route": "designated_country", "not_third_party": "outsourcing"},
    ),
    (
        "amend:10-domestic-rule",
        {"as_of": CURRENT, "recipient_abroad": True, "recipient_country": "GB"},
        {**FORBID, "foreign_route": "designated_country"},
    ),
    (
        "amend:10-undesignated",
        {"as_of": CURRENT, "recipient_abroad": True, "recipient_country": "US", "recipient": "outsourcee"},
        {**FORBID, "foreign_route": "consent"},
    ),
    (
        "amend:10-exception-abroad",
        {
            "as_of": CURRENT,
            "recipient_abroad": True,
            "recipient_country": "US",
            "legal_basis": "外国の法令ではない日本の法令",
        },
        {"outcome": "allow", "foreign_route": "exception", "exception": "law"},
    ),
    (
        "amend:29",
        {
            "as_of": CURRENT,
            "improperly_acquired": True,
            "opt_out": {"notified_items": OPT_OUT_2022, "commission_notified": True},
        },
        FORBID,
    ),
    (
        "amend:31",
        {
            "as_of": CURRENT,
            "received_by_opt_out": True,
            "opt_out": {"notified_items": OPT_OUT_2022, "commission_notified": True},
        },
        FORBID,
    ),
    (
        "amend:34",
        {"as_of": CURRENT, "academic_institution": True, "academic_need": "joint_research"},
        {"outcome": "allow", "exception": "academic_joint_research", "cites": ["第27条第1項第6号"]},
    ),
    (
        "amend:34@2021",
        {"as_of": "2021-06-01", "academic_institution": True, "academic_need": "joint_research"},
        {"outcome": "allow", "basis": "exempt", "cites": ["第76条第1項第3号"]},
    ),
    (
        "amend:34-publication",
        {"as_of": CURRENT, "academic_institution": True, "academic_need": "publication_or_teaching"},
        {"outcome": "allow", "exception": "academic_publication"},
    ),
]


@pytest.mark.parametrize(("scenario", "facts", "expected"), PROVISION, ids=[row[0] for row in PROVISION])
def test_provision_scenarios(scenario: str, facts: dict[str, Any], expected: dict[str, Any]) -> None:
    check(judge("provision", facts), expected)


CHANGES: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
    (
        "schools:T56-purpose",
        {"as_of": SCHOOLS, "scheme": "joint_use", "change": "purposes", "notice_given": "before"},
        {"requirement": "prior_notice", "compliant": True, "cites": ["第23条第5項"]},
    ),
    (
        "schools:T56-manager",
        {"as_of": SCHOOLS, "scheme": "joint_use", "change": "manager", "notice_given": "before"},
        {"requirement": "prior_notice", "compliant": True},
    ),
    (
        "schools:T56-neg",
        {"as_of": SCHOOLS, "scheme": "joint_use", "change": "purposes", "notice_given": "after"},
        {"requirement": "prior_notice", "compliant": False},
    ),
    (
        "schools:T56-purpose-out-of-scope",
        {"as_of": SCHOOLS, "scheme": "joint_use", "change": "purposes", "purpose_change_within_scope": False},
        {"requirement": "consent", "actions": ["obtain_consent"]},
    ),
    (
        "schools:T57-b",
        {"as_of": SCHOOLS, "scheme": "opt_out", "change": "data_items"},
        {"requirement": "prior_notice", "notify_commission": False, "actions": ["notify_before_change"]},
    ),
    (
        "schools:T57-b-late",
        {"as_of": SCHOOLS, "scheme": "opt_out", "change": "data_items", "notice_given": "after"},
        {"requirement": "prior_notice", "compliant": False},
    ),
    (
        "schools:T57-b@current",
        {"as_of": CURRENT, "scheme": "opt_out", "change": "data_items"},
        {"requirement": "prior_notice", "notify_commission": True, "actions": ["notify_commission"]},
    ),
    (
        "welfare:TC-67",
        {"as_of": WELFARE, "scheme": "opt_out", "change": "provision_method", "notice_given": "before"},
        {"requirement": "prior_notice", "compliant": True, "cites": ["第23条第3項"]},
    ),
    (
        "welfare:TC-72-scope",
        {"as_of": WELFARE, "scheme": "joint_use", "change": "user_scope"},
        {"requirement": "consent"},
    ),
    (
        "welfare:TC-72-items",
        {"as_of": WELFARE, "scheme": "joint_use", "change": "data_items"},
        {"requirement": "consent"},
    ),
    (
        "welfare:TC-73-purpose",
        {"as_of": WELFARE, "scheme": "joint_use", "change": "purposes"},
        {"requirement": "prior_notice"},
    ),
    (
        "welfare:TC-73-manager",
        {"as_of": WELFARE, "scheme": "joint_use", "change": "manager"},
        {"requirement": "prior_notice"},
    ),
    (
        "amend:30",
        {"as_of": CURRENT, "scheme": "opt_out", "change": "provider_identity"},
        {
            "requirement": "notice_without_delay",
            "notify_commission": True,
            "actions": ["notify_without_delay", "notify_commission"],
            "cites": ["第27条第3項"],
        },
    ),
    (
        "amend:30@2021",
        {"as_of": "2021-06-01", "scheme": "opt_out", "change": "provider_identity"},
        {"requirement": "no_requirement"},
    ),
    (
        "amend:30-commission-missed",
        {
            "as_of": CURRENT,
            "scheme": "opt_out",
            "change": "provider_identity",
            "notice_given": "after",
            "commission_notified": False,
        },
        {"compliant": False},
    ),
    (
        "amend:1.9-discontinue",
        {"as_of": CURRENT, "scheme": "opt_out", "change": "discontinue"},
        {"requirement": "notice_without_delay", "notify_commission": True},
    ),
    (
        "amend:1.9-drop-stop",
        {"as_of": CURRENT, "scheme": "opt_out", "change": "stop_on_request"},
        {"requirement": "not_permitted"},
    ),
    (
        "current:joint-manager-address",
        {"as_of": CURRENT, "scheme": "joint_use", "change": "manager_address"},
        {"requirement": "notice_without_delay", "cites": ["第27条第6項"]},
    ),
    (
        "2021:joint-manager-address",
        {"as_of": "2021-06-01", "scheme": "joint_use", "change": "manager_address"},
        {"requirement": "no_requirement"},
    ),
    (
        "2021:joint-manager-name",
        {"as_of": "2021-06-01", "scheme": "joint_use", "change": "manager_name"},
        {"requirement": "prior_notice", "cites": ["第23条第6項"]},
    ),
    (
        "current:joint-manager-name",
        {"as_of": CURRENT, "scheme": "joint_use", "change": "manager_name"},
        {"requirement": "notice_without_delay"},
    ),
]


def check_change(decision: dict[str, Any], expected: dict[str, Any]) -> None:
    decision = {**decision, "recommended_actions": []}
    check(decision, expected)


@pytest.mark.parametrize(("scenario", "facts", "expected"), CHANGES, ids=[row[0] for row in CHANGES])
def test_provision_change_scenarios(scenario: str, facts: dict[str, Any], expected: dict[str, Any]) -> None:
    check_change(judge("provision-change", facts), expected)


RECORDS: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
    (
        "amend:3.4-provider-consent",
        {"as_of": CURRENT, "role": "provider", "basis": "consent"},
        {
            "required": True,
            "items": ["consent", "recipient", "persons", "data_items"],
            "retention_years": 3,
            "retention_from": "record_made",
            "disclosable": True,
            "cites": ["第29条第1項", "施行規則第20条", "施行規則第21条"],
        },
    ),
    (
        "amend:3.4-provider-opt-out",
        {"as_of": CURRENT, "role": "provider", "basis": "opt_out"},
        {"required": True, "items": ["provided_on", "recipient", "persons", "data_items"], "retention_years": 3},
    ),
    (
        "amend:3.4-recipient-opt-out",
        {"as_of": CURRENT, "role": "recipient", "basis": "opt_out"},
        {
            "required": True,
            "record": "receipt_record",
            "confirmations": ["provider_identity", "acquisition_history"],
            "items": [
                "received_on",
                "provider_identity",
                "acquisition_history",
                "persons",
                "data_items",
                "commission_publication",
            ],
            "disclosable": True,
            "cites": ["第30条第1項, 第3項", "施行規則第25条", "第33条第5項"],
        },
    ),
    (
        "amend:3.4-contract-substitute",
        {"as_of": CURRENT, "role": "provider", "basis": "consent", "method": "contract_substitute"},
        {"required": True, "retention_years": 1, "retention_from": "last_provision"},
    ),
    (
        "amend:3.4-batch",
        {"as_of": CURRENT, "role": "recipient", "basis": "consent", "method": "batch"},
        {"required": True, "retention_years": 3, "retention_from": "last_provision"},
    ),
    (
        "amend:3.4-exception",
        {"as_of": CURRENT, "role": "provider", "basis": "exception"},
        {"required": False, "items": []},
    ),
    ("amend:3.4-outsourcing", {"as_of": CURRENT, "role": "provider", "basis": "outsourcing"}, {"required": False}),
    ("amend:3.4-succession", {"as_of": CURRENT, "role": "recipient", "basis": "succession"}, {"required": False}),
    ("amend:3.4-joint-use", {"as_of": CURRENT, "role": "provider", "basis": "joint_use"}, {"required": False}),
    (
        "amend:3.4-outsourcing-abroad-consent-route",
        {"as_of": CURRENT, "role": "provider", "basis": "outsourcing", "foreign_consent_route": True},
        {"required": True, "items": ["consent", "recipient", "persons", "data_items"]},
    ),
    (
        "amend:3.4-public-body",
        {"as_of": CURRENT, "role": "provider", "basis": "consent", "counterpart_public_body": True},
        {"required": False, "cites": ["第16条第2項各号"]},
    ),
    (
        "amend:3.4-on-behalf-of-person",
        {"as_of": CURRENT, "role": "provider", "basis": "consent", "interpretive": "on_behalf_of_person"},
        {"required": False},
    ),
    (
        "amend:3.4@2018",
        {"as_of": "2018-06-01", "role": "provider", "basis": "consent"},
        {"required": True, "disclosable": False, "cites": ["第25条第1項", "施行規則第13条", "施行規則第14条"]},
    ),
    ("schools:records@2006", {"as_of": SCHOOLS, "role": "provider", "basis": "opt_out"}, {"required": False}),
]


@pytest.mark.parametrize(("scenario", "facts", "expected"), RECORDS, ids=[row[0] for row in RECORDS])
def test_provision_record_scenarios(scenario: str, facts: dict[str, Any], expected: dict[str, Any]) -> None:
    check_change(judge("provision-record", facts), expected)


PERSON_RELATED: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
    (
        "amend:11",
        {"as_of": CURRENT, "recipient_expected_to_identify": True},
        {"outcome": "forbid", "actions": ["confirm_recipient_consent"], "cites": ["第31条第1項"]},
    ),
    (
        "amend:11-confirmed",
        {"as_of": CURRENT, "recipient_expected_to_identify": True, "consent_confirmed": True},
        {"outcome": "allow", "actions": ["record_confirmation"], "record_retention_years": 3},
    ),
    (
        "amend:11-abroad",
        {
            "as_of": CURRENT,
            "recipient_expected_to_identify": True,
            "consent_confirmed": True,
            "recipient_abroad": True,
            "recipient_country": "US",
        },
        {"outcome": "forbid", "actions": ["confirm_foreign_information"]},
    ),
    (
        "amend:11-abroad-designated",
        {
            "as_of": CURRENT,
            "recipient_expected_to_identify": True,
            "consent_confirmed": True,
            "recipient_abroad": True,
            "recipient_country": "FR",
        },
        {"outcome": "allow"},
    ),
    ("amend:11@2021", {"as_of": "2021-06-01", "recipient_expected_to_identify": True}, {"outcome": "allow"}),
    (
        "amend:12",
        {"as_of": CURRENT, "recipient_expected_to_identify": False},
        {"outcome": "allow", "consent_confirmation_required": False},
    ),
    (
        "amend:11-law",
        {"as_of": CURRENT, "recipient_expected_to_identify": True, "legal_basis": "刑事訴訟法第218条第1項"},
        {"outcome": "allow", "exception": "law"},
    ),
]


@pytest.mark.parametrize(("scenario", "facts", "expected"), PERSON_RELATED, ids=[row[0] for row in PERSON_RELATED])
def test_person_related_scenarios(scenario: str, facts: dict[str, Any], expected: dict[str, Any]) -> None:
    check_change(judge("person-related-provision", facts), expected)


# ---------------------------------------------------------------------------------------
# The shipped catalogue of 「法令に基づく場合」 (welfare 4.11, schools 事例III-2-1〜5)
# ---------------------------------------------------------------------------------------
def test_catalogue_has_every_welfare_example() -> None:
    codes = statutory_bases()
    assert {f"welfare:LB-{n:02d}" for n in range(1, 42)} <= set(codes)
    assert {f"schools:III-2-{n}" for n in range(1, 6)} <= set(codes)


@pytest.mark.parametrize("code", sorted(statutory_bases()))
def test_every_catalogue_basis_allows_and_cites_its_statute(code: str) -> None:
    decision = judge("provision", {"as_of": WELFARE, "legal_basis_code": code})
    assert decision["outcome"] == "allow" and decision["exception"] == "law"
    assert statutory_bases()[code].statute in decision["reasons"][0]["text"]


# ---------------------------------------------------------------------------------------
# Amendments: the same facts either side of the effective date give the two answers
# ---------------------------------------------------------------------------------------
BOUNDARIES: list[tuple[str, str, str, dict[str, Any], str, Any, Any]] = [
    # (name, topic, date after, facts, field, answer the day before, answer on the day)
    (
        "2017 opt-out needs commission notification",
        "provision",
        "2017-05-30",
        {"opt_out": {"notified_items": OPT_OUT_2017}},
        "outcome",
        "allow",
        "forbid",
    ),
    (
        "2017 sensitive data excluded from opt-out",
        "provision",
        "2017-05-30",
        {"sensitive": True, "opt_out": {"notified_items": OPT_OUT_2017, "commission_notified": True}},
        "outcome",
        "allow",
        "forbid",
    ),
    (
        "2017 provision records",
        "provision",
        "2017-05-30",
        {"consent": True},
        "provision_record_required",
        False,
        True,
    ),
    (
        "2017 record duty",
        "provision-record",
        "2017-05-30",
        {"role": "recipient", "basis": "consent"},
        "required",
        False,
        True,
    ),
    (
        "2017 foreign-transfer rule",
        "provision",
        "2017-05-30",
        {"recipient": "outsourcee", "recipient_abroad": True, "recipient_country": "US"},
        "outcome",
        "allow",
        "forbid",
    ),
    (
        "2019 EEA/UK designation",
        "provision",
        "2019-01-23",
        {"recipient": "outsourcee", "recipient_abroad": True, "recipient_country": "DE"},
        "outcome",
        "forbid",
        "allow",
    ),
    (
        "2022 foreign information duty",
        "provision",
        "2022-04-01",
        {"consent": True, "recipient_abroad": True, "recipient_country": "US"},
        "outcome",
        "allow",
        "forbid",
    ),
    (
        "2022 opt-out of opt-out data",
        "provision",
        "2022-04-01",
        {"received_by_opt_out": True, "opt_out": {"notified_items": OPT_OUT_2022, "commission_notified": True}},
        "outcome",
        "allow",
        "forbid",
    ),
    (
        "2022 opt-out of improperly acquired data",
        "provision",
        "2022-04-01",
        {"improperly_acquired": True, "opt_out": {"notified_items": OPT_OUT_2022, "commission_notified": True}},
        "outcome",
        "allow",
        "forbid",
    ),
    (
        "2022 joint-use manager address",
        "provision",
        "2022-04-01",
        {"recipient": "joint_user", "joint_use": {"notified_items": JOINT_2005}},
        "outcome",
        "allow",
        "forbid",
    ),
    (
        "2022 person-related information",
        "person-related-provision",
        "2022-04-01",
        {"recipient_expected_to_identify": True},
        "outcome",
        "allow",
        "forbid",
    ),
    (
        "2022 opt-out address change",
        "provision-change",
        "2022-04-01",
        {"scheme": "opt_out", "change": "provider_identity"},
        "requirement",
        "no_requirement",
        "notice_without_delay",
    ),
    (
        "2022 academic exceptions replace the wholesale exemption",
        "provision",
        "2022-04-01",
        {"academic_institution": True, "academic_need": "joint_research"},
        "basis",
        "exempt",
        "exception",
    ),
    (
        "2022 record disclosure",
        "provision-record",
        "2022-04-01",
        {"role": "provider", "basis": "consent"},
        "disclosable",
        False,
        True,
    ),
]


@pytest.mark.parametrize(
    ("name", "topic", "day", "facts", "field", "before", "after"), BOUNDARIES, ids=[b[0] for b in BOUNDARIES]
)
def test_amendment_boundaries(
    name: str, topic: str, day: str, facts: dict[str, Any], field: str, before: Any, after: Any
) -> None:
    on = dt.date.fromisoformat(day)
    previous = (on - dt.timedelta(days=1)).isoformat()
    assert judge(topic, {**facts, "as_of": previous})[field] == before
    assert judge(topic, {**facts, "as_of": day})[field] == after


# ---------------------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------------------
@settings(max_examples=150, deadline=None)
@given(
    day=st.dates(min_value=dt.date(2005, 4, 1), max_value=dt.date(2030, 12, 31)),
    consent=st.booleans(),
    recipient=st.sampled_from(["third_party", "outsourcee", "successor", "the_person"]),
    abroad=st.booleans(),
    sensitive=st.booleans(),
    life=st.booleans(),
    difficult=st.booleans(),
)
def test_provision_properties(
    day: dt.date, consent: bool, recipient: str, abroad: bool, sensitive: bool, life: bool, difficult: bool
) -> None:
    facts = {
        "as_of": day.isoformat(),
        "consent": consent,
        "recipient": recipient,
        "recipient_abroad": abroad,
        "sensitive": sensitive,
        "protect_life_body_property": life,
        "consent_difficult": difficult,
    }
    d = judge("provision", facts)
    # Every answer names its version and cites the Act.
    assert d["law_version"]["law"] == "appi" and all("個人情報保護法" in r["citation"] for r in d["reasons"][:1])
    # Records only for consent / opt-out provisions, and only from 2017-05-30.
    if d["provision_record_required"]:
        assert d["outcome"] == "allow" and d["basis"] in ("consent", "opt_out") and day >= dt.date(2017, 5, 30)
    # A forbidden provision always says what to do.
    if d["outcome"] == "forbid":
        assert d["required_actions"]
    # Consent or a met life/body exception always allows a domestic provision.
    if not abroad and (consent or (life and difficult)):
        assert d["outcome"] == "allow"


# ---------------------------------------------------------------------------------------
# Bad input through the command line: exit 2, one line naming the field
# ---------------------------------------------------------------------------------------
BAD = [
    ("provision", {"recipient": "friend"}, "recipient"),
    ("provision", {"consent": "yes"}, "consent"),
    ("provision", {"opt_out": {"notified_items": ["nonsense"]}}, "opt_out.notified_items"),
    ("provision", {"recipient": "joint_user"}, "joint_use"),
    ("provision", {"recipient_country": "US"}, "recipient_abroad"),
    ("provision", {"legal_basis_code": "welfare:LB-99"}, "legal_basis_code"),
    ("provision", {"recipient_abroad": True, "recipient_country": "JP"}, "recipient_country"),
    ("provision", {"recipient_abroad": True, "equivalent_measures_difficult": True}, "equivalent_measures_difficult"),
    ("provision", {"opt_out": {"notified_items": [], "notice": "posted"}}, "opt_out.notice"),
    ("provision-change", {"scheme": "joint_use", "change": "statement"}, "change"),
    ("provision", {"colour": "blue"}, "colour"),
    ("provision-change", {"scheme": "opt_out", "change": "user_scope"}, "change"),
    ("provision-record", {"role": "provider", "basis": "opt_out", "method": "batch"}, "method"),
    ("provision-record", {"role": "provider"}, "basis"),
    ("person-related-provision", {"as_of": "2022-13-01", "recipient_expected_to_identify": True}, "as_of"),
]


@pytest.mark.parametrize(("topic", "facts", "field"), BAD, ids=[f"{b[0]}:{b[2]}" for b in BAD])
def test_bad_input_exits_2_naming_the_field(topic: str, facts: dict[str, Any], field: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", "from hogo.cli import main; main()", "judge", topic, "-"],
        input=json.dumps(facts),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and field in lines[0], result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_foreign_transfer_is_provision_abroad() -> None:
    facts = {"as_of": CURRENT, "recipient_country": "US", "consent": True}
    alias = judge("foreign-transfer", facts)
    assert alias == judge("provision", {**facts, "recipient_abroad": True})
    assert alias["foreign_route"] == "consent" and alias["outcome"] == "forbid"


def test_required_items_follow_the_version() -> None:
    for day, items in ((SCHOOLS, OPT_OUT_2005), ("2020-06-01", OPT_OUT_2017), (CURRENT, OPT_OUT_2022)):
        decision = judge("provision", {"as_of": day, "opt_out": {"notified_items": []}})
        assert sorted(decision["required_items"]) == sorted(items)
        assert sorted(decision["missing_items"]) == sorted(items)


def test_cli_prints_a_decision() -> None:
    result = subprocess.run(
        [sys.executable, "-c", "from hogo.cli import main; main()", "judge", "provision", "-"],
        input=json.dumps({"as_of": WELFARE, "legal_basis_code": "welfare:LB-02"}),
        capture_output=True,
        text=True,
        check=True,
    )
    out = json.loads(result.stdout)
    assert out["outcome"] == "allow" and out["law_version"]["id"] == "appi-2005"
