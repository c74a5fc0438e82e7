"""Writing a masked copy of a file (``hogo mask``): every finding replaced, the original left untouched.

Modes (:class:`MaskMode`):

- ``label``: the type in brackets — ``[PHONE]``;
- ``partial``: keep the format and a little of the value — ``090-****-5678``, ``t***@example.jp``,
  ``**** **** 9018``, ``山**``; a 要配慮 phrase is masked whole;
- ``pseudonym``: a keyed, consistent token — ``PERSON_3f9a2c1b`` = type + the first 8 hex digits of
  HMAC-SHA256(key, type + NUL + normalised value). The same value (after NFKC, without spaces and
  hyphens; e-mail lower-cased) always gives the same token under the same key, so records stay linkable
  while the value cannot be recovered without the key (仮名加工情報 style pseudonymisation; keep the key
  apart from the masked data, 個人情報保護法第41条第2項・施行規則第32条).

Text files keep their encoding (a BOM stays) and line endings. CSV/TSV and Excel are masked cell by cell,
in all columns or only the chosen ones, with the header as context. No original value is printed or logged.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import hmac
import itertools
import json
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from hogo.scan.columns import analyze_value
from hogo.scan.readers import UnreadableFile, file_format, json_view, open_source
from hogo.scan.scanner import TextAnalyzer, analyze_stream
from hogo.scan.types import Finding, PiiType

KEY_ENV = "HOGO_MASK_KEY"
TOKEN_HEX = 8


class MaskMode(StrEnum):
    LABEL = "label"
    PARTIAL = "partial"
    PSEUDONYM = "pseudonym"


class MaskError(Exception):
    """A problem with the request (one line naming the field)."""


_SEPARATORS = re.compile(r"[\s\-‐‑‒–—―−ー－ｰ()（）.・/／]")


def _normalise(value: str, pii_type: str) -> str:
    text = _SEPARATORS.sub("", unicodedata.normalize("NFKC", value))
    return text.lower() if pii_type == PiiType.EMAIL else text


def _star(ch: str) -> str:
    return "＊" if unicodedata.east_asian_width(ch) in ("F", "W") else "*"


def _hide(text: str, keep: Iterable[int] = (), *, digits_only: bool = False) -> str:
    """Every letter/digit/kanji/kana (only digits with ``digits_only``) replaced by a star of its width,
    except positions in ``keep``."""
    kept = set(keep)
    hidden = str.isdigit if digits_only else str.isalnum
    return "".join(_star(ch) if i not in kept and hidden(ch) else ch for i, ch in enumerate(text))


def _alnum_positions(text: str) -> list[int]:
    return [i for i, ch in enumerate(text) if ch.isalnum()]


def _digit_groups(text: str) -> list[list[int]]:
    groups: list[list[int]] = []
    previous = -2
    for i, ch in enumerate(text):
        if ch.isdigit():
            if i != previous + 1:
                groups.append([])
            groups[-1].append(i)
            previous = i
    return groups


def partial_mask(value: str, pii_type: str) -> str:
    """Keep the format and a little of ``value`` (see the module docstring)."""
    if pii_type == PiiType.EMAIL and "@" in value:
        local, _, domain = value.rpartition("@")
        return (local[:1] + "*" * max(len(local) - 1, 0)) + "@" + domain
    if pii_type == PiiType.PHONE:
        groups = _digit_groups(value)
        if len(groups) >= 3:
            return _hide(value, keep=groups[0] + groups[-1])
        digits = [i for g in groups for i in g]
        return _hide(value, keep=digits[:3] + digits[-4:] if len(digits) > 8 else digits[-2:])
    if pii_type == PiiType.POSTAL_CODE:
        return _hide(value, keep=_alnum_positions(value)[:3])
    if pii_type == PiiType.PERSON:
        return _hide(value, keep=_alnum_positions(value)[:1])
    if pii_type == PiiType.ADDRESS:
        match = re.search(r"^.{2,}?[市区町村郡]", value)
        return _hide(value, keep=range(match.end()) if match and match.end() < len(value) else ())
    if pii_type == PiiType.BIRTH_DATE:
        groups = _digit_groups(value)
        return _hide(value, keep=groups[0] if groups and len(groups[0]) == 4 else (), digits_only=True)
    if pii_type == PiiType.SENSITIVE:
        return _hide(value)
    positions = _alnum_positions(value)
    return _hide(value, keep=positions[-4:] if len(positions) >= 8 else ())


@dataclass(slots=True)
class Masker:
    """Computes replacements and counts them (per type)."""

    mode: MaskMode
    key: bytes | None = None
    counts: Counter[str] = field(default_factory=Counter)
    # how the file spells a value → the value (JSON: ``\\u5c71`` → 山), so that tokens and partial masks
    # are computed from the value itself
    decode: Callable[[str], str] | None = None

    def __post_init__(self) -> None:
        if self.mode == MaskMode.PSEUDONYM and not self.key:
            raise MaskError(f"key: pseudonym mode needs a key (--key-file FILE or the {KEY_ENV} variable)")

    def replacement(self, value: str, pii_type: str) -> str:
        self.counts[str(pii_type)] += 1
        if self.mode == MaskMode.LABEL:
            return f"[{pii_type}]"
        if self.mode == MaskMode.PARTIAL:
            return partial_mask(value, pii_type)
        assert self.key is not None
        message = f"{pii_type}\x00{_normalise(value, pii_type)}".encode()
        return f"{pii_type}_{hmac.new(self.key, message, hashlib.sha256).hexdigest()[:TOKEN_HEX]}"

    def apply(self, text: str, findings: Sequence[Finding], base: int = 0) -> str:
        """``text`` (starting at global offset ``base``) with ``findings`` (global offsets) replaced."""
        out = []
        position = 0
        for finding in findings:
            start, end = finding.start - base, finding.end - base
            if start < position:  # overlapping findings never come from the analyzer; be safe
                continue
            out.append(text[position:start])
            value = text[start:end]
            out.append(self.replacement(self.decode(value) if self.decode else value, finding.type))
            position = end
        out.append(text[position:])
        return "".join(out)


def load_key(key_file: str | None) -> bytes | None:
    """The pseudonym key: the contents of ``key_file`` (trailing newline dropped), else $HOGO_MASK_KEY."""
    if key_file:
        try:
            key = Path(key_file).read_bytes().rstrip(b"\r\n")
        except OSError as exc:
            raise MaskError(f"key-file: cannot read {key_file}: {exc.strerror}") from None
        if not key:
            raise MaskError(f"key-file: {key_file} is empty")
        return key
    env = os.environ.get(KEY_ENV, "")
    return env.encode() if env else None


# --------------------------------------------------------------------------- text files


def _json_unescape(value: str) -> str:
    """A stretch of a JSON string with its escapes decoded (unchanged when it is not valid alone)."""
    if "\\" not in value:
        return value
    try:
        return json.loads(f'"{value}"')
    except ValueError:
        return value


def _mask_text(src: Path, dst: Path, analyzer: TextAnalyzer, masker: Masker) -> None:
    source = open_source(src)
    masker.decode = _json_unescape if source.view is json_view else None
    findings = [f for f, _, _ in analyze_stream(source.pieces, analyzer, view=source.view)]
    second = open_source(src)  # stream again, now writing
    encoding = second.encoding or "utf-8"
    encoder = codecs.getincrementalencoder(encoding)("replace")
    base = 0
    index = 0
    pending = ""  # text held back because a finding continues into the next piece
    with dst.open("wb") as out:
        for piece in second.pieces:
            text = pending + piece
            end_here = base + len(text)
            chunk: list[Finding] = []
            while index < len(findings) and findings[index].end <= end_here:
                chunk.append(findings[index])
                index += 1
            cut = len(text)
            if index < len(findings) and findings[index].start < end_here:
                cut = findings[index].start - base  # hold back the unfinished finding
            out.write(encoder.encode(masker.apply(text[:cut], chunk, base)))
            pending = text[cut:]
            base += cut
        out.write(encoder.encode(masker.apply(pending, findings[index:], base), final=True))


# --------------------------------------------------------------------------- columns


def _selected(headers: Sequence[str], columns: Sequence[str] | None) -> set[int]:
    """0-based indexes of the chosen columns (by header name or 1-based number); all when none given."""
    if not columns:
        return set(range(len(headers)))
    chosen = set()
    for column in columns:
        if column in headers:
            chosen.add(headers.index(column))
        elif column.isdigit() and 1 <= int(column) <= len(headers):
            chosen.add(int(column) - 1)
        else:
            raise MaskError(f"columns: no such column: {column}")
    return chosen


def mask_cell(value: str, header: str | None, analyzer: TextAnalyzer, masker: Masker) -> str:
    findings = analyze_value(analyzer, value, header)
    return masker.apply(value, findings) if findings else value


def _lines(pieces: Iterable[str]) -> Iterator[str]:
    rest = ""
    for piece in pieces:
        lines = (rest + piece).splitlines(keepends=True)
        rest = lines.pop() if lines and not lines[-1].endswith(("\n", "\r")) else ""
        yield from lines
    if rest:
        yield rest


def _mask_csv(
    src: Path, dst: Path, analyzer: TextAnalyzer, masker: Masker, columns: Sequence[str] | None, header: bool
) -> None:
    source = open_source(src)
    encoding = source.encoding or "utf-8"
    delimiter = "\t" if src.suffix.lower() == ".tsv" else ","
    lines = _lines(source.pieces)
    first = next(lines, "")
    terminator = "\r\n" if first.endswith("\r\n") else "\n"
    rows = csv.reader(itertools.chain([first], lines), delimiter=delimiter)
    with dst.open("w", encoding=encoding, errors="replace", newline="") as out:
        writer = csv.writer(out, delimiter=delimiter, lineterminator=terminator)
        headers: list[str] = []
        chosen: set[int] | None = None
        for number, row in enumerate(rows):
            if number == 0 and header:
                headers = row
                chosen = _selected(headers, columns)
                writer.writerow(row)
                continue
            if chosen is None:
                chosen = _selected([str(i + 1) for i in range(len(row))], columns)
            writer.writerow(
                [
                    mask_cell(cell, headers[i] if i < len(headers) else None, analyzer, masker)
                    if i in chosen or (not columns and i >= len(headers))
                    else cell
                    for i, cell in enumerate(row)
                ]
            )


def _mask_xlsx(
    src: Path, dst: Path, analyzer: TextAnalyzer, masker: Masker, columns: Sequence[str] | None, header: bool
) -> None:
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(src)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for broken files
        raise UnreadableFile(f"not a readable .xlsx workbook: {' '.join(str(exc).split())[:200]}") from None
    for sheet in workbook.worksheets:
        headers: list[str] = []
        chosen: set[int] | None = None
        for number, row in enumerate(sheet.iter_rows()):
            if number == 0 and header:
                headers = ["" if c.value is None else str(c.value) for c in row]
                chosen = _selected(headers, columns)
                continue
            if chosen is None:
                chosen = _selected([str(i + 1) for i in range(sheet.max_column)], columns)
            for i, cell in enumerate(row):
                if cell.data_type != "s" or not isinstance(cell.value, str):
                    continue  # numbers, dates and formulas are left as they are
                if i in chosen or (not columns and i >= len(headers)):
                    masked = mask_cell(cell.value, headers[i] if i < len(headers) else None, analyzer, masker)
                    if masked != cell.value:
                        cell.value = masked
    workbook.save(dst)


def mask_file(
    src: str | Path,
    dst: str | Path,
    analyzer: TextAnalyzer,
    masker: Masker,
    *,
    columns: Sequence[str] | None = None,
    header: bool = True,
) -> Counter[str]:
    """Write a masked copy of ``src`` to ``dst``; returns the number of replacements per type."""
    src, dst = Path(src), Path(dst)
    if src.resolve() == dst.resolve():
        raise MaskError("output: must differ from the input (the original is never overwritten)")
    kind = file_format(src)
    suffix = src.suffix.lower()
    if not src.is_file():
        raise MaskError(f"file: no such file: {src}")
    if kind == "xlsx":
        _mask_xlsx(src, dst, analyzer, masker, columns, header)
    elif suffix in (".csv", ".tsv"):
        _mask_csv(src, dst, analyzer, masker, columns, header)
    elif kind in ("text", "html"):
        if columns:
            raise MaskError("columns: only for .csv, .tsv and .xlsx files")
        _mask_text(src, dst, analyzer, masker)
    else:
        raise MaskError(f"file: cannot mask {suffix} files (text, CSV/TSV and .xlsx only; save .xls as .xlsx)")
    return masker.counts
