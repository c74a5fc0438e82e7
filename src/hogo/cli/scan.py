"""``hogo scan`` (files, ``db``, ``eval``) and ``hogo mask``.

``hogo scan PATH... --format jsonl`` is a fixed contract (``../shared/spec/interfaces.md``). ``db`` and
``eval`` are sub-commands of ``scan``; :class:`ScanGroup` treats a first argument ``db``/``eval``/``files``
as a sub-command only when no file or directory of that name exists (``db`` followed by a URL is always the
sub-command), and everything else as the paths of ``hogo scan files``. So ``hogo scan some/dir --format
jsonl`` and ``hogo scan db sqlite:///x.db`` both work; ``hogo scan ./db`` scans a directory named ``db``.
"""

from __future__ import annotations

import json
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from typer.core import TyperGroup

from hogo.cli._io import fail

if TYPE_CHECKING:
    from hogo.scan.scanner import FileSummary


class ScanGroup(TyperGroup):
    """``hogo scan``: a sub-command name counts only when it is not an existing path."""

    default_command = "files"

    def parse_args(self, ctx: typer.Context, args: list[str]) -> list[str]:
        if args and args[0] not in ("--help", "-h"):
            first = args[0]
            url_follows = first == "db" and len(args) > 1 and "://" in args[1]
            if first not in self.commands or (Path(first).exists() and not url_follows):
                args = [self.default_command, *args]
        return super().parse_args(ctx, args)

    def invoke(self, ctx: typer.Context):  # noqa: ANN201
        """A sub-command's usage error (bad option value, missing argument) as one line, exit 2."""
        try:
            return super().invoke(ctx)
        except Exception as exc:
            # click's UsageError (typer may vendor its own click, so match by shape, not class)
            if getattr(exc, "exit_code", None) == 2 and hasattr(exc, "format_message"):
                fail(" ".join(exc.format_message().split()))
            raise


scan_app = typer.Typer(
    cls=ScanGroup,
    no_args_is_help=True,
    help=(
        "個人情報の所在調査: ファイル・データベースから個人情報を検出 / find personal information in files "
        "and databases. `hogo scan PATH...` = `hogo scan files PATH...`."
    ),
)


class ScanFormat(StrEnum):
    jsonl = "jsonl"
    table = "table"
    json = "json"
    csv = "csv"
    html = "html"


def _progress(enabled: bool, total: int):  # noqa: ANN202 - rich Progress or None
    if not enabled or not sys.stderr.isatty():
        return None
    from rich.console import Console
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

    progress = Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        DownloadColumn(),
        TimeRemainingColumn(),
        console=Console(file=sys.stderr),
        transient=True,
    )
    progress.add_task("scan", total=total)
    return progress


def _warn(message: str, progress=None) -> None:  # noqa: ANN001 - rich Progress or None
    if progress:  # print above the live bar instead of through it
        progress.console.print(f"hogo: warning: {message}", markup=False, highlight=False, soft_wrap=True)
    else:
        print(f"hogo: warning: {message}", file=sys.stderr)


