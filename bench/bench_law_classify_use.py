"""Time the classify-use judgements (classify, handler, purpose, purpose-change, use, acquisition,
consent, pseudonymised): microseconds per decision, facts parsing included.

A privacy officer's alternative is reading the Act and guidelines by hand, which cannot be timed
here; the ratio printed is against the floor any JSON-in tool pays — Pydantic parsing the same
facts without judging — measured in the same run.

Run: .venv/bin/python bench/bench_law_classify_use.py
"""

from __future__ import annotations

import datetime as dt
import json
import timeit

from hogo.law import JUDGEMENTS

CASES = {
    "classify": {
        "as_of": "2024-06-01",
        "identifies_person": True,
        "in_database": True,
        "sensitive": ["medical_history"],
        "contains_my_number": True,
        "retention_months": 3,
    },
    "handler": {
        "as_of": "2010-06-01",
        "person_counts": [{"on": f"2010-0{m}-01", "persons": 4000 + m} for m in range(1, 7)],
    },
    "purpose": {"as_of": "2024-06-01", "concrete": True, "planned_third_party_provision": True},
    "purpose-change": {"as_of": "2010-06-01", "relation": "related"},
    "use": {
        "as_of": "2024-06-01",
        "within_purpose": False,
        "public_health_or_children": True,
        "consent_difficult": True,
        "protect_life_body_property": True,
    },
    "acquisition": {"as_of": "2024-06-01", "sensitive": True, "published_by": "press", "direct_written": True},
    "consent": {
        "as_of": "2013-06-01",
        "capacity": "minor_partly_able",
        "given_by": ["legal_representative"],
        "method": "written",
    },
    "pseudonymised": {"as_of": "2024-06-01", "action": "contact_person"},
}


def main() -> None:
    print(f"{'judgement':<16}{'µs/decision':>14}{'µs/parse only':>16}{'ratio':>8}")
    for name, facts in CASES.items():
        judgement = JUDGEMENTS[name]
        text = json.dumps(facts)

        def full(judgement=judgement, text=text) -> None:  # noqa: ANN001
            model = judgement.facts.model_validate_json(text)
            judgement(model, model.as_of or dt.date.today())

        def parse(judgement=judgement, text=text) -> None:  # noqa: ANN001
            judgement.facts.model_validate_json(text)

        n = 5000
        t_full = min(timeit.repeat(full, number=n, repeat=5)) / n * 1e6
        t_parse = min(timeit.repeat(parse, number=n, repeat=5)) / n * 1e6
        print(f"{name:<16}{t_full:>14.1f}{t_parse:>16.1f}{t_full / t_parse:>8.1f}")


if __name__ == "__main__":
    main()
