"""The public notice (公表事項, 個人情報保護法第32条第1項; 施行令第10条) built from the profile and the 台帳."""

from __future__ import annotations

import re

from app_support import admin_api, sample_entry

PROFILE = {"name": "架空学園", "kind": "school", "employees": 42, "address": "架空県架空市1-2-3",
           "representative": "理事長 架空 太郎",
           "request_procedure": "事務室の窓口で書面により受け付けます。\n本人確認書類を確認します。",
           "safety_measures": "個人データ取扱規程を定めています。\n書類は施錠できるキャビネットに保管しています。",
           "complaints_contact": "事務室 個人情報相談窓口(電話 000-0000-0000)"}


def test_notice_lists_missing_matters_then_every_purpose_once(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    empty = api.get("/api/v1/notice").json()
    assert empty["missing"] == ["address", "representative", "request_procedure", "safety_measures",
                                "complaints_contact", "purposes"]
    api.post("/api/v1/register", json=sample_entry(purposes=["生徒指導", "保護者との連絡"]))
    api.post("/api/v1/register", json=sample_entry(name="保健記録", purposes=["健康管理", "保護者との連絡"]))
    api.post("/api/v1/register", json=sample_entry(name="統計用", categories=["anonymised"], purposes=["統計"]))
    assert api.put("/api/v1/organisation", json=PROFILE).status_code == 200
    notice = api.get("/api/v1/notice").json()
    assert notice["missing"] == [] and notice["public_body"] is False
    sections = {s["key"]: s for s in notice["sections"]}
    assert sections["notice.purposes"]["lines"] == ["生徒指導", "保護者との連絡", "健康管理"]
    assert sections["notice.purposes"]["citation"] == "個人情報保護法第32条第1項第2号"
    assert sections["notice.safety"]["citation"].endswith("施行令第10条第1号")
    assert sections["notice.identity"]["lines"] == ["架空学園", "架空県架空市1-2-3", "理事長 架空 太郎"]
    assert "notice.accredited" not in sections  # only when the organisation is a member of one


def test_notice_page_and_document(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    page = api.client.get("/notice")
    assert "公表する前に" in page.text and "住所" in page.text
    form = api.client.get("/organisation")
    csrf = re.search(r'name="csrf_token" value="([0-9a-f]+)"', form.text).group(1)
    bad = api.client.post("/organisation", data=PROFILE | {"employees": "多数", "csrf_token": csrf})
    assert bad.status_code == 422 and "整数で入力してください" in bad.text and "架空県架空市1-2-3" in bad.text
    saved = api.client.post("/organisation", data=PROFILE | {"employees": "４２", "csrf_token": csrf},
                            follow_redirects=False)
    assert saved.headers["location"] == "/notice"
    document = api.client.get("/notice/document")
    assert document.headers["content-disposition"].startswith("attachment")
    assert "個人情報の保護に関する法律第32条第1項" in document.text and "施錠できるキャビネット" in document.text
    assert "csrf" not in document.text and "/static/" not in document.text  # self-contained, nothing internal


def test_local_bodies_are_told_chapter_5_applies(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    api.put("/api/v1/organisation", json=PROFILE | {"kind": "local_body"})
    assert api.get("/api/v1/notice").json()["public_body"] is True
    assert "第75条" in api.client.get("/notice").text
