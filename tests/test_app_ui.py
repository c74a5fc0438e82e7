"""The server-rendered UI through HTTP: Japanese first, errors next to the field, nothing the user typed lost."""

from __future__ import annotations

import re

from app_support import ADMIN, PASSWORD, Api, admin_api, sample_entry
from fastapi.testclient import TestClient


def _csrf(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([0-9a-f]+)"', html)
    assert match, "form without CSRF token"
    return match.group(1)


def _form(entry: dict, csrf: str) -> dict:
    data = {k: "\n".join(v) if isinstance(v, list) else v for k, v in entry.items() if k != "categories"}
    data["categories"] = entry["categories"]
    data.pop("cross_border")
    return data | {"csrf_token": csrf}


def test_setup_form_keeps_input_and_shows_japanese_errors(app) -> None:  # noqa: ANN001
    client = TestClient(app)
    page = client.get("/setup")
    assert page.status_code == 200 and "初期設定" in page.text and 'lang="ja"' in page.text
    values = ADMIN | {"employees": "三十", "password": PASSWORD, "csrf_token": _csrf(page.text)}
    response = client.post("/setup", data=values)
    assert response.status_code == 422
    assert 'id="error-employees"' in response.text and "整数で入力してください" in response.text
    assert 'value="架空学園"' in response.text and 'value="三十"' in response.text  # kept as typed
    assert PASSWORD not in response.text  # but never the password
    values |= {"employees": "30", "csrf_token": _csrf(response.text)}
    done = client.post("/setup", data=values, follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"] == "/"
    home = client.get("/")
    assert "架空学園" in home.text and "管理 花子" in home.text


def test_register_form_round_trip(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    client = api.client
    page = client.get("/register/new")
    bad = _form(sample_entry(persons_count="350人", name="相談記録"), _csrf(page.text)) | {"cross_border": "on"}
    response = client.post("/register/new", data=bad)
    assert response.status_code == 422
    assert "整数で入力してください" in response.text
    assert 'value="350人"' in response.text and 'value="相談記録"' in response.text
    assert "職員室 施錠キャビネット" in response.text and 'value="sensitive" checked' in response.text
    good = _form(sample_entry(name="相談記録"), _csrf(response.text)) | {"persons_count": "１，２００"}
    saved = client.post("/register/new", data=good, follow_redirects=False)
    assert saved.status_code == 303 and saved.headers["location"] == "/register/1?saved=1"
    detail = client.get("/register/1?saved=1")
    for text in ("保存しました", "1,200", "要配慮個人情報", "卒業後5年"):
        assert text in detail.text
    edit = client.get("/register/1/edit")
    assert "生徒指導\n保護者との連絡</textarea>" in edit.text
    changed = _form(sample_entry(name="相談記録(改)"), _csrf(edit.text)) | {"version": "1"}
    assert client.post("/register/1/edit", data=changed, follow_redirects=False).status_code == 303
    stale = client.post("/register/1/edit", data=changed | {"notes": "後から"})
    assert stale.status_code == 422
    assert "ほかの人が先に更新しました" in stale.text and "後から" in stale.text
    # the re-shown form now carries the current version: saving again is a deliberate overwrite
    assert 'name="version" value="2"' in stale.text
    again = client.post("/register/1/edit", data=changed | {"notes": "後から", "version": "2",
                                                            "csrf_token": _csrf(stale.text)}, follow_redirects=False)
    assert again.status_code == 303
    history = client.get("/register/1/history")
    assert "相談記録(改)" in history.text and "相談記録" in history.text
    listing = client.get("/register", params={"q": "改"})
    assert "相談記録(改)" in listing.text


def test_english_switch(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    switched = api.client.get("/lang/en", params={"next": "/register"}, follow_redirects=False)
    assert switched.status_code == 303 and switched.headers["location"] == "/register"
    page = api.client.get("/register")
    assert 'lang="en"' in page.text and "Register of personal information databases" in page.text
    assert api.client.get("/lang/en", params={"next": "//evil.example"}, follow_redirects=False
                          ).headers["location"] == "/"


def test_login_page_errors_and_next(app) -> None:  # noqa: ANN001
    admin_api(app)
    client = TestClient(app)
    assert client.get("/register", follow_redirects=False).headers["location"] == "/login?next=/register"
    page = client.get("/login?next=/register")
    wrong = client.post("/login", data={"username": "admin", "password": "nope", "next": "/register",
                                        "csrf_token": _csrf(page.text)})
    assert wrong.status_code == 422 and "ユーザー名またはパスワードが違います" in wrong.text
    assert 'value="admin"' in wrong.text
    ok = client.post("/login", data={"username": "admin", "password": PASSWORD, "next": "/register",
                                     "csrf_token": _csrf(wrong.text)}, follow_redirects=False)
    assert ok.headers["location"] == "/register"
    # the session token was replaced at login (no session fixation): the old CSRF token is void
    assert client.post("/logout", data={"csrf_token": _csrf(page.text)}).status_code == 403


def test_users_page_creates_accounts(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    page = api.client.get("/users")
    response = api.client.post("/users", data={"username": "tanaka", "display_name": "田中 一郎", "password": "short",
                                               "role": "staff", "csrf_token": _csrf(page.text)})
    assert response.status_code == 422 and 'value="tanaka"' in response.text and "長すぎ" not in response.text
    response = api.client.post("/users", data={"username": "tanaka", "display_name": "田中 一郎",
                                               "password": PASSWORD, "role": "auditor",
                                               "csrf_token": _csrf(page.text)})
    assert "田中 一郎" in response.text and "監査担当" in response.text
    viewer = Api(TestClient(api.client.app))
    viewer.login("tanaka")
    assert viewer.client.get("/audit").status_code == 200
    assert "新しく登録" not in viewer.client.get("/register").text  # read-only: no write buttons


def test_user_edit_and_own_password_pages(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    page = api.client.get("/users/1")
    refused = api.client.post("/users/1", data={"display_name": "管理 花子", "role": "staff", "active": "on",
                                                "csrf_token": _csrf(page.text)})
    assert refused.status_code == 422 and "有効な管理者が1人もいなくなる" in refused.text
    assert '<option value="staff" selected>' in refused.text  # the choice is kept
    account = api.client.get("/account")
    wrong = api.client.post("/account", data={"current_password": "nope", "new_password": "another secret 1",
                                              "csrf_token": _csrf(account.text)})
    assert wrong.status_code == 422 and 'id="error-current_password"' in wrong.text
    done = api.client.post("/account", data={"current_password": PASSWORD, "new_password": "another secret 1",
                                             "csrf_token": _csrf(account.text)}, follow_redirects=False)
    assert done.headers["location"] == "/account?changed=1"


def test_csv_import_page_lists_row_errors_in_japanese(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    page = api.client.get("/register/import")
    header = ("名称,記録項目,区分,本人の数,利用目的,取得元・取得方法,保管場所,保管媒体,アクセスできる役割,"
              "保存期間,廃棄・削除の方法")
    good = "職員名簿,氏名,個人情報,10,人事,本人,人事課,電子,人事担当,7年,消去"
    bad = "職員名簿2,氏名,個人情報,十,人事,本人,人事課,電子,人事担当,7年,消去"
    data = ("\r\n".join([header, good, bad]) + "\r\n").encode("cp932")
    refused = api.client.post("/register/import", data={"csrf_token": _csrf(page.text), "encoding": "auto"},
                              files={"file": ("台帳.csv", data, "text/csv")})
    assert refused.status_code == 422
    assert "3 行目" in refused.text and "本人の数" in refused.text and "整数で入力してください" in refused.text
    assert api.get("/api/v1/register").json() == []
    fixed = data.replace("十".encode("cp932"), b"10")
    done = api.client.post("/register/import", data={"csrf_token": _csrf(page.text), "encoding": "cp932"},
                           files={"file": ("台帳.csv", fixed, "text/csv")})
    assert done.status_code == 200 and "2 件を取り込みました" in done.text
