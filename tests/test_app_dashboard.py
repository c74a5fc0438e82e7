"""The dashboard (ホーム) and the register classification by the decision layer (``classify``).

Counts, retention deadlines and flags, per role; the register detail shows the classification, its reasons and
law version, and warns where the ticked categories disagree. Runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt

import pytest
from app_support import admin_api, sample_entry, user_api
from test_app_provision import provision

from hogo.app import dashboard
from hogo.app.consents import today_in_japan
from hogo.app.models import PersonalDatabase, Role
from hogo.app.register_classification import classify_entry

TODAY = today_in_japan()


def test_counts_deadlines_and_flags(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    api.post("/api/v1/register", json=sample_entry())  # personal + sensitive, items without a sensitive item
    overdue = (TODAY - dt.timedelta(days=1)).isoformat()
    api.post("/api/v1/register", json=sample_entry(name="給与台帳", items=["氏名", "個人番号", "口座番号"],
                                                   categories=["personal"], disposal_due=overdue))
    consent = {"subject_name": "架空 次郎", "scope": "other", "purpose": "写真の掲載", "method": "written",
               "obtained_on": "2025-04-10"}
    api.post("/api/v1/consents", json=consent)
    api.post("/api/v1/consents", json=consent | {"withdrawn_on": "2025-05-01"})
    api.post("/api/v1/provisions", json=provision())
    api.post("/api/v1/provisions", json=provision(basis="none", counterpart_name="架空名簿業者"))
    contract = (TODAY - dt.timedelta(days=400)).isoformat()  # contract substitute: 1 year from this → overdue
    api.post("/api/v1/provisions", json=provision(method="contract_substitute", provided_on=contract))
    board = api.get("/api/v1/dashboard").json()
    assert board["register_total"] == 2 and board["register_by_category"] == {"personal": 2, "sensitive": 1}
    assert (board["consents_active"], board["consents_withdrawn"]) == (1, 1)
    this_year = sum(1 for d in (provision()["provided_on"],) * 2 + (contract,) if d[:4] == str(TODAY.year))
    assert board["provisions_this_year"] == this_year
    assert [d["id"] for d in board["retention_due"]] == [3]  # 3-year records are not due within 90 days
    assert board["provision_alerts"] == [{"id": 2, "alert": "no_lawful_basis"}]
    assert board["disposal_due"] == [{"id": 2, "disposal_due": overdue}]
    assert board["register_mismatches"] == [{"id": 1, "categories": ["sensitive"]},
                                            {"id": 2, "categories": ["specific_personal"]}]
    page = api.client.get("/")
    assert page.status_code == 200
    assert 'id="dashboard-alerts"' in page.text and "架空名簿業者" in page.text
    assert "保存期間が終わりました" in page.text and 'id="dashboard-mismatches"' in page.text
    assert "廃棄予定日を過ぎています" in page.text
    exported = api.get("/api/v1/register.csv").content.decode("utf-8-sig")
    assert "廃棄予定日" in exported.splitlines()[0] and overdue in exported


@pytest.mark.parametrize(("role", "register", "consents", "provisions"), [
    (Role.AUDITOR, True, True, True), (Role.STAFF, True, True, False), (Role.MYNUMBER_HANDLER, True, False, False),
    (Role.PRIVACY_OFFICER, True, True, True),
])
def test_dashboard_shows_only_what_the_role_may_read(app, role, register, consents, provisions) -> None:  # noqa: ANN001
    admin = admin_api(app)
    admin.post("/api/v1/provisions", json=provision(basis="none", counterpart_name="架空名簿業者"))
    api = user_api(app, admin, role)
    board = api.get("/api/v1/dashboard").json()
    assert (board["register_total"] is not None, board["consents_active"] is not None,
            board["provisions_this_year"] is not None) == (register, consents, provisions)
    page = api.client.get("/").text
    assert ("架空名簿業者" in page) is provisions
    assert api.client.get("/api/v1/dashboard", headers={"Cookie": ""}).status_code in (200, 401)


def test_dashboard_requires_login(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    api.delete("/api/v1/session")
    assert api.get("/api/v1/dashboard").status_code == 401
    assert api.client.get("/", follow_redirects=False).status_code == 303


# (scenario, items, ticked categories, notes, judged categories (subset), mismatching checkboxes)
CLASSIFY = [
    ("C1 plain roster", ["氏名", "住所"], ["personal"], "", {"personal_information", "retained_personal_data"}, []),
    ("C2 medical history unticked", ["氏名", "既往歴"], ["personal"], "", {"sensitive"}, ["sensitive"]),
    ("C3 My Number ticked", ["氏名", "マイナンバー"], ["personal", "specific_personal"], "",
     {"specific_personal_information"}, []),
    ("C4 ticked but not in items", ["氏名"], ["personal", "sensitive"], "", {"personal_data"}, ["sensitive"]),
    ("C5 passport number", ["氏名", "旅券番号"], ["personal"], "", {"identification_code"}, ["identification_code"]),
    ("C6 contractor's copy", ["氏名"], ["personal"], "受託: 架空市の委託で保管", {"personal_data"}, []),
]


@pytest.mark.parametrize(("scenario", "items", "ticked", "notes", "judged", "mismatched"), CLASSIFY,
                         ids=[c[0] for c in CLASSIFY])
def test_classification_of_entries(scenario, items, ticked, notes, judged, mismatched) -> None:  # noqa: ANN001, ARG001
    entry = PersonalDatabase(items=items, categories=ticked, notes=notes)
    result = classify_entry(entry, dt.date(2025, 6, 1))
    assert judged <= set(result.decision.categories)
    assert [m.category.value for m in result.mismatches] == mismatched
    assert result.decision.reasons and result.decision.law_version.id.startswith("appi")
    if notes:
        assert "retained_personal_data" not in result.decision.categories  # no authority to disclose


def test_register_detail_shows_classification_and_warning(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    api.post("/api/v1/register", json=sample_entry(items=["氏名", "アレルギー"], categories=["personal"]))
    page = api.client.get("/register/1").text
    assert 'id="register-classification"' in page and 'id="classification-warning"' in page
    assert "要配慮個人情報" in page and "個人情報保護法" in page and "適用した法令の版" in page
    body = api.get("/api/v1/register/1/classification").json()
    assert body["mismatches"] == [{"category": "sensitive", "judged": True, "ticked": False}]
    assert body["decision"]["sensitive"] is True and body["facts"]["sensitive"] == ["medical_history"]


def test_dashboard_build_is_pure_of_roles(app) -> None:  # noqa: ANN001
    with app.state.sessions() as session:
        board = dashboard.build(session, Role.STAFF, TODAY)
    assert board.provisions_this_year is None and board.register_total == 0


def test_case_deadlines_from_incidents_reach_the_dashboard_of_those_who_act(app) -> None:  # noqa: ANN001
    from test_app_incidents import intake

    api = admin_api(app)
    known = TODAY - dt.timedelta(days=2)
    created = api.post("/api/v1/incidents", json=intake(reference="L-DASH-1", sensitive=True,
                                                        occurred_on=known.isoformat(), discovered_on=known.isoformat(),
                                                        known_on=known.isoformat()))
    assert created.status_code == 201, created.text
    deadlines = api.get("/api/v1/dashboard").json()["case_deadlines"]
    final = [d for d in deadlines if d["label"] == "漏えい等報告(確報)"]
    assert [d["reference"] for d in final] == ["L-DASH-1"]
    assert final[0]["due_on"] >= (known + dt.timedelta(days=29)).isoformat()
    assert "L-DASH-1" in api.client.get("/").text
    auditor = user_api(app, api, Role.AUDITOR)  # reads incidents but does not report them: not told
    assert auditor.get("/api/v1/dashboard").json()["case_deadlines"] == []
