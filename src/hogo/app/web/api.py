"""The JSON API (``/api/v1``). Errors: ``{"errors": [{"field", "code", "message", "message_en"}]}``.

Clients authenticate with the session cookie: ``GET /api/v1/session`` gives the CSRF token to send as
``X-CSRF-Token`` on every POST/PUT/DELETE; ``POST /api/v1/session`` logs in (and returns a new token).
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from hogo.app import accounts, audit, consents, register, register_classification, register_csv, register_review
from hogo.app.errors import FieldError
from hogo.app.models import AuditEntry, User
from hogo.app.permissions import Permission as P
from hogo.app.problems import ProblemReport
from hogo.app.web.deps import current_csrf, get_db, optional_user, require

router = APIRouter(prefix="/api/v1", tags=["api"])
DB = Annotated[Session, Depends(get_db)]
ERRORS = {code: {"model": ProblemReport} for code in (401, 403, 404, 409, 422)}


class SessionOut(BaseModel):
    set_up: bool
    csrf_token: str
    user: accounts.UserOut | None


class LoginIn(BaseModel):
    username: str
    password: str


class AuditEntryOut(BaseModel):
    seq: int
    at: str
    actor_id: int | None
    action: str
    target_type: str
    target_id: str | None
    details: dict[str, object]
    hash: str


class VerifyOut(BaseModel):
    ok: bool
    entries: int
    broken_seq: int | None
    problem: str


class ImportOut(BaseModel):
    imported: int
    ids: list[int]


def _session_out(request: Request, db: Session, user: User | None) -> SessionOut:
    return SessionOut(set_up=accounts.is_set_up(db), csrf_token=current_csrf(request),
                      user=accounts.UserOut.model_validate(user) if user else None)


@router.get("/session", response_model=SessionOut)
def get_session_info(request: Request, db: DB, user: Annotated[User | None, Depends(optional_user)]) -> SessionOut:
    """Who is logged in, and the CSRF token for this browser."""
    return _session_out(request, db, user)


@router.post("/session", response_model=SessionOut, responses=ERRORS)
def login(request: Request, body: LoginIn, db: DB) -> SessionOut:
    try:
        user = accounts.authenticate(db, body.username, body.password)
    except FieldError:
        db.commit()  # keep the audit entry of the refused attempt
        raise
    if user is None:
        db.commit()  # keep the audit entry of the failed attempt
        raise FieldError("login", "login_failed", 401)
    request.state.new_token = accounts.open_session(db, user)
    db.commit()
    return _session_out(request, db, user)


@router.delete("/session", status_code=204)
def logout(request: Request, db: DB, user: Annotated[User, Depends(require(P.SELF))]) -> Response:
    accounts.close_session(db, request.state.token, user)
    db.commit()
    return Response(status_code=204)


@router.post("/setup", response_model=SessionOut, status_code=201, responses=ERRORS)
def setup(request: Request, body: accounts.SetupIn, db: DB) -> SessionOut:
    """First-run setup: organisation profile and first administrator (refused once done); logs them in."""
    user = accounts.run_setup(db, body)
    request.state.new_token = accounts.open_session(db, user)
    db.commit()
    return _session_out(request, db, user)


@router.get("/organisation", response_model=accounts.OrganisationOut | None)
def get_organisation(db: DB, _: Annotated[User, Depends(require(P.SELF))]) -> object:
    return accounts.organisation(db)


@router.put("/organisation", response_model=accounts.OrganisationOut, responses=ERRORS)
def update_organisation(body: accounts.OrganisationIn, db: DB,
                        actor: Annotated[User, Depends(require(P.ORGANISATION_MANAGE))]) -> object:
    org = accounts.update_organisation(db, actor, body)
    db.commit()
    return org


@router.get("/users", response_model=list[accounts.UserOut])
def list_users(db: DB, _: Annotated[User, Depends(require(P.USERS_MANAGE))]) -> object:
    return db.scalars(select(User).order_by(User.id)).all()


@router.post("/users", response_model=accounts.UserOut, status_code=201, responses=ERRORS)
def create_user(body: accounts.UserIn, db: DB, actor: Annotated[User, Depends(require(P.USERS_MANAGE))]) -> object:
    user = accounts.create_user(db, actor, body)
    db.commit()
    return user


@router.put("/users/{user_id}", response_model=accounts.UserOut, responses=ERRORS)
def update_user(user_id: int, body: accounts.UserUpdate, db: DB,
                actor: Annotated[User, Depends(require(P.USERS_MANAGE))]) -> object:
    """Change an account (name, role, active) or reset its password; ends its sessions when deactivated."""
    user = accounts.update_user(db, actor, user_id, body)
    db.commit()
    return user


@router.post("/me/password", status_code=204, responses=ERRORS)
def change_password(request: Request, body: accounts.PasswordChange, db: DB,
                    user: Annotated[User, Depends(require(P.SELF))]) -> Response:
    accounts.change_password(db, user, body, request.state.token)
    db.commit()
    return Response(status_code=204)


@router.get("/register", response_model=list[register.PersonalDatabaseOut])
def list_register(db: DB, _: Annotated[User, Depends(require(P.REGISTER_READ))], q: str = "",
                  limit: Annotated[int, Query(ge=1, le=1000)] = 500,
                  offset: Annotated[int, Query(ge=0)] = 0) -> object:
    return register.search(db, q, limit, offset)


@router.post("/register", response_model=register.PersonalDatabaseOut, status_code=201, responses=ERRORS)
def create_entry(body: register.PersonalDatabaseIn, db: DB,
                 actor: Annotated[User, Depends(require(P.REGISTER_WRITE))]) -> object:
    entry = register.create(db, actor, body)
    db.commit()
    return entry


@router.get("/register.csv", response_class=Response, responses={200: {"content": {"text/csv": {}}}})
def export_register(db: DB, _: Annotated[User, Depends(require(P.REGISTER_EXPORT))],
                    encoding: Literal["utf-8", "cp932"] = "utf-8") -> Response:
    """The register as CSV; ``encoding=cp932`` for Excel's Shift_JIS."""
    return csv_response(register_csv.export_csv(register.search(db, limit=10**9), encoding), encoding, "register.csv")


