"""Recognizer base classes: a candidate span with a score, and context scoring around it."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from hogo.scan.document import Document
from hogo.scan.regex_compile import faster_patterns, first_char_items
from hogo.scan.types import PiiType


@dataclass(frozen=True, slots=True)
class Candidate:
    """A proposed span in the *normalised* text."""

    start: int
    end: int
    type: PiiType
    score: float
    recognizer: str
    #: set by recognizers that already looked at context themselves
    context_done: bool = False


def words_re(words: Iterable[str]) -> re.Pattern[str]:
    """One alternation (longest first) matching any of ``words``, case-insensitively.

    When a word starts with a letter, behind a lookahead on the words' first characters (case-insensitive too, so it
    lets through exactly what the first letter of a word would match): a case-insensitive alternation with a letter
    first gives the engine no first characters to skip ahead by, and context windows are searched for thousands of
    candidates."""
    ordered = sorted(set(words), key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in ordered)
    starts = {w[0] for w in ordered if w}
    if not ordered or not all(ordered) or all(c.lower() == c.upper() for c in starts):
        return re.compile(alternation, re.IGNORECASE)  # (no letter first: the engine scans for the first characters)
    first = "".join(sorted(map(re.escape, starts)))
    return re.compile(f"(?=[{first}])(?:{alternation})", re.IGNORECASE)


def _first_chars(pattern: str, flags: int = 0) -> str | None:
    """A character class of the characters a match of ``pattern`` can start with, or None when unknown.

    Python's regex engine tries every branch of a long alternation at every position; a lookahead on this class
    (``_gated``) rejects most positions at once. Assertions are skipped (the class is a superset); the characters are
    read by :func:`hogo.scan.regex_compile.first_char_items` (a class with ``\\d`` or ``\\w`` gives None here)."""
    try:
        from re import _constants as c
        from re import _parser as sp
    except ImportError:  # pragma: no cover - other Pythons
        return None
    items = sp.parse(pattern, flags)
    if items.state.flags & re.IGNORECASE:
        return None  # the class would need every case of its letters
    first = first_char_items(items)
    if first is None or any(op is c.CATEGORY for op, _ in first):
        return None
    # the engine already scans for a literal start (徒…, 出身) or a set of them ((?:罪|法違反)…) on its own
    while items and items[0][0] is c.SUBPATTERN:
        items = items[0][1][-1]
    if items and (items[0][0] is c.LITERAL or items[0][0] is c.BRANCH and all(a and a[0][0] is c.LITERAL for a in items[0][1][1])):
        return None
    chars = {re.escape(chr(av)) if op is c.LITERAL else f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}"
             for op, av in first}
    return "[" + "".join(sorted(chars)) + "]"


def _gated(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled behind a lookahead on the characters its matches can start with (same matches), each
    branch of its top-level alternation behind its own (:func:`_gated_branches`)."""
    first = _first_chars(pattern, flags)
    body = _gated_branches(pattern, flags)
    with faster_patterns():  # (the lookahead first: searched by its characters, wherever the pattern is compiled)
        return re.compile(f"(?={first})(?:{body})" if first else body, flags)


def _gated_branches(pattern: str, flags: int = 0) -> str:
    """``pattern`` with each branch of its top-level alternation that does not open with a character or a class
    behind a lookahead on its own first characters (round 11, throughput). At a position the lookahead of the whole
    lets through, the engine tries every branch in turn; it skips a branch that opens with a character or a class by
    that character alone, but works into a group of words, an optional part (``(?:(?:週|月)\\d回)?…``) or a
    look-behind before it finds that the branch cannot match there. Branches keep their order, so the matches are
    the same. A verbose or case-insensitive pattern is left as it is."""
    from re import _constants as c
    from re import _parser as sp

    if sp.parse(pattern, flags).state.flags & (re.VERBOSE | re.IGNORECASE):
        return pattern
    branches = _top_branches(pattern)
    if len(branches) == 1:
        return pattern
    out = []
    for branch in branches:
        try:
            items = sp.parse(branch, flags)
        except re.error:  # (a back-reference to a group of another branch)
            out.append(branch)
            continue
        first = None if items and items[0][0] in (c.LITERAL, c.IN) else _first_chars(branch, flags)
        out.append(f"(?={first})(?:{branch})" if first else branch)
    return "|".join(out)


