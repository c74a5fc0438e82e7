"""Round 13: person names the rules knew and let go (a PERSON stage run at the end of the person recognizer's
propagation, :meth:`PersonRecognizer.propagate`).

Two structural facts of Japanese documents:

1. **A place-like surname written apart from a given name is a full name.** Many surnames are also place names
   (篠ノ井, 伊東, 宮前, 石動, 相良): SudachiPy reads the word as a place (名詞,固有名詞,地名) or a plain proper noun and the
   given name after it (邦子, 涼, 勇気) loses its 人名 tag, so the rules score the pair low or not at all. A word the
   dictionary has as a surname or a place, one space, then a word it has as a given name (名詞,固有名詞,人名,名) — or a
   hiragana word that is no grammar — ending at a field's end, is how rosters, logs and forms write a person
   (担当保護司 篠ノ井 邦子（026-…）, ``[2025-06-14 09:30] 伊東 涼``, 記入者：津田 勇気). :func:`place_surname_names`.
2. **A name established in the document is the same person when its surname stands alone.** The person
   recognizer's propagation (``_document_names``) takes its keys from candidates scored 0.7 and over and accepts a
   bare occurrence before a particle or an honorific; a full name written apart (若林 大和, scored 0.65 as a list
   item) gave no key, and 坂口本人, 若林らに, 篠ノ井保護司へ were not accepted. :func:`known_surnames` takes the surname of
   every full name over the threshold and accepts, besides the propagation's contexts, 本人 (the person himself), ら
   (and the others) and a role word (保護司, 課長) after it — never inside a longer word (若林区役所, 篠ノ井駅, 坂口内科).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re

from hogo.scan.document import Document, sudachi
from hogo.scan.recognizers.base import Candidate
from hogo.scan.recognizers.person import (
    _PERSON_ACTION,
    HONORIFICS,
    _common_katakana,
    _function_word,
    _grammar_kana,
    _plain_noun,
    _proper_kinds,
)
from hogo.scan.types import PiiType

_K = "㐀-䶿一-鿿豈-﫿々"
# surname part (kanji, ノ/ヶ inside: 篠ノ井, 八ヶ代), one space, given part (kanji 1-3, hiragana 2-4)
_PAIR = re.compile(
    rf"(?<![{_K}ぁ-ゖァ-ヺーA-Za-z0-9])([{_K}](?:[ノヶ]?[{_K}]){{1,3}})[ ]([{_K}]{{1,3}}(?![{_K}ァ-ヺーA-Za-z0-9])|[ぁ-ゖ]{{2,4}}(?![{_K}ぁ-ゖァ-ヺーA-Za-z0-9]))"
)
# what may follow the pair: the end of the field, a bracket, a separator, an honorific or a particle
_PAIR_END = re.compile(
    r"(?:$|[\t\n,，、・/／|│:：(（)）」』\]]|[ 　]{1,2}|さん|様|さま|氏|君|くん|ちゃん|先生|へ|は|が|に|と|の|を|も|から|より)",
    re.M,
)
# a given-name part that names a place or an organisation, not a person (東北 大学, 宮城 県)
# (and a row's total, 北信 計)
_ORG_END = re.compile(r"[学校院館所局部課店社会署駅線町村市区県郡道府都園寺宮科室計]$")
# a household or a family after a surname (大和田 一家, 宮本 夫妻): the surname alone is the name
_HOUSEHOLD = re.compile(r"(?:一家|家族|夫妻|夫婦|親子|兄弟|姉妹|家|一同)$")


@functools.lru_cache(maxsize=8192)
def _surname_like(word: str) -> bool:
    """A surname, or a place name the dictionary has (篠ノ井, 石動): many surnames are places."""
    kinds = _proper_kinds(word)
    return ("人名", "姓") in kinds or any(k[0] == "地名" for k in kinds)


@functools.lru_cache(maxsize=4096)
def _kana_grammar(word: str) -> bool:
    """Whether a hiragana word opens with a particle or a suffix (では, には, さんは, だけ) or is grammar for the person
    recognizer (:func:`hogo.scan.recognizers.person._grammar_kana`: まで, のみ)."""
    if _grammar_kana(word) or _function_word(word):
        return True
    first = next(iter(sudachi().tokenizer.tokenize(word)), None)
    return first is not None and first.part_of_speech()[0] in ("助詞", "接尾辞")


def _given_like(word: str) -> bool:
    """A given name (邦子, 涼, 勇気) or a hiragana word that is no grammar (ひなた; not のみ, まで, では)."""
    if "ぁ" <= word[0] <= "ゖ":
        return not _kana_grammar(word)
    return (
        ("人名", "名") in _proper_kinds(word) and not _ORG_END.search(word) and not word.startswith(_HONORIFIC_WORDS)
        and not _HOUSEHOLD.match(word) and not (len(word) == 1 and _verb_entry(word))  # (滝本 出: attendance)
    )


@functools.lru_cache(maxsize=4096)
def _verb_entry(word: str) -> bool:
    """Whether the dictionary has ``word`` as a verb too (出, 欠, 受: a status or a mark, not a one-kanji given name)."""
    return any(m.part_of_speech()[0] == "動詞" for m in sudachi().dictionary.lookup(word))


_HONORIFIC_WORDS = tuple(HONORIFICS)


def _not_given(word: str) -> bool:
    """A word after a surname and a space that is no given name: grammar in kana, a plain noun or a role in kanji."""
    if "ぁ" <= word[0] <= "ゖ":
        return _kana_grammar(word)
    if word.startswith(_HONORIFIC_WORDS) or _HOUSEHOLD.match(word):
        return True  # 須賀 様本来, 能登 様分: an honorific written apart, and what follows it
    return _plain_noun(word) or bool(_ORG_END.search(word)) or bool(_ROLE_END.search(word))


def _not_given_after(text: str, end: int) -> bool:
    """Whether the word after a surname and a space is no given name (金子 副分団長, 岸 レビュー, 宮内 聞き取り)."""
    m = _WORD_AFTER.match(text, end)
    return bool(m) and (_not_given(m.group(1)) or bool(_KNOWN_AFTER.match(m.group(1))))


_WORD_AFTER = re.compile(r"[ ]([㐀-䶿一-鿿豈-﫿々]+|[ぁ-ゖ]+|[ァ-ヺー]+)")
_ROLE_END = re.compile(r"(?:者|長|員|医|師|士|官|司|役|任|当)$")


_WORD_SPACE_BEFORE = re.compile(rf"[{_K}0-9]{{1,8}}[ 　]\Z")


# the slot before the pair: a line's head (after a bullet, a number or a log's [timestamp]), a separator or a label's
# colon, a wide gap (a column), or a role, class or department word and a space (担当保護司 _, 3組 _, 人事 _)
_SLOT_BEFORE = re.compile(
    rf"(?:^[ \t]*(?:[-*・●■◆]|\d{{1,3}}[.)．])?[ ]?|[\t,，、:：(（)）\[\]［］/／|│「『][ 　]?|[ 　]{{2}}|[\]:：][ 　]"
    rf"|[{_K}]{{0,6}}(?:者|人|長|員|医|師|士|官|司|役|担当|担任|主任|係|組|班|部|課|室|科|事)[ 　])\Z",
    re.M,
)


def place_surname_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Full names written apart whose surname part the dictionary reads as a place (or whose given name lost its tag):
    a surname-or-place word, one space, a given name, at a field's end. Scored 0.7 when no candidate of 0.5 or more
    already covers the pair."""
    if " " not in text:
        return []
    spans = None
    out = []
    pos = 0
    while (m := _PAIR.search(text, pos)) is not None:
        s, e = m.start(), m.end()
        pos = m.start(2)  # (pairs overlap: 査定担当 日光 is no name, 日光 亜希子 is)
        if spans is None:
            spans = sorted((c.start, c.end) for c in cands if c.type == PiiType.PERSON and c.score >= 0.5)
            starts = [a for a, _ in spans]
            reach = list(itertools.accumulate((b for _, b in spans), max))
        i = bisect.bisect_right(starts, s) - 1
        if i >= 0 and reach[i] >= e:
            pos = e
            continue  # (most pairs are names the rules found)
        if not _PAIR_END.match(text, e):
            continue
        # (a given name of one kanji needs a name slot; a longer one may follow any word and a space: 顧問 高木 智恵)
        if not _SLOT_BEFORE.search(text, max(0, s - 12), s) and (
            len(m.group(2)) == 1 or not _WORD_SPACE_BEFORE.search(text, max(0, s - 10), s)
        ):
            continue
        if not (_surname_like(m.group(1)) and _given_like(m.group(2))):
            continue
        pos = e
        out.append(Candidate(s, e, PiiType.PERSON, 0.7, "person", True))
    return out


