"""Round 11: foreign residents' names (外国人住民の氏名) that their writing or their record shows.

Japan's organisations hold the names of residents from Viet Nam, Korea, the Philippines, Nepal, Brazil … in the
scripts of their own papers. ``person`` reads kanji/kana names through SudachiPy and ``person_latin`` reads latin
runs with a cue; this recognizer adds the mechanisms that need neither a dictionary entry nor a label:

- a Vietnamese name in katakana: the middle name Văn/Thị written ヴァン/ティ between the family name and the given
  name (``グエン ヴァン アン``, ``ファム・ティ・ホア``, ``グエン ティ ゴック ラン``) — the whole name, not its last word;
- a Korean name in Hangul with its other writing in brackets (``김서연 (KIM SEOYEON)``, ``김지현 (キム・ジヒョン)``): the
  latin writing must spell the Hangul's given name (Revised Romanisation, computed from the syllables' jamo, compared
  loosely: Jihyun/Jihyeon); before a katakana full name in brackets the Hangul must open with a Korean family name
  (the ``K`` syllables of ``data/foreign_names.txt``, from Faker's ko_KR list);
- HL7 FHIR's HumanName (``"family": "Silva", "given": ["Lucas"]``, both keys in one JSON object): each latin value;
- a name and its other writing in brackets, on the same line or alone on the next line (``アマラ・ペレラ（AMARA
  PERERA）``, ``ZHOU YUTONG⏎（周 雨桐）``, ``ラーマン⏎（RAHMAN SHEIKH MD）``): latin with a kanji full name whose first
  word is a dictionary surname, or latin with katakana that spells one of its words (the katakana romanised and
  both folded: ラーマン → raman ≈ rahman); the latin side is upper case or holds a listed name word (not ``ブルー・
  オーシャン（Blue Ocean）``);
- (round 12) a name in katakana with ・ between its words (``パウデル・ラム``, ``ジョセフ・アドゥ兄``), unless the words are
  loanwords or places (``ランチ・ミーティング``, ``ベトナム・ハノイ``) or a company's name (``株式会社ハマ・スタッフサービス``);
- (round 12) a foreign family name in katakana with a Japanese given name in kanji (``ミュラー 智子``);
- the speaker column of a chat exported as ``HH:MM<TAB>speaker<TAB>message`` (LINE's export), latin speakers of
  one to three words with a listed name word, or of two or three words speaking at least twice; a title of the speaker's language before
  the name is no part of it (``Ninong Ben`` → ``Ben``).
"""

from __future__ import annotations

import difflib
import json
import re
from collections import Counter
from collections.abc import Iterable
from importlib import resources

from hogo.scan.data.build_romaji_names import romanise as romanise_kana
from hogo.scan.document import Document, sudachi
from hogo.scan.recognizers.base import Candidate, Recognizer
from hogo.scan.recognizers.person import _dotted_katakana_name, _loanword, _place_katakana
from hogo.scan.recognizers.person_latin import _CUE_WORDS, _STOP, ALL_GIVEN, ALL_SURNAMES, ORG_WORDS, _fold, sound
from hogo.scan.types import PiiType

