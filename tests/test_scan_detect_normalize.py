"""Normalisation keeps offsets into the original text (property tests with hypothesis)."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from hogo.scan.analyzer import default_analyzer
from hogo.scan.normalize import normalize, unspace

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
    # everything is covered but the spaces of letter-spaced text (賃 貸 借 → 賃貸借)
    assert all(text[i] == " " for i in set(range(len(text))) - covered)
    if unspace(text) is None:
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
    again = normalize(text[os_:oe]).text
    if unspace(text) is None:
        assert n.text[s:e] in again
    else:  # a piece of letter-spaced text may be too short to be recognised as letter-spaced on its own
        assert n.text[s:e].replace(" ", "") in again.replace(" ", "")


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


# --- letter-spaced text (PDF text layers of 均等割付 cells, OCR output): read without the letter spacing ---

_LEASE = (
    "賃 貸 借 契 約 書\n借 主\u3000氏名 北 園\u3000千 登 世\n住所 静 岡 県 沼 津 市 大 手 町 3 - 1 4 - 2\n"
    "生年月日 １ ９ ８ ７ 年 ４ 月 ２ ８ 日\n保証人 TEL 0 5 5 - 9 2 1 - 3 3 0 8\n物件：サンハイツ沼津 3 0 2\n"
)


def test_letter_spaced_document_is_read_without_the_spacing() -> None:
    n = normalize(_LEASE)
    assert n.text.splitlines()[:4] == ["賃貸借契約書", "借主 氏名 北園 千登世", "住所 静岡県沼津市大手町3-14-2", "生年月日 1987年4月28日"]
    found = {(f.type.value, _LEASE[f.start : f.end]) for f in default_analyzer().analyze(_LEASE)}
    assert found >= {
        ("PERSON", "北 園\u3000千 登 世"),
        ("ADDRESS", "静 岡 県 沼 津 市 大 手 町 3 - 1 4 - 2"),
        ("BIRTH_DATE", "１ ９ ８ ７ 年 ４ 月 ２ ８ 日"),
        ("PHONE", "0 5 5 - 9 2 1 - 3 3 0 8"),
    }, found


def test_letter_spacing_keeps_word_gaps() -> None:
    # a word of two letters keeps its space; 全角空白 stays the gap between words
    original = "申 請 書 記 入 例\n氏名 森 健\u3000様"
    compact, keep = unspace(original)
    assert compact == "申請書記入例\n氏名 森健\u3000様"
    assert all(original[k] == compact[j] for j, k in enumerate(keep))
    assert keep[:3] == [0, 2, 4]


def test_text_that_is_not_letter_spaced_is_left_alone() -> None:
    for text in (
        "月\u3000火\u3000水\u3000木\u3000金\u3000土\u3000日\n担当 森 健",  # a weekday header with 全角空白
        "a b c d e f g h 山 田",  # spaced latin letters: fewer than three kana/kanji in the run
        "図 1 に示す 3 4 5 の値",  # short runs in running text
        "東 京 大 阪 名",  # five spaced letters, not six
        "山田 太郎 様",
    ):
        assert unspace(text) is None, text
        assert len(normalize(text).text) == len(text)


def test_letter_spaced_organisation_text_stays_negative() -> None:
    text = "会 社 概 要\n設 立\u30001 9 8 2 年 7 月\n資 本 金\u30003, 0 0 0 万 円\n"
    assert not list(default_analyzer().analyze(text))
