"""The 台帳 entry classified by the decision layer (``classify``, hogo.law.classification).

The facts come from what the entry records, not from its category checkboxes: the 記録項目 (an item naming a
disease, a health check, a disability … is 要配慮個人情報 (施行令第2条); 個人番号 makes 特定個人情報; a passport,
licence, pension or insurance number or a fingerprint/face template is a 個人識別符号 (施行令第1条)), and the
register's own premise (an entry is a 個人情報データベース等 held by the organisation, with authority to disclose
— unless it is kept only for a 委託元, noted with 「受託」 in 備考). The vocabulary below is the application's reading
of item names, not law; the judgement decides. Where the user's checkboxes disagree with the judgement, the
entry shows a warning (and the dashboard lists it).
"""

from __future__ import annotations

import datetime as dt
import unicodedata

from pydantic import BaseModel, ConfigDict

from hogo.app.models import DataCategory, PersonalDatabase
from hogo.law import JUDGEMENTS
from hogo.law.classification import ClassifyDecision

# 施行令第2条 / 第2条第3項: words in an item name → the kind of 要配慮個人情報
SENSITIVE_WORDS: dict[str, tuple[str, ...]] = {
    "race": ("人種", "民族", "国籍の由来"),
    "creed": ("信条", "信仰", "宗教", "思想"),
    "social_status": ("社会的身分", "門地", "被差別"),
    "medical_history": ("病歴", "既往歴", "病名", "傷病", "疾病", "疾患", "診断名", "アレルギー", "持病"),
    "criminal_record": ("犯罪の経歴", "犯罪歴", "前科"),
    "crime_victim": ("犯罪被害", "被害の事実"),
    "disability": ("障害", "障がい", "障碍", "療育手帳", "精神保健"),
    "health_check": ("健康診断", "健診", "検診", "ストレスチェック", "検査結果", "遺伝子"),
    "medical_care": ("診療", "調剤", "処方", "投薬", "服薬", "治療", "通院", "保健指導"),
    "criminal_procedure": ("逮捕", "捜索", "差押", "勾留", "公訴", "刑事事件"),
    "juvenile_procedure": ("少年の保護事件", "少年保護事件", "非行"),
}
MY_NUMBER_WORDS = ("個人番号", "マイナンバー", "my number", "mynumber")
PUBLIC_NUMBER_WORDS = ("旅券番号", "パスポート番号", "運転免許証番号", "免許証番号", "基礎年金番号", "被保険者番号",
                       "被保険者証", "保険者番号", "住民票コード", "在留カード番号", "特別永住者証明書番号")
BIOMETRIC_WORDS = ("指紋", "静脈", "虹彩", "顔認証", "顔特徴", "声紋", "歩容", "dna")
CONTRACTOR_MARK = "受託"  # 備考: kept only on behalf of a 委託元 → no authority to disclose (not 保有個人データ)

# judgement category → the register's checkbox that should then be ticked
_CHECKBOX = {"sensitive": DataCategory.SENSITIVE, "identification_code": DataCategory.IDENTIFICATION_CODE,
             "specific_personal_information": DataCategory.SPECIFIC_PERSONAL}


class Mismatch(BaseModel):
    model_config = ConfigDict(frozen=True)

    category: DataCategory
    judged: bool  # what the judgement says
    ticked: bool  # what the user's checkbox says


class Classification(BaseModel):
    model_config = ConfigDict(frozen=True)

    facts: dict[str, object]
    decision: ClassifyDecision
    mismatches: list[Mismatch]


def _has(items: list[str], words: tuple[str, ...]) -> bool:
    text = unicodedata.normalize("NFKC", "\n".join(items)).lower()
    return any(word.lower() in text for word in words)


def facts_of(entry: PersonalDatabase, as_of: dt.date) -> dict[str, object]:
    """The ``classify`` facts (docs/cli.md) an entry supports."""
    items = list(entry.items)
    categories = set(entry.categories)
    code = "biometric" if _has(items, BIOMETRIC_WORDS) else "public_number" if _has(items, PUBLIC_NUMBER_WORDS) \
        else "none"
    processed = ("anonymised" if DataCategory.ANONYMISED in categories
                 else "pseudonymised" if DataCategory.PSEUDONYMISED in categories else "none")
    return {"as_of": as_of, "identifies_person": processed == "none", "in_database": True,
            "identification_code": code, "contains_my_number": _has(items, MY_NUMBER_WORDS),
            "sensitive": [kind for kind, words in SENSITIVE_WORDS.items() if _has(items, words)],
            "has_authority_to_disclose": CONTRACTOR_MARK not in (entry.notes or ""), "processed_as": processed}


def classify_entry(entry: PersonalDatabase, as_of: dt.date) -> Classification:
    judgement = JUDGEMENTS["classify"]
    facts = facts_of(entry, as_of)
    decision = judgement(judgement.facts.model_validate(facts), as_of)
    ticked = set(entry.categories)
    mismatches = []
    for code, box in _CHECKBOX.items():
        judged, is_ticked = bool(getattr(decision, code)), box.value in ticked
        if box is DataCategory.IDENTIFICATION_CODE and judged and not is_ticked and facts["identification_code"] == "none":
            continue  # only the 個人番号 (施行令第1条第6号) makes it one: the 特定個人情報 box covers that
        if judged != is_ticked:
            mismatches.append(Mismatch(category=box, judged=judged, ticked=is_ticked))
    return Classification(facts={k: v for k, v in facts.items() if k != "as_of"}, decision=decision,
                          mismatches=mismatches)
