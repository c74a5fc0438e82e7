"""The administrative calendar (行政機関の休日) and deadline arithmetic (day of knowing = day 1)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hogo.law import calendar

D = dt.date.fromisoformat

DEADLINES = [
    # (id, first day, days, deadline)
    ("T83 Sat 2024-06-01, day 30 Sun", "2024-06-01", 30, "2024-07-01"),
    ("T84 2024-12-01, day 30 in 年末年始", "2024-12-01", 30, "2025-01-06"),
    ("A18 2023-12-01, day 30 in 年末年始", "2023-12-01", 30, "2024-01-04"),
    ("open day 30", "2024-06-03", 30, "2024-07-02"),
    ("60 days", "2024-06-03", 60, "2024-08-01"),
    ("day 30 on 海の日 2024-07-15", "2024-06-16", 30, "2024-07-16"),
    ("day 60 in Golden Week", "2025-03-05", 60, "2025-05-07"),
    ("day 1 only, open", "2024-06-03", 1, "2024-06-03"),
]


@pytest.mark.parametrize(("first", "days", "due"), [d[1:] for d in DEADLINES], ids=[d[0] for d in DEADLINES])
def test_deadline_known_dates(first: str, days: int, due: str) -> None:
    assert calendar.deadline(D(first), days) == D(due)


CLOSED = [
    ("2024-06-01", True, "土曜日"),
    ("2024-06-02", True, "日曜日"),
    ("2024-12-29", True, "年末年始"),
    ("2025-01-03", True, "年末年始"),
    ("2024-01-08", True, "成人の日"),
    ("2024-02-12", True, "休日"),  # 振替休日 for 建国記念の日 on a Sunday
    ("2024-12-28", True, "土曜日"),
    ("2024-12-27", False, None),
    ("2025-01-06", False, None),
    ("2024-07-02", False, None),
]


@pytest.mark.parametrize(("day", "closed", "why"), CLOSED, ids=[c[0] for c in CLOSED])
def test_closed_days(day: str, closed: bool, why: str | None) -> None:
    assert calendar.is_closed(D(day)) is closed
    reason = calendar.closed_reason(D(day))
    if why is None:
        assert reason is None
    else:
        assert reason is not None and why in reason


def test_nth_day_counts_first_day() -> None:
    assert calendar.nth_day(D("2024-06-01"), 1) == D("2024-06-01")
    assert calendar.nth_day(D("2024-06-01"), 30) == D("2024-06-30")
    with pytest.raises(ValueError):
        calendar.nth_day(D("2024-06-01"), 0)


days_range = st.dates(min_value=dt.date(2016, 1, 1), max_value=dt.date(2040, 12, 31))


@settings(max_examples=300, deadline=None)
@given(day=days_range)
def test_next_open_day_is_open_and_first(day: dt.date) -> None:
    found = calendar.next_open_day(day)
    assert not calendar.is_closed(found)
    assert all(calendar.is_closed(day + dt.timedelta(days=i)) for i in range((found - day).days))


@settings(max_examples=300, deadline=None)
@given(first=days_range, days=st.sampled_from([30, 60]))
def test_deadline_never_closed_and_at_most_ten_days_late(first: dt.date, days: int) -> None:
    # The longest closed stretch is 10 days: Golden Week 2019 (4/27–5/6, the enthronement holidays).
    due = calendar.deadline(first, days)
    assert not calendar.is_closed(due)
    nominal = calendar.nth_day(first, days)
    assert nominal <= due <= nominal + dt.timedelta(days=10)


def test_golden_week_2019_moves_a_deadline_ten_days() -> None:
    # Found by hypothesis: day 30 of 2019-03-29 is Saturday 4/27, the first of ten closed days.
    assert calendar.deadline(dt.date(2019, 3, 29), 30) == dt.date(2019, 5, 7)


@settings(max_examples=300, deadline=None)
@given(first=days_range, later=st.integers(min_value=0, max_value=60), days=st.sampled_from([30, 60]))
def test_deadline_monotone(first: dt.date, later: int, days: int) -> None:
    assert calendar.deadline(first, days) <= calendar.deadline(first + dt.timedelta(days=later), days)
