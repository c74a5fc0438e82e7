"""Round 11: 要配慮個人情報 (個人情報保護法第2条第3項) in written records — span boundaries the batches agree on, and
phrases of records (care notes, case files, registers) the sensitive recognizer missed.

``revise(doc, cands)`` is called by :class:`SensitiveRecognizer` on its candidates (after its hypothetical filter):
it widens a candidate to the boundary the annotated batches agree on and adds the phrases found here. Each rule says
in its comment the convention it follows and how many batches draw it so (docs/scan-detector.md, round 11).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from hogo.scan.document import Document
from hogo.scan.recognizers import sensitive as sen
from hogo.scan.recognizers.base import Candidate, _gated
from hogo.scan.types import PiiType

_KANJI = r"[㐀-䶿一-鿿豈-﫿]"

# --- Boundaries (widening a candidate) --------------------------------------------------------------------------
# A stay, a visit or a leave told in the past progressive keeps its verb (…で通院していた, …で休職していた, …に入所
# していた: inside in blind5, blind6, blind9, blind11, blind16); before が (…で通院していたが中断) the clause goes on
# about something else and blind15 leaves the verb outside.
_PAST_PROGRESSIVE = re.compile(r"して(?:いた|いました)(?!が)")
_VERBAL_NOUN_END = re.compile(r"(?:通院|入院|休職|休学|療養|服役|入所|入居|服薬|治療)\Z")

# A record of an offence keeps the offence before it (窃盗の前科あり, 罰金刑の前歴がある, …懲役刑（執行猶予付き）の前科:
# blind4, blind9, blind16) and its あり after 歴 (傷害で逮捕歴あり: blind16; あり after a finding is inside in 16 of 18
# batches).
_RECORD_WORD_START = re.compile(r"(?:前科|前歴|逮捕歴|犯罪歴|補導歴)")
# (… and the same kind of offence referred back to: 同種の前科5犯, 同種前科 1犯)
_SAME_KIND_BEFORE = re.compile(r"(?<![㐀-䶿一-鿿豈-﫿])(?:同種|同様)の?\Z")
_OFFENCE_BEFORE = re.compile(
    # (kanji and katakana, with the okurigana of 酒気帯び運転, 万引き)
    rf"(?<![㐀-䶿一-鿿豈-﫿ァ-ヶー])(?:(?:{_KANJI}|[ァ-ヶー])(?:{_KANJI}|[ァ-ヶーびき]){{0,8}}?)?"
    r"(?:罪|窃盗|盗|傷害|暴行|詐欺|横領|恐喝|強盗|万引き|違反|運転|刑|事件|犯)(?:\([^)\n]{1,12}\))?の\Z"
)
_HISTORY_THERE = re.compile(r"あり|が?あ(?:る|ります)(?!場合)")
# … and a stay, a visit or an operation read as a history keeps it (…で入院歴あり, …で通院歴がある: blind11, blind15)
_TREATED_END = re.compile(r"(?:入院|通院|手術|治療|休職|逮捕|補導)\Z")
_HISTORY_AFTER = re.compile(r"歴(?:あり|が?あ(?:る|ります))")

# A care level stated before the condition that explains it is part of the phrase (要介護3、認知症; 要介護2で認知症が
# あり; 要介護3、脳梗塞後遺症: blind10, blind13, blind14, blind15, blind17, blind18; only blind2 leaves it outside).
_CARE_LEVEL_BEFORE = re.compile(r"(?<![㐀-䶿一-鿿豈-﫿ァ-ヶー])要(?:介護|支援)[1-5](?:、|で)\Z")

# A treatment or visit that stopped (治療中断, 通院中断) is still the person's record: the word is 中断, not 中 (blind9
# 高血圧症で治療中断); a class of people (…の治療中断者への受診勧奨, blind16's hard negative) is nobody's.
_STOPPED = re.compile(r"[断止]")
_STOPPED_CLASS = re.compile(r"[断止]?(?:者|例|率|数)")


# A sequela keeps the condition it follows (脳梗塞の後遺症で外出困難: the condition is inside in all 13 spans of 12 batches
# that write one; the morphological rule took 後遺症 as a condition of its own).
def _condition_ending_at(text: str, end: int, default: int) -> int:
    """The start of the condition word (with its modifier and compound head) that ends at ``end``, or ``default``."""
    return min((a for a, e in _condition_words(text) if e == end), default=default)


# A disability certificate after the condition it was issued for, in one value (自閉スペクトラム症、療育手帳B2; 重度の知的
# 障害、療育手帳A; 脳梗塞後遺症（右片麻痺）、身体障害者手帳2級): one phrase in blind3, blind8, blind9, blind10, split in none.
_CERTIFICATE_START = re.compile(r"(?:身体障害者手帳|精神障害者保健福祉手帳|療育手帳|障害者手帳)")
_CONDITION_BEFORE_CERTIFICATE = re.compile(r"(?:\([^()\n]{1,12}\))?[、。]\Z")


# A condition (or a certificate) in the bracket of a word that it explains — a treatment, a drug, a department, a
# disability's category, a tax class, a certificate of medical aid — belongs with that word (在宅酸素療法（COPD）,
# 抗凝固薬（心房細動）内服中, ワーファリン服用中（心房細動）, 内部障害（心臓機能障害 4級）, 障害者控除（精神障害者保健
# 福祉手帳2級）, 特定疾病療養受療証（人工透析）あり, 心療内科（うつ病）通院): blind6, 8, 9, 10, 11, 15 draw the whole.
# (Not a leave's reason, a certificate of sickness or a care level: 休職理由（…）, 診断書（…）, 要介護4（…） — the
# batches split on those, so their bracket stays as found.)
_EXPLAINED_HEAD = re.compile(
    # (a word of kanji, katakana and kana that are no particle: じん臓機能障害)
    r"(?:[㐀-䶿一-鿿豈-﫿ァ-ヶー]|(?![はがのをにでともへやか])[ぁ-ゖ]){0,10}?"
    r"(?:療法|薬|剤|服用中|内服中|投与中|心療内科|精神科|障害|障がい|障害者控除|受療証|受給者証|刻み食|ミキサー食|食)\(\Z"
)
_EXPLAINED_TAIL = re.compile(r"[^()\n]{0,16}?\)(?:内服中|服用中|通院中?|あり|使用中?)?")


def _explained_by_bracket(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of ``word（…condition…）`` around a finding that opens the bracket of such a word, or None."""
    head = _EXPLAINED_HEAD.search(text, max(0, start - 13), start)
    if not head:
        return None
    tail = _EXPLAINED_TAIL.match(text, end)
    return (head.start(), tail.end()) if tail else None


