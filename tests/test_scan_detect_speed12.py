"""Round 12, throughput: the faster forms give the same results as the plain ones (fictional text only)."""

from __future__ import annotations

import re
import sys
from re import _compiler, _constants, _parser

import pytest

from hogo.scan.analyzer import default_analyzer
from hogo.scan.regex_compile import _memoized, faster_patterns, first_char_items
from hogo.scan.types import PiiType


# --- start-up: each character class optimised once while the recognizers compile ---

def _hogo_patterns() -> list[re.Pattern[str]]:
    """Every compiled pattern held by a module of hogo.scan (module globals, and the ``whole`` of a WordGated)."""
    found: dict[int, re.Pattern[str]] = {}
    for name, module in list(sys.modules.items()):
        if not name.startswith("hogo.scan"):
            continue
        for value in vars(module).values():
            value = getattr(value, "whole", value)
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found[id(value)] = value
    return list(found.values())


def _code(pattern: str, flags: int) -> list[int]:
    return _compiler._code(_parser.parse(pattern, flags), flags)


def _split_info(code: list[int]) -> tuple[list[int], list[int]]:
    """A compiled pattern's INFO block (flags, widths, prefix or first-character set) and the matcher after it."""
    assert code[0] == _constants.INFO
    return code[: code[1] + 1], code[code[1] + 1 :]


@pytest.fixture
def memo_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_compiler, "_optimize_charset", _memoized(_compiler._optimize_charset))


def test_the_recognizers_patterns_compile_to_the_same_code_with_the_memo(memo_only: None) -> None:
    patterns = _hogo_patterns_loaded()
    plain = [_compiler._code(_parser.parse(p.pattern, p.flags), p.flags) for p in patterns]
    memoized = [_code(p.pattern, p.flags) for p in patterns]
    again = [_code(p.pattern, p.flags) for p in patterns]  # (the second time every class comes from the memo)
    assert memoized == plain
    assert again == plain


def _hogo_patterns_loaded() -> list[re.Pattern[str]]:
    default_analyzer()
    patterns = _hogo_patterns()
    assert len(patterns) > 500
    return patterns


@pytest.mark.parametrize("pattern, flags", [
    (r"[㐀-䶿一-鿿々]{2,4}(?:さん|様)", 0),
    (r"[^ぁ-ゖ\n]{1,8}", 0),
    (r"[A-Za-zＡ-Ｚ][a-z]+", re.IGNORECASE),  # (case folding: the memo steps aside)
    (r"[\d０-９𝟎-𝟗]+", 0),  # (a class reaching past the BMP)
    (r"[ァ-ヺー・]+|[\w.]+@", re.ASCII),
])
def test_a_class_compiles_the_same_with_the_memo(memo_only: None, pattern: str, flags: int) -> None:
    plain = _compiler._code(_parser.parse(pattern, flags), flags)
    assert _code(pattern, flags) == plain
    assert _code(pattern, flags) == plain


def test_the_compiler_is_restored_after_the_block() -> None:
    before = (_compiler._optimize_charset, _compiler._compile_info)
    with faster_patterns():
        assert _compiler._optimize_charset is not before[0]
        assert _compiler._compile_info is not before[1]
    assert (_compiler._optimize_charset, _compiler._compile_info) == before


def test_each_call_gets_its_own_list(memo_only: None) -> None:
    first, _ = _compiler._optimize_charset([(_constants.RANGE, (0x4E00, 0x9FFF))])
    first.clear()
    second, _ = _compiler._optimize_charset([(_constants.RANGE, (0x4E00, 0x9FFF))])
    assert second


# --- the search: first characters for patterns the engine would try at every position ---

def test_only_the_info_block_changes() -> None:
    changed = 0
    for p in _hogo_patterns_loaded():
        plain = _split_info(_code(p.pattern, p.flags))
        with faster_patterns():
            fast = _split_info(_code(p.pattern, p.flags))
        assert fast[1] == plain[1]  # the matcher itself is the same
        if fast[0] != plain[0]:
            changed += 1
            # (a set only where none was — or, round 13, the compiler's own set where it tested \d or \s)
            assert fast[0][2] == _constants.SRE_INFO_CHARSET
            assert plain[0][2] == 0 or (plain[0][2] == _constants.SRE_INFO_CHARSET and (
                _constants.CATEGORY_UNI_DIGIT in plain[0][5:] or _constants.CATEGORY_UNI_SPACE in plain[0][5:]))
            assert fast[0][3:5] == plain[0][3:5]  # (same shortest and longest match)
    assert changed > 100


