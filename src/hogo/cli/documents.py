"""``hogo report`` / ``hogo notice`` / ``hogo letter`` / ``hogo case``: case documents from JSON.

Same conventions as ``hogo judge`` (:mod:`hogo.cli._io`): JSON from a file or ``-``, bad input
→ exit 2 with one line naming the field. ``--format`` is ``json`` (default), ``html`` or ``pdf``;
PDF goes to ``--output FILE``, or to standard output only when it is not a terminal.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TypeVar, cast

import typer
from pydantic import BaseModel, RootModel, TypeAdapter, ValidationError

from hogo.cli._io import InputError, describe_validation_error, dump, fail, parse_facts, read_input
from hogo.law.core import FactsError
from hogo.law.versions import LawNotInForceError

T = TypeVar("T")
FILE_HELP = "JSONファイル(- は標準入力) / JSON file, or - for standard input."


class Format(str, Enum):
    json = "json"
    html = "html"
    pdf = "pdf"


class Kind(str, Enum):
    preliminary = "preliminary"
    final = "final"


class Period(str, Enum):
    month = "month"
    quarter = "quarter"
    half = "half"
    fiscal_year = "fiscal_year"


report_app = typer.Typer(help="報告書・統計 / reports and statistics.", no_args_is_help=True)
notice_app = typer.Typer(help="本人への通知 / notices to persons.", no_args_is_help=True)
case_app = typer.Typer(help="事案の状況 / case status.", no_args_is_help=True)

FORMAT_OPT = typer.Option(Format.json, "--format", help="json | html | pdf")
OUTPUT_OPT = typer.Option(None, "--output", "-o", help="出力ファイル / output file")
AS_OF_OPT = typer.Option(None, "--as-of", help="基準日 YYYY-MM-DD (default: today)")


def _as_of(value: str | None) -> dt.date:
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"as_of: not a date YYYY-MM-DD (got {value!r})") from None


def _run(produce: Callable[[], T]) -> T:
    """Call ``produce``; any input problem becomes one line and exit 2."""
    try:
        return produce()
    except (InputError, FactsError) as exc:
        fail(str(exc))
    except LawNotInForceError as exc:
        fail(f"as_of: {exc}")


def _emit(result: BaseModel, document: Callable[[], object], fmt: Format, output: str | None) -> None:
    """Write JSON, HTML or PDF to ``output`` or standard output."""
    from hogo.documents import render_html, render_pdf

    if fmt is Format.pdf:
        if output is None and sys.stdout.isatty():
            fail("output: a PDF is binary; give --output FILE or redirect standard output")
        data: bytes = render_pdf(document())  # type: ignore[arg-type]
    else:
        text = dump(result) if fmt is Format.json else render_html(document())  # type: ignore[arg-type]
        data = (text if text.endswith("\n") else text + "\n").encode("utf-8")
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    try:
        Path(output).write_bytes(data)
    except OSError as exc:
        fail(f"output: cannot write {output}: {exc.strerror}")


def _incident(path: str):  # noqa: ANN202
    from hogo.cases.leak import LeakIncident

    return parse_facts(LeakIncident, read_input(path))


@report_app.command("breach")
def report_breach(
    file: str = typer.Argument(..., metavar="INCIDENT", help=FILE_HELP),
    kind: Kind = typer.Option(Kind.preliminary, "--kind", help="preliminary (速報) | final (確報)"),
    fmt: Format = FORMAT_OPT,
    output: str | None = OUTPUT_OPT,
    as_of: str | None = AS_OF_OPT,
) -> None:
    """漏えい等報告書(9項目)を作成 / the Commission report with all nine items."""
    from hogo.cases.breach_report import commission_report
    from hogo.documents.compose import report_document

    report = _run(lambda: commission_report(_incident(file), _as_of(as_of), kind.value))
    _emit(report, lambda: report_document(report), fmt, output)


@report_app.command("complaints")
def report_complaints(
    file: str = typer.Argument(..., metavar="RECORDS", help="苦情・相談記録のJSON配列 / JSON array of records"),
    period: Period = typer.Option(Period.fiscal_year, "--period", help="month | quarter | half | fiscal_year"),
) -> None:
    """苦情・相談の件数(区分・期間別) / complaint statistics by category and period."""
    from hogo.cases.complaints import ComplaintRecord, statistics

    adapter = TypeAdapter(list[ComplaintRecord])

    def produce():  # noqa: ANN202
        try:
            records = adapter.validate_json(read_input(file))
        except ValidationError as exc:
            raise InputError(describe_validation_error(exc)) from None
        return statistics(records, period.value)

    print(dump(_run(produce)))


@notice_app.command("breach")
def notice_breach(
    file: str = typer.Argument(..., metavar="INCIDENT", help=FILE_HELP),
    person: str = typer.Option(
        ..., "--person", help="通知先のJSON(オブジェクト又は配列) / a person's JSON or an array (- for stdin)"
    ),
    fmt: Format = FORMAT_OPT,
    output: str | None = OUTPUT_OPT,
    as_of: str | None = AS_OF_OPT,
) -> None:
    """本人への通知(1・2・4・5・9の事項)を作成 / the notice to a person (items 1, 2, 4, 5, 9).

    With an array of persons: a JSON array, or one HTML/PDF with one notice per page.
    """
    from hogo.cases.breach_notice import PersonFields, PersonNotice, notice_to_person
    from hogo.documents.compose import notice_document

    def produce() -> list[PersonNotice] | PersonNotice:
        incident = _incident(file)
        text = read_input(person)
        stripped = text.lstrip("\ufeff \t\r\n")
        try:
            if stripped.startswith("["):
                people = TypeAdapter(list[PersonFields]).validate_json(stripped)
                if not people:
                    raise InputError("person: the array is empty")
                day = _as_of(as_of)
                return [notice_to_person(incident, each, day) for each in people]
            return notice_to_person(incident, cast(PersonFields, parse_facts(PersonFields, text)), _as_of(as_of))
        except ValidationError as exc:
            raise InputError(f"person.{describe_validation_error(exc)}") from None
        except InputError as exc:
            message = str(exc)
            known = message.startswith(("file", "person", "as_of"))
            raise InputError(message if known else f"person.{message}") from None

    notices = _run(produce)
    if isinstance(notices, list):
        batch = RootModel[list[PersonNotice]](notices)
        _emit(batch, lambda: [notice_document(n) for n in notices], fmt, output)
    else:
        single = notices
        _emit(single, lambda: notice_document(single), fmt, output)


def letter(
    file: str = typer.Argument(..., metavar="REQUEST", help=FILE_HELP),
    fmt: Format = FORMAT_OPT,
    output: str | None = OUTPUT_OPT,
) -> None:
    """開示等の請求に対する回答書を作成 / the response letter to a rights request."""
    from hogo.cases.rights import RightsCase
    from hogo.cases.rights import letter as make_letter
    from hogo.documents.compose import letter_document

    result = _run(lambda: make_letter(cast(RightsCase, parse_facts(RightsCase, read_input(file)))))
    _emit(result, lambda: letter_document(result), fmt, output)


@case_app.command("breach")
def case_breach(
    file: str = typer.Argument(..., metavar="INCIDENT", help=FILE_HELP),
    as_of: str | None = AS_OF_OPT,
) -> None:
    """漏えい等事案の判断・期限・報告事項の充足状況 / decision, deadlines and missing report items."""
    from hogo.cases.breach_report import assess

    print(dump(_run(lambda: assess(_incident(file), _as_of(as_of)))))


def register(app: typer.Typer) -> None:
    """Add the document commands to the root ``hogo`` command."""
    app.add_typer(report_app, name="report")
    app.add_typer(notice_app, name="notice")
    app.add_typer(case_app, name="case")
    app.command("letter")(letter)


__all__ = ["register"]
