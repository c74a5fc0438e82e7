"""Reading facts and printing decisions for the command line.

Bad input is reported as one line on standard error naming the field, and the command
exits with status 2 (see ``../shared/spec/interfaces.md``). No traceback reaches the user.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any, NoReturn

from pydantic import BaseModel, ValidationError

from hogo.law.core import FactsError
from hogo.law.registry import Judgement
from hogo.law.versions import LawNotInForceError

EXIT_BAD_INPUT = 2


class InputError(Exception):
    """A problem with what the user gave us; the message is one line."""


def fail(message: str, code: int = EXIT_BAD_INPUT) -> NoReturn:
    print(f"hogo: error: {message}", file=sys.stderr)
    raise SystemExit(code)


def read_input(path: str) -> str:
    """The text of ``path``, or of standard input when ``path`` is ``-``."""
    try:
        if path == "-":
            return sys.stdin.read()
        return Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"file: no such file: {path}") from None
    except IsADirectoryError:
        raise InputError(f"file: is a directory: {path}") from None
    except UnicodeDecodeError:
        raise InputError(f"file: not UTF-8 text: {path}") from None
    except OSError as exc:
        raise InputError(f"file: cannot read {path}: {exc.strerror}") from None


def _location(loc: tuple[Any, ...]) -> str:
    return ".".join(str(part) for part in loc) or "input"


def describe_validation_error(error: ValidationError) -> str:
    """One line naming every offending field."""
    parts = []
    for item in error.errors(include_url=False):
        kind = item["type"]
        where = _location(item["loc"])
        if kind == "json_invalid":
            parts.append(f"input: malformed JSON ({item['ctx'].get('error', item['msg'])})")
        elif kind == "extra_forbidden":
            parts.append(f"{where}: unknown field")
        elif kind == "missing":
            parts.append(f"{where}: required field is missing")
        elif kind == "model_type" or (kind.endswith("_type") and where == "input"):
            parts.append("input: must be a JSON object")
        else:
            got = item.get("input")
            shown = json.dumps(got, ensure_ascii=False, default=str) if not isinstance(got, dict) else "{…}"
            if len(shown) > 40:
                shown = shown[:37] + "…"
            parts.append(f"{where}: {item['msg'][0].lower()}{item['msg'][1:]} (got {shown})")
    return "; ".join(parts)


def parse_facts(model: type[BaseModel], text: str) -> BaseModel:
    try:
        return model.model_validate_json(text)
    except ValidationError as exc:
        raise InputError(describe_validation_error(exc)) from None


def dump(document: BaseModel | dict[str, Any]) -> str:
    data = document.model_dump(mode="json") if isinstance(document, BaseModel) else document
    return json.dumps(data, ensure_ascii=False, indent=2)


def run_judgement(judgement: Judgement, path: str, *, today: dt.date | None = None) -> None:
    """Read facts from ``path``, judge, print the decision; exit 2 on bad input."""
    try:
        facts = parse_facts(judgement.facts, read_input(path))
        as_of = facts.as_of or today or dt.date.today()
        decision = judgement(facts, as_of)
    except InputError as exc:
        fail(str(exc))
    except FactsError as exc:
        fail(str(exc))
    except LawNotInForceError as exc:
        fail(f"as_of: {exc}")
    print(dump(decision))
