"""Contractors: end of the contract — return / deletion of the data confirmed with evidence (返却・削除の確認).

通則ガイドライン 3-4-4 (委託契約終了後の個人データの返却・削除); 番号法ガイドライン 第4-2-(1) clause ⑥ and
第4-3-(3)B (削除・廃棄を証明書等により確認; spec mynumber-and-pia.md R-DEL-3, §6.11). Pages and API, on SQLite
and PostgreSQL (``db_url``). Fictional data only.
"""

from __future__ import annotations

import datetime as dt

import pytest
from app_support import admin_api, sample_entry, user_api

from hogo.app import audit, notifications
from hogo.app import contractors as svc
from hogo.app.consents import today_in_japan
from hogo.app.models import AuditEntry, Role
from hogo.app.web.deps import LANGUAGE_COOKIE

TODAY = today_in_japan()
PAST_END = (TODAY - dt.timedelta(days=10)).isoformat()
ALL_CHECKS = [c.id for c in svc.SELECTION_CHECKS]
MUST = {regime: [c.id for c in items if c.required] for regime, items in svc.CLAUSES.items()}
CONFIRMED = {"ended_on": "2025-03-31", "method": "deletion", "evidence_kind": "certificate",
             "document_ref": "架空-削除証明-0001", "received_on": "2025-04-10", "checked_by": "架空 責任者",
             "outcome": "confirmed", "note": "媒体の消去を確認(架空)"}


def _contractor(api, regime: str = "appi", **extra) -> dict:  # noqa: ANN001
    body = {"name": "架空印刷株式会社", "service": "通知表の印刷", "regime": regime, "selected_on": "2024-03-01",
            "selection_checks": ALL_CHECKS, "clauses": MUST[regime], "contract_start": "2024-04-01",
            "contract_end": "2025-03-31", **extra}
    response = api.post("/api/v1/contractors", json=body)
    assert response.status_code == 201, response.text
    return response.json()


def _form(api, path: str, data: dict):  # noqa: ANN001, ANN202
    return api.client.post(path, data={"csrf_token": api.csrf, **data}, follow_redirects=False)


def _error(response, status: int = 422) -> dict:  # noqa: ANN001
    assert response.status_code == status, response.text
    error = response.json()["errors"][0]
    assert error["message"] and error["message_en"]
    return error


def _end_audit(app) -> list[AuditEntry]:  # noqa: ANN001
    with app.state.sessions() as session:
        assert audit.verify(session).ok
        return session.query(AuditEntry).filter_by(target_type="contractor_end").order_by(AuditEntry.seq).all()


def _flagged(app) -> list[int]:  # noqa: ANN001
    with app.state.sessions() as session:
        return [int(d.link.split("/")[2].split("#")[0]) for d in notifications.open_deadlines(session)
                if d.key.startswith("contractor:")]


def test_page_happy_path_record_shown_on_page_and_in_history(app) -> None:  # noqa: ANN001
    admin = admin_api(app)
    db_id = admin.post("/api/v1/register", json=sample_entry()).json()["id"]
    cid = _contractor(admin, database_ids=[db_id])["id"]
    page = admin.get(f"/contractors/{cid}").text
    assert "契約終了・返却/廃棄の確認" in page and 'id="end-form"' in page and 'action="/contractors/' in page
    response = _form(admin, f"/contractors/{cid}/end", CONFIRMED | {"end_note": CONFIRMED["note"],
                                                                     "end_database_ids": [str(db_id)]})
    assert response.status_code == 303, response.text
    assert response.headers["location"] == f"/contractors/{cid}?saved=1#contract-end"
    page = admin.get(f"/contractors/{cid}").text
    assert 'id="contract-end-record"' in page and "確認済み" in page and "架空-削除証明-0001" in page
    assert "削除・廃棄証明書" in page and 'id="end-form"' not in page  # a confirmed record is final
    with app.state.sessions() as session:
        end = svc.end_of(session, cid)
        assert end.database_ids == [db_id] and end.note == CONFIRMED["note"] and end.outcome is svc.EndOutcome.CONFIRMED
    history = admin.get(f"/contractors/{cid}/history").text
    assert 'id="contract-end-history"' in history and "確認済み" in history
    admin.client.cookies.set(LANGUAGE_COOKIE, "en")
    english = admin.get(f"/contractors/{cid}").text
    assert "Contract end: return / disposal check" in english and "Deletion/disposal certificate" in english