def _top_branches(pattern: str) -> list[str]:
    """The branches of ``pattern``'s top-level alternation as source text (``"|".join`` gives ``pattern`` back)."""
    branches: list[str] = []
    start = depth = i = 0
    in_class = False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += 1 + pattern.startswith("^", i + 1)
            i += pattern.startswith("]", i)  # (a ] first in a class is a character of it)
            continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    branches.append(pattern[start:])
    return branches


def required_words(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` contains, or None when the pattern does not tell.

    Read from the parsed pattern (``re._parser``, as :func:`_first_chars`): a run of literal characters is required;
    a group, or a repeat of at least once, requires what its body requires; an alternation requires one of what its
    branches require (only when every branch requires something). Everything else (classes, optional parts,
    lookarounds, groups with their own flags) requires nothing and breaks a literal run. Of the required sets
    found in sequence, the one with the longest shortest word is kept (the most selective)."""
    try:
        from re import _constants as c
        from re import _parser as sp
    except ImportError:  # pragma: no cover - other Pythons
        return None

    def best_of(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
        if not a or not b:
            return a or b
        return a if (min(map(len, a)), -len(a)) >= (min(map(len, b)), -len(b)) else b

    def seq(items) -> frozenset[str] | None:
        best: frozenset[str] | None = None
        run = ""
        for op, av in items:
            if op is c.LITERAL:
                run += chr(av)
                continue
            if run:
                best, run = best_of(best, frozenset({run})), ""
            if op is c.SUBPATTERN:
                if not av[1] and not av[2]:  # a group with its own flags ((?i:…)) tells nothing
                    best = best_of(best, seq(av[3]))
            elif op is c.BRANCH:
                alts = [seq(alt) for alt in av[1]]
                if all(alts):
                    best = best_of(best, frozenset().union(*alts))
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
                best = best_of(best, seq(av[2]))
        return best_of(best, frozenset({run})) if run else best

    try:
        items = sp.parse(pattern, flags)
    except re.error:
        return None
    if items.state.flags & re.IGNORECASE:
        return None  # the words would need every case of their letters
    return seq(items)


def words_gate(pattern: str, flags: int = 0) -> Callable[[str], bool]:
    """A cheap test that a text may hold a match of ``pattern``: False only when it holds none of the pattern's
    :func:`required_words` (then a scan would find nothing). A few words are looked for with ``in``, more with one
    alternation of literals, which the engine scans for by their first characters."""
    words = required_words(pattern, flags)
    if not words:
        return lambda text: True
    words = frozenset(w for w in words if not any(v != w and v in w for v in words))  # 名 makes 名前 redundant
    few = sorted(words)
    if len(few) == 1:
        (a,) = few
        return lambda text: a in text
    if len(few) == 2:
        a, b = few
        return lambda text: a in text or b in text
    if len(few) <= 4:
        return lambda text: any(w in text for w in few)
    rx = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    return lambda text: rx.search(text) is not None




class WordGated:
    """A long pattern whose scan (``finditer``) runs only on texts holding one of its :func:`required_words` (round
    10, throughput): a text without any holds no match. The words are looked for in one pass of an Aho-Corasick
    automaton (an alternation of hundreds of literals costs the regex engine as much as the pattern itself). Every
    other method is the whole pattern's. (A match's ``.re`` is the inner pattern: do not wrap a pattern that code
    compares with ``m.re is …``.)"""

    __slots__ = ("whole", "_words")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.whole = _gated(pattern, flags)
        words = required_words(pattern, flags)
        self._words = None
        if words:
            import ahocorasick

            self._words = ahocorasick.Automaton()
            for w in words:
                self._words.add_word(w, w)
            self._words.make_automaton()

    def __getattr__(self, name: str):
        return getattr(self.whole, name)

    def may_match(self, text: str) -> bool:
        return self._words is None or next(self._words.iter(text), None) is not None

    def finditer(self, text: str, *args: int) -> Iterable[re.Match[str]]:
        return self.whole.finditer(text, *args) if self.may_match(text) else iter(())


class Prefiltered:
    """A pattern searched only where a cheap gate pattern finds something in the same window (round 10,
    throughput): the gate must match every string the pattern matches in (one character or word each of its
    branches needs), so a window without it holds no match. ``search`` is gated; every other method is the
    pattern's. (A match's ``.re`` is the inner pattern: do not wrap a pattern that code compares with ``m.re is …``.)"""

    __slots__ = ("rx", "gate")

    def __init__(self, rx: re.Pattern[str], gate: re.Pattern[str]) -> None:
        self.rx = rx
        self.gate = gate

    def __getattr__(self, name: str):
        return getattr(self.rx, name)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self.gate.search(string, pos, endpos) is None:
            return None
        return self.rx.search(string, pos, endpos)


class Recognizer:
    """Finds candidates of some types. Subclasses implement :meth:`analyze`.

    Context: when a word of ``context`` occurs within ``window`` characters before the span (or
    ``window_after`` after it), the score rises by ``context_boost``; a word of ``negative_context``
    lowers it by ``negative_penalty``.
    """

    name: str = "recognizer"
    types: frozenset[PiiType] = frozenset()
    context: Sequence[str] = ()
    negative_context: Sequence[str] = ()
    context_boost: float = 0.35
    negative_penalty: float = 0.5
    window: int = 20
    window_after: int = 0

    def __init__(self) -> None:
        self._context_re = words_re(self.context) if self.context else None
        self._negative_re = words_re(self.negative_context) if self.negative_context else None

    def analyze(self, doc: Document) -> Iterable[Candidate]:
        raise NotImplementedError

    def propagate(self, doc: Document, cands: list[Candidate]) -> list[Candidate]:
        """Document-level second look at this recognizer's scored candidates (default: none)."""
        return cands

    def has_context(self, doc: Document, start: int, end: int, pattern: re.Pattern[str] | None = None) -> bool:
        pattern = pattern or self._context_re
        if pattern is None:
            return False
        if pattern.search(doc.text, max(0, start - self.window), start):
            return True
        if self.window_after and pattern.search(doc.text, end, end + self.window_after):
            return True
        return doc.header_matches(start, pattern, kv=True)  # (round 9c: a key of key/value text counts as a header)

    def rescore(self, doc: Document, cand: Candidate) -> Candidate:
        if cand.context_done:
            return cand
        score = cand.score
        if self._context_re is not None and self.has_context(doc, cand.start, cand.end):
            score += self.context_boost
        if self._negative_re is not None and self.has_context(doc, cand.start, cand.end, self._negative_re):
            score -= self.negative_penalty
        # (built directly: ``dataclasses.replace`` costs three times as much, and every candidate passes here)
        return Candidate(cand.start, cand.end, cand.type, max(0.0, min(score, 1.0)), cand.recognizer, True)


@dataclass(frozen=True, slots=True)
class Pattern:
    """A regular expression with a base score; ``group`` selects the span when not the whole match. A ``shared``
    regex is one object that several recognizers scan: its matches are found once per document
    (:meth:`Document.matches`)."""

    name: str
    regex: re.Pattern[str]
    score: float
    group: int | str = 0
    shared: bool = False


class PatternRecognizer(Recognizer):
    """Regular expressions + an optional validator (check digit) per match, like Presidio's."""

    type: PiiType
    patterns: Sequence[Pattern] = ()
    #: pattern name → a substring a text must hold for the pattern to be tried (a record type's mark: ``CTC``)
    substring_gates: Mapping[str, str] = {}

    def __init__(self) -> None:
        super().__init__()
        self.types = frozenset({self.type})
        self._pattern_gates = tuple(self._gate(p) for p in self.patterns)

    def _gate(self, p: Pattern) -> Callable[[str], bool] | None:
        mark = self.substring_gates.get(p.name)
        if mark is not None:
            return lambda text: mark in text
        # a pattern the engine cannot scan for by a literal start (a look-behind first: the e-mail's) is tried only on
        # texts holding a word all its matches need (@)
        if _first_chars(p.regex.pattern, p.regex.flags) and required_words(p.regex.pattern, p.regex.flags):
            return words_gate(p.regex.pattern, p.regex.flags)
        return None

    def validate(self, matched: str) -> float | None:
        """Return a score adjustment (0 to keep as is) or ``None`` to reject the match."""
        return 0.0

    def analyze(self, doc: Document) -> Iterable[Candidate]:
        text = doc.text
        for pattern, gate in zip(self.patterns, self._pattern_gates):
            if gate is not None and not gate(text):
                continue
            for m in doc.matches(pattern.regex) if pattern.shared else pattern.regex.finditer(text):
                start, end = m.span(pattern.group)
                if start < 0:
                    continue
                delta = self.validate(text[start:end])
                if delta is None:
                    continue
                yield Candidate(start, end, self.type, pattern.score + delta, self.name)


def digits_only(s: str) -> str:
    return "".join(ch for ch in s if ch.isdigit())


Validator = Callable[[str], "float | None"]
