"""Round 11: PERSON in people's own words — chats, captions and speech transcripts (本人の発話・メッセージ中の氏名).

One pass, ``speakers``, run at the start of ``PersonRecognizer.propagate`` (so what it finds is propagated to the
name's other mentions like any confirmed name):

- **Speakers of a chat or a transcript.** The sender field of a message line is a person whatever the word (a nickname,
  a handle, a name with its title): LINE/Teams exports (``19:07<TAB>そうたママ<TAB>…``), time-stamped lines
  (``[19:44] 管理会社 西脇: …``, ``20:15 Agent Mika: …``), WebVTT voice tags (``<v さたけ まさし>``), Instagram's
  ``name · date`` headers and X's ``@handle`` sender lines, a role with the name in brackets (``話者1（神尾）:``), a role
  then the name at a transcript line's head (``患者 矢吹 ゆかり：``). A role or department word before the name is left
  out, a title glued after it too; a field that is only a role or a service (``商店街公式``, ``モデレーター``) is no one.
- **A name read out beside its kanji** (``つじむら えーと辻村``, ``しもごうり 下郡 晃です``, ``西 大翔 にし ひろと``): a kana
  word whose reading is the dictionary reading of the adjacent kanji name is that person's name, and so is the kanji.
- **Sign-offs**: the clerk closing a bracketed note (``［…金庫へ。梶］``), a surname closing a message line (``…ください🙇
  千田``), a pupil signing with the grade (``6年1組 みやさか ゆい``); and a surname written apart before its particle
  (``宮坂 が 1/25 まで``), as speech recognisers and phone typing write.
- **Words a rule took along** around a name are left out (``遠藤 祖父さま``, ``戸倉 のおばあちゃん``, ``北沢 調整中``,
  ``娘 恵美``, ``そうそう キヨ``, ``民生委員 杉浦``), and a few candidates are no name at all (``レシピです``, ``孫``).

Conventions follow the batches' READMEs (spec: a natural person's name, honorifics, titles and relations outside).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable

from hogo.scan.data.build_romaji_names import romanise
from hogo.scan.document import Document, sudachi
from hogo.scan.recognizers.base import Candidate, _gated
from hogo.scan.recognizers.person import (
    _CLERK_WORDS,
    _DEPT_WORD,
    _DIRECTIONS,
    _ONE_KANJI_NOT_NAME,
    _FIELD_WORD,
    _LABEL_RE,
    _NOT_SPEAKER_HEAD,
    _ORG_TAIL,
    _ROLE_WORD,
    _SPEAKER_TITLE,
    _common_katakana,
    _common_noun,
    _given_entry,
    _leading_noun,
    _name_entry,
    _plain_noun,
    _surname_head,
    _trailing_label,
    is_surname,
)
from hogo.scan.recognizers.person_handle import GIVEN, SURNAMES, _fold
from hogo.scan.types import PiiType

SPEAKER_SCORE = 0.8  # over the 0.7 of person.py's speaker rules: the speaker read here wins an overlap
ROLE_SPEAKER_SCORE = 0.92  # a name after a role word in a speaker field: over person_latin's 0.9 for the whole field

# --- speaker lines -----------------------------------------------------------------------------------------------
_STAMP = r"[\[(]?(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ T]|\d{1,2}/\d{1,2}(?:\([^)\n]{1,3}\))?[ \t])?\d{1,2}:\d{2}(?::\d{2})?(?:[ ][A-Z]{2,3})?[\])]?"
# the field (group f) of a message line: after a time stamp and a tab (LINE), after a stamp and spaces up to a colon,
# in a WebVTT voice tag, before Instagram's " · date", a sender handle alone on its line (X), at a line head before a
# colon (話者1（神尾）:, 患者 矢吹 ゆかり:)
_TAB_LINE = re.compile(r"^[ ]*" + _STAMP + r"\t(?P<f>[^\t\n]{1,24})\t(?=\S)", re.M)
_STAMP_LINE = re.compile(r"^[ ]*" + _STAMP + r"[ ]+(?P<f>[^\t\n:。、!?]{1,24}?)[ ]?:(?=[ ]?\S)", re.M)
_VTT_VOICE = re.compile(r"<v(?:\.[\w.-]+)?[ ]+(?P<f>[^>\n]{1,30})>")
_DOT_DATE = re.compile(r"^(?P<f>[^\s·]{2,30})[ ]·[ ](?:\d{4}年|\d{1,2}月|\d{4}[-/]|\d{1,2}:\d{2}|昨日|今日)", re.M)
_AT_LINE = re.compile(r"^@(?P<f>[A-Za-z0-9_]{2,20})(?:[ ]*(?:→|->|>)[ ]*@(?P<g>[A-Za-z0-9_]{2,20}))?[ ]*$", re.M)
# a role, then the name, at a line head before a colon (患者 矢吹 ゆかり：, 医師 内藤 圭：): taken only when the
# first word is a role (need_role)
_ROLE_NAME_LINE = re.compile(r"^[ ]*(?P<f>[㐀-䶿一-鿿豈-﫿々ァ-ヺー]{2,8}[ ][㐀-䶿一-鿿豈-﫿々ぁ-ゖァ-ヺー ]{2,12}?)[ ]?:(?=[ ]?\S)", re.M)
_ANY_HEAD = re.compile(r"^[ ]*[^\s:]{1,10}(?:[ ][^\t\n:]{1,12})?[ ]?:(?=[ ]?\S)", re.M)
_HEAD_LINE = re.compile(r"^[ ]*(?P<f>[^\s:()][^\t\n:()]{0,14}\([^()\n]{1,14}\))[ ]?:(?=[ ]?\S)", re.M)

# the parts of a field
_BRACKET = re.compile(r"(?P<out>[^()]*?)[ ]?\((?P<in>[^()]{1,14})\)\Z")
_TRAILING_NOISE = re.compile(r"[ ]?(?:\d{1,6}|[^\w\s.,()&'-]{1,4})\Z")  # たっきー0507, まきこ🌻
_LATIN_ROLES = frozenset(
    """agent operator staff support admin administrator system bot moderator host guest user customer caller
    interviewer interviewee speaker dr dr. mr mr. ms ms. mrs mrs. prof prof. coach teacher nurse official team
    channel shop store official_account from to cc bcc re fw fwd subject date tel fax mail memo note""".split()
)
_ORG_WORD = re.compile(r"公式|運営|事務局|窓口|本部|管理人|管理会社|センター|ショップ|ストア|チャンネル|アカウント|bot|BOT|Bot")
_KANA = re.compile(r"[ぁ-ゖァ-ヺー]{2,8}")
_KANJI_NAME = re.compile(r"[㐀-䶿一-鿿豈-﫿々]{1,4}(?:[ ][㐀-䶿一-鿿豈-﫿々ぁ-ゖァ-ヺー]{1,4})?")
_LATIN_NAME = re.compile(r"[A-Z][a-z]{1,15}(?:[ ][A-Z][a-z]{1,15}){0,2}|[A-Z][a-z]{1,15},[ ][A-Z][a-z]{1,15}|[A-Z]\.[ ]?[A-Z][a-z]{1,15}|[A-Z][a-z]{1,15}\.[A-Z]")
_HANDLE = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[._][A-Za-z0-9]+){0,3}")


def _role(word: str) -> bool:
    """A role, department, label or service word standing where a speaker's name would (管理会社, オペレーター, 話者1,
    Agent, 人事部, 産業医): no person."""
    w = word.strip()
    if not w:
        return True
    if w.isascii():
        return w.lower() in _LATIN_ROLES or bool(re.fullmatch(r"(?i:speaker|spk)[ ]?\d*|[A-Z]{2,3}", w))
    if re.fullmatch(r"話者[ ]?\d{0,2}|[A-Z]?\d{1,2}", w):
        return True
    return bool(
        _FIELD_WORD.search(w) or _LABEL_RE.fullmatch(w) or _ROLE_WORD.fullmatch(w) or _DEPT_WORD.search(w)
        or _ORG_WORD.search(w) or _plain_noun(w) or ("ァ" <= w[0] <= "ヺ" and _common_katakana(w))
        or _NOT_SPEAKER_HEAD.fullmatch(w)
    )


def _name_like(word: str) -> bool:
    """Whether a speaker field's remaining word can be a person's name or nickname: a latin name or handle, a kana
    word that is no function word, a kanji name with a dictionary surname head or a 人名 token."""
    if word.isascii():
        if _LATIN_NAME.fullmatch(word):
            return word.split(",")[0].split()[0].lower().rstrip(".") not in _LATIN_ROLES
        return bool(_HANDLE.fullmatch(word)) and any(c.isalpha() for c in word) and word.lower() not in _LATIN_ROLES
    if _role(word):
        return False
    if _KANA.fullmatch(word):
        return not _grammar_only(word)
    if _KANJI_NAME.fullmatch(word):
        return _surname_head(word) or any(t.pos[2] == "人名" for t in sudachi().tokenize(word))
    return False


_GRAMMAR_POS = frozenset({"感動詞", "助詞", "助動詞", "接続詞", "連体詞"})


@functools.lru_cache(maxsize=4096)
def _grammar_only(word: str) -> bool:
    """Whether the dictionary has a kana word only as grammar or a filler (えーと, あの, です), never as a noun or a name:
    a nickname or a given name in kana (ゆり, けんご, まゆ) is not refused for being a verb or an adjective too."""
    pos = [m.part_of_speech()[0] for m in sudachi().dictionary.lookup(word)]
    return bool(pos) and all(p in _GRAMMAR_POS for p in pos)


def _parent_of_named_child(text: str, stem: str) -> bool:
    """Whether a speaker "<child's name>ママ/パパ" names a child the text also names alone (そうたママ, and そうた が
    …): the speaker is the parent, called by the child's name (blind17's convention; a parent nickname whose child
    is not named elsewhere stays whole, りくママ, as blind7 and blind9 annotate it)."""
    pos = text.find(stem)
    while pos >= 0:
        after = text[pos + len(stem) : pos + len(stem) + 2]
        if not after.startswith(("ママ", "パパ")) and not _NAME_CHAR.match(after[:1] or " ") and (
            pos == 0 or not _NAME_CHAR.match(text[pos - 1])
        ):
            return True
        pos = text.find(stem, pos + 1)
    return False


_NAME_CHAR = re.compile(r"[ぁ-ゖァ-ヺー㐀-䶿一-鿿豈-﫿々A-Za-z^~]")  # (^ ~: HL7 components, オカノ^ケンジ)
_PARENT = re.compile(r"(?:ママ|パパ)\Z")


def _speaker_parts(text: str, fs: int, fe: int, need_role: bool = False) -> tuple[list[tuple[int, int]], bool]:
    """The name spans (offsets into the field ``text[fs:fe]``) of a speaker field, and a flag: with no span, whether the
    field is only a role or a service (no person); with spans, whether a role word came before the name: 管理会社 西脇 → 西脇; 話者1(神尾) → 神尾; みき(長谷川) → みき, 長谷川; そうたママ → そうた
    (when そうた is named alone elsewhere); 商店街公式 → none."""
    field = text[fs:fe]
    out: list[tuple[int, int]] = []
    s, e = 0, len(field.rstrip())
    b = _BRACKET.search(field, s, e)
    if b:
        inner = b.group("in").strip()
        outer = b.group("out").strip()
        i0 = b.start("in") + (len(b.group("in")) - len(b.group("in").lstrip()))
        if _ORG_WORD.search(inner) or inner.lower() in _LATIN_ROLES:
            return [], True  # a service speaking (Ren (bot), 案内 (公式))
        if len(inner) >= 2 and _name_like(inner) and (not outer or _role(outer) or is_surname(inner) or inner.isascii()):
            out.append((i0, i0 + len(inner)))
        e = b.start("out") + len(b.group("out").rstrip())
        if not outer:
            return out, False
    noise = _TRAILING_NOISE.search(field, s, e)
    if noise and noise.start() > s and not (noise.group().isdigit() and field[s:e].isascii()):
        e = noise.start()  # (a latin handle keeps its digits: mayu_sakaki88)
    if field[s:e].isascii() and "_" in field[s:e] and " " not in field[s:e]:
        return _handle_parts(field, s, e), False
    # role words before the name (管理会社 西脇, 産業医 Dr. 早瀬, Agent Mika)
    after_role = False
    while True:
        sp = field.find(" ", s, e)
        if sp < 0 or not _role(field[s:sp]) or is_surname(field[s:sp]):
            break
        s, after_role = sp + 1, True
    if need_role and not after_role:
        return [], False
    word = field[s:e]
    title = _SPEAKER_TITLE.search(word)
    if title and title.start() > 0:
        if _PARENT.search(word) and not _parent_of_named_child(text, word[: title.start()].rstrip()):
            return [], False  # (りくママ: whole in blind7/blind9, the stem in blind17 — left to person.py)
        e = s + len(word[: title.start()].rstrip())
        word = field[s:e]
    if word and (_name_like(word) or (after_role and _KANJI_NAME.fullmatch(word) and not _role(word))):
        out.insert(0, (s, e))  # (after a role, a kanji word is the name: コーチ 石動)
        return out, after_role
    return out, not out and _role(word)


def _handle_parts(field: str, s: int, e: int) -> list[tuple[int, int]]:
    """A sender handle of words joined by ``_``: whole when every word is a name, an initial-dotted name, a short
    nickname (3 letters or fewer) or digits (kaz_tachibana, mayu_sakaki88); else only its name words, a shop or
    studio word outside (haruno_atelier → haruno)."""
    words = [(m.start(), m.end()) for m in re.finditer(r"[^_]+", field[s:e])]
    named = [_handle_word(field[s + a : s + b]) for a, b in words]
    if len(words) > 1 and any(_DOTTED_INITIAL.search(field[s + a : s + b]) for a, b in words):
        return [(s + a, s + b) for i, (a, b) in enumerate(words) if named[i]]  # yuki.m_kotori: a handle, a nickname
    if all(named[i] or len(field[s + a : s + b]) <= 3 for i, (a, b) in enumerate(words)) and any(named):
        return [(s, e)]
    return [(s + a, s + b) for i, (a, b) in enumerate(words) if named[i]]


_DOTTED_INITIAL = re.compile(r"[A-Za-z]{3,}\.[A-Za-z]\Z|\A[A-Za-z]\.[A-Za-z]{3,}")


def _handle_word(word: str) -> bool:
    """A handle's word that spells a name: a romanised surname or given name, with an initial after a dot (yuki.m)."""
    core = re.sub(r"\d+\Z", "", word).lower()
    core = re.sub(r"\.[a-z]\Z|\A[a-z]\.", "", core)
    return len(core) >= 3 and core.isalpha() and (_fold(core) in SURNAMES or _fold(core) in GIVEN)


