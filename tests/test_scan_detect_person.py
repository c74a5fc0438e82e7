"""PERSON mechanisms of generalisation round 3 (docs/scan-detector.md, "Generalisation round 3 — person"): one
positive and one negative row per mechanism, on text written for this file (not in any corpus; all fictional).

Each row: (id, text, expected) where expected lists (type, exact substring) for every finding — no more, no fewer.
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer

ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- kin words and a reception desk as labels before a name ---
    ("kin-space", "相談者：別居の弟 村上 孝之\n", [("PERSON", "村上 孝之")]),
    ("kin-space-neg", "家族構成：妻、弟 同居\n", []),
    ("reception", "受付：大森\n用件：書類の再発行\n", [("PERSON", "大森")]),
    ("reception-neg", "受付：9時から17時まで\n", []),
    # --- katakana occupations as labels ---
    ("katakana-occupation", "担当オペレーター：ハルカ（ID 2031）\n", [("PERSON", "ハルカ")]),
    ("katakana-occupation-neg", "オペレーター：不在のため折り返し\n", []),
    # --- an organisation or department word before a staff member's name ---
    ("org-before-name", "依頼元：みなと歯科 森田 和也  TEL 03-3333-1212\n",
     [("PERSON", "森田 和也"), ("PHONE", "03-3333-1212")]),
    ("org-before-name-center", "記入者：子育て支援センター 関口\n", [("PERSON", "関口")]),
    ("org-before-name-neg", "案内：みなと歯科 午前診療のみ\n", []),
    # --- a bracketed note between the role and the separator ---
    ("role-note", "加害者（推定）：三浦 大輔（32歳）\n", [("PERSON", "三浦 大輔")]),
    ("role-note-neg", "関係者（複数）：未確認\n", []),
    # --- key-value rows of a Markdown table (| 記録者 | 松永 |) ---
    ("table-row-label", "| 項目 | 内容 |\n|---|---|\n| 記録者 | 松永 |\n| 相談者 | 野村 千尋 |\n",
     [("PERSON", "松永"), ("PERSON", "野村 千尋")]),
    ("table-row-label-neg", "| 項目 | 内容 |\n|---|---|\n| 記録者 | 未記入 |\n", []),
    # --- a school grade or class between the label and the name ---
    ("grade-before-name", "対象児童：3年1組 やまもと そうた\n", [("PERSON", "やまもと そうた")]),
    ("grade-before-name-neg", "対象児童：3年1組 全員\n", []),
    # --- any person word + 名 as a label (園児名, 被害者名), カナ表記 ---
    ("x-mei-label", "乗客名：すずき はるか\n", [("PERSON", "すずき はるか")]),
    ("x-mei-label-neg", "施設名：ひまわり荘\n", []),
    ("kana-notation", "カナ表記：チャン ティ ホア\n", [("PERSON", "チャン ティ ホア")]),
    # --- half-width kana name with its kanji writing in brackets ---
    ("halfwidth-with-kanji", "生徒氏名：ﾓﾘｼﾀ ｱｵｲ（森下 葵）\n", [("PERSON", "ﾓﾘｼﾀ ｱｵｲ"), ("PERSON", "森下 葵")]),
    ("kanji-run-bracket-neg", "作成者名（任意）：企画課長（兼務）\n", []),
    # --- a reading with a label inside the brackets; katakana role words are not readings ---
    ("reading-label", "申込者：藤井 玲奈（ふりがな：ふじい れいな）\n", [("PERSON", "藤井 玲奈"), ("PERSON", "ふじい れいな")]),
    ("reading-neg-role", "連絡先：次女 森 由美（キーパーソン）\n", [("PERSON", "森 由美")]),
    # --- a surname extended into a clinic or shop name is not a person ---
    ("org-tail-neg", "紹介元：たなか眼科\n通院先：吉村中央外科\n", []),
    ("org-tail-pos", "紹介元医師：吉村 聡\n", [("PERSON", "吉村 聡")]),
    # --- chat: form labels after a time stamp are not speakers ---
    ("chat-label-neg", "[09:15] ご住所：確認済み\n[09:16] 担当者名：未定\n", []),
    ("chat-speaker-pos", "[09:15] みなみ：了解です\n[09:16] ゆうた：向かいます\n", [("PERSON", "みなみ"), ("PERSON", "ゆうた")]),
    # --- chat exports with the relation in brackets before the speaker ---
    ("chat-role-speaker", "[父] たかし 20:15\nもう着いた？\n[妹] Mei 20:17\nまだ\n", [("PERSON", "たかし"), ("PERSON", "Mei")]),
    ("chat-role-speaker-neg", "[重要] お知らせ 10:00\n本日は休館です。\n", []),
    ("chat-role-speaker-kanji-neg", "[お知らせ] 年末年始 12:00\n[重要] 点検 9:00\n", []),
    # --- romaji: hyphenated given names, -san/-sensei, a signature with an e-mail made from the name ---
    ("romaji-hyphen", "Guest: KIM MIN-JUN\nName: Lee Seo-yeon\n", [("PERSON", "KIM MIN-JUN"), ("PERSON", "Lee Seo-yeon")]),
    ("romaji-hyphen-neg", "Check-In Date: 2025-01-01\n", []),
    ("romaji-honorific", "Thanks, Tanaka-san!\n", [("PERSON", "Tanaka")]),
    ("romaji-honorific-neg", "Our office is in Musashino-shi, near Kichijoji.\n", []),
    ("romaji-signature", "See you then.\n\nKenta Nomura\nTel: 090-1111-2222\nk.nomura@example.org\n",
     [("PERSON", "Kenta Nomura"), ("PHONE", "090-1111-2222"), ("EMAIL", "k.nomura@example.org")]),
    ("romaji-signature-neg", "Meeting Notes\nContact: office@example.org\n", [("EMAIL", "office@example.org")]),
    # --- more relations in brackets after a name ---
    ("relation-more", "緊急連絡先：木下 早苗（友人）\n", [("PERSON", "木下 早苗")]),
    ("relation-more-neg", "会場：市民ホール（近所）\n", []),
    # --- a CSV column headed by a role word ---
    ("header-role", "No,見守り協力者,電話\n1,石原 ふみ,090-3333-4444\n", [("PERSON", "石原 ふみ"), ("PHONE", "090-3333-4444")]),
    ("header-role-neg", "品目,生産者数\n米,山田\n", []),
    # --- katakana foreign names joined by ・ ---
    ("katakana-dot-name", "入国者：マリア・サントス・ロペス（付添）\n", [("PERSON", "マリア・サントス・ロペス")]),
    ("katakana-dot-neg", "見学先：マリア・テレサ病院\n", []),
    # --- 、-lists of "<role or organisation> <surname>" ---
    ("role-surname-list", "応援：営業部 石原、総務 小川、システム 荒木\n", [("PERSON", "石原"), ("PERSON", "小川"), ("PERSON", "荒木")]),
    ("role-surname-list-neg", "議題：予算 承認、人事 報告\n", []),
    # --- roster rows: row label, name, then an address or a phone number ---
    ("roster-row", "3班 岡田 典子　横浜市港北区日吉2-3-4\nNo.5 西村 和夫 045-123-4567\n",
     [("PERSON", "岡田 典子"), ("ADDRESS", "横浜市港北区日吉2-3-4"), ("PERSON", "西村 和夫"), ("PHONE", "045-123-4567")]),
    ("roster-row-neg", "3班 集合場所　横浜市役所前\n", []),
    ("roster-row-circled", "① 佐野 学　東京都練馬区豊玉北6-12-1\n",
     [("PERSON", "佐野 学"), ("ADDRESS", "東京都練馬区豊玉北6-12-1")]),
    # --- a meeting role in brackets after a surname, and the list going on after it ---
    ("meeting-role-bracket", "出席：田村（司会）、内藤、ほか2名\n", [("PERSON", "田村"), ("PERSON", "内藤")]),
    ("meeting-role-bracket-neg", "進行：開会（司会）、報告\n", []),
    # --- a surname in brackets after a role or a note ---
    ("role-bracket", "記録者（今村）：異常なし\n", [("PERSON", "今村")]),
    ("role-bracket-neg", "管理者（不在）：対応保留\n", []),
    # --- vCard N: parts ---
    ("vcard-n", "BEGIN:VCARD\nFN:小野寺 栞\nN:小野寺;栞;;;\nEND:VCARD\n",
     [("PERSON", "小野寺 栞"), ("PERSON", "小野寺"), ("PERSON", "栞")]),
    ("vcard-n-neg", "N:窒素;O:酸素\n", []),
    # --- church bulletins: 兄/姉 after a full name ---
    ("church-sibling", "・吉岡 真理子姉が奉仕します。\n・小西 聡兄の証しがあります。\n",
     [("PERSON", "吉岡 真理子"), ("PERSON", "小西 聡")]),
    ("church-sibling-neg", "・新しい兄弟姉妹が加わりました。\n", []),
    ("church-sibling-note", "・野口 英子 姉（入院中）\n", [("PERSON", "野口 英子")]),
    # --- the other writing of a confirmed name after " / " ---
    ("slash-other-writing", "Client: Tanaka Yui / 田中 結衣\n", [("PERSON", "Tanaka Yui"), ("PERSON", "田中 結衣")]),
    ("slash-neg", "Tokyo / 東京\n", []),
    # --- a colleague after a role and の in prose ---
    ("role-no-name", "夜間は看護師の川島へ申し送り、担当の大石が翌朝伺います。\n", [("PERSON", "川島"), ("PERSON", "大石")]),
    ("role-no-name-neg", "担当者の変更後、医師の指示で上司の承認を得た。\n", []),
    # --- 文責/作成 as labels ---
    ("bunseki-label", "文責：北村\n", [("PERSON", "北村")]),
    ("bunseki-label-neg", "作成：令和6年4月\n", []),
    # --- a signature name SudachiPy does not know, alone on its line above TEL ---
    ("signature-unknown-surname", "株式会社ひかり商会\n営業部 主任\n四月一日 蓮\nTEL 03-1111-2222\n",
     [("PERSON", "四月一日 蓮"), ("PHONE", "03-1111-2222")]),
    # --- trainees and students as roles (研修生：, 技能実習生：), a kin word joined by ・ to the name ---
    ("trainee-role", "研修生：王 俊傑（中国）\n技能実習生：ブイ・ティ・フオン\n", [("PERSON", "王 俊傑"), ("PERSON", "ブイ・ティ・フオン")]),
    ("trainee-role-neg", "研究生：未定\n発生：東京\n", []),
    ("kin-dot-name", "記入者：母・大塚 恵\n", [("PERSON", "大塚 恵")]),
    ("kin-dot-neg", "同居：父・母・姉の3人\n", []),
    # --- latin letters after a label (担当CW：), katakana staff words (ナース), romaji label with a bracket ---
    ("label-latin", "担当CW：長岡\n記載者 ナース 青木\nName (Romaji): SUZUKI Hanako\n",
     [("PERSON", "長岡"), ("PERSON", "青木"), ("PERSON", "SUZUKI Hanako")]),
    ("label-latin-neg", "担当CW：未定\nName of the hotel: Grand Palace\n", []),
    # --- people counted, then listed in brackets ---
    ("count-bracket", "ヘルパー 2名（田辺、小池）\n", [("PERSON", "田辺"), ("PERSON", "小池")]),
    ("count-bracket-neg", "欠席 2名（体調不良、私用）\n", []),
    # --- Dr. before a kanji or romaji surname; a katakana surname with an honorific after a label ---
    ("dr-surname", "担当：Dr.佐々木\n主治医 Dr.Kimura\n", [("PERSON", "佐々木"), ("PERSON", "Kimura")]),
    ("dr-surname-neg", "Dr.監修のレシピ\n", []),
    ("katakana-honorific", "依頼者：ヤマダ様\n", [("PERSON", "ヤマダ")]),
    ("katakana-honorific-neg", "宛先：ユーザー様\n対象：メンバーさん\n", []),
    # --- a list of names goes on after each name found ---
    ("list-chain", "出席者：山本、中川、石田（敬称略）\n", [("PERSON", "山本"), ("PERSON", "中川"), ("PERSON", "石田")]),
    ("list-chain-neg", "出席者：山本、議事、報告\n", [("PERSON", "山本")]),
    # --- kana given names before くん/ちゃん/さん in chats, and a message signed on its last line ---
    ("kana-honorific", "了解！ゆいちゃん、はるとくんも来るって\n", [("PERSON", "ゆい"), ("PERSON", "はると")]),
    ("kana-honorific-neg", "おばあちゃんとみなさん、ヘルパーさんにも伝えた\n", []),
    ("sms-sign-off", "駅で待ってるね\nさやかより\n", [("PERSON", "さやか")]),
    ("sms-sign-off-neg", "気をつけてね\n母より\n", []),
    ("signature-unknown-neg", "株式会社ひかり商会\n営業時間 平日\nTEL 03-1111-2222\n", [("PHONE", "03-1111-2222")]),
]


@pytest.mark.parametrize(("row_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_person_round3(row_id: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(f.type.value, text[f.start : f.end]) for f in default_analyzer().analyze(text)]
    assert sorted(found) == sorted(expected), row_id
