"""HTML rendering with Jinja2 (templates shipped in ``hogo/documents/templates``), A4 print CSS."""

from __future__ import annotations

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


def render_html(document: Document) -> str:
    """A complete, self-contained HTML page (Japanese, ``lang="ja"``) for ``document``."""
    return environment().get_template("document.html").render(doc=document)
