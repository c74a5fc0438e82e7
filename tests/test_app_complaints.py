"""Complaints (苦情・相談, 個人情報保護法第40条): intake, handling log, escalation, closing, statistics, CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from app_support import admin_api, user_api
from hypothesis import given, settings
from hypothesis import strategies as st
from fastapi.testclient import TestClient

from hogo.app import audit
from hogo.app import complaints as svc
from hogo.cases.complaints import statistics
from hogo.app.models import AuditEntry, Role

TODAY = dt.date.today()


def _form(api, path: str, **data):  # noqa: ANN001, ANN003, ANN202
    return api.client.post(path, data={"csrf_token": api.csrf, **data}, follow_redirects=False)


def _new(api, received_on: str = "2025-04-10", kind: str = "complaint", topics=("third_party",),  # noqa: ANN001, ANN202
         **extra):  # noqa: ANN003
    data = {"received_on": received_on, "channel": "phone", "kind": kind, "complainant": "guardian",
            "summary": "クラス名簿がPTA役員に渡されたとの申出(架空)", **extra}
    response = api.client.post("/complaints/new", data={"csrf_token": api.csrf, **data,
                                                        "topics": list(topics)}, follow_redirects=False)
    assert response.status_code == 303, response.text
    return int(response.headers["location"].split("/")[2].split("?")[0])


def test_complaint_escalated_and_closed_with_audit(app) -> None:  # noqa: ANN001
    admin = admin_api(app)
    cid = _new(admin)
    page = admin.get(f"/complaints/{cid}").text
    assert "受付" in page and "第三者提供" in page
    assert _form(admin, f"/complaints/{cid}/steps", on="2025-04-11", action="事実関係を確認").status_code == 303
    assert "対応中" in admin.get(f"/complaints/{cid}").text
    # escalation before receipt: refused next to the field, text kept
    response = _form(admin, f"/complaints/{cid}/escalate", escalated_to="accredited_body", escalated_on="2025-04-01",
                     escalation_note="団体へ移送", version="2")
    assert response.status_code == 422 and 'id="error-escalated_on"' in response.text and "団体へ移送" in response.text
    assert _form(admin, f"/complaints/{cid}/escalate", escalated_to="accredited_body", escalated_on="2025-04-15",
                 escalation_note="団体へ移送", version="2").status_code == 303
    page = admin.get(f"/complaints/{cid}").text
    assert "移送・あっせん中" in page and "認定個人情報保護団体" in page
    response = _form(admin, f"/complaints/{cid}/close", closed_on="2025-04-14", outcome="resolved",
                     outcome_note="名簿の回収", version="3")
    assert response.status_code == 422 and "移送日より前" in response.text
    assert _form(admin, f"/complaints/{cid}/close", closed_on="2025-05-01", outcome="resolved",
                 outcome_note="名簿を回収し説明", version="3").status_code == 303
    page = admin.get(f"/complaints/{cid}").text
    assert "完了" in page and "名簿を回収し説明" in page and 'id="close-form"' not in page
    # a closed complaint is not changed further
    assert _form(admin, f"/complaints/{cid}/steps", on="2025-05-02", action="x").status_code == 422
    with app.state.sessions() as session:
        actions = [e.action for e in session.query(AuditEntry).filter_by(target_type="complaint")]
        assert actions == ["complaint.create", "complaint.update", "complaint.step", "complaint.escalate",
                           "complaint.close"]
        details = " ".join(str(e.details) for e in session.query(AuditEntry))
        assert "名簿" not in details and "PTA" not in details  # no personal data / content in the log
        assert audit.verify(session).ok
    assert f'href="/complaints/{cid}"' in admin.get("/complaints?status=closed").text
    assert f'href="/complaints/{cid}"' not in admin.get("/complaints?status=received").text
    history = admin.get(f"/complaints/{cid}/history").text
    assert history.count("<tr>") >= 5


@pytest.mark.parametrize(("field", "value", "code"), [
    ("received_on", (TODAY + dt.timedelta(days=2)).isoformat(), "error-received_on"),
    ("channel", "fax", "error-channel"),
    ("summary", "  ", "error-summary"),
    ("topics", "weather", "error-topics"),
])
def test_bad_intake_names_the_field(app, field: str, value: str, code: str) -> None:  # noqa: ANN001
    admin = admin_api(app)
    data = {"received_on": "2025-04-10", "channel": "email", "kind": "question", "complainant": "person",
            "summary": "問合せ(架空)", "complainant_name": "架空 一郎", field: value}
    response = admin.client.post("/complaints/new", data={"csrf_token": admin.csrf, **data})
    assert response.status_code == 422
    assert f'id="{code}"' in response.text
    if field != "complainant_name":
        assert "架空 一郎" in response.text  # what was typed is kept


def test_statistics_table_and_csv_by_period(app) -> None:  # noqa: ANN001
    admin = admin_api(app)
    _new(admin, "2025-04-10", "complaint", ("third_party", "security"))
    _new(admin, "2025-06-30", "question", ("purpose",))
    _new(admin, "2025-07-01", "complaint", ("third_party",))
    closed = _new(admin, "2026-03-31", "other", ())
    _form(admin, f"/complaints/{closed}/close", closed_on="2026-04-01", outcome="withdrawn", outcome_note="取下げ",
          version="1")
    _new(admin, "2026-04-01", "complaint", ("leak",))
    page = admin.get("/complaints/stats?period=quarter").text
    assert "2025年度第1四半期" in page and "2025年度第2四半期" in page and "2026年度第1四半期" in page
    rows = list(csv.reader(io.StringIO(admin.get("/complaints/stats.csv?period=fiscal_year").text.lstrip("\ufeff"))))
    assert rows[0][:3] == ["期間", "区分", "件数"] and rows[0][-1] == "完了"
    header = rows[0]
    fy2025 = {r[1]: r for r in rows[1:] if r[0] == "2025年度"}
    assert fy2025["苦情"][2] == "2" and fy2025["質問・相談"][2] == "1" and fy2025["計"][2] == "4"
    assert fy2025["苦情"][header.index("第三者提供")] == "2"  # multi-label topic columns
    assert fy2025["計"][-1] == "1"  # closed
    assert {r[0] for r in rows[1:]} == {"2025年度", "2026年度"}
    api = admin.get("/api/v1/complaints/stats?period=half").json()
    assert api["period"] == "half" and {r["label"] for r in api["rows"]} == {"2025年度上半期", "2025年度下半期",
                                                                          "2026年度上半期"}
    bad = admin.get("/api/v1/complaints/stats?period=week")
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "period"
    ranged = admin.get("/complaints/stats.csv?period=fiscal_year&start=2025-07-01&end=2026-03-31").text
    totals = [r for r in csv.reader(io.StringIO(ranged.lstrip("\ufeff"))) if r[1] == "計"]
    assert [r[2] for r in totals] == ["2"]


def test_roles(app) -> None:  # noqa: ANN001
    admin = admin_api(app)
    cid = _new(admin)
    officer = user_api(app, admin, Role.PRIVACY_OFFICER)
    assert _form(officer, f"/complaints/{cid}/steps", on="2025-04-12", action="電話で説明").status_code == 303
    auditor = user_api(app, admin, Role.AUDITOR)
    assert auditor.get(f"/complaints/{cid}").status_code == 200
    assert _form(auditor, f"/complaints/{cid}/steps", on="2025-04-12", action="x").status_code == 403
    for role in (Role.STAFF, Role.MYNUMBER_HANDLER):
        other = user_api(app, admin, role)
        assert other.get("/complaints").status_code == 403
        assert other.get("/complaints/stats.csv").status_code == 403
    anonymous = TestClient(app)
    assert anonymous.get("/complaints", follow_redirects=False).status_code == 303


_complaints = st.lists(st.builds(
    lambda i, day, kind, topics, closed: svc.Complaint(
        id=i, received_on=day, kind=kind, channel=svc.Channel.PHONE, topics=[t for t in svc.TOPICS if t in topics],
        closed_on=day + dt.timedelta(days=3) if closed else None),
    st.integers(1, 10**6), st.dates(dt.date(2023, 1, 1), dt.date(2026, 12, 31)), st.sampled_from(list(svc.Kind)),
    st.sets(st.sampled_from(svc.TOPICS)), st.booleans()), max_size=40)


@settings(max_examples=60, deadline=None)
@given(_complaints, st.sampled_from(["month", "quarter", "half", "fiscal_year"]))
def test_statistics_rows_add_up(records, period) -> None:  # noqa: ANN001
    """Per period: the 計 row is the sum of the categories; topic columns never exceed their row's count."""
    table = statistics([svc.as_case_record(c) for c in records], period, top=len(svc.TOPICS))
    assert sum(r.total for r in table.rows if r.category == "計") == len(records)
    by_period: dict[str, list] = {}
    for row in table.rows:
        by_period.setdefault(row.period, []).append(row)
        assert all(n <= row.total for n in row.topics.values()) and row.closed <= row.total
    for rows in by_period.values():
        total = next(r for r in rows if r.category == "計")
        assert total.total == sum(r.total for r in rows if r.category != "計")
