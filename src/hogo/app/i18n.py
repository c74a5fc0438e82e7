"""The UI's message catalogue: one JSON file per language in ``messages/`` (Japanese first, English).

Each area of the application may add its own keys in ``messages/<language>/<area>.json``; they are
merged into the language's catalogue (a key defined twice is an error).

A flat ``{key: text}`` dict per language with ``str.format`` placeholders is all the UI needs (two
languages, no plural forms in Japanese); see docs/app.md for why not gettext. A test checks both files
have the same keys and placeholders.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

LANGUAGES = ("ja", "en")
DEFAULT_LANGUAGE = "ja"
_DIR = Path(__file__).with_name("messages")


@cache
def catalogue(language: str) -> dict[str, str]:
    merged: dict[str, str] = json.loads((_DIR / f"{language}.json").read_text(encoding="utf-8"))
    for area in sorted((_DIR / language).glob("*.json")):
        for key, text in json.loads(area.read_text(encoding="utf-8")).items():
            if key in merged:
                raise ValueError(f"message key {key!r} defined twice ({area.name})")
            merged[key] = text
    return merged


def translate(language: str, key: str, **values: Any) -> str:  # noqa: ANN401
    """The message ``key`` in ``language``; an unknown key falls back to Japanese, then to the key itself."""
    lang = language if language in LANGUAGES else DEFAULT_LANGUAGE
    text = catalogue(lang).get(key) or catalogue(DEFAULT_LANGUAGE).get(key) or key
    try:
        return text.format(**values) if values else text
    except (KeyError, IndexError):
        return text
