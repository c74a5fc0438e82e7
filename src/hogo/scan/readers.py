"""Turning files into text for ``hogo scan`` (ファイルの読み取り).

Every reader yields *the file's decoded text* as a stream of pieces; ``start``/``end`` offsets of
findings are Python ``str`` indices into the concatenation of those pieces (see docs/scan.md):

- text formats (.txt .csv .tsv .json .md .html .eml …): the bytes decoded with the detected encoding,
  without a byte-order mark, line endings untouched — exactly ``open(path, encoding=enc, newline="")``.
  For .html the detector sees a *view* of the same length in which markup is blanked out, so offsets
  still index the decoded file;
- .xlsx/.xlsm/.xls: each sheet's rows, cells joined by TAB, rows ended by LF, sheets separated by FF
  (``\\f``); a sheet starts with its name on a line of its own;
- .docx: paragraphs and table rows (cells joined by TAB) in document order, each ended by LF;
- .pdf: the text layer of each page (pypdf), pages separated by FF;
- .eml: the headers From/To/Cc/Bcc/Reply-To/Sender/Subject/Date as ``Name: value`` lines (MIME words
  decoded), an empty line, then every text part decoded (base64/quoted-printable, its charset), each ended
  by LF; HTML parts with their markup blanked. Attachments that are not text are skipped.

Text files are decoded incrementally (1 MiB at a time), so memory stays bounded for any file size.
A file that cannot be read raises :class:`UnreadableFile` with a one-line reason.
"""

from __future__ import annotations

import bisect
import codecs
import datetime as dt
import itertools
import re
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

BLOCK_BYTES = 1 << 20  # bytes read and decoded at a time
SAMPLE_BYTES = 1 << 16  # bytes looked at to detect the encoding

TEXT_EXTENSIONS = frozenset(
    {".txt", ".text", ".csv", ".tsv", ".json", ".jsonl", ".ndjson", ".md", ".markdown", ".log", ".xml"}
)
JSON_EXTENSIONS = frozenset({".json", ".jsonl", ".ndjson"})
HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml"})
EXCEL_EXTENSIONS = frozenset({".xlsx", ".xlsm"})
SUPPORTED_EXTENSIONS = TEXT_EXTENSIONS | HTML_EXTENSIONS | EXCEL_EXTENSIONS | {".xls", ".docx", ".pdf", ".eml"}
EML_MAX_BYTES = 64 << 20  # larger mail files are read as plain text (streamed)
EML_HEADERS = ("From", "To", "Cc", "Bcc", "Reply-To", "Sender", "Subject", "Date")

SHEET_SEPARATOR = "\f"  # between sheets (Excel) and pages (PDF)


class UnreadableFile(Exception):
    """The file cannot be turned into text; the message says why (one line)."""


@dataclass(slots=True)
class SourceFile:
    """A file opened for scanning.

    ``pieces`` yields the decoded text in order; ``view`` (optional) maps a stretch of that text to what
    the detector sees: a string of the same length (HTML with markup blanked), or a string and a map of
    its offsets back (JSON with ``\\uXXXX`` escapes decoded).
    """

    path: Path
    format: str
    encoding: str | None
    pieces: Iterator[str]
    view: Callable[[str], str | tuple[str, array]] | None = None
    bytes_read: int = 0  # how far reading has got (text files; for progress bars)
    locator: Locator | None = None  # spreadsheets and PDFs: where an offset is (cell, page)


@dataclass(frozen=True, slots=True)
class Section:
    """Marker yielded by structured readers: a sheet or page starts with the next piece."""

    label: str


class _Row:
    """Marker yielded by spreadsheet readers: a row starts with the next piece."""


ROW = _Row()


