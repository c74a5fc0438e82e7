"""Scanning database columns for personal information (``hogo scan db URL``) and proposing 台帳 entries.

Works through SQLAlchemy with any database it reaches; tested with SQLite, PostgreSQL
(``postgresql+psycopg://``) and MariaDB/MySQL (``mysql+pymysql://``). For each table it reads the first
``sample`` rows of its text-like columns (strings, JSON, dates, big integers), analyses every value with
its column name as context (:mod:`hogo.scan.columns`) and counts, per column and type, the rows holding
that type. Nothing is written to the database and no value is kept or printed.

:func:`propose_ledger` turns a report into proposals of 個人情報ファイル台帳 entries for a person to
confirm (format ``hogo.ledger-proposal/1``, see docs/scan.md).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from hogo.scan.columns import analyze_value
from hogo.scan.report import TYPE_LABELS_JA
from hogo.scan.scanner import TextAnalyzer
from hogo.scan.types import IDENTIFICATION_CODES, PiiType

LEDGER_FORMAT = "hogo.ledger-proposal/1"


class DatabaseError(Exception):
    """The database cannot be reached or read; the message is one line without the password."""


@dataclass(slots=True)
class ColumnReport:
    column: str
    sql_type: str
    sampled: int = 0  # non-empty values analysed
    rows: Counter[str] = field(default_factory=Counter)  # type → sampled rows holding it

    def ratio(self, pii_type: str) -> float:
        return round(self.rows[pii_type] / self.sampled, 4) if self.sampled else 0.0

    def as_dict(self) -> dict[str, object]:
        return {
            "column": self.column,
            "sql_type": self.sql_type,
            "sampled": self.sampled,
            "types": {t: {"rows": n, "ratio": self.ratio(t)} for t, n in self.rows.most_common()},
        }


@dataclass(slots=True)
class TableReport:
    schema: str | None
    table: str
    row_count: int | None = None
    columns: list[ColumnReport] = field(default_factory=list)
    error: str | None = None

    @property
    def types(self) -> set[str]:
        return {t for c in self.columns for t, n in c.rows.items() if n}

    def as_dict(self) -> dict[str, object]:
        return {
            "schema": self.schema,
            "table": self.table,
            "row_count": self.row_count,
            "columns": [c.as_dict() for c in self.columns],
            "error": self.error,
        }


@dataclass(slots=True)
class DatabaseReport:
    url: str  # without the password
    dialect: str
    database: str | None
    sample: int
    tables: list[TableReport] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "url": self.url,
            "dialect": self.dialect,
            "database": self.database,
            "sample": self.sample,
            "tables": [t.as_dict() for t in self.tables],
        }


def _is_textlike(sql_type: object) -> bool:
    from sqlalchemy import JSON, BigInteger, Date, DateTime, String, Text

    return isinstance(sql_type, String | Text | JSON | Date | DateTime | BigInteger)


def _as_text(value: object) -> str:
    if isinstance(value, bytes | bytearray | memoryview):
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(getattr(exc, "orig", None) or exc).split())[:300] or type(exc).__name__


def scan_database(
    url: str,
    analyzer: TextAnalyzer,
    *,
    sample: int = 1000,
    schema: str | None = None,
    tables: list[str] | None = None,
) -> DatabaseReport:
    """Sample every table (or only ``tables``) of ``schema`` (default: the connection's) and report."""
    from sqlalchemy import MetaData, Table, create_engine, func, inspect, select
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

    if sample < 1:
        raise ValueError("sample: must be at least 1")
    try:
        parsed = make_url(url)
        on_disk = parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:")
        if on_disk and not Path(parsed.database).is_file():  # SQLite would create an empty file
            raise ValueError(f"no such SQLite file: {parsed.database}")
        engine = create_engine(parsed)
    except (ArgumentError, NoSuchModuleError, ValueError) as exc:
        raise ValueError(f"url: not a usable database URL ({_one_line(exc)})") from None
    report = DatabaseReport(parsed.render_as_string(hide_password=True), engine.dialect.name, parsed.database, sample)
    try:
        with engine.connect() as connection:
            inspector = inspect(connection)
            names = inspector.get_table_names(schema=schema)
            wanted = names if not tables else [n for n in names if n in set(tables)]
            missing = sorted(set(tables or ()) - set(names))
            if missing:
                raise ValueError(f"table: no such table: {', '.join(missing)}")
            for name in sorted(wanted):
                table_report = TableReport(schema, name)
                report.tables.append(table_report)
                try:
                    table = Table(name, MetaData(), schema=schema, autoload_with=connection)
                    columns = [c for c in table.columns if _is_textlike(c.type)]
                    table_report.row_count = connection.execute(select(func.count()).select_from(table)).scalar()
                    table_report.columns = [ColumnReport(c.name, str(c.type)) for c in columns]
                    if not columns:
                        continue
                    result = connection.execute(select(*columns).limit(sample))
                    for row in result:
                        for column_report, value in zip(table_report.columns, row, strict=True):
                            text = "" if value is None else _as_text(value)
                            if not text.strip():
                                continue
                            column_report.sampled += 1
                            found = {str(f.type) for f in analyze_value(analyzer, text, column_report.column)}
                            column_report.rows.update(found)
                except SQLAlchemyError as exc:
                    connection.rollback()
                    table_report.error = _one_line(exc)
    except SQLAlchemyError as exc:
        raise DatabaseError(f"database: cannot read {report.url}: {_one_line(exc)}") from None
    finally:
        engine.dispose()
    return report


def _categories(types: set[str]) -> dict[str, object]:
    codes = sorted(t for t in types if t in IDENTIFICATION_CODES)
    return {
        "personal_information": bool(types),  # 個人情報
        "sensitive": PiiType.SENSITIVE in types,  # 要配慮個人情報
        "identification_codes": codes,  # 個人識別符号
        "specific_personal_information": PiiType.MY_NUMBER in types,  # 特定個人情報
    }


def propose_ledger(report: DatabaseReport, *, generated: dt.datetime | None = None) -> dict[str, object]:
    """台帳 (個人情報ファイル台帳) entry proposals: one per table holding personal information."""
    generated = generated or dt.datetime.now(dt.UTC).replace(microsecond=0)
    entries = []
    for table in report.tables:
        types = table.types
        if not types:
            continue
        qualified = f"{table.schema}.{table.table}" if table.schema else table.table
        items = []
        for column in table.columns:
            if not column.rows:
                continue
            for pii_type, rows in column.rows.most_common():
                items.append(
                    {
                        "column": column.column,
                        "type": pii_type,
                        "label_ja": TYPE_LABELS_JA.get(pii_type, pii_type),
                        "sampled": column.sampled,
                        "rows": rows,
                        "ratio": column.ratio(pii_type),
                    }
                )
        entries.append(
            {
                "name": f"{report.database or report.dialect}/{qualified}",
                "source": {
                    "kind": "database",
                    "dialect": report.dialect,
                    "database": report.database,
                    "schema": table.schema,
                    "table": table.table,
                },
                "items": items,
                "categories": _categories(types),
                "estimated_persons": table.row_count,
                "estimated_persons_basis": "row_count",
                "status": "proposed",
                "needs_confirmation": True,
                "note_ja": "自動推定です。項目・区分・本人の数を担当者が確認してから台帳に登録してください。",
                "note_en": "Automatic estimate: a person must confirm items, categories and the number of "
                "persons before it enters the ledger.",
            }
        )
    return {
        "format": LEDGER_FORMAT,
        "generated_at": generated.isoformat(),
        "generator": "hogo scan db",
        "source": {"url": report.url, "dialect": report.dialect, "database": report.database, "sample": report.sample},
        "entries": entries,
    }
