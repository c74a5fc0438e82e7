"""Evidence for the per-file 要配慮 flag (round 13): events that tell a person's 病歴, 障害 or 犯罪 without a listed
condition standing as a word.

The flag of :mod:`hogo.scan.recognizers.sensitive_speech` (round 12) proposes a listed condition word as weak
evidence. Files the flag still missed say what happened to a person in other words: an operation (人工膝関節の手術を
され, 虫垂炎の手術。), a crime suffered or committed (被害届を提出, 傷害で罰金20万円, 前科（窃盗）がある, 刑務所にいた),
domestic violence and its protection (DV等支援措置の対象者, 父からの暴力（DV）を受けて避難), an aid only a disability needs
(車いす使用, 右脚に義足, 左眼は義眼, 人工肛門を造設), a lifelong treatment received (透析治療を受けている), an injury in
a medical or accident record (頸椎捻挫（全治2週間）, 左足を骨折し), a listed condition as a field's value with its
clinical note (理由　うつ病（主治医：…）, ご請求事由：右乳がん（浸潤性乳管がん…）), a card used by someone else
(カードを不正に使われた), and in English a listed condition of a named person (Notes: Type 1 diabetes; my wife has a
heart condition).

Every rule here is weak evidence (:data:`sensitive_speech.WEAK_IN_FILE`): kept only in a file that names a person (a
PERSON or a birth date passes the threshold) and only when nothing else in the file is SENSITIVE
(:func:`sensitive_speech.weak_evidence_alone`). A law, a statistic, a leaflet or a guideline names no one; advice
(…ください, …の方, …場合) and classes (…者, …の方) are left out in the sentence itself as well. Spans follow the batches'
convention: the condition or event to its predicate, subject, relation and time outside.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from hogo.scan.recognizers.sensitive import _EN_CONDITION_WORD, condition_name_start

_KANJI_KATA = r"[㐀-䶿一-鿿豈-﫿ァ-ヶー]"
# a time word glued before the operated part (昨年人工膝関節の手術, 先月子宮筋腫の手術): outside the span
_TIME_HEAD = re.compile(r"(?:昨年|去年|今年|先月|今月|先週|先日|以前|最近|当時|昨秋|昨春|昨夏|昨冬|年前|[一-龥]{0,3}病院で)")
# advice, a class or a hypothetical after the evidence in its sentence (手術を受けた方は, …した場合, …してください)
_ADVICE_AFTER = re.compile(
    r"[^。\n]{0,30}?(?:の方|方[はもがへ]|[たる]人|者(?:は|が|の|に|を|へ)|皆さん|皆様|ください|ましょう|場合|際[はに]|ことがあ|こともあ|たら|れば|なら|とき(?:は|に)"
    r"|可能性|おそれ|恐れ|等(?!級)|など|件数|割合|統計)"
)
_ADVICE_BEFORE = re.compile(r"(?:例えば|たとえば|[□☐])[ ]?\Z")

# --- an operation told of a person: <part or condition>の手術 with an event after it ------------------------------
# (人工膝関節の手術をされ, 子宮筋腫の手術をされた, 虫垂炎の手術。, 声帯ポリープの手術のため休団, 人工股関節の手術歴あり,
# 心臓の手術したばっかり); an insurance leaflet says 手術を受けた方 or 手術給付金, a hospital's guide 手術の前日
_SURGERY = re.compile(
    r"(" + _KANJI_KATA + r"{2,12}(?:\([^()\n]{1,12}\))?の手術(?:歴(?:あり|がある)?)?)"
    r"(?=を(?:され|し|受け)|し(?:た|て)|歴|の?ため|で(?:入院|休)|[。、 )\n]|$)"
)
_NOT_SURGERY = re.compile(
    r"(?:今回|前回|次回|予定|同様|当日|翌日|前日|日帰り|緊急|通常|一般|保険|給付|対象|必要|簡単|大きな)の手術"
    # (an animal's operation: 愛犬の手術をした — no person's 病歴)
    r"|(?:犬|猫|ペット|ネコ|イヌ|動物)[^の]{0,4}の手術"
)

# --- a crime suffered or committed (犯罪により害を被った事実, 犯罪の経歴) ------------------------------------------
_VICTIM = re.compile(r"被害届(?:を|は[^。\n]{0,8}?)?(?:提出|出し|出す|出して|受理|取り下げる?)")
_CRIME_RECORD = re.compile(
    # (the offence named before it: a club's 遅刻1回につき罰金1万円 is no crime)
    r"(?:" + _KANJI_KATA + r"{1,6}(?:罪)?で)罰金\d+万円"
    r"|前科(?:\([^()\n]{1,10}\))?(?:が|は)?(?:あ(?:る|り)|\d+犯)"
    r"|(?:刑務所|少年院)(?:に(?:い(?:た|る|ました)|入って|服役)|から出所|を出所)"
    r"|(?:万引き|窃盗|暴行|傷害|恐喝|詐欺|飲酒運転)で(?:補導|逮捕|検挙|書類送検|起訴)(?:され(?:た|ている|ました)?)?"
    r"|(?:窃盗|傷害|暴行|詐欺|恐喝|強盗|横領|覚醒剤取締法違反|道路交通法違反)被告事件"
)
# (a denial: 前科なし; a judgment's anonymised 被告人A names no one and fails the person gate; a rule's penalty:
# 違反した者は罰金10万円)
_RULE_BEFORE = re.compile(r"(?:者|場合|とき|時)(?:は|には|に)[^。\n]{0,24}\Z")

# --- domestic violence and the protection given for it ------------------------------------------------------------
_DV = re.compile(
    r"(?:DV|配偶者暴力)等?支援措置の?対象者?(?!に係|に関|について|への|に対|から|とな|の(?:請求|取扱|場合|方))"
    # (its note in brackets, not a labelled one naming the abuser: （加害者からの請求は交付制限）, not （加害者：元夫 …）)
    r"(?:\([^()\n:：]{1,30}\))?"
    r"|(?:(?:元?夫|元?妻|父|母|交際相手|元交際相手|パートナー)(?:から|の)の?)?(?:DV|暴力)(?:\(DV\))?"
    r"(?:を受けて(?:避難|おり|いる|いた)|を受けた|から(?:の)?(?:避難|逃れ))"
    r"(?:、[^、。\n]{0,12}?(?:に|へ)避難(?:中|している|した))?"
)

# --- an aid that only a disability needs, used by a person (障害) --------------------------------------------------
_AID_USE = re.compile(
    r"(?:車いす|車椅子)(?:を)?(?:使用|利用)(?!者|の方|席|可|対応|する方|される方)"
    r"|(?:右|左|両)?(?:脚|足|腕|手)?に義(?:足|手)|(?:右|左|両)(?:眼|目)(?:は|が)?義眼|義眼を(?:使用|装着)"
    r"|(?:人工肛門|ストーマ)(?:\([^()\n]{1,10}\))?を造設"
)

# --- a lifelong treatment received or its device used, said with a verb (透析治療を受けている, 在宅酸素療法の機器を使用
# しています): round 12's lifelong treatments (sensitive_speech._LIFELONG_TREATMENT) as a clause of a person, whose
# subject is a role (届出者が) rather than a kin word or an honorific
_TREATMENT_RECEIVED = re.compile(
    r"(?<!" + _KANJI_KATA + r")(?:(?:人工|血液|腹膜)?透析(?:治療)?|在宅酸素療法(?:の機器)?)"
    r"を(?:受けて|使用して|して)(?:いる|います|おり|いた|いました)"
)

# --- an injury in a medical or accident record (blind13 onwards annotate them; blind6, 8, 9 left them out) ---------
_BODY = r"(?:頭部|頚椎|頸椎|腰椎|胸椎|鎖骨|肋骨|前額部|顔面|(?:右|左)[^\s、。()]{1,6}?)"
_INJURY = re.compile(
    r"(" + _BODY + r"(?:を|に)?(?:骨折|捻挫|打撲|挫傷|脳振盪|熱傷)(?:\((?![^()\n]{0,16}(?:なし|異常))[^()\n]{1,16}\))?"
    r"(?:[・、](?:" + _BODY + r")?(?:骨折|捻挫|打撲|挫傷|脳振盪)(?:\((?![^()\n]{0,16}(?:なし|異常))[^()\n]{1,16}\))?)?)"
    # (a bracket that says no damage is left outside: 頭部打撲・脳振盪（CT異常なし）)
    r"(?=(?:と診断|の傷害|を負い|し|して|させ|で(?:入院|ギプス|通院|手術|全治|救急)|、|。|\((?=[^()\n]{0,16}(?:なし|異常))|\n|$))"
)
# (its predicate, as the batches draw it: …と診断, …を負い救急搬送, 左足を骨折し、)
_INJURY_TAIL = re.compile(r"と診断|を負い(?:救急搬送)?|し(?:て)?(?=、)")

# --- a listed condition as a field's value with its clinical note ------------------------------------------------
# (理由　うつ病（主治医：…）, ご請求事由：右乳がん（浸潤性乳管がん、ステージIIA）, 告知内容：2級 糖尿病（2022年診断、…）):
# the note tells a diagnosis or treatment of this person; a leaflet's 対象となる疾病（がん、…） has no such note
_FIELD_HEAD = re.compile(
    r"(?:[:：「\t][ ]?|[^\s:：]{2,8}[ ]{1,3}|(?:病名|傷病名|診断名|事由|理由|内容|既往歴?|持病|疾患名?)[ ]?)(?:\d級[ ]?)?\Z"
)
_CLINICAL_NOTE = re.compile(
    # (not a definition: がん（上皮内がんを含む）, …（診断確定された場合）)
    r"[ ]?\((?![^()\n]{0,40}(?:含む|除く|場合|等\)|など))[^()\n]{0,30}?(?:診断|治療|主治医|術後|ステージ|stage|通院|服薬|内服|経過観察|発症|寛解|療法|入院|HbA1c|化学療法)[^()\n]{0,40}\)"
)
# (a note naming the doctor or the hospital stays outside: うつ病（主治医：…クリニック 柴田 智 医師）)
_NOTE_NAMES = re.compile(r"主治医|医師|病院|クリニック|医院|先生")


# --- a card or an account used by someone else: the holder is a crime's victim (犯罪により害を被った事実) ---------
# (カードを不正利用される被害に遭い, カード番号が 盗まれて不正に使われた被害, 「…、カードを不正に使われた」と申し出);
# a fraud report's 不正利用のおそれ, a leaflet's 不正利用にご注意ください stay out (no past event, or advice)
_CARD_FRAUD = re.compile(
    r"(?:(?:カード|口座|番号)(?:を|が)[ ]?|盗まれて)(?:盗まれて)?不正(?:に)?(?:利用|使用)(?:され(?:る|た)|した)(?:被害(?:に遭い|に遭った|に遭う)?)?"
    r"|(?:(?:カード|口座|番号)(?:を|が)[ ]?|盗まれて)(?:盗まれて)?不正(?:に)?使われた(?:被害)?"
)

# --- English: a listed condition in a file about a named person (Notes: Type 1 diabetes, …; my wife has a heart
# condition; is in hospital with kidney disease), not a class or a topic (people with type 2 diabetes who …)
_EN_WEAK = re.compile(
    r"(?<![A-Za-z])(?:(?:[Tt]ype [12]|early-stage|early-onset|chronic|severe|mild) )?"
    r"(?:" + _EN_CONDITION_WORD + r"|heart condition|kidney stones?|Guillain[-–]Barr[eé] syndrome)(?![A-Za-z])"
)
_EN_CLASS_BEFORE = re.compile(
    r"(?:[Pp]eople|[Pp]atients|[Tt]hose|[Aa]nyone|[Pp]ersons|[Cc]hildren|[Aa]dults|[Rr]isk|[Pp]revent|such as|[Ii]ncluding|e\.g\."
    r"|\b[Ii]f |[Ss]ymptoms|[Ii]nformation|[Aa]bout|[Aa]wareness|[Rr]esearch|[Tt]reatment of|[Gg]uide|[Ll]iving with|[Ss]upport for"
    r"|[Ww]hat is|[Ss]creening|[Cc]onference|[Ss]eminar|[Ll]ecture|[Ss]tudy|[Ww]orkshop|[Ww]ebinar|[Ss]ession|[Tt]alk on"
    r"|[Cc]ampaign|[Dd]ay)[^.\n]{0,40}\Z"
)
_EN_CLASS_AFTER = re.compile(
    r"[ ]?(?:patients|awareness|research|association|foundation|society|clinic|cent(?:er|re)|ward|month|day|week|risk|prevention"
    r"|screening|education|program|programme|medication|medicine|drugs?|treatment options|care unit|who |can |may |is a |are "
    r"|test|insurance|policy|cover|benefit|vaccin)"
)


def _advice(text: str, start: int, end: int) -> bool:
    return bool(_ADVICE_AFTER.match(text, end)) or bool(_ADVICE_BEFORE.search(text, max(0, start - 6), start))


def _surgeries(text: str) -> Iterable[tuple[int, int]]:
    for m in _SURGERY.finditer(text):
        start, end = m.span(1)
        t = _TIME_HEAD.match(text, start)
        if t and t.end() < end - 4:
            start = t.end()
        if _NOT_SURGERY.search(text, start, end):
            continue
        if text.startswith("歴", end) and not text.startswith("あり", end + 1):
            continue
        yield start, end


def _injuries(text: str) -> Iterable[tuple[int, int]]:
    for m in _INJURY.finditer(text):
        if text.startswith("なし", m.end(1)) or text.startswith("等", m.end(1)):
            continue
        start, end = m.span(1)
        tail = _INJURY_TAIL.match(text, end)
        yield start, tail.end() if tail else end


def _field_notes(text: str, conds: Iterable[tuple[int, int]]) -> Iterable[tuple[int, int]]:
    for start, end in conds:
        note = _CLINICAL_NOTE.match(text, end)
        if note is None:
            continue
        start = condition_name_start(text, start)
        line = text.rfind("\n", 0, start) + 1
        if not _FIELD_HEAD.search(text, max(line, start - 12), start):
            continue
        yield start, (end if _NOTE_NAMES.search(text, end, note.end()) else note.end())


_LATIN_SENTENCE = re.compile(r"[a-z] [a-z]")
# (the condition to its predicate: has a heart condition, is in hospital with kidney disease; … diagnosed in August,
# Type 1 diabetes; carries insulin pens)
_EN_PRED_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:(?:has|have|had) (?:an? )?|is in hospital with |hospitali[sz]ed (?:for [a-z ]{1,20} )?with )\Z"
)
_EN_PRED_AFTER = re.compile(
    r" diagnosed in (?:[A-Z][a-z]+|\d{4})(?: \d{4})?|(?: and use|[;,] uses|[;,] carries|[;,] wears) (?:an? )?insulin (?:pump|pens?)"
)
_EN_BARE = frozenset({"disease", "diseases", "disorder", "disorders", "syndrome", "Disease", "Disorder", "Syndrome"})
# (words with an everyday sense: only with a person's predicate before — had a stroke, has depression)
_EN_AMBIGUOUS = frozenset({"stroke", "Stroke", "depression", "Depression", "cancer", "Cancer", "AIDS", "gout", "obesity"})
_EN_LEAD = re.compile(r"(?:(?:with|a|an|the|has|have|had|of|for|from|and|his|her|my|their) )+", re.IGNORECASE)


def _english(text: str) -> Iterable[tuple[int, int]]:
    for m in _EN_WEAK.finditer(text):
        start, end = m.span()
        if _EN_CLASS_BEFORE.search(text, max(0, start - 60), start) or _EN_CLASS_AFTER.match(text, end):
            continue
        lead = _EN_LEAD.match(text, start, end)  # (with kidney disease → kidney disease)
        if lead:
            start = lead.end()
        word = text[start:end]
        if word in _EN_BARE:  # (the disease, a disorder: no name)
            continue
        pred = _EN_PRED_BEFORE.search(text, max(0, start - 40), start)
        if word in _EN_AMBIGUOUS and pred is None:  # (a stroke of luck, the Great Depression, Cancer the sign)
            continue
        if pred:
            start = pred.start()
        after = _EN_PRED_AFTER.match(text, end)
        if after:
            end = after.end()
        if text[start - 1 : start] == "抗" and text.startswith("薬", end):  # (抗HIV薬: the drug names the condition)
            start, end = start - 1, end + 1
        yield start, end


def flag_events(text: str, conds: Iterable[tuple[int, int]]) -> Iterable[tuple[int, int]]:
    """Weak evidence for the per-file flag: (start, end) of an operation, a crime, DV, an aid's use, an injury or a
    field's condition with its clinical note, not in advice or a class's sentence."""
    found: list[tuple[int, int]] = []
    if "手術" in text:
        found.extend(_surgeries(text))
    if "被害届" in text:
        found.extend(m.span() for m in _VICTIM.finditer(text))
    if "罰金" in text or "前科" in text or "刑務所" in text or "少年院" in text or "被告事件" in text or "で補導" in text \
            or "で逮捕" in text or "で検挙" in text:
        found.extend(m.span() for m in _CRIME_RECORD.finditer(text)
                     if not _RULE_BEFORE.search(text, max(0, m.start() - 30), m.start()))
    if "DV" in text or "暴力" in text:
        found.extend(m.span() for m in _DV.finditer(text))
    if "車" in text or "義" in text or "造設" in text:
        found.extend(m.span() for m in _AID_USE.finditer(text))
    if "透析" in text or "酸素療法" in text:
        found.extend(m.span() for m in _TREATMENT_RECEIVED.finditer(text))
    if "骨折" in text or "捻挫" in text or "打撲" in text or "挫傷" in text or "脳振盪" in text or "熱傷" in text:
        found.extend(_injuries(text))
    if "(" in text:
        found.extend(_field_notes(text, conds))
    if "不正" in text:
        for m in _CARD_FRAUD.finditer(text):
            stolen = text.find("盗まれて", m.start(), m.end())
            found.append((stolen if stolen > 0 else m.start(), m.end()))
    if _LATIN_SENTENCE.search(text):
        found.extend(_english(text))
    for start, end in found:
        if not _advice(text, start, end):
            yield start, end


__all__ = ["flag_events"]
