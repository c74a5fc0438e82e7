"""Every role is refused what the permission table does not grant it — on every route, API and UI.

Data-driven: the routes are read from the application (each declares its permission through
``require``), the grants from :data:`hogo.app.permissions.PERMISSIONS`.
"""

from __future__ import annotations

import re

import pytest
from app_support import Api, admin_api, user_api
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from hogo.app.models import Role
from hogo.app.permissions import PERMISSIONS, Permission
from hogo.app.web.deps import PUBLIC_ROUTES


def _permission_of(route: APIRoute) -> Permission | None:
    stack = list(route.dependant.dependencies)
    while stack:
        dependency = stack.pop()
        if (permission := getattr(dependency.call, "permission", None)) is not None:
            return permission
        stack.extend(dependency.dependencies)
    return None


def _api_routes(routes) -> list[APIRoute]:  # noqa: ANN001
    found: list[APIRoute] = []
    for route in routes:
        if isinstance(route, APIRoute):
            found.append(route)
        elif (included := getattr(route, "original_router", None)) is not None:  # FastAPI >= 0.16x
            found.extend(_api_routes(included.routes))
    return found


def _routes(app) -> list[tuple[str, str, Permission | None]]:  # noqa: ANN001
    return [(method, route.path, _permission_of(route)) for route in _api_routes(app.routes)
            for method in sorted(route.methods)]


def _concrete(path: str) -> str:
    return re.sub(r"\{[^}]+\}", lambda m: "en" if m.group(0) == "{language}" else "1", path)


def _call(api: Api, method: str, path: str):  # noqa: ANN202
    url = _concrete(path)
    if method == "GET":
        return api.client.get(url, follow_redirects=False)
    if path.startswith("/api/"):
        return api.client.request(method, url, json={}, headers={"X-CSRF-Token": api.csrf}, follow_redirects=False)
    return api.client.request(method, url, data={"csrf_token": api.csrf}, follow_redirects=False)


def test_every_route_is_public_by_list_or_declares_a_permission(app) -> None:  # noqa: ANN001
    for method, path, permission in _routes(app):
        assert permission is not None or (method, path) in PUBLIC_ROUTES, f"{method} {path} has no permission"
    assert {p for _, _, p in _routes(app) if p} == set(Permission), "every permission guards some route"


def test_each_role_is_refused_exactly_what_it_lacks(app) -> None:  # noqa: ANN001
    admin = admin_api(app)
    clients = {Role.ADMINISTRATOR: admin} | {role: user_api(app, admin, role) for role in Role
                                              if role is not Role.ADMINISTRATOR}
    checked = 0
    for method, path, permission in _routes(app):
        if permission is None or (method, path) in {("POST", "/logout"), ("DELETE", "/api/v1/session")}:
            continue  # logging out is SELF, granted to every role; tested separately
        for role, api in clients.items():
            response = _call(api, method, path)
            if permission in PERMISSIONS[role]:
                assert response.status_code != 403, f"{role} wrongly refused {method} {path}"
            else:
                assert response.status_code == 403, f"{role} not refused {method} {path}: {response.status_code}"
                if path.startswith("/api/"):
                    assert response.json()["errors"][0]["field"] == "permission"
                checked += 1
    assert checked > 20


def test_anonymous_is_sent_to_log_in(app) -> None:  # noqa: ANN001
    admin_api(app)  # set up, so the login page is the answer (not the setup page)
    anonymous = Api(TestClient(app))
    for method, path, permission in _routes(app):
        if permission is None:
            continue
        response = _call(anonymous, method, path)
        if path.startswith("/api/"):
            assert response.status_code == 401, f"{method} {path}"
            assert response.json()["errors"][0]["field"] == "session"
        else:
            assert response.status_code == 303 and response.headers["location"].startswith("/login"), path


@pytest.mark.parametrize("role", [Role.STAFF, Role.AUDITOR])
def test_read_only_roles_cannot_write_the_register_by_form_either(app, role: Role) -> None:  # noqa: ANN001
    api = user_api(app, admin_api(app), role)
    response = api.client.post("/register/new", data={"csrf_token": api.csrf, "name": "x"}, follow_redirects=False)
    assert response.status_code == 403
    assert "権限がありません" in response.text


def test_state_changes_without_csrf_token_are_refused(app) -> None:  # noqa: ANN001
    admin = admin_api(app)
    response = admin.client.post("/api/v1/register", json={})
    assert response.status_code == 403 and response.json()["errors"][0]["field"] == "csrf_token"
    response = admin.client.post("/api/v1/register", json={}, headers={"X-CSRF-Token": "0" * 64})
    assert response.status_code == 403
    response = admin.client.post("/logout", data={"csrf_token": "forged"}, follow_redirects=False)
    assert response.status_code == 403
    assert admin.get("/api/v1/session").json()["user"]["username"] == "admin"  # still logged in
    # the setup and login forms are protected too (login CSRF)
    fresh = TestClient(app)
    assert fresh.post("/api/v1/session", json={"username": "admin", "password": "x"}).status_code == 403


def test_logout_ends_the_session(app) -> None:  # noqa: ANN001
    admin = admin_api(app)
    assert admin.delete("/api/v1/session").status_code == 204
    assert admin.get("/api/v1/register").status_code == 401
