"""UI pages of leak incidents (漏えい等事案): list, intake, detail with live deadlines, items, report, notices."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel
from starlette.datastructures import FormData

from hogo.app import incidents, register
from hogo.app.consents import today_in_japan
from hogo.app.errors import FieldError
from hogo.app.models import User
from hogo.app.permissions import Permission as P
from hogo.app.problems import Problem
from hogo.app.web.deps import language, require
from hogo.app.web.pages import DB, attempt, number_text, redirect_to, render
from hogo.documents import compose, render_html, render_pdf

router = APIRouter(include_in_schema=False)
FORM = "incidents/form.html"
DETAIL = "incidents/detail.html"
CHECKS = ("suspected", "sensitive", "financial_harm_risk", "wrongful_purpose", "protected", "notice_difficult",
          "notice_would_expand_harm", "persons_upper_bound", "upper_bound")
OPTIONAL_DATES = ("occurred_on", "entruster_notified_on", "publication_on")
LINE_FIELDS = ("data_items", "data_media", "prevention_done", "prevention_planned", "items")
READ = Annotated[User, Depends(require(P.INCIDENTS_READ))]
WRITE = Annotated[User, Depends(require(P.INCIDENTS_WRITE))]


def form_input(form: FormData, model: type[BaseModel]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(what was typed, for re-display; the ``model``'s input): checkboxes, lines, numbers, empty dates."""
    typed: dict[str, Any] = {k: v for k, v in form.items() if isinstance(v, str) and k != "csrf_token"}
    typed["database_ids"] = form.getlist("database_ids")
    data: dict[str, Any] = dict(typed)
    for name in CHECKS:
        typed[name] = data[name] = form.get(name) in ("on", "true", "1")
    for name in OPTIONAL_DATES:
        if name in data and not str(data[name]).strip():
            data[name] = None
    for name in LINE_FIELDS:
        if name in data:
            data[name] = [line.strip() for line in str(data[name]).splitlines() if line.strip()]
    for name in ("persons_count", "count"):
        if name in data:
            data[name] = number_text(str(data[name])) or None
    data["database_ids"] = [int(v) for v in typed["database_ids"] if str(v).isdigit()]
    return typed, {k: v for k, v in data.items() if k in model.model_fields}


def _errors(request: Request, problems: list[Problem], prefix: str = "") -> dict[str, str]:
    lang = language(request)
    out: dict[str, str] = {}
    for p in problems:
        out.setdefault(prefix + p.field.split(".")[0], p.message if lang == "ja" else p.message_en)
    return out


def _form_context(db: Any) -> dict[str, Any]:  # noqa: ANN401
    return {"databases": register.search(db, limit=1000), "today": today_in_japan().isoformat()}


def _facts_values(entry: incidents.Incident) -> dict[str, Any]:
    case = entry.case
    disc, ent, org = case["discovery"], case.get("entrustment", {}), case["organization"]
    return {"reference": entry.reference, "title": entry.title, "regime": case.get("regime", "appi"),
            "occurred_on": disc.get("occurred_on") or "", "discovered_on": disc["discovered_on"],
            "discovered_by": disc["discovered_by"], "known_on": disc["known_on"],
            **{k: v for k, v in case.get("facts", {}).items()},
            "entrustment_role": ent.get("role", "none"), "entrustment_counterpart": ent.get("counterpart") or "",
            "entruster_notified_on": ent.get("entruster_notified_on") or "",
            "contact_department": org.get("department") or "", "contact_phone": org.get("phone") or "",
            "contact_email": org.get("email") or "", "database_ids": [str(i) for i in entry.database_ids],
            "version": entry.version}


def _items_values(entry: incidents.Incident) -> dict[str, Any]:
    c = entry.case
    outline, data, cause = c.get("outline") or {}, c.get("data") or {}, c.get("cause") or {}
    damage, pub, prev, other = (c.get("secondary_damage") or {}, c.get("publication") or {}, c.get("prevention") or {},
                                c.get("other") or {})
    return {"outline_description": outline.get("description", ""), "data_items": "\n".join(data.get("items", [])),
            "data_media": "\n".join(data.get("media", [])), "data_kind": data.get("kind", ""),
            "cause_description": cause.get("description", ""), "cause_actor": cause.get("actor", "unknown"),
            "damage_status": damage.get("status", ""), "damage_description": damage.get("description", ""),
            "response_to_persons": c.get("response_to_persons") or "", "publication_status": pub.get("status", ""),
            "publication_on": pub.get("on") or "", "publication_method": pub.get("method") or "",
            "prevention_done": "\n".join(prev.get("done", [])), "prevention_planned": "\n".join(prev.get("planned", [])),
            "other_remarks": other.get("remarks", ""), "other_self_protection": other.get("self_protection", ""),
            "version": entry.version}


