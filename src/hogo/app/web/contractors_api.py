"""JSON API of the contractor register (委託先, 個人情報保護法第25条 / 番号法第10条・第11条) under
``/api/v1/contractors``.

Thin routes over :mod:`hogo.app.contractors`, the same services as the pages: the selection checks (選定時の確認)
and contract clauses (委託契約の条項) are the ``selection_checks`` and ``clauses`` of create/update (catalogue:
``GET /api/v1/contractors/catalogue``) and every save stores the assessment (``evaluation``: outcome, reasons with
citations, law version); periodic reviews (取扱状況の把握・見直し); re-entrustment requests (再委託) decided by the
``mynumber-entrust`` judgement (特定個人情報: only the 許諾 of the original entruster 最初の委託者 allows it, at every
level) or ``review_appi_reentrustment`` (個人データ: 許諾 and a written report). A refused request is kept with the
decision's reasons and registers nobody, exactly as in the pages. The end of the contract (委託契約終了後の返却・
削除の確認): ``POST/PUT/GET /api/v1/contractors/{id}/end`` — how the data were returned, deleted or destroyed and
the evidence checked (証明書等); recorded once, a pending or problem record is completed with PUT.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Depends
from pydantic import BaseModel, ConfigDict

from hogo.app import contractors as svc
from hogo.app import register
from hogo.app.models import User
from hogo.app.permissions import Permission as P
from hogo.app.web.api import ERRORS
from hogo.app.web.deps import require
from hogo.app.web.pages import DB

router = APIRouter(prefix="/api/v1", tags=["contractors"], responses=ERRORS)
READ = Annotated[User, Depends(require(P.CONTRACTORS_READ))]
WRITE = Annotated[User, Depends(require(P.CONTRACTORS_WRITE))]


class CatalogueItemOut(BaseModel):
    """One selection check or contract clause: id, text in both languages, required or desirable, source."""

    model_config = ConfigDict(from_attributes=True)

    id: str
    ja: str
    en: str
    required: bool
    source: str


class CatalogueOut(BaseModel):
    selection_checks: list[CatalogueItemOut]
    clauses: dict[str, list[CatalogueItemOut]]  # by regime: appi ①〜⑧ / mynumber 8 mandatory + 2 desirable


class ContractorOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    service: str
    regime: svc.Regime
    parent_id: int | None
    tier: int  # 1 = 直接の委託先 (乙), 2+ = 再委託先 (丙, 丁 …)
    contact: str
    contract_start: dt.date | None
    contract_end: dt.date | None
    database_ids: list[int]
    selection_checks: list[str]
    selected_on: dt.date | None
    clauses: list[str]
    monitors_subcontractors: bool
    last_reviewed_on: dt.date | None
    next_review_on: dt.date | None
    evaluation: dict[str, Any]  # the decision: outcome, missing, reasons (citations), law_version, as_of
    notes: str
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime


class ReviewOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    reviewed_on: dt.date
    result: str  # ok 問題なし / improve 改善を求めた / terminate 委託の見直し
    note: str
    next_review_on: dt.date
    actor_id: int | None
    created_at: dt.datetime


class ReentrustmentOut(BaseModel):
    """A re-entrustment request and the decision on it (``outcome`` allow / forbid, ``decision`` with reasons);
    ``child_id`` is the re-entrustee registered when allowed."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    contractor_id: int
    subcontractor_name: str
    service: str
    requested_on: dt.date
    permission: svc.Permission
    permission_by: str
    permitted_on: dt.date | None
    written_report: bool
    outcome: str
    decision: dict[str, Any]
    child_id: int | None
    actor_id: int | None
    created_at: dt.datetime


