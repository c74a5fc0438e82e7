"""A learned span stage for 要配慮個人情報 (SENSITIVE, 個人情報保護法第2条第3項) — round 13 experiment.

The SENSITIVE recognizers (``recognizers/sensitive*.py``) propose one span per phrase with hand-written
boundaries. Every author of the annotated batches draws those boundaries a little differently (with or without
the predicate 〜で通院中, the 手帳 grade, a bracket) and uses condition words no rule has seen. This stage:

1. **generates** candidate spans around *anchors* — every rule span, every listed condition (the rules' lexicon,
   ``data/sensitive_conditions.txt``) and every morphological head (…病, …症, …障害, …炎, …がん, …骨折, 手帳, 服役,
   逮捕, 前科, 被害, 入信 …): the anchor's word run, the rule's own start, the start of its clause chunk, crossed with
   the head's end, the end after a bracket, after a predicate (…中, …あり, の既往, の疑い …) and the chunk's end;
2. **scores** each candidate with a logistic-regression model whose features are short readable strings (the
   span's last characters, the characters around it, a field label before it, which generator proposed it, the
   line's shape …); the weights ship as JSON (``data/sensitive_model.json``), inference is a sum over a dict;
3. **selects** among overlapping candidates the most probable one and keeps those at or over the threshold. The
   rules' SENSITIVE candidates are replaced by the selected ones (score = the probability, at least 0.5).

An IT outage (システム障害, 通信障害, 回線障害) is never an anchor. Trained by ``bench/train_sensitive_model.py``;
evaluated leave-one-batch-out (``bench/sensitive_model_results.json``).
"""

from __future__ import annotations

import functools
import itertools
import json
import math
import re
from importlib import resources
from pathlib import Path

from hogo.scan.document import Document
from hogo.scan.recognizers import Candidate
from hogo.scan.types import PiiType

__all__ = ["SensitiveModel", "candidate_spans", "span_features", "default_sensitive_model", "DATA_FILE", "NAME"]

DATA_FILE = "sensitive_model.json"
NAME = "sensitive_model"
MAX_LEN = 45

_K = "㐀-䶿一-鿿豈-﫿々"
_WORDCH = rf"[{_K}ァ-ヶーA-Za-z0-9・]"
_WORD_RUN = re.compile(rf"{_WORDCH}{{1,16}}\Z")
# morphological heads of a condition, a disability, an offence, a faith or a harm
_HEADS = (
    "症候群|アレルギー|動脈瘤|ポリープ|ジストロフィー|ヘルニア|結石|病|症|炎|がん|癌|腫瘍|肉腫|腫|不全|梗塞|出血|潰瘍|細動|"
    "骨折|麻痺|まひ|狭窄|硬化|感染|中毒|疾患|失調|欠損|変性|脱臼|損傷|発作|貧血|結核|喘息|内障|けいれん|痙攣|捻挫|障害|障がい|"
    "手帳|依存|虐待|ネグレクト|暴力|DV|服役|逮捕|前科|前歴|懲役|禁錮|罰金|執行猶予|起訴|送検|補導|保護観察|少年院|被害|"
    "盗まれ|入信|信者|信仰|教徒|洗礼|妊娠|流産|早産|不妊|透析|療法|手術|切除|入院|通院|服用|服薬|内服|あざ|打撲|骨折|"
    "けが|怪我|外傷|後遺症|疑い|要介護|寝たきり|認知|うつ|難病|HIV|陽性"
)
_HEAD = re.compile(_HEADS)
_WORD_AFTER = re.compile(rf"{_WORDCH}{{1,10}}")
# an outage, a fault or an error of a machine, a network or a service is no one's condition
_IT_BEFORE = re.compile(
    r"(?:システム|通信|回線|ネットワーク|サーバ|サーバー|機器|設備|電波|接続|配信|運用|電源|停電|機械|装置|端末|"
    r"ハードウェア|ソフトウェア|ディスク|アプリ|サービス|伝送|網|基盤|電算|電気|信号|交通|輸送|運行|発生|重大|軽微|大規模|広域|"
    r"一時|部分|情報|セキュリティ|データ|ストレージ|クラウド|メール|印刷|読取|系統|障害)[ ]?\Z"
)
_IT_AFTER = re.compile(r"(?:報告|対応|発生|復旧|情報|件数|時|対策|監視|管理|票|検知|切り分け|原因|影響|告知|履歴)")
# where a chunk of a clause starts and ends
_CHUNK_BREAK = "、。\n\t|,，;；:：「」『』【】■□●○◆◇・※→"
_CHUNK_BREAK_END = "、。\n\t|,，;；「」『』【】■□●○◆◇※→"
_PRED_END = re.compile(
    r"(?:中|あり|有り|がある|があります|の既往|の既往歴|歴あり|歴|の疑い|疑い|と診断|と診断された|と診断され|後|級|済み|済|"
    r"を受けた|された|した|している|しています|状態|歴がある|を所持|所持|を使用|使用|により|のため|で)"
)
_TIME_WORD = re.compile(r"(?:昨年|去年|今年|先月|今月|本日|現在|以前|過去|長年|先日|当時|同年|最近|\d+年前|令和\d+年|平成\d+年)")
_LABEL = re.compile(rf"([{_K}ァ-ヶーA-Za-z]{{1,8}})[ ]?[:：][ ]?\Z")
_FIELD_WORDS = ("既往", "病", "障害", "罪", "診断", "傷病", "症状", "疾患", "健康", "服薬", "備考", "特記", "配慮", "理由",
                "宗教", "信仰", "前科", "経歴", "状態", "所見", "事由", "内容", "メモ")


