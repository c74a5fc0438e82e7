"""A text being analysed: the original, its normalised form and (lazily) its SudachiPy tokens."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import Any, Callable, Generic, TypeVar

from hogo.scan.normalize import Normalized, normalize

_T = TypeVar("_T")


class cached_property(Generic[_T]):  # noqa: N801 - the name and behaviour of functools.cached_property
    """``functools.cached_property`` without the lock Python 3.11 takes on every first read (3.12 dropped it): the
    value is computed on the first read and kept in the instance's ``__dict__``, where later reads find it without
    calling this descriptor. A document is read by one thread. (Round 13, throughput: a dozen properties are read
    for every document, ~1.5 µs each with the lock.)"""

    def __init__(self, func: Callable[[Any], _T]) -> None:
        self.func = func
        self.attrname = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.attrname = name

    def __get__(self, instance: Any, owner: type | None = None) -> _T:
        if instance is None:
            return self  # type: ignore[return-value]
        value = instance.__dict__[self.attrname] = self.func(instance)
        return value


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

    Round 11 (throughput): :meth:`tokenize` reads a text with a second tokenizer, without SudachiPy's
    ``JoinNumericPlugin``, which rewrites a long text's path with one copy of the rest of the path per number it
    joins (a tenth of a pass's work on the dev corpus went to those copies). The plugin runs after the lattice is
    solved and joins a run of numeral morphemes that opens with a 数詞, so it changes no 人名 morpheme made of other
    characters: a chunk whose 人名 morphemes include one of numerals only (一二三, 千) is read again with the default
    configuration (:func:`_numeral_run`), so the tokens are the same as with the plugin. ``tokenizer`` (the default
    configuration) stays for the callers that read every morpheme.
    """

    def __init__(self) -> None:
        from sudachipy import Dictionary, SplitMode

        def mode_c(dictionary):  # SudachiPy 0.7 renamed Dictionary.create() to .tokenizer(); 0.6 has only create()
            make = getattr(dictionary, "tokenizer", None) or dictionary.create
            return make(mode=SplitMode.C, fields={"pos"})

        self.dictionary = Dictionary(dict="core")
        self.tokenizer = mode_c(self.dictionary)
        # round 11: the same without JoinNumericPlugin, for the 人名 morphemes of whole texts (or the default one)
        self._numerals = _numeral_run()
        without = _dictionary_without_numeric_join() if self._numerals is not None else None
        self._names_tokenizer = self.tokenizer if without is None else mode_c(without)
        # one MorphemeList per tokenizer, reused by every call (SudachiPy's ``out=``): no allocation per chunk
        self._out = {id(t): t.tokenize("") for t in (self.tokenizer, self._names_tokenizer)}
        # the part-of-speech ids of 人名 (a handful of the dictionary's ~1,500): one set lookup per morpheme
        self._person_pos: dict[int, tuple[str, ...]] = {}
        pos_id = 0
        while (pos := self.dictionary.pos_of(pos_id)) is not None:
            if pos[2] == "人名":
                self._person_pos[pos_id] = tuple(pos)
            pos_id += 1

    def tokenize(self, text: str) -> list[Token]:
        """The 人名 morphemes of ``text`` (offsets into ``text``)."""
        tokens: list[Token] = []
        offset = 0
        for chunk in _chunks(text):
            if not chunk.isascii():
                names = self._names(self._names_tokenizer, chunk, offset)
                if self._names_tokenizer is not self.tokenizer and any(self._numeral(text, t) for t in names):
                    names = self._names(self.tokenizer, chunk, offset)  # (a name of numerals: see above)
                tokens += names
            offset += len(chunk)
        return tokens

    def _numeral(self, text: str, token: Token) -> bool:
        """Whether a 人名 morpheme is numerals only: the characters of :func:`_numeral_run`, or characters that are
        numbers for Unicode (SudachiPy's input NFKC turns ① and ㉑, which :func:`normalize` keeps, into digits)."""
        span = text[token.start : token.end]
        return bool(self._numerals.fullmatch(span)) or span.isnumeric()

    def _names(self, tokenizer, chunk: str, offset: int) -> list[Token]:
        """The 人名 morphemes of ``chunk`` by ``tokenizer``, at ``offset`` in the text."""
        names: list[Token] = []
        person_pos = self._person_pos
        for m in tokenizer.tokenize(chunk, out=self._out[id(tokenizer)]):
            pos = person_pos.get(m.part_of_speech_id())
            if pos is not None:
                # SudachiDict has a few names with a reading glued on (恵理子(はは)): the name ends at the bracket
                cut = m.surface().find("(")
                end = m.begin() + cut if cut > 0 else m.end()
                names.append(Token(offset + m.begin(), offset + end, pos))
        return names

    @functools.lru_cache(maxsize=65536)  # noqa: B019 - one instance per process
    def is_surname(self, word: str) -> bool:
        """Whether the dictionary has ``word`` as a surname (人名・姓)."""
        if any(m.part_of_speech()[3] == "姓" for m in self.dictionary.lookup(word)):
            return True
        # old/variant kanji (異体字) in registered names: 髙橋, 渡邊, 齋藤, 山﨑 are 高橋, 渡辺, 斎藤, 山崎
        plain = word.translate(_ITAIJI)
        return plain != word and any(m.part_of_speech()[3] == "姓" for m in self.dictionary.lookup(plain))


