"""SENSITIVE mentioned in passing, round 12 (docs/scan-detector.md, "Round 12 — 要配慮個人情報 mentioned in passing";
`recognizers/sensitive_prose.py`): positive and negative rows per mechanism, on new fictional text that is in no
corpus file (no batch sentence copied).

Each row: (id, text, expected) where expected lists the exact SENSITIVE substrings found — no more, no fewer.
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer

ROWS: list[tuple[str, str, list[str]]] = [
    # 1. an honorific or polite ending of the verb the phrase ends on
    ("honorific-oraret", "会報より：先代の住職は晩年、心不全で入退院を繰り返しておられたと伺いました。", ["心不全で入退院を繰り返しておられた"]),
    ("honorific-suffered", "訃報：元理事の大場 勝彦様は、長年リウマチを患われ、先月ご逝去されました。", ["リウマチを患われ"]),
    ("victim-polite", "回覧：5丁目の松井さん宅が先週、空き巣の被害に遭われました。戸締まりにご注意を。", ["空き巣の被害に遭われました"]),
    ("victim-attempt", "祖母が先月、特殊詐欺の被害に遭いかけた。窓口で止めてもらった。", ["特殊詐欺の被害に遭いかけた"]),
    # (at the merge: before a person noun the phrase describes a kind of person — the records helper's class filter,
    # …に遭いかけた男性を窓口で引き止めた — and is left out)
    ("victim-plain", "申込メモ：本人談「以前の月極で車上荒らしに遭った」", ["車上荒らしに遭った"]),
    ("collapse-since", "店主の千田さんは一昨年、脳梗塞で倒れて以来、土曜のみの営業です。", ["脳梗塞で倒れて"]),
    ("victim-neg-advice", "車上荒らしに遭ったら、すぐ110番してください。", []),
    ("victim-neg-class", "空き巣の被害に遭った人の約半数が無施錠でした。", []),
    # 2. the care a condition brought, after で/のため
    ("care-bedridden", "相続メモ：母は最期の3年、脳梗塞で寝たきりだった。", ["脳梗塞で寝たきり"]),
    ("care-rest", "保護者より：長女は 切迫流産のため自宅安静とのこと。", ["切迫流産のため自宅安静"]),
    ("care-facility", "同窓会幹事へ：「夫はアルツハイマー型認知症で施設に入っております」とのお返事。", ["アルツハイマー型認知症で施設に入っております"]),
    ("care-capacity", "総会の委任状：吉永さんは認知症で判断能力が十分でないため、長男が代理。", ["認知症で判断能力が十分でない"]),
    ("care-carried", "山行計画書\n・小西：気管支喘息で吸入薬を携帯\n", ["気管支喘息で吸入薬を携帯"]),
    ("care-prescribed", "相談票：以前から不眠症で睡眠薬を処方されていると話した。", ["不眠症で睡眠薬を処方されている"]),
    ("care-measure-note", "問診：高血圧で降圧剤を服用中（上 150 前後）", ["高血圧で降圧剤を服用中（上 150 前後）"]),
    ("care-source-note", "告知欄：高血圧で降圧剤を服用中（本人申告）", ["高血圧で降圧剤を服用中"]),
    ("care-neg-advice", "インフルエンザで自宅安静の場合は、解熱後2日まで登校できません。", []),
    ("care-neg-leaflet", "切迫早産で安静にしてください。", []),
    # 3. a faith or an origin as a person's attribute
    ("faith-nanode", "面談メモ：夫はプロテスタントなので、日曜午前の面会は避ける。", ["プロテスタント"]),
    ("faith-numbered", "取りまとめ表\n- #3 ヒンドゥー教徒。実験の当番は平日のみ。\n", ["ヒンドゥー教徒"]),
    ("faith-practice", "配慮事項,カトリック。日曜朝のミサのため早番不可\n", ["カトリック。日曜朝のミサのため早番不可"]),
    ("faith-bracket", "寮の申請：夜に祈りの時間がある（ムスリム）。", ["ムスリム"]),
    ("faith-named", "苦情：同僚が相談者の宗教（エホバの証人）を笑いものにした。", ["宗教（エホバの証人）"]),
    ("faith-school", "入居審査：申込者が仏教（真言宗）の仏壇を置くため確認済み。", ["仏教（真言宗）"]),
    ("origin-generation", "在留：定住者（日系四世）　連絡先は勤務先", ["日系四世"]),
    ("faith-neg-list", "世界の三大宗教は仏教、キリスト教、イスラム教です。", []),
    ("faith-neg-topic", "公開講座「イスラム教について」は市民会館で。", []),
    ("origin-neg-visa", "定住者の例：インドシナ難民、日系3世等", []),
    # 4. a condition as a noun phrase before a report or a reason: があ(る|り) stays out
    ("there-chronic", "申告書：本人にはてんかんの持病があると申し出があった。", ["てんかんの持病"]),
    ("there-bracket", "スイミング連絡：はると：軽度の難聴（右耳）があるため、合図は手で。", ["軽度の難聴（右耳）"]),
    ("there-bare-kept", "担任より：聴覚障害があるので、配布物は文字で。", ["聴覚障害がある"]),
    # 5. a crime met with, plain or in respect words (above: victim-*)
    # 6. a wheelchair as a person's note
    ("wheelchair-sentence", "検針メモ：角部屋の方。車いす。玄関まで声かけ", ["車いす"]),
    ("wheelchair-cell", "｜氏名｜地区｜配慮｜\n｜大館 ハナ｜西町｜車いす\n", ["車いす"]),
    ("wheelchair-care-level", "依頼書：祖母（要介護2で車いす）が同居。", ["要介護2で車いす"]),
    ("wheelchair-neg-equipment", "貸出備品：AED、担架、車いす。", []),
    ("wheelchair-neg-topic", "車いすの貸出は受付でどうぞ。", []),
    # 2b. the paralysis a condition left, with the side of the body
    ("paralysis-remains", "工事連絡：ご主人は昨年の脳出血で右半身に麻痺が残っており、在宅で立会い。", ["脳出血で右半身に麻痺が残っており"]),
    ("paralysis-sequela", "現調メモ：お母様は脳梗塞の後遺症で左手に軽い麻痺があり、手すりは右。", ["脳梗塞の後遺症で左手に軽い麻痺"]),
    ("paralysis-neg-leaflet", "脳梗塞で左半身に麻痺が残る場合は、リハビリが大切です。", []),
]


@pytest.mark.parametrize(("row_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_sensitive_prose12(row_id: str, text: str, expected: list[str]) -> None:
    found = [text[f.start : f.end] for f in default_analyzer().analyze(text) if f.type.value == "SENSITIVE"]
    assert sorted(found) == sorted(expected), row_id
