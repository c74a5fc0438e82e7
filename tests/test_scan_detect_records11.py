"""SENSITIVE in written records, round 11 (docs/scan-detector.md, "Round 11 — SENSITIVE in written records";
`recognizers/sensitive_records.py`): positive and negative rows per mechanism, on new fictional text that is in no
corpus file (no batch sentence copied).

Each row: (id, text, expected) where expected lists the exact SENSITIVE substrings found — no more, no fewer.
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer

ROWS: list[tuple[str, str, list[str]]] = [
    # boundaries the batches agree on: a past progressive keeps its verb, not before が
    ("past-visit", "面談記録：姉は以前パニック障害で通院していた。", ["パニック障害で通院していた"]),
    ("past-leave", "申立書：申立人は適応障害で休職していたことを上司に話した。", ["適応障害で休職していた"]),
    ("past-care-home", "・祖父は晩年、認知症で施設に入所していたと聞いた。", ["認知症で施設に入所していた"]),
    ("past-neg-but", "経過：うつ病で休職していたが、4月に復職。", ["うつ病で休職"]),
    # … the offence before 前科/前歴 and あり after …歴
    ("offence-record", "ケース記録：同居の兄に詐欺の前科あり（平成25年）。", ["詐欺の前科あり"]),
    ("offence-okurigana", "採用メモ：本人申告で万引きの前歴がある。", ["万引きの前歴がある"]),
    ("arrest-history", "照会結果：交際相手は恐喝で逮捕歴あり。", ["恐喝で逮捕歴あり"]),
    ("offence-neg-class", "窃盗の前科がある者は応募できません。", []),
    # … a care level before the condition it comes from
    ("care-level-comma", "・義母（同居）：要介護2、パーキンソン病。デイ週2回", ["要介護2、パーキンソン病"]),
    ("care-level-de", "ケアマネより「要介護1で認知症があり、火の始末が心配」", ["要介護1で認知症があり"]),
    ("care-level-neg-alone", "区分変更：要介護3、更新は来年3月", []),
    # … a stopped treatment is the word 中断; a class of people stopping it is nobody's
    ("stopped-treatment", "産業医面談票｜高尿酸血症で治療中断｜再受診を指示", ["高尿酸血症で治療中断"]),
    ("stopped-neg-class", "重点課題：糖尿病の治療中断者への受診勧奨を強める。", []),
    # a visit closing its clause, with coordinated conditions before it
    ("visit-closing", "支援記録：ギャンブル依存症で通院、家計管理は長女。", ["ギャンブル依存症で通院"]),
    ("visit-coordinated", "診断 注意欠如・多動症、不安障害で月2回通院\n手帳なし", ["注意欠如・多動症、不安障害で月2回通院"]),
    ("visit-neg-class", "アトピー性皮膚炎で通院中の方は申し出てください。", []),
    # a move into care
    ("care-admission", "転出理由：妻が脳出血で施設入所、本人は単身", ["脳出血で施設入所"]),
    ("care-admission-neg-class", "認知症で施設入所の方の郵便物は施設あてに送ります。", []),
    # a leave of a length in words
    ("leave-in-words", "面接記録：前職では統合失調症で数か月休職したとのこと。", ["統合失調症で数か月休職"]),
    ("leave-in-words-neg", "がん治療で半年休職した場合の給与規程", []),
    # the cause of a death in a record
    ("death-cause-label", "故人\u3000田ノ浦 章\n死亡の原因\u3000大腸がん（死亡診断書による）\n", ["大腸がん"]),
    ("death-cause-colon", "死因（遺族申告）：急性心筋梗塞\n喪主：長男", ["急性心筋梗塞"]),
    ("death-cause-neg-private", "死因は遺族の意向で伏せる。", []),
    ("death-cause-neg-statistic", "死因別の割合：肺がん 22.1%", []),
    # a leave or a stay with only its condition in the bracket
    ("stay-note", "送迎は休止（利用者が入院（心不全・腎不全）のため）", ["入院（心不全・腎不全）"]),
    ("leave-note", "研修,未受講,病気休職中（乳がん治療）のため免除", ["病気休職中（乳がん治療）"]),
    ("stay-note-neg-product", "特約の入院（がん治療）給付金は日額1万円です。", []),
    ("stay-note-neg-cost", "入院（がん治療）の費用は高額療養費の対象です。", []),
    ("stay-note-neg-organ", "兄が入院中（腎臓）の間は連絡が取りにくい。", []),
    ("stay-note-neg-clause", "休学中（胃潰瘍の治療のため入院中）", ["胃潰瘍の治療のため入院"]),
    # a checklist marked with a circle in brackets
    ("circle-before", "［該当に○］\n（　）心臓病　　（○）腰痛・坐骨神経痛　（　）高血圧\n", ["腰痛・坐骨神経痛"]),
    ("circle-after", "既往歴（○をつける）\n　ぜんそく（　）　てんかん（○）　心臓病（　）\n", ["てんかん"]),
    ("circle-neg-empty", "（　）心臓病　　（　）高血圧　　（○）特になし\n", []),
    # a believer of a named faith, with a denomination in brackets
    ("believer-mixed-script", "父はギリシャ正教の信徒で、復活祭には休暇を取る。", ["ギリシャ正教の信徒"]),
    ("believer-temple", "（生前：真言宗の檀信徒として寺の役員）", ["真言宗の檀信徒"]),
    ("believer-denomination", "・クリスチャン（カトリック）のため、日曜は不可", ["クリスチャン（カトリック）"]),
    ("believer-neg-count", "日蓮宗の檀信徒数は寺報で報告します。", []),
    ("believer-neg-class", "浄土宗の信徒の方は本堂へお進みください。", []),
    # a disability certificate with its kind and grade in its bracket
    ("certificate-kind", "面談メモ：今年から障害者手帳（精神3級）を取ったそうです。", ["障害者手帳（精神3級）"]),
    ("certificate-kind-holding", "補足：身体障害者手帳（視覚・2級）をお持ちです。", ["身体障害者手帳（視覚・2級）をお持ち"]),
    ("certificate-neg-class", "身体障害者手帳（1級）の方は駐車料金が無料です。", []),
    # an aid listed after its condition
    ("aid-after", "利用者\t送迎メモ\n浅海 透\t脊髄損傷、車いす使用。介助1名\n", ["脊髄損傷、車いす使用"]),
    ("aid-after-neg-therapy", "主病名: 間質性肺炎、在宅酸素療法中", ["間質性肺炎"]),
    # a traffic offence written with okurigana and its sanction
    ("traffic-fine", "人事記録によれば2021年に飲酒運転で罰金刑を受けた。", ["飲酒運転で罰金刑を受けた"]),
    ("traffic-arrest", "電話連絡：本人が酒酔い運転の疑いで北浜警察署に逮捕された。", ["酒酔い運転の疑いで北浜警察署に逮捕された"]),
    ("traffic-neg-rule", "酒気帯び運転で逮捕された場合は懲戒解雇とする。", []),
    # a crime suffered as a noun closing its sentence, or reported to the police
    ("crime-noun", "相談票：職場の先輩から盗撮の被害。証拠の画像あり。", ["盗撮の被害"]),
    ("crime-police", "対応記録：交際相手からの暴行で警察に相談済み。", ["暴行で警察に相談済み"]),
    ("crime-neg-news", "特殊詐欺の被害が市内で増えています。", []),
    ("crime-neg-heading", "■特殊詐欺の被害\n手口と相談窓口をまとめました。", []),
    ("crime-neg-disaster", "台風の被害。屋根の修理を依頼。", []),
    ("crime-neg-count", "ストーカー被害で警察に相談した件数は前年より増加", []),
    # the lexicon of written records
    ("lexicon-school", "保健調査票：起立性調節障害の診断あり。朝の登校に配慮", ["起立性調節障害の診断あり"]),
    ("lexicon-care", "看護記録：仙骨部の褥瘡の既往あり。体位変換2時間毎", ["褥瘡の既往あり"]),
    ("lexicon-neg-statistic", "死因の上位は誤嚥性肺炎、心疾患、脳血管疾患である。", []),
    # a sequela keeps its condition; がん/うつ going on as another word are no condition
    ("sequela", '12,op_nagai,"脳出血の後遺症で外出困難、書類は郵送で"', ["脳出血の後遺症で外出困難"]),
    # a court sentence for a named offence; a stay or a leave read as a history keeps 歴あり
    ("sentence-suspended", "照会結果によれば2016年に横領で執行猶予付きの判決。", ["横領で執行猶予付きの判決"]),
    ("sentence-guilty-past", "本人から「以前、暴行事件で有罪判決を受けた」と申告", ["暴行事件で有罪判決を受けた"]),
    ("sentence-neg-rule", "刑事事件で有罪の判決を受けたときは解雇する。", []),
    ("history-stay", "健康：統合失調症で入院歴あり（平成28年）", ["統合失調症で入院歴あり"]),
    ("history-neg-class", "うつ病で休職歴がある者は面談を行う。", []),
    # a disability certificate after the condition it was issued for is one phrase
    ("certificate-after-condition", "障害の状況：脳性まひ、療育手帳A\n担当：", ["脳性まひ、療育手帳A"]),
    ("certificate-after-note", "備考,'脳出血後遺症（左片麻痺）、身体障害者手帳3級'", ["脳出血後遺症（左片麻痺）、身体障害者手帳3級"]),
    ("certificate-neg-list", "持ち物：保険証、療育手帳、印鑑", []),
    # a condition in the bracket of the word it explains belongs with that word
    ("bracket-treatment", "氏名\t電話\t備考\n杉山 奈々\t0466-21-0000\t在宅酸素療法（間質性肺炎）、停電時は連絡\n", ["在宅酸素療法（間質性肺炎）"]),
    ("bracket-drug", "氏名,備考\n堀 一郎,抗血小板薬（脳梗塞）内服中→抜歯は要相談\n", ["抗血小板薬（脳梗塞）内服中"]),
    ("bracket-tax", "氏名\t扶養控除等\n柴 朋美\t障害者控除（療育手帳B1）\n", ["障害者控除（療育手帳B1）"]),
    ("bracket-neg-leave-reason", "氏名,備考\n森 一,休職理由（パニック障害）\n", ["パニック障害"]),
    # a mental-health department where the diagnosis was given is part of it; another department is not
    ("department-mental", "経緯：春から眠れず、心療内科で全般性不安障害と診断、休職中。", ["心療内科で全般性不安障害と診断"]),
    ("department-neg-other", "経緯：転倒し、整形外科で腰椎圧迫骨折と診断された。", ["腰椎圧迫骨折と診断された"]),
    # a collapse or a stay and the impairment it left are one phrase
    ("stroke-left", "相談内容：兄がくも膜下出血で倒れ、左半身にまひが残り、退職した。", ["くも膜下出血で倒れ、左半身にまひが残り"]),
    ("stroke-stay-left", "本人は脳梗塞で入院、言葉に軽い障害が残る。", ["脳梗塞で入院、言葉に軽い障害が残る"]),
    ("stroke-neg-recovered", "父は脳梗塞で倒れ、いまは元気に働いている。", ["脳梗塞で倒れ"]),
    # a pet's record: a condition standing alone as a field value is the animal's; the owner's stated one stays
    ("pet-neg-field", "犬種：柴犬\n飼い主：宮代 聡\n診断：外耳炎。点耳薬を処方。\n", []),
    ("pet-owner-predicate", "飼い主メモ：ご本人は聴覚障害があり、説明は筆談で。\n診断：皮膚炎\n", ["聴覚障害があり"]),
    # weak legs or a bad back said alone are too vague; a bad heart with its device is not
    ("vague-neg-legs", "メモ：祖母は足が悪いので一階の部屋を希望", []),
    ("vague-neg-back", "配達\t腰が悪く重い荷物NG\n", []),
    ("vague-pos-heart", "申し送り：心臓が悪く（ペースメーカー）、入浴は短め", ["心臓が悪く（ペースメーカー）"]),
    ("kana-neg-word", "応援コメント,がんばって！,うつくしい景色でした", []),
]


@pytest.mark.parametrize(("row_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_sensitive_records11(row_id: str, text: str, expected: list[str]) -> None:
    found = [text[f.start : f.end] for f in default_analyzer().analyze(text) if f.type.value == "SENSITIVE"]
    assert sorted(found) == sorted(expected), row_id