def _class(ch: str) -> str:
    if not ch:
        return "^"
    if ch == "\n":
        return "N"
    if ch in " \t\u3000":
        return "S"
    if "ぁ" <= ch <= "ゖ":
        return "H"
    if "ァ" <= ch <= "ヺ" or ch == "ー":
        return "T"
    if "㐀" <= ch <= "鿿" or "豈" <= ch <= "﫿" or ch == "々":
        return "K"
    if ch.isdigit():
        return "D"
    if ch.isascii() and ch.isalpha():
        return "L"
    return ch


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    return a, (len(text) if b < 0 else b)


def _chunk_start(text: str, pos: int, floor: int) -> int:
    i = pos
    while i > floor and text[i - 1] not in _CHUNK_BREAK:
        i -= 1
    return i


def _chunk_end(text: str, pos: int, ceil: int) -> int:
    i = pos
    depth = 0
    while i < ceil:
        ch = text[i]
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            if depth == 0:
                break
            depth -= 1
        elif depth == 0 and ch in _CHUNK_BREAK_END:
            break
        i += 1
    return i


def _bracket_end(text: str, pos: int) -> int:
    if pos < len(text) and text[pos] in "(（":
        close = ")" if text[pos] == "(" else "）"
        j = text.find(close, pos, pos + 30)
        if j < 0:
            j = text.find(")" if close == "）" else "）", pos, pos + 30)
        if j > 0 and "\n" not in text[pos:j]:
            return j + 1
    return -1


def _it_outage(text: str, start: int, end: int) -> bool:
    return bool(_IT_BEFORE.search(text, max(0, start - 8), start)) or bool(_IT_AFTER.match(text, end))


