"""CSV export and import of the 台帳, in UTF-8 and CP932 (the Shift_JIS that Excel in Japan writes).

Headings are Japanese (the English field name is accepted too). List cells hold one value per line
(Excel: Alt+Enter); ``;`` and ``；`` also separate values on import. Categories and media may be given as
Japanese labels or codes. A row with an ``id`` updates that entry (its ``版`` must be current); a row
without creates one. Import is all-or-nothing: every row is validated first and, if any is wrong, the
answer lists each wrong row and field and nothing is stored.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import ValidationError
from sqlalchemy.orm import Session

from hogo.app import register
from hogo.app.errors import FieldError
from hogo.app.i18n import translate
from hogo.app.models import DataCategory, PersonalDatabase, StorageMedium, User
from hogo.app.problems import Problem, from_validation, problem

Encoding = Literal["utf-8", "cp932"]
COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "ID"),
    ("version", "版"),
    ("name", "名称"),
    ("items", "記録項目"),
    ("categories", "区分"),
    ("persons_count", "本人の数"),
    ("purposes", "利用目的"),
    ("acquisition_source", "取得元・取得方法"),
    ("storage_location", "保管場所"),
    ("storage_medium", "保管媒体"),
    ("access_roles", "アクセスできる役割"),
    ("retention", "保存期間"),
    ("disposal_method", "廃棄・削除の方法"),
    ("contractors", "委託先"),
    ("cross_border", "外国にある第三者への提供"),
    ("cross_border_countries", "提供先の国"),
    ("notes", "備考"),
    ("disposal_due", "廃棄予定日"),
    ("joint_use", "共同利用"),
    ("joint_use_items", "共同利用する項目"),
    ("joint_use_scope", "共同利用者の範囲"),
    ("joint_use_purposes", "共同利用者の利用目的"),
    ("joint_use_manager_name", "共同利用の責任者"),
    ("joint_use_manager_address", "共同利用の責任者の住所"),
    ("joint_use_manager_representative", "共同利用の責任者の代表者"),
    ("opt_out", "オプトアウト提供"),
    ("opt_out_items", "オプトアウト提供する項目"),
    ("opt_out_acquisition_method", "オプトアウト提供データの取得方法"),
    ("opt_out_provision_method", "オプトアウト提供の方法"),
    ("opt_out_request_method", "提供停止の求めの受付方法"),
    ("opt_out_update_method", "オプトアウト提供データの更新方法"),
    ("opt_out_start_date", "オプトアウト提供開始予定日"),
)
FLAGS = ("cross_border", "joint_use", "opt_out")
DATES = ("disposal_due", "opt_out_start_date")
_HEADING_TO_FIELD = {heading: field for field, heading in COLUMNS} | {field: field for field, _ in COLUMNS}
_SPLIT = re.compile(r"[\n;；]")
# Spreadsheet formula injection: Excel runs a cell that starts with one of these. Export prefixes such cells with
# an apostrophe (Excel shows the text as typed); import removes that apostrophe again.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
_YES = {"あり", "有", "はい", "true", "yes", "1", "○"}
_NO = {"なし", "無", "いいえ", "false", "no", "0", ""}
_CATEGORY_BY_LABEL = {translate("ja", f"category.{c.value}"): c.value for c in DataCategory} | {
    "要配慮": DataCategory.SENSITIVE.value, "特定個人情報": DataCategory.SPECIFIC_PERSONAL.value}
_MEDIUM_BY_LABEL = {translate("ja", f"medium.{m.value}"): m.value for m in StorageMedium}


def _label(prefix: str, code: str) -> str:
    return translate("ja", f"{prefix}.{code}")


def _defused(cell: str) -> str:
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def _restored(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(_FORMULA_START) else cell


def _cells(entry: PersonalDatabase) -> list[str]:
    values: dict[str, str] = {
        "id": str(entry.id), "version": str(entry.version), "persons_count": str(entry.persons_count),
        "categories": "\n".join(_label("category", c) for c in entry.categories),
        "storage_medium": _label("medium", entry.storage_medium.value),
    } | {flag: "あり" if getattr(entry, flag) else "なし" for flag in FLAGS}
    for field, _ in COLUMNS:
        if field not in values:
            value = getattr(entry, field)
            if field in DATES:
                value = value.isoformat() if value else ""
            values[field] = "\n".join(value) if isinstance(value, list) else str(value)
    return [_defused(values[field]) for field, _ in COLUMNS]


def export_csv(entries: list[PersonalDatabase], encoding: Encoding) -> bytes:
    """The register as CSV bytes: UTF-8 with a BOM (so Excel detects it) or CP932."""
    return write_csv([heading for _, heading in COLUMNS], [_cells(entry) for entry in entries], encoding, defuse=False)


def write_csv(headings: list[str], rows: list[list[str]], encoding: Encoding, defuse: bool = True) -> bytes:
    """Any record list as CSV bytes for Excel: UTF-8 with a BOM or CP932; cells starting a formula defused."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(headings)
    for row in rows:
        writer.writerow([_defused(cell) for cell in row] if defuse else row)
    text = buffer.getvalue()
    if encoding == "utf-8":
        return ("\ufeff" + text).encode("utf-8")
    try:
        return text.encode("cp932")
    except UnicodeEncodeError:
        raise FieldError("encoding", "cp932_unencodable") from None


