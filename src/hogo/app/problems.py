"""Turning refusals into answers: JSON naming the field (API) and Japanese/English messages (UI)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from pydantic import BaseModel

from hogo.app.errors import FieldError
from hogo.app.i18n import catalogue, translate


class Problem(BaseModel):
    """One error: which field, a stable code, and the message in both languages."""

    field: str
    code: str
    message: str  # 日本語
    message_en: str


class ProblemReport(BaseModel):
    errors: list[Problem]


def _field_of(error: dict[str, Any]) -> str:
    ctx = error.get("ctx") or {}
    if "field" in ctx:
        return str(ctx["field"])
    loc = [str(part) for part in error.get("loc", ()) if part not in ("body", "query", "path", "form")]
    # keep the first name and any list index: ["items", "2"] → "items.2"
    return ".".join(loc) if loc else "body"


def problem(field: str, code: str, **values: Any) -> Problem:  # noqa: ANN401
    known = code if f"error.{code}" in catalogue("ja") else "unknown"
    return Problem(field=field, code=code, message=translate("ja", f"error.{known}", **values),
                   message_en=translate("en", f"error.{known}", **values))


def from_validation(errors: Sequence[Any]) -> list[Problem]:
    """Pydantic/FastAPI validation errors → problems (one per field, the first error wins)."""
    seen: dict[str, Problem] = {}
    for error in errors:
        field = _field_of(error)
        if field not in seen:
            values = {k: v for k, v in (error.get("ctx") or {}).items() if k not in ("field", "code")}
            seen[field] = problem(field, str(error.get("type", "unknown")), **values)
    return list(seen.values())


def from_field_error(exc: FieldError) -> list[Problem]:
    return [problem(exc.field, exc.code)]


def by_field(problems: Iterable[Problem], language: str) -> dict[str, str]:
    """For a form: the first message for each top-level field, in the page's language."""
    result: dict[str, str] = {}
    for p in problems:
        top = p.field.split(".")[0]
        result.setdefault(top, p.message if language == "ja" else p.message_en)
    return result
