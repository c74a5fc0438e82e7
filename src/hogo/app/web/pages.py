"""The server-rendered UI (Jinja2 + HTMX), Japanese first. Forms keep what the user typed on error."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.datastructures import FormData, UploadFile

from hogo.app import accounts, audit, consents, register, register_classification, register_csv, register_review
from hogo.app.errors import FieldError
from hogo.app.i18n import LANGUAGES, translate
from hogo.app.models import AuditEntry, DataCategory, OrganisationType, Role, StorageMedium, User
from hogo.app.permissions import Permission as P
from hogo.app.permissions import allowed
from hogo.app.problems import Problem, by_field, from_field_error, from_validation, problem
from hogo.app.web.deps import LANGUAGE_COOKIE, current_csrf, get_db, language, require

T = TypeVar("T")
router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).parent.parent / "templates")
DB = Annotated[Session, Depends(get_db)]
LIST_FIELDS = register.LIST_FIELDS


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:  # noqa: ANN401
    lang = language(request)
    user: User | None = getattr(request.state, "user", None) or context.pop("user", None)
    return templates.TemplateResponse(request, name, status_code=status, context={
        "lang": lang, "t": lambda key, **kw: translate(lang, key, **kw), "csrf": current_csrf(request),
        "user": user, "can": (lambda perm: user is not None and allowed(user.role, P(perm))),
        "categories": list(DataCategory), "media": list(StorageMedium), "roles": list(Role),
        "organisation_types": list(OrganisationType), **context})


def error_page(request: Request, status: int, key: str) -> HTMLResponse:
    return render(request, "error.html", status, message_key=key)


def redirect_to(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def _safe_next(target: str | None) -> str:
    return target if target and target.startswith("/") and not target.startswith("//") else "/"


def text_fields(form: FormData) -> dict[str, Any]:
    """The form's text fields as typed (without the CSRF token)."""
    return {k: v for k, v in form.items() if isinstance(v, str) and k != "csrf_token"}


def attempt(action: Callable[[], T]) -> tuple[T | None, list[Problem]]:
    """Run a service call for a form: its result, or the problems it raised (invalid input or a refusal)."""
    try:
        return action(), []
    except ValidationError as exc:
        return None, from_validation(exc.errors())
    except FieldError as exc:
        return None, from_field_error(exc)


def _form_values(form: FormData) -> dict[str, Any]:
    """What the user typed, for re-display: lists as the textarea text, checkboxes as lists/bools."""
    values = text_fields(form)
    values["categories"] = form.getlist("categories")
    values["cross_border"] = form.get("cross_border") in ("on", "true", "1")
    return values


def number_text(text: str) -> str:
    """A number as typed in Japan: full-width digits (１２０) and separators (1,200 / 1，200) accepted."""
    return unicodedata.normalize("NFKC", text).replace(",", "").strip()


def _register_input(values: dict[str, Any]) -> dict[str, Any]:
    data = dict(values)
    data["persons_count"] = number_text(str(values.get("persons_count", "")))
    data["disposal_due"] = str(values.get("disposal_due", "")).strip() or None
    data["opt_out_start_date"] = str(values.get("opt_out_start_date", "")).strip() or None
    for field in LIST_FIELDS:
        if field != "categories":
            data[field] = [line.strip() for line in str(values.get(field, "")).splitlines() if line.strip()]
    return data


def _entry_values(entry: Any) -> dict[str, Any]:  # noqa: ANN401
    values = register.PersonalDatabaseOut.model_validate(entry).model_dump(mode="json")
    values["disposal_due"] = values.get("disposal_due") or ""
    values["opt_out_start_date"] = values.get("opt_out_start_date") or ""
    for field in LIST_FIELDS:
        if field != "categories":
            values[field] = "\n".join(values[field])
    return values


@router.get("/setup")
def setup_form(request: Request, db: DB) -> Response:
    if accounts.is_set_up(db):
        return redirect_to("/login")
    return render(request, "setup.html", values={"organisation_type": "school"}, errors={})


@router.post("/setup")
async def setup_submit(request: Request, db: DB) -> Response:
    values = text_fields(await request.form())
    data = values | {"employees": number_text(values.get("employees", ""))}
    user, problems = attempt(lambda: accounts.run_setup(db, accounts.SetupIn.model_validate(data)))
    if user is None:
        return form_error(request, "setup.html", problems, values)
    request.state.new_token = accounts.open_session(db, user)
    db.commit()
    return redirect_to("/")