# a Vietnamese name in katakana: family name, ヴァン/ティ (Văn/Thị), one or two given-name words
_VI_KATAKANA = re.compile(
    r"(?<![ァ-ヶー])[ァ-ヶー]{1,6}(?P<sep>[ ・])(?:ヴァン|ティ)(?P=sep)[ァ-ヶー]{1,6}(?:(?P=sep)[ァ-ヶー]{1,6})?(?![ァ-ヶー])"
)
# (the literal middle name first: a cheap test before the full pattern; ティ alone is in セキュリティ, パーティ)
_VI_MIDDLE = re.compile(r"ヴァン[ ・](?<=[ァ-ヶー][ ・]ヴァン[ ・])|ティ[ ・](?<=[ァ-ヶー][ ・]ティ[ ・])")
# round 12: a foreign name in katakana with ・ between its words (パウデル・ラム, ジョセフ・アドゥ, ダ・シルバ・ガブリエル), as
# Japanese paperwork writes residents' names: two to four words, not glued to a word before it (株式会社ハマ・…, a
# list bullet ・ is no part), then an honorific or a title (さん, 様, 兄) or the end of the field — not a particle, which
# follows loanwords and figures in prose (ダイレクトメール・カタログの送付, イエス・キリストの教え)
_DOTTED_KATAKANA = re.compile(
    r"(?:(?<![ァ-ヶー・])|(?<=^・)|(?<=[ \t]・))(?<![㐀-鿿々ぁ-ゖゝゞA-Za-z0-9])([ァ-ヶー]{1,10}(?:・[ァ-ヶー]{1,10}){1,3})"
    r"(?![ァ-ヶー・])(?=[ ]?(?:さん|様|さま|くん|君|ちゃん|氏|殿|先生|兄|姉)|[\s()、。,|」』/:]|$)",
    re.M,
)
# round 12: a foreign family name in katakana with a Japanese given name in kanji (ミュラー 智子, ウィリアムズ 海斗), as
# married and mixed families are registered: not after a kanji name (上杉 ダニエル 亮: the middle word), not before a
# number (小泉 ハル　昭和14年) or a kana ending (…ミライ 伸びて)
_KATAKANA_FAMILY_KANJI_GIVEN = re.compile(
    r"(?<![ァ-ヶー・㐀-鿿々])(?<![㐀-鿿々][ ])([ァ-ヶー]{3,8})[ ]([㐀-鿿々]{1,3})(?![㐀-鿿々ァ-ヶーぁ-ゖ0-9])"
)
# a company's name before it (株式会社 ハマ・スタッフサービス)
_COMPANY_BEFORE = re.compile(r"(?:株式会社|有限会社|合同会社|会社|法人|\([株有]\))[ ]?\Z")
# a Hangul name and its other writing in brackets: latin (KIM SEOYEON, Lee Jun-ho) or katakana (キム・ジヒョン)
_HANGUL_OTHER = re.compile(
    r"(?<![가-힣])([가-힣]{2,4})[ ]?\((?:([A-Z][A-Za-z]{0,9}(?:[ -][A-Za-z]{1,10}){1,2})|([ァ-ヶー]{1,6}[・ ][ァ-ヶー]{1,8}))\)"
)
# Korean family-name syllables (김, 이, 박 …): the "K " lines of foreign_names.txt, from Faker's ko_KR list
KOREAN_FAMILY = frozenset(
    line[2:]
    for line in resources.files("hogo.scan.data").joinpath("foreign_names.txt").read_text(encoding="utf-8").splitlines()
    if line.startswith("K ")
)
# FHIR HumanName: "family": "…", "given": "…" or "given": ["…", "…"]
_FHIR_NAME = re.compile(r'"(family|given)"[ ]?:[ ]?(\[[^\]\n]{1,120}\]|"[^"\n]{1,60}")')
# a chat line exported with its time, the speaker and the message separated by tabs
_TAB_CHAT = re.compile(r"^\d{1,2}:\d{2}\t([^\t\n]{1,40})\t", re.M)
_LATIN_SPEAKER = re.compile(r"[A-Z][a-z]+(?:[-'][A-Za-z][a-z]+)?(?: [A-Z][a-z]+(?:[-'][A-Za-z][a-z]+)?){0,2}")

# a bracket holding another writing of the name before it, and the three scripts a name is written in
_LINE_END = re.compile(r"[ ]*(?:\n|\Z)")
_SEPARATORS = frozenset(" \t,|:、)")
_BRACKET = re.compile(r"\(([^()\n]{2,40})\)")
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+){0,3}")
_KANJI_NAME = re.compile(r"([㐀-鿿々]{1,2})[ ]([㐀-鿿々]{1,3})")
_KATAKANA_NAME = re.compile(r"[ァ-ヶー]{2,10}(?:[・ ][ァ-ヶー]{2,10}){0,3}")

# Revised Romanisation of Hangul jamo: initial, medial and final consonant of a syllable
_INITIALS = "g kk n d tt r m b pp s ss - j jj ch k t p h".split()
_MEDIALS = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()
_FINALS = "- k k k n n n t l k m l l l p l m p p t t ng t t k t p t".split()


