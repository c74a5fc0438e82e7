"""Round 12: 要配慮個人情報 (個人情報保護法第2条第3項) mentioned in passing — in community prose (newsletters, obituaries,
minutes), operations files (delivery notes, front-desk slips, call logs) and foreign residents' paperwork.

A passing mention tells a condition, a faith or an origin as a side remark about a named person: the remark carries
an honorific or polite verb ending (認知症を患われ, …の被害に遭われました, …を繰り返しておられた), the care the
condition brought (パーキンソン病で寝たきり, 切迫早産で自宅安静, 喘息で吸入薬を携帯), or a faith as the person's
attribute (妻はカトリックなので, #5 ムスリム。, 日系三世). ``revise(doc, cands)`` is called by
:class:`~hogo.scan.recognizers.sensitive.SensitiveRecognizer` after the written-record rules: it widens a candidate
over such an ending and adds the phrases found here. Each rule is one small function; the hypothetical and class
filters of the written rules apply to what it adds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from hogo.scan.document import Document
from hogo.scan.recognizers import sensitive as sen
from hogo.scan.recognizers.base import Candidate
from hogo.scan.recognizers.sensitive_records import NAMED_FAITH
from hogo.scan.types import PiiType

_NAME = "sensitive"
_WORD = r"[㐀-䶿一-鿿豈-﫿ァ-ヶー]"


def _new(start: int, end: int, score: float) -> Candidate:
    return Candidate(start, end, PiiType.SENSITIVE, score, _NAME, True)


# --- 1. An honorific or polite ending of the verb a phrase ends on ----------------------------------------------
# Respect language (尊敬語) and the polite form are the same predicate as the plain verb the written rules know:
# 遭い → 遭いました, 遭われました; 繰り返し → 繰り返しておられた; 受け → 受けておられ; an attempt (遭いかけた) is the
# same event. (Only after a verb's continuative form: a noun or a finished predicate takes no such ending.)
_VERB_STEM_ENDINGS = ("遭い", "受け", "繰り返し", "倒れ", "患い", "され", "し")
_HONORIFIC_REST = re.compile(
    r"(?:(?<=し)て|(?<=け)て|(?<=い)て)?(?:おられ(?:た|ます|ました)?|おりました)(?![がけ])"
    r"|(?<=遭い)(?:かけた|ました(?![がけ]))"
    # (a collapse said with the continuing て before 以来/から: 心筋梗塞で倒れて以来)
    r"|(?<=倒れ)て(?=以来|から)"
)


def _honorifically_ended(text: str, c: Candidate) -> Candidate:
    if not text.endswith(_VERB_STEM_ENDINGS, c.start, c.end):
        return c
    rest = _HONORIFIC_REST.match(text, c.end)
    return Candidate(c.start, rest.end(), c.type, c.score, c.recognizer, True) if rest else c


# … and 患う in respect language (認知症を患われ, 腎臓病を患われた): the written rules know 患い/患って/患う only
_SUFFERED_HONORIFIC = re.compile(r"を患われ(?:て(?:いる|います|おり|いた)|た|ました)?")
# --- 2. The care a condition brought, said after で/のため -----------------------------------------------------
# (寝たきり: blind6, 14, 15, 20; 自宅安静: blind9, 11, 22; 施設に入っております: blind20; medicine carried or prescribed:
# blind15 吸入薬携帯, blind20, blind21). Not the need or advice of a leaflet (…で安静にしてください: the class filter).
_CARE_AFTER = re.compile(
    r"(?:で|のため)(?:自宅)?安静(?!に(?:して|する|しま))"
    r"|で寝たきり"
    r"|で(?:介護)?(?:施設|老人ホーム|ホーム)に入って(?:いる|います|おります|おり)"
    r"|で判断能力が[^。、\n]{0,8}?(?:でない|ない|不十分)"
    r"|で[^。\n、]{0,10}?(?:薬|剤|吸入器|インスリン)を(?:携帯|処方されて(?:いる|います|おり))(?!の?(?:方|人|者|場合))"
    r"|で[^。\n、]{0,10}?(?:薬|剤)を(?:服用|内服)中(?=[（(])"
)


_MEASURE_NOTE = re.compile(r"[（(](?![^）)\n]*(?:告知|申告|本人|談|より|確認|申込))[^（()）\n]{1,16}[）)]")


# … and the paralysis it left, told with the side of the body (脳梗塞で左半身に麻痺が残っており, 脳梗塞、右半身に軽い麻痺,
# …の後遺症で左半身に麻痺: blind4, 9, 11, 12, 13, 21, 22 draw the condition and the paralysis as one phrase)
_PARALYSIS_AFTER = re.compile(
    r"(?:の後遺症)?(?:で|、|による|により)(?:右|左|両)(?:半身|片|手|足|腕|脚|下肢|上肢)に?(?:軽い|軽度の|強い|重い)?"
    r"(?:麻痺|まひ|しびれ)(?:が残(?:って(?:いる|います|おり)|り|る)|が残存(?:して(?:いる|おり))?)?"
)


def _condition_phrases(text: str) -> Iterable[Candidate]:
    for start, end in sen.listed_conditions(text):
        pre = sen._COND_PREFIX.search(text, max(0, start - 12), start)
        if pre:
            start = pre.start()
        care = _CARE_AFTER.match(text, end) or _SUFFERED_HONORIFIC.match(text, end)
        paralysis = None if care else _PARALYSIS_AFTER.match(text, end)
        if paralysis and not sen._GENERIC.match(text, paralysis.end()):
            # (at the written rules' score: a longer phrase of theirs wins, …に麻痺があるので in blind5)
            yield _new(start, paralysis.end(), 0.8)
        elif care and not sen._GENERIC.match(text, care.end()):
            # (a measurement in brackets after the medicine belongs to it; a source note stays out: …服用中（上 140
            # 前後） in blind9, …服用中（申込時の告知あり） outside in blind22)
            note = _MEASURE_NOTE.match(text, care.end()) if care.group().endswith("中") else None
            yield _new(start, note.end() if note else care.end(), 0.85)


# --- 3. A faith or an origin as a person's attribute ---------------------------------------------------------
# a faith word after a subject, a label or a cell opening, closing its clause (妻はカトリックなので, #5 ムスリム。,
# 礼拝室の利用申請あり（ムスリム）, お祈りの部屋に鐘がある（ヒンドゥー教）); not one item of a list of faiths
# (仏教、キリスト教、イスラム教) nor a topic (…について, …の教え)
_FAITH_ATTRIBUTE = re.compile(
    rf"(?:(?<=[はが：:\t,])|(?<=[はが：:\t,][ 　])|(?<=\d[ 　]))(?P<f>{NAMED_FAITH})(?=なので|だから|で、|。|として|、(?![^、。\n]{{0,8}}教))"
    rf"|(?<=[（(])(?P<b>{NAMED_FAITH})(?=[）)])"
)
# a faith with its school in brackets (仏教（チベット仏教）, キリスト教（バプテスト）) after a subject or an item
_FAITH_SCHOOL = re.compile(
    r"(?:(?<=[はが：:、,\t])|(?<=[はが：:、,\t][ 　]))(?:仏教|キリスト教|イスラム教|ヒンドゥー教|ユダヤ教)"
    r"[（(][^（()）\n]{0,10}?(?:教|派|宗|テスタント|リック)[）)](?!について|とは|の(?:教え|歴史|思想))"
)
# an origin with its generation (日系三世, 日系3世): the generation makes it a person's; not a class or a list of visa
# categories (…、日系3世等). (日系ブラジル人3世 is left: blind9 draws it, blind2 does not, and one false flag is worse.)
_NIKKEI = re.compile(r"日系[一二三四1-4１-４]世(?!等|など|の?(?:方|人々|向け|たち|が多))")
# … a faith in the bracket of the word 信仰/宗教 is one phrase with it (相談者の信仰（エホバの証人）: blind15)
_FAITH_NAMED = re.compile(rf"(?:信仰|宗教|宗派)[（(]{NAMED_FAITH}[）)]")
# … and the practice of the faith told in the next sentence belongs to it (カトリック。日曜のミサのためシフト配慮: blind12,
# blind15, blind19; a sentence about something else stays out: ムスリム。研究室の TA 業務のみ, blind21)
_NEXT_SENTENCE = re.compile(r"。([^。\n\t,|\"]{2,40})(?=[\n\t,|\"]|\Z)")
_WORSHIP = re.compile(r"ミサ|礼拝|祈り|断食|ラマダン|ハラール|ハラル|豚肉|牛肉|教会|モスク|寺院|菜食")
_FAITH_BRACKET_CLASS = re.compile(r"(?:宗教|信仰)上|ハラール|ハラル|コーシャ")


def _faith_phrases(text: str) -> Iterable[Candidate]:
    for m in _FAITH_ATTRIBUTE.finditer(text):
        group = "f" if m.group("f") else "b"
        # (a bracket after 宗教上の理由/ハラール対応 is the written rules' phrase)
        if group == "b" and _FAITH_BRACKET_CLASS.search(text, max(0, m.start() - 8), m.start()):
            continue
        end = m.end(group)
        practice = _NEXT_SENTENCE.match(text, end) if group == "f" else None
        if practice and _WORSHIP.search(practice.group(1)):
            end = practice.end()
        yield _new(m.start(group), end, 0.75)
    for m in _FAITH_NAMED.finditer(text):
        yield _new(m.start(), m.end(), 0.8)
    for m in _FAITH_SCHOOL.finditer(text):
        yield _new(m.start(), m.end(), 0.75)
    for m in _NIKKEI.finditer(text):
        yield _new(m.start(), m.end(), 0.75)


_GATE = re.compile(r"ムスリム|クリスチャン|カトリック|プロテスタント|エホバ|創価|教|日系")


# --- 4. A condition owned as a noun phrase, before a report or a reason ----------------------------------------
# When the condition is a noun phrase — a chronic illness owned (…の持病) or a condition with its bracket note (軽度の
# 難聴（左耳）, 軽度の認知症（長谷川式 19点）) — the batches leave the existential があ(る|り) outside before a report, a
# reason or a new clause (…の持病があると申告, …（左耳）があるため, …（HDS-R 17点）があり、一包化を…: blind8, blind9,
# blind11, blind12, blind18, blind20; inside only blind14's 前科(窃盗)がある, no condition). A bare condition keeps it
# (認知症があり、…, 聴覚障害があるので: inside in 12 batches), and so does a consequence written on (…の持病があり服薬で…).
_NOUN_PHRASE_THERE = re.compile(r"(?:の持病|[^()\n]{2}\([^()\n]{1,16}\))(があ(?:る|り))\Z")
_REPORTED_AFTER = re.compile(r"(?<=る)(?:と|ので|ため|から|が)|(?<=り)、")


def _existential_trimmed(text: str, c: Candidate) -> Candidate:
    if not text.endswith(("がある", "があり"), c.start, c.end):
        return c
    there = _NOUN_PHRASE_THERE.search(text, c.start, c.end)
    if not there or there.start(1) <= c.start or not _REPORTED_AFTER.match(text, c.end):
        return c
    return Candidate(c.start, there.start(1), c.type, c.score, c.recognizer, True)


# --- 5. A crime met with, in respect or plain words (空き巣の被害に遭われました, 車上荒らしに遭った) ---------------
_CRIME_MET = re.compile(
    r"(?<![㐀-䶿一-鿿豈-﫿ァ-ヶー])(?:車上荒らし|空き巣|ひったくり|置き引き|痴漢|盗撮|強盗|特殊詐欺|詐欺)(?:の被害)?"
    r"に(?:遭|あ)(?:われ(?:た|ました)|った(?!ら|場合|人|方|者|件数)|いました|い(?=、))"
)


# --- 6. A wheelchair as a person's note (…の方。車いす。, ｜車いす｜, 妻は 車いす なので, 要介護3で車いす) ----------------
# (blind13, 14, 17, 20, 22 draw the bare word; after a subject or a cell opening, closing its sentence, cell or clause;
# not an item of a list of equipment — 設備：AED、車いす — nor a topic: 車いすの貸出)
_WHEELCHAIR_NOTE = re.compile(
    r"(?:(?<=[はが｜|\t,。])|(?<=[はが｜|\t,][ 　])|(?<=要介護[1-5]で))(?:車いす|車椅子)(?:使用|利用)?"
    r"(?=[ 　]?(?:なので|。|[｜|\t,\n）)]|\Z)|・介助|、(?:介助|通路|段差))"
)


_CRIME_VERBS = ("遭", "にあっ", "にあい", "にあわ")


def revise(doc: Document, cands: list[Candidate]) -> list[Candidate]:
    """The sensitive recognizer's candidates with honorific endings, plus the passing mentions found here."""
    text = doc.text
    found = list(_condition_phrases(text))
    if any(w in text for w in _CRIME_VERBS):
        found += [_new(m.start(), m.end(), 0.8) for m in _CRIME_MET.finditer(text)]
    if "車いす" in text or "車椅子" in text:
        found += [_new(m.start() - (5 if text[m.start() - 1] == "で" else 0), m.end(), 0.7) for m in _WHEELCHAIR_NOTE.finditer(text)]
    if _GATE.search(text):
        found += _faith_phrases(text)
    found = [c for c in found if not sen._hypothetical(text, c)]
    return [_existential_trimmed(text, _honorifically_ended(text, c)) for c in cands] + found
