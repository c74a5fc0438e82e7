"""Helpers for the data-driven law scenario tables: run a registered judgement on JSON-like facts and
compare a decision with an expected subset.

Expected keys: a decision field name (compared for equality), or one of
``actions`` (these codes are in ``required_actions``), ``no_actions`` (none of these are),
``recommended`` (in ``recommended_actions``), ``missing_has`` (subset of ``missing``),
``cites`` (each fragment appears in some reason's citation), ``version`` (the law version id).
"""

from __future__ import annotations

import json
from typing import Any

from hogo.law import JUDGEMENTS


def judge(topic: str, facts: dict[str, Any], *, default_as_of: str | None = None) -> dict[str, Any]:
    """Validate ``facts`` as the CLI would (JSON, strict) and return the decision as JSON data."""
    payload = {"as_of": default_as_of, **facts} if default_as_of else facts
    judgement = JUDGEMENTS[topic]
    model = judgement.facts.model_validate_json(json.dumps(payload))
    return judgement(model, model.as_of).model_dump(mode="json")


def check(decision: dict[str, Any], expected: dict[str, Any]) -> None:
    for key, want in expected.items():
        if key in ("actions", "recommended"):
            field = "required_actions" if key == "actions" else "recommended_actions"
            missing = set(want) - set(decision[field])
            assert not missing, f"{field} lacks {missing}: {decision[field]}"
        elif key == "no_actions":
            present = set(want) & set(decision["required_actions"])
            assert not present, f"unexpected required_actions {present}"
        elif key == "missing_has":
            assert set(want) <= set(decision["missing"]), decision["missing"]
        elif key == "cites":
            citations = " | ".join(r["citation"] for r in decision["reasons"])
            for fragment in want:
                assert fragment in citations, f"{fragment!r} not cited in {citations}"
        elif key == "version":
            assert decision["law_version"]["id"] == want
        else:
            assert decision[key] == want, f"{key}: {decision[key]!r} != {want!r}"
