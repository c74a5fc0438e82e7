"""The application's JSON API and server basics, on SQLite and PostgreSQL."""

from __future__ import annotations

import json

import pytest
from app_support import ADMIN, PASSWORD, Api, admin_api, sample_entry, user_api
from fastapi.testclient import TestClient
from sqlalchemy import create_engine

from hogo.app.i18n import LANGUAGES, catalogue
from hogo.app.models import Base, Role


def test_healthz_and_openapi(app) -> None:  # noqa: ANN001
    client = TestClient(app)
    assert client.get("/healthz").json() == {"status": "ok"}
    document = client.get("/openapi.json").json()
    assert "/api/v1/register" in document["paths"] and "/api/v1/register/{entry_id}" in document["paths"]


def test_migrations_match_the_models(db_url: str, app) -> None:  # noqa: ANN001
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = create_engine(db_url)
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert diff == []


def test_setup_once_then_login(app) -> None:  # noqa: ANN001
    first = Api(TestClient(app))
    assert first.get("/api/v1/session").json()["set_up"] is False
    response = first.post("/api/v1/setup", json=ADMIN)
    assert response.status_code == 201
    assert response.json()["user"] == {"id": 1, "username": "admin", "display_name": "管理 花子",
                                       "role": "administrator", "active": True}
    organisation = first.get("/api/v1/organisation").json()
    assert (organisation["name"], organisation["kind"], organisation["employees"]) == ("架空学園", "school", 42)
    assert organisation["address"] == ""  # filled in later, for the public notice
    again = Api(TestClient(app))
    refused = again.post("/api/v1/setup", json=ADMIN | {"username": "intruder"})
    assert refused.status_code == 409 and refused.json()["errors"][0]["code"] == "already_set_up"
    wrong = again.login("admin", "wrong password!")
    assert wrong.status_code == 401 and wrong.json()["errors"][0]["field"] == "login"
    assert again.login("admin").status_code == 200
    assert again.get("/api/v1/session").json()["user"]["username"] == "admin"


@pytest.mark.parametrize(("change", "field", "code"), [
    ({"employees": "many"}, "employees", "int_parsing"),
    ({"employees": -1}, "employees", "greater_than_equal"),
    ({"organisation_type": "castle"}, "organisation_type", "enum"),
    ({"password": "short"}, "password", "string_too_short"),
    ({"username": "空白 あり"}, "username", "string_pattern_mismatch"),
    ({"organisation_name": "  "}, "organisation_name", "string_too_short"),
])
def test_setup_errors_name_the_field(app, change: dict, field: str, code: str) -> None:  # noqa: ANN001
    response = Api(TestClient(app)).post("/api/v1/setup", json=ADMIN | change)
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == field and response.json()["errors"][0]["code"] == code
    assert response.json()["errors"][0]["message"]  # Japanese text present


