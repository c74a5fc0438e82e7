"""苦情・相談の統計 — counts by category, topic and period, shaped like the Commission's tables.

The Commission publishes its consultation figures per category (苦情 / 質問 / その他) with
multi-label topic columns (第三者提供, 利用目的, 定義, 安全管理措置, 苦情の処理 …): one inquiry can
count under several topics, so topic columns do not add up to the total
(basic-policy-and-ppc-activity.md §3.3, §3.8). :func:`statistics` builds such a table for any
period: calendar ``month``, fiscal ``quarter`` or ``half`` (年度 April–March: 第1四半期 = 4〜6月,
上半期 = 4〜9月) or ``fiscal_year`` (年度).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from hogo.cases.common import CaseModel

Category = Literal["complaint", "question", "other"]
CATEGORY_JA = {"complaint": "苦情", "question": "質問・相談", "other": "その他"}
Period = Literal["month", "quarter", "half", "fiscal_year"]


class ComplaintRecord(CaseModel):
    """One consultation or complaint (相談・苦情); no personal data needed for statistics."""

    id: str = Field(min_length=1)
    received_on: dt.date
    category: Category = Field(
        description="complaint: 苦情 (不適正な取扱いの情報提供を含む); question: 質問・相談; other: その他"
    )
    topics: list[str] = Field(default_factory=list, description="multi-label, e.g. 第三者提供, 利用目的, 安全管理措置")
    channel: str | None = Field(default=None, description="受付経路 (窓口, 電話, 電子メール, 書面)")
    closed_on: dt.date | None = None


def fiscal_year(day: dt.date) -> int:
    """年度: April–March, named by the year it starts in."""
    return day.year if day.month >= 4 else day.year - 1


def period_of(day: dt.date, period: Period) -> tuple[str, str]:
    """(sortable key, Japanese label) of the period containing ``day``."""
    fy = fiscal_year(day)
    if period == "month":
        return f"{day.year:04d}-{day.month:02d}", f"{day.year}年{day.month}月"
    if period == "fiscal_year":
        return f"FY{fy}", f"{fy}年度"
    index = ((day.month - 4) % 12) // (3 if period == "quarter" else 6) + 1
    if period == "quarter":
        return f"FY{fy}-Q{index}", f"{fy}年度第{index}四半期"
    return f"FY{fy}-H{index}", f"{fy}年度{'上' if index == 1 else '下'}半期"


class StatisticsRow(BaseModel):
    model_config = ConfigDict(frozen=True)

    period: str
    label: str
    category: str = Field(description="苦情 / 質問・相談 / その他 / 計")
    total: int
    topics: dict[str, int] = Field(description="multi-label: columns may exceed the total")
    closed: int


class ComplaintStatistics(BaseModel):
    model_config = ConfigDict(frozen=True)

    period: Period
    topics: list[str] = Field(description="topic columns, most frequent first")
    rows: list[StatisticsRow]


def statistics(records: Iterable[ComplaintRecord], period: Period = "fiscal_year", top: int = 5) -> ComplaintStatistics:
    """Rows per period × category, plus a 計 row per period; topic columns are the ``top`` most frequent."""
    records = list(records)
    overall = Counter(t for r in records for t in dict.fromkeys(r.topics))
    columns = [t for t, _ in sorted(overall.items(), key=lambda kv: (-kv[1], kv[0]))[:top]]
    groups: dict[tuple[str, str], list[ComplaintRecord]] = {}
    for record in records:
        groups.setdefault(period_of(record.received_on, period), []).append(record)
    rows = []
    for (key, label), members in sorted(groups.items()):
        for category in (*CATEGORY_JA, None):
            chosen = [r for r in members if category is None or r.category == category]
            topics = Counter(t for r in chosen for t in dict.fromkeys(r.topics))
            rows.append(
                StatisticsRow(
                    period=key,
                    label=label,
                    category=CATEGORY_JA[category] if category else "計",
                    total=len(chosen),
                    topics={t: topics.get(t, 0) for t in columns},
                    closed=sum(1 for r in chosen if r.closed_on is not None),
                )
            )
    return ComplaintStatistics(period=period, topics=columns, rows=rows)