def _speaker_fields(text: str) -> Iterable[tuple[int, int, bool, bool]]:
    """The speaker fields of a chat or transcript, as (start, end, whether a role must come first, whether the lines
    take turns) in ``text``: only in a text that holds three message lines or more of one shape (a chat, not one
    time-stamped line of a memo)."""
    shapes = []
    if "\t" in text:
        shapes.append(_TAB_LINE)
    if ":" in text:
        shapes += [_STAMP_LINE, _HEAD_LINE]
    if "<v" in text:
        shapes.append(_VTT_VOICE)
    if "·" in text:
        shapes.append(_DOT_DATE)
    if "@" in text:
        shapes.append(_AT_LINE)
    for shape in shapes:
        found = list(shape.finditer(text))
        if len(found) < 3:
            continue
        # a conversation has turns: a speaker comes back (10:00<TAB>ひまわり / 11:00<TAB>たんぽぽ is a timetable, whose
        # fields are read only to drop a role or a service)
        turns = len({m.group("f").strip() for m in found}) < len(found)
        for m in found:
            yield m.start("f"), m.end("f"), False, turns
            if shape is _AT_LINE and m.start("g") >= 0:
                yield m.start("g"), m.end("g"), False, turns
    if ":" in text and len(_ANY_HEAD.findall(text)) >= 3:
        for m in _ROLE_NAME_LINE.finditer(text):
            yield m.start("f"), m.end("f"), True, True


