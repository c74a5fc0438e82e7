"""The benchmark's facts stay valid and complete (no timing is asserted: bench/ only prints numbers)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from hogo.law import JUDGEMENTS

_PATH = Path(__file__).resolve().parents[1] / "bench" / "bench_judgements.py"
_SPEC = importlib.util.spec_from_file_location("bench_judgements", _PATH)
assert _SPEC is not None and _SPEC.loader is not None
bench = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(bench)


def test_every_judgement_has_a_benchmark_case() -> None:
    assert {name for _, name, _ in bench.CASES} == set(JUDGEMENTS)


@pytest.mark.parametrize(("label", "name", "facts"), bench.CASES, ids=[case[0] for case in bench.CASES])
def test_benchmark_facts_are_valid(label: str, name: str, facts: dict) -> None:
    judgement = JUDGEMENTS[name]
    model = judgement.facts.model_validate_json(json.dumps(facts))
    decision = judgement(model, model.as_of or bench.AS_OF)
    assert decision.reasons
