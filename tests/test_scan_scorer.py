"""The learned PERSON context scorer (hogo.scan.scorer): features, the shipped weights, training, the stage.

All names and texts are fictional and written for these tests.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from hogo.scan.analyzer import Analyzer
from hogo.scan.document import Document
from hogo.scan.recognizers import Candidate
from hogo.scan.scorer import GEN_NAME, PersonScorer, candidate_features, default_scorer, generate
from hogo.scan.types import PiiType

ROOT = Path(__file__).resolve().parent.parent


def _cand(doc: Document, word: str, score: float = 0.25, recognizer: str = "person", nth: int = 0) -> Candidate:
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(word, start + 1)
    return Candidate(start, start + len(word), PiiType.PERSON, score, recognizer, True)


# --- features on hand-written rows ---------------------------------------------------------------------------

def test_features_of_a_name_between_a_role_and_a_particle() -> None:
    doc = Document("巡回中の警備員の杉浦が声をかけた。")
    f = set(candidate_features(doc, _cand(doc, "杉浦")))
    assert {"p1=の", "n1=が", "nh=が", "pw=警備員", "pwl=員|の", "s=0.25", "r=person", "shape=K", "len=2"} <= f
    assert "lo|p1=の" in f  # under the threshold: the side-marked copy
    assert "ln=table" not in f and "ln=chat" not in f and "confirmed_elsewhere" not in f


def test_features_of_a_table_cell_and_a_chat_line() -> None:
    doc = Document("番号,氏名,区分\n12,宮森 透,会員\n")
    f = set(candidate_features(doc, _cand(doc, "宮森 透", 0.45)))
    assert {"ln=table", "p1=,", "n1=,", "parts=2", "shape=KSK"} <= f
    chat = Document("[19:02] 宮森: 了解です\n")
    g = set(candidate_features(chat, _cand(chat, "宮森")))
    assert "ln=chat" in g and "ln=table" not in g


def test_features_see_a_name_confirmed_elsewhere_in_the_document() -> None:
    doc = Document("担当：宮森 透 様\n宮森 透から連絡あり。")
    strong = _cand(doc, "宮森 透", 0.9)
    weak = _cand(doc, "宮森 透", 0.45, nth=1)
    from hogo.scan.scorer import _DocInfo

    info = _DocInfo(doc, [strong, weak])
    assert "confirmed_elsewhere" in candidate_features(doc, weak, info)
    assert "confirmed_elsewhere" not in candidate_features(doc, strong, info)  # itself does not count


def test_features_of_latin_names() -> None:
    doc = Document("Dear Kenta Oyama,\nthe Medical Questionnaire is attached.")
    name = set(candidate_features(doc, _cand(doc, "Kenta Oyama", 0.3)))
    words = set(candidate_features(doc, _cand(doc, "Medical Questionnaire", 0.3)))
    assert "latin_known=2/2" in name and "latin_prev=dear" in name
    assert "latin_known=0/2" in words


# --- the shipped weights ---------------------------------------------------------------------------------------

def test_shipped_model_loads_and_scores_are_probabilities() -> None:
    scorer = default_scorer()
    assert scorer.weights and 0 < scorer.raise_at <= 1 and 0 <= scorer.lower_at < 1
    doc = Document("保護者：宮森 透\n巡回中の警備員の杉浦が声をかけた。\n会議室,備品,机\n")
    analyzer = Analyzer()
    for c in analyzer.recognize(doc):
        if c.type is PiiType.PERSON:
            assert 0.0 <= scorer.probability(candidate_features(doc, c)) <= 1.0
    for c in scorer.rescore(doc, analyzer.recognize(doc)):
        assert 0.0 <= c.score <= 1.0


def test_round_trip_through_json(tmp_path: Path) -> None:
    import json

    s = PersonScorer({"bias": -1.0, "p1=の": 2.5}, raise_at=0.7, lower_at=0.1, generate=True)
    path = tmp_path / "m.json"
    path.write_text(json.dumps(s.to_dict()), encoding="utf-8")
    t = PersonScorer.load(path)
    assert (t.weights, t.raise_at, t.lower_at, t.generate) == (s.weights, 0.7, 0.1, True)


# --- the stage in the analyzer -----------------------------------------------------------------------------------

TEXT = "報告者：宮森 透\n巡回中の杉浦が声をかけた。\n"  # no role word before the surname: the rules leave it


def test_analyzer_without_the_stage_is_rules_only() -> None:
    found = {TEXT[f.start : f.end] for f in Analyzer().analyze(TEXT) if f.type is PiiType.PERSON}
    assert "杉浦" not in found  # a bare surname in prose scores 0.25 under the rules


def test_analyzer_with_the_stage_raises_a_candidate_the_model_believes() -> None:
    believer = PersonScorer({"bias": 0.0, "lo|p1=の": 4.0}, raise_at=0.8)
    found = {TEXT[f.start : f.end] for f in Analyzer(scorer=believer).analyze(TEXT) if f.type is PiiType.PERSON}
    assert {"宮森 透", "杉浦"} <= found
    doubter = PersonScorer({"bias": -6.0}, raise_at=0.8, lower_at=0.5)
    kept = {TEXT[f.start : f.end] for f in Analyzer(scorer=doubter).analyze(TEXT) if f.type is PiiType.PERSON}
    assert "杉浦" not in kept and "宮森 透" in kept  # a labelled name at 0.9 is never lowered


def test_stage_stays_out_of_texts_where_the_rules_keep_no_one() -> None:
    text = "第三条　前条の規定は、杉浦の区域には適用しない。"  # no name the rules keep: the stage must not start
    believer = PersonScorer({"bias": 6.0}, raise_at=0.5)
    assert [f for f in Analyzer(scorer=believer).analyze(text) if f.type is PiiType.PERSON] == []


def test_generator_proposes_words_in_name_slots_only() -> None:
    doc = Document("清掃当番　岡山、堀\n保安員の杉浦です。\n会議は本館で行う。\n")
    spans = {doc.text[c.start : c.end] for c in generate(doc, [])}
    assert {"岡山", "堀", "杉浦"} <= spans
    assert "本館" not in spans and "会議" not in spans  # no name slot, or no surname at the head
    assert all(c.recognizer == GEN_NAME and c.score < 0.5 for c in generate(doc, []))


# --- training -----------------------------------------------------------------------------------------------

def _train_module():
    spec = importlib.util.spec_from_file_location("train_person_scorer", ROOT / "bench" / "train_person_scorer.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("train_person_scorer", module)
    spec.loader.exec_module(module)
    return module


class _Rows:
    def __init__(self, name: str, rows: list[tuple[list[str], int]]) -> None:
        self.name, self.rows = name, rows


def test_training_is_deterministic_on_a_tiny_synthetic_set() -> None:
    train = _train_module().train
    rows = []
    for i in range(30):
        rows.append((["bias", "p1=の", "n1=が", f"len={i % 3}"], 1))
        rows.append((["bias", "p1=会", "n1=議", f"len={i % 3}"], 0))
    rows.append((["bias", "p1=の", "n1=議"], 0))
    batches = [_Rows("corpus", rows), _Rows("blind", rows[:20])]
    first = train(batches, 1.0, 3.0)
    assert first == train(batches, 1.0, 3.0)
    assert first["p1=の"] > 0 > first["p1=会"]
    assert "rare" not in first  # features seen once get no weight