def test_page_validation_error_keeps_the_input(app) -> None:  # noqa: ANN001
    admin = admin_api(app)
    cid = _contractor(admin)["id"]
    bad = _form(admin, f"/contractors/{cid}/end", CONFIRMED | {"received_on": "2025-03-01"})
    assert bad.status_code == 422 and 'id="error-received_on"' in bad.text
    assert "受領日は契約終了日以降にしてください" in bad.text and "架空-削除証明-0001" in bad.text
    with app.state.sessions() as session:
        assert svc.end_of(session, cid) is None


def test_api_happy_path_pending_then_confirmed(app) -> None:  # noqa: ANN001
    admin = admin_api(app)
    db_ids = [admin.post("/api/v1/register", json=sample_entry(name=n)).json()["id"] for n in ("名簿A", "名簿B")]
    cid = _contractor(admin, database_ids=db_ids)["id"]
    assert _error(admin.get(f"/api/v1/contractors/{cid}/end"), 404)["code"] == "not_found"
    pending = admin.post(f"/api/v1/contractors/{cid}/end", json={"ended_on": "2025-03-31", "method": "return"})
    assert pending.status_code == 201, pending.text
    end = pending.json()["end"]
    assert end["outcome"] == "pending" and end["database_ids"] == db_ids and end["version"] == 1  # default: all
    assert admin.get(f"/api/v1/contractors/{cid}/end").json() == end
    stale = admin.put(f"/api/v1/contractors/{cid}/end", json=CONFIRMED | {"method": "return", "version": 9})
    assert _error(stale, 409)["field"] == "version"
    done = admin.put(f"/api/v1/contractors/{cid}/end", json=CONFIRMED | {"method": "return",
                                                                         "evidence_kind": "return_receipt",
                                                                         "database_ids": [db_ids[0]], "version": 1})
    assert done.status_code == 200, done.text
    assert done.json()["end"]["outcome"] == "confirmed" and done.json()["end"]["database_ids"] == [db_ids[0]]
    final = admin.put(f"/api/v1/contractors/{cid}/end", json=CONFIRMED | {"version": 2})
    assert _error(final, 409)["code"] == "contractors_end_final"


@pytest.mark.parametrize(("change", "field", "code"), [
    ({"received_on": "2025-03-30"}, "received_on", "contractors_received_before_end"),
    ({"evidence_kind": "none"}, "evidence_kind", "contractors_evidence_required"),
    ({"received_on": None}, "received_on", "contractors_received_on_required"),
    ({"checked_by": ""}, "checked_by", "contractors_checked_by_required"),
    ({"ended_on": "2024-03-31", "received_on": "2024-04-10"}, "ended_on", "contractors_ended_before_start"),
    ({"ended_on": (TODAY + dt.timedelta(days=5)).isoformat(), "received_on": None, "outcome": "pending"},
     "ended_on", "date_in_future"),
    ({"database_ids": [999]}, "database_ids", "contractors_not_its_data"),
    ({"method": "burn"}, "method", None),
])
def test_each_validation_error(app, change: dict, field: str, code: str | None) -> None:  # noqa: ANN001
    admin = admin_api(app)
    cid = _contractor(admin)["id"]
    error = _error(admin.post(f"/api/v1/contractors/{cid}/end", json=CONFIRMED | change))
    assert error["field"] == field
    if code:
        assert error["code"] == code
    with app.state.sessions() as session:
        assert svc.end_of(session, cid) is None


@pytest.mark.parametrize(("change", "ok", "field"), [
    ({}, True, None),  # deletion with the certificate and its number
    ({"document_ref": ""}, False, "document_ref"),
    ({"evidence_kind": "report"}, False, "evidence_kind"),
    ({"method": "destruction", "evidence_kind": "other"}, False, "evidence_kind"),
    ({"method": "mixed", "document_ref": ""}, False, "document_ref"),
    ({"method": "return", "evidence_kind": "return_receipt", "document_ref": ""}, True, None),
    ({"evidence_kind": "none", "document_ref": "", "received_on": None, "outcome": "pending"}, True, None),
])
def test_mynumber_deletion_needs_the_certificate(app, change: dict, ok: bool,  # noqa: ANN001
                                                field: str | None) -> None:
    admin = admin_api(app)
    cid = _contractor(admin, "mynumber", name="架空給与計算株式会社", service="給与計算")["id"]
    response = admin.post(f"/api/v1/contractors/{cid}/end", json=CONFIRMED | change)
    if ok:
        assert response.status_code == 201, response.text
    else:
        error = _error(response)
        assert (error["field"], error["code"]) == (field, "contractors_mynumber_certificate")
        assert "証明書" in error["message"]