def decode(data: bytes, encoding: Encoding | Literal["auto"] = "auto") -> str:
    """Bytes → text. ``auto``: a BOM or valid UTF-8 means UTF-8, otherwise CP932."""
    try:
        if encoding == "cp932":
            return data.decode("cp932")
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            if encoding == "utf-8":
                raise
            return data.decode("cp932")
    except UnicodeDecodeError:
        raise FieldError("file", "csv_encoding") from None


def _split(cell: str) -> list[str]:
    return [part.strip() for part in _SPLIT.split(cell) if part.strip()]


def _row_to_input(row: dict[str, str]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for field, raw in row.items():
        cell = _restored((raw or "").strip())
        if field in ("id", "version"):
            continue
        if field in register.LIST_FIELDS:
            values = _split(cell)
            if field == "categories":
                values = [_CATEGORY_BY_LABEL.get(v, v) for v in values]
            data[field] = values
        elif field == "storage_medium":
            data[field] = _MEDIUM_BY_LABEL.get(cell, cell)
        elif field in FLAGS:
            data[field] = True if cell.lower() in _YES else False if cell.lower() in _NO else cell
        elif field in DATES:
            data[field] = unicodedata.normalize("NFKC", cell).replace("/", "-") or None
        elif field == "persons_count":
            data[field] = unicodedata.normalize("NFKC", cell).replace(",", "")
        else:
            data[field] = cell
    return data


@dataclass(frozen=True)
class RowProblem:
    row: int  # the spreadsheet's row number (the heading is row 1)
    problem: Problem

    def as_dict(self) -> dict[str, Any]:
        return {"row": self.row, **self.problem.model_dump()}


class ImportRefused(Exception):
    def __init__(self, problems: list[RowProblem]) -> None:
        super().__init__(f"{len(problems)} problems")
        self.problems = problems


def import_csv(session: Session, actor: User, text: str) -> list[PersonalDatabase]:
    """Validate every row, then create/update; raises :class:`ImportRefused` listing all row problems."""
    reader = csv.DictReader(io.StringIO(text, newline=""))
    headings = [h.strip() for h in (reader.fieldnames or [])]
    fields = [_HEADING_TO_FIELD.get(h) for h in headings]
    required = {f for f, _ in COLUMNS} - {"id", "version", "contractors", "cross_border", "cross_border_countries",
                                          "notes", "disposal_due", *register.ARRANGEMENT_FIELDS, *FLAGS}
    if None in fields or not required <= set(fields):
        raise ImportRefused([RowProblem(1, problem("header", "csv_header"))])
    parsed: list[tuple[int, int | None, register.PersonalDatabaseIn | register.PersonalDatabaseUpdate]] = []
    problems: list[RowProblem] = []
    for number, raw in enumerate(reader, start=2):
        row = {field: raw.get(heading, "") for heading, field in zip(reader.fieldnames or [], fields, strict=True)}
        if not any((v or "").strip() for v in row.values()):
            continue  # blank line
        data = _row_to_input(row)  # type: ignore[arg-type]
        entry_id = (row.get("id") or "").strip()
        try:
            if entry_id:
                model = register.PersonalDatabaseUpdate.model_validate(
                    data | {"version": (row.get("version") or "").strip()})
                parsed.append((number, int(entry_id) if entry_id.isdigit() else -1, model))
            else:
                parsed.append((number, None, register.PersonalDatabaseIn.model_validate(data)))
        except ValidationError as exc:
            problems.extend(RowProblem(number, p) for p in from_validation(exc.errors()))
    if not parsed and not problems:
        raise ImportRefused([RowProblem(2, problem("file", "csv_empty"))])
    if problems:
        raise ImportRefused(problems)
    stored: list[PersonalDatabase] = []
    for number, entry_id, model in parsed:
        try:
            if entry_id is None:
                stored.append(register.create(session, actor, model))
            else:
                stored.append(register.update(session, actor, entry_id, model))  # type: ignore[arg-type]
        except FieldError as exc:
            problems.append(RowProblem(number, problem(exc.field, exc.code)))
    if problems:
        session.rollback()
        raise ImportRefused(problems)
    return stored