def _sudachi_resource(name: str):
    """A file of SudachiPy's default resources (its configuration, its character definitions)."""
    from pathlib import Path

    import sudachipy

    return Path(sudachipy.__file__).parent / "resources" / name


def _numeral_run() -> re.Pattern[str] | None:
    """A run of the characters SudachiPy's character definitions put in a numeral category (NUMERIC, KANJINUMERIC):
    the only 人名 morphemes JoinNumericPlugin can join into a number. None when the definitions cannot be read."""
    try:
        lines = _sudachi_resource("char.def").read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    ranges = []
    for line in lines:
        fields = line.split("#")[0].split()
        if fields and fields[0].startswith("0x") and {"NUMERIC", "KANJINUMERIC"} & set(fields[1:]):
            low, _, high = fields[0].partition("..")
            ranges.append(f"{re.escape(chr(int(low, 16)))}-{re.escape(chr(int(high or low, 16)))}")
    return re.compile(f"[{''.join(ranges)}]+") if ranges else None


def _dictionary_without_numeric_join():
    """SudachiPy's core dictionary with its default configuration less the JoinNumericPlugin, or None when this
    SudachiPy takes no configuration object."""
    import json

    from sudachipy import Dictionary

    try:
        from sudachipy import Config

        defaults = json.loads(_sudachi_resource("sudachi.json").read_text(encoding="utf-8"))
    except (ImportError, OSError, ValueError):
        return None
    rewrite = [p for p in defaults.get("pathRewritePlugin", [])
               if not p.get("class", "").endswith(".JoinNumericPlugin")]
    try:
        return Dictionary(Config(pathRewritePlugin=rewrite), dict="core")
    except Exception:  # noqa: BLE001 - a SudachiPy that refuses the configuration: the default tokenizer serves alone
        return None


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


# the label words of a table's header (氏名, 電話番号, 生年月日, 続柄): one list for a two-column table's header cell and a
# later table's header line (round 12: the two helpers wrote one each)
_HEADER_LABEL_WORDS = (
    r"氏名|名前|フリガナ|ふりがな|カナ|住所|所在地|電話|TEL|FAX|携帯|番号|生年月日|誕生日|続柄|年齢|性別|所属|備考|連絡先|"
    r"メール|郵便|口座|記号|日付|区分|コード|ID"
)
# a header cell of a two-column table: a field name in code (birth_date, postal_code, MyNumber) or a Japanese label
# word (氏名, 電話番号, 生年月日) — not a value (遠藤誠 in a form's 氏名<TAB>遠藤誠, 2026-04-01)
_HEADER_CELL = re.compile(
    rf"[A-Za-z][A-Za-z0-9_ .\-]{{0,23}}|[^\d\n]{{0,12}}(?:{_HEADER_LABEL_WORDS})[^\d\n]{{0,12}}"
    r"|[^\d\n,\t|]{1,8}日"  # (round 10: a date's name, 入会日, 受洗日, 入社日)
)


def _two_column_header(line: str, sep: str, following: list[str]) -> bool:
    """A line of two cells is the header of a two-column table (``birth_date,name``) when both cells are field names
    or label words and the next line has two cells too. (A form written as label<TAB>value lines is no table.)"""
    return bool(following) and following[0].count(sep) == 1 and all(
        _HEADER_CELL.fullmatch(cell.strip().strip('"')) for cell in line.split(sep)
    )


def _title_above_header(line: str, count: int, following: str, sep: str) -> bool:
    """A line is a title above a table (山手高校 男子卓球部<TAB>春合宿<TAB>2025/03/26) when the next line has no digit
    and more cells, or as many and the line has a digit (a date, a year): that next line is the header. (A header's
    rows may have more separators than it, ``128,000`` in a CSV row, but they hold digits.)"""
    if any(ch.isdigit() for ch in following):
        return False
    if sep == "|" and not following.strip(" |-:"):
        return False  # (round 13: a Markdown separator row |---|---| is no header, whatever the header line above holds)
    n = following.count(sep)
    return n > count or (n == count and any(ch.isdigit() for ch in line))


