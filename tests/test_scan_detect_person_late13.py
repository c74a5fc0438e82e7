"""PERSON mechanisms of detector round 13 (late) (docs/scan-detector.md, "Round 13 (late) — PERSON on blind28–32"): a
clerical act glued or written apart after a name (指示, 面談, 問合せ, お預り) is cut off the name, as round 9c/10/13 already
did for 作成, 確認, 経由 …; a shop answering in a chat is no speaker
(ひばり薬局：) and a desk glued before a clerk's surname gives the surname (センター永井:); a job or desk abbreviation
before a login name stays outside it (cra_mochizuki, nurse_oda, cs_hirano) Positive and negative rows per mechanism, on text written for this file (not in any corpus; all
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
    # --- a chat: a shop or a clinic answering is no speaker; a desk glued before the clerk's surname ---
    ("chat-shop-neg", "2025/04/01 08:35 すずらん薬局：受け付けました。\n2025/04/01 08:40 すずらん薬局：承知しました。\n", []),
    ("chat-desk-surname", "19:02 センター永井: お客様から電話。\n19:03 ドライバー: 了解です\n19:06 センター永井: ありがとう\n",
     ["永井", "永井"]),
    ("chat-bare-desk-neg", "19:02 センター: お客様から電話。\n19:03 本部: 了解です\n", []),
    # --- a job or desk abbreviation before a login name ---
    ("handle-role-prefix", "2025-08-01 15:40 user=cra_mochizuki role=CRA\n", ["mochizuki"]),
    ("handle-nurse-prefix", '{"staff":"nurse_oda","client":"A-12"}\n', ["oda"]),
    ("handle-desk-prefix", "返金処理済。担当 cs_hirano\n", ["hirano"]),
    ("handle-prefix-service-neg", "user=cs_team owner=hk-admin\n", []),
    # --- a login name after a clerical act or a staff role or section ---
    ("handle-after-clerk", "入力 sakuma／点検 済\n", ["sakuma"]),
    ("handle-after-role", "2025/06/01 補導員 ogiwara\n", ["ogiwara"]),
    ("handle-after-section", "マスキングを依頼済（システム部 tomita）。\n", ["tomita"]),
    ("handle-after-clerk-neg", "確認 OK、記録 data を保存。営業部 sales に送付。\n", []),
]


@pytest.mark.parametrize(("row_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_detect_person_late13(row_id: str, text: str, expected: list[str]) -> None:
    found = [text[f.start : f.end] for f in default_analyzer().analyze(text) if f.type.value == "PERSON"]
    assert found == expected, (row_id, found)
