"""The public notice (公表事項, 個人情報保護法第32条第1項; 施行令第10条) built from the profile and the 台帳."""

from __future__ import annotations

import csv
import io
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


JOINT = {"joint_use": True, "joint_use_items": ["氏名", "学年"], "joint_use_scope": "架空学園の設置する各校",
         "joint_use_purposes": "合同行事の連絡", "joint_use_manager_name": "学校法人架空学園",
         "joint_use_manager_address": "架空県架空市1-2-3", "joint_use_manager_representative": "理事長 架空 太郎"}
OPT_OUT = {"opt_out": True, "opt_out_items": ["氏名", "住所"], "opt_out_acquisition_method": "会員登録時の申込書",
           "opt_out_provision_method": "電子メールで送付", "opt_out_request_method": "窓口または電子メール",
           "opt_out_update_method": "毎月1日に更新", "opt_out_start_date": "2027-01-01"}


def test_notice_has_no_joint_use_or_opt_out_section_when_none(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    api.post("/api/v1/register", json=sample_entry())
    notice = api.get("/api/v1/notice").json()
    assert notice["missing_arrangements"] == []
    assert not {"notice.joint_use", "notice.opt_out"} & {s["key"] for s in notice["sections"]}
    assert "共同利用" not in api.client.get("/notice").text


def test_notice_carries_joint_use_and_opt_out_matters(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    api.put("/api/v1/organisation", json=PROFILE)
    created = api.post("/api/v1/register", json=sample_entry(name="生徒名簿", **JOINT))
    assert created.status_code == 201, created.text
    api.post("/api/v1/register", json=sample_entry(name="会員名簿", categories=["personal"], **OPT_OUT))
    notice = api.get("/api/v1/notice").json()
    assert notice["missing"] == [] and notice["missing_arrangements"] == []
    sections = {s["key"]: s for s in notice["sections"]}
    joint = sections["notice.joint_use"]
    assert joint["subject"] == "生徒名簿" and joint["citation"] == "個人情報保護法第27条第5項第3号"
    assert {m["field"]: m["value"] for m in joint["matters"]} == {
        "joint_use_items": "氏名、学年", "joint_use_scope": "架空学園の設置する各校",
        "joint_use_purposes": "合同行事の連絡", "joint_use_manager_name": "学校法人架空学園",
        "joint_use_manager_address": "架空県架空市1-2-3", "joint_use_manager_representative": "理事長 架空 太郎"}
    opt_out = sections["notice.opt_out"]
    assert opt_out["citation"].startswith("個人情報保護法第27条第2項")
    assert [m["field"] for m in opt_out["matters"]] == [
        "opt_out_items", "opt_out_acquisition_method", "opt_out_provision_method", "opt_out_request_method",
        "opt_out_update_method", "opt_out_start_date"]
    for path in ("/notice", "/notice/document"):
        text = api.client.get(path).text
        for expected in ("共同して利用する者の範囲", "架空学園の設置する各校", "合同行事の連絡", "代表者の氏名",
                         "提供を停止します", "窓口または電子メール", "毎月1日に更新", "2027-01-01",
                         "第27条第5項第3号", "第27条第2項"):
            assert expected in text, (path, expected)


def test_notice_lists_empty_joint_use_and_opt_out_matters(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    api.put("/api/v1/organisation", json=PROFILE)
    joint = api.post("/api/v1/register", json=sample_entry(
        name="生徒名簿", **JOINT | {"joint_use_manager_address": "", "joint_use_manager_representative": " "})).json()
    opt_out = api.post("/api/v1/register", json=sample_entry(
        name="会員名簿", categories=["personal"], **OPT_OUT | {"opt_out_items": [], "opt_out_start_date": None})).json()
    notice = api.get("/api/v1/notice").json()
    assert notice["missing"] == []
    assert notice["missing_arrangements"] == [
        {"entry_id": joint["id"], "entry": "生徒名簿", "field": "joint_use_manager_address"},
        {"entry_id": joint["id"], "entry": "生徒名簿", "field": "joint_use_manager_representative"},
        {"entry_id": opt_out["id"], "entry": "会員名簿", "field": "opt_out_items"},
        {"entry_id": opt_out["id"], "entry": "会員名簿", "field": "opt_out_start_date"}]
    page = api.client.get("/notice").text
    missing = page[page.index('id="notice-missing"'):page.index("</div>", page.index('id="notice-missing"'))]
    assert "管理について責任を有する者の住所" in missing and "提供を開始する予定日" in missing
    assert f'/register/{joint["id"]}/edit' in missing


def test_opt_out_refused_for_sensitive_data(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    refused = api.post("/api/v1/register", json=sample_entry(categories=["personal", "sensitive"], **OPT_OUT))
    assert refused.status_code == 422 and "opt_out" in refused.text


def test_joint_use_and_opt_out_through_form_and_csv(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    form = api.client.get("/register/new")
    assert 'name="joint_use"' in form.text and 'name="opt_out_request_method"' in form.text
    csrf = re.search(r'name="csrf_token" value="([0-9a-f]+)"', form.text).group(1)
    entry = sample_entry(name="会員名簿")
    data = {k: "\n".join(v) if isinstance(v, list) else str(v) for k, v in entry.items() if k != "categories"}
    data |= {"categories": "personal", "csrf_token": csrf, "opt_out": "on", "opt_out_items": "氏名\n住所",
             "opt_out_request_method": "窓口または電子メール", "opt_out_start_date": "2027-01-01"}
    saved = api.client.post("/register/new", data=data, follow_redirects=False)
    assert saved.status_code == 303, saved.text
    stored = api.get(saved.headers["location"].split("?")[0].replace("/register", "/api/v1/register")).json()
    assert stored["opt_out"] is True and stored["opt_out_items"] == ["氏名", "住所"]
    assert stored["opt_out_start_date"] == "2027-01-01" and stored["joint_use"] is False
    detail = api.client.get(saved.headers["location"]).text
    assert "窓口または電子メール" in detail
    exported = api.client.get("/api/v1/register.csv").content.decode("utf-8-sig")
    row = next(csv.DictReader(io.StringIO(exported)))
    assert row["オプトアウト提供"] == "あり" and row["共同利用"] == "なし"
    assert row["提供停止の求めの受付方法"] == "窓口または電子メール" and row["オプトアウト提供開始予定日"] == "2027-01-01"
    assert row["オプトアウト提供する項目"] == "氏名\n住所"
