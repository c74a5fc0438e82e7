"""Documents (文書): the Commission report, notices to persons and response letters, as HTML and PDF.

:mod:`hogo.documents.compose` builds a :class:`~hogo.documents.model.Document` from a result of
:mod:`hogo.cases`; :func:`render_html` (Jinja2) and :func:`render_pdf` (ReportLab) render it.
"""

from hogo.documents.html import render_html
from hogo.documents.model import Document
from hogo.documents.pdf import render_pdf

__all__ = ["Document", "render_html", "render_pdf"]