class Locator:
    """Maps an offset of the decoded text to a place people know: ``名簿!B3`` (sheet and cell) or
    ``page 2``. Keeps one integer per row (8 bytes), so it stays small for any workbook."""

    def __init__(self, unit: str) -> None:
        self.unit = unit  # "sheet" or "page"
        self.section_starts: list[int] = []
        self.section_labels: list[str] = []
        self.section_first_row: list[int] = []
        self.rows = array("q")

    def locate(self, start: int, text: str, base: int) -> str | None:
        """The place of offset ``start``; ``text`` is the window it was found in, starting at ``base``."""
        i = bisect.bisect_right(self.section_starts, start) - 1
        if i < 0:
            return None
        label = self.section_labels[i]
        if self.unit == "page":
            return f"page {label}"
        sheet = label if re.fullmatch(r"\w+", label) else "'" + label.replace("'", "''") + "'"
        j = bisect.bisect_right(self.rows, start) - 1
        if j < self.section_first_row[i]:
            return sheet
        row = j - self.section_first_row[i] + 1
        if self.rows[j] < base:  # the row began before this window: the column is not known
            return f"{sheet}!{row}:{row}"
        from openpyxl.utils import get_column_letter

        column = text[self.rows[j] - base : start - base].count("\t") + 1
        return f"{sheet}!{get_column_letter(column)}{row}"


# --------------------------------------------------------------------------- encodings

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_JAPANESE_CODECS = ("cp932", "euc_jp")


def _valid_utf8_prefix(sample: bytes, complete: bool) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    try:
        decoder.decode(sample, final=complete)
    except UnicodeDecodeError:
        return False
    return True


def _strict_decode(sample: bytes, encoding: str, complete: bool) -> str | None:
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    try:
        return decoder.decode(sample, final=complete)
    except UnicodeDecodeError:
        return None


def _japanese_score(text: str) -> float:
    """How much ``text`` reads like Japanese: the mean weight of its characters.

    ASCII, kana, JIS X 0208 symbols, full-width alphanumerics and 第一水準 kanji weigh 1; 第二水準 kanji
    and the CP932 extensions (①, 髙 …) 0.6; half-width kana 0.5 (EUC-JP kana read as CP932 turn into
    them); anything else 0. A file read with the wrong one of CP932/EUC-JP turns into rare kanji and
    symbols, so the right codec scores higher.
    """
    if not text:
        return 0.0
    total = 0.0
    for ch in text:
        code = ord(ch)
        if code < 0x80:
            total += ch.isprintable() or ch in "\t\r\n\f"
        elif 0x3040 <= code <= 0x30FF or 0x3000 <= code <= 0x303F or 0xFF01 <= code <= 0xFF5E:
            total += 1
        elif 0xFF61 <= code <= 0xFF9F:
            total += 0.5
        else:
            try:
                lead = ch.encode("euc_jp")[0]
            except UnicodeEncodeError:
                total += 0.6 if _encodable(ch, "cp932") else 0
                continue
            total += 1 if (0xA1 <= lead <= 0xA8 or 0xB0 <= lead <= 0xCF) else 0.6 if lead >= 0xD0 else 0
    return total / len(text)


def _encodable(ch: str, encoding: str) -> bool:
    try:
        ch.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def detect_encoding(sample: bytes, complete: bool) -> str:
    """The encoding of a text file from its first bytes (``complete``: the sample is the whole file).

    Fast path: a byte-order mark, ISO-2022-JP by its escape sequences, then strict UTF-8 (which ASCII
    also passes). Then CP932 versus EUC-JP (whichever decodes strictly and reads most like Japanese),
    and ``charset-normalizer`` only when neither decodes. Raises :class:`UnreadableFile` for binary data.
    """
    for bom, name in _BOMS:
        if sample.startswith(bom):
            return name
    jis = b"\x1b$B" in sample or b"\x1b$@" in sample  # ISO-2022-JP (JIS) is 7-bit: before UTF-8
    if jis and _strict_decode(sample, "iso2022_jp_ext", complete) is not None:
        return "iso2022_jp_ext"
    if b"\x00" not in sample and _valid_utf8_prefix(sample, complete):
        return "utf-8"
    if b"\x00" not in sample:
        scored = []
        for name in _JAPANESE_CODECS:
            text = _strict_decode(sample, name, complete)
            if text is not None:
                scored.append((_japanese_score(text), name))
        if scored:  # a Japanese codec reads it: take the one that reads most like Japanese
            return max(scored, key=lambda item: (item[0], item[1] == "cp932"))[1]
    from charset_normalizer import from_bytes

    best = from_bytes(sample).best()
    if best is None:
        raise UnreadableFile("binary data or unknown text encoding (文字コードを判定できません)")
    return codecs.lookup(best.encoding).name


