"""Provision and receipt records (第三者提供記録・確認記録): UI pages and the JSON API (``/api/v1/provisions``)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from starlette.datastructures import FormData

from hogo.app import consents, register
from hogo.app import provision as svc
from hogo.app.models import User
from hogo.app.permissions import Permission as P
from hogo.app.web.api import ERRORS, csv_response
from hogo.app.web.deps import require
from hogo.app.web.pages import DB, attempt, form_error, redirect_to, render, text_fields

router = APIRouter(include_in_schema=False)
api_router = APIRouter(prefix="/api/v1", tags=["provisions"])
FORM = "provision/form.html"
OPTIONAL = ("database_id", "exception_kind", "last_provided_on")
BOOLEANS = ("counterpart_public_body", "opt_out_items_notified", "opt_out_commission_notified",
            "joint_use_items_notified", "sensitive", "recipient_abroad", "recipient_equivalent_system",
            "foreign_information_provided", "provider_identity_confirmed")


def _choices(db: Any) -> dict[str, Any]:  # noqa: ANN401
    return {"directions": list(svc.Direction), "bases": list(svc.Basis), "exception_kinds": list(svc.ExceptionKind),
            "methods": list(svc.RecordMethod), "databases": register.search(db, limit=1000),
            "item_label": svc.item_label}


def _form(form: FormData) -> tuple[dict[str, Any], dict[str, Any]]:
    """What was typed (for re-display) and the service input (empty optionals → None, lines → lists)."""
    values = text_fields(form) | {name: form.get(name) in ("on", "true", "1") for name in BOOLEANS}
    data = {k: (None if k in OPTIONAL and not str(v).strip() else v) for k, v in values.items()}
    data["data_items"] = [line.strip() for line in str(values.get("data_items", "")).splitlines() if line.strip()]
    return values, data


# --- pages ------------------------------------------------------------------------------------------------


@router.get("/provisions")
def provision_list(request: Request, db: DB, _: Annotated[User, Depends(require(P.PROVISION_READ))], q: str = "",
                   alerts_only: bool = False) -> Response:
    return render(request, "provision/list.html", entries=svc.search(db, q, alerts_only), q=q,
                  alerts_only=alerts_only)


@router.get("/provisions/new")
def provision_new(request: Request, db: DB, _: Annotated[User, Depends(require(P.PROVISION_WRITE))],
                  direction: str = "provided") -> Response:
    values = {"direction": direction if direction in ("provided", "received") else "provided", "basis": "consent",
              "method": "each_time", "provided_on": consents.today_in_japan().isoformat()}
    return render(request, FORM, values=values, errors={}, entry=None, **_choices(db))


@router.post("/provisions/new")
async def provision_create(request: Request, db: DB,
                           actor: Annotated[User, Depends(require(P.PROVISION_WRITE))]) -> Response:
    values, data = _form(await request.form())
    entry, problems = attempt(lambda: svc.create(db, actor, svc.ProvisionIn.model_validate(data)))
    if entry is None:
        return form_error(request, FORM, problems, values, entry=None, **_choices(db))
    db.commit()
    return redirect_to(f"/provisions/{entry.id}?saved=1")


@router.get("/provisions/{record_id}")
def provision_detail(request: Request, record_id: int, db: DB,
                     _: Annotated[User, Depends(require(P.PROVISION_READ))], saved: bool = False) -> Response:
    entry = svc.get(db, record_id)
    database = register.get(db, entry.database_id) if entry.database_id else None
    return render(request, "provision/detail.html", entry=entry, database=database, saved=saved,
                  item_label=svc.item_label)


@router.get("/provisions/{record_id}/edit")
def provision_edit(request: Request, record_id: int, db: DB,
                   _: Annotated[User, Depends(require(P.PROVISION_WRITE))]) -> Response:
    entry = svc.get(db, record_id)
    values = svc.ProvisionUpdate.model_validate(entry, from_attributes=True).model_dump(mode="json")
    values = {k: ("" if v is None else v) for k, v in values.items()} | {"data_items": "\n".join(entry.data_items)}
    return render(request, FORM, values=values, errors={}, entry=entry, **_choices(db))


@router.post("/provisions/{record_id}/edit")
async def provision_update(request: Request, record_id: int, db: DB,
                           actor: Annotated[User, Depends(require(P.PROVISION_WRITE))]) -> Response:
    entry = svc.get(db, record_id)
    values, data = _form(await request.form())
    _, problems = attempt(lambda: svc.update(db, actor, record_id, svc.ProvisionUpdate.model_validate(data)))
    if problems:
        if any(p.code == "stale_version" for p in problems):
            values["version"] = str(entry.version)
        return form_error(request, FORM, problems, values, entry=entry, **_choices(db))
    db.commit()
    return redirect_to(f"/provisions/{record_id}?saved=1")


@router.get("/provisions/{record_id}/history")
def provision_history(request: Request, record_id: int, db: DB,
                      _: Annotated[User, Depends(require(P.PROVISION_READ))]) -> Response:
    return render(request, "provision/history.html", entry=svc.get(db, record_id),
                  revisions=svc.history(db, record_id))


# --- API --------------------------------------------------------------------------------------------------


@api_router.get("/provisions", response_model=list[svc.ProvisionOut])
def list_provisions(db: DB, _: Annotated[User, Depends(require(P.PROVISION_READ))], q: str = "",
                    alerts_only: bool = False, limit: Annotated[int, Query(ge=1, le=1000)] = 500,
                    offset: Annotated[int, Query(ge=0)] = 0) -> object:
    return [svc.out(e) for e in svc.search(db, q, alerts_only, limit, offset)]


@api_router.post("/provisions", response_model=svc.ProvisionOut, status_code=201, responses=ERRORS)
def create_provision(body: svc.ProvisionIn, db: DB,
                     actor: Annotated[User, Depends(require(P.PROVISION_WRITE))]) -> object:
    """Record a provision (or receipt): the ``provision`` and ``provision-record`` decisions are stored with it;
    ``alert`` is ``no_lawful_basis`` when the provision has none (the record is kept)."""
    entry = svc.create(db, actor, body)
    db.commit()
    return svc.out(entry)


@api_router.get("/provisions.csv", response_class=Response, responses={200: {"content": {"text/csv": {}}}})
def export_provisions(db: DB, _: Annotated[User, Depends(require(P.PROVISION_READ))],
                      encoding: Literal["utf-8", "cp932"] = "utf-8") -> Response:
    """Provision and receipt records as CSV; ``encoding=cp932`` for Excel's Shift_JIS."""
    return csv_response(svc.export_csv(svc.search(db, limit=10**9), encoding), encoding, "provisions.csv")