def detail_context(db: Any, entry: incidents.Incident) -> dict[str, Any]:  # noqa: ANN401
    today = today_in_japan()
    result = incidents.assessment(entry, today)
    linked = [register.get(db, i) for i in entry.database_ids]
    return {"entry": entry, "a": result, "d": result.decision, "today": today, "databases": linked,
            "case": incidents.case_of(entry), "values": {"on": today.isoformat(), "sent_on": today.isoformat(),
                                                        "started_on": today.isoformat()}}


@router.get("/incidents")
def incident_list(request: Request, db: DB, _: READ, open_only: bool = False) -> Response:
    return render(request, "incidents/list.html", entries=incidents.search(db, open_only), open_only=open_only,
                  today=today_in_japan())


@router.get("/incidents/new")
def incident_new(request: Request, db: DB, _: WRITE) -> Response:
    today = today_in_japan().isoformat()
    values = {"discovered_on": today, "known_on": today, "regime": "appi", "event": "leak",
              "entrustment_role": "none", "database_ids": []}
    return render(request, FORM, values=values, errors={}, entry=None, **_form_context(db))


@router.post("/incidents/new")
async def incident_create(request: Request, db: DB, actor: WRITE) -> Response:
    typed, data = form_input(await request.form(), incidents.IncidentCreate)
    entry, problems = attempt(lambda: incidents.create(db, actor, incidents.IncidentCreate.model_validate(data)))
    if entry is None:
        return render(request, FORM, 422, values=typed, errors=_errors(request, problems), entry=None,
                      **_form_context(db))
    db.commit()
    return redirect_to(f"/incidents/{entry.id}?saved=1")


@router.get("/incidents/{incident_id}")
def incident_detail(request: Request, incident_id: int, db: DB, _: READ, saved: bool = False) -> Response:
    entry = incidents.get(db, incident_id)
    return render(request, DETAIL, saved=saved, errors={}, **detail_context(db, entry))


@router.get("/incidents/{incident_id}/edit")
def incident_edit(request: Request, incident_id: int, db: DB, _: WRITE) -> Response:
    entry = incidents.get(db, incident_id)
    return render(request, FORM, values=_facts_values(entry), errors={}, entry=entry, **_form_context(db))


@router.post("/incidents/{incident_id}/edit")
async def incident_update(request: Request, incident_id: int, db: DB, actor: WRITE) -> Response:
    entry = incidents.get(db, incident_id)
    typed, data = form_input(await request.form(), incidents.IncidentUpdate)
    _, problems = attempt(lambda: incidents.update(db, actor, incident_id, incidents.IncidentUpdate.model_validate(data)))
    if problems:
        return render(request, FORM, 409 if any(p.code == "stale_version" for p in problems) else 422, values=typed,
                      errors=_errors(request, problems), entry=entry, **_form_context(db))
    db.commit()
    return redirect_to(f"/incidents/{incident_id}?saved=1")


@router.get("/incidents/{incident_id}/items")
def incident_items(request: Request, incident_id: int, db: DB, _: WRITE) -> Response:
    entry = incidents.get(db, incident_id)
    return render(request, "incidents/items.html", values=_items_values(entry), errors={}, entry=entry)


@router.post("/incidents/{incident_id}/items")
async def incident_items_save(request: Request, incident_id: int, db: DB, actor: WRITE) -> Response:
    entry = incidents.get(db, incident_id)
    typed, data = form_input(await request.form(), incidents.ItemsIn)
    _, problems = attempt(lambda: incidents.update_items(db, actor, incident_id,
                                                         incidents.ItemsIn.model_validate(data)))
    if problems:
        return render(request, "incidents/items.html", 422, values=typed, errors=_errors(request, problems),
                      entry=entry)
    db.commit()
    return redirect_to(f"/incidents/{incident_id}?saved=1")


async def _sub_form(request: Request, db: Any, incident_id: int, prefix: str, model: type[BaseModel],  # noqa: ANN401
                    action: Callable[[Any], Any]) -> Response:
    """A small form on the detail page (count, notice record, substitute, submitted): errors shown in that form."""
    entry = incidents.get(db, incident_id)
    typed, data = form_input(await request.form(), model)
    _, problems = attempt(lambda: action(model.model_validate(data)))
    if not problems:
        db.commit()
        return redirect_to(f"/incidents/{incident_id}?saved=1#{prefix}")
    context = detail_context(db, entry)
    context["values"] = context["values"] | typed
    return render(request, DETAIL, 422, saved=False, errors=_errors(request, problems, prefix + "."), **context)


@router.post("/incidents/{incident_id}/counts")
async def incident_count(request: Request, incident_id: int, db: DB, actor: WRITE) -> Response:
    return await _sub_form(request, db, incident_id, "count", incidents.CountIn,
                           lambda d: incidents.add_count(db, actor, incident_id, d))


