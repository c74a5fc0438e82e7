"""SENSITIVE mechanisms of round 10 (docs/scan-detector.md, "Round 10 — sensitive"): positive and negative rows per
mechanism, on new fictional text that is in no corpus file (no batch sentence copied).

Each row: (id, text, expected) where expected lists the exact SENSITIVE substrings found — no more, no fewer.
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer

ROWS: list[tuple[str, str, list[str]]] = [
    # statistics are no one's record: a condition with its share, a label-and-count line, a statistics row
    ("stat-neg-share", "病名上位: 狭心症 12.4%, 胃潰瘍 3.1%", []),
    ("stat-neg-value-counts", 'In [3]: df["result"].value_counts()\nresult\n異常なし          5120\n治療中(狭心症)         431\n', []),
    ("stat-neg-aligned-table", "病名        件数    割合\n狭心症      1,204   18.2%\n胃潰瘍       640    9.7%\n", []),
    ("stat-pos-number-after-clause", "本人は糖尿病で通院中 12", ["糖尿病で通院中"]),
    # criteria of a protocol (…の既往を有する患者) and a publisher column are no one's
    ("criteria-neg", "(4) 脳梗塞の既往を有する患者は除外する。", []),
    ("criteria-neg-disease", "(2) 重度の肝疾患を有する者", []),
    ("publisher-neg", "受入日,ISBN,書名,出版者\n2024-10-02,9784000000000,うつ病の人と暮らす本,青葉書房\n", []),
    ("publisher-neg-issuer", "受入日,書名,発行者\n2024-10-02,うつ病の人と暮らす本,青葉書房\n", []),
    # medical keys unquoted (protobuf, YAML blocks, a log's key: value), with a stage or carrier state closing the value
    ("key-protobuf", 'intake {\n  conditions: "肺気腫(在宅酸素)"\n}', ["肺気腫(在宅酸素)"]),
    ("key-yaml-block", "nurse_note:\n  history: |\n    胃潰瘍術後(2018)\n    緑内障で点眼中\n  ward: 3F", ["胃潰瘍術後(2018)", "緑内障"]),
    ("key-log", "2024-05-01 INFO user 4411 viewed medical history: パーキンソン病", ["パーキンソン病"]),
    ("key-stage", '{"id": 7, "diagnosis": ["慢性腎臓病 ステージ4"]}', ["慢性腎臓病 ステージ4"]),
    ("key-carrier-treated", "patient:\n  history: C型肝炎 治療済\n  conditions: B型肝炎キャリア\n", ["C型肝炎 治療済", "B型肝炎キャリア"]),
    ("key-neg-no-condition", "release: history: 2 commits ahead", []),
    ("key-neg-family", "family history: 糖尿病 (father)", []),
    # a disability certificate with its kind and grade in brackets, 障害者手帳 with a grade
    ("certificate-bracket", "利用者台帳,2021/04/01,精神障害者保健福祉手帳（2級）のため減免", ["精神障害者保健福祉手帳（2級）"]),
    ("certificate-kind-grade", "駐輪場,2022/05/09,身体障害者手帳（1種3級）のため入口近くを優先", ["身体障害者手帳（1種3級）"]),
    ("certificate-generic", "description: 障害者手帳2級(肢体不自由) のため在宅勤務可", ["障害者手帳2級(肢体不自由)"]),
    ("certificate-neg-class", "障害者手帳1級の方は入場無料です。", []),
    # a carrier of a virus named; a device named with its bracket note as a value or a reason
    ("carrier-cell", "8\t第3寮 105\tB型肝炎キャリア（産業医面談済）\n", ["B型肝炎キャリア"]),
    ("carrier-neg-class", "HIVキャリアの方への支援窓口のご案内", []),
    ("carrier-neg-group", "B型肝炎キャリアの妊婦は健診で確認します。", []),
    ("device-reason", '"request":"胃ろう(PEG)のため入浴介助を希望"', ["胃ろう(PEG)"]),
    ("device-value", "<Data>独居。人工肛門（オストメイト）</Data>", ["人工肛門（オストメイト）"]),
    ("device-neg-toilet", "オストメイト対応トイレ：人工肛門（ストーマ）、人工膀胱", []),
    ("device-neg-class", "人工肛門（ストーマ）の方向けトイレは2階です。", []),
    # an intractable disease named in its bracket, with its medical-aid status
    ("intractable-recipient", "2207,,00512290,難病(潰瘍性大腸炎)医療受給者\n", ["難病(潰瘍性大腸炎)医療受給者"]),
    ("intractable-abbrev", "亡き夫の難病（ALS）の記録を寄贈", ["難病（ALS）"]),
    ("intractable-neg-category", "難病（特定疾患）の医療費助成について", []),
    ("intractable-neg-count", "指定難病（341疾病）の一覧", []),
    # a care level with the condition or the aid that explains it
    ("care-bracket", "利用者: 要介護3(脳出血後遺症)、週2回デイ", ["要介護3(脳出血後遺症)"]),
    ("care-because", "母はパーキンソン病で要介護2になりました。", ["パーキンソン病で要介護2"]),
    ("care-aid", "要介護4、車椅子。次女が同居", ["要介護4、車椅子"]),
    ("care-neg-level-alone", "kaigodo=要介護3", []),
    ("care-neg-bracket-not-condition", "区分: 要介護2(更新申請中)", []),
    # a subject's clause ends at a closing quote
    ("clause-quote", '"note": "ひとり親、本人が適応障害で就労制限"\n', ["適応障害で就労制限"]),
    # a faith named in brackets as the reason of a restriction or a service
    ("faith-reason", '"food": "宗教上の理由(ヒンドゥー教)で牛肉除去"', ["宗教上の理由(ヒンドゥー教)で牛肉除去"]),
    ("faith-service", '"meal": "コーシャ対応(ユダヤ教)"', ["コーシャ対応(ユダヤ教)"]),
    ("faith-neg-no-faith", "宗教上の理由で食事に配慮が必要な方はお知らせください。", []),
    ("faith-neg-service", "館内レストランはハラール対応です。", []),
    # a listed condition opening a note about the person, as its first item
    ("note-open-attr", 'memo="パーキンソン病、服薬時間に注意。長女が連絡先"', ["パーキンソン病"]),
    ("note-open-json", '"memo": "パーキンソン病、服薬時間に注意。"', ["パーキンソン病"]),
    ("note-open-label", "備考：うつ病、在宅勤務中", ["うつ病"]),
    ("note-open-neg-class", '"summary": "狭心症の方へのご案内"', []),
    ("note-open-neg-heading", "特集：認知症、家族ができること", []),
    ("note-open-neg-title", '"title": "糖尿病、その予防"', []),
    ("note-open-neg-lecture", "講演：糖尿病、最新の治療", []),
    # a table printed by a tool: the cells under its medical column
    (
        "printed-box",
        ">>> print(df)\n┌──────┬───────────┬──────────────┐\n│ no   ┆ name      ┆ dx           │\n"
        "╞══════╪═══════════╪══════════════╡\n│ 1    ┆ 真柴 宗一 ┆ 慢性心不全   │\n│ 2    ┆ 朝霧 しの ┆ 骨粗鬆症     │\n"
        "└──────┴───────────┴──────────────┘\n",
        ["慢性心不全", "骨粗鬆症"],
    ),
    (
        "printed-aligned",
        "Out[4]:\n   pid      name          dx  ward\n0  P-01  真柴 宗一   慢性心不全   3西\n1  P-02  朝霧 しの    骨粗鬆症    4東\n",
        ["慢性心不全", "骨粗鬆症"],
    ),
    (
        "printed-neg-statistics",
        ">>> print(stats)\n┌──────────┬───────┐\n│ dx       ┆ count │\n╞══════════╪═══════╡\n│ 慢性心不全 ┆ 120   │\n└──────────┴───────┘\n",
        [],
    ),
    ("printed-neg-no-medical-column", "Out[5]:\n   pid      name   ward\n0  P-01  真柴 宗一  3西\n", []),
    # 'Wheelchair user' as a note opening an item or a sentence
    ("wheelchair-note", "ご要望: Wheelchair user (wife) – ground floor please", ["Wheelchair user (wife)"]),
    ("wheelchair-neg-plural", "Wheelchair users are welcome at every entrance.", []),
    ("wheelchair-neg-article", "Access for a Wheelchair user is via the north gate.", []),
]


@pytest.mark.parametrize(("row_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_sensitive_round10(row_id: str, text: str, expected: list[str]) -> None:
    found = [text[f.start : f.end] for f in default_analyzer().analyze(text) if f.type.value == "SENSITIVE"]
    assert sorted(found) == sorted(expected), row_id