def romanise(hangul: str) -> str:
    """The Revised Romanisation of Hangul syllables, letter by letter (지현 → jihyeon, 준호 → junho)."""
    out = []
    for ch in hangul:
        i = ord(ch) - 0xAC00
        if not 0 <= i < 11172:
            return ""
        ini, med, fin = _INITIALS[i // 588], _MEDIALS[i % 588 // 28], _FINALS[i % 28]
        out.append(ini.strip("-") + med + fin.strip("-"))
    return "".join(out)


def _loose(latin: str) -> str:
    """Spellings of Korean names folded together (eo/u, yeo/yu, ae/e, oo/u, ee/i; Jihyun = Jihyeon)."""
    w = re.sub(r"[^a-z]", "", latin.lower())
    for a, b in (("yeo", "yu"), ("eo", "u"), ("ae", "e"), ("oo", "u"), ("ee", "i"), ("wo", "o")):
        w = w.replace(a, b)
    return w


def spells_given_name(hangul: str, latin: str) -> bool:
    """The latin writing's given name (the words after the family name, or before it) spells the Hangul's given
    name (the syllables after the first)."""
    given = _loose(romanise(hangul[1:]))
    words = re.split(r"[ ]", latin)
    tries = (" ".join(words[1:]), " ".join(words[:-1]))
    return bool(given) and any(difflib.SequenceMatcher(None, given, _loose(t)).ratio() >= 0.75 for t in tries)


class PersonForeignRecognizer(Recognizer):
    name = "person_foreign"
    types = frozenset({PiiType.PERSON})

    def analyze(self, doc: Document) -> Iterable[Candidate]:
        text = doc.text
        if "ヴァン" in text or "ティ" in text:
            if _VI_MIDDLE.search(text):
                yield from self._vietnamese_katakana(text)
        if "(" in text and re.search("[가-힣]", text):
            yield from self._hangul_with_other(text)
        if '"family"' in text and '"given"' in text:
            yield from self._fhir_names(text)
        if "\t" in text:
            yield from self._tab_chat_speakers(text)
        if "(" in text:
            yield from self._other_writing_pairs(text)
        if "・" in text:
            yield from self._dotted_katakana(text)
        yield from self._katakana_family_kanji_given(text)

    def _katakana_family_kanji_given(self, text: str) -> Iterable[Candidate]:
        for m in _KATAKANA_FAMILY_KANJI_GIVEN.finditer(text):
            family, given = m.group(1), m.group(2)
            if _foreign_family_katakana(family) and _given_name_kanji(given):
                yield Candidate(m.start(1), m.end(2), PiiType.PERSON, 0.8, self.name, True)

    def _dotted_katakana(self, text: str) -> Iterable[Candidate]:
        for m in _DOTTED_KATAKANA.finditer(text):
            name = m.group(1)
            if len(name) < 5 or _COMPANY_BEFORE.search(text, max(0, m.start() - 6), m.start()):
                continue
            if _dotted_katakana_name(name):
                yield Candidate(m.start(1), m.end(1), PiiType.PERSON, 0.8, self.name, True)

    def _other_writing_pairs(self, text: str) -> Iterable[Candidate]:
        for m in _BRACKET.finditer(text):
            inner = m.group(1)
            if not (_LATIN_NAME.fullmatch(inner) or _KANJI_NAME.fullmatch(inner) or _KATAKANA_NAME.fullmatch(inner)):
                continue  # (most brackets hold no name: a cheap test first)
            line_start = text.rfind("\n", 0, m.start()) + 1
            if text[line_start : m.start()].strip(" "):
                head_start, head_end = line_start, m.start()  # the name before the bracket on its line
            elif line_start >= 2 and _LINE_END.match(text, m.end()):
                # the bracket alone on its line: the name is the whole line above (ZHOU YUTONG⏎（周 雨桐）)
                head_start, head_end = text.rfind("\n", 0, line_start - 1) + 1, line_start - 1
            else:
                continue
            name = _name_at_end(text, head_start, head_end)
            if name and _same_person(text[name[0] : name[1]], m.group(1)):
                yield Candidate(name[0], name[1], PiiType.PERSON, 0.9, self.name, True)
                yield Candidate(m.start(1), m.end(1), PiiType.PERSON, 0.9, self.name, True)

    def _vietnamese_katakana(self, text: str) -> Iterable[Candidate]:
        for m in _VI_KATAKANA.finditer(text):
            # (above person's katakana words: the whole name, not its last word — グエン ヴァン タイン, not タイン)
            yield Candidate(m.start(), m.end(), PiiType.PERSON, 0.93, self.name, True)

    def _hangul_with_other(self, text: str) -> Iterable[Candidate]:
        for m in _HANGUL_OTHER.finditer(text):
            hangul, latin, katakana = m.group(1), m.group(2), m.group(3)
            if latin is not None and not spells_given_name(hangul, latin):
                continue
            if katakana is not None and hangul[0] not in KOREAN_FAMILY:
                continue  # (a katakana reading by itself: the Hangul must open with a family name)
            yield Candidate(m.start(1), m.end(1), PiiType.PERSON, 0.9, self.name, True)
            g = 2 if latin is not None else 3
            yield Candidate(m.start(g), m.end(g), PiiType.PERSON, 0.9, self.name, True)

    def _fhir_names(self, text: str) -> Iterable[Candidate]:
        keys = list(_FHIR_NAME.finditer(text))
        for k, m in enumerate(keys):
            if not _paired(text, keys, k):
                continue
            value = m.group(2)
            try:
                parts = json.loads(value)
            except ValueError:
                continue
            parts = parts if isinstance(parts, list) else [parts]
            pos = m.start(2)
            for part in parts:
                # (latin script with a capital: kanji/kana values are person's, which reads them with SudachiPy —
                # {"family": "単身"} is a household, not a name)
                if not isinstance(part, str) or not part[:1].isupper() or _not_a_name(part):
                    continue
                at = text.find(f'"{part}"', pos, m.end(2))
                if at >= 0:
                    yield Candidate(at + 1, at + 1 + len(part), PiiType.PERSON, 0.9, self.name, True)
                    pos = at + len(part) + 2

    def _tab_chat_speakers(self, text: str) -> Iterable[Candidate]:
        lines = list(_TAB_CHAT.finditer(text))
        if len(lines) < 3:
            return
        spoken = Counter(m.group(1) for m in lines)
        for m in lines:
            speaker = _LATIN_SPEAKER.fullmatch(m.group(1))
            if not speaker:
                continue
            words = m.group(1).split(" ")
            head = 1 if len(words) >= 2 and words[0].lower() in _CUE_WORDS else 0  # Ninong Ben, Pak Budi
            name = words[head:]
            if _not_a_name(" ".join(name)):
                continue
            listed = any(_fold(w) in ALL_GIVEN or _fold(w) in ALL_SURNAMES for w in name)
            # (an unlisted speaker of two turns needs two words: a timetable repeats one-word items — Coffee, Check)
            if listed or (spoken[m.group(1)] >= 2 and len(name) >= 2):
                start = m.start(1) + sum(len(w) + 1 for w in words[:head])
                yield Candidate(start, m.end(1), PiiType.PERSON, 0.9, self.name, True)


def _foreign_family_katakana(word: str) -> bool:
    """A katakana word that can be a foreign family name: one word to the dictionary (not ケンジ＋コーチ), no loanword
    and no place (デスク, ブラジル)."""
    return len(sudachi().tokenizer.tokenize(word)) == 1 and not _loanword(word) and not _place_katakana(word)


def _given_name_kanji(word: str) -> bool:
    """The dictionary has ``word`` as a given name (智子, 海斗; 由利 is a family name too)."""
    return any(p[2] == "人名" and p[3] == "名" for p in (m.part_of_speech() for m in sudachi().dictionary.lookup(word)))


def _name_at_end(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The longest name in one script ending the field at ``end`` (after a separator or the line's start)."""
    while end > start and text[end - 1] == " ":
        end -= 1
    for p in range(max(start, end - 40), end):
        if (p == start or text[p - 1] in _SEPARATORS) and text[p] != " ":
            field = text[p:end]
            if _LATIN_NAME.fullmatch(field) or _KANJI_NAME.fullmatch(field) or _KATAKANA_NAME.fullmatch(field):
                return p, end
    return None


def _same_person(first: str, second: str) -> bool:
    """Two writings of one name: latin and a kanji full name, or latin and katakana that spells it."""
    for latin, other in ((first, second), (second, first)):
        if not _LATIN_NAME.fullmatch(latin) or _not_a_name(latin):
            continue
        words = latin.split(" ")
        if not (latin.isupper() or any(_fold(w) in ALL_GIVEN or _fold(w) in ALL_SURNAMES for w in words)):
            continue  # a title-case phrase with no listed name word (Blue Ocean)
        kanji = _KANJI_NAME.fullmatch(other)
        if kanji:
            return len(words) >= 2 and sudachi().is_surname(kanji.group(1))
        if _KATAKANA_NAME.fullmatch(other) and len(words) >= 2:  # (one word is as often a brand: CHANEL（シャネル）)
            kana = [sound(romanise_kana(k) or "") for k in re.split("[・ ]", other)]
            return any(difflib.SequenceMatcher(None, k, sound(w)).ratio() >= 0.75 for k in kana if len(k) >= 3 for w in words)
    return False


def _paired(text: str, keys: list[re.Match[str]], k: int) -> bool:
    """The other key of a HumanName (family with given) in the same JSON object: no brace between them."""
    for j in (k - 1, k + 1):
        if 0 <= j < len(keys) and keys[j].group(1) != keys[k].group(1):
            a, b = sorted((keys[j].start(), keys[k].start()))
            if b - a < 200 and "{" not in text[a:b] and "}" not in text[a:b]:
                return True
    return False


def _not_a_name(value: str) -> bool:
    """Stop, organisation and form words (Bot, Team, Admin, Unknown): no person's name."""
    return any(w.lower() in _STOP or w.lower() in ORG_WORDS for w in re.findall(r"[A-Za-z]+", value))
