"""要配慮個人情報 phrases (個人情報保護法第2条第3項; 施行令第2条): a condition or event *about a person*.

A category word alone (病歴, 犯罪の経歴 — as in the law's own text) is not a finding: we need a concrete
condition with a predicate (糖尿病の治療中, うつ病と診断された) or a personal event (前科がある, 逮捕された,
身体障害者手帳2級を所持). The span is the revealing phrase.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from importlib import resources

import ahocorasick

from hogo.scan.document import Document
from hogo.scan.recognizers.base import Candidate, Recognizer, WordGated, _first_chars, _gated, words_gate
from hogo.scan.types import PiiType

CONDITIONS: tuple[str, ...] = tuple(
    line.strip()
    for line in resources.files("hogo.scan.data").joinpath("sensitive_conditions.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
)
_COND_LIST = r"(?:(?:[12]|(?<![A-Za-z])I{1,2})型)?(?:" + "|".join(sorted(map(re.escape, CONDITIONS), key=len, reverse=True)) + ")"
# A condition the list does not hold, recognised by the way Japanese disease names are formed: a kanji/katakana
# word ending in a disease head (肺炎, 心房細動, 胃潰瘍, 脳出血, 慢性心不全, アルツハイマー型認知症). It only counts with
# a predicate about a person or in a medical field, so 障害 (システム障害) is left to the explicit disability patterns.
_DISEASE_HEAD = (
    r"病|症|炎|がん|癌|腫瘍|肉腫|腫|不全|梗塞|出血|潰瘍|細動|骨折|ヘルニア|麻痺|まひ|狭窄|硬化|結石|感染|中毒|"
    r"疾患|ウイルス感染|失調|欠損|変性|脱臼|損傷|発作|貧血|結核|肝炎|喘息|内障|けいれん|痙攣|"
    # (round 8: a syndrome, an allergy, an aneurysm, a polyp, a dystrophy — 〜症候群 ends in 群, not in 症)
    r"症候群|アレルギー|動脈瘤|瘤|ポリープ|ジストロフィー|ヘルニア|結石"
)
_WORD = r"[㐀-䶿一-鿿豈-﫿ァ-ヶー]"
# a word starts after a non-word character or after a leading time word (昨年肺炎と診断 → 肺炎)
_WORD_START = (
    r"(?:(?<![㐀-䶿一-鿿豈-﫿ァ-ヶー])|"
    + "|".join(f"(?<={w})" for w in ("昨年", "去年", "今年", "先月", "今月", "本日", "現在", "以前", "過去", "長年", "先日", "当時", "同年", "最近", "年前", "歳時"))
    + ")"
)
_TIME_WORD = r"(?!昨年|去年|今年|先月|今月|本日|現在|以前|過去|長年|先日|当時|同年|最近|年前|歳時)"
# (a head of round 8 alone is no name: そばアレルギー is, アレルギー is not)
_BARE_HEAD = rf"(?!(?:症候群|アレルギー|動脈瘤|瘤|ポリープ|ジストロフィー|ヘルニア|結石)(?!{_WORD}))"
_COND_MORPH = rf"(?:(?<![A-Za-z])[A-E]型|{_WORD_START}){_TIME_WORD}{_BARE_HEAD}{_WORD}{{0,10}}?(?:{_DISEASE_HEAD})"
_COND = _COND_LIST


def _en_word(name: str) -> str:
    """A regex for an English condition name: an all-capital abbreviation as written (HIV — not "aids" of hearing
    aids), any other name with its first letter in either case (Diabetes, diabetes) and the rest as written."""
    if not any(ch.islower() for ch in name) or not name[0].isalpha():
        return re.escape(name)
    return f"[{name[0].upper()}{name[0].lower()}]" + re.escape(name[1:])


CONDITIONS_EN: tuple[str, ...] = tuple(
    line.strip()
    for line in resources.files("hogo.scan.data").joinpath("sensitive_conditions_en.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
)
_EN_LEXICON = "(?:" + "|".join(_en_word(n) for n in sorted(CONDITIONS_EN, key=len, reverse=True)) + ")"
AIDS: tuple[str, ...] = tuple(
    line.strip()
    for line in resources.files("hogo.scan.data").joinpath("sensitive_aids.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
)
_AID = "(?:" + "|".join(sorted(map(re.escape, AIDS), key=len, reverse=True)) + ")"
_PRED = (
    r"(?:の|で|により|による|のため)?[ ]?(?!\S{0,6}中の?(?:方|人|者|患者))(?:(?:注射|点滴|薬物|外来|在宅|抗がん剤|放射線|ホルモン)?治療中|通院中|入院中|服薬中|療養中|加療中|闘病中|投薬中|リハビリ中|経過観察中)"
    r"|と診断され(?:た|ている|ています|ました|(?=、))|と診断|の診断を受け(?:た|ている|ています|ました)"
    r"|の既往歴?が?あ(?:る|り)|の既往歴?(?!歴|の?有無|を(?:問|確認す|聞)|その他|等|など|に関|について|を理由)|の病歴があ(?:る|り)"
    r"|を患って(?:いる|います|おり)|を患う|を発症し[^。\n、]{0,12}?(?:麻痺|まひ|しびれ|障害|後遺症)が(?:残(?:る|り|って(?:いる|います|おり))|あ(?:る|り))|を発症し(?:た|ている|ました)|を発症"
    r"|(?:の(?:手術|治療|検査))?で入院(?!(?:し(?:た|ている))?場合)(?:・手術|し(?:た|ている|ていた|ました))?|で(?:\d+|数)回(?:目の)?入院|(?:による|のための)入院(?!患者|者|数|率|件|費|期間|日数|の(?:割合|件数)|[^。\n、]{0,6}の?有無)|で手術を受け(?:た|ました|られ(?:ます|る|た|ました)(?!方|人|者|場合|際))|で休職中|で休職し(?:た|ている)|のため休職"
    r"|があ(?:る|ります)|があり(?!ま)|があって(?!も)|あり|を抱えて(?:いる|います)|を抱え(?:ており|ながら)|を持って(?:いる|います)|で障害年金を受給"
    r"|の後遺症(?:で[^。\n、]{0,12}?)?(?:がある|があります|が残っている|が残る)"
    r"|の後遺症で(?:車いす|車椅子|杖|白杖|補聴器|装具|歩行器)を(?:使用|利用)(?:して(?:いる|います|おり)|中)?"
    r"|で(?:通院|治療|療養|服薬|入院|休養)して(?:いる|います|おり)|の治療を受けて(?:いる|います|おり)|の手術を受け(?:た|ました|られ(?:ます|る|た|ました)(?!方|人|者|場合|際)"
    # (round 9: … before a clause telling its follow-up: 胃がんの手術を受け、半年ごとに検診; not advice: …を受けることが大切)
    r"|(?=、[^。\n]{0,16}?(?:検診|定期検査|経過観察|通院|服薬)(?![^。\n]{0,6}(?:こと|大切|必要|ましょう|人|方|者))))"
    r"|で倒れ(?!(?:た|る)(?:人|患者|方|者|場合|とき|時))(?:て?(?:休職中|入院中|療養中)|て(?:から|以来)[^。\n、]{0,10}?(?:が不自由|不自由|に麻痺|の麻痺|が動かない|が残る)|た|ました|る)?|を指摘され(?:た|ました|ている)|が見つか(?:った|りました|り)|が判明し(?:た|ました)"
    r"|を再発し(?:た|ました)|が再発し(?:た|ました)|の疑いで(?:入院|受診|検査)|で受診し(?:た|ました)|で通院(?:している|しています|中)"
    r"|に罹患し(?:た|ている|ています|ており)|を患(?:われ|い|って(?:いる|います|おり)?|った)(?!人|方|者|場合)|の持病(?:(?=があ(?:る|り))(?!があり(?:服薬|通院|治療|内服))|があり|あり)|"
    # said or suspected by a doctor (うつ病が疑われます, 白内障と言われた, ADHDって診断されてて)
    r"が疑われ(?:る|ます|た|ました)|と言われ(?:た|ました|ている|ています)|の診断が?あ(?:る|り)|の診断で(?=\d|入院|通院|利用|休職|休学|紹介|受診|障害年金|休業)"
    r"|(?:って|と)診断されて(?:て|いる|います|おり)?"
    r"|(?:で|により|による|のため)(?:\d+(?:年|か月|ヶ月|カ月|月|週間|日間|日)(?:から|に|間|ほど)?){0,3}(?:病気)?(?:休職|休学|休業)"
    r"(?:中|し(?:た|ている|ています|ており|ました))?"
    r"|の手術(?:をし|し)(?:た|て|ました)|の手術明け|の?治療のため(?!の|入院|通院|休職|休学|休業|退職|に(?:必要|要)|[^。\n、]{0,6}?(?:場合|人|方|者))"
    # a procedure done for it (狭心症でバイパス手術, 胆石で胆嚢摘出術を施行) and a stay with its time (…で昨年2週間入院した)
    r"|で(?:[㐀-䶿一-鿿豈-﫿ァ-ヶー]{1,8}(?:留置|摘出術|切除術|全摘術|置換術|手術))(?:を(?:施行|受け(?:た|ました)))?(?!(?:を受け|をす|する|した|を行う)?(?:る|れば)?(?:場合|人|方|者|患者|費用))"
    r"|で(?:\d+(?:年|か月|ヶ月|カ月|週間)前に)?(?:\d+(?:年|か月|ヶ月|カ月|週間|日間|日))入院し(?:た|ました|ている)|の?(?:手術|術)後(?:の(?:経過観察中|療養中|リハビリ中|定期検査中|経過観察)|(?=の?ため|で(?:休|療|通)|\)))"
    # (a treatment closing a bracket or followed by its dated period; in articles it heads a topic: がんの手術（外科療法）)
    r"|の(?:手術|化学療法|放射線治療|抗がん剤治療|治療|透析)(?=\)|\((?:令和|平成|昭和|\d)[^)\n]{0,12}\))"
    r"|の疑い(?:、(?:要)?(?:精密検査|精査|再検査)要?(?=[。\n\t]|\Z)|あり|で(?:入院|受診|検査|紹介)|を指摘され(?:た|ました|ている)?|と言われ(?:た|ました)?|(?=にて|[、。),\n]|$))"
    r"|で(?:就労|歩行|通学|通勤|外出)(?:が)?困難"
    r"|の(?:入院|通院|受診|治療|手術)歴(?:が?あ(?:る|り))?|で手術し(?:た|ました)|と闘病中|と闘って(?:いる|います|おり)"
    r"|で(?:長年|毎日|ずっと|今も)?[^。\n、]{0,10}?(?:薬|剤|ステロイド|軟膏|吸入器|インスリン)を(?:(?:使って|飲んで|塗って|服用して|使用して)(?:いる|います|おり)(?!人|方|者|場合)|(?:服用|内服)(?:中)?(?=[。\n、]|\Z))"
    r"|の薬を(?:服用|内服)(?:中|済み?)(?!の?(?:方|人|者|患者))|治療薬を(?:服用|内服)(?:中|している|しています|しており)|の[^。\n、]{0,3}?(?:お?薬|くすり)を(?:毎日|毎朝|毎晩|ずっと|今も|長年)?(?:飲んで|のんで|服用して|使って|使用して)(?:いる|います|おり)(?!人|方|者|児童|患者|子ども|子供|女性|男性|場合|ケース|割合|数|と(?:思われ|疑われ|み(?:られ|なされ)))"
    r"|で(?:週\d回の?)?(?:人工)?透析(?:に通って(?:いる|います|おり)|を受けて(?:いる|います|おり)|中)|を患い|の治療のため(?:入院|通院|休職|休学|休業|退職)|に感染し(?:た|ている|ています|ており|ました)"
    r"|(?:で|のため)定期(?:通院|受診)中|で(?:通院|服薬|治療|投薬|リハビリ)を(?:続けて|継続して)(?:いる|います|おり)"
    r"|で入退院を繰り返(?:して(?:いる|います|おり)|し)"
    r"|(?:で|のため)(?:食事制限|運動制限|就労制限)(?:があ(?:る|ります|り)|あり)|の治療薬"
    r"|の症状があ(?:る|り)|を患っており|が残存(?!する|し得|の)(?:している)?|が残って(?:いる|います|おり)(?!方|人|者|場合|患者)|が悪化し(?:た|ている|ており)"
    # the legal finding of a guardianship (認知症により判断能力を欠く)
    r"|により(?:判断能力|事理を弁識する能力)(?:を欠く|が(?:著しく)?不十分)"
    # a stroke or an operation "done" in speech (去年脳梗塞をやって、…), only as a finished event or before a clause
    r"|をやっ(?:た|て(?=、)|ています)(?!人|方|者|場合|とき|こと|ら)"
    # (one branch for the three wordings after で, so the engine tries it once at each で)
    r"|(?:の治療)?で(?:"
    # time off for it, said plainly (がんの治療で半年休んでいた)
    r"(?:半年|数(?:年|か月|週間|日)|\d+(?:年|か月|ヶ月|カ月|週間|日間?))?(?:ほど|間|近く)?"
    r"(?:休んで(?:いた|いる|います|いました|おり)|休んだ)"
    # a drug taken for it, named by a katakana drug name (心房細動でワルファリン服用中), and the department seen for it
    # (アルコール依存症で精神科に通院中)
    r"|(?<!治療で)[ァ-ヶー]{3,15}(?:錠|カプセル)?を?(?:服用|内服)(?:中|して(?:いる|います|おり))(?!の?(?:方|人|者|患者))"
    r"|(?<!治療で)[㐀-䶿一-鿿豈-﫿ァ-ヶー]{1,8}(?:科|病院|クリニック|医院)(?:に|へ)(?:通院|入院)(?:中|して(?:いる|います|おり)|した|しました))"
)
_TREATMENT = (
    # round 9b: dialysis as a person's state (母が人工透析中で…, "人工透析中のため電話は午前のみ"); not a class (…中の方)
    r"人工透析中(?=のため|で(?![はも])|[、。\"\n)\t,]|\Z)|"
    r"(?:(?:週|月)\d回(?:の)?)?(?:人工透析|透析|抗がん剤治療|化学療法|放射線治療|インスリン注射|精神科への通院|カウンセリング|不妊治療|ホルモン療法|免疫療法|放射線療法)"
    r"を(?:(?:週|月)\d回|毎週|定期的に)?受けて(?:いる|います|おり)"
    # treatment and medication as events of a person (インスリンを自己注射, 抗うつ薬を服用中, 心療内科に通院中)
    r"|(?:インスリン|抗がん剤|抗うつ薬|抗精神病薬|睡眠薬|抗てんかん薬|抗酒薬|抗HIV薬|向精神薬)を(?:自己)?(?:注射|服用|内服|投与)"
    r"(?:中|している|しています|しており|されている)?"
    r"|(?:インスリン注射|インスリン|人工透析|透析|抗がん剤治療|化学療法|放射線治療)を(?:始め|開始し)(?:た|ました|ている)"
    r"|(?:精神科|心療内科|神経科|精神神経科|メンタルクリニック|透析クリニック|透析施設|緩和ケア病棟|ペインクリニック)"
    r"(?:に|へ|を|\((?=[^)\n]{1,12}\)(?:通院|受診|入院)(?!費|料|の|先))[^)\n]{1,12}\))(?:通院|受診|入院)(?:中|している|しています|しており|した|しました)?"
)
_MEDICAL_LABEL = r"(?<=(?:病名|診断名|傷病名|障害名|既往歴|治療中の病気|持病|疾患名)[:：])[ ]?"
# listed conditions are found with Aho-Corasick (one C pass), then their predicate is matched after them
_PRED_LISTED = (
    # what the condition keeps the person from doing (認知症で家事ができない), progression, telling, an attack
    r"|で[^。\n、]{0,10}?(?:ができない|ができず|できない)(?!人|方|者|場合|ケース|こと|ため)"
    r"|が(?:進行し|進み|進んで)(?:ており|いる|います)?(?![むめ]|場合|と)|(?:の?ステージ[0-9IVⅠ-Ⅳ]+)?と告知され(?!(?:た|ました)?(?:後|とき|時|場合|人|方|患者))(?:た|ました)?"
    # an attack: a finished one is the event (喘息の発作が出た); before a continuing clause (発作が出て…) the attack alone
    r"|の発作(?:が(?:出|起き|起こっ)(?:た|ました)(?![らり])|があ(?:る|り)(?![ま])|(?=が|を|で))|は(?:進行|悪化)し(?:ており|ている|ています|てきた)(?!場合|か|と)"
    # the drug for it as what a person's medicine is (処方薬 — HIV治療薬と本人申告)
    r"|治療薬(?=\)|と(?:本人|の?申告)|であ|を(?:服用|内服))"
    r"|に伴う(?:腹水|胸水|浮腫|むくみ|黄疸|疼痛|痛み|麻痺|しびれ|貧血|発作|嚥下障害|歩行障害|認知機能低下)"
    # (round 8: only after a listed condition — the morphological rule tries _PRED at every の/で/に/と of a text)
    # round 8: a diagnosis given or learnt (発達障害の診断が出た, …の診断を受けていて, 肺がんと分かってから), a death caused
    # by it (膵臓がんにより死亡), a move to care for it (パーキンソン病で施設に入られた), a past treatment (…で治療歴あり)
    r"|に(?:悩んで|苦しんで)(?:いる|います|おり)(?!人|方|者|患者|場合)|の(?:キャリア|保因者)(?:です|である|であり|(?=[、。\n]|\Z))"
    r"|で要(?:治療|精密検査|精査|再検査|医療)(?:と(?:判定|診断)され(?:た|ました))?"
    r"|の診断が出(?:た|ました|て)|の診断を受けていて|と分か(?:った(?!ら)|りました|って(?:から|いる|います)?)"
    r"|(?:により|で)(?:死亡|亡くな(?:った|りました|る))(?!(?:した|する)?(?:場合|人|方|者|患者|数|率|割合))"
    r"|で(?:介護)?(?:施設|老人ホーム|ホーム)に(?:(?:入所|入居)し(?:た|ました)|入(?:られ|っ)た|入りました)"
    r"|で(?:治療|通院|入院|手術)歴(?:が?あ(?:る|り))"
    # (an operation asked after or done, in a chat: 乳がんの手術どうだった？, …の手術、無事終わりました)
    r"|の手術(?=、?(?:どうだった|どうでした|無事|終わった|終わりました|成功した|成功しました))"
    # round 9: a visit with the place seen in between, formal にて, or what the visit is for (関節リウマチにて他院（膠原病
    # 内科）通院中, 慢性腎臓病で他院通院中, 統合失調症で月1回通院し服薬を続けている, 坐骨神経痛で通院のための休暇)
    r"|(?:で|にて)(?!\S{0,12}?(?:通院|受診)中の?(?:方|人|者|患者))[^。\n、]{0,14}?(?:通院|受診)(?:中|して(?:いる|います|おり)"
    r"|し、?[^。\n、]{0,6}?(?:服薬|投薬|治療|リハビリ)を(?:続けて|継続して)(?:いる|います|おり)|(?=のため|の日))"
    # … a treatment named by any word while it goes on (睡眠時無呼吸症候群でCPAP治療中, COPDで在宅酸素療法中)
    r"|(?:で|にて)(?!\S{0,10}?中の?(?:方|人|者|患者))[^。\n、]{1,10}?(?:治療|療法)中"
    # … a treatment or drug used every day (気管支喘息で吸入薬を毎日使っている, 1型糖尿病でインスリンの自己注射をしている)
    r"|で[^。\n、]{0,10}?(?:薬|剤|吸入器|インスリン)を(?:毎日|毎朝|毎晩|ずっと|今も|定期的に)(?:使って|飲んで|服用して|使用して)(?:いる|います|おり)(?!人|方|者|場合)"
    r"|で(?:インスリンの)?(?:自己)?注射を(?:して|打って)(?:いる|います|おり)(?!人|方|者|場合)"
    # … a death from it in other words (肺がんで死去), a paralysis left by it (脊髄損傷で下半身まひ, 脳梗塞後遺症による左片麻痺)
    r"|(?:により|で)(?:死去|逝去|他界)(?:し(?:た|ました))?(?!(?:した|する)?(?:場合|人|方|者|患者|数|率|割合))"
    r"|(?:の)?(?:後遺症)?(?:で|による|により)(?:右|左|両)?(?:下半身|上半身|半身|片|四肢|両下肢|下肢|上肢)(?:まひ|麻痺|不随)"
    # … an operation done, with what was done in brackets or the time since (乳がんの手術（右乳房部分切除）のため, 乳がん術後5年経過)
    r"|の手術\([^)\n]{1,16}\)(?=の?ため|で|を受け)|の?術後\d+(?:年|か月|ヶ月|カ月)(?:経過)?"
    # … a leave with its length (適応障害で3か月の休職)
    r"|で\d+(?:年|か月|ヶ月|カ月|週間|日間?)の(?:休職|休学|休業|療養)"
    # round 10: … the care level it brought (認知症で要介護4)
    r"|で要(?:介護|支援)[1-5](?![0-9])"
    # … a diagnosis still in force (ADHDの診断を受けており, ASDの診断があって)
    r"|の診断を受けており|の診断があって(?!も)"
    # … its regular care, as a record's entry or the reason of a visit (前立腺がんの定期検査で…病院, C型肝炎の定期受診)
    r"|の定期(?:検査|受診|通院|処方|検診)(?=で(?!は|も)|に(?:行|通)|[\t,\"\n)]|\Z)"
    # … an operation behind the person, as a table cell or with the follow-up (心室中隔欠損の術後（激しい運動は相談）,
    # 先天性心疾患（心室中隔欠損）術後、定期通院中)
    r"|の?術後(?:\([^)\n]{1,24}\))?(?:、(?:定期)?(?:通院|受診|経過観察)中|(?=[\t,\n\"]|\Z))"
)
# a bracket note that tells the treatment of the condition before it (てんかん（服薬中）, HIV（服薬でコントロール中）,
# 軽度の難聴（右耳、補聴器使用）): a person's condition wherever it stands; a note about who (…の方) is a leaflet's,
# and a dated note stays outside as in medical fields (乳がん（2015年手術） → 乳がん)
_TREATED_NOTE = re.compile(
    r"\((?![^)\n]*(?:方|人|者|場合|など|等|例|年|歳|ガイド|指針|基づ))(?=[^)\n]{0,14}(?:服薬|投薬|内服|通院|治療|術後|手術|使用|装着|コントロール|預かり|経過観察|服用))[^)\n]{1,20}\)"
)
_PRED_RE = re.compile(_PRED + _PRED_LISTED)
# progression of a listed condition, only after a possessor, a label or a list separator (母の認知症の進行,
# 検討事項：パーキンソン病の進行に伴い); at a sentence start it is an article's topic (認知症の進行により、…)
_PROGRESS = re.compile(r"の(?:進行|悪化|再発)(?=に伴|により|のため|で|[、。)\n]|\Z)")
_OWNER_BEFORE = frozenset("：:はがの、,\t")
# a listed condition may be the head of a compound (てんかん発作, HIV陽性) before its note and predicate
_TAIL = re.compile(rf"陽性|{_WORD}{{0,4}}?(?:{_DISEASE_HEAD})")

_JOIN = re.compile(r"(?:(?:され|して|し|として|であり)、?|(?:(?<=され)|(?<=して)|(?<=であり)|(?<=し))、)(?:現在|今も|以来|その後)?[ ]?")
_CONSEQ = re.compile(r"[^。\n、「」()]{0,8}?(?:服薬|通院|白杖|車椅子|車いす|補聴器|装具|透析|インスリン|人工呼吸器|吸入器|吸入薬)"
                     r"[^。\n、「」()]{0,12}?(?:できている|している|しています|しており|を使用|を継続|を持参|を携帯|中)(?![^。\n、]{0,2}(?:人|方|者|場合))")
# (round 12: … and an operation whose verb comes after a time, 乳がんの手術を1月に受けるため: the time and the verb outside)
_EVENT_AFTER = re.compile(
    r"の(?:手術|通院|治療|お?薬|入院|術後)(?:歴|明け)?(?=が続|で(?![はもき])|でした|です|のため(?!の)|中|、|。|\)"
    r"|を(?:\d{1,2}月|来月|今月|来週|年内|月末)[にの]?(?:受け|する|します))"
)
_VALUE_OPENING = re.compile(r"(?:=\"|[:：][ ]?\"?|^\")\Z", re.M)
_ITEM_END = re.compile(r"(\([^()\n]{1,12}\))?[、。]")
# (only under a label of a note about the person — a memo, a remark, a record's check —: a title, a theme or a
# newsletter's heading opening with a condition, 特集：認知症、家族ができること, names no one)
_NOTE_LABEL = re.compile(
    r"(?<![A-Za-z])(?:memo|note|notes|remarks?|comments?|description|[Mm]emo|[Nn]otes?|MEMO|NOTE|DESCRIPTION|Description|Remarks?"
    r"|備考|メモ|特記事項?|申し送り|連絡事項|所見|経過|現況|近況|[㐀-䶿一-鿿豈-﫿]{0,4}確認)\"?[ ]?\Z"
)
_REASON_AFTER = re.compile(r"のため|により|が原因で")
_RELATIVE_AFTER = re.compile(r"の(?:夫|妻|母|父|息子|娘|長男|長女|次男|次女|祖母|祖父|義母|義父|兄|姉|弟|妹)(?![㐀-䶿一-鿿豈-﫿ァ-ヶー])(?!(?:を持つ|のいる|がいる)(?:人|方|家族|世帯))")
_SENSITIVE = _gated(
    rf"{_TREATMENT}"
    r"|前科(?:\d+犯)?が?あ(?:る|り)|前科\d+犯|(?:(?:罰金刑|懲役刑|禁錮刑|同種|窃盗|暴行|傷害)の)?前歴があ(?:る|り)|執行猶予(?:付き)?(?:の)?判決を受け(?:た|ている|ています|ました)(?!人|方|者|場合)|逮捕歴があ(?:る|り)|逮捕歴あり|犯罪歴があ(?:る|り)"
    r"|(?:窃盗|傷害|詐欺|暴行|横領|覚醒剤取締法違反|道路交通法違反|恐喝|強盗)(?:事件)?(?:の疑い|容疑)?で(?:現行犯|緊急)?逮捕(?:された|され|歴|(?=[\n。]|\Z))"
    r"|(?:少年院|刑務所)を(?:仮)?(?:退院|出所)し(?:た|ました|、(?:現在)?保護観察中)?"
    # violence suffered from someone close (夫からの暴力（DV）を受けている)
    r"|(?:(?:夫|妻|元夫|元妻|交際相手|配偶者|パートナー|父|母|親)から(?:の)?(?:継続的に|日常的に|繰り返し|長年)?)?(?:暴力|DV|虐待)(?:[ ]?\((?:DV)\))?を受け(?:て(?:いる|います|いた|おり)|た|ました)(?!人|方|者|児童|患者|子ども|子供|女性|男性|場合|ケース|割合|数|と(?:思われ|疑われ|み(?:られ|なされ)))"
    r"|逮捕され(?:た|ている|ました)(?!場合|人|者|方|ケース|とき|時|件数|業者|会社|法人)|服役(?:した|していた|中)|服役歴があ(?:る|り)|刑務所に(?:服役|収監)|執行猶予中|保護観察中"
    r"|有罪判決を受け(?:た|ている|ました)(?!とき|時|場合|者|人|方|ことがあ)|懲役\d+年(?:\d+(?:か|ヶ|カ)?月)?(?:、?執行猶予\d+年)?の(?:実刑)?判決を受け(?:た|ました)|補導され(?:た|ました)|罰金刑を受け(?:た|ました)(?!人|者|方|場合|とき|時)"
    r"|仮釈放(?:中|され(?:た|ました))|保護観察処分(?:を受け(?:た|ました|ている)|となっ(?:た|ている))"
    r"|少年鑑別所に(?:送致|入所)(?:され)?(?:た|ました)"
    r"|(?:起訴|書類送検)され(?:た|ました)(?!場合|人|者|方|業者|会社|法人|事業者|件数)|少年院に送致され(?:た|ました)"
    r"|(?:犯罪|暴行|傷害|性犯罪|詐欺|窃盗|ストーカー)(?:事件)?の被害者(?:である|です|となった|になった)|被害届を(?:提出し|出し)(?:た|ました|ている)"
    r"|(?:犯罪|性犯罪|詐欺|ストーカー|DV|ドメスティック・バイオレンス|虐待)(?:の)?被害(?:に遭った|を受けた|に遭って(?:いる|います)?|を受けて(?:いる|います)?|者である)"
    # a disability certificate with its grade: the grade itself reveals the disability (療育手帳A, 身体障害者手帳1級（下肢）)
    r"|(?:身体障害者手帳|精神障害者保健福祉手帳|療育手帳|障害者手帳)[ ]?(?P<tb>\((?=[^)\n]{1,5}\)))?(?:[1-6]種)?(?:[1-6]級|[一二三四五六]級|[AB][12]?(?![A-Za-z0-9]))(?(tb)\))(?:\([^)\n]{1,12}\)(?![ ]?(?:を|の交付|所持|保有))|(?![ ]?(?:\(|を|の交付|所持|保有|あり|相当|以上|以下|から|[〜~-]|の(?:方|人|者))))"
    r"|(?:身体障害者手帳|精神障害者保健福祉手帳|療育手帳|障害者手帳)(?:\s?\(?(?:身体|精神|療育)?[一二三四五六1-6A-B]\d?(?:級|度)?\)?)?[ ]?(?:を\s?所持|を\s?取得|の交付を受け|を持って(?:いる|います|おり)|所持|保有|あり)(?!て?(?:いる|いない|た)?(?:人|方|者|場合|世帯|こと))"
    r"|(?:右|左|両)?(?:身体|知的|精神|聴覚|視覚|肢体|内部|発達|言語|学習|高次脳機能|肢体不自由|上肢|下肢|体幹|音声|嚥下|歩行"
    r"|平衡機能|咀嚼|心臓機能|腎臓機能|呼吸器機能|肝臓機能|免疫機能|上肢機能|下肢機能|体幹機能)(?:障害|障がい)(?:があ(?:る|ります|り)|を(?:抱え|持っ)て(?:いる|います|おり))|(?:車いす|車椅子)を使用(?:している|しています)"
    r"|(?:身体|知的|精神|聴覚|視覚|発達)障害者(?:である|です)"
    # a disability named with a bracket note of its kind or certificate (聴覚障害（両耳 感音性難聴、身体障害者手帳2級）)
    r"|(?:右|左|両)?(?:身体|知的|精神|聴覚|視覚|肢体不自由|上肢|下肢|体幹|言語|発達)(?:障害|障がい)\((?=[^)\n]{0,20}(?:手帳|[1-6一二三四五六]級|難聴|麻痺|欠損|弱視|失明|全盲))[^)\n]{1,30}\)"
    # the 障害者控除 class of a tax form with its certificate note (一般障害者（療育手帳B2を所持）)
    r"|(?:(?<=[:：])|(?<=[:：] )|(?<=[,\t]))(?:同居)?(?:一般|特別)障害者(?:\([^)\n]{1,20}\))?(?=[\s,、。]|\Z)"
    # (round 9: … also after a label without a colon, when the bracket says whose it is: 障害者の区分　一般障害者（本人）)
    r"|(?:同居)?(?:一般|特別)障害者\((?:本人|配偶者|同一生計配偶者|扶養親族)[^)\n]{0,8}\)(?=[\s,、。]|\Z)"
    # (round 12: … and the deduction with its class or certificate in its bracket: 障害者控除（特別障害者・精神1級）)
    r"|障害者控除\((?=[^)\n]{0,16}?(?:一般障害者|特別障害者|手帳|[1-6一二三四五六]級))[^)\n]{1,24}\)"
    r"|(?:創価学会|エホバの証人|天理教|立正佼成会|幸福の科学|統一教会|キリスト教|イスラム教|仏教|ユダヤ教|ヒンドゥー教|浄土真宗|カトリック|プロテスタント)"
    r"(?:の)?(?:信者|信徒|会員|員(?=であ|です)|を信仰|に入信|を信じて)(?:であり|である|です|している|しています)?"
    # an origin with its generation (在日コリアン二世)
    r"|(?:在日韓国人|在日朝鮮人|在日コリアン|在日韓国・朝鮮人)[一二三四1-4]世(?:であ(?:る|り)|です)?"
    r"|(?:アイヌ(?:民族)?|在日韓国人|在日朝鮮人|在日コリアン|被差別部落)(?:[一二三四]世)?(?:の)?(?:出身)?(?:であ(?:る|り)|です)"
    # (an origin named as a topic, アイヌ民族の文化, is no one's: the bare word counts only as a person's note)
    r"|(?:アイヌ|在日韓国人|在日朝鮮人|被差別部落)(?:の)?(?:出身|民族)(?:である|です|(?=[、,)]|\Z))"
    # a believer named by the faith, with a predicate (ムスリムなので), or a member of a congregation (当教会の信徒)
    r"|(?:ムスリム|クリスチャン)(?:なので|であり|です|である|だから)"
    # … or as the reason for what a table cell asks (ムスリムのためハラール食), and a devout believer (熱心なクリスチャン)
    r"|(?:ムスリム|クリスチャン)のため(?!の)(?:[^\s|,、。]{1,12}(?=[ ]?[|,\t\n]|\Z))?"
    r"|(?<=[|,\t\n:：])(?:イスラム教|ユダヤ教|ヒンドゥー教|ヒンズー教|仏教|キリスト教)(?:徒)?のため(?!の)[^\s|,、。]{1,12}(?=[ ]?[|,\t\n]|\Z)"
    r"|(?:熱心な|敬虔な)(?:クリスチャン|ムスリム|カトリック(?:信者|教徒)?|仏教徒|キリスト教徒|イスラム教徒)(?!が多|の多|たち|ら|向け|の方)"
    # round 10: a faith named in brackets as the reason of a restriction or a service (宗教上の理由(イスラム教)で豚肉除去,
    # ハラール対応(イスラム教)); the reason without its faith (宗教上の理由で) names none
    r"|(?:(?:宗教|信仰)上の理由|宗教上|(?:ハラール|ハラル|コーシャー?)(?:対応|食)?)\((?:イスラム教|ユダヤ教|ヒンドゥー教|ヒンズー教|仏教|キリスト教|カトリック|プロテスタント|ジャイナ教|シク教|ムスリム|正教会?|[ァ-ヶー]{2,8}教)\)"
    r"(?:で[^、。\n\"()]{1,10}?(?:除去|不可|禁止|抜き|なし|控え))?"
    # attending worship (モスクでの集団礼拝に参加される)
    r"|(?:教会|モスク|寺院)での(?:集団|金曜)?(?:礼拝|ミサ|祈り)に(?:参加|出席)(?:される|されます|されている|している|しています|する|します)(?!人|方|者|場合)"

    r"|(?:当|同|この|その)(?:教会|寺院|寺|モスク|教団|会衆)の(?:信徒|信者|会員|門徒|檀家)(?!(?:は|が)?(?:約|\d)|数|制度|総代|の皆|の方|向け)"
    r"|(?:教会|モスク)(?:(?:の(?:礼拝|ミサ))?に通って|(?:で|に)(?:礼拝|ミサ|お祈り)(?:に通って|して))(?:いる|います|おり)(?!方|人|者|子|場合)"
    # a rite of joining a faith (洗礼を受けます, 受洗しました, 改宗した)
    r"|洗礼を受け(?:ます|ました|た|ている|ています|られ(?:る|ます))(?!方|人|者|場合|際)|受洗(?:します|しました|した)|(?:に|へ)改宗し(?:た|ました|ている)"
    # an origin named as the reason for treatment (「在日韓国人のくせに」): the origin word alone
    r"|(?:在日韓国人|在日朝鮮人|在日コリアン|アイヌ|被差別部落出身)(?=のくせに|なのに|なので|だから|だって|という理由|を理由に)"
    # a regular treatment as an appointment of a person (人工透析の通院, 母の透析の日)
    r"|(?:人工|血液|腹膜)?透析(?:治療)?の(?:通院|日|送迎)(?![㐀-䶿一-鿿豈-﫿ァ-ヶーはにも])"
    # a drug class named by the condition it treats, as the contents of a medicine (薬袋（抗てんかん薬）)
    r"|(?<=\()(?:人工透析|血液透析|腹膜透析|化学療法|抗がん剤治療|放射線治療)(?=\))"
    r"|(?<=\()抗(?:てんかん|うつ|精神病|HIV|がん|認知症|パーキンソン病?)薬(?=\))"
    # a regular treatment with its frequency in brackets (人工透析（週3回）)
    r"|(?:人工透析|血液透析|腹膜透析|透析(?:治療)?|化学療法|抗がん剤治療|放射線治療|インスリン(?:自己)?注射)\((?:週|月|毎|隔週|1日|[月火水木金土日]{2,3}(?=\)))[^)\n]{0,8}\)(?!が必要|を必要)"
    # a life-supporting device used by the person, as a value or a statement (人工呼吸器を使用, 在宅酸素を使用中)
    r"|(?:心臓)?(?:ペースメーカー|人工内耳|人工肛門|ストーマ|胃ろう|胃瘻|在宅酸素)(?:装着|使用|造設)(?:中|済み?)?(?=[ ,、。\n\t)」]|\Z)"
    # round 9: a stay or a treatment with the conditions named in its bracket (入院中（肺炎・心不全）)
    r"|(?:入院中|通院中|療養中|加療中|治療中)\((?=[^)\n]{0,12}?(?:" + "|".join(sorted(map(re.escape, CONDITIONS), key=len, reverse=True)) + r")[・、)])[^)\n]{1,20}\)"
    # round 10: a carrier of a virus named (B型肝炎キャリア): the state is the person's; not a class or a campaign
    r"|(?<![㐀-䶿一-鿿豈-﫿ァ-ヶー])(?:[A-E]型肝炎|HIV|HTLV-1|HTLV-I)(?:ウイルス)?キャリア(?![㐀-䶿一-鿿豈-﫿ァ-ヶー]|の(?:方|人|妊婦|母親)|が(?:多|少)|は(?:約|全国))"
    # round 10: a device named with its bracket note, as a value or a reason (人工肛門(ストーマ)のため…, …人工肛門（オストメイト）<)
    r"|(?:心臓)?(?:ペースメーカー|人工内耳|人工肛門|ストーマ|胃ろう|胃瘻)\([^)\n]{1,8}\)(?=のため(?!の)|[<\"\t\n]|\Z)"
    # round 10: an intractable disease named in its bracket, with the medical-aid status (難病(パーキンソン病)医療受給者)
    rf"|(?:指定|特定)?難病\((?!\d|特定疾患|特定疾病|指定難病|難病)(?=[^)\n]{{0,16}}(?:{_DISEASE_HEAD}|[A-Z]{{2,5}}\)))[^)\n]{{1,20}}\)(?:医療(?:費)?)?(?:受給者|受給中|認定)?"
    # round 10: a care level with the condition or the aid that explains it (要介護2(脳梗塞後遺症), 要介護3、車いす); the
    # level alone (kaigodo=要介護3) is not a condition
    rf"|要(?:介護|支援)[1-5]\((?=[^)\n]{{0,16}}(?:{_DISEASE_HEAD}|後遺症|障害|認知症|てんかん))[^)\n]{{1,20}}\)"
    r"|要介護[1-5][、・](?:車いす|車椅子)(?:使用|利用)?(?![㐀-䶿一-鿿豈-﫿ァ-ヶー])"
    # psychiatric symptoms reveal a mental condition (幻聴がひどい)
    r"|(?:幻聴|幻覚|幻視|被害妄想|妄想)(?:が(?:ひどい|ひどく|ある|あり|続いて(?:いる|おり)|聞こえ(?:る|て))|を訴え)(?!る?(?:場合|人|方|者|とき|時|こと))"
    r"|(?:元?夫|元?妻|元?交際相手|配偶者|パートナー|父親?|母親?|親)から(?:の)?(?:暴力|DV|虐待)(?:を受け(?=、)|で[^。、\n]{0,8}?(?:骨折|けが|怪我|打撲|入院|避難))"
)


# An aid or a device used by the person, as a value or a statement: one or more aids joined by ・, each with a short
# note (人工肛門（ストーマ）を装着, 車いす・酸素ボンベ使用, 車椅子をご利用のため). (A pattern of its own: in _SENSITIVE
# the aids' first characters — 下, 白, 経 … — would make every branch be tried at each of them.)
_AID_USE = _gated(
    rf"{_AID}(?:\([^)\n]{{1,8}}\))?(?:(?:・{_AID}(?:\([^)\n]{{1,8}}\))?)+を?|を)(?:ご?(?:使用|装着|利用)|(?=使って))"
    r"(?:中|して(?:いる|います|おり)|使って(?:いる|います|おり))?(?=[,、。\n\t)」 　]|(?:する|の)ため|\Z)"
    # round 9c: the use said as one noun, without を (車いす利用のため…, ペースメーカー装着（…）, 車いす使用、通路側)
    rf"|(?<![㐀-䶿一-鿿豈-﫿ァ-ヶー]){_AID}(?:\([^)\n]{{1,8}}\))?(?:使用|装着|利用)中?(?=[,、。\n\t()」 　'\"]|(?:する|の)ため(?!の)|\Z)"
)


# a medical field (傷病名 2型糖尿病、慢性腎臓病): every condition listed in its value is a finding
# Open-ended phrases, found from their predicate (the anchor) backwards, so the regex engine does not try an
# open word pattern at every kanji: (anchor, word ending right before it, how far back to look).
_CRIME_SUFFERED = rf"(?:{_WORD_START}(?:{_WORD}{{1,6}}の)?{_WORD}{{0,6}}?(?:盗難|盗|詐欺|暴行|傷害|痴漢|盗撮|ストーカー|虐待|ひったくり|空き巣|すり|恐喝|性暴力|暴力)|DV)"
_PRED_GENERIC = "|があ(?:る|ります)|があり(?!ま)|があって(?!も)|あり|を抱えて(?:いる|います)|を抱え(?:ており|ながら)|を持って(?:いる|います)"
# the specific predicates are _PRED without its generic wordings; fail at import if _PRED no longer holds them verbatim
if _PRED_GENERIC not in _PRED:
    raise RuntimeError("sensitive: _PRED_GENERIC must be an exact part of _PRED")
_PRED_SPECIFIC = re.compile(_PRED.replace(_PRED_GENERIC, ""))
_ANCHORED: tuple[tuple[re.Pattern[str], re.Pattern[str], int], ...] = (
    # a condition named by its form, with a predicate about a person (肺炎と診断, 脳出血で入院, 心房細動の治療中)
    (_PRED_SPECIFIC, re.compile(rf"(?!(?:病|症|炎|腫|癌)\Z){_COND_MORPH}\Z"), 14),
    # any offence (…罪, …法違反) with what happened to the person (窃盗罪で服役)
    (
        re.compile(r"(?:罪|法違反|条例違反)(?:\([^)\n]{1,8}\))?(?:の疑い|の?容疑)?で(?:懲役\d+年(?:\d+(?:か|ヶ|カ)?月)?(?:の刑(?:に服し|を受け)(?:た|ている|ました)?"
                   r"|の(?:実刑)?判決を受け(?:た|ました)|に処せられ(?:た|ました))|逮捕|服役|起訴|有罪|実刑|懲役(?:\d+年(?:\d+(?:か|ヶ|カ)?月)?)?|書類送検|送検|検挙|補導|罰金刑?)"
                   r"(?:された|され|した|していた|中|判決を受け(?:た|ました)|を受け(?:た|ている|ました|ています))?"),
        re.compile(r"(?<![㐀-䶿一-鿿豈-﫿])[㐀-䶿一-鿿豈-﫿]{1,10}\Z"),
        10,
    ),
    # a crime suffered by the person (自転車盗の被害に遭った, 空き巣被害を受けた)
    (
        re.compile(r"(?:の?被害|行為)(?:に遭(?:った|っている|っています|い(?:ました|かけた)?|われ(?:た|ました))|を受け(?:た|ている|ています|ていた|ていました|て)|者(?:である|です))"),
        re.compile(rf"{_CRIME_SUFFERED}\Z"),
        12,
    ),
    # … and what it led to, with the offender's relation (元夫からのDV被害により保護命令)
    (
        re.compile(r"の?被害(?:により|による|のため|で|を理由に)(?:保護命令|一時保護|避難|転居|入院|通院|休職|支援措置)"
                   r"(?!(?:した|している|する)?(?:女性|男性|人|者|方|世帯|件数|数))(?:を受け(?:た|ている|ています|ました)|を申し立て(?:た|ました))?"),
        re.compile(rf"(?:元?(?:夫|妻|交際相手|配偶者|パートナー|父|母|親|上司)からの)?{_CRIME_SUFFERED}\Z"),
        20,
    ),
    # property taken by a crime (訪問販売の詐欺で120万円をだまし取られた, 自宅に空き巣が入り、通帳を盗まれた)
    (
        re.compile(r"(?:だまし取られ|騙し取られ|盗まれ|奪われ|ひったくられ|すり取られ)(?:た|ました)(?!ら|事件|被害|ケース|例|人|方|者)"),
        re.compile(rf"(?:(?:{_WORD}{{1,6}}の)?{_WORD}{{0,6}}?(?:詐欺|窃盗|強盗|空き巣|ひったくり|すり|恐喝)(?:被害)?(?:で|に遭い|にあい|に遭って)"
                   rf"|(?:{_WORD}{{1,4}}に)?(?:空き巣|泥棒|強盗)が入り)、?[^。\n]{{0,20}}?\Z"),
        40,
    ),
    # a condition not in the list whose head is 障害 (起立性調節障害と診断され), only with a diagnosis or a leave:
    # with looser predicates 障害 is a system fault (通信障害が判明)
    (
        re.compile(r"と診断され(?:た|ている|ています|ました|(?=、))|と診断|と言われ(?:た|ました|ている)|の診断を受け(?:た|ている|ました)?|の治療中|で(?:通院|入院|休職|休学|休業)|により(?:病気)?休職"),
        re.compile(rf"{_WORD_START}{_TIME_WORD}{_WORD}{{1,10}}?(?:障害|障がい)\Z"),
        14,
    ),
    # a relative's foreign origin (母方の祖母がフィリピン出身)
    (
        re.compile(r"出身"),
        re.compile(r"(?:(?:父方|母方)の)?(?:父親?|母親?|祖父|祖母|両親|曾祖[父母])が(?:(?<![ァ-ヶー])[ァ-ヶー]{2,10}|中国|韓国|朝鮮|台湾|北朝鮮)の?\Z"),
        20,
    ),
    # English: a person diagnosed with a condition (I was diagnosed with Crohn's disease last year)
    (
        re.compile(r"(?:was|were|am|is|been|got) (?:diagnosed with|treated for|hospitali[sz]ed (?:with|for)) "
                   rf"(?:[A-Za-z0-9'-]+ ){{0,3}}?(?:{_EN_LEXICON}|disease|disorder|syndrome|cancer|diabetes|depression|asthma|epilepsy|ADHD|autism|"
                   r"HIV|AIDS|dementia|hypertension|leukemia|tumou?r|infection|failure|schizophrenia|hepatitis|stroke|arthritis|sclerosis|disc|hernia|"
                   r"pneumonia|COVID-19|alcoholism|addiction|anorexia|bulimia|psychosis|anxiety|tuberculosis)(?![A-Za-z])"
                   r"(?: (?:last (?:year|month|week)|this year|in \d{4}|\d+ (?:years|months|weeks) ago))?"),
        re.compile(r"(?<![A-Za-z])(?:I|[Hh]e|[Ss]he|[Ww]e|[Tt]hey|[Mm]y [a-z]+)(?: ha(?:s|ve|d))? \Z"),
        16,
    ),
    # any named faith (…教, …宗, …派, or a katakana name) with a believer's predicate (カトリックを信仰)
    (
        re.compile(r"の?(?:信者|信徒)(?:であり|である|です)?|を信仰|に入信|(?:に|へ)改宗(?:し(?:た|ました|ている))?"),
        re.compile(r"(?:(?<![ァ-ヶー])[ァ-ヶー]{2,10}|(?<![㐀-䶿一-鿿豈-﫿ァ-ヶー])(?:[㐀-䶿一-鿿豈-﫿]{1,8}|[ァ-ヶー]{2,10})(?:教|宗|派))\Z"),
        12,
    ),
    # a believer named by the faith (イスラム教徒, 仏教徒)
    (re.compile(r"徒(?![㐀-䶿一-鿿豈-﫿])"), re.compile(r"(?:(?<![ァ-ヶー])[ァ-ヶー]{2,10}|(?<![㐀-䶿一-鿿豈-﫿])[㐀-䶿一-鿿豈-﫿]{1,6})教\Z"), 12),
    # a drug allergy (ペニシリン系にアレルギーあり, 造影剤にアレルギーがある)
    (
        re.compile(r"にアレルギー(?:あり|があ(?:る|ります|り))"),
        re.compile(r"(?:(?<![ァ-ヶー])[ァ-ヶー]{2,12}系?|(?<![㐀-䶿一-鿿豈-﫿])[㐀-䶿一-鿿豈-﫿]{1,6}(?:薬|剤))\Z"),
        14,
    ),
    # medication named by a katakana drug name (アムロジピンを服用中)
    (
        re.compile(r"(?:錠|カプセル)?を(?:服用|内服)(?:中|している|しています|しており)"),
        re.compile(r"(?<![ァ-ヶー])[ァ-ヶー]{3,15}\Z"),
        15,
    ),
)

_ANCHORED = tuple((_gated(anchor.pattern), back, width) for anchor, back, width in _ANCHORED)
# where a condition word of the morphological rule can end: each head found, and every head starting there (腫 and 腫瘍)
_HEADS = tuple(_DISEASE_HEAD.split("|"))
if any(re.escape(h) != h for h in _HEADS):
    raise RuntimeError("sensitive: _DISEASE_HEAD must be plain words joined by |")
_HEAD = _gated(_DISEASE_HEAD)


def _head_ends(text: str) -> list[int]:
    ends: set[int] = set()
    for m in _HEAD.finditer(text):
        p = m.start()
        ends.update(p + len(h) for h in _HEADS if text.startswith(h, p))
    return sorted(ends)
# per anchor, whether a text holds one of the words every match needs (most texts hold none: no scan)
# (an anchor starting with a literal is scanned for by the engine at once: no gate)
_ANCHOR_GATES = tuple(words_gate(anchor.pattern) if _first_chars(anchor.pattern) else None for anchor, _, _ in _ANCHORED)

# Anchors that never overlap one another share one pass over the text (one alternation, a named group each)
_ANCHORED_SHARED: tuple[tuple[re.Pattern[str], re.Pattern[str], int], ...] = (
    # an offence named by a word other than …罪 (大麻所持で逮捕された, 強盗致傷で服役)
    (
        re.compile(r"(?:(?:逮捕|起訴|書類送検|検挙|補導)され|罰金刑?を受け|服役|捕ま(?=っ|り))(?!(?:た|ました|した|していた|中|ている|った|りました)?"
                   r"(?:場合|人|者|方|ケース|とき|時|件数|業者|会社|法人|事業者|店|とみられ|ら))(?:た|ました|した|していた|中|ている|った|りました)?"),
        re.compile(rf"(?:万引き|{_WORD_START}{_TIME_WORD}(?!現行犯|同日|翌日|当日)[㐀-䶿一-鿿豈-﫿ァ-ヶー]{{2,10}})(?:の疑い|容疑)?で(?:\d+回)?(?:{_WORD}{{1,10}}(?:警察署|署)に)?\Z"),
        32,
    ),
    # property taken from the person (財布を盗まれた), without the crime named
    (
        re.compile(r"(?:盗まれ|ひったくられ|奪われ|だまし取られ|騙し取られ|すり取られ)(?:た|ました)(?!ら|事件|被害|ケース|例|人|方|者|場合|とき|時)"),
        re.compile(r"(?<![^、。\n\t はが])[^、。\n\t はが]{1,15}を\Z"),
        17,
    ),
    # money or goods taken, as the clause it closes (口座から50万円を引き出される被害に気付いた)
    (
        re.compile(r"(?:引き出され|だまし取られ|騙し取られ|盗まれ|奪われ|振り込まされ|送金させられ)る被害(?=に(?:遭|あ|気付|気づ)|を受け|が(?:あっ|発生し))"),
        re.compile(r"(?<![^、。\n\t ])[^、。\n\t ]{1,25}\Z"),
        30,
    ),
    # an offence committed, with what was taken (菓子3点を万引き)
    (
        re.compile(r"万引き(?!され|を|の|防止|対策|する(?:人|方|者|子))(?:し(?:た|ました|ている))?"),
        re.compile(r"(?<![^、。\n\t ])[^、。\n\t ]{1,25}を\Z"),
        31,
    ),
    # a member of a named temple or shrine (西光寺の檀家, 八幡神社の氏子)
    (
        re.compile(r"(?:檀家|門徒|氏子)(?!制度|数|総代|の皆様|の方|向け)"),
        re.compile(r"(?<![㐀-䶿一-鿿豈-﫿])[㐀-䶿一-鿿豈-﫿]{1,8}(?:寺|院|宗|派|神社)の\Z"),
        11,
    ),
    # violence suffered from a named relation (孫に殴られている, 夫に突き飛ばされて肋骨を骨折)
    (
        re.compile(r"(?:殴られ|蹴られ|叩かれ|突き飛ばされ|首を絞められ|暴力を(?:振|ふ)るわれ)"
                   r"(?:て(?:[^。\n、]{0,8}?(?:骨折|けが|怪我|打撲|あざ)|いる|います|いた|おり)|た|ました)?(?![らば]|人|方|者|場合|ケース|子ども|児童|高齢者)"),
        re.compile(r"(?:元?夫|元?妻|義?父|義?母|継[父母]|息子|娘|孫|兄|姉|弟|妹|長男|次男|三男|長女|次女|三女|元?交際相手|元?彼氏|恋人|配偶者"
                   r"|同居人|上司|先輩|同級生|祖父|祖母|親)(?:から)?に?\Z"),
        8,
    ),
    # a device put in the body (心臓にペースメーカーを入れている)
    (
        re.compile(r"(?:入れて|埋め込んで|造設して|付けて)(?:いる|います|おり)(?!方|人|者|場合|患者|子ども)"),
        re.compile(r"(?:(?:心臓|胸|のど|喉|腹部|お腹|耳)に)?(?:ペースメーカー|人工内耳|胃ろう|胃瘻|ストーマ|人工肛門|シャント|除細動器)を\Z"),
        12,
    ),
    # an ongoing treatment as the person's state (在宅酸素療法中（COPD）); after a diagnosis in a list
    # (主病名: COPD、在宅酸素療法中) it is a note to the diagnosis, which is the finding
    (
        re.compile(r"療法中(?![のにはで])(?:\([^)\n]{1,12}\))?"),
        re.compile(r"(?<![、㐀-䶿一-鿿豈-﫿ァ-ヶー])(?:在宅酸素|酸素|化学|インスリン)\Z"),
        5,
    ),
    (
        re.compile(r"治療中(?![のにはで])(?:\([^)\n]{1,12}\))?"),
        re.compile(r"(?<![、㐀-䶿一-鿿豈-﫿ァ-ヶー])(?:抗がん剤|放射線)\Z"),
        4,
    ),
    (
        re.compile(r"透析中(?![のにはで])(?:\([^)\n]{1,12}\))?"),
        re.compile(r"(?<![、㐀-䶿一-鿿豈-﫿ァ-ヶー])(?:人工|血液|腹膜)\Z"),
        2,
    ),
    # a regular treatment with its frequency (週3回の透析)
    (re.compile(r"透析(?!中|が必要|を必要|患者|施設|を行う|を実施)"), re.compile(r"(?:週|月)\d回の(?:人工|血液|腹膜)?\Z"), 7),
    # an operation as the reason for a stay (股関節の人工関節置換術で入院する)
    (re.compile(r"術で入院(?:する|した|しました|します|中|予定)(?!(?:する|した)?(?:場合|人|方|者|患者|とき|際))"), re.compile(rf"(?<![㐀-䶿一-鿿豈-﫿ァ-ヶー])(?:{_WORD}{{1,6}}の)?{_WORD}{{2,12}}\Z"), 20),
    # a chronic condition of an organ (心臓に持病がある)
    (re.compile(r"持病(?:があ(?:る|ります|り)|を抱え)"), re.compile(r"(?:心臓|腎臓|肝臓|肺|腰|膝|胃|脳|呼吸器)に\Z"), 4),
    # stalking suffered (待ち伏せされている), an origin (部落出身である)
    (
        re.compile(r"(?:伏せされ|きまとわれ|をつけられ)(?:て(?:いる|います|いた|おり)|た|ました)?(?![らば]|る|人|方|者|場合|ケース|時|とき)"),
        re.compile(r"(?:待ち|つ|付|後)\Z"),
        2,
    ),
    (re.compile(r"落(?:の)?出身(?:である|です)?"), re.compile(r"(?:被差別)?部\Z"), 4),
    # a lasting impairment of a body part, with its cause (交通事故で右下肢に障害が残った); anchored on 残, a rare
    # character, so the shared pass is not tried at every に
    (
        re.compile(r"(?:(?<=に障害が)|(?<=に麻痺が)|(?<=にまひが)|(?<=に後遺症が))残(?:った|る|っている|っています|り)"
                   r"(?!(?:た|る)?(?:場合|人|方|者|患者|ケース))"),
        re.compile(r"(?:(?<![㐀-䶿一-鿿豈-﫿ァ-ヶー])[㐀-䶿一-鿿豈-﫿ァ-ヶー]{2,8}で)?(?:右|左|両)?(?:上肢|下肢|手|足|腕|脚|膝|目|耳|半身|指)"
                   r"に(?:障害|麻痺|まひ|後遺症)が\Z"),
        18,
    ),
    # a state noted with the condition that caused it (寝たきり（脳卒中の後遺症）, 右片麻痺（脳梗塞の後遺症）)
    (
        re.compile(r"(?<=の)後遺症\)"),
        re.compile(rf"(?<![㐀-䶿一-鿿豈-﫿ァ-ヶーぁ-ん])(?:{_WORD}|[ぁ-ん]){{2,8}}\((?:{_WORD}){{1,10}}の\Z"),
        20,
    ),
    # regular visits and medication as the person's state, without the condition named (月2回の通院と服薬を続けている)
    (
        re.compile(r"通院と(?:服薬|投薬|リハビリ)を(?:続けて|継続して)(?:いる|います|おり)(?!人|方|者|場合)"),
        re.compile(r"(?:(?:月|週)\d+回の)?\Z"),
        6,
    ),
    # round 9: a criminal sentence with its term, a juvenile case sent to the family court, with the offence before them
    # when there is one (業務上横領で禁錮1年（執行猶予3年）の判決を受けている, 恐喝の非行事実で家庭裁判所に送致された)
    (
        re.compile(r"(?:(?:懲役|禁錮|禁固)\d+(?:年|か月|ヶ月|カ月)(?:\d+(?:か|ヶ|カ)月)?(?:\((?:執行猶予|猶予)\d+年\)|、?執行猶予\d+年)?の(?:実刑)?判決を受け"
                   r"|家庭裁判所に送致され)(?:た|ている|ています|ました)(?!人|方|者|少年|場合|ケース|件数|とき|時)"),
        re.compile(rf"(?:(?<![㐀-䶿一-鿿豈-﫿ァ-ヶー]){_WORD}{{1,10}}(?:\([^)\n]{{1,8}}\))?(?:の非行事実|の非行|の疑い|容疑)?で)?\Z"),
        24,
    ),
    # a suspect under investigation, with the case (窃盗事件（自転車盗）の被疑者として捜査中)
    (
        re.compile(r"被疑者として(?:捜査中|取調べ中|取り調べ中|逮捕)"),
        re.compile(rf"(?:(?<![㐀-䶿一-鿿豈-﫿ァ-ヶー]){_WORD}{{1,10}}(?:\([^)\n]{{1,8}}\))?の)?\Z"),
        22,
    ),
    # an ethnic group (ロヒンギャ民族) as a note on a person or with a predicate
    # (only as a bracket note, a value or after a subject: ロヒンギャ民族、約70万人が避難 in a news item is no one's)
    (re.compile(r"民族(?=[、,)]|であ|です|出身)"), re.compile(r"(?<=[(:：はが ])[ァ-ヶー]{2,10}\Z"), 10),
)
_SHARED_BACK = {f"a{i}": (back, width) for i, (_, back, width) in enumerate(_ANCHORED_SHARED)}
_SHARED = _gated("|".join(f"(?P<a{i}>{anchor.pattern})" for i, (anchor, _, _) in enumerate(_ANCHORED_SHARED)))

# (labels, JSON keys "診断": "…", and table columns 障害種別)
_MEDICAL_LABEL_WORDS = (
    r"傷病名|病名|診断名|障害名|障害種別|障害の種類|既往歴|既往症|治療中の(?:ご)?病気|かかった病気|過去の病気|持病|疾患名|"
    r"(?<!の)病歴(?=[ \t]*[:：])|既往(?=[ \t]*[:：])|"
    r"主病名|現病歴|基礎疾患|(?m:^)A\)|所見|健診結果|判定結果|"
    # labels only with a separator or as a whole table header (健康状態の把握 in prose is not one)
    r"(?:病状|障害の(?:状況|内容|程度|状態)|健康状態|療養内容|疾病名|(?:主な)?疾病|(?:主な)?病気|入院(?:の)?理由|心身の状況)(?=\"?[ \t]*[:：]|\"?\Z)|(?m:^)A(?=[ \t]*:)"
)
# words that are labels only with a separator (診断：…, "疾患": …); in prose they are ordinary nouns (心疾患、…)
_MEDICAL_LABEL_WEAK = (
    r"(?<![㐀-䶿一-鿿豈-﫿])(?:(?:臨床|確定|最終|入院時|退院時|初診時|主|副)?診断|疾患|合併症)"
    r"|(?<=\")(?:medical_history|past_history|medical_notes?|health_notes?|medical_conditions?|diagnos[ie]s|diseases?|disabilit(?:y|ies)|chronic(?:_conditions?|_diseases?)?)"
    # round 10: the same keys unquoted, as YAML, protobuf text or a log's key: value (conditions: "…", history: …,
    # rx history: …); the value must still hold a condition
    r"|(?<![A-Za-z_\"])(?<![Ff]amily )(?<![Ff]amily_)(?:(?:medical|past|rx|medication)[ _])?(?:history|conditions?|diagnos[ie]s|dx)(?=[ \t]*:(?![/:]))"
)
# (round 11: the weak labels' alternation is grouped — it was not, so 診断/疾患/合併症 opened a field with no separator:
# 合併症には、網膜症、… in a lecture; without a colon a weak label opens a field only before its bracket or quote, as a
# document's name does: 診断書（摂食障害）, 診断書_適応障害_…, 診断は「…」)
_MEDICAL_FIELD = _gated(
    rf"(?:(?:{_MEDICAL_LABEL_WORDS})(?!の?例|[・、](?![^\n:：]{{0,8}}[:：]))\"?[ \t]*[:：]?|(?:{_MEDICAL_LABEL_WEAK})(?:\"?[ \t]*[:：]|(?:書|は)?(?=[(「_])))[ \t]*\"?([^\n]{{1,80}})"
)
_MEDICAL_HEADER = _gated(rf"{_MEDICAL_LABEL_WORDS}|^\"?(?:診断|疾患|合併症)\"?$|配慮事項|支援(?:が必要な|の)理由")
# in a medical field a disability type is a condition too (知的障害, 精神障害), so are injuries (挫滅創) and abnormal
# findings of a health check (心電図異常: 健康診断の結果 is 要配慮, 施行令第2条第2号); a short note in brackets
# right after it stays with it (高血圧（要治療）, 2型糖尿病（新規診断）)
# (a suspicion or a past operation stays with it: 狭心症疑い, 胃がん術後; conditions joined by ・ are one finding)
_COND_ITEM = (
    rf"(?:{_COND}|{_COND_MORPH}|[㐀-䶿一-鿿豈-﫿ァ-ヶー]{{1,8}}(?:障害|障がい|創|異常(?!なし|無し|は?ありません)))"
    r"(?:傾向|(?:ウイルス)?抗体陽性|陽性|術後|の?疑い)?(?:、(?:要)?(?:精密検査|精査|再検査|治療|受診)要?)?"
    # round 10: a stage, a carrier state or the treatment's state closing the value (慢性腎臓病 ステージ3, B型肝炎キャリア,
    # C型肝炎 治療済, 骨粗鬆症で内服中)
    r"(?:[ ]?(?:ステージ|Stage )[0-9IVⅠ-Ⅳ]+[a-cA-C]?|キャリア)?(?:[ ]?(?:治療済み?|治療中|内服中|服薬中|経過観察中)|で(?:内服|服薬|通院|治療)中)?"
)
_CONDITION = _gated(
    rf"(?<![㐀-䶿一-鿿豈-﫿ァ-ヶ]){_COND_ITEM}(?:・{_COND_ITEM})*"
    r"(?:\((?![^)\n]*[年歳])[^)\n]{0,11}[^)\nをにへ]\)|\((?![^)\n]*[年歳時])[^)\n]{12,29}[^)\nをにへ]\)|\([^)\n]{1,18}(?:中|使用)\)|\([^)\n]{0,12}手帳[^)\n]{0,4}\))?(?![㐀-䶿一-鿿豈-﫿ァ-ヶ])"
)
_NOTE = re.compile(r"\([^)\n]{1,10}\)")
# the patient notes of a JAHIS お薬手帳 record (record 3 既往歴, record 4 その他の特記事項): medical fields
_JAHIS_NOTE = re.compile(r"(?m)^[34],([^\n,]{1,80})")
# an unchecked box before a condition on a questionnaire (□高血圧) says the person does NOT have it
_UNCHECKED = re.compile(r"[□☐][ ]?\Z")
# a religion field (宗旨・宗派：浄土真宗本願寺派): the value names the person's creed
_RELIGION_FIELD = re.compile(r"(?:宗旨|宗派|宗教|信仰)(?:・宗派)?[ \t]*[:：][ \t]*([^\s、,。:：]{2,20})")
# English: a religion field, a conversion, a condition the person has or is, conditions in a history field
_RELIGION_EN = re.compile(r"Religion[ \t]*:[ \t]*((?!(?:none|None|N/A|n/a|-)\b)[A-Z][A-Za-z'-]+(?: [A-Za-z'-]+)?(?: \([A-Za-z' -]{2,20}\))?)")
_EN_CONDITION_WORD = (
    rf"{_EN_LEXICON}|"
    r"dyslexia|autism|ADHD|epilepsy|diabetes|asthma|schizophrenia|depression|dementia|HIV|AIDS|cancer|leukemia|"
    r"bipolar disorder|PTSD|OCD|hepatitis [A-C]|tuberculosis|multiple sclerosis|Parkinson's(?: disease)?|Crohn's(?: disease)?|"
    r"Alzheimer's(?: disease)?|cerebral palsy|Down syndrome|(?:[A-Za-z'-]+ ){0,2}(?:disease|disorder|syndrome)"
)
_LATIN_PROSE = re.compile(r"[a-z] [a-z]")  # English prose (or one of the English labels) is worth the English patterns
_LATIN_LABELS = ("Religion", "Hx", "Dx", "PMH", "history", "History", "Diagnosis", " HAS ", " HAD ")
_EN_SENSITIVE = WordGated(
    r"(?:(?<=\bI )|(?<=\b[Hh]e )|(?<=\b[Ss]he )|(?<=\b[Ww]e )|(?<=\b[Tt]hey )|(?<=\b[Ss]on )|(?<=\b[Dd]aughter )|(?<=\b[Ww]ife )|(?<=\b[Hh]usband )|(?<=\b[Mm]other )|(?<=\b[Ff]ather ))"
    rf"(?:has|have|had) (?:(?:severe|mild|chronic|type [12]|stage \d|early-onset) )?(?:{_EN_CONDITION_WORD})(?![A-Za-z])"
    rf"|(?<![A-Za-z])(?:suffers from|suffered from|is suffering from|is being treated for) (?:(?:severe|mild|chronic|type [12]|stage \d|early-onset) )?(?:{_EN_CONDITION_WORD})(?![A-Za-z])"
    r"|(?:is|am|was) (?:a )?(?:recovering )?(?:alcoholic|drug addict)(?![A-Za-z])"
    r"|(?:was|were|been|got) (?:arrested|convicted|jailed|imprisoned)(?: (?:for|of) [a-z]+(?: (?!(?:in|on|at|last|and|but|was|were|is|are|after|before)\b)[a-z]+)?)?(?: in \d{4})?"
    r"|(?<![A-Za-z])converted to (?:Islam|Christianity|Catholicism|Buddhism|Judaism|Hinduism|Sikhism|Protestantism)(?: in \d{4})?"
    r"|(?:(?<=\bI am )|(?<=\bI'm )|(?<=\b[Hh]e is )|(?<=\b[Ss]he is )|(?<=\b[Hh]e's )|(?<=\b[Ss]he's )|(?<=\bI am a )|(?<=\bI am an )|(?<=\b[Hh]e is a )|(?<=\b[Ss]he is a )|(?<=\b[Hh]e is an )|(?<=\b[Ss]he is an ))"
    r"(?:devout |practi[cs]ing )?(?:Muslim|Christian|Catholic|Buddhist|Hindu|Jewish|Sikh|Mormon|Jehovah's Witness|Protestant)(?![A-Za-z])"
    # a diagnosis, a leave, a wheelchair, an ethnic descent stated of the person (after being diagnosed with …)
    rf"|(?<![A-Za-z])after being diagnosed with (?:an? )?(?:(?:severe|mild|chronic|type [12]|stage \d|early-onset|breast|lung|colon|prostate|skin) )?(?:{_EN_CONDITION_WORD})(?![A-Za-z])"
    r"|(?:(?<=\()|(?<=\bis )|(?<=\bwas )|(?<=\bcurrently )|(?<=\bbeen ))on (?:sick |medical )?leave (?:after|following|due to) (?:an? |her |his )?(?:miscarriage|stillbirth|(?:[a-z]+ )?surgery)(?![A-Za-z])"
    # an upper-case passenger remark of a booking record (PAX HAS … DISEASE)
    r"|(?<![A-Za-z])(?:PAX|PSGR|PASSENGER) (?:HAS|HAD) (?:[A-Z'-]+ ){0,2}(?:DISEASE|DISORDER|SYNDROME|CANCER|DIABETES|EPILEPSY|DEMENTIA|ASTHMA|AUTISM)(?![A-Za-z])"
    r"|(?<![A-Za-z])(?:is|am|was) a wheelchair user(?![A-Za-z])|(?<![A-Za-z])uses a wheelchair(?![A-Za-z])"
    # round 10: … as a note opening an item or a sentence, with what its bracket says (ご要望: Wheelchair user (husband))
    r"|(?<![A-Za-z] )(?<![A-Za-z])Wheelchair user(?: \([^)\n]{1,30}\))?(?![A-Za-z])"
    r"|(?:(?<=\bI am )|(?<=\bI'm )|(?<=\b[Hh]e is )|(?<=\b[Ss]he is ))of (?:[A-Z][a-z]+ ){0,1}[A-Z][a-z]+ (?:descent|ancestry|origin)(?![A-Za-z])"
    # (a diagnosis named as the reason of a leave, a stay for an operation)
    rf"|(?<![A-Za-z])following (?:a|the|her|his) diagnosis of (?:an? )?(?:(?:severe|mild|chronic|type [12]|stage \d|early-onset|breast|lung|colon|prostate|skin) )?(?:{_EN_CONDITION_WORD})(?![A-Za-z])"
    r"|(?<![A-Za-z])in hospital for (?:surgery on|an operation on|treatment (?:of|for)) (?:an? |his |her )?(?:[a-z]+ ){0,2}(?:tumou?r|cancer|heart|hip|knee|spine|hernia)(?![A-Za-z])"
    r"|(?<=\bI am )(?:deaf|blind|hard of hearing|autistic|diabetic|epileptic|HIV[- ]positive)(?![A-Za-z])"
    r"|(?<=\bI'm )(?:deaf|blind|hard of hearing|autistic|diabetic|epileptic|HIV[- ]positive)(?![A-Za-z])"
    r"|(?<=\b[Hh]e is )(?:deaf|blind|hard of hearing|autistic|diabetic|epileptic|HIV[- ]positive)(?![A-Za-z])"
    r"|(?<=\b[Ss]he is )(?:deaf|blind|hard of hearing|autistic|diabetic|epileptic|HIV[- ]positive)(?![A-Za-z])"
    r"|(?:(?<=\bson is )|(?<=\bdaughter is )|(?<=\bwife is )|(?<=\bhusband is )|(?<=\bmother is )|(?<=\bfather is )|(?<=\bchild is ))"
    r"(?:deaf|blind|hard of hearing|autistic|diabetic|epileptic|HIV[- ]positive)(?![A-Za-z])"
)
# round 8: living with a condition, an ongoing treatment, a drug taken for one's own condition (run only when one of
# the _EN_ROUND8_WORDS is in the text: these branches would be tried at every common letter of English prose)
_EN_ROUND8_WORDS = re.compile(" (?:living with|on|for (?:his|her|my|their)) ")
_EN_ROUND8 = _gated(
    rf"(?<![A-Za-z])(?:is|am|are|has been|have been) living with (?:{_EN_LEXICON})(?![A-Za-z])"
    r"|(?:(?<=\bI am )|(?<=\bI'm )|(?<=\b[Hh]e is )|(?<=\b[Ss]he is )|(?<=\b[Hh]e's )|(?<=\b[Ss]he's )|(?<=\bwas )|(?<=\bhas been ))"
    r"on (?:dialysis|chemotherapy|insulin|antidepressants|antiretroviral therapy|oxygen therapy)(?![A-Za-z])"
    rf"|(?<![A-Za-z])(?:takes|is taking|has been taking|took) [a-z]+(?:[ -][a-z]+)? for (?:his|her|my|their) (?:{_EN_LEXICON})(?![A-Za-z])"
)
_EN_FIELD = _gated(r"(?<![A-Za-z])(?:Hx|PMH|Dx|Diagnosis|Medical history|Past history|Past medical history)[ \t]*:[ \t]*([^\n]{1,80})")
_EN_FIELD_CONDITION = re.compile(
    rf"(?<![A-Za-z'-])(?:{_EN_LEXICON}(?![A-Za-z])|(?:[Tt]ype [12] )?(?:(?!(?:and|or|with|on|for|of|the|a|no|since|history) )[A-Za-z'-]+ ){{0,3}}"
    r"(?:disease|disorder|syndrome|cancer|failure|diabetes|asthma|epilepsy|dementia|hypertension|depression|schizophrenia|"
    # (or any name of the English lexicon: Medical history: multiple sclerosis)
    r"HIV|hepatitis [A-C]|tuberculosis|stroke|infarction|fibrillation))(?![A-Za-z])(?: \([A-Za-z][A-Za-z0-9 -]{2,20}\))?"
    # the drug it is treated with stays with it (Hx: sickle cell disease, on hydroxyurea)
    r"(?:, on [a-z][a-z-]{3,20}(?![A-Za-z]))?"
    # … and so does the year it was found (Medical history: lupus, diagnosed 2015)
    r"(?:, diagnosed (?:in )?(?:19|20)\d\d(?!\d))?"
)
# Other languages of residents and pupils in Japan, in their own words: Chinese 有…病史 / 患有… / 确诊…, and
# Portuguese or Spanish "tem/tiene" or "diagnosticado com/con" with a condition (words only these languages use)
_ROMANCE_CONDITION = (
    r"(?:diabetes(?: (?:tipo|type) [12])?|asma|epilepsia|c[âá]ncer(?: de [a-zé]+)?|depress[ãa]o|depresi[óo]n|autismo|"
    r"hipertens[ãa]o|hipertensi[óo]n|leucemia|tuberculose|tuberculosis|hepatite [A-C]|hepatitis [A-C]|HIV|VIH|"
    r"esclerose m[úu]ltipla|esclerosis m[úu]ltiple|doen[çc]a de [A-Z][a-z]+|enfermedad de [A-Z][a-z]+)"
)
_OTHER_LANGUAGE_WORDS = re.compile("病史|患有|确诊|確診|诊断为|診斷為")
_OTHER_LANGUAGE = _gated(
    r"有[一-鿿]{1,8}病史|患有[一-鿿]{1,10}?(?:病|症|炎|癌|瘤)|(?:确诊|確診|诊断为|診斷為)[一-鿿]{1,10}?(?:病|症|炎|癌|瘤)"
    rf"|(?<![A-Za-z])(?:tem|tiene|sofre de|sufre de|diagnosticad[oa] (?:com|con)) {_ROMANCE_CONDITION}(?![A-Za-z])"
)


# a condition stated of a person named as the subject (本人は緑内障で視野が狭い, 母は左片麻痺があり): the subject, a
# condition right after it and a cue of its consequence; the span runs to the end of a short clause
_SUBJECT = _gated(
    r"(?:(?<![病症者])(?:本人|ご本人|患者|利用者|入居者|相談者|対象者|対象児|本児)|母親?|父親?|夫|妻|息子|娘|長男|次男|三男|長女|次女|三女"
    r"|祖父|祖母|兄|姉|弟|妹|義父|義母|孫|甥|姪|叔父|叔母|伯父|伯母|旦那|主人|私|僕|自分|彼女?|おじいちゃん|おばあちゃん|さん|(?<!皆)様|氏|くん|ちゃん"
    # a relative with the given name after it (長男 翔は)
    r"|(?:息子|娘|長男|次男|三男|長女|次女|三女)[ ][㐀-䶿一-鿿豈-﫿]{1,3})(?:は|が|も|、)"
)
# (a time or an adverb may stand between: 私、実はうつ病で…, 旦那、去年から糖尿病で…)
_SUBJECT_COND = re.compile(
    r"(?:(?:\d+年前|去年|昨年|今年|先月|以前|前|昔|若い頃|子どもの頃|幼少期|生まれつき|もともと|元々|実は|最近|長年)(?:から|より|に|は)?、?)?"
    rf"(?P<c>(?:(?:重度|軽度|中等度)の)?(?:{_COND_LIST}|{_COND_MORPH})(?:陽性|キャリア)?)"
    r"(?=で(?![はもすしきな])|のため|により|が原因で|があ(?:り|って|る)|の後遺症(?:で|により|があ)"
    r"|持ち(?=で|なので|な|だ|です|[、。])|にな(?:り|って|った)(?!ら)|(?:です|である|だ|なんです|なんだ)(?=[。、\n]|\Z)|(?=[。\n]))"
)
_SUBJECT_CUE = re.compile(
    r"です|である|で|のため|により|が原因で|があ(?:り|って|る)|の後遺症(?:で|により|があ(?:り|る))"
    r"|持ち|にな(?:り|って|った)|です|である|だ|なんです|なんだ|(?=[。\n])"
)
_CLAUSE_CUES = frozenset({"で", "のため", "により", "が原因で", "があり", "があって", "がある", "の後遺症で", "の後遺症により", "の後遺症があり", "の後遺症がある"})
# a hypothetical or a generalisation (…である場合, …を起こすことがあります, …になりやすい) is no one's record
_GENERIC = re.compile(r"[^。\n]{0,30}?(?:場合|ことがあ|こともあ|やす[いく]|たら|れば|なら|ときは|際[はに]|かもしれ|恐れ|おそれ|について"
                      r"|(?:方|人|患者|子ども|子供|家族|皆さん)(?:の(?:ため|支援|会)|を(?:支|対象)|へ|向け))")
# (the clause ends before a reason or a hearsay ending: …左半身まひのため, …要介護2とのこと — round 9)
_SUBJECT_CLAUSE = re.compile(r"[^、。\n「」()\"]{3,16}?(?=[、。\n\"]|のため|なので|ので|とのこと|\Z)")
# a modifier before a listed condition (アルツハイマー型認知症, 先天性心疾患, 重度の認知症)
_SEVERITY = re.compile(r"(?:重度|軽度|中等度|高度)の")
_CLAUSE_END = re.compile(r"[。\n]|\Z")
# a listed condition at the end of a longer name (社会不安障害, 小児ぜんそく): the name starts at its word
_COND_LEFT = re.compile(rf"(?<![㐀-䶿一-鿿豈-﫿ァ-ヶー]){_TIME_WORD}[㐀-䶿一-鿿豈-﫿ァ-ヶー]{{2,4}}\Z")
_COND_PREFIX = re.compile(r"(?:(?:[ァ-ヶー]{2,10}[㐀-䶿一-鿿豈-﫿]{0,3}|[12]|(?<![A-Za-z])I{1,2})型|(?<![㐀-䶿一-鿿豈-﫿])[㐀-䶿一-鿿豈-﫿]{1,3}性|(?:重度|軽度|中等度|高度)の|(?<![㐀-䶿一-鿿豈-﫿])(?:右|左|両))\Z")
# a chronic condition written as 持病 with the diagnosis in brackets (腰の持病（椎間板ヘルニア）)
_JIBYO = re.compile(r"持病\([^)\n]{2,16}\)")
_JIBYO_OWNER = re.compile(r"[㐀-䶿一-鿿豈-﫿]{1,2}の\Z")  # found from 持病 backwards (a literal the engine scans for)


# conditions coordinated before the one carrying the predicate belong to the phrase (高血圧と糖尿病で通院中)
_COORD = _gated(rf"(?<![㐀-䶿一-鿿豈-﫿ァ-ヶー])(?:{_COND_LIST}|{_COND_MORPH})(?:と|や|及び|および|、)\Z")


def _coordinated(text: str, start: int) -> int:
    for _ in range(3):
        m = _COORD.search(text, max(0, start - 16), start)
        if not m:
            break
        start = m.start()
    return start


@functools.cache
def _conditions() -> ahocorasick.Automaton:
    # (built over the reversed names and run over the reversed text: the automaton looks up each character among
    # the root's children, and names end in far fewer characters (症, 病, 炎, 害 …) than they start with)
    auto = ahocorasick.Automaton()
    for word in CONDITIONS:
        auto.add_word(word[::-1], len(word))
    auto.make_automaton()
    return auto


def condition_name_start(text: str, start: int) -> int:
    """Where the longer name ending in a listed condition starts: its modifier (アルツハイマー型, 若年性, 重度の, 左)
    or the two to four characters of a longer name (社会不安障害, 肺腺がん)."""
    pre = _COND_PREFIX.search(text, max(0, start - 12), start)
    if pre:
        return pre.start()
    if not text[start].isascii():
        left = _COND_LEFT.search(text, max(0, start - 4), start)
        if left:
            return left.start()
    return start


@functools.lru_cache(maxsize=8)
def listed_conditions(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of listed conditions (with a leading 1型/2型), longest at each start.

    (Cached: the recognizer's rules and the round-11 record rules read the same text's list several times.)"""
    return tuple(_listed_conditions(text))


