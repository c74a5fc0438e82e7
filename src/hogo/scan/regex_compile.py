"""How hogo's regular expressions are compiled: faster to build, and faster to search (round 12, throughput).

Two changes to Python's own regex compiler (``re._compiler``), in force only inside :func:`faster_patterns` (around
the imports of the recognizers and of the analyzer, and inside ``base._gated``); neither changes what a pattern
matches (docs/decisions.md):

- **Character classes optimised once.** The compiler turns each class into a bitmap by visiting every code point of
  each range (``_optimize_charset``): a class of kanji (``[㐀-䶿一-鿿…]``, ~30,000 code points) costs about a
  millisecond, and the recognizers write such classes some 5,500 times in ~900 distinct forms — half of the import
  time of ``hogo.scan.analyzer``. The result depends on the class alone when no case folding applies, so it is kept
  and reused (:func:`_memoized`).
- **First characters for the search.** The engine searches for a pattern's first character with a tight loop only
  when the pattern opens with a literal, a class, or an alternation of literals; a pattern that opens with a
  lookaround (every ``_gated`` one, every ``(?<![0-9])\\d…``), an optional part or an alternation of classes is
  instead tried at every position of the text with the whole matcher. :func:`_with_first_chars` gives such a pattern
  the engine's own "starts with a character of this set" search block, built from the characters a match can start
  with (:func:`first_char_items`): the engine then tries only the positions holding one of them — a match anywhere
  else would have to start with another character, which the pattern's parse says no match does. A pattern that can
  match the empty string, or is case-insensitive, is left as it is.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator


def first_char_items(items) -> list[tuple] | None:
    """The character-set items (``LITERAL``, ``RANGE``, ``CATEGORY`` of ``re._parser``) a match of the parsed
    pattern ``items`` can start with, or None when they are unknown (a negated class, ``.``, a back-reference, a group
    with its own case-insensitive flag) or the pattern can match the empty string. Lookarounds and anchors consume
    nothing and are skipped, so the set may be larger than needed, never smaller."""
    from re import _constants as c

    found: list[tuple] = []

    def seq(sequence) -> bool:  # adds the first characters of a sequence; True when it can match empty
        for op, av in sequence:
            if op is c.LITERAL:
                found.append((op, av))
                return False
            if op is c.IN:
                for iop, _ in av:
                    if iop not in (c.LITERAL, c.RANGE, c.CATEGORY):
                        raise ValueError(iop)
                found.extend(av)
                return False
            if op is c.SUBPATTERN:
                if av[1] & re.IGNORECASE:  # (a group with its own (?i:…) matches its letters in every case)
                    raise ValueError(op)
                if not seq(av[-1]):
                    return False
            elif op is c.BRANCH:
                if not any([seq(alt) for alt in av[1]]):
                    return False
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
                if not seq(av[2]) and av[0] > 0:
                    return False
            elif op not in (c.ASSERT, c.ASSERT_NOT, c.AT):
                raise ValueError(op)
        return True

    try:
        return None if seq(items) else found
    except ValueError:
        return None


@contextlib.contextmanager
def faster_patterns() -> Iterator[None]:
    """While the block runs, patterns compiled with ``re.compile`` get first characters for the search, and each
    distinct case-sensitive character class is optimised once. The compiler is restored afterwards."""
    try:
        from re import _compiler
    except ImportError:  # pragma: no cover - other Pythons
        yield
        return
    optimize = getattr(_compiler, "_optimize_charset", None)
    compile_info = getattr(_compiler, "_compile_info", None)
    if optimize is None or compile_info is None or getattr(compile_info, "faster", False):
        yield  # (another Python; or a block inside one already running: its memo serves both)
        return
    _compiler._optimize_charset = _memoized(optimize)
    _compiler._compile_info = _with_first_chars(compile_info)
    try:
        yield
    finally:
        _compiler._optimize_charset = optimize
        _compiler._compile_info = compile_info


def _memoized(optimize):
    """``optimize`` (``_optimize_charset(charset, iscased, fixup, fixes)``) with its results kept by class: only
    without ``fixup`` (case folding), when the class alone decides the result. Each call gets its own list."""
    memo: dict[tuple, tuple[list, bool]] = {}

    def optimize_once(charset, iscased=None, fixup=None, fixes=None):
        if fixup is not None:
            return optimize(charset, iscased, fixup, fixes)
        try:
            key = tuple(charset)
            found = memo.get(key)
        except TypeError:  # (an unhashable item: not expected, but not worth a wrong answer)
            return optimize(charset, iscased, fixup, fixes)
        if found is None:
            found = memo[key] = optimize(charset, iscased, fixup, fixes)
        out, hascased = found
        return list(out), hascased

    return optimize_once


def _with_first_chars(compile_info):
    """``compile_info`` (``_compile_info(code, pattern, flags)``, which writes the INFO block that opens a compiled
    pattern: flags, the shortest and longest match, a literal prefix or a first-character set) that adds a
    first-character set when the compiler found neither a prefix nor a set, the shortest match is not empty, and the
    pattern is case-sensitive."""
    from re import _compiler
    from re import _constants as c

    wide: dict[tuple, list[tuple]] = {}  # the sets built by _big_charset, by their items (read, never changed)

    def compile_info_with_first_chars(code, pattern, flags):
        start = len(code)
        compile_info(code, pattern, flags)
        info = code[start:]
        flags |= pattern.state.flags
        if info[0] != c.INFO or info[3] == 0 or flags & (re.IGNORECASE | re.LOCALE):
            return
        if len(info) == 5 and info[2] == 0:  # no prefix, no set: the characters a match can start with
            items = first_char_items(pattern.data)
        elif info[2] == c.SRE_INFO_CHARSET:  # the compiler's own set (a class first): kept unless it tests \d or \s
            items = first_char_items(pattern.data)
            if not items or not _spelled_categories(items):
                return
        else:
            return
        if not items:
            return
        items = _categories_spelled_out(items)
        if _width(items) > 1024:
            key = tuple(items)  # (round 13: many patterns open with the same wide set, \d spelled out among them)
            charset = wide.get(key) or wide.setdefault(key, _big_charset(items))
        else:
            charset = _compiler._optimize_charset(items)[0]
        block: list[int] = []
        _compiler._compile_charset(charset, flags, block)
        del code[start:]
        code.extend([c.INFO, 4 + len(block), c.SRE_INFO_CHARSET, info[3], info[4], *block])

    compile_info_with_first_chars.faster = True
    return compile_info_with_first_chars


def _spelled_categories(items: list[tuple]) -> bool:
    """Whether a first-character set holds a category this module spells out (:func:`_categories_spelled_out`)."""
    from re import _constants as c

    return any(op is c.CATEGORY and av in _SPELLED for op, av in items)


def _categories_spelled_out(items: list[tuple]) -> list[tuple]:
    """A first-character set with its ``\\d`` and ``\\s`` (``CATEGORY_DIGIT``, ``CATEGORY_SPACE``) in place of the
    runs of the BMP's characters they take, and one range of every character past the BMP (round 13, throughput).

    The set of an INFO block only says where the matcher is worth trying — the matcher itself still tests ``\\d`` —,
    so it may hold more characters than the category: the characters past the BMP (emoji, rare kanji) are let through
    and turned down by the matcher. The engine then tests a bitmap and one range for each character of the text
    instead of calling the Unicode database (a pattern opening with ``\\d`` was searched about twice as slowly as with
    ``[0-9]`` over the dev texts)."""
    from re import _constants as c

    if not _spelled_categories(items):
        return items
    out = [(op, av) for op, av in items if not (op is c.CATEGORY and av in _SPELLED)]
    for op, av in items:
        if op is c.CATEGORY and av in _SPELLED:
            out += [(c.RANGE, r) for r in _bmp_runs(_SPELLED[av])]
    return out + [(c.RANGE, (0x10000, 0x10FFFF))]


# the categories spelled out, with the string test that agrees with the engine's for each (``\\d`` is
# ``Py_UNICODE_ISDECIMAL``, ``\\s`` ``Py_UNICODE_ISSPACE``)
try:
    from re import _constants

    _SPELLED = {_constants.CATEGORY_DIGIT: str.isdecimal, _constants.CATEGORY_SPACE: str.isspace}
except ImportError:  # pragma: no cover - other Pythons (faster_patterns does nothing there)
    _SPELLED = {}
_RUNS: dict[object, list[tuple[int, int]]] = {}


def _bmp_runs(test) -> list[tuple[int, int]]:
    """The runs of characters of the BMP that ``test`` takes, as (first, last) code points (computed once)."""
    runs = _RUNS.get(test)
    if runs is None:  # (no regex here: this runs inside the compiler)
        runs = _RUNS[test] = []
        for ch in filter(test, map(chr, range(0x10000))):
            if runs and runs[-1][1] == ord(ch) - 1:
                runs[-1] = (runs[-1][0], ord(ch))
            else:
                runs.append((ord(ch), ord(ch)))
    return runs


def _width(items: list[tuple]) -> int:
    """How many code points the ranges of a set cover (what the compiler's ``_optimize_charset`` visits one by one)."""
    from re import _constants as c

    return sum(av[1] - av[0] + 1 for op, av in items if op is c.RANGE)


def _big_charset(items: list[tuple]) -> list[tuple]:
    """A set of characters (``LITERAL``, ``RANGE``, ``CATEGORY`` items) in the engine's ``BIGCHARSET`` form — one bit
    per character of the BMP, stored as 256-character chunks of which duplicates are kept once — followed by what a
    bitmap of the BMP cannot hold (categories, characters past the BMP), tried one by one. Built with slices: the
    compiler's own ``_optimize_charset`` visits every code point of a range (a millisecond for a class of kanji), and
    most first-character sets are new classes. (A set of few code points goes to ``_optimize_charset``, whose smaller
    forms — a 256-bit map, a range — are tested faster.)"""
    from re import _compiler
    from re import _constants as c

    charmap = bytearray(65536)
    tail: list[tuple] = []
    for op, av in items:
        low, high = (av, av) if op is c.LITERAL else av if op is c.RANGE else (None, None)
        if low is None:  # (a category: \d, \w)
            tail.append((op, av))
            continue
        if low <= 0xFFFF:
            top = min(high, 0xFFFF)
            charmap[low : top + 1] = b"\x01" * (top + 1 - low)
        if high > 0xFFFF:
            tail.append((c.RANGE, (max(low, 0x10000), high)))
    chunks: dict[bytes, int] = {}
    mapping = bytearray(256)
    data = bytearray()
    for i in range(256):
        chunk = bytes(charmap[i * 256 : (i + 1) * 256])
        if chunk not in chunks:
            chunks[chunk] = len(chunks)
            data += chunk
        mapping[i] = chunks[chunk]
    return [(c.BIGCHARSET, [len(chunks), *_compiler._bytes_to_codes(mapping), *_compiler._mk_bitmap(data)]), *tail]
