"""``hogo notify run``: send the deadline notifications that are due (once each; run it from cron)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer

from hogo.cli._database import database_errors

notify_app = typer.Typer(help="期限の通知 / deadline notifications.", no_args_is_help=True)


@notify_app.command("run")
def run(
    today: Annotated[str | None, typer.Option(help="基準日 YYYY-MM-DD (default: today in Japan)")] = None,
) -> None:
    """期限が近い・過ぎた事項を通知し、メールを一度だけ送る / notify due deadlines, e-mail each once."""
    import smtplib

    from hogo.app import notifications
    from hogo.app.web import create_app  # imports every area, so every deadline source is registered

    try:
        day = dt.date.fromisoformat(today) if today else None
    except ValueError:
        typer.echo("error: today: not a date (YYYY-MM-DD)", err=True)
        raise typer.Exit(2) from None
    with database_errors():
        app = create_app()
        try:
            with app.state.sessions() as session:
                result = notifications.run(session, app.state.secret, day)
        except (OSError, smtplib.SMTPException) as exc:
            typer.echo(f"error: smtp: {type(exc).__name__}: {exc}", err=True)
            raise typer.Exit(1) from None
        finally:
            app.state.engine.dispose()
    typer.echo(f"created: {result.created}, emailed: {result.emailed}, failed: {result.failed}, "
               f"no address: {result.skipped_no_address}")