def _anchors(doc: Document, rule: list[Candidate]) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every place a SENSITIVE span may be about."""
    from hogo.scan.recognizers.sensitive import listed_conditions

    text = doc.text
    out: list[tuple[int, int, str]] = [(c.start, c.end, "r") for c in rule]
    for s, e in listed_conditions(text):
        out.append((s, e, "l"))
    for m in _HEAD.finditer(text):
        s, e = m.span()
        if m.group() in ("障害", "障がい") and _it_outage(text, s, e):
            continue
        out.append((s, e, "h"))
    return out


def _outages(text: str) -> list[tuple[int, int]]:
    """Spans of 障害 words that name an outage (システム障害, 通信障害 …, 障害報告): no candidate may hold one."""
    out = []
    for w in ("障害", "障がい"):
        i = text.find(w)
        while i >= 0:
            if _it_outage(text, i, i + len(w)):
                out.append((i, i + len(w)))
            i = text.find(w, i + 1)
    return out


def candidate_spans(doc: Document, rule: list[Candidate],
                    others: list[tuple[int, int]] = ()) -> dict[tuple[int, int], set[str]]:
    """Candidate spans (normalised offsets) with the generators that proposed each (``r`` the rules' own span,
    ``rv`` a boundary variant of a rule span, ``l`` a listed condition, ``h`` a head word). A candidate never
    overlaps ``others`` (the spans of other types the rules keep: a name, an address) nor an outage's 障害."""
    text = doc.text
    n = len(text)
    out: dict[tuple[int, int], set[str]] = {}
    blocked = bytearray(n + 1)
    for a, z in [*others, *_outages(text)]:
        blocked[a:z] = b"\x01" * (z - a)
    for c in rule:
        if 1 not in blocked[c.start : c.end]:
            out.setdefault((c.start, c.end), set()).add("r")
    for s, e, kind in _anchors(doc, rule):
        ls, le = _line_bounds(text, s, e)
        starts = {s}
        run = _WORD_RUN.search(text, max(ls, s - 16), s)
        if run:
            starts.add(run.start())
            t = _TIME_WORD.match(text, run.start(), s)
            if t:
                starts.add(t.end())
        cs = _chunk_start(text, s, max(ls, s - 30))
        starts.add(cs)
        t = _TIME_WORD.match(text, cs, s)
        if t:
            starts.add(t.end())
        while cs < n and text[cs] in " \u3000":
            cs += 1
        starts.add(cs)
        ends = {e}
        b = _bracket_end(text, e)
        if b > 0:
            ends.add(b)
        ce = _chunk_end(text, e, min(le, e + 30))
        ends.add(ce)
        if kind != "r":
            # a word run may go on after the head (糖尿病性腎症, 障害者手帳2級)
            m = _WORD_AFTER.match(text, e)
            if m:
                ends.add(m.end())
        for m in _PRED_END.finditer(text, e, ce):
            ends.add(m.end())
            bb = _bracket_end(text, m.end())
            if bb > 0:
                ends.add(bb)
        # a change of script inside the clause after the anchor approximates a word's end (…でインスリンを使用|しており)
        last = _class(text[e - 1])
        for p in range(e, min(ce, e + 24)):
            c = _class(text[p])
            if c != last and last in "KTH" and p > e:
                ends.add(p)
            last = c
        if kind == "r":
            # trims of a rule span: before a particle or a bracket inside it
            for p in range(s + 2, e - 1):
                if text[p] in "のでがとを(（、":
                    ends.add(p)
        tag = "rv" if kind == "r" else kind
        for a in starts:
            for z in ends:
                if 0 < z - a <= MAX_LEN and a >= ls and z <= le:
                    if (a < s and "\n" in text[a:s]) or 1 in blocked[a:z]:
                        continue
                    out.setdefault((a, z), set()).add(tag)
    return out


