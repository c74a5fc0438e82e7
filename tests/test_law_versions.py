"""Law versions (法令の版): the timelines in :mod:`hogo.law.versions`, and every amendment's effect.

Issue 3: "Each answer names the law version it applied; the same facts on dates either side of an
amendment give the two answers of their times". For every amendment after a law's first version this
runs at least one judgement on the day before and on the day it took effect, and asserts that the
answers differ and that ``law_version.id`` changes from the previous version to the amendment. The
before/after rows of every judgement live here (one table per topic, as the helpers wrote them).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any, get_args

import pytest
from law_scenarios import check, judge
from test_law_classification import PHONE_BOOK, SOLD_DIRECTORY, counts
from test_law_provision import JOINT_2005, OPT_OUT_2017, OPT_OUT_2022
from test_law_rights import DISCLOSE

from hogo.law.provision.third_party import JointUseItem, OptOutItem
from hogo.law.versions import TIMELINES, VERSIONS, LawNotInForceError, version_at

SRC = Path(__file__).resolve().parents[1] / "src" / "hogo" / "law"

CLASSIFY_ROWS: list[tuple[str, str, dict[str, Any], str, dict[str, Any], dict[str, Any]]] = [
    # (name, topic, facts, effective date, expected the day before, expected on the day)
    (
        "5000-person rule abolished",
        "handler",
        {"person_counts": counts(("2017-05-01", 3000))},
        "2017-05-30",
        {"handler": False, "law_version": {"id": "appi-2005"}},
        {"handler": True},
    ),
    (
        "要配慮 introduced",
        "classify",
        {"identifies_person": True, "sensitive": ["medical_history"]},
        "2017-05-30",
        {"sensitive": False},
        {"sensitive": True},
    ),
    (
        "個人識別符号 introduced",
        "classify",
        {"identification_code": "public_number"},
        "2017-05-30",
        {"personal_information": False},
        {"personal_information": True},
    ),
    (
        "市販名簿: count exclusion → not a database",
        "classify",
        {"identifies_person": True, "in_database": True, "directory": {**PHONE_BOOK, **SOLD_DIRECTORY}},
        "2017-05-30",
        {"database": True, "counts_toward_handler_threshold": False},
        {"database": False},
    ),
    (
        "匿名加工情報 introduced",
        "classify",
        {"processed_as": "anonymised", "easily_collated": True},
        "2017-05-30",
        {"personal_information": True, "anonymised": False},
        {"personal_information": False, "anonymised": True},
    ),
    (
        "6-month exclusion abolished",
        "classify",
        {"identifies_person": True, "in_database": True, "retention_months": 2},
        "2022-04-01",
        {"retained_personal_data": False},
        {"retained_personal_data": True},
    ),
    (
        "個人関連情報 introduced",
        "classify",
        {"identifies_person": False},
        "2022-04-01",
        {"person_related": False},
        {"person_related": True},
    ),
    (
        "仮名加工情報 introduced",
        "classify",
        {"processed_as": "pseudonymised", "easily_collated": True},
        "2022-04-01",
        {"pseudonymised": False},
        {"pseudonymised": True},
    ),
    (
        "国立大学法人 under Chapter 4",
        "handler",
        {"body": "schedule2_corporation"},
        "2022-04-01",
        {"handler": False},
        {"handler": True},
    ),
    (
        "local governments under Chapter 5",
        "handler",
        {"body": "local_government"},
        "2023-04-01",
        {"governed_by": "ordinances"},
        {"governed_by": "act_chapter5"},
    ),
]



USE_ROWS: list[tuple[str, str, dict[str, Any], str, dict[str, Any], dict[str, Any]]] = [
    (
        "「相当の」関連性 deleted",
        "purpose-change",
        {"relation": "related"},
        "2017-05-30",
        {"outcome": "needs_consent"},
        {"outcome": "allowed"},
    ),
    (
        "要配慮 acquisition needs consent",
        "acquisition",
        {"sensitive": True, "purpose_published_in_advance": True},
        "2017-05-30",
        {"outcome": "allowed"},
        {"outcome": "needs_consent"},
    ),
    (
        "不適正利用 prohibited",
        "use",
        {"within_purpose": True, "may_encourage_illegal_acts": True},
        "2022-04-01",
        {"outcome": "allowed"},
        {"outcome": "forbidden"},
    ),
    (
        "学術研究: exemption → exceptions",
        "use",
        {"within_purpose": False, "academic_institution": True, "academic_purpose": True},
        "2022-04-01",
        {"outcome": "exempt"},
        {"outcome": "allowed", "exceptions": ["academic_own"]},
    ),
    (
        "仮名加工情報 introduced",
        "pseudonymised",
        {"action": "contact_person"},
        "2022-04-01",
        {"outcome": "not_applicable"},
        {"outcome": "forbidden"},
    ),
    (
        "仮名加工情報: purpose change without relatedness",
        "purpose-change",
        {"relation": "unrelated", "pseudonymised": True},
        "2022-04-01",
        {"outcome": "needs_consent"},
        {"outcome": "allowed"},
    ),
]



PROVISION_ROWS: list[tuple[str, str, str, dict[str, Any], str, Any, Any]] = [
    # (name, topic, date after, facts, field, answer the day before, answer on the day)
    (
        "2017 opt-out needs commission notification",
        "provision",
        "2017-05-30",
        {"opt_out": {"notified_items": OPT_OUT_2017}},
        "outcome",
        "allow",
        "forbid",
    ),
    (
        "2017 sensitive data excluded from opt-out",
        "provision",
        "2017-05-30",
        {"sensitive": True, "opt_out": {"notified_items": OPT_OUT_2017, "commission_notified": True}},
        "outcome",
        "allow",
        "forbid",
    ),
    (
        "2017 provision records",
        "provision",
        "2017-05-30",
        {"consent": True},
        "provision_record_required",
        False,
        True,
    ),
    (
        "2017 record duty",
        "provision-record",
        "2017-05-30",
        {"role": "recipient", "basis": "consent"},
        "required",
        False,
        True,
    ),
    (
        "2017 foreign-transfer rule",
        "provision",
        "2017-05-30",
        {"recipient": "outsourcee", "recipient_abroad": True, "recipient_country": "US"},
        "outcome",
        "allow",
        "forbid",
    ),
    (
        "2019 EEA/UK designation",
        "provision",
        "2019-01-23",
        {"recipient": "outsourcee", "recipient_abroad": True, "recipient_country": "DE"},
        "outcome",
        "forbid",
        "allow",
    ),
    (
        "2022 foreign information duty",
        "provision",
        "2022-04-01",
        {"consent": True, "recipient_abroad": True, "recipient_country": "US"},
        "outcome",
        "allow",
        "forbid",
    ),
    (
        "2022 opt-out of opt-out data",
        "provision",
        "2022-04-01",
        {"received_by_opt_out": True, "opt_out": {"notified_items": OPT_OUT_2022, "commission_notified": True}},
        "outcome",
        "allow",
        "forbid",
    ),
    (
        "2022 opt-out of improperly acquired data",
        "provision",
        "2022-04-01",
        {"improperly_acquired": True, "opt_out": {"notified_items": OPT_OUT_2022, "commission_notified": True}},
        "outcome",
        "allow",
        "forbid",
    ),
    (
        "2022 joint-use manager address",
        "provision",
        "2022-04-01",
        {"recipient": "joint_user", "joint_use": {"notified_items": JOINT_2005}},
        "outcome",
        "allow",
        "forbid",
    ),
    (
        "2022 person-related information",
        "person-related-provision",
        "2022-04-01",
        {"recipient_expected_to_identify": True},
        "outcome",
        "allow",
        "forbid",
    ),
    (
        "2022 opt-out address change",
        "provision-change",
        "2022-04-01",
        {"scheme": "opt_out", "change": "provider_identity"},
        "requirement",
        "no_requirement",
        "notice_without_delay",
    ),
    (
        "2022 academic exceptions replace the wholesale exemption",
        "provision",
        "2022-04-01",
        {"academic_institution": True, "academic_need": "joint_research"},
        "basis",
        "exempt",
        "exception",
    ),
    (
        "2022 record disclosure",
        "provision-record",
        "2022-04-01",
        {"role": "provider", "basis": "consent"},
        "disclosable",
        False,
        True,
    ),
]



RIGHTS_ROWS: list[tuple[dict[str, Any], str, str, str, Any, Any]] = [
    # 2015 amendment (2017-05-30): 求め → 請求 (enforceable, 2-week prior demand)
    ({**DISCLOSE}, "2017-05-29", "2017-05-30", "claim_type", "request", "claim"),
    ({**DISCLOSE}, "2017-05-29", "2017-05-30", "pre_suit_wait_days", None, 14),
    # 2015 amendment: unlawful foreign transfer becomes a ground for stopping provision
    ({"request": "provision_stop", "grounds_found": ["unlawful_foreign_transfer"]},
     "2017-05-29", "2017-05-30", "outcome", "not_required", "comply"),
    # 2020 amendment (2022-04-01): 不適正利用, electronic form, provision records, short-term data
    ({"request": "use_stop", "grounds_found": ["improper_use"]}, "2022-03-31", "2022-04-01",
     "outcome", "not_required", "comply"),
    ({"request": "use_stop", "grounds_found": ["reportable_breach"]}, "2022-03-31", "2022-04-01",
     "outcome", "not_required", "comply"),
    ({"request": "provision_stop", "grounds_found": ["rights_harmed"]}, "2022-03-31", "2022-04-01",
     "outcome", "not_required", "comply"),
    ({**DISCLOSE, "requested_method": "electronic"}, "2022-03-31", "2022-04-01",
     "disclosure_method", "document", "requested_method"),
    ({**DISCLOSE, "target": "provision_records"}, "2022-03-31", "2022-04-01", "outcome", "not_required", "comply"),
    ({**DISCLOSE, "retention_days": 30}, "2022-03-31", "2022-04-01", "outcome", "not_required", "comply"),
]




# --- the My Number Act and breach rows (one per amendment the tables above do not reach) -----------
# (name, amendment id, topic, facts, expected the day before, expected on the day, fields set to the date)
OTHER_ROWS: list[tuple[str, str, str, dict[str, Any], dict[str, Any], dict[str, Any], tuple[str, ...]]] = [
    (
        "通知カード abolished: the transitional rule (附則第6条) is cited",
        "mynumber-2020",
        "mynumber-identity",
        {"principal_documents": ["notification_card", "drivers_license"]},
        {"outcome": "allow", "not_cites": ["附則第6条"]},
        {"outcome": "allow", "cites": ["附則第6条"]},
        ("as_of",),
    ),
    (
        "転籍時の提供 (第19条第4号) from 2021-09-01",
        "mynumber-2021",
        "mynumber-provide",
        {"recipient": "new_employer", "consent": True, "items": ["my_number", "name", "address"]},
        {"outcome": "forbid", "actions": ["collect_again_from_principal"]},
        {"outcome": "allow", "basis": "番号法第19条第4号"},
        ("as_of",),
    ),
    (
        "breach: reporting becomes mandatory (1,000 persons)",
        "appi-2022",
        "breach",
        {"persons": 5000},
        {"reportable": False, "duty": "effort"},
        {"reportable": True, "duty": "mandatory"},
        ("as_of", "known_on"),
    ),
    (
        "breach: wrongful purpose covers information being acquired",
        "appi-2024",
        "breach",
        {"acquiring": True, "wrongful_purpose": True, "persons": 50},
        {"reportable": False},
        {"reportable": True, "duty": "mandatory"},
        ("as_of", "known_on"),
    ),
    (
        "My Number breach: the 2022 reporting rules (規則第2条, 100 persons)",
        "mynumber-2022",
        "breach",
        {"regime": "mynumber", "persons": 150},
        {},
        {"reportable": True, "duty": "mandatory"},
        ("as_of", "known_on"),
    ),
]

AMENDMENTS = {a.id: a for timeline in TIMELINES.values() for a in timeline}
_APPI_BY_DAY = {a.effective.isoformat(): a.id for a in TIMELINES["appi"]}


def _rows() -> list[tuple[str, str, str, dict[str, Any], dict[str, Any], dict[str, Any], tuple[str, ...]]]:
    """Every table in one shape: (name, amendment, topic, facts, before, after, date fields)."""
    rows = [(n, _APPI_BY_DAY[day], t, f, b, a, ("as_of",)) for n, t, f, day, b, a in CLASSIFY_ROWS + USE_ROWS]
    rows += [
        (n, _APPI_BY_DAY[day], t, f, {k: b}, {k: a}, ("as_of",))
        for n, t, day, f, k, b, a in PROVISION_ROWS
        if day in _APPI_BY_DAY
    ]
    for facts, before, day, key, old, new in RIGHTS_ROWS:
        assert dt.date.fromisoformat(day) - dt.date.fromisoformat(before) == dt.timedelta(days=1)
        name = f"rights-request {key} ({', '.join(f'{k}={v}' for k, v in facts.items())})"
        rows.append((name, _APPI_BY_DAY[day], "rights-request", facts, {key: old}, {key: new}, ("as_of",)))
    return rows + OTHER_ROWS


ROWS = _rows()
# Dates inside a version's parameters (not amendments): the answer changes, the version does not.
IN_VERSION_ROWS = [row for row in PROVISION_ROWS if row[2] not in _APPI_BY_DAY]


@pytest.mark.parametrize(("name", "topic", "day", "facts", "field", "before", "after"), IN_VERSION_ROWS, ids=[r[0] for r in IN_VERSION_ROWS])
def test_dated_rule_inside_a_version(
    name: str, topic: str, day: str, facts: dict[str, Any], field: str, before: Any, after: Any
) -> None:
    previous = (dt.date.fromisoformat(day) - dt.timedelta(days=1)).isoformat()
    old, new = judge(topic, {**facts, "as_of": previous}), judge(topic, {**facts, "as_of": day})
    assert (old[field], new[field]) == (before, after)
    assert old["law_version"]["id"] == new["law_version"]["id"]


def _previous(amendment_id: str) -> str:
    ids = [a.id for a in TIMELINES[AMENDMENTS[amendment_id].law]]
    return ids[ids.index(amendment_id) - 1]


def _answer(decision: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in decision.items() if k not in ("as_of", "law_version")}


@pytest.mark.parametrize(("name", "amendment", "topic", "facts", "before", "after", "date_fields"), ROWS, ids=[r[0] for r in ROWS])
def test_either_side_of_an_amendment(
    name: str,
    amendment: str,
    topic: str,
    facts: dict[str, Any],
    before: dict[str, Any],
    after: dict[str, Any],
    date_fields: tuple[str, ...],
) -> None:
    on = AMENDMENTS[amendment].effective
    day_before = on - dt.timedelta(days=1)
    old = judge(topic, {**facts, **dict.fromkeys(date_fields, day_before.isoformat())})
    new = judge(topic, {**facts, **dict.fromkeys(date_fields, on.isoformat())})
    check(old, before)
    check(new, after)
    assert old["law_version"]["id"] == _previous(amendment)
    assert new["law_version"]["id"] == amendment
    assert _answer(old) != _answer(new), "the same answer on both sides of the amendment"


def test_every_amendment_has_a_row() -> None:
    """Each amendment after a law's first version changes some judgement's answer, shown by a row."""
    later = {a.id for timeline in TIMELINES.values() for a in timeline[1:]}
    assert later - {row[1] for row in ROWS} == set()


# --- versions.py itself --------------------------------------------------------------------------


@pytest.mark.parametrize("law", sorted(TIMELINES))
def test_timeline_in_date_order_and_ids_unique(law: str) -> None:
    days = [a.effective for a in TIMELINES[law]]
    assert days == sorted(days) and len(set(days)) == len(days)
    assert all(a.law == law for a in TIMELINES[law])
    assert len({a.id for a in TIMELINES[law]}) == len(days)


@pytest.mark.parametrize("law", sorted(VERSIONS))
def test_every_version_has_every_parameter(law: str) -> None:
    """Parameters accumulate: a version holds every parameter of its law, set or carried forward."""
    names = set().union(*(v.rules for v in VERSIONS[law]))
    for version in VERSIONS[law]:
        assert set(version.rules) == names, (version.id, sorted(names - set(version.rules)))
    for earlier, later in zip(VERSIONS[law], VERSIONS[law][1:]):
        amendment = AMENDMENTS[later.id]
        for name in names - set(amendment.changes):
            assert later.rules[name] == earlier.rules[name], (later.id, name)


def _parameters_read() -> set[str]:
    """Every parameter a judgement reads: ``rule("x.y")`` and ``cite(version, "key")`` (``article.key``)."""
    names: set[str] = set()
    for path in SRC.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        names |= set(re.findall(r"\brule\(\s*f?\"([a-z_.]+)\"", text))
        names |= {f"article.{key}" for key in re.findall(r"\bcite\(\s*\w+,\s*\"([a-z_]+)\"", text)}
    return names


def test_every_parameter_read_is_defined() -> None:
    read = _parameters_read()
    assert len(read) > 50, "the scan of rule(...) calls found too little"
    defined = set().union(*(v.rules for versions in VERSIONS.values() for v in versions))
    assert read - defined == set()


@pytest.mark.parametrize("law", sorted(VERSIONS))
def test_version_at_boundaries(law: str) -> None:
    versions = VERSIONS[law]
    for version, following in zip(versions, [*versions[1:], None]):
        assert version_at(law, version.effective) is version
        if following is not None:
            assert version_at(law, following.effective - dt.timedelta(days=1)) is version
    assert version_at(law, dt.date(2100, 1, 1)) is versions[-1]
    first = versions[0].effective
    with pytest.raises(LawNotInForceError, match=first.isoformat()):
        version_at(law, first - dt.timedelta(days=1))


@pytest.mark.parametrize(("parameter", "codes"), [("opt_out.items", OptOutItem), ("joint_use.items", JointUseItem)])
def test_required_items_are_codes_the_facts_accept(parameter: str, codes: Any) -> None:
    """The item lists in versions.py (data) and the Literal of the facts (input type) name the same items."""
    accepted = set(get_args(codes))
    in_versions = set().union(*(v.rule(parameter) for v in VERSIONS["appi"]))
    assert in_versions == accepted, sorted(in_versions ^ accepted)

