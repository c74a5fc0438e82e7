"""My Number lifecycle judgements: mynumber-and-pia.md §5.1–§5.5 (T01–T63), amendments §5 scenario 36,
the notification-card boundary (2020-05-25), date arithmetic properties and bad input through the CLI.
"""

from __future__ import annotations

import calendar
import datetime as dt
import subprocess
import sys
from typing import Any

import law_scenarios as scenarios
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

NOW = "2024-06-01"


def judge(topic: str, facts: dict[str, Any]) -> dict[str, Any]:
    return scenarios.judge(topic, facts, default_as_of=NOW)


REL = {"purpose": "related_affairs"}
WS = {**REL, "affair": "withholding_slip", "specified_affairs": ["withholding_slip"]}

ROWS: list[tuple[str, str, dict[str, Any], dict[str, Any]]] = [
    # --- §5.1 use / file creation ---------------------------------------------------------------
    ("mynumber:T01", "mynumber-use", {"purpose": "employee_id", "consent": True},
     {"outcome": "forbid", "cites": ["番号法第9条"]}),
    ("mynumber:T02", "mynumber-use", {"actor": "financial_institution", "purpose": "customer_id"},
     {"outcome": "forbid"}),
    ("mynumber:T03", "mynumber-use", {"identifier": "derived_from_my_number", "purpose": "employee_id"},
     {"outcome": "forbid", "cites": ["番号法第2条第8項"]}),
    ("mynumber:T04", "mynumber-use", {"identifier": "independent", "purpose": "employee_id"},
     {"outcome": "allow"}),
    ("mynumber:T05", "mynumber-use", {**WS, "later_contract": True},
     {"outcome": "allow", "basis": "番号法第9条第4項"}),
    ("mynumber:T06", "mynumber-use", {**WS, "later_contract": True}, {"outcome": "allow"}),
    ("mynumber:T07", "mynumber-use", {**REL, "affair": "fee_payment_record",
                                      "specified_affairs": ["fee_payment_record"], "later_contract": True},
     {"outcome": "allow"}),
    ("mynumber:T08", "mynumber-use", {**REL, "affair": "rent_payment_record",
                                      "specified_affairs": ["rent_payment_record"], "later_contract": True},
     {"outcome": "allow"}),
    ("mynumber:T09", "mynumber-use", {**REL, "affair": "social_insurance", "specified_affairs": ["withholding_slip"]},
     {"outcome": "require", "actions": ["change_purpose", "notify_or_publish_purpose"]}),
    ("mynumber:T09-changed", "mynumber-use", {**REL, "affair": "social_insurance",
                                              "specified_affairs": ["withholding_slip"],
                                              "purpose_change_notified": True},
     {"outcome": "allow"}),
    ("mynumber:T09-both", "mynumber-use", {**REL, "affair": "social_insurance",
                                           "specified_affairs": ["withholding_slip", "social_insurance"]},
     {"outcome": "allow"}),
    ("mynumber:T10", "mynumber-use", {"purpose": "sales_management", "consent": True}, {"outcome": "forbid"}),
    ("mynumber:T10-file", "mynumber-use", {"action": "create_file", "purpose": "sales_management"},
     {"outcome": "forbid", "cites": ["番号法第29条"]}),
    ("mynumber:T11", "mynumber-use", {**WS, "acquired_by_succession": True}, {"outcome": "allow"}),
    ("mynumber:T11-new-purpose", "mynumber-use", {**WS, "acquired_by_succession": True,
                                                  "within_pre_succession_purpose": False, "consent": True},
     {"outcome": "forbid"}),
    ("mynumber:T12", "mynumber-use", {"actor": "financial_institution", "purpose": "disaster_payment",
                                      "disaster_declared": True},
     {"outcome": "allow", "basis": "番号法第9条第5項"}),
    ("mynumber:T13", "mynumber-use", {"actor": "business", "purpose": "disaster_payment", "disaster_declared": True},
     {"outcome": "forbid"}),
    ("mynumber:T14", "mynumber-use", {"action": "create_file", "actor": "contractor", **WS},
     {"outcome": "allow", "basis": "番号法第29条"}),
    # --- §5.2 acquisition --------------------------------------------------------------------------
    ("mynumber:T15", "mynumber-acquire", {"action": "request", **REL, "timing": "foreseeable"},
     {"outcome": "allow", "actions": ["verify_identity", "notify_or_publish_purpose"]}),
    ("mynumber:T16", "mynumber-acquire", {"action": "request", **REL, "timing": "foreseeable"}, {"outcome": "allow"}),
    ("mynumber:T16-too-early", "mynumber-acquire", {"action": "request", **REL, "timing": "not_foreseeable"},
     {"outcome": "forbid"}),
    ("mynumber:T17", "mynumber-acquire", {"action": "request", **REL, "timing": "foreseeable",
                                          "affair_will_not_arise": True},
     {"outcome": "forbid"}),
    ("mynumber:T18", "mynumber-acquire", {"action": "request", "purpose": "sales_management"},
     {"outcome": "forbid", "cites": ["番号法第14条, 第15条"]}),
    ("mynumber:T19", "mynumber-acquire", {"action": "request", "actor": "individual", "purpose": "other",
                                          "from_same_household": True},
     {"outcome": "allow"}),
    ("mynumber:T20", "mynumber-acquire", {"action": "request", "actor": "financial_institution", **REL,
                                          "statutory_notification": True},
     {"outcome": "allow", "cites": ["租税特別措置法第37条の11の3第4項"]}),
    ("mynumber:T21", "mynumber-acquire", {"action": "request", "actor": "financial_institution", **REL,
                                          "timing": "foreseeable"},
     {"outcome": "allow"}),
    ("mynumber:T22", "mynumber-acquire", {"action": "collect", "actor": "financial_institution", "purpose": "other"},
     {"outcome": "forbid", "cites": ["番号法第20条"]}),
    ("mynumber:T23", "mynumber-acquire", {"action": "collect", "purpose": "other"}, {"outcome": "forbid"}),
    ("mynumber:T24", "mynumber-acquire", {"action": "collect", **REL, "pass_through": True},
     {"outcome": "require", "actions": ["hand_over_promptly", "keep_no_copy"]}),
    ("mynumber:T25", "mynumber-acquire", {"action": "collect", "actor": "contractor", **REL, "pass_through": True},
     {"outcome": "require", "actions": ["hand_over_promptly", "keep_no_copy"]}),
    ("mynumber:T25-storage", "mynumber-acquire", {"action": "collect", "actor": "contractor", **REL,
                                                  "pass_through": True, "storage_required_by_contract": True},
     {"outcome": "allow"}),
    ("mynumber:T26", "mynumber-acquire", {"action": "collect", "purpose": "other", "recorded": False},
     {"outcome": "allow"}),
    ("mynumber:T27", "mynumber-acquire", {"action": "collect", "purpose": "other", "recorded": True},
     {"outcome": "forbid"}),
    # --- §5.2 identity -------------------------------------------------------------------------------
    ("mynumber:T28", "mynumber-identity", {"principal_documents": ["mynumber_card"]},
     {"outcome": "allow", "missing": []}),
    ("mynumber:T29", "mynumber-identity", {"principal_documents": ["drivers_license"]},
     {"outcome": "require", "missing": ["number_check"], "actions": ["obtain_number_check"]}),
    ("mynumber:T29-fixed", "mynumber-identity", {"principal_documents": ["drivers_license",
                                                                         "resident_record_with_number"]},
     {"outcome": "allow"}),
    ("mynumber:T30", "mynumber-identity", {"channel": "mail", "principal_documents": ["resident_record_with_number",
                                                                                      "passport"]},
     {"outcome": "allow", "actions": ["receive_documents_or_copies"], "cites": ["番号法施行規則第11条"]}),
    ("mynumber:T31", "mynumber-identity", {"principal_documents": ["notification_card", "drivers_license"]},
     {"outcome": "allow", "cites": ["令和元年法律第16号附則第6条"]}),
    ("mynumber:T31-moved", "mynumber-identity", {"principal_documents": ["notification_card", "drivers_license"],
                                                 "notification_card_details_current": False},
     {"outcome": "require", "missing": ["number_check"]}),
    ("mynumber:T31-notice-letter", "mynumber-identity", {"principal_documents": ["number_notice_letter",
                                                                                 "drivers_license"]},
     {"outcome": "require", "missing": ["number_check"]}),
    ("mynumber:T32", "mynumber-identity", {"submitter": "agent"},
     {"outcome": "require", "missing": ["authority_check", "agent_identity_check", "number_check"]}),
    ("mynumber:T32-complete", "mynumber-identity", {"submitter": "agent", "authority_document": True,
                                                    "agent_documents": ["drivers_license"],
                                                    "principal_documents": ["mynumber_card"]},
     {"outcome": "allow", "missing": []}),
    ("mynumber:T33", "mynumber-identity", {"submitter": "implementer"},
     {"outcome": "allow", "verification_required": False}),
    ("mynumber:T28-known-employee", "mynumber-identity", {"principal_documents": ["resident_record_with_number"],
                                                          "known_same_person": True},
     {"outcome": "allow"}),
    # --- §5.3 provision --------------------------------------------------------------------------------
    ("mynumber:T34", "mynumber-provide", {"recipient": "same_legal_entity"}, {"outcome": "allow"}),
    ("mynumber:T35", "mynumber-provide", {"recipient": "new_employer"},
     {"outcome": "forbid", "actions": ["collect_again_from_principal_or_obtain_consent"]}),
    ("mynumber:T36", "mynumber-provide", {"recipient": "new_employer", "consent": True,
                                          "items": ["my_number", "name", "address", "birth_date", "prior_salary"]},
     {"outcome": "allow", "basis": "番号法第19条第4号"}),
    ("mynumber:T36-reason", "mynumber-provide", {"recipient": "new_employer", "consent": True,
                                                 "items": ["my_number", "name", "leaving_reason"]},
     {"outcome": "forbid", "actions": ["remove_leaving_reason"]}),
    ("mynumber:T37", "mynumber-provide", {"recipient": "new_employer", "consent": True,
                                          "consent_after_destination_decided": False,
                                          "recipient_specified_in_consent": False},
     {"outcome": "forbid", "actions": ["obtain_consent_naming_recipient"]}),
    ("mynumber:T38", "mynumber-provide", {"recipient": "group_company", "access_restricted_to_current_employer": True},
     {"outcome": "allow"}),
    ("mynumber:T38-auto-unlock", "mynumber-provide", {"recipient": "group_company"}, {"outcome": "forbid"}),
    ("mynumber:T39", "mynumber-provide", {"recipient": "group_company", "consent": True}, {"outcome": "forbid"}),
    ("mynumber:T40", "mynumber-provide", {"recipient": "contractor"},
     {"outcome": "allow", "basis": "番号法第19条第6号"}),
    ("mynumber:T41", "mynumber-provide", {"recipient": "successor"},
     {"outcome": "allow", "basis": "番号法第19条第6号"}),
    ("mynumber:T42", "mynumber-provide", {"recipient": "police_or_rescuer", "life_body_property_need": True,
                                          "consent_or_hard_to_obtain": True},
     {"outcome": "allow", "basis": "番号法第19条第16号"}),
    ("mynumber:T43", "mynumber-provide", {"recipient": "ppc"},
     {"outcome": "require", "basis": "番号法第19条第13号", "actions": ["provide_to_commission"]}),
    ("mynumber:T44", "mynumber-provide", {"recipient": "investigation_or_court"},
     {"outcome": "allow", "basis": "番号法第19条第15号; 施行令第25条"}),
    ("mynumber:T45", "mynumber-provide", {"recipient": "other_business"},
     {"outcome": "forbid", "actions": ["refuse_request"]}),
    ("mynumber:T46", "mynumber-provide", {"recipient": "principal"}, {"outcome": "allow"}),
    ("mynumber:T48", "mynumber-provide", {"provider": "utilization_implementer",
                                          "recipient": "related_affairs_implementer"},
     {"outcome": "allow", "basis": "番号法第19条第1号"}),
    ("mynumber:T48-employee", "mynumber-provide", {"provider": "principal", "recipient": "related_affairs_implementer"},
     {"outcome": "allow", "basis": "番号法第19条第3号"}),
    ("mynumber:T40-tax-office", "mynumber-provide", {"recipient": "statutory_recipient"},
     {"outcome": "allow", "basis": "番号法第19条第2号"}),
    ("mynumber:T49-provision", "mynumber-provide", {"recipient": "contractor", "reentrustment": True},
     {"outcome": "forbid", "cites": ["番号法第10条"]}),
    ("amend:36", "mynumber-provide", {"provider": "utilization_implementer", "recipient": "network_system",
                                      "pia_done": False},
     {"outcome": "forbid", "actions": ["complete_pia"]}),
    ("amend:36-done", "mynumber-provide", {"provider": "utilization_implementer", "recipient": "network_system"},
     {"outcome": "allow", "basis": "番号法第19条第8号"}),
    # --- §5.4 outsourcing ----------------------------------------------------------------------------
    ("mynumber:T49", "mynumber-entrust", {"action": "reentrust", "permission": "none"},
     {"outcome": "forbid", "cites": ["番号法第10条, 第19条, 第15条, 第20条"]}),
    ("mynumber:T50", "mynumber-entrust", {"action": "reentrust", "permission": "intermediate_only"},
     {"outcome": "forbid", "actions": ["obtain_original_entruster_permission"]}),
    ("mynumber:T50-ok", "mynumber-entrust", {"action": "reentrust", "permission": "original_entruster"},
     {"outcome": "allow"}),
    ("mynumber:T51", "mynumber-entrust", {"action": "accept_reentrustment", "mynumber_apparent": False},
     {"outcome": "allow"}),
    ("mynumber:T51-apparent", "mynumber-entrust", {"action": "accept_reentrustment"},
     {"outcome": "require", "actions": ["confirm_original_entruster_permission"]}),
    ("mynumber:T52", "mynumber-entrust", {"action": "entrust", "selection_checks": ["equipment", "technical_level",
                                                                                     "staff_supervision",
                                                                                     "management_environment"],
                                          "contract_clauses": ["confidentiality", "no_take_out", "no_other_purpose",
                                                               "reentrustment_conditions", "leak_responsibility",
                                                               "staff_supervision_education"]},
     {"outcome": "forbid", "missing": ["return_or_disposal", "compliance_reporting"]}),
    ("mynumber:T53", "mynumber-entrust", {"action": "entrust", "contract_clauses": [
        "confidentiality", "no_take_out", "no_other_purpose", "reentrustment_conditions", "leak_responsibility",
        "return_or_disposal", "staff_supervision_education", "compliance_reporting"]},
     {"outcome": "forbid", "missing": ["equipment", "technical_level", "staff_supervision", "management_environment"]}),
    ("mynumber:T54", "mynumber-entrust", {"action": "entrust", "selection_checks": [
        "equipment", "technical_level", "staff_supervision", "management_environment"], "contract_clauses": [
        "confidentiality", "no_take_out", "no_other_purpose", "reentrustment_conditions", "leak_responsibility",
        "return_or_disposal", "staff_supervision_education", "compliance_reporting"], "has_subcontractors": True},
     {"outcome": "forbid", "missing": ["indirect_supervision"]}),
    ("mynumber:T54-ok", "mynumber-entrust", {"action": "entrust", "selection_checks": [
        "equipment", "technical_level", "staff_supervision", "management_environment"], "contract_clauses": [
        "confidentiality", "no_take_out", "no_other_purpose", "reentrustment_conditions", "leak_responsibility",
        "return_or_disposal", "staff_supervision_education", "compliance_reporting"], "has_subcontractors": True,
        "monitors_subcontractors": True},
     {"outcome": "allow", "missing": []}),
    # --- §5.5 retention / deletion ---------------------------------------------------------------------
    ("mynumber:T55", "mynumber-retention", {"still_needed": True}, {"outcome": "allow"}),
    ("mynumber:T56", "mynumber-retention", {"still_needed": True}, {"outcome": "allow", "cites": ["番号法第20条"]}),
    ("mynumber:T57", "mynumber-retention", {"as_of": "2032-02-01", "document": "dependent_declaration",
                                            "deadline_year": 2024},
     {"outcome": "require", "keep_until": "2032-01-10", "disposal_due_from": "2032-01-11",
      "actions": ["dispose_promptly"], "cites": ["所得税法施行規則第76条の3"]}),
    ("mynumber:T57-last-day", "mynumber-retention", {"as_of": "2032-01-10", "document": "dependent_declaration",
                                                     "deadline_year": 2024},
     {"outcome": "allow", "keep_until": "2032-01-10"}),
    ("mynumber:T58", "mynumber-retention", {"as_of": "2025-03-01", "document": "specified_account_opening",
                                            "closure_year": 2018},
     {"outcome": "require", "keep_until": "2023-12-31"}),
    ("mynumber:T59", "mynumber-retention", {"as_of": "2026-06-01", "document": "dependent_declaration",
                                            "deadline_year": 2024},
     {"outcome": "allow", "actions": ["schedule_disposal"], "keep_until": "2032-01-10"}),
    ("mynumber:T60", "mynumber-retention", {"masked_irreversibly": True},
     {"outcome": "allow", "actions": ["erase_unneeded_personal_data"]}),
    ("mynumber:T61", "mynumber-retention", {"as_of": "2032-02-01", "document": "dependent_declaration",
                                            "deadline_year": 2024, "planned_disposal_on": "2032-03-31"},
     {"outcome": "allow", "batch_disposal_by": "2032-03-31"}),
    ("mynumber:T61-late", "mynumber-retention", {"as_of": "2032-02-01", "document": "dependent_declaration",
                                                 "deadline_year": 2024, "planned_disposal_on": "2032-04-30"},
     {"outcome": "require"}),
    ("mynumber:T62", "mynumber-retention", {"action": "dispose", "record_kept": False},
     {"outcome": "forbid", "actions": ["record_disposal_without_mynumber"]}),
    ("mynumber:T62-record-with-number", "mynumber-retention", {"action": "dispose", "record_contains_mynumber": True},
     {"outcome": "forbid"}),
    ("mynumber:T63", "mynumber-retention", {"action": "dispose", "outsourced": True},
     {"outcome": "require", "actions": ["obtain_disposal_certificate"]}),
    ("mynumber:T63-certificate", "mynumber-retention", {"action": "dispose", "outsourced": True,
                                                        "certificate_received": True},
     {"outcome": "allow"}),
    # --- §5.6 safety measures (T68–T71) -----------------------------------------------------------
    ("mynumber:T68", "mynumber-safeguard", {"situation": "carry_outside"},
     {"outcome": "require", "missing": ["carry_protection"], "actions": ["protect_when_carrying"]}),
    ("mynumber:T68-encrypted", "mynumber-safeguard", {"situation": "carry_outside", "measures": ["encryption"]},
     {"outcome": "allow"}),
    ("mynumber:T68-sme-envelope", "mynumber-safeguard", {"situation": "carry_outside", "medium": "paper",
                                                         "sme": True, "measures": ["envelope_in_bag"]},
     {"outcome": "allow"}),
    ("mynumber:T68-envelope-not-sme", "mynumber-safeguard", {"situation": "carry_outside", "medium": "paper",
                                                             "measures": ["envelope_in_bag"]},
     {"outcome": "require"}),
    ("mynumber:T69", "mynumber-safeguard", {"situation": "carry_within_office", "medium": "paper"},
     {"outcome": "require", "missing": ["carry_protection"]}),
    ("mynumber:T70", "mynumber-safeguard", {"situation": "foreign_storage"},
     {"outcome": "require", "missing": ["foreign_regime_understood", "foreign_measures_taken"]}),
    ("mynumber:T70-done", "mynumber-safeguard", {"situation": "foreign_storage",
                                                 "measures": ["foreign_regime_understood", "foreign_measures_taken"]},
     {"outcome": "allow"}),
    ("mynumber:T71", "mynumber-safeguard", {"situation": "access_log", "log_contains_mynumber": True},
     {"outcome": "forbid", "actions": ["remove_mynumber_from_log"]}),
    ("mynumber:T71-clean", "mynumber-safeguard", {"situation": "access_log"}, {"outcome": "allow"}),
    # --- §5.6 SME (existing judgement mynumber-sme) ----------------------------------------------
    ("mynumber:T64", "mynumber-sme", {"employees": 80, "max_persons_past_6_months": 3000}, {"sme": True}),
    ("mynumber:T65", "mynumber-sme", {"employees": 80, "entrusted_affairs": True}, {"sme": False}),
    ("mynumber:T66", "mynumber-sme", {"employees": 50, "max_persons_past_6_months": 6000}, {"sme": False}),
    ("mynumber:T67-credit-union", "mynumber-sme", {"employees": 90, "financial_sector": True}, {"sme": False}),
    ("mynumber:T67-health-insurance", "mynumber-sme", {"employees": 90, "utilization_affairs": True},
     {"sme": False}),
]