def speakers(doc: Document, cands: list[Candidate]) -> list[Candidate]:
    """Speaker names of chat and transcript lines added; a rule's candidate that is exactly a rejected speaker field
    (a role or a service: 商店街公式, モデレーター) or a field with its role word (管理会社 西脇) dropped."""
    text = doc.text
    cands = [_without_kin_or_particle(text, c) for c in cands]
    added: list[Candidate] = (
        list(_read_out_names(doc, cands)) + list(_clerk_sign_offs(text)) + list(_pupil_signatures(text))
        + list(_names_apart_before_particle(text)) + list(_line_sign_offs(text))
    )
    drop: set[tuple[int, int]] = set()
    for fs, fe, need_role, turns in _speaker_fields(text):
        field = text[fs:fe]
        parts, flag = _speaker_parts(text, fs, fe, need_role)
        if flag and not parts:  # a role or a service only: no person
            drop.add((fs, fs + len(field.rstrip())))
            continue
        if not turns:
            continue
        score = ROLE_SPEAKER_SCORE if flag else SPEAKER_SCORE
        for s, e in parts:
            added.append(Candidate(fs + s, fs + e, PiiType.PERSON, score, "person", True))
            if (s, e) != (0, len(field.rstrip())):
                drop.add((fs, fs + len(field.rstrip())))
    if drop:
        cands = [c for c in cands if (c.start, c.end) not in drop]
    return cands + added


