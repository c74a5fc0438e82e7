"""Complaint statistics by category, topic and period (fiscal year April–March)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hogo.cases.complaints import CATEGORY_JA, ComplaintRecord, fiscal_year, period_of, statistics

D = dt.date.fromisoformat
TOPICS = ["第三者提供", "利用目的", "定義", "安全管理措置", "苦情の処理", "漏えい等"]


def record(n: int, day: str, category: str, *topics: str, closed: bool = False) -> ComplaintRecord:
    return ComplaintRecord(
        id=f"C-{n}", received_on=D(day), category=category, topics=list(topics), closed_on=D(day) if closed else None
    )


@pytest.mark.parametrize(
    ("day", "period", "key", "label"),
    [
        ("2025-03-31", "fiscal_year", "FY2024", "2024年度"),
        ("2025-04-01", "fiscal_year", "FY2025", "2025年度"),
        ("2025-04-01", "quarter", "FY2025-Q1", "2025年度第1四半期"),
        ("2025-12-31", "quarter", "FY2025-Q3", "2025年度第3四半期"),
        ("2026-01-05", "quarter", "FY2025-Q4", "2025年度第4四半期"),
        ("2025-09-30", "half", "FY2025-H1", "2025年度上半期"),
        ("2025-10-01", "half", "FY2025-H2", "2025年度下半期"),
        ("2025-02-14", "month", "2025-02", "2025年2月"),
    ],
)
def test_periods(day, period, key, label):
    assert period_of(D(day), period) == (key, label)


def test_table_like_the_commissions():
    records = [
        record(1, "2025-04-10", "complaint", "第三者提供", "利用目的", closed=True),
        record(2, "2025-05-01", "complaint", "第三者提供"),
        record(3, "2025-06-30", "question", "定義"),
        record(4, "2025-07-01", "question", "第三者提供", "安全管理措置", closed=True),
        record(5, "2026-03-31", "other"),
        record(6, "2026-04-01", "complaint", "漏えい等"),
    ]
    table = statistics(records, "fiscal_year")
    assert table.topics[0] == "第三者提供"
    fy2025 = {row.category: row for row in table.rows if row.period == "FY2025"}
    assert fy2025["苦情"].total == 2 and fy2025["苦情"].topics["第三者提供"] == 2 and fy2025["苦情"].closed == 1
    assert fy2025["質問・相談"].total == 2
    assert fy2025["その他"].total == 1
    assert fy2025["計"].total == 5 and fy2025["計"].topics["第三者提供"] == 3
    assert [row.total for row in table.rows if row.period == "FY2026"] == [1, 0, 0, 1]
    quarters = {(r.period, r.category): r.total for r in statistics(records, "quarter").rows}
    assert quarters[("FY2025-Q1", "計")] == 3 and quarters[("FY2025-Q2", "計")] == 1


@given(
    st.lists(
        st.tuples(
            st.dates(D("2020-01-01"), D("2030-12-31")),
            st.sampled_from(list(CATEGORY_JA)),
            st.lists(st.sampled_from(TOPICS), max_size=4),
        ),
        max_size=40,
    ),
    st.sampled_from(["month", "quarter", "half", "fiscal_year"]),
)
def test_totals_add_up_and_topics_never_exceed_the_total(entries, period):
    records = [ComplaintRecord(id=str(n), received_on=d, category=c, topics=t) for n, (d, c, t) in enumerate(entries)]
    table = statistics(records, period)
    assert sum(row.total for row in table.rows if row.category == "計") == len(records)
    for key in {row.period for row in table.rows}:
        rows = {row.category: row for row in table.rows if row.period == key}
        assert rows["計"].total == sum(rows[CATEGORY_JA[c]].total for c in CATEGORY_JA)
        for row in rows.values():
            assert all(count <= row.total for count in row.topics.values())
    for d, _, _ in entries:
        assert fiscal_year(d) in (d.year, d.year - 1)