# --- SQL dumps: the column of each value (round 9) ---
# INSERT INTO t (a, b) VALUES (…), (…); — or INSERT INTO t VALUES (…) with the columns of an earlier CREATE TABLE t
# (mysqldump writes no column list); COPY t (a, b) FROM stdin; then one tab-separated line per row (pg_dump)
# (round 9b: SQL Server writes INSERT [dbo].[t] without INTO)
_SQL_INSERT = re.compile(r"INSERT[ ](?:INTO[ ])?([`\"\w.\[\]]+)[ ]?(?:\(([^()\n]{1,800})\)[ ]?)?VALUES", re.I)
_SQL_CREATE = re.compile(r"CREATE[ ]TABLE[ ](?:IF[ ]NOT[ ]EXISTS[ ])?([`\"\w.]+)[ ]?\(", re.I)
_SQL_COPY = re.compile(r"COPY[ ]([\"\w.]+)[ ]?\(([^()\n]{1,2000})\)[ ]FROM[ ]stdin", re.I)
# a column definition opens its line or follows a comma: `name` varchar(40), birth date
_SQL_COLUMN_DEF = re.compile(r"(?:^|,)[ \t]*[`\"]?([A-Za-z_][\w]*|[^\x00-\x7f\s,()`\"]+)[`\"]?[ \t]+[A-Za-z]", re.M)
_SQL_NOT_COLUMN = frozenset({"PRIMARY", "KEY", "UNIQUE", "INDEX", "CONSTRAINT", "FOREIGN", "CHECK", "FULLTEXT"})
# one value of a VALUES tuple: a string ('…', N'…' of SQL Server), a function call whose first string argument is the
# value (Oracle to_date('14-SEP-77','DD-MON-RR'), CAST(N'1949-11-19' AS Date)), or a bare token (42, NULL)
_SQL_STRING = re.compile(r"N?'((?:[^'\n\\]|''|\\.)*)'")
_SQL_CALL = re.compile(r"[A-Za-z_]\w*[ ]?\(")
_SQL_BARE = re.compile(r"[^,()'\n]*")


def _sql_tuple(text: str, pos: int) -> tuple[list[tuple[int, int] | None], int] | None:
    """The values of the tuple opening at ``pos`` (spans inside the quotes; None for NULL and empty tokens) and the
    position after its closing bracket, or None when ``pos`` opens no well-formed tuple."""
    if text[pos : pos + 1] != "(":
        return None
    pos += 1
    values: list[tuple[int, int] | None] = []
    while True:
        while text[pos : pos + 1] in (" ", "\t"):
            pos += 1
        m = _SQL_STRING.match(text, pos)
        if m:
            values.append(m.span(1))
            pos = m.end()
        elif (call := _SQL_CALL.match(text, pos)) is not None:
            depth, i, first = 1, call.end(), None
            while i < len(text) and depth and text[i] != "\n":
                if text[i] in "N'" and (q := _SQL_STRING.match(text, i)):
                    first = first or q.span(1)
                    i = q.end()
                    continue
                depth += {"(": 1, ")": -1}.get(text[i], 0)
                i += 1
            if depth:
                return None
            values.append(first)
            pos = i
        else:
            m = _SQL_BARE.match(text, pos)
            token = m.group().strip()
            values.append(None if not token or token.upper() == "NULL" else (pos, pos + len(m.group().rstrip())))
            pos = m.end()
        while text[pos : pos + 1] in (" ", "\t"):
            pos += 1
        if text[pos : pos + 1] == ",":
            pos += 1
        elif text[pos : pos + 1] == ")":
            return values, pos + 1
        else:
            return None


def _sql_names(cols: str) -> list[str]:
    return [c.strip().strip('`"[]') for c in cols.split(",")]


def _table_key(name: str) -> str:
    """A table's name without quotes, brackets or schema (`staff`, [dbo].[Client], CRM.CUSTOMER → staff, Client, CUSTOMER)."""
    return name.strip('`"[]').split(".")[-1].strip("[]")


def sql_inserts(text: str) -> list[re.Match[str]]:
    """The INSERT … VALUES statements of an SQL dump (group 1: the table, group 2: the column list if written)."""
    if "INSERT" in text or "insert" in text or "Insert" in text:
        return list(_SQL_INSERT.finditer(text))
    return []


def _create_columns(text: str) -> dict[str, list[str]]:
    """Per table, the column names of its CREATE TABLE (the body up to the closing bracket of the statement)."""
    out: dict[str, list[str]] = {}
    for m in _SQL_CREATE.finditer(text):
        depth, i = 1, m.end()
        while i < len(text) and depth:
            depth += {"(": 1, ")": -1}.get(text[i], 0)
            i += 1
        body = re.sub(r"\([^()]*\)", "", text[m.end() : i - 1])  # varchar(40), PRIMARY KEY (id)
        names = [c.group(1) for c in _SQL_COLUMN_DEF.finditer(body) if c.group(1).upper() not in _SQL_NOT_COLUMN]
        if names:
            out[_table_key(m.group(1))] = names
    return out


def sql_cells(text: str) -> list[tuple[int, int, str]]:
    """(start, end, column) of every value in the INSERT statements of an SQL dump; a quoted value's span is inside its
    quotes, NULL is left out. (A COPY block is a table: its line names the columns of the tab-separated rows below.)"""
    out: list[tuple[int, int, str]] = []
    inserts = sql_inserts(text)
    created = _create_columns(text) if inserts and ("CREATE" in text or "create" in text) else {}
    for ins in inserts:
        columns = _sql_names(ins.group(2)) if ins.group(2) else created.get(_table_key(ins.group(1)))
        if not columns:
            continue
        pos = ins.end()
        while True:
            while pos < len(text) and text[pos] in " \t\r\n,":
                pos += 1
            tup = _sql_tuple(text, pos)
            if tup is None:
                break
            values, pos = tup
            for span, column in zip(values, columns):
                if span is not None and span[1] > span[0]:
                    out.append((span[0], span[1], column))
    return out