# --- the clerk who closes a bracketed note --------------------------------------------------------------------------
# a surname right before the bracket that closes a note, after the note's sentence or a clerical word
# (［…金庫へ。梶］, ［受付確認 西脇］, （翌朝 追記 奥平）, 入力者：古賀］, …伝わります。（森永）): who wrote or took it
_SIGN_OFF = _gated(
    rf"(?:。[ ]?\(?|(?:{_CLERK_WORDS})者?(?:[ ]|[ ]?:[ ]?))"
    r"([㐀-䶿一-鿿豈-﫿々]{1,3})[\])]"
)


def _clerk_sign_offs(text: str) -> Iterable[Candidate]:
    if ")" not in text and "]" not in text:
        return
    for m in _SIGN_OFF.finditer(text):
        word = m.group(1)
        if is_surname(word) and word not in _ONE_KANJI_NOT_NAME and word not in _DIRECTIONS:
            yield Candidate(m.start(1), m.end(1), PiiType.PERSON, SPEAKER_SCORE, "person", True)


# --- a pupil signing a message with the grade ----------------------------------------------------------------------
# a school grade, then a name of two kana words closing the line (6年1組 みやさか ゆい, 1年 ｱﾍﾞ ｿﾗ): children sign in kana
_PUPIL_SIGNATURE = re.compile(r"年(?<=\d年)(?:\d組)?[ ]+([ぁ-ゖァ-ヺー]{2,6}[ ][ぁ-ゖァ-ヺー]{2,6})[ ]*$", re.M)  # (年 first: fast)


