"""Time every registered judgement per call (validate JSON facts + judge + dump the decision).

There is no competing tool that makes these legal judgements (breach reporting, PIA しきい値判断,
中小規模事業者), so the yardstick is a plain ``json.loads`` of the same facts document, measured
in the same run: the ratio says how many JSON parses one full judgement costs. No test asserts
timing; this script only prints numbers.

Run: ``.venv/bin/python bench/bench_judgements.py [--number N]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import timeit

from hogo.law import JUDGEMENTS

AS_OF = dt.date(2024, 6, 1)

# Representative facts per judgement (synthetic). A judgement without an entry here is skipped
# with a note, so a newly registered judgement shows up in the output.
FACTS: dict[str, dict] = {
    "breach": {
        "regime": "mynumber",
        "known_on": "2024-06-01",
        "persons": 120,
        "wrongful_purpose": True,
    },
    "pia": {
        "body": "health_insurance_society",
        "persons": 150_000,
        "handlers": 100,
        "incidents": [{"occurred_on": "2024-02-10", "persons": 3, "intentional": True}],
        "current_assessments": ["basic", "focused"],
        "last_published_on": "2019-08-01",
    },
    "mynumber-sme": {"employees": 80, "max_persons_past_6_months": 3000, "financial_sector": False},
}


def best_per_call(statement, number: int, repeat: int = 5) -> float:
    """Best of ``repeat`` runs, in microseconds per call."""
    return min(timeit.repeat(statement, number=number, repeat=repeat)) / number * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--number", type=int, default=5000, help="calls per timing run (default 5000)")
    args = parser.parse_args()

    print(f"{'judgement':<14} {'µs/judgement':>13} {'µs/json.loads':>14} {'ratio':>7}")
    for name in sorted(JUDGEMENTS):
        if name not in FACTS:
            print(f"{name:<14} (no benchmark facts)")
            continue
        judgement = JUDGEMENTS[name]
        text = json.dumps(FACTS[name], ensure_ascii=False)

        def full_call(judgement=judgement, text=text) -> str:
            facts = judgement.facts.model_validate_json(text)
            return judgement(facts, facts.as_of or AS_OF).model_dump_json()

        full_call()  # warm up, and fail loudly if the facts are not valid
        judged = best_per_call(full_call, args.number)
        parsed = best_per_call(lambda text=text: json.loads(text), args.number)
        print(f"{name:<14} {judged:>13.1f} {parsed:>14.2f} {judged / parsed:>6.0f}x")


if __name__ == "__main__":
    main()
