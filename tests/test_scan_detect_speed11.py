"""Round 11, throughput: the faster forms give the same results as the plain ones (fictional text only)."""

from __future__ import annotations

import random
import re

import pytest

from hogo.scan.analyzer import default_analyzer
from hogo.scan.document import Document, _chunks, _numeral_run, sudachi
from hogo.scan.recognizers.base import _first_chars, _gated, _top_branches
from hogo.scan.recognizers.patterns import _TWELVE_DIGITS, DriverLicenseRecognizer, MyNumberRecognizer
from hogo.scan.types import PiiType


def _default_names(text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """The 人名 morphemes of the tokenizer with SudachiPy's default configuration (JoinNumericPlugin on)."""
    s = sudachi()
    out, offset = [], 0
    for chunk in _chunks(text):
        if not chunk.isascii():
            out += [(t.start, t.end, t.pos) for t in s._names(s.tokenizer, chunk, offset)]
        offset += len(chunk)
    return out


def _tokens(text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    return [(t.start, t.end, t.pos) for t in sudachi().tokenize(text)]


# --- 人名 tokens without JoinNumericPlugin ---

@pytest.mark.parametrize("text", [
    "担当：早乙女 恭平（内線 2041）、会費 12,500円を受領",
    "令和七年三月二十日 来所者 小此木 千景様 番号 1,234.5",
    "受付 二千さんへ 三千代さんから 百合子さん 第一二三号",
    "2千千代 一千千代 十千千代 2千十一郎",
    "電話 090-4417-2286 鴫原 万里 2026年11月24日",
])
def test_name_tokens_equal_the_default_configuration(text: str) -> None:
    assert _tokens(text) == _default_names(text)


def test_a_name_of_numerals_is_read_again_with_the_default_tokenizer() -> None:
    # without JoinNumericPlugin, 二千さん has 千 as a given name; with it, 二千 is one number and no name is left
    s = sudachi()
    text = "受付 二千さんへ"
    assert s._names_tokenizer is not s.tokenizer
    assert [(t.start, t.end) for t in s._names(s._names_tokenizer, text, 0)] == [(4, 5)]
    assert _tokens(text) == _default_names(text) == []


def test_names_next_to_numbers_are_kept() -> None:
    text = "来所者 小此木 千景様、会費 2,000円"
    names = [text[a:b] for a, b, _ in _tokens(text)]
    assert "小此木" in names and "千景" in names
    assert not any(ch.isdigit() for name in names for ch in name)


def test_random_numeral_and_name_texts_give_the_default_tokens() -> None:
    pieces = ["一", "二", "三", "千", "百", "万", "十", "〇", "1", "0", ",", ".", "さん", "様", "小此木", "千景", "万里",
              "百合子", "八千代", "一郎", "円", "年", "、", " ", "\n", "第", "号", "ミツキ", "の"]
    rnd = random.Random(1124)
    for _ in range(1500):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 24)))
        assert _tokens(text) == _default_names(text), text


def test_numeral_run_is_sudachis_numeral_characters() -> None:
    numerals = _numeral_run()
    assert numerals is not None
    for word in ("一二三", "千", "二千三百", "2026", "〇"):
        assert numerals.fullmatch(word), word
    for word in ("千景", "一郎", "万里", "ミツキ", "小此木"):
        assert not numerals.fullmatch(word), word


def test_circled_numbers_count_as_numerals() -> None:
    # hogo's normalisation keeps ① (a list marker); SudachiPy's input NFKC makes it a digit
    from hogo.scan.document import Token

    s = sudachi()
    pos = ("名詞", "固有名詞", "人名", "名", "*", "*")
    assert s._numeral("①", Token(0, 1, pos)) and s._numeral("千", Token(0, 1, pos))
    assert not s._numeral("千景", Token(0, 2, pos))
    for text in ("①千景さん", "② 二千さん", "㉑千代"):
        assert _tokens(text) == _default_names(text), text


def test_the_names_dictionary_keeps_every_other_plugin() -> None:
    from hogo.scan.document import _dictionary_without_numeric_join

    assert _dictionary_without_numeric_join() is not None
    # a long katakana word SudachiPy does not know stays one word (JoinKatakanaOovPlugin is still on)
    s = sudachi()
    text = "ケルナーヴィッツァーホフ様"
    plain = [m.surface() for m in s.tokenizer.tokenize(text)]
    fast = [m.surface() for m in s._names_tokenizer.tokenize(text)]
    assert plain == fast