@router.post("/incidents/{incident_id}/notices")
async def incident_notice_record(request: Request, incident_id: int, db: DB, actor: WRITE) -> Response:
    return await _sub_form(request, db, incident_id, "notice", incidents.NoticeIn,
                           lambda d: incidents.record_notice(db, actor, incident_id, d))


@router.post("/incidents/{incident_id}/substitutes")
async def incident_substitute(request: Request, incident_id: int, db: DB, actor: WRITE) -> Response:
    return await _sub_form(request, db, incident_id, "substitute", incidents.SubstituteIn,
                           lambda d: incidents.record_substitute(db, actor, incident_id, d))


@router.post("/incidents/{incident_id}/submitted")
async def incident_submitted(request: Request, incident_id: int, db: DB, actor: WRITE) -> Response:
    return await _sub_form(request, db, incident_id, "submitted", incidents.SubmittedIn,
                           lambda d: incidents.mark_submitted(db, actor, incident_id, d))


@router.post("/incidents/{incident_id}/pending")
async def incident_pending(request: Request, incident_id: int, db: DB, actor: WRITE) -> Response:
    return await _sub_form(request, db, incident_id, "pending", incidents.PendingIn,
                           lambda d: incidents.note_pending(db, actor, incident_id, d))


@router.post("/incidents/{incident_id}/chronology")
async def incident_chronology(request: Request, incident_id: int, db: DB, actor: WRITE) -> Response:
    return await _sub_form(request, db, incident_id, "chronology", incidents.ChronologyIn,
                           lambda d: incidents.add_chronology(db, actor, incident_id, d))


@router.post("/incidents/{incident_id}/chronology/remove")
async def incident_chronology_remove(request: Request, incident_id: int, db: DB, actor: WRITE) -> Response:
    return await _sub_form(request, db, incident_id, "chronology", incidents.ChronologyRemoveIn,
                           lambda d: incidents.remove_chronology(db, actor, incident_id, d.index, d.version))


@router.post("/incidents/{incident_id}/status")
async def incident_status(request: Request, incident_id: int, db: DB, actor: WRITE) -> Response:
    return await _sub_form(request, db, incident_id, "status", incidents.StatusIn,
                           lambda d: incidents.set_status(db, actor, incident_id, d))


def document_response(document: Any, fmt: str, filename: str, data: Any = None) -> Response:  # noqa: ANN401
    if fmt == "pdf":
        return Response(render_pdf(document), media_type="application/pdf",
                        headers={"Content-Disposition": f'inline; filename="{filename}.pdf"'})
    if fmt == "json" and data is not None:
        return JSONResponse(data.model_dump(mode="json"),
                            headers={"Content-Disposition": f'attachment; filename="{filename}.json"'})
    return HTMLResponse(render_html(document))


@router.get("/incidents/{incident_id}/report")
def incident_report(request: Request, incident_id: int, db: DB, _: READ, kind: str = "preliminary",
                    format: str = "html", on: dt.date | None = None) -> Response:  # noqa: A002
    """The report as printed on ``on`` (default today): the law version and the count known that day."""
    entry = incidents.get(db, incident_id)
    if kind not in ("preliminary", "final"):
        raise FieldError("kind", "incidents.bad_kind")
    try:
        result = incidents.report(entry, kind, on)  # type: ignore[arg-type]
    except FieldError as exc:
        context = detail_context(db, entry)
        return render(request, DETAIL, 422, saved=False,
                      errors={"report.kind": _errors(request, [_problem(exc)])[exc.field.split(".")[0]]}, **context)
    return document_response(compose.report_document(result), format, f"report-{entry.reference}-{kind}", result)


def _problem(exc: FieldError) -> Problem:
    from hogo.app.problems import from_field_error

    return from_field_error(exc)[0]


@router.post("/incidents/{incident_id}/notice")
async def incident_notice(request: Request, incident_id: int, db: DB, actor: WRITE) -> Response:
    """The notice to one person, printed (HTML/PDF). The name and address are not stored; the audit keeps ids."""
    entry = incidents.get(db, incident_id)
    form = await request.form()
    typed, data = form_input(form, incidents.PersonIn)
    fmt = str(form.get("format", "html"))
    result, problems = attempt(lambda: incidents.notice(entry, incidents.PersonIn.model_validate(data)))
    if result is None:
        context = detail_context(db, entry)
        context["values"] = context["values"] | typed
        return render(request, DETAIL, 422, saved=False, errors=_errors(request, problems, "person."), **context)
    incidents.log_document(db, actor, entry, "notice_printed")
    db.commit()
    return document_response(compose.notice_document(result), fmt, f"notice-{entry.reference}")
