"""Detector round 13, PERSON names the rules knew and let go (docs/scan-detector.md, "Round 13 — PERSON: place-like
surnames and known surnames", module hogo.scan.recognizers.person_known): a place-like surname written apart from a
given name in a name slot, and the bare surname of a full name found in the same document. Positive and negative rows
per mechanism, on text written for this file (not from any corpus; all names and places fictional).

Each row: (id, text, expected PERSON substrings in order).
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer
from hogo.scan.recognizers.person_known import _given_like, _kana_grammar, _surname_like

ROWS: list[tuple[str, str, list[str]]] = [
    # --- 1. a surname the dictionary reads as a place, a space, a given name, in a name slot ---
    ("place-surname-role-pos", "担当保護司 篠ノ井 和子（026-200-1234）へ連絡する。\n", ["篠ノ井 和子"]),
    ("place-surname-label-pos", "記入者：津田 勇気　確認日 6/3\n", ["津田 勇気"]),
    ("place-surname-log-head-pos", "[2025-07-01 10:05] 伊東 涼\n再起動で復旧しました。\n", ["伊東 涼"]),
    ("place-surname-class-hiragana-pos", "- 4組 宮前 ひなた：6月から保健室登校\n", ["宮前 ひなた"]),
    ("place-surname-list-pos", "委員 森田 健（営業部長）、石動 秀樹（総務部長）\n", ["森田 健", "石動 秀樹"]),
    ("place-surname-csv-pos", "id,name\n55,神通 剛\n", ["神通 剛"]),
    ("place-surname-overlap-pos", "査定担当 日光 亜希子　チェック 佐野\n", ["日光 亜希子", "佐野"]),
    ("place-surname-after-word-pos", "引率：顧問 高木 智恵（携帯 090-5555-1111）\n", ["高木 智恵"]),
    # the pair itself is not enough out of a name slot: a race's going (馬場 良), grammar written apart (高尾山 では)
    ("racecourse-going-neg", "第11R　出走頭数 14頭　馬場 良\n", []),
    ("spaced-grammar-neg", "字幕\n高尾山 では 今週末が 見頃です\n", []),
    ("place-university-neg", "会場：東北 大学 片平キャンパス\n", []),
    ("place-prefecture-neg", "所在地：宮城 県内一円\n", []),
    # --- 2. the bare surname of a full name found in the document ---
    ("known-surname-prose-pos",
     "対象：2年3組 若槻 大和・坂本 陽翔（関係生徒）\n若槻は事実を認めた。坂本本人より申告あり。若槻らに指導した。\n",
     ["若槻 大和", "坂本 陽翔", "若槻", "坂本", "若槻"]),
    ("known-surname-role-after-pos", "担当保護司 篠ノ井 和子（026-200-1234）\n篠ノ井保護司へ住所変更を連絡。\n",
     ["篠ノ井 和子", "篠ノ井"]),
    ("known-surname-action-pos", "記入者：津田 勇気\n6/4 申込書を郵送（津田確認）\n", ["津田 勇気", "津田"]),
    ("known-surname-apart-digit-pos", "担当：三浦 健人\n■原因（三浦 6/3 追記）\n", ["三浦 健人", "三浦"]),
    # a one-character surname of a full name, standing alone before a particle, a title or a separator
    ("known-one-char-pos", "関係生徒：堀 陽翔（2年3組）\n聞き取り。堀は「見ていただけ」と話す。\n", ["堀 陽翔", "堀"]),
    ("known-one-char-in-word-neg", "関係生徒：堀 陽翔（2年3組）\n外堀は埋まった。堀川沿いを歩く。\n", ["堀 陽翔"]),
    ("known-surname-cited-neg", "御芳名　宗像 麻衣\n※OCR：「宗像」は「宗 像」と分割される\n", ["宗像 麻衣"]),
    # inside a longer word it is an organisation or a place, not the person
    ("known-surname-in-org-neg", "担当保護司 篠ノ井 和子\n集合は篠ノ井駅、会場は若槻区役所。\n", ["篠ノ井 和子"]),
    ("known-surname-office-neg", "依頼者：北村 稔（北村司法書士事務所）\n", ["北村 稔"]),
    ("known-surname-household-neg", "| 世帯 | 大和田 一家 | 野々市市 |\n", ["大和田"]),
    # --- 3. a candidate running from a surname over a word that is no name is the surname alone ---
    ("trim-memo-action-pos", "担当：奥村 理恵\n説明は口頭で行う（人事部 奥村同席）。\n", ["奥村 理恵", "奥村"]),
    ("trim-glued-honorific-pos", "・社長（金森氏）が受診不要と言った。\n", ["金森"]),
    ("trim-apart-particle-pos", "対応: センター長 仁木 より折返し予定\n", ["仁木"]),
    ("trim-katakana-name-ending-neg", "相手方 氏名 坂下 トメ子　昭和11年6月8日生\n", ["坂下 トメ子"]),
    ("trim-given-noun-neg", "No\t氏名\tよみ\n1\t鈴村 蒼空\tすずむら そら\n", ["鈴村 蒼空", "すずむら そら"]),
]


@pytest.mark.parametrize(("row_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_detect_person_known13(row_id: str, text: str, expected: list[str]) -> None:
    found = [text[f.start : f.end] for f in default_analyzer().analyze(text) if f.type.value == "PERSON"]
    assert found == expected, (row_id, found)


def test_word_tests() -> None:
    assert _surname_like("篠ノ井") and _surname_like("伊東") and not _surname_like("会議")
    assert _given_like("邦子") and _given_like("ひなた") and not _given_like("大学") and not _given_like("では")
    assert _kana_grammar("さんは") and not _kana_grammar("あかり")
