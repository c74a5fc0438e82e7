"""SENSITIVE mechanisms of round 8 (docs/scan-detector.md, "Round 8 — 要配慮 lexicon and the per-file flag"): a broad
condition lexicon (Japanese and English), aids and devices as a person's use, more personal predicates, more
morphological heads, and precision rules for questions and lists of disease names. Positive and negative rows on
new fictional text that is in no corpus file.

Each row: (id, text, expected) where expected lists every SENSITIVE finding as its exact substring.
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer
from hogo.scan.recognizers.sensitive import AIDS, CONDITIONS, CONDITIONS_EN

S = "SENSITIVE"
ROWS: list[tuple[str, str, list[str]]] = [
    # the lexicon: new conditions of each category with a predicate about a person …
    ("lex-endocrine", "問診メモ：甲状腺機能低下症で通院中。", ["甲状腺機能低下症で通院中"]),
    ("lex-circulatory", "連絡帳：祖父は心房細動で入院した。", ["心房細動で入院した"]),
    ("lex-nerves", "記録：父がくも膜下出血で倒れました。", ["くも膜下出血で倒れました"]),
    ("lex-joints", "施術票：腰椎すべり症の診断あり、強い前屈は避ける。", ["腰椎すべり症の診断あり"]),
    ("lex-mental-kana", "日誌：妹はうつで休職中とのこと。", ["うつで休職中"]),
    ("lex-allergy", "特記：金属アレルギーの診断あり", ["金属アレルギーの診断あり"]),
    ("lex-infection", "本人申告：B型肝炎のキャリアです。", ["B型肝炎のキャリアです"]),
    ("lex-intractable", "面談：兄は重症筋無力症と診断されました。", ["重症筋無力症と診断されました"]),
    # … and not in general text about the condition
    ("lex-neg-article", "痛風の予防には水分をとることが大切です。", []),
    ("lex-neg-class", "心房細動で通院している人は全国に多い。", []),
    ("lex-neg-question", "告知書：過去5年以内に胃潰瘍で入院したことがありますか。", []),
    ("lex-neg-examples", "病名例：痛風、脂肪肝、逆流性食道炎", []),
    ("lex-neg-class-passive", "うつ病と診断される人が増えている。", []),
    ("lex-neg-occasion", "がんで入院した際の費用の目安をまとめました。", []),
    # a drug's side effect and a general conditional are no one's condition; reported speech still is
    ("neg-side-effect", "重大な副作用として肝機能障害があります。", []),
    ("neg-conditional", "子宮内膜症があると不妊の原因になることがある。", []),
    ("reported-speech", "面談：川村さんは子宮内膜症があると話した。", ["子宮内膜症がある"]),
    # aids and devices, as the person's use (with notes and coordination) …
    ("aid-coordinated", "送迎票：車いす・酸素ボンベ使用　帰りは17時", ["車いす・酸素ボンベ使用"]),
    ("aid-note", "名簿：田中 一 81歳 人工肛門（ストーマ）を装着", ["人工肛門（ストーマ）を装着"]),
    ("aid-honorific", "席次メモ：高橋様は車椅子をご利用のため入口側に", ["車椅子をご利用"]),
    ("aid-plain", "様子：白杖を使っている。", ["白杖を使っている"]),
    # … not what a shop or a facility offers
    ("aid-neg-rental", "車いすの貸し出しを行っています。", []),
    ("aid-neg-notice", "車いす・ベビーカーをご利用のお客様はエレベーターへ。", []),
    ("aid-neg-who", "車いすを使用する方は事前にお知らせください。", []),
    # predicates: a diagnosis given or learnt, death, care, medication by 剤 and in kana, a frequency
    ("pred-diagnosis-given", "ママ友LINE：山田さんの上の子、発達障害の診断が出たって。", ["発達障害の診断が出た"]),
    ("pred-learnt", "追悼文：胃がんと分かってからも彼は明るかった。", ["胃がんと分かってから"]),
    ("pred-learnt-neg", "がんと分かったらまず主治医に相談しましょう。", []),
    ("pred-death", "請求理由：被保険者 肝臓がんにより死亡", ["肝臓がんにより死亡"]),
    ("pred-death-neg", "統計：肝臓がんにより死亡する人の割合は減っている。", []),
    ("pred-care", "噂：先生、アルツハイマー病で施設に入られたって。", ["アルツハイマー病で施設に入られた"]),
    ("pred-care-neg", "認知症で施設に入所した場合の費用を試算する。", []),
    ("pred-drug-class", "健康チェック：高血圧で降圧剤を服用", ["高血圧で降圧剤を服用"]),
    ("pred-kana", "こどものメモ：ぜんそくのくすりをのんでいます", ["ぜんそくのくすりをのんでいます"]),
    ("pred-kana-neg", "ぜんそくのくすりをのんでいる子どもは申し出てください。", []),
    ("pred-adverb", "父は高血圧の薬を毎日飲んでいます。", ["高血圧の薬を毎日飲んでいます"]),
    ("pred-frequency", "聞き取り：奥さんは透析を週3回受けている。", ["透析を週3回受けている"]),
    ("pred-frequency-neg", "当院では人工透析を行っています。", []),
    ("pred-suffering", "相談票：過敏性腸症候群に悩んでいます。", ["過敏性腸症候群に悩んでいます"]),
    ("pred-checkup", "産業医面談：健診で高血圧で要治療と判定された。", ["高血圧で要治療と判定された"]),
    ("pred-treatment", "近況：姉は不妊治療を受けている。", ["不妊治療を受けている"]),
    ("pred-history", "既往歴：摂食障害（過食症）で治療歴あり", ["摂食障害（過食症）で治療歴あり"]),
    ("pred-department-note", "家計簿 3/2 夫の心療内科（不眠症）通院 1,200円", ["心療内科（不眠症）通院"]),
    ("pred-department-note-neg", "心療内科（初診）受付は午前のみ。", []),
    ("pred-treatment-note", "配車票：行先 中央病院（人工透析）", ["人工透析"]),
    ("pred-sequela-note", "見守り名簿：山本 ハル 90歳 寝たきり（脳梗塞の後遺症）", ["寝たきり（脳梗塞の後遺症）"]),
    ("pred-sequela-neg", "脳梗塞の後遺症に対するリハビリテーションの案内。", []),
    ("pred-subject-nandesu", "チャット：私、実は双極性障害なんです。", ["双極性障害なんです"]),
    # morphological heads of round 8: an unlisted syndrome, aneurysm, stone with a personal predicate
    ("morph-syndrome", "連絡：姉はマルファン症候群と診断された。", ["マルファン症候群と診断された"]),
    ("morph-aneurysm", "記録：父は腹部大動脈瘤の手術を受けた。", ["腹部大動脈瘤の手術を受けた"]),
    ("morph-stone", "欠勤連絡：夫は尿管結石で入院した。", ["尿管結石で入院した"]),
    ("morph-neg-bare", "アレルギーと診断された場合は連絡をください。", []),
    ("morph-neg-class", "マルファン症候群と診断された人の割合", []),
    # English: the lexicon in fields and with predicates
    ("en-field", "Medical history: multiple sclerosis, diagnosed 2018", ["multiple sclerosis, diagnosed 2018"]),
    ("en-field-two", "PMH: hypertension, atrial fibrillation", ["hypertension", "atrial fibrillation"]),
    ("en-diagnosed", "She was diagnosed with ulcerative colitis in 2020.", ["She was diagnosed with ulcerative colitis in 2020"]),
    ("en-has", "My father has Parkinson's disease.", ["has Parkinson's disease"]),
    ("en-living", "He has been living with HIV since 2012.", ["has been living with HIV"]),
    ("en-dialysis", "He is on dialysis three times a week.", ["on dialysis"]),
    ("en-drug", "She takes insulin for her diabetes.", ["takes insulin for her diabetes"]),
    ("en-relative-state", "My son is autistic.", ["autistic"]),
    ("en-neg-article", "This leaflet explains how multiple sclerosis is treated.", []),
    ("en-neg-general", "Patients with diabetes should check their feet daily.", []),
    ("en-neg-aids", "He has aids for reading and a new desk.", []),
    # other languages of residents and pupils: Chinese 病史/患有, Portuguese and Spanish tem/tiene
    ("zh-history", "备注：李 有肺结核病史，需复查。", ["有肺结核病史"]),
    ("zh-suffers", "说明：本人患有糖尿病，需要注意饮食。", ["患有糖尿病"]),
    ("zh-neg", "病史采集的基本方法", []),
    ("pt-has", "Recado: a Júlia tem asma e usa bombinha.", ["tem asma"]),
    ("es-diagnosed", "Nota: Pedro fue diagnosticado con epilepsia.", ["diagnosticado con epilepsia"]),
    ("pt-neg", "A diabetes tipo 2 é comum no Brasil.", []),
    # an operation asked after in a chat, not an operation's statistics
    ("chat-operation", "グループ：お母さんの乳がんの手術どうだった？", ["乳がんの手術"]),
    ("chat-operation-neg", "乳がんの手術は成功率が高い。", []),
]


@pytest.mark.parametrize(("row_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_sensitive_round8(row_id: str, text: str, expected: list[str]) -> None:
    found = [text[f.start : f.end] for f in default_analyzer().analyze(text) if f.type.value == S]
    assert sorted(found) == sorted(expected), row_id


def test_lexicon_files_are_clean_and_broad() -> None:
    for names in (CONDITIONS, CONDITIONS_EN, AIDS):
        assert len(names) == len(set(names)), "duplicate entries"
        assert all(n and n == n.strip() for n in names)
    assert len(CONDITIONS) >= 300 and len(CONDITIONS_EN) >= 150
    # an aid is not a condition: a facility has one too (車いすがあります is no one's record)
    assert not set(AIDS) & set(CONDITIONS)


def test_every_listed_condition_is_found_with_a_predicate_and_not_in_an_article() -> None:
    analyzer = default_analyzer()
    missed, false = [], []
    for name in CONDITIONS:
        text = f"面談記録：母は{name}で通院中です。"
        found = [text[f.start : f.end] for f in analyzer.analyze(text) if f.type.value == S]
        if not any(name in s for s in found):
            missed.append(name)
        article = f"{name}の予防と早期発見について解説します。"
        if analyzer.analyze(article):
            false.append(name)
    assert missed == [] and false == []


def test_every_english_condition_is_found_in_a_field_and_not_in_an_article() -> None:
    analyzer = default_analyzer()
    missed, false = [], []
    for name in CONDITIONS_EN:
        for text in (f"Medical history: {name}", f"Note: my father was diagnosed with {name} last year."):
            found = [text[f.start : f.end] for f in analyzer.analyze(text) if f.type.value == S]
            if not any(name in s for s in found):
                missed.append(text)
        article = f"This leaflet explains how {name} is treated and how to prevent it."
        if analyzer.analyze(article):
            false.append(name)
    assert missed == [] and false == []