def test_appi_deletion_may_be_confirmed_by_a_report(app) -> None:  # noqa: ANN001
    admin = admin_api(app)
    cid = _contractor(admin)["id"]
    response = admin.post(f"/api/v1/contractors/{cid}/end", json=CONFIRMED | {"evidence_kind": "report",
                                                                              "document_ref": ""})
    assert response.status_code == 201, response.text


def test_a_contract_cannot_be_ended_twice(app) -> None:  # noqa: ANN001
    admin = admin_api(app)
    cid = _contractor(admin)["id"]
    assert admin.post(f"/api/v1/contractors/{cid}/end", json=CONFIRMED).status_code == 201
    again = admin.post(f"/api/v1/contractors/{cid}/end", json=CONFIRMED)
    assert _error(again, 409)["code"] == "contractors_already_ended"
    page = _form(admin, f"/contractors/{cid}/end", CONFIRMED)
    assert page.status_code == 422 and "すでに記録されています" in page.text
    assert len(_end_audit(app)) == 1


@pytest.mark.parametrize("role", [Role.AUDITOR, Role.STAFF])
def test_wrong_role_is_refused(app, role: Role) -> None:  # noqa: ANN001
    admin = admin_api(app)
    cid = _contractor(admin)["id"]
    api = user_api(app, admin, role)
    assert api.post(f"/api/v1/contractors/{cid}/end", json=CONFIRMED).status_code == 403
    assert api.put(f"/api/v1/contractors/{cid}/end", json=CONFIRMED | {"version": 1}).status_code == 403
    assert _form(api, f"/contractors/{cid}/end", CONFIRMED).status_code == 403
    if role is Role.AUDITOR:  # reads, but is not offered the form
        page = api.get(f"/contractors/{cid}").text
        assert "契約終了・返却/廃棄の確認" in page and 'id="end-form"' not in page
    with app.state.sessions() as session:
        assert svc.end_of(session, cid) is None


def test_mynumber_handler_ends_only_mynumber_contracts(app) -> None:  # noqa: ANN001
    admin = admin_api(app)
    appi = _contractor(admin)["id"]
    handler = user_api(app, admin, Role.MYNUMBER_HANDLER)
    assert _error(handler.post(f"/api/v1/contractors/{appi}/end", json=CONFIRMED), 403)["field"] == "regime"


def test_flag_appears_after_the_contract_end_and_disappears_when_confirmed(app) -> None:  # noqa: ANN001
    admin = admin_api(app)
    ended = _contractor(admin, contract_end=PAST_END)["id"]
    running = _contractor(admin, name="架空清掃株式会社", contract_end=(TODAY + dt.timedelta(days=30)).isoformat())["id"]
    open_ended = _contractor(admin, name="架空警備株式会社", contract_end=None)["id"]
    assert _flagged(app) == [ended]
    deadlines = [d for d in admin.get("/api/v1/dashboard").json()["case_deadlines"]
                 if d["label"] == "委託契約終了後の返却・削除の確認"]
    assert [(d["reference"], d["due_on"]) for d in deadlines] == [(f"委託先 No.{ended}", PAST_END)]
    assert "架空印刷" not in str(deadlines)  # no names in the notification text
    assert 'id="contract-end-overdue"' in admin.get(f"/contractors/{ended}").text
    assert 'id="contract-end-overdue"' not in admin.get(f"/contractors/{running}").text
    auditor = user_api(app, admin, Role.AUDITOR)  # reads contractors but does not act: not told
    assert not [d for d in auditor.get("/api/v1/dashboard").json()["case_deadlines"]
                if d["label"] == "委託契約終了後の返却・削除の確認"]
    # a pending record keeps the flag (due on the day the contract ended); confirming removes it
    body = CONFIRMED | {"ended_on": PAST_END, "received_on": None, "evidence_kind": "none", "outcome": "pending"}
    assert admin.post(f"/api/v1/contractors/{ended}/end", json=body).status_code == 201
    assert _flagged(app) == [ended]
    done = admin.put(f"/api/v1/contractors/{ended}/end", json=body | {"outcome": "confirmed",
                                                                      "evidence_kind": "certificate",
                                                                      "received_on": TODAY.isoformat(),
                                                                      "version": 1})
    assert done.status_code == 200, done.text
    assert _flagged(app) == []
    assert 'id="contract-end-overdue"' not in admin.get(f"/contractors/{ended}").text
    # an early termination recorded as "problem" is flagged even before the planned end
    problem = CONFIRMED | {"ended_on": TODAY.isoformat(), "received_on": None, "outcome": "problem"}
    assert admin.post(f"/api/v1/contractors/{running}/end", json=problem).status_code == 201
    assert _flagged(app) == [running]
    assert open_ended not in _flagged(app)


