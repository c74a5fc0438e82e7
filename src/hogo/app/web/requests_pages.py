"""UI and API of rights requests (開示等の請求): list, intake, public form, detail with workflow, letter.

The public form (``/request``) needs no login: CSRF-protected like every form, rate-limited per client,
and it answers every accepted request the same way (a receipt number), so it reveals nothing about
whether the organisation holds data about anyone.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from sqlalchemy import select
from starlette.datastructures import FormData

from hogo.app import register
from hogo.app import requests as rq
from hogo.app.consents import today_in_japan
from hogo.app.models import User
from hogo.app.permissions import Permission as P
from hogo.app.permissions import allowed
from hogo.app.problems import by_field, problem
from hogo.app.web.deps import language, require
from hogo.app.web.pages import DB, attempt, form_error, number_text, redirect_to, render, text_fields

router = APIRouter(include_in_schema=False)
api_router = APIRouter(prefix="/api/v1", tags=["requests"])
FORM = "requests/form.html"
DETAIL = "requests/detail.html"
BOOLS = ("data_exists", "harm_to_person_or_third_party", "serious_business_hindrance", "violates_other_law",
         "difficult_with_alternative", "purpose_already_known", "requested_method_difficult")
NUMBERS = ("fee_yen", "fee_actual_cost_yen")
MAX_REFUSALS = 3


def _limiter(request: Request) -> rq.RateLimiter:
    state = request.app.state
    if not hasattr(state, "requests_limiter"):
        state.requests_limiter = rq.RateLimiter()
    return state.requests_limiter


def _choices() -> dict[str, Any]:
    return {"kinds": list(rq.Kind), "requester_types": list(rq.RequesterType), "methods": list(rq.Method),
            "today": today_in_japan().isoformat()}


def _intake_input(values: dict[str, Any], public: bool) -> dict[str, Any]:
    data = {k: v for k, v in values.items() if k in rq.IntakeIn.model_fields}
    data["requested_method"] = data.get("requested_method") or None
    if public:
        data.pop("received_on", None)
    else:
        data["received_on"] = data.get("received_on") or None
    return data


# ------------------------------------------------------------------------------------------ public form
@router.get("/request")
def public_form(request: Request) -> Response:
    return render(request, FORM, values={"kind": "disclosure", "requester_type": "principal"}, errors={},
                  public=True, **_choices())


@router.post("/request")
async def public_submit(request: Request, db: DB) -> Response:
    values = text_fields(await request.form())
    if not _limiter(request).allow(request.client.host if request.client else "-"):
        errors = by_field([problem("form", "requests_rate_limited")], language(request))
        return render(request, FORM, 429, values=values, errors=errors, public=True, **_choices())
    data = _intake_input(values, public=True)
    entry, problems = attempt(lambda: rq.create(db, None, rq.IntakeIn.model_validate(data), rq.Channel.PUBLIC))
    if entry is None:
        return form_error(request, FORM, problems, values, public=True, **_choices())
    db.commit()
    return render(request, "requests/receipt.html", receipt_no=entry.receipt_no, public=True)


# ------------------------------------------------------------------------------------------ staff pages
@router.get("/requests")
def request_list(request: Request, db: DB, _: Annotated[User, Depends(require(P.REQUESTS_READ))], q: str = "",
                 status: str = "", open_only: bool = False) -> Response:
    today = today_in_japan()
    entries = rq.search(db, q, status, open_only)
    return render(request, "requests/list.html", entries=entries, q=q, status_filter=status, open_only=open_only,
                  statuses=list(rq.Status), overdue={e.id for e in entries if rq.is_overdue(e, today)},
                  overdue_count=len(rq.overdue_requests(db, today)), today=today,
                  assignees={u.id: u.display_name for u in db.scalars(select(User))})


@router.get("/requests/new")
def request_new(request: Request, _: Annotated[User, Depends(require(P.REQUESTS_INTAKE))]) -> Response:
    values = {"kind": "disclosure", "requester_type": "principal", "received_on": today_in_japan().isoformat()}
    return render(request, FORM, values=values, errors={}, public=False, **_choices())


@router.post("/requests/new")
async def request_create(request: Request, db: DB,
                         actor: Annotated[User, Depends(require(P.REQUESTS_INTAKE))]) -> Response:
    values = text_fields(await request.form())
    data = _intake_input(values, public=False)
    entry, problems = attempt(lambda: rq.create(db, actor, rq.IntakeIn.model_validate(data)))
    if entry is None:
        return form_error(request, FORM, problems, values, public=False, **_choices())
    db.commit()
    if not allowed(actor.role, P.REQUESTS_READ):  # staff: intake only, shown the receipt number
        return render(request, "requests/receipt.html", receipt_no=entry.receipt_no, public=False)
    return redirect_to(f"/requests/{entry.id}?saved=1")


@router.get("/requests/settings")
def settings_form(request: Request, db: DB, _: Annotated[User, Depends(require(P.REQUESTS_SETTINGS))],
                  saved: bool = False) -> Response:
    s = rq.setting(db)
    values = {k: getattr(s, k) for k in rq.SettingIn.model_fields}
    return render(request, "requests/settings.html", values=values, errors={}, saved=saved)


@router.post("/requests/settings")
async def settings_save(request: Request, db: DB,
                        actor: Annotated[User, Depends(require(P.REQUESTS_SETTINGS))]) -> Response:
    values = text_fields(await request.form())
    data = values | {"target_days": number_text(values.get("target_days", ""))}
    saved, problems = attempt(lambda: rq.save_setting(db, actor, rq.SettingIn.model_validate(data)))
    if saved is None:
        return form_error(request, "requests/settings.html", problems, values, saved=False)
    db.commit()
    return redirect_to("/requests/settings?saved=1")


def _detail(request: Request, db: Any, entry: rq.RightsRequestRecord, errors: dict[str, str] | None = None,  # noqa: ANN401
            values: dict[str, Any] | None = None, form: str = "", status: int = 200, saved: bool = False) -> Response:
    users = list(db.scalars(select(User).where(User.active.is_(True)).order_by(User.id)))
    assignee = db.get(User, entry.assignee_id) if entry.assignee_id else None
    today = today_in_japan()
    letter = rq.letter(db, entry.id) if entry.decision else None
    return render(request, DETAIL, status, entry=entry, errors=errors or {}, values=values or {}, form=form,
                  saved=saved, linked=rq.databases(db, entry.id), databases=register.search(db, limit=1000),
                  users=users, assignee=assignee, overdue=rq.is_overdue(entry, today), today=today.isoformat(),
                  identity_documents=rq.IDENTITY_DOCUMENTS, agent_documents=rq.AGENT_DOCUMENTS,
                  stop_grounds=rq.STOP_GROUNDS, grounds=list(rq.GROUNDS), letter=letter,
                  plain={to for (frm, to) in rq.PLAIN_TRANSITIONS if frm is entry.status},
                  max_refusals=MAX_REFUSALS)


@router.get("/requests/{request_id}")
def request_detail(request: Request, request_id: int, db: DB, _: Annotated[User, Depends(require(P.REQUESTS_READ))],
                   saved: bool = False) -> Response:
    return _detail(request, db, rq.get(db, request_id), saved=saved)


async def _handle(request: Request, db: Any, request_id: int, form_name: str, action: Any) -> Response:  # noqa: ANN401
    entry = rq.get(db, request_id)
    form = await request.form()
    values = text_fields(form)
    result, problems = attempt(lambda: action(form, values))
    if problems:
        db.rollback()
        entry = rq.get(db, request_id)
        status = 409 if any(p.code in ("requests_transition_forbidden", "stale_version") for p in problems) else 422
        return _detail(request, db, entry, by_field(problems, language(request)), _form_lists(form, values),
                       form_name, status)
    db.commit()
    return redirect_to(f"/requests/{request_id}?saved=1")


def _form_lists(form: FormData, values: dict[str, Any]) -> dict[str, Any]:
    return {**values, **{k: form.getlist(k) for k in ("documents", "agent_documents", "grounds_found",
                                                          "database_ids")}}


def _decide_input(form: FormData, values: dict[str, Any]) -> dict[str, Any]:
    data: dict[str, Any] = {k: values.get(k, "") for k in rq.DecideIn.model_fields
                            if k not in (*BOOLS, "refusals", "grounds_found", "content_untrue")}
    data.update({k: form.get(k) in ("on", "true", "1") for k in BOOLS})
    data["grounds_found"] = form.getlist("grounds_found")
    data["content_untrue"] = {"true": True, "false": False}.get(str(values.get("content_untrue", "")))
    for key in (*NUMBERS, "fee_due_on", "method"):
        text = number_text(str(data.get(key) or "")) if key in NUMBERS else str(data.get(key) or "").strip()
        data[key] = text or None
    data["refusals"] = [
        {"ground": values.get(f"refusal_ground_{n}", ""), "scope": values.get(f"refusal_scope_{n}", ""),
         "reason": values.get(f"refusal_reason_{n}", "")}
        for n in range(1, MAX_REFUSALS + 1) if values.get(f"refusal_ground_{n}")]
    return data


@router.post("/requests/{request_id}/transition")
async def request_transition(request: Request, request_id: int, db: DB,
                             actor: Annotated[User, Depends(require(P.REQUESTS_HANDLE))]) -> Response:
    return await _handle(request, db, request_id, "transition", lambda form, values: rq.transition(
        db, actor, request_id, rq.TransitionIn.model_validate(values)))


@router.post("/requests/{request_id}/identity")
async def request_identity(request: Request, request_id: int, db: DB,
                           actor: Annotated[User, Depends(require(P.REQUESTS_HANDLE))]) -> Response:
    return await _handle(request, db, request_id, "identity", lambda form, values: rq.record_identity(
        db, actor, request_id, rq.IdentityIn.model_validate({
            "verified": values.get("verified") == "true", "documents": form.getlist("documents"),
            "agent_documents": form.getlist("agent_documents"), "checked_on": values.get("checked_on", ""),
            "version": values.get("version", "")})))


@router.post("/requests/{request_id}/databases")
async def request_databases(request: Request, request_id: int, db: DB,
                            actor: Annotated[User, Depends(require(P.REQUESTS_HANDLE))]) -> Response:
    def action(form: FormData, values: dict[str, Any]) -> list[int]:
        ids = [int(v) for v in form.getlist("database_ids") if str(v).isdigit()]
        return rq.set_databases(db, actor, request_id, ids)

    return await _handle(request, db, request_id, "databases", action)


@router.post("/requests/{request_id}/assign")
async def request_assign(request: Request, request_id: int, db: DB,
                         actor: Annotated[User, Depends(require(P.REQUESTS_HANDLE))]) -> Response:
    return await _handle(request, db, request_id, "assign", lambda form, values: rq.assign(
        db, actor, request_id, rq.AssignIn.model_validate({"assignee_id": values.get("assignee_id") or None,
                                                            "version": values.get("version", "")})))


@router.post("/requests/{request_id}/decide")
async def request_decide(request: Request, request_id: int, db: DB,
                         actor: Annotated[User, Depends(require(P.REQUESTS_HANDLE))]) -> Response:
    return await _handle(request, db, request_id, "decide", lambda form, values: rq.decide(
        db, actor, request_id, rq.DecideIn.model_validate(_decide_input(form, values))))


@router.get("/requests/{request_id}/letter")
def request_letter(request_id: int, db: DB, _: Annotated[User, Depends(require(P.REQUESTS_READ))]) -> Response:
    return HTMLResponse(rq.letter_html(db, request_id))


@router.get("/requests/{request_id}/letter.pdf")
def request_letter_pdf(request_id: int, db: DB, _: Annotated[User, Depends(require(P.REQUESTS_READ))]) -> Response:
    entry = rq.get(db, request_id)
    return Response(rq.letter_pdf(db, request_id), media_type="application/pdf",
                    headers={"Content-Disposition": f'attachment; filename="letter-{entry.receipt_no}.pdf"'})


# ------------------------------------------------------------------------------------------ JSON API
@api_router.get("/requests", response_model=list[rq.RequestOut])
def api_list(db: DB, _: Annotated[User, Depends(require(P.REQUESTS_READ))], q: str = "", status: str = "",
             open_only: bool = False) -> list[rq.RequestOut]:
    return [rq.out(e) for e in rq.search(db, q, status, open_only)]


@api_router.post("/requests", status_code=201, response_model=rq.RequestOut)
def api_create(data: rq.IntakeIn, db: DB, actor: Annotated[User, Depends(require(P.REQUESTS_INTAKE))]) -> Any:  # noqa: ANN401
    entry = rq.create(db, actor, data)
    db.commit()
    if not allowed(actor.role, P.REQUESTS_READ):
        return JSONResponse({"receipt_no": entry.receipt_no}, status_code=201)
    return rq.out(entry)


@api_router.get("/requests/overdue", response_model=list[rq.RequestOut])
def api_overdue(db: DB, _: Annotated[User, Depends(require(P.REQUESTS_READ))]) -> list[rq.RequestOut]:
    return [rq.out(e) for e in rq.overdue_requests(db, today_in_japan())]


@api_router.get("/requests/{request_id}", response_model=rq.RequestOut)
def api_get(request_id: int, db: DB, _: Annotated[User, Depends(require(P.REQUESTS_READ))]) -> rq.RequestOut:
    return rq.out(rq.get(db, request_id))


@api_router.post("/requests/{request_id}/transition", response_model=rq.RequestOut)
def api_transition(request_id: int, data: rq.TransitionIn, db: DB,
                   actor: Annotated[User, Depends(require(P.REQUESTS_HANDLE))]) -> rq.RequestOut:
    entry = rq.transition(db, actor, request_id, data)
    db.commit()
    return rq.out(entry)


@api_router.post("/requests/{request_id}/identity", response_model=rq.RequestOut)
def api_identity(request_id: int, data: rq.IdentityIn, db: DB,
                 actor: Annotated[User, Depends(require(P.REQUESTS_HANDLE))]) -> rq.RequestOut:
    entry = rq.record_identity(db, actor, request_id, data)
    db.commit()
    return rq.out(entry)


@api_router.post("/requests/{request_id}/decide", response_model=rq.RequestOut)
def api_decide(request_id: int, data: rq.DecideIn, db: DB,
               actor: Annotated[User, Depends(require(P.REQUESTS_HANDLE))]) -> rq.RequestOut:
    entry = rq.decide(db, actor, request_id, data)
    db.commit()
    return rq.out(entry)

