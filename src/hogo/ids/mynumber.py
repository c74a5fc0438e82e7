"""個人番号 (My Number): the 12-digit individual number.

The last digit is a check digit (検査用数字) over the 11 digits before it, defined by
番号法施行令第8条 and 平成26年総務省令第85号第5条::

    check = 11 − (Σ Pn × Qn mod 11), or 0 when (Σ Pn × Qn mod 11) ≤ 1
    Pn: the n-th base digit counted from the right (n = 1..11)
    Qn: n + 1 for 1 ≤ n ≤ 6, n − 5 for 7 ≤ n ≤ 11

i.e. weights 6,5,4,3,2,7,6,5,4,3,2 over the base digits from left to right. The arithmetic
is python-stdnum's ``stdnum.jp.in_``; this module adds what Japanese input needs (full-width
digits, the separators IMEs produce) and reasons in Japanese and English.

>>> validate('1234 5678 9018')
'123456789018'
>>> calc_check_digit('12345678901')
'8'
>>> format('１２３４５６７８９０１８')
'1234 5678 9018'

A valid check digit does not prove the number belongs to the person: 本人確認
(番号確認 + 身元確認, 番号法第16条) is still required.
"""

from __future__ import annotations

import unicodedata

from stdnum.jp import in_ as stdnum_in

from hogo.ids import InvalidChecksum, InvalidFormat, InvalidIdentifier, InvalidLength

LENGTH = 12
CITATION = "番号法施行令第8条; 平成26年総務省令第85号第5条"

# Separators people type between groups: spaces (incl. 全角), hyphens and dashes, and the
# katakana prolonged sound mark that Japanese IMEs often produce instead of a hyphen.
_SEPARATORS = frozenset(" \t\u3000-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fc\uff70")


def compact(number: str) -> str:
    """Normalise full-width characters (NFKC) and drop spaces and hyphens."""
    normalised = unicodedata.normalize("NFKC", number)
    return "".join(ch for ch in normalised if ch not in _SEPARATORS)


def calc_check_digit(base: str) -> str:
    """The check digit for an 11-digit base (ASCII digits), computed by python-stdnum."""
    if len(base) != LENGTH - 1 or not (base.isascii() and base.isdigit()):
        raise InvalidFormat("検査用数字の計算には11桁の数字が必要です / the base must be 11 digits")
    return stdnum_in.calc_check_digit(base)


def validate(number: str) -> str:
    """Return the compact 12-digit number, or raise with the reason it is invalid."""
    digits = compact(number)
    if not digits:
        raise InvalidFormat("番号が空です / the number is empty")
    if not (digits.isascii() and digits.isdigit()):
        raise InvalidFormat("数字以外の文字が含まれています / contains characters other than digits")
    if len(digits) != LENGTH:
        raise InvalidLength(f"桁数が12桁ではありません({len(digits)}桁) / not 12 digits ({len(digits)})")
    expected = calc_check_digit(digits[:-1])
    if digits[-1] != expected:
        raise InvalidChecksum(
            f"検査用数字が一致しません(期待値 {expected}) / check digit mismatch (expected {expected})"
        )
    return digits


def is_valid(number: str) -> bool:
    """Whether ``number`` is a well-formed 個人番号."""
    try:
        validate(number)
    except InvalidIdentifier:
        return False
    return True


def format(number: str) -> str:  # noqa: A001 - python-stdnum's name
    """Group as ``NNNN NNNN NNNN`` (the layout on the 個人番号カード)."""
    digits = compact(number)
    return " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))
