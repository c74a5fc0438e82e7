"""Consent records (同意記録): API, validation naming the field, withdrawal, history, UI form."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from app_support import admin_api, sample_entry, user_api

from hogo.app.consents import today_in_japan
from hogo.app.models import Role


def consent(**changes: object) -> dict:
    record = {"subject_name": "架空 次郎", "subject_ref": "S-0001", "scope": "third_party_provision",
              "purpose": "修学旅行の旅行会社への名簿提供", "recipient": "架空旅行株式会社", "method": "written",
              "given_by": "legal_representative", "representative_name": "架空 一郎", "representative_relation": "父",
              "obtained_on": "2025-04-10"}
    record.update(changes)
    return record


def test_record_edit_withdraw_and_history(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    api.post("/api/v1/register", json=sample_entry())
    created = api.post("/api/v1/consents", json=consent(database_id=1))
    assert created.status_code == 201, created.text
    assert created.json()["active"] is True and created.json()["version"] == 1
    edited = api.put("/api/v1/consents/1", json=consent(database_id=1, notes="原本は事務室", version=1))
    assert edited.json()["version"] == 2
    withdrawn = api.post("/api/v1/consents/1/withdraw", json={"withdrawn_on": "2025-06-01", "version": 2})
    assert withdrawn.status_code == 200 and withdrawn.json()["active"] is False
    again = api.post("/api/v1/consents/1/withdraw", json={"withdrawn_on": "2025-06-02", "version": 3})
    assert again.status_code == 409 and again.json()["errors"][0]["code"] == "already_withdrawn"
    history = api.get("/api/v1/consents/1/history").json()
    assert [(h["version"], h["snapshot"]["withdrawn_on"]) for h in history] == [(3, "2025-06-01"), (2, None),
                                                                                 (1, None)]
    assert api.get("/api/v1/consents", params={"active_only": True}).json() == []
    assert [c["id"] for c in api.get("/api/v1/consents", params={"database_id": 1}).json()] == [1]
    actions = [e["action"] for e in api.get("/api/v1/audit").json()]
    assert actions[-3:] == ["consent.create", "consent.update", "consent.withdraw"]
    assert "架空" not in str(api.get("/api/v1/audit").json())  # the log names ids, not people


TOMORROW = (today_in_japan() + dt.timedelta(days=1)).isoformat()


@pytest.mark.parametrize(("change", "field", "code"), [
    ({"recipient": ""}, "recipient", "recipient_required"),
    ({"method": "oral"}, "oral_record", "oral_record_required"),
    ({"representative_name": ""}, "representative_name", "representative_required"),
    ({"representative_relation": ""}, "representative_relation", "representative_required"),
    ({"obtained_on": TOMORROW}, "obtained_on", "date_in_future"),
    ({"obtained_on": "2025/04/10"}, "obtained_on", "date_from_datetime_parsing"),
    ({"withdrawn_on": "2025-01-01"}, "withdrawn_on", "withdrawn_before_obtained"),
    ({"scope": "marketing"}, "scope", "enum"),
    ({"database_id": 42}, "database_id", "not_found"),
    ({"subject_name": " "}, "subject_name", "string_too_short"),
])
def test_consent_errors_name_the_field(app, change: dict, field: str, code: str) -> None:  # noqa: ANN001
    api = admin_api(app)
    response = api.post("/api/v1/consents", json=consent(**change))
    assert response.status_code == 422, response.text
    assert (response.json()["errors"][0]["field"], response.json()["errors"][0]["code"]) == (field, code)
    assert api.get("/api/v1/consents").json() == []


def test_oral_consent_by_the_person_needs_no_representative(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    response = api.post("/api/v1/consents", json=consent(
        scope="sensitive_acquisition", recipient="", method="oral", oral_record="面談時に担任が確認し記録",
        given_by="subject", representative_name="", representative_relation=""))
    assert response.status_code == 201, response.text


def test_withdrawal_cannot_precede_consent(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    api.post("/api/v1/consents", json=consent())
    response = api.post("/api/v1/consents/1/withdraw", json={"withdrawn_on": "2025-01-01", "version": 1})
    assert response.status_code == 422 and response.json()["errors"][0]["field"] == "withdrawn_on"


def test_staff_record_consents_my_number_handler_does_not(app) -> None:  # noqa: ANN001
    admin = admin_api(app)
    staff = user_api(app, admin, Role.STAFF)
    assert staff.post("/api/v1/consents", json=consent()).status_code == 201
    handler = user_api(app, admin, Role.MYNUMBER_HANDLER)
    assert handler.get("/api/v1/consents").status_code == 403


def test_consent_form_keeps_input(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    page = api.client.get("/consents/new")
    csrf = re.search(r'name="csrf_token" value="([0-9a-f]+)"', page.text).group(1)
    data = consent(recipient="", database_id="", csrf_token=csrf)
    response = api.client.post("/consents/new", data=data)
    assert response.status_code == 422 and 'id="error-recipient"' in response.text
    assert "提供先を入力してください" in response.text and 'value="架空 一郎"' in response.text
    saved = api.client.post("/consents/new", data=data | {"recipient": "架空旅行株式会社"}, follow_redirects=False)
    assert saved.status_code == 303 and saved.headers["location"] == "/consents/1?saved=1"
    detail = api.client.get("/consents/1")
    assert "法定代理人" in detail.text and "架空 一郎" in detail.text and "有効" in detail.text
    withdrawn = api.client.post("/consents/1/withdraw", data={"withdrawn_on": "2025-05-01", "version": "1",
                                                              "csrf_token": csrf}, follow_redirects=False)
    assert withdrawn.status_code == 303
    assert "撤回済み" in api.client.get("/consents").text
