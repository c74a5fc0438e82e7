"""Round 12, throughput: the faster forms give the same results as the plain ones (fictional text only)."""

from __future__ import annotations

import re
import sys
from re import _compiler, _parser

import pytest

from hogo.scan.analyzer import default_analyzer
from hogo.scan.compile_memo import charset_memo
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


def test_the_recognizers_patterns_compile_to_the_same_code_with_the_memo() -> None:
    default_analyzer()
    patterns = _hogo_patterns()
    assert len(patterns) > 500
    plain = [_code(p.pattern, p.flags) for p in patterns]
    with charset_memo():
        memoized = [_code(p.pattern, p.flags) for p in patterns]
        again = [_code(p.pattern, p.flags) for p in patterns]  # (the second time every class comes from the memo)
    assert memoized == plain
    assert again == plain


@pytest.mark.parametrize("pattern, flags", [
    (r"[㐀-䶿一-鿿々]{2,4}(?:さん|様)", 0),
    (r"[^ぁ-ゖ\n]{1,8}", 0),
    (r"[A-Za-zＡ-Ｚ][a-z]+", re.IGNORECASE),  # (case folding: the memo steps aside)
    (r"[\d０-９𝟎-𝟗]+", 0),  # (a class reaching past the BMP)
    (r"[ァ-ヺー・]+|[\w.]+@", re.ASCII),
])
def test_a_class_compiles_the_same_with_the_memo(pattern: str, flags: int) -> None:
    plain = _code(pattern, flags)
    with charset_memo():
        assert _code(pattern, flags) == plain
        assert _code(pattern, flags) == plain


def test_the_memo_is_gone_after_the_block() -> None:
    before = _compiler._optimize_charset
    with charset_memo():
        assert _compiler._optimize_charset is not before
    assert _compiler._optimize_charset is before


def test_each_call_gets_its_own_list() -> None:
    with charset_memo():
        first, _ = _compiler._optimize_charset([(_parser.RANGE, (0x4E00, 0x9FFF))])
        first.clear()
        second, _ = _compiler._optimize_charset([(_parser.RANGE, (0x4E00, 0x9FFF))])
    assert second


@pytest.mark.parametrize("text, kind", [
    ("受付担当の早乙女 恭平様から折返し（090-4417-2286）", PiiType.PHONE),
    ("来所者：小此木 千景、住所：千葉県市川市八幡二丁目3番4号", PiiType.ADDRESS),
])
def test_findings_after_the_memo(text: str, kind: PiiType) -> None:
    assert kind in {f.type for f in default_analyzer().analyze(text)}


@pytest.mark.parametrize("text", ["会議は十時から第二会議室で行います。", "本日の議題：予算、日程、備品"])
def test_no_findings_in_plain_text(text: str) -> None:
    assert default_analyzer().analyze(text) == []
