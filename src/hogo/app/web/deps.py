"""Request plumbing shared by every route: DB session, browser token, CSRF, current user, permissions.

Every route that needs a login declares ``Depends(require(Permission.X))``; the table in
:mod:`hogo.app.permissions` decides. Routes without it are the public ones listed in ``PUBLIC_ROUTES``
(a test fails if any other route lacks a permission).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from functools import cache
from typing import Annotated

from fastapi import Depends, Request
from itsdangerous import BadSignature, URLSafeSerializer
from sqlalchemy.orm import Session
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.responses import Response

from hogo.app import accounts
from hogo.app.i18n import DEFAULT_LANGUAGE, LANGUAGES
from hogo.app.models import User
from hogo.app.permissions import Permission, allowed
from hogo.app.security import csrf_token, csrf_valid, new_token

_log = logging.getLogger("hogo.app")  # method, route template and status only: never query strings or bodies
SESSION_COOKIE = "hogo_session"
LANGUAGE_COOKIE = "hogo_lang"
CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf_token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
PUBLIC_ROUTES = frozenset({
    ("GET", "/healthz"), ("GET", "/openapi.json"), ("GET", "/docs"), ("GET", "/docs/oauth2-redirect"),
    ("GET", "/redoc"), ("GET", "/api/v1/session"), ("POST", "/api/v1/session"), ("POST", "/api/v1/setup"),
    ("GET", "/setup"), ("POST", "/setup"), ("GET", "/login"), ("POST", "/login"), ("GET", "/lang/{language}"),
    ("GET", "/static"),
    ("GET", "/request"), ("POST", "/request"),  # 開示等の請求の公開フォーム (requests_pages: CSRF, rate limit)
})


class NotAuthenticated(Exception):
    """No valid login session."""


class Forbidden(Exception):
    def __init__(self, permission: Permission) -> None:
        super().__init__(permission.value)
        self.permission = permission


class CsrfRefused(Exception):
    """A state-changing request without the CSRF token bound to its session cookie."""


class BrowserTokenMiddleware(BaseHTTPMiddleware):
    """Gives every browser a signed random token in a cookie (``request.state.token``).

    The token identifies the login session (server-side, table ``user_session``) and binds the CSRF token.
    A route that logs someone in sets ``request.state.new_token`` (a fresh token: no session fixation).
    """

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        signer = URLSafeSerializer(request.app.state.secret, salt="hogo-session")
        token: str | None = None
        if raw := request.cookies.get(SESSION_COOKIE):
            try:
                token = signer.loads(raw)
            except BadSignature:
                token = None
        fresh = token is None
        request.state.token = token or new_token()
        response = await call_next(request)
        route = request.scope.get("route")
        _log.info("%s %s %s", request.method, getattr(route, "path", "-"), response.status_code)
        replacement = getattr(request.state, "new_token", None)
        if fresh or replacement:
            response.set_cookie(SESSION_COOKIE, signer.dumps(replacement or request.state.token), httponly=True,
                                samesite="lax", secure=request.url.scheme == "https", path="/")
        return response


def get_db(request: Request) -> Iterator[Session]:
    """A session per request; state-changing requests start a write transaction (SQLite: BEGIN IMMEDIATE)."""
    session: Session = request.app.state.sessions()
    try:
        if request.method not in SAFE_METHODS:
            session.connection(execution_options={"hogo_write": True})
        yield session
    finally:
        session.close()


def current_csrf(request: Request) -> str:
    token = getattr(request.state, "new_token", None) or request.state.token
    return csrf_token(request.app.state.secret, token)


async def csrf_protect(request: Request) -> None:
    """App-wide: every POST/PUT/PATCH/DELETE must carry the CSRF token (header or form field)."""
    if request.method in SAFE_METHODS:
        return
    given = request.headers.get(CSRF_HEADER)
    content_type = request.headers.get("content-type", "")
    if given is None and content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
        form = await request.form()
        value = form.get(CSRF_FIELD)
        given = value if isinstance(value, str) else None
    if not csrf_valid(request.app.state.secret, request.state.token, given):
        raise CsrfRefused()


def optional_user(request: Request, db: Annotated[Session, Depends(get_db)]) -> User | None:
    return accounts.session_user(db, request.state.token)


@cache
def require(permission: Permission) -> Callable[..., User]:
    """The dependency that admits only a logged-in user whose role has ``permission``."""

    def dependency(request: Request, db: Annotated[Session, Depends(get_db)]) -> User:
        user = accounts.session_user(db, request.state.token)
        if user is None:
            raise NotAuthenticated()
        if not allowed(user.role, permission):
            raise Forbidden(permission)
        request.state.user = user
        return user

    dependency.permission = permission  # type: ignore[attr-defined] - read by the permission tests
    dependency.__name__ = f"require_{permission.name.lower()}"
    return dependency


def language(request: Request) -> str:
    chosen = request.cookies.get(LANGUAGE_COOKIE, DEFAULT_LANGUAGE)
    return chosen if chosen in LANGUAGES else DEFAULT_LANGUAGE