# what may follow a bare surname of a known person besides the propagation's own contexts: 本人, ら and a particle,
# a title or role (保護司, 課長判断: person.HONORIFICS, or a kanji word ending in a person suffix), an action noun
# (新井確認, 奥寺同席: person._PERSON_ACTION), a quote or an arrow (北斗「夜行バスの人々」, 岩崎・小田 → Thompson家)
# who did it, in a memo's bracket (（新井確認）, （三浦 6/3 追記）, 奥寺同席, 石倉課長判断)
_MEMO_WORDS = ("確認", "記入", "追記", "記録", "作成", "同席", "判断", "対応", "聞き取り", "入力", "承認", "決裁", "受付", "受領", "手渡し")
_MEMO_ACTION = rf"(?:{'|'.join(_MEMO_WORDS)})(?![{_K}])"
_KNOWN_AFTER = re.compile(
    rf"(?:$|[がはのにへとをもやでか、。,.)）」』「『\s:：/・!?！？…→⇒←]|さん|様|さま|氏|君|くん|ちゃん|殿|より|まで|本人"
    rf"|ら(?=[がはのにへとをもで、。])"
    rf"|(?:{'|'.join(sorted(map(re.escape, HONORIFICS), key=len, reverse=True))})(?:(?![{_K}])|(?={_PERSON_ACTION.pattern}|{_MEMO_ACTION}))"
    rf"|[{_K}]{{0,3}}(?:者|長|員|医|師|士|官|司)(?![{_K}])|(?:{_PERSON_ACTION.pattern})|{_MEMO_ACTION})",
    re.M,
)
# after a space: a particle written apart, a digit or a symbol (江頭 がそのまま, 三宅 6/3 追記, 日向 ¥3,300)
_APART_AFTER = re.compile(r"[ ](?:[がはのにへとをもで](?![ぁ-ゖ])|から|より|[^ぁ-ゖァ-ヺー㐀-䶿一-鿿豈-﫿々A-Za-z\s])")
_GIVEN_AFTER = re.compile(rf"[ ]([{_K}]{{1,3}}(?![{_K}ァ-ヺーA-Za-z0-9])|[ぁ-ゖ]{{2,4}}(?![{_K}ぁ-ゖァ-ヺーA-Za-z0-9]))")
_WORD_BEFORE = re.compile(rf"[{_K}〆ヶァ-ヺーA-Za-z0-9]")


