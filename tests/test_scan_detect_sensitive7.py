"""SENSITIVE mechanisms of generalisation round 7 (docs/scan-detector.md, row `sensitive`, "Round 7"): span
boundaries as the blind batches draw them, and the recall and precision rules of the round. One positive and one
negative row per mechanism, on new fictional text that is in no corpus file.

Each row: (id, text, expected) where expected lists (type, exact substring) for every finding — no more, no fewer.
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer

S = "SENSITIVE"
ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # a continuative phrase goes on over the next clause when it tells of the treatment, course or practice …
    ("cont-treatment", "面談メモ：春にてんかんと診断され、バルプロ酸を服用している。",
     [(S, "てんかんと診断され、バルプロ酸を服用している")]),
    ("cont-sentence", "経歴：窃盗罪で懲役1年8月、昨年11月に満期出所。", [(S, "窃盗罪で懲役1年8月、昨年11月に満期出所")]),
    ("cont-faith", "・ハサンさんはイスラム教徒で、断食月には日中の食事をとらない。", [(S, "イスラム教徒")]),
    ("cont-faith-practice", "・ハサンさんはイスラム教徒で、金曜の昼に礼拝を行っている。",
     [(S, "イスラム教徒で、金曜の昼に礼拝を行っている")]),
    ("cont-suffered", "相談：駅で待ち伏せされ、毎晩無言電話をかけられている。", [(S, "待ち伏せされ、毎晩無言電話をかけられている")]),
    ("cont-suffered-neg", "相談：駅で待ち伏せされ、怖くなって帰った。", [(S, "待ち伏せされ")]),
    # … not when it is what others should do, a need or a tendency
    ("cont-neg-request", "備考：難聴があり、窓口では筆談をお願いします。", [(S, "難聴があり")]),
    ("cont-neg-need", "配慮事項：人工透析を受けており、午後は休憩室の利用が必要。", [(S, "人工透析を受けており")]),
    ("cont-neg-causal", "私はムスリムなので、礼拝の時間を少しいただけると助かります。", [(S, "ムスリムなので")]),
    # a time word that bounds or repeats the event, opening the statement, is inside; a date of it is outside
    ("time-extent", "本人の話：以前にも傷害で罰金刑を受けた。", [(S, "以前にも傷害で罰金刑を受けた")]),
    ("same-offence", "本人の話：前にも同じことで罰金刑を受けた。", [(S, "前にも同じことで罰金刑を受けた")]),
    ("same-offence-neg", "同じことで悩む人は多い。", []),
    ("time-until", "先月まで肺炎で入院していた叔母が退院した。", [(S, "先月まで肺炎で入院していた")]),
    ("time-date-neg", "叔父は一昨年に脳梗塞と診断された。", [(S, "脳梗塞と診断された")]),
    # a date opening a field value is part of the value
    ("value-date", "祈りの課題：12月3日に大腸がんの手術を受けられます。", [(S, "12月3日に大腸がんの手術を受けられます")]),
    ("value-date-neg", "議事：12月3日に役員会を開きます。", []),
    # a doctor as the agent of the passive
    ("doctor-agent", "内容：主治医にパーキンソン病と言われた。", [(S, "主治医にパーキンソン病と言われた")]),
    # hypotheticals: a condition of an insurance term is no one's record
    ("hypothetical-neg", "責任開始日から90日以内に乳がんと診断確定された場合は支払いません。", []),
    ("hypothetical-when-neg", "糖尿病で通院中のときは事前に申し出てください。", []),
    # … and a phrase describing a class of people or cases (relative clauses of notices, statistics, law text)
    ("class-staff-neg", "統計：適応障害で休職した職員は前年より増えた。", []),
    ("class-law-neg", "第3条 前科がある者は、会員になることができない。", []),
    ("class-patients-neg", "慢性腎臓病の薬を服用中の方は申し出てください。", []),
    ("class-in-progress-neg", "乾癬の点滴治療中の患者さんは感染に注意が必要です。", []),
    ("class-drug-neg", "狭心症でニトログリセリンを服用中の方へのお知らせ。", []),
    ("notice-honorific-neg", "胃がんの手術を受けられる方へのご案内。", []),
    ("notice-baptism-neg", "洗礼を受けられる方は牧師までご連絡ください。", []),
    ("certificate-range-neg", "対象：療育手帳A1からB2の方", []),
    # anonymised parties: a judgment about 被告人A identifies no one
    ("anonymised-neg", "被告人Aは窃盗を繰り返した。被告人には同種前科3犯がある。", []),
    ("anonymised-named", "申立書：依頼人には前科1犯がある。", [(S, "前科1犯がある")]),
    # predicates: a finished attack, an honorific operation, the drug for it, leave, a katakana drug, a department
    ("attack-finished", "連絡：娘はてんかんの発作が起きたので早退します。", [(S, "てんかんの発作が起きた")]),
    ("attack-continuing", "連絡：娘はてんかんの発作が起きて病院へ行きました。", [(S, "てんかんの発作")]),
    ("drug-for-it", "落とし物：薬袋（抗うつ薬）1点。", [(S, "抗うつ薬")]),
    ("drug-for-it-neg", "抗うつ薬の副作用についての講演会を開きます。", []),
    ("leave-plain", "「うつ病の治療で1年休んでいた」と申告があった。", [(S, "うつ病の治療で1年休んでいた")]),
    ("leave-plain-neg", "台風で3日間休んでいた店が再開した。", []),
    ("katakana-drug", "メモ：狭心症でニトログリセリンを服用中。", [(S, "狭心症でニトログリセリンを服用中")]),
    ("department", "相談：姉はパニック障害で心療内科に通院中。", [(S, "パニック障害で心療内科に通院中")]),
    ("done-colloquial", "通報：昨年心筋梗塞をやって、毎朝薬を飲んでいるそうだ。", [(S, "心筋梗塞をやって、毎朝薬を飲んでいる")]),
    ("done-colloquial-neg", "がんをやった人のための相談会。", []),
    ("visits-and-medication", "現状：週1回の通院と服薬を続けている。", [(S, "週1回の通院と服薬を続けている")]),
    ("visits-and-medication-neg", "通院と服薬を続けている人の割合は6割だった。", []),
    ("diagnosis-ari", "要望：自閉スペクトラム症の診断があり、個室を希望。", [(S, "自閉スペクトラム症の診断があり")]),
    ("treatment-kind", "予約：関節リウマチの点滴治療中のため火曜は不可。", [(S, "関節リウマチの点滴治療中")]),
    # crimes: arrest in the act, a fine for a named offence, an ordinance offence with 容疑
    ("arrest-in-act", "報告：客の男性が窃盗の疑いで現行犯逮捕された。", [(S, "窃盗の疑いで現行犯逮捕された")]),
    ("fine-offence", "記録：無免許運転で罰金刑を受けた。", [(S, "無免許運転で罰金刑を受けた")]),
    ("fine-neg", "罰金刑を受けた者は5年間登録できない。", []),
    ("ordinance", "経緯：社員が迷惑防止条例違反の容疑で逮捕された。", [(S, "迷惑防止条例違反の容疑で逮捕された")]),
    ("protection-order", "備考：元夫からのDV被害で保護命令を受けている。", [(S, "元夫からのDV被害で保護命令を受けている")]),
    # faith: a devout believer, a reason in a table cell, worship attended, baptism in an honorific
    ("devout", "田中部長は敬虔なカトリック信者で日曜は出社しない。", [(S, "敬虔なカトリック信者")]),
    ("faith-cell", "| 2 | ムスリムのためハラール食 |", [(S, "ムスリムのためハラール食")]),
    ("devout-neg", "敬虔なクリスチャンが多い町として知られる。", []),
    ("faith-reason-neg", "ムスリムのための礼拝室を2階に設けました。", []),
    ("worship", "毎週金曜はモスクでの礼拝に参加されるそうです。", [(S, "モスクでの礼拝に参加される")]),
    ("worship-neg", "モスクでの礼拝に参加する方は受付へ。", []),
    ("baptism", "ご長女が春に洗礼を受けられます。", [(S, "洗礼を受けられます")]),
    # origin: an ethnic group as a note on a person
    ("ethnic", "相談者：アブドゥルさん（ウイグル民族、単身）", [(S, "ウイグル民族")]),
    ("ethnic-neg", "少数民族の言語を学ぶ講座です。", []),
    ("ethnic-news-neg", "カレン民族、数千人が国境を越えた。", []),
    ("ethnic-topic-neg", "アイヌ民族の歴史を学ぶ。", []),
    # disability: a 障害者控除 class as a CSV cell, an impairment of a body part that remains, dialysis appointments
    ("tax-class-cell", "1021,扶養親族,特別障害者\n", [(S, "特別障害者")]),
    ("tax-class-neg", "特別障害者控除の額は40万円です。", []),
    ("impairment", "同人は昨年の落馬事故で左手に麻痺が残った。", [(S, "落馬事故で左手に麻痺が残った")]),
    ("impairment-neg", "手術で左手に麻痺が残る場合があります。", []),
    ("dialysis-day", "祖父の透析の日と重なるので欠席します。", [(S, "透析の日")]),
    ("dialysis-neg", "透析の日は水分を控えましょう。", []),
    ("sequela-device", "特記：義母は脳梗塞の後遺症で車いすを使用。", [(S, "脳梗塞の後遺症で車いすを使用")]),
    # fields: a note with a treatment in progress stays, even dated; an instruction to the reader does not
    ("note-treatment", "既往歴：関節リウマチ（平成28年〜、内服中）", [(S, "関節リウマチ（平成28年〜、内服中）")]),
    ("note-instruction", "持病：てんかん（発作時は救急車を）", [(S, "てんかん")]),
    ("json-chronic", '{"chronic": "喘息（吸入薬使用）"}', [(S, "喘息（吸入薬使用）")]),
    # English: a leave after a diagnosis, a stay for an operation
    ("en-following", "She was on leave following a diagnosis of lung cancer.", [(S, "following a diagnosis of lung cancer")]),
    ("en-in-hospital", "Ken is in hospital for surgery on a brain tumour.", [(S, "in hospital for surgery on a brain tumour")]),
    ("en-field-drug", "PMH: chronic kidney disease, on furosemide.", [(S, "chronic kidney disease, on furosemide")]),
    ("en-neg", "The guide explains what happens in hospital for most visitors.", []),
]


@pytest.mark.parametrize(("row_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_sensitive_round7(row_id: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(f.type.value, text[f.start : f.end]) for f in default_analyzer().analyze(text) if f.type.value == S]
    assert sorted(found) == sorted(expected), row_id
