"""Per-file summaries of a scan as a table, JSON, CSV or an HTML report (``hogo scan --format``).

None of these formats contains the matched text: a report names files, types and counts only.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
from collections import Counter
from collections.abc import Sequence

from hogo.scan.scanner import FileSummary
from hogo.scan.types import PiiType

# Japanese labels for the types (user-facing text is Japanese first)
TYPE_LABELS_JA: dict[str, str] = {
    PiiType.PERSON: "氏名",
    PiiType.ADDRESS: "住所",
    PiiType.POSTAL_CODE: "郵便番号",
    PiiType.PHONE: "電話番号",
    PiiType.EMAIL: "メールアドレス",
    PiiType.BIRTH_DATE: "生年月日",
    PiiType.MY_NUMBER: "個人番号",
    PiiType.PASSPORT: "旅券番号",
    PiiType.DRIVER_LICENSE: "運転免許証番号",
    PiiType.PENSION_NUMBER: "基礎年金番号",
    PiiType.RESIDENCE_CARD: "在留カード番号",
    PiiType.HEALTH_INSURANCE: "被保険者証記号番号",
    PiiType.BANK_ACCOUNT: "口座番号",
    PiiType.CREDIT_CARD: "クレジットカード番号",
    PiiType.SENSITIVE: "要配慮個人情報の記述",
}


def totals(summaries: Sequence[FileSummary]) -> dict[str, object]:
    counts: Counter[str] = Counter()
    for summary in summaries:
        counts.update(summary.counts)
    return {
        "files": len(summaries),
        "files_with_findings": sum(1 for s in summaries if s.findings),
        "files_unreadable": sum(1 for s in summaries if s.error),
        "files_sensitive": sum(1 for s in summaries if s.sensitive),
        "files_specific_personal_information": sum(1 for s in summaries if s.specific),
        "characters": sum(s.characters for s in summaries),
        "findings": sum(counts.values()),
        "counts": dict(sorted(counts.items())),
    }


def to_json(summaries: Sequence[FileSummary]) -> str:
    document = {"files": [s.as_dict() for s in summaries], "totals": totals(summaries)}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


CSV_FIELDS = [
    "path",
    "format",
    "encoding",
    "characters",
    "findings",
    "sensitive",
    "specific_personal_information",
    "identification_codes",
    *[str(t) for t in PiiType],
    "error",
]


def to_csv(summaries: Sequence[FileSummary]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for s in summaries:
        row: dict[str, object] = {
            "path": s.path,
            "format": s.format or "",
            "encoding": s.encoding or "",
            "characters": s.characters,
            "findings": s.findings,
            "sensitive": str(s.sensitive).lower(),
            "specific_personal_information": str(s.specific).lower(),
            "identification_codes": " ".join(s.identification_codes),
            "error": s.error or "",
        }
        row.update({str(t): s.counts.get(str(t), 0) for t in PiiType})
        writer.writerow(row)
    return out.getvalue()


def _flags(s: FileSummary) -> str:
    marks = []
    if s.sensitive:
        marks.append("要配慮")
    if s.specific:
        marks.append("特定個人情報")
    elif s.identification_codes:
        marks.append("個人識別符号")
    return " ".join(marks)


def _types_cell(s: FileSummary) -> str:
    return ", ".join(f"{t} {n}" for t, n in s.counts.most_common())


def _listed(summaries: Sequence[FileSummary]) -> list[FileSummary]:
    """Files worth a row for people: those with findings or errors (a sweep may read 100,000 files)."""
    return [s for s in summaries if s.findings or s.error]


def print_table(summaries: Sequence[FileSummary], file: io.TextIOBase | None = None) -> None:
    """A table for people: one row per file with findings or errors, then totals."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title="hogo scan — 個人情報の所在 / where personal information is")
    table.add_column("ファイル / file", overflow="fold")
    table.add_column("件数 / findings", justify="right")
    table.add_column("種類 / types", overflow="fold")
    table.add_column("区分 / category")
    table.add_column("エラー / error", overflow="fold")
    for s in _listed(summaries):
        table.add_row(s.path, str(s.findings), _types_cell(s), _flags(s), s.error or "")
    total = totals(summaries)
    console = Console(file=file, soft_wrap=False)
    console.print(table)
    console.print(
        f"{total['files']} ファイル / files, {total['findings']} 件 / findings, "
        f"要配慮 {total['files_sensitive']}, 特定個人情報 {total['files_specific_personal_information']}, "
        f"読めないファイル / unreadable {total['files_unreadable']}",
        markup=False,
        highlight=False,
    )


