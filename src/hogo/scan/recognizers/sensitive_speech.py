"""要配慮個人情報 in people's own words (round 11): speech-recognition transcripts, chats, letters, dialect.

People say a condition with particles, pauses (a space where the recogniser heard one) and colloquial verb endings
(心臓の手術をしてて, 脳梗塞で入院しまして, 高血圧で薬を飲んでます, 糖尿 と いわれました), name their medicine instead
of their illness (ドネペジル は朝1回), and tell what was done to them (夫に殴られるんです). The written-record rules of
:mod:`hogo.scan.recognizers.sensitive` want standard predicates without spaces; this recognizer adds the spoken ones.
Each rule is one small function; the hypothetical and class filters of the written rules apply here too.

The span convention of the batches: a pause ends the phrase when what follows is a new chunk (`認知症の薬 を飲んでる`
→ `認知症の薬`); a predicate written on without a pause belongs to it (`高血圧で薬を飲んでます`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from importlib import resources

from hogo.scan.document import Document
from hogo.scan.recognizers.base import Candidate, Recognizer, _gated
from hogo.scan.recognizers.sensitive_flag import flag_events
from hogo.scan.recognizers.sensitive import (
    _GENERIC, _UNCHECKED, _continued, _hypothetical, condition_name_start, listed_conditions,
)
from hogo.scan.types import PiiType

_KANJI_KATA = r"[㐀-䶿一-鿿豈-﫿ァ-ヶー]"
# a colloquial ending of a て-form verb: the written ている/ています with い dropped (してる, してます), the past
# (してた), a continuing て (してて), and the formal continuative (しまして)
_TE_END = r"(?:て(?:い)?(?:る|ます|た(?!だ)|ました)(?!ら|人|方)|てて|てる|まして)"
# (the same for the ん-verbs: 飲んでる, 休んでた)
_DE_END = r"(?:で(?:い)?(?:る|ます|た|ました)(?!ら|人|方)|でて)"
_SP = r"[ ]?"
# the listed conditions of a text (start, end), found once per text and passed to every rule
Conditions = tuple[tuple[int, int], ...]


def _load(name: str) -> tuple[str, ...]:
    text = resources.files("hogo.scan.data").joinpath(name).read_text(encoding="utf-8")
    return tuple(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


# --- 1. a listed condition with a spoken predicate ------------------------------------------------------------
# (what the condition brought: an operation, a stay, medicine, time off, a doctor's word — in speech forms)
_SPOKEN_PRED = re.compile(
    rf"(?:\([^)\n]{{1,10}}\))?{_SP}(?:"
    # an operation done (心臓の手術をしてて, 胆石で手術しました, がんの しゅじゅつを しました, …したばっかり, …の手術も
    # してます); a pause before を ends the phrase (網膜剥離の手術 をしていただき → 網膜剥離の手術)
    rf"の{_SP}手術(?=[ ]を[ ]?し)"
    rf"|(?:の|で){_SP}(?:手術|しゅじゅつ)(?:を{_SP}|も)?(?:し(?:{_TE_END}|た(?:ばっかり|ばかり)?|ました)|受けました)"
    # a diagnosis with a pause inside the verb (…の診断を受けて います)
    r"|の診断を受けて(?=[ ]い)"
    # an aid used because of it (脳性まひで車いすを使っています)
    rf"|で{_SP}(?:車いす|車椅子|杖|白杖|補聴器|装具)を{_SP}(?:使って|使用して)(?:い)?(?:る|ます)"
    # a stay (脳梗塞で入院しまして)
    rf"|で{_SP}入院し(?:{_TE_END})"
    # medicine taken for it (高血圧で薬を飲んでます, 糖尿でインスリン打っとらっしゃる)
    rf"|で{_SP}(?:お?薬|くすり)(?:を|も)?{_SP}(?:飲ん|のん){_DE_END}"
    rf"|で{_SP}インスリン(?:を)?{_SP}打っ(?:{_TE_END}|と(?:る|ら(?:っしゃ|れ)る|ります))"
    # a visit going on (統合失調症で通院しながら)
    rf"|で{_SP}通院し(?:ながら|{_TE_END})"
    # time off (うつで仕事休んでた)
    rf"|で{_SP}(?:仕事|学校|会社|部活)を?{_SP}休ん{_DE_END}"
    # a doctor's word said plainly (糖尿病 と いわれました, 白内障って言われた)
    rf"|(?:と|って){_SP}(?:言われ|いわれ)(?:た|ました|てる|て(?=、))"
    # found and operated (乳がんが見つかって手術をしました)
    rf"|が見つかって{_SP}(?:手術|入院)(?:を)?{_SP}(?:しました|した)"
    # a chronic illness with its medicine (てんかんの持病があって薬飲んでる)
    rf"|の持病があって{_SP}(?:お?薬|くすり)(?:を)?{_SP}(?:飲ん|のん){_DE_END}"
    # a leave with its length, closing a clause (うつ病で2年間休職し、)
    r"|で\d+(?:年|か月|ヶ月|カ月|週間)(?:間)?休職し(?=、)"
    r")"
)


# (a condition of what to do, a concession or a quoted message is no one's record: …と言われたら, …休んでたとしても,
# …入院しまして、という連絡が来たら)
_CONDITIONAL_AFTER = re.compile(r"ら(?!れ)|としても|ても|[、 ]?という|[、 ]?との(?:連絡|電話)")


def spoken_condition_predicates(text: str, conds: Conditions) -> Iterable[tuple[int, int]]:
    """A listed condition followed by a predicate in speech forms (脳梗塞で入院しまして, 糖尿病 と いわれました)."""
    for start, end in conds:
        if start > 0 and re.match(_KANJI_KATA, text[start - 1]) and not _after_time_word(text, start):
            continue
        m = _SPOKEN_PRED.match(text, end)
        if m and not _CONDITIONAL_AFTER.match(text, m.end()):
            where = _WHERE_BEFORE.search(text, max(0, start - 6), start)
            yield where.start() if where else start, m.end()


# where in the body, before the condition (腰の椎間板ヘルニアで手術した; a child's hiragana: いの がんの しゅじゅつ)
_WHERE_BEFORE = re.compile(
    r"(?:(?<![㐀-䶿一-鿿豈-﫿ァ-ヶー])(?:腰|首|胃|腸|肺|脳|目|耳|膝|乳房|子宮)の"
    r"|(?:(?<=[ \n、。])|^)(?:い|ちょう|むね|あたま|のど|こし|め|みみ)の[ ]?)\Z",
    re.M,
)
_TIME_BEFORE = re.compile(r"(?:昨年|去年|今年|先月|先週|以前|最近|当時|年前|昨秋|昨春)\Z")


def _after_time_word(text: str, start: int) -> bool:
    return _TIME_BEFORE.search(text, max(0, start - 3), start) is not None


# --- 2. medicine named by a person -----------------------------------------------------------------------------
MEDICINES: tuple[str, ...] = _load("sensitive_medicines.txt")
_MEDICINE = _gated(
    r"(?<![ァ-ヶー])(?:" + "|".join(sorted(map(re.escape, MEDICINES), key=len, reverse=True)) + r")(?![ァ-ヶー]|酸)"
)
# how a prescription or a patient speaks of it (ドネペジル は朝1回, 炭酸リチウム 600mg を継続, クエチアピン を寝る前に追加)
# (the form and strength written onto the name belong to it, as on a prescription: メルカゾール錠5mg)
_FORM_AFTER = re.compile(r"(?:OD錠|錠|カプセル|テープ|散|インヘラー)?(?:\d+(?:\.\d+)?(?:mg|μg|mL|単位))?")
_REGIMEN_AFTER = re.compile(
    r"(?:[ ]\d+(?:\.\d+)?(?:mg|μg|mL|単位|錠))?[ ]?(?:は|を|も|が)?[ ]?"
    r"(?:朝|昼|夕|晩|夜|寝る前|就寝前|毎食後|食後|1日\d回|1回\d|不眠時|発作時|頓用|継続|追加|処方|開始|増量|減量|中止|再開"
    r"|飲んで|のんで|飲み忘れ|服用し|内服し)"
)
# (a package insert or a leaflet: …として, 通常, 成人には, 一般名)
_LEAFLET_BEFORE = re.compile(r"(?:通常|成人には|一般名|商品名|成分|として)[^。\n]{0,10}\Z")


def named_medicines(text: str, conds: Conditions) -> Iterable[tuple[int, int]]:
    """A medicine that reveals its condition, with the person's regimen after it (ドネペジル は朝1回 1錠です)."""
    for m in _MEDICINE.finditer(text):
        end = _FORM_AFTER.match(text, m.end()).end()
        if _REGIMEN_AFTER.match(text, end) and not _LEAFLET_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            yield m.start(), end


