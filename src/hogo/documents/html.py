"""HTML rendering with Jinja2 (templates shipped in ``hogo/documents/templates``), A4 print CSS."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import jinja2

from hogo.documents.model import Document, ja_date


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("hogo.documents", "templates"),
        autoescape=jinja2.select_autoescape(["html"]),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["ja_date"] = ja_date
    return env


def render_html(document: Document | Sequence[Document]) -> str:
    """A complete, self-contained HTML page (Japanese, ``lang="ja"``) for ``document``.

    Several documents are printed one after the other, each on a new page.
    """
    documents = [document] if isinstance(document, Document) else list(document)
    if not documents:
        raise ValueError("no document to render")
    return environment().get_template("document.html").render(docs=documents)
