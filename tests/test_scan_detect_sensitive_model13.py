"""The learned 要配慮個人情報 (SENSITIVE) span stage, round 13 (``hogo.scan.sensitive_model``; docs/scan-detector.md,
"Round 13 — a learned SENSITIVE span stage"). The stage is opt-in (``Analyzer(sensitive_model=...)``): these rows
run it explicitly. New fictional wording, no batch sentence copied.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hogo.scan.analyzer import Analyzer, default_analyzer
from hogo.scan.document import Document
from hogo.scan.sensitive_model import DATA_FILE, SensitiveModel, candidate_spans, default_sensitive_model
from hogo.scan.types import PiiType

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(sensitive_model=default_sensitive_model())


def sensitive(analyzer: Analyzer, text: str) -> list[str]:
    return [text[f.start:f.end] for f in analyzer.analyze(text) if f.type is PiiType.SENSITIVE]


def test_model_file_loads() -> None:
    model = default_sensitive_model()
    assert model.weights and model.presence
    assert 0.0 < model.threshold < 1.0
    data = json.loads((ROOT / "src/hogo/scan/data" / DATA_FILE).read_text(encoding="utf-8"))
    assert SensitiveModel.from_dict(data).to_dict()["weights"] == model.to_dict()["weights"]


def test_stage_is_off_by_default() -> None:
    assert default_analyzer().sensitive_model is None


# typical phrases in new wording: the stage finds a SENSITIVE span overlapping the condition word
POSITIVE_ROWS: list[tuple[str, str, str]] = [
    ("prose-treated", "面談メモ（担当 戸川）\n相談者の 南雲 恭平 さんは昨年から双極性障害で通院中とのこと。", "双極性障害"),
    ("label-field", "利用者情報\n氏名：南雲 恭平\n既往歴：脳梗塞（令和3年）、高血圧\n", "脳梗塞"),
    ("certificate", "申請者 砂川 和美 様（身体障害者手帳2級）の代理で長女が来庁。", "身体障害者手帳"),
    ("crime", "面会記録\n本人（坂巻 透）は窃盗で服役し、先月出所したと話す。", "窃盗"),
]


@pytest.mark.parametrize("rid,text,word", POSITIVE_ROWS, ids=[r[0] for r in POSITIVE_ROWS])
def test_finds_typical_phrases(analyzer: Analyzer, rid: str, text: str, word: str) -> None:
    found = sensitive(analyzer, text)
    assert any(word in f or f in word for f in found), found


# hard negatives: law text about 病歴, a statistics table, IT outage reports
NEGATIVE_ROWS: list[tuple[str, str]] = [
    ("law-text", "第二条 3 この法律において「要配慮個人情報」とは、本人の人種、信条、社会的身分、病歴、犯罪の経歴、"
                 "犯罪により害を被った事実その他本人に対する不当な差別、偏見その他の不利益が生じないようにその取扱いに"
                 "特に配慮を要するものとして政令で定める記述等が含まれる個人情報をいう。"),
    ("statistics", "表3 疾病別受診者数（令和6年度）\n疾病,受診者数,割合\n糖尿病,1204,12.3%\n高血圧,2210,22.6%\n"
                   "うつ病,388,4.0%\n"),
    ("it-outage", "障害報告書\n発生日時：2025/03/02 09:14\n事象：基幹システム障害により窓口端末が停止。"
                  "通信障害の影響で住民票の交付を一時停止した。\n原因：回線障害（上位プロバイダ）\n"),
    ("it-outage-prose", "昨夜のシステム障害で受付が止まりました。通信障害は10時に復旧しています。"),
]


@pytest.mark.parametrize("rid,text", NEGATIVE_ROWS, ids=[r[0] for r in NEGATIVE_ROWS])
def test_hard_negatives(analyzer: Analyzer, rid: str, text: str) -> None:
    assert sensitive(analyzer, text) == []


@pytest.mark.parametrize("text", ["システム障害", "通信障害が発生", "回線障害の切り分け", "障害報告を提出"])
def test_outage_never_a_candidate(text: str) -> None:
    doc = Document(text)
    assert all("障害" not in doc.text[a:b] for a, b in candidate_spans(doc, []))


def test_deterministic(analyzer: Analyzer) -> None:
    text = POSITIVE_ROWS[0][1] + "\n" + POSITIVE_ROWS[1][1]
    first = analyzer.analyze(text)
    assert all(analyzer.analyze(text) == first for _ in range(3))
    again = Analyzer(sensitive_model=SensitiveModel.load())
    assert again.analyze(text) == first


def test_training_script_runs_on_a_slice(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    t0 = time.time()
    out, res = tmp_path / "model.json", tmp_path / "results.json"
    run = subprocess.run(
        [sys.executable, str(ROOT / "bench/train_sensitive_model.py"), "--batches", "blind26", "blind27",
         "--held", "blind27", "--threshold", "0.5", "--out", str(out), "--results", str(res)],
        capture_output=True, text=True, timeout=120,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert "wrote" in run.stdout
    model = SensitiveModel.load(out)
    assert model.weights and model.presence
    results = json.loads(res.read_text(encoding="utf-8"))
    assert "blind27" in results["held_out"]
    assert time.time() - t0 < 60