# A collapse or a stay and the impairment it left are one phrase (脳梗塞で倒れ、右半身まひが残り; 脳出血で倒れ、高次脳機能
# 障害が残った; 脳梗塞で入院、右手に軽い麻痺が残る: blind9, blind11, blind15, blind18).
_STROKE_END = re.compile(r"(?:倒れ|入院|発症し?)\Z")
_IMPAIRMENT_LEFT = re.compile(r"、[^。、\n]{0,12}?(?:麻痺|まひ|マヒ|障害|しびれ)が残(?:り|る|った|っている|っています)")


# The offence before a sentence, a custody or an arrest is part of it, with the person it was done to (窃盗罪で懲役1年6月の
# 刑に服し, 詐欺罪で執行猶予中, 傷害罪で服役中, 窃盗で逮捕された: inside in all 13 spans of 13 batches that write one;
# 母への傷害容疑で逮捕され, 強制わいせつ容疑で逮捕された, …の子への傷害で執行猶予中: blind19). A suspicion or 容疑 before
# an arrest joins the offence without で.
_SENTENCE_WORD_START = re.compile(r"(?:現行犯)?(?:執行猶予|懲役|罰金|実刑|服役|逮捕)")
_SUSPICION_START = re.compile(r"(?:の疑い|の?容疑)で(?:現行犯)?逮捕")
_OFFENCE_WORD = (
    rf"(?:(?:{_KANJI}|の)*?{_KANJI}への)?(?:{_KANJI}|[ァ-ヶー]|わいせつ)*?"
    r"(?:罪|窃盗|盗|傷害|暴行|詐欺|横領|恐喝|強盗|わいせつ|違反|事件|殺人|放火|脅迫|行為)(?:\([^)\n]{1,12}\))?"
)
_OFFENCE_THEN_DE = re.compile(rf"(?<![㐀-䶿一-鿿豈-﫿ァ-ヶー]){_OFFENCE_WORD}(?:の疑い|の?容疑)?で(?:現行犯)?\Z")
_OFFENCE_RIGHT_BEFORE = re.compile(rf"(?<![㐀-䶿一-鿿豈-﫿ァ-ヶー]){_OFFENCE_WORD}\Z")


_VICTIM_BEFORE = re.compile(rf"(?<![㐀-䶿一-鿿豈-﫿ァ-ヶー])(?:{_KANJI}|の)*?{_KANJI}への\Z")
_OFFENCE_OPENING = re.compile(rf"(?:{_KANJI}|[ァ-ヶー]|わいせつ)*?(?:窃盗|傷害|暴行|詐欺|横領|恐喝|強盗|わいせつ|殺人|放火|脅迫)")
_SANCTION = re.compile(r"容疑|逮捕|執行猶予|罰金|懲役|服役")


