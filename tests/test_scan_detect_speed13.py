"""Round 13, throughput: the faster forms give the same answers as the plain ones (fictional text only).

Never asserts on time: only that what was made faster still finds exactly what it found before."""

from __future__ import annotations

import re
import sys
from dataclasses import replace
from re import _compiler, _constants, _parser

import pytest

from hogo.scan.analyzer import default_analyzer
from hogo.scan.document import Document
from hogo.scan.recognizers.base import Candidate, Recognizer
from hogo.scan.regex_compile import _bmp_runs, _categories_spelled_out, faster_patterns, first_char_items
from hogo.scan.types import PiiType

# --- first-character sets that test \d or \s are spelled out ----------------------------------------------------------

# digits of other scripts (Arabic-Indic, Devanagari, Thai, full-width), digits past the BMP (mathematical bold, Adlam),
# spaces of every kind (ideographic, em, no-break, the C0 separators), emoji and a kanji past the BMP
_ODD = "١٢٣٤ ४५६ ๗๘๙ ０１２ 𝟎𝟏𝟐 𞥐𞥑 \u3000\u2003\u00a0\x1c\x85 😀 𠮷野 ①②"
TEXTS = [
    "電話 03-1234-5678、郵便 150-0001、個人番号 1234 5678 9012。",
    "受付 ٠٣-١٢٣٤-٥٦٧٨ と ०३-१२३४-५६७८、𝟎𝟑-𝟏𝟐𝟑𝟒-𝟓𝟔𝟕𝟖 の番号。",
    "生年月日\u3000１９８０年１月２日\u2003年齢 45 歳 😀😀 12-3456 𠮷田 花子",
    "口座\t1234567\n\x1c9876543\x85 5555-6666-7777-8888 " + _ODD,
    _ODD * 3,
    "",
    "　 \t\n",
    "abc 1a2b3c ٩٩٩-٩٩٩٩ x",
]

DIGIT_FIRST = [
    r"\d(?<![0-9\-].)\d{2}[\-ー]\d{4}(?![0-9\-])",
    r"\d(?<![0-9\-].)(?<![0-9] .)\d{3}([\- ]?)\d{4}\1\d{4}(?![0-9\-])(?! [0-9])",
    r"[\d,]+円",
    r"(?<![0-9])\d{1,4}-\d{1,4}",  # (a look-behind first: the set comes from the parse)
    r"(?:\d{2}|元)年",
    r"\s(?:様|さん)",
    r"[\s:：]+\d+",
    r"(?=\d)(?:\d+|\d\d)",
    r"\d",
    r"\s",
]


