"""Database errors on the command line: one line naming DATABASE_URL, exit 2, no traceback."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import typer


@contextmanager
def database_errors() -> Iterator[None]:
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError

    try:
        yield
    except (ArgumentError, NoSuchModuleError) as exc:
        typer.echo(f"error: DATABASE_URL: not a usable SQLAlchemy URL ({type(exc).__name__})", err=True)
        raise typer.Exit(2) from None
    except OperationalError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
        typer.echo(f"error: DATABASE_URL: cannot open the database: {reason}", err=True)
        raise typer.Exit(2) from None
