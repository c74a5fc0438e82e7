"""Round 12, twins made one (docs/scan-detector.md, "Round 12 — twins made one"): each mechanism that two helpers wrote
once each is now one definition serving both call sites. Text written for this file (not in any corpus; all fictional).
"""

from __future__ import annotations

import re

import pytest

from hogo.scan import document
from hogo.scan.analyzer import default_analyzer
from hogo.scan.recognizers import person, person_speech


# --- 1. one test of a katakana word made of common katakana words ----------------------------------------------------
@pytest.mark.parametrize("word, common", [
    ("スポーツクラブ", True), ("パートナーサポート", True), ("オンライン", True),
    ("キプロティッチ", False), ("ムタンボンゴ", False),
])
def test_katakana_compound_is_the_loanword_test(word: str, common: bool) -> None:
    assert person._loanword(word) is common
    assert person._katakana_compound(word) is common


def test_katakana_compound_keeps_its_length_gate() -> None:
    # (under five letters the prose helper never asks: a short reading stays a reading)
    assert person._loanword("レジ")
    assert not person._katakana_compound("レジ")


# --- 2. one list of clerical words ------------------------------------------------------------------------------------
def test_sign_off_uses_the_clerk_words() -> None:
    assert person_speech._CLERK_WORDS is person._CLERK_WORDS
    for word in ("受付", "確認", "追記", "文責", "承認", "検印"):
        assert re.fullmatch(person._CLERK_WORDS, word)
    assert not re.fullmatch(person._CLERK_WORDS, "会議")


# --- 3. one test of a leading word before a name -----------------------------------------------------------------------
@pytest.mark.parametrize("text, apart, name", [
    ("妻 和子", False, "和子"),                 # a household kin word
    ("経理課 木ノ下", False, "木ノ下"),          # a desk before the clerk
    ("民生委員 杉浦", True, "杉浦"),             # a role word
    ("書類 ゆう", True, "ゆう"),                 # a kanji common noun before a kana name written apart
    ("そうそう ハナ", True, "ハナ"),             # an interjection before a katakana name
])
def test_leading_word_trimmed(text: str, apart: bool, name: str) -> None:
    cut = person._leading_noun(text, 0, len(text), apart=apart)
    assert cut is not None and text[cut:] == name


@pytest.mark.parametrize("text, apart", [
    ("四十物 健吾", False),      # a rare surname before a kanji given name
    ("書類 ゆう", False),        # in a form's field the kana-name branch is off: 葦原 しずく keeps its surname
    ("あり ゆすふ", True),       # a hiragana word before a hiragana one is a reading's surname
    ("佐久間", True),            # one word: nothing to trim
])
def test_leading_word_kept(text: str, apart: bool) -> None:
    assert person._leading_noun(text, 0, len(text), apart=apart) is None


# --- 4. one list of header label words ---------------------------------------------------------------------------------
@pytest.mark.parametrize("cell", ["氏名", "携帯番号", "続柄", "連絡先", "誕生日", "TEL"])
def test_header_label_words_serve_both_patterns(cell: str) -> None:
    assert document._HEADER_CELL.fullmatch(cell)
    assert document._LABEL_WORD.search(cell)


@pytest.mark.parametrize("cell", ["遠藤誠", "2026-04-01"])
def test_value_is_no_header_cell(cell: str) -> None:
    assert not document._LABEL_WORD.search(cell)


# --- end to end ---------------------------------------------------------------------------------------------------------
def _persons(text: str) -> list[str]:
    return [text[f.start : f.end] for f in default_analyzer().analyze(text) if f.type.value == "PERSON"]


def test_clerk_sign_off_found() -> None:
    assert "梶原" in _persons("［書類を窓口で受け取りました。追記 梶原］\n")


def test_two_column_header_with_kin_label() -> None:
    text = "続柄,氏名\n長女,岩城 久美\n"
    assert "岩城 久美" in _persons(text)