class _DocInfo:
    """What the candidates of one document share: the rules' SENSITIVE spans, and (round 13 late, for speed)
    caches of the features that depend on a span's start alone, its end alone or its line alone — candidates
    share starts, ends and lines, so each is computed once per document. The cached values are exactly what
    :func:`span_features` computed per candidate before."""

    __slots__ = ("nrule", "rule", "doc_f", "starts", "ends", "lines", "bigrams")

    def __init__(self, doc: Document, rule: list[Candidate]) -> None:
        self.nrule = len(rule)
        self.rule = sorted({(c.start, c.end) for c in rule})
        #: the document-level feature (how many rule spans the document has)
        self.doc_f = "doc=" + _bin(self.nrule, (0, 1, 3, 8))
        #: start -> (line start, the p1/p2 features, the label/near features, the cs feature)
        self.starts: dict[int, tuple] = {}
        #: end -> (line end, the n1/n2/n3 features, the ce feature)
        self.ends: dict[int, tuple] = {}
        #: (line start, line end) -> (the line-shape feature, whether the line reads like a law or a statistic)
        self.lines: dict[tuple[int, int], tuple[str, bool]] = {}
        #: position -> its "bg=" feature (the two characters from there), built on first use
        self.bigrams: list[str] | None = None


def _sign(x: int) -> str:
    return "<" if x < 0 else ">" if x > 0 else "="


def _bin(x: int, edges: tuple[int, ...]) -> str:
    for i, e in enumerate(edges):
        if x <= e:
            return str(i)
    return str(len(edges))


_LAW_STAT = re.compile(r"第[0-9一二三四五六七八九十]+条|法律|施行令|規則|統計|件数|割合|人数|\d+件|\d+人|％|%")
_KTDL = frozenset("KTDL")
_LEN_EDGES = (2, 3, 4, 6, 8, 11, 15, 20, 28)
#: the length feature of every length a candidate can have (at most MAX_LEN), precomputed
_LEN_F = {x: "len=" + _bin(x, _LEN_EDGES) for x in range(MAX_LEN + 1)}
#: the "has=" features, in their order (the blank of the original string never was one)
_HAS_F = tuple((ch, "has=" + ch) for ch in "、()（）。で の中級" if ch.strip())


def _start_part(text: str, s: int, info: _DocInfo) -> tuple:
    """The features of a span that depend on its start only (cached per document)."""
    got = info.starts.get(s)
    if got is not None:
        return got
    ls = text.rfind("\n", 0, s) + 1
    p1 = text[s - 1] if s else ""
    c1 = _class(p1)
    pre_f = ("p1=" + (p1 if c1 not in _KTDL else c1), "p2=" + text[max(0, s - 2):s])
    lab_f = []
    lab = _LABEL.search(text, max(ls, s - 12), s)
    if lab:
        word = lab.group(1)
        lab_f.append("lab")
        for w in _FIELD_WORDS:
            if w in word:
                lab_f.append("lab=" + w)
    else:
        pre = text[ls:s]
        for w in _FIELD_WORDS:
            if w in pre[-14:]:
                lab_f.append("near=" + w)
    cs_f = "cs=" + str(s == _chunk_start(text, s, max(ls, s - 60)))
    # the span's first characters (valid as they are when the span is at least two characters long)
    head_f = ("s1=" + text[s:s + 1], "s2=" + text[s:s + 2], _class(text[s:s + 1]))
    got = (ls, pre_f, c1, tuple(lab_f), cs_f, head_f)
    info.starts[s] = got
    return got


def _end_part(text: str, e: int, info: _DocInfo) -> tuple:
    """The features of a span that depend on its end only (cached per document)."""
    got = info.ends.get(e)
    if got is not None:
        return got
    b = text.find("\n", e)
    le = len(text) if b < 0 else b
    n1 = text[e] if e < len(text) else ""
    c1 = _class(n1)
    post_f = ("n1=" + (n1 if c1 not in _KTDL else c1), "n2=" + text[e:e + 2], "n3=" + text[e:e + 3])
    ce_f = "ce=" + str(e == _chunk_end(text, e, min(le, e + 60)))
    # the span's last characters (valid as they are when the span is at least three characters long)
    tail_f = ("e1=" + text[max(0, e - 1):e], "e2=" + text[max(0, e - 2):e], "e3=" + text[max(0, e - 3):e],
              _class(text[e - 1:e]))
    got = (le, post_f, c1, ce_f, tail_f)
    info.ends[e] = got
    return got


