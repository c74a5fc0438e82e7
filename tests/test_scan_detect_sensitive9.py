"""SENSITIVE mechanisms of round 9 (docs/scan-detector.md, "Round 9 — SENSITIVE and the per-file flag"): positive and
negative rows per class, on new fictional text that is in no corpus file (no batch sentence copied).

Each row: (id, text, expected) where expected lists (type, exact substring) for every finding — no more, no fewer.
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer

S = "SENSITIVE"
ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # a visit with the place in between, formal にて, or what the visit is for
    ("visit-place", "伯父は緑内障で市外の眼科に通院中です。", [(S, "緑内障で市外の眼科に通院中")]),
    ("visit-nite", "備考：潰瘍性大腸炎にて大学病院（消化器内科）通院中\n", [(S, "潰瘍性大腸炎にて大学病院（消化器内科）通院中")]),
    ("visit-for", "祖父の心不全で通院のための送迎を頼まれた。", [(S, "心不全で通院")]),
    ("visit-monthly", "叔母は双極性障害で月2回通院し服薬を続けている。", [(S, "双極性障害で月2回通院し服薬を続けている")]),
    ("visit-neg-class", "緑内障で眼科に通院中の方は受付でお申し出ください。", []),
    ("visit-neg-cond", "関節リウマチにて通院している場合は主治医の意見書が必要です。", []),
    # a treatment going on, named by any word; a drug or injection used every day
    ("treatment-any", "夫は睡眠時無呼吸症候群でマウスピース治療中。", [(S, "睡眠時無呼吸症候群でマウスピース治療中")]),
    ("drug-daily", "弟はアトピー性皮膚炎で塗り薬を毎日使っている。", [(S, "アトピー性皮膚炎で塗り薬を毎日使っている")]),
    ("injection", "姪は1型糖尿病でインスリンの自己注射をしています。", [(S, "1型糖尿病でインスリンの自己注射をしています")]),
    ("drug-daily-neg", "アトピー性皮膚炎で塗り薬を毎日使っている人も多い。", []),
    # a death in other words; a paralysis left by the condition
    ("death", "寄付者の亡父（膵臓がんで死去）を偲んで", [(S, "膵臓がんで死去")]),
    ("death-neg", "膵臓がんで死去する人の数は増えている。", []),
    ("paralysis", "連絡事項：脳出血の後遺症で右半身まひ\n", [(S, "脳出血の後遺症で右半身まひ")]),
    ("paralysis-neg", "脳出血の後遺症による片麻痺の方への訪問リハビリを行います。", []),
    # an operation with what was done, the time since it, the follow-up; regular care as an entry
    ("op-bracket", "祖母は大腸がんの手術（腹腔鏡）のため入院している。", [(S, "大腸がんの手術（腹腔鏡）")]),
    ("op-since", "保険相談メモ：子宮体がん術後3年経過、告知を確認\n", [(S, "子宮体がん術後3年経過")]),
    ("op-cell", "6\t2\t母\t心房中隔欠損の術後\t3B\n", [(S, "心房中隔欠損の術後")]),
    ("op-received", "健康: 昨年に腎臓がんの手術を受け、年1回の定期検査\n", [(S, "腎臓がんの手術を受け、年1回の定期検査")]),
    ("op-neg", "腎臓がんの手術を受け、退院後は定期検査を受けることが大切です。", []),
    ("care-regular", "記録,火,通院介助,B型肝炎の定期受診\n", [(S, "B型肝炎の定期受診")]),
    ("care-regular-neg", "糖尿病の定期検査では血糖値とHbA1cを測ります。", []),
    # a leave with its length; a diagnosis in force with a space after a latin abbreviation
    ("leave-length", "課長より、パニック障害で2か月の休職が必要との連絡。", [(S, "パニック障害で2か月の休職")]),
    ("diag-in-force", "長女はADHD の診断を受けており、通級を利用。", [(S, "ADHD の診断を受けており")]),
    ("diag-neg", "ADHD の診断があっても通常の学級で学べます。", []),
    # a bracket note telling the condition's treatment, wherever it stands
    ("note-treated", "12\t1\t父\t気管支喘息（吸入薬使用）\t4A\n", [(S, "気管支喘息（吸入薬使用）")]),
    ("note-treated2", "連絡票：てんかん（坐薬を園で預かり）\n", [(S, "てんかん（坐薬を園で預かり）")]),
    ("note-dated-neg", "既往歴：胃がん（2012年手術）\n", [(S, "胃がん")]),
    ("note-who-neg", "てんかん（服薬中の方を含む）は免許の取得に条件があります。", []),
    # a stay with the conditions in its bracket
    ("stay-bracket", "会費：未（本人が入院中（心不全・腎不全）、次女が代理）\n", [(S, "入院中（心不全・腎不全）")]),
    ("stay-bracket-neg", "入院中（検査入院を含む）の方は面会できません。", []),
    # certificates: a bracket of the kind, a line break before 所持, a note after the grade
    ("cert-kind", "妻は今年から障害者手帳（精神3級）を取得しました。", [(S, "障害者手帳（精神3級）を取得")]),
    ("cert-break", "(○) 本人が身体障害者手帳（3級）を\n所持\n", [(S, "身体障害者手帳（3級）を\n所持")]),
    ("cert-note", "単身で、身体障害者手帳3級（人工弁）あり、1階を希望。", [(S, "身体障害者手帳3級（人工弁）")]),
    ("cert-neg", "身体障害者手帳（2級以上）を所持している方は割引があります。", []),
    ("field-cert", "障害の状況：双極性障害（精神障害者保健福祉手帳2級）\n", [(S, "双極性障害（精神障害者保健福祉手帳2級）")]),
    # the 障害者控除 class with whose class it is, after a label without a colon
    ("tax-class-whose", "障害者の区分　特別障害者（本人）　　寡婦 ―\n", [(S, "特別障害者（本人）")]),
    ("tax-class-neg", "特別障害者（本人）の控除額は40万円です。", []),
    # a faith as the reason of a restriction in a table cell; a treatment's frequency before it or as weekdays
    ("faith-cell", "4\t宅配\tユダヤ教のため豚肉・甲殻類不可\t通訳\n", [(S, "ユダヤ教のため豚肉・甲殻類不可")]),
    ("faith-cell-neg", "イスラム教のため豚肉を食べない人もいます。", []),
    ("dialysis-freq", "私自身、週2回人工透析を受けています。", [(S, "週2回人工透析を受けています")]),
    ("dialysis-days", "3\t腹膜透析（月水金）\t長女\n", [(S, "腹膜透析（月水金）")]),
    ("dialysis-neg", "週3回人工透析を受けている患者の割合は高い。", []),
    # criminal records: a sentence with its term, a juvenile case, a suspect, an arrest at a named station
    ("sentence-term", "「以前に窃盗で懲役1年（執行猶予3年）の判決を受けた」と本人。", [(S, "窃盗で懲役1年（執行猶予3年）の判決を受けた")]),
    ("sentence-neg", "禁錮1年の判決を受けた者は欠格事由に当たる。", []),
    ("juvenile", "次男は傷害の非行事実で家庭裁判所に送致された。", [(S, "傷害の非行事実で家庭裁判所に送致された")]),
    ("juvenile-neg", "家庭裁判所に送致された少年の数は減った。", []),
    ("suspect", "詐欺事件（還付金）の被疑者として捜査中のため、住所を照会します。", [(S, "詐欺事件（還付金）の被疑者として捜査中")]),
    ("suspect-neg", "被疑者として逮捕された場合の流れを説明する。", []),
    ("arrest-station", "本人が昨夜、無免許運転の疑いで北署に逮捕された。", [(S, "無免許運転の疑いで北署に逮捕された")]),
    # a crime suffered named as 盗難 with what was stolen; what it led to
    ("theft-suffered", "申告者（バイクの盗難被害に遭った）の連絡先", [(S, "バイクの盗難被害に遭った")]),
    ("theft-neg", "盗難被害に遭った場合は最寄りの交番へ。", []),
    ("dv-measure", "転入、DV被害による支援措置の申出あり\n", [(S, "DV被害による支援措置")]),
    # a subject clause ends before a reason or a hearsay ending
    ("subject-clause", "母は関節リウマチで要介護3とのこと。", [(S, "関節リウマチで要介護3")]),
    # the patient notes of a JAHIS record are medical fields
    ("jahis", "JAHISTC07,1\n3,気管支喘息\n4,緑内障\n", [(S, "気管支喘息"), (S, "緑内障")]),
    ("jahis-neg", "JAHISTC07,1\n201,1,ロキソプロフェン錠,1,錠\n", []),
    # a medical-notes key and a questionnaire column about current illnesses
    ("json-notes", '{"id": 3, "medical_notes": "気管支喘息（発作時は吸入）"}', [(S, "気管支喘息（発作時は吸入）")]),
    ("csv-question", "受付,現在治療中のご病気はありますか,紹介\n1,逆流性食道炎,なし\n", [(S, "逆流性食道炎")]),
    ("csv-question-neg", "受付,現在治療中のご病気はありますか,紹介\n1,ない,チラシ\n", []),
]


@pytest.mark.parametrize(("row_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_sensitive_round9(row_id: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(f.type.value, text[f.start : f.end]) for f in default_analyzer().analyze(text) if f.type.value == S]
    assert sorted(found) == sorted(expected), row_id