class ContractEndOut(BaseModel):
    """The end of a contract: method (return / deletion / destruction / mixed), the data concerned (register
    entry ids), the evidence (kind, document number, received on, checked by), the outcome and a note."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    contractor_id: int
    ended_on: dt.date
    method: svc.DisposalMethod
    database_ids: list[int]
    evidence_kind: svc.EvidenceKind
    document_ref: str
    received_on: dt.date | None
    checked_by: str
    outcome: svc.EndOutcome
    note: str
    actor_id: int | None
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime


class ContractorDetail(ContractorOut):
    chain: list[int]  # ids from our direct contractor down to this one (乙 → 丙 → 丁)
    children: list[int]  # its re-entrustees
    reviews: list[ReviewOut]  # newest first
    reentrustments: list[ReentrustmentOut]  # newest first
    end: ContractEndOut | None  # the contract-end record (返却・削除の確認), if the contract was ended
    end_subcontractors: list[int]  # re-entrustees of an ended contract whose return/deletion is not confirmed


def _detail(db: Any, entry: svc.Contractor) -> ContractorDetail:  # noqa: ANN401
    return ContractorDetail.model_validate({
        **ContractorOut.model_validate(entry).model_dump(),
        "chain": [c.id for c in svc.chain(db, entry)], "children": [c.id for c in svc.children(db, entry.id)],
        "reviews": [ReviewOut.model_validate(r) for r in svc.reviews(db, entry.id)],
        "reentrustments": [ReentrustmentOut.model_validate(r) for r in svc.requests(db, entry.id)],
        "end": None if (end := svc.end_of(db, entry.id)) is None else ContractEndOut.model_validate(end),
        "end_subcontractors": [c.id for c in svc.subcontractors_to_confirm(db, entry.id)]})


@router.get("/contractors", response_model=list[ContractorOut])
def list_contractors(db: DB, _: READ) -> object:
    """Every contractor and re-entrustee, direct contractors first."""
    return [ContractorOut.model_validate(c) for c in svc.search(db)]


@router.get("/contractors/catalogue", response_model=CatalogueOut)
def catalogue(_: READ) -> CatalogueOut:
    """The selection checks and the contract clauses per regime (the ids ``selection_checks``/``clauses`` take)."""
    return CatalogueOut(selection_checks=[CatalogueItemOut.model_validate(c) for c in svc.SELECTION_CHECKS],
                        clauses={regime: [CatalogueItemOut.model_validate(c) for c in items]
                                 for regime, items in svc.CLAUSES.items()})


@router.post("/contractors", response_model=ContractorDetail, status_code=201)
def create_contractor(body: svc.ContractorIn, db: DB, actor: WRITE) -> object:
    """Register a direct contractor with its selection checks and clauses; the assessment is stored with it.
    The My Number handler may register only ``mynumber`` contractors (403, field ``regime``)."""
    entry = svc.create(db, actor, body)
    db.commit()
    return _detail(db, entry)


@router.get("/contractors/{contractor_id}", response_model=ContractorDetail)
def get_contractor(contractor_id: int, db: DB, _: READ) -> object:
    return _detail(db, svc.get(db, contractor_id))


@router.put("/contractors/{contractor_id}", response_model=ContractorDetail)
def update_contractor(contractor_id: int, body: svc.ContractorUpdate, db: DB, actor: WRITE) -> object:
    """Edit (``version`` as last read, 409 if stale); the assessment is taken again."""
    entry = svc.update(db, actor, contractor_id, body)
    db.commit()
    return _detail(db, entry)


@router.post("/contractors/{contractor_id}/reviews", response_model=ContractorDetail, status_code=201)
def add_review(contractor_id: int, body: svc.ReviewIn, db: DB, actor: WRITE) -> object:
    """A periodic review ``{reviewed_on, result, note, next_review_on, version}``; moves the next review date and
    re-runs the assessment. Returns the contractor (new ``version``)."""
    svc.add_review(db, actor, contractor_id, body)
    db.commit()
    return _detail(db, svc.get(db, contractor_id))


@router.post("/contractors/{contractor_id}/reentrust", response_model=ReentrustmentOut, status_code=201)
def request_reentrustment(contractor_id: int, body: svc.ReentrustIn, db: DB, actor: WRITE) -> object:
    """Decide a re-entrustment request (再委託). The request is kept either way (201): ``outcome`` ``forbid`` with
    the reasons when the 許諾 is missing (特定個人情報: only the original entruster's), nobody registered;
    ``allow`` registers the re-entrustee under the contractor (``child_id``)."""
    request = svc.request_reentrustment(db, actor, contractor_id, body)
    db.commit()
    return ReentrustmentOut.model_validate(request)


@router.post("/contractors/{contractor_id}/end", response_model=ContractorDetail, status_code=201)
def end_contract(contractor_id: int, body: svc.ContractEndIn, db: DB, actor: WRITE) -> object:
    """Record the end of the contract and the return/deletion of the data (once; 409 ``contractors_already_ended``).
    ``outcome`` ``confirmed`` needs the evidence (``evidence_kind``, ``received_on`` ≥ ``ended_on``, ``checked_by``);
    for My Number contractors a deletion or destruction is confirmed only by a ``certificate`` with its
    ``document_ref``. ``database_ids`` empty: all the contractor's data. Returns the contractor."""
    svc.end_contract(db, actor, contractor_id, body)
    db.commit()
    return _detail(db, svc.get(db, contractor_id))


@router.put("/contractors/{contractor_id}/end", response_model=ContractorDetail)
def update_end(contractor_id: int, body: svc.ContractEndUpdate, db: DB, actor: WRITE) -> object:
    """Complete a pending or problem record (``version`` of the record, 409 if stale); a confirmed one is final
    (409 ``contractors_end_final``)."""
    svc.update_end(db, actor, contractor_id, body)
    db.commit()
    return _detail(db, svc.get(db, contractor_id))


@router.get("/contractors/{contractor_id}/end", response_model=ContractEndOut)
def get_end(contractor_id: int, db: DB, _: READ) -> object:
    """The contract-end record (404 if the contract has not been ended)."""
    svc.get(db, contractor_id)
    end = svc.end_of(db, contractor_id)
    if end is None:
        raise svc.NotFound()
    return ContractEndOut.model_validate(end)


@router.get("/contractors/{contractor_id}/history", response_model=list[register.RevisionOut])
def contractor_history(contractor_id: int, db: DB, _: READ) -> object:
    """Every saved version (snapshot with the assessment's outcome), newest first."""
    return svc.history(db, contractor_id)