# a condition's medicine as a noun (認知症の薬 を飲んでる, ADHDの薬 を今朝飲み忘れた, 心臓の薬 も飲んでます)
# (only before a pause: written on without one, 甲状腺の薬を飲んでいます, the written rules draw the whole predicate)
_FOR_MEDICINE = re.compile(
    r"の(?:お?薬|くすり)(?=[ ](?:を|も|は)[ ]?[^。\n]{0,6}?(?:飲|のん|変更|処方|増や|減ら))|の(?:お?薬|くすり)の変更(?=[ ])"
)
_ORGAN_MEDICINE = _gated(r"(?<!" + _KANJI_KATA + r")(?:心臓|血圧|腎臓|肝臓|甲状腺|心ぞう)(?=の(?:お?薬|くすり))")
# a named drug class taken (睡眠薬はまだ飲んでます)
_DRUG_CLASS_TAKEN = _gated(
    r"(?:睡眠薬|抗うつ薬|抗不安薬|抗てんかん薬|抗精神病薬|抗がん剤|抗凝固薬|降圧剤|降圧薬|安定剤|精神安定剤)"
    rf"(?:は|を|も){_SP}(?:まだ|今も|ずっと|毎日)?{_SP}(?:飲ん|のん){_DE_END}(?:けど|けれど)?"
)


