"""PDF rendering with ReportLab and its built-in Japanese CID fonts (no font files needed).

``HeiseiMin-W3`` (明朝, body) and ``HeiseiKakuGo-W5`` (ゴシック, headings) are Adobe-Japan1 CID
fonts that every PDF viewer supplies, so the PDF is small and hogo needs nothing beyond PyPI
(see docs/decisions.md, "PDF with ReportLab's CID fonts"). Text is encoded with the UniJIS-UCS2-H
CMap, so text extraction (pypdf, pdftotext) returns the Japanese text.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from hogo.documents.model import Document, ja_date

MINCHO = "HeiseiMin-W3"
GOTHIC = "HeiseiKakuGo-W5"
MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN


@cache
def _styles() -> dict[str, ParagraphStyle]:
    for name in (MINCHO, GOTHIC):
        pdfmetrics.registerFont(UnicodeCIDFont(name))
    body = ParagraphStyle("body", fontName=MINCHO, fontSize=10.5, leading=16, wordWrap="CJK")
    return {
        "body": body,
        "cell": ParagraphStyle("cell", parent=body, fontSize=10, leading=14.5),
        "label": ParagraphStyle("label", parent=body, fontName=GOTHIC, fontSize=9.5, leading=14),
        "title": ParagraphStyle(
            "title",
            parent=body,
            fontName=GOTHIC,
            fontSize=15,
            leading=22,
            alignment=TA_CENTER,
            spaceBefore=4 * mm,
            spaceAfter=4 * mm,
        ),
        "heading": ParagraphStyle(
            "heading", parent=body, fontName=GOTHIC, fontSize=11.5, leading=17, spaceBefore=3 * mm, spaceAfter=1.5 * mm
        ),
        "right": ParagraphStyle("right", parent=body, alignment=TA_RIGHT),
        "center": ParagraphStyle("center", parent=body, alignment=TA_CENTER),
        "note": ParagraphStyle("note", parent=body, fontSize=8, leading=11.5, textColor=colors.HexColor("#444444")),
    }


def _p(text: str, style: str) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), _styles()[style])


def _page_number(canvas: Canvas, doc: SimpleDocTemplate) -> None:
    canvas.saveState()
    canvas.setFont(MINCHO, 8.5)
    canvas.drawCentredString(A4[0] / 2, 10 * mm, f"- {doc.page} -")
    canvas.restoreState()


def _story(document: Document) -> list:
    story: list = []
    if document.reference:
        story.append(_p(f"整理番号: {document.reference}", "right"))
    if document.date:
        story.append(_p(ja_date(document.date), "right"))
    story += [_p(line, "body") for line in document.addressee]
    if document.sender:
        story.append(Spacer(1, 2 * mm))
        story += [_p(line, "right") for line in document.sender]
    story.append(_p(document.title, "title"))
    story += [_p(text, "body") for text in document.intro]
    if document.layout == "letter":
        story += [Spacer(1, 2 * mm), _p("記", "center")]
    for section in document.sections:
        heading = f"{section.number} {section.heading}" if section.number else section.heading
        block: list = [_p(heading, "heading")]
        block += [_p(text, "body") for text in section.paragraphs]
        if section.rows:
            table = Table(
                [[_p(row.label, "label"), _p(row.value, "cell")] for row in section.rows],
                colWidths=[WIDTH * 0.32, WIDTH * 0.68],
            )
            table.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#555555")),
                        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f1f1f1")),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                )
            )
            block.append(table)
        story.append(KeepTogether(block) if len(section.rows) <= 8 else block[0])
        if len(section.rows) > 8:
            story += block[1:]
    story += [_p(line, "right") for line in document.closing]
    if document.notes:
        story.append(Spacer(1, 6 * mm))
        story += [_p(note, "note") for note in document.notes]
    return story


def render_pdf(document: Document | Sequence[Document]) -> bytes:
    """The A4 PDF of ``document`` (deterministic: same input, same bytes).

    Several documents (e.g. one notice per person) go into one PDF, each starting on a new page;
    page numbers are printed only for a single document, so no letter shows another's numbering.
    """
    documents = [document] if isinstance(document, Document) else list(document)
    if not documents:
        raise ValueError("no document to render")
    first = documents[0]
    story: list = []
    for n, each in enumerate(documents):
        story += ([PageBreak()] if n else []) + _story(each)
    numbering = {"onFirstPage": _page_number, "onLaterPages": _page_number} if len(documents) == 1 else {}
    buffer = io.BytesIO()
    pdf = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=first.title,
        author=first.sender[-1] if first.sender else "",
        creator="hogo",
        invariant=1,
    )
    pdf.build(story, **numbering)
    return buffer.getvalue()
