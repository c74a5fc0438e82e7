"""The response target for "遅滞なく" (without delay) as a configurable number of days.

The law sets no day count for answering a rights request (個人情報保護法第32条〜第35条: 遅滞なく);
an organisation sets its own target. :class:`ResponseTarget` holds it:

* ``days`` — the target (default **14**);
* ``counting`` — ``calendar`` (default): ``days`` calendar days after receipt, the receipt day not
  counted (民法第140条, 初日不算入), and a target that falls on a closed day moves to the next open
  day; ``business``: the ``days``-th open day after receipt, skipping Saturdays, Sundays, national
  holidays and 12/29–1/3 (:mod:`hogo.law.calendar`, 行政機関の休日).

The default of 14 calendar days matches the two weeks after which a person may sue (法第39条第1項),
so an answer within the target never meets a lawsuit that the law allowed.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field

from hogo.cases.common import CaseModel
from hogo.law import calendar

Counting = Literal["calendar", "business"]


class ResponseTarget(CaseModel):
    """The organisation's reading of 遅滞なく (a setting, not law)."""

    days: int = Field(default=14, ge=1, le=365, description="target number of days")
    counting: Counting = Field(
        default="calendar", description="calendar: 暦日 (rolled past closed days); business: 開庁日"
    )


def response_due(received_on: dt.date, target: ResponseTarget) -> dt.date:
    """The target date for answering a request received on ``received_on``."""
    if target.counting == "calendar":
        return calendar.next_open_day(received_on + dt.timedelta(days=target.days))
    day, counted = received_on, 0
    while counted < target.days:
        day += dt.timedelta(days=1)
        if not calendar.is_closed(day):
            counted += 1
    return day
