"""The printable document (文書) that both renderers take.

Builders (:mod:`hogo.documents.compose`) turn a structured result of :mod:`hogo.cases` — a
Commission report, a notice to a person, a response letter — into one :class:`Document`;
:mod:`hogo.documents.html` and :mod:`hogo.documents.pdf` render the same document, so the HTML
and the PDF cannot disagree about which items are present.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Row(BaseModel):
    """One labelled entry of a form (e.g. 発生日 → 2025-05-01). ``value`` may hold several lines."""

    model_config = ConfigDict(frozen=True)

    label: str
    value: str


class Section(BaseModel):
    """A numbered part of a document (e.g. ``1 概要``)."""

    model_config = ConfigDict(frozen=True)

    number: str | None = None
    heading: str
    paragraphs: list[str] = Field(default_factory=list)
    rows: list[Row] = Field(default_factory=list)


class Document(BaseModel):
    """A document ready to render: ``form`` (a report form) or ``letter`` (宛名・差出人のある書簡)."""

    model_config = ConfigDict(frozen=True)

    kind: str = Field(description="breach_report | breach_notice | rights_letter")
    layout: Literal["form", "letter"] = "form"
    title: str
    date: dt.date | None = None
    reference: str | None = Field(default=None, description="文書番号・事案番号")
    addressee: list[str] = Field(default_factory=list, description="宛先 (lines)")
    sender: list[str] = Field(default_factory=list, description="差出人 (lines)")
    intro: list[str] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)
    closing: list[str] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list, description="根拠条文・適用法令の版など (small print)")


def ja_date(day: dt.date | None) -> str:
    """``2025年1月6日`` — the Western-calendar Japanese date used in every document."""
    return f"{day.year}年{day.month}月{day.day}日" if day else "—"
