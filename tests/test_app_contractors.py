"""Contractors (委託先): selection checks, contract clauses, reviews, re-entrustment with the original entruster's 許諾.

Scenarios from shared/spec/mynumber-and-pia.md §5.4 (T49, T50, T52, T53, T54) and schools-guideline.md §4.F (T67).
"""

from __future__ import annotations

import pytest
from app_support import admin_api, sample_entry, user_api

from hogo.app import audit
from hogo.app import contractors as svc
from hogo.app.models import AuditEntry, Role

ALL_CHECKS = [c.id for c in svc.SELECTION_CHECKS]
MUST = {regime: [c.id for c in items if c.required] for regime, items in svc.CLAUSES.items()}


def _post(api, path: str, data: dict):  # noqa: ANN001, ANN202
    return api.client.post(path, data={"csrf_token": api.csrf, **data}, follow_redirects=False)


def _contractor(api, regime: str = "mynumber", checks=ALL_CHECKS, clauses=None, **extra) -> int:  # noqa: ANN001
    clauses = MUST[regime] if clauses is None else clauses
    data = {"name": "架空給与計算株式会社", "service": "給与計算・源泉徴収票の作成", "regime": regime,
            "selected_on": "2025-03-01", "selection_checks": list(checks), f"clauses_{regime}": list(clauses),
            "next_review_on": "2026-04-01", **extra}
    response = _post(api, "/contractors/new", data)
    assert response.status_code == 303, response.text
    return int(response.headers["location"].split("/")[2].split("?")[0])


def _reentrust(api, cid: int, permission: str = "none", **extra):  # noqa: ANN001, ANN202, ANN003
    data = {"subcontractor_name": "架空データ入力有限会社", "service": "入力作業", "requested_on": "2025-06-01",
            "permission": permission, **extra}
    if permission != "none":
        data |= {"permission_by": "架空学園 理事長", "permitted_on": "2025-06-03"}
    return _post(api, f"/contractors/{cid}/reentrust", data)


@pytest.mark.parametrize(("scenario", "regime", "checks", "clauses", "outcome", "missing"), [
    ("T53", "mynumber", [], MUST["mynumber"], "forbid", set(ALL_CHECKS)),
    ("T52", "mynumber", ALL_CHECKS, [c for c in MUST["mynumber"] if c not in ("return_or_disposal",
                                                                              "compliance_reporting")],
     "forbid", {"return_or_disposal", "compliance_reporting"}),
    ("complete-mynumber", "mynumber", ALL_CHECKS, MUST["mynumber"], "allow", set()),
    ("T67", "appi", ALL_CHECKS, [c for c in MUST["appi"] if c not in ("return_or_delete", "period_stated")],
     "require", {"return_or_delete", "period_stated"}),
    ("T68", "appi", [], MUST["appi"], "require", set(ALL_CHECKS)),
    ("complete-appi", "appi", ALL_CHECKS, MUST["appi"], "allow", set()),
])
def test_selection_and_clause_checklist(app, scenario, regime, checks, clauses, outcome, missing) -> None:  # noqa: ANN001
    admin = admin_api(app)
    cid = _contractor(admin, regime, checks, clauses, **({} if checks else {"selected_on": ""}))
    with app.state.sessions() as session:
        entry = svc.get(session, cid)
        assert entry.evaluation["outcome"] == outcome, scenario
        assert set(entry.evaluation["missing"]) == missing, scenario
        assert entry.evaluation["law_version"]["law"] == regime
        assert all(r["citation"] for r in entry.evaluation["reasons"])
    page = admin.get(f"/contractors/{cid}").text
    assert page.count('class="missing"') == len(missing) + (2 if regime == "mynumber" else 0)  # + the 2 desirable


def test_mynumber_reentrustment_needs_the_original_entrusters_permission_at_every_level(app) -> None:  # noqa: ANN001
    admin = admin_api(app)
    otsu = _contractor(admin)  # 乙
    # T49: 乙 → 丙 without 甲's 許諾: refused with the judgement's reasons, no re-entrustee registered
    response = _reentrust(admin, otsu, "none")
    assert response.status_code == 303
    page = admin.get(f"/contractors/{otsu}").text
    assert "再委託不可" in page and "最初の委託者の許諾が必要" in page and "番号法第10条" in page
    # tier 1: "intermediate only" makes no sense (our direct contractor's entruster is us)
    response = _reentrust(admin, otsu, "intermediate_only")
    assert response.status_code == 422 and 'id="error-permission"' in response.text
    assert "架空データ入力有限会社" in response.text  # input kept
    # with 甲's 許諾: allowed, 丙 registered as a tier-2 contractor
    assert _reentrust(admin, otsu, "original_entruster").status_code == 303
    with app.state.sessions() as session:
        (hei,) = svc.children(session, otsu)
        assert hei.tier == 2 and hei.regime is svc.Regime.MYNUMBER
        hei_id = hei.id
        assert "indirect_supervision" in svc.get(session, otsu).evaluation["missing"]  # T54
    # T50: 丙 → 丁 with 乙's permission only: refused; with 甲's: allowed (tier 3)
    _reentrust(admin, hei_id, "intermediate_only", subcontractor_name="架空丁社")
    _reentrust(admin, hei_id, "original_entruster", subcontractor_name="架空丁社")
    with app.state.sessions() as session:
        outcomes = [(r.permission.value, r.outcome) for r in svc.requests(session, hei_id)]
        assert outcomes == [("original_entruster", "allow"), ("intermediate_only", "forbid")]
        refused = svc.requests(session, hei_id)[1]
        assert "直前の委託者の許諾だけでは足りず" in refused.decision["reasons"][0]["text"]
        (tei,) = svc.children(session, hei_id)
        assert tei.tier == 3 and [c.name for c in svc.chain(session, tei)] == [
            "架空給与計算株式会社", "架空データ入力有限会社", "架空丁社"]
        actions = [e.action for e in session.query(AuditEntry).order_by(AuditEntry.seq)]
        assert actions.count("contractor.reentrust.forbid") == 2 and actions.count("contractor.reentrust.allow") == 2
        assert audit.verify(session).ok