def _listed_conditions(text: str) -> Iterable[tuple[int, int]]:
    longest: dict[int, int] = {}
    last = len(text) - 1
    for rev_end, length in _conditions().iter(text[::-1]):
        start = last - rev_end
        if longest.get(start, 0) < start + length:
            longest[start] = start + length
    for start, end in sorted(longest.items()):
        if start >= 2 and text[start - 1] == "型" and text[start - 2] in "12":
            start -= 2
        yield start, end


# --- Span boundaries (round 7), as the annotators of the blind batches draw them ------------------------------
# A phrase in a continuative form (…と診断され、 …の信者であり、 …の刑を受け、 …教徒で、) goes on over the next clause
# when that clause still tells of the condition: its treatment, its course, a symptom, what the sentence led to, the
# practice of a faith (…と診断され、炭酸リチウムを服用している; …の刑を受け、今年8月に仮釈放). A clause about what
# others should do (…があり、ナースコールの使用が難しい; …の診断があり、席は前のほうを希望) is not part of it.
_CONT_GAP = re.compile(r"(?:され|であり|であって|で|して|し)?、(?:現在|今は|今も|その後|以来)?[ ]?")
_CONT_HEAD = re.compile(r"(?:され|であり|であって|(?<!の)で|して|し|あり|おり|受け|て|懲役\d+年(?:\d+(?:か|ヶ|カ)?月)?)\Z")
_CONT_CLAUSE = re.compile(
    r"[^。\n、「」()\"]{2,30}?(?<![のをにがはでとも])(?=ため|ので|との|と(?:本人|話|言っ)|が[、,]|そう(?:だ|です)|らしい|よう(?:だ|です)|[。\n」()\"]|\Z)"
)
_CONT_KEY = re.compile(
    r"服用|服薬|内服|投薬|通院|通所|入院|退院|療養|治療|手術|透析|リハビリ|薬を|休職|休学|休業"
    r"|仮釈放|出所|保護観察|保護命令|服役|勾留|拘留|礼拝|輸血|徘徊|麻痺|まひ|発作|幻聴|聞き取|聞こえ|見えにく|白杖|検診|定期検査|経過観察"
)