@api_router.get("/consents.csv", response_class=Response, responses={200: {"content": {"text/csv": {}}}})
def export_consents(db: DB, _: Annotated[User, Depends(require(P.CONSENT_READ))],
                    encoding: Literal["utf-8", "cp932"] = "utf-8") -> Response:
    """Consent records (同意記録) as CSV; ``encoding=cp932`` for Excel's Shift_JIS."""
    return csv_response(svc.export_consents_csv(consents.search(db, limit=10**9), encoding), encoding, "consents.csv")


@api_router.get("/provisions/{record_id}", response_model=svc.ProvisionOut, responses=ERRORS)
def get_provision(record_id: int, db: DB, _: Annotated[User, Depends(require(P.PROVISION_READ))]) -> object:
    return svc.out(svc.get(db, record_id))


@api_router.put("/provisions/{record_id}", response_model=svc.ProvisionOut, responses=ERRORS)
def update_provision(record_id: int, body: svc.ProvisionUpdate, db: DB,
                     actor: Annotated[User, Depends(require(P.PROVISION_WRITE))]) -> object:
    """Correct a record (``version`` must be current); the decisions are taken again."""
    entry = svc.update(db, actor, record_id, body)
    db.commit()
    return svc.out(entry)


@api_router.get("/provisions/{record_id}/history", response_model=list[register.RevisionOut], responses=ERRORS)
def provision_history_api(record_id: int, db: DB, _: Annotated[User, Depends(require(P.PROVISION_READ))]) -> object:
    return svc.history(db, record_id)