_CLAUSE_POS = frozenset({"動詞", "形容詞", "助動詞", "助詞", "感動詞", "接続詞", "連体詞"})


@functools.lru_cache(maxsize=4096)
def _no_kana_name(word: str) -> bool:
    """A kana word that is no name: the dictionary has it only as a verb, an adjective or grammar (がんばる), or it reads
    as a particle, then a verb (になったら). Names in kana are often common words too (ソラ, リク) or unknown (みやさか)."""
    pos = [m.part_of_speech()[0] for m in sudachi().dictionary.lookup(word)]
    if pos and all(p in _CLAUSE_POS for p in pos):
        return True
    sd = sudachi()
    parts = [sd.dictionary.pos_of(m.part_of_speech_id())[0] for m in sd.tokenizer.tokenize(word)]
    return parts[0] == "助詞" and "動詞" in parts


def _pupil_signatures(text: str) -> Iterable[Candidate]:
    if "年" not in text:
        return
    for m in _PUPIL_SIGNATURE.finditer(text):
        if not any(_no_kana_name(w) for w in m.group(1).split(" ")):
            yield Candidate(m.start(1), m.end(1), PiiType.PERSON, SPEAKER_SCORE, "person", True)


# --- a name written apart before its particle ------------------------------------------------------------------------
# speech recognisers and people typing on a phone set words apart: a dictionary surname (or a name the dictionary also
# knows as one) alone between spaces, then a particle (美咲 の分も, 宮坂 が 1/25 まで, 課長の 國井 に一旦, 仁科 より折返し)
_APART_BEFORE_PARTICLE = _gated(
    r"(?:(?<=[ 、。「(\t])|^)([㐀-䶿一-鿿豈-﫿々]{2,3})[ ](?=(?:が|は|に|へ|より|から|を|と|も|の)(?:[ 、]|[^ぁ-ゖ]|$))", re.M
)


def _names_apart_before_particle(text: str) -> Iterable[Candidate]:
    if " " not in text:
        return
    for m in _APART_BEFORE_PARTICLE.finditer(text):
        word = m.group(1)
        if is_surname(word) and not _common_noun(word):  # (not 東京 が, 会社 の: a place or a thing)
            yield Candidate(m.start(1), m.end(1), PiiType.PERSON, 0.75, "person", True)


# a surname closing a line after the message's last sentence or a symbol (…持ってきてください🙇 千田, …送らないでください。斉藤,
# `| 大泉`): who wrote it
_LINE_SIGN_OFF = re.compile(
    r"[。！!？?)）\]|\u2600-\u27bf\ufe0f\U0001f300-\U0001faff][^\S\n]*([㐀-䶿一-鿿豈-﫿々]{2,3})[ ]*$", re.M
)  # (after a sentence's end, a table bar or an emoji)


def _line_sign_offs(text: str) -> Iterable[Candidate]:
    for m in _LINE_SIGN_OFF.finditer(text):
        word = m.group(1)
        if is_surname(word) and not _common_noun(word):
            yield Candidate(m.start(1), m.end(1), PiiType.PERSON, 0.75, "person", True)


# --- a kin word or a particle a rule took along -------------------------------------------------------------------
_KIN = r"(?:祖父|祖母|父|母|妻|夫|娘|息子|孫|兄|姉|弟|妹|長男|長女|次男|次女|三男|三女|家|一家|家族|社員|職員)"
# after the name, written apart: 遠藤 祖父さま, 坂巻 家だけ, 丸山 社員の奥様, 正治 妻, 戸倉 のおばあちゃん
_KIN_OR_PARTICLE_AFTER = re.compile(r"[ ](?:" + _KIN + r"(?![㐀-䶿一-鿿豈-﫿々])|の(?=[ぁ-ゖ]))")
# before the name, written apart: 娘 恵美, 妻 和子, 長男 奏 (the relation, not the name: 続柄は氏名に含めない)
_AFTER_NAME_APART = re.compile(r"[㐀-䶿一-鿿豈-﫿々][ ]\Z")
_KIN_ALONE = re.compile(_KIN)
_KANA_PARTICLE_HEAD = re.compile(r"の")
_HIRAGANA = re.compile(r"[ぁ-ゖー]+")
_KIN_BEFORE_NAME = re.compile(_KIN + r"[ ](?=[㐀-䶿一-鿿豈-﫿々ぁ-ゖァ-ヺー])")