@pytest.mark.parametrize(("scenario", "topic", "facts", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_scenario(scenario: str, topic: str, facts: dict[str, Any], expected: dict[str, Any]) -> None:
    scenarios.check(judge(topic, facts), expected)


def test_notification_card_boundary() -> None:
    """通知カード abolished 2020-05-25: the same facts name the two versions and the transitional rule."""
    facts = {"principal_documents": ["notification_card", "drivers_license"]}
    before = judge("mynumber-identity", {**facts, "as_of": "2020-05-24"})
    after = judge("mynumber-identity", {**facts, "as_of": "2020-05-25"})
    assert before["law_version"]["id"] == "mynumber-2016" and after["law_version"]["id"] == "mynumber-2020"
    assert before["outcome"] == after["outcome"] == "allow"
    assert not any("附則第6条" in r["citation"] for r in before["reasons"])
    assert any("附則第6条" in r["citation"] for r in after["reasons"])


def test_retention_before_mynumber_act_is_an_error() -> None:
    result = _cli("mynumber-use", '{"purpose": "employee_id", "as_of": "2015-06-01"}')
    assert result.returncode == 2 and "as_of" in result.stderr


@settings(max_examples=200, deadline=None)
@given(year=st.integers(min_value=2016, max_value=2100), offset=st.integers(min_value=-400, max_value=400))
def test_dependent_declaration_period(year: int, offset: int) -> None:
    """Kept exactly to 1 月 10 日 of year+8; allowed on or before, disposal required after."""
    keep_until = dt.date(year + 8, 1, 10)
    day = keep_until + dt.timedelta(days=offset)
    d = judge("mynumber-retention", {"as_of": day.isoformat(), "document": "dependent_declaration",
                                     "deadline_year": year})
    assert d["keep_until"] == keep_until.isoformat()
    assert d["outcome"] == ("allow" if day <= keep_until else "require")
    assert dt.date.fromisoformat(d["batch_disposal_by"]) >= dt.date.fromisoformat(d["disposal_due_from"])


@settings(max_examples=100, deadline=None)
@given(start=st.dates(min_value=dt.date(2016, 1, 1), max_value=dt.date(2090, 12, 31)),
       years=st.integers(min_value=1, max_value=10), month=st.integers(min_value=1, max_value=12))
def test_other_retention_period(start: dt.date, years: int, month: int) -> None:
    d = judge("mynumber-retention", {"as_of": "2100-01-01", "retention_start": start.isoformat(),
                                     "retention_years": years, "fiscal_year_end_month": month})
    keep_until = dt.date.fromisoformat(d["keep_until"])
    if (start.month, start.day) == (2, 29) and not calendar.isleap(keep_until.year):
        assert keep_until == dt.date(start.year + years, 2, 28)  # 民法第143条第2項
    else:
        assert keep_until + dt.timedelta(days=1) == start.replace(year=start.year + years)
    batch = dt.date.fromisoformat(d["batch_disposal_by"])
    assert batch.month == month and (batch + dt.timedelta(days=1)).day == 1
    assert 0 <= (batch - dt.date.fromisoformat(d["disposal_due_from"])).days < 366


def _cli(topic: str, payload: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hogo", "judge", topic, "-"],
        input=payload, capture_output=True, text=True, check=False,
    )


@pytest.mark.parametrize(
    ("topic", "payload", "field"),
    [
        ("mynumber-use", '{"purpose": "fun"}', "purpose"),
        ("mynumber-use", '{"purpose": "related_affairs", "consent": "yes"}', "consent"),
        ("mynumber-acquire", '{"purpose": "related_affairs"}', "action"),
        ("mynumber-identity", '{"principal_documents": ["library_card"]}', "principal_documents.0"),
        ("mynumber-provide", '{"recipient": "friend"}', "recipient"),
        ("mynumber-retention", '{"document": "dependent_declaration", "as_of": "2024-01-01"}', "deadline_year"),
        ("mynumber-retention", '{"document": "other", "retention_start": "2020-01-01", "as_of": "2024-01-01"}',
         "retention_years"),
        ("mynumber-retention", '{"fiscal_year_end_month": 13}', "fiscal_year_end_month"),
        ("mynumber-entrust", '{"action": "reentrust", "permission": "maybe"}', "permission"),
    ],
)
def test_cli_bad_input(topic: str, payload: str, field: str) -> None:
    result = _cli(topic, payload)
    assert result.returncode == 2, result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and field in lines[0] and "Traceback" not in result.stderr


FORBIDDEN_PURPOSES = ["employee_id", "customer_id", "sales_management", "identity_matching", "other"]
ACTORS = ["business", "financial_institution", "health_insurance_society", "contractor", "individual"]


@settings(max_examples=150, deadline=None)
@given(purpose=st.sampled_from(FORBIDDEN_PURPOSES), actor=st.sampled_from(ACTORS), consent=st.booleans(),
       action=st.sampled_from(["use", "create_file"]), succession=st.booleans(), notified=st.booleans())
def test_consent_never_widens_use(purpose: str, actor: str, consent: bool, action: str, succession: bool,
                                  notified: bool) -> None:
    """番号法第9条: use outside the statutory affairs is forbidden whatever else is true."""
    d = judge("mynumber-use", {"purpose": purpose, "actor": actor, "consent": consent, "action": action,
                               "acquired_by_succession": succession, "purpose_change_notified": notified})
    assert d["outcome"] == "forbid" and d["basis"] is None


@settings(max_examples=150, deadline=None)
@given(consent=st.booleans(), life=st.booleans(), hard=st.booleans(), restricted=st.booleans(),
       provider=st.sampled_from(["business", "utilization_implementer", "principal"]))
def test_no_article_19_case_no_provision(consent: bool, life: bool, hard: bool, restricted: bool,
                                         provider: str) -> None:
    """A partner business with no 第19条 basis never receives the data, whatever the other flags."""
    d = judge("mynumber-provide", {"recipient": "other_business", "consent": consent, "provider": provider,
                                   "life_body_property_need": life, "consent_or_hard_to_obtain": hard,
                                   "access_restricted_to_current_employer": restricted})
    assert d["outcome"] == "forbid" and "refuse_request" in d["required_actions"]


@settings(max_examples=100, deadline=None)
@given(permission=st.sampled_from(["original_entruster", "intermediate_only", "none"]))
def test_reentrustment_needs_the_original_entruster(permission: str) -> None:
    entrust = judge("mynumber-entrust", {"action": "reentrust", "permission": permission})
    provide = judge("mynumber-provide", {"recipient": "contractor", "reentrustment": True,
                                         "original_entruster_permission": permission == "original_entruster"})
    assert (entrust["outcome"] == "allow") == (permission == "original_entruster") == (provide["outcome"] == "allow")


def test_employment_transfer_boundary() -> None:
    """第19条第4号 (転籍時の提供, 令和3年法律第37号) from 2021-09-01."""
    facts = {"recipient": "new_employer", "consent": True, "items": ["my_number", "name", "address"]}
    before = judge("mynumber-provide", {**facts, "as_of": "2021-08-31"})
    after = judge("mynumber-provide", {**facts, "as_of": "2021-09-01"})
    assert before["law_version"]["id"] == "mynumber-2020" and after["law_version"]["id"] == "mynumber-2021"
    assert before["outcome"] == "forbid" and "collect_again_from_principal" in before["required_actions"]
    assert after["outcome"] == "allow" and after["basis"] == "番号法第19条第4号"


def test_article_19_numbering_by_version() -> None:
    early = judge("mynumber-provide", {"recipient": "contractor", "as_of": "2018-01-01"})
    assert early["outcome"] == "allow" and early["basis"] == "番号法第19条(委託・合併等の号)"