_SET_PATTERNS = [
    r"(?<![0-9])\d{4}-\d{4}",  # a look-behind first
    r"(?=[様殿])(?:様|殿)(?!方)",  # a gated alternation
    r"(?:週|月)?\d回|[(（]例[)）]",  # an optional part, then an alternation of classes
    r"\b(?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+",  # an anchor first
    r"(?<=[一-鿿])(?:さん|くん|ちゃん)",  # a look-behind on kanji
    r"(?:[0-9][OlI]|[OlI][0-9]|番[lI]号)",  # classes in every branch
    r"(?<![ァ-ヺ])[㐀-䶿一-鿿豈-﫿々][ぁ-ゖ]",  # a wide class (the bitmap built by slices)
    r"(?<!x)[\U00020000-\U0002A6DF\d]{2}",  # past the BMP, and a category
]


@pytest.mark.parametrize("pattern", _SET_PATTERNS)
def test_a_first_character_set_is_added(pattern: str) -> None:
    with faster_patterns():
        fast = _compiler.compile(pattern, 0)
    info, _ = _split_info(_compiler._code(_parser.parse(pattern, 0), 0))
    with faster_patterns():
        info_fast, _ = _split_info(_code(pattern, 0))
    assert info[2] == 0 and info_fast[2] == _constants.SRE_INFO_CHARSET
    assert fast.pattern == pattern


@pytest.mark.parametrize("pattern, flags", [
    (r"(?i)(?<![a-z])tel", 0),  # case-insensitive
    (r"(?<!x)(?:ab)?", 0),  # can match the empty string
    (r"(?<!\d).{3}番", 0),  # any character first
    (r"(?<![ぁ-ん])[^、。\n]{2,5}様", 0),  # a negated class first
    (r"(?<=\s)(?i:mr)\.", 0),  # a group with its own case-insensitive flag
    (r"山田|佐藤", 0),  # the engine's own set already
    (r"TEL", 0),  # a literal prefix
])
def test_no_set_is_added(pattern: str, flags: int) -> None:
    plain = _code(pattern, flags)
    with faster_patterns():
        assert _code(pattern, flags) == plain


_TEXTS = [
    "受付：早乙女 恭平様（090-4417-2286）、令和7年3月20日 来所。小此木さんと鴫原くんの件は番l号を確認。",
    "Meeting with Anna Maria Lindqvist and Tomas Berg, 1234-5678 (例) 月2回の通院、週1回",
    "担当 山田殿方 1O2I 番I号 12345-6789 0000-1111-2222",
    "𠀋𡈽の件は𩸽さんに。٣٤ と ３４ と 𝟓𝟔、ｱカネさんの話",
    "",
    "abc",
]


@pytest.mark.parametrize("pattern", _SET_PATTERNS)
@pytest.mark.parametrize("text", _TEXTS)
def test_the_same_matches_with_first_characters(pattern: str, text: str) -> None:
    plain = _compiler.compile(pattern, 0)
    with faster_patterns():
        fast = _compiler.compile(pattern, 0)
    assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [(m.span(), m.groups()) for m in plain.finditer(text)]
    for start in range(len(text) + 1):
        for end in (start, min(len(text), start + 7), len(text)):
            a, b = plain.search(text, start, end), fast.search(text, start, end)
            assert (a and a.span()) == (b and b.span())


@pytest.mark.parametrize("pattern, expected", [
    (r"(?<![0-9])[0-9]{4}", {(_constants.RANGE, (0x30, 0x39))}),
    (r"(?:御|お)?(?=名)名前", {(_constants.LITERAL, ord("御")), (_constants.LITERAL, ord("お")), (_constants.LITERAL, ord("名"))}),
    (r"(?:ab)*c", {(_constants.LITERAL, ord("a")), (_constants.LITERAL, ord("c"))}),
])
def test_first_char_items(pattern: str, expected: set) -> None:
    assert set(first_char_items(_parser.parse(pattern, 0))) == expected


@pytest.mark.parametrize("pattern", [r"a?", r"[^a]b", r".b", r"(?i:a)b", r"(?:x|)y?", r"\Z"])
def test_first_char_items_unknown(pattern: str) -> None:
    assert first_char_items(_parser.parse(pattern, 0)) is None


@pytest.mark.parametrize("text, kind", [
    ("受付担当の早乙女 恭平様から折返し（090-4417-2286）", PiiType.PHONE),
    ("来所者：小此木 千景、住所：千葉県市川市八幡二丁目3番4号", PiiType.ADDRESS),
])
def test_findings_after_the_memo(text: str, kind: PiiType) -> None:
    assert kind in {f.type for f in default_analyzer().analyze(text)}


@pytest.mark.parametrize("text", ["会議は十時から第二会議室で行います。", "本日の議題：予算、日程、備品"])
def test_no_findings_in_plain_text(text: str) -> None:
    assert default_analyzer().analyze(text) == []
