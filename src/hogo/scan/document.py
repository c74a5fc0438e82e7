"""A text being analysed: the original, its normalised form and (lazily) its SudachiPy tokens."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from functools import cached_property

from hogo.scan.normalize import Normalized, normalize

# SudachiPy refuses very long inputs; we tokenise line by line and cut long lines at sentence ends.
_MAX_CHUNK = 4000
_SENTENCE_END = re.compile(r"(?<=[。．！？!?\n])")


@dataclass(frozen=True, slots=True)
class Token:
    """One 人名 morpheme: span in the normalised text and its part-of-speech tuple."""

    start: int
    end: int
    pos: tuple[str, ...]

    @property
    def is_person(self) -> bool:
        return self.pos[2] == "人名"



class _Sudachi:
    """One SudachiPy tokenizer per process (mode C: longest units, so 姓 and 名 stay whole).

    Only 人名 morphemes are kept as :class:`Token` objects (the person recognizer needs nothing else;
    adjacency is checked on offsets), which keeps the Python side of tokenisation cheap.
    """

    def __init__(self) -> None:
        from sudachipy import Dictionary, SplitMode

        self.dictionary = Dictionary(dict="core")
        # SudachiPy 0.7 renamed Dictionary.create() to Dictionary.tokenizer(); 0.6 has only create().
        make = getattr(self.dictionary, "tokenizer", None) or self.dictionary.create
        self.tokenizer = make(mode=SplitMode.C, fields={"pos"})
        # the part-of-speech ids of 人名 (a handful of the dictionary's ~1,500): one set lookup per morpheme
        self._person_pos: dict[int, tuple[str, ...]] = {}
        pos_id = 0
        while (pos := self.dictionary.pos_of(pos_id)) is not None:
            if pos[2] == "人名":
                self._person_pos[pos_id] = tuple(pos)
            pos_id += 1
        # one MorphemeList reused by every call (SudachiPy's ``out=``): no allocation per chunk
        self._out = self.tokenizer.tokenize("")

    def tokenize(self, text: str) -> list[Token]:
        """The 人名 morphemes of ``text`` (offsets into ``text``)."""
        tokens: list[Token] = []
        offset = 0
        person_pos = self._person_pos
        out = self._out
        for chunk in _chunks(text):
            if not chunk.isascii():
                for m in self.tokenizer.tokenize(chunk, out=out):
                    pos = person_pos.get(m.part_of_speech_id())
                    if pos is not None:
                        # SudachiDict has a few names with a reading glued on (恵理子(はは)): the name ends at the bracket
                        cut = m.surface().find("(")
                        end = m.begin() + cut if cut > 0 else m.end()
                        tokens.append(Token(offset + m.begin(), offset + end, pos))
            offset += len(chunk)
        return tokens

    @functools.lru_cache(maxsize=65536)  # noqa: B019 - one instance per process
    def is_surname(self, word: str) -> bool:
        """Whether the dictionary has ``word`` as a surname (人名・姓)."""
        if any(m.part_of_speech()[3] == "姓" for m in self.dictionary.lookup(word)):
            return True
        # old/variant kanji (異体字) in registered names: 髙橋, 渡邊, 齋藤, 山﨑 are 高橋, 渡辺, 斎藤, 山崎
        plain = word.translate(_ITAIJI)
        return plain != word and any(m.part_of_speech()[3] == "姓" for m in self.dictionary.lookup(plain))


_ITAIJI = str.maketrans("髙邊邉齋齊﨑崎嶋濵濱澤櫻廣實德惠髮冨瀨曻", "高辺辺斎斉崎崎島浜浜沢桜広実徳恵髪富瀬昇")


def _chunks(text: str) -> list[str]:
    """Pieces of at most _MAX_CHUNK characters, cut after a newline (or a sentence end in long lines)."""
    if len(text) <= _MAX_CHUNK:
        return [text]
    pieces = (
        piece
        for line in text.splitlines(keepends=True)
        for piece in (_SENTENCE_END.split(line) if len(line) > _MAX_CHUNK else (line,))
    )
    out: list[str] = []
    buf = ""
    for piece in pieces:
        while len(piece) > _MAX_CHUNK:  # a sentence longer than the limit: cut it hard
            if buf:
                out.append(buf)
                buf = ""
            out.append(piece[:_MAX_CHUNK])
            piece = piece[_MAX_CHUNK:]
        if len(buf) + len(piece) > _MAX_CHUNK:
            out.append(buf)
            buf = ""
        buf += piece
    if buf:
        out.append(buf)
    return out


# a header cell of a two-column table: a field name in code (birth_date, postal_code, MyNumber) or a Japanese label
# word (氏名, 電話番号, 生年月日) — not a value (遠藤誠 in a form's 氏名<TAB>遠藤誠, 2026-04-01)
_HEADER_CELL = re.compile(
    r"[A-Za-z][A-Za-z0-9_ .\-]{0,23}|[^\d\n]{0,12}(?:氏名|名前|フリガナ|ふりがな|カナ|住所|所在地|電話|TEL|FAX|番号|生年月日|誕生日|"
    r"メール|郵便|年齢|性別|所属|備考|口座|記号|日付|区分|コード|ID)[^\d\n]{0,12}"
)


def _two_column_header(line: str, sep: str, following: list[str]) -> bool:
    """A line of two cells is the header of a two-column table (``birth_date,name``) when both cells are field names
    or label words and the next line has two cells too. (A form written as label<TAB>value lines is no table.)"""
    return bool(following) and following[0].count(sep) == 1 and all(
        _HEADER_CELL.fullmatch(cell.strip().strip('"')) for cell in line.split(sep)
    )


_COPY_HEADER = re.compile(r"COPY [\w.\"]+ ?\(([^()]{1,2000})\) FROM stdin")


def _title_line(count: int, sep: str, following: list[str]) -> bool:
    """round 9: a title row above a table (``学校名<TAB>遠征先<TAB>日程``, then ``No<TAB>学年<TAB>氏名<TAB>…``): a line with fewer
    cells than the next line, which the line after it repeats in shape — the next line is the header, not this one. The
    next line must hold no digit: a header names its columns, and a data row with more cells than the header above it is
    a row whose amounts carry thousands separators (``40,128,000``), below the real header."""
    if len(following) < 2:
        return False
    wider = following[0].count(sep)
    return wider > count and following[1].count(sep) == wider and not any(ch.isdigit() for ch in following[0])


@functools.cache
def sudachi() -> _Sudachi:
    return _Sudachi()


class Document:
    """What recognizers see: ``text`` is the normalised text; findings are mapped back via ``norm``."""

    __slots__ = ("norm", "text", "__dict__")

    def __init__(self, original: str) -> None:
        self.norm: Normalized = normalize(original)
        self.text: str = self.norm.text

    @cached_property
    def tokens(self) -> list[Token]:
        return sudachi().tokenize(self.text)

    def before(self, start: int, width: int) -> str:
        return self.text[max(0, start - width) : start]

    def after(self, end: int, width: int) -> str:
        return self.text[end : end + width]

    # --- tables (CSV/TSV text): the header cell of a value's column is context for the value ---

    @cached_property
    def table_headers(self) -> dict[str, list[str]]:
        """The first line holding each separator (``,``, tab or ``|``), split into header cells (read by recognizers
        that look at a table's columns as a whole, e.g. whether it has a person-name column)."""
        headers: dict[str, list[str]] = {}
        lines = self.text[:20000].splitlines()[:50]
        for n, line in enumerate(lines):
            copy = _COPY_HEADER.match(line) if line.startswith("COPY ") else None
            if copy and "\t" not in headers:
                # round 9: a PostgreSQL dump names the columns of its tab-separated rows in the COPY line
                headers["\t"] = [c.strip() for c in copy.group(1).split(",")]
                self.__dict__["_copy_line"] = n
                continue
            for sep in (",", "\t", "|"):  # CSV, TSV and Markdown tables (| 氏名 | 年組 |)
                if sep in headers or (sep == "|" and not line.lstrip().startswith("|")):
                    continue
                count = line.count(sep)
                if count >= 2 and _title_line(count, sep, lines[n + 1 : n + 3]):
                    continue
                if count >= 2 or (count == 1 and sep != "|" and _two_column_header(line, sep, lines[n + 1 : n + 2])):
                    headers[sep] = line.split(sep)
            if len(headers) == 3:
                break
        return headers

    def in_header_line(self, pos: int) -> bool:
        """round 9: whether ``pos`` sits on a table's header line (``No<TAB>氏名<TAB>フリガナ<TAB>区分``: labels, no values)."""
        headers = self.table_headers
        if not headers:
            return False
        line_start = self.text.rfind("\n", 0, pos) + 1
        line_end = self.text.find("\n", pos)
        line = self.text[line_start : line_end if line_end >= 0 else len(self.text)]
        return any(sep in line and line.split(sep) == cells for sep, cells in headers.items())

    def header_of(self, pos: int) -> str | None:
        """The header cell above ``pos`` when ``pos`` sits in a CSV/TSV row below a header line."""
        headers = self.table_headers
        if not headers:
            return None
        line_start = self.text.rfind("\n", 0, pos) + 1
        if line_start == 0:
            return None  # the header line itself
        line_end = self.text.find("\n", pos)
        line = self.text[line_start : line_end if line_end >= 0 else len(self.text)]
        for sep, cells in headers.items():
            if sep in line:
                col = self.text.count(sep, line_start, pos)
                return cells[col] if col < len(cells) else None
        return None

    def header_matches(self, pos: int, pattern: re.Pattern[str]) -> bool:
        header = self.header_of(pos)
        return bool(header and pattern.search(header))

    @cached_property
    def _table_rows(self) -> dict[str, list[tuple[int, list[str]]]]:
        """Per separator, the rows below its header line: (offset of the line, its cells). A line is a row when it
        has as many cells as the header; the first such line is the header itself. Built once, read by every
        :meth:`cells_under` (recognizers ask for several columns of the same table)."""
        out: dict[str, list[tuple[int, list[str]]]] = {}
        for sep, cells in self.table_headers.items():
            rows: list[tuple[int, list[str]]] = []
            pos = 0
            # (a COPY line's header holds no tab: every matching row after it is a row)
            seen_header = sep == "\t" and "_copy_line" in self.__dict__
            for line in self.text.splitlines(keepends=True):
                body = line.rstrip("\r\n")
                if body.count(sep) == len(cells) - 1:
                    if not seen_header:
                        seen_header = True
                    else:
                        rows.append((pos, body.split(sep)))
                pos += len(line)
            out[sep] = rows
        return out

    def cells_under(self, header: re.Pattern[str]) -> list[tuple[int, int]]:
        """Spans of the CSV/TSV cells whose column header matches ``header`` (rows below the header line)."""
        out: list[tuple[int, int]] = []
        for sep, cells in self.table_headers.items():
            cols = {i for i, c in enumerate(cells) if header.search(c)}
            if not cols:
                continue
            for start, row in self._table_rows[sep]:
                for i, cell in enumerate(row):
                    if i in cols and cell.strip():
                        # the value without padding spaces (| 山田 太郎 |) and quotes ("山田 太郎")
                        a, b = start + len(cell) - len(cell.lstrip(" ")), start + len(cell.rstrip(" "))
                        q = 1 if b - a >= 2 and self.text[a] == self.text[b - 1] == '"' else 0
                        out.append((a + q, b - q))
                    start += len(cell) + 1
        return out
