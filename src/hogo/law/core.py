"""Building blocks shared by every judgement: facts, reasons, decisions.

A judgement is a pure function ``judge(facts, as_of) -> Decision``. Facts are validated
Pydantic models (unknown fields and wrong types are refused, so a typo never silently
changes an answer). A decision always carries the reasons, each with the article it rests
on, and the version of the law that was applied.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from hogo.law.versions import LawVersion

NonNegativeInt = Annotated[int, Field(ge=0)]


class StrictModel(BaseModel):
    """An input object: unknown fields and wrong types are refused.

    ``extra="forbid"``: an unknown field is an error, not ignored.
    ``strict=True``: ``"10"`` is not a number and ``1`` is not ``true``.
    """

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Facts(StrictModel):
    """Base class of every judgement's input (a :class:`StrictModel` with ``as_of``)."""

    as_of: dt.date | None = Field(
        default=None,
        description="Selects the version of the law in force on that date (default: today).",
    )


class Reason(BaseModel):
    """One step of the reasoning, with the article it rests on (根拠条文)."""

    model_config = ConfigDict(frozen=True)

    text: str = Field(description="The reason in Japanese (日本語).")
    text_en: str = Field(description="The same reason in English.")
    citation: str = Field(description="Articles relied on, e.g. '個人情報保護法第26条第1項; 施行規則第7条第4号'.")


class LawVersionRef(BaseModel):
    """Which version of a law a decision applied (適用した法令の版)."""

    model_config = ConfigDict(frozen=True)

    id: str
    law: str
    title: str
    title_en: str
    effective: dt.date

    @classmethod
    def of(cls, version: LawVersion) -> LawVersionRef:
        return cls(
            id=version.id,
            law=version.law,
            title=version.title_ja,
            title_en=version.title_en,
            effective=version.effective,
        )


class Decision(BaseModel):
    """Base class of every judgement's output."""

    model_config = ConfigDict(frozen=True)

    as_of: dt.date
    law_version: LawVersionRef
    reasons: list[Reason]


def reason(ja: str, en: str, *citations: str) -> Reason:
    """Make a :class:`Reason`; several citations are joined with ``"; "``."""
    return Reason(text=ja, text_en=en, citation="; ".join(c for c in citations if c))


class FactsError(ValueError):
    """Facts that are well-typed but impossible together (e.g. ``as_of`` before ``known_on``).

    ``field`` names the offending input field so the CLI and API can point at it.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
