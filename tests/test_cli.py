"""The command line as a user runs it: the installed ``hogo`` in a subprocess.

Contracts: ../shared/spec/interfaces.md — JSON in from FILE or ``-``, one JSON document out,
exit 2 with one line on standard error naming the field on bad input, no traceback;
``hogo mynumber check`` prints ``valid`` (exit 0) or ``invalid: <why>`` (exit 1).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clitools import assert_bad_input, hogo

from hogo.law import JUDGEMENTS

# --------------------------------------------------------------------------- mynumber check
@pytest.mark.parametrize("number", ["123456789018", "1234 5678 9018", "1234-5678-9018", "１２３４　５６７８　９０１８"])
def test_mynumber_check_valid(number: str) -> None:
    result = hogo("mynumber", "check", number)
    assert (result.returncode, result.stdout, result.stderr) == (0, "valid\n", "")


@pytest.mark.parametrize(
    ("number", "why"),
    [
        ("123456789017", "検査用数字"),
        ("12345678901", "12桁"),
        ("12345678901X", "数字以外"),
        ("", "空"),
    ],
)
def test_mynumber_check_invalid(number: str, why: str) -> None:
    result = hogo("mynumber", "check", number)
    assert result.returncode == 1
    assert result.stdout.startswith("invalid: ")
    assert result.stdout.count("\n") == 1
    assert why in result.stdout
    assert "Traceback" not in result.stderr


# --------------------------------------------------------------------------- judge: good input
GOOD = {
    "pia": (
        {"body": "health_insurance_society", "persons": 250_000, "handlers": 600, "as_of": "2024-06-01"},
        {"mandatory": True, "assessments": ["basic", "full"]},
    ),
    "mynumber-sme": ({"employees": 80, "max_persons_past_6_months": 3000, "as_of": "2024-06-01"}, {"sme": True}),
}


def check_decision(stdout: str, expected: dict) -> None:
    decision = json.loads(stdout)
    for key, value in expected.items():
        assert decision[key] == value
    assert decision["as_of"] == "2024-06-01"
    assert decision["law_version"]["law"] == "mynumber"
    assert decision["reasons"]
    for r in decision["reasons"]:
        assert set(r) >= {"text", "text_en", "citation"} and r["citation"]


@pytest.mark.parametrize("name", sorted(GOOD))
def test_judge_from_stdin(name: str) -> None:
    facts, expected = GOOD[name]
    result = hogo("judge", name, "-", stdin=json.dumps(facts))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    check_decision(result.stdout, expected)
    assert "\\u" not in result.stdout  # ensure_ascii=False: Japanese is printed as is


@pytest.mark.parametrize("name", sorted(GOOD))
def test_judge_from_file(name: str, tmp_path: Path) -> None:
    facts, expected = GOOD[name]
    path = tmp_path / "facts.json"
    path.write_text(json.dumps(facts, ensure_ascii=False), encoding="utf-8")
    result = hogo("judge", name, str(path))
    assert result.returncode == 0, result.stderr
    check_decision(result.stdout, expected)


def test_judge_defaults_as_of_to_today() -> None:
    result = hogo("judge", "pia", "-", stdin='{"body": "business"}')
    assert result.returncode == 0
    assert json.loads(result.stdout)["row"] == "D0"


# --------------------------------------------------------------------------- judge: bad input
BAD = [
    # (command, stdin, field named in the message)
    ("pia", '{"body": "local_government", ', "input"),  # malformed JSON
    ("pia", "", "input"),  # empty input is not JSON
    ("pia", '[{"body": "business"}]', "input"),  # top-level array
    ("pia", '"business"', "input"),
    ("pia", '{"body": "business", "employees": 3}', "employees"),  # unknown field
    ("pia", '{"body": "local_government", "persons": "5000"}', "persons"),  # wrong type
    ("pia", '{"body": "local_government", "persons": 5000, "paper_only": "no"}', "paper_only"),
    ("pia", '{"body": "local_government", "persons": -1}', "persons"),  # negative count
    ("pia", '{"body": "local_government", "persons": 5000, "handlers": -3}', "handlers"),
    ("pia", '{"body": "local_government", "persons": 5000, "as_of": "2024-02-30"}', "as_of"),  # invalid date
    ("pia", '{"body": "local_government", "persons": 5000, "last_published_on": "2024/01/01"}', "last_published_on"),
    ("pia", '{"body": "city", "persons": 5000}', "body"),
    ("pia", '{"persons": 5000}', "body"),  # required field missing
    ("pia", '{"body": "local_government", "persons": 50000}', "handlers"),  # needed to decide
    ("pia", '{"body": "local_government", "persons": 5000, "as_of": "2015-06-01"}', "as_of"),  # law not in force
    (
        "pia",
        '{"body": "local_government", "persons": 5000, "incidents": [{"occurred_on": "2024-01-01", "persons": -1}]}',
        "incidents.0.persons",
    ),
    ("mynumber-sme", '{"employees": 10', "input"),
    ("mynumber-sme", "[]", "input"),
    ("mynumber-sme", '{"employees": 10, "bank": true}', "bank"),
    ("mynumber-sme", '{"employees": "10"}', "employees"),
    ("mynumber-sme", '{"employees": -10}', "employees"),
    ("mynumber-sme", '{"employees": 10, "financial_sector": 1}', "financial_sector"),
    ("mynumber-sme", '{"employees": 10, "as_of": "2024-13-01"}', "as_of"),
    ("mynumber-sme", "{}", "employees"),
]


@pytest.mark.parametrize(("name", "stdin", "field"), BAD, ids=[f"{b[0]}:{b[2]}:{i}" for i, b in enumerate(BAD)])
def test_judge_bad_input(name: str, stdin: str, field: str) -> None:
    assert_bad_input(hogo("judge", name, "-", stdin=stdin), field)


@pytest.mark.parametrize("name", ["pia", "mynumber-sme"])
def test_judge_missing_file(name: str, tmp_path: Path) -> None:
    assert_bad_input(hogo("judge", name, str(tmp_path / "no-such.json")), "file")


def test_judge_bad_input_from_file(tmp_path: Path) -> None:
    path = tmp_path / "facts.json"
    path.write_text('{"body": "local_government", "persons": -5}', encoding="utf-8")
    assert_bad_input(hogo("judge", "pia", str(path)), "persons")


def test_judge_file_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "facts.json"
    path.write_bytes('{"body": "business", "x": "保護"}'.encode("cp932"))
    assert_bad_input(hogo("judge", "pia", str(path)), "file")


# --------------------------------------------------------------------------- help
def test_help() -> None:
    result = hogo("--help")
    assert result.returncode == 0
    assert "judge" in result.stdout and "mynumber" in result.stdout


def test_judge_help_lists_the_judgements() -> None:
    result = hogo("judge", "--help")
    assert result.returncode == 0
    expected = {"pia", "mynumber-sme"} | ({"breach"} if "breach" in JUDGEMENTS else set())
    for name in expected:
        assert name in result.stdout


@pytest.mark.parametrize("name", ["pia", "mynumber-sme"])
def test_each_judge_help(name: str) -> None:
    result = hogo("judge", name, "--help")
    assert result.returncode == 0
    assert "FILE" in result.stdout


# --------------------------------------------------------------------------- usage errors
@pytest.mark.parametrize(
    ("args", "named"),
    [
        (("judge", "breach"), "FILE"),
        (("judge", "breach", "--bogus", "x"), "--bogus"),
        (("nosuch",), "nosuch"),
        (("mask", "--mode", "x", "f.txt"), "--mode"),
    ],
)
def test_usage_errors_are_one_line(args: tuple[str, ...], named: str) -> None:
    assert_bad_input(hogo(*args), named)


@pytest.mark.parametrize("args", [(), ("judge",), ("mynumber",)])
def test_bare_group_shows_help(args: tuple[str, ...]) -> None:
    result = hogo(*args)
    assert result.returncode == 0
    assert "Usage:" in result.stdout
    assert result.stderr == ""