def _line_part(text: str, ls: int, le: int, info: _DocInfo) -> tuple[str, bool]:
    """The line's shape feature and whether it reads like a law or a statistic (cached per line)."""
    got = info.lines.get((ls, le))
    if got is not None:
        return got
    line = text[ls:le]
    if "\t" in line:
        shape = "line=tab"
    elif line.count(",") >= 3:
        shape = "line=csv"
    elif line.count("|") >= 2:
        shape = "line=pipe"
    elif line.lstrip().startswith(("・", "-", "*", "●", "■", "□", "☑", "☐")):
        shape = "line=item"
    else:
        shape = "line=prose"
    got = (shape, _LAW_STAT.search(line) is not None)
    info.lines[(ls, le)] = got
    return got


def span_features(doc: Document, span: tuple[int, int], gens: set[str], info: _DocInfo) -> list[str]:
    """Readable features of one candidate span (the same strings in the same order as round 13's first version;
    the parts that depend on the start, the end or the line alone come from ``info``'s caches)."""
    text = doc.text
    s, e = span
    body = text[s:e]
    ls, pre_f, pc, lab_f, cs_f, head_f = _start_part(text, s, info)
    le, post_f, nc, ce_f, tail_f = _end_part(text, e, info)
    f = ["b"]
    f.extend("g=" + g for g in sorted(gens))
    if "r" in gens:
        f.append("rule")
    f.append(_LEN_F.get(e - s) or "len=" + _bin(e - s, _LEN_EDGES))
    if e - s >= 3:
        f.extend(tail_f[:3])
        f.extend(head_f[:2])
        f.append("sc=" + head_f[2] + tail_f[3])
    else:
        f.append("e1=" + body[-1:])
        f.append("e2=" + body[-2:])
        f.append("e3=" + body[-3:])
        f.append("s1=" + body[:1])
        f.append("s2=" + body[:2])
        f.append("sc=" + _class(body[0]) + _class(body[-1]))
    f.extend(pre_f)
    f.extend(post_f)
    f.append("pc=" + pc + "|nc=" + nc)
    heads = list(_HEAD.finditer(body))
    if heads:
        f.append("hl=" + heads[-1].group())
        f.append("hf=" + heads[0].group())
        f.append("nh=" + _bin(len(heads), (1, 2)))
        f.append("after_head=" + _bin(len(body) - heads[-1].end(), (0, 1, 3, 6)))
    else:
        f.append("nohead")
    f.extend(lab_f)
    for ch, feat in _HAS_F:
        if ch in body:
            f.append(feat)
    if any(map(str.isdigit, body)):
        f.append("has=D")
    if _TIME_WORD.match(body):
        f.append("time_start")
    shape, law_stat = _line_part(text, ls, le, info)
    f.append(shape)
    f.append(cs_f)
    f.append(ce_f)
    f.append(info.doc_f)
    # where the span stands to the rules' spans it overlaps (the same, the predicate trimmed, a bracket added …)
    rel = [(a, z) for a, z in info.rule if a < e and s < z]
    if rel:
        a, z = min(rel, key=lambda r: abs(r[0] - s) + abs(r[1] - e))
        f.append(f"rel={_sign(s - a)}{_sign(e - z)}")
        f.append("nrel=" + _bin(len(rel), (1, 2)))
    else:
        f.append("rel=none")
    bigrams = info.bigrams
    if bigrams is None:
        bigrams = info.bigrams = ["bg=" + text[i:i + 2] for i in range(len(text) - 1)]
    f.extend(set(bigrams[s:e - 1]))
    if law_stat:
        f.append("line_law_stat")
    return f


_ZEROS = itertools.repeat(0.0)