# --- HTML tables: the column of each cell (round 9b) ---
_HTML_ROW = re.compile(r"<tr\b[^>]*>(.*?)(?=</tr>|<tr\b|</table>)", re.S | re.I)
_HTML_CELL = re.compile(r"<(t[hd])\b[^>]*>(.*?)(?=</t[hd]>|<t[hd]\b|\Z)", re.S | re.I)
_HTML_TAG = re.compile(r"<[^<>]*>")


def html_cells(text: str) -> list[tuple[int, int, str]]:
    """(start, end, header) of every data cell of an HTML table whose first row is a row of ``<th>`` cells: the
    cell's content (tags inside included) and the text of the header cell above it."""
    out: list[tuple[int, int, str]] = []
    header: list[str] | None = None
    for row in _HTML_ROW.finditer(text):
        cells = list(_HTML_CELL.finditer(text, row.start(1), row.end(1)))
        if cells and all(c.group(1).lower() == "th" for c in cells):
            header = [_HTML_TAG.sub("", c.group(2)).strip() for c in cells]
            continue
        if header is None:
            continue
        for i, c in enumerate(cells[: len(header)]):
            a, b = c.span(2)
            while a < b and text[a] in " \t\r\n":
                a += 1
            while b > a and text[b - 1] in " \t\r\n":
                b -= 1
            if b > a:
                out.append((a, b, header[i]))
    return out


# --- text tables aligned with spaces (round 10): dataframe printouts (pandas ``df.head()``, R ``head()``, Spark),
# fixed-width reports — cells are the runs of text between gaps of two spaces or more, under the header line's cells
_GAP = re.compile(r" {2,}")
_ALIGNED_RULE = re.compile(r"[-= ]+")  # a rule under the header (---  ------)
_ROW_INDEX = re.compile(r"\d{1,6}")  # the row label pandas and R print before the cells


def _aligned_split(line: str) -> list[tuple[int, int]]:
    """The cells of a line of an aligned table: (start, end) in the line of each run between gaps of 2+ spaces."""
    out: list[tuple[int, int]] = []
    pos = len(line) - len(line.lstrip(" "))
    body_end = len(line.rstrip(" "))
    for gap in _GAP.finditer(line, pos, body_end):
        if gap.start() > pos:
            out.append((pos, gap.start()))
        pos = gap.end()
    if body_end > pos:
        out.append((pos, body_end))
    return out


def _aligned_header(line: str, cells: list[tuple[int, int]]) -> bool:
    """A header line of an aligned table: three cells or more, each a short field name (``app_id``, ``氏名``,
    ``seinengappi``) — no value with digits in it, no sentence."""
    return len(cells) >= 3 and all(
        b - a <= 24
        and sum(ch.isdigit() for ch in line[a:b]) <= 2
        and not any(ch in "。、,.:;=()（）「」" for ch in line[a:b])
        for a, b in cells
    )


# a line of a printout kept as a JSON string (a Jupyter notebook's output: "   pid  name\n",): the text inside quotes
_JSON_STRING_LINE = re.compile(r'([ \t]*")(.*?)(?:\\n)?"[ \t]*,?[ \t]*')


def _line_body(line: str) -> tuple[int, str]:
    """A line without its line break, or the inside of a JSON string that holds the line, and its offset in the line."""
    line = line.rstrip("\r\n")
    m = _JSON_STRING_LINE.fullmatch(line) if line.endswith(('"', '",')) else None
    return (len(m.group(1)), m.group(2)) if m else (0, line)


def aligned_cells(text: str) -> list[tuple[int, int, str]]:
    """(start, end, header) of every cell of the space-aligned tables in ``text``: a header line of field names
    followed by rows that split into as many cells (after the row label of pandas/R, a number left of the first header
    cell: ``0  A-0711  湊川 玲央``).
    A row that splits into a different number of cells (a cell with a double space inside, a value missing) is
    skipped; a blank line ends the table. Two rows make a table, or one under a header of four cells or more. Lines with
    a tab or a ``|`` belong to the delimited tables. A printout kept as JSON strings, one a line (a Jupyter notebook's
    output), is read inside its quotes."""
    out: list[tuple[int, int, str]] = []
    lines = text.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    n = 0
    while n < len(lines):
        shift, line = _line_body(lines[n])
        if "  " not in line.strip(" ") or "\t" in line or "|" in line:
            n += 1
            continue
        head = _aligned_split(line)
        if not _aligned_header(line, head):
            n += 1
            continue
        names = [line[a:b] for a, b in head]
        rows: list[tuple[int, list[tuple[int, int]]]] = []
        misses = 0
        m = n + 1
        while m < len(lines) and misses < 3:
            row_shift, row = _line_body(lines[m])
            if not row.strip() or "\t" in row or "|" in row:
                break
            if _ALIGNED_RULE.fullmatch(row):
                m += 1
                continue
            cells = _aligned_split(row)
            if cells and cells[0][1] <= head[0][0] and _ROW_INDEX.fullmatch(row[cells[0][0] : cells[0][1]]):
                cells = cells[1:]  # the row label, left of the first header cell
            if len(cells) == len(names):
                rows.append((offsets[m] + row_shift, cells))
                misses = 0
            else:
                misses += 1
            m += 1
        if len(rows) >= 2 or (rows and len(names) >= 4):
            for start, cells in rows:
                out.extend((start + a, start + b, name) for (a, b), name in zip(cells, names))
            n = m
        else:
            n += 1
    return out