def _offence_before(text: str, start: int, end: int) -> int:
    """The start of the offence (and its victim) told right before a sentence or an arrest at ``start``, or ``start``."""
    if _OFFENCE_OPENING.match(text, start) and _SANCTION.search(text, start, end):
        victim = _VICTIM_BEFORE.search(text, max(0, start - 12), start)
        return victim.start() if victim else start
    if _SENTENCE_WORD_START.match(text, start):
        before = _OFFENCE_THEN_DE.search(text, max(0, start - 24), start)
    elif _SUSPICION_START.match(text, start):
        before = _OFFENCE_RIGHT_BEFORE.search(text, max(0, start - 24), start)
    else:
        return start
    return before.start() if before else start


# The condition that left an impairment is part of it (脳梗塞の後遺症で左手が不自由, 脳梗塞で左半身に麻痺が残っており,
# …の後遺症で左半身に麻痺がある: blind5, blind12, blind18, blind22 ×2 start at the condition, none at the impairment).
_IMPAIRMENT_START = re.compile(r"(?:麻痺|まひ|マヒ|(?:右|左|両)?[㐀-䶿一-鿿豈-﫿]{1,4}が(?:不自由|動かな))")
_CAUSE_BEFORE = re.compile(rf"(?:の後遺症|後)?で(?:(?:右|左|両)?{_KANJI}{{1,4}}に(?:軽い|軽度の)?)?\Z")


def _cause_before(text: str, start: int) -> int:
    """The start of the condition that left the impairment at ``start``, or ``start``."""
    if not _IMPAIRMENT_START.match(text, start):
        return start
    cause = _CAUSE_BEFORE.search(text, max(0, start - 14), start)
    return _condition_ending_at(text, cause.start(), start) if cause else start


# 持病 before its condition is part of the phrase (持病の喘息, 持病のクローン病で通院: blind6, blind7, blind11, none
# outside); after it, 持病 closes the phrase before があ… (てんかんの持病があり: blind11, blind12, blind20, none inside —
# 持病あり without が is inside in blind, blind3, blind6, blind22, and so is a treatment told right after があり,
# てんかんの持病があり服薬で…, in blind4).

# A mental-health department where the diagnosis was given is part of it (心療内科で適応障害と診断: blind8, blind9, blind10,
# blind18 draw it inside, no batch outside; the department itself reveals the kind of condition). Other departments
# (整形外科で…, 小児科で…) stay outside as blind and blind3 have them.
_MENTAL_DEPARTMENT_BEFORE = re.compile(r"(?:心療内科|精神科|精神神経科|神経科|メンタルクリニック)で\Z")
_DIAGNOSED = re.compile(r"と診断|の診断")


# A kana-only condition (がん, うつ) that goes on as another word (がんばって, うつくしい) is no condition.
_KANA_CONDITION = re.compile(r"(?:がん|うつ)(?=[ぁ-ゖ])(?![のでにとがはをもやかへ])")


# Weak legs or a bad back said alone (足が悪いので…, 腰が悪く階段NG) names no condition: blind7 and blind18 leave it out
# (blind18's README: too vague); a bad heart, an eye or an ear that does not work, or the legs with an aid or a note,
# do (心臓が悪く（ペースメーカー）, 耳が遠い, 目が不自由).
_VAGUE_IMPAIRMENT = re.compile(r"(?:右|左|両)?(?:足|脚|腰|膝|ひざ)が(?:悪い|悪く|弱い|弱く)")


def _end_widened(text: str, start: int, end: int) -> int | None:
    """The end the batches agree on for a phrase ``text[start:end]``, or None when it names a class (…治療中断者)."""
    if text[end - 1 : end] == "中" and _STOPPED.match(text, end):
        if _STOPPED_CLASS.match(text, end):
            return None
        end += 1
    if _VERBAL_NOUN_END.search(text, start, end) and (pp := _PAST_PROGRESSIVE.match(text, end)):
        end = pp.end()
    if text.endswith("歴", start, end) and (there := _HISTORY_THERE.match(text, end)):
        end = there.end()
    elif _TREATED_END.search(text, start, end) and (history := _HISTORY_AFTER.match(text, end)):
        end = history.end()
    if _STROKE_END.search(text, start, end) and (left := _IMPAIRMENT_LEFT.match(text, end)):
        end = left.end()
    return end


