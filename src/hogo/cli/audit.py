"""``hogo audit verify``: check the audit log's hash chain."""

from __future__ import annotations

import typer

from hogo.cli._database import database_errors

audit_app = typer.Typer(help="監査ログ / audit log.", no_args_is_help=True)


@audit_app.command("verify")
def verify() -> None:
    """ハッシュチェーンを検証 / verify the hash chain: ``ok: N entries`` (exit 0) or the first broken entry (exit 1)."""
    from sqlalchemy.orm import Session

    from hogo.app import audit
    from hogo.app.database import database_url, make_engine

    with database_errors(), Session(make_engine(database_url())) as session:
        result = audit.verify(session)
    if result.ok:
        typer.echo(f"ok: {result.entries} entries")
        return
    typer.echo(f"broken: entry {result.broken_seq}: {result.problem} ({result.entries} entries before it are intact)")
    raise typer.Exit(1)