def _plain(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """The stock compiler's form (a comment keeps it out of re's cache of the hogo-compiled one)."""
    return re.compile(pattern + "(?#plain)", flags)


def _fast(pattern: str, flags: int = 0) -> re.Pattern[str]:
    with faster_patterns():
        return re.compile(pattern + "(?#fast)", flags)


def _info(pattern: re.Pattern[str] | str, flags: int = 0, *, fast: bool) -> tuple[list[int], list[int]]:
    source = pattern.pattern if isinstance(pattern, re.Pattern) else pattern
    if fast:
        with faster_patterns():
            code = _compiler._code(_parser.parse(source, flags), flags)
    else:
        code = _compiler._code(_parser.parse(source, flags), flags)
    return code[: code[1] + 1], code[code[1] + 1 :]


def _set_ops(block: list[int]) -> list[int]:
    """The operations of a compiled character set (``_compiler._compile_charset``'s output), arguments skipped."""
    import _sre

    c = _constants
    words = 256 // (_sre.CODESIZE * 8)  # (a 256-bit map in code words)
    ops, i = [], 0
    while block[i] != c.FAILURE:
        op = block[i]
        ops.append(op)
        if op in (c.LITERAL, c.CATEGORY):
            i += 2
        elif op is c.RANGE or op == c.RANGE:
            i += 3
        elif op == c.CHARSET:
            i += 1 + words
        elif op == c.BIGCHARSET:
            i += 2 + 256 // _sre.CODESIZE + block[i + 1] * words
        else:
            raise AssertionError(op)
    return ops


@pytest.mark.parametrize("pattern", DIGIT_FIRST)
@pytest.mark.parametrize("text", TEXTS)
def test_digit_and_space_first_patterns_find_the_same(pattern: str, text: str) -> None:
    fast, plain = _fast(pattern), _plain(pattern)
    assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [(m.span(), m.groups()) for m in plain.finditer(text)]
    for pos in range(0, len(text) + 1, 3):  # windowed searches too
        a, b = fast.search(text, pos), plain.search(text, pos)
        assert (a and a.span()) == (b and b.span())


@pytest.mark.parametrize("pattern", DIGIT_FIRST)
def test_only_the_search_block_changes_and_it_tests_no_category(pattern: str) -> None:
    fast_info, fast_body = _info(pattern, fast=True)
    plain_info, plain_body = _info(pattern, fast=False)
    assert fast_body == plain_body  # the matcher is untouched
    assert fast_info[2] == _constants.SRE_INFO_CHARSET
    assert _constants.CATEGORY not in _set_ops(fast_info[5:])  # (no Unicode-database call per character of the text)
    assert fast_info[3:5] == plain_info[3:5]  # same shortest and longest match


def test_every_decimal_digit_and_space_of_unicode_is_let_through() -> None:
    """The spelled-out set holds every character \\d or \\s takes, in and past the BMP (a superset is exact: the
    matcher still tests the category)."""
    everything = "".join(chr(i) for i in range(0x110000) if chr(i).isdecimal() or chr(i).isspace())
    for pattern in (r"\d", r"\s", r"\d(?<!x)", r"(?<!x)\s"):
        assert len(_fast(pattern).findall(everything)) == len(_plain(pattern).findall(everything))
    assert len(_fast(r"\d").findall(everything)) == sum(ch.isdecimal() for ch in everything)


def test_bmp_runs_are_the_characters_of_the_test() -> None:
    for test in (str.isdecimal, str.isspace):
        runs = _bmp_runs(test)
        spelled = {i for a, b in runs for i in range(a, b + 1)}
        assert spelled == {i for i in range(0x10000) if test(chr(i))}
        assert all(a <= b for a, b in runs) and all(b + 1 < c for (_, b), (c, _) in zip(runs, runs[1:]))


def test_other_categories_are_left_alone() -> None:
    c = _constants
    items = [(c.CATEGORY, c.CATEGORY_WORD), (c.LITERAL, ord("a"))]
    assert _categories_spelled_out(items) == items
    spelled = _categories_spelled_out([(c.CATEGORY, c.CATEGORY_DIGIT), (c.LITERAL, ord("a"))])
    assert (c.LITERAL, ord("a")) in spelled and (c.RANGE, (0x30, 0x39)) in spelled
    assert (c.RANGE, (0x10000, 0x10FFFF)) in spelled and all(op is not c.CATEGORY for op, _ in spelled)


@pytest.mark.parametrize(("pattern", "flags"), [
    (r"\d+", re.IGNORECASE),  # case-insensitive: left as the compiler writes it
    (r"\d*x", 0),  # can start with x or a digit: still a set (x and the digits)
    (r"\w\d", 0),  # \w first: no set spelled out
    (r"\D\d", 0),
])
def test_patterns_left_as_they_were_or_still_exact(pattern: str, flags: int) -> None:
    fast, plain = _fast(pattern, flags), _plain(pattern, flags)
    for text in TEXTS:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    if flags & re.IGNORECASE or pattern.startswith(("\\w", "\\D")):
        assert _info(pattern, flags, fast=True) == _info(pattern, flags, fast=False)


def _hogo_patterns() -> list[re.Pattern[str]]:
    default_analyzer()
    found: dict[int, re.Pattern[str]] = {}
    for name, module in list(sys.modules.items()):
        if name.startswith("hogo.scan"):
            for value in vars(module).values():
                value = getattr(value, "whole", value)
                if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                    found[id(value)] = value
    return list(found.values())


def test_the_recognizers_digit_first_patterns_find_the_same() -> None:
    """Every hogo pattern whose search block now spells out \\d or \\s: same matches as the stock form on new text."""
    changed = []
    for p in _hogo_patterns():
        items = first_char_items(_parser.parse(p.pattern, p.flags))
        if items and any(op is _constants.CATEGORY and av in (_constants.CATEGORY_DIGIT, _constants.CATEGORY_SPACE)
                         for op, av in items) and not p.flags & re.IGNORECASE:
            changed.append(p)
    assert len(changed) > 40
    for p in changed:
        plain = _plain(p.pattern, p.flags)
        for text in TEXTS:
            text = Document(text).text
            assert [(m.span(), m.groups()) for m in p.finditer(text)] == [
                (m.span(), m.groups()) for m in plain.finditer(text)], p.pattern


# --- the recognizers' context step builds its candidate directly ----------------------------------------------------

class _Phoneish(Recognizer):
    name = "phoneish"
    types = frozenset({PiiType.PHONE})
    context = ("電話", "TEL")
    negative_context = ("FAX",)
    window = 10


@pytest.mark.parametrize(("text", "score"), [
    ("電話 0312345678", 0.85),  # context word: +0.35
    ("FAX 0312345678", 0.0),  # negative: −0.5 (floored)
    ("メモ 0312345678", 0.5),
    ("TEL FAX 0312345678", 0.35),
])
def test_rescore_equals_the_dataclass_replace(text: str, score: float) -> None:
    doc = Document(text)
    start = text.index("0")
    cand = Candidate(start, len(text), PiiType.PHONE, 0.5, "phoneish")
    out = _Phoneish().rescore(doc, cand)
    expected_score = cand.score
    r = _Phoneish()
    if r.has_context(doc, cand.start, cand.end):
        expected_score += r.context_boost
    if r.has_context(doc, cand.start, cand.end, r._negative_re):
        expected_score -= r.negative_penalty
    assert out == replace(cand, score=max(0.0, min(expected_score, 1.0)), context_done=True)
    assert out.score == pytest.approx(score)
    assert _Phoneish().rescore(doc, out) is out  # (context done: unchanged)


# --- a table's first header: lines without a separator are skipped ---------------------------------------------------

@pytest.mark.parametrize(("text", "headers"), [
    ("社員名簿\n作成 総務課\n氏名,電話,住所\n山田,03-1,東京\n", {",": ["氏名", "電話", "住所"]}),
    ("メモだけの文書です。\n二行目。\n", {}),
    ("COPY public.staff (name) FROM stdin;\n山田 花子\n\\.\n", {"\t": ["name"]}),
    ("copy staff (name, tel) FROM stdin;\n山田\t03\n", {"\t": ["name", "tel"]}),
    ("見出し\n番号 | 氏名 | 生年月日\n1 | 山田 | 1990-01-02\n", {"|": ["番号", "氏名", "生年月日"]}),
    ("表題\nbirth_date,name\n1990-01-02,山田\n", {",": ["birth_date", "name"]}),
])
def test_first_tables(text: str, headers: dict[str, list[str]]) -> None:
    assert Document(text).table_headers == headers


# --- person_latin: the folded spelling is memoised -------------------------------------------------------------------

@pytest.mark.parametrize("word", ["Ōno", "Ohno", "Oono", "Yuuki", "Itou", "Đỗ", "Müller", "OHTA", "ohara"])
def test_fold_memo_gives_the_plain_answer(word: str) -> None:
    from hogo.scan.recognizers.person_latin import _fold

    assert _fold(word) == _fold.__wrapped__(word)
    assert _fold(word) == _fold(word)


# --- end to end ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("氏名：山田 太郎 TEL 03-1234-5678", [("PERSON", "山田 太郎"), ("PHONE", "03-1234-5678")]),
    ("〒150-0001 東京都渋谷区神宮前1-2-3", [("POSTAL_CODE", "150-0001"), ("ADDRESS", "東京都渋谷区神宮前1-2-3")]),
    ("個人番号：1234 5678 9018", [("MY_NUMBER", "1234 5678 9018")]),
    ("生年月日\u3000１９８０年１月２日", [("BIRTH_DATE", "１９８０年１月２日")]),
    ("口座 ٠٣-١٢٣٤-٥٦٧٨ 😀 𝟎𝟑-𝟏𝟐𝟑𝟒", []),
    ("Contact: Taro Yamada, TEL 090-1234-5678", [("PERSON", "Taro Yamada"), ("PHONE", "090-1234-5678")]),
])
def test_end_to_end(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(f.type.value, text[f.start : f.end]) for f in default_analyzer().analyze(text)]
    assert found == expected


