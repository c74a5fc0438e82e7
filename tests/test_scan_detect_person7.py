"""PERSON mechanisms of detector round 7 (docs/scan-detector.md, row `person`, "Round 7"): Japanese-script names.
One positive and one negative row (at least) per mechanism, on text written for this file (not in any corpus;
all names and places fictional).

Each row: (id, text, expected) where expected lists (type, exact substring) for every PERSON finding — no more, no fewer.
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer

ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- an honorific after a label's value is not part of the name ---
    ("label-honorific", "ご依頼者：鳥居 様\n品目：冷蔵庫\n", [("PERSON", "鳥居")]),
    ("label-honorific-glued", "宛名：鳥居様\n", [("PERSON", "鳥居")]),
    ("label-honorific-full", "ご依頼者：鳥居 千尋 様\n", [("PERSON", "鳥居 千尋")]),
    ("label-honorific-neg", "ご依頼者：未記入\n", []),
    # --- a rare four-kanji surname before a title, the dictionary knowing only its last three ---
    ("four-kanji-surname", "来訪：大豆生田課長\n", [("PERSON", "大豆生田")]),
    ("four-kanji-surname-prefix-neg", "挨拶：故豆生田会長\n", [("PERSON", "豆生田")]),
    # --- a one-kanji given name written apart after a surname, before an honorific ---
    ("given-one-kanji", "鍵は隣の席の沖田 湊くんが持っています\n", [("PERSON", "沖田 湊")]),
    ("given-one-kanji-neg", "明日 湊くんが来ます\n", [("PERSON", "湊")]),
    # --- chat speakers: a title glued to the speaker, a bracketed note naming a child ---
    ("chat-title", "19:02 三宅コーチ: 明日は雨天中止です\n19:04 れな（悠真ママ）: 了解です、悠真に伝えます\n",
     [("PERSON", "三宅"), ("PERSON", "れな"), ("PERSON", "悠真"), ("PERSON", "悠真")]),
    ("chat-title-neg", "19:02 事務局（広報）: 明日は雨天中止です\n", []),
]


@pytest.mark.parametrize(("row_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_person_round7(row_id: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(f.type.value, text[f.start : f.end]) for f in default_analyzer().analyze(text) if f.type.value == "PERSON"]
    expected = [e for e in expected if e[0] == "PERSON"]  # other types belong to their own tests
    assert sorted(found) == sorted(expected), (row_id, found)
