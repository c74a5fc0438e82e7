"""UI of the complaints (苦情・相談, 個人情報保護法第40条): list, intake, detail with the handling log,
escalation and closing, and the statistics table (HTML and CSV)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from sqlalchemy import select

from hogo.app import complaints as svc
from hogo.app import register
from hogo.app.i18n import translate
from hogo.app.models import User
from hogo.app.permissions import Permission as P
from hogo.app.problems import by_field
from hogo.app.web.deps import language, require
from hogo.app.web.pages import DB, attempt, form_error, redirect_to, render, text_fields

router = APIRouter(include_in_schema=False)
api_router = APIRouter(prefix="/api/v1", tags=["complaints"])
FORM = "complaints/form.html"
OPTIONAL = ("database_id", "assignee_id")
PERIODS = ("month", "quarter", "half", "fiscal_year")


def _choices(db: Any) -> dict[str, Any]:  # noqa: ANN401
    return {"channels": list(svc.Channel), "kinds": list(svc.Kind), "complainants": list(svc.Complainant),
            "topics": svc.TOPICS, "databases": register.search(db, limit=1000),
            "users": db.scalars(select(User).where(User.active.is_(True)).order_by(User.id)).all()}


def _input(form: Any) -> tuple[dict[str, Any], dict[str, Any]]:  # noqa: ANN401
    values = text_fields(form)
    values["topics"] = form.getlist("topics")
    data = {k: (None if k in OPTIONAL and not str(v).strip() else v) for k, v in values.items()}
    return values, data


@router.get("/complaints")
def complaint_list(request: Request, db: DB, _: Annotated[User, Depends(require(P.COMPLAINTS_READ))],
                   status: str = "", kind: str = "") -> Response:
    return render(request, "complaints/list.html", entries=svc.search(db, status, kind), status_filter=status, kind=kind,
                  statuses=list(svc.Status), kinds=list(svc.Kind))


@router.get("/complaints/new")
def complaint_new(request: Request, db: DB, _: Annotated[User, Depends(require(P.COMPLAINTS_WRITE))]) -> Response:
    values = {"received_on": svc.today_in_japan().isoformat(), "channel": "phone", "kind": "complaint",
              "complainant": "person", "topics": []}
    return render(request, FORM, values=values, errors={}, entry=None, **_choices(db))


@router.post("/complaints/new")
async def complaint_create(request: Request, db: DB,
                           actor: Annotated[User, Depends(require(P.COMPLAINTS_WRITE))]) -> Response:
    values, data = _input(await request.form())
    entry, problems = attempt(lambda: svc.create(db, actor, svc.ComplaintIn.model_validate(data)))
    if entry is None:
        return form_error(request, FORM, problems, values, entry=None, **_choices(db))
    db.commit()
    return redirect_to(f"/complaints/{entry.id}?saved=1")


def _detail(request: Request, db: Any, entry: svc.Complaint, status: int = 200,  # noqa: ANN401
            errors: dict[str, str] | None = None, values: dict[str, Any] | None = None, saved: bool = False,
            form: str = "") -> Response:
    today = svc.today_in_japan().isoformat()
    defaults = {"on": today, "escalated_on": today, "closed_on": today, "escalated_to": "accredited_body",
                "outcome": "resolved"}
    return render(request, "complaints/detail.html", status, entry=entry, saved=saved, errors=errors or {},
                  values=defaults | (values or {}), form=form,
                  database=register.get(db, entry.database_id) if entry.database_id else None,
                  assignee=db.get(User, entry.assignee_id) if entry.assignee_id else None,
                  targets=list(svc.EscalationTarget), outcomes=list(svc.Outcome))


@router.get("/complaints/stats")
def complaint_stats(request: Request, db: DB, _: Annotated[User, Depends(require(P.COMPLAINTS_READ))],
                    period: str = "fiscal_year", start: str = "", end: str = "") -> Response:
    chosen, first, last = _stats_query(period, start, end)
    table = svc.complaint_statistics(db, chosen, first, last)
    return render(request, "complaints/stats.html", table=table, period=chosen, periods=PERIODS, start=start,
                  end=end)


def _stats_query(period: str, start: str, end: str) -> tuple[Any, dt.date | None, dt.date | None]:
    def day(text: str) -> dt.date | None:
        try:
            return dt.date.fromisoformat(text) if text else None
        except ValueError:
            return None
    return (period if period in PERIODS else "fiscal_year"), day(start), day(end)


@api_router.get("/complaints/stats")
def complaint_stats_api(db: DB, _: Annotated[User, Depends(require(P.COMPLAINTS_READ))],
                        period: svc.Period = "fiscal_year", start: dt.date | None = None,
                        end: dt.date | None = None) -> svc.ComplaintStatistics:
    """苦情・相談の統計 (the Commission's table shape): rows per period × category plus 計; multi-label topics."""
    return svc.complaint_statistics(db, period, start, end)


@router.get("/complaints/stats.csv")
def complaint_stats_csv(request: Request, db: DB, _: Annotated[User, Depends(require(P.COMPLAINTS_READ))],
                        period: str = "fiscal_year", start: str = "", end: str = "") -> Response:
    chosen, first, last = _stats_query(period, start, end)
    table = svc.complaint_statistics(db, chosen, first, last)
    lang = language(request)
    body = svc.statistics_csv(table, lambda t: translate(lang, f"complaints.topic.{t}"))
    return Response("\ufeff" + body, media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="complaints-{chosen}.csv"'})


@router.get("/complaints/{complaint_id}")
def complaint_detail(request: Request, complaint_id: int, db: DB,
                     _: Annotated[User, Depends(require(P.COMPLAINTS_READ))], saved: bool = False) -> Response:
    return _detail(request, db, svc.get(db, complaint_id), saved=saved)


async def _action(request: Request, db: Any, complaint_id: int, form_name: str, call: Any) -> Response:  # noqa: ANN401
    """Run one action of the detail page; on refusal show the page again with the message next to the field."""
    svc.get(db, complaint_id)
    values = text_fields(await request.form())
    _, problems = attempt(lambda: call(values))
    if not problems:
        db.commit()
        return redirect_to(f"/complaints/{complaint_id}?saved=1")
    db.rollback()
    return _detail(request, db, svc.get(db, complaint_id), 422, by_field(problems, language(request)), values,
                   form=form_name)


@router.post("/complaints/{complaint_id}/steps")
async def complaint_step(request: Request, complaint_id: int, db: DB,
                         actor: Annotated[User, Depends(require(P.COMPLAINTS_WRITE))]) -> Response:
    return await _action(request, db, complaint_id, "step",
                         lambda v: svc.add_step(db, actor, complaint_id, svc.StepIn.model_validate(v)))


@router.post("/complaints/{complaint_id}/escalate")
async def complaint_escalate(request: Request, complaint_id: int, db: DB,
                             actor: Annotated[User, Depends(require(P.COMPLAINTS_WRITE))]) -> Response:
    return await _action(request, db, complaint_id, "escalate",
                         lambda v: svc.escalate(db, actor, complaint_id, svc.EscalateIn.model_validate(v)))


@router.post("/complaints/{complaint_id}/close")
async def complaint_close(request: Request, complaint_id: int, db: DB,
                          actor: Annotated[User, Depends(require(P.COMPLAINTS_WRITE))]) -> Response:
    return await _action(request, db, complaint_id, "close",
                         lambda v: svc.close(db, actor, complaint_id, svc.CloseIn.model_validate(v)))


@router.get("/complaints/{complaint_id}/edit")
def complaint_edit(request: Request, complaint_id: int, db: DB,
                   _: Annotated[User, Depends(require(P.COMPLAINTS_WRITE))]) -> Response:
    entry = svc.get(db, complaint_id)
    values = {k: ("" if v is None else v) for k, v in svc.snapshot(entry).items()}
    return render(request, FORM, values=values, errors={}, entry=entry, **_choices(db))


@router.post("/complaints/{complaint_id}/edit")
async def complaint_update(request: Request, complaint_id: int, db: DB,
                           actor: Annotated[User, Depends(require(P.COMPLAINTS_WRITE))]) -> Response:
    entry = svc.get(db, complaint_id)
    values, data = _input(await request.form())
    _, problems = attempt(lambda: svc.update(db, actor, complaint_id, svc.ComplaintUpdate.model_validate(data)))
    if problems:
        if any(p.code == "stale_version" for p in problems):
            values["version"] = str(entry.version)
        return form_error(request, FORM, problems, values, entry=entry, **_choices(db))
    db.commit()
    return redirect_to(f"/complaints/{complaint_id}?saved=1")


@router.get("/complaints/{complaint_id}/history")
def complaint_history(request: Request, complaint_id: int, db: DB,
                      _: Annotated[User, Depends(require(P.COMPLAINTS_READ))]) -> Response:
    return render(request, "complaints/history.html", entry=svc.get(db, complaint_id),
                  revisions=svc.history(db, complaint_id))
