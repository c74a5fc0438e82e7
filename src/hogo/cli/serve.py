"""``hogo serve`` and ``hogo db upgrade`` (contract: interfaces.md). Heavy imports happen only when run."""

from __future__ import annotations

import typer

from hogo.cli._database import database_errors

db_app = typer.Typer(help="データベース / database.", no_args_is_help=True)


def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="待ち受けるアドレス / address to listen on"),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="ポート番号 / port"),
    notify_every: int = typer.Option(
        60, "--notify-every", min=0, max=7 * 24 * 60,
        help="期限の通知を実行する間隔(分)。0 で停止(cron で hogo notify run を使う場合) / "
             "minutes between deadline-notification runs inside the server; 0 turns them off"),
) -> None:
    """アプリケーションを起動 / start the web application (DATABASE_URL or ./.hogo/hogo.db)."""
    import datetime as dt
    import logging

    import uvicorn

    from hogo.app.web import create_app

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    with database_errors():
        application = create_app(notify_every=dt.timedelta(minutes=notify_every) if notify_every else None)
    typer.echo(f"hogo: http://{host}:{port}/", err=True)
    # No access log: URLs can carry search words (names); hogo.app.web logs method, route and status instead.
    uvicorn.run(application, host=host, port=port, log_level="info", server_header=False, access_log=False)


@db_app.command("upgrade")
def upgrade() -> None:
    """マイグレーションを適用 / apply the database migrations."""
    from hogo.app.database import database_url, make_engine
    from hogo.app.migrate import upgrade as run_upgrade

    with database_errors():
        run_upgrade(make_engine(database_url()))
    typer.echo("ok: database is up to date")
