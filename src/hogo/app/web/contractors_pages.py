"""UI of the contractor register (委託先, 個人情報保護法第25条 / 番号法第10条・第11条): list, create, detail with
the selection and contract checklists, periodic reviews, re-entrustment requests and the end of the contract
(返却・削除の確認 with its evidence)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from hogo.app import contractors as svc
from hogo.app import register
from hogo.app.models import User
from hogo.app.permissions import Permission as P
from hogo.app.problems import by_field
from hogo.app.web.deps import language, require
from hogo.app.web.pages import DB, attempt, form_error, redirect_to, render, text_fields

router = APIRouter(include_in_schema=False)
FORM = "contractors/form.html"
DATES = ("contract_start", "contract_end", "selected_on", "next_review_on", "permitted_on", "ended_on",
         "received_on")


def _choices(db: Any) -> dict[str, Any]:  # noqa: ANN401
    return {"regimes": list(svc.Regime), "checks": svc.SELECTION_CHECKS, "clause_sets": svc.CLAUSES,
            "databases": register.search(db, limit=1000)}


def _input(form: Any) -> tuple[dict[str, Any], dict[str, Any]]:  # noqa: ANN401
    values = {k: v for k, v in text_fields(form).items() if not k.startswith("clauses_")}
    values["database_ids"] = form.getlist("database_ids")
    values["selection_checks"] = form.getlist("selection_checks")
    values["monitors_subcontractors"] = form.get("monitors_subcontractors") in ("on", "true", "1")
    regime = values.get("regime", "appi")
    values["clauses"] = form.getlist(f"clauses_{regime}")
    data = {k: (None if k in DATES and not str(v).strip() else v) for k, v in values.items()}
    return values, data


@router.get("/contractors")
def contractor_list(request: Request, db: DB, _: Annotated[User, Depends(require(P.CONTRACTORS_READ))]) -> Response:
    return render(request, "contractors/list.html", entries=svc.search(db))


@router.get("/contractors/new")
def contractor_new(request: Request, db: DB, _: Annotated[User, Depends(require(P.CONTRACTORS_WRITE))]) -> Response:
    values = {"regime": "appi", "database_ids": [], "selection_checks": [], "clauses": []}
    return render(request, FORM, values=values, errors={}, entry=None, **_choices(db))


@router.post("/contractors/new")
async def contractor_create(request: Request, db: DB,
                            actor: Annotated[User, Depends(require(P.CONTRACTORS_WRITE))]) -> Response:
    values, data = _input(await request.form())
    entry, problems = attempt(lambda: svc.create(db, actor, svc.ContractorIn.model_validate(data)))
    if entry is None:
        return form_error(request, FORM, problems, values, entry=None, **_choices(db))
    db.commit()
    return redirect_to(f"/contractors/{entry.id}?saved=1")


def _detail(request: Request, db: Any, entry: svc.Contractor, status: int = 200,  # noqa: ANN401
            errors: dict[str, str] | None = None, values: dict[str, Any] | None = None, form: str = "",
            saved: bool = False) -> Response:
    today = svc.today_in_japan().isoformat()
    defaults = {"reviewed_on": today, "requested_on": today, "result": "ok", "permission": "none"}
    end = svc.end_of(db, entry.id)
    if end is not None and form != "end_update":
        end_values = svc.end_snapshot(end)
        defaults |= {"end_" + k if k in ("database_ids", "note") else k: v for k, v in end_values.items()
                     if k not in ("contractor_id", "version")}
    else:
        defaults |= {"ended_on": entry.contract_end.isoformat() if entry.contract_end else today,
                     "method": "deletion", "evidence_kind": "none", "outcome": "pending"}
    return render(request, "contractors/detail.html", status, entry=entry, saved=saved, errors=errors or {},
                  values=defaults | (values or {}), form=form, checks=svc.SELECTION_CHECKS,
                  clauses=svc.CLAUSES[entry.regime.value], chain=svc.chain(db, entry),
                  children=svc.children(db, entry.id), reviews=svc.reviews(db, entry.id),
                  requests=svc.requests(db, entry.id), databases=svc.databases_of(db, entry),
                  permissions=list(svc.Permission), end=end, end_subcontractors=svc.subcontractors_to_confirm(
                      db, entry.id), end_overdue=any(c.id == entry.id for c, _ in svc.disposals_to_confirm(db)),
                  methods=list(svc.DisposalMethod), evidence_kinds=list(svc.EvidenceKind),
                  end_outcomes=list(svc.EndOutcome))


@router.get("/contractors/{contractor_id}")
def contractor_detail(request: Request, contractor_id: int, db: DB,
                      _: Annotated[User, Depends(require(P.CONTRACTORS_READ))], saved: bool = False) -> Response:
    return _detail(request, db, svc.get(db, contractor_id), saved=saved)


@router.get("/contractors/{contractor_id}/edit")
def contractor_edit(request: Request, contractor_id: int, db: DB,
                    _: Annotated[User, Depends(require(P.CONTRACTORS_WRITE))]) -> Response:
    entry = svc.get(db, contractor_id)
    values = {k: ("" if v is None else v) for k, v in svc.snapshot(entry).items()}
    return render(request, FORM, values=values, errors={}, entry=entry, **_choices(db))


@router.post("/contractors/{contractor_id}/edit")
async def contractor_update(request: Request, contractor_id: int, db: DB,
                            actor: Annotated[User, Depends(require(P.CONTRACTORS_WRITE))]) -> Response:
    entry = svc.get(db, contractor_id)
    values, data = _input(await request.form())
    _, problems = attempt(lambda: svc.update(db, actor, contractor_id, svc.ContractorUpdate.model_validate(data)))
    if problems:
        if any(p.code == "stale_version" for p in problems):
            values["version"] = str(entry.version)
        return form_error(request, FORM, problems, values, entry=entry, **_choices(db))
    db.commit()
    return redirect_to(f"/contractors/{contractor_id}?saved=1")


async def _action(request: Request, db: Any, contractor_id: int, form_name: str, call: Any) -> Response:  # noqa: ANN401
    svc.get(db, contractor_id)
    form = await request.form()
    values = text_fields(form)
    data = {k: (None if k in DATES and not str(v).strip() else v) for k, v in values.items()}
    if form_name == "reentrust":
        data["written_report"] = values["written_report"] = form.get("written_report") in ("on", "true", "1")
    if form_name in ("end", "end_update"):
        data["database_ids"] = form.getlist("end_database_ids")
        values["end_database_ids"] = [str(i) for i in data["database_ids"]]
        data.pop("end_database_ids", None)
        data["note"] = data.pop("end_note", "")
    result, problems = attempt(lambda: call(data))
    if not problems:
        db.commit()
        anchor = f"#reentrust-{result.id}" if form_name == "reentrust" else (
            "#contract-end" if form_name.startswith("end") else "")
        return redirect_to(f"/contractors/{contractor_id}?saved=1{anchor}")
    db.rollback()
    return _detail(request, db, svc.get(db, contractor_id), 422, by_field(problems, language(request)), values,
                   form=form_name)


@router.post("/contractors/{contractor_id}/reviews")
async def contractor_review(request: Request, contractor_id: int, db: DB,
                            actor: Annotated[User, Depends(require(P.CONTRACTORS_WRITE))]) -> Response:
    return await _action(request, db, contractor_id, "review",
                         lambda v: svc.add_review(db, actor, contractor_id, svc.ReviewIn.model_validate(v)))


@router.post("/contractors/{contractor_id}/reentrust")
async def contractor_reentrust(request: Request, contractor_id: int, db: DB,
                               actor: Annotated[User, Depends(require(P.CONTRACTORS_WRITE))]) -> Response:
    return await _action(request, db, contractor_id, "reentrust",
                         lambda v: svc.request_reentrustment(db, actor, contractor_id,
                                                             svc.ReentrustIn.model_validate(v)))


@router.post("/contractors/{contractor_id}/end")
async def contractor_end(request: Request, contractor_id: int, db: DB,
                         actor: Annotated[User, Depends(require(P.CONTRACTORS_WRITE))]) -> Response:
    """契約終了・返却/廃棄の確認: record the end of the contract once."""
    return await _action(request, db, contractor_id, "end",
                         lambda v: svc.end_contract(db, actor, contractor_id, svc.ContractEndIn.model_validate(v)))


@router.post("/contractors/{contractor_id}/end/update")
async def contractor_end_update(request: Request, contractor_id: int, db: DB,
                                actor: Annotated[User, Depends(require(P.CONTRACTORS_WRITE))]) -> Response:
    """Complete a pending or problem contract-end record (e.g. the certificate has arrived)."""
    return await _action(request, db, contractor_id, "end_update",
                         lambda v: svc.update_end(db, actor, contractor_id, svc.ContractEndUpdate.model_validate(v)))


@router.get("/contractors/{contractor_id}/history")
def contractor_history(request: Request, contractor_id: int, db: DB,
                       _: Annotated[User, Depends(require(P.CONTRACTORS_READ))]) -> Response:
    return render(request, "contractors/history.html", entry=svc.get(db, contractor_id),
                  revisions=svc.history(db, contractor_id), end_revisions=svc.end_history(db, contractor_id))
