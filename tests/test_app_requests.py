"""Rights requests (開示等の請求): workflow states, permissions, the public form, deadlines, decisions, letters.

Every test runs on SQLite and PostgreSQL (fixture ``app`` from conftest). All names are fictional.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import json

import pytest
from app_support import Api, admin_api, sample_entry, user_api
from fastapi.testclient import TestClient
from pydantic import ValidationError
from pypdf import PdfReader
from sqlalchemy import select

from hogo.app import requests as rq
from hogo.app.models import AuditEntry, Role, User
from hogo.app.permissions import PERMISSIONS, Permission

S = rq.Status
RECEIVED = "2026-01-05"
INTAKE = {"kind": "disclosure", "requester_name": "架空 太郎", "address": "東京都架空区1-2-3", "postal_code": "100-0001",
          "subject": "2025年度の成績に関する記録", "requested_method": "paper", "received_on": RECEIVED}
FULL = {"decided_on": "2026-01-09", "outcome": "full", "method": "paper", "delivery": "本書に同封"}


def _actor(app) -> User:  # noqa: ANN001
    with app.state.sessions() as session:
        user = session.scalars(select(User).where(User.username == "admin")).one()
        session.expunge(user)
        return user


def _drive(session, actor: User, state: rq.Status, **intake: object) -> rq.RightsRequestRecord:  # noqa: ANN001
    """A new request brought to ``state`` by the service functions (the only way states change)."""
    entry = rq.create(session, actor, rq.IntakeIn.model_validate(INTAKE | intake))
    on = dt.date.fromisoformat(RECEIVED)

    def move(to: rq.Status) -> None:
        day = dt.date(2026, 1, 10) if to in (S.NOTIFIED, S.CLOSED) else on
        rq.transition(session, actor, entry.id, rq.TransitionIn(to=to, on=day, version=entry.version))

    path = {S.RECEIVED: [], S.VERIFYING: ["v"], S.REVIEWING: ["v", "i"], S.DECIDED: ["v", "i", "d"],
            S.NOTIFIED: ["v", "i", "d", "n"], S.CLOSED: ["v", "i", "d", "n", "c"], S.WITHDRAWN: ["w"]}[state]
    for step in path:
        if step == "v":
            move(S.VERIFYING)
        elif step == "i":
            rq.record_identity(session, actor, entry.id, rq.IdentityIn(
                verified=True, documents=["運転免許証"], checked_on=on, version=entry.version))
        elif step == "d":
            rq.decide(session, actor, entry.id, rq.DecideIn.model_validate(FULL | {"version": entry.version}))
        else:
            move({"n": S.NOTIFIED, "c": S.CLOSED, "w": S.WITHDRAWN}[step])
    assert entry.status is state
    return entry


# ------------------------------------------------------------------------------------------- states
def test_every_transition_is_allowed_or_refused_as_the_table_says(app) -> None:  # noqa: ANN001
    admin_api(app)
    actor = _actor(app)
    on = dt.date.fromisoformat("2026-01-10")
    checked = 0
    with app.state.sessions() as session:
        for start, target in itertools.product(S, S):
            entry = _drive(session, actor, start)
            data = rq.TransitionIn(to=target, on=on, version=entry.version)
            if (start, target) in rq.PLAIN_TRANSITIONS:
                assert rq.transition(session, actor, entry.id, data).status is target
            else:
                with pytest.raises(rq.FieldError) as refused:
                    rq.transition(session, actor, entry.id, data)
                assert (refused.value.field, refused.value.code, refused.value.status) == (
                    "status", "requests_transition_forbidden", 409)
                assert session.get(rq.RightsRequestRecord, entry.id).status is start  # unchanged
            checked += 1
        # the moves that need data are refused outside their state
        for start in S:
            entry = _drive(session, actor, start)
            identity = rq.IdentityIn(verified=True, documents=["旅券"], checked_on=on, version=entry.version)
            if start is S.VERIFYING:
                assert rq.record_identity(session, actor, entry.id, identity).status is S.REVIEWING
            else:
                with pytest.raises(rq.FieldError, match="requests_transition_forbidden"):
                    rq.record_identity(session, actor, entry.id, identity)
            entry = _drive(session, actor, start)
            decision = rq.DecideIn.model_validate(FULL | {"version": entry.version})
            if start is S.REVIEWING:
                assert rq.decide(session, actor, entry.id, decision).status is S.DECIDED
            else:
                with pytest.raises(rq.FieldError, match="requests_transition_forbidden"):
                    rq.decide(session, actor, entry.id, decision)
        session.commit()
    assert checked == 49


def test_transitions_write_audit_entries_without_personal_data(app) -> None:  # noqa: ANN001
    admin_api(app)
    actor = _actor(app)
    with app.state.sessions() as session:
        entry = _drive(session, actor, S.CLOSED)
        session.commit()
        entries = list(session.scalars(select(AuditEntry).where(AuditEntry.target_type == "rights_request",
                                                                AuditEntry.target_id == str(entry.id))))
    actions = [e.action for e in entries]
    assert actions == ["requests.create", "requests.verifying", "requests.identity", "requests.decide",
                       "requests.notified", "requests.closed"]
    dump = json.dumps([e.details for e in entries], ensure_ascii=False)
    for personal in ("架空 太郎", "東京都架空区", "成績", "運転免許証"):
        assert personal not in dump
    assert entries[3].details["law_version"] and entries[3].details["judgement_outcome"] == "comply"


def test_redecide_clears_the_decision_and_withdrawal_records_the_day(app) -> None:  # noqa: ANN001
    admin_api(app)
    actor = _actor(app)
    with app.state.sessions() as session:
        entry = _drive(session, actor, S.DECIDED)
        on = dt.date(2026, 1, 10)
        rq.transition(session, actor, entry.id, rq.TransitionIn(to=S.REVIEWING, on=on, version=entry.version))
        assert entry.decision is None and entry.judgement is None and entry.decided_on is None
        with pytest.raises(rq.FieldError, match="stale_version"):
            rq.transition(session, actor, entry.id, rq.TransitionIn(to=S.WITHDRAWN, on=on, version=1))
        rq.transition(session, actor, entry.id, rq.TransitionIn(to=S.WITHDRAWN, on=on, version=entry.version))
        assert entry.withdrawn_on == on


# ------------------------------------------------------------------------------------------- permissions
ROUTES = [("GET", "/requests"), ("GET", "/requests/new"), ("GET", "/requests/settings"), ("GET", "/api/v1/requests"),
          ("POST", "/api/v1/requests/{id}/transition"), ("GET", "/requests/{id}/letter.pdf")]


@pytest.mark.parametrize("role", list(Role))
def test_each_role_gets_exactly_its_grants(app, role: Role) -> None:  # noqa: ANN001
    admin = admin_api(app)
    api = admin if role is Role.ADMINISTRATOR else user_api(app, admin, role)
    created = admin.post("/api/v1/requests", json=INTAKE)
    assert created.status_code == 201, created.text
    request_id = created.json()["id"]
    grants = PERMISSIONS[role]
    # intake (staff take requests at the counter)
    response = api.post("/api/v1/requests", json=INTAKE)
    assert (response.status_code == 201) == (Permission.REQUESTS_INTAKE in grants), response.text
    if response.status_code == 201 and Permission.REQUESTS_READ not in grants:
        assert set(response.json()) == {"receipt_no"}  # staff see the receipt number only
    # reading
    assert (api.get(f"/api/v1/requests/{request_id}").status_code == 200) == (Permission.REQUESTS_READ in grants)
    assert (api.get("/requests", follow_redirects=False).status_code == 200) == (Permission.REQUESTS_READ in grants)
    # handling
    moved = api.post(f"/api/v1/requests/{request_id}/transition",
                     json={"to": "verifying", "on": RECEIVED, "version": 1})
    assert (moved.status_code == 200) == (Permission.REQUESTS_HANDLE in grants), moved.text
    if moved.status_code != 200:
        assert moved.status_code == 403 and moved.json()["errors"][0]["field"] == "permission"
    # settings
    page = api.get("/requests/settings", follow_redirects=False)
    assert (page.status_code == 200) == (Permission.REQUESTS_SETTINGS in grants)


def test_grants_of_the_roles() -> None:
    expected = {Role.ADMINISTRATOR: {"read", "intake", "handle", "settings"},
                Role.PRIVACY_OFFICER: {"read", "intake", "handle", "settings"},
                Role.STAFF: {"intake"}, Role.AUDITOR: {"read"}, Role.MYNUMBER_HANDLER: set()}
    for role, grants in expected.items():
        assert {p.value.split(".")[1] for p in PERMISSIONS[role] if p.value.startswith("requests.")} == grants


def test_staff_intake_by_form_shows_only_the_receipt(app) -> None:  # noqa: ANN001
    staff = user_api(app, admin_api(app), Role.STAFF)
    form = {k: v for k, v in INTAKE.items()} | {"csrf_token": staff.csrf}
    response = staff.client.post("/requests/new", data=form, follow_redirects=False)
    assert response.status_code == 200 and "受付番号" in response.text
    assert staff.get("/requests/1", follow_redirects=False).status_code == 403


# ------------------------------------------------------------------------------------------- public form
def _public_form(client: TestClient, **values: str):  # noqa: ANN202
    page = client.get("/request")
    assert page.status_code == 200 and "ログイン" not in page.text.split("<main>")[1]
    token = page.text.split('name="csrf_token" value="')[1].split('"')[0]
    data = {k: v for k, v in INTAKE.items() if k != "received_on"} | values
    return client.post("/request", data=data | {"csrf_token": token})


def test_public_form_creates_a_request_without_login(app) -> None:  # noqa: ANN001
    admin = admin_api(app)
    response = _public_form(TestClient(app))
    assert response.status_code == 200
    assert "受け付けました" in response.text
    receipt = response.text.split('id="receipt-no">')[1].split("<")[0]
    listed = admin.get("/api/v1/requests").json()
    assert [(r["receipt_no"], r["status"], r["channel"]) for r in listed] == [(receipt, "received", "public")]
    assert listed[0]["received_on"] == rq.today_in_japan().isoformat()  # the person cannot backdate


def test_public_form_reveals_nothing_about_held_data(app) -> None:  # noqa: ANN001
    admin = admin_api(app)
    assert admin.post("/api/v1/register", json=sample_entry()).status_code == 201
    held = _public_form(TestClient(app), requester_name="架空 花子", subject="生徒指導記録")
    unknown = _public_form(TestClient(app), requester_name="存在 しない", subject="まったく無関係な記録")

    def strip(text: str) -> str:
        return text.split("<main>")[1].split('id="receipt-no">')[0]

    assert held.status_code == unknown.status_code == 200
    assert strip(held.text) == strip(unknown.text)


def test_public_form_bad_input_gives_japanese_errors_and_keeps_what_was_typed(app) -> None:  # noqa: ANN001
    admin = admin_api(app)
    client = TestClient(app)
    response = _public_form(client, requester_type="agent", person_name="", relationship="", postal_code="12-34",
                            email="not-an-address", subject="開示してほしい記録")
    assert response.status_code == 422
    assert "代理人による請求では、本人の氏名を入力してください。" in response.text
    assert 'value="not-an-address"' in response.text and "開示してほしい記録" in response.text
    response = _public_form(client, postal_code="12-34")
    assert "郵便番号は 123-4567 の形で入力してください。" in response.text and 'value="12-34"' in response.text
    response = _public_form(client, kind="nonsense")
    assert response.status_code == 422 and "一覧から選んでください。" in response.text
    response = _public_form(client, address="", email="")
    assert "回答をお送りする住所又は電子メールアドレスを入力してください。" in response.text
    response = _public_form(client, kind="correction", requested_method="", requested_change="")
    assert "ご請求の内容と理由を入力してください。" in response.text
    assert admin.get("/api/v1/requests").json() == []  # nothing stored from refused forms


def test_public_form_needs_csrf_and_is_rate_limited(app) -> None:  # noqa: ANN001
    admin = admin_api(app)
    client = TestClient(app)
    data = {k: v for k, v in INTAKE.items() if k != "received_on"}
    assert client.post("/request", data=data).status_code == 403
    for _ in range(5):
        assert _public_form(client).status_code == 200
    refused = _public_form(client, subject="六回目の請求")
    assert refused.status_code == 429
    assert "しばらく待って" in refused.text and "六回目の請求" in refused.text  # input kept
    assert len(admin.get("/api/v1/requests").json()) == 5


# ------------------------------------------------------------------------------------------- deadlines
def test_due_date_crosses_the_year_end_closure(app) -> None:  # noqa: ANN001
    admin = admin_api(app)
    before = admin.post("/api/v1/requests", json=INTAKE | {"received_on": "2025-12-24"}).json()
    assert before["due_on"] == "2026-01-07"  # 14 calendar days → 1/7 (12/29–1/3 closed: not the end date here)
    friday = admin.post("/api/v1/requests", json=INTAKE | {"received_on": "2025-12-19"}).json()
    assert friday["due_on"] == "2026-01-05"  # 1/2 is closed (年末年始), 1/3 Saturday, 1/4 Sunday → Monday 1/5
    page = admin.get("/requests/settings")
    token = page.text.split('name="csrf_token" value="')[1].split('"')[0]
    saved = admin.client.post("/requests/settings", data={"csrf_token": token, "target_days": "１０",
                                                          "counting": "business"}, follow_redirects=False)
    assert saved.status_code == 303
    business = admin.post("/api/v1/requests", json=INTAKE | {"received_on": "2025-12-24"}).json()
    assert business["due_on"] == "2026-01-15"  # 12/25, 26, 1/5–9, 13–15 (1/12 成人の日)
    with app.state.sessions() as session:
        late = [e.id for e in rq.overdue_requests(session, dt.date(2026, 1, 8))]
        assert late == [friday["id"], before["id"]]
        assert rq.overdue_requests(session, dt.date(2026, 1, 7)) == [session.get(rq.RightsRequestRecord,
                                                                                 friday["id"])]
    listing = admin.get("/requests").text
    assert "期限超過" in listing and 'id="overdue-warning"' in listing


def test_answered_requests_are_not_overdue(app) -> None:  # noqa: ANN001
    admin_api(app)
    actor = _actor(app)
    with app.state.sessions() as session:
        answered = _drive(session, actor, S.NOTIFIED)
        open_one = _drive(session, actor, S.REVIEWING)
        session.commit()
        assert [e.id for e in rq.overdue_requests(session, dt.date(2027, 1, 1))] == [open_one.id]
        assert not rq.is_overdue(answered, dt.date(2027, 1, 1))


def test_settings_refuse_bad_input_in_japanese(app) -> None:  # noqa: ANN001
    admin = admin_api(app)
    token = admin.get("/requests/settings").text.split('name="csrf_token" value="')[1].split('"')[0]
    response = admin.client.post("/requests/settings", data={"csrf_token": token, "target_days": "0",
                                                             "counting": "weekly", "department": "総務課"})
    assert response.status_code == 422 and "1 以上で入力してください。" in response.text
    assert 'value="総務課"' in response.text


# ------------------------------------------------------------------------------------------- decisions
def _reviewing(app, **intake: object):  # noqa: ANN001, ANN202
    admin_api(app)
    actor = _actor(app)
    session = app.state.sessions()
    return session, actor, _drive(session, actor, S.REVIEWING, **intake)


def test_partial_refusal_with_fee_gives_a_letter_with_reasons(app) -> None:  # noqa: ANN001
    session, actor, entry = _reviewing(app)
    with session:
        rq.set_databases(session, actor, entry.id, [])
        decided = rq.decide(session, actor, entry.id, rq.DecideIn.model_validate({
            "decided_on": "2026-01-09", "version": entry.version, "harm_to_person_or_third_party": True,
            "outcome": "partial", "method": "paper", "fee_yen": 300, "fee_actual_cost_yen": 400,
            "fee_payment": "窓口で現金", "refusals": [{"ground": "harm_to_rights", "scope": "面談記録のうち第三者の発言",
                                                 "reason": "第三者の権利利益を害するおそれがあるため"}]}))
        assert decided.judgement["outcome"] == "comply_in_part"
        assert decided.law_version and decided.judgement["reasons"]
        text = rq.letter_html(session, entry.id)
        for expected in ("一部を実施", "面談記録のうち第三者の発言", "個人情報保護法第33条第2項第1号", "300円", "窓口で現金",
                         "架空 太郎 様", "書面の交付"):
            assert expected in text
        pdf = "".join(page.extract_text() for page in PdfReader(io.BytesIO(rq.letter_pdf(session, entry.id))).pages)
        assert "一部を実施" in pdf.replace(" ", "")


@pytest.mark.parametrize(("intake", "decision", "field", "code"), [
    ({}, {"outcome": "partial", "method": "paper"}, "outcome", "requests_must_comply"),
    ({}, {"outcome": "full", "method": None}, "method", "requests_method"),
    ({}, {"outcome": "full", "method": "electronic"}, "method_reason", "requests_method_reason"),
    ({"kind": "correction", "requested_method": None, "requested_change": "住所の誤りを訂正"},
     {"outcome": "full", "method": None}, "content_untrue", "requests_investigate_first"),
    ({"kind": "correction", "requested_method": None, "requested_change": "住所の誤りを訂正"},
     {"outcome": "full", "method": None, "content_untrue": True, "fee_yen": 100, "fee_payment": "現金",
      "action_taken": "住所を訂正しました"}, "fee_yen", "requests_fee_not_allowed"),
    ({"kind": "erasure", "requested_method": None, "requested_change": "退会したので消去してほしい"},
     {"outcome": "none", "method": None, "refusals": [{"ground": "harm_to_rights", "scope": "全部", "reason": "x"}]},
     "refusals", "requests_refusals"),
    ({}, {"outcome": "full", "data_exists": False}, "outcome", "requests_no_data_outcome"),
    ({}, {"outcome": "none", "harm_to_person_or_third_party": True, "grounds_cover": "part",
          "refusals": [{"ground": "harm_to_rights", "scope": "全部", "reason": "第三者の記載があるため"}]},
     "outcome", "requests_must_comply_in_part"),
], ids=["must-comply", "no-method", "other-method-no-reason", "correction-not-investigated", "fee-for-correction",
        "wrong-ground-for-erasure", "no-data-but-full", "withhold-all-when-ground-covers-part"])
def test_decisions_the_law_or_the_letter_refuse(app, intake, decision, field, code) -> None:  # noqa: ANN001
    session, actor, entry = _reviewing(app, **intake)
    with session:
        data = rq.DecideIn.model_validate({"decided_on": "2026-01-09", "version": entry.version} | decision)
        with pytest.raises(rq.FieldError) as refused:
            rq.decide(session, actor, entry.id, data)
        assert (refused.value.field, refused.value.code) == (field, code)
        assert entry.status is S.REVIEWING


def test_unverified_identity_can_only_be_refused(app) -> None:  # noqa: ANN001
    admin_api(app)
    actor = _actor(app)
    on = dt.date.fromisoformat(RECEIVED)
    with app.state.sessions() as session:
        entry = _drive(session, actor, S.VERIFYING)
        rq.record_identity(session, actor, entry.id, rq.IdentityIn(verified=False, checked_on=on,
                                                                    version=entry.version))
        full = rq.DecideIn.model_validate(FULL | {"version": entry.version})
        with pytest.raises(rq.FieldError, match="requests_identity_unverified"):
            rq.decide(session, actor, entry.id, full)
        refused = rq.decide(session, actor, entry.id, rq.DecideIn.model_validate({
            "decided_on": "2026-01-09", "version": entry.version, "outcome": "none",
            "refusals": [{"ground": "identity_unverified", "scope": "請求の全部", "reason": "本人確認書類の提示がないため"}]}))
        assert refused.judgement["outcome"] == "verify_first"
        assert "個人情報保護法第37条" in rq.letter_html(session, entry.id)


def test_agents_need_authority_documents_and_only_kinds_are_accepted(app) -> None:  # noqa: ANN001
    admin_api(app)
    actor = _actor(app)
    on = dt.date.fromisoformat(RECEIVED)
    with app.state.sessions() as session:
        entry = _drive(session, actor, S.VERIFYING, requester_type="legal_representative_minor",
                       person_name="架空 次郎", relationship="親権者(母)")
        with pytest.raises(rq.FieldError, match="requests_agent_documents_required"):
            rq.record_identity(session, actor, entry.id, rq.IdentityIn(
                verified=True, documents=["運転免許証"], checked_on=on, version=entry.version))
        with pytest.raises(ValidationError):
            rq.IdentityIn(verified=True, documents=["運転免許証 第123456789012号"], checked_on=on, version=1)
        rq.record_identity(session, actor, entry.id, rq.IdentityIn(
            verified=True, documents=["運転免許証"], agent_documents=["戸籍謄本(親権者)"], checked_on=on,
            version=entry.version))
        rq.decide(session, actor, entry.id, rq.DecideIn.model_validate(FULL | {"version": entry.version}))
        text = rq.letter_html(session, entry.id)
        assert "架空 次郎 様の法定代理人" in text and "戸籍謄本(親権者)" in text


def test_register_entries_are_linked(app) -> None:  # noqa: ANN001
    admin = admin_api(app)
    database_id = admin.post("/api/v1/register", json=sample_entry()).json()["id"]
    actor = _actor(app)
    with app.state.sessions() as session:
        entry = _drive(session, actor, S.RECEIVED)
        assert rq.set_databases(session, actor, entry.id, [database_id, database_id]) == [database_id]
        assert [d.name for d in rq.databases(session, entry.id)] == ["生徒指導記録"]
        with pytest.raises(rq.FieldError, match="not_found"):
            rq.set_databases(session, actor, entry.id, [999])
        session.commit()
    assert "生徒指導記録" in admin.get(f"/requests/{entry.id}").text


def test_api_errors_name_the_field(app) -> None:  # noqa: ANN001
    admin = admin_api(app)
    response = admin.post("/api/v1/requests", json=INTAKE | {"requester_type": "agent"})
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "person_name"
    created = admin.post("/api/v1/requests", json=INTAKE).json()
    response = admin.post(f"/api/v1/requests/{created['id']}/transition",
                          json={"to": "closed", "on": RECEIVED, "version": 1})
    assert response.status_code == 409 and response.json()["errors"][0]["field"] == "status"
    assert Api(TestClient(app)).get("/api/v1/requests").status_code == 401


def test_api_flow_to_a_letter(app) -> None:  # noqa: ANN001
    admin = admin_api(app)
    entry = admin.post("/api/v1/requests", json=INTAKE | {"kind": "purpose_notice", "requested_method": None}).json()
    rid = entry["id"]
    assert admin.client.get(f"/requests/{rid}/letter").status_code == 409  # no decision yet
    moved = admin.post(f"/api/v1/requests/{rid}/transition", json={"to": "verifying", "on": RECEIVED, "version": 1})
    assert moved.json()["status"] == "verifying"
    bad = admin.post(f"/api/v1/requests/{rid}/identity", json={"verified": True, "documents": ["免許証番号 123"],
                                                              "checked_on": RECEIVED, "version": 2})
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "documents"
    identity = admin.post(f"/api/v1/requests/{rid}/identity", json={
        "verified": True, "documents": ["マイナンバーカード(表面)"], "checked_on": RECEIVED, "version": 2})
    assert identity.json()["status"] == "reviewing", identity.text
    no_action = admin.post(f"/api/v1/requests/{rid}/decide", json={
        "decided_on": "2026-01-06", "version": 3, "outcome": "full"})
    assert no_action.status_code == 422 and no_action.json()["errors"][0]["field"] == "action_taken"
    decided = admin.post(f"/api/v1/requests/{rid}/decide", json={
        "decided_on": "2026-01-06", "version": 3, "outcome": "full", "action_taken": "生徒指導及び保護者との連絡のため"})
    body = decided.json()
    assert body["status"] == "decided" and body["judgement"]["outcome"] == "comply"
    assert body["law_version"] == body["judgement"]["law_version"]["id"]
    assert all(r["citation"] for r in body["judgement"]["reasons"])
    letter = admin.client.get(f"/requests/{rid}/letter").text
    assert "利用目的の通知の求めに対する回答について" in letter and "生徒指導及び保護者との連絡のため" in letter
    pdf = admin.client.get(f"/requests/{rid}/letter.pdf")
    assert pdf.headers["content-type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    # decided but not yet notified, and its target (2026-01-19) has passed: still overdue
    assert [r["id"] for r in admin.get("/api/v1/requests/overdue").json()] == [rid]


def test_pages_read_in_english_too(app) -> None:  # noqa: ANN001
    admin_api(app)
    actor = _actor(app)
    with app.state.sessions() as session:
        entry = _drive(session, actor, S.DECIDED)
        session.commit()
    client = TestClient(app)
    api = Api(client)
    api.login("admin")
    client.cookies.set("hogo_lang", "en")
    assert "Rights requests" in client.get("/requests").text
    detail = client.get(f"/requests/{entry.id}").text
    assert "Must comply" in detail and "Letter sent (notified)" in detail
    assert "Request about your personal data" in TestClient(app, cookies={"hogo_lang": "en"}).get("/request").text
