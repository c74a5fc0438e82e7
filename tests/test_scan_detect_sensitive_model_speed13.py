"""Round 13 (late): the learned SENSITIVE stage's per-document caches give the same features and the same spans."""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer
from hogo.scan.document import Document
from hogo.scan.sensitive_model import _DocInfo, candidate_spans, default_sensitive_model, span_features
from hogo.scan.types import PiiType

TEXTS = [
    "既往歴：糖尿病（2型）でインスリンを使用中。\n備考: 身体障害者手帳2級を所持",
    "昨年、うつ病と診断され通院中です。",
    "・前科あり（窃盗）\n・信仰：キリスト教",
    "氏名,年齢,病名,備考\n山田,45,高血圧症,服薬中",
    "システム障害の報告: 通信障害が発生し、復旧対応中。",  # an outage: no span
    "第5条 統計の件数は120件、割合は3%である。",  # a law / statistic line
    "本日は晴れ。会議は10時から。",  # no anchor at all
]


def _uncached(doc: Document, span, gens, rule):
    """Features with a fresh cache per call (nothing shared between candidates)."""
    return span_features(doc, span, gens, _DocInfo(doc, rule))


@pytest.mark.parametrize("text", TEXTS)
def test_cached_features_equal_fresh_ones(text: str) -> None:
    analyzer = default_analyzer()
    doc = Document(text)
    found = analyzer.analyze(text)
    rule = []  # the anchors alone (heads and listed conditions) still make candidates
    info = _DocInfo(doc, rule)
    spans = candidate_spans(doc, rule)
    for span, gens in spans.items():
        assert span_features(doc, span, gens, info) == _uncached(doc, span, gens, rule)
    # a second pass over the same cache gives the same lists again
    for span, gens in spans.items():
        assert span_features(doc, span, gens, info) == _uncached(doc, span, gens, rule)
    assert found is not None


def test_cache_is_per_document() -> None:
    a, b = Document("既往歴：喘息"), Document("趣味：読書と散歩")
    info = _DocInfo(a, [])
    for span, gens in candidate_spans(a, []).items():
        span_features(a, span, gens, info)
    assert info.starts and info.ends and info.lines
    assert _DocInfo(b, []).starts == {}


@pytest.mark.parametrize("text", TEXTS)
def test_stage_is_deterministic_across_calls(text: str) -> None:
    analyzer = default_analyzer(sensitive_model=True)
    first = sorted((f.start, f.end, f.type.value, f.score) for f in analyzer.analyze(text))
    second = sorted((f.start, f.end, f.type.value, f.score) for f in analyzer.analyze(text))
    assert first == second


def test_outage_and_plain_text_give_no_sensitive_span() -> None:
    analyzer = default_analyzer(sensitive_model=True)
    for text in (TEXTS[4], TEXTS[6]):
        assert not [f for f in analyzer.analyze(text) if f.type is PiiType.SENSITIVE]


def test_weights_sum_in_feature_order() -> None:
    model = default_sensitive_model()
    feats = ["b", "rule", "nohead", "no-such-feature"]
    z = sum(model.weights.get(x, 0.0) for x in feats)
    import math
    assert model._sigmoid(model.weights, feats) == 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
