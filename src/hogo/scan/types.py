"""Types shared by the detector (`hogo.scan.analyzer`) and its users (readers, reports, masking).

The type names and span rules are those of ``spec/pii-types.md``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class PiiType(StrEnum):
    """Kind of personal information found in text (個人情報の種類)."""

    PERSON = "PERSON"  # 氏名
    ADDRESS = "ADDRESS"  # 住所
    POSTAL_CODE = "POSTAL_CODE"  # 郵便番号
    PHONE = "PHONE"  # 電話番号・FAX番号
    EMAIL = "EMAIL"  # メールアドレス
    BIRTH_DATE = "BIRTH_DATE"  # 生年月日
    MY_NUMBER = "MY_NUMBER"  # 個人番号 (特定個人情報)
    PASSPORT = "PASSPORT"  # 旅券番号
    DRIVER_LICENSE = "DRIVER_LICENSE"  # 運転免許証番号
    PENSION_NUMBER = "PENSION_NUMBER"  # 基礎年金番号
    RESIDENCE_CARD = "RESIDENCE_CARD"  # 在留カード番号
    HEALTH_INSURANCE = "HEALTH_INSURANCE"  # 被保険者証の記号・番号
    BANK_ACCOUNT = "BANK_ACCOUNT"  # 口座番号
    CREDIT_CARD = "CREDIT_CARD"  # クレジットカード番号
    SENSITIVE = "SENSITIVE"  # 要配慮個人情報を示す記述


#: 個人識別符号 (personal identification codes, 個人情報保護法第2条第2項; 施行令第1条):
#: on their own they make a record personal information.
IDENTIFICATION_CODES: frozenset[PiiType] = frozenset(
    {
        PiiType.MY_NUMBER,
        PiiType.PASSPORT,
        PiiType.DRIVER_LICENSE,
        PiiType.PENSION_NUMBER,
        PiiType.RESIDENCE_CARD,
        PiiType.HEALTH_INSURANCE,
    }
)


@dataclass(frozen=True, slots=True)
class Finding:
    """One span of personal information.

    ``start``/``end`` are Python ``str`` indices into the analysed text (``text[start:end]``);
    ``score`` is a confidence in [0, 1]; ``recognizer`` names the recognizer that produced it.
    """

    start: int
    end: int
    type: PiiType
    score: float
    recognizer: str
