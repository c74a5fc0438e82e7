"""UI pages of the consent records (同意記録): list, detail with withdrawal, create, edit, history."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from hogo.app import consents, register
from hogo.app.models import ConsentGiver, ConsentMethod, ConsentScope, User
from hogo.app.permissions import Permission as P
from hogo.app.web.deps import require
from hogo.app.web.pages import DB, attempt, form_error, redirect_to, render, text_fields

router = APIRouter(include_in_schema=False)
TEMPLATE = "consent_form.html"
OPTIONAL = ("database_id", "withdrawn_on")


def _choices(db: Any) -> dict[str, Any]:  # noqa: ANN401
    return {"scopes": list(ConsentScope), "methods": list(ConsentMethod), "givers": list(ConsentGiver),
            "databases": register.search(db, limit=1000), "today": consents.today_in_japan().isoformat()}


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
    values = text_fields(await request.form())
    consent, problems = attempt(lambda: consents.create(db, actor, consents.ConsentIn.model_validate(_input(values))))
    if consent is None:
        return form_error(request, TEMPLATE, problems, values, entry=None, **_choices(db))
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
    values = text_fields(await request.form())
    _, problems = attempt(lambda: consents.withdraw(db, actor, consent_id, consents.WithdrawIn.model_validate(values)))
    if not problems:
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
    values = text_fields(await request.form())
    data = consents.ConsentUpdate
    _, problems = attempt(lambda: consents.update(db, actor, consent_id, data.model_validate(_input(values))))
    if problems:
        if any(p.code == "stale_version" for p in problems):
            values["version"] = str(consent.version)
        return form_error(request, TEMPLATE, problems, values, entry=consent, **_choices(db))
    db.commit()
    return redirect_to(f"/consents/{consent_id}?saved=1")


@router.get("/consents/{consent_id}/history")
def consent_history(request: Request, consent_id: int, db: DB,
                    _: Annotated[User, Depends(require(P.CONSENT_READ))]) -> Response:
    return render(request, "consent_history.html", entry=consents.get(db, consent_id),
                  revisions=consents.history(db, consent_id))