# R's str() of a data frame: `` $ seinengappi: chr  "S24.05.11" "S31.10.02" ...`` — each quoted value under its column
_R_STR_LINE = re.compile(r'^[ ]?\$[ ](?P<k>[^\s:]{1,40})[ ]*:[ ]?(?:chr|Factor[^"\n]*?)[ ]+(?P<v>"[^\n]*)$', re.M)
_R_QUOTED = re.compile(r'"([^"\n]*)"')


def r_vector_cells(text: str) -> list[tuple[int, int, str]]:
    """(start, end, column) of the quoted values of the column lines of R's ``str()`` output."""
    out: list[tuple[int, int, str]] = []
    for m in _R_STR_LINE.finditer(text):
        values = _R_QUOTED.finditer(text, m.start("v"), m.end("v"))
        out.extend((q.start(1), q.end(1), m.group("k")) for q in values if q.end(1) > q.start(1))
    return out


# --- keys of key/value text (round 9c): JSON, Python/Java reprs, PowerShell Format-List, YAML, key=value logs ---
# the key right before a value: "zip": "…", 'zip': '…', postalCode='…', PostalCode      : …, zip=…
# (round 10: also escaped and doubled quotes of JSON inside a string or a CSV cell, \"zip\": \"…\", ""zip"":""…"", and
# Ruby's "zip" => "…")
_KEY_BEFORE = re.compile(
    r"(?:\\?[\"']){0,2}(?P<k>[^\s\"'\\:=,{}\[\]()]{1,40})(?:\\?[\"']){0,2}[ \t]*(?:=>|[:=])[ \t]*(?:\\?[\"']){0,2}\Z"
)
# round 10: an XML element's opening tag right before its text (<生年月日>051023</生年月日>): the element names the value
_XML_OPEN = re.compile(r"<(?P<k>[^\s<>/!?=\"']{1,40})(?:[ \t][^<>\n]*)?>\Z")
# a generic key (value, text …) takes the field's name: the key of the object it is in ("生年月日": {"type": "DATE",
# "value": …}) or a sibling name ({"name": "birth", "value": …}, {"field": "zip", "value": …})
_GENERIC_KEYS = frozenset({"value", "val", "v", "text", "content", "data", "answer", "values"})
# round 10: the type wrapper of a serialised union or typed value takes the key of its object: Avro's JSON encoding
# ("kana": {"string": "…"}) and DynamoDB's ("name": {"S": "…"})
_TYPE_KEYS = frozenset({"string", "S", "int", "long"})
_OBJECT_KEY = re.compile(r"[\"'](?P<k>[^\"'\n]{1,40})[\"'][ \t]*:[ \t]*\{[^{}]{0,80}\Z")
_SIBLING_NAME = re.compile(r"[\"'](?:name|field|code|label|key|id|question|title)[\"'][ \t]*:[ \t]*[\"'](?P<k>[^\"'\n]{1,40})[\"'][^{}]{0,40}\Z")


def key_at(text: str, pos: int, *, gate: bool = True) -> str | None:
    """The key of the value starting at ``pos`` in key/value text on its line (``"zip": "…"``, ``postalCode='…'``,
    ``PostalCode : …``, ``zip=…``; round 10: escaped and doubled quotes, ``=>``, an XML element ``<zip>…``); for a
    generic key (``value``) the field's name from the enclosing object or a ``name``/``field``/``code`` sibling
    (kintone, form and survey exports), for a type wrapper (Avro ``{"string": …}``) its object's key.

    ``gate`` (round 10, throughput): search for a key only when the window ends in ``:``, ``=`` or ``>`` before at most
    spaces, tabs and (escaped) quotes, as every match of ``_KEY_BEFORE`` does; ``gate=False`` is the plain search the
    tests compare it with."""
    line_start = text.rfind("\n", 0, pos) + 1
    window = max(line_start, pos - 60)
    if gate and text[window:pos].rstrip(" \t\"'\\")[-1:] not in (":", "=", ">"):
        m = None
    else:
        m = _KEY_BEFORE.search(text, window, pos)
    if not m:
        # an XML element's name is the key of its text (<生年月日>051023</生年月日>, <zip>…)
        if text[pos - 1 : pos] == ">" and (x := _XML_OPEN.search(text, max(line_start, pos - 120), pos)):
            return x.group("k")
        return None
    key = m.group("k")
    if key in _TYPE_KEYS:
        outer = _OBJECT_KEY.search(text, max(line_start, m.start() - 120), m.start())
        return outer.group("k") if outer else None
    if key.lower() in _GENERIC_KEYS:
        lo = max(line_start, m.start() - 120)
        outer = _SIBLING_NAME.search(text, lo, m.start()) or _OBJECT_KEY.search(text, lo, m.start())
        return outer.group("k") if outer else None
    return key


