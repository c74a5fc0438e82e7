"""The per-file 要配慮 flag on weak evidence, round 12 (docs/scan-detector.md, "Round 12 — the per-file 要配慮 flag"):
whether a file holds 要配慮個人情報 at all. Positive and negative files on new fictional text (no batch sentence
copied). Each row: (id, text, flagged) — flagged when any SENSITIVE finding is reported for the file.
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer
from hogo.scan.types import PiiType

FLAG_ROWS: list[tuple[str, str, bool]] = [
    # a condition's longer name (a modifier or a compound before the listed word) standing in a person's record
    ("longer-name", "面談記録\n利用者：渡会 良平 様\n主治医意見書（早発性アルツハイマー型認知症）の写しを受領。", True),
    ("longer-name-neg-topic", "市民講座のお知らせ\n講師：渡会 良平\nテーマ：早発性アルツハイマー型認知症について", False),
    # により after a condition on a person's line
    ("by-reason", "調査票\n本人の状況：ベーチェット病により視力が落ちている（担当 柳井 千晴）", True),
    ("by-reason-neg-class", "ベーチェット病により視力が落ちることがあります。定期的な眼科受診をおすすめします。", False),
    # a condition filling a field of a record (a CSV cell, a quoted JSON value, an HL7 component) of a named person
    ("field-csv", "番号,氏名,カナ,傷病\n1,仁科 早苗,ニシナ サナエ,気管支喘息（幼児期より）\n2,仁科 隆,ニシナ タカシ,\n", True),
    ("field-json-birth", '{"patient": {"birthDate": "1982-10-04", "gender": "female"},\n "condition": {"text": "関節リウマチ"}}', True),
    ("field-hl7-birth", "PID|1||55012^^^CL||^^^^^^L||19770214|M\nDG1|1||E11.9^2型糖尿病^ICD10|||F\n", True),
    ("field-neg-no-person", "分類コード,名称\nE11,2型糖尿病\nI10,本態性高血圧\n", False),
    ("field-neg-product", "商品名,対象,価格\n安心プラン,医療・がん,2800\n", False),
    # a birth date names a person only when it passes the threshold: a code list's dates do not
    ("field-neg-code-list", "改定日,項目\n2024-04-01,\"関節リウマチ\"\n", False),
    # the 障害者控除 of a tax form with its class or certificate in brackets
    ("deduction-class", "扶養控除等申告書\n氏名　真壁 颯太\n障害者控除（特別障害者・身体1級）", True),
    ("deduction-neg-rule", "障害者控除の対象となる人の範囲については国税庁のページをご覧ください。", False),
    # a condition with its treatment event after の, in a file about a person
    ("treatment-event", "融資相談メモ（担当 久米）\n相談者 羽鳥 俊介。資金の使い道「パニック障害の通院と生活費」", True),
    ("treatment-event-neg-method", "講演録（久米 早苗）\nパニック障害の治療法は近年大きく進歩しました。", False),
    # an inner organ's illness or operation named without a diagnosis
    ("organ-illness", "解約理由の聞き取り（担当 蓮見）\n「父が腎臓の病気で入院することになり、定期便を止めたい」", True),
    ("organ-neg-definition", "用語集：心不全とは、心臓の病気や高血圧などによって心臓のポンプ機能が低下した状態です。", False),
    # a lifelong treatment going on
    ("treatment-dialysis", "配達メモ\n・3丁目 梶谷 様：人工透析中のため火木土の午前は不在", True),
    ("treatment-oxygen", "班長より：向かいの 布施 さんは在宅酸素療法中で、停電時は声かけをお願いします。", True),
    ("treatment-neg-guideline", "対象：慢性腎臓病（透析患者を含む）の方。透析施設への送迎は別途ご相談ください。", False),
    # a condition written with 持ち
    ("holder", "面会の希望\n「私（浩平）は喘息持ちなので、マスクを着けて伺います」", True),
    ("holder-neg-none", "面会の希望\n「私（浩平）は荷物持ちなので、駐車場で待っています」", False),
]


@pytest.fixture(scope="module")
def analyzer():
    return default_analyzer()


@pytest.mark.parametrize(("row_id", "text", "flagged"), FLAG_ROWS, ids=[r[0] for r in FLAG_ROWS])
def test_flag_round12(analyzer, row_id: str, text: str, flagged: bool) -> None:
    found = analyzer.analyze(text)
    assert any(f.type is PiiType.SENSITIVE for f in found) is flagged, (row_id, [(f.type, text[f.start:f.end]) for f in found])