# (a need, a tendency or a wish is about the care others give: …を受けており、2日目の午前に透析施設の利用が必要;
# …があって、寝不足で発作が出やすいんです)
_CONT_PASSIVE = re.compile(r"[らさ]れ(?:て(?:いる|います|いた)|た|ました)\Z")
_CONT_NOT = re.compile(r"必要|やす[いく]|希望|ほし[いく]|お願い|ください|たい")


# A diagnosis goes on without a comma into the treatment that is still going on (うつ病と診断され抗うつ薬を服用中,
# 不安障害と診断され通院中, うつ病と診断されて抗うつ薬を飲んでいる): one phrase in blind7, blind8, blind19, blind21; a
# stay that happened (…骨折と診断され入院。) stays outside as blind has it.
_DIAGNOSED_END = re.compile(r"と診断(?:され)?\Z")
_DIAGNOSED_GAP = re.compile(r"(?:され)?て?")
_ONGOING_END = re.compile(r"(?:中|[てで]い(?:る|ます))\Z")


def _diagnosed_and_treated(text: str, c: Candidate) -> Candidate | None:
    if not _DIAGNOSED_END.search(text, c.start, c.end):
        return None
    gap = _DIAGNOSED_GAP.match(text, c.end)
    if not text.endswith("され", c.start, gap.end()) and not text.endswith("されて", c.start, gap.end()):
        return None
    clause = _CONT_CLAUSE.match(text, gap.end())
    if not clause or not _ONGOING_END.search(clause.group()) or not _CONT_KEY.search(clause.group()):
        return None
    return None if _CONT_NOT.search(clause.group()) else Candidate(c.start, clause.end(), c.type, c.score, c.recognizer, True)