def _header_at(cells: list[tuple[int, int, str]], pos: int) -> str | None:
    """The header of the cell holding ``pos`` among sorted (start, end, header) cells (HTML tables, text tables)."""
    i = bisect.bisect_right(cells, (pos, float("inf"), "")) - 1
    return cells[i][2] if i >= 0 and cells[i][0] <= pos < cells[i][1] else None


def ragged_row(separators: int, columns: int) -> bool:
    """Whether a line with ``separators`` separators may be a row of a table of ``columns`` columns with its empty
    trailing cells not written: fewer cells, but half as many at least."""
    return columns // 2 <= separators < columns - 1


def split_row(body: str, sep: str) -> list[str]:
    """Round 13: the raw cells of a row, a comma inside a quoted CSV cell ("Santos Oliveira, Juliana") kept in its cell
    (RFC 4180); the cells are the line's own substrings, so their lengths still give the offsets."""
    if sep != "," or '"' not in body:
        return body.split(sep)
    cells: list[str] = []
    start = 0
    quoted = False
    for i, ch in enumerate(body):
        if ch == '"':
            quoted = not quoted
        elif ch == "," and not quoted:
            cells.append(body[start:i])
            start = i + 1
    cells.append(body[start:])
    return cells


def _table_at(tables: list[tuple[list[str], int, int]], line_start: int) -> list[str]:
    """The header cells of the table holding the line at ``line_start`` (tables in order; before the first one's rows,
    the first one's)."""
    for cells, _, end in tables:
        if line_start < end:
            return cells
    return tables[-1][0]


# round 11: a label word of a later table's header line (社員番号<TAB>被扶養者氏名<TAB>続柄<TAB>生年月日), or a field name in
# code (emergency_contact, birthDate)
_LABEL_WORD = re.compile(rf"{_HEADER_LABEL_WORDS}|日$|[a-z]_[a-z]|[a-z][A-Z]")


_SPACED_VALUE = re.compile(r"[^\x00-\x7f][ \u3000][^\x00-\x7f]")