def form_error(request: Request, template: str, problems: list[Problem], values: dict[str, Any],
                **context: Any) -> HTMLResponse:  # noqa: ANN401
    values.pop("password", None)  # never echo a password back
    return render(request, template, 422, values=values, errors=by_field(problems, language(request)), **context)


@router.get("/login")
def login_form(request: Request, db: DB, next: str = "/") -> Response:  # noqa: A002
    if not accounts.is_set_up(db):
        return redirect_to("/setup")
    return render(request, "login.html", values={"next": _safe_next(next)}, errors={})


@router.post("/login")
async def login_submit(request: Request, db: DB) -> Response:
    form = await request.form()
    username, password = str(form.get("username", "")), str(form.get("password", ""))
    user = accounts.authenticate(db, username, password)
    if user is None:
        db.commit()
        return form_error(request, "login.html", [problem("login", "login_failed")],
                           {"username": username, "next": str(form.get("next", "/"))})
    request.state.new_token = accounts.open_session(db, user)
    db.commit()
    return redirect_to(_safe_next(str(form.get("next", "/"))))


@router.post("/logout")
def logout(request: Request, db: DB, user: Annotated[User, Depends(require(P.SELF))]) -> Response:
    accounts.close_session(db, request.state.token, user)
    db.commit()
    return redirect_to("/login")


@router.get("/lang/{language}")
def switch_language(language: str, next: str = "/") -> Response:  # noqa: A002
    response = redirect_to(_safe_next(next))
    if language in LANGUAGES:
        response.set_cookie(LANGUAGE_COOKIE, language, max_age=365 * 86400, samesite="lax", path="/")
    return response


@router.get("/register")
def register_list(request: Request, db: DB, _: Annotated[User, Depends(require(P.REGISTER_READ))],
                  q: str = "") -> Response:
    return render(request, "register_list.html", entries=register.search(db, q), q=q)


@router.get("/register/new")
def register_new(request: Request, _: Annotated[User, Depends(require(P.REGISTER_WRITE))]) -> Response:
    return render(request, "register_form.html", values={"storage_medium": "electronic", "categories": ["personal"]},
                  errors={}, entry=None)


@router.post("/register/new")
async def register_create(request: Request, db: DB,
                          actor: Annotated[User, Depends(require(P.REGISTER_WRITE))]) -> Response:
    values = _form_values(await request.form())
    data = register.PersonalDatabaseIn
    entry, problems = attempt(lambda: register.create(db, actor, data.model_validate(_register_input(values))))
    if entry is None:
        return form_error(request, "register_form.html", problems, values, entry=None)
    db.commit()
    return redirect_to(f"/register/{entry.id}?saved=1")


@router.get("/register/import")
def register_import_form(request: Request, _: Annotated[User, Depends(require(P.REGISTER_IMPORT))]) -> Response:
    return render(request, "register_import.html", row_problems=[], errors={}, values={"encoding": "auto"})


@router.post("/register/import")
async def register_import(request: Request, db: DB,
                          actor: Annotated[User, Depends(require(P.REGISTER_IMPORT))]) -> Response:
    form = await request.form()
    upload, encoding = form.get("file"), str(form.get("encoding", "auto"))
    values = {"encoding": encoding}
    if not isinstance(upload, UploadFile) or not upload.filename:
        return form_error(request, "register_import.html", [problem("file", "missing")], values, row_problems=[])
    try:
        text = register_csv.decode(await upload.read(), encoding if encoding in ("utf-8", "cp932") else "auto")
        entries = register_csv.import_csv(db, actor, text)
    except FieldError as exc:
        return form_error(request, "register_import.html", from_field_error(exc), values, row_problems=[])
    except register_csv.ImportRefused as refused:
        db.rollback()
        return render(request, "register_import.html", 422, row_problems=refused.problems, errors={}, values=values)
    db.commit()
    return render(request, "register_import.html", imported=len(entries), row_problems=[], errors={}, values=values)


@router.get("/register/{entry_id}")
def register_detail(request: Request, entry_id: int, db: DB,
                    _: Annotated[User, Depends(require(P.REGISTER_READ))], saved: bool = False) -> Response:
    entry = register.get(db, entry_id)
    today = consents.today_in_japan()
    return render(request, "register_detail.html", entry=entry, saved=saved,
                  review=register_review.review_entry(entry, today),
                  classification=register_classification.classify_entry(entry, today))


