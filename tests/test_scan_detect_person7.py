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
    # --- a role word and の before a name and a particle (the name need not be a dictionary surname) ---
    ("role-no-name", "※ 土曜は塾長の平和が担当します。\n", [("PERSON", "平和")]),
    ("role-no-surname", "巡回中の警備員の若槻が気づいた。\n", [("PERSON", "若槻")]),
    ("role-no-given-one-kanji", "介護士の翼が付き添いました。\n", [("PERSON", "翼")]),
    ("role-no-neg-noun", "塾長の判断が優先されます。看護師の中に経験者がいる。課員の一人は在宅勤務。\n", []),
    ("role-no-neg-place", "世界の平和が大切です。院長の平和への願い。担当者の方が来ます。\n", []),
    ("role-no-duty", "運転手の森が迎えに来ます。受付の佐伯が案内します。\n", [("PERSON", "森"), ("PERSON", "佐伯")]),
    ("role-no-duty-neg", "主任の判断で決めます。運転手の手が足りない。\n", []),
    ("role-no-neg-common", "教授の大学が変わった。社長の健康が回復した。部長の上司が決めた。\n", []),
    ("dept-no-intro", "はい、経理部の蔦です。\n", [("PERSON", "蔦")]),
    ("dept-no-intro-neg", "営業部の中です。\n", []),
    # --- a role, then a full name written apart that the dictionary lacks ---
    ("role-unknown-full", "みどり法律事務所　弁護士 丹後谷 静馬\n", [("PERSON", "丹後谷 静馬")]),
    ("role-unknown-full-kana", "経理部 経理課長　十文字 なぎさ（現 総務課長）\n", [("PERSON", "十文字 なぎさ")]),
    ("role-unknown-full-neg", "部長 会議 資料\n担当者 変更 予定\n面接担当：補導主任 蓑島\n", [("PERSON", "蓑島")]),
    # --- names joined by ・ after a label ---
    ("dot-list", "面接官：古賀・比嘉\n", [("PERSON", "古賀"), ("PERSON", "比嘉")]),
    ("dot-list-neg", "担当：古賀・総務\n", [("PERSON", "古賀")]),
    # --- a department or a role abbreviation and a surname in brackets: the surname only ---
    ("dept-bracket", "Thanks,\nRen（経理 五十嵐）\n", [("PERSON", "Ren"), ("PERSON", "五十嵐")]),
    ("dept-bracket-staff", "次回から質問を変える（人事 桐谷）\n", [("PERSON", "桐谷")]),
    ("dept-bracket-dot", "面接メモ（人事・樫村）\n", [("PERSON", "樫村")]),
    ("dept-bracket-neg", "会議室（本館 東棟）\n（総務 未定）\n", []),
    # --- CSV: a kana column beside name columns, a one-kanji name part in its own column ---
    ("csv-kana-column", "id,last_name,first_name,kana\n7,光,奏太,ヒカリ ソウタ\n8,呉,美玲,ゴ ミレイ\n",
     [("PERSON", "光"), ("PERSON", "奏太"), ("PERSON", "ヒカリ ソウタ"), ("PERSON", "呉"), ("PERSON", "美玲"), ("PERSON", "ゴ ミレイ")]),
    ("csv-kana-column-neg", "id,product_name,kana,price\n1,光,ヒカリ,100\n2,滝,タキ ノ ミズ,200\n", []),
    # --- church prayer lists: 兄/姉 after a full name closing with a colon, a Christian name before it ---
    ("church-colon", "【祈りの課題】\n・パウロ 三津田 亘兄：来週手術を受けられます\n", [("PERSON", "パウロ 三津田 亘")]),
    ("church-no-surname", "・八ヶ代 恵姉のご家族：転居されます\n", [("PERSON", "八ヶ代 恵")]),
    ("church-neg", "・マリア像の前で\n・兄弟姉妹：全員\n", []),
    # --- duties written before the person doing them ---
    ("duty-label", "通訳 ブイ・ティ・ラン\n送迎 宇治原 ／ 記入 木暮\n", [("PERSON", "ブイ・ティ・ラン"), ("PERSON", "宇治原"), ("PERSON", "木暮")]),
    ("duty-label-neg", "当番：なし\n送迎 あり\n通訳 不要\n", []),
    # --- an HTML element whose class names a name part ---
    ("html-kana-class", '<h3>砂川 凛 <span class="kana">すながわ りん</span></h3>\n', [("PERSON", "砂川 凛"), ("PERSON", "すながわ りん")]),
    ("html-kana-class-neg", '<span class="product-name">ひかり でんき</span><span class="shop_kana">ミドリ ショウテン</span>\n', []),
    # --- 名前は … です ---
    ("name-is", "[お客様] 名前は いぬかい そうま です\n", [("PERSON", "いぬかい そうま")]),
    ("name-is-neg", "名前は まだ ない です\n", []),
    # --- SQL dumps: a quoted value under a person-name column of INSERT INTO … (columns) VALUES ---
    ("sql-insert", "INSERT INTO patients (id, name, name_kana, sex) VALUES\n(7,'蔵前 悠','クラマエ ユウ','M'),\n(8,'test user','テスト','X');\n",
     [("PERSON", "蔵前 悠"), ("PERSON", "クラマエ ユウ")]),
    ("sql-insert-neg", "INSERT INTO shops (id, shop_name, company_name) VALUES (1,'みどり 商店','ミドリ ショウテン');\n", []),
    # --- the head of an institution is no name before a title ---
    ("institution-title-neg", "宛先：東保健所長\n宛先：中央図書館長\n", []),
    ("institution-title", "宛先：篠塚所長\n", [("PERSON", "篠塚")]),
    # --- a department and ・ before a surname ---
    ("dept-dot", "#dm 経理・榊 ↔ 総務\n", [("PERSON", "榊")]),
    ("dept-dot-neg", "担当：人事・総務\n経理・中\n", []),
    # --- a roster of "<post> <name>" lines: a surname after a post that is no label, a one-kanji surname closing a list ---
    ("roster-rows", "役員名簿\n会長　古川 蒼\n書記　丸岡 ひな\n広報　沖野、南\n",
     [("PERSON", "古川 蒼"), ("PERSON", "丸岡 ひな"), ("PERSON", "沖野"), ("PERSON", "南")]),
    ("roster-rows-neg", "会長　古川 蒼\n書記　丸岡 ひな\n備考　北側、中\n", [("PERSON", "古川 蒼"), ("PERSON", "丸岡 ひな")]),
    ("list-one-kanji-neg", "担当：沖野、他\n", [("PERSON", "沖野")]),
    # --- a kanji given name the dictionary lacks, right before ちゃん/くん ---
    ("kanji-chan", "[18:20] 鳴海: 受付は永遠ちゃんにお願いしました\n", [("PERSON", "鳴海"), ("PERSON", "永遠")]),
    ("kanji-chan-neg", "お姉ちゃんと新人くんが来た。うちの息子くんは元気です。うちの小学生くんと長女ちゃん。\n", []),
    # --- one word in half-width katakana after a person label ---
    ("half-kana-label", "端末紛失の件\n対応: ｸｻｶﾍﾞ → 初期化済\n担当：学生課 ﾐﾅｾ\n", [("PERSON", "ｸｻｶﾍﾞ"), ("PERSON", "ﾐﾅｾ")]),
    ("half-kana-label-neg", "担当：ﾚｼﾞ\n対応: ｻﾎﾟｰﾄ\n対応: リモート →\n", []),
    # --- a surname SudachiPy tags in prose, then a particle and a verb of contact or attendance ---
    ("contact-verb", "昨日、菅原と話しました。当日は久保田も同席します。\n", [("PERSON", "菅原"), ("PERSON", "久保田")]),
    ("contact-verb-neg", "松本から電話があった。東京と話した。\n", []),
    # --- a JSON name object holding one value per writing ---
    ("json-name-object", '{"id": "A-3", "name": {"kanji": "千草 湊", "kana": "チグサ ミナト"}}\n', [("PERSON", "千草 湊"), ("PERSON", "チグサ ミナト")]),
    ("json-name-object-neg", '{"company": {"kanji": "緑 商事", "kana": "ミドリ ショウジ"}}\n', []),
    # --- the name someone gave (と名乗る) ---
    ("calls-oneself", "「甥のサワムラ」と名乗る男から電話。別の男は浅見と名乗った。\n", [("PERSON", "サワムラ"), ("PERSON", "浅見")]),
    ("calls-oneself-neg", "「警察」と名乗る男、「息子の会社の上司」を名乗る電話\n", []),
    # --- hiragana after a surname written apart: a given name, not a particle or a verb ending ---
    ("kana-given", "担当者 早瀬 ほのか\n担当 丸山 ひより\n", [("PERSON", "早瀬 ほのか"), ("PERSON", "丸山 ひより")]),
    ("kana-given-neg", "担当者 早瀬 のみ\n運転手 丸山 まで\n看護師 交代 のため\n部長 会議 ですが\n", [("PERSON", "早瀬"), ("PERSON", "丸山")]),
    # --- more negatives for the round-7 mechanisms (kin, places, tables of things, i18n objects, businesses) ---
    ("round7-negatives", "社長の長男が継いだ。支店長の大阪が担当する。\n対応: ﾒｰﾙ →\n「ヤマト」と名乗る業者\n", []),
    ("sql-items-neg", "INSERT INTO items (id, name, kana) VALUES (1,'りんご','リンゴ');\n", []),
    ("json-i18n-neg", '{"name": {"ja": "りんご", "en": "apple"}}\n', []),
    # --- a message signed with a surname alone on its last line ---
    ("signature-surname", "> 例会の資料は来週でいいですか？\n> 芦田\n\nBest,\nRyo\n", [("PERSON", "芦田"), ("PERSON", "Ryo")]),
    ("signature-surname-neg", "ご確認ください。\n以上\n\nよろしくお願いします。\n総務部\n\n明日は休みです。\n中\n", []),
    # --- two people named, then counted ---
    ("pair-counted", "明日の搬入は梢と今泉の二人でお願い\n", [("PERSON", "梢"), ("PERSON", "今泉")]),
    ("pair-counted-neg", "東京と大阪の二人。父と母の二人で行く。\n", []),
    # --- an ideographic variation selector inside a registered name ---
    ("variation-selector", "会計　辻\U000E0100村 勇　京都市左京区\n氏名：葛\U000E0100城 花子\n",
     [("PERSON", "辻\U000E0100村 勇"), ("PERSON", "葛\U000E0100城 花子")]),
    ("variation-selector-neg", "備考：葛\U000E0100の根\n", []),
]


@pytest.mark.parametrize(("row_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_person_round7(row_id: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(f.type.value, text[f.start : f.end]) for f in default_analyzer().analyze(text) if f.type.value == "PERSON"]
    expected = [e for e in expected if e[0] == "PERSON"]  # other types belong to their own tests
    assert sorted(found) == sorted(expected), (row_id, found)