def test_appi_reentrustment_needs_permission_and_written_report(app) -> None:  # noqa: ANN001
    admin = admin_api(app)
    cid = _contractor(admin, "appi")
    _reentrust(admin, cid, "original_entruster")  # no written report (clause ②)
    _reentrust(admin, cid, "original_entruster", written_report="on")
    with app.state.sessions() as session:
        assert [r.outcome for r in svc.requests(session, cid)] == ["allow", "forbid"]
        assert "文書をもって報告" in svc.requests(session, cid)[1].decision["reasons"][0]["text"]


def test_review_moves_the_next_review_date_and_data_links(app) -> None:  # noqa: ANN001
    admin = admin_api(app)
    db_id = admin.post("/api/v1/register", json=sample_entry()).json()["id"]
    cid = _contractor(admin, "appi", database_ids=[str(db_id)])
    page = admin.get(f"/contractors/{cid}").text
    assert f'href="/register/{db_id}"' in page
    bad = _post(admin, f"/contractors/{cid}/reviews", {"reviewed_on": "2025-05-01", "result": "ok",
                                                       "next_review_on": "2025-04-01", "version": "1"})
    assert bad.status_code == 422 and 'id="error-next_review_on"' in bad.text
    ok = _post(admin, f"/contractors/{cid}/reviews", {"reviewed_on": "2025-05-01", "result": "improve",
                                                      "note": "監査報告を受領", "next_review_on": "2026-05-01",
                                                      "version": "1"})
    assert ok.status_code == 303
    assert "2026-05-01" in admin.get(f"/contractors/{cid}").text
    bad = _post(admin, "/contractors/new", {"name": "x", "service": "y", "regime": "appi",
                                            "database_ids": ["999"]})
    assert bad.status_code == 422 and 'id="error-database_ids"' in bad.text


@pytest.mark.parametrize(("role", "read", "write"), [
    (Role.PRIVACY_OFFICER, True, True), (Role.MYNUMBER_HANDLER, True, True), (Role.AUDITOR, True, False),
    (Role.STAFF, False, False)])
def test_roles(app, role: Role, read: bool, write: bool) -> None:  # noqa: ANN001
    admin = admin_api(app)
    cid = _contractor(admin)
    api = user_api(app, admin, role)
    assert (api.get(f"/contractors/{cid}").status_code == 200) is read
    assert (_reentrust(api, cid, "original_entruster").status_code == 303) is write


def test_mynumber_handler_keeps_only_mynumber_contractors(app) -> None:  # noqa: ANN001
    admin = admin_api(app)
    appi = _contractor(admin, "appi")
    handler = user_api(app, admin, Role.MYNUMBER_HANDLER)
    response = _post(handler, "/contractors/new", {"name": "架空清掃", "service": "清掃", "regime": "appi"})
    assert response.status_code == 422 and 'id="error-regime"' in response.text
    assert _reentrust(handler, appi, "original_entruster", written_report="on").status_code == 422
    assert _contractor(handler, "mynumber") > appi


def test_edit_re_assesses_and_keeps_history(app) -> None:  # noqa: ANN001
    admin = admin_api(app)
    cid = _contractor(admin, "appi", clauses=MUST["appi"][:6])
    form = admin.get(f"/contractors/{cid}/edit").text
    assert 'value="no_leak_misuse" checked' in form and 'value="liability_defined" checked' not in form
    data = {"version": "1", "name": "架空給与計算株式会社", "service": "給与計算", "regime": "appi",
            "selected_on": "2025-03-01", "selection_checks": ALL_CHECKS, "clauses_appi": MUST["appi"],
            "clauses_mynumber": ["confidentiality"], "next_review_on": "2026-04-01"}
    assert _post(admin, f"/contractors/{cid}/edit", data).status_code == 303
    stale = _post(admin, f"/contractors/{cid}/edit", data | {"service": "別の業務"})
    assert stale.status_code == 422 and "ほかの人が先に更新しました" in stale.text and "別の業務" in stale.text
    with app.state.sessions() as session:
        entry = svc.get(session, cid)
        assert entry.evaluation["outcome"] == "allow" and entry.clauses == MUST["appi"]  # other regime's ignored
        assert [r.snapshot["evaluation_outcome"] for r in svc.history(session, cid)] == ["allow", "require"]