def csv_response(data: bytes, encoding: str, filename: str) -> Response:
    """CSV bytes as a download (charset Shift_JIS for CP932)."""
    charset = "Shift_JIS" if encoding == "cp932" else "utf-8"
    return Response(data, media_type=f"text/csv; charset={charset}",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@router.post("/register/import", response_model=ImportOut, responses=ERRORS)
def import_register(db: DB, actor: Annotated[User, Depends(require(P.REGISTER_IMPORT))],
                    file: Annotated[UploadFile, File()],
                    encoding: Annotated[Literal["auto", "utf-8", "cp932"], Form()] = "auto") -> object:
    """All-or-nothing CSV import; 422 lists every wrong row and field (``row`` = spreadsheet row number)."""
    text = register_csv.decode(file.file.read(), encoding)
    try:
        entries = register_csv.import_csv(db, actor, text)
    except register_csv.ImportRefused as refused:
        db.rollback()
        return JSONResponse({"errors": [p.as_dict() for p in refused.problems]}, status_code=422)
    db.commit()
    return ImportOut(imported=len(entries), ids=[e.id for e in entries])


@router.get("/register/{entry_id}", response_model=register.PersonalDatabaseOut, responses=ERRORS)
def get_entry(entry_id: int, db: DB, _: Annotated[User, Depends(require(P.REGISTER_READ))]) -> object:
    return register.get(db, entry_id)


@router.put("/register/{entry_id}", response_model=register.PersonalDatabaseOut, responses=ERRORS)
def update_entry(entry_id: int, body: register.PersonalDatabaseUpdate, db: DB,
                 actor: Annotated[User, Depends(require(P.REGISTER_WRITE))]) -> object:
    """Edit an entry; ``version`` must be the current one (409 otherwise: someone saved first)."""
    entry = register.update(db, actor, entry_id, body)
    db.commit()
    return entry


@router.get("/register/{entry_id}/review", response_model=register_review.Review, responses=ERRORS)
def review_entry(entry_id: int, db: DB, _: Annotated[User, Depends(require(P.REGISTER_READ))]) -> object:
    """What the law asks of this entry (要配慮, 1,000人超, 特定個人情報, 外国提供, 委託 …), with articles."""
    return register_review.review_entry(register.get(db, entry_id), consents.today_in_japan())


@router.get("/register/{entry_id}/classification", response_model=register_classification.Classification,
            responses=ERRORS)
def classify_entry(entry_id: int, db: DB, _: Annotated[User, Depends(require(P.REGISTER_READ))]) -> object:
    """The ``classify`` judgement of this entry (facts from its items), and where the ticked categories disagree."""
    return register_classification.classify_entry(register.get(db, entry_id), consents.today_in_japan())


@router.get("/register/{entry_id}/history", response_model=list[register.RevisionOut], responses=ERRORS)
def entry_history(entry_id: int, db: DB, _: Annotated[User, Depends(require(P.REGISTER_READ))]) -> object:
    return register.history(db, entry_id)


@router.get("/consents", response_model=list[consents.ConsentOut])
def list_consents(db: DB, _: Annotated[User, Depends(require(P.CONSENT_READ))], q: str = "",
                  active_only: bool = False, database_id: int | None = None,
                  limit: Annotated[int, Query(ge=1, le=1000)] = 500,
                  offset: Annotated[int, Query(ge=0)] = 0) -> object:
    return [consents.out(c) for c in consents.search(db, q, active_only, database_id, limit, offset)]


@router.post("/consents", response_model=consents.ConsentOut, status_code=201, responses=ERRORS)
def create_consent(body: consents.ConsentIn, db: DB,
                   actor: Annotated[User, Depends(require(P.CONSENT_WRITE))]) -> object:
    consent = consents.create(db, actor, body)
    db.commit()
    return consents.out(consent)


@router.get("/consents/{consent_id}", response_model=consents.ConsentOut, responses=ERRORS)
def get_consent(consent_id: int, db: DB, _: Annotated[User, Depends(require(P.CONSENT_READ))]) -> object:
    return consents.out(consents.get(db, consent_id))


@router.put("/consents/{consent_id}", response_model=consents.ConsentOut, responses=ERRORS)
def update_consent(consent_id: int, body: consents.ConsentUpdate, db: DB,
                   actor: Annotated[User, Depends(require(P.CONSENT_WRITE))]) -> object:
    consent = consents.update(db, actor, consent_id, body)
    db.commit()
    return consents.out(consent)


@router.post("/consents/{consent_id}/withdraw", response_model=consents.ConsentOut, responses=ERRORS)
def withdraw_consent(consent_id: int, body: consents.WithdrawIn, db: DB,
                     actor: Annotated[User, Depends(require(P.CONSENT_WRITE))]) -> object:
    """Record that the person withdrew consent (撤回) on ``withdrawn_on``; the record is kept."""
    consent = consents.withdraw(db, actor, consent_id, body)
    db.commit()
    return consents.out(consent)


@router.get("/consents/{consent_id}/history", response_model=list[register.RevisionOut], responses=ERRORS)
def consent_history(consent_id: int, db: DB, _: Annotated[User, Depends(require(P.CONSENT_READ))]) -> object:
    return consents.history(db, consent_id)


@router.get("/audit", response_model=list[AuditEntryOut])
def list_audit(db: DB, _: Annotated[User, Depends(require(P.AUDIT_READ))],
               after: Annotated[int, Query(ge=0)] = 0, limit: Annotated[int, Query(ge=1, le=1000)] = 200) -> object:
    entries = db.scalars(select(AuditEntry).where(AuditEntry.seq > after).order_by(AuditEntry.seq).limit(limit))
    return [AuditEntryOut(seq=e.seq, at=e.at.isoformat(), actor_id=e.actor_id, action=e.action,
                          target_type=e.target_type, target_id=e.target_id, details=e.details, hash=e.hash)
            for e in entries]


@router.get("/audit/verify", response_model=VerifyOut)
def verify_audit(db: DB, _: Annotated[User, Depends(require(P.AUDIT_READ))]) -> VerifyOut:
    result = audit.verify(db)
    return VerifyOut(ok=result.ok, entries=result.entries, broken_seq=result.broken_seq, problem=result.problem)
