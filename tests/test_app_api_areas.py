"""JSON API of complaints (苦情・相談), contractors (委託先) and safety measures (安全管理措置), on SQLite and
PostgreSQL (the ``app`` fixture): every operation, bad input naming the field, roles, stale versions, CSRF,
re-entrustment without the original entruster's 許諾, and the audit entries. Fictional data only.
"""

from __future__ import annotations

import datetime as dt

import pytest
from app_support import admin_api, sample_entry, user_api

from hogo.app import audit
from hogo.app import contractors as contractors_svc
from hogo.app.models import AuditEntry, Role

FUTURE = (dt.date.today() + dt.timedelta(days=3)).isoformat()
ALL_CHECKS = [c.id for c in contractors_svc.SELECTION_CHECKS]
MUST = {regime: [c.id for c in items if c.required] for regime, items in contractors_svc.CLAUSES.items()}
COMPLAINT = {"received_on": "2025-04-10", "channel": "phone", "kind": "complaint", "topics": ["third_party"],
             "complainant": "guardian", "complainant_name": "架空 一郎", "contact": "架空町1-2-3",
             "summary": "クラス名簿がPTA役員に渡されたとの申出(架空)"}
CONTRACTOR = {"name": "架空給与計算株式会社", "service": "給与計算・源泉徴収票の作成", "regime": "mynumber",
              "selected_on": "2025-03-01", "selection_checks": ALL_CHECKS, "clauses": MUST["mynumber"],
              "next_review_on": "2026-04-01"}
REENTRUST = {"subcontractor_name": "架空データ入力有限会社", "service": "入力作業", "requested_on": "2025-06-01"}
PERMITTED = {"permission_by": "架空学園 理事長", "permitted_on": "2025-06-03"}


def _audit(app, target_type: str) -> list[AuditEntry]:  # noqa: ANN001
    with app.state.sessions() as session:
        entries = session.query(AuditEntry).filter_by(target_type=target_type).order_by(AuditEntry.seq).all()
        assert audit.verify(session).ok
        return entries


def _error(response, status: int = 422) -> dict:  # noqa: ANN001
    assert response.status_code == status, response.text
    error = response.json()["errors"][0]
    assert error["message"] and error["message_en"]
    return error