def _read_text(path: Path, progress: Callable[[int], None]) -> tuple[str, Iterator[str]]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise UnreadableFile(f"cannot open: {exc.strerror}") from None
    try:
        sample = handle.read(SAMPLE_BYTES)
        complete = len(sample) < SAMPLE_BYTES
        encoding = detect_encoding(sample, complete)
    except BaseException:
        handle.close()
        raise

    def pieces() -> Iterator[str]:
        with handle:
            decoder = codecs.getincrementaldecoder(encoding)("replace")
            block = sample
            while True:
                text = decoder.decode(block, final=not block)
                if text:
                    yield text
                if not block:
                    return
                try:
                    block = handle.read(BLOCK_BYTES)
                except OSError as exc:
                    raise UnreadableFile(f"read error: {exc.strerror}") from None
                progress(len(block))

    return encoding, pieces()


# --------------------------------------------------------------------------- HTML view

_MARKUP = re.compile(
    r"<!--.*?-->|<(script|style)\b[^>]*>.*?</\1\s*>|<!\[CDATA\[|\]\]>|<[!?/]?[A-Za-z][^<>]*>|&(?:nbsp|#160|#xa0);",
    re.DOTALL | re.IGNORECASE,
)
_BLOCK_TAG = re.compile(
    r"</?(?:br|p|div|td|th|tr|li|ul|ol|dl|dt|dd|h[1-6]|table|thead|tbody|section|article|header|footer|"
    r"title|head|body|html|option|pre|blockquote|hr)\b",
    re.IGNORECASE,
)


def _blank(match: re.Match[str]) -> str:
    markup = match.group(0)
    first = "\n" if _BLOCK_TAG.match(markup) else " "
    # keep the newlines of the markup so line structure (and offsets) stay as they were
    return first + re.sub(r"[^\n]", " ", markup[1:])


def html_view(text: str) -> str:
    """``text`` with tags, comments, scripts and styles blanked (same length, offsets unchanged)."""
    return _MARKUP.sub(_blank, text)


# --------------------------------------------------------------------------- JSON view

_JSON_ESCAPE = re.compile(r"\\\\|\\u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})|\\u([0-9a-fA-F]{4})")


def json_view(text: str) -> str | tuple[str, array]:
    """JSON text with ``\\uXXXX`` escapes decoded (Python's ``ensure_ascii`` hides Japanese behind them).

    Returns ``text`` itself when it has no such escape; otherwise ``(decoded, back)`` where ``back[i]`` is
    the offset in ``text`` of the decoded character ``i`` (and ``back[len(decoded)] == len(text)``), so
    findings map back to offsets into the file — spanning the escapes there.
    """
    if "\\u" not in text:
        return text
    out: list[str] = []
    back = array("q")
    position = 0
    for match in _JSON_ESCAPE.finditer(text):
        if match.group(0) == "\\\\":
            continue  # an escaped backslash: what follows is not an escape
        out.append(text[position : match.start()])
        back.extend(range(position, match.start()))
        high, low, single = match.groups()
        if single:
            out.append(chr(int(single, 16)))
        else:
            out.append(chr(0x10000 + ((int(high, 16) - 0xD800) << 10) + (int(low, 16) - 0xDC00)))
        back.append(match.start())
        position = match.end()
    out.append(text[position:])
    back.extend(range(position, len(text) + 1))
    return "".join(out), back


# --------------------------------------------------------------------------- structured formats


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    # a cell's own line breaks and tabs would break the row/cell structure of the text
    return str(value).replace("\t", " ").replace("\r\n", " ").replace("\n", " ").replace("\r", " ")


def row_text(values: list[object] | tuple[object, ...]) -> str:
    """One spreadsheet row as text: cells joined by TAB, trailing empty cells dropped, LF at the end."""
    cells = [_cell_text(v) for v in values]
    while cells and not cells[-1]:
        cells.pop()
    return "\t".join(cells) + "\n"


OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # compound file: .xls, .doc, encrypted OOXML


def _starts_with(path: Path, magic: bytes) -> bool:
    with path.open("rb") as handle:
        return handle.read(len(magic)) == magic


def _xlsx_pieces(path: Path) -> Iterator[str | Section | _Row]:
    import openpyxl

    if _starts_with(path, OLE_MAGIC):
        raise UnreadableFile("password-protected (encrypted) workbook, or an .xls file named .xlsx")
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for broken files
        raise UnreadableFile(f"not a readable .xlsx workbook: {_one_line(exc)}") from None
    try:
        for index, sheet in enumerate(workbook.worksheets):
            yield SHEET_SEPARATOR if index else ""
            yield Section(sheet.title)
            yield f"{sheet.title}\n"
            try:
                for row in sheet.iter_rows(values_only=True):
                    yield ROW
                    yield row_text(row)
            except Exception as exc:  # noqa: BLE001
                raise UnreadableFile(f"broken sheet {sheet.title!r}: {_one_line(exc)}") from None
    finally:
        workbook.close()


def _xls_pieces(path: Path) -> Iterator[str | Section | _Row]:
    import xlrd

    try:
        book = xlrd.open_workbook(str(path), on_demand=True)
    except Exception as exc:  # noqa: BLE001 - xlrd raises many kinds for broken files
        raise UnreadableFile(f"not a readable .xls workbook: {_one_line(exc)}") from None
    try:
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            yield SHEET_SEPARATOR if index else ""
            yield Section(sheet.name)
            yield f"{sheet.name}\n"
            for r in range(sheet.nrows):
                values: list[object] = []
                for cell in sheet.row(r):
                    if cell.ctype == xlrd.XL_CELL_DATE:
                        try:
                            values.append(xlrd.xldate.xldate_as_datetime(cell.value, book.datemode))
                        except (ValueError, OverflowError):
                            values.append(cell.value)
                    else:
                        values.append(cell.value)
                yield ROW
                yield row_text(values)
            book.unload_sheet(index)
    finally:
        book.release_resources()


def _docx_pieces(path: Path) -> Iterator[str]:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    if _starts_with(path, OLE_MAGIC):
        raise UnreadableFile("password-protected (encrypted) document, or a .doc file named .docx")
    try:
        document = docx.Document(str(path))
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds for broken files
        raise UnreadableFile(f"not a readable .docx document: {_one_line(exc)}") from None

    def table_rows(table: Table) -> Iterator[str]:
        for row in table.rows:
            seen: set[int] = set()
            cells = []
            for cell in row.cells:  # merged cells repeat: keep each once
                if id(cell._tc) in seen:
                    continue
                seen.add(id(cell._tc))
                cells.append(" ".join(p.text for p in cell.paragraphs))
            yield row_text(cells)
            for cell in row.cells:
                for inner in cell.tables:
                    yield from table_rows(inner)

    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            yield block.text + "\n"
        elif isinstance(block, Table):
            yield from table_rows(block)
    for section in document.sections:
        for part in (section.header, section.footer):
            if not part.is_linked_to_previous:
                for paragraph in part.paragraphs:
                    if paragraph.text:
                        yield paragraph.text + "\n"


def _pdf_pieces(path: Path) -> Iterator[str | Section]:
    import logging

    import pypdf

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = pypdf.PdfReader(str(path))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableFile("encrypted PDF (暗号化されたPDF)")
        pages = reader.pages
        count = len(pages)
    except UnreadableFile:
        raise
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds for broken files
        raise UnreadableFile(f"not a readable PDF: {_one_line(exc)}") from None
    for number in range(count):
        try:
            text = pages[number].extract_text() or ""
        except Exception as exc:  # noqa: BLE001
            raise UnreadableFile(f"broken PDF page {number + 1}: {_one_line(exc)}") from None
        yield SHEET_SEPARATOR if number else ""
        yield Section(str(number + 1))
        yield text