def _later_header(body: str, prev: str, nxt: str, sep: str) -> bool:
    """Whether ``body`` is the header line of a later table: it follows a break (a blank line, or a title or sheet
    name with fewer cells: ``扶養``, ``職員連絡先``), the next line is a row (it has a separator), its cells hold no
    digit nor is long nor is a value with a space inside (古賀 ひまり of a form's 氏名<TAB>古賀 ひまり<TAB>性別<TAB>女), and half
    of them, two at least, are label words or field names (:data:`_HEADER_CELL`, :data:`_LABEL_WORD`)."""
    if prev.strip() and prev.count(sep) >= body.count(sep):
        return False
    if sep not in nxt or any(ch.isdigit() for ch in body):
        return False
    cells = [c.strip().strip('"') for c in body.split(sep)]
    cells = [c for c in cells if c and c.strip("-: ")]
    if len(cells) < 2 or any(len(c) > 16 or _SPACED_VALUE.search(c) for c in cells):
        return False
    labels = sum(bool(_HEADER_CELL.fullmatch(c) or _LABEL_WORD.search(c)) for c in cells)
    return labels >= 2 and 2 * labels >= len(cells)


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
        """Per separator (``,``, tab or ``|``), the header cells of the first table in the text (read by recognizers
        that look at a table's columns as a whole, e.g. whether it has a person-name column); quotes are stripped.

        The header is the first line with two separators or more whose next line has as many (round 9: a title line
        above the table, ``部活名<TAB>遠征先<TAB>日程``, is no header), or a two-column header; a ``|`` table either opens
        its lines with ``|`` or writes `` | `` between cells (``番号 | 氏名 | 生年月日``)."""
        return {sep: tables[0][0] for sep, tables in self._table_list.items()}

    @cached_property
    def _table_list(self) -> dict[str, list[tuple[list[str], int, int]]]:
        """Per separator, every table of the text in order: (header cells, offset of the line after the header line,
        offset where the table ends — the next table's header line, or the end of the text).

        Round 11: a workbook rendered sheet by sheet, or a report, holds several tables with the same separator
        (名簿 then 緊急連絡先, 社員名簿 then 扶養); the rows of the second table stand under their own header, not under the
        first table's. A later table starts at a line of label words (:func:`_later_header`) after a break."""
        first = self._first_tables()
        if not first:
            return {}
        out: dict[str, list[tuple[list[str], int, int]]] = {}
        for sep, (cells, start) in first.items():
            tables = [(cells, start, start)]
            lines = self.text[start:200_000].splitlines(keepends=True)
            pos = start
            prev = self.text[self.text.rfind("\n", 0, max(0, start - 1)) + 1 : start].rstrip("\r\n")  # the header line
            for n, line in enumerate(lines):
                body = line.rstrip("\r\n")
                if body.count(sep) >= 1 and _later_header(body, prev, lines[n + 1] if n + 1 < len(lines) else "", sep):
                    tables.append(([c.strip().strip('"') for c in body.split(sep)], pos + len(line), pos))
                prev = body
                pos += len(line)
            ends = [t[2] for t in tables[1:]]  # a table ends at the next one's header line
            out[sep] = [(c, s, e) for (c, s, _), e in zip(tables, [*ends, len(self.text)])]
        return out

    def _first_tables(self) -> dict[str, tuple[list[str], int]]:
        """Per separator: the header cells of the first table in the text and the offset of the line after it."""
        tables: dict[str, tuple[list[str], int]] = {}
        lines = self.text[:20000].splitlines(keepends=True)[:50]
        pos = 0
        for n, line in enumerate(lines):
            body = line.rstrip("\r\n")
            if "," not in body and "\t" not in body and "|" not in body and not body.startswith(("COPY ", "copy ")):
                pos += len(line)  # (round 13: a line without a separator heads no table)
                continue
            nxt = lines[n + 1].rstrip("\r\n") if n + 1 < len(lines) else ""
            copy = _SQL_COPY.match(body) if body.startswith(("COPY ", "copy ")) else None
            if copy and "\t" not in tables:
                # round 9: a PostgreSQL dump names the columns of its tab-separated rows in the COPY line
                tables["\t"] = (_sql_names(copy.group(2)), pos + len(line))
                pos += len(line)
                continue
            if "{" in body or '":' in body:
                pos += len(line)
                continue  # JSON or code, not a table's header (round 9)
            for sep in (",", "\t", "|"):
                # (round 9b: or, without spaces, when the next line has as many bars: 0901|9/1|新規|… ; not HL7's ^)
                if sep in tables or (sep == "|" and not (
                    body.lstrip().startswith("|") or " | " in body
                    or (body.count("|") >= 2 and nxt.count("|") == body.count("|") and "^" not in body + nxt)
                )):
                    continue
                count = body.count(sep)
                if (count >= 2 and not _title_above_header(body, count, nxt, sep)) or (
                    count == 1 and sep != "|" and _two_column_header(body, sep, [nxt] if nxt else [])
                ):
                    tables[sep] = ([c.strip().strip('"') for c in body.split(sep)], pos + len(line))
            if len(tables) == 3:
                break
            pos += len(line)
        if "\t" not in tables and ("COPY " in self.text or "copy " in self.text):
            # a pg_dump's first COPY may stand after many lines of schema
            copy = _SQL_COPY.search(self.text)
            if copy:
                eol = self.text.find("\n", copy.end())
                tables["\t"] = (_sql_names(copy.group(2)), len(self.text) if eol < 0 else eol + 1)
        return tables

    @property
    def sql_cells(self) -> list[tuple[int, int, str]]:
        """(start, end, column) of the values of an SQL dump's INSERT statements."""
        return self._sql[1]

    @cached_property
    def sql_tables(self) -> list[tuple[int, str]]:
        """(start, table) of each INSERT … VALUES statement, in order: which table a value of :attr:`sql_cells` is in
        (the last statement starting before it)."""
        return [(m.start(), m.group(1)) for m in sql_inserts(self.text)]

    @cached_property
    def _sql(self) -> tuple[dict[int, tuple[int, str]], list[tuple[int, int, str]]]:
        """The values of an SQL dump's INSERT statements: by start offset (end, column), and in order."""
        cells = sql_cells(self.text)
        return {a: (b, col) for a, b, col in cells}, cells

    @cached_property
    def html_cells(self) -> list[tuple[int, int, str]]:
        """(start, end, header) of the data cells of the HTML tables with a ``<th>`` header row (round 9b)."""
        return html_cells(self.text) if "<th" in self.text or "<TH" in self.text else []

    @cached_property
    def text_cells(self) -> list[tuple[int, int, str]]:
        """Round 10: (start, end, header) of the cells of space-aligned tables (dataframe printouts, fixed-width
        reports) and of R ``str()`` column lines, in order."""
        text = self.text
        cells = aligned_cells(text) if "   " in text else []
        if " $ " in text or "\n$ " in text:
            cells = sorted(cells + r_vector_cells(text))
        return cells

    @property
    def has_columns(self) -> bool:
        """Whether any value of the text sits in a column: a delimited table, an SQL dump, an HTML table with a header
        row, or a space-aligned table (the gate of the recognizers' column passes)."""
        return bool(self.table_headers or self._sql[1] or self.html_cells or self.text_cells)

    @property
    def column_names(self) -> list[str]:
        """The header cells of every table of the text (delimited, SQL, space-aligned)."""
        names = [c for tables in self._table_list.values() for cells, _, _ in tables for c in cells]
        names += [col for _, _, col in self._sql[1]]
        return names + list(dict.fromkeys(col for _, _, col in self.text_cells))

    def in_header_line(self, pos: int) -> bool:
        """Round 9: whether ``pos`` sits on a table's header line (``No<TAB>氏名<TAB>フリガナ<TAB>区分``: labels, no values)."""
        if not self.table_headers:
            return False
        line_start = self.text.rfind("\n", 0, pos) + 1
        line_end = self.text.find("\n", pos)
        line = self.text[line_start : line_end if line_end >= 0 else len(self.text)]
        return any(sep in line and [c.strip().strip('"') for c in line.split(sep)] == cells
                   for sep, tables in self._table_list.items() for cells, _, _ in tables)

    def matches(self, pattern: re.Pattern[str]) -> list[re.Match[str]]:
        """Round 11: the matches of ``pattern`` in the text, found once for the recognizers that scan the same pattern
        object (``Pattern.shared``: the twelve digits of 個人番号 and 運転免許証番号). Kept by the pattern's identity
        (hashing a compiled pattern costs more than a short scan)."""
        found = self._matches.get(id(pattern))
        if found is None:
            found = self._matches[id(pattern)] = list(pattern.finditer(self.text))
        return found

    @cached_property
    def _matches(self) -> dict[int, list[re.Match[str]]]:
        return {}

    def key_of(self, pos: int) -> str | None:
        """Round 9c: the key of the value starting at ``pos`` in key/value text on its line (:func:`key_at`)."""
        return key_at(self.text, pos)

    def header_of(self, pos: int, *, sql: bool = True, html: bool = True, kv: bool = False) -> str | None:
        """The header cell above ``pos`` when ``pos`` sits in a CSV/TSV row below a header line, or (unless ``sql`` is
        false) the column of an SQL dump's INSERT value starting at ``pos`` (a COPY block is a table of its own), or
        (when ``kv`` is true) the key of a key/value pair (:meth:`key_of`; the code and date recognizers ask for it)."""
        if sql and self._sql[1]:
            hit = self._sql[0].get(pos)
            if hit is not None:
                return hit[1]
        if html and self.html_cells:
            hit = _header_at(self.html_cells, pos)
            if hit is not None:
                return hit
        if self.text_cells:
            hit = _header_at(self.text_cells, pos)
            if hit is not None:
                return hit
        if not self.table_headers:
            return self.key_of(pos) if kv else None
        line_start = self.text.rfind("\n", 0, pos) + 1
        if line_start == 0:
            return None  # the header line itself
        line_end = self.text.find("\n", pos)
        line = self.text[line_start : line_end if line_end >= 0 else len(self.text)]
        for sep, tables in self._table_list.items():
            if sep in line:
                cells = _table_at(tables, line_start)
                col = len(split_row(self.text[line_start:pos], sep)) - 1
                return cells[col] if col < len(cells) else None
        return self.key_of(pos) if kv else None

    def header_matches(self, pos: int, pattern: re.Pattern[str], *, html: bool = True, kv: bool = False) -> bool:
        header = self.header_of(pos, html=html, kv=kv)
        return bool(header and pattern.search(header))

    @cached_property
    def table_rows(self) -> list[tuple[str, list[str], list[tuple[int, list[str]]]]]:
        """Every delimited table: (separator, header cells, rows below the header line as (offset of the line, its
        cells)). A line is a row when it has as many cells as the header, or (round 11: a sheet rendered without its
        empty trailing cells) in the block right below the header, fewer but half as many at least, when full rows stand
        beside it. Built once, read by every
        :meth:`cells_under` (recognizers ask for several columns of the same table)."""
        out: list[tuple[str, list[str], list[tuple[int, list[str]]]]] = []
        for sep, tables in self._table_list.items():
            for cells, pos, end in tables:
                rows: list[tuple[int, list[str]]] = []
                ragged: list[tuple[int, list[str]]] = []
                block = True  # still in the block of lines right below the header (no blank line yet)
                for line in self.text[pos:end].splitlines(keepends=True):
                    body = line.rstrip("\r\n")
                    block = block and bool(body.strip())
                    row = split_row(body, sep)
                    n = len(row) - 1
                    if n == len(cells) - 1:
                        rows.append((pos, row))
                    elif block and ragged_row(n, len(cells)):
                        ragged.append((pos, row))
                    pos += len(line)
                # (short rows only beside full ones: a form's label/value line read as a header has none)
                out.append((sep, cells, sorted(rows + ragged) if rows and ragged else rows))
        return out

    def cells_under(self, header: re.Pattern[str], *, sql: bool = True, html: bool = True) -> list[tuple[int, int]]:
        """Spans of the CSV/TSV cells whose column header matches ``header`` (rows below the header line), and, unless
        ``sql`` is false, of the SQL dump values whose column matches (the person recognizers read SQL dumps with
        their own table and column exclusions: ``shops.shop_name`` names no one)."""
        out: list[tuple[int, int]] = [(a, b) for a, b, col in self._sql[1] if header.search(col)] if sql else []
        if html:  # (the person and address recognizers read HTML their own way)
            out += [(a, b) for a, b, col in self.html_cells if header.search(col)]
        out += [(a, b) for a, b, col in self.text_cells if header.search(col)]
        for _, cells, rows in self.table_rows:
            cols = {i for i, c in enumerate(cells) if header.search(c)}
            if not cols:
                continue
            for start, row in rows:
                for i, cell in enumerate(row):
                    if i in cols and cell.strip():
                        # the value without padding spaces (| 山田 太郎 |) and quotes ("山田 太郎")
                        a, b = start + len(cell) - len(cell.lstrip(" ")), start + len(cell.rstrip(" "))
                        q = 1 if b - a >= 2 and self.text[a] == self.text[b - 1] == '"' else 0
                        out.append((a + q, b - q))
                    start += len(cell) + 1
        return out
