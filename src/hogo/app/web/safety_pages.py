"""UI of the safety management measures (安全管理措置, 個人情報保護法第23条・番号法第12条): the checklist, the
organisation profile for the 中小規模事業者 judgement, one measure's evidence and review dates, and the staff's
training records and confidentiality pledges."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from hogo.app import accounts
from hogo.app import safety as svc
from hogo.app.models import User
from hogo.app.permissions import Permission as P
from hogo.app.problems import by_field
from hogo.app.web.deps import language, require
from hogo.app.web.pages import DB, attempt, number_text, redirect_to, render, text_fields

router = APIRouter(include_in_schema=False)
FLAGS = ("handles_mynumber", "utilization_affairs", "entrusted_affairs", "financial_sector")


def _blank_dates(values: dict[str, Any], *names: str) -> dict[str, Any]:
    return {k: (None if k in names and not str(v).strip() else v) for k, v in values.items()}


@router.get("/safety")
def safety_checklist(request: Request, db: DB, _: Annotated[User, Depends(require(P.SAFETY_READ))],
                     saved: bool = False) -> Response:
    rows = svc.checklist(db)
    groups = [(c, [r for r in rows if r.measure.category == c]) for c in svc.CATEGORIES]
    done = sum(1 for r in rows if r.status in ("in_place", "not_applicable"))
    return render(request, "safety/checklist.html", groups=[g for g in groups if g[1]], profile=svc.profile(db),
                  organisation=accounts.organisation(db), done=done, total=len(rows), saved=saved)


def _profile_page(request: Request, db: Any, values: dict[str, Any], errors: dict[str, str],  # noqa: ANN401
                  status: int = 200) -> Response:
    return render(request, "safety/profile.html", status, values=values, errors=errors, flags=FLAGS,
                  organisation=accounts.organisation(db), profile=svc.profile(db),
                  persons_hint=svc.register_persons_total(db))


@router.get("/safety/profile")
def safety_profile(request: Request, db: DB, _: Annotated[User, Depends(require(P.SAFETY_WRITE))]) -> Response:
    current = svc.profile(db)
    values: dict[str, Any] = {"max_persons_past_6_months": svc.register_persons_total(db)}
    if current is not None:
        values = {f: getattr(current, f) for f in (*FLAGS, "max_persons_past_6_months", "version")}
    return _profile_page(request, db, values, {})


@router.post("/safety/profile")
async def safety_profile_save(request: Request, db: DB,
                              actor: Annotated[User, Depends(require(P.SAFETY_WRITE))]) -> Response:
    form = await request.form()
    values: dict[str, Any] = text_fields(form) | {f: form.get(f) in ("on", "true", "1") for f in FLAGS}
    data = dict(values)
    data["max_persons_past_6_months"] = number_text(str(values.get("max_persons_past_6_months", "0"))) or "0"
    data = _blank_dates(data, "version")
    _, problems = attempt(lambda: svc.save_profile(db, actor, svc.ProfileIn.model_validate(data)))
    if problems:
        db.rollback()
        return _profile_page(request, db, values, by_field(problems, language(request)), 422)
    db.commit()
    return redirect_to("/safety?saved=1")


def _measure_page(request: Request, db: Any, measure_id: str, values: dict[str, Any] | None = None,  # noqa: ANN401
                  errors: dict[str, str] | None = None, status: int = 200) -> Response:
    m = svc.measure(measure_id)
    record = svc.measure_record(db, measure_id)
    if values is None:
        values = {"status": "not_started", "method": "standard"}
        if record is not None:
            values = {f: ("" if (v := getattr(record, f)) is None else (v.isoformat() if hasattr(v, "isoformat")
                                                                        else getattr(v, "value", v)))
                      for f in ("status", "method", "evidence", "evidence_link", "reviewed_on", "next_review_on",
                                "version")}
    sme = svc.is_sme(db) and m.regime == "mynumber" and m.sme is not None
    return render(request, "safety/measure.html", status, measure=m, record=record, values=values,
                  errors=errors or {}, sme=sme, statuses=list(svc.Status))


@router.get("/safety/measures/{measure_id}")
def safety_measure(request: Request, measure_id: str, db: DB,
                   _: Annotated[User, Depends(require(P.SAFETY_READ))]) -> Response:
    return _measure_page(request, db, measure_id)


@router.post("/safety/measures/{measure_id}")
async def safety_measure_save(request: Request, measure_id: str, db: DB,
                              actor: Annotated[User, Depends(require(P.SAFETY_WRITE))]) -> Response:
    svc.measure(measure_id)
    values = text_fields(await request.form())
    data = _blank_dates(values, "reviewed_on", "next_review_on", "version")
    _, problems = attempt(lambda: svc.save_measure(db, actor, measure_id, svc.MeasureIn.model_validate(data)))
    if problems:
        db.rollback()
        return _measure_page(request, db, measure_id, values, by_field(problems, language(request)), 422)
    db.commit()
    return redirect_to(f"/safety?saved=1#m-{measure_id}")


def _people(request: Request, db: Any, values: dict[str, Any] | None = None,  # noqa: ANN401
            errors: dict[str, str] | None = None, form: str = "", status: int = 200, saved: bool = False) -> Response:
    today = svc.today_in_japan().isoformat()
    return render(request, "safety/people.html", status, rows=svc.staff(db), form=form, errors=errors or {},
                  values={"held_on": today, "signed_on": today, "provider": "internal"} | (values or {}), saved=saved)


@router.get("/safety/people")
def safety_people(request: Request, db: DB, _: Annotated[User, Depends(require(P.SAFETY_READ))],
                  saved: bool = False) -> Response:
    return _people(request, db, saved=saved)


async def _people_action(request: Request, db: Any, form_name: str, call: Any) -> Response:  # noqa: ANN401
    form = await request.form()
    values = text_fields(form)
    if form_name == "pledge":
        values["post_employment"] = form.get("post_employment") in ("on", "true", "1")
    _, problems = attempt(lambda: call(values))
    if problems:
        db.rollback()
        return _people(request, db, values, by_field(problems, language(request)), form_name, 422)
    db.commit()
    return redirect_to("/safety/people?saved=1")


@router.post("/safety/people/training")
async def safety_training(request: Request, db: DB,
                          actor: Annotated[User, Depends(require(P.SAFETY_WRITE))]) -> Response:
    return await _people_action(request, db, "training",
                                lambda v: svc.add_training(db, actor, svc.TrainingIn.model_validate(v)))


@router.post("/safety/people/pledges")
async def safety_pledge(request: Request, db: DB,
                        actor: Annotated[User, Depends(require(P.SAFETY_WRITE))]) -> Response:
    return await _people_action(request, db, "pledge",
                                lambda v: svc.add_pledge(db, actor, svc.PledgeIn.model_validate(v)))