@scan_app.command("files")
def scan_files(
    paths: list[str] = typer.Argument(..., metavar="PATH...", help="ファイルまたはディレクトリ / files or directories"),
    format: ScanFormat = typer.Option(  # noqa: A002 - the contract's option name
        ScanFormat.table, "--format", "-f", help="jsonl: 検出ごとに1行 / one line per finding; その他は要約 / summaries"
    ),
    show_text: bool = typer.Option(False, "--show-text", help="検出した文字列を出力 (jsonl) / add the matched text"),
    output: Path | None = typer.Option(None, "--output", "-o", help="出力先ファイル / write to this file"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="進捗を表示しない / no progress bar"),
    all_files: bool = typer.Option(
        False, "--all-files", help="ディレクトリ内の未対応拡張子も読む / read every file in directories"
    ),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="並列プロセス数 / worker processes (files in parallel)"),
    sensitive_model: bool = typer.Option(
        False, "--sensitive-model",
        help="要配慮個人情報を学習モデルでも探す（約15%遅い）/ also find 要配慮 phrases with the learned stage (slower)",
    ),
) -> None:
    """ファイルを走査 / scan files and directories (recursively).

    `--format jsonl` prints {"path","start","end","type","score"} per finding (offsets into the file's
    decoded text); table/json/csv/html print a summary per file. Exit status 0 whether or not anything
    was found; unreadable files are reported (stderr and the summary) and the scan goes on.
    """
    from hogo.scan.analyzer import default_analyzer
    from hogo.scan.scanner import FileFinding, iter_files, scan_file, scan_files_parallel

    for raw in paths:
        if not Path(raw).exists():
            fail(f"path: no such file or directory: {raw}")
    files = list(iter_files(paths, all_files=all_files))
    jobs = min(jobs, len(files)) or 1
    analyzer = default_analyzer(sensitive_model=sensitive_model) if jobs == 1 else None
    parallel = (iter(scan_files_parallel(files, jobs, keep_text=show_text, sensitive_model=sensitive_model))
                if jobs > 1 else None)
    summaries: list[FileSummary] = []
    stream = _open_output(output, "output") if output else sys.stdout
    progress = _progress(not quiet, sum(_size(f) for f in files))
    try:
        if progress:
            progress.start()
        done = 0
        for path in files:
            report = None
            if progress:

                def report(read: int, task=progress.task_ids[0], done=done) -> None:  # noqa: ANN001
                    progress.update(task, completed=done + read)

            items = next(parallel) if parallel else scan_file(path, analyzer, keep_text=show_text, progress=report)
            for item in items:
                if isinstance(item, FileFinding):
                    if format == ScanFormat.jsonl:
                        stream.write(json.dumps(item.contract(show_text), ensure_ascii=False) + "\n")
                    continue
                summaries.append(item)
                if item.error:
                    _warn(f"{item.path}: {item.error}", progress)
            done += _size(path)
            if progress:
                progress.update(progress.task_ids[0], completed=done)
        if format != ScanFormat.jsonl:
            _write_summary(format, summaries, stream)
    except BrokenPipeError:  # `hogo scan … | head`: the reader has gone; stop quietly
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - so the interpreter's final flush is silent
    finally:
        if progress:
            progress.stop()
        if output:
            stream.close()


def _open_output(path: Path, field: str):  # noqa: ANN202 - a text file
    try:
        return path.open("w", encoding="utf-8")
    except OSError as exc:
        fail(f"{field}: cannot write {path}: {exc.strerror}")


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _write_summary(format: ScanFormat, summaries: list[FileSummary], stream) -> None:  # noqa: A002, ANN001
    from hogo.scan import report

    if format == ScanFormat.table:
        report.print_table(summaries, file=stream)
    elif format == ScanFormat.json:
        stream.write(report.to_json(summaries))
    elif format == ScanFormat.csv:
        stream.write(report.to_csv(summaries))
    else:
        stream.write(report.to_html(summaries))


class DbFormat(StrEnum):  # also the formats of `scan eval`
    table = "table"
    json = "json"


