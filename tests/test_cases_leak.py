"""The leak case: decision recomputed from the record, report items, contractor rule, notice records."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casedata import incident_dict, mis_sent_email
from hogo.cases.breach_notice import PersonFields, notice_to_person, record_notice, record_substitute
from hogo.cases.breach_report import assess, commission_report
from hogo.cases.leak import LeakIncident
from hogo.law.core import FactsError

D = dt.date.fromisoformat


def load(data: dict) -> LeakIncident:
    """Validate as the CLI and API do: from JSON text."""
    return LeakIncident.model_validate_json(json.dumps(data))


def incident(**changes) -> LeakIncident:
    return load(incident_dict(**changes))


def test_becomes_reportable_when_the_count_passes_1000():
    early = load(mis_sent_email(("2025-05-07", 900)))
    before = assess(early, D("2025-05-09"))
    assert not before.decision.reportable
    assert before.decision.final_report_due is None
    assert before.who_reports == "none"

    grown = load(mis_sent_email(("2025-05-07", 900), ("2025-05-12", 1200)))
    # Recomputed on the record as known on each day: the 1,200 is not yet known on 5/10.
    assert not assess(grown, D("2025-05-10")).decision.reportable
    after = assess(grown, D("2025-05-12"))
    assert after.decision.reportable
    assert after.decision.grounds == ["over_1000"]
    assert after.facts.threshold_crossed_on == D("2025-05-12")
    assert after.decision.clock_starts_on == D("2025-05-12")
    assert after.decision.preliminary_report_due == D("2025-05-16")
    assert after.decision.final_report_due == D("2025-06-10")  # day 30 counting 5/12 as day 1 (a Tuesday)
    report = commission_report(grown, D("2025-05-12"))
    assert report.items[2].fields[0].value.startswith("1,200人")


def test_final_report_across_the_year_end_closure():
    case = incident()  # known 2024-12-01, 要配慮個人情報
    decision = assess(case, D("2024-12-20")).decision
    assert decision.final_report_due == D("2025-01-06")  # day 30 = 12/30 (年末年始) → 1/6 (after Sat/Sun 1/4–5)
    report = commission_report(case, D("2024-12-20"), "final")
    assert report.final_report_due == D("2025-01-06")
    assert report.kind_ja == "確報"


def test_preliminary_reports_known_items_and_final_needs_all_or_supplement():
    case = incident(cause=None, prevention=None)
    status = assess(case, D("2024-12-03"))
    assert status.unknown_for_preliminary == [4, 8]
    assert status.missing_for_final == [4, 8]
    assert not status.final_ready
    preliminary = commission_report(case, D("2024-12-03"), "preliminary")
    assert [i.status for i in preliminary.items][3] == "unknown"
    assert preliminary.items[3].fields[0].value == "調査中"
    with pytest.raises(FactsError) as error:
        commission_report(case, D("2024-12-20"), "final")
    assert error.value.field == "cause"
    noted = incident(
        cause=None,
        prevention=None,
        pending=[{"item": 4, "reason": "警察の捜査結果待ち"}, {"item": 8, "reason": "原因判明後に策定"}],
    )
    final = commission_report(noted, D("2024-12-20"), "final")
    assert final.items[3].status == "pending"
    assert "追完予定: 警察の捜査結果待ち" in final.items[3].fields[0].value
    assert assess(noted, D("2024-12-20")).final_ready


def test_item_2_wording_follows_the_regime():
    appi = commission_report(incident(), D("2024-12-20"))
    assert "個人データ" in appi.items[1].title and "特定個人情報" not in appi.items[1].title
    mynumber = incident(regime="mynumber", facts={"event": "leak"}, persons=[{"on": "2024-12-01", "count": 150}])
    report = commission_report(mynumber, D("2024-12-20"))
    assert "特定個人情報" in report.items[1].title
    assert report.reportable and any("規則第2条第4号" in g for g in report.grounds)
    assert report.citations[0] == "番号法第29条の4第1項"


def test_contractor_that_notified_the_entruster_is_exempt():
    contractor = incident(
        entrustment={"role": "contractor", "counterpart": "架空市教育委員会", "entruster_notified_on": "2024-12-03"}
    )
    assert assess(contractor, D("2024-12-02")).who_reports == "self"  # not yet notified
    exempt = assess(contractor, D("2024-12-04"))
    assert exempt.who_reports == "entruster"
    assert not exempt.decision.reportable and exempt.decision.event_grounds
    person = PersonFields(person_ref="S-0001", name="架空 花子")
    with pytest.raises(FactsError) as error:
        notice_to_person(contractor, person, D("2024-12-04"))
    assert error.value.field == "entrustment.entruster_notified_on"
    report = commission_report(contractor, D("2024-12-04"))
    assert "委託先として委託元に通知済み" in report.notes[0]
    assert "有(当方が委託先): 架空市教育委員会" in report.items[0].fields[6].value


def test_notice_records_and_substitute_measures():
    case = incident(notices=[])
    status = assess(case, D("2024-12-06"))
    assert any("No notice" in w for w in status.notices.warnings)
    case = record_notice(case, "S-0001", "post", D("2024-12-06"))
    case = record_notice(case, "S-0002", "phone", D("2024-12-07"))
    progress = assess(case, D("2024-12-08")).notices
    assert progress.notified == 2 and progress.by_method == {"郵送": 1, "電話": 1}
    item6 = commission_report(case, D("2024-12-08")).items[5].fields[0].value
    assert item6.startswith("2人に通知済み") and "2024-12-06〜2024-12-07" in item6
    with pytest.raises(FactsError) as error:
        record_substitute(case, "publication", D("2024-12-08"), "https://sakura.example.jp/oshirase", "連絡先不明")
    assert error.value.field == "facts.notice_difficult"
    difficult = incident(facts={"event": "loss", "sensitive": True, "notice_difficult": True})
    difficult = record_substitute(
        difficult, "inquiry_desk", D("2024-12-08"), "専用窓口 03-0000-0001", "卒業生の連絡先不明"
    )
    assert assess(difficult, D("2024-12-09")).notices.substitute_measures == ["問合せ窓口の設置・公表(2024-12-08〜)"]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"discovery": {"discovered_on": "2024-12-01", "discovered_by": "x", "known_on": "2024-11-30"}}, "known_on"),
        ({"persons": [{"on": "2024-11-01", "count": 3}]}, "persons"),
        ({"facts": {"sensitve": True}}, "facts.sensitve"),
        ({"entrustment": {"role": "none", "entruster_notified_on": "2024-12-02"}}, "entrustment"),
        ({"secondary_damage": {"status": "risk"}}, "secondary_damage"),
    ],
)
def test_bad_incidents_are_refused_naming_the_field(changes, field):
    from pydantic import ValidationError

    with pytest.raises(ValidationError) as error:
        incident(**changes)
    assert field in str(error.value)


@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 3000)), min_size=1, max_size=6), st.integers(0, 60))
def test_reportable_exactly_when_the_latest_known_count_exceeds_1000(entries, as_of_offset):
    start = D("2025-05-07")
    counts = [((start + dt.timedelta(days=d)).isoformat(), n) for d, n in entries]
    case = load(mis_sent_email(*counts))
    as_of = start + dt.timedelta(days=as_of_offset)
    known = case.persons_as_of(as_of)
    decision = assess(case, as_of).decision
    assert decision.reportable == (known is not None and known.count > 1000)
