"""Property: the stored assessment of an incident follows its dated count history (no database needed).

The decision uses the latest count; day 1 is the first day a recorded count exceeded 1,000 (or 知った日).
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from hogo.app import incidents
from hogo.cases.leak import LeakIncident

KNOWN = dt.date(2024, 5, 7)
counts = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 3000)), min_size=1, max_size=6,
                  unique_by=lambda pair: pair[0])


@settings(max_examples=60, deadline=None)
@given(history=counts)
def test_reportable_from_the_first_day_a_count_exceeds_1000(history: list[tuple[int, int]]) -> None:
    persons = [{"on": (KNOWN + dt.timedelta(days=offset)).isoformat(), "count": count} for offset, count in history]
    case = LeakIncident.model_validate({
        "id": "P-1", "organization": {"name": "架空法人"},
        "discovery": {"discovered_on": KNOWN.isoformat(), "discovered_by": "職員", "known_on": KNOWN.isoformat()},
        "persons": persons}, strict=False)
    entry = incidents.Incident(reference="P-1", case={})
    incidents._refresh(entry, case)
    over = sorted(KNOWN + dt.timedelta(days=offset) for offset, count in history if count > 1000)
    latest = max(history)[1]  # the count of the latest day is the one the decision uses (a revision may lower it)
    assert entry.persons == latest
    assert entry.reportable is (latest > 1000)
    if entry.reportable:
        assert entry.clock_starts_on == over[0]
        assert entry.final_due is not None and entry.final_due >= over[0] + dt.timedelta(days=29)
    else:
        assert entry.preliminary_due is None and entry.final_due is None
