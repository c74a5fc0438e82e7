"""UI pages of the consent records (同意記録): list, detail with withdrawal, create, edit, history."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from pydantic import ValidationError
from starlette.datastructures import FormData

from hogo.app import consents, register
from hogo.app.errors import FieldError
from hogo.app.models import ConsentGiver, ConsentMethod, ConsentScope, User
from hogo.app.permissions import Permission as P
from hogo.app.problems import from_field_error, from_validation
from hogo.app.web.deps import require
from hogo.app.web.pages import DB, form_error, redirect_to, render

router = APIRouter(include_in_schema=False)
TEMPLATE = "consent_form.html"
OPTIONAL = ("database_id", "withdrawn_on")


def _choices(db: Any) -> dict[str, Any]:  # noqa: ANN401
    return {"scopes": list(ConsentScope), "methods": list(ConsentMethod), "givers": list(ConsentGiver),
            "databases": register.search(db, limit=1000), "today": consents.today_in_japan().isoformat()}


def _values(form: FormData) -> dict[str, Any]:
    return {k: v for k, v in form.items() if isinstance(v, str) and k != "csrf_token"}


def _input(values: dict[str, Any]) -> dict[str, Any]:
    return {k: (None if k in OPTIONAL and not str(v).strip() else v) for k, v in values.items()}


@router.get("/consents")
def consent_list(request: Request, db: DB, _: Annotated[User, Depends(require(P.CONSENT_READ))], q: str = "",
                 active_only: bool = False) -> Response:
    return render(request, "consent_list.html", entries=consents.search(db, q, active_only), q=q,
                  active_only=active_only)


@router.get("/consents/new")
def consent_new(request: Request, db: DB, _: Annotated[User, Depends(require(P.CONSENT_WRITE))]) -> Response:
    values = {"obtained_on": consents.today_in_japan().isoformat(), "method": "written", "given_by": "subject"}
    return render(request, TEMPLATE, values=values, errors={}, entry=None, **_choices(db))


@router.post("/consents/new")
async def consent_create(request: Request, db: DB,
                         actor: Annotated[User, Depends(require(P.CONSENT_WRITE))]) -> Response:
    values = _values(await request.form())
    try:
        consent = consents.create(db, actor, consents.ConsentIn.model_validate(_input(values)))
    except ValidationError as exc:
        return form_error(request, TEMPLATE, from_validation(exc.errors()), values, entry=None, **_choices(db))
    except FieldError as exc:
        return form_error(request, TEMPLATE, from_field_error(exc), values, entry=None, **_choices(db))
    db.commit()
    return redirect_to(f"/consents/{consent.id}?saved=1")


@router.get("/consents/{consent_id}")
def consent_detail(request: Request, consent_id: int, db: DB, _: Annotated[User, Depends(require(P.CONSENT_READ))],
                   saved: bool = False) -> Response:
    consent = consents.get(db, consent_id)
    database = register.get(db, consent.database_id) if consent.database_id else None
    return render(request, "consent_detail.html", entry=consent, database=database, saved=saved, errors={},
                  values={"withdrawn_on": consents.today_in_japan().isoformat()})


@router.post("/consents/{consent_id}/withdraw")
async def consent_withdraw(request: Request, consent_id: int, db: DB,
                           actor: Annotated[User, Depends(require(P.CONSENT_WRITE))]) -> Response:
    consent = consents.get(db, consent_id)
    values = _values(await request.form())
    try:
        consents.withdraw(db, actor, consent_id, consents.WithdrawIn.model_validate(values))
    except ValidationError as exc:
        problems = from_validation(exc.errors())
    except FieldError as exc:
        problems = from_field_error(exc)
    else:
        db.commit()
        return redirect_to(f"/consents/{consent_id}?saved=1")
    database = register.get(db, consent.database_id) if consent.database_id else None
    return form_error(request, "consent_detail.html", problems, values, entry=consent, database=database,
                       saved=False)


@router.get("/consents/{consent_id}/edit")
def consent_edit(request: Request, consent_id: int, db: DB,
                 _: Annotated[User, Depends(require(P.CONSENT_WRITE))]) -> Response:
    consent = consents.get(db, consent_id)
    values = consents.out(consent).model_dump(mode="json")
    values = {k: ("" if v is None else v) for k, v in values.items()}
    return render(request, TEMPLATE, values=values, errors={}, entry=consent, **_choices(db))


@router.post("/consents/{consent_id}/edit")
async def consent_update(request: Request, consent_id: int, db: DB,
                         actor: Annotated[User, Depends(require(P.CONSENT_WRITE))]) -> Response:
    consent = consents.get(db, consent_id)
    values = _values(await request.form())
    try:
        consents.update(db, actor, consent_id, consents.ConsentUpdate.model_validate(_input(values)))
    except ValidationError as exc:
        return form_error(request, TEMPLATE, from_validation(exc.errors()), values, entry=consent, **_choices(db))
    except FieldError as exc:
        if exc.code == "stale_version":
            values["version"] = str(consent.version)
        return form_error(request, TEMPLATE, from_field_error(exc), values, entry=consent, **_choices(db))
    db.commit()
    return redirect_to(f"/consents/{consent_id}?saved=1")


@router.get("/consents/{consent_id}/history")
def consent_history(request: Request, consent_id: int, db: DB,
                    _: Annotated[User, Depends(require(P.CONSENT_READ))]) -> Response:
    return render(request, "consent_history.html", entry=consents.get(db, consent_id),
                  revisions=consents.history(db, consent_id))
