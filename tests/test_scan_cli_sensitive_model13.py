"""`hogo scan --sensitive-model` (round 13): the opt-in learned 要配慮 span stage from the command line.

The stage ships off (docs/scan-detector.md, "Round 13 — a learned SENSITIVE span stage"); the option turns it on,
in one process and with ``--jobs``. The file scanned is a development-batch document on which the stage and the
rules disagree, found at run time, so the test fails if the option is ignored.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from scanfixtures import run_hogo

from hogo.scan.analyzer import default_analyzer
from hogo.scan.evaluate import load_corpus
from hogo.scan.types import PiiType

BATCH = Path(__file__).resolve().parent.parent / "corpus" / "blind24"


def _sensitive(analyzer, text: str) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in analyzer.analyze(text) if f.type is PiiType.SENSITIVE]


@pytest.fixture(scope="module")
def disputed() -> str:
    """The first blind24 document where the learned stage's 要配慮 spans differ from the rules'."""
    rules, learned = default_analyzer(), default_analyzer(sensitive_model=True)
    for doc in load_corpus(BATCH):
        if _sensitive(rules, doc.text) != _sensitive(learned, doc.text):
            return doc.text
    pytest.fail("the learned stage changed nothing on blind24")


def _cli_spans(path: Path, *extra: str) -> list[tuple[int, int]]:
    out = run_hogo("scan", str(path), "--format", "jsonl", *extra)
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    return [(r["start"], r["end"]) for r in rows if r["type"] == PiiType.SENSITIVE.value]


def test_default_analyzer_keeps_the_stage_off_unless_asked() -> None:
    assert default_analyzer().sensitive_model is None
    assert default_analyzer(sensitive_model=True).sensitive_model is not None
    assert default_analyzer(sensitive_model=True) is default_analyzer(sensitive_model=True)  # built once


def test_option_turns_the_stage_on(tmp_path: Path, disputed: str) -> None:
    path = tmp_path / "memo.txt"
    path.write_text(disputed, encoding="utf-8")
    assert _cli_spans(path) == _sensitive(default_analyzer(), disputed)
    on = _cli_spans(path, "--sensitive-model")
    assert on == _sensitive(default_analyzer(sensitive_model=True), disputed)
    assert on != _cli_spans(path)


def test_option_reaches_parallel_workers(tmp_path: Path, disputed: str) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(disputed, encoding="utf-8")
    serial = run_hogo("scan", str(tmp_path), "--format", "jsonl", "--sensitive-model")
    parallel = run_hogo("scan", str(tmp_path), "--format", "jsonl", "--sensitive-model", "--jobs", "2")
    assert parallel.returncode == 0, parallel.stderr
    assert parallel.stdout == serial.stdout and serial.stdout