@scan_app.command("db")
def scan_db(
    url: str = typer.Argument(..., help="SQLAlchemy URL: sqlite:///f.db, postgresql+psycopg://…, mysql+pymysql://…"),
    sample: int = typer.Option(1000, "--sample", "-n", min=1, help="列ごとに読む行数 / rows sampled per table"),
    schema: str | None = typer.Option(None, "--schema", help="スキーマ / schema (default: the connection's)"),
    table: list[str] = typer.Option([], "--table", "-t", help="このテーブルだけ / only this table (repeatable)"),
    format: DbFormat = typer.Option(DbFormat.table, "--format", "-f"),  # noqa: A002
    propose_ledger: Path | None = typer.Option(
        None, "--propose-ledger", help="台帳登録案をJSONで書き出す / write ledger entry proposals (JSON) here"
    ),
) -> None:
    """データベースの列を標本調査 / sample database columns and report which hold which types."""
    from hogo.scan.analyzer import default_analyzer
    from hogo.scan.db import DatabaseError, scan_database
    from hogo.scan.db import propose_ledger as make_proposal

    try:
        result = scan_database(url, default_analyzer(), sample=sample, schema=schema, tables=table or None)
    except ValueError as exc:
        fail(str(exc))
    except DatabaseError as exc:
        fail(str(exc), code=1)
    if propose_ledger:
        with _open_output(propose_ledger, "propose-ledger") as ledger:
            ledger.write(json.dumps(make_proposal(result), ensure_ascii=False, indent=2) + "\n")
    if format == DbFormat.json:
        print(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    view = Table(title=f"hogo scan db — {result.url} (sample {result.sample})")
    for heading in (
        "テーブル / table",
        "行数 / rows",
        "列 / column",
        "標本 / sampled",
        "種類 (行の割合) / types (ratio)",
    ):
        view.add_column(heading, overflow="fold")
    for t in result.tables:
        if t.error:
            view.add_row(t.table, "", "", "", f"error: {t.error}")
        for c in t.columns:
            if c.rows:
                types = ", ".join(f"{k} {c.ratio(k):.0%}" for k, _ in c.rows.most_common())
                view.add_row(t.table, str(t.row_count), c.column, str(c.sampled), types)
    Console(soft_wrap=False).print(view)


@scan_app.command("eval")
def scan_eval(
    corpus: Path = typer.Argument(..., help="注釈付きコーパス (JSONL またはそのディレクトリ) / annotated corpus"),
    format: DbFormat = typer.Option(DbFormat.table, "--format", "-f"),  # noqa: A002
) -> None:
    """検出精度の評価 (種類ごとの適合率・再現率・F1) / precision, recall and F1 per type against gold spans."""
    from hogo.scan.analyzer import default_analyzer
    from hogo.scan.evaluate import CorpusError, evaluate_corpus

    try:
        report = evaluate_corpus(corpus, default_analyzer())
    except CorpusError as exc:
        fail(f"corpus: {exc}")
    if format == DbFormat.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(report.table())


class MaskModeOption(StrEnum):
    label = "label"
    partial = "partial"
    pseudonym = "pseudonym"


def mask_command(
    file: Path = typer.Argument(..., help="入力ファイル / input file (text, CSV/TSV, .xlsx)"),
    output: Path | None = typer.Option(None, "--output", "-o", help="出力先 (既定: NAME.masked.EXT) / output file"),
    mode: MaskModeOption = typer.Option(MaskModeOption.label, "--mode", "-m", help="label | partial | pseudonym"),
    key_file: Path | None = typer.Option(None, "--key-file", help="仮名化の鍵 / pseudonym key (else $HOGO_MASK_KEY)"),
    columns: list[str] = typer.Option(
        [], "--column", "-c", help="この列だけ (見出し名または番号) / only this column (header or 1-based number)"
    ),
    no_header: bool = typer.Option(False, "--no-header", help="CSV/Excelの1行目は見出しではない / no header row"),
) -> None:
    """検出した個人情報を置き換えた写しを作る / write a copy with the personal information replaced.

    The original is never changed and no original value is printed. Prints counts per type (JSON).
    """
    from hogo.scan.analyzer import default_analyzer
    from hogo.scan.mask import Masker, MaskError, MaskMode, load_key, mask_file
    from hogo.scan.readers import UnreadableFile

    target = output or file.with_name(f"{file.stem}.masked{file.suffix}")
    try:
        masker = Masker(MaskMode(mode.value), load_key(str(key_file) if key_file else None))
        counts = mask_file(file, target, default_analyzer(), masker, columns=columns or None, header=not no_header)
    except MaskError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"output: cannot write {target}: {exc.strerror}")
    except UnreadableFile as exc:
        fail(f"file: {file}: {exc}")
    summary = {"input": str(file), "output": str(target), "mode": mode.value, "replaced": dict(sorted(counts.items()))}
    print(json.dumps(summary, ensure_ascii=False))