def _start_widened(text: str, start: int, end: int) -> int:
    """The start the batches agree on: the offence, the care level, the condition or the department before it."""
    if _RECORD_WORD_START.match(text, start) and (
        offence := _OFFENCE_BEFORE.search(text, max(0, start - 24), start) or _SAME_KIND_BEFORE.search(text, max(0, start - 3), start)
    ):
        start = offence.start()
    if care := _CARE_LEVEL_BEFORE.search(text, max(0, start - 6), start):
        start = care.start()
    if text.startswith("後遺症", start) and text[start - 1 : start] == "の":
        start = _condition_ending_at(text, start - 1, start)
    if _CERTIFICATE_START.match(text, start):
        if sep := _CONDITION_BEFORE_CERTIFICATE.search(text, max(0, start - 16), start):
            start = _condition_ending_at(text, sep.start(), start)
    start = _cause_before(text, _offence_before(text, start, end))
    if text.endswith("持病の", 0, start):
        start -= 3
    if _DIAGNOSED.search(text, start, end):
        if dept := _MENTAL_DEPARTMENT_BEFORE.search(text, max(0, start - 12), start):
            start = dept.start()
    return start


def _widened(text: str, c: Candidate) -> Candidate | None:
    """``c`` with the boundaries the batches agree on, or None when it is no one's condition."""
    if _KANA_CONDITION.match(text, c.start) or _VAGUE_IMPAIRMENT.fullmatch(text, c.start, c.end):
        return None
    end = _end_widened(text, c.start, c.end)
    if end is None:
        return None
    start = _start_widened(text, c.start, end)
    if text[start - 1 : start] == "(" and (explained := _explained_by_bracket(text, start, end)):
        start, end = explained
    if (start, end) == (c.start, c.end):
        return c
    return Candidate(start, end, c.type, c.score, c.recognizer, True)


# --- Phrases of records ------------------------------------------------------------------------------------------
# A visit for the condition closing its clause (アルコール依存症で通院、…; 自閉スペクトラム症、不安障害で月1回通院⏎):
# the visit is inside in 30 of 31 spans of 15 batches; the sensitive recognizer needed 中/している after it.
_VISIT_CLOSING = re.compile(
    r"(?:で|にて)(?![^。\n、]{0,10}?(?:通院|受診)(?:中)?の?(?:方|人|者|患者))[^。\n、\"]{0,10}?(?:通院|受診)"
    r"(?:して(?:いた|いました)(?!が))?(?=[、。\n\t,\"」()]|\Z)"
)
# A leave or a stay of a length said in words (双極性障害で半年休職, うつで半年休職: blind12, blind18; the sensitive
# recognizer counted only digits); the tense stays outside as both batches draw it.
_LEAVE_IN_WORDS = re.compile(r"(?:で|により)(?:半年|数(?:年|か月|ヶ月|カ月|週間))(?:ほど|間|近く)?の?(?:休職|休学|休業|療養|入院)")
# A move into care because of the condition (認知症で施設入所, 脳梗塞で施設入所: blind8, blind12, blind18; the sensitive
# recognizer needed に and a past tense)
_CARE_ADMISSION = re.compile(
    r"で(?:介護)?(?:施設|老人ホーム|グループホーム|ホーム)に?(?:(?:入所|入居)(?:中|し(?:た|ました|ている|ています)|して(?:いた|いました)(?!が))?"
    # (… said plainly: 認知症で施設に入っております)
    r"|に入って(?:いる|います|おり(?:ます)?))"
    r"(?![㐀-䶿一-鿿豈-﫿ァ-ヶー]|の?(?:方|人|者)|する|の際|時)"
)


def _condition_words(text: str) -> Iterable[tuple[int, int]]:
    """Listed conditions with the modifier before them and the compound head after them (重度の認知症, てんかん発作)."""
    for start, end in sen.listed_conditions(text):
        pre = sen._COND_PREFIX.search(text, max(0, start - 12), start)
        tail = sen._TAIL.match(text, end)
        yield (pre.start() if pre else start), (tail.end() if tail else end)


# … and a care level with the condition that explains it, closing a clause (要介護3、認知症。)
_CARE_CONDITION_END = re.compile(r"(?:が?あり)?(?=[、。\n\t,\"」()]|\Z)")


# An aid the person uses, listed after the condition it is for in the same cell or value (1型糖尿病、インスリンポンプ使用;
# 重度の知的障害、車いす: blind8, blind16 draw one span; the aid must end its item — 在宅酸素療法中 is a treatment)
_AID_AFTER = re.compile(rf"、{sen._AID}(?:使用|装着|利用)?中?(?![㐀-䶿一-鿿豈-﫿ァ-ヶー])")


def _condition_phrases(text: str) -> Iterable[Candidate]:
    for start, end in _condition_words(text):
        pred = (
            _VISIT_CLOSING.match(text, end)
            or _CARE_ADMISSION.match(text, end)
            or _LEAVE_IN_WORDS.match(text, end)
            or _AID_AFTER.match(text, end)
        )
        if pred:
            yield Candidate(sen._coordinated(text, start), pred.end(), PiiType.SENSITIVE, 0.8, "sensitive", True)
        elif (care := _CARE_LEVEL_BEFORE.search(text, max(0, start - 6), start)) and (
            closing := _CARE_CONDITION_END.match(text, end)
        ):
            yield Candidate(care.start(), closing.end(), PiiType.SENSITIVE, 0.8, "sensitive", True)