def _continued(text: str, c: Candidate) -> Candidate | None:
    if (treated := _diagnosed_and_treated(text, c)) is not None:
        return treated
    gap = _CONT_GAP.match(text, c.end)
    if not gap or not _CONT_HEAD.search(text, c.start, gap.start() + gap.group().index("、")):
        return None
    clause = _CONT_CLAUSE.match(text, gap.end())
    if not clause or _CONT_NOT.search(clause.group()):
        return None
    # (what a victim goes on suffering is told in the passive: 待ち伏せされ、1日に数十件のLINEを送られている)
    suffered = "され" in text[c.start : c.end] and _CONT_PASSIVE.search(clause.group())
    if not suffered and not _CONT_KEY.search(clause.group()):
        return None
    return Candidate(c.start, clause.end(), c.type, c.score, c.recognizer, True)


# A time word is outside the phrase when it dates it (昨年【脳梗塞を発症し…】, 5年前に【…】, 昨年から【人工透析を…】),
# inside when it bounds or repeats it (先月まで…入院していた, 生まれつき…, 以前にも/過去にも…罰金刑, 昭和期より…檀家);
# a date opening a field value is part of the value (…兄：11月20日に肺がんの手術を受けられます). (…から is left
# out: the batches disagree, 先月から…通院している against 昨年から人工透析を受けている and 先週からインスリン注射を始めた.)
_EXTENT_BEFORE = re.compile(
    r"(?:(?:先月|先週|昨年|去年|今年|以前|過去|前|昔|幼少期|幼い頃|子どもの頃|小さい頃|若い頃|[㐀-䶿一-鿿豈-﫿]{1,3}期"
    r"|\d+(?:年|か月|ヶ月|カ月|週間)前|数年前|\d+歳)(?:より|まで|にも)|生まれつき)[ ]?\Z"
)
# (only where the time word opens the statement — a value, a quotation, a sentence —: after a subject, 被告人は以前にも
# 執行猶予付きの判決を受けている, it stays an adverb outside, as round 5 has it)
_EXTENT_LEFT = frozenset("、。\n「『:：( \t|>")
_VALUE_DATE_BEFORE = re.compile(r"[:：][ ]?((?:\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月\d{1,2}日)に)\Z")
_SAME_OFFENCE_BEFORE = re.compile(r"(?:同じこと|同様のこと|同じ罪|同種の罪|同種の事件|同種の件|同じ件|同様の件)で\Z")
_SENTENCE_WORDS = re.compile(r"判決|罰金|逮捕|服役|懲役|起訴|補導|前科|前歴")
# who said it: a doctor as the agent of the passive (かかりつけ医に軽度認知障害と言われた); 主治医から… stays outside
_DOCTOR_BEFORE = re.compile(r"(?:主治医|かかりつけ医|担当医|医師|医者)に\Z")
_DOCTOR_SAID = re.compile(r"と言われ|と診断|を指摘")


