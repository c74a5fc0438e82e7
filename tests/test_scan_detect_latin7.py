"""Latin-script PERSON, generalisation round 7 (docs/scan-detector.md, row `person_latin`, "Round 7"): one positive
and one negative row per mechanism, on text written for this file (not in any corpus; all fictional).

Each row: (id, text, expected) where expected lists (type, exact substring) for every finding — no more, no fewer.
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer

ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- organisation and property words stop a run; words after a peeled org word belong to it ---
    ("org-words-neg", "To: Lettings Desk, Maple Homes\nDear Town Hall,\nthe heating is broken.\n", []),
    ("org-words-neg2", "Attn: Harbour Property Management\n", []),
    ("org-words-pos", "To: Harbour Realty, Ingrid Solberg\n", [("PERSON", "Ingrid Solberg")]),
    # --- a full-width space ends a field (the name is whole before it) ---
    ("wide-space-field", "Signature: R. Castellanos\u3000Date: 2026-03-01\n", [("PERSON", "R. Castellanos")]),
    ("wide-space-field-neg", "Signature: Required\u3000Date: 2026-03-01\n", []),
    # --- a spaced dash ends a field ---
    ("dash-field", "Reviewer: T. Lindqvist — approve after the fix\n", [("PERSON", "T. Lindqvist")]),
    ("dash-field-neg", "Reviewer: Pending — approve after the fix\n", []),
    # --- chat speakers after a time stamp ---
    ("stamp-speaker", "[10:14] Yuzuki Horiuchi: 資料を送りました\n[10:15] Tobias Keller: ありがとう\n[10:17] Yuzuki Horiuchi: 確認お願いします\n",
     [("PERSON", "Yuzuki Horiuchi"), ("PERSON", "Tobias Keller"), ("PERSON", "Yuzuki Horiuchi")]),
    ("stamp-speaker-unlisted", "09:30 Branimir Kostadinov: 了解\n09:31 Branimir Kostadinov: 午後に共有します\n",
     [("PERSON", "Branimir Kostadinov"), ("PERSON", "Branimir Kostadinov")]),
    ("stamp-speaker-neg", "09:00 Opening Remarks: 会長挨拶\n09:15 Keynote Session: 基調講演\n", []),
    ("stamp-speaker-log-neg", "[09:00] Build: success\n[09:10] Build: failed\n", []),
    # --- a two- or three-word chat speaker at a line head, listed, speaking twice ---
    ("multi-speaker", "Rohan Mehta: 資料を見ました\nRohan Mehta: 明日また確認します\n", [("PERSON", "Rohan Mehta"), ("PERSON", "Rohan Mehta")]),
    ("multi-speaker-neg", "Open Issues: なし\nOpen Issues: 2件\n", []),
    # --- kin words before the later items of a list after a family label ---
    ("family-list", "Family: husband Tomasz Wrona, daughter Zofia (age 7)\n",
     [("PERSON", "Tomasz Wrona"), ("PERSON", "Zofia")]),
    ("family-list-neg", "Family: Household of 3, Pets (one cat)\nFamily: Bears (group B), Lions\n", []),
    # --- a full name as the subject of an English sentence (one word a listed name) ---
    ("subject-verb", "Hello everyone,\nAnanya Ramaswamy will chair the review on Monday.\n", [("PERSON", "Ananya Ramaswamy")]),
    ("subject-verb-mid", "Thanks for waiting. Rohan Pillai has the keys.\n", [("PERSON", "Rohan Pillai")]),
    ("subject-verb-neg", "Hello everyone,\nGolden Lotus will close early on Monday.\n", []),
    ("subject-verb-acronym-neg", "Maria DB will be upgraded tonight.\nSubmitted by Jenkins Bot on 2026-10-01.\n", []),
    ("subject-verb-brand-neg", "Honda Civic was the best seller. Suzuki Swift will follow.\n", []),
    # --- duty labels of Japanese forms with a listed name word ---
    ("duty-label", "電話：0120-418-007\n受付：Ｓａｎａｄａ\n", [("PHONE", "0120-418-007"), ("PERSON", "Ｓａｎａｄａ")]),
    ("duty-label-neg", "受付：Online\n記入：Done\n", []),
    # --- a department then a surname in brackets after a signature name: only the surname ---
    ("dept-bracket", "Best regards,\nRitsu（経理 鳥居）\n", [("PERSON", "Ritsu"), ("PERSON", "鳥居")]),
    ("dept-bracket-other", "Best regards,\nRitsu Ebihara（海老原 律）\n", [("PERSON", "Ritsu Ebihara"), ("PERSON", "海老原 律")]),
    # --- a signature delimiter line above a name; the sign-off and the name on one line ---
    ("sig-delim", "後ほど資料を送ります。\n--\nRohan Mehta\n", [("PERSON", "Rohan Mehta")]),
    ("sig-delim-neg", "---\nProject Overview\n", []),
    ("inline-sign-off", "See you then.\nThanks, Sayuri\n", [("PERSON", "Sayuri")]),
    ("inline-sign-off-neg", "Thanks, Bye\nBest, Team\n", []),
    # --- a chat mention of a listed name word ---
    ("mention", "@Chiharu 明日の件お願いします\ncc @Ebihara\n", [("PERSON", "Chiharu"), ("PERSON", "Ebihara")]),
    ("mention-neg", "@Everyone 連絡です\nsupport@Northwind.example.com\n", [("EMAIL", "support@Northwind.example.com")]),
    # --- the author of a note in brackets after the note's word ---
    ("author-bracket", "レビューコメント（Matsuoka）：修正済み\n", [("PERSON", "Matsuoka")]),
    ("author-bracket-neg", "メモ（Draft）：未提出\n", []),
    # --- surname and forename labels; "SURNAME, Given" in a singular name field ---
    ("surname-label", "Surname: OKONJO\nForename: Adaeze\n", [("PERSON", "OKONJO"), ("PERSON", "Adaeze")]),
    ("surname-first", "Patient name: HALVORSEN, Ingrid Marie\nWard: 4B\n", [("PERSON", "HALVORSEN, Ingrid Marie")]),
    ("surname-first-list-neg", "Attendees: Kowalski, Emma, Halvorsen\n",
     [("PERSON", "Kowalski"), ("PERSON", "Emma"), ("PERSON", "Halvorsen")]),
    # --- a Vietnamese family name, Van/Thi, a given name ---
    ("viet-middle", "I met Pham Van Duc at the station.\n", [("PERSON", "Pham Van Duc")]),
    ("viet-middle-neg", "We stayed at Pham Van Hotel near the station.\n", []),
    # --- a quoted display name written surname first ---
    ("display-surname-first", 'From: "Halvorsen, Ingrid" <ingrid.h@example.org>\n',
     [("PERSON", "Halvorsen, Ingrid"), ("EMAIL", "ingrid.h@example.org")]),
    # --- a one-word kanji writing in brackets after a confirmed latin name ---
    ("kanji-single-other", "Ms. Kurosawa（黒沢）に転送します。\n", [("PERSON", "Kurosawa"), ("PERSON", "黒沢")]),
    ("kanji-single-other-neg", "Dear Mr. Kurosawa (総務),\n", [("PERSON", "Kurosawa")]),
    # --- a department note in brackets after a one-word name under a label ---
    ("dept-note", "担当：Ebihara（経理部）\n", [("PERSON", "Ebihara")]),
    ("dept-note-neg", "担当：Excel（経理）\n", []),
    # --- a lower-case handle that is a listed Japanese name, after a person label or in an author bracket ---
    ("lower-handle", "Issue #88 (High)\n担当: matsuoka / 期限: 11/30\nコメント（ebihara）: 再現しました\n",
     [("PERSON", "matsuoka"), ("PERSON", "ebihara")]),
    ("lower-handle-neg", "Issue #88 (High)\n担当: admin / 期限: 11/30\nコメント（todo）: あとで\n", []),
    # --- more authorship labels (Submitted by, Approved:) and lower-case titles in running text ---
    ("submitted-by", "Submitted by Tadeusz Nowicki on 2026-10-01.\nApproved: R. Castellanos\n",
     [("PERSON", "Tadeusz Nowicki"), ("PERSON", "R. Castellanos")]),
    ("submitted-by-neg", "Received by Front Desk\nChecked: Yes\n", []),
    ("lower-title", "Consultation with nurse Ingrid and doctor Halvorsen.\n", [("PERSON", "Ingrid"), ("PERSON", "Halvorsen")]),
    ("lower-title-neg", "The nurse Station is on 3F. Ask the doctor Monday.\n", []),
    # --- a two-word upper-case surname before the comma; short upper-case Korean names; 本名 as a label ---
    ("surname-first-two", "氏名：FERREIRA LIMA, Ana Beatriz\n", [("PERSON", "FERREIRA LIMA, Ana Beatriz")]),
    ("short-upper-name", "会員番号 1182（本名 PARK JI YU）\n", [("PERSON", "PARK JI YU")]),
    ("short-upper-neg", "主催：NPO ALC JTA\n", []),
    # --- an age in brackets after a one-word name; kana family labels with noted list items ---
    ("age-note-list", "お子さま：Noah（6歳）、Ella（4歳）\n", [("PERSON", "Noah"), ("PERSON", "Ella")]),
    ("age-note-neg", "商品：Nova（2個）、Luna（3個）\n", []),
    # --- the name field of forms in residents' languages ---
    ("foreign-name-label", "Nombre: Bruna Quispe\nHọ và tên: Lò Văn Páo\n", [("PERSON", "Bruna Quispe"), ("PERSON", "Lò Văn Páo")]),
    ("foreign-name-label-neg", "Nombre del producto: Café Andino\n", []),
    # --- the other writing of a latin name: kanji before a slash, katakana before the bracket; romaji after a kanji name ---
    ("other-before-slash", "送付先：\n黒沢 遥 / Haruka Kurosawa\n", [("PERSON", "黒沢 遥"), ("PERSON", "Haruka Kurosawa")]),
    ("other-before-slash-neg", "名古屋 支店 / Kenta Oyama\n", [("PERSON", "Kenta Oyama")]),
    ("katakana-before-bracket", "ペレイラ・ルアナ（Luana Pereira）\n", [("PERSON", "ペレイラ・ルアナ"), ("PERSON", "Luana Pereira")]),
    ("katakana-before-bracket-neg", "ブルー・オーシャン（Blue Ocean）戦略\n", []),
    ("romaji-after-kanji", "黒沢（Kurosawa）に確認済み\n", [("PERSON", "Kurosawa")]),
    ("romaji-after-kanji-neg", "製品 桜（Sakura）を出荷\n", []),
    # --- a degree or credential after a full name ---
    ("credential", "Tadeusz Nowicki, PhD\nSenior Researcher\n", [("PERSON", "Tadeusz Nowicki")]),
    ("credential-neg", "Annual Review, Jr. High\nOcean View, PE\nSales Report, PDF\n", []),
    # --- a Korean name in Hangul after a name label or before a spaced 씨 ---
    ("hangul-label", "이름: 윤서아\nName: 한도윤\n", [("PERSON", "윤서아"), ("PERSON", "한도윤")]),
    ("hangul-ssi", "어제 윤서아 씨에게 연락했습니다.\n", [("PERSON", "윤서아")]),
    ("hangul-neg", "선생님께 연락했습니다. 고객님 감사합니다.\n제품명: 갤럭시\n", []),
    # --- an initial glued to the name, and こと as an alias mark ending the field ---
    ("glued-initial-alias", "記入者：Ｒ．ＯＫＯＮＪＯ こと 本人\n", [("PERSON", "Ｒ．ＯＫＯＮＪＯ")]),
    ("glued-initial-neg", "see file.Txt and end.Next\nwww.Example.com\n", []),
    # --- more listed name words (South Asian names, further Japanese names) ---
    ("listed-names", "Contact person is Deepa Menon and Chiharu Matsuoka from our side.\n",
     [("PERSON", "Deepa Menon"), ("PERSON", "Chiharu Matsuoka")]),
    ("listed-names-neg", "The Golden Sands resort opened in Kerala Province.\n", []),
]


@pytest.mark.parametrize(("row_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_latin_round7(row_id: str, text: str, expected: list[tuple[str, str]]) -> None:
    findings = default_analyzer().analyze(text)
    found = [(f.type.value, text[f.start : f.end]) for f in findings]
    assert sorted(found) == sorted(expected), (row_id, found)