_KATAKANA = re.compile(r"[ァ-ヺー]+")


@functools.lru_cache(maxsize=4096)
def _katakana_no_name(word: str) -> bool:
    """A katakana word the dictionary has as a common word, with a long-vowel mark or a romanised reading that is no
    surname or given name of the name lists (コーナー, レシピ; not サカキ, a plant and a surname)."""
    if not _common_katakana(word):
        return False
    latin = romanise(word)
    return "ー" in word or latin is None or _fold(latin) not in SURNAMES | GIVEN


def _without_kin_or_particle(text: str, c: Candidate) -> Candidate:
    """A name candidate without the words a rule took along around it (遠藤 祖父 → 遠藤, 戸倉 のおばあ → 戸倉, 娘 恵美 → 恵美,
    そうそう キヨ → キヨ, 北沢 調整中 → 北沢), or with no score when it is no name at all (レシピです, のおじい, 孫)."""
    if c.type is not PiiType.PERSON:
        return c
    if _no_name(text, c):
        return Candidate(c.start, c.end, c.type, 0.0, c.recognizer, c.context_done)
    if " " not in text[c.start : c.end]:
        return c
    cut = _leading_noun(text, c.start, c.end, apart=True)  # (person's test of a leading word: 民生委員 杉浦, そうそう キヨ)
    span = (cut, c.end) if cut is not None else _without_tail(text, c)
    if span is None:
        m = _KIN_BEFORE_NAME.match(text, c.start, c.end)
        span = (m.end(), c.end) if m and c.end - m.end() >= 1 else None
    return c if span is None else Candidate(span[0], span[1], c.type, c.score, c.recognizer, c.context_done)


def _no_name(text: str, c: Candidate) -> bool:
    """A common katakana word introducing itself (レシピです, コーナーです), a の-phrase right after a surname written
    apart (のおじい of 真柴 のおじいちゃん), a kin word alone (孫 in a 続柄 cell)."""
    if text.startswith(("です", "と申します"), c.end) and _KATAKANA.fullmatch(text, c.start, c.end):
        return _katakana_no_name(text[c.start : c.end])
    if text.startswith("の", c.start) and _AFTER_NAME_APART.search(text, max(0, c.start - 2), c.start):
        return bool(_HIRAGANA.fullmatch(text, c.start, c.end)) and not _given_entry(text[c.start : c.end])
    return bool(_KIN_ALONE.fullmatch(text, c.start, c.end))


def _without_tail(text: str, c: Candidate) -> tuple[int, int] | None:
    """The span without a kin word, a の-phrase or a clerical noun written apart after the surname (遠藤 祖父さま, 戸倉
    のおばあちゃん, 北沢 調整中); a given name starting with の stays (のぞみ)."""
    m = _KIN_OR_PARTICLE_AFTER.search(text, c.start, c.end)
    if m is None:
        # (a clerical noun after the surname: person._trailing_label's test, here before propagation and only after a
        # lone surname — 調整中, 受領証, 限度額区分 are common nouns only; given names are name entries or unknown)
        sp = _trailing_label(text, c.start, c.end)
        if sp is not None and " " not in text[c.start : sp] and is_surname(text[c.start : sp]):
            return c.start, sp
        return None
    tail = text[m.start() + 1 : c.end]
    if _KANA_PARTICLE_HEAD.match(tail) and (_given_entry(tail) or _name_entry(tail) or not _HIRAGANA.fullmatch(tail)):
        return None
    if m.start() > c.start and " " not in text[c.start : m.start()] and is_surname(text[c.start : m.start()]):
        return c.start, m.start()
    return None


# --- a name read out beside its kanji ------------------------------------------------------------------------------
_KANJI_RUN = re.compile(r"[㐀-䶿一-鿿豈-﫿々]{1,4}(?:[ ]?[㐀-䶿一-鿿豈-﫿々]{1,3})?")
_O_ROW = frozenset("オコゴソゾトドノホボポモヨョロヲ")


def _kata(word: str) -> str:
    """A kana word in katakana with long vowels folded (ごうり, ゴオリ, ゴーリ → ゴオリ)."""
    out = []
    for ch in word:
        if "ぁ" <= ch <= "ゖ":
            ch = chr(ord(ch) + 0x60)
        if ch in "ウー" and out and out[-1] in _O_ROW:
            ch = "オ"
        out.append(ch)
    return "".join(out).replace("ヅ", "ズ").replace("ヂ", "ジ")


