"""要配慮個人情報 (SENSITIVE) spans and the per-file 要配慮 flag, round 12 (docs/scan-detector.md, "Round 12 — 要配慮
個人情報 (SENSITIVE) spans and the per-file 要配慮 flag"): positive and negative rows per mechanism, on new fictional
text that is in no corpus file (no batch sentence copied).

Each row: (id, text, expected) where expected lists the exact SENSITIVE substrings found — no more, no fewer.
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer
from hogo.scan.types import PiiType

ROWS: list[tuple[str, str, list[str]]] = [
    # one rule for a leave or a stay with its condition in brackets: it starts at the leave's word (with its 病気)
    ("stay-note", "連絡票：祖母は入院中（心不全・肺炎）のため面会は土曜のみ", ["入院中（心不全・肺炎）"]),
    ("sick-leave-note", "受講者一覧,未受講,病気療養中（くも膜下出血）のため延期", ["病気療養中（くも膜下出血）"]),
    ("sick-leave-treatment", "研修名簿,欠席,病気休業中（腎臓手術）のため免除", ["病気休業中（腎臓手術）"]),
    ("stay-neg-terms", "規程改正：病気休暇（有給、年7日）を新たに設ける。", []),
    ("stay-neg-benefit", "入院（がん治療）給付金のご案内", []),
    # a named faith standing as a person's value
    ("faith-note", "生徒調書\n氏名：北浦 ミナ\n宗教：\n北浦 ミナ：キリスト教（メソジスト）のため日曜は不参加", ["キリスト教（メソジスト）"]),
    ("faith-in-bracket", "同行者（三枝 透さん、カトリック）の分の食事も手配済み。", ["カトリック"]),
    ("faith-item", "- #3 ムスリム。昼の礼拝時間を空ける\n", ["ムスリム"]),
    ("faith-neg-share", "世界の宗教人口：キリスト教（約24億人）、イスラム教（約19億人）", []),
    ("faith-neg-topic", "講座の案内：仏教と現代社会", []),
    # a crime suffered ends with its clause
    ("victim-polite", "町内会だより：先月、2丁目の松永さん宅が空き巣の被害に遭われました。", ["空き巣の被害に遭われました"]),
    ("victim-nearly", "表彰：還付金詐欺の被害に遭いかけた近所の男性を窓口で止めた。", ["還付金詐欺の被害に遭いかけた"]),
    # a diagnosis goes on into the treatment still going on; a stay that happened does not
    ("diagnosed-treated", "面談メモ：岸本さんは不眠症と診断され服薬中。", ["不眠症と診断され服薬中"]),
    ("diagnosed-treated-te", "家族の話では、長男は双極性障害と診断されて気分安定薬を飲んでいる。", ["双極性障害と診断されて気分安定薬を飲んでいる"]),
    ("diagnosed-neg-stay", "記録：整形外科で左大腿骨骨折と診断され入院。", ["左大腿骨骨折と診断"]),
    # 持病 before its condition is inside; after it, 持病 closes the phrase before があ…
    ("chronic-before", "欠席連絡：持病の気管支喘息で今週は休みます。", ["持病の気管支喘息"]),
    ("chronic-after", "備考：本人はてんかんの持病があり、水泳は見学。", ["てんかんの持病"]),
    ("chronic-after-treated", "保健調査：片頭痛の持病があり服薬でコントロール中。", ["片頭痛の持病があり服薬でコントロール中"]),
    # the offence (and its victim) before a sentence or an arrest; an arrest going on into custody
    ("offence-sentence", "身上調書：叔父は横領罪で執行猶予中。", ["横領罪で執行猶予中"]),
    ("offence-victim", "経過：5月に交際相手が長女への暴行容疑で逮捕された。", ["長女への暴行容疑で逮捕された"]),
    ("offence-okurigana", "報告：元職員が強制わいせつ容疑で逮捕された。", ["強制わいせつ容疑で逮捕された"]),
    ("offence-same-kind", "照会回答：同種の前科2犯あり。", ["同種の前科2犯あり"]),
    ("arrest-custody", "兄から電話「弟は詐欺事件で逮捕され、今は勾留中」", ["詐欺事件で逮捕され、今は勾留中"]),
    ("offence-neg-stats", "年報：窃盗罪で執行猶予となった者は前年より減少した。", []),
    # violence suffered, with the body part or the instrument; the offender outside
    ("violence-body", "聞き取り：下校中に背中を何度も蹴られた。", ["背中を何度も蹴られた"]),
    ("violence-instrument", "本児は「おじさんにハンガーでたたかれた」と話した。", ["ハンガーでたたかれた"]),
    ("violence-neg-class", "啓発資料：頭を殴られた場合はすぐ受診を。", []),
    ("violence-neg-repeated", "相談票：夫に髪を引っ張られたり、物を投げられたりしている。", []),
    # a condition opening the value of a label that names a person
    ("kin-label", "家族歴\n・父方祖母：大腸がん（60代）\n・兄：なし\n", ["大腸がん（60代）"]),
    ("kin-label-name", "- 次男 ゆうた くん（4歳）: 自閉スペクトラム症。音に敏感\n", ["自閉スペクトラム症"]),
    ("kin-label-neg-denied", "家族歴\n・母：糖尿病なし\n", []),
    # abuse suspected of a case, a disability pension with its grade
    ("abuse-suspected", "判断：心理的虐待・ネグレクトの疑い。\n", ["心理的虐待・ネグレクトの疑い"]),
    ("abuse-neg-what-to-do", "虐待の疑いがある場合は、ためらわず通告してください。", []),
    ("pension-grade", "収入：障害厚生年金3級を受給中", ["障害厚生年金3級を受給中"]),
    ("pension-neg-class", "障害基礎年金2級の方は申請不要です。", []),
    # a condition's predicate: を患われ; a type in Roman numerals; a move into care said plainly
    ("suffered-from", "訃報：長年会員だった梅田さんは、晩年に肺気腫を患われ、療養を続けていた。", ["肺気腫を患われ"]),
    ("roman-type", "手記：16歳でⅠ型糖尿病と診断された。", ["Ⅰ型糖尿病と診断された"]),
    ("care-home-plain", "電話メモ：「母は認知症で施設に入っております」", ["認知症で施設に入っております"]),
    # the condition that left an impairment is part of it
    ("impairment-cause", "申し送り：父は脳出血の後遺症で右手が不自由なので、書類は代筆。", ["脳出血の後遺症で右手が不自由"]),
    ("impairment-cause-left", "特記：義母は 脳梗塞で右半身に麻痺が残っており、段差に注意。", ["脳梗塞で右半身に麻痺が残っており"]),
    # an operation whose verb comes after a time
    ("operation-later", "休暇申請の理由：「白内障の手術を3月に受けるため」", ["白内障の手術"]),
    # no 要配慮 from a guideline's citation or a list of check items
    ("neg-guideline", "研修資料\n1．脂質異常症（動脈硬化性疾患予防ガイドラインに基づく治療目標）\n", []),
    ("neg-check-items", "健診項目：既往歴・業務歴、血圧、貧血、肝機能、血糖", []),
]


@pytest.mark.parametrize(("row_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_sensitive_round12(row_id: str, text: str, expected: list[str]) -> None:
    found = [text[f.start : f.end] for f in default_analyzer().analyze(text) if f.type.value == "SENSITIVE"]
    assert sorted(found) == sorted(expected), row_id


# The per-file flag on weak evidence needs a person named in the file: the one-letter labels of an anonymised case
# (A氏, Bさん) are none.
FLAG_ROWS: list[tuple[str, str, bool]] = [
    ("flag-neg-anonymised", "事例検討（個人が特定されないよう改変）\nA氏（70代、男性）。パーキンソン病、前立腺肥大。要介護1。\nB氏（長女）は同居。", False),
    ("flag-named", "ケース記録\n担当：村瀬 里美\n利用者 沖田 絹代 様\n義妹（同居）。パーキンソン病、前立腺肥大。\n", True),
]


@pytest.mark.parametrize(("row_id", "text", "flagged"), FLAG_ROWS, ids=[r[0] for r in FLAG_ROWS])
def test_sensitive_flag_round12(row_id: str, text: str, flagged: bool) -> None:
    found = default_analyzer().analyze(text)
    assert any(f.type is PiiType.SENSITIVE for f in found) is flagged, row_id