# The cause of a death written in a record (死亡の原因　肺がん, 死亡原因（届出人申告）：膵臓がん, 死因（…）　誤嚥性肺炎):
# the deceased's condition (blind11, blind16, blind18 annotate it); the value must name a condition (死因は非公表: none).
_DEATH_CAUSE = re.compile(r"(?:死因|死亡原因|死亡の原因|直接死因)(?:\([^)\n]{1,24}\))?(?:[ \t]*[:：][ \t]*|[ \t]+)([^\n]{1,80})")

# A leave, a stay or a visit with the condition in its bracket (病気休職中（がん治療）, 入院（がん治療）, 病気療養（乳がん）,
# 入院中（肺炎・心不全）): one phrase that starts at the leave's word — with the 病気 of its compound (病気休職, 病気療養,
# 病気休暇) — in blind8, blind16 (twice), blind17; no batch starts it elsewhere. The one rule for written records and
# speech (round 12: the speech recognizer's copy, which wanted 病気 and took any bracket with a treatment word, is gone).
# (not a product or a cost: 入院（がん治療）給付金, 入院（がん治療）の費用; not a leave's terms: 病気休暇（有給、年5日）)
_STAY_NOTE = re.compile(
    r"(?:病気(?=休|療))?(?:休職|休学|休業|休暇|入院|通院|療養)中?\(([^)\n]{1,20})\)"
    r"(?![㐀-䶿一-鿿豈-﫿ァ-ヶー]|の(?:費用|場合|際|日数|給付|保障))"
)
_NOTE_REST = re.compile(r"(?:[・、]|の?(?:治療|手術|術後))*")


def _death_causes(text: str) -> Iterable[Candidate]:
    if "死" not in text:
        return
    for m in _DEATH_CAUSE.finditer(text):
        # (the cause is the first condition of the value, without the note on its source: 肺がん（死亡診断書による）)
        c = sen._CONDITION.search(text, m.start(1), m.end(1))
        if c:
            bracket = text.find("(", c.start(), c.end())
            yield Candidate(c.start(), c.end() if bracket < 0 else bracket, PiiType.SENSITIVE, 0.75, "sensitive", True)


# (a sick leave's bracket may name only the treatment: the sickness is in 病気 — 病気休職中（心臓手術）)
_SICK_LEAVE_TREATMENT = re.compile(r"治療|手術|入院|通院|術後")


def _names_only_conditions(note: str) -> bool:
    """Does the bracket name conditions and nothing else but their treatment (乳がん治療, 肺炎・心不全)?"""
    rest = note
    for start, end in sorted(sen.listed_conditions(note), key=lambda se: se[0] - se[1]):
        rest = rest.replace(note[start:end], "")
    return rest != note and _NOTE_REST.fullmatch(rest) is not None


def _stays_with_condition(text: str) -> Iterable[Candidate]:
    """A leave, a stay or a visit with its condition in brackets (入院中（肺炎・心不全）, 病気療養（乳がん）)."""
    for m in _STAY_NOTE.finditer(text):
        # (結核の治療のため入院中 in the bracket is a phrase of its own)
        note = m.group(1)
        sick_leave = text.startswith("病気", m.start())
        if _names_only_conditions(note) or (sick_leave and _SICK_LEAVE_TREATMENT.search(note)):
            yield Candidate(m.start(), m.end(), PiiType.SENSITIVE, 0.8, "sensitive", True)


# A condition opening the value of a label that names a person by kin or as 本人 (本人：右乳がん（トリプルネガティブ）,
# 母方叔母：乳がん（50代）, 母 一ノ瀬 弘子（故人）：卵巣がんで…, 長女 エマ ちゃん（6歳）: 自閉スペクトラム症。, 夫：乏精子症
# （高度）): the condition of that person, with its bracket note (blind18, blind19; round 11 dropped it with blind18
# alone). The span is the condition as a record's value draws it; the predicate after it is left to the other rules.
_KIN_WORD = (
    r"(?:本人|ご本人|(?:父方|母方)の?(?:祖父|祖母|叔父|叔母|伯父|伯母|おじ|おば)|父|母|夫|妻|息子|娘|長男|次男|三男|長女|次女|三女"
    r"|祖父|祖母|兄|姉|弟|妹|義父|義母|孫|叔父|叔母|伯父|伯母)"
)
_PERSON_LABEL = _gated(
    rf"{_KIN_WORD}(?:[ ][^\s:：()、。]{{1,6}}){{0,2}}(?:\([^)\n]{{1,8}}\))?[ ]?[:：][ ]?"
)
# (the label opens a line, a list item or a sentence: ・母方叔母：…, - 長女 …:, 。夫：…)
_LABEL_OPENING = re.compile(r"(?:^|[・\n\t。]|^[-*] )[ ]?\Z", re.M)


