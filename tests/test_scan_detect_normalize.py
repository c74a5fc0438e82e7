"""Normalisation keeps offsets into the original text (property tests with hypothesis)."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from hogo.scan.analyzer import default_analyzer
from hogo.scan.normalize import normalize

# Text rich in what normalisation touches: full-width ASCII, half-width kana with voiced marks,
# expanding compatibility characters (㍻ ① ½ ㌔), dashes, ideographic space, plus ordinary Japanese.
_ALPHABET = st.sampled_from(
    list("０１２３４５６７８９ＡＢＣａｂｃ－＠．（）ｶｷｸﾊﾋﾌﾞﾟﾞﾟｰｱｲｳ㍻㍼①⑫½㌔\u3000\u2212\u2010—山田花子様ア-あ 1a\n")
)
texts = st.lists(_ALPHABET, max_size=60).map("".join)


@given(texts)
@settings(max_examples=300, deadline=None)
def test_each_normalised_char_maps_back_to_its_source(text: str) -> None:
    n = normalize(text)
    for i, ch in enumerate(n.text):
        start, end = n.to_original(i, i + 1)
        assert 0 <= start < end <= len(text)
        source = text[start:end]
        assert ch in normalize(source).text or ch in unicodedata.normalize("NFKC", source)


@given(texts)
@settings(max_examples=300, deadline=None)
def test_offsets_are_monotone_and_cover_the_original(text: str) -> None:
    n = normalize(text)
    spans = [n.to_original(i, i + 1) for i in range(len(n.text))]
    assert all(a[0] <= b[0] and a[1] <= b[1] for a, b in zip(spans, spans[1:]))
    covered = set()
    for s, e in spans:
        covered.update(range(s, e))
    assert covered == set(range(len(text)))


@given(texts, st.integers(min_value=0, max_value=80), st.integers(min_value=0, max_value=80))
@settings(max_examples=300, deadline=None)
def test_any_span_maps_to_a_substring_whose_normal_form_contains_it(text: str, a: int, b: int) -> None:
    n = normalize(text)
    if not n.text:
        return
    s, e = sorted((a % (len(n.text) + 1), b % (len(n.text) + 1)))
    if s == e:
        return
    os_, oe = n.to_original(s, e)
    assert n.text[s:e] in normalize(text[os_:oe]).text


@given(
    st.sampled_from(["TEL ０３－１２３４－５６７８", "ﾃﾞﾝﾜ 090-1234-5678", "㍻ 電話：０９０ー１２３４ー５６７８"]), texts
)
@settings(max_examples=50, deadline=None)
def test_findings_point_into_the_original(phone_line: str, noise: str) -> None:
    text = noise + "\n" + phone_line + "\n" + noise
    found = [f for f in default_analyzer().analyze(text) if f.type == "PHONE"]
    assert found, text
    digits = "".join(c for c in unicodedata.normalize("NFKC", text[found[-1].start : found[-1].end]) if c.isdigit())
    assert digits in {"0312345678", "09012345678"}


def test_known_mappings() -> None:
    n = normalize("ﾀﾞｲｽｹ㍻")
    assert n.text == "ダイスケ平成"
    assert n.to_original(0, 1) == (0, 2)  # ダ ← ﾀﾞ
    assert n.to_original(4, 6) == (5, 6)  # 平成 ← ㍻
    assert normalize("abc").starts is None


@given(st.lists(st.sampled_from(["あ", "。", "\n", "山田", "x" * 50]), max_size=400))
@settings(max_examples=100, deadline=None)
def test_tokenizer_chunks_rejoin(parts: list[str]) -> None:
    from hogo.scan import document

    text = "".join(parts) * 3
    chunks = document._chunks(text)
    assert "".join(chunks) == text
    assert all(len(c) <= document._MAX_CHUNK for c in chunks)


@given(st.text(max_size=200))
@settings(max_examples=200, deadline=None)
def test_analyzer_never_fails_and_spans_stay_inside(text: str) -> None:
    found = default_analyzer().analyze(text)
    assert all(0 <= f.start < f.end <= len(text) for f in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
