"""Safety management measures (安全管理措置): catalogue as data, the SME relaxed set chosen by ``mynumber-sme``,
evidence and review dates, training records and pledges, and upcoming_reviews for the dashboard.

SME scenarios from shared/spec/mynumber-and-pia.md §5.6 (T64–T67).
"""

from __future__ import annotations

import datetime as dt

import pytest
from app_support import ADMIN, admin_api, user_api

from hogo.app import audit
from hogo.app import safety as svc
from hogo.app.models import AuditEntry, Organisation, Role


def _post(api, path: str, data: dict):  # noqa: ANN001, ANN202
    return api.client.post(path, data={"csrf_token": api.csrf, **data}, follow_redirects=False)


def _profile(api, **flags) -> None:  # noqa: ANN001, ANN003
    data = {"handles_mynumber": "on", "max_persons_past_6_months": "3,000"}
    data |= {k: "on" for k, v in flags.items() if v is True}
    data |= {k: v for k, v in flags.items() if not isinstance(v, bool)}
    response = _post(api, "/safety/profile", data)
    assert response.status_code == 303, response.text


def test_catalogue_is_complete_data() -> None:
    items = svc.catalogue()
    ids = {m.id for m in items}
    # My Number guideline 別添1: A, B, C-a…C-e, D-a, D-b, E-a…E-d, F-a…F-d, G; the school guideline's measures
    assert {"mn-A", "mn-B", "mn-C-a", "mn-C-e", "mn-D-b", "mn-E-c", "mn-F-d", "mn-G"} <= ids
    assert {m.category for m in items} == set(svc.CATEGORIES)
    assert all(m.source and m.title and m.title_en and m.requirement for m in items)
    assert {m.id for m in items if m.sme} >= {"mn-B", "mn-C-a", "mn-C-b", "mn-E-c", "mn-E-d", "mn-F-a", "mn-F-b"}
    assert any(m.regime == "appi" and m.category == c for m in items for c in ("organisational", "human",
                                                                               "physical", "technical"))


@pytest.mark.parametrize(("scenario", "employees", "flags", "sme"), [
    ("T64", 80, {"max_persons_past_6_months": "3000"}, True),
    ("T65", 80, {"entrusted_affairs": True}, False),
    ("T66", 50, {"max_persons_past_6_months": "6000"}, False),
    ("T67-credit-union", 90, {"financial_sector": True}, False),
    ("T67-health-insurance", 90, {"utilization_affairs": True}, False),
    ("over-100", 101, {}, False),
])
def test_sme_judgement_chooses_the_relaxed_set(app, scenario, employees, flags, sme) -> None:  # noqa: ANN001
    admin = admin_api(app)
    with app.state.sessions() as session:
        session.query(Organisation).update({"employees": employees})
        session.commit()
    _profile(admin, **flags)
    with app.state.sessions() as session:
        profile = svc.profile(session)
        assert profile is not None and profile.sme_decision["sme"] is sme, scenario
        assert profile.sme_decision["law_version"]["law"] == "mynumber"
        rows = {r.measure.id: r for r in svc.checklist(session)}
        assert rows["mn-E-c"].sme_applies is sme and rows["sg-O1"].sme_applies is False
    page = admin.get("/safety").text
    assert ("封筒に封入し鞄に入れて搬送" in page) is sme  # the SME method of E-c shown instead of the standard
    assert ("中小規模事業者に該当します" in page) is sme
    # the SME method can be chosen only when the judgement allows it
    response = _post(admin, "/safety/measures/mn-E-c", {"status": "in_place", "method": "sme", "evidence": "封筒",
                                                        "reviewed_on": "2025-04-01"})
    assert response.status_code == (303 if sme else 422)
    if not sme:
        assert 'id="error-method"' in response.text


def test_no_mynumber_no_mynumber_measures(app) -> None:  # noqa: ANN001
    admin = admin_api(app)
    with app.state.sessions() as session:
        assert all(r.measure.regime == "appi" for r in svc.checklist(session))  # no profile yet
    _profile(admin, handles_mynumber="")
    with app.state.sessions() as session:
        assert all(r.measure.regime == "appi" for r in svc.checklist(session))