def _person_label_values(text: str) -> Iterable[Candidate]:
    if ":" not in text and "：" not in text:
        return
    for m in _PERSON_LABEL.finditer(text):
        if not _LABEL_OPENING.search(text, max(0, m.start() - 3), m.start()):
            continue
        c = sen._CONDITION.match(text, m.end())
        if c and not sen._RECORD_DENIED.match(text, c.end()):
            yield Candidate(c.start(), c.end(), PiiType.SENSITIVE, 0.75, "sensitive", True)

# A checklist marked with a circle in brackets (健康状態について（該当に○）): the item the ○ belongs to names the
# person's condition. A form prints the brackets either before each item (（○）腰痛・椎間板ヘルニア　（　）高血圧, blind18)
# or after it (ぜんそく（○）　川崎病（　）, blind13): a line that opens with a bracket mark is of the first kind.
_CIRCLE = re.compile(r"\([○〇◯]\)")
_LINE_OPENS_WITH_MARK = re.compile(r"[ \t]*\([ ○〇◯]?\)")
_ITEM_AFTER = re.compile(r"[ ]?([^\s、。→:：()]{1,20})")
_ITEM_BEFORE = re.compile(r"([^\s、。→:：()]{1,20})\Z")


def _circled_items(text: str) -> Iterable[Candidate]:
    for m in _CIRCLE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _LINE_OPENS_WITH_MARK.match(text, line_start):
            item = _ITEM_AFTER.match(text, m.end())
        else:
            item = _ITEM_BEFORE.search(text, max(line_start, m.start() - 20), m.start())
        if item and sen._CONDITION.search(text, item.start(1), item.end(1)):
            yield Candidate(item.start(1), item.end(1), PiiType.SENSITIVE, 0.75, "sensitive", True)


# A believer of a named faith (浄土宗の檀信徒, ロシア正教の信徒, ルーテル教会の信徒, 当教会の教会員（プロテスタント）): the
# faith's name may mix katakana and kanji, and the believer's word may be 檀信徒/門徒/教会員 (the sensitive recognizer took
# only a one-script name before 信者/信徒). A denomination in brackets after the believer stays with it
# (クリスチャン（プロテスタント）). Not a count or a class (…の信徒数, …の信者の方).
_FAITH = r"(?:[ァ-ヶー]{2,10}[㐀-䶿一-鿿豈-﫿]{0,4}|[㐀-䶿一-鿿豈-﫿]{1,8})(?:教会|正教|教|宗|派)"
_DENOMINATION = rf"\((?:{_FAITH}|カトリック|プロテスタント|[ァ-ヶー]{{2,10}}派)\)"
_BELIEVER = re.compile(
    rf"(?<![㐀-䶿一-鿿豈-﫿ァ-ヶー])(?:(?:{_FAITH}の(?:檀信徒|信徒|信者|門徒|教会員|檀家)|(?:当|同)教会の教会員)(?:{_DENOMINATION})?"
    rf"|(?:クリスチャン|ムスリム|{_FAITH}徒|{_FAITH}信者)(?:{_DENOMINATION}))"
    r"(?!数|の(?:方|人|皆)|たち|向け|[㐀-䶿一-鿿豈-﫿ァ-ヶー])"
)


# A named faith standing as a person's value (要配慮: 信条): with its note or denomination in brackets (キリスト教（バプテスト）,
# 仏教（チベット仏教）, 天理教（実家が教会）, カトリック（日曜のミサに参加したい）: blind18, blind21 ×3; blind10 and blind21
# write Islam in Chinese, 伊斯兰教（回族）), alone in a bracket after its person or note (（ムスリム）, （堀越さん、カトリック）,
# （ヒンドゥー教）: blind9, blind19, blind21), or as an item of its own closing with 。 (#5 ムスリム。, >ムスリム。: blind10,
# blind21). Not a count, a share or a class in the bracket (仏教（約8,000万人）, キリスト教（3%）).
# the faiths a person's value may name (one list for the records' rules here and the passing mentions of
# sensitive_prose; 伊斯兰教 is how Chinese-speaking residents write Islam)
NAMED_FAITH = (
    r"(?:ムスリム|クリスチャン|カトリック(?:信者|教徒)?|プロテスタント|エホバの証人|創価学会員"
    r"|(?:キリスト|イスラム|ヒンドゥー|ヒンズー|ユダヤ|シク|ジャイナ|天理|仏)教徒?|伊斯兰教)"
)
_FAITH_VALUE = re.compile(
    rf"(?<![㐀-䶿一-鿿豈-﫿ァ-ヶー])(?:{NAMED_FAITH}\((?![^()\n]*(?:\d|人|割|%|％|など|等))[^()\n]{{1,20}}\)"
    rf"|(?<=[(、]){NAMED_FAITH}(?=\))"
    rf"|(?:(?<=^)|(?<=\n)|(?<=>)|(?<=\d )){NAMED_FAITH}(?=。))"
    r"(?![㐀-䶿一-鿿豈-﫿ァ-ヶー])"
)