def _widened(text: str, c: Candidate) -> Candidate:
    start = c.start
    # the offence referred back to before a sentence or record (前にも同じことで執行猶予判決を受けている)
    same = _SAME_OFFENCE_BEFORE.search(text, max(0, start - 8), start)
    if same and _SENTENCE_WORDS.search(text, start, c.end):
        start = same.start()
    ext = _EXTENT_BEFORE.search(text, max(0, start - 12), start)
    if ext and (ext.start() == 0 or text[ext.start() - 1] in _EXTENT_LEFT):
        start = ext.start()
    else:
        date = _VALUE_DATE_BEFORE.search(text, max(0, start - 14), start)
        if date:
            start = date.start(1)
        else:
            doctor = _DOCTOR_BEFORE.search(text, max(0, start - 7), start)
            if doctor and _DOCTOR_SAID.search(text, start, c.end):
                start = doctor.start()
    if start == c.start:
        return c
    return Candidate(start, c.end, c.type, c.score, c.recognizer, True)


# round 11: a humble おり ends its sentence with ます (人工透析を受けております, …と診断されております): the predicates'
# …おり (continuative) stops before ます, which is the same verb's polite ending
_POLITE_REST = re.compile(r"ま(?:す|した)(?![がけ])")


def _politely_ended(text: str, c: Candidate) -> Candidate:
    if not text.endswith("おり", c.start, c.end):
        return c
    rest = _POLITE_REST.match(text, c.end)
    return Candidate(c.start, rest.end(), c.type, c.score, c.recognizer, True) if rest else c


