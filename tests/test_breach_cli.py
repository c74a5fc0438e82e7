"""``hogo judge breach`` as a user runs it: the installed command in a subprocess.

Contract: ../shared/spec/interfaces.md — JSON facts from FILE or ``-``, one JSON decision out;
bad input exits 2 with one line on standard error naming the field, never a traceback.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from clitools import assert_bad_input, hogo

SPEC_OUTPUT = {"reportable", "grounds", "notify_individuals", "preliminary_report_due", "final_report_due", "reasons"}


def breach(stdin: str, *args: str) -> subprocess.CompletedProcess[str]:
    return hogo("judge", "breach", *args, "-", stdin=stdin)


def test_reportable_decision_as_json() -> None:
    facts = {"regime": "mynumber", "known_on": "2024-12-01", "persons": 150, "as_of": "2024-12-02"}
    result = breach(json.dumps(facts))
    assert result.returncode == 0, result.stderr
    decision = json.loads(result.stdout)
    assert SPEC_OUTPUT <= decision.keys()
    assert decision["reportable"] is True
    assert decision["grounds"] == ["over_100"]
    assert decision["notify_individuals"] is True
    assert decision["preliminary_report_due"] == "2024-12-05"
    assert decision["final_report_due"] == "2025-01-06"
    assert decision["law_version"]["id"] == "mynumber-2022"
    assert all(r["citation"] for r in decision["reasons"])


def test_reads_a_file(tmp_path: Path) -> None:
    path = tmp_path / "facts.json"
    path.write_text(json.dumps({"known_on": "2024-06-03", "persons": 1200, "as_of": "2024-06-04"}), encoding="utf-8")
    result = hogo("judge", "breach", str(path))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["grounds"] == ["over_1000"]


BAD_INPUT = [
    ("negative persons", '{"known_on": "2024-06-03", "persons": -1}', "persons"),
    ("unknown field", '{"known_on": "2024-06-03", "victims": 3}', "victims"),
    ("wrong type", '{"known_on": "2024-06-03", "sensitive": "yes"}', "sensitive"),
    ("string number", '{"known_on": "2024-06-03", "persons": "10"}', "persons"),
    ("invalid date", '{"known_on": "2024-02-30"}', "known_on"),
    ("missing known_on", '{"persons": 10}', "known_on"),
    ("malformed JSON", '{"known_on": "2024-06-03",', "JSON"),
    ("not an object", "[1, 2]", "input"),
    ("regime not in enum", '{"known_on": "2024-06-03", "regime": "gdpr"}', "regime"),
    ("event not in enum", '{"known_on": "2024-06-03", "event": "theft"}', "event"),
    ("as_of before known_on", '{"known_on": "2024-06-03", "as_of": "2024-06-01"}', "as_of"),
    ("before the APPI", '{"known_on": "2003-01-01", "as_of": "2024-06-01"}', "known_on"),
    ("mynumber field on appi", '{"known_on": "2024-06-03", "public_exposure": true, "as_of": "2024-06-04"}', "public_exposure"),
]


@pytest.mark.parametrize(("stdin", "field"), [b[1:] for b in BAD_INPUT], ids=[b[0] for b in BAD_INPUT])
def test_bad_input_exits_2_naming_the_field(stdin: str, field: str) -> None:
    assert_bad_input(breach(stdin), field)