def medicines_for_conditions(text: str, conds: Conditions) -> Iterable[tuple[int, int]]:
    """The medicine of a condition or an organ, as a person's (認知症の薬 を飲んでる → 認知症の薬)."""
    if "薬" not in text and "くすり" not in text and "剤" not in text:  # (every match holds one of them)
        return
    starts = list(conds)
    starts += [(m.start(), m.end()) for m in _ORGAN_MEDICINE.finditer(text)]
    for start, end in starts:
        m = _FOR_MEDICINE.match(text, end)
        if m:
            yield start, m.end()
    for m in _DRUG_CLASS_TAKEN.finditer(text):
        end = m.end() - (2 if m.group().endswith("けど") else 4 if m.group().endswith("けれど") else 0)
        yield m.start(), end


# --- 3. a condition as a chunk of speech between pauses, in a line about a person ------------------------------
# A recogniser or a chat writer puts a space where the speaker paused; the batches draw the phrase as the chunk
# (お父さんの 前立腺がんの 通院の, 藤代さんって今週 椎間板ヘルニアで 休んでない？, 1型糖尿病 のこと). A chunk is
# a person's only on a line that names a person (a kin word, a pronoun, an honorific) — a health lecture's list of
# complications (合併症には、網膜症、腎症、神経障害 の 3つ) names no one.
_CHUNK_TAIL = re.compile(
    r"(?:で|の|が|って|も)?(?=[ ])"
    r"|の[ ]?(?:お?薬|くすり|点滴|手術|通院|治療|検査|受診|定期受診|定期検査|ポンプ|発作|入院)(?:の変更)?(?=[ 、。)」\n]|で[ 、])"
)
_PAUSE_BEFORE = frozenset(" \t\n、「(")
_PERSON_ON_LINE = re.compile(
    r"さん|くん|君|ちゃん|様|お父さん|お母さん|父|母|妻|夫|主人|家内|嫁|娘|息子|子ども|子供|上の子|下の子|兄|姉|弟|妹"
    r"|祖父|祖母|じいちゃん|ばあちゃん|私|わたし|あたし|僕|ぼく|俺|おれ|自分|本人|彼|あの子|うちの子|長男|長女|次男|次女"
)
_CHUNK_NOT_AFTER = re.compile(r"[ ]?(?:の|は)?[ ]?(?:予防|検診|教室|について|とは|の方|患者|という病気|になると|になる|にな(?:りやすい|らない))")


def paused_condition_chunks(text: str, conds: Conditions) -> Iterable[tuple[int, int]]:
    """A listed condition standing as a chunk between pauses on a line that names a person."""
    for start, end in conds:
        # (after a pause; not after a sequela's 後 — 脳卒中後 寝たきり is one phrase)
        if start > 0 and (text[start - 1] not in _PAUSE_BEFORE or text[start - 2 : start] == "後 "):
            continue
        tail = _CHUNK_TAIL.match(text, end)
        if not tail or _CHUNK_NOT_AFTER.match(text, end):
            continue
        line = text.rfind("\n", 0, start) + 1
        if _PERSON_ON_LINE.search(text, line, start) or _PERSON_ON_LINE.search(text, tail.end(), tail.end() + 12):
            yield start, tail.end()