@router.get("/register/{entry_id}/edit")
def register_edit(request: Request, entry_id: int, db: DB,
                  _: Annotated[User, Depends(require(P.REGISTER_WRITE))]) -> Response:
    entry = register.get(db, entry_id)
    return render(request, "register_form.html", values=_entry_values(entry), errors={}, entry=entry)


@router.post("/register/{entry_id}/edit")
async def register_update(request: Request, entry_id: int, db: DB,
                          actor: Annotated[User, Depends(require(P.REGISTER_WRITE))]) -> Response:
    entry = register.get(db, entry_id)
    values = _form_values(await request.form())
    data = register.PersonalDatabaseUpdate
    _, problems = attempt(lambda: register.update(db, actor, entry_id, data.model_validate(_register_input(values))))
    if problems:
        if any(p.code == "stale_version" for p in problems):  # keep their text; saving again replaces the newer one
            values["version"] = str(entry.version)
        return form_error(request, "register_form.html", problems, values, entry=entry)
    db.commit()
    return redirect_to(f"/register/{entry_id}?saved=1")


@router.get("/register/{entry_id}/history")
def register_history(request: Request, entry_id: int, db: DB,
                     _: Annotated[User, Depends(require(P.REGISTER_READ))]) -> Response:
    return render(request, "register_history.html", entry=register.get(db, entry_id),
                  revisions=register.history(db, entry_id))


@router.get("/audit")
def audit_page(request: Request, db: DB, _: Annotated[User, Depends(require(P.AUDIT_READ))]) -> Response:
    entries = db.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(200)).all()
    return render(request, "audit.html", entries=entries, result=audit.verify(db))


@router.get("/users")
def users_page(request: Request, db: DB, _: Annotated[User, Depends(require(P.USERS_MANAGE))]) -> Response:
    return render(request, "users.html", users=db.scalars(select(User).order_by(User.id)).all(),
                  values={"role": "staff"}, errors={})


@router.post("/users")
async def users_create(request: Request, db: DB,
                       actor: Annotated[User, Depends(require(P.USERS_MANAGE))]) -> Response:
    values = text_fields(await request.form())
    _, problems = attempt(lambda: accounts.create_user(db, actor, accounts.UserIn.model_validate(values)))
    if not problems:
        db.commit()
        return redirect_to("/users?created=1")
    return form_error(request, "users.html", problems, values, users=db.scalars(select(User).order_by(User.id)).all())


@router.get("/users/{user_id}")
def user_edit(request: Request, user_id: int, db: DB, _: Annotated[User, Depends(require(P.USERS_MANAGE))]) -> Response:
    target = accounts.get_user(db, user_id)
    values = {"display_name": target.display_name, "role": target.role.value, "active": target.active}
    return render(request, "user_form.html", target=target, values=values, errors={})


@router.post("/users/{user_id}")
async def user_update(request: Request, user_id: int, db: DB,
                      actor: Annotated[User, Depends(require(P.USERS_MANAGE))]) -> Response:
    target = accounts.get_user(db, user_id)
    form = await request.form()
    values = text_fields(form) | {"active": form.get("active") in ("on", "true", "1")}
    _, problems = attempt(lambda: accounts.update_user(db, actor, user_id, accounts.UserUpdate.model_validate(values)))
    if not problems:
        db.commit()
        return redirect_to("/users")
    return form_error(request, "user_form.html", problems, values, target=target)


@router.get("/account")
def account_page(request: Request, _: Annotated[User, Depends(require(P.SELF))], changed: bool = False) -> Response:
    return render(request, "account.html", values={}, errors={}, changed=changed)


@router.post("/account")
async def account_change_password(request: Request, db: DB,
                                  user: Annotated[User, Depends(require(P.SELF))]) -> Response:
    values = text_fields(await request.form())
    token = request.state.token
    _, problems = attempt(lambda: accounts.change_password(db, user, accounts.PasswordChange.model_validate(values),
                                                           token))
    if not problems:
        db.commit()
        return redirect_to("/account?changed=1")
    return render(request, "account.html", 422, values={}, errors=by_field(problems, language(request)),
                  changed=False)
