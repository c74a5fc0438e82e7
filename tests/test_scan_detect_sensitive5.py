"""SENSITIVE mechanisms of generalisation round 5 (docs/scan-detector.md, "Generalisation round 5 — sensitive"):
one positive and one negative row per mechanism, on new fictional text that is in no corpus file.

Each row: (id, text, expected) where expected lists (type, exact substring) for every finding — no more, no fewer.
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer

S = "SENSITIVE"
ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # predicates: があって, の手術明け, 治療のため, a procedure, a stay with its length
    ("pred-gaatte", "うちの娘は喘息があって夜に咳き込みます。", [(S, "喘息があって")]),
    ("pred-gaatte-neg", "喘息があっても運動はできます。", []),
    ("pred-post-op", "兄は椎間板ヘルニアの手術明けで休んでいます。", [(S, "椎間板ヘルニアの手術明け")]),
    ("pred-treatment-for", "課員の一人は乳がん治療のため時短勤務中。", [(S, "乳がん治療のため")]),
    ("pred-treatment-for-neg", "がん治療のための新薬が承認された。", []),
    ("pred-procedure", "父は狭心症でバイパス手術を受けた。", [(S, "狭心症でバイパス手術を受けた")]),
    ("pred-procedure-neg", "狭心症でバイパス手術をする場合の費用は次のとおり。", []),
    ("pred-stay-timed", "叔父は統合失調症で半年前に2か月入院した。", [(S, "統合失調症で半年前に2か月入院した")]),
    ("pred-stay-timed2", "叔父は統合失調症で2か月入院した。", [(S, "統合失調症で2か月入院した")]),
    # health-check findings in a medical field: a tendency, an antibody result, a follow-up order
    ("field-tendency", "所見：軽度貧血傾向\n", [(S, "軽度貧血傾向")]),
    ("field-antibody", "所見：B型肝炎ウイルス抗体陽性\n", [(S, "B型肝炎ウイルス抗体陽性")]),
    ("field-followup", "所見：胃潰瘍の疑い、要精密検査\n", [(S, "胃潰瘍の疑い、要精密検査")]),
    ("field-tendency-neg", "所見：特記事項なし、体重増加傾向\n", []),
    # prior records with their kind, a suspended sentence, an arrest closing a record line
    ("crime-prior-kind", "調査では傷害の前歴がある。", [(S, "傷害の前歴がある")]),
    ("crime-suspended", "被告人は以前にも執行猶予付きの判決を受けている。", [(S, "執行猶予付きの判決を受けている")]),
    ("crime-suspended-neg", "執行猶予判決を受けた者の再犯率を調べた。", []),
    ("crime-arrest-line", "被疑事実：10月2日、詐欺の疑いで逮捕\n", [(S, "詐欺の疑いで逮捕")]),
    ("crime-ordinance", "係長は県迷惑防止条例違反（盗撮）の疑いで逮捕された。", [(S, "県迷惑防止条例違反（盗撮）の疑いで逮捕された")]),
    ("crime-conviction-neg", "第九条　禁錮以上の有罪判決を受けたときは解任する。", []),
    # a device as a value, a wheelchair used for a purpose
    ("device-value", "備考：人工肛門造設済み\n", [(S, "人工肛門造設済み")]),
    ("device-for", "配達メモ：車いすを使用するため玄関前まで\n", [(S, "車いすを使用")]),
    ("device-neg", "ペースメーカー装着者への注意表示を掲示する。", []),
    # English: after being diagnosed with, a leave after a miscarriage, a wheelchair user, descent
    ("en-after-diagnosed", "She stepped back from the board after being diagnosed with lung cancer.", [(S, "after being diagnosed with lung cancer")]),
    ("en-has-been", "He has been diagnosed with a slipped disc.", [(S, "He has been diagnosed with a slipped disc")]),
    ("en-leave", "Absent: one analyst (on leave after a stillbirth)", [(S, "on leave after a stillbirth")]),
    ("en-wheelchair", "Note: the guest is a wheelchair user and needs a step-free room.", [(S, "is a wheelchair user")]),
    ("en-descent", "In the survey she wrote that she is of Okinawan descent.", [(S, "of Okinawan descent")]),
    ("en-pnr", "SSR MEDA NH HK1 PSGR HAS EPILEPSY /P2 - seat near crew please", [(S, "PSGR HAS EPILEPSY")]),
    ("en-pnr-neg", "SSR WCHR NH HK1 PAX HAS OWN WHEELCHAIR /P1 - call on arrival", []),
    ("en-neg", "Wheelchair users can request a step-free room; staff on leave after surgery are paid.", []),
    # a condition naming a relative (糖尿病の母)
    ("relative", "パーキンソン病の父の通院に付き添うため早退します。", [(S, "パーキンソン病")]),
    ("relative-neg", "認知症の母を持つ家族向けの講座です。", []),
    # two findings joined by a connective are one phrase
    ("joined", "メモ：双極性障害と診断され、現在精神科に通院中。", [(S, "双極性障害と診断され、現在精神科に通院中")]),
    ("joined-neg-list", "既往歴：胃潰瘍、高血圧症\n", [(S, "胃潰瘍"), (S, "高血圧症")]),
    # sequelae after onset, the consequence after あり/し
    ("sequela", "祖母は脳出血を発症し左手にしびれが残る。", [(S, "脳出血を発症し左手にしびれが残る")]),
    ("consequence", "申告：緑内障があり白杖を使用。\n", [(S, "緑内障があり白杖を使用")]),
    ("consequence-neg", "白杖を使用している人への声かけ講習", []),
    # medication use after a condition, 服用済
    ("medication-use", "「乾癬で毎日軟膏を塗っている」とのこと。", [(S, "乾癬で毎日軟膏を塗っている")]),
    ("medication-done", "体調 糖尿病の薬を服用済\n", [(S, "糖尿病の薬を服用済")]),
    ("medication-neg", "乾癬で軟膏を塗っている人は多い。", []),
    # violence with an adverb of duration
    ("violence-adverb", "相談：妻から日常的に暴力を受けている。", [(S, "妻から日常的に暴力を受けている")]),
    # a disability with a note naming its kind or certificate; the 障害者控除 class of a tax form
    ("disability-note", "本人は視覚障害（弱視、身体障害者手帳3級）。", [(S, "視覚障害（弱視、身体障害者手帳3級）")]),
    ("tax-class", "障害者控除：特別障害者（精神障害者保健福祉手帳1級）\n", [(S, "特別障害者（精神障害者保健福祉手帳1級）")]),
    ("disability-neg", "視覚障害（ロービジョンを含む）のある方の窓口", []),
    # an operation as the reason for a stay
    ("operation-stay", "来週は膝の半月板縫合術で入院します。", [(S, "膝の半月板縫合術で入院します")]),
    ("operation-stay-neg", "白内障手術で入院する場合は事前に連絡してください。", []),
    # a relative with the given name after it as the subject (次女 凛は…)
    ("subject-relative-name", "次女 凛は注意欠如多動症で通級指導を受けている。", [(S, "注意欠如多動症で通級指導を受けている")]),
    ("subject-relative-name-neg", "長男 陸は元気で野球部に入った。", []),
    # hypotheticals after または: no one's record
    ("neg-insurance-or", "急性心筋梗塞または脳卒中により入院した場合に支払います。", []),
]


@pytest.mark.parametrize(("row_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_sensitive_round5(row_id: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(f.type.value, text[f.start : f.end]) for f in default_analyzer().analyze(text)]
    assert sorted(found) == sorted(expected), row_id