# --- 3c. a visit to a psychiatric department as a noun (精神科の通院費, 長女 精神科通院, 心療内科の受診日) ---------
_PSYCHIATRIC_VISIT = _gated(
    r"(?:(?<![㐀-䶿一-鿿豈-﫿ァ-ヶー])|(?<=今日|明日|昨日|来週|今週|先週|毎月|毎週))"
    r"(?:精神科|心療内科|神経科|精神神経科|メンタルクリニック)の?(?:通院|受診|入院)(?:費|日|歴)?"
    # (not a class, advice, a topic or a clinic's schedule: …の受診日は火曜です, …の受診を勧める)
    r"(?!中?の?(?:方|人|者|患者|場合|際|とき)|を(?:勧|すすめ|検討|ため)|は|について|の?(?:ご)?案内|[㐀-䶿一-鿿豈-﫿ァ-ヶー])"
)


def psychiatric_visits(text: str, conds: Conditions) -> Iterable[tuple[int, int]]:
    """A visit to a psychiatric department named as a noun: the department reveals the condition's kind."""
    if "科" not in text and "クリニック" not in text:  # (every match holds one of them)
        return
    for m in _PSYCHIATRIC_VISIT.finditer(text):
        yield m.start(), m.end()


# --- 4. the per-file flag on weaker evidence: a condition word in a file about people ------------------------
# A file holds 要配慮個人情報 when it tells a person's condition, however it is worded (母は晩年、認知症で施設に…,
# 金城 トミ様の服薬カレンダーです。アルツハイマー型認知症の薬が…). When no phrase rule found anything in the file, a
# listed condition standing as a word is proposed alone — weak evidence for the user deciding how to protect the file,
# kept only when it is the file's only SENSITIVE evidence (:func:`weak_evidence_alone`): on a line that names a person
# (a kin word, a pronoun, an honorific) always, elsewhere only in a file where a person's name was found. Not a denial
# (骨折なし, …じゃなくて), a topic, a class or a list of examples (…について, …の方, …予防, …などで治療中の方), an
# injury (the batches leave accidents' injuries out), a product's cell (医療・がん⇥), a lecture's 皆さん or 日本人.
WEAK = "sensitive_weak"  # on a line that names a person
WEAK_IN_FILE = "sensitive_weak_file"  # in a file with a person's name
_WEAK_WORD = r"[㐀-䶿一-鿿豈-﫿ァ-ヶーa-zA-Z]"
_WEAK_NOT_AFTER = re.compile(
    r"[ ]?(?:なし|無し|はな|ではな|じゃな|でもな|や|との|の?(?:予防|検診|健診|教室|外来|について|とは|の方|患者|専門|対策|啓発"
    r"|講座|セミナー|デー|週間|月間|の人|かどうか|という|になると|にならない|になりやすい|のリスク"
    # (a field of work or study about it: 認知症の研究者, 糖尿病の新薬)
    r"|の(?:研究|支援|家族会|治療法|新薬|講演|記事|本)))"
    # (a list of examples in the sentence: 心臓病、高血圧症、糖尿病などで治療中の方は)
    r"|[^。\n]{0,24}?(?:など|等)(?:で|の|に|を|、)"
)
_WEAK_AFTER = re.compile(r"[ ]?(?:で|が|は|の|と|も|を|なので|により|、|。|\)|:|：|\n|$)")
# a field of a record filled by the condition, with its note in brackets or not (…,気管支喘息（小児期より）,01 in a
# claim's CSV, "text": "双極性障害" in JSON, ^パニック障害^ in an HL7 segment, <td>統合失調症</td>): the value of a
# person's record, not a sentence about a class
_CELL_OPEN = "\"'\t,|^>"
_CELL_CLOSE = re.compile(r"(?:\([^()\n]{1,20}\))?[\"'\t,|^<]")
_IN_FILE_AFTER = re.compile(r"[ ]?(?:で|のため|なので|により|、|\)|の(?:通院|治療|入院|手術|療養)(?![法費薬方者]))")
_ADVICE = re.compile(
    r"[^。\n]{0,40}?(?:の方|方[はもが]|皆さん|皆様|ください|ましょう|大切|必要です|可能性|リスク|予防|ことがあ|と言われ|されています|でしょう)"
)
_WEAK_INJURY = frozenset({"骨折", "寝たきり", "打撲", "捻挫", "やけど", "熱傷"})
_WEAK_PERSON = re.compile(
    r"(?:(?<!皆)(?<!皆様)(?:さん|様)|くん|ちゃん|お父さん|お母さん|(?<![㐀-䶿一-鿿])(?:父|母)|義父|義母|妻|夫|主人|家内|娘|息子|上の子|下の子"
    r"|兄|姉|弟|妹|祖父|祖母|じいちゃん|ばあちゃん|私|わたし|僕|ぼく|(?<!日)本人|あの子|うちの子|長男|長女|次男|次女)"
    # (not a group or an audience: 私たち, お母さん向け, 父親対象)
    r"(?!たち|達|ら|向け|対象|のための)"
)
# a line that is a title or a programme (…講座：, 特集, テーマ) names no one's condition
_WEAK_TITLE_LINE = re.compile(r"講座|セミナー|教室|特集|テーマ|コラム|講演|研修|勉強会")
# … nor a class of people with a gap (…で悩む人を診てきました, …の子どもへの接し方)
# (the class noun after a verb or の, not a role's 人: …のため後見人が届出)
_WEAK_CLASS = re.compile(r"[^。\n、]{0,8}?(?<=[むるたいうくすつぬのな])(?:人|方|患者|子ども|子供|児童|家族)(?:を|の|が|は|に|へ|向け|たち)")