# a surname found alone over the threshold is a key too (the propagation's own keys are 0.7 and over)
_SINGLE_MIN = 0.5
_SURNAME_WORD = re.compile(rf"[{_K}](?:[ノヶ]?[{_K}]){{1,3}}")
_GIVEN_WORD = re.compile(rf"[{_K}]{{1,3}}|[ぁ-ゖ]{{2,4}}|[ァ-ヺー]{{2,6}}")


# a one-character surname of a full name is a key too (堀 陽翔 … 堀は), not a direction or a weekday (金 of a timetable)
_KANJI1 = re.compile(rf"[{_K}]")
_ONE_NOT = frozenset("東西南北上下左右前後中内外月火水木金土日祝")
# a one-character surname stands alone: after a line's head, a bracket, a separator or a space, and before a particle
# that makes it a subject or an object, an honorific or title, a separator
_ONE_BEFORE = re.compile(r"(?:^|[\n、。(（「：:・→ 　\t|│])\Z")
_ONE_AFTER = re.compile(
    rf"(?:[はがへ](?![ぁ-ゖ]{{0,1}}[るい])|[、：:→)）,\t]|[ ]?(?:さん|様|さま|氏|君|くん|{'|'.join(sorted(map(re.escape, HONORIFICS), key=len, reverse=True))})|[ ]?[→⇒])"
)


