"""Time the rights-request and My Number lifecycle judgements: microseconds per decision, facts
parsing included.

The alternative — a privacy officer reading 第32条〜第39条, 番号法 第9条〜第29条 and the guidelines —
cannot be timed here; the ratio printed is against the floor any JSON-in tool pays (Pydantic parsing the
same facts without judging), measured in the same run.

Run: .venv/bin/python bench/bench_law_rights_mynumber.py
"""

from __future__ import annotations

import datetime as dt
import json
import timeit

from hogo.law import JUDGEMENTS
from hogo.law.registry import Judgement

CASES = {
    "rights-request (disclosure)": ("rights-request", {"as_of": "2024-06-01", "request": "disclosure",
                                    "requester": "legal_representative_minor", "abuse_or_dv_risk": True,
                                    "requested_method": "electronic", "fee_yen": 300, "fee_actual_cost_yen": 300}),
    "rights-request (erasure)": ("rights-request", {"as_of": "2024-06-01", "request": "erasure",
                                 "grounds_found": ["no_longer_needed"], "difficult_with_alternative": True}),
    "mynumber-use": ("mynumber-use", {"as_of": "2024-06-01", "purpose": "related_affairs",
                     "affair": "social_insurance", "specified_affairs": ["withholding_slip"]}),
    "mynumber-acquire": ("mynumber-acquire", {"as_of": "2024-06-01", "action": "request",
                         "purpose": "related_affairs", "timing": "foreseeable"}),
    "mynumber-identity": ("mynumber-identity", {"as_of": "2024-06-01", "submitter": "agent",
                          "authority_document": True, "agent_documents": ["drivers_license"],
                          "principal_documents": ["notification_card"]}),
    "mynumber-provide": ("mynumber-provide", {"as_of": "2024-06-01", "recipient": "new_employer",
                         "consent": True, "items": ["name", "address", "prior_salary"]}),
    "mynumber-retention": ("mynumber-retention", {"as_of": "2032-02-01", "document": "dependent_declaration",
                           "deadline_year": 2024}),
    "mynumber-entrust": ("mynumber-entrust", {"as_of": "2024-06-01", "action": "reentrust",
                         "permission": "intermediate_only"}),
    "mynumber-safeguard": ("mynumber-safeguard", {"as_of": "2024-06-01", "situation": "carry_outside",
                           "measures": ["encryption"]}),
}


def main() -> None:
    print(f"{'judgement':<30}{'µs/decision':>14}{'µs/parse only':>16}{'ratio':>8}")
    for label, (name, facts) in CASES.items():
        judgement = JUDGEMENTS[name]
        text = json.dumps(facts)

        def full(judgement: Judgement = judgement, text: str = text) -> None:
            model = judgement.facts.model_validate_json(text)
            judgement(model, model.as_of or dt.date.today())

        def parse(judgement: Judgement = judgement, text: str = text) -> None:
            judgement.facts.model_validate_json(text)

        n = 3000
        t_full = min(timeit.repeat(full, number=n, repeat=5)) / n * 1e6
        t_parse = min(timeit.repeat(parse, number=n, repeat=5)) / n * 1e6
        print(f"{label:<30}{t_full:>14.1f}{t_parse:>16.1f}{t_full / t_parse:>8.1f}")


if __name__ == "__main__":
    main()