# an inner organ's illness or operation named without its diagnosis (肝臓の病気で入院, 心臓の手術をしてて, 腎臓の病気の
# 検査): a person's health all the same (blind, blind11, blind17, blind22 annotate it); external body parts (腰の手術,
# 膝の手術) are left out, an injury's operation being no 要配慮 in most batches
_ORGAN_ILLNESS = re.compile(
    r"(?<!" + _KANJI_KATA + r")(?:心臓|肝臓|腎臓|すい臓|膵臓|肺|胃|大腸|甲状腺|前立腺|子宮|脳|心ぞう|じん臓)の(?:病気|手術)"
)


# a treatment that only a chronic condition needs, going on (人工透析中, 母の透析治療費, 在宅酸素療法中のため): every batch
# that writes one of a person annotates it (blind, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 18, 20, 22); a guideline's
# 透析患者, 透析導入 or a clinic's name is a longer word and no finding
_LIFELONG_TREATMENT = re.compile(
    r"(?<!" + _KANJI_KATA + r")(?:(?:人工|血液|腹膜)?透析(?:治療費?)?|在宅酸素療法)中?"
)


def _named_without_diagnosis(text: str) -> Iterable[tuple[int, int]]:
    """An inner organ's illness or operation (心臓の手術) and a lifelong treatment (人工透析中) as a word, proposed as
    a listed condition is."""
    if "の病気" in text or "の手術" in text:
        yield from ((m.start(), m.end()) for m in _ORGAN_ILLNESS.finditer(text))
    if "透析" in text or "酸素療法" in text:
        yield from ((m.start(), m.end()) for m in _LIFELONG_TREATMENT.finditer(text))


def _fills_a_field(text: str, start: int, end: int) -> bool:
    """The condition (with a note in brackets) is the whole value of a record's field: a cell, a quoted value."""
    return start > 0 and text[start - 1] in _CELL_OPEN and bool(_CELL_CLOSE.match(text, end))


def standing_conditions(text: str, conds: Conditions) -> Iterable[tuple[int, int, bool]]:
    """Listed conditions standing as a word, not denied, classed or hypothetical: (start, end, on a person's line)."""
    for start, end in itertools.chain(conds, _named_without_diagnosis(text)):
        if text[start:end] in _WEAK_INJURY:
            continue
        start = condition_name_start(text, start)
        if text.startswith("持ち", end):  # (a person who has it: 喘息持ちなので, 花粉症持ち)
            end += 2
        if start > 0 and re.match(_WEAK_WORD, text[start - 1]) or end < len(text) and re.match(_WEAK_WORD, text[end]):
            continue
        if _fills_a_field(text, start, end):
            yield start, end, False
            continue
        if _WEAK_NOT_AFTER.match(text, end) or not _WEAK_AFTER.match(text, end):
            continue
        if _GENERIC.match(text, end):  # (…で悩む方のための教室, …の場合は: a class or a hypothetical in the sentence)
            continue
        # (not after an unchecked box, nor as one of a product's or a course's classes: 医療・がん)
        if _UNCHECKED.search(text, max(0, start - 2), start) or text[start - 1 : start] == "・":
            continue
        line = text.rfind("\n", 0, start) + 1
        if _WEAK_TITLE_LINE.search(text, line, start) or _WEAK_CLASS.match(text, end):
            continue
        if _WEAK_PERSON.search(text, line, start):
            yield start, end, True
        # (off a person's line, only as a reason or a note of something that happened — 弱視のため, 認知症で施設入所,
        # 休職理由（うつ病）, アルツハイマー型認知症、義歯不適合 — in a sentence that gives readers no advice: a column or
        # a lecture with its author's name says 糖尿病は…, テーマ：骨粗しょう症と…, …で治療中の方は…)
        elif _IN_FILE_AFTER.match(text, end) and not _ADVICE.match(text, end):
            yield start, end, False