# ---------------------------------------------------------------------------------------------------------------
# 苦情・相談
# ---------------------------------------------------------------------------------------------------------------
def test_complaint_intake_log_escalation_close_and_audit(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    response = api.post("/api/v1/complaints", json=COMPLAINT)
    assert response.status_code == 201, response.text
    created = response.json()
    cid = created["id"]
    assert (created["status"], created["version"], created["steps"]) == ("received", 1, [])
    assert api.get(f"/api/v1/complaints/{cid}").json() == created
    # edit with the version read; the same version again is stale (409, nothing overwritten)
    updated = api.put(f"/api/v1/complaints/{cid}", json=COMPLAINT | {"topics": ["leak", "third_party"],
                                                                     "version": 1})
    assert updated.status_code == 200 and updated.json()["version"] == 2
    assert updated.json()["topics"] == ["third_party", "leak"]  # canonical order
    stale = api.put(f"/api/v1/complaints/{cid}", json=COMPLAINT | {"summary": "上書き", "version": 1})
    assert _error(stale, 409)["field"] == "version"
    assert api.get(f"/api/v1/complaints/{cid}").json()["summary"] == COMPLAINT["summary"]
    # handling log: the first step moves it to 対応中
    step = api.post(f"/api/v1/complaints/{cid}/steps", json={"on": "2025-04-11", "action": "事実関係を確認"})
    assert step.status_code == 201, step.text
    assert step.json()["status"] == "in_progress" and step.json()["version"] == 3
    assert [s["action"] for s in step.json()["steps"]] == ["事実関係を確認"]
    assert _error(api.post(f"/api/v1/complaints/{cid}/steps", json={"on": "2025-04-01", "action": "x"}))[
        "field"] == "on"  # before receipt
    # escalation to the 認定個人情報保護団体
    body = {"escalated_to": "accredited_body", "escalated_on": "2025-04-15", "escalation_note": "団体へ移送"}
    assert _error(api.post(f"/api/v1/complaints/{cid}/escalate", json=body | {"version": 2}), 409)["field"] == "version"
    assert _error(api.post(f"/api/v1/complaints/{cid}/escalate",
                           json=body | {"escalated_on": "2025-04-01", "version": 3}))["field"] == "escalated_on"
    escalated = api.post(f"/api/v1/complaints/{cid}/escalate", json=body | {"version": 3})
    assert escalated.status_code == 200, escalated.text
    assert (escalated.json()["status"], escalated.json()["escalated_to"]) == ("escalated", "accredited_body")
    assert escalated.json()["steps"][-1]["action"].startswith("移送: 認定個人情報保護団体")
    # close: not before the escalation; then no further change (409, field status)
    close = {"closed_on": "2025-04-14", "outcome": "resolved", "outcome_note": "名簿を回収し説明", "version": 4}
    assert _error(api.post(f"/api/v1/complaints/{cid}/close", json=close))["code"] == "complaints_before_escalated"
    closed = api.post(f"/api/v1/complaints/{cid}/close", json=close | {"closed_on": "2025-05-01"})
    assert closed.status_code == 200 and closed.json()["status"] == "closed" and closed.json()["outcome"] == "resolved"
    assert _error(api.post(f"/api/v1/complaints/{cid}/steps", json={"on": "2025-05-02", "action": "x"}),
                  409)["field"] == "status"
    assert _error(api.put(f"/api/v1/complaints/{cid}", json=COMPLAINT | {"version": 5}), 409)["field"] == "status"
    # list filters, history, statistics still answer
    assert [c["id"] for c in api.get("/api/v1/complaints", params={"status": "closed"}).json()] == [cid]
    assert api.get("/api/v1/complaints", params={"status": "received"}).json() == []
    assert api.get("/api/v1/complaints", params={"kind": "question"}).json() == []
    assert _error(api.get("/api/v1/complaints", params={"status": "lost"}))["field"] == "status"
    history = api.get(f"/api/v1/complaints/{cid}/history").json()
    assert [h["version"] for h in history] == [5, 4, 3, 2, 1] and history[0]["snapshot"]["outcome"] == "resolved"
    assert api.get("/api/v1/complaints/stats").status_code == 200
    assert _error(api.get("/api/v1/complaints/99"), 404)["code"] == "not_found"
    # the audit entries of the pages, without the content or the complainant
    entries = _audit(app, "complaint")
    assert [e.action for e in entries] == ["complaint.create", "complaint.update", "complaint.update", "complaint.step",
                                           "complaint.escalate", "complaint.close"]
    assert entries[-2].details["escalated_to"] == "accredited_body" and entries[-1].details["outcome"] == "resolved"
    details = " ".join(str(e.details) for e in entries)
    assert "名簿" not in details and "架空" not in details and "PTA" not in details


@pytest.mark.parametrize(("path", "change", "field"), [
    ("", {"received_on": FUTURE}, "received_on"),
    ("", {"channel": "fax"}, "channel"),
    ("", {"summary": "  "}, "summary"),
    ("", {"topics": ["weather"]}, "topics"),
    ("", {"database_id": 99}, "database_id"),
    ("", {"colour": "red"}, "colour"),
    ("/escalate", {"escalated_to": "court", "escalated_on": "2025-04-12", "version": 1}, "escalated_to"),
    ("/close", {"closed_on": "2025-04-12", "outcome": "resolved", "outcome_note": "", "version": 1}, "outcome_note"),
    ("/steps", {"on": "someday", "action": "確認"}, "on"),
])
def test_complaint_bad_input_names_the_field(app, path: str, change: dict, field: str) -> None:  # noqa: ANN001
    api = admin_api(app)
    if path:
        cid = api.post("/api/v1/complaints", json=COMPLAINT).json()["id"]
        response = api.post(f"/api/v1/complaints/{cid}{path}", json=change)
    else:
        response = api.post("/api/v1/complaints", json=COMPLAINT | change)
    assert _error(response)["field"] == field
    assert len(_audit(app, "complaint")) == (1 if path else 0)  # nothing recorded by the refused call


@pytest.mark.parametrize(("role", "read", "write"), [
    (Role.PRIVACY_OFFICER, True, True), (Role.AUDITOR, True, False), (Role.MYNUMBER_HANDLER, False, False),
    (Role.STAFF, False, False)])
def test_complaint_roles(app, role: Role, read: bool, write: bool) -> None:  # noqa: ANN001
    admin = admin_api(app)
    cid = admin.post("/api/v1/complaints", json=COMPLAINT).json()["id"]
    api = user_api(app, admin, role)
    assert api.get(f"/api/v1/complaints/{cid}").status_code == (200 if read else 403)
    assert api.get("/api/v1/complaints").status_code == (200 if read else 403)
    response = api.post(f"/api/v1/complaints/{cid}/steps", json={"on": "2025-04-11", "action": "確認"})
    assert response.status_code == (201 if write else 403)
    if not write:
        assert response.json()["errors"][0] == response.json()["errors"][0] | {"field": "permission",
                                                                                "code": "forbidden"}
        assert api.post("/api/v1/complaints", json=COMPLAINT).status_code == 403


# ---------------------------------------------------------------------------------------------------------------
# 委託先
# ---------------------------------------------------------------------------------------------------------------
def test_contractor_checklists_review_update_history(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    catalogue = api.get("/api/v1/contractors/catalogue").json()
    assert [c["id"] for c in catalogue["selection_checks"]] == ALL_CHECKS
    assert [c["id"] for c in catalogue["clauses"]["appi"]] == MUST["appi"] and len(MUST["appi"]) == 8
    assert sum(not c["required"] for c in catalogue["clauses"]["mynumber"]) == 2  # the desirable ones
    db_id = api.post("/api/v1/register", json=sample_entry()).json()["id"]
    # clauses ④ and ⑧ missing: the 第25条 review asks for them (T67 shape)
    lacking = [c for c in MUST["appi"] if c not in ("return_or_delete", "period_stated")]
    response = api.post("/api/v1/contractors", json=CONTRACTOR | {"regime": "appi", "clauses": lacking,
                                                                  "database_ids": [db_id]})
    assert response.status_code == 201, response.text
    created = response.json()
    cid = created["id"]
    assert (created["tier"], created["version"], created["database_ids"]) == (1, 1, [db_id])
    assert created["evaluation"]["outcome"] == "require"
    assert set(created["evaluation"]["missing"]) == {"return_or_delete", "period_stated"}
    assert created["evaluation"]["law_version"]["law"] == "appi"
    assert all(r["citation"] for r in created["evaluation"]["reasons"])
    assert api.get(f"/api/v1/contractors/{cid}").json() == created
    # complete the clauses: allowed; a second edit on the old version is stale
    updated = api.put(f"/api/v1/contractors/{cid}", json=CONTRACTOR | {"regime": "appi", "clauses": MUST["appi"],
                                                                       "database_ids": [db_id], "version": 1})
    assert updated.status_code == 200 and updated.json()["version"] == 2
    assert updated.json()["evaluation"]["outcome"] == "allow"
    stale = api.put(f"/api/v1/contractors/{cid}", json=CONTRACTOR | {"regime": "appi", "clauses": MUST["appi"],
                                                                     "service": "別の業務", "version": 1})
    assert _error(stale, 409)["field"] == "version"
    # periodic review
    review = {"reviewed_on": "2025-05-01", "result": "improve", "note": "監査報告を受領", "next_review_on": "2026-05-01"}
    stale = api.post(f"/api/v1/contractors/{cid}/reviews", json=review | {"version": 1})
    assert _error(stale, 409)["field"] == "version"
    assert _error(api.post(f"/api/v1/contractors/{cid}/reviews",
                           json=review | {"next_review_on": "2025-04-01", "version": 2}))["field"] == "next_review_on"
    reviewed = api.post(f"/api/v1/contractors/{cid}/reviews", json=review | {"version": 2})
    assert reviewed.status_code == 201, reviewed.text
    body = reviewed.json()
    assert (body["last_reviewed_on"], body["next_review_on"], body["version"]) == ("2025-05-01", "2026-05-01", 3)
    assert [(r["result"], r["note"]) for r in body["reviews"]] == [("improve", "監査報告を受領")]
    assert [h["version"] for h in api.get(f"/api/v1/contractors/{cid}/history").json()] == [3, 2, 1]
    assert [c["id"] for c in api.get("/api/v1/contractors").json()] == [cid]
    assert _error(api.get("/api/v1/contractors/99"), 404)["code"] == "not_found"
    actions = [e.action for e in _audit(app, "contractor")]
    assert actions == ["contractor.create", "contractor.update", "contractor.review"]
    assert "監査報告" not in " ".join(str(e.details) for e in _audit(app, "contractor"))


def test_mynumber_reentrustment_without_the_original_entrusters_permission_is_refused(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    otsu = api.post("/api/v1/contractors", json=CONTRACTOR).json()
    assert otsu["evaluation"]["outcome"] == "allow" and otsu["evaluation"]["law_version"]["law"] == "mynumber"
    # T49: 乙 → 丙 without 許諾: kept with the judgement's reasons, nobody registered
    refused = api.post(f"/api/v1/contractors/{otsu['id']}/reentrust", json=REENTRUST)
    assert refused.status_code == 201, refused.text
    decision = refused.json()
    assert (decision["outcome"], decision["permission"], decision["child_id"]) == ("forbid", "none", None)
    text = " ".join(r["text"] for r in decision["decision"]["reasons"])
    assert "最初の委託者の許諾が必要" in text
    assert any("番号法第10条" in r["citation"] for r in decision["decision"]["reasons"])
    assert len(api.get("/api/v1/contractors").json()) == 1
    # tier 1: "intermediate only" makes no sense (our direct contractor's entruster is us)
    response = api.post(f"/api/v1/contractors/{otsu['id']}/reentrust",
                        json=REENTRUST | PERMITTED | {"permission": "intermediate_only"})
    assert _error(response)["field"] == "permission"
    # 許諾 without who gave it: the field is named
    response = api.post(f"/api/v1/contractors/{otsu['id']}/reentrust",
                        json=REENTRUST | {"permission": "original_entruster", "permitted_on": "2025-06-03"})
    assert _error(response)["field"] == "permission_by"
    # with 甲's 許諾: allowed, 丙 registered as tier 2; the entruster now supervises indirectly (T54)
    allowed = api.post(f"/api/v1/contractors/{otsu['id']}/reentrust",
                       json=REENTRUST | PERMITTED | {"permission": "original_entruster"}).json()
    assert allowed["outcome"] == "allow" and allowed["child_id"]
    hei = api.get(f"/api/v1/contractors/{allowed['child_id']}").json()
    assert (hei["tier"], hei["parent_id"], hei["regime"], hei["chain"]) == (2, otsu["id"], "mynumber",
                                                                            [otsu["id"], hei["id"]])
    parent = api.get(f"/api/v1/contractors/{otsu['id']}").json()
    assert parent["children"] == [hei["id"]] and "indirect_supervision" in parent["evaluation"]["missing"]
    assert [r["outcome"] for r in parent["reentrustments"]] == ["allow", "forbid"]
    # T50: 丙 → 丁 with 乙's 許諾 only: refused; with 甲's: allowed (tier 3)
    second = REENTRUST | PERMITTED | {"subcontractor_name": "架空丁社"}
    only_otsu = api.post(f"/api/v1/contractors/{hei['id']}/reentrust",
                         json=second | {"permission": "intermediate_only"})
    assert only_otsu.status_code == 201 and only_otsu.json()["outcome"] == "forbid"
    assert "直前の委託者の許諾だけでは足りず" in only_otsu.json()["decision"]["reasons"][0]["text"]
    tei = api.post(f"/api/v1/contractors/{hei['id']}/reentrust", json=second | {"permission": "original_entruster"})
    assert api.get(f"/api/v1/contractors/{tei.json()['child_id']}").json()["tier"] == 3
    entries = _audit(app, "contractor")
    actions = [e.action for e in entries]
    assert actions.count("contractor.reentrust.forbid") == 2 and actions.count("contractor.reentrust.allow") == 2
    forbid = next(e for e in entries if e.action == "contractor.reentrust.forbid")
    assert forbid.details == {"request_id": decision["id"], "permission": "none", "child_id": None}
    assert "架空" not in " ".join(str(e.details) for e in entries)


def test_appi_reentrustment_needs_permission_and_written_report(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    cid = api.post("/api/v1/contractors", json=CONTRACTOR | {"regime": "appi", "clauses": MUST["appi"]}).json()["id"]
    refused = api.post(f"/api/v1/contractors/{cid}/reentrust", json=REENTRUST)
    assert refused.json()["outcome"] == "forbid" and refused.json()["decision"]["missing"] == ["entruster_permission"]
    no_report = api.post(f"/api/v1/contractors/{cid}/reentrust",
                         json=REENTRUST | PERMITTED | {"permission": "original_entruster"}).json()
    assert no_report["outcome"] == "forbid" and "文書をもって報告" in no_report["decision"]["reasons"][0]["text"]
    allowed = api.post(f"/api/v1/contractors/{cid}/reentrust",
                       json=REENTRUST | PERMITTED | {"permission": "original_entruster", "written_report": True})
    assert allowed.json()["outcome"] == "allow" and allowed.json()["written_report"] is True


@pytest.mark.parametrize(("change", "field"), [
    ({"name": ""}, "name"),
    ({"regime": "cloud"}, "regime"),
    ({"selection_checks": ["luck"]}, "selection_checks"),
    ({"clauses": ["no_leak_misuse"]}, "clauses"),  # an appi clause on a mynumber contractor
    ({"selection_checks": ALL_CHECKS, "selected_on": None}, "selected_on"),
    ({"contract_start": "2025-04-01", "contract_end": "2025-03-01"}, "contract_end"),
    ({"database_ids": [999]}, "database_ids"),
])
def test_contractor_bad_input_names_the_field(app, change: dict, field: str) -> None:  # noqa: ANN001
    api = admin_api(app)
    assert _error(api.post("/api/v1/contractors", json=CONTRACTOR | change))["field"] == field
    assert api.get("/api/v1/contractors").json() == []


@pytest.mark.parametrize(("role", "read", "write"), [
    (Role.PRIVACY_OFFICER, True, True), (Role.MYNUMBER_HANDLER, True, True), (Role.AUDITOR, True, False),
    (Role.STAFF, False, False)])
def test_contractor_roles(app, role: Role, read: bool, write: bool) -> None:  # noqa: ANN001
    admin = admin_api(app)
    cid = admin.post("/api/v1/contractors", json=CONTRACTOR).json()["id"]
    api = user_api(app, admin, role)
    assert api.get(f"/api/v1/contractors/{cid}").status_code == (200 if read else 403)
    assert api.get("/api/v1/contractors/catalogue").status_code == (200 if read else 403)
    response = api.post(f"/api/v1/contractors/{cid}/reentrust",
                        json=REENTRUST | PERMITTED | {"permission": "original_entruster"})
    assert response.status_code == (201 if write else 403)
    if not write:
        assert response.json()["errors"][0]["field"] == "permission"


def test_mynumber_handler_keeps_only_mynumber_contractors(app) -> None:  # noqa: ANN001
    admin = admin_api(app)
    appi = admin.post("/api/v1/contractors", json=CONTRACTOR | {"regime": "appi", "clauses": MUST["appi"]}).json()
    handler = user_api(app, admin, Role.MYNUMBER_HANDLER)
    refused = handler.post("/api/v1/contractors", json=CONTRACTOR | {"regime": "appi", "clauses": []})
    assert _error(refused, 403)["field"] == "regime"
    assert _error(handler.put(f"/api/v1/contractors/{appi['id']}", json=CONTRACTOR | {"version": 1}), 403)[
        "field"] == "regime"
    assert handler.post("/api/v1/contractors", json=CONTRACTOR).status_code == 201


# ---------------------------------------------------------------------------------------------------------------
# 安全管理措置
# ---------------------------------------------------------------------------------------------------------------
def test_safety_profile_and_checklist(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    assert api.get("/api/v1/safety/profile").json() is None
    assert all(m["regime"] == "appi" for m in api.get("/api/v1/safety/measures").json())
    # T64 shape: 42 employees, 3,000 persons at most → 中小規模事業者
    saved = api.put("/api/v1/safety/profile", json={"handles_mynumber": True, "max_persons_past_6_months": 3000})
    assert saved.status_code == 200, saved.text
    profile = saved.json()
    assert profile["sme_decision"]["sme"] is True and profile["sme_decision"]["law_version"]["law"] == "mynumber"
    assert api.get("/api/v1/safety/profile").json() == profile
    assert _error(api.put("/api/v1/safety/profile", json={"handles_mynumber": True}), 409)["field"] == "version"
    assert _error(api.put("/api/v1/safety/profile", json={"max_persons_past_6_months": -1}))[
        "field"] == "max_persons_past_6_months"
    measures = {m["id"]: m for m in api.get("/api/v1/safety/measures").json()}
    assert measures["mn-E-c"]["sme_applies"] is True and measures["sg-O1"]["sme_applies"] is False
    assert measures["sg-O1"]["status"] == "not_started" and measures["sg-O1"]["record"] is None
    # a measure: evidence required, then saved; the next save needs the version
    body = {"status": "in_place", "reviewed_on": "2025-04-01", "next_review_on": "2026-04-01"}
    assert _error(api.put("/api/v1/safety/measures/sg-O1", json=body))["field"] == "evidence"
    assert _error(api.put("/api/v1/safety/measures/sg-O1", json=body | {"evidence": "規程", "method": "sme"}))[
        "field"] == "method"  # no SME method for this measure
    assert _error(api.put("/api/v1/safety/measures/sg-O1", json=body | {"evidence": "規程", "reviewed_on": FUTURE}))[
        "field"] == "reviewed_on"
    first = api.put("/api/v1/safety/measures/sg-O1", json=body | {"evidence": "個人情報取扱規程(架空)"})
    assert first.status_code == 200, first.text
    assert (first.json()["status"], first.json()["record"]["version"]) == ("in_place", 1)
    assert _error(api.put("/api/v1/safety/measures/sg-O1", json=body | {"evidence": "改訂"}), 409)["field"] == "version"
    second = api.put("/api/v1/safety/measures/sg-O1", json=body | {"evidence": "改訂", "version": 1})
    assert second.json()["record"]["version"] == 2 and second.json()["record"]["evidence"] == "改訂"
    assert api.get("/api/v1/safety/measures/sg-O1").json() == second.json()
    sme = api.put("/api/v1/safety/measures/mn-E-c", json=body | {"method": "sme", "evidence": "封筒で搬送"})
    assert sme.status_code == 200 and sme.json()["record"]["method"] == "sme"
    assert _error(api.get("/api/v1/safety/measures/zz-none"), 404)["field"] == "measure_id"
    assert [e.action for e in _audit(app, "safety_profile")] == ["safety.profile.create"]
    entries = _audit(app, "safety_measure")
    assert [e.action for e in entries] == ["safety.measure.create", "safety.measure.update", "safety.measure.create"]
    assert entries[1].details == {"measure_id": "sg-O1", "version": 2, "fields": ["evidence"]}


def test_safety_training_and_pledges(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    staff = api.post("/api/v1/users", json={"username": "kakuu", "display_name": "架空 次郎",
                                            "password": "correct horse battery staple", "role": "staff"}).json()
    training = api.post("/api/v1/safety/trainings", json={"user_id": staff["id"], "held_on": "2025-04-05",
                                                          "course": "個人情報保護研修(架空)", "provider": "external"})
    assert training.status_code == 201, training.text
    assert training.json()["course"] == "個人情報保護研修(架空)" and training.json()["actor_id"] == 1
    pledge = api.post("/api/v1/safety/pledges", json={"user_id": staff["id"], "signed_on": "2025-04-01",
                                                      "document_ref": "人事課 キャビネットA-3", "post_employment": True})
    assert pledge.status_code == 201 and pledge.json()["post_employment"] is True
    # a client that leaves the field out records the usual pledge (covering the time after leaving), as the DB does
    implicit = api.post("/api/v1/safety/pledges", json={"user_id": 1, "signed_on": "2025-04-01",
                                                        "document_ref": "総務課 キャビネットB-1"})
    assert implicit.status_code == 201 and implicit.json()["post_employment"] is True
    people = {p["user_id"]: p for p in api.get("/api/v1/safety/people").json()}
    assert (people[staff["id"]]["last_training"], people[staff["id"]]["has_pledge"]) == ("2025-04-05", True)
    assert [t["id"] for t in people[staff["id"]]["trainings"]] == [training.json()["id"]]
    assert (people[1]["has_pledge"], people[1]["trainings"]) == (True, [])  # the administrator: training to follow up
    # bad input names the field; nothing is recorded
    assert _error(api.post("/api/v1/safety/trainings", json={"user_id": 99, "held_on": "2025-04-05",
                                                             "course": "x"}))["field"] == "user_id"
    assert _error(api.post("/api/v1/safety/trainings", json={"user_id": staff["id"], "held_on": FUTURE,
                                                             "course": "x"}))["field"] == "held_on"
    online = api.post("/api/v1/safety/trainings", json={"user_id": staff["id"], "held_on": "2025-04-05",
                                                        "course": "x", "provider": "online"})
    assert _error(online)["field"] == "provider"
    assert _error(api.post("/api/v1/safety/pledges", json={"user_id": staff["id"], "signed_on": "2025-04-01",
                                                           "document_ref": " "}))["field"] == "document_ref"
    trainings, pledges = _audit(app, "safety_training"), _audit(app, "safety_pledge")
    assert [(e.action, e.details) for e in trainings] == [("safety.training.create", {"user_id": staff["id"]})]
    assert [(e.action, e.details) for e in pledges] == [("safety.pledge.create", {"user_id": staff["id"]}),
                                                        ("safety.pledge.create", {"user_id": 1})]


@pytest.mark.parametrize(("role", "write"), [
    (Role.PRIVACY_OFFICER, True), (Role.MYNUMBER_HANDLER, False), (Role.STAFF, False), (Role.AUDITOR, False)])
def test_safety_roles(app, role: Role, write: bool) -> None:  # noqa: ANN001
    api = user_api(app, admin_api(app), role)
    for path in ("/api/v1/safety/measures", "/api/v1/safety/measures/sg-O1", "/api/v1/safety/people",
                 "/api/v1/safety/profile"):
        assert api.get(path).status_code == 200, path  # every role reads the safety measures
    response = api.put("/api/v1/safety/measures/sg-O1", json={"status": "partial", "evidence": "規程案"})
    assert response.status_code == (200 if write else 403)
    assert api.put("/api/v1/safety/profile", json={}).status_code == (200 if write else 403)
    response = api.post("/api/v1/safety/pledges", json={"user_id": 1, "signed_on": "2025-04-01", "document_ref": "A"})
    assert response.status_code == (201 if write else 403)
    if not write:
        assert response.json()["errors"][0]["field"] == "permission"


# ---------------------------------------------------------------------------------------------------------------
# All three: CSRF on every write, OpenAPI
# ---------------------------------------------------------------------------------------------------------------
def test_writes_without_csrf_token_are_refused(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    cid = api.post("/api/v1/complaints", json=COMPLAINT).json()["id"]
    kid = api.post("/api/v1/contractors", json=CONTRACTOR).json()["id"]
    calls = [("POST", "/api/v1/complaints", COMPLAINT),
             ("PUT", f"/api/v1/complaints/{cid}", COMPLAINT | {"version": 1}),
             ("POST", f"/api/v1/complaints/{cid}/steps", {"on": "2025-04-11", "action": "確認"}),
             ("POST", "/api/v1/contractors", CONTRACTOR),
             ("POST", f"/api/v1/contractors/{kid}/reentrust", REENTRUST),
             ("PUT", "/api/v1/safety/profile", {}),
             ("PUT", "/api/v1/safety/measures/sg-O1", {"status": "partial", "evidence": "規程案"}),
             ("POST", "/api/v1/safety/trainings", {"user_id": 1, "held_on": "2025-04-05", "course": "研修"})]
    for method, path, body in calls:
        for headers in ({}, {"X-CSRF-Token": "0" * 64}):
            response = api.client.request(method, path, json=body, headers=headers)
            assert response.status_code == 403, (method, path)
            assert response.json()["errors"][0]["field"] == "csrf_token"
    assert len(api.get("/api/v1/complaints").json()) == 1 and len(api.get("/api/v1/contractors").json()) == 1
    assert api.get("/api/v1/complaints/1").json()["steps"] == []
    assert api.get("/api/v1/safety/profile").json() is None and api.get("/api/v1/safety/people").json()[0][
        "trainings"] == []


def test_openapi_lists_the_areas_with_tags(app) -> None:  # noqa: ANN001
    document = admin_api(app).get("/openapi.json").json()
    expected = {"/api/v1/complaints": "complaints", "/api/v1/complaints/{complaint_id}/escalate": "complaints",
                "/api/v1/contractors/{contractor_id}/reentrust": "contractors",
                "/api/v1/contractors/catalogue": "contractors", "/api/v1/safety/measures/{measure_id}": "safety",
                "/api/v1/safety/pledges": "safety"}
    for path, tag in expected.items():
        assert all(tag in operation["tags"] for operation in document["paths"][path].values()), path
    assert "422" in document["paths"]["/api/v1/complaints"]["post"]["responses"]
