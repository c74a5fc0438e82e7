"""Notifications: each account's list and e-mail address; the organisation's SMTP settings (UI and API)."""

from __future__ import annotations

import smtplib
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from hogo.app import notifications
from hogo.app.consents import today_in_japan
from hogo.app.models import User
from hogo.app.permissions import Permission as P
from hogo.app.permissions import allowed
from hogo.app.web.deps import require
from hogo.app.web.pages import DB, attempt, form_error, number_text, redirect_to, render, text_fields

router = APIRouter(include_in_schema=False)
api_router = APIRouter(prefix="/api/v1", tags=["notifications"])
SELF = Annotated[User, Depends(require(P.SELF))]
MANAGE = Annotated[User, Depends(require(P.ORGANISATION_MANAGE))]


def _smtp_values(row: notifications.SmtpSettings) -> dict[str, Any]:
    return {"enabled": row.enabled, "host": row.host, "port": row.port, "from_address": row.from_address,
            "security": row.security, "username": row.username, "lead_days": row.lead_days,
            "password_set": bool(row.password_encrypted)}


def _upcoming(db: Any, user: User) -> list[notifications.Due]:  # noqa: ANN401
    return [d for d in notifications.open_deadlines(db) if allowed(user.role, d.permission)]


@router.get("/notifications")
def notification_list(request: Request, db: DB, user: SELF, saved: bool = False, created: int | None = None,
                      emailed: int = 0, failed: str | None = None) -> Response:
    ran = None if created is None else {"created": created, "emailed": emailed}
    failed = failed if failed and failed.isidentifier() else None  # an exception's type name, shown as text
    return render(request, "notifications/list.html", items=notifications.for_user(db, user.id), ran=ran,
                  failed=failed,
                  upcoming=_upcoming(db, user), today=today_in_japan(), saved=saved, errors={},
                  values={"email": notifications.address_of(db, user.id)})


@router.post("/notifications/address")
async def notification_address(request: Request, db: DB, user: SELF) -> Response:
    values = text_fields(await request.form())
    _, problems = attempt(lambda: notifications.set_address(db, user, notifications.AddressIn.model_validate(values)))
    if problems:
        return form_error(request, "notifications/list.html", problems, values, items=notifications.for_user(
            db, user.id), upcoming=_upcoming(db, user), today=today_in_japan(), saved=False)
    db.commit()
    return redirect_to("/notifications?saved=1")


@router.post("/notifications/{notification_id}/read")
def notification_read(notification_id: int, db: DB, user: SELF) -> Response:
    notifications.mark_read(db, user, notification_id)
    db.commit()
    return redirect_to("/notifications")


def _smtp_input(values: dict[str, Any]) -> dict[str, Any]:
    data = dict(values)
    for name in ("enabled", "clear_password"):
        data[name] = values.get(name) in ("on", "true", "1")
    for name in ("port", "lead_days"):
        data[name] = number_text(str(values.get(name, ""))) or None
    return {k: v for k, v in data.items() if v is not None}


@router.get("/settings/smtp")
def smtp_form(request: Request, db: DB, _: MANAGE, saved: bool = False) -> Response:
    return render(request, "notifications/smtp.html", values=_smtp_values(notifications.smtp_settings(db)),
                  errors={}, saved=saved, modes=notifications.SECURITY_MODES)


@router.post("/settings/smtp")
async def smtp_save(request: Request, db: DB, actor: MANAGE) -> Response:
    values = text_fields(await request.form())
    secret = request.app.state.secret
    _, problems = attempt(lambda: notifications.save_smtp(db, actor, secret,
                                                          notifications.SmtpIn.model_validate(_smtp_input(values))))
    if problems:
        values.pop("password", None)
        shown = values | {"enabled": values.get("enabled") in ("on", "true", "1")}
        return form_error(request, "notifications/smtp.html", problems, shown, saved=False,
                          modes=notifications.SECURITY_MODES)
    db.commit()
    return redirect_to("/settings/smtp?saved=1")


@router.post("/notifications/run")
def notification_run(request: Request, db: DB, _: MANAGE) -> Response:
    """Collect and send now (what ``hogo notify run`` does from cron); a mail server failure is shown, not a 500."""
    try:
        result = notifications.run(db, request.app.state.secret)
    except (OSError, smtplib.SMTPException) as exc:  # collected notifications are committed before sending
        db.rollback()
        return redirect_to(f"/notifications?failed={type(exc).__name__}")
    return redirect_to(f"/notifications?created={result.created}&emailed={result.emailed}")


# ---- API --------------------------------------------------------------------------------------------


@api_router.get("/notifications")
def api_notifications(db: DB, user: SELF) -> list[dict[str, Any]]:
    return [{"id": n.id, "state": n.state, "due_on": n.due_on.isoformat(), "subject": n.subject, "link": n.link,
             "read": n.read_at is not None, "emailed": n.emailed_at is not None}
            for n in notifications.for_user(db, user.id)]


@api_router.put("/me/notification-address")
def api_address(data: notifications.AddressIn, db: DB, user: SELF) -> dict[str, str]:
    notifications.set_address(db, user, data)
    db.commit()
    return {"email": data.email}


@api_router.get("/smtp")
def api_smtp(db: DB, _: MANAGE) -> dict[str, Any]:
    return _smtp_values(notifications.smtp_settings(db))


@api_router.put("/smtp")
def api_smtp_save(request: Request, data: notifications.SmtpIn, db: DB, actor: MANAGE) -> dict[str, Any]:
    row = notifications.save_smtp(db, actor, request.app.state.secret, data)
    db.commit()
    return _smtp_values(row)