# A disability certificate with the kind and the grade in its bracket (障害者手帳（身体4級）, 身体障害者手帳（聴覚・4級）を
# お持ち): the grade reveals the disability; the verb of holding stays with it as in earlier rounds (を所持, を取得,
# をお持ち), another verb does not (…をもらった: blind18 leaves it outside).
_CERTIFICATE_GRADE = re.compile(
    r"(?:身体障害者手帳|精神障害者保健福祉手帳|療育手帳|障害者手帳)"
    r"\((?:身体|精神|療育|聴覚|視覚|肢体|内部|上肢|下肢|体幹|音声|言語|心臓|腎臓|呼吸器)?[・、 ]?(?:[1-6一二三四五六]種)?[1-6一二三四五六]級\)"
    r"(?:を(?:お持ち|所持|取得))?"
    r"(?!の?(?:方|人|者)|相当|以上|以下)"
)


# A traffic offence with its sanction (酒気帯び運転で罰金刑, 酒気帯び運転の疑いで…署に逮捕された): the offence is written
# with okurigana (酒気帯び), which the sensitive recognizer's kanji-only offence word cut to 運転で…
_TRAFFIC_OFFENCE = re.compile(
    r"(?:酒気帯び|酒酔い|飲酒|無免許|ひき逃げ|当て逃げ|あおり)運転?(?:の疑い|の?容疑)?で"
    rf"(?:{_KANJI}{{1,10}}(?:警察署|署)に)?(?:現行犯)?"
    r"(?:逮捕(?:され(?:た|ました)?)?|罰金刑?(?:を受け(?:た|ました|ている))?|書類送検(?:され(?:た|ました))?|検挙(?:され(?:た|ました))?|免許取消し?)"
    r"(?!(?:された|される)?(?:場合|人|者|方|件数|とき|時|ケース))"
)


# A crime suffered, named as a noun that closes its sentence — not a heading line — (強制わいせつの被害。, 特殊詐欺
# （フィッシング）の被害として…相談: blind13, blind18) or reported to the police (ストーカー被害で警察に相談中, 暴力で警察に相談済み: blind14, blind18).
_CRIME = r"(?:盗難|窃盗|詐欺|暴行|傷害|痴漢|盗撮|ストーカー|虐待|ひったくり|空き巣|恐喝|性暴力|暴力|わいせつ|DV)"
_CRIME_NOUN = re.compile(
    rf"(?<![㐀-䶿一-鿿豈-﫿ァ-ヶー])(?:{_KANJI}{{1,6}})?{_CRIME}(?:\([^)\n]{{1,12}}\))?"
    r"(?:の?被害(?=。|として)|(?:の?被害)?で(?:警察|[㐀-䶿一-鿿豈-﫿]{1,8}(?:警察署|署))に相談(?:中|済み?|し(?:た|ました|ている|ています)))"
    r"(?!(?:した|する)?(?:場合|人|者|方|件数|割合|とき|時|ケース))"
)


# A court sentence for a named offence (傷害罪で執行猶予付き判決, 窃盗で執行猶予付きの判決, 傷害事件で有罪判決（執行猶予）を
# 受けた): the offence anchor of the sensitive recognizer took 懲役/逮捕/罰金 after …罪 only. The finished verb is inside
# (blind8, blind11), a state is not (…判決を受けている: blind18 ends at 判決).
_SENTENCE = re.compile(
    rf"(?<![㐀-䶿一-鿿豈-﫿ァ-ヶー])(?:{_KANJI}{{0,8}}(?:罪|窃盗|傷害|詐欺|暴行|横領|毀損|恐喝|強盗|違反|事件)|万引き)で"
    r"(?:有罪判決|有罪の判決|執行猶予(?:付き)?の?判決)(?:\((?:執行猶予|実刑)[^)\n]{0,8}\))?(?:を受け(?:た|ました)(?!とき|場合|者|方|ことがあ))?"
)


