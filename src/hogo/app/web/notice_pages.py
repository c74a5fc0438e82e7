"""The public notice (公表事項) pages and the organisation profile form that feeds it."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from pydantic import BaseModel

from hogo.app import accounts, notice, register
from hogo.app.errors import FieldError
from hogo.app.i18n import translate
from hogo.app.models import User
from hogo.app.permissions import Permission as P
from hogo.app.web.deps import language, require
from hogo.app.web.pages import DB, attempt, form_error, number_text, redirect_to, render, templates, text_fields

router = APIRouter(include_in_schema=False)
api_router = APIRouter(prefix="/api/v1", tags=["api"])


def _notice(db: Any) -> notice.Notice:  # noqa: ANN401
    organisation = accounts.organisation(db)
    if organisation is None:
        raise FieldError("setup", "not_set_up", 409)
    return notice.build(organisation, register.search(db, limit=10**9))


class MatterOut(BaseModel):
    field: str
    label: str
    label_en: str
    value: str


class SectionOut(BaseModel):
    key: str
    title: str
    title_en: str
    citation: str
    lines: list[str]
    subject: str = ""  # the 台帳 entry of a 共同利用 / オプトアウト section
    matters: list[MatterOut] = []


class MissingMatterOut(BaseModel):
    entry_id: int
    entry: str
    field: str


class NoticeOut(BaseModel):
    organisation: str
    sections: list[SectionOut]
    missing: list[str]
    missing_arrangements: list[MissingMatterOut]  # 共同利用 / オプトアウト matters still empty
    public_body: bool


@api_router.get("/notice", response_model=NoticeOut)
def notice_json(db: DB, _: Annotated[User, Depends(require(P.REGISTER_READ))]) -> NoticeOut:
    """The public notice's sections with their articles, and which matters are still missing."""
    built = _notice(db)
    return NoticeOut(
        organisation=built.organisation.name, missing=built.missing, public_body=built.public_body,
        missing_arrangements=[MissingMatterOut(entry_id=m.entry_id, entry=m.entry, field=m.field)
                              for m in built.missing_arrangements],
        sections=[SectionOut(key=s.key, title=translate("ja", s.key), title_en=translate("en", s.key),
                             citation=s.citation, lines=s.lines, subject=s.subject,
                             matters=[MatterOut(field=f, label=translate("ja", f"field.{f}"),
                                                label_en=translate("en", f"field.{f}"), value=v)
                                      for f, v in s.matters])
                  for s in built.sections])


@router.get("/notice")
def notice_page(request: Request, db: DB, _: Annotated[User, Depends(require(P.REGISTER_READ))]) -> Response:
    return render(request, "notice.html", notice=_notice(db), standalone=False)


@router.get("/notice/document")
def notice_document(request: Request, db: DB, _: Annotated[User, Depends(require(P.REGISTER_READ))]) -> Response:
    """The notice as one self-contained HTML file to put on the organisation's website."""
    lang = language(request)
    response = templates.TemplateResponse(request, "notice_document.html", context={
        "notice": _notice(db), "lang": lang, "t": lambda key, **kw: translate(lang, key, **kw)})
    response.headers["Content-Disposition"] = 'attachment; filename="privacy-notice.html"'
    return response


def _profile_values(organisation: Any) -> dict[str, Any]:  # noqa: ANN401
    return accounts.OrganisationOut.model_validate(organisation).model_dump(mode="json")


@router.get("/organisation")
def organisation_form(request: Request, db: DB,
                      _: Annotated[User, Depends(require(P.ORGANISATION_MANAGE))]) -> Response:
    return render(request, "organisation.html", values=_profile_values(accounts.organisation(db)), errors={})


@router.post("/organisation")
async def organisation_update(request: Request, db: DB,
                              actor: Annotated[User, Depends(require(P.ORGANISATION_MANAGE))]) -> Response:
    values = text_fields(await request.form())
    data = values | {"employees": number_text(values.get("employees", ""))}
    _, problems = attempt(lambda: accounts.update_organisation(db, actor, accounts.OrganisationIn.model_validate(data)))
    if problems:
        return form_error(request, "organisation.html", problems, values)
    db.commit()
    return redirect_to("/notice")
