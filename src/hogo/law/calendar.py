"""The administrative calendar (行政機関の休日) used for statutory deadlines.

行政機関の休日に関する法律第1条第1項: the closed days are Saturdays, Sundays, national
holidays (国民の祝日に関する法律に規定する休日, including substitute holidays) and the
year-end/new-year days 12月29日〜1月3日. National holidays come from ``jpholiday``.

Deadlines follow 民法第140条 / 第143条 as the Commission's rules apply them: the day of
knowing counts as day 1, and a deadline that falls on a closed day moves to the next open day
(行政機関の休日に関する法律第2条).
"""

from __future__ import annotations

import datetime as dt

import jpholiday

CLOSED_DAYS_CITATION = "行政機関の休日に関する法律第1条第1項, 第2条"


def is_year_end_closure(day: dt.date) -> bool:
    """12月29日〜1月3日 (年末年始)."""
    return (day.month == 12 and day.day >= 29) or (day.month == 1 and day.day <= 3)


def is_national_holiday(day: dt.date) -> bool:
    """国民の祝日 or 振替休日 / 国民の休日, per ``jpholiday``."""
    return bool(jpholiday.is_holiday(day))


def is_closed(day: dt.date) -> bool:
    """Whether administrative bodies are closed on ``day`` (土日・祝日・年末年始)."""
    return day.weekday() >= 5 or is_national_holiday(day) or is_year_end_closure(day)


def closed_reason(day: dt.date) -> str | None:
    """Why ``day`` is closed, in Japanese, or ``None`` when it is open."""
    if is_year_end_closure(day):
        return "年末年始"
    name = jpholiday.is_holiday_name(day)
    if name:
        return str(name)
    if day.weekday() == 5:
        return "土曜日"
    if day.weekday() == 6:
        return "日曜日"
    return None


def next_open_day(day: dt.date) -> dt.date:
    """``day`` itself when open, otherwise the first open day after it."""
    while is_closed(day):
        day += dt.timedelta(days=1)
    return day


def nth_day(first_day: dt.date, n: int) -> dt.date:
    """The ``n``-th day counting ``first_day`` as day 1 (初日算入)."""
    if n < 1:
        raise ValueError("n must be at least 1")
    return first_day + dt.timedelta(days=n - 1)


def deadline(first_day: dt.date, days: int) -> dt.date:
    """Day ``days`` counting ``first_day`` as day 1, moved past closed days."""
    return next_open_day(nth_day(first_day, days))


def years_end(first_day: dt.date, years: int) -> dt.date:
    """The last day of a period of ``years`` years counting ``first_day`` as day 1 (「…の日から起算して N 年」).

    民法第143条第2項: a period in years ends on the day before the day that corresponds to ``first_day``
    in the last year; when that year has no corresponding day (29 February), on the last day of the month.
    Not moved past closed days: a retention period is not an act to be done at an office.
    """
    if years < 1:
        raise ValueError("years must be at least 1")
    try:
        return first_day.replace(year=first_day.year + years) - dt.timedelta(days=1)
    except ValueError:  # 29 February → no corresponding day: the last day of that month
        return dt.date(first_day.year + years, 2, 28)