def test_subcontractors_of_an_ended_contractor_need_their_own_confirmation(app) -> None:  # noqa: ANN001
    admin = admin_api(app)
    otsu = _contractor(admin, "mynumber", name="架空給与計算株式会社", contract_end=None)["id"]
    reentrust = {"subcontractor_name": "架空データ入力有限会社", "service": "入力作業", "requested_on": "2025-06-01",
                 "permission": "original_entruster", "permission_by": "架空学園 理事長", "permitted_on": "2025-06-03"}
    hei = admin.post(f"/api/v1/contractors/{otsu}/reentrust", json=reentrust).json()["child_id"]
    assert admin.get(f"/api/v1/contractors/{otsu}").json()["end_subcontractors"] == []
    assert _flagged(app) == []
    ended = admin.post(f"/api/v1/contractors/{otsu}/end", json=CONFIRMED | {"ended_on": "2025-09-30",
                                                                             "received_on": "2025-10-10"})
    assert ended.status_code == 201, ended.text
    assert ended.json()["end_subcontractors"] == [hei]
    assert _flagged(app) == [hei]  # the ended contractor is confirmed; its re-entrustee is not yet
    page = admin.get(f"/contractors/{otsu}").text
    assert 'id="contract-end-subcontractors"' in page and "架空データ入力有限会社" in page
    sub = admin.post(f"/api/v1/contractors/{hei}/end", json=CONFIRMED | {"ended_on": "2025-09-30",
                                                                          "received_on": "2025-10-12"})
    assert sub.status_code == 201, sub.text
    assert admin.get(f"/api/v1/contractors/{otsu}").json()["end_subcontractors"] == []
    assert _flagged(app) == []


def test_audit_entries_hold_ids_and_field_names_only(app) -> None:  # noqa: ANN001
    admin = admin_api(app)
    cid = _contractor(admin)["id"]
    body = CONFIRMED | {"outcome": "pending", "received_on": None, "evidence_kind": "none"}
    assert admin.post(f"/api/v1/contractors/{cid}/end", json=body).status_code == 201
    assert admin.put(f"/api/v1/contractors/{cid}/end", json=CONFIRMED | {"version": 1}).status_code == 200
    entries = _end_audit(app)
    assert [e.action for e in entries] == ["contractor.end", "contractor.end.update"]
    assert entries[0].details == {"version": 1, "contractor_id": cid, "outcome": "pending"}
    assert entries[1].details["fields"] == ["evidence_kind", "outcome", "received_on"]
    text = str([e.details for e in entries])
    assert "架空" not in text and "証明" not in text
    with app.state.sessions() as session:
        assert [r.snapshot["outcome"] for r in svc.end_history(session, cid)] == ["confirmed", "pending"]


def test_page_pending_record_is_completed_with_the_update_form(app) -> None:  # noqa: ANN001
    admin = admin_api(app)
    cid = _contractor(admin, "mynumber", name="架空給与計算株式会社")["id"]
    pending = {"ended_on": "2025-03-31", "method": "destruction", "evidence_kind": "none", "outcome": "pending"}
    assert _form(admin, f"/contractors/{cid}/end", pending).status_code == 303
    page = admin.get(f"/contractors/{cid}").text
    assert "確認待ち" in page and f'action="/contractors/{cid}/end/update"' in page and 'name="version" value="1"' in page
    no_certificate = _form(admin, f"/contractors/{cid}/end/update",
                           CONFIRMED | {"method": "destruction", "evidence_kind": "report", "version": "1"})
    assert no_certificate.status_code == 422 and 'id="error-evidence_kind"' in no_certificate.text
    assert "削除・廃棄証明書とその番号" in no_certificate.text
    done = _form(admin, f"/contractors/{cid}/end/update", CONFIRMED | {"method": "destruction", "version": "1"})
    assert done.status_code == 303, done.text
    history = admin.get(f"/contractors/{cid}/history").text
    assert history.count('class="end-outcome"') == 2 and "確認待ち" in history and "確認済み" in history
