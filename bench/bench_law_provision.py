"""Time the provision judgements (provision, provision-change, provision-record,
person-related-provision): microseconds per decision, facts parsing included.

The alternative — a privacy officer reading 第27条〜第31条, the Enforcement Rules and the guidelines —
cannot be timed here; the ratio printed is against the floor any JSON-in tool pays (Pydantic parsing the
same facts without judging), measured in the same run.

Run: .venv/bin/python bench/bench_law_provision.py
"""

from __future__ import annotations

import datetime as dt
import json
import timeit
from typing import get_args

from hogo.law import JUDGEMENTS
from hogo.law.provision.third_party import OptOutItem

OPT_OUT = list(get_args(OptOutItem))
CASES = {
    "provision (opt-out)": (
        "provision",
        {"as_of": "2024-06-01", "opt_out": {"notified_items": OPT_OUT, "commission_notified": True}},
    ),
    "provision (foreign)": (
        "provision",
        {
            "as_of": "2024-06-01",
            "recipient_abroad": True,
            "recipient_country": "US",
            "consent": True,
            "foreign_information_provided": True,
        },
    ),
    "provision (law, catalogue)": ("provision", {"as_of": "2013-04-01", "legal_basis_code": "welfare:LB-06"}),
    "provision-change": (
        "provision-change",
        {"as_of": "2024-06-01", "scheme": "joint_use", "change": "manager_address", "notice_given": "after"},
    ),
    "provision-record": ("provision-record", {"as_of": "2024-06-01", "role": "recipient", "basis": "opt_out"}),
    "person-related-provision": (
        "person-related-provision",
        {"as_of": "2024-06-01", "recipient_expected_to_identify": True, "consent_confirmed": True},
    ),
}


def main() -> None:
    print(f"{'judgement':<28}{'µs/decision':>14}{'µs/parse only':>16}{'ratio':>8}")
    for label, (name, facts) in CASES.items():
        judgement = JUDGEMENTS[name]
        text = json.dumps(facts)

        def full() -> None:
            model = judgement.facts.model_validate_json(text)
            judgement(model, model.as_of or dt.date.today())

        def parse() -> None:
            judgement.facts.model_validate_json(text)

        n = 3000
        t_full = min(timeit.repeat(full, number=n, repeat=5)) / n * 1e6
        t_parse = min(timeit.repeat(parse, number=n, repeat=5)) / n * 1e6
        print(f"{label:<28}{t_full:>14.1f}{t_parse:>16.1f}{t_full / t_parse:>8.1f}")


if __name__ == "__main__":
    main()
