"""PERSON in people's own words, detector round 11 (docs/scan-detector.md, "Round 11 — PERSON in chats and speech"):
speakers of chat exports and transcripts (a role before the name left out, a child's name + ママ when the child is
named alone, services and roles no one, sender handles, WebVTT voice tags, 話者N（name）), a name's kana reading said
beside its kanji, kin words and a の-phrase written apart around a name, and the clerk who closes a bracketed note.
Positive and negative rows per mechanism, on text written for this file (not in any corpus; all names fictional).

Each row: (id, text, expected) where expected lists the exact PERSON substrings found — no more, no fewer.
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer

ROWS: list[tuple[str, str, list[str]]] = [
    # --- chat speakers: a role or department word before the name is left out ---
    ("stamp-role-name",
     "[10:02] 管理組合 森脇: 点検は明日です\n[10:05] みどり: 了解です\n[10:07] 管理組合 森脇: よろしくお願いします\n",
     ["森脇", "みどり", "森脇"]),
    ("stamp-latin-role",
     "21:14 Agent Hana: Hello\n21:15 Pedro Alves: Hi, my card\n21:16 Agent Hana: Noted\n",
     ["Hana", "Pedro Alves", "Hana"]),
    # --- a role with the name in brackets; a service in brackets is no one ---
    ("role-bracket-name",
     "[09:01:10] オペレーター（タチバナ）: お電話ありがとうございます\n[09:01:30] 利用者: はい\n"
     "[09:02:00] オペレーター（タチバナ）: 承知しました\n",
     ["タチバナ", "タチバナ"]),
    ("speaker-bot-neg",
     "[12:00] Yui: hello\n[12:01] Sora (bot): ご用件をどうぞ\n[12:02] Yui: 予約です\n",
     ["Yui", "Yui"]),
    # --- services and roles as speakers are no one ---
    ("service-speakers-neg",
     "20:01:02 運営公式: 配信を開始します\n20:01:40 モデレーター: ルールを守ってください\n20:02:11 運営公式: ありがとう\n",
     []),
    # --- WebVTT voice tags ---
    ("vtt-voice",
     "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v 総務課 笹倉 真理>始めます。\n\n00:00:03.500 --> 00:00:05.000\n"
     "<v Daniel Brooks>OK.\n\n00:00:05.500 --> 00:00:08.000\n<v 総務課 笹倉 真理>では次に。\n",
     ["笹倉 真理", "Daniel Brooks", "笹倉 真理"]),
    # --- 話者N（name）: the name, not the label ---
    ("speaker-number",
     "話者1（宮坂）: 本日はよろしくお願いします\n話者2（土屋）: よろしくお願いします\n話者1（宮坂）: では始めます\n",
     ["宮坂", "土屋", "宮坂"]),
    # --- LINE export: a child's name + ママ when the child is named alone ---
    ("tab-child-mama",
     "18:01\tけんたママ\t今日 けんた が熱を出しました\n18:03\tゆり\tお大事に\n18:05\tけんたママ\tありがとう\n",
     ["けんた", "けんた", "ゆり", "けんた"]),
    ("tab-mama-whole",
     "18:01\tあおいママ\t明日の集合は何時ですか\n18:03\tゆり\t8時です\n18:05\tあおいママ\tありがとう\n",
     ["あおいママ", "ゆり", "あおいママ"]),
    # --- sender handles: Instagram "name · date", X "@handle" lines ---
    ("dot-date-handle",
     "tomo_hasegawa · 2026年3月2日 10:00\nこんにちは\n\nmiyuki_studio · 2026年3月2日 10:05\nこんにちは！\n\n"
     "tomo_hasegawa · 2026年3月2日 10:07\nありがとうございます\n",
     ["tomo_hasegawa", "miyuki", "tomo_hasegawa"]),
    ("at-sender-lines",
     "@jun_kurokawa → @ami_sugita\n久しぶり！\n\n@ami_sugita\n元気だよ\n\n@jun_kurokawa\nよかった\n",
     ["jun_kurokawa", "ami_sugita", "ami_sugita", "jun_kurokawa"]),
    # --- a role first at transcript line heads ---
    ("role-first-line",
     "医師 三枝 透：体調はいかがですか。\n患者 宇野 さつき：少し良くなりました。\n医師：では続けましょう。\n患者：はい。\n",
     ["三枝 透", "宇野 さつき"]),
    # --- a name read out beside its kanji ---
    ("reading-before-kanji",
     "[00:00:12 CU] もちづき えっと望月 沙耶です\n[00:00:16 OP] 望月様ですね\n",
     ["もちづき", "望月 沙耶", "望月"]),
    ("reading-after-kanji", "相談者：宮下 健吾 です みやした けんご\n相談員：宮下様 ありがとうございます\n",
     ["宮下 健吾", "みやした けんご", "宮下"]),
    ("reading-glued-katakana", "[00:00:20 CU] 久保田 奈緒ですクボタ ナオ\n[00:00:25 OP] 久保田様ですね\n",
     ["久保田 奈緒", "クボタ ナオ", "久保田"]),
    ("reading-shop-neg", "3\tみやした酒店\t宮下 健吾\t店主\n", ["宮下 健吾"]),
    ("reading-given-unread", "「3年2組の たかしま 高島 颯良 の母です」\n", ["たかしま", "高島 颯良"]),
    # --- a common katakana word before です is no self-introduction ---
    ("katakana-word-desu-neg", "「今日のテーマです。それでは、次はクイズのコーナーです。」\n", []),
    ("katakana-name-desu", "「もしもし、カワバタです。折り返しお願いします」\n", ["カワバタ"]),
    # --- kin words and a の-phrase written apart around a name ---
    ("kin-after", "・杉野 祖母さまのお迎え 16:30\n", ["杉野"]),
    ("kin-before", "同居家族：妻 寿美子、長男 大地\n", ["寿美子", "大地"]),
    ("no-phrase-after", "3班の 真柴 のおじいちゃん、最近見かけないね\n", ["真柴"]),
    ("given-name-with-no-kept", "児童氏名：桐原 のぞみ\n", ["桐原 のぞみ"]),
    # --- a clerical noun of three kanji or more written after a surname ---
    ("clerical-noun-after", "手話通訳者 柏原 手配中、来週連絡\n", ["柏原"]),
    ("three-kanji-given-kept", "氏名：柏原 由美子\n", ["柏原 由美子"]),
    # --- a pupil signing with the grade: two kana words closing the line ---
    ("pupil-signature", "・せんせい いままで ありがとう　5年2組 たかはし みお\n・元気でね　2年 ｲﾉｳｴ ﾘｸ\n",
     ["たかはし みお", "ｲﾉｳｴ ﾘｸ"]),
    ("grade-prose-neg", "・3年 になったら がんばる\n", []),
    # --- a word a rule took along before a name: an interjection, a common noun before a kana name, a role ---
    ("lead-interjection", "そうそう ミツさん 来週退院するって\n", ["ミツ"]),
    ("lead-rare-surname-kept", "請求者氏名　四十物 健吾\n", ["四十物 健吾"]),
    ("kin-cell-neg", "面会者\t本田 武夫\t孫\t面会中\n", ["本田 武夫"]),
    # --- a name written apart before its particle ---
    ("apart-before-particle", "発送は 柳沢 が 2/3 まで、あとは 課長の 國分 に確認します\n", ["柳沢", "國分"]),
    ("apart-place-neg", "来週は 東京 に出張、資料は 会社 の共有フォルダ\n", []),
    # --- a surname closing a line after the message's last sentence ---
    ("line-sign-off", "明日の集合は駅前です。遅れる人は連絡ください🙏 北見\n", ["北見"]),
    ("line-end-word-neg", "締切は金曜です。詳細は後日\n", []),
    # --- the clerk who closes a bracketed note ---
    ("sign-off-after-sentence", "［原本は事務室の金庫に保管。片桐］\n", ["片桐"]),
    ("sign-off-clerical-word", "（翌日 追記 長谷部）: 折り返し済み\n", ["長谷部"]),
    ("sign-off-table-neg", "政策評価調書（政策体系と概算要求書の対応表）所管：内閣府\n", []),
]


@pytest.mark.parametrize(("row_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_round11_chat_and_speech(row_id: str, text: str, expected: list[str]) -> None:
    found = [text[f.start : f.end] for f in default_analyzer().analyze(text) if f.type.value == "PERSON"]
    assert sorted(found) == sorted(expected), (row_id, found)


def test_kana_folding() -> None:
    from hogo.scan.recognizers.person_speech import _kata

    assert _kata("しもごうり") == _kata("シモゴオリ") == _kata("シモゴーリ")
    assert _kata("つづき") == _kata("ツズキ")


def test_reads() -> None:
    from hogo.scan.recognizers.person_speech import _reads

    assert _reads("みやした", "宮下")
    assert _reads("みやした けんご", "宮下 健吾")
    assert not _reads("さん", "山口")  # a prefix's reading is no surname
