"""Width/compatibility normalisation (NFKC) that keeps offsets into the original text.

Recognizers work on normalised text (full-width ``０９０－１２３４`` becomes ``090-1234``, half-width
``ﾔﾏﾀﾞ`` becomes ``ヤマダ``), but findings must point into the text the user gave us. :func:`normalize`
returns the normalised string and, for every normalised character, the original span it came from.

Most characters map one-to-one under NFKC; those are handled by ``str.translate`` (on the runs of characters that
change, found by one regex scan). The few that expand (``㍻`` → ``平成``, ``½`` → ``1⁄2``) or compose (half-width
kana with a separate voiced mark ``ｶﾞ`` → ``ガ``) are handled piecewise, only when present.

Letter-spaced text — a PDF text layer of 均等割付 cells or OCR output, ``賃 貸 借 契 約 書`` and
``生年月日 1 9 9 0 年 1 月 9 日`` — is read without the spaces between its single letters (:func:`unspace`), so every
recognizer sees ``1990年1月9日``; the spans still point at the spaced original.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Dashes and minus signs people type between digits; NFKC leaves them alone, so we map them to '-'.
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe63"
_BOX_BARS = "\u2502\u2503\u2506\u2507\u250a\u250b\u2551\u254e\u254f"  # │ ┃ ┆ ┇ ┊ ┋ ║ ╎ ╏
_VOICED_MARKS = "\u3099\u309a"  # combining (han)dakuten produced by NFKC from ﾞ ﾟ


def _build_tables() -> tuple[dict[int, str], str]:
    table: dict[int, str] = {}
    special: list[str] = []
    for cp in range(0x10000):  # the Basic Multilingual Plane holds every width variant
        ch = chr(cp)
        if 0xD800 <= cp <= 0xDFFF:
            continue
        norm = unicodedata.normalize("NFKC", ch)
        if norm == ch or 0x2460 <= cp <= 0x24FF or 0x3251 <= cp <= 0x325F or 0x32B1 <= cp <= 0x32BF:
            continue  # circled numbers (①②) are list markers: as digits they would glue onto a phone number
        if len(norm) == 1 and norm not in _VOICED_MARKS:
            table[cp] = norm
        else:
            special.append(ch)
    for ch in _DASHES:
        table[ord(ch)] = "-"
    table[ord("\u3000")] = " "
    # round 10: the vertical rules of box-drawn tables (Polars, DuckDB, psql with unicode borders: │ a ┆ b │) are
    # column separators like ASCII ``|``, so the table machinery reads their columns
    for ch in _BOX_BARS:
        table[ord(ch)] = "|"
    return table, "".join(special)


_TABLE, _SPECIAL_CHARS = _build_tables()
_SPECIAL_RE = re.compile("[" + re.escape(_SPECIAL_CHARS) + "]")


def _char_class(codepoints: list[int]) -> str:
    """A regex character class of ``codepoints`` written as ranges."""
    ranges: list[list[int]] = []
    for cp in sorted(codepoints):
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return "[" + "".join(re.escape(chr(a)) + ("" if a == b else "-" + re.escape(chr(b))) for a, b in ranges) + "]"


# runs of characters the table changes: ``str.translate`` with a dict looks up every character (slow on long
# non-ASCII text), while few characters of Japanese text change (full-width digits, brackets, 全角空白)
_MAPPED = _char_class(list(_TABLE))
_MAPPED_RUN = re.compile(f"{_MAPPED}{_MAPPED}*")  # (a class first, not X+: the engine then skips ahead in C)


def _translate(text: str) -> str:
    """``text.translate(_TABLE)``, translating only the runs of characters the table changes."""
    return _MAPPED_RUN.sub(_translate_run, text)


def _translate_run(m: re.Match[str]) -> str:
    return m.group().translate(_TABLE)


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalised text with a map back to the original.

    ``starts[i]``/``ends[i]`` are the original span of normalised character ``i``; both are ``None``
    when the mapping is the identity (the common case), which saves building two big lists.
    """

    original: str
    text: str
    starts: list[int] | None = None
    ends: list[int] | None = None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of normalised text to the span of the original text it came from."""
        if self.starts is None or self.ends is None:
            return start, end
        if start >= end:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]


# A document is letter-spaced when it holds a run of six single letters joined by single spaces, at least three of
# them kana or kanji (賃 貸 借 契 約 書). A single such run is enough: in running text, tables and code the run does
# not occur (weekday headers are written 月　火　水 with 全角空白, which this does not take as letter spacing).
_SPACED_GATE = re.compile(r"(?<!\S)\S(?: \S){5}(?!\S)")
_KANA_KANJI = re.compile(r"[\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")
# a run of single letters joined by single ASCII spaces (大 塚, 0 3 - 3 9 9 1); 全角空白 and double spaces are word gaps
_SPACED_RUN = re.compile(r"(?<!\S)\S(?: \S)+(?!\S)")


def _letter_spaced(text: str) -> bool:
    return any(
        len(_KANA_KANJI.findall(m.group(), 0)) >= 3 for m in _SPACED_GATE.finditer(text)
    ) if " " in text else False


def unspace(text: str) -> tuple[str, list[int]] | None:
    """``text`` without the spaces between single letters, and the original index of each kept character.

    None when the text is not letter-spaced (the common case, decided by one regex scan). Only the ASCII space
    between two single-letter units goes: ``氏名 大 塚　美 穂`` becomes ``氏名 大塚　美穂`` (a word of two letters keeps
    its space, a 全角空白 stays as the gap between words)."""
    if not _letter_spaced(text):
        return None
    keep: list[int] = []
    pos = 0
    for m in _SPACED_RUN.finditer(text):
        keep.extend(range(pos, m.start()))
        keep.extend(range(m.start(), m.end(), 2))
        pos = m.end()
    keep.extend(range(pos, len(text)))
    return "".join(text[i] for i in keep), keep


def normalize(text: str) -> Normalized:
    """NFKC-normalise ``text`` (plus dashes → ``-``, 全角空白 → space) keeping an offset map.

    Letter-spaced text is read without its letter spacing (:func:`unspace`); OCR's letters read for digits inside a
    number are read as the digits (:func:`read_ocr_digits`)."""
    spaced = unspace(text)
    if spaced is None:
        return read_ocr_digits(_normalize(text))
    compact, keep = spaced
    inner = _normalize(compact)
    starts = inner.starts if inner.starts is not None else range(len(inner.text))
    ends = inner.ends if inner.ends is not None else range(1, len(inner.text) + 1)
    return read_ocr_digits(Normalized(text, inner.text, [keep[i] for i in starts], [keep[i - 1] + 1 for i in ends]))


# Round 11: OCR reads 0 as O and 1 as l or I (駅前2丁目4番l号, 3丁目1O-8, 080-22l7-6504, 1997年O4月). Such a letter is a digit
# when no Latin letter touches it and a digit stands on one side (or it sits between 番 and 号); a word (Of, I2C's
# neighbours, Vol.1) keeps its letters.
_OCR_GATE = re.compile(r"[0-9][OlI]|[OlI][0-9]|番[lI]号")
_OCR_LETTER = re.compile(r"(?<![A-Za-z])[OlI](?![A-Za-z])(?:(?<=[0-9][OlI])|(?=[0-9]))|(?<=番)[lI](?=号)")
_OCR_DIGIT = str.maketrans("OlI", "011")


def read_ocr_digits(norm: Normalized) -> Normalized:
    """``norm`` with OCR's letters inside numbers read as digits (one character for one: the offset map stands)."""
    if not _OCR_GATE.search(norm.text):
        return norm
    text = _OCR_LETTER.sub(lambda m: m.group().translate(_OCR_DIGIT), norm.text)
    return Normalized(norm.original, text, norm.starts, norm.ends)


