"""A learned context scorer for PERSON candidates (round 7 experiment).

The person recognizers give each candidate a fixed score from hand-written cues and the analyzer drops
everything under 0.5. This stage looks at every PERSON candidate again with a small logistic-regression model
trained on our annotated batches (``bench/train_person_scorer.py``) and moves a candidate across the threshold
when the model disagrees strongly with the rules:

* a candidate under the threshold whose probability is at least ``raise_at`` is raised to ``0.5 … 0.69``;
* a candidate at or over the threshold whose probability is under ``lower_at`` is lowered under 0.5.

Features are short strings (``p1=の``, ``n2=さん``, ``tk=姓``, ``s=0.25``) so that every weight can be read and
explained; the weights ship as JSON (``data/person_scorer.json``) and inference is a sum over a dict, with no
run-time dependency. Only PERSON candidates are scored, so the cost is a few microseconds per candidate.
A candidate vetoed by a rule (score 0) stays vetoed, a ``person`` candidate at 0.9 (label or honorific) is never
lowered, and the stage stays out of documents where the rules keep under a tenth of the PERSON candidates.
An opt-in generator (:func:`generate`) adds low-score candidates for words in name slots the rules do not see.

Status: an experiment, not in the default analyzer (the bar to turn it on was not met; docs/decisions.md).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import json
import math
import re
from dataclasses import replace
from importlib import resources
from pathlib import Path

from hogo.scan.document import Document, sudachi
from hogo.scan.recognizers import Candidate
from hogo.scan.types import PiiType

__all__ = ["PersonScorer", "candidate_features", "default_scorer", "DATA_FILE"]

DATA_FILE = "person_scorer.json"
THRESHOLD = 0.5
# a `person` score this high comes from a label or an honorific next to a SudachiPy name: the model never lowers
# it (and skipping these candidates halves the stage's cost). person_latin gives 0.92 to any capitalised run once
# a cue fires, so its candidates are still looked at.
KEEP_AT = 0.9 - 1e-9
# the share of a document's PERSON candidates the rules must keep for the stage to run (see PersonScorer.rescore)
MIN_SHARE = 0.1

_KANJI = re.compile(r"[㐀-䶿一-鿿豈-﫿々〆]")
# the word just before the candidate on its line: a kanji/katakana run, then an optional の or separator
_WORD_BEFORE = re.compile(r"([㐀-䶿一-鿿豈-﫿々ァ-ヶーA-Za-z]{1,8})(の|[ \t]*[:：・|/／][ \t]*|[ \t]+)?\Z")
_HIRA_AFTER = re.compile(r"[ ]?([ぁ-ゖ]{1,3})")
_KANJI_AFTER = re.compile(r"[ ]?([㐀-䶿一-鿿豈-﫿々]{1,2}|[ァ-ヶー]{2,})")
_LIST_LINE = re.compile(r"[ \t]*(?:[・\-*•●○◆■□▪>＞]|\d{1,3}[.)．、]|[(（]\d{1,2}[)）])")
_CHAT_LINE = re.compile(r"[ \t]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]|\S{1,14}[ \t]?[:：][ \t]?\S)")
_TIME_ANYWHERE = re.compile(r"\d{1,2}:\d{2}")

# --- candidate generator: words in name-like slots that no recognizer proposed ---------------------------------
# The rules propose only what SudachiPy tags as 人名 or what a label/honorific marks. A name SudachiPy reads as a
# common word or a place (平和, 光, 岡山, 瀬戸) in a slot where names stand gets no candidate at all, so no scorer
# could rescue it. These slots propose such words at score GEN_SCORE; only the model can lift them.
GEN_SCORE = 0.01
GEN_NAME = "person_ctx"
_K = r"[㐀-䶿一-鿿豈-﫿々]"
_GEN_WORD = rf"(?:{_K}{{1,4}}|[ァ-ヶー]{{2,8}}(?:[ ・][ァ-ヶー]{{2,8}})?|{_K}{{1,3}} {_K}{{1,3}})"
_GEN_BOUNDARY = r"(?:(?<=^)|(?<=[\s、。・:：「『（(|/／>,]))"
_GENERATORS = (
    # before an honorific or a team title (本田コーチ, 希望ちゃん)
    re.compile(rf"{_GEN_BOUNDARY}({_GEN_WORD})(?=[ ]?(?:さん|ちゃん|くん|君|様|さま|氏|先生|コーチ|監督|選手|宅|兄|姉))", re.M),
    # between <kanji word>の and a particle (保安員の小暮が, 看護師の光が, 管理部の牧です)
    re.compile(rf"(?<={_K}の)({_GEN_WORD})(?=が|は|に|を|と|も|です|へ|から|より|まで)", re.M),
    # after a kanji word (a role or department) and a space or colon, closing a field (送迎 小鳥遊 ／, 防災　岡山、)
    re.compile(rf"(?<={_K}{{2}})(?:[ ]|[:：][ ]?)({_GEN_WORD})(?=[ ]?(?:[/／・、)）→]|$))", re.M),
    # an item of a ・/、 list closing a field (瀬戸・阿久津, 岡山、中)
    re.compile(rf"(?<=[・、])({_GEN_WORD})(?=[ ]?(?:[/／・、)）]|$))", re.M),
    # a whole CSV cell
    re.compile(rf"(?<=,)({_GEN_WORD})(?=,|$)", re.M),
)


def generate(doc: Document, cands: list[Candidate], *, all_spans: bool = False) -> list[Candidate]:
    """Low-score PERSON candidates for words in name slots (a dictionary surname or katakana at their head).

    Spans a recognizer already proposed as PERSON are skipped unless ``all_spans`` (training sees them all, so
    the model learns the slots' cues from every annotated name, not only from the few the rules missed).
    """
    text = doc.text
    have = set() if all_spans else {(c.start, c.end) for c in cands if c.type is PiiType.PERSON}
    out: dict[tuple[int, int], Candidate] = {}
    surname = sudachi().is_surname
    for rx in _GENERATORS:
        for m in rx.finditer(text):
            span = m.span(1)
            if span in have or span in out:
                continue
            head = m.group(1).split(" ")[0]
            if "ァ" <= head[0] <= "ヺ" or surname(head):
                out[span] = Candidate(span[0], span[1], PiiType.PERSON, GEN_SCORE, GEN_NAME, True)
    return list(out.values())


@functools.cache
def _latin_names() -> frozenset[str]:
    """Lower-cased name words of ``data/latin_names.txt`` (shared with ``person_latin``; read-only here)."""
    raw = resources.files("hogo.scan.data").joinpath("latin_names.txt").read_text(encoding="utf-8")
    return frozenset(line[2:].strip().lower() for line in raw.splitlines() if line[:2] in ("S ", "G "))


_LATIN_WORD = re.compile(r"[A-Za-zÀ-ɏ][A-Za-zÀ-ɏ'\-]*")


def _char_class(ch: str) -> str:
    if not ch:
        return "^"
    if ch == "\n":
        return "N"
    if ch in " \t":
        return "S"
    if "ぁ" <= ch <= "ゖ":
        return "H"
    if "ァ" <= ch <= "ヺ" or ch == "ー":
        return "T"
    if _KANJI.match(ch):
        return "K"
    if ch.isdigit():
        return "D"
    if ch.isascii() and ch.isalpha():
        return "L"
    if ch.isalpha():
        return "L"  # accented latin
    return ch  # punctuation stands for itself (、 ： （ 」 …)


def _shape(s: str) -> str:
    """The script shape of a span: runs of character classes (山田 太郎 → KSK, タカダ → T)."""
    out: list[str] = []
    for ch in s:
        c = _char_class(ch)
        if c not in "KHTLDS":
            c = "P"
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)[:6]


class _DocInfo:
    """What every candidate of one document shares: confirmed names and the 人名 tokens' starts."""

    __slots__ = ("confirmed", "tokens", "starts", "occ")

    def __init__(self, doc: Document, cands: list[Candidate]) -> None:
        text = doc.text
        self.confirmed: dict[str, set[tuple[int, int]]] = {}
        for c in cands:
            if c.type is PiiType.PERSON and c.score >= 0.7:
                self.confirmed.setdefault(text[c.start : c.end].replace(" ", ""), set()).add((c.start, c.end))
        self.tokens = doc.tokens
        self.starts = [t.start for t in self.tokens]
        self.occ: dict[str, int] = {}  # occurrences of a span's string in the document, counted once per string


def candidate_features(doc: Document, cand: Candidate, info: _DocInfo | None = None) -> list[str]:
    """The explainable features of one PERSON candidate (strings; each present feature has value 1)."""
    if info is None:
        info = _DocInfo(doc, [cand])
    text = doc.text
    s, e = cand.start, cand.end
    span = text[s:e]
    ls = text.rfind("\n", 0, s) + 1
    le = text.find("\n", e)
    if le < 0:
        le = len(text)
    before = text[max(ls, s - 12) : s]
    after = text[e : min(le, e + 8)]
    score = f"{round(cand.score * 20) / 20:.2f}"
    p1 = before[-1:] or "^"
    n1 = after[:1] or "$"
    f = [
        "bias",
        f"r={cand.recognizer}",
        f"s={score}",
        f"r={cand.recognizer}|s={score}",
        f"p1={p1}",
        f"p2={before[-2:]}" if len(before) >= 2 else "p2=^",
        f"n1={n1}",
        f"n2={after[:2]}" if len(after) >= 2 else "n2=$",
        f"pc={''.join(_char_class(ch) for ch in before[-2:]) or '^'}",
        f"nc={''.join(_char_class(ch) for ch in after[:2]) or '$'}",
        f"shape={_shape(span)}",
        f"len={min(len(span.replace(' ', '')), 8)}",
        f"parts={min(span.count(' ') + 1, 4)}",
        f"s={score}|p1={p1}",
        f"s={score}|n1={n1}",
        f"p1={p1}|n1={n1}",
    ]
    w = _WORD_BEFORE.search(before)
    if w:
        word, sep = w.group(1), (w.group(2) or "").strip() or ("_" if w.group(2) else "")
        f.append(f"pw={word[-3:]}")
        f.append(f"pwl={word[-1]}|{sep}")
    h = _HIRA_AFTER.match(after)
    if h:
        f.append(f"nh={h.group(1)[:2]}")
    k = _KANJI_AFTER.match(after)
    if k:
        f.append(f"nk={k.group(1)[:2]}")
    # SudachiPy's 人名 tags inside the span, and whether its head is a dictionary surname
    i = bisect.bisect_left(info.starts, s)
    kinds = set()
    ntok = 0
    while i < len(info.tokens) and info.tokens[i].start < e:
        kinds.add(info.tokens[i].pos[3])
        ntok += 1
        i += 1
    f.append("tk=" + ("+".join(sorted(kinds)) or "none"))
    f.append(f"ntok={min(ntok, 3)}")
    f.append(f"tk={'+'.join(sorted(kinds)) or 'none'}|s={score}")
    if span.isascii() or _LATIN_WORD.match(span):
        words = _LATIN_WORD.findall(span)
        names = _latin_names()
        known = sum(1 for x in words if x.lower() in names)
        f.append(f"latin_known={min(known, 2)}/{min(len(words), 3)}")
        f.append("latin_case=" + "".join("U" if x.isupper() else "T" if x[:1].isupper() else "l" for x in words)[:3])
        pre = re.findall(r"[A-Za-z]+", before)
        if pre:
            f.append(f"latin_prev={pre[-1].lower()}")
    head = span.split(" ")[0]
    if head and not head.isascii() and sudachi().is_surname(head):
        f.append("surname_head")
    # line shape: a table row, a list item, a chat line, a labelled field, the name alone on its line
    line = text[ls:le]
    if line.lstrip().startswith("|") or line.count(",") >= 2 or "\t" in line:
        f.append("ln=table")
    if _LIST_LINE.match(line):
        f.append("ln=list")
    if _CHAT_LINE.match(line) and _TIME_ANYWHERE.search(line):
        f.append("ln=chat")
    if "：" in text[ls:s] or ":" in text[ls:s]:
        f.append("ln=label_before")
    if not text[ls:s].strip():
        f.append("ln=head")
    if not text[e:le].strip():
        f.append("ln=end")
    # the same string elsewhere in the document, confirmed (score ≥ 0.7) at another place
    key = span.replace(" ", "")
    spots = info.confirmed.get(key)
    if spots and (spots - {(s, e)}):
        f.append("confirmed_elsewhere")
    occ = info.occ.get(span)
    if occ is None:
        occ = info.occ[span] = text.count(span) if len(span) >= 2 else 0
    f.append(f"occ={min(occ, 3)}")
    # the same cues weigh differently under and over the threshold (rescuing a weak candidate is another
    # question than doubting a strong one): every feature again, marked with the side of the threshold
    side = "lo|" if cand.score < THRESHOLD else "hi|"
    f.extend([side + x for x in f])
    return f


_ZEROS = itertools.repeat(0.0)


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    ez = math.exp(z)
    return ez / (1.0 + ez)


class PersonScorer:
    """Logistic regression over :func:`candidate_features`; moves PERSON candidates across the threshold."""

    def __init__(self, weights: dict[str, float], *, raise_at: float = 0.8, lower_at: float = 0.0,
                 second_pass: bool = True, generate: bool = False, gate: bool = True,
                 meta: dict | None = None) -> None:
        self.weights = weights
        self.gate = gate
        self.generate = generate
        self.second_pass = second_pass
        self.raise_at = raise_at
        self.lower_at = lower_at
        self.meta = meta or {}

    @classmethod
    def from_dict(cls, data: dict) -> PersonScorer:
        return cls({str(k): float(v) for k, v in data["weights"].items()}, raise_at=float(data["raise_at"]),
                   lower_at=float(data["lower_at"]), second_pass=bool(data.get("second_pass", True)),
                   generate=bool(data.get("generate", False)), gate=bool(data.get("gate", True)),
                   meta=data.get("meta", {}))

    @classmethod
    def load(cls, path: str | Path | None = None) -> PersonScorer:
        if path is None:
            raw = resources.files("hogo.scan.data").joinpath(DATA_FILE).read_text(encoding="utf-8")
        else:
            raw = Path(path).read_text(encoding="utf-8")
        return cls.from_dict(json.loads(raw))

    def to_dict(self) -> dict:
        return {"raise_at": self.raise_at, "lower_at": self.lower_at, "second_pass": self.second_pass,
                "generate": self.generate, "gate": self.gate, "meta": self.meta,
                "weights": {k: round(v, 5) for k, v in sorted(self.weights.items())}}

    def probability(self, features: list[str]) -> float:
        w = self.weights
        return _sigmoid(sum(map(w.get, features, _ZEROS)))

    def rescore(self, doc: Document, cands: list[Candidate]) -> list[Candidate]:
        """The candidates with PERSON scores moved where the model disagrees strongly with the rules."""
        if not any(c.type is PiiType.PERSON and c.score > 0 for c in cands):
            return cands
        info = _DocInfo(doc, cands)
        if self.gate:
            # The model was trained on records full of names; in a text that is not about people (a law, a
            # guideline, a mis-decoded file where SudachiPy reads garbage as 姓+名) it finds "names" in any repeated
            # word. It works only where the rules themselves kept at least MIN_SHARE of the PERSON candidates.
            person = [c.score for c in cands if c.type is PiiType.PERSON and c.score > 0]
            if sum(1 for x in person if x >= THRESHOLD) < MIN_SHARE * len(person):
                return cands
        if self.generate:
            cands = cands + generate(doc, cands)
        text = doc.text
        out = []
        raised: list[int] = []
        for c in cands:
            if c.type is PiiType.PERSON and 0 < c.score and (c.score < KEEP_AT or c.recognizer != "person"):
                p = self.probability(candidate_features(doc, c, info))
                if c.score < THRESHOLD and p >= self.raise_at:
                    c = replace(c, score=THRESHOLD + 0.19 * p)
                    raised.append(len(out))
                elif c.score >= THRESHOLD and p < self.lower_at:
                    c = replace(c, score=0.49 * p / max(self.lower_at, 1e-9))
            out.append(c)
        if raised and self.second_pass:
            # a name the model raised counts as confirmed for its other occurrences (人事 阿久津 … 瀬戸・阿久津)
            for k in raised:
                c = out[k]
                info.confirmed.setdefault(text[c.start : c.end].replace(" ", ""), set()).add((c.start, c.end))
            for k, c in enumerate(out):
                if c.type is PiiType.PERSON and 0 < c.score < THRESHOLD and text[c.start : c.end].replace(" ", "") in info.confirmed:
                    p = self.probability(candidate_features(doc, c, info))
                    if p >= self.raise_at:
                        out[k] = replace(c, score=THRESHOLD + 0.19 * p)
        return out


@functools.cache
def default_scorer() -> PersonScorer:
    """The shipped model (``hogo/scan/data/person_scorer.json``), loaded once per process."""
    return PersonScorer.load()