def known_surnames(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The surname of a full name found in the document (若林 大和, 篠ノ井 邦子) is the same person at its bare
    occurrences (若林は, 坂口本人より, 若林らに, 篠ノ井保護司へ) — not inside a longer word (若林区役所, 篠ノ井駅)."""
    words: set[str] = set()
    for c in cands:
        if c.type != PiiType.PERSON or c.score < 0.5:
            continue
        span = text[c.start : c.end]
        sur, sep, given = span.partition(" ")
        if not sep:
            if c.score >= _SINGLE_MIN and _SURNAME_WORD.fullmatch(span):
                words.add(span)  # a surname found alone with its context (瀬戸口（インフラ）, 石倉課長)
        elif _GIVEN_WORD.fullmatch(given) and (_SURNAME_WORD.fullmatch(sur) or (len(sur) == 1 and _KANJI1.fullmatch(sur))):
            words.add(sur)
    # (a key written once is only its own candidate; the dictionary is asked last)
    keys: set[str] = set()
    for k in words:
        if text.find(k, text.find(k) + len(k)) < 0:
            continue
        if len(k) >= 2:
            if _surname_like(k):
                keys.add(k)
        elif k not in _ONE_NOT and ("人名", "姓") in _proper_kinds(k):
            keys.add(k)  # a one-character surname (堀 陽翔 … 堀は): only in a tight context, below
    if not keys:
        return []
    spans = sorted((c.start, c.end) for c in cands if c.score >= 0.5)
    starts = [a for a, _ in spans]
    reach = list(itertools.accumulate((b for _, b in spans), max))

    def covered(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos) - 1
        return i >= 0 and reach[i] > pos

    out = []
    for key in keys:
        pos = text.find(key)
        while pos >= 0:
            e = pos + len(key)
            if len(key) == 1 and not (_ONE_BEFORE.search(text, max(0, pos - 2), pos) and _ONE_AFTER.match(text, e)):
                pass
            elif text[pos - 1 : pos] == "「" and text.startswith("」", e):
                pass  # the word cited (「宗像」は「宗 像」と分割), not the person
            elif not (covered(pos) or covered(e - 1)) and not (pos and _WORD_BEFORE.match(text, pos - 1)) and _KNOWN_AFTER.match(text, e):
                given = _GIVEN_AFTER.match(text, e)
                if given:  # the surname heads a full name written apart (若狭 蒼真, 早瀬 蒼空: the person or a family member)
                    g = given.group(1)
                    if _given_like(g) or (len(g) >= 2 and not _not_given(g)):  # (one kanji: a dictionary given name)
                        out.append(Candidate(pos, given.end(), PiiType.PERSON, 0.65, "person", True))
                elif not text.startswith(" ", e) or _APART_AFTER.match(text, e) or _not_given_after(text, e):
                    # (a surname then a word that may be a given name: not sure where the name ends)
                    out.append(Candidate(pos, e, PiiType.PERSON, 0.65, "person", True))
            pos = text.find(key, e)
    return out


_FIRST_WORD = re.compile(rf"[{_K}]+|[ぁ-ゖ]+|[ァ-ヺー]+")




def _tail_not_name(tail: str) -> bool:
    """Whether what follows a surname and a space in a candidate is plainly no given name: a particle (日置 へ, 根本 から,
    仁科 より折返し), an honorific, a title or a memo action (綾瀬 氏, 久我 診察), a katakana loanword before kanji
    (飯塚 カード番号). (Not a plain noun: 蒼空, 陽向 are given names too.)"""
    if _TAIL_PARTICLE.match(tail):
        return True
    m = _FIRST_WORD.match(tail)
    if not m:
        return False
    word = m.group()
    if "ァ" <= word[0] <= "ヺ":
        # (a kanji word after it, not a name's ending: トメ子, ツヤ子 are names)
        return _common_katakana(word) and bool(_KANJI_AT.match(tail, m.end()))
    if "ぁ" <= word[0] <= "ゖ":
        return False
    return word in _TAIL_WORDS or bool(_ACTION_WORD.match(word))


_TAIL_PARTICLE = re.compile(r"(?:へ|から|より|まで|が|は|に|を|と|の|も)(?![ぁ-ゖ])")
_KANJI_AT = re.compile(rf"[{_K}]{{2}}")
_ACTION_WORD = re.compile(rf"(?:{_PERSON_ACTION.pattern}|{_MEMO_ACTION})")


def trim_known(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A candidate that runs from a surname over a word that is no name — written apart (宮内 聞き取り, 久我 診察,
    仁科 より折返し) or glued (藤田本人, 奥寺同席, 金田氏) — is the surname alone."""
    out = None
    for i, c in enumerate(cands):
        if c.type != PiiType.PERSON or c.end - c.start < 3 or c.score < 0.4:
            continue
        span = text[c.start : c.end]
        if span[-1] not in _TAIL_LAST and " " not in span:
            continue
        cut = _trim_at(span)
        if cut:
            if out is None:
                out = list(cands)
            out[i] = Candidate(c.start, c.start + cut, c.type, c.score, c.recognizer, c.context_done)
    return cands if out is None else out


# the last characters of what a glued tail may end with (本人, 氏, 様, 同席, 確認 …): a quick test before the pattern
_TAIL_WORDS = frozenset((*HONORIFICS, "本人", *_MEMO_WORDS))
_TAIL_LAST = frozenset(w[-1] for w in _TAIL_WORDS)


@functools.lru_cache(maxsize=8192)
def _trim_at(span: str) -> int:
    """Where a candidate's text ends when it runs from a surname over a word that is no name (0: it does not)."""
    head, sep, tail = span.partition(" ")
    if sep:
        return len(head) if tail and _SURNAME_WORD.fullmatch(head) and _tail_not_name(tail) and _surname_like(head) else 0
    for k in range(2, min(len(span) - 1, 7) + 1):  # the shortest surname whose rest is a tail (藤田|本人, 奥寺|同席)
        if span[k:] in _TAIL_WORDS and _SURNAME_WORD.fullmatch(span, 0, k):
            return k if _surname_like(span[:k]) else 0
    return 0


def known_names(doc: Document, cands: list[Candidate]) -> list[Candidate]:
    """The round 13 stage: place-like surnames of full names, then the bare surnames of the document's full names."""
    text = doc.text
    cands = trim_known(text, cands)
    more = place_surname_names(text, cands)
    if more:
        cands = cands + more
    more = known_surnames(text, cands)
    return cands + more if more else cands