def test_register_create_read_update_history(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    created = api.post("/api/v1/register", json=sample_entry()).json()
    assert created["id"] == 1 and created["version"] == 1 and created["categories"] == ["personal", "sensitive"]
    assert api.get("/api/v1/register/1").json() == created
    updated = api.put("/api/v1/register/1", json=sample_entry(persons_count=360, version=1))
    assert updated.status_code == 200 and updated.json()["version"] == 2
    unchanged = api.put("/api/v1/register/1", json=sample_entry(persons_count=360, version=2))
    assert unchanged.json()["version"] == 2  # no change, no new version
    history = api.get("/api/v1/register/1/history").json()
    assert [(h["version"], h["snapshot"]["persons_count"]) for h in history] == [(2, 360), (1, 350)]
    assert [e["name"] for e in api.get("/api/v1/register", params={"q": "指導"}).json()] == ["生徒指導記録"]
    assert api.get("/api/v1/register", params={"q": "給与"}).json() == []


def test_stale_edit_is_refused_and_loses_nothing(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    api.post("/api/v1/register", json=sample_entry())
    assert api.put("/api/v1/register/1", json=sample_entry(notes="A", version=1)).status_code == 200
    late = api.put("/api/v1/register/1", json=sample_entry(notes="B", version=1))
    assert late.status_code == 409 and late.json()["errors"][0]["field"] == "version"
    assert api.get("/api/v1/register/1").json()["notes"] == "A"


@pytest.mark.parametrize(("change", "field", "code"), [
    ({"persons_count": "三百"}, "persons_count", "int_parsing"),
    ({"persons_count": -5}, "persons_count", "greater_than_equal"),
    ({"categories": []}, "categories", "too_short"),
    ({"categories": ["secret"]}, "categories.0", "enum"),
    ({"items": []}, "items", "too_short"),
    ({"name": ""}, "name", "string_too_short"),
    ({"storage_medium": "cloud"}, "storage_medium", "enum"),
    ({"cross_border": True}, "cross_border_countries", "required_when_cross_border"),
    ({"cross_border_countries": ["米国"]}, "cross_border_countries", "only_when_cross_border"),
    ({"colour": "red"}, "colour", "extra_forbidden"),
])
def test_register_errors_name_the_field(app, change: dict, field: str, code: str) -> None:  # noqa: ANN001
    api = admin_api(app)
    response = api.post("/api/v1/register", json=sample_entry(**change))
    assert response.status_code == 422, response.text
    error = response.json()["errors"][0]
    assert (error["field"], error["code"]) == (field, code)
    assert api.get("/api/v1/register").json() == []


def test_missing_entry_is_404_json(app) -> None:  # noqa: ANN001
    api = admin_api(app)
    response = api.get("/api/v1/register/99")
    assert response.status_code == 404 and response.json()["errors"][0]["code"] == "not_found"


def test_mynumber_handler_keeps_only_specific_personal_information(app) -> None:  # noqa: ANN001
    admin = admin_api(app)
    handler = user_api(app, admin, Role.MYNUMBER_HANDLER)
    refused = handler.post("/api/v1/register", json=sample_entry())
    assert refused.status_code == 403 and refused.json()["errors"][0]["code"] == "mynumber_handler_scope"
    payroll = sample_entry(name="源泉徴収事務", categories=["personal", "specific_personal"])
    assert handler.post("/api/v1/register", json=payroll).status_code == 201
    admin.post("/api/v1/register", json=sample_entry())  # id 2, not My Number
    assert handler.put("/api/v1/register/2", json=sample_entry(version=1, categories=["specific_personal"])
                       ).status_code == 403


def test_message_catalogues_have_the_same_keys_and_placeholders() -> None:
    import string

    def placeholders(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    ja, en = (catalogue(lang) for lang in LANGUAGES)
    assert ja.keys() == en.keys()
    for key in ja:
        assert placeholders(ja[key]) == placeholders(en[key]), key


def test_user_management(app) -> None:  # noqa: ANN001
    admin = admin_api(app)
    user_api(app, admin, Role.STAFF)
    taken = admin.post("/api/v1/users", json={"username": "u_staff", "display_name": "x", "password": PASSWORD,
                                              "role": "staff"})
    assert taken.status_code == 409 and taken.json()["errors"][0]["field"] == "username"
    assert [u["role"] for u in admin.get("/api/v1/users").json()] == ["administrator", "staff"]
    assert "password_hash" not in json.dumps(admin.get("/api/v1/users").json())


def test_deactivate_role_change_and_password_reset(app) -> None:  # noqa: ANN001
    admin = admin_api(app)
    staff = user_api(app, admin, Role.STAFF)
    change = {"display_name": "架空 staff", "role": "auditor", "active": True}
    assert admin.put("/api/v1/users/2", json=change).json()["role"] == "auditor"
    assert staff.get("/api/v1/audit").status_code == 200  # the new role applies at once
    assert admin.put("/api/v1/users/2", json=change | {"active": False}).json()["active"] is False
    assert staff.get("/api/v1/register").status_code == 401  # logged out everywhere
    assert Api(TestClient(app)).login("u_staff").status_code == 401
    admin.put("/api/v1/users/2", json=change | {"password": "a brand new secret"})
    assert Api(TestClient(app)).login("u_staff", "a brand new secret").status_code == 200
    last = admin.put("/api/v1/users/1", json={"display_name": "管理 花子", "role": "staff", "active": True})
    assert last.status_code == 409 and last.json()["errors"][0]["code"] == "last_administrator"
    assert admin.get("/api/v1/session").json()["user"]["role"] == "administrator"


def test_change_own_password(app) -> None:  # noqa: ANN001
    admin = admin_api(app)
    other_device = Api(TestClient(app))
    other_device.login("admin")
    wrong = admin.post("/api/v1/me/password", json={"current_password": "nope", "new_password": "another secret 1"})
    assert wrong.status_code == 422 and wrong.json()["errors"][0]["field"] == "current_password"
    short = admin.post("/api/v1/me/password", json={"current_password": PASSWORD, "new_password": "short"})
    assert short.status_code == 422 and short.json()["errors"][0]["field"] == "new_password"
    ok = admin.post("/api/v1/me/password", json={"current_password": PASSWORD, "new_password": "another secret 1"})
    assert ok.status_code == 204
    assert admin.get("/api/v1/session").json()["user"] is not None  # this session stays
    assert other_device.get("/api/v1/register").status_code == 401  # the others end
    assert Api(TestClient(app)).login("admin", "another secret 1").status_code == 200


def test_repeated_failed_logins_lock_the_account_for_a_while(app) -> None:  # noqa: ANN001
    admin = admin_api(app)
    attacker = Api(TestClient(app))
    for _ in range(5):
        assert attacker.login("admin", "guess guess").status_code == 401
    locked = attacker.login("admin")  # even the right password is refused now
    assert locked.status_code == 429 and locked.json()["errors"][0]["code"] == "too_many_attempts"
    actions = [e["action"] for e in admin.get("/api/v1/audit").json()]
    assert actions.count("login.failed") == 5 and actions[-1] == "login.throttled"
    assert admin.get("/api/v1/audit/verify").json()["ok"]


def test_a_successful_login_resets_the_count(app) -> None:  # noqa: ANN001
    admin_api(app)
    client = Api(TestClient(app))
    for _ in range(4):
        client.login("admin", "guess guess")
    assert client.login("admin").status_code == 200
    for _ in range(4):
        client.login("admin", "guess guess")
    assert client.login("admin").status_code == 200
