"""The ``hogo`` command line.

``hogo judge <topic> FILE`` runs a judgement of :mod:`hogo.law` on JSON facts (``-`` reads
standard input) and prints the decision as JSON. ``hogo mynumber check NUMBER`` validates a
個人番号. Contracts: ``../shared/spec/interfaces.md``.
"""

from __future__ import annotations

import sys

import typer

from hogo import __version__

try:  # typer >= 0.22 ships its own copy of click; older versions use click itself
    from typer._click import exceptions as click_exceptions
except ImportError:  # pragma: no cover - depends on the installed typer
    from click import exceptions as click_exceptions
from hogo.cli import documents
from hogo.cli import audit as audit_command
from hogo.cli import notify as notify_command
from hogo.cli import serve as serve_command
from hogo.cli._io import run_judgement
from hogo.cli.scan import mask_command, scan_app
from hogo.ids import InvalidIdentifier
from hogo.ids import mynumber as mynumber_id
from hogo.law import JUDGEMENTS
from hogo.law.registry import Judgement

app = typer.Typer(
    name="hogo",
    help="hogo (保護): 個人情報保護法・番号法の実務を支えるツール / tools for Japan's APPI and My Number Act.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
judge_app = typer.Typer(
    help="法的判断: JSONの事実から判断・理由・根拠条文を出力 / legal judgements from JSON facts.",
    no_args_is_help=True,
)
mynumber_app = typer.Typer(help="個人番号(マイナンバー)の道具 / My Number tools.", no_args_is_help=True)
app.add_typer(judge_app, name="judge")
app.add_typer(mynumber_app, name="mynumber")
app.add_typer(scan_app, name="scan")
app.command("mask")(mask_command)
documents.register(app)
app.command("serve")(serve_command.serve)
app.add_typer(serve_command.db_app, name="db")
app.add_typer(audit_command.audit_app, name="audit")
app.add_typer(notify_command.notify_app, name="notify")

FILE_HELP = "事実のJSONファイル(- は標準入力) / JSON facts file, or - for standard input."


def _judge_command(judgement: Judgement):  # noqa: ANN202 - Typer reads the signature
    def command(file: str = typer.Argument(..., metavar="FILE", help=FILE_HELP)) -> None:
        run_judgement(judgement, file)

    command.__doc__ = f"{judgement.summary_ja} / {judgement.summary_en}"
    return command


for _name, _judgement in sorted(JUDGEMENTS.items()):
    judge_app.command(name=_name)(_judge_command(_judgement))


@mynumber_app.command("check")
def mynumber_check(number: str = typer.Argument(..., help="個人番号(空白・ハイフン・全角数字可)")) -> None:
    """個人番号の検査用数字を確かめる / check a My Number's check digit.

    Prints ``valid`` (exit 0) or ``invalid: <why>`` (exit 1).
    """
    try:
        mynumber_id.validate(number)
    except InvalidIdentifier as exc:
        typer.echo(f"invalid: {exc}")
        raise typer.Exit(1) from None
    typer.echo("valid")


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"hogo {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version_callback, is_eager=True, help="版を表示"),
) -> None:
    """hogo (保護)."""


def main() -> None:
    """Run the command line. A usage error (unknown option, missing argument, bad option value) is
    one line on standard error and exit status 2, like bad JSON facts — never click's multi-line box."""
    try:
        code = app(standalone_mode=False)
    except click_exceptions.NoArgsIsHelpError as exc:  # a bare `hogo` or `hogo judge`: show the help
        print(exc.ctx.get_help())
        raise SystemExit(0) from None
    except click_exceptions.UsageError as exc:
        where = exc.ctx.command_path if exc.ctx else "hogo"
        message = " ".join(exc.format_message().split())
        print(f"{where}: error: {message}", file=sys.stderr)
        raise SystemExit(exc.exit_code) from None
    except click_exceptions.ClickException as exc:
        print(f"hogo: error: {' '.join(exc.format_message().split())}", file=sys.stderr)
        raise SystemExit(exc.exit_code) from None
    except typer.Abort:
        raise SystemExit(130) from None
    raise SystemExit(code if isinstance(code, int) else 0)
