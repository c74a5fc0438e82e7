"""Provision and receipt records (第三者提供記録・確認記録): the decision layer's judgement stored with the record,
record items and retention deadline, the alert for a provision without a lawful basis, errors naming the field
(nothing saved), permissions, history, CSV in UTF-8 and CP932. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st
from app_support import admin_api, sample_entry, user_api

from hogo.app.consents import today_in_japan
from hogo.app.models import Role
from hogo.law.calendar import years_end

TODAY = today_in_japan()


def provision(**changes: object) -> dict:
    record = {"counterpart_name": "架空旅行株式会社", "counterpart_address": "架空県架空市1-2-3",
              "data_items": ["氏名", "学年", "緊急連絡先"], "persons": "3年生全員(修学旅行参加者)",
              "basis": "consent", "provided_on": (TODAY - dt.timedelta(days=3)).isoformat(),
              "transfer_means": "暗号化したファイルを手渡し"}
    record.update(changes)
    return record


# (scenario, input changes, outcome, alert, record required, items, retention years)
SCENARIOS = [
    ("P1 consent", {}, "allow", None, True, ["consent", "recipient", "persons", "data_items"], 3),
    ("P2 no basis", {"basis": "none"}, "forbid", "no_lawful_basis", True,
     ["consent", "recipient", "persons", "data_items"], 3),
    ("P3 required by law: no record", {"basis": "exception", "exception_kind": "law",
                                      "legal_basis": "刑事訴訟法第197条第2項"}, "allow", None, False, [], None),
    ("P4 outsourcing: no record", {"basis": "outsourcing"}, "allow", None, False, [], None),
    ("P5 opt-out, items not made known", {"basis": "opt_out"}, "forbid", "no_lawful_basis", True,
     ["provided_on", "recipient", "persons", "data_items"], 3),
    ("P6 opt-out of sensitive data", {"basis": "opt_out", "opt_out_items_notified": True,
                                      "opt_out_commission_notified": True, "sensitive": True},
     "forbid", "no_lawful_basis", True, ["provided_on", "recipient", "persons", "data_items"], 3),
    ("P7 consent, batch record", {"method": "batch", "last_provided_on": TODAY.isoformat()}, "allow", None, True,
     ["consent", "recipient", "persons", "data_items"], 3),
    ("P8 contract substitute", {"method": "contract_substitute"}, "allow", None, True,
     ["consent", "recipient", "persons", "data_items"], 1),
    ("P9 abroad (US) without information", {"recipient_abroad": True, "recipient_country": "US"}, "forbid",
     "no_lawful_basis", True, ["consent", "recipient", "persons", "data_items"], 3),
    ("P10 abroad (DE, designated) outsourcing", {"basis": "outsourcing", "recipient_abroad": True,
                                                 "recipient_country": "DE"}, "allow", None, False, [], None),
    ("P11 joint use, items made known", {"basis": "joint_use", "joint_use_items_notified": True}, "allow", None,
     False, [], None),
    ("P12 public body counterpart", {"counterpart_public_body": True}, "allow", None, False, [], None),
]


@pytest.mark.parametrize(("scenario", "changes", "outcome", "alert", "required", "items", "years"), SCENARIOS,
                         ids=[s[0] for s in SCENARIOS])
def test_provision_judged_and_recorded(app, scenario, changes, outcome, alert, required, items, years) -> None:  # noqa: ANN001, ARG001, PLR0913
    api = admin_api(app)
    response = api.post("/api/v1/provisions", json=provision(**changes))
    assert response.status_code == 201, response.text
    body = response.json()
    assert (body["outcome"], body["alert"], body["record_required"], body["required_items"],
            body["retention_years"]) == (outcome, alert, required, items, years)
    assert body["decision"]["provision"]["outcome"] == outcome
    assert body["decision"]["provision"]["reasons"] and body["decision"]["record"]["reasons"]
    assert body["law_version"] == body["decision"]["provision"]["law_version"]["id"]
    if years:
        start = dt.date.fromisoformat(body["retention_from"])
        assert body["retention_until"] == years_end(start, years).isoformat()
        made = TODAY if changes.get("method", "each_time") == "each_time" else (
            dt.date.fromisoformat(changes.get("last_provided_on") or provision(**changes)["provided_on"]))
        assert start == made
    else:
        assert body["retention_until"] is None


def test_receipt_record_and_missing_confirmation(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    unconfirmed = api.post("/api/v1/provisions", json=provision(direction="received", counterpart_name="架空市教育委員会"
                                                                 "ではない架空塾", basis="consent"))
    assert unconfirmed.status_code == 201, unconfirmed.text
    body = unconfirmed.json()
    assert body["outcome"] is None and body["decision"]["provision"] is None
    assert body["alert"] == "confirmation_missing"
    assert body["required_items"] == ["consent", "provider_identity", "acquisition_history", "persons", "data_items"]
    confirmed = api.post("/api/v1/provisions", json=provision(
        direction="received", basis="consent", counterpart_representative="架空 太郎", provider_identity_confirmed=True,
        acquisition_history="本人から書面で同意を得て取得したと提供元の書面で確認"))
    assert confirmed.json()["alert"] is None
    refused = api.post("/api/v1/provisions", json=provision(direction="received", basis="none"))
    assert refused.status_code == 422 and refused.json()["errors"][0]["field"] == "basis"


TOMORROW = (TODAY + dt.timedelta(days=1)).isoformat()


@pytest.mark.parametrize(("change", "field", "code"), [
    ({"counterpart_name": " "}, "counterpart_name", "string_too_short"),
    ({"data_items": []}, "data_items", "too_short"),
    ({"basis": "gift"}, "basis", "enum"),
    ({"basis": "exception"}, "exception_kind", "provision_exception_kind_required"),
    ({"exception_kind": "law"}, "exception_kind", "provision_only_with_exception"),
    ({"basis": "exception", "exception_kind": "law"}, "legal_basis", "provision_legal_basis_required"),
    ({"recipient_abroad": True}, "recipient_country", "provision_country_required"),
    ({"recipient_abroad": True, "recipient_country": "USA"}, "recipient_country", "string_pattern_mismatch"),
    ({"provided_on": TOMORROW}, "provided_on", "date_in_future"),
    ({"last_provided_on": "2000-01-01"}, "last_provided_on", "provision_last_provided_out_of_range"),
    ({"basis": "opt_out", "method": "batch"}, "method", "provision_facts_refused"),
    ({"database_id": 99}, "database_id", "not_found"),
    ({"surprise": 1}, "surprise", "extra_forbidden"),
])
def test_bad_request_names_the_field_and_saves_nothing(app, change, field, code) -> None:  # noqa: ANN001
    api = admin_api(app)
    audit_before = len(api.get("/api/v1/audit").json())
    response = api.post("/api/v1/provisions", json=provision(**change))
    assert response.status_code == 422, response.text
    error = response.json()["errors"][0]
    assert (error["field"], error["code"]) == (field, code)
    assert error["message"] and error["message_en"]
    assert api.get("/api/v1/provisions").json() == []
    assert len(api.get("/api/v1/audit").json()) == audit_before


def test_edit_history_audit_and_register_link(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    api.post("/api/v1/register", json=sample_entry())  # 要配慮 → the provision is sensitive
    created = api.post("/api/v1/provisions", json=provision(database_id=1, basis="none")).json()
    assert created["sensitive"] is True and created["alert"] == "no_lawful_basis"
    stale = api.put("/api/v1/provisions/1", json=provision(database_id=1, version=5))
    assert stale.status_code == 409
    fixed = api.put("/api/v1/provisions/1", json=provision(database_id=1, version=1))
    assert fixed.status_code == 200 and fixed.json()["alert"] is None and fixed.json()["version"] == 2
    history = api.get("/api/v1/provisions/1/history").json()
    assert [(h["version"], h["snapshot"]["alert"]) for h in history] == [(2, None), (1, "no_lawful_basis")]
    audit = api.get("/api/v1/audit").json()
    assert [e["action"] for e in audit][-2:] == ["provision.create", "provision.update"]
    assert audit[-2]["details"]["alert"] == "no_lawful_basis"
    assert "架空旅行" not in str(audit)  # ids and field names only
    assert [p["id"] for p in api.get("/api/v1/provisions", params={"alerts_only": True}).json()] == []
    assert api.get("/api/v1/provisions/9").status_code == 404


@pytest.mark.parametrize("encoding", ["utf-8", "cp932"])
def test_csv_exports(app, encoding: str) -> None:  # noqa: ANN001
    api = admin_api(app)
    api.post("/api/v1/provisions", json=provision(notes="=HYPERLINK(\"x\")"))
    api.post("/api/v1/provisions", json=provision(basis="none"))
    response = api.get("/api/v1/provisions.csv", params={"encoding": encoding})
    assert response.status_code == 200
    text = response.content.decode("utf-8-sig" if encoding == "utf-8" else "cp932")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert [r["警告"] for r in rows] == ["根拠なし", ""]  # newest first
    assert rows[1]["備考"].startswith("'=")  # formula defused, as in the register export
    assert "本人の同意を得ている旨" in rows[0]["記録事項"]
    consent = {"subject_name": "架空 次郎", "scope": "third_party_provision", "purpose": "名簿提供",
               "recipient": "架空旅行株式会社", "method": "written", "obtained_on": "2025-04-10"}
    assert api.post("/api/v1/consents", json=consent).status_code == 201
    consents_csv = api.get("/api/v1/consents.csv", params={"encoding": encoding}).content
    consent_rows = list(csv.DictReader(io.StringIO(consents_csv.decode("utf-8-sig" if encoding == "utf-8"
                                                                       else "cp932"), newline="")))
    assert consent_rows[0]["本人の氏名"] == "架空 次郎" and consent_rows[0]["同意の種類"].startswith("第三者提供")


@pytest.mark.parametrize(("role", "read", "write"), [
    (Role.PRIVACY_OFFICER, 200, 201), (Role.AUDITOR, 200, 403), (Role.STAFF, 403, 403),
    (Role.MYNUMBER_HANDLER, 403, 403),
])
def test_permissions(app, role: Role, read: int, write: int) -> None:  # noqa: ANN001
    admin = admin_api(app)
    admin.post("/api/v1/provisions", json=provision())
    api = user_api(app, admin, role)
    assert api.get("/api/v1/provisions").status_code == read
    assert api.get("/api/v1/provisions/1").status_code == read
    assert api.get("/api/v1/provisions.csv").status_code == read
    assert api.post("/api/v1/provisions", json=provision()).status_code == write
    assert api.put("/api/v1/provisions/1", json=provision(version=1)).status_code in ({write, 200} - {201})
    page = api.client.get("/provisions/new", follow_redirects=False)
    assert page.status_code == (200 if write == 201 else 403)


def test_form_keeps_input_on_error_then_saves(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    form = {"csrf_token": api.csrf, "direction": "provided", "counterpart_name": "架空旅行株式会社",
            "data_items": "氏名\n学年", "persons": "3年生", "basis": "exception", "exception_kind": "",
            "provided_on": TODAY.isoformat(), "method": "each_time", "sensitive": "on"}
    wrong = api.client.post("/provisions/new", data=form)
    assert wrong.status_code == 422
    assert "例外の種類を選んでください。" in wrong.text and "架空旅行株式会社" in wrong.text and "氏名\n学年" in wrong.text
    assert api.get("/api/v1/provisions").json() == []
    saved = api.client.post("/provisions/new", data=form | {"basis": "none"}, follow_redirects=False)
    assert saved.status_code == 303 and saved.headers["location"] == "/provisions/1?saved=1"
    detail = api.client.get("/provisions/1")
    assert 'id="provision-alert"' in detail.text and "法令上の根拠がありません" in detail.text
    assert "個人情報保護法第27条" in detail.text and "本人の氏名その他の本人を特定するに足りる事項" in detail.text
    assert api.client.get("/provisions").status_code == 200
    assert api.client.get("/provisions/1/history").status_code == 200
    edit = api.client.get("/provisions/1/edit")
    assert edit.status_code == 200 and "架空旅行株式会社" in edit.text


@pytest.mark.parametrize(("first", "years", "last"), [
    ("2024-06-01", 3, "2027-05-31"),  # 起算日 counted: the day before the corresponding day
    ("2025-01-01", 1, "2025-12-31"),
    ("2024-02-29", 1, "2025-02-28"),  # no 29 February: the last day of the month (民法第143条第2項ただし書)
    ("2024-02-29", 4, "2028-02-28"),
])
def test_years_end(first: str, years: int, last: str) -> None:
    assert years_end(dt.date.fromisoformat(first), years).isoformat() == last



@given(st.dates(min_value=dt.date(2017, 5, 30), max_value=dt.date(2090, 12, 31)), st.integers(1, 5))
def test_years_end_covers_exactly_the_years(first: dt.date, years: int) -> None:
    last = years_end(first, years)
    following = last + dt.timedelta(days=1)
    assert following.year == first.year + years
    assert (following.month, following.day) == (first.month, first.day) or (first.month, first.day) == (2, 29)