# --- person: the latin-title scan runs only on texts holding a title -------------------------------------------------

@pytest.mark.parametrize("text", [
    "担当：上杉 Dr.より説明", "浅見Dr の指示", "永井 CM が訪問", "石黒 Ns 記録", "相談員 MSW 宮下", "PSW 北条",
    "Dr.なし 本文", "記録なし", "", "SWIFT 送金", "上杉 DR 小文字違い", "上杉Drive",
])
def test_latin_titles_gate_keeps_every_match(text: str) -> None:
    from hogo.scan.recognizers import person

    text = Document(text).text
    gated = list(person._latin_titles(text))
    plain = [m for m in person._LATIN_TITLE.finditer(text)
             if person.is_surname(m.group(1)) and not person._DEPT_WORD.search(m.group(1))]
    assert [(c.start, c.end) for c in gated] == [m.span(1) for m in plain]
    if any(m for m in person._LATIN_TITLE.finditer(text)):
        assert person._LATIN_TITLE_GATE(text)


# --- the document's cached properties: computed once, kept in the instance ---------------------------------------------

def test_document_properties_are_computed_once_and_kept() -> None:
    doc = Document("氏名,電話\n山田 花子,03-1234-5678\n")
    first = doc.table_headers
    assert first == {",": ["氏名", "電話"]}
    assert doc.table_headers is first  # (the same object: read from the instance's __dict__)
    assert "table_headers" in doc.__dict__ and "tokens" not in doc.__dict__
    tokens = doc.tokens
    assert doc.tokens is tokens and "tokens" in doc.__dict__
    assert Document.tokens.__doc__ is None or isinstance(Document.tokens.__doc__, str)
    assert Document.table_headers.attrname == "table_headers"
