"""`hogo scan db`: SQLite always; PostgreSQL and MariaDB on localhost (skipped only when unreachable)."""

from __future__ import annotations

import datetime as dt
import json
import uuid

import pytest
import sqlalchemy as sa
from scanfixtures import run_hogo

from hogo.scan.analyzer import default_analyzer
from hogo.scan.db import LEDGER_FORMAT, propose_ledger, scan_database

ROWS = [
    {
        "id": i,
        "shimei": ["山田太郎", "佐藤花子", "鈴木一郎", "高橋美咲"][i % 4],
        "tel": f"090-{1000 + i:04d}-{5678:04d}",
        "mail": f"user{i}@example.jp",
        "my_number": "123456789018",
        "birth_date": dt.date(1980 + i % 20, 1 + i % 12, 1 + i % 28),
        "note": "糖尿病の治療中" if i % 4 == 0 else "特記事項なし",
        "amount": 1000 * i,
    }
    for i in range(1, 41)
]


def make_tables(metadata: sa.MetaData, suffix: str = "") -> tuple[sa.Table, sa.Table]:
    people = sa.Table(
        f"people{suffix}",
        metadata,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("shimei", sa.String(50)),
        sa.Column("tel", sa.String(20)),
        sa.Column("mail", sa.String(100)),
        sa.Column("my_number", sa.String(12)),
        sa.Column("birth_date", sa.Date),
        sa.Column("note", sa.Text),
        sa.Column("amount", sa.Integer),
    )
    items = sa.Table(
        f"items{suffix}",
        metadata,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.String(50)),
    )
    return people, items


def fill(engine: sa.Engine, metadata: sa.MetaData, people: sa.Table, items: sa.Table) -> None:
    metadata.create_all(engine)
    with engine.begin() as connection:
        connection.execute(people.insert(), ROWS)
        connection.execute(items.insert(), [{"id": 1, "title": "ボールペン"}, {"id": 2, "title": "ノート"}])


def check_report(report, people_name: str, items_name: str, sample: int) -> None:
    tables = {t.table: t for t in report.tables}
    people = tables[people_name]
    assert people.error is None and people.row_count == len(ROWS)
    columns = {c.column: c for c in people.columns}
    assert "amount" not in columns and "id" not in columns  # plain integers are not sampled
    assert columns["tel"].sampled == min(sample, len(ROWS))
    assert columns["tel"].ratio("PHONE") == 1.0
    assert columns["mail"].ratio("EMAIL") == 1.0
    assert columns["my_number"].ratio("MY_NUMBER") == 1.0
    assert columns["shimei"].ratio("PERSON") >= 0.75
    assert columns["birth_date"].ratio("BIRTH_DATE") >= 0.9
    assert 0 < columns["note"].ratio("SENSITIVE") <= 0.5
    assert not tables[items_name].types

    proposal = propose_ledger(report)
    assert proposal["format"] == LEDGER_FORMAT
    (entry,) = proposal["entries"]  # the table without personal information proposes nothing
    assert entry["source"]["table"] == people_name
    assert entry["estimated_persons"] == len(ROWS)
    assert entry["categories"] == {
        "personal_information": True,
        "sensitive": True,
        "identification_codes": ["MY_NUMBER"],
        "specific_personal_information": True,
    }
    assert entry["needs_confirmation"] is True
    assert {(i["column"], i["type"]) for i in entry["items"]} >= {("tel", "PHONE"), ("my_number", "MY_NUMBER")}
    assert "090-" not in json.dumps(proposal)  # no values in proposals


def sqlite_database(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'clinic.db'}"
    metadata = sa.MetaData()
    people, items = make_tables(metadata)
    engine = sa.create_engine(url)
    fill(engine, metadata, people, items)
    engine.dispose()
    return url


def test_sqlite(tmp_path):
    url = sqlite_database(tmp_path)
    check_report(scan_database(url, default_analyzer(), sample=25), "people", "items", 25)


def test_sqlite_cli_with_ledger_proposal(tmp_path):
    url = sqlite_database(tmp_path)
    ledger = tmp_path / "ledger.json"
    result = run_hogo("scan", "db", url, "--sample", "10", "--format", "json", "--propose-ledger", str(ledger))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["sample"] == 10
    proposal = json.loads(ledger.read_text(encoding="utf-8"))
    assert proposal["entries"][0]["name"].endswith("/people")
    only = run_hogo("scan", "db", url, "--table", "items", "--format", "json")
    assert [t["table"] for t in json.loads(only.stdout)["tables"]] == ["items"]
    absent = tmp_path / "absent.db"
    result = run_hogo("scan", "db", f"sqlite:///{absent}")
    assert result.returncode == 2 and "no such SQLite file" in result.stderr
    assert not absent.exists()  # scanning never creates a database
    missing = run_hogo("scan", "db", url, "--table", "nope")
    assert missing.returncode == 2 and missing.stderr.strip() == "hogo: error: table: no such table: nope"


def test_unreachable_database_is_one_line(tmp_path):
    result = run_hogo("scan", "db", "postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and result.stderr.startswith("hogo: error: database:")


def _reachable(url: str) -> sa.Engine:
    engine = sa.create_engine(url)
    try:
        with engine.connect():
            pass
    except sa.exc.OperationalError as exc:
        pytest.skip(f"server unreachable: {exc.orig}")
    return engine


def test_postgresql():
    url = "postgresql+psycopg://postgres@localhost/test"
    engine = _reachable(url)
    schema = f"hogo_scan_{uuid.uuid4().hex[:8]}"
    with engine.begin() as connection:
        connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    try:
        metadata = sa.MetaData(schema=schema)
        people, items = make_tables(metadata)
        fill(engine, metadata, people, items)
        report = scan_database(url, default_analyzer(), sample=1000, schema=schema)
        assert report.dialect == "postgresql"
        check_report(report, "people", "items", 1000)
    finally:
        with engine.begin() as connection:
            connection.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        engine.dispose()


def test_mariadb():
    url = "mysql+pymysql://root@localhost/test?charset=utf8mb4"
    engine = _reachable(url)
    suffix = f"_{uuid.uuid4().hex[:8]}"
    metadata = sa.MetaData()
    people, items = make_tables(metadata, suffix)
    try:
        fill(engine, metadata, people, items)
        report = scan_database(url, default_analyzer(), sample=30, tables=[people.name, items.name])
        assert report.dialect in {"mysql", "mariadb"}
        check_report(report, people.name, items.name, 30)
        assert "user1@example.jp" not in json.dumps(report.as_dict())  # no values in reports
    finally:
        metadata.drop_all(engine)
        engine.dispose()
