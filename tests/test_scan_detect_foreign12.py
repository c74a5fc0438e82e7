"""Foreign residents' names and their paperwork, detector round 12 (docs/scan-detector.md, "Round 12 — foreign
residents' names and their paperwork"): the surname-first comma form after a Japanese label, the katakana writing of a
latin name found in the same document, the name's words in another order, dated chat stamps with a role note, katakana
names and speakers joined by ・, a katakana family name with a kanji given name, a town in brackets after a name, addresses abroad after an address label or in an address column, and the organisation's
addresses of a 所在地 column or an English letterhead. Positive and negative rows per mechanism, on text written for
this file (not in any corpus; all names, numbers and addresses fictional).

Each row: (id, type, text, expected) where expected lists the exact substrings of that type found — no more, no fewer.
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer

ROWS: list[tuple[str, str, str, list[str]]] = [
    # --- "FAMILY, Given Middle" after a Japanese label or a list number: one name ---
    ("comma-form-label", "PERSON", "受講者：FERNANDES COSTA, Mariana Beatriz（呼び名 Mari）\n",
     ["FERNANDES COSTA, Mariana Beatriz"]),
    ("comma-form-list-number", "PERSON", "対象児童\n③ RAMOS TORRES, Diego（ディエゴ）\n",
     ["RAMOS TORRES, Diego", "ディエゴ"]),
    ("comma-form-all-caps", "PERSON", "旅券表記：SILVA PEREIRA, CAMILA GABRIELA\n", ["SILVA PEREIRA, CAMILA GABRIELA"]),
    # (all in capitals, a first given word that is a family name too leaves the parts apart: LUCAS)
    ("comma-form-all-caps-ambiguous", "PERSON", "旅券表記：SILVA PEREIRA, LUCAS GABRIEL\n", ["SILVA PEREIRA", "LUCAS GABRIEL"]),
    ("comma-form-listed-family", "PERSON", "Patient name: BECKER, Henrike Ilse\nWard: 3\n", ["BECKER, Henrike Ilse"]),
    ("comma-form-venue-neg", "PERSON", "会場：OSAKA, Umeda Hall\n", []),
    ("comma-form-status-neg", "PERSON", "Status: ACTIVE, Pending review\n", []),
    ("comma-form-no-label-neg", "PERSON", "The ranking was PERU, Chile and Bolivia.\n", []),
    # --- the katakana writing of a latin name found in the document ---
    ("katakana-echo", "PERSON",
     "氏名：MOREIRA LIMA, Fernanda\n学校では「モレイラ フェルナンダ」と呼ぶ。\n",
     ["MOREIRA LIMA, Fernanda", "モレイラ フェルナンダ"]),
    ("katakana-echo-dot", "PERSON",
     "申請者：Pedro Henrique Alves\n　カタカナ表記：ペドロ・エンリケ・アウベス\n",
     ["Pedro Henrique Alves", "ペドロ・エンリケ・アウベス"]),
    ("katakana-echo-unrelated-neg", "PERSON",
     "申請者：Pedro Henrique Alves\n　来週のランチ・ミーティングに参加予定。\n",
     ["Pedro Henrique Alves"]),
    # --- the name's words in another order elsewhere in the document ---
    ("order-variant", "PERSON",
     "氏名：BUI THANH LONG\n在留カードの表記は LONG BUI THANH と順序が異なる。\n",
     ["BUI THANH LONG", "LONG BUI THANH"]),
    # --- a chat stamp with its date, a role note before the colon ---
    ("dated-stamp-speaker", "PERSON",
     "[04/02 18:10] Maria Clara Souza: obrigada\n[04/02 18:12] Kenta (通訳): 了解です\n"
     "[04/02 18:15] Maria Clara Souza: até amanhã\n",
     ["Maria Clara Souza", "Kenta", "Maria Clara Souza"]),
    ("dated-stamp-bot-neg", "PERSON",
     "[04/02 09:00] Sota: おはよう\n[04/02 09:01] Nova (bot): ご用件をどうぞ\n[04/02 09:02] Sota: 予約です\n",
     ["Sota", "Sota"]),
    # --- a katakana speaker with ・ before the time ---
    ("dotted-katakana-speaker", "PERSON",
     "ラファエル・メンデス 08:40\n本日は2便目から入ります。\n", ["ラファエル・メンデス"]),
    ("dotted-loanwords-neg", "PERSON", "ランチ・ミーティング 12:00\n会議室Bで行います。\n", []),
    # --- a katakana name with ・ between its words, then an honorific or the field's end ---
    ("dotted-katakana-honorific", "PERSON", "・ムハマド・ラフィクさん（2階）から相談あり。\n", ["ムハマド・ラフィク"]),
    ("dotted-katakana-field", "PERSON", "No.3　ジョナサン・オケケ　会員番号 0192\n", ["ジョナサン・オケケ"]),
    ("dotted-company-neg", "PERSON", "派遣元：株式会社ミナト・ロジテック（法人番号なし）\n", []),
    ("dotted-place-neg", "PERSON", "出身：ブラジル・サンパウロ\n", []),
    ("dotted-loanword-compound-neg", "PERSON", "本日の献立：ミートソース・コーンスープ\n", []),
    ("dotted-before-particle-neg", "PERSON", "ダイレクトメール・パンフレットの送付を停止しました。\n", []),
    # --- a foreign family name in katakana with a Japanese given name in kanji ---
    ("katakana-family-kanji-given", "PERSON", "F0311\tシュナイダー 香織\t本人\t1988\n", ["シュナイダー 香織"]),
    ("katakana-role-surname-neg", "PERSON", "連絡：デスク 雨宮\n", ["雨宮"]),
    ("katakana-given-era-neg", "PERSON", "氏名：檜垣 ツネ　昭和9年生\n", ["檜垣 ツネ"]),
    # --- an address abroad after an address label or in an address column ---
    ("abroad-labelled", "ADDRESS",
     "本国住所 Địa chỉ：Số 14, ngõ 52, đường Lê Lợi, phường Đông Ba, thành phố Huế\n電話：+84 234 555 0198\n",
     ["Số 14, ngõ 52, đường Lê Lợi, phường Đông Ba, thành phố Huế"]),
    ("abroad-next-line", "ADDRESS",
     "Home address abroad:\n　Jl. Kenanga No. 8, RT 02/RW 07, Kel. Sidomulyo, Kota Malang\n",
     ["Jl. Kenanga No. 8, RT 02/RW 07, Kel. Sidomulyo, Kota Malang"]),
    ("abroad-column", "ADDRESS",
     "| 氏名 | 住所 | 職業 |\n|---|---|---|\n| Lena Fischer | Lindenweg 12, 80331 München | nurse |\n",
     ["Lindenweg 12, 80331 München"]),
    ("abroad-organisation-neg", "ADDRESS",
     "Address: Embassy of Nepal, 14 Maple Road, Sample Town, Example County\n", []),
    ("abroad-prose-neg", "ADDRESS", "住所の欄は Room, Floor, Building の順で書いてください。\n", []),
    # --- a town and its block numbers in brackets right after a person's name ---
    ("bracket-town-after-name", "ADDRESS", "寄付者：金壱萬円也　宮腰 貞夫（東雲町2-14-6）\n", ["東雲町2-14-6"]),
    ("bracket-lot-after-honorific", "ADDRESS", "・アブドゥル・カリムさん（上新田町418 コーポ若葉102）から\n",
     ["上新田町418 コーポ若葉102"]),
    ("bracket-town-after-venue-neg", "ADDRESS", "会場：市民ホール（本町2-3-4）\n", []),
    ("bracket-town-after-company-neg", "ADDRESS", "株式会社ソラ（緑町3-1）\n", []),
    # --- a 所在地 column and an English letterhead are an organisation's ---
    ("place-column-neg", "ADDRESS",
     "| 窓口 | 所在地 |\n|---|---|\n| 国際交流センター | 〒420-0853 静岡県静岡市葵区追手町9-6 |\n", []),
    ("letterhead-neg", "ADDRESS",
     "Faculty of Engineering, Example Institute of Technology\n4-2-1 Hoei, Fukui-shi, Fukui 910-0004, Japan\n", []),
    ("letterhead-home-kept", "ADDRESS",
     "Dear Committee,\nHer address: 4-2-1 Hoei, Fukui-shi, Fukui\n", ["4-2-1 Hoei, Fukui-shi, Fukui"]),
]


@pytest.mark.parametrize(("row_id", "kind", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_round12_foreign_residents(row_id: str, kind: str, text: str, expected: list[str]) -> None:
    found = [text[f.start : f.end] for f in default_analyzer().analyze(text) if f.type.value == kind]
    assert sorted(found) == sorted(expected), (row_id, found)


def test_postal_code_goes_with_organisation_column() -> None:
    text = "| 窓口 | 所在地 |\n|---|---|\n| 国際交流センター | 〒420-0853 静岡県静岡市葵区追手町9-6 |\n"
    assert [f for f in default_analyzer().analyze(text) if f.type.value == "POSTAL_CODE"] == []


def test_sounds_like() -> None:
    from hogo.scan.recognizers.person_latin import _sounds_like, sound

    def kana(*words: str) -> list[str]:
        from hogo.scan.data.build_romaji_names import romanise

        return [sound(romanise(w) or "") for w in words]

    assert _sounds_like(kana("キスペ", "マテオ"), [sound(w) for w in ("QUISPE", "YAMASHIRO", "Mateo")])
    assert _sounds_like(kana("ラムチャンドラ", "シャルマポウデル"), [sound(w) for w in ("RAM", "CHANDRA", "SHARMA", "POUDEL")])
    assert not _sounds_like(kana("ランチ", "ミーティング"), [sound(w) for w in ("Pedro", "Alves")])