@functools.lru_cache(maxsize=4096)
def _readings(word: str) -> frozenset[str]:
    """The dictionary readings of a kanji word, folded: every proper-noun entry's (中島 → ナカシマ, ナカジマ; 下郡, a place
    name, シモゴオリ), or every entry's when it has none."""
    entries = sudachi().dictionary.lookup(word)
    proper = [m for m in entries if m.part_of_speech()[1] == "固有名詞"]  # (緑 is ミドリ as a name, not リョク)
    return frozenset(_kata(m.reading_form()) for m in (proper or entries))


def _name_readings(kanji: str) -> Iterable[tuple[int, str, str]]:
    """Ways to read a kanji name as surname + given name: (length of the surname, its reading, the given name's)."""
    flat = kanji.replace(" ", "")
    apart = kanji.find(" ")
    # (written apart, the space splits surname and given name; glued, every split is tried: 黒崎優成)
    for k in (apart,) if apart > 0 else range(1, len(flat) + 1):
        sur, giv = flat[:k], flat[k:]
        for r in _readings(sur):
            for g in (_readings(giv) or ("",)) if giv else ("",):
                yield k, r, g  # (a given name the dictionary cannot read still lets its surname be read: 中島 陽向)


def _reads(kana: str, kanji: str) -> bool:
    """Whether a kana run (one or two words) reads the kanji run: its surname alone (the kanji's surname written apart
    or alone), or surname and given name."""
    words = [_kata(w) for w in kana.split(" ")]
    joined = "".join(words)
    apart = kanji.find(" ")
    for k, sur, giv in _name_readings(kanji):
        if len(words) == 1 and ((joined == sur and (k == apart or k == len(kanji))) or (giv and apart < 0 and joined == sur + giv)):
            return True
        if len(words) == 2 and giv and words == [sur, giv]:
            return True
    return False


_ORG_PART = re.compile(r"(?:商事|商店|工業|産業|物産|建設|電機|製作所|組合|銀行|病院|学校|会館)$")


@functools.lru_cache(maxsize=8192)
def _is_person_kanji(kanji: str) -> bool:
    """A kanji run that is a person's name: a dictionary surname head (黒崎優成), or a word before a given name."""
    parts = kanji.split(" ")
    if _ORG_TAIL.search(kanji) or _ORG_PART.search(kanji):
        return False  # (a company's name and reading: 緑 商事 / ミドリ ショウジ)
    return _surname_head(kanji) or (len(parts) == 2 and _given_entry(parts[1]))


def _readings_beside(text: str, name_starts: frozenset[int]) -> Iterable[tuple[int, int, int, int]]:
    """(kana start, kana end, kanji start, kanji end) of kana runs that read an adjacent kanji name on the same line
    (the kana before it, a filler between: つじむら えーと辻村; or after it: 辻村 恵理子です ツジムラ エリコ). The kana run
    is a word of its own (not こやま精肉店), and a two-word run whose first word reads the surname is taken whole
    (鳩山 こはる / ハトヤマ コハル). ``name_starts``: where SudachiPy's 人名 morphemes start (the kanji run must start with
    one, or hold one after its space: 下郡 晃) — the dictionary is asked about those runs only."""
    # (only kanji runs with a kana word of its own within reach are read: one pass finds those words)
    starts: set[int] = set()
    names = sorted(name_starts)
    for w in _KANA_ALONE.finditer(text):
        i = bisect.bisect_left(names, w.start() - 26)
        near = i < len(names) and names[i] <= w.end() + 9
        if not near and not _KANJI_NEXT.match(text, w.end()):
            continue  # (no 人名 morpheme within reach, no kanji right after the word)
        for k in _KANJI_RUN.finditer(text, max(0, w.start() - 22), w.end() + 9):
            if k.start() == 0 or not _KANJI.match(text, k.start() - 1):  # (not a window cut inside a run)
                sp = k.group().find(" ")
                # (a run SudachiPy read as a place right after the kana: たかしま 高島, しもごうり 下郡)
                if k.start() in name_starts or (sp > 0 and k.start() + sp + 1 in name_starts) or k.start() - w.end() in (0, 1):
                    starts.add(k.start())
    for start in sorted(starts):
        k = _KANJI_RUN.match(text, start)
        kanji = k.group()
        if _GIVEN_BEFORE.search(text, max(0, k.start() - 5), k.start()) or not _is_person_kanji(kanji):
            continue  # (the run is the given name of a name written apart: 張 由紀)
        line_start = text.rfind("\n", max(0, k.start() - 24), k.start()) + 1  # (0 when no line break is near)
        line_end = text.find("\n", k.end(), k.end() + 26)
        line_end = min(len(text), k.end() + 26) if line_end < 0 else line_end
        for lo, hi in ((max(line_start, k.start() - 14), k.start()), (k.end(), min(line_end, k.end() + 14))):
            words = list(_KANA_WORD.finditer(text, lo, min(line_end, hi + 10)))
            for i, m in enumerate(words):
                if m.start() >= hi:
                    break
                if _not_a_reading(m.group()) or (m.start() > 0 and m.start() != k.end() and _NAME_CHAR.match(text, m.start() - 1)
                    and not ("ぁ" <= text[m.start() - 1] <= "ゖ" and "ァ" <= text[m.start()] <= "ヺ")) or (
                    m.end() < len(text) and m.end() != k.start() and _NAME_CHAR.match(text, m.end())
                ):
                    continue  # part of a longer word (こやま精肉店, 工房さとやま, a window cut inside a word)
                nxt = words[i + 1] if i + 1 < len(words) and words[i + 1].start() == m.end() + 1 and text[m.end()] == " " else None
                if nxt is not None and (_grammar_only(nxt.group()) or _NAME_CHAR.match(text, nxt.end())):
                    nxt = None  # (つじむら えーと: a filler, no given name)
                if nxt is not None and _reads(text[m.start() : nxt.end()], kanji):
                    yield m.start(), nxt.end(), k.start(), k.end()
                    break
                if nxt is None and _KANA_GOES_ON.match(text, m.end()):
                    continue  # (a kana phrase going on: 滝,タキ ノ ミズ is a product's reading, not a surname's)
                if _reads(m.group(), kanji):
                    # the reading's given name too when it follows (鳩山 こはる / ハトヤマ コハル)
                    yield m.start(), (nxt.end() if nxt is not None else m.end()), k.start(), k.end()
                    break