def _eml_pieces(path: Path) -> Iterator[str]:
    import email
    from email import policy

    try:
        with path.open("rb") as handle:
            message = email.message_from_binary_file(handle, policy=policy.default)
    except Exception as exc:  # noqa: BLE001
        raise UnreadableFile(f"not a readable e-mail message: {_one_line(exc)}") from None
    if message.defects and not message.keys():
        raise UnreadableFile("not an e-mail message (no headers)")
    for name in EML_HEADERS:
        for value in message.get_all(name, []):
            yield f"{name}: {' '.join(str(value).split())}\n"
    yield "\n"
    for part in message.walk():
        if part.is_multipart() or part.get_content_maintype() != "text":
            continue
        try:
            content = part.get_content()
        except (LookupError, UnicodeError, ValueError):  # unknown charset: decode leniently
            payload = part.get_payload(decode=True) or b""
            content = payload.decode(part.get_content_charset() or "utf-8", errors="replace")
        if isinstance(content, bytes):
            content = content.decode("utf-8", errors="replace")
        yield (html_view(content) if part.get_content_subtype() == "html" else content) + "\n"


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:200]


# --------------------------------------------------------------------------- entry point


def file_format(path: Path) -> str:
    """The reader used for ``path``: ``text``, ``html``, ``xlsx``, ``xls``, ``docx``, ``pdf`` or ``eml``."""
    suffix = path.suffix.lower()
    if suffix in EXCEL_EXTENSIONS:
        return "xlsx"
    if suffix in HTML_EXTENSIONS:
        return "html"
    if suffix in {".xls", ".docx", ".pdf"}:
        return suffix[1:]
    if suffix == ".eml":
        try:
            return "eml" if path.stat().st_size <= EML_MAX_BYTES else "text"
        except OSError:
            return "eml"
    return "text"


def _checked(pieces: Iterator[str]) -> Iterator[str]:
    """Turn library errors raised while iterating into :class:`UnreadableFile`."""
    try:
        yield from pieces
    except UnreadableFile:
        raise
    except MemoryError:
        raise UnreadableFile("out of memory while reading") from None
    except Exception as exc:  # noqa: BLE001
        raise UnreadableFile(_one_line(exc)) from None


def open_source(path: str | Path) -> SourceFile:
    """Open ``path`` for scanning; raises :class:`UnreadableFile` with the reason when it cannot be read."""
    path = Path(path)
    if not path.is_file():
        raise UnreadableFile("not a regular file" if path.exists() else "no such file")
    kind = file_format(path)
    if kind in {"text", "html"}:

        def advance(count: int) -> None:
            source.bytes_read += count

        encoding, pieces = _read_text(path, advance)
        view = html_view if kind == "html" else json_view if path.suffix.lower() in JSON_EXTENSIONS else None
        source = SourceFile(path, kind, encoding, _checked(pieces), view)
        source.bytes_read = min(SAMPLE_BYTES, path.stat().st_size)
        return source
    readers = {"xlsx": _xlsx_pieces, "xls": _xls_pieces, "docx": _docx_pieces, "pdf": _pdf_pieces, "eml": _eml_pieces}
    pieces = readers[kind](path)
    # Open eagerly so that a corrupt file fails here, not halfway through the scan.
    try:
        first = next(pieces)
    except StopIteration:
        first = ""
    except UnreadableFile:
        raise
    except Exception as exc:  # noqa: BLE001
        raise UnreadableFile(_one_line(exc)) from None

    locator = Locator("page" if kind == "pdf" else "sheet") if kind in {"xlsx", "xls", "pdf"} else None

    def chained() -> Iterator[str]:
        offset = 0
        for piece in itertools.chain([first], pieces):
            if isinstance(piece, str):
                offset += len(piece)
                yield piece
            elif locator is None:
                continue
            elif isinstance(piece, Section):
                locator.section_starts.append(offset)
                locator.section_labels.append(piece.label)
                locator.section_first_row.append(len(locator.rows))
            else:
                locator.rows.append(offset)

    return SourceFile(path, kind, None, _checked(chained()), locator=locator)


def read_text(path: str | Path) -> str:
    """The whole decoded text of ``path`` (for small files and tests; scanning streams instead)."""
    return "".join(open_source(path).pieces)
