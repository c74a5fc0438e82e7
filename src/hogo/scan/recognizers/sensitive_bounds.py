"""Round 13: the boundaries of 要配慮個人情報 (SENSITIVE) spans, normalised after the recognizers.

The SENSITIVE recognizers (``sensitive.py``, ``sensitive_records.py``, ``sensitive_speech.py``, ``sensitive_prose.py``)
each decide where their phrase ends. Where the annotating authors agree on a boundary the recognizers do not yet
draw, this small, pure stage moves the edge of every SENSITIVE candidate, before conflict resolution
(:meth:`hogo.scan.analyzer.Analyzer.candidates`). It never creates or drops a candidate and never touches another
type.

Each rule is a grammar-shaped class, kept because it raised exact SENSITIVE matches on most of the development
batches where it fires, leave-one-author-out (``bench/sensitive_bounds13.md`` has the counts):

* :data:`CONJUNCTIVE` — a clause that goes on to the next one ends before its conjunctive form (連用形で続く接続):
  a suru-verb's ``しており`` (``適応障害で通院しており、`` → ``…で通院``), ``があり`` after a history (既往・…歴:
  ``…の既往があり、`` → ``…の既往``), and ``なため/なので`` after a clause with its own subject
  (``…で右手が不自由なため`` → ``…が不自由``). The finite forms (``…している``, ``…した``, ``…がある``) are left as
  the recognizers drew them: the authors keep those inside.
* :data:`ADMIN_NOTE` — a note of issue or application in brackets after a 障害者手帳's grade
  (``精神障害者保健福祉手帳 2級（令和5年交付）`` → ``… 2級``) is paperwork, not the condition.
* :data:`PREDICATE` — a bare condition goes on into its predicate when one follows at once: a treatment or stay
  after ``で`` (``2型糖尿病でSGLT2阻害薬内服中``, ``アルコール依存症で専門病院に2か月入院``), or a course of the
  condition after ``の`` (``心不全の急性増悪``, ``脳梗塞の後遺症``, ``子宮筋腫の手術``, ``…の診断``).

Every rule can be switched off (``Analyzer(sensitive_bounds=False)`` switches off the stage) so that the stage can be
measured alone or beside a learned span stage.
"""

from __future__ import annotations

import re
from dataclasses import replace
from collections.abc import Iterable

from hogo.scan.recognizers.base import Candidate
from hogo.scan.types import PiiType

__all__ = ["RULES", "normalise_bounds", "conjunctive", "admin_note", "predicate"]

_KANJI = "㐀-䶿一-鿿豈-﫿"

# --- CONJUNCTIVE (連用形で続く接続は外) -------------------------------------------------------------------------
# a suru-verb (漢語 + する) in its ～しており form: 通院しており, 休職しており, 入所しており, 中断しており
_SHITEORI = re.compile(rf"(?<=[{_KANJI}])しており\Z")
# a history (既往, 既往歴, 治療歴, 通院歴, 手術歴) followed by があり (the finite がある and the bare あり stay inside)
_HISTORY_GA_ARI = re.compile(r"(?:既往|歴)(があり)\Z")
# the copula's reason form after a clause with its own subject (…が不自由なため)
_NA_REASON = re.compile(r"(?<=[^\s、。,])(?:なため|なので)\Z")


def conjunctive(text: str, start: int, end: int) -> tuple[int, int]:
    """End a clause before the conjunctive form that ties it to the next one."""
    m = _SHITEORI.search(text, start, end)
    if m and m.start() - start >= 2:
        return start, m.start()
    m = _HISTORY_GA_ARI.search(text, start, end)
    if m and m.start(1) - start >= 3:
        return start, m.start(1)
    m = _NA_REASON.search(text, start, end)
    if m and "が" in text[start : m.start()]:
        return start, m.start()
    return start, end


# --- ADMIN_NOTE ------------------------------------------------------------------------------------------------
# (…交付), (…申請), (…更新), (…取得) right after a grade: 2級, 1種2級, 療育手帳の A / B / B2
_ADMIN_NOTE = re.compile(r"(?:級|(?<![A-Za-z])[AB][12]?)\s?([(（][^()（）\n]{0,20}(?:交付|申請|更新|取得)[^()（）\n]{0,10}[)）])\Z")


def admin_note(text: str, start: int, end: int) -> tuple[int, int]:
    """Leave the note of issue or application after a certificate's grade outside."""
    m = _ADMIN_NOTE.search(text, start, end)
    if m and m.start(1) > start:
        return start, m.start(1)
    return start, end


# --- PREDICATE -------------------------------------------------------------------------------------------------
# a span ending in a particle or a predicate's kana (not the ん of がん, the い of 疑い), in an event or history noun, or
# in a bracket is not bare
_NOT_BARE = re.compile(r"(?:[\u3041-\u3043\u3045-\u3092\u3094-\u3096]|ない|たい|しい|手術|治療|療法|入院|通院|通所|中|診断|歴|既往|[)）])\Z")
# で, up to 12 characters of the same clause with no other subject (a hospital, a drug, a length of stay),
# then the treatment or stay
_TREATED = re.compile(
    r"で[^、。,\s()（）「」がはもと]{0,12}?(?:通院中|入院中|治療中|療養中|服用中|内服中|通室中|入所中|通院|入院|治療|手術|休職|休学|内服|診断)"
    r"(?=[、。,\s(（」]|し|\Z)"
)
# の and the course of the condition (its sequel, suspicion, worsening, operation, treatment, diagnosis)
_COURSE = re.compile(r"の(?:後遺症|疑い|急性増悪|悪化|進行|手術|術後|治療|診断)")


def predicate(text: str, start: int, end: int) -> tuple[int, int]:
    """Carry a bare condition on into the predicate that follows it at once."""
    if end - start < 2 or _NOT_BARE.search(text, start, end):
        return start, end
    m = _TREATED.match(text, end) or _COURSE.match(text, end)
    if m:
        return start, m.end()
    return start, end


#: the rule classes, in the order they apply (a trimmed span is never extended: PREDICATE needs a bare condition)
RULES = {"conjunctive": conjunctive, "admin_note": admin_note, "predicate": predicate}


def normalise_bounds(text: str, found: Iterable[Candidate], rules: Iterable[str] | None = None) -> list[Candidate]:
    """Move the edges of the SENSITIVE candidates in ``found`` (offsets into the normalised ``text``) by :data:`RULES`
    (or the named subset ``rules``); other candidates are returned unchanged, in the same order."""
    steps = [RULES[r] for r in rules] if rules is not None else list(RULES.values())
    out = []
    for c in found:
        if c.type is PiiType.SENSITIVE:
            start, end = c.start, c.end
            for step in steps:
                start, end = step(text, start, end)
            if (start, end) != (c.start, c.end):
                c = replace(c, start=start, end=end)
        out.append(c)
    return out