@functools.lru_cache(maxsize=4096)
def _not_a_reading(word: str) -> bool:
    """A kana word that reads no name: grammar (という, について) or a common katakana word (フリガナ, メール)."""
    return _grammar_only(word) or ("ァ" <= word[0] <= "ヺ" and _common_katakana(word))


_KANJI = re.compile(r"[㐀-䶿一-鿿豈-﫿々]")
_KANJI_NEXT = re.compile(r"[ ]?[㐀-䶿一-鿿豈-﫿々]")
_KANA_WORD = re.compile(r"[ぁ-ゖ][ぁ-ゖー]{1,7}|[ァ-ヺ][ァ-ヺー]{1,7}")  # (one script: ですツジムラ is です, ツジムラ)
# a kana word of its own: not glued to a kanji, latin or another kana word on either side (a reading, a nickname)
_KANA_ALONE = _gated(
    r"(?<![ぁ-ゖァ-ヺー㐀-䶿一-鿿豈-﫿々A-Za-z^~])[ぁ-ゖァ-ヺー]{2,8}(?![ぁ-ゖァ-ヺー㐀-䶿一-鿿豈-﫿々A-Za-z^~])"
    # (a katakana word right after hiragana: a recogniser's output without spaces, 恵理子ですツジムラ エリコ)
    r"|(?<=[ぁ-ゖ])[ァ-ヺ][ァ-ヺー]{1,7}(?![ぁ-ゖァ-ヺー㐀-䶿一-鿿豈-﫿々A-Za-z^~])"
)
_GIVEN_BEFORE = re.compile(r"[㐀-䶿一-鿿豈-﫿々][ ]\Z")
_KANA_GOES_ON = re.compile(r"[ ][ぁ-ゖァ-ヺ](?![ぁ-ゖァ-ヺー])")  # (a one-kana word: ノ, の)


def _read_out_names(doc: Document, cands: list[Candidate]) -> Iterable[Candidate]:
    """The kana reading and, when written with its given name, the kanji name it reads. A reading a rule already
    found is left alone; one a rule glued to its kanji name (こいずみ 小泉 ハル as one span) is split from it."""
    for ks, ke, js, je in _readings_beside(doc.text, frozenset(t.start for t in doc.tokens if t.pos[2] == "人名")):
        over = [c for c in cands if c.start < ke and ks < c.end and c.score >= 0.5]
        glued = [c for c in over if c.start <= min(ks, js) and c.end >= max(ke, je) and " " in doc.text[c.start : c.end]]
        if glued:
            c = max(glued, key=lambda c: c.score)
            score = c.score + 0.05
            yield Candidate(ks, ke, PiiType.PERSON, score, "person", True)
            if js > ks:
                yield Candidate(js, c.end, PiiType.PERSON, score, "person", True)
            continue
        if not over:
            yield Candidate(ks, ke, PiiType.PERSON, SPEAKER_SCORE, "person", True)
        if " " in doc.text[js:je]:
            yield Candidate(js, je, PiiType.PERSON, SPEAKER_SCORE, "person", True)