# A condition of a hypothetical is no one's record (…以内にがんと診断確定された場合, …で入院したときは)
_HYPOTHETICAL_AFTER = re.compile(r"[^。、\n]{0,8}?(?:場合|とき(?:は|には|に限)|際(?:は|には|の))"
                                 # (… or a question: …で入院したことがありますか)
                                 r"|[^。、\n]{0,4}?ことが(?:ありますか|ありませんか|あるか|ある方)"
                                 # (… or a condition of a general statement: 子宮内膜症があると不妊の原因になる)
                                 r"|(?<=ある)と(?=[^。\n]{0,20}?(?:原因|リスク|危険|可能性|やす[いく]|ことがあ|になる|になります))")


# … and so is a phrase that describes a class of people or cases (…で休職した職員は, 前科がある者は, …で逮捕された例が)
_CLASS_AFTER = re.compile(
    # (round 10: … as a criterion, …の既往を有する患者, …を有する者)
    r"(?:を有する|を持つ|のある)(?:患者|者|方|人|女性|男性|児童|生徒)|"
    r"(?:し(?:た|ている|ていた)|する|され(?:る|た|ている)|中)?の?(?:方|人|者|患者|職員|社員|従業員|児童|生徒|学生|子ども|子供|女性|男性|高齢者|例|ケース|割合|件数)(?:は|が|へ|に|の|を|も|で|、|数)"
)