_STYLE = """
body{font-family:system-ui,"Hiragino Sans","Noto Sans JP",sans-serif;margin:2rem;color:#222}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;
vertical-align:top}th{background:#f3f3f3}td.n{text-align:right}tr.sensitive td{background:#fff1f0}
tr.error td{color:#a00}.tag{display:inline-block;border-radius:.3rem;padding:0 .4rem;margin-right:.2rem;
background:#eee}.tag.s{background:#ffd6d1}.tag.m{background:#ffe8a3}
"""


def to_html(summaries: Sequence[FileSummary], *, generated: dt.datetime | None = None) -> str:
    """A self-contained HTML report (no scripts, no external resources, no matched text)."""
    generated = generated or dt.datetime.now(dt.UTC).replace(microsecond=0)
    total = totals(summaries)
    esc = html.escape
    rows = []
    for s in _listed(summaries):
        css = "error" if s.error else "sensitive" if s.sensitive else ""
        tags = []
        if s.sensitive:
            tags.append('<span class="tag s">要配慮個人情報</span>')
        if s.specific:
            tags.append('<span class="tag m">特定個人情報</span>')
        for code in s.identification_codes:
            tags.append(f'<span class="tag">個人識別符号: {esc(TYPE_LABELS_JA.get(code, code))}</span>')
        types = "<br>".join(f"{esc(TYPE_LABELS_JA.get(t, t))} ({esc(t)}): {n}" for t, n in s.counts.most_common())
        rows.append(
            f'<tr class="{css}"><td>{esc(s.path)}</td><td>{esc(s.format or "")}</td>'
            f'<td>{esc(s.encoding or "")}</td><td class="n">{s.findings}</td><td>{types}</td>'
            f"<td>{''.join(tags)}</td><td>{esc(s.error or '')}</td></tr>"
        )
    counts = "".join(
        f"<tr><td>{esc(TYPE_LABELS_JA.get(t, t))} ({esc(t)})</td><td class='n'>{n}</td></tr>"
        for t, n in total["counts"].items()  # type: ignore[union-attr]
    )
    return f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8">
<title>hogo scan 報告 / report</title><style>{_STYLE}</style></head><body>
<h1>個人情報の所在調査 / Personal-information scan</h1>
<p>作成 / generated: {esc(generated.isoformat())} — hogo scan</p>
<ul>
<li>ファイル数 / files: {total["files"]}(検出あり / with findings: {total["files_with_findings"]})</li>
<li>要配慮個人情報を含むファイル / files with 要配慮個人情報: {total["files_sensitive"]}</li>
<li>特定個人情報を含むファイル / files with 特定個人情報 (My Number):
{total["files_specific_personal_information"]}</li>
<li>読めなかったファイル / unreadable files: {total["files_unreadable"]}</li>
<li>検出件数 / findings: {total["findings"]}</li>
</ul>
<h2>種類別 / by type</h2>
<table><tr><th>種類 / type</th><th>件数 / count</th></tr>{counts}</table>
<h2>ファイル別 / by file</h2>
<p>検出またはエラーのあったファイルのみ / only files with findings or errors
({total["files"] - len(rows)} ファイルは検出なし / files without findings not listed)</p>
<table><tr><th>ファイル / file</th><th>形式 / format</th><th>文字コード / encoding</th><th>件数 / findings</th>
<th>種類 / types</th><th>区分 / category</th><th>エラー / error</th></tr>
{"".join(rows)}
</table>
<p>検出は自動推定です。台帳への記載や報告の前に担当者が確認してください。
/ Findings are automatic estimates: a person must confirm them before they go into a ledger or a report.</p>
</body></html>
"""
