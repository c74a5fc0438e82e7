"""要配慮個人情報 phrases (個人情報保護法第2条第3項; 施行令第2条): a condition or event *about a person*.

A category word alone (病歴, 犯罪の経歴 — as in the law's own text) is not a finding: we need a concrete
condition with a predicate (糖尿病の治療中, うつ病と診断された) or a personal event (前科がある, 逮捕された,
身体障害者手帳2級を所持). The span is the revealing phrase.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from importlib import resources

from hogo.scan.document import Document
from hogo.scan.recognizers.base import Candidate, Recognizer
from hogo.scan.types import PiiType

CONDITIONS: tuple[str, ...] = tuple(
    line.strip()
    for line in resources.files("hogo.scan.data").joinpath("sensitive_conditions.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
)
_COND = r"(?:[12]型)?(?:" + "|".join(sorted(map(re.escape, CONDITIONS), key=len, reverse=True)) + ")"
_PRED = (
    r"(?:の|で|により|による|のため)?[ ]?(?:治療中|通院中|入院中|服薬中|療養中|加療中|闘病中|投薬中|リハビリ中|経過観察中)"
    r"|と診断され(?:た|ている|ました)|と診断|の診断を受け(?:た|ている|ました)"
    r"|の既往歴が?あ(?:る|り)|の既往が?あ(?:る|り)|の既往歴|の病歴があ(?:る|り)"
    r"|を患って(?:いる|います|おり)|を患う|を発症し(?:た|ている|ました)|を発症"
    r"|で入院し(?:た|ている|ました)|で入院|で手術を受け(?:た|ました)|で休職中|で休職し(?:た|ている)|のため休職"
    r"|があ(?:る|ります)|あり|を抱えて(?:いる|います)|を持って(?:いる|います)|で障害年金を受給"
    r"|の後遺症(?:で[^。\n、]{0,12}?)?(?:がある|があります|が残っている|が残る)"
    r"|で(?:通院|治療|療養|服薬|入院|休養)して(?:いる|います|おり)|の治療を受けて(?:いる|います|おり)|の手術を受け(?:た|ました)"
    r"|に罹患し(?:た|ている|ています|ており)|の持病があ(?:る|り)|の症状があ(?:る|り)|を患っており|が悪化し(?:た|ている|ており)"
)
_TREATMENT = (
    r"(?:人工透析|透析|抗がん剤治療|化学療法|放射線治療|インスリン注射|精神科への通院|カウンセリング)"
    r"を受けて(?:いる|います|おり)"
)
_MEDICAL_LABEL = r"(?<=(?:病名|診断名|傷病名|障害名|既往歴|治療中の病気|持病|疾患名)[:：])[ ]?"
_SENSITIVE = re.compile(
    rf"(?:{_COND})(?:{_PRED})|{_TREATMENT}"
    # a condition that is the reason for something happening to a person (認知症のため、離設しかけた)
    rf"|(?<=[がは])(?:{_COND})(?=のため|により|が原因で)"
    r"|前科(?:が|\d+犯)?あ(?:る|り)|前科\d+犯|前歴があ(?:る|り)|逮捕歴があ(?:る|り)|逮捕歴あり|犯罪歴があ(?:る|り)"
    r"|(?:窃盗|傷害|詐欺|暴行|横領|覚醒剤取締法違反|道路交通法違反|恐喝|強盗)(?:の疑い|容疑)?で逮捕(?:された|され|歴)"
    r"|逮捕され(?:た|ている|ました)|服役(?:した|していた|中)|服役歴があ(?:る|り)|刑務所に(?:服役|収監)|執行猶予中|保護観察中"
    r"|有罪判決を受け(?:た|ている|ました)|懲役\d+年(?:\d+月)?の(?:実刑)?判決を受け(?:た|ました)|罰金刑を受け(?:た|ました)"
    r"|起訴され(?:た|ました)|書類送検され(?:た|ました)|少年院に送致され(?:た|ました)"
    r"|(?:犯罪|暴行|傷害|性犯罪|詐欺|窃盗|ストーカー)(?:事件)?の被害者(?:である|です|となった|になった)|被害届を(?:提出し|出し)(?:た|ました|ている)"
    r"|(?:犯罪|性犯罪|詐欺|ストーカー|DV|ドメスティック・バイオレンス|虐待)(?:の)?被害(?:に遭った|を受けた|に遭って(?:いる|います)?|を受けて(?:いる|います)?|者である)"
    r"|(?:身体障害者手帳|精神障害者保健福祉手帳|療育手帳|障害者手帳)(?:\s?\(?[一二三四五六1-6A-B]\d?(?:級|度)?\)?)?(?:を所持|を取得|の交付を受け|所持|保有|あり)"
    r"|(?:身体|知的|精神|聴覚|視覚|肢体|内部|発達)(?:障害|障がい)があ(?:る|ります)|(?:車いす|車椅子)を使用(?:している|しています)"
    r"|(?:身体|知的|精神|聴覚|視覚|発達)障害者(?:である|です)"
    r"|(?:創価学会|エホバの証人|天理教|立正佼成会|幸福の科学|統一教会|キリスト教|イスラム教|仏教|ユダヤ教|ヒンドゥー教|浄土真宗|カトリック|プロテスタント)"
    r"(?:の)?(?:信者|信徒|会員|を信仰|に入信|を信じて)(?:である|です|している|しています)?"
    r"|(?:アイヌ|在日韓国人|在日朝鮮人|被差別部落)(?:の)?(?:出身|民族)(?:である|です)?"
)


# a medical field (傷病名 2型糖尿病、慢性腎臓病): every condition listed in its value is a finding
_MEDICAL_FIELD = re.compile(r"(?:傷病名|病名|診断名|障害名|既往歴|既往症|治療中の病気|持病|疾患名|主病名|現病歴)[ \t]*[:：]?[ \t]*([^\n]{1,80})")
_CONDITION = re.compile(rf"(?<![㐀-䶿一-鿿豈-﫿ァ-ヶ]){_COND}(?![㐀-䶿一-鿿豈-﫿ァ-ヶ])")


class SensitiveRecognizer(Recognizer):
    name = "sensitive"
    types = frozenset({PiiType.SENSITIVE})

    def analyze(self, doc: Document) -> Iterable[Candidate]:
        text = doc.text
        for m in _SENSITIVE.finditer(text):
            yield Candidate(m.start(), m.end(), PiiType.SENSITIVE, 0.8, self.name, True)
        for field in _MEDICAL_FIELD.finditer(text):
            for c in _CONDITION.finditer(text, field.start(1), field.end(1)):
                yield Candidate(c.start(), c.end(), PiiType.SENSITIVE, 0.75, self.name, True)
