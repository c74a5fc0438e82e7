"""The FastAPI application: :func:`create_app` migrates the database and wires routes and error handlers."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import quote

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import ValidationError
from sqlalchemy import text

from hogo import __version__
from hogo.app import accounts
from hogo.app.database import database_url, make_engine, make_session_factory
from hogo.app.errors import FieldError
from hogo.app.migrate import upgrade
from hogo.app.problems import from_field_error, from_validation, problem
from hogo.app.scheduler import NotificationScheduler
from hogo.app.web import api, consent_pages, notice_pages, pages
from hogo.app.web import incidents_api, incidents_pages, notifications_pages
from hogo.app.web import dashboard_pages, provision_pages
from hogo.app.web import complaints_pages, contractors_pages, safety_pages
from hogo.app.web import complaints_api, contractors_api, safety_api
from hogo.app.web import requests_pages
from hogo.app.web.deps import BrowserTokenMiddleware, CsrfRefused, Forbidden, NotAuthenticated, csrf_protect

STATIC = Path(__file__).parent.parent / "static"


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _problems(status: int, problems: list) -> JSONResponse:  # noqa: ANN001
    return JSONResponse({"errors": [p.model_dump() for p in problems]}, status_code=status)


def create_app(url: str | None = None, *, notify_every: dt.timedelta | None = None) -> FastAPI:
    """Build the application on ``url`` (default: ``$DATABASE_URL`` or ``.hogo/hogo.db``), migrating first.

    With ``notify_every``, the deadline notifications run in the server every that long while it is up
    (:class:`hogo.app.scheduler.NotificationScheduler`); ``hogo serve`` sets it, tests and ``hogo notify run`` do not.
    """
    engine = make_engine(database_url(url))
    upgrade(engine)
    sessions = make_session_factory(engine)
    with sessions() as session:
        secret = accounts.cookie_secret(session)
    scheduler = NotificationScheduler(sessions, secret, notify_every) if notify_every else None

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        if scheduler:
            scheduler.start()
        try:
            yield
        finally:
            if scheduler:
                scheduler.stop()

    app = FastAPI(title="hogo", version=__version__, dependencies=[Depends(csrf_protect)], lifespan=lifespan,
                  description="hogo (保護): 個人情報取扱台帳・監査ログ / register of personal data and audit log.")
    app.state.engine, app.state.sessions, app.state.secret = engine, sessions, secret
    app.state.scheduler = scheduler
    app.add_middleware(BrowserTokenMiddleware)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(incidents_pages.router)
    app.include_router(incidents_api.router)
    app.include_router(notifications_pages.router)
    app.include_router(notifications_pages.api_router)
    app.include_router(dashboard_pages.router)
    app.include_router(dashboard_pages.api_router)
    app.include_router(provision_pages.router)
    app.include_router(provision_pages.api_router)
    app.include_router(consent_pages.router)
    app.include_router(notice_pages.router)
    app.include_router(notice_pages.api_router)
    app.include_router(complaints_pages.router)
    app.include_router(complaints_pages.api_router)  # /complaints/stats before /complaints/{id}
    app.include_router(complaints_api.router)
    app.include_router(contractors_pages.router)
    app.include_router(contractors_api.router)
    app.include_router(safety_pages.router)
    app.include_router(safety_api.router)
    app.include_router(requests_pages.router)
    app.include_router(requests_pages.api_router)

    @app.get("/healthz", tags=["health"])
    def healthz() -> JSONResponse:
        """200 ``{"status": "ok"}`` once the database answers; 503 otherwise."""
        try:
            with engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        except Exception:  # noqa: BLE001 - any failure means "not ready"
            return JSONResponse({"status": "unavailable"}, status_code=503)
        return JSONResponse({"status": "ok"})

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        return _problems(422, from_validation(exc.errors()))

    @app.exception_handler(ValidationError)
    async def _invalid_in_service(request: Request, exc: ValidationError) -> Response:
        return _problems(422, from_validation(exc.errors()))

    @app.exception_handler(FieldError)
    async def _refused(request: Request, exc: FieldError) -> Response:
        if _is_api(request) or exc.status != 404:
            return _problems(exc.status, from_field_error(exc))
        return pages.error_page(request, exc.status, f"error.{exc.code}")

    @app.exception_handler(NotAuthenticated)
    async def _login_needed(request: Request, exc: NotAuthenticated) -> Response:
        if _is_api(request):
            return _problems(401, [problem("session", "not_authenticated")])
        target = "/login?next=" + quote(request.url.path) if request.method == "GET" else "/login"
        return RedirectResponse(target, status_code=303)

    @app.exception_handler(Forbidden)
    async def _forbidden(request: Request, exc: Forbidden) -> Response:
        if _is_api(request):
            return _problems(403, [problem("permission", "forbidden", permission=exc.permission.value)])
        return pages.error_page(request, 403, "error.forbidden")

    @app.exception_handler(CsrfRefused)
    async def _csrf(request: Request, exc: CsrfRefused) -> Response:
        if _is_api(request):
            return _problems(403, [problem("csrf_token", "csrf")])
        return pages.error_page(request, 403, "error.csrf")

    return app