# Violence suffered, told with the body part or the instrument (腹を数回殴られた, 顔を殴られた, 体を触られた, ベルトでたたか
# れた: blind9, blind16, blind19 ×3, blind21 start the phrase there): a crime victim's record (犯罪被害). The offender before
# it stays outside (the batches split on it: inside in blind3, blind9, blind21; outside in blind16, blind17, blind19).
# Not a class or a hypothetical (…を触られる等の被害, …殴られた場合).
_VIOLENCE_SUFFERED = re.compile(
    r"(?<![㐀-䶿一-鿿豈-﫿ァ-ヶー])(?:(?:お?腹|顔|頭|体|身体|胸|背中|腕|足|脚|頬|首|お?尻|腰|股間)を|(?:ベルト|棒|拳|こぶし|素手|ハンガー|物)で)"
    r"(?:数回|何度も|何回も|強く|思い切り)?(?:殴られ|なぐられ|叩かれ|たたかれ|ぶたれ|蹴られ|触られ|絞められ)(?:た(?!り)|ました|ている|ています)"
    r"(?!人|方|者|場合|とき|時|等|など|こと(?:が|は)?(?:ある|あれば))"
)

# Abuse suspected of a person's case (身体的虐待・経済的虐待の疑い, ネグレクトの疑い): a crime victim's record even as a
# suspicion (blind19's README; no other batch writes one). Not a class or what to do (…の疑いのある児童, …の疑いがある場合).
_ABUSE_KIND = r"(?:(?:身体的|心理的|性的|経済的)?虐待|ネグレクト|育児放棄)"
_ABUSE_SUSPECTED = re.compile(
    rf"(?<![㐀-䶿一-鿿豈-﫿ァ-ヶー]){_ABUSE_KIND}(?:[・、]{_ABUSE_KIND})*の疑い"
    r"(?!の?ある|が?ある(?:場合|とき|時|児童|子|方|人|者|ケース)|を(?:持|感じ|抱)|が?(?:生じ|あれば))"
)
# A disability pension with its grade (障害基礎年金2級を受給): the grade states a disability (blind19; general).
_DISABILITY_PENSION = re.compile(
    r"障害(?:基礎|厚生|共済)?年金[1-3１-３一二三]級(?:を受給(?:中|して(?:いる|います|おり))?)?(?!の?(?:方|人|者|場合|相当|以上))"
)

# A pet's record (動物病院のカルテ, ペットホテルの申込書): a condition standing alone as a field value (診断：外耳炎, A: 僧帽弁
# 閉鎖不全症, 持病・投薬　てんかん（…）) is the animal's, and a pet is no person (blind18's README; blind6 leaves its
# dog's 外耳炎 out). The owner's own condition is told with a predicate (視覚障害があり, 喘息持ち) and stays.
_PET_RECORD = re.compile(r"飼い主|犬種|猫種|動物病院|ペットホテル|トリミング")


def _animal_field(text: str, c: Candidate) -> bool:
    return sen._CONDITION.fullmatch(text, c.start, c.end) is not None


# Phrases found by one pattern each, tried only on a text that holds one of their words.
_GATED_PHRASES: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (("信徒", "信者", "門徒", "教会員", "檀家", "クリスチャン(", "ムスリム(", "徒("), _BELIEVER),
    (("教", "ムスリム", "カトリック", "クリスチャン"), _FAITH_VALUE),
    (("手帳",), _CERTIFICATE_GRADE),
    (("運転", "逃げ"), _TRAFFIC_OFFENCE),
    (("被害", "に相談"), _CRIME_NOUN),
    (("判決",), _SENTENCE),
    (("殴られ", "なぐられ", "叩かれ", "たたかれ", "ぶたれ", "蹴られ", "触られ", "絞められ"), _VIOLENCE_SUFFERED),
    (("の疑い",), _ABUSE_SUSPECTED),
    (("年金",), _DISABILITY_PENSION),
)


def _gated_phrases(text: str) -> Iterable[Candidate]:
    for words, pattern in _GATED_PHRASES:
        if any(w in text for w in words):
            for m in pattern.finditer(text):
                yield Candidate(m.start(), m.end(), PiiType.SENSITIVE, 0.8, "sensitive", True)


def revise(doc: Document, cands: list[Candidate]) -> list[Candidate]:
    """The sensitive recognizer's candidates with agreed boundaries, plus the phrases of records found here."""
    text = doc.text
    found = [
        c
        for rule in (
            _condition_phrases, _death_causes, _stays_with_condition, _circled_items, _gated_phrases, _person_label_values
        )
        for c in rule(text)
        if not sen._hypothetical(text, c)
    ]
    out, classes = [], []
    for c in cands + found:
        w = _widened(text, c)
        # (a widened phrase may turn out to describe a class: …で休職歴がある者は)
        if w is None or (w is not c and sen._hypothetical(text, w)):
            classes.append(c if w is None else w)
        else:
            out.append(w)
    # (the condition inside a phrase that names a class is no one's either: 糖尿病 of 糖尿病の治療中断者)
    out = [c for c in out if not any(k.start <= c.start and c.end <= k.end for k in classes)]
    if _PET_RECORD.search(text):
        out = [c for c in out if not _animal_field(text, c)]
    return out
