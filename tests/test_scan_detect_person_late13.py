"""PERSON mechanisms of detector round 13 (late) (docs/scan-detector.md, "Round 13 (late) — PERSON on blind28–32"): a
clerical act glued or written apart after a name (指示, 面談, 問合せ, お預り) is cut off the name, as round 9c/10/13 already
did for 作成, 確認, 経由 … Positive and negative rows per mechanism, on text written for this file (not in any corpus; all
names, places and numbers fictional).

Each row: (id, text, expected) where expected lists the exact substrings of every PERSON finding — no more, no fewer.
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer

ROWS: list[tuple[str, str, list[str]]] = [
    # --- a clerical act after the name: the name ends before it ---
    ("glued-instruction", "閲覧は限定すること（部長 鏑木指示）。\n", ["鏑木"]),
    ("title-then-interview", "→ 産業医 宇田川先生面談 4/12 復職可\n", ["宇田川"]),
    ("ideographic-space-inquiry", "# 作成：保健データ係 楠田　問合せ 0123-45-6789\n", ["楠田"]),
    ("ideographic-space-deposit", "2025/03/04　受付者 沼尻　お預り／出張修理\n", ["沼尻"]),
    # --- negatives: the words themselves, and a given name that stays ---
    ("instruction-word-neg", "上司の指示で面談を行い、問合せに回答した。\n", []),
    ("full-name-kept", "担当：楠田 美咲\n", ["楠田 美咲"]),
]


@pytest.mark.parametrize(("row_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_detect_person_late13(row_id: str, text: str, expected: list[str]) -> None:
    found = [text[f.start : f.end] for f in default_analyzer().analyze(text) if f.type.value == "PERSON"]
    assert found == expected, (row_id, found)