def _normalize(text: str) -> Normalized:
    if text.isascii():
        return Normalized(text, text)
    if not _SPECIAL_RE.search(text):
        return Normalized(text, _translate(text))
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for m in _SPECIAL_RE.finditer(text):
        i = m.start()
        if i > pos:
            chunk = _translate(text[pos:i])
            out.append(chunk)
            starts.extend(range(pos, i))
            ends.extend(range(pos + 1, i + 1))
        ch = text[i]
        norm = unicodedata.normalize("NFKC", ch)
        if len(norm) == 1 and norm in _VOICED_MARKS and out and out[-1]:
            # Compose with the previous character when a precomposed form exists (ｶﾞ → ガ).
            prev = out[-1][-1]
            composed = unicodedata.normalize("NFC", prev + norm)
            if len(composed) == 1:
                out[-1] = out[-1][:-1] + composed
                ends[-1] = i + 1
                pos = i + 1
                continue
        out.append(norm)
        starts.extend([i] * len(norm))
        ends.extend([i + 1] * len(norm))
        pos = i + 1
    if pos < len(text):
        out.append(_translate(text[pos:]))
        starts.extend(range(pos, len(text)))
        ends.extend(range(pos + 1, len(text) + 1))
    return Normalized(text, "".join(out), starts, ends)