# a medicine named with a regimen is a person's only in a file about people: a drug information sheet has none
MEDICINE = "sensitive_medicine"
_NEEDS_A_PERSON = frozenset({WEAK_IN_FILE, MEDICINE})
_WEAK_ONES = frozenset({WEAK, WEAK_IN_FILE})


def _names_a_person(c: Candidate, min_score: float) -> bool:
    """A PERSON candidate that passes the threshold and is more than one character: a single letter or character is
    the label of an anonymised case (A氏, Bさん — 匿名化事例), no evidence that the file is about a named person."""
    return c.type is PiiType.PERSON and c.score >= min_score and c.end - c.start > 1


def _dates_a_birth(c: Candidate, min_score: float) -> bool:
    """A BIRTH_DATE candidate that passes the threshold: a birth date (生年月日) is always a person's, so a record that
    gives one is about a person even when its name is written in a form no rule reads (a FHIR resource, an HL7 segment)."""
    return c.type is PiiType.BIRTH_DATE and c.score >= min_score


def weak_evidence_alone(found: list[Candidate], min_score: float) -> list[Candidate]:
    """Analyzer stage: drop the candidates that need a person (weak evidence off a person's line, a named medicine)
    from a file where no PERSON candidate passes the threshold, and the weak ones from a file where any other SENSITIVE
    candidate does."""
    if not any(c.recognizer in _NEEDS_A_PERSON or c.recognizer == WEAK for c in found):
        return found
    if not any(_names_a_person(c, min_score) or _dates_a_birth(c, min_score) for c in found):
        found = [c for c in found if c.recognizer not in _NEEDS_A_PERSON]
    if any(c.type is PiiType.SENSITIVE and c.score >= min_score and c.recognizer not in _WEAK_ONES for c in found):
        found = [c for c in found if c.recognizer not in _WEAK_ONES]
    return found


# (rule, score): a chunk is weaker evidence than a predicate — any other finding over it wins (視覚障害 1級)
_RULES = (
    (spoken_condition_predicates, 0.8), (medicines_for_conditions, 0.8),
    (paused_condition_chunks, 0.5), (psychiatric_visits, 0.7),
)


class SensitiveSpeechRecognizer(Recognizer):
    """要配慮 phrases in speech, chats and letters (round 11); see the module docstring."""

    name = "sensitive_speech"
    types = frozenset({PiiType.SENSITIVE})

    def analyze(self, doc: Document) -> Iterable[Candidate]:
        text = doc.text
        conds: Conditions = tuple(listed_conditions(text))
        for start, end, on_person_line in standing_conditions(text, conds):
            c = Candidate(start, end, PiiType.SENSITIVE, 0.5, WEAK if on_person_line else WEAK_IN_FILE, True)
            if not _hypothetical(text, c):
                yield c
        # (round 13: events that tell a person's 病歴, 障害 or 犯罪 in other words — sensitive_flag)
        for start, end in flag_events(text, conds):
            c = Candidate(start, end, PiiType.SENSITIVE, 0.5, WEAK_IN_FILE, True)
            if not _hypothetical(text, c):
                yield c
        for start, end in named_medicines(text, conds):
            c = Candidate(start, end, PiiType.SENSITIVE, 0.8, MEDICINE, True)
            if not _hypothetical(text, c):
                yield c
        seen: set[tuple[int, int]] = set()
        for rule, score in _RULES:
            for start, end in rule(text, conds):
                c = Candidate(start, end, PiiType.SENSITIVE, score, self.name, True)
                if (start, end) in seen or _hypothetical(text, c):
                    continue
                seen.add((start, end))
                # (…と言われて、薬を飲んでいた: the clause that goes on telling its treatment, as the written rules have it)
                yield _continued(text, c) or c


__all__ = ["MEDICINES", "SensitiveSpeechRecognizer", "weak_evidence_alone"]
