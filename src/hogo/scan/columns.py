"""Analysing one value of a column (a database column or a spreadsheet column) with its header as context.

A lone cell such as ``09012345678`` or ``1985-04-01`` says little; its column name (``電話番号``, ``tel``,
``birth_date``) says what it is. :func:`analyze_value` puts the column name — or, for common English or
romaji names, the Japanese word the detector knows (``生年月日``) — in front of the value, analyses that
line and keeps the findings inside the value, with offsets into the value.
"""

from __future__ import annotations

import re

from hogo.scan.scanner import TextAnalyzer
from hogo.scan.types import Finding

# English (romaji) column-name fragments → a Japanese context word the detector knows
_HINTS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), word)
    for pattern, word in (
        (r"my_?num|kojin_?bang|individual_?num", "個人番号"),
        (r"passport", "旅券番号"),
        (r"licen[cs]e|menkyo", "運転免許証番号"),
        (r"pension|nenkin", "基礎年金番号"),
        (r"residence_?card|zairyu", "在留カード番号"),
        (r"insur|hoken", "被保険者証"),
        (r"card_?n|credit", "クレジットカード番号"),
        (r"account|koza|kouza", "口座番号"),
        (r"birth|dob|seinen", "生年月日"),
        (r"zip|postal|post_?code|yubin", "郵便番号"),
        (r"phone|tel|fax|mobile|keitai|denwa", "電話番号"),
        (r"mail", "メールアドレス"),
        (r"addr|jusho|juusho", "住所"),
        (r"kana|furigana|yomi", "フリガナ"),
        (r"name|shimei|simei", "氏名"),
        (r"diagnos|disease|medical|illness|byomei|shobyo|history", "病歴"),
    )
)


def context_prefix(header: str | None) -> str:
    """The label put before a value: the Japanese hint for an English column name, else the name."""
    if not header:
        return ""
    hint = next((word for pattern, word in _HINTS if pattern.search(header)), "")
    return f"{hint or header.strip()}："


def analyze_value(analyzer: TextAnalyzer, value: str, header: str | None = None) -> list[Finding]:
    """Findings inside ``value`` (offsets into ``value``), using ``header`` as context."""
    if not value or not value.strip():
        return []
    prefix = context_prefix(header)
    shift = len(prefix)
    out = []
    for finding in analyzer.analyze(prefix + value):
        start, end = max(finding.start - shift, 0), finding.end - shift
        if end > 0 and start < len(value):
            out.append(Finding(start, min(end, len(value)), finding.type, finding.score, finding.recognizer))
    return out