# A drug's side effect (添付文書: 重大な副作用として肝機能障害があります) is no one's condition
_SIDE_EFFECT_BEFORE = re.compile(r"副作用(?:として|に|は|が|:|：)[^。\n]{0,6}\Z")


# round 10: a statistic is no one's record — a condition followed by its share (病名上位: 高血圧症 18.2%, …) or a line
# that is a label and its count (value_counts(): 治療中(高血圧)          2210)
_SHARE_AFTER = re.compile(r"\)?[ \t]*\(?\d[\d,]*(?:\.\d+)?[ ]?%")
_COUNT_LINE = re.compile(r"[ \t]*[^\s]+[ \t]{2,}\d[\d,]*[ \t]*")


# (… or a row of a statistics table: the condition heads the line and only numbers follow — 高血圧  1,204  18.2%)
_LINE_HEAD = re.compile(r"[ \t|┆│\"]*")
_NUMBERS_AFTER = re.compile(r"\"?(?:[ \t,|┆│]+\"?[\d,.]+%?\"?)+[ \t|┆│]*")


def _statistic(text: str, c: Candidate) -> bool:
    if _SHARE_AFTER.match(text, c.end):
        return True
    left = text.rfind("\n", 0, c.start) + 1
    right = text.find("\n", c.end)
    right = len(text) if right < 0 else right
    if _COUNT_LINE.fullmatch(text, left, right) is not None:
        return True
    return _LINE_HEAD.fullmatch(text, left, c.start) is not None and _NUMBERS_AFTER.fullmatch(text, c.end, right) is not None


def _hypothetical(text: str, c: Candidate) -> bool:
    return (
        _HYPOTHETICAL_AFTER.match(text, c.end) is not None
        or _CLASS_AFTER.match(text, c.end) is not None
        or _SIDE_EFFECT_BEFORE.search(text, max(0, c.start - 12), c.start) is not None
        or _statistic(text, c)
    )


# A document that names its parties by letters (被告人A, 被害者B: a judgment, an anonymised case) identifies no
# one; what it says of 被告人 is not a record of a person (被告人には同種前科2犯がある)
_ANONYMISED = re.compile(r"(?:被告人|被疑者|被害者|被告|原告|申立人|相手方|少年)[A-Z](?![A-Za-z])")
_ANONYMOUS_SUBJECT = re.compile(r"(?:被告人|被疑者|被告|少年)(?:[A-Z](?![A-Za-z]))?(?:には|は|が|の)")


def _about_anonymised(text: str, c: Candidate) -> bool:
    left = max(text.rfind("。", 0, c.start), text.rfind("\n", 0, c.start)) + 1
    return _ANONYMOUS_SUBJECT.search(text, left, c.start) is not None


# --- Round 9b: mechanisms with reach (a person's record, a checked box, a disability's grade) ---------------------
# A table with a person-name column is a set of records about people (名簿, 予約者リスト, 申請者一覧): a listed
# condition standing as a word in any other cell of a row is that person's (抗凝固薬（心房細動）内服中, 1型糖尿病：…).
# Not when the cell denies it (高血圧なし), an unchecked box stands before it, or it heads a compound that names no
# condition (がん検診, 糖尿病教室: a word character after it that is no disease head).
_VALUE_OPEN = frozenset('",>')
_NAME_HEADER = re.compile(
    r"氏名|名前|姓名|(?:患者|利用者|受診者|入居者|対象者|児童|生徒|学生|社員|従業員|職員)(?:氏?名)|"
    r"^(?:name|Name|NAME|full_?name|Full name|姓|名)$"
    # round 9c: a column headed by a person-role noun (代表者, 相談者, 教習生, 会員, 乗客, 申込者): its cells name people
    r"|^\"?[㐀-䶿一-鿿豈-﫿]{0,4}(?<!業)(?<!事業)(?<!医療)(?<!製造)(?<!販売)(?<!出版)(?<!発行)(?<!発売)(?:者|[学習修講校]生|会員|乗客)(?:名|氏名)?\"?$"
)
# (a column naming a product, a course or a unit names no one's condition: 契約 医療・がん, コース がんドック)
_RECORD_NOT_COLUMN = re.compile(r"契約|商品|種目|種類|プラン|コース|保険|特約|講座|教室|科目|部署|所属|診療科|検査項目|項目")
_RECORD_NOTE = re.compile(r"\((?![^)\n]*(?:年|歳))[^()\n]{1,24}\)")
_RECORD_DENIED = re.compile(r"[^|,\t\n]{0,16}?(?:なし|無し|ない|否定|陰性|非該当|予防|検診|教室|講座|について)")
# a checked box before a condition on a questionnaire (☑ 高血圧): the person has it (the converse of _UNCHECKED)
_CHECKED = re.compile(r"[☑☒✓✔][ ]?\Z")
_CHECKED_NOT_AFTER = re.compile(r"の?(?:方|人|者|患者|予防)|について|とは|[㐀-䶿一-鿿豈-﫿ァ-ヶー]")
# a disability with its grade (視覚障害 1級, 心臓機能障害4級): a certificate's entry about one person; a class of
# people (視覚障害1級の方, 1級又は2級, 1級以上) is a rule's
_DISABILITY_GRADE = _gated(
    r"(?<![㐀-䶿一-鿿豈-﫿ァ-ヶー])[㐀-䶿一-鿿豈-﫿ァ-ヶー]{1,6}(?:障害|障がい)[ ]?[1-7]級"
    r"(?!の?(?:方|人|者|児|場合)|以上|以下|から|まで|[・～~]|[、,][1-7]|又は|または|相当|程度|に該当|[1-7])"
)


# round 10: a YAML block value (history: | ⏎ 子宮体がん術後 ⏎ 骨粗鬆症で内服中) is the lines indented under its key
_YAML_BLOCK = re.compile(r"[|>][-+]?[ \t]*")


def _block(text: str, start: int, end: int) -> tuple[int, int]:
    if not _YAML_BLOCK.fullmatch(text, start, end):
        return start, end
    key_line = text.rfind("\n", 0, start) + 1
    indent = len(text[key_line:start]) - len(text[key_line:start].lstrip(" "))
    pos = end + 1
    while pos < len(text):
        nl = text.find("\n", pos)
        line = text[pos : nl if nl >= 0 else len(text)]
        if not line.strip() or len(line) - len(line.lstrip(" ")) <= indent:
            break
        end = pos + len(line)
        if nl < 0:
            break
        pos = nl + 1
    return start, end


# round 10: the medical column of a table printed by a tool (a box-drawn Polars/DuckDB table, read as a | table, or
# one aligned with spaces as pandas head(): Document.text_cells) or of any other table, under a short name (dx, 病名)
_MEDICAL_COLUMN = re.compile(r"^(?:dx|DX|Dx|diagnos[ie]s|Diagnos[ie]s|診断名?|病名|傷病名|既往歴|持病|疾患名?)$")