class SensitiveModel:
    """Candidate spans, a logistic-regression score each, the best of overlapping ones over the threshold."""

    def __init__(self, weights: dict[str, float], presence: dict[str, float] | None = None, *,
                 threshold: float = 0.5, exact_at: float = 0.0, rule_bonus: float = 0.0,
                 meta: dict | None = None) -> None:
        #: the boundary model: the probability that a span is exactly an annotated span (ranks the candidates)
        self.weights = weights
        #: the presence model: the probability that a span overlaps an annotated span (decides what is kept)
        self.presence = presence if presence is not None else weights
        self.threshold = threshold
        #: the exact probability a kept span needs too (a span drawn a little off is a false positive and a miss)
        self.exact_at = exact_at
        #: added to a rule span's exact probability when ranking (the rules' boundary, unless the model clearly
        #: prefers another)
        self.rule_bonus = rule_bonus
        self.meta = meta or {}

    @classmethod
    def from_dict(cls, data: dict) -> "SensitiveModel":
        return cls(dict(data["weights"]), dict(data["presence"]), threshold=float(data["threshold"]),
                   exact_at=float(data.get("exact_at", 0.0)), rule_bonus=float(data.get("rule_bonus", 0.0)),
                   meta=data.get("meta"))

    def to_dict(self) -> dict:
        return {"threshold": self.threshold, "exact_at": self.exact_at, "rule_bonus": self.rule_bonus, "meta": self.meta,
                "weights": {k: round(v, 5) for k, v in sorted(self.weights.items())},
                "presence": {k: round(v, 5) for k, v in sorted(self.presence.items())}}

    @classmethod
    def load(cls, path: str | Path | None = None) -> "SensitiveModel":
        if path is None:
            raw = resources.files("hogo.scan.data").joinpath(DATA_FILE).read_text(encoding="utf-8")
        else:
            raw = Path(path).read_text(encoding="utf-8")
        return cls.from_dict(json.loads(raw))

    @staticmethod
    def _sigmoid(w: dict[str, float], feats: list[str]) -> float:
        z = sum(map(w.get, feats, _ZEROS))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def scored(self, doc: Document, found: list[Candidate]) -> list[tuple[float, float, int, int]]:
        """(exact probability (+ the rule bonus), presence probability, start, end) of every candidate span."""
        rule = [c for c in found if c.type is PiiType.SENSITIVE and c.score > 0]
        info = _DocInfo(doc, rule)
        out = []
        others = [(c.start, c.end) for c in found if c.type is not PiiType.SENSITIVE and c.score >= 0.5]
        for span, gens in candidate_spans(doc, rule, others).items():
            feats = span_features(doc, span, gens, info)
            bonus = self.rule_bonus if "r" in gens else 0.0
            out.append((self._sigmoid(self.weights, feats) + bonus, self._sigmoid(self.presence, feats), span[0], span[1]))
        return out

    def select(self, scored: list[tuple[float, float, int, int]], length: int) -> list[tuple[float, int, int]]:
        """The most probable exact spans first: the first span of a region decides it — kept when its presence
        probability reaches the threshold and its exact probability ``exact_at``, and then no span overlapping it is looked at (kept or not)."""
        covered = bytearray(length + 1)
        kept = []
        for p, q, s, e in sorted(scored, key=lambda x: (-x[0], -(x[3] - x[2]), x[2])):
            if 1 in covered[s:e]:
                continue
            covered[s:e] = b"\x01" * (e - s)
            if q >= self.threshold and p >= self.exact_at:
                kept.append((q, s, e))
        return kept

    def rescore(self, doc: Document, found: list[Candidate]) -> list[Candidate]:
        """``found`` with its SENSITIVE candidates replaced by the selected spans."""
        kept = self.select(self.scored(doc, found), len(doc.text))
        out = [c for c in found if c.type is not PiiType.SENSITIVE]
        out.extend(Candidate(s, e, PiiType.SENSITIVE, max(0.5, min(q, 0.99)), NAME, True) for q, s, e in kept)
        return out


@functools.cache
def default_sensitive_model() -> SensitiveModel:
    """The shipped model (``data/sensitive_model.json``), loaded once."""
    return SensitiveModel.load()
