"""Leak incidents (漏えい等事案) in the application: live re-decision, the report's nine items, notices, roles.

Runs on SQLite and PostgreSQL (the ``app`` fixture). All data fictional.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from app_support import Api, admin_api, sample_entry, user_api
from fastapi.testclient import TestClient
from pypdf import PdfReader

from hogo.app.models import Role
from hogo.app.permissions import PERMISSIONS, Permission

NINE_ITEMS = ["概要", "の項目", "本人の数", "原因", "二次被害又はそのおそれの有無及びその内容", "本人への対応の実施状況",
              "公表の実施状況", "再発防止のための措置", "その他参考となる事項"]


def intake(**changes: Any) -> dict[str, Any]:  # noqa: ANN401
    """A fictional incident as entered at intake: 900 persons, no sensitive data (not reportable yet)."""
    data = {"reference": "L-2024-001", "title": "成績データの誤送信", "regime": "appi", "occurred_on": "2024-05-06",
            "discovered_on": "2024-05-07", "discovered_by": "教務課職員", "known_on": "2024-05-07", "event": "leak",
            "suspected": False, "sensitive": False, "persons_count": 900, "contact_department": "事務局",
            "contact_phone": "03-0000-0000"}
    data.update(changes)
    return data


ITEMS = {"outline_description": "成績一覧表を誤って外部の宛先にメール送信した。", "data_items": ["氏名", "学年", "成績"],
         "data_media": ["電子メール"], "data_kind": "生徒の情報", "cause_description": "宛先の確認不足",
         "cause_actor": "reporter", "damage_status": "risk", "damage_description": "閲覧されたおそれ",
         "response_to_persons": "保護者へ説明", "publication_status": "published", "publication_on": "2024-05-20",
         "publication_method": "学校ウェブサイト", "prevention_done": ["送信前の二重確認"],
         "prevention_planned": ["誤送信防止ツールの導入"], "other_remarks": "委員会向けの参考事項(架空)",
         "other_self_protection": "不審な連絡にご注意ください。"}


def _create(api: Api, **changes: Any) -> dict[str, Any]:  # noqa: ANN401
    response = api.post("/api/v1/incidents", json=intake(**changes))
    assert response.status_code == 201, response.text
    return response.json()


def test_recomputed_when_the_count_passes_1000(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    created = _create(api)
    assert created["reportable"] is False and created["preliminary_due"] is None and created["final_due"] is None
    raised = api.post(f"/api/v1/incidents/{created['id']}/counts",
                      json={"on": "2024-05-12", "count": 1200, "version": created["version"]})
    assert raised.status_code == 200, raised.text
    body = raised.json()
    assert body["reportable"] is True and body["persons"] == 1200
    assert body["clock_starts_on"] == "2024-05-12"  # the day the count passed 1,000 is day 1
    assert (body["preliminary_due"], body["final_due"]) == ("2024-05-16", "2024-06-10")
    assert [p["count"] for p in body["case"]["persons"]] == [900, 1200]  # the dated history is kept
    grounds = body["assessment"]["decision"]["grounds"]
    assert grounds == ["over_1000"]
    audit = api.get("/api/v1/audit").json()
    change = [e for e in audit if e["action"] == "incident.count"][-1]
    assert change["details"]["reassessed"] is True and "1200" not in json.dumps(change["details"])
    # a stale version is refused and nothing is overwritten
    stale = api.post(f"/api/v1/incidents/{created['id']}/counts",
                     json={"on": "2024-05-13", "count": 5, "version": created["version"]})
    assert stale.status_code == 409 and stale.json()["errors"][0]["field"] == "version"


def test_fact_change_makes_it_reportable(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    created = _create(api, persons_count=3)
    facts = {k: v for k, v in intake(persons_count=3).items() if k not in ("persons_count",)}
    changed = api.put(f"/api/v1/incidents/{created['id']}",
                      json=facts | {"sensitive": True, "version": created["version"]})
    assert changed.status_code == 200, changed.text
    assert changed.json()["reportable"] is True and changed.json()["clock_starts_on"] == "2024-05-07"


def test_year_end_closure(app) -> None:  # noqa: ANN001
    """Known 2024-12-01 with 要配慮個人情報: the 確報 (30 days) falls in the year-end closure → 2025-01-06."""
    api = admin_api(app)
    created = _create(api, reference="L-2024-012", discovered_on="2024-12-01", known_on="2024-12-01",
                      occurred_on="2024-11-29", sensitive=True, persons_count=12)
    assert created["clock_starts_on"] == "2024-12-01"
    assert created["final_due"] == "2025-01-06"
    assert created["preliminary_due"] == "2024-12-05"


def test_report_has_all_nine_items_in_json_html_and_pdf(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    created = _create(api, sensitive=True)
    report = api.get(f"/api/v1/incidents/{created['id']}/report?kind=preliminary&on=2024-05-08").json()
    assert report["as_of"] == "2024-05-08" and report["law_version"]["id"] == "appi-2024"
    assert [i["item"] for i in report["items"]] == list(range(1, 10))
    assert report["items"][3]["status"] == "unknown"  # 原因 still 調査中 in a 速報
    final = api.get(f"/api/v1/incidents/{created['id']}/report?kind=final")
    assert final.status_code == 422 and final.json()["errors"][0]["field"] == "outline"
    saved = api.put(f"/api/v1/incidents/{created['id']}/items", json=ITEMS | {"version": created["version"]})
    assert saved.status_code == 200, saved.text
    final = api.get(f"/api/v1/incidents/{created['id']}/report?kind=final").json()
    assert final["kind"] == "final" and all(i["status"] == "known" for i in final["items"])
    html = api.get(f"/incidents/{created['id']}/report?kind=final").text
    pdf = api.get(f"/incidents/{created['id']}/report?kind=final&format=pdf")
    assert pdf.headers["content-type"] == "application/pdf"
    import io

    pdf_text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.content)).pages)
    for number, title in enumerate(NINE_ITEMS, start=1):
        assert title in html, (number, title)
        assert title.replace("、", "") in pdf_text.replace("\n", "").replace("、", ""), (number, title)
    for text in ("成績一覧表を誤って", "宛先の確認不足", "送信前の二重確認", "学校ウェブサイト", "委員会向けの参考事項"):
        assert text in html
    export = api.get(f"/incidents/{created['id']}/report?kind=final&format=json")
    assert export.json()["incident_id"] == "L-2024-001" and "attachment" in export.headers["content-disposition"]


def test_notice_has_items_1_2_4_5_9_only_and_records_by_reference(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    created = _create(api, sensitive=True)
    refused = api.post(f"/api/v1/incidents/{created['id']}/notice", json={"person_ref": "S-1", "name": "架空 太郎"})
    assert refused.status_code == 422 and refused.json()["errors"][0]["field"] == "outline"
    saved = api.put(f"/api/v1/incidents/{created['id']}/items", json=ITEMS | {"version": created["version"]}).json()
    notice = api.post(f"/api/v1/incidents/{created['id']}/notice",
                      json={"person_ref": "S-1", "name": "架空 太郎", "address": "架空市1-1"}).json()
    assert [s["item"] for s in notice["sections"]] == [1, 2, 4, 5, 9]
    text = json.dumps(notice, ensure_ascii=False)
    for absent in ("保護者へ説明", "学校ウェブサイト", "送信前の二重確認", "委員会向けの参考事項"):  # items 6, 7, 8, 9 remarks
        assert absent not in text
    assert "不審な連絡にご注意ください" in text
    html = api.client.post(f"/incidents/{created['id']}/notice",
                           data={"csrf_token": api.csrf, "person_ref": "S-1", "name": "架空 太郎"}).text
    assert "架空 太郎 様" in html and "本人の数" not in html and "再発防止" not in html
    recorded = api.post(f"/api/v1/incidents/{created['id']}/notices",
                        json={"person_ref": "S-1", "method": "post", "sent_on": "2024-05-21",
                              "version": saved["version"]})
    assert recorded.status_code == 200, recorded.text
    assert recorded.json()["case"]["notices"] == [{"person_ref": "S-1", "method": "post", "sent_on": "2024-05-21",
                                                   "delay_reason": None}]
    audit = json.dumps(api.get("/api/v1/audit").json(), ensure_ascii=False)
    assert "架空 太郎" not in audit and "架空市" not in audit  # ids only
    # substitute measure refused unless notice is difficult
    refused = api.post(f"/api/v1/incidents/{created['id']}/substitutes",
                       json={"kind": "publication", "started_on": "2024-05-22", "detail": "https://example.jp/",
                             "reason": "連絡先不明", "version": recorded.json()["version"]})
    assert refused.status_code == 422 and refused.json()["errors"][0]["field"] == "kind"


def test_substitute_measure_when_notice_is_difficult(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    created = _create(api, sensitive=True, notice_difficult=True)
    done = api.post(f"/api/v1/incidents/{created['id']}/substitutes",
                    json={"kind": "inquiry_desk", "started_on": "2024-05-10", "detail": "03-0000-0001",
                          "reason": "卒業生の連絡先が不明", "version": created["version"]})
    assert done.status_code == 200, done.text
    assessment = done.json()["assessment"]
    assert assessment["notices"]["substitute_measures"] == ["問合せ窓口の設置・公表(2024-05-10〜)"]


def test_contractor_that_notified_its_entruster_is_exempt(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    created = _create(api, sensitive=True, entrustment_role="contractor", entrustment_counterpart="架空市教育委員会",
                      entruster_notified_on="2024-05-08")
    assert created["reportable"] is False and created["who_reports"] == "entruster"
    own = _create(api, reference="L-2024-002", sensitive=True, entrustment_role="entruster",
                  entrustment_counterpart="架空システム株式会社")
    assert own["who_reports"] == "self" and own["reportable"] is True


def test_register_entries_link_and_bad_input(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    entry = api.post("/api/v1/register", json=sample_entry()).json()
    created = _create(api, database_ids=[entry["id"]])
    assert created["database_ids"] == [entry["id"]]
    page = api.get(f"/incidents/{created['id']}").text
    assert f'href="/register/{entry["id"]}"' in page
    missing = api.post("/api/v1/incidents", json=intake(reference="L-9", database_ids=[999]))
    assert missing.status_code == 422 and missing.json()["errors"][0]["field"] == "database_ids"
    order = api.post("/api/v1/incidents", json=intake(reference="L-10", known_on="2024-05-01"))
    assert order.status_code == 422 and order.json()["errors"][0]["field"] == "known_on"
    taken = api.post("/api/v1/incidents", json=intake())
    assert taken.status_code == 409 and taken.json()["errors"][0]["field"] == "reference"
    # the UI keeps what was typed and shows the error in Japanese next to the field
    form = {"csrf_token": api.csrf, "reference": "L-11", "title": "テスト", "discovered_on": "2024-05-07",
            "discovered_by": "職員", "known_on": "2024-05-07", "persons_count": "千"}
    page = api.client.post("/incidents/new", data=form)
    assert page.status_code == 422 and 'id="error-persons_count"' in page.text and 'value="L-11"' in page.text


def test_ui_count_form_reassesses(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    created = _create(api)
    page = api.client.post(f"/incidents/{created['id']}/counts",
                           data={"csrf_token": api.csrf, "version": created["version"], "on": "2024-05-12",
                                 "count": "１，２００"}, follow_redirects=True)
    assert page.status_code == 200
    assert 'id="preliminary-due">2024-05-16' in page.text and "2024-06-10" in page.text
    bad = api.client.post(f"/incidents/{created['id']}/counts",
                          data={"csrf_token": api.csrf, "version": "2", "on": "2024-05-13", "count": "abc"})
    assert bad.status_code == 422 and 'id="error-count-count"' in bad.text


@pytest.mark.parametrize("role", list(Role))
def test_permissions_for_every_role(app, role: Role) -> None:  # noqa: ANN001
    admin = admin_api(app)
    created = _create(admin)
    api = admin if role is Role.ADMINISTRATOR else user_api(app, admin, role)
    can_read = Permission.INCIDENTS_READ in PERMISSIONS[role]
    can_write = Permission.INCIDENTS_WRITE in PERMISSIONS[role]
    assert (api.get("/api/v1/incidents").status_code == 200) is can_read
    assert (api.get(f"/api/v1/incidents/{created['id']}/report").status_code == 200) is can_read
    assert (api.get(f"/incidents/{created['id']}", follow_redirects=False).status_code == 200) is can_read
    response = api.post("/api/v1/incidents", json=intake(reference=f"L-{role.value}"))
    assert (response.status_code == 201) is can_write, response.text
    if not can_write:
        assert response.status_code == 403
    smtp = api.get("/api/v1/smtp")
    assert (smtp.status_code == 200) is (Permission.ORGANISATION_MANAGE in PERMISSIONS[role])
    assert api.get("/api/v1/notifications").status_code == 200  # everyone sees their own


def test_not_logged_in_is_refused(app) -> None:  # noqa: ANN001
    admin_api(app)
    anonymous = Api(TestClient(app))
    assert anonymous.get("/api/v1/incidents").status_code == 401


def test_pending_note_makes_a_final_report_possible_and_closing_stops_deadlines(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    created = _create(api, sensitive=True)
    items = ITEMS | {"cause_description": "", "version": created["version"]}
    saved = api.put(f"/api/v1/incidents/{created['id']}/items", json=items).json()
    refused = api.get(f"/api/v1/incidents/{created['id']}/report?kind=final")
    assert refused.status_code == 422 and refused.json()["errors"][0]["field"] == "cause"
    noted = api.post(f"/api/v1/incidents/{created['id']}/pending",
                     json={"item": 4, "reason": "委託先の調査結果待ち", "version": saved["version"]})
    assert noted.status_code == 200, noted.text
    final = api.get(f"/api/v1/incidents/{created['id']}/report?kind=final").json()
    assert final["items"][3]["status"] == "pending"
    html = api.get(f"/incidents/{created['id']}/report?kind=final").text
    assert "委託先の調査結果待ち" in html
    bad = api.post(f"/api/v1/incidents/{created['id']}/pending",
                   json={"item": 10, "reason": "x", "version": noted.json()["version"]})
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "item"
    from hogo.app import incidents as service

    with app.state.sessions() as session:
        assert [d.key for d in service.deadlines(session)] == [f"incident:{created['id']}:preliminary",
                                                               f"incident:{created['id']}:final"]
    closed = api.post(f"/api/v1/incidents/{created['id']}/status",
                      json={"status": "closed", "version": noted.json()["version"]})
    assert closed.status_code == 200 and closed.json()["status"] == "closed"
    with app.state.sessions() as session:
        assert service.deadlines(session) == []


def test_chronology_added_and_removed_appears_in_report_item_1(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    created = _create(api)
    path = f"/api/v1/incidents/{created['id']}/chronology"
    early = api.post(path, json={"on": "2024-05-07", "event": "教務課職員が誤送信に気付いた", "version": created["version"]})
    assert early.status_code == 422 and early.json()["errors"][0]["field"] == "event"  # item 1's outline first
    saved = api.put(f"/api/v1/incidents/{created['id']}/items", json=ITEMS | {"version": created["version"]}).json()
    second = api.post(path, json={"on": "2024-05-08", "event": "受信者に削除を依頼した", "version": saved["version"]})
    assert second.status_code == 201, second.text
    first = api.post(path, json={"on": "2024-05-07", "event": "教務課職員が誤送信に気付いた",
                                 "version": second.json()["version"]}).json()
    assert [c["on"] for c in first["case"]["outline"]["chronology"]] == ["2024-05-07", "2024-05-08"]  # date order
    stale = api.post(path, json={"on": "2024-05-09", "event": "古い版からの追加", "version": saved["version"]})
    assert stale.status_code == 409
    future = api.post(path, json={"on": "2999-01-01", "event": "未来", "version": first["version"]})
    assert future.status_code == 422 and future.json()["errors"][0]["field"] == "on"
    blank = api.post(path, json={"on": "2024-05-09", "event": "  ", "version": first["version"]})
    assert blank.status_code == 422 and blank.json()["errors"][0]["field"] == "event"
    report = api.get(f"/api/v1/incidents/{created['id']}/report?kind=preliminary&on=2024-05-10").json()
    item_1 = json.dumps(report["items"][0], ensure_ascii=False)
    assert "2024-05-07 教務課職員が誤送信に気付いた" in item_1 and "2024-05-08 受信者に削除を依頼した" in item_1
    html = api.get(f"/incidents/{created['id']}/report?kind=preliminary&on=2024-05-10").text
    assert "経緯" in html and "受信者に削除を依頼した" in html
    removed = api.delete(f"{path}/0?version={first['version']}")
    assert removed.status_code == 200, removed.text
    assert [c["event"] for c in removed.json()["case"]["outline"]["chronology"]] == ["受信者に削除を依頼した"]
    assert api.delete(f"{path}/5?version={removed.json()['version']}").status_code == 404
    html = api.get(f"/incidents/{created['id']}/report?kind=preliminary&on=2024-05-10").text
    assert "誤送信に気付いた" not in html and "受信者に削除を依頼した" in html
    actions = [e["action"] for e in api.get("/api/v1/audit?limit=1000").json()]
    assert "incident.chronology_add" in actions and "incident.chronology_remove" in actions
    logged = json.dumps(api.get("/api/v1/audit?limit=1000").json(), ensure_ascii=False)
    assert "受信者に削除を依頼した" not in logged  # the audit keeps dates and positions, not the text


def test_ui_chronology_form(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    created = _create(api)
    detail = api.client.get(f"/incidents/{created['id']}").text
    assert 'id="chronology-needs-outline"' in detail and 'id="add-chronology"' not in detail
    saved = api.put(f"/api/v1/incidents/{created['id']}/items", json=ITEMS | {"version": created["version"]}).json()
    bad = api.client.post(f"/incidents/{created['id']}/chronology",
                          data={"csrf_token": api.csrf, "version": saved["version"], "on": "2024-05-08", "event": ""})
    assert bad.status_code == 422 and 'id="error-chronology-event"' in bad.text
    page = api.client.post(f"/incidents/{created['id']}/chronology",
                           data={"csrf_token": api.csrf, "version": saved["version"], "on": "2024-05-08",
                                 "event": "受信者に削除を依頼した"}, follow_redirects=True)
    assert page.status_code == 200 and "受信者に削除を依頼した" in page.text
    version = api.get(f"/api/v1/incidents/{created['id']}").json()["version"]
    gone = api.client.post(f"/incidents/{created['id']}/chronology/remove",
                           data={"csrf_token": api.csrf, "version": version, "index": "0"}, follow_redirects=True)
    assert gone.status_code == 200 and "受信者に削除を依頼した" not in gone.text
