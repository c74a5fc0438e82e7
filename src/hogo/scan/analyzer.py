"""The analyzer: a registry of recognizers (in the spirit of Presidio's ``RecognizerRegistry``), context
scoring and conflict resolution.

Pipeline for one text:

1. :func:`hogo.scan.normalize.normalize` (NFKC, dashes) with an offset map back to the original;
2. every recognizer proposes :class:`Candidate` spans on the normalised text with a base score;
3. context words near a candidate raise or lower its score (``Recognizer.context`` / ``negative_context``);
4. candidates under ``min_score`` are dropped, overlaps are resolved (higher score, then longer span wins);
5. spans are mapped back to offsets into the original string.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import replace
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from hogo.scan.regex_compile import faster_patterns

with faster_patterns():  # (round 12: the document's and the normaliser's patterns too, when they are first imported here)
    from hogo.scan.document import Document
    from hogo.scan.recognizers import Candidate, Recognizer, default_recognizers
    from hogo.scan.recognizers.address import address_after_person
    from hogo.scan.recognizers.base import _gated
    from hogo.scan.recognizers.patterns import RECENT_YEAR, birth_after_person, year_of
    from hogo.scan.recognizers.sensitive_bounds import normalise_bounds
    from hogo.scan.recognizers.sensitive_speech import weak_evidence_alone
from hogo.scan.types import Finding, PiiType

if TYPE_CHECKING:  # the learned stages are opt-in: `hogo scan` does not import them
    from hogo.scan.scorer import PersonScorer
    from hogo.scan.sensitive_model import SensitiveModel

__all__ = ["Analyzer", "default_analyzer", "Finding", "PiiType"]

# Words that mark a specimen, not a record: a 記載例 of a form, the sample card on a guideline's illustration
# (イメージ), a サンプル. Names, addresses and dates near them are examples (見本 太郎, 難波一郎 on the My Number
# card illustration), so their score drops by SAMPLE_PENALTY. Identification codes keep their check digits.
SAMPLE_MARKERS = _gated(r"見本|記載例|記入例|入力例|作成例|様式例|(?<!会社)サンプル(?!株式会社|商事|工業|\(株\))|イメージ|[(（]例[)）]|ダミー|架空の|実在の人物")
SAMPLE_WINDOW = 120
SAMPLE_PENALTY = 0.5
SAMPLE_TYPES = frozenset({PiiType.PERSON, PiiType.ADDRESS, PiiType.BIRTH_DATE, PiiType.POSTAL_CODE, PiiType.SENSITIVE})


def sample_context(text: str, found: list[Candidate]) -> list[Candidate]:
    """Lower the score of names, addresses and dates within SAMPLE_WINDOW characters after a sample marker, or before
    it on the marker's own line (round 10: a marker on a later line speaks of something else — ※記入例にある番号を
    誤って記入した申請が…, 検証はダミーデータで — not of the record above it)."""
    marks = [m.start() for m in SAMPLE_MARKERS.finditer(text)]
    if not marks:
        return found
    out = []
    for c in found:
        if c.type in SAMPLE_TYPES:
            i = bisect.bisect_left(marks, c.start - SAMPLE_WINDOW)
            if i < len(marks) and marks[i] <= c.end + SAMPLE_WINDOW and (
                marks[i] < c.start or "\n" not in text[c.end : marks[i]]
            ):
                c = replace(c, score=max(0.0, c.score - SAMPLE_PENALTY))
        out.append(c)
    return out


_BETWEEN_POSTAL_AND_ADDRESS = re.compile(r"[ \u3000\t,]{0,3}")
_BEFORE_POSTAL = re.compile(r"[ \u3000\t,]{0,3}\Z")


def postal_of_rejected_address(text: str, found: list[Candidate], threshold: float) -> list[Candidate]:
    """Round 9: a postal code goes with its address. When the address right after it was proposed and rejected (an
    organisation's: a letterhead, a 事業所所在地, a venue), the postal code is the organisation's too and is dropped."""
    addresses: dict[int, bool] = {}  # start → some candidate there is kept
    ends: dict[int, bool] = {}  # end → some candidate there is kept (round 9c: the address before its code in a row)
    for c in found:
        if c.type is PiiType.ADDRESS:
            kept = c.score >= threshold
            addresses[c.start] = addresses.get(c.start, False) or kept
            ends[c.end] = ends.get(c.end, False) or kept
    if not addresses:
        return found
    out = []
    for c in found:
        if c.type is PiiType.POSTAL_CODE and c.score >= threshold:
            after = _BETWEEN_POSTAL_AND_ADDRESS.match(text, c.end).end()
            before = _BEFORE_POSTAL.search(text, max(0, c.start - 3), c.start).start()
            if addresses.get(after) is False or (addresses.get(after) is None and ends.get(before) is False):
                c = replace(c, score=0.0)
        out.append(c)
    return out


# Round 12: a value a text gives as an example of a format (例：090-1021-0007, 見本 AB12345678CD, 記入例：〒100-0000)
# illustrates the format and is no one's data; a value listed right after it (…、080-1021-0412) is another example.
# Names are left alone: a name after 例 is often a real one (字幕の誤認識（例: 鶴見→つる見）).
_EXAMPLE_MARK = re.compile(r"(?:記入例|(?<![㐀-䶿一-鿿豈-﫿])例|見本|サンプル|e\.g\.)[)）]?[ ]?[:：]?[ ]?[「『\"〒]?[ ]?\Z")
_EXAMPLE_NEXT = re.compile(r"[ ]?[、,][ ]?[「『\"〒]?")
_EXAMPLE_WORDS = ("例", "見本", "サンプル", "e.g.")
_NAMED_TYPES = frozenset({PiiType.PERSON, PiiType.SENSITIVE, PiiType.ADDRESS})


def example_values(text: str, found: list[Candidate], threshold: float) -> list[Candidate]:
    """Drop the numbers and codes a text shows as examples (:data:`_EXAMPLE_MARK`), and those listed right after one."""
    if not any(w in text for w in _EXAMPLE_WORDS):
        return found
    dropped: set[int] = set()  # ids of the candidates dropped
    last_end = -1  # where the last dropped example ends
    for c in sorted(found, key=lambda c: c.start):
        if c.type in _NAMED_TYPES or c.score < threshold:
            continue
        if _EXAMPLE_MARK.search(text, max(0, c.start - 12), c.start) or (
            last_end >= 0 and _EXAMPLE_NEXT.fullmatch(text, last_end, c.start)
        ):
            dropped.add(id(c))
            last_end = c.end
    if not dropped:
        return found
    return [replace(c, score=0.0) if id(c) in dropped else c for c in found]


# Round 12: a value found once is the same value where the text repeats it — a multipart mail's HTML part after its
# text part, a quoted reply, an error log echoing the row it rejected: an identifier, account, postal code or birth
# date of seven characters or more, standing alone (no letter, digit or separator of a longer code touches it). Not
# a placeholder of one repeated digit, and not a recent date (a record's, whatever the first finding said).
REPEATABLE_TYPES = frozenset({
    PiiType.MY_NUMBER, PiiType.PASSPORT, PiiType.DRIVER_LICENSE, PiiType.RESIDENCE_CARD, PiiType.PENSION_NUMBER,
    PiiType.HEALTH_INSURANCE, PiiType.BANK_ACCOUNT, PiiType.CREDIT_CARD, PiiType.POSTAL_CODE, PiiType.BIRTH_DATE,
})
_REPEAT_MIN_LENGTH = 7
_REPEAT_SCORE = 0.8


def _standalone(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in "-/.:_") and not (after.isalnum() or after in "-/_")


def repeated_values(text: str, found: list[Candidate], threshold: float) -> list[Candidate]:
    """Find again, at every standalone repetition, the values of :data:`REPEATABLE_TYPES` already found."""
    values: dict[str, PiiType] = {}
    for c in found:
        if c.type in REPEATABLE_TYPES and c.score >= threshold and c.end - c.start >= _REPEAT_MIN_LENGTH:
            values.setdefault(text[c.start : c.end], c.type)
    if not values:
        return found
    kept = {(c.start, c.end) for c in found if c.score >= threshold}
    extra = []
    for value, typ in values.items():
        digits = {ch for ch in value if ch.isdigit()}
        if len(digits) <= 1:
            continue  # (99999999, 0000000: a filler)
        if typ is PiiType.BIRTH_DATE:
            year = year_of(value)
            if year is None or year > RECENT_YEAR:
                continue
        i = text.find(value)
        while i >= 0:
            end = i + len(value)
            if (i, end) not in kept and _standalone(text, i, end):
                extra.append(Candidate(i, end, typ, _REPEAT_SCORE, "repeated_value", True))
            i = text.find(value, end)
    return found + extra if extra else found


# Round 10: a code of zeros only (0000-000000, 0000000, "000") is a test row's or a form's filler, never a person's
# number: no identifier of the spec is all zeros.
ZERO_CODE_TYPES = frozenset({
    PiiType.MY_NUMBER, PiiType.PASSPORT, PiiType.DRIVER_LICENSE, PiiType.PENSION_NUMBER, PiiType.RESIDENCE_CARD,
    PiiType.HEALTH_INSURANCE, PiiType.BANK_ACCOUNT, PiiType.CREDIT_CARD,
})
_ALL_ZEROS = re.compile(r"[0\- ・]*0[0\- ・]*")


class Analyzer:
    """Runs a set of recognizers over text and returns non-overlapping findings.

    >>> a = default_analyzer()
    >>> [(f.type.value, f.start, f.end) for f in a.analyze("TEL：０３－１２３４－５６７８")]
    [('PHONE', 4, 16)]
    """

    def __init__(self, recognizers: Sequence[Recognizer] | None = None, *, min_score: float = 0.5,
                 scorer: PersonScorer | None = None, sensitive_bounds: bool = True,
                 sensitive_model: SensitiveModel | None = None) -> None:
        if not 0.0 <= min_score <= 1.0:
            raise ValueError(f"min_score must be within [0, 1], got {min_score}")
        self.recognizers: list[Recognizer] = list(recognizers) if recognizers is not None else default_recognizers()
        self.min_score = min_score
        #: optional learned stage (hogo.scan.scorer) that moves PERSON candidates across the threshold
        self.scorer = scorer
        #: round 13: move the edges of SENSITIVE candidates by the authors' shared conventions
        #: (:mod:`hogo.scan.recognizers.sensitive_bounds`) before conflict resolution; False measures the stage apart
        self.sensitive_bounds = sensitive_bounds
        #: optional learned stage (hogo.scan.sensitive_model, round 13) that redraws the SENSITIVE spans
        self.sensitive_model = sensitive_model

    @property
    def types(self) -> frozenset[PiiType]:
        return frozenset(t for r in self.recognizers for t in r.types)

    def candidates(self, text: str) -> tuple[Document, list[Candidate]]:
        """All scored candidates (before threshold and conflict resolution), on the normalised text."""
        doc = Document(text)
        found = self.recognize(doc)
        if self.scorer is not None:
            found = self.scorer.rescore(doc, found)
        if self.sensitive_bounds:
            found = normalise_bounds(doc.text, found)
        if self.sensitive_model is not None:
            found = self.sensitive_model.rescore(doc, found)
        return doc, sample_context(doc.text, found)

    def recognize(self, doc: Document) -> list[Candidate]:
        """The recognizers' candidates with their rule scores (context and propagation, no later stage)."""
        found: list[Candidate] = []
        for recognizer in self.recognizers:
            mine = [recognizer.rescore(doc, cand) for cand in recognizer.analyze(doc)]
            found.extend(recognizer.propagate(doc, mine))
        found = weak_evidence_alone(birth_after_person(doc, found, self.min_score), self.min_score)
        found = address_after_person(doc, found, self.min_score)
        found = repeated_values(doc.text, example_values(doc.text, found, self.min_score), self.min_score)
        return postal_of_rejected_address(doc.text, found, self.min_score)

    def analyze(self, text: str) -> list[Finding]:
        """Findings in ``text``: offsets are ``str`` indices into ``text``, sorted and non-overlapping."""
        if not text:
            return []
        doc, found = self.candidates(text)
        return self.finish(doc, found)

    def finish(self, doc: Document, found: Iterable[Candidate]) -> list[Finding]:
        """Threshold, conflict resolution and the map back to the original text."""
        text = doc.text
        kept = resolve(
            (c for c in found if c.score >= self.min_score
             and not (c.type in ZERO_CODE_TYPES and _ALL_ZEROS.fullmatch(text, c.start, c.end))),
            len(text),
        )
        out = []
        for c in kept:
            start, end = doc.norm.to_original(c.start, c.end)
            out.append(Finding(start, end, c.type, round(min(c.score, 1.0), 3), c.recognizer))
        return out


def resolve(candidates: Iterable[Candidate], length: int) -> list[Candidate]:
    """Keep the best of overlapping candidates: higher score first, then the longer span."""
    ordered = sorted(candidates, key=lambda c: (-c.score, -(c.end - c.start), c.start))
    covered = bytearray(length + 1)
    kept: list[Candidate] = []
    for c in ordered:
        if c.end <= c.start or 1 in covered[c.start : c.end]:
            continue
        covered[c.start : c.end] = b"\x01" * (c.end - c.start)
        kept.append(c)
    kept.sort(key=lambda c: c.start)
    return kept


@functools.cache
def default_analyzer(*, sensitive_model: bool = False) -> Analyzer:
    """The analyzer with every recognizer on (built once per process; loading SudachiPy takes ~0.3 s).

    ``sensitive_model=True`` adds the learned 要配慮 span stage (:mod:`hogo.scan.sensitive_model`, ``hogo scan
    --sensitive-model``): on five unseen batches it found more 要配慮 spans (SENSITIVE F1 +0.05, per-file flag recall
    +0.02) for about 15 % more scanning time, which is why it is not the default (docs/scan-detector.md).
    """
    if not sensitive_model:
        return Analyzer()
    from hogo.scan.sensitive_model import default_sensitive_model

    return Analyzer(sensitive_model=default_sensitive_model())
