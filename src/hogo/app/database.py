"""Where the database is and how to talk to it.

``DATABASE_URL`` (an SQLAlchemy URL such as ``postgresql+psycopg://user@localhost/hogo``) selects the database;
without it an SQLite file ``.hogo/hogo.db`` in the working directory is used (interfaces.md, ``hogo serve``).
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

DEFAULT_DIR = Path(".hogo")


def database_url(explicit: str | None = None) -> str:
    """The URL to use: ``explicit``, else ``$DATABASE_URL``, else ``sqlite:///.hogo/hogo.db`` (directory created)."""
    url = explicit or os.environ.get("DATABASE_URL")
    if url:
        return url
    DEFAULT_DIR.mkdir(exist_ok=True)
    return f"sqlite:///{(DEFAULT_DIR / 'hogo.db').resolve()}"


def make_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite gets foreign keys on, a busy timeout and WAL journalling.

    ``hide_parameters``: error messages never carry the values of a statement (they may be personal data).
    """
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30}, hide_parameters=True)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record) -> None:  # noqa: ANN001 - DB-API connection
            dbapi_connection.isolation_level = None  # SQLAlchemy, not pysqlite, emits BEGIN (see _begin)
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            if ":memory:" not in url:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection) -> None:  # noqa: ANN001
            # A write transaction takes the write lock at once, so two writers queue instead of one failing
            # with "database is locked" after both have read (the audit chain reads its last entry first).
            immediate = connection.get_execution_options().get("hogo_write", False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

        return engine
    return create_engine(url, pool_pre_ping=True, hide_parameters=True)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