def _record_cells(doc: Document) -> list[tuple[int, int]]:
    """Spans of the cells (other than the name) of the rows of a table that has a person-name column."""
    out: list[tuple[int, int]] = []
    for _, cells, rows in doc.table_rows:
        names = {i for i, c in enumerate(cells) if _NAME_HEADER.search(c)}
        if not names:
            continue
        names |= {i for i, c in enumerate(cells) if _RECORD_NOT_COLUMN.search(c)}
        for start, row in rows:
            for i, cell in enumerate(row):
                if i not in names and cell.strip():
                    out.append((start, start + len(cell)))
                start += len(cell) + 1
    return out


# round 9c: an impaired function said plainly (耳が遠いので…, 目が不自由なため…, 心臓が悪く（ペースメーカー）): a closed
# class of body parts and of their impairments, anywhere (a note, a cell, a memo; with its bracket note). Not a class
# of people (目が不自由な方) nor a denial (足が悪くない), and not a hypothetical (the recognizer's filter).
_BODY = r"(?:目|眼|耳|足|脚|腰|膝|ひざ|手|腕|指|体|身体|からだ|心臓|腎臓|肝臓|肺|胃|視力|聴力|言葉|口)"
_IMPAIRED = _gated(
    rf"(?<![㐀-䶿一-鿿豈-﫿ァ-ヶー])(?:(?:右|左|両)?{_BODY})が(?:不自由|遠い|遠く|悪い|悪く|弱い|弱く|見えない|見えにくい|聞こえない|聞こえにくい|動かない|動きにくい)"
    r"(?!ない|なく|なら|なる|なっ|な?(?:方|人|者|児|お客|場合|とき|際|ケース)|くな|い?ように)"
)


def _record_conditions(doc: Document) -> Iterable[tuple[int, int]]:
    cells = _record_cells(doc)
    if not cells:
        return
    text = doc.text
    ci = 0
    for start, end in listed_conditions(text):
        while ci < len(cells) and cells[ci][1] <= start:
            ci += 1
        if ci == len(cells):
            return
        a, b = cells[ci]
        if not (a <= start and end <= b):
            continue
        pre = _COND_PREFIX.search(text, max(a, start - 12), start)
        if pre:
            start = pre.start()
        if start > a and re.match(_WORD, text[start - 1]):
            continue
        tail = _TAIL.match(text, end, b)
        if tail:
            end = tail.end()
        if end < b and re.match(_WORD, text[end]):
            continue
        if _UNCHECKED.search(text, max(a, start - 2), start) or _RECORD_DENIED.match(text, end, b):
            continue
        # (with the bracket note after it: てんかん（発作時は座薬、救急搬送）)
        note = _RECORD_NOTE.match(text, end, b)
        yield start, note.end() if note else end


from hogo.scan.recognizers import sensitive_prose, sensitive_records  # noqa: E402  (they read this module's patterns)


class SensitiveRecognizer(Recognizer):
    name = "sensitive"
    types = frozenset({PiiType.SENSITIVE})

    def analyze(self, doc: Document) -> Iterable[Candidate]:
        text = doc.text
        cands = [c for c in self._analyze(doc) if not _hypothetical(text, c)]
        cands = sensitive_records.revise(doc, cands)  # round 11: agreed boundaries, phrases of written records
        cands = sensitive_prose.revise(doc, cands)  # round 12: passing mentions in prose and operations files
        if cands and _ANONYMISED.search(text):
            cands = [c for c in cands if not _about_anonymised(text, c)]
        cands += list(self._joined(text, cands))
        cands += [c for c in map(functools.partial(_continued, text), cands) if c is not None]
        seen: set[tuple[int, int]] = set()
        for c in cands:
            c = _politely_ended(text, _widened(text, c))
            if (c.start, c.end) not in seen:
                seen.add((c.start, c.end))
                yield c

    def _joined(self, text: str, cands: list[Candidate]) -> Iterable[Candidate]:
        # two findings joined by a short connective in one sentence are one phrase (適応障害と診断され、現在心療内科に
        # 通院中; 万引きしたとして窃盗の疑いで逮捕)
        starts: dict[int, Candidate] = {}
        for c in cands:
            if c.start not in starts or c.end > starts[c.start].end:
                starts[c.start] = c
        for a in starts.values():
            # the consequence of a condition after あり/し (視覚障害があり白杖を使用)
            if text[a.end - 2 : a.end] in ("あり", "って") or text[a.end - 1 : a.end] == "し":
                q = _CONSEQ.match(text, a.end)
                if q:
                    yield Candidate(a.start, q.end(), PiiType.SENSITIVE, a.score, self.name, True)
            if len(starts) > 1:
                m = _JOIN.match(text, a.end)
                b = starts.get(m.end()) if m else None
                if b is not None and b.end > a.end:
                    yield Candidate(a.start, b.end, PiiType.SENSITIVE, max(a.score, b.score), self.name, True)

    def _analyze(self, doc: Document) -> Iterable[Candidate]:
        text = doc.text
        for start, end in listed_conditions(text):
            start = condition_name_start(text, start)
            # a short note in brackets may stand between the condition and its predicate (食物アレルギー（卵・乳）あり)
            tail = _TAIL.match(text, end)
            if tail:
                end = tail.end()
            note = _NOTE.match(text, end)
            pred = _PRED_RE.match(text, note.end() if note else end)
            # (a space after a latin abbreviation before its predicate: ASD の診断があって)
            if not pred and not note and text[end : end + 1] == " " and text[end - 1].isascii():
                pred = _PRED_RE.match(text, end + 1)
            if not pred and start > 0 and text[start - 1] in _OWNER_BEFORE:
                pred = _PROGRESS.match(text, note.end() if note else end)
            if pred:
                yield Candidate(_coordinated(text, start), pred.end(), PiiType.SENSITIVE, 0.8, self.name, True)
            # a bracket note telling its treatment (てんかん（服薬中）, 難聴（右耳、補聴器使用）)
            elif treated := _TREATED_NOTE.match(text, end):
                yield Candidate(start, treated.end(), PiiType.SENSITIVE, 0.8, self.name, True)
            # a condition that is the reason for something happening to a person (…は認知症のため、離設しかけた)
            elif (
                start > 0
                and (
                    text[start - 1] in "がは\t" and text[start - 3 : start] != "または"
                    or text[start - 2 : start] == "| "
                    # round 9b: the opening of a record's value (a JSON string, a CSV cell, an XML element, a field
                    # opening: "memo": "妊娠糖尿病のため…", ,緑内障のため…; not after a label: 統計：…により)
                    or text[start - 1] in _VALUE_OPEN
                )
                and _REASON_AFTER.match(text, end)
                and not _GENERIC.match(text, end)
            ):
                yield Candidate(start, end, PiiType.SENSITIVE, 0.8, self.name, True)
            # round 10: a condition opening a value as the first item of a note about the person (memo="アルツハイマー型
            # 認知症、夜間徘徊あり。…", 適格性確認：2型糖尿病（罹病期間12年）、HbA1c …)
            elif (
                (op := _VALUE_OPENING.search(text, max(0, start - 3), start))
                and (item_end := _ITEM_END.match(text, end))
                and not _GENERIC.match(text, end)
                and _NOTE_LABEL.search(text, max(0, op.start() - 12), op.start())
            ):
                yield Candidate(start, item_end.end(1) if item_end.group(1) else end, PiiType.SENSITIVE, 0.75, self.name, True)
            # a condition naming a relative (認知症の夫の介護, 糖尿病の母): the condition of that person
            elif _RELATIVE_AFTER.match(text, end):
                yield Candidate(start, end, PiiType.SENSITIVE, 0.8, self.name, True)
            # a graded condition closing a clause states the person's state (本人の状況：軽度の認知症。)
            elif _SEVERITY.match(text, start) and _CLAUSE_END.match(text, end):
                yield Candidate(start, end, PiiType.SENSITIVE, 0.8, self.name, True)
            # round 9c: a condition with the treatment event it had, as a clause of a record or a message (乳がんの手術
            # でした, うつ病の通院が続いて, 乳がんの術後で…, がんの手術、訪問は午前のみ); not a topic (…の手術では)
            elif ev := _EVENT_AFTER.match(text, end):
                yield Candidate(start, ev.end(), PiiType.SENSITIVE, 0.6, self.name, True)
        for m in _SENSITIVE.finditer(text):
            yield Candidate(m.start(), m.end(), PiiType.SENSITIVE, 0.8, self.name, True)
        for m in _AID_USE.finditer(text):
            # (round 9c: with a bracket naming the condition it is for: 車いす使用（脊髄損傷）)
            note = _RECORD_NOTE.match(text, m.end())
            end = note.end() if note and _CONDITION.search(text, note.start() + 1, note.end() - 1) else m.end()
            yield Candidate(m.start(), end, PiiType.SENSITIVE, 0.8, self.name, True)
        # the morphological rule (the first anchor) from the disease heads forwards: a head is rarer than a predicate's
        # first character (の, で, と …), so the predicate is tried only where a condition word can end
        anchor, back, width = _ANCHORED[0]
        consumed = 0
        for e in _head_ends(text):
            if e < consumed:
                continue
            a = anchor.match(text, e)
            if a:
                w = back.search(text, max(0, e - width), e)
                if w:
                    yield Candidate(_coordinated(text, w.start()), a.end(), PiiType.SENSITIVE, 0.8, self.name, True)
                consumed = a.end()
        for i, (anchor, back, width) in enumerate(_ANCHORED[1:], 1):
            gate = _ANCHOR_GATES[i]
            if gate is not None and not gate(text):
                continue
            for a in anchor.finditer(text):
                w = back.search(text, max(0, a.start() - width), a.start())
                if w:
                    yield Candidate(w.start(), a.end(), PiiType.SENSITIVE, 0.8, self.name, True)
        for a in _SHARED.finditer(text):
            back, width = _SHARED_BACK[a.lastgroup]
            w = back.search(text, max(0, a.start() - width), a.start())
            if w:
                yield Candidate(w.start(), a.end(), PiiType.SENSITIVE, 0.8, self.name, True)
        for m in _SUBJECT.finditer(text):
            c = _SUBJECT_COND.match(text, m.end())
            if c and not _GENERIC.match(text, c.end()):
                cue = _SUBJECT_CUE.match(text, c.end())
                end = cue.end()
                if cue.group() in _CLAUSE_CUES:
                    clause = _SUBJECT_CLAUSE.match(text, cue.end())
                    end = clause.end() if clause else c.end() if cue.group() in ("で", "のため", "により", "が原因で") else cue.end()
                yield Candidate(c.start("c"), end, PiiType.SENSITIVE, 0.7, self.name, True)
        # round 9b: a condition in a person's record, after a checked box, a disability's grade
        for start, end in _record_conditions(doc):
            yield Candidate(start, end, PiiType.SENSITIVE, 0.65, self.name, True)
        if "が" in text:
            for m in _IMPAIRED.finditer(text):
                note = _RECORD_NOTE.match(text, m.end())
                yield Candidate(m.start(), note.end() if note else m.end(), PiiType.SENSITIVE, 0.6, self.name, True)
        if any(ch in text for ch in "☑☒✓✔"):
            for start, end in listed_conditions(text):
                if _CHECKED.search(text, max(0, start - 2), start) and not _CHECKED_NOT_AFTER.match(text, end):
                    yield Candidate(start, end, PiiType.SENSITIVE, 0.75, self.name, True)
        # (below every other rule: a longer finding around it wins — 全盲（視覚障害1級）)
        if "級" in text and ("障害" in text or "障がい" in text):  # (the pattern opens with any kanji: gate it on its words)
            for m in _DISABILITY_GRADE.finditer(text):
                yield Candidate(m.start(), m.end(), PiiType.SENSITIVE, 0.55, self.name, True)
        for m in _RELIGION_FIELD.finditer(text):
            yield Candidate(m.start(1), m.end(1), PiiType.SENSITIVE, 0.75, self.name, True)
        latin = _LATIN_PROSE.search(text) is not None
        if latin or _OTHER_LANGUAGE_WORDS.search(text):
            for m in _OTHER_LANGUAGE.finditer(text):
                yield Candidate(m.start(), m.end(), PiiType.SENSITIVE, 0.75, self.name, True)
        if latin or any(w in text for w in _LATIN_LABELS):
            for m in _RELIGION_EN.finditer(text):
                yield Candidate(m.start(1), m.end(1), PiiType.SENSITIVE, 0.75, self.name, True)
            for m in _EN_SENSITIVE.finditer(text):
                yield Candidate(m.start(), m.end(), PiiType.SENSITIVE, 0.8, self.name, True)
            if _EN_ROUND8_WORDS.search(text):
                for m in _EN_ROUND8.finditer(text):
                    yield Candidate(m.start(), m.end(), PiiType.SENSITIVE, 0.8, self.name, True)
            for f in _EN_FIELD.finditer(text):
                for c in _EN_FIELD_CONDITION.finditer(text, f.start(1), f.end(1)):
                    yield Candidate(c.start(), c.end(), PiiType.SENSITIVE, 0.75, self.name, True)
        for m in _JIBYO.finditer(text):
            if _CONDITION.search(text, m.start(), m.end()):
                owner = _JIBYO_OWNER.search(text, max(0, m.start() - 3), m.start())
                yield Candidate(owner.start() if owner else m.start(), m.end(), PiiType.SENSITIVE, 0.8, self.name, True)
        fields = [_block(text, *f.span(1)) for f in _MEDICAL_FIELD.finditer(text)] + doc.cells_under(_MEDICAL_HEADER)
        if doc.has_columns:
            fields += doc.cells_under(_MEDICAL_COLUMN, sql=False, html=False)
        if "JAHISTC" in text:
            fields += [f.span(1) for f in _JAHIS_NOTE.finditer(text)]
        for start, end in dict.fromkeys(fields):  # (a 病名 column is under both header patterns: read it once)
            for c in _CONDITION.finditer(text, start, end):
                if _UNCHECKED.search(text, max(0, c.start() - 2), c.start()):
                    continue
                # (a value with its certificate inside outranks the certificate alone: うつ病（精神障害者保健福祉手帳3級）)
                score = 0.8 if "手帳" in text[c.start() : c.end()] else 0.75
                yield Candidate(c.start(), c.end(), PiiType.SENSITIVE, score, self.name, True)
