"""The home page (ホーム) as a dashboard, and its JSON (``GET /api/v1/dashboard``)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from hogo.app import accounts, dashboard
from hogo.app.models import User
from hogo.app.permissions import Permission as P
from hogo.app.web.deps import require
from hogo.app.web.pages import DB, render

router = APIRouter(include_in_schema=False)
api_router = APIRouter(prefix="/api/v1", tags=["dashboard"])


@router.get("/")
def home(request: Request, db: DB, user: Annotated[User, Depends(require(P.SELF))]) -> Response:
    return render(request, "dashboard/home.html", organisation=accounts.organisation(db),
                  board=dashboard.build(db, user.role), horizon=dashboard.HORIZON_DAYS)


@api_router.get("/dashboard")
def dashboard_api(db: DB, user: Annotated[User, Depends(require(P.SELF))]) -> dict[str, Any]:
    """Counts, retention deadlines and flagged records (only the parts the role may read; others are null)."""
    board = dashboard.build(db, user.role)
    return {"today": board.today.isoformat(), "register_total": board.register_total,
            "register_by_category": board.register_by_category, "consents_active": board.consents_active,
            "consents_withdrawn": board.consents_withdrawn, "provisions_this_year": board.provisions_this_year,
            "retention_due": [{"id": r.id, "retention_until": r.retention_until.isoformat()}
                              for r in board.retention_due if r.retention_until],
            "provision_alerts": [{"id": r.id, "alert": r.alert} for r in board.provision_alerts],
            "provision_alert_count": board.provision_alert_count,
            "register_mismatches": [{"id": e.id, "categories": [m.category.value for m in ms]}
                                    for e, ms in board.register_mismatches],
            "disposal_due": [{"id": e.id, "disposal_due": e.disposal_due.isoformat()}
                             for e in board.disposal_due if e.disposal_due],
            "overdue_requests": [{"id": r.id, "due_on": r.due_on.isoformat()} for r in board.overdue_requests],
            "case_deadlines": [{"due_on": d.due_on.isoformat(), "label": d.label, "label_en": d.label_en,
                                "reference": d.reference, "link": d.link} for d in board.case_deadlines]}