# --- gated branches ---

def test_top_branches_split_only_the_top_level() -> None:
    pattern = r"a|[|]|\||(b|c)d|[]|x]|[^]|]y|(?:e|f)?g"
    branches = _top_branches(pattern)
    assert branches == ["a", "[|]", r"\|", "(b|c)d", "[]|x]", "[^]|]y", "(?:e|f)?g"]
    assert "|".join(branches) == pattern
    assert _top_branches("abc") == ["abc"]


GATED_CASES = [
    # branches opening with an optional part, a group of words, a look-behind, a class and a literal
    r"(?:(?:週|月)\d回)?透析を受けて|(?<![一-鿿])(?:夫|妻)から暴力|(?:逮捕|起訴)され(?:た|ました)|[右左]足が不自由|補聴器を使用",
    r"(?P<k>氏名|名前)[:：]|(?<=[,\t])(?:会員|顧客)番号|(?:[A-Z]{2}\d{3})?-受付",
    r"x\d|(?i:abc)d|(?:y|z)+q",
]


@pytest.mark.parametrize("pattern", GATED_CASES)
def test_gated_matches_like_the_plain_pattern(pattern: str) -> None:
    plain, gated = re.compile(pattern), _gated(pattern)
    alphabet = list("週月12回透析を受けて夫妻からの暴力逮捕起訴されたまし右左足が不自由補聴器使用氏名前:：,\t会員顧客番号AB-受付xyzqdcbaABC ")
    rnd = random.Random(11)
    texts = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30))) for _ in range(3000)]
    texts += ["月2回透析を受けて", "妻から暴力", "逮捕されました", "右足が不自由", "氏名：", ",顧客番号", "AB123-受付", "ABCd", "abcd"]
    for text in texts:
        a = [(m.span(), m.groups(), m.lastgroup) for m in plain.finditer(text)]
        b = [(m.span(), m.groups(), m.lastgroup) for m in gated.finditer(text)]
        assert a == b, text


def test_gated_puts_costly_branches_behind_their_own_lookahead() -> None:
    gated = _gated(GATED_CASES[0]).pattern
    assert "(?=[月透週])(?:(?:(?:週|月)" in gated  # an optional part first: its characters and those after it
    assert "(?=[夫妻])(?:(?<![一-鿿])" in gated  # a look-behind first
    assert "|(?:逮捕|起訴)され(?:た|ました)|[右左]足が不自由|" in gated  # words or a class first: skipped at once
    assert gated.endswith("|補聴器を使用)")  # a literal first


def test_scoped_ignorecase_group_has_no_first_characters() -> None:
    assert _first_chars(r"(?i:abc)d") is None
    assert _first_chars(r"x(?i:abc)") is None  # (a literal first: the engine scans for it itself)
    assert _gated(r"x\d|(?i:abc)d").search("ABCd")
    assert not _gated(r"x\d|(?i:abc)d").search("ABCe")


# --- the twelve digits scanned once ---

def test_my_number_and_licence_share_one_scan() -> None:
    mine = {p.name: p for p in MyNumberRecognizer.patterns}
    (licence,) = DriverLicenseRecognizer.patterns
    assert mine["twelve"].regex is licence.regex is _TWELVE_DIGITS
    assert mine["twelve"].shared and licence.shared
    doc = Document("番号 1234 5678 9012 と 210987654321")
    first = doc.matches(_TWELVE_DIGITS)
    assert doc.matches(_TWELVE_DIGITS) is first
    assert [m.group() for m in first] == [m.group() for m in _TWELVE_DIGITS.finditer(doc.text)]


def _my_number(body: str) -> str:
    """Eleven digits and the check digit that makes them a valid 個人番号 (番号法施行令第8条)."""
    from hogo.ids import mynumber

    return next(body + d for d in "0123456789" if mynumber.is_valid(body + d))


def test_end_to_end_twelve_digits() -> None:
    number = _my_number("73051948261")
    text = f"個人番号：{number}\n運転免許証 番号 第 493817265540 号\n"
    found = [(f.type, text[f.start : f.end]) for f in default_analyzer().analyze(text)]
    assert (PiiType.MY_NUMBER, number) in found
    assert (PiiType.DRIVER_LICENSE, "493817265540") in found
    # negative: the same digits as a stock count, with no card named in the text, are no finding
    assert default_analyzer().analyze(f"倉庫B 在庫数 {number} 個（棚卸 2026年11月）") == []
