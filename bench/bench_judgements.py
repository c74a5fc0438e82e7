"""Time every registered judgement per call (validate JSON facts + judge + dump the decision).

No other tool makes these legal judgements (a privacy officer would otherwise read the Act, the
Enforcement Rules and the guidelines), so the yardstick is the floor any JSON-in tool pays: a plain
``json.loads`` of the same facts document, measured in the same run. The ratio says how many JSON
parses one full judgement costs. No test asserts timing; this script only prints numbers.

Every registered judgement needs at least one case here (representative, synthetic facts); a
judgement without one makes the script exit 1, so a new judgement cannot be left unmeasured.

Run: ``.venv/bin/python bench/bench_judgements.py [--number N]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import timeit
from typing import Any

from hogo.law import JUDGEMENTS

AS_OF = dt.date(2024, 6, 1)
NOW = "2024-06-01"
OPT_OUT_ITEMS = [
    "provider_identity", "provision_purpose", "data_items", "acquisition_method", "provision_method",
    "stop_on_request", "request_method", "update_method", "start_date",
]  # fmt: skip

# (label, judgement, facts): representative facts per judgement, several where the paths differ.
CASES: list[tuple[str, str, dict[str, Any]]] = [
    ("breach", "breach", {"regime": "mynumber", "known_on": NOW, "persons": 120, "wrongful_purpose": True}),
    ("pia", "pia", {
        "body": "health_insurance_society", "persons": 150_000, "handlers": 100,
        "incidents": [{"occurred_on": "2024-02-10", "persons": 3, "intentional": True}],
        "current_assessments": ["basic", "focused"], "last_published_on": "2019-08-01",
    }),
    ("mynumber-sme", "mynumber-sme", {"employees": 80, "max_persons_past_6_months": 3000, "financial_sector": False}),
    ("classify", "classify", {
        "as_of": NOW, "identifies_person": True, "in_database": True, "sensitive": ["medical_history"],
        "contains_my_number": True, "retention_months": 3,
    }),
    ("handler (2010, 6 counts)", "handler", {
        "as_of": "2010-06-01", "person_counts": [{"on": f"2010-0{m}-01", "persons": 4000 + m} for m in range(1, 7)],
    }),
    ("purpose", "purpose", {"as_of": NOW, "concrete": True, "planned_third_party_provision": True}),
    ("purpose-change", "purpose-change", {"as_of": "2010-06-01", "relation": "related"}),
    ("use", "use", {
        "as_of": NOW, "within_purpose": False, "public_health_or_children": True, "consent_difficult": True,
        "protect_life_body_property": True,
    }),
    ("acquisition", "acquisition", {"as_of": NOW, "sensitive": True, "published_by": "press", "direct_written": True}),
    ("consent", "consent", {
        "as_of": "2013-06-01", "capacity": "minor_partly_able", "given_by": ["legal_representative"], "method": "written",
    }),
    ("pseudonymised", "pseudonymised", {"as_of": NOW, "action": "contact_person"}),
    ("provision (opt-out)", "provision", {
        "as_of": NOW, "opt_out": {"notified_items": OPT_OUT_ITEMS, "commission_notified": True},
    }),
    ("provision (foreign)", "provision", {
        "as_of": NOW, "recipient_abroad": True, "recipient_country": "US", "consent": True,
        "foreign_information_provided": True,
    }),
    ("provision (law, catalogue)", "provision", {"as_of": "2013-04-01", "legal_basis_code": "welfare:LB-06"}),
    ("foreign-transfer", "foreign-transfer", {
        "as_of": NOW, "recipient_country": "US", "consent": True, "foreign_information_provided": True,
    }),
    ("provision-change", "provision-change", {
        "as_of": NOW, "scheme": "joint_use", "change": "manager_address", "notice_given": "after",
    }),
    ("provision-record", "provision-record", {"as_of": NOW, "role": "recipient", "basis": "opt_out"}),
    ("person-related-provision", "person-related-provision", {
        "as_of": NOW, "recipient_expected_to_identify": True, "consent_confirmed": True,
    }),
    ("rights-request (disclosure)", "rights-request", {
        "as_of": NOW, "request": "disclosure", "requester": "legal_representative_minor", "abuse_or_dv_risk": True,
        "requested_method": "electronic", "fee_yen": 300, "fee_actual_cost_yen": 300,
    }),
    ("rights-request (erasure)", "rights-request", {
        "as_of": NOW, "request": "erasure", "grounds_found": ["no_longer_needed"], "difficult_with_alternative": True,
    }),
    ("rights-procedure", "rights-procedure", {
        "as_of": NOW, "published_items": ["name", "purposes", "procedures", "complaint_contact"],
    }),
    ("mynumber-use", "mynumber-use", {
        "as_of": NOW, "purpose": "related_affairs", "affair": "social_insurance",
        "specified_affairs": ["withholding_slip"],
    }),
    ("mynumber-acquire", "mynumber-acquire", {
        "as_of": NOW, "action": "request", "purpose": "related_affairs", "timing": "foreseeable",
    }),
    ("mynumber-identity", "mynumber-identity", {
        "as_of": NOW, "submitter": "agent", "authority_document": True, "agent_documents": ["drivers_license"],
        "principal_documents": ["notification_card"],
    }),
    ("mynumber-provide", "mynumber-provide", {
        "as_of": NOW, "recipient": "new_employer", "consent": True, "items": ["name", "address", "prior_salary"],
    }),
    ("mynumber-retention", "mynumber-retention", {
        "as_of": "2032-02-01", "document": "dependent_declaration", "deadline_year": 2024,
    }),
    ("mynumber-entrust", "mynumber-entrust", {"as_of": NOW, "action": "reentrust", "permission": "intermediate_only"}),
    ("mynumber-safeguard", "mynumber-safeguard", {
        "as_of": NOW, "situation": "carry_outside", "measures": ["encryption"],
    }),
]


def best_per_call(statement, number: int, repeat: int = 5) -> float:
    """Best of ``repeat`` runs, in microseconds per call."""
    return min(timeit.repeat(statement, number=number, repeat=repeat)) / number * 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--number", type=int, default=2000, help="calls per timing run (default 2000)")
    args = parser.parse_args()

    unmeasured = sorted(set(JUDGEMENTS) - {judgement for _, judgement, _ in CASES})
    if unmeasured:
        print(f"no benchmark facts for: {', '.join(unmeasured)}", file=sys.stderr)
        return 1
    print(f"| {'case':<28} | {'µs/call':>8} | {'µs json.loads':>13} | {'ratio':>6} |")
    print(f"|{'-' * 30}|{'-' * 10}|{'-' * 15}|{'-' * 8}|")
    worst = 0.0
    for label, name, facts in CASES:
        judgement = JUDGEMENTS[name]
        text = json.dumps(facts, ensure_ascii=False)

        def full_call(judgement=judgement, text=text) -> str:
            model = judgement.facts.model_validate_json(text)
            return judgement(model, model.as_of or AS_OF).model_dump_json()

        full_call()  # warm up, and fail loudly if the facts are not valid
        judged = best_per_call(full_call, args.number)
        parsed = best_per_call(lambda text=text: json.loads(text), args.number)
        worst = max(worst, judged)
        print(f"| {label:<28} | {judged:>8.1f} | {parsed:>13.2f} | {judged / parsed:>5.0f}x |")
    print(f"\nslowest judgement: {worst:.1f} µs per call ({len(CASES)} cases, {len(JUDGEMENTS)} judgements)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