def test_measure_evidence_and_review_dates(app) -> None:  # noqa: ANN001
    admin = admin_api(app)
    _profile(admin)
    bad = _post(admin, "/safety/measures/sg-P1", {"status": "in_place", "evidence": "", "reviewed_on": "2025-04-01"})
    assert bad.status_code == 422 and 'id="error-evidence"' in bad.text
    bad = _post(admin, "/safety/measures/sg-P1", {"status": "in_place", "evidence": "職員室に施錠キャビネット"})
    assert bad.status_code == 422 and 'id="error-reviewed_on"' in bad.text and "職員室に施錠キャビネット" in bad.text
    bad = _post(admin, "/safety/measures/sg-P1", {"status": "in_place", "evidence": "x", "reviewed_on": "2025-04-01",
                                                  "next_review_on": "2025-03-01"})
    assert bad.status_code == 422 and 'id="error-next_review_on"' in bad.text
    ok = _post(admin, "/safety/measures/sg-P1", {"status": "in_place", "evidence": "職員室に施錠キャビネット",
                                                 "evidence_link": "規程第5条", "reviewed_on": "2025-04-01",
                                                 "next_review_on": "2026-04-01"})
    assert ok.status_code == 303
    # an edit without the version it was based on is refused (no silent overwrite)
    stale = _post(admin, "/safety/measures/sg-P1", {"status": "partial", "evidence": "y"})
    assert stale.status_code == 422
    ok = _post(admin, "/safety/measures/sg-P1", {"status": "partial", "evidence": "一部の教室のみ", "version": "1"})
    assert ok.status_code == 303
    assert admin.get("/safety/measures/unknown").status_code == 404
    with app.state.sessions() as session:
        assert svc.measure_record(session, "sg-P1").status is svc.Status.PARTIAL
        assert [e.action for e in session.query(AuditEntry).filter(AuditEntry.action.like("safety.measure%"))] == [
            "safety.measure.create", "safety.measure.update"]


def test_training_and_pledges_per_user(app) -> None:  # noqa: ANN001
    admin = admin_api(app)
    staff = user_api(app, admin, Role.STAFF)
    page = staff.get("/safety/people").text
    assert "受講記録なし" in page and 'id="training-form"' not in page  # staff read, cannot write
    assert _post(staff, "/safety/people/training", {"user_id": "2", "held_on": "2025-04-01",
                                                    "course": "x"}).status_code == 403
    bad = _post(admin, "/safety/people/training", {"user_id": "99", "held_on": "2025-04-01", "course": "個人情報研修"})
    assert bad.status_code == 422 and 'id="error-user_id"' in bad.text
    assert _post(admin, "/safety/people/training", {"user_id": "2", "held_on": "2025-04-01", "course": "個人情報研修",
                                                    "provider": "external"}).status_code == 303
    assert _post(admin, "/safety/people/pledges", {"user_id": "2", "signed_on": "2025-04-01",
                                                   "document_ref": "人事ファイル 2025-017",
                                                   "post_employment": "on"}).status_code == 303
    with app.state.sessions() as session:
        rows = {r.user.id: r for r in svc.staff(session)}
        assert rows[2].last_training == dt.date(2025, 4, 1) and rows[2].has_pledge
        assert rows[2].pledges[0].post_employment is True
        assert not rows[1].has_pledge
        assert audit.verify(session).ok


def test_upcoming_reviews(app) -> None:  # noqa: ANN001
    admin = admin_api(app)
    _post(admin, "/contractors/new", {"name": "架空採点サービス", "service": "学力テストの採点", "regime": "appi",
                                      "next_review_on": "2026-01-10"})
    _post(admin, "/contractors/new", {"name": "架空清掃", "service": "清掃", "regime": "appi",
                                      "next_review_on": "2027-06-01"})
    _post(admin, "/safety/measures/sg-T2", {"status": "in_place", "evidence": "暗号化", "reviewed_on": "2025-01-05",
                                            "next_review_on": "2025-12-20"})
    with app.state.sessions() as session:
        due = svc.upcoming_reviews(session, dt.date(2026, 1, 1), horizon_days=30)
    assert [(u.kind, u.id, u.due_on, u.overdue) for u in due] == [
        ("measure", "sg-T2", dt.date(2025, 12, 20), True), ("contractor", "1", dt.date(2026, 1, 10), False)]
    assert due[1].url == "/contractors/1" and due[0].permission == "safety.read"


@pytest.mark.parametrize(("role", "write"), [(Role.PRIVACY_OFFICER, True), (Role.MYNUMBER_HANDLER, False),
                                             (Role.AUDITOR, False), (Role.STAFF, False)])
def test_roles(app, role: Role, write: bool) -> None:  # noqa: ANN001
    admin = admin_api(app)
    api = user_api(app, admin, role)
    assert api.get("/safety").status_code == 200
    response = _post(api, "/safety/measures/sg-T1", {"status": "not_started"})
    assert (response.status_code == 303) is write
    assert (api.get("/safety/profile").status_code == 200) is write


def test_setup_employees_feed_the_judgement(app) -> None:  # noqa: ANN001
    admin = admin_api(app)
    _profile(admin)
    with app.state.sessions() as session:
        reasons = svc.profile(session).sme_decision["reasons"]
    assert f"{ADMIN['employees']}人" in reasons[0]["text"]
