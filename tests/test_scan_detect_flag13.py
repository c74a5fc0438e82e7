"""The per-file 要配慮 flag, round 13 (docs/scan-detector.md, "Round 13 — the per-file 要配慮 flag"): events that
tell a person's 病歴, 障害 or 犯罪 in other words (:mod:`hogo.scan.recognizers.sensitive_flag`). Positive and negative
files on new fictional text (no batch sentence copied). Each row: (id, text, flagged) — flagged when any SENSITIVE
finding is reported for the file. Hard negatives: laws, statistics, leaflets, advice, a class, an animal, IT outages.
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer
from hogo.scan.recognizers.sensitive_flag import flag_events
from hogo.scan.types import PiiType

FLAG_ROWS: list[tuple[str, str, bool]] = [
    # an operation told of a person: <part or condition>の手術 with an event after it
    ("surgery", "訪問メモ（担当 杉森）\n・父 滝沢 孝雄 様は 先月人工股関節の手術をされ、階段がつらいとのこと。", True),
    ("surgery-history", "申込書\n氏名 戸叶 美咲\n備考：胆のう摘出の手術歴あり", True),
    ("surgery-neg-leaflet", "ご案内（担当 杉森 亮）\n白内障の手術を受けられる方は、前日の夕食後から絶食してください。", False),
    ("surgery-neg-animal", "連絡帳（飼い主 滝沢 孝雄）\n愛犬ハルの手術をしたので、散歩は来週からです。", False),
    # a crime suffered or committed
    ("victim-report", "相談記録（担当 古賀 真一）\n9/2 相談者 宇野 里香 さんが中央署に被害届を提出。", True),
    ("crime-fine", "採用前確認（人事 古賀）\n応募者 宇野 健太：平成30年に暴行で罰金30万円（本人申告）。", True),
    ("crime-record", "面談記録（担当 大門）\n利用者 真崎 剛 さんは前科（詐欺）がある旨を自ら話した。", True),
    ("crime-neg-rule", "就業規則（人事部長 古賀 真一）\n第9条 これに違反した者は罰金10万円とする。", False),
    ("crime-neg-advice", "防犯だより（編集 大門 由紀）\n被害に遭ったときは、早めに被害届を提出してください。", False),
    ("crime-neg-club-rule", "部の決まり（主将 宇野 健太）\n遅刻1回につき罰金1万円とします。", False),
    ("crime-neg-denial", "採用前確認（人事 古賀）\n応募者 宇野 健太：前科なし。", False),
    # domestic violence and its protection
    ("dv-measure", "交付記録（係 矢吹）\n請求対象者 白石 優子 はDV等支援措置の対象者のため交付せず。", True),
    ("dv-flight", "面談記録（相談員 矢吹 聡）\n相談者 白石 優子 さんは夫からの暴力を受けて避難している。", True),
    ("dv-neg-rule", "事務要領（市民課 矢吹 聡）\nDV等支援措置の対象者に係る請求は、係長の決裁を要する。", False),
    ("dv-neg-stats", "年報（担当 矢吹 聡）\nDV相談件数 1,318件（前年比 +4.0%）。", False),
    # an aid that only a disability needs, used by a person
    ("aid-wheelchair", "収集受付\t北山 静江\t車いす使用・独居\t玄関前まで", True),
    ("aid-prosthesis", "送迎表（運転 大庭）\n8:10 上原 哲也 様　左脚に義足、乗降時に介助", True),
    ("aid-neg-venue", "会場案内（担当 大庭 浩）\n車いす使用者用の駐車スペースが3台分あります。", False),
    # a lifelong treatment received, said of a role (届出者が …)
    ("treatment-received", "届出書（受付 平井）\n届出者 大城 正 は透析治療を受けているため、作業は委託とする。", True),
    ("treatment-received-neg-advice", "案内（担当 平井 悟）\n透析治療を受けている方は、送迎サービスをご利用ください。", False),
    # an injury in a medical or accident record
    ("injury", "事故報告（担当 三好）\n相手方 戸田 修 様が翌日、腰椎捻挫（全治3週間）と診断された。", True),
    ("injury-neg-stats", "年報（編集 三好 亮）\nけがの内訳：すりきず 40、打撲 31、捻挫 12", False),
    ("injury-neg-denial", "事故報告（担当 三好）\n戸田 修 様：右膝を打撲なし、異常なし。", False),
    # a listed condition as a field's value with its clinical note
    ("field-note", "休職願\n氏名 岩城 拓海\n理由　パニック障害（主治医の診断書あり）", True),
    ("field-note-claim", "請求書\n被保険者：岩城 拓海 様\n請求事由：左乳がん（ステージI、術後化学療法中）", True),
    # a card used by someone else: the holder is a crime's victim
    ("card-fraud", "対応記録（担当 菅野）\n会員 三浦 早紀 様はカードを不正に使われたと申告。", True),
    ("card-fraud-neg-advice", "お知らせ（カード事業部 菅野 亮）\nカードを不正利用された場合は、すぐにご連絡ください。", False),
    # English: a listed condition in a file about a named person, not a class or a topic
    ("english", "Guest list\nName: Priya Raman\nNotes: Type 1 diabetes; carries insulin pens.", True),
    ("english-has", "From: Daniel Brooks\nMy father has a heart condition, so we need a ground-floor room.", True),
    ("english-neg-class", "From: Daniel Brooks\nPeople with type 2 diabetes should walk every day.", False),
    ("english-stroke", "From: Daniel Brooks\nMy mother had a stroke last winter and walks with a cane.", True),
    ("english-neg-stroke-of-luck", "From: Daniel Brooks\nWinning the contract was a stroke of luck for the team.", False),
    ("english-neg-bare-disease", "From: Daniel Brooks\nThe disease spread quickly among the cattle that year.", False),
    ("english-neg-insurance", "From: Daniel Brooks\nOur cancer insurance policy covers hospital stays.", False),
    # IT outages and system faults are no person's 障害
    ("neg-outage", "障害報告（運用 西尾 健）\nシステム障害により10:00から決済が停止した。復旧済み。", False),
]


@pytest.fixture(scope="module")
def analyzer():
    return default_analyzer()


@pytest.mark.parametrize(("row_id", "text", "flagged"), FLAG_ROWS, ids=[r[0] for r in FLAG_ROWS])
def test_flag_round13(analyzer, row_id: str, text: str, flagged: bool) -> None:
    found = analyzer.analyze(text)
    assert any(f.type is PiiType.SENSITIVE for f in found) is flagged, (row_id, [(f.type, text[f.start:f.end]) for f in found])


# spans drawn as the batches draw them: the condition or event to its predicate
SPAN_ROWS: list[tuple[str, str]] = [
    ("人工股関節の手術をされ", "人工股関節の手術"),
    ("胆嚢摘出の手術歴あり", "胆嚢摘出の手術歴あり"),
    ("相談者が被害届を提出した", "被害届を提出"),
    ("翌日、腰椎捻挫(全治3週間)と診断", "腰椎捻挫(全治3週間)と診断"),
    ("元夫からの DVから避難", "DVから避難"),
    ("My father has a heart condition, so", "has a heart condition"),
]


@pytest.mark.parametrize(("text", "span"), SPAN_ROWS)
def test_flag_round13_spans(text: str, span: str) -> None:
    assert span in [text[s:e] for s, e in flag_events(text, ())]


# no evidence from the round-13 rules themselves (the file may be flagged by another rule: a leaflet's labelled
# 対象疾病：がん（…） is read by the written field rule of sensitive.py when the file names an agent)
EVENT_NEG_ROWS: list[str] = [
    "対象疾病:がん(上皮内がんを含む、診断確定時)",
    "当院では白内障の手術を行っています。",
    "違反した者は罰金10万円とする。",
    "カードの不正利用のおそれがあります。",
    "People with type 2 diabetes should walk every day.",
    "システム障害の復旧手順",
]


@pytest.mark.parametrize("text", EVENT_NEG_ROWS)
def test_flag_round13_no_event(text: str) -> None:
    from hogo.scan.recognizers.sensitive import listed_conditions

    assert list(flag_events(text, listed_conditions(text))) == []
