"""Person names (氏名): SudachiPy's 人名 (姓/名) tags plus context (honorifics, labels, table headers).

Kanji, hiragana, katakana and half-width katakana names all come out of the same tokens (half-width
kana is normalised first). Romaji names are taken only in context (``Name:``, ``Mr.``, ``氏名（ローマ字）``).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable

from hogo.scan.document import Document, sudachi
from hogo.scan.recognizers.address import COMPANY_WORDS, municipalities
from hogo.scan.recognizers.base import Candidate, Recognizer, _gated, words_gate
from hogo.scan.recognizers.patterns import PREFECTURES
from hogo.scan.types import PiiType

HONORIFICS = (
    "さん", "様", "さま", "サマ", "殿", "どの", "氏", "先生", "君", "くん", "ちゃん", "教諭", "課長", "部長",
    "係長", "主任", "社長", "会長", "校長", "院長", "所長", "理事長", "園長", "室長", "支店長", "先輩", "宛",
    "御中", "議員", "弁護士", "医師", "看護師", "委員", "代表", "副校長", "教頭", "担任", "副会長", "書記", "会計",
    "監事", "幹事", "委員長", "副委員長", "主査", "主事", "課長補佐", "次長", "参事", "施設長", "相談員", "支援員",
    "保育士", "講師", "教授", "准教授", "助教", "専務", "常務", "取締役", "師長", "さん宛",
    # round 9c: titles of associations, teams and the police written straight after a surname (伊勢谷理事長,
    # 竹内副理事長, 宮坂班長, 佐野監督, 宮内巡査, 梅本保護司): outside the name (敬称・肩書は氏名に含めない)
    "副理事長", "常務理事", "専務理事", "代表理事", "理事", "班長", "監督", "巡査", "巡査長", "巡査部長", "警部補", "保護司", "民生委員", "町内会長", "自治会長",
    # round 11: professions and posts written straight after a surname in office and care files (岸保健師, 沼田書記長,
    # 宍戸指導主事, 森永カウンセラー, 片桐料理長)
    "保健師", "書記長", "指導主事", "税理士", "司法書士", "行政書士", "社労士", "薬剤師", "栄養士", "事務長", "料理長",
    "店長", "カウンセラー",
)
# an honorific written in kanji must not run on into a longer word (委員 in 委員会, 代表 in 代表的)
# a kana honorific may run straight into the next word (上原さん通院のため); a kanji one must not (委員会),
# nor the words さん橋 (桟橋) and さん付け
_HONORIFIC_AFTER = re.compile(
    r"[ ]?(?:(?:" + "|".join(sorted((re.escape(h) for h in HONORIFICS if re.match("[ぁ-んァ-ヶ]", h)), key=len, reverse=True))
    + r")(?![橋付])|(?:" + "|".join(sorted((re.escape(h) for h in HONORIFICS if not re.match("[ぁ-んァ-ヶ]", h)), key=len, reverse=True))
    + r")(?![㐀-䶿一-鿿豈-﫿](?<![宅方宛])))"
)
LABELS = (
    "氏名", "名前", "お名前", "フリガナ", "ふりがな", "カナ", "ローマ字", "担当者", "担当", "申請者", "申込者", "保護者",
    "本人", "児童", "生徒", "利用者", "患者", "被保険者", "旧姓", "宛名", "差出人", "記入者", "署名", "代表者",
    "連絡者", "世帯主", "配偶者", "契約者", "受取人", "名義人", "名義", "作成者", "相談者", "入居者", "職員",
    "社員", "従業員", "担任", "記録者", "父", "母", "長男", "長女", "次男", "次女", "妻", "夫", "子", "送信者",
    "From", "To", "Name", "NAME", "name", "差出", "宛先", "発信者", "受信者", "出席者", "欠席", "司会", "議長",
    "書記", "面談者", "対応者", "加害者", "被害者", "依頼者", "紹介者", "参加者", "受講者", "応募者", "Cc", "CC",
    # roles written before a name on staff lists, reports and referrals (園長　大塚 久子, 報告者：看護師 新井)
    "園長", "主任", "保育士", "調理員", "医師", "看護師", "准看護師", "介護士", "介護職員", "相談員", "支援員", "教諭",
    "講師", "事務員", "報告者", "主治医", "薬剤師", "栄養士", "理学療法士", "作業療法士", "ケアマネジャー",
    "介護支援専門員", "運転手", "評価者", "面接者", "確認者", "承認者", "申請人", "賃借人", "賃貸人", "借主", "貸主",
    "幹事", "記載医", "ほごしゃ", "じどうめい", "なまえ", "おなまえ", "おむかえ", "せいとめい", "たんにん", "同行者", "面接官",
    "請求者", "申出者", "届出者", "代表取締役", "取締役", "運転者", "受診者", "署名者", "筆頭者", "氏 名", "シメイ", "担当の", "担任の", "部 ", "課 ", "局 ", "室 ", "係 ", "事務局 ", "主治医", "連帯保証人", "保証人", "扶養親族", "口座名義", "Contact",
    # kin written before a name (同居の孫 近藤 翔), a reception desk (受付：東), katakana occupations
    "孫", "兄", "姉", "弟", "妹", "甥", "姪", "祖父", "祖母", "叔父", "叔母", "伯父", "伯母", "義父", "義母", "受付",
    "オペレーター", "ナース", "ドクター", "ドライバー", "アシスタント", "リーダー", "ディレクター", "セラピスト", "ケアマネ",
    # an organisation or department written before a staff member's name (支援センター 宮内, 内科医院　小松 英樹)
    "文責", "起案者", "作成", "対応", "記入", "相手", "同僚", "センター ", "ステーション ", "クリニック ", "医院 ", "病院 ", "内科 ", "外科 ", "歯科 ", "事業所 ", "薬局 ", "支所 ",
    # round 5: stamps and sign-offs of business forms (承認 柳, 検印 湊, 編集：広報 奈良), customers, a name in use
    "承認", "検印", "決裁", "編集", "代理", "立会い", "立会", "顧客", "通称名", "通称", "上席",
    # round 7: duties written before the person doing them (通訳 グエン・ティ・ホア, 送迎 小鳥遊, 当番：…)
    "通訳", "送迎", "当番", "日直", "当直", "夜勤", "付添", "付き添い", "介助",
    # round 9c: a department or desk written before a staff member's surname (情シス 藤代, 人事 真壁, サ責 大野)
    "人事 ", "総務 ", "経理 ", "労務 ", "庶務 ", "法務 ", "広報 ", "営業 ", "情シス ", "サ責 ", "デスク ", "医事課 ",
)


def _label_alternation(words: Iterable[str]) -> re.Pattern[str]:
    """The words as ``words_re`` matches them (longest first; letters in any case), written as a one-level trie: one
    branch per first character, longest rest first (氏(?:名|), 担(?:当者|当|任) …), so that at a position the engine
    tries the rests of one branch instead of every word; only the words with letters are case-insensitive
    ((?i:From)). The alternation is tried only where one of its first characters stands (gate)."""
    ordered = sorted(set(words), key=len, reverse=True)
    branches: dict[str, list[str]] = {}
    for w in ordered:
        branches.setdefault(w[0], []).append(w)
    parts = []
    for first, group in branches.items():
        if first.lower() != first.upper():
            parts.extend("(?i:" + re.escape(w) + ")" for w in group)
        else:
            rests = [w[1:] for w in group]
            parts.append(re.escape(first) + ("(?:" + "|".join(("(?i:" + re.escape(r) + ")") if r.lower() != r.upper() else re.escape(r) for r in rests) + ")" if rests != [""] else ""))
    starts = {c for w in ordered for c in (w[0], w[0].lower(), w[0].upper())}
    return re.compile("(?=[" + "".join(sorted(map(re.escape, starts))) + "])(?:" + "|".join(parts) + ")")


# the alternation is tried only where one of its first characters stands (6x faster than trying it everywhere)
_LABEL_RE = _label_alternation(LABELS)
# A role written before a name that no list can hold: any kanji word ending in a person suffix (届出人, 被推薦者,
# 理事長, 担当医, 指導員) or a katakana occupation (担当ケースワーカー), then a separator.
_ROLE_BEFORE = _gated(
    r"(?:[㐀-䶿一-鿿豈-﫿]{0,5}(?:者|人|長|員|医|師|士|官|主|役|(?<=[護上宮])司)|[㐀-䶿一-鿿豈-﫿]{0,3}(?:研修|実習|留学|受講|受験|研究|聴講|在校|卒業)生"
    r"|[㐀-䶿一-鿿豈-﫿ァ-ヶー]{0,6}(?:ワーカー|マネジャー|マネージャー|"
    r"スタッフ|コーディネーター|カウンセラー|トレーナー|ヘルパー|オペレーター|モデレーター|アドバイザー|インストラクター|エンジニア|デザイナー|プランナー|コンシェルジュ|サポート))(?:[(（][^)）\n]{1,8}[)）])?[ \t]*(?:[:：|][ \t]*|[ \t])\Z"
)
# the same roles, searched forward for names SudachiPy does not tag (担当ケースワーカー：佐伯)
# (only the role's last word is needed to find what follows; the run after it is checked for a dictionary surname)
_ROLE_FORWARD = _gated(
    r"(?<=[㐀-䶿一-鿿豈-﫿ァ-ヶー])(?:者|人|長|員|医|師|士|官|主|役|(?<=[修習学講験究])生|ワーカー|マネジャー|マネージャー|スタッフ|"
    r"コーディネーター|カウンセラー|トレーナー|ヘルパー|モデレーター|アドバイザー|インストラクター|エンジニア|デザイナー|プランナー|コンシェルジュ)(?=[ \t:：])"
)
# kanji titles double as role labels before a name (会計 酒井, 課長 山田)
_TITLE_BEFORE = re.compile(
    r"(?:" + "|".join(sorted((re.escape(h) for h in HONORIFICS if len(h) >= 2 and not re.search("[ぁ-ん]", h)), key=len, reverse=True))
    + r")[ \t]*(?:[:：|][ \t]*|[ \t])\Z"
)
_HEADER_ROLE = re.compile(r"[ ]?[㐀-䶿一-鿿豈-﫿]{0,6}(?:者|人|長|員|医|師|士|官|役)[ ]?")
_ROLE_WORD = re.compile(r"[㐀-䶿一-鿿豈-﫿]{1,6}(?:者|人|長|員|医|師|士|官|役)")
# not a role: words ending in a person suffix that are things (記入者欄 is fine, but 前者/後者/両者 are pronouns)
_NOT_ROLE = re.compile(r"(?:前者|後者|両者|各者|第三者|他人|個人|法人|本人|万人|千人|百人|\d人)[ \t]*(?:[:：|][ \t]*|[ \t])\Z")
# JSON / dict key-value pairs whose key names a person ("氏名": "山田太郎", "kana": "ヤマダ タロウ", "担当医": "村井")
_KEY_VALUE = re.compile(r'"([^"\n]{1,16})"[ ]?[:=][ ]?"([^"\n]{1,40})"')
_NAME_KEY = re.compile(
    r"氏名|名前|なまえ|フリガナ|ふりがな|カナ|かな|^name$|name$|Name$|^kana|_kana|Kana$|^(?:family|given|first|last|middle)(?:_?[Nn]ame)?$|surname|^shimei|^simei|(?:者|人|医|長|担当)$|名$|名(?:カナ|かな)$"
)
# round 7: the keys of a name object, one per writing, and the object's own key before its opening brace
# (not ja/en/display: an i18n object "name": {"ja": …, "en": …} names a product as often as a person)
_SCRIPT_KEY = re.compile(r"kanji|kana|hiragana|katakana|romaji|漢字|かな|カナ|ローマ字", re.I)
_NOT_PERSON_OBJECT = re.compile(r"company|corp|org|shop|store|product|item|brand|facility|office|branch|pet|会社|法人|店|施設", re.I)
_NOT_PERSON_TABLE = re.compile(r"item|goods|menu|stock|categor|tag|tax|plan|course|event|room|asset|vendor|supplier|client_compan", re.I)
_NAME_OBJECT = re.compile(r'"([^"\n]{1,20})"[ ]?:[ ]?\{[^{}]*\Z')
_NAME_PART_KEY = re.compile(r"^(?:family|given|first|last|middle)(?:_?[Nn]ame)?$|^surname$", re.I)
# round 10: a value after a key in any key/value syntax a tool prints — YAML and protobuf text (family_name: "…"),
# key = value records (parquet-tools head), mongosh (kana: '…'), Ruby hashes ("name" => "…"), JSON inside a string
# (\"lastName\": \"…\") or a CSV cell (""guest"":""…""), Avro/DynamoDB wrappers ({"string": "…"}, {"S": "…"}); its key
# comes from Document.key_of
_KV_VALUE = re.compile(
    r"(?:=>|[:=])[ \t]*(?:(?P<q>\\?\"|\"\"|')(?P<v>[^\"'\\\n]{1,40})(?P=q)|(?P<u>[^\s\"'\\{\[(<][^\"'\\\n=]{0,39}?)[ \t]*$)", re.M
)
# an ASCII key naming a person's name or a writing of it (name_kanji, name_kana, firstNameKana, shimei)
_ASCII_NAME_KEY = re.compile(r"(?:^|_)name(?:_?(?:kanji|kana|kj|kn|sei|mei|full|ja|jp|roma|romaji))?$|Name(?:Kana|Kanji)?$|(?:^|_)kana$|Kana$|^shimei|^simei|^yomi$|^furigana$")
# an ASCII key naming a person by a role (doctor, guest, card holder): the value must look like a name on its own
_ROLE_KEY = re.compile(r"^(?:doctor|physician|nurse|guest|holder|card_?holder|guardian|parent|spouse|referrer|patient|attending|requester)$", re.I)
# a given name of a key/value record: kanji, perhaps ending in kana (美ら, 忍), or kana
_GIVEN_PART = re.compile(r"[㐀-䶿一-鿿豈-﫿々]{1,3}[ぁ-ゖ]{0,2}|[ぁ-ゖ]{2,5}|[ァ-ヺー]{2,8}")
_NOT_NAME_KEY = re.compile(r"(?:会社|法人|団体|施設|学校|病院|店|品|商品|ファイル|file|user_?name|username|病|症|疾患|診断|障害|傷病|薬)名?$|(?:会社|施設|病|品|商品|障害|薬)名", re.I)
# a school grade or class written between a label and the name (被害児童：5年2組 …)
_GRADE = r"(?:(?:[小中高]\d|\d{1,2}年(?:\d{1,2}組)?生?|\d{1,2}組|年[長中少]組?)[ \t]+)?"
_LABEL_GAP = re.compile(
    r"(?:\d{1,2}|[A-Z]{1,4})?[ \t]*(?:[(（][^)）\n]{0,12}[)）])?[ \t]*[:：=＝|]?[ \t,]*(?:(?<![\s:：,|])・)?"
    # a kin word between the label and the name (相談者：娘 春日 瞳)
    r"(?:(?<=[:：])[ \t]*(?:父|母|妻|夫|娘|息子|長男|長女|次男|次女|兄|姉|弟|妹|孫|祖父|祖母|叔父|叔母|甥|姪|知人|友人)[ \t]+)?"
    + _GRADE + "$"
)
# Words right after a 人名 token that show it is a place, an organisation or a thing, not a person.
_NOT_PERSON_AFTER = re.compile(
    r"(?:市|町|村|区|県|郡|駅|線|川|山|島|湾|橋|通り|ビル|病院|医院|大学|高校|中学|小学校|学校|学園|銀行|"
    r"株式会社|商事|工業|建設|製作所|産業|財団|協会|法律|法|条約|式|方式|賞|記念|家|流|派|構想|事件|内閣|政権|政府|氏族|時代)"
)
_ORG_TAIL = re.compile(r"(?:科|院|クリニック|薬局|店|堂|屋|事務所|センター|ステーション|会社|商会)$")
# round 8: an eponym of a condition is no person (ダウン症候群, 橋本病, バセドウ病, 川崎病)
_CONDITION_AFTER = re.compile(r"(?:症候群|症|病(?!院|棟|室|理))")
# round 9: a name word glued to the rest of a company name (三浦メディカルサプライ株式会社, 田中建設㈱): the company's
_COMPANY_AFTER = re.compile(r"[㐀-䶿一-鿿豈-﫿々ァ-ヶー]{1,14}?(?:株式会社|有限会社|合同会社|\(株\)|\(有\)|㈱|㈲)")
_NOT_PERSON_BEFORE = re.compile(r"(?:株式会社|有限会社|合同会社|\(株\)|（株）|法人)\s?$")  # (round 11: 医療法人恒和会, 社会福祉法人 …)
# romaji words: Title case (Taro, O'Connor) or upper case (YAMADA); a name is 2-3 words, the cases may mix
# (Taro YAMADA, SHIMIZU Ayaka)
_TW = r"[A-Z](?:[a-z]{1,15}|[a-z]?'[A-Z][a-z]{1,12})(?:-[A-Za-z][a-z]{1,10})?"
_UW = r"[A-Z]{2,15}(?:-[A-Z]{2,10})?"
_ROMAJI = _gated(rf"{_TW}(?: {_TW}(?!:)){{1,2}}(?![A-Za-z'])|{_UW}(?: {_UW}(?!:)){{1,2}}(?![A-Za-z'])|{_TW} {_UW}(?![A-Za-z'])|{_UW} {_TW}(?![A-Za-z'])")
# a romaji name that a later phrase shows is a party or a person (… （以下「乙」という。）, … さん)
_ROMAJI_AFTER = re.compile(r"[ ]?[(（]以下[「『]")
_ROMAJI_CONTEXT = re.compile(
    r"(?:Name|NAME|name|氏名|ローマ字|Mr\.|Ms\.|Mrs\.|Dear|Sincerely|From|To|Contact|Attn\.?|[Rr]egards,|Sincerely,|Yours,"
    r"|(?:Guest|Client|Patient|Passenger|Applicant|Member|Student|Attendee|Customer|Traveler|Holder|Owner|Sender)s?:)"
    r"(?:[^\n]{0,6}|[ ]?[(（][^)）\n]{1,12}[)）][ ]?[:：]?[ ]*)$"
    r"|(?:[Rr]egards|Sincerely|Yours|Best|Thanks|Cheers),?[ ]*\n[ ]*$"
)
_HONORIFIC_AT = _gated(
    r"(?<=[㐀-䶿一-鿿豈-﫿々])(?:(?:" + "|".join(sorted(map(re.escape, HONORIFICS), key=len, reverse=True)) + r")(?![㐀-䶿一-鿿豈-﫿])|[:：] "
    r"|[ ](?=(?:先生|様|さん|殿|医師)(?![㐀-䶿一-鿿豈-﫿])))"  # 德永 先生
)
# honorifics that also end common words after one kanji (多様, 同様, 各氏, 諸君): no one-character surname before them
_AMBIGUOUS_AFTER_ONE = frozenset({"様", "さま", "殿", "氏", "君", "代表", "委員", "宛", "御中"})
# a word before a surname that is no part of it (元山田課長 = former, 故山田氏 = the late, 新/副/各/同 …)
# an institution word whose last character starts a title (保健+所長, 図書+館長, 保育+園長, 病+院長)
_INSTITUTION_HEAD = re.compile(r"(?:保健|事務|研究|営業|出張|診療|保育|幼稚|動物|図書|公民|美術|博物|体育|会|病|医|支|分|本)\Z")
_NAME_PREFIX_NOT = frozenset("元前現故新旧副各両同当本貴御総全弊某他次")
_KANJI = re.compile(r"[㐀-䶿一-鿿豈-﫿々]")
# round 10: Latin words SudachiPy tags as names that no one writes as a name: a lower-case word of code (phone,
# card_last) and a code of two or three capitals (EU24-0715-ROM)
_LATIN_WORDS = re.compile(r"[a-z][A-Za-z \-]*|[A-Z]{2,3}")
_SURNAME_BEFORE_SPACE = re.compile(r"(?:(?<=[^㐀-䶿一-鿿豈-﫿々])|^)([㐀-䶿一-鿿豈-﫿々]{1,4})[ ]\Z")
_RUN_BEFORE = re.compile(r"(?:(?<=[:：、,\s(（「。!?！？])|(?<![\s\S]))[㐀-䶿一-鿿豈-﫿々〆ヶ]$|[㐀-䶿一-鿿豈-﫿々〆ヶ]{2,7}$")


# round 5: variant kanji (異体字) in registers and signatures (日髙, 𠮷田, 山﨑) are looked up in their common form
_VARIANTS = str.maketrans({"髙": "高", "﨑": "崎", "德": "徳", "邊": "辺", "邉": "辺", "濵": "浜", "齋": "斎", "齊": "斉", "𠮷": "吉", "槗": "橋", "栁": "柳"})


from hogo.scan.recognizers.person_latin import ORG_WORDS as ROMAJI_STOP  # noqa: E402
from hogo.scan.recognizers.person_latin import _NAME_HEADER as _LATIN_NAME_HEADER  # noqa: E402


# round 13: 様 written apart from the name is its honorific even before a kanji word (能登 様本人の申請, 能登 様分は): the
# glued-kanji guard of _HONORIFIC_AFTER is for 委員会, 代表的; 様式, 様子, 様相 stay words
_APART_SAMA = re.compile(r"[ ]様(?![式子相態々])")
# round 13: a post or a profession written after a surname, a common noun of a person suffix (塾長, 検事, 警部, 教諭): over
# all dev batches 105 of 113 such pairs are a gold name (the rest: 安中|市長, handled as the place's office)
_TITLE_WORD_AFTER = re.compile(r"[ ]?([㐀-䶿一-鿿豈-﫿]{1,3}(?:長|員|師|士|官|検事|警部|諭))(?![㐀-䶿一-鿿豈-﫿])")
_ROLE_NOUN = re.compile(r"[㐀-䶿一-鿿豈-﫿]{2,5}[人者]")
_CODE_LETTER = re.compile(r"(?<![A-Za-z0-9])[A-Z0-9]")  # one capital or digit: a seat, block or room code (B卓, 3号)
_NEXT_WORD = re.compile(r"[ ]([A-Za-z]+)")


def _romaji_stop(run: str) -> bool:
    """Org, product, form and SQL words in a romaji run (Sales Team, HR Japan, INSERT INTO): person_latin's list."""
    return any(w.lower() in ROMAJI_STOP for w in re.findall(r"[A-Za-z]+", run))


def is_surname(word: str) -> bool:
    if sudachi().is_surname(word):
        return True
    folded = word.translate(_VARIANTS)
    return folded != word and sudachi().is_surname(folded)


# round 5: the next word of a line is a role or a stamp (笠原　検印 湊, 小川　運行管理者 浜, 柴 承認): the name ends before it
_STAMP = r"(?:(?:検印|承認|確認|決裁|点検|照合|審査|起票|入力|押印)者?|[㐀-䶿一-鿿豈-﫿]{2,5}(?:者|長|員|官|士|師))(?:[ \t:：\n)）、。]|$)|[出欠]席?(?:[ \t(（\n]|$)"
_NAME_CHARS = r"[㐀-䶿一-鿿豈-﫿々〆ヶぁ-んァ-ヶー]"
_FIELD_END = (
    r"(?=[\n\t,、，(（)）<「/| \"]|$|です|と申します|の(?:母|父|妻|夫|長男|長女|次男|次女|兄|姉|弟|妹|祖母|祖父|娘|息子)(?![㐀-䶿一-鿿豈-﫿])|"
    + "|".join(sorted(map(re.escape, HONORIFICS), key=len, reverse=True))
    + ")"
)
# (round 13: a name written apart also ends at a speaker's colon: [06-30 09:12] 宮里 ひなた：…, ・加納 栞：保険証…; a word glued
# to the surname does not: 大谷所感：)
_FIELD_TAIL = re.compile(rf"(?:[ ](?![がはをにへともでやの](?:[㐀-䶿一-鿿豈-﫿]|[、。,，)）(（\s]|$))(?!{_STAMP}){_NAME_CHARS}{{1,5}}?(?:{_FIELD_END}|(?=[:：]))|[㐀-䶿一-鿿豈-﫿々ァ-ヶー]{_NAME_CHARS}{{0,4}}?{_FIELD_END})")
_FIELD_START = re.compile(r"(?:^|[:：\t,|>])[ ]?$", re.M)
_WHOLE_FIELD_END = re.compile(r"[ ]?(?:$|[\t,\n|<]|[ ]{2}|[ ]?[印㊞](?:$|\n))", re.M)
_SELF_OR_FAMILY = re.compile(
    r"[ ]?(?:と申します|と言います|です|と申す|の(?:母|父|妻|夫|長男|長女|次男|次女|兄|姉|弟|妹|祖母|祖父|娘|息子)(?![㐀-䶿一-鿿豈-﫿])"
    r"|[ ]?<[^>@\s]+@)"
)
# list items may carry a short note in brackets (宮崎 蓮（5年）、川上 大和（5年）)
_LIST_SEP = re.compile(r"(?:[ ]?[(（][^)）\n]{1,8}[)）])?[ ]?[、・/／→⇒][ ]?")
# (round 7: a surname may hold ノ/ヶ between kanji, 山ノ内, 八ヶ代; and head a list item after ・)
_KANJI_HEAD = re.compile(
    r'(?:(?<=[\n\t,、，:：(（ |>の"。・])|(?<![\s\S]))[㐀-䶿一-鿿豈-﫿々\U00020000-\U0002FA1F](?:[ノヶケ]?[㐀-䶿一-鿿豈-﫿々\U00020000-\U0002FA1F]){0,3}[ ]\Z'
)
# (round 11: not a particle and a kin word, 植草 勝男|の娘です)
_KANA_NAME_ENDING = re.compile(rf"[子江代枝恵美乃世]{_FIELD_END}")
# (round 13: nor a particle closing a clause, 比嘉 由美子は、)
_FIELD_TAIL_SHORT = re.compile(rf"(?!の)(?![がはをにへともでや](?:[、。,，\s]|$))[㐀-䶿一-鿿豈-﫿々ぁ-んァ-ヶー]{{1,2}}?{_FIELD_END}")
_FIELD_HEAD = re.compile(r"(?:^|(?<=[\n\t,、，:：(（])|(?<=\d[.．)][ ]))(?:[ァ-ヶー]{2,8}|[ぁ-ん]{2,6})[ ]\Z", re.M)  # (round 8: 2. オオノ タケシ)
_RELATION_AFTER = re.compile(
    r"[ ]?[(（](?:(?:本人|長男|長女|次男|次女|三男|三女|妻|夫|父|母|子|祖父|祖母|兄|姉|弟|妹|孫|配偶者|はは|ちち|そふ|そぼ|あに|あね|近所|知人|友人|隣人|親族|親戚|義父|義母|義兄|義姉|叔父|叔母|伯父|伯母|甥|姪|いとこ|嫁|婿"
    r"|内縁の(?:妻|夫)|長男の妻|次男の妻|後見人|保佐人|補助人"
    # a meeting role in brackets (田村（司会）、内藤)
    r"|司会|議長|副議長|書記|座長|進行|記録|会計|通訳|立会|代理|オブザーバー|会長|副会長|委員長|副委員長|班長|部長|顧問|理事|監事|幹事)"
    r"(?:[・、,][^)）\n]{1,12})?[)）]"
    r"|旧姓[ :：]?[㐀-䶿一-鿿豈-﫿々ぁ-んァ-ヶー]{1,5}[)）]"
    # an age in the note (梶原 大翔（中学2年、14歳）, 鮫島 悠（29歳位）)
    r"|[^)）\n]{0,10}(?<![\d.])\d{1,3}(?:歳|才)[^)）\n]{0,6}[)）])"
)
# round 12: a roster's note in brackets after a full name written apart — an age alone, a school year or a year of
# graduation, a department (根岸 陽向（16）, 小西 順（平成10年卒）, 大橋 陽介（工学部2年）, 鎌田 杏（下町・高校1年）, 三角 健太郎
# （技術開発部）): award lists, alumni rolls and club rosters write names so
_ROSTER_NOTE_AFTER = re.compile(
    r"[(（](?:\d{1,3}|[^()（）\n]{0,10}?(?:\d{1,4}年(?:卒|生|度入学)?|[小中高][1-6]|[^()（）\n]{1,8}(?:(?:部|課|科|室|係)(?:長|員)?|講師)))[)）、,]"
)
_SPEAKER = _gated(r"[ ]?[:：](?: |(?=[^\s\d]))")
# chat lines "[10:02] はると: …" / "10:02 ゆい：…": the speaker field after a time stamp is a name
_CHAT_SPEAKER = re.compile(
    # (round 9c: the time stamp may carry its date, 2024-06-01 20:11 王静：…, as chat exports and logs write it)
    r"^[ ]*[\[(]?(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ T])?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ ]+([㐀-䶿一-鿿豈-﫿々ぁ-んァ-ヶー]{2,8}(?:[ ][㐀-䶿一-鿿豈-﫿々ぁ-んァ-ヶー]{1,6})?"
    # round 8: a one-kanji speaker before a bracketed note (10:05 島（リーダー）：), checked for a dictionary surname
    r"|[㐀-䶿一-鿿豈-﫿](?=[ ]?[(（]))"
    # round 7: a note in brackets after the speaker (21:03 ゆみ（蒼太ママ）: …)
    r"(?:[ ]?[(（]([^)）\n]{1,10})[)）])?[ ]?[:：>]",
    re.M,
)
# a title or a parent word glued to a speaker or a note (本田コーチ, 森先生, 蒼太ママ: the name is 本田, 森, 蒼太)
_SPEAKER_TITLE = re.compile(
    r"(?:コーチ|監督|キャプテン|マネージャー|マネジャー|リーダー|先生|老师|女士|さん|くん|君|ちゃん|様|ママ|パパ|の(?:母|父)|[母父])$"
)
# round 13 late: a chat speaker that is a shop, a clinic or an office (ひばり薬局：, さくら歯科医院：), and a desk glued before the
# clerk's surname (センター永井:, 事務局内海:)
_ORG_SPEAKER = re.compile(r".{2,}(?:薬局|クリニック|医院|病院|事務所|センター|ステーション|商会|支店|本店|営業所)$")
_DESK_SPEAKER = re.compile(r"(?:センター|事務局|本部|窓口|受付|フロント|倉庫|営業所)([㐀-䶿一-鿿豈-﫿々]{1,3})?")
_NOTE_NAME = re.compile(r"[㐀-䶿一-鿿豈-﫿々]{1,3}|[ぁ-ゖ]{2,5}|[ァ-ヺー]{2,6}")
# a form label, not a speaker: an honorific prefix (ご用件, お客様名) or a long word ending in 名/件
_NOT_SPEAKER = re.compile(r"^[ごお御][㐀-䶿一-鿿豈-﫿]|^[^\s]{2,}(?:名|件)$")
_LINE_HEAD = re.compile(r"(?:^|\n|\] ?)[ ]*$")
# running prose: a full dictionary name (姓+名) as the subject/object of a clause (、鈴木一郎から電話があり)
# a kinship word and の before a name (父の高橋 義之が, 長女の大橋 めぐみさん)
_KIN_BEFORE = re.compile(r"(?:父|母|妻|夫|長男|長女|次男|次女|三男|三女|兄|姉|弟|妹|祖父|祖母|孫|娘|息子|叔父|叔母|伯父|伯母|義父|義母)の\Z")
_PROSE_BEFORE = re.compile(r"(?:^|[、。「\n]|(?<![\s\S]))\Z")
# round 7: a particle, then a verb one says of a person one deals with (…と話した, …も同席, …に連絡, …から電話, …が通訳)
_CONTACT_AFTER = re.compile(
    r"[ ]?(?:が|も|は|と|に|には|にも|とも|から|より|へ)[ ]?"
    r"(?:話[しすさせ]|伝え|相談|連絡|同席|同行|出席|欠席|参加|通訳|対応し|担当し|報告|電話|伺|訪問|面談|来社|来院|来所|会[いうっ]|聞い|頼ん|依頼)"
)
_PROSE_AFTER = re.compile(r"から|が|は|に|と|へ|より|を")
_ROMAJI_SINGLE = _gated(
    r"(?:Mr|Ms|Mrs|Dr|Prof)\.? ?([A-Z][a-z]{1,15})(?![A-Za-z])"
    r"|(?<![A-Za-z-])([A-Z][a-z]{1,15})-(?:san|sama|sensei|senpai|kun|chan)(?![A-Za-z])"  # Sato-sensei
)
_LABEL_VALUE = _gated(
    r"(?:氏名|氏[ ]{1,3}名|[(（](?:フリガナ|ふりがな|カナ|かな)[)）]|お名前|名前|フリガナ|ふりがな|シメイ|カナ氏名|旧姓|口座名義人|名義人|名義|口座名義"
    r"|[㐀-䶿一-鿿豈-﫿]{0,4}(?:児|童|徒|者|人|生|客)名|通称名?|(?:カタカナ|カナ|ローマ字|英字)表記)"
    r"[ \t]*(?:[(（][^)）\n]{0,8}[)）][ \t]*[:：]?[ \t]*|[ \t]*[:：][ \t]*|[ \t]+|(?<=[)）]))"
    r"(?:</th>[ \t]*<td[^>]*>)?"  # <th>名前(カナ)</th><td>…
)
_LABEL_VALUE_GATE = words_gate(_LABEL_VALUE.pattern)  # 名, 名義, カナ …: most texts hold no label word
_FIELD_WORD = re.compile(r"番号|住所|生年月日|氏名|名前|フリガナ|ふりがな|電話|メール|年齢|性別|備考|所属|連絡先|誕生日|記入|不要|なし|未定|国籍|旅券|続柄|職業|勤務先|未登録|未記入|非公開|不明|匿名|^(?:済|未|可|否|要|完了|保留|却下)$")
_STATUS = re.compile(r"済|未|可|否|要|完了|保留|却下")
# a department or organisation between a role label and the name (確認者：人事部 石動, 申請者　札幌支社　佐々木 颯)
_DEPT = (
    r"(?:[㐀-䶿一-鿿豈-﫿ァ-ヶー]{0,8}(?:部|課|室|係|局|支社|支店|本社|本部|営業所|事務所|会社|センター|グループ|チーム)"
    r"|人事|総務|広報|経理|営業|法務|企画|財務|庶務|管理会社|(?:株式会社|有限会社|合同会社)[^\s:：]{1,12}|[^\s:：]{1,12}(?:株式会社|\(株\)))"
)
_DEPT_WORD = re.compile(r"^" + _DEPT + r"$|一同|各位|全員|担当|不在|宛|窓口|御中|事務局|係$|入学|卒業|入社|退社|在籍")
_LABEL_DEPT = re.compile(r"[ \t]*[:：|]?[ \t]*" + _DEPT + r"[ \t]+\Z")
# a label, then a word the dictionary lacks, then an honorific (採用担当　平和様)
_LABEL_WORD_HONORIFIC = re.compile(r"[ \t]*[:：]?[ \t]*([㐀-䶿一-鿿豈-﫿々]{2,4})(?=[ ]?(?:様|さま|さん|殿|氏)(?![㐀-䶿一-鿿豈-﫿]))")
_DEPT_GAP = re.compile(r"(?<=[ \t:：|])" + _DEPT + r"[ \t]+\Z")
# after a role label and a separator: a kanji name (surname + optional given name) up to the end of the field
_RUN_VALUE = (
    _GRADE + r"((?:[A-Z]\.[ ]?)?[㐀-䶿一-鿿豈-﫿々]{1,4}(?:[ ](?![出欠]席?(?:[ \t]*$|[ \t]*[(（]))(?:[㐀-䶿一-鿿豈-﫿々]{1,3}|"
    r"(?!(?:です|ます|まで|から|より|など|ほか|ので|なし|あり|のみ)(?![ぁ-ゖ]))[ぁ-ゖ]{2,4}))?|[ぁ-ん]{2,6}[ ][ぁ-ん]{2,6}|[ァ-ヶー]{2,8}(?:[ ・][ァ-ヶー]{1,8}){1,3})"
    r"(?=[ \t]*(?:$|[\n\t,、(（）)<|/・→])|[ ]{2}|[ ](?:TEL|Tel|tel|電話|FAX|Fax|携帯|〒|(?:出|欠)(?:席)?(?:$|[ \t(（]))|[ ](?=" + _STAMP + r"))"
)
_KANJI_RUN_AFTER = re.compile(r"(?:[A-Z]{1,4}(?=[:：]))?[ \t]*(?:[:：|][ \t]*|[ \t])(?:" + _DEPT + r"[ \t]+)?" + _RUN_VALUE, re.M)  # 担当CW：長岡
_HALF_KANA = re.compile(r"[ｦ-ﾟ][ｦ-ﾟ]*")  # (not [ｦ-ﾟ]+: a class first lets the engine skip ahead)
_HALF_KANA_VALUE = re.compile(
    r"[ \t]*(?:[:：|][ \t]*|[ \t])(?:" + _DEPT + r"[ \t]+)?([ァ-ヺー]{2,8})(?=[ \t]*(?:$|[\n\t,、(（）)<|/・→]))", re.M
)
_KANJI_RUN_SPACED = re.compile(r"[ \t]*" + _RUN_VALUE, re.M)
_NAME_HEADER = re.compile(r"氏名|名前|フリガナ|ふりがな|カナ|^[ ]?(?:ヨミ|よみ|読み)(?:がな|仮名)?[ ]?$|Name|name|^[ ]?(?:kana|Kana|KANA|furigana|yomi|[a-z]+_kana)[ ]?$|^[ ]?(?:確認|担当|記入|記録|作成|受付|対応|承認|点検)者[ ]?$")
_READING_AFTER = re.compile(r"(?:[ ]{1,16}|[ ]?[/／][ ]?)([ァ-ヶー]{1,8}(?:[ ・][ァ-ヶー]{1,8}){1,3})(?=[ ]{2}|[ ]?$|\t|,)", re.M)
_READING = re.compile(r"[ ]?[(（](?:(?:フリガナ|ふりがな|カナ|よみ|ヨミ|読み)[:：]?[ ]?)?((?:[ぁ-ん]{1,8}[ ]?[ぁ-ん]{1,8})|(?:[ァ-ヶー]{1,8}(?:[ ・]?[ァ-ヶー]{1,8}){1,3}))(?:[)）]|、(?=[^)）\n]{1,16}[)）]))")
# round 7: a column for one part of a name, and a kana cell whose family name is one syllable (イ ミンジュン)
_NAME_PART_HEADER = re.compile(
    r"^[ ]?(?:姓|名|せい|めい|セイ|メイ)[ ]?$|(?:last|first|family|given|sur)[_ ]?name"
    # round 9: the reading of one part (姓カナ, 名フリガナ) and the romanised column names of legacy systems (sei, kana_mei)
    r"|^[ ]?(?:姓|名)[ ]?(?:カナ|かな|フリガナ|ふりがな|ヨミ)[ ]?$|^[ ]?(?:kana_|yomi_)?(?:sei|mei)(?:_kana|_yomi)?[ ]?$",
    re.I,
)
# round 9: one word alone in a name-part column (三浦 | ミウラ | ゆい | Sofia): the column says which part it is
_NAME_PART_CELL = re.compile(r"[㐀-䶿一-鿿豈-﫿々]{1,4}|[ァ-ヶー]{1,10}|[ぁ-ん]{1,8}|[A-Z][a-z]{1,15}|[A-Z]{2,15}")
_EMPTY_CELL = re.compile(r"(?i:null|none|nil|nan|true|false|[A-Z]{2,3})|ナシ|ナシ|フメイ|ミテイ|[-ー－]+")
# round 9: a column of the people who did something (交換者, 入力者): a dictionary surname alone in its cell is one of them
# (round 11: also a column of clerks headed by the act, 担当, 受付, 確認, 承認, 記録, 入力, 点検)
_ACTOR_HEADER = re.compile(r"^[ ]?(?:[㐀-䶿一-鿿豈-﫿]{1,4}者|担当|受付|確認|承認|記録|入力|点検)[ ]?$")
# a bare "kana" column reads a person's name only beside a person's name column (not beside product_name)
_LATIN_KANA_HEADER = re.compile(r"^[ ]?(?:kana|Kana|KANA|furigana|yomi|[a-z]+_kana)[ ]?$")
_PERSON_COLUMN = re.compile(r"氏名|名前|^[ ]?(?:姓|名)[ ]?$|(?:last|first|family|given|full|sur)[_ ]?name|^[ ]?name[ ]?$", re.I)
_CELL_KANA_NAME = re.compile(r"[ァ-ヶー]{1,8}[ ][ァ-ヶー]{2,8}|[ぁ-ん][ぁ-んー]{0,8}(?:[ ][ぁ-ん][ぁ-んー]{0,8}){1,3}")  # (round 9: ぐえん てぃ らん)
_RUN_HONORIFIC = re.compile(r"[ ]?(?:様|さま|さん|殿|先生|くん|ちゃん)$")
# A run of name characters right after a label, for names SudachiPy does not know.
_KANA_NAME_RUN = re.compile(r"[ァ-ヶー・= ]+|[ぁ-ん ]+")
_KANA_NAME = re.compile(r"[ァ-ヶー]{2,12}|[ぁ-ん]{3,12}")
_NAME_RUN = re.compile(
    # (round 7: a variation selector may follow a kanji of the surname: 葛󠄀西)
    r"[㐀-䶿一-鿿豈-﫿々〆ヶ](?:[\ufe00-\ufe0f\U000e0100-\U000e01ef]?[㐀-䶿一-鿿豈-﫿々〆ヶ]){0,3}[\ufe00-\ufe0f\U000e0100-\U000e01ef]?[ ]?[㐀-䶿一-鿿豈-﫿々〆ヶぁ-んァ-ヶー]{1,5}"
    # (round 9: a reading written with a form's two-space gap, ふりがな きりしま  ゆい)
    r"|[ァ-ヶー]{2,8}(?:(?:[ ・=]|[ ]{2}(?=[ァ-ヶー]{2}))[ァ-ヶー]{1,8}){1,3}|[ぁ-ん]{2,6}[ ]{1,2}[ぁ-ん]{2,6}"
    # (round 13: a foreign name's reading in hiragana holds ー, ぺれいら るーかす)
    r"|[ぁ-ん][ぁ-んー]{1,7}[ ]{1,2}[ぁ-ん][ぁ-んー]{1,7}"
)


# bracketed words after a name that are a relation or a label, not its reading (（はは）, （フリガナ）)
_NOT_READING = re.compile(
    r"はは|ちち|そふ|そぼ|あに|あね|ほんにん|フリガナ|ふりがな|カナ|ローマ字|ヨミ|よみ"
    r"|ベトナム|フィリピン|インドネシア|ネパール|ミャンマー|カンボジア|タイ|スリランカ|バングラデシュ|モンゴル|ブラジル|ペルー|アメリカ|イギリス|フランス|ドイツ|インド|パキスタン|ウズベキスタン|マレーシア|シンガポール|オーストラリア|カナダ|イタリア|スペイン|ロシア|ウクライナ"
    r"|[ァ-ヶー]*(?:パーソン|マネ|ヘルパー|スタッフ|リーダー|オーナー|ドライバー|ボランティア|ゲスト|メンバー|サポーター"
    r"|ユーザー|カスタマー|クライアント|ファン|パートナー|ドクター|ナース|ショップ|ストア|チーム|サロン|ホテル|センター|グループ|オフィス|ファミリー|ママ|パパ|オーナー|ホスト|キャスト|ファミリー)|パート|アルバイト|フリーランス|フリーター"
)
# chat written as "NAME 10:02 message" (Slack/Teams exports)
# (round 12: also a foreign name in katakana with ・ between its words, ゴンサルベス・ルーカス 09:15 — see _dotted_katakana_name)
_CHAT_NAME_TIME = re.compile(
    r"^[ ]*([㐀-䶿一-鿿豈-﫿々ぁ-んァ-ヶー]{1,6}(?:[ ][㐀-䶿一-鿿豈-﫿々ぁ-んァ-ヶー]{1,6})?|[ァ-ヶー]{2,8}(?:・[ァ-ヶー]{1,8}){1,3})"
    r"[ ]+\d{1,2}:\d{2}(?=[ ]|$)",
    re.M,
)
# a speaker at the head of a line ("ゆか：来週…"): a kana word that heads at least two lines of the document
_LINE_SPEAKER = re.compile(r"^([ぁ-んァ-ヶー]{2,6})[:：]", re.M)
# introducing oneself: 総務課の桐生です / 事務局の茅野と申します / 「もしもし、ウエハラです
_SELF_INTRO = re.compile(
    r"(?:(?<=の)|(?<=[、「\n]))([㐀-䶿一-鿿豈-﫿々]{1,4}|[ァ-ヶー]{2,8})(?=と申します|でございます|です[。、\n」])"
)
_SIGNATURE_NEXT = re.compile(
    r"(?:\n[^\n]{0,80}){0,3}\n[^\n]{0,20}(?:〒|TEL|Tel|電話|携帯|Mobile|Phone|[\w.+-]+@[\w-]+\.)"
)
# a department and の before a one-character surname introducing oneself (税務課の森です)
_DEPT_NO = re.compile(r"(?:[㐀-䶿一-鿿豈-﫿](?:課|係|室|局|署|所|園|校|院|部|班|店)|センター|事務所|窓口|チーム)の$")
# a group word, not a name, before です (当教会の信徒です, 当社の社員です)
_NOT_INTRO = re.compile(
    r"(?:徒|者|員|人|方|民|様|達|族|中|品|的)$|^(?:担当|本人|代表|私|当方|弊社|当社)"
    r"|^(?:父|母|妻|夫|兄|姉|弟|妹|祖父|祖母|長男|長女|次男|次女|息子|娘|孫|家族|親|親族|[㐀-䶿一-鿿豈-﫿々])$"
)
# the next name of a list after a confirmed one (有馬、二階堂 / 椎名 結（…生）、椎名 湊)
_LIST_NEXT = re.compile(
    r"(?:[ ]?[(（][^)）\n]{1,16}[)）])?[、,・][ ]?([㐀-䶿一-鿿豈-﫿々]{1,4}(?:[ ][㐀-䶿一-鿿豈-﫿々ぁ-ん]{1,4})?)(?=$|[\n、,・(（ ])",
    re.M,
)
# a relative with the name in brackets (祖母（桐谷 澄江）)
_KIN_BRACKET = re.compile(
    r"(?:父|母|妻|夫|長男|長女|次男|次女|兄|姉|弟|妹|祖父|祖母|孫|配偶者|叔父|叔母)[(（]"
    r"([㐀-䶿一-鿿豈-﫿々]{1,4}[ ]?[㐀-䶿一-鿿豈-﫿々ぁ-んァ-ヶー]{1,5})[)）]"
)


_KATA_CONT = re.compile(r"(?:[・=][ァ-ヶー]{1,8}){1,3}(?![ァ-ヶー])")
# round 7: a prayer list item closes with a colon (・北里 誠兄：…)
_BROTHER_AFTER = re.compile(r"[ ]?[兄姉](?=が|は|の|に|を|と|も|、|。|より|から|[(（:：]|$)", re.M)
_BROTHER_TAIL = re.compile(r"[ ][㐀-䶿一-鿿豈-﫿々]{1,3}(?=[兄姉](?:が|は|の|に|を|と|も|、|。|より|から|[:：]|$))", re.M)
# rows of a roster: an optional row label (1班, No.3, 12) before the name, an address/phone/date after it
_ROW_BEFORE = re.compile(r"(?:^|\n)[ ]*(?:(?:No\.?[ ]?)?\d{1,4}[班組号番.．)]?|第\d{1,3}[班組]|[A-Z]班|[①-⑳・*-])?[ \t]*\Z")
# (round 13: fields separated by a slash too, 05 丹治 勇気 / 福島市…)
_ROW_AFTER = re.compile(
    r"(?:[ \t]+|[ ]?[/／][ ]?)(?:〒?\d{3}-\d{4}|0\d{1,4}-\d{1,4}-\d{3,4}|[㐀-䶿一-鿿豈-﫿]{2,3}[都道府県]|[㐀-䶿一-鿿豈-﫿]{1,4}[市区町村郡](?![長役民議会])"
    r"|(?:19|20)\d{2}[/.年-]\d|[MTSHR]\d{1,2}[./]\d|\d{1,3}(?:歳|才)(?![\d]))"  # (round 8: an age, 浜 トメ 93歳)
)
# rows of a signature list or register: an address ending in a number, then the name closing the line
_ADDRESS_ROW_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:[㐀-䶿一-鿿豈-﫿]{2,3}[都道府県])?[㐀-䶿一-鿿豈-﫿ヶ]{1,6}[市区町村郡][^\n]{1,30}?(?:\d|[丁目番地号])[ \t]+\Z"
)
_ADDRESS_ROW_AFTER = re.compile(r"[ \t]*(?:$|[ \t]方$|[ \t]+(?:ほか|他|外)\d|[ \t]+(?:ほか|他)[ ]?[\d,]+名)", re.M)
# list items "<role or organisation> <surname>" separated by 、 (訪問看護ステーションあおば 西川、福祉用具 堀)
_LIST_ITEM = re.compile(
    r"(?:(?<=[、:：])|^)[ ]?([^\s、:：,]{1,20})[ ]([㐀-䶿一-鿿豈-﫿々]{1,4}(?:[ ][㐀-䶿一-鿿豈-﫿々]{1,3})?)(?=[、。]|$)", re.M
)
# a place before the word is a district, not a role (北部 西山、南部 東山)
_PLACE_PREFIX = re.compile(r"(?:[東西南北]部?|地区|方面|[都道府県市区町村郡])$")
# a surname in brackets after a role or a note written by someone (面接官メモ（鳴海）, 担当（鈴木）)
_ROLE_BRACKET = re.compile(
    r"(?:者|官|員|医|師|士|長|担当|記録|メモ|所見|コメント|確認)[(（]([㐀-䶿一-鿿豈-﫿々]{1,4}(?:[ ][㐀-䶿一-鿿豈-﫿々]{1,3})?)[)）]"
)
# round 7: a department or a role abbreviation and a surname in brackets, a staff member's sign-off or note
# (（人事 阿久津）, Kaito（総務 西園寺）, （SV 中園）): the department is no part of the name
# (the bracket's shape first, then its first word: trying the department alternation at every bracket is slow)
_DEPT_BRACKET = re.compile(r"[(（]([^()（）\s]{1,14})[ ・]([㐀-䶿一-鿿豈-﫿々]{1,4}(?:[ ][㐀-䶿一-鿿豈-﫿々ぁ-ゖ]{1,4})?)[)）]")
_BRACKET_DEPT = re.compile(_DEPT + r"|[A-Z]{2,4}|担当|記録|記入|文責|[㐀-䶿一-鿿豈-﫿]{1,4}(?:者|長|員|医|師|士|官|頭|任|務)")
# round 13: a dictionary surname alone in brackets (介護保険課（安達）へ, 担任（河野）, 電話受付（大串）, 入力（宇佐見）、,
# …修正（宮古）): a staff member signing a note, a desk's person, whoever did the act before the bracket; over all dev
# batches 75 of 87 such brackets hold a gold name (the others: places, 大安) — a common noun, a given name, a prefecture or a
# big city is left
# round 13: a surname glued to a household word (坂巻父（坂巻 誠さん）, 安達母（…）, 西尾家から, 篠崎母：) or heading a bulleted
# note (・大竹：視力 0.3, ・戸塚：喘息の…): a school's or a care file's way to name a family or a pupil; over all dev batches
# each of the eight holds a gold name
# (found from the household word, then the kanji run before it: a pattern starting at every kanji costs the scan)
_HOUSEHOLD_WORD = re.compile(r"[母父家](?=[(（:：、。のがはにをへとも]|から)")
_KANJI_RUN_END = re.compile(r"(?<![㐀-䶿一-鿿豈-﫿々])[㐀-䶿一-鿿豈-﫿々]{2,3}\Z")
_BULLET_SURNAME = re.compile(r"^[ \t]*[・*●■◆][ ]?([㐀-䶿一-鿿豈-﫿々]{2,4})(?=[:：])", re.M)
# round 13: a full name written apart alone in brackets, a dictionary given name after a surname or a proper name (従業員代表
# （滑川 大地）, Aoi（矢代 葵）, ito.r（伊東 涼）, a letter's closing （青山 早紀）): over all dev batches all 69 such brackets hold a
# gold name (4 were missed: the first word is a place to the dictionary)
_FULL_NAME_BRACKET = re.compile(r"[(（]([㐀-䶿一-鿿豈-﫿々]{1,4}[ ][㐀-䶿一-鿿豈-﫿々]{1,3})[)）]")
# (an office with a seat somewhere, then its place in brackets: 年金事務所（浦和）, 第5分団（足助）, 本店（大宮）)
_BRANCH_BEFORE = re.compile(r"(?:事務所|出張所|支所|支店|支社|営業所|本店|本社|分団|支部|署|店|工場|病院|駅)\Z")
_SURNAME_BRACKET = re.compile(r"[(（]([㐀-䶿一-鿿豈-﫿々]{2,4})[)）](?![㐀-䶿一-鿿豈-﫿々])")  # (not a word modifying the next noun: 東京国際（羽田）空港)
# a department and ・ before a surname (総務・堤, 営業部・真壁): the person of that department
# (found from ・: the department is looked for before it, the surname after it)
_DEPT_DOT = re.compile(r"・([㐀-䶿一-鿿豈-﫿々]{1,3})(?![㐀-䶿一-鿿豈-﫿々])")
_DEPT_BEFORE_DOT = re.compile(
    r"(?<![㐀-䶿一-鿿豈-﫿々])(?:人事|総務|広報|経理|営業|法務|企画|財務|庶務|[㐀-䶿一-鿿豈-﫿]{1,6}(?:部|課|室|係))\Z"
)
# a roster row: a post at the line head, spaces, a kanji name (closing the line or heading a 、-list)
_ROSTER_ROW = re.compile(
    r"^[ ]*([㐀-䶿一-鿿豈-﫿]{1,5})[ ]+([㐀-䶿一-鿿豈-﫿々]{1,4}(?:[ ][㐀-䶿一-鿿豈-﫿々ぁ-ゖ]{1,4})?)(?=[ ]*(?:$|、|[(（]))", re.M
)
_ITEM_CLOSE = re.compile(r"[ ]*(?:$|、|[(（])", re.M)
# chat exports with the relation or role in brackets before the speaker: [母] ゆみこ 11:02, [兄] Kazu 11:05
_CHAT_ROLE_NAME = re.compile(
    r"^[ ]*\[[^\]\n]{1,6}\][ ]*([㐀-䶿一-鿿豈-﫿々ぁ-んァ-ヶー]{1,6}(?:[ ][㐀-䶿一-鿿豈-﫿々ぁ-んァ-ヶー]{1,6})?"
    r"|[A-Z][a-z]{1,14}(?:[ ][A-Z][a-z]{1,14})?)[ ]+\d{1,2}:\d{2}(?=[ ]|$)",
    re.M,
)
_EMAIL_LOCAL = re.compile(r"([\w.+-]+)@[\w-]+\.")
# a colleague named after a role and の in prose (看護師の宮城へ報告, 担当の大石が伺います)
_ROLE_NO_NAME = re.compile(
    r"(?:看護師|医師|主治医|担当医|担当者?|担任|上司|同僚|部下|先輩|後輩|職員|係員|課長|部長|係長|主任|師長|店長|相談員|支援員|ヘルパー)の"
    r"([㐀-䶿一-鿿豈-﫿々]{2,4})(?=へ|に|が|は|から|と|より|を|も|で|さん|[、。])"
)
# round 7: any role word and の before a name and a particle (教室長の平和が代講, 保安員の小暮が, 看護師の光が): the role
# ends in a person suffix or is a katakana occupation; found from の backwards (one-character lookbehind, then the role)
_ANY_ROLE_NO = re.compile(
    r"の(?<=[者長員医師士官役当任ーフチ手付書]の)([㐀-䶿一-鿿豈-﫿々]{1,4})(?=(へ|に|が|は|から|と|より|を|も|さん|です|と申します|[、。]))"
)
_ROLE_TAIL = re.compile(
    r"(?:[㐀-䶿一-鿿豈-﫿]{1,5}(?:者|長|員|医|師|士|官|役)|担当|担任|主任|受付|秘書|運転手|助手|ヘルパー|スタッフ|コーチ|マネージャー|マネジャー|トレーナー|ドライバー"
    r"|オペレーター|リーダー|ワーカー|ケアマネ)\Z"
)
# not a role here: 前者/後者, a whole group (全職員), a patient or a user is no colleague introducing a name
_NOT_ROLE_TAIL = re.compile(r"(?:前者|後者|両者|各者|第三者|全員|全職員|他者|若者|読者|作者)\Z")
# one-kanji words that the dictionary also knows as a name but that follow a role and の as common nouns
_ONE_KANJI_NOT_NAME = frozenset("方間前後今本皆他家人子手分時件名所場声顔話席車数側点面目口力気心身頭体足内外上下中左右東西南北先元次")
# a given name in kana before くん/ちゃん (katakana too) or さん (hiragana only: ヘルパーさん is a job), at a word start
_KANA_HONORIFIC = _gated(r"(?:(?<=[\s、。「『(:：!?！？…])|^)([ぁ-ゖ]{2,5}|[ァ-ヺー]{2,6})(くん|ちゃん|さん)", re.M)
_NOT_KANA_NAME = re.compile(
    r"[おご].*|(?:だんな|よめ|むすめ|むすこ|まご|いとこ|あに|あね|おや|えらい|みな|みんな|あか|ねえ|にい|じい|ばあ|かあ|とう|ワン|ニャン|ネコ|これ|それ|あれ|なに|いつも|ほか|まえ|あと|もと|こちら"
    r"|わたし|ぼく|はは|ちち|ママ|パパ|だれ|こども|あなた|きみ)"
)
# round 7: a kanji given name the dictionary lacks as a name, right before ちゃん/くん at a word start (議事録は希望ちゃんに)
# (found from ちゃん/くん backwards: the regex engine then tries the kanji run only there)
_CHAN = re.compile("ちゃん|くん")
_KANJI_CHAN = re.compile(r"(?:(?<=[はがをにもとの、。「『\s(（:：])|(?<![\s\S]))([㐀-䶿一-鿿豈-﫿々]{2,3})\Z")
# kin, roles and animals before ちゃん/くん are no names (お姉ちゃん, 新人くん, 息子くん)
_NOT_KANJI_CHAN = re.compile(
    r"新人|後輩|先輩|彼氏|彼女|息子|娘|旦那|友達|生徒|学生|園児|王子|姫|相方|同期|担任|先生|社長|部長|課長|店長|大将|親方|隊長|坊|嬢|赤|猫|犬|兎|熊|鳥"
    r"|[生人員者長児士官]$"
)
# round 7: two people named, then counted (鈴と和泉の二人で, 森と岡の両名): each a surname at a word start
_PAIR_COUNT = re.compile("の(?:二人|2人|ふたり|お二人|両名|二名|2名)")
_PAIR = re.compile(
    r"(?:(?<=[はがをにもの、。「\s])|^)([㐀-䶿一-鿿豈-﫿々]{1,3})(?:さん)?と([㐀-䶿一-鿿豈-﫿々]{1,3})(?:さん)?の(?:二人|2人|ふたり|お二人|両名|二名|2名)", re.M
)
_VARIATION_SELECTOR = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]")
_VS_RUN = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef](?:[㐀-䶿一-鿿豈-﫿々][\ufe00-\ufe0f\U000e0100-\U000e01ef]?){0,3}")
# round 7: a message (or a quoted one) signed with a surname alone on its last line: after a sentence end, before a
# blank line or the end (…いいですか？\n> 岸\n\n)
_SIGNATURE_SURNAME = re.compile(
    r"[。？！?!][ ]*\n(?:>[ ]?)?[ ]*([㐀-䶿一-鿿豈-﫿々]{1,4}(?:[ ][㐀-䶿一-鿿豈-﫿々ぁ-ゖ]{1,4})?)[ ]*(?=\n(?:>[ ]?)?[ ]*\n|\n*\Z)"
)
# an SMS or LINE message signed with a name on its last line (あやねより)
_SIGN_OFF = re.compile(r"(?:^|\n)([ぁ-ゖ]{2,5}|[ァ-ヺー]{2,6}|[㐀-䶿一-鿿豈-﫿々]{2,4})より[ \t]*\n*\Z")
# people counted, then listed in brackets (ヘルパー 2名（田辺、小池）, ほか3名（…）)
_COUNT_BRACKET = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十])名\(([^)\n]{2,40})\)")
_KANJI_SURNAME_ITEM = re.compile(r"[㐀-䶿一-鿿豈-﫿々]{1,4}(?:[ ][㐀-䶿一-鿿豈-﫿々ぁ-ん]{1,4})?")
# Dr. before a kanji surname (Dr.佐々木, Dr. 大橋より)
_DR_KANJI = re.compile(r"Dr\.?[ ]?([㐀-䶿一-鿿豈-﫿々]{1,4}(?:[ ][㐀-䶿一-鿿豈-﫿々]{1,3})?)")
# a katakana surname with an honorific right after a label (依頼者：ヤマダ様)
_KATAKANA_HONORIFIC = _gated(r"(?=[ ァ-ヺ])(?:(?<=[:：])[ ]?|(?<=[\]」』\s、。]))([ァ-ヺー]{2,6})(?=[ ]?(?:様|さま|さん|殿|氏))")
# a visit to someone's home: a whole kanji run that is a dictionary surname, then 宅 (矢作宅訪問, 小野宅へ)
_HOUSE = re.compile(r"(?<![㐀-䶿一-鿿豈-﫿々])([㐀-䶿一-鿿豈-﫿々]{2,3})(?=宅(?:訪問|へ|に|を|で|から|の|まで|[、。 ]))")
# Round 5 (blind4): rows of a list of people — a row label, a name, then a date of birth in brackets or a note and a
# day (1 上野 千早（H3.2.14）, ・平 和也（経理）11/2); two such rows make the list
_BIRTH_ROW = re.compile(
    r"^[ \t]*(?:\d{1,3}[.．)]?|[・*\-①-⑳])[ \t]*"
    r"([㐀-䶿一-鿿豈-﫿々]{1,4}(?:[ ][㐀-䶿一-鿿豈-﫿々ぁ-ゖ]{1,4})?|[ぁ-ゖ]{2,6}[ ][ぁ-ゖ]{2,6}|[ァ-ヺー]{2,8}(?:[ ・][ァ-ヺー]{1,8}){0,3})"
    r"[ ]?[(（](?:(?:[MTSHR]\d{1,2}[./]\d{1,2}[./]\d{1,2}|(?:19|20)\d{2}[/.年-]\d{1,2}[/.月-]\d{1,2}日?|(?:昭和|平成|令和)\d{1,2}年\d{1,2}月\d{1,2}日)"
    r"[^)）\n]{0,12}[)）]|[^)）\n]{1,8}[)）][ ]?\d{1,2}/\d{1,2}(?![\d/]))",
    re.M,
)
# an attendance sheet: a row label (room, title), a kanji name, then 出/欠 closing the row (101 森　出, 監事 岡山 出)
_ATTEND_ROW = re.compile(
    r"^[ \t]*(?:(?:\d{1,4}|[㐀-䶿一-鿿豈-﫿]{1,4})[ \t]+)?([㐀-䶿一-鿿豈-﫿々]{1,4}(?:[ ][㐀-䶿一-鿿豈-﫿々]{1,3})?)[ \t]+(?:出|欠)席?(?=[ \t]*$|[ \t]*[(（])",
    re.M,
)
# a mail header or quote line: a full name written apart right before <address@…> (…17:42、平和 智 <s-h@…>)
_NAME_MAIL = _gated(
    r"(?:(?<=[\s、,:：])|^)([㐀-䶿一-鿿豈-﫿々]{1,4}[ ][㐀-䶿一-鿿豈-﫿々ぁ-ゖ]{1,4}|[ァ-ヺー]{2,8}[ ][ァ-ヺー]{2,8})[ ]?<[\w.+-]+@", re.M
)
# a register or signature row: an address ending in a number, then a full name written apart closing the line
_ADDRESS_NAME = re.compile(
    r"[\d０-９丁目番地号][ \t]+([㐀-䶿一-鿿豈-﫿々]{1,4}[ ][㐀-䶿一-鿿豈-﫿々ぁ-ゖ]{1,4})(?:[ \t]+方)?[ \t]*$", re.M
)
_ADDRESS_HEAD = re.compile(r"[㐀-䶿一-鿿豈-﫿ヶ]{1,6}[市区町村郡]")
# an HTML form field naming a person: <input name="name" value="…">
# a name given by someone: 「…のヤマダ」と名乗る, 佐伯と名乗った (a katakana word or a kanji surname at a word start)
_CALLS_ONESELF = re.compile(
    r"(?:(?<=[「『の、。\sはがも])|^)([ァ-ヺー]{2,8}|[㐀-䶿一-鿿豈-﫿々]{1,4}(?:[ ][㐀-䶿一-鿿豈-﫿々ぁ-ゖ]{1,4})?)[」』]?(?:と|を)名乗"
    # a business giving its name (「ヤマト」と名乗る業者) is no person
    r"(?![^\n。、]{0,4}(?:業者|会社|企業|団体|組織|店|サイト|メール|アカウント|窓口|センター))", re.M
)
_NOT_CALLER = re.compile(r"上司|部下|同僚|先輩|後輩|職員|担当|警察|刑事|弁護士|係員|社員|息子|娘|孫|親戚|知人|友人")
# round 7: SQL dumps: INSERT INTO t (col, …) VALUES (…), (…): a quoted value under a person-name column
# round 9b: any INSERT (with or without INTO, SQL Server's [dbo].[t]); a column named for a name in any case
# (CUST_NAME, NameKana) or for a name part in romaji (sei, mei, sei_kana, kana_mei: 姓・名)
_SQL_NAME_COLUMN = re.compile(r"(?:^|_)(?:name|shimei|simei)(?:_?kana)?$|^(?:sei|mei)(?:_?kana)?$|^kana_?(?:sei|mei)$|namekana$", re.I)
# round 9b: the cells of a record (CSV, TSV, |-separated), and a cell that reads as a name's reading (two to four kana words)
_RECORD_DELIMS = frozenset(",\t|\"\n")
# (round 10: cells padded to a width, |浅利 千夏       |アサリ チナツ     | of Spark's show())
_RECORD_GAP = re.compile(r"\"?[ ]*[,\t|][ ]*\"?")
_RECORD_CELL = re.compile(r"[^,\t|\"\n]{2,30}?(?=[ ]*(?:[,\t|\"\n]|$))")
# round 10: a table aligned with spaces (pandas' df.head(), R's head(), fixed-width exports) whose header line names a
# reading column (フリガナ, yomi, kana): in each row, a name cell of kanji words, then its reading of two to four kana words
_ALIGNED_READING_HEADER = re.compile(
    r"^(?=.*(?:フリガナ|ふりがな|カナ|かな|ヨミ|よみ|読み|(?<![A-Za-z])(?:yomi|kana|furigana|[a-z]+_kana)(?![A-Za-z])))[^\d\n]*\S[ ]{2,}\S[^\d\n]*$",
    re.M,
)
_ALIGNED_NAME_READING = re.compile(
    r"(?:^|(?<=[ ]{2})|(?<=^[ ]))([㐀-䶿一-鿿豈-﫿々][㐀-䶿一-鿿豈-﫿々ノヶ]{0,3}(?:[ ][㐀-䶿一-鿿豈-﫿々ぁ-ゖ]{1,4}){1,2})[ ]+"
    r"([ァ-ヶー]{1,10}(?:[ ][ァ-ヶー]{1,10}){1,3}|[ぁ-ゖ]{1,8}(?:[ ][ぁ-ゖ]{1,8}){1,3})(?=[ ]{2}|[ ]*$)",
    re.M,
)
_ALIGNED_ROW = re.compile(r"\S[ ]{2,}\S.*\S[ ]{2,}\S")
_READING_CELL = re.compile(r"[ァ-ヶー]{1,10}(?:[ ・][ァ-ヶー]{1,10}){1,3}|[ぁ-ん][ぁ-んー]{0,8}(?:[ ][ぁ-ん][ぁ-んー]{0,8}){1,3}")
_SAMPLE_VALUE = re.compile(r"テスト|ダミー|サンプル|見本|[Tt]est|TEST")
# a romanised full name filling a name column (Lopez Maria Fernanda, NGUYEN DUC ANH)
_SQL_LATIN_NAME = re.compile(r"[A-Z][a-z]{1,15}(?:[ -][A-Z][a-z]{1,15}){1,3}|[A-Z]{2,15}(?:[ -][A-Z]{2,15}){1,3}")
# round 7: an HTML element whose class or id names a name part (<span class="kana">…</span>)
_HTML_NAME_ELEMENT = re.compile(
    r'<([a-z][a-z0-9]{0,9})[^<>\n]{0,60}?(?:class|id|itemprop)="([^"\n]{1,30})"[^<>\n]{0,40}>([^<>\n]{1,30})</\1>'
)
_HTML_NAME_CLASS = re.compile(r"(?:^|[\s_-])(?:name|kana|furigana|yomi|ruby|shimei|familyName|givenName)(?:$|[\s_-])", re.I)
_NOT_HTML_NAME_CLASS = re.compile(
    r"product|company|corp|org|shop|store|item|file|user|brand|site|app|service|place|station|menu|dish|plan|course|pet|team|group|event|title", re.I
)
# a customer saying their name in a chat or a call log (名前は かみや ゆうと です)
_NAME_IS = re.compile(
    r"(?:名前|なまえ)は[、,]?[ ]?([㐀-䶿一-鿿豈-﫿々]{1,4}[ ][㐀-䶿一-鿿豈-﫿々ぁ-ゖ]{1,4}|[ぁ-ゖ]{2,6}[ ][ぁ-ゖ]{2,6}|[ァ-ヺー]{2,8}[ ][ァ-ヺー]{2,8})"
    r"[ ]?(?=です|と申します|と言います|といいます)"
)
_INPUT_VALUE = re.compile(r'name="([^"\n]{1,20})"[^>\n]{0,40}?value="([^"\n]{1,40})"')
_VCARD_N = re.compile(r"^N:([^;\n]{0,20});([^;\n]{0,20})", re.M)

# Round 4 (blind3): document-level structure
# an attendance or member list after its label (出席：岡山（会長）、千葉、森): items with a surname head are names
_ROSTER_LABEL = re.compile(
    r"(?:出席者?|欠席者?|参加者?|同席者?|列席者?|出席委員|メンバー|構成員|参集者|引率者?|立会者?|集合者)[ \t]*[:：][ \t]*"
)
# one item of a 、-list: a kanji name (surname, optional given name), an optional note in brackets
_ITEM = re.compile(r"([㐀-䶿一-鿿豈-﫿々]{1,5}(?:[ ][㐀-䶿一-鿿豈-﫿々ぁ-ん]{1,4})?)(?:[ ]?[(（][^)）\n]{1,12}[)）])?")
_TITLE_TAIL = re.compile(
    "(?:" + "|".join(sorted((re.escape(h) for h in HONORIFICS if not re.search("[ぁ-んァ-ヶ]", h)), key=len, reverse=True)) + ")$"
)
_INITIAL = re.compile(r"^[A-Z]\.[ ]?")
# an animal's name is no person's (犬の名前：モモ)
_PET_WORD = re.compile(r"(?:犬|猫|ペット|動物|うさぎ|ウサギ|インコ|鳥)の?(?:名前|なまえ|呼び名)")
_PET_NAME = re.compile(_PET_WORD.pattern + r"[ \t]*[:：]?[ \t]*$", re.M)
# an organisation word and a space before a word in hiragana: the organisation's own name (ケアプランセンター ことぶき)
_ORG_BEFORE = re.compile(r"(?:センター|ステーション|ホーム|クリニック|薬局|事業所|保育園|幼稚園|学園|作業所)[ ]$")
_KANA_TITLE_TAIL = re.compile(r"(?:さん|さま|ちゃん|くん)$")
# round 8: a run of short kanji words under one separator (森→林→上野→石田, 岡・辻・堀)
# (the opening character is consumed, not looked behind for: 2.5x faster; a run at the very start is matched apart)
_RUN_BODY = r"([㐀-䶿一-鿿豈-﫿々]{1,4}(?:[、→/・,][㐀-䶿一-鿿豈-﫿々]{1,4}){2,})(?=[\s)）」。]|\Z)"
_SURNAME_RUN = re.compile(r"[:：\n\t(（「 ]" + _RUN_BODY)
_SURNAME_RUN_HEAD = re.compile(_RUN_BODY)
_RUN_WORD = re.compile(r"[㐀-䶿一-鿿豈-﫿々]{1,4}")
_RUN_SEP = re.compile(r"[、→/・,]")
# (found from the bracket, then the writing before it: a pattern starting at every character costs 3% of the scan)
_READING_BRACKET = re.compile(r"[(（](?:([ァ-ヶー]{1,8}[ ・][ァ-ヶー]{1,8})|([^\s\d\W_]{1,4}[ ][^\s\d\W_]{1,4}))[)）]")
_NAME_BEFORE_READING = re.compile(r"(?:(?<=[\s:：,、>|\"'「])|^)([^\s\d\W_]{1,4}[ ][^\s\d\W_]{1,4})[ ]?\Z")
_READING_BEFORE_NAME = re.compile(r"(?:(?<=[\s:：,、>|\"'「])|^)([ァ-ヶー]{1,8}[ ][ァ-ヶー]{1,8})[ ]?\Z")
_KATAKANA_NAME_WORDS = re.compile(r"[ァ-ヶー]{2,}(?:[ ][ァ-ヶー]{2,})+")
_SURNAME_EXTENDED = frozenset({"姓", "extended"})
_HIRAGANA_GIVEN = re.compile(r"[ ][ぁ-ゖ]{2,4}")
# round 9: the field around a name written with a two-space gap (氏名  戸田  雄一郎): it starts after a wide gap, a tab,
# a line start or a label's colon, and ends at the line's end, a tab or another wide gap
_DOUBLE_SPACED_START = re.compile(r"(?:^|[ ]{2}|[\t:：│|])\Z", re.M)
_DOUBLE_SPACED_END = re.compile(r"[ ]*(?:$|\t|[ ]{2})|[ ]?[\t,|│]", re.M)
_TABLE_RULE = re.compile(r"[ |:\-=+]*")
_CELL_NAME = re.compile(r"[ぁ-ゖ]{2,6}|[ァ-ヶー]{2,8}(?:[ ・][ァ-ヶー]{2,8})?|[㐀-䶿一-鿿豈-﫿々]{1,4}(?:[ ][㐀-䶿一-鿿豈-﫿々ぁ-ゖ]{1,4})?")
_DIRECTIONS = frozenset("東西南北上下左右前後中内外")  # one-character surnames that are too often a direction
_KANJI_PART = re.compile(r"[㐀-䶿一-鿿豈-﫿々]{1,4}")
_KANA_PART = re.compile(r"[ぁ-ゖ]{2,6}|[ァ-ヺー]{2,8}")
_WORD_CHAR = re.compile(r"[㐀-䶿一-鿿豈-﫿々〆ヶァ-ヺーA-Za-z0-9]")
_HIRAGANA_WORD = re.compile(r"[ぁ-ゖー]+")
_TOUCH_LIST = re.compile(r"(?:[ ]?[(（][^)）\n]{1,12}[)）])?[ ]?、")
_ITEM_SEP = re.compile(r"[ ]?、[ ]?")
_ITEM_RUN = re.compile(
    r"(?:(?<=[:：(（\s「])|^)[㐀-䶿一-鿿豈-﫿々]{1,5}(?:[ ][㐀-䶿一-鿿豈-﫿々ぁ-ん]{1,4})?(?:[ ]?[(（][^)）\n]{1,12}[)）])?"
    r"(?:[ ]?、[ ]?[㐀-䶿一-鿿豈-﫿々]{1,5}(?:[ ][㐀-䶿一-鿿豈-﫿々ぁ-ん]{1,4})?(?:[ ]?[(（][^)）\n]{1,12}[)）])?)+",
    re.M,
)
# words that stand in name lists but are not names (出席：本人、長男、…)
_NOT_ITEM = re.compile(
    r"(?:本人|家族|全員|各位|一同|他|ほか|以上|なし|不在|未定|長男|長女|次男|次女|父|母|妻|夫|祖父|祖母|兄|姉|弟|妹|孫|息子|娘"
    r"|事務局|学校側|保護者|職員|委員|会員|役員|担任|先生)$"
)
# document-level propagation: what may stand before and after a bare occurrence of a confirmed name
_PROP_AFTER = re.compile(
    r"(?:$|[がはのにへとをもやでか、。,.)）」』\s:：/・!?！？…]|さん|様|さま|氏|先生|君|くん|ちゃん|殿|より|まで)", re.M
)
_PROP_AFTER_LONG = re.compile(r"(?:宅|方|家)(?![㐀-䶿一-鿿豈-﫿])")  # 矢作宅, 佐伯方, 杉浦家 (two or more characters)
_KANA_PARTICLE = frozenset("のはがともにをへで")
_PROP_GIVEN = re.compile(r"[ ](?![様氏殿])(?:[㐀-䶿一-鿿豈-﫿々]{1,3}|[ぁ-ゖ]{2,4}|[ァ-ヺー]{2,5})(?=[\s、,(（)）。]|$)", re.M)
# a grid under a name header (出席表: 氏名 月 火 水 / 宇津木 ○ ○ ×): the first cell of each row is a name
_GRID_HEADER = re.compile(
    r"^[ \t]*(?:氏名|名前|お名前|利用者名?|児童名|生徒名|参加者名?|メンバー)(?:[ \t]+\S{1,6}){3,}[ \t]*$", re.M
)
_GRID_ROW = re.compile(
    r"[ \t]*([㐀-䶿一-鿿豈-﫿々ぁ-んァ-ヶー]{1,8}(?:[ ・][㐀-䶿一-鿿豈-﫿々ぁ-んァ-ヶー]{1,8})?)"
    r"[ \t]+[^㐀-䶿一-鿿豈-﫿々ぁ-んァ-ヶー\s][^\n]*(?:\n|$)"
)
_SHORT_CELLS = re.compile(r"\S{1,2}(?:[ ]\S{1,2})+")
_WEEKDAYS = re.compile(r"[月火水木金土日祝](?:[ ][月火水木金土日祝])+")
# HTML table cells between a label and its value (<th>対象者</th><td>…), line breaks
_HTML_CELL = re.compile(r"</t[hd]>[ \t]*<t[hd][^>]*>")
_HTML_BR = re.compile(r"<br[ ]?/?>")
# a child named in brackets after a kin word, with an age (子ども（はると、5歳）)
_CHILD_BRACKET = re.compile(
    r"(?=[子こ息娘長次孫弟妹])(?:子ども|子供|こども|息子|娘|長男|長女|次男|次女|孫|弟|妹)[(（]([ぁ-ゖ]{2,5}|[ァ-ヺー]{2,6}|[㐀-䶿一-鿿豈-﫿々]{1,3})"
    r"[、,][ ]?\d{1,2}(?:歳|才|か月|ヶ月)[)）]"
)
# a kin word of a household list, then a given name with a date or age in brackets (長男 希望（R2.1.9）, 妹 澪（1歳）)
_HOUSEHOLD_KIN = r"(?:長男|長女|次男|次女|二男|二女|三男|三女|妻|夫|父|母|子|孫|兄|姉|弟|妹|祖父|祖母)"  # (round 13: 二男, 二女 of 戸籍)
_KIN_GIVEN = re.compile(
    r"(?=[長次二三妻夫父母子孫兄姉弟妹祖])(?:(?<=[\s、,:：])|^)" + _HOUSEHOLD_KIN + r"[ ]"
    r"([㐀-䶿一-鿿豈-﫿々]{1,3}|[ぁ-ゖ]{2,5}|[ァ-ヺー]{2,6})"
    r"(?=[ ]?[(（](?:[HRSTM]\d{1,2}[./]\d|\d{1,3}(?:歳|才|か月|ヶ月)|(?:19|20)\d{2}|令和|平成|昭和)[^)）\n]{0,14}[)）])",
    re.M,
)
_KIN_WORD_IN = re.compile(_HOUSEHOLD_KIN + r"[ ]")
# a given name after うちの/我が家の, when SudachiPy reads it as a given name (うちのひなたは)
_OUR_CHILD = re.compile(r"(?=[うわ我息娘])(?:うちの|我が家の|息子の|娘の)([ぁ-ゖ]{2,4}|[ァ-ヺー]{2,5})(?=[はがもにをと、])")
# any speaker at a line head (ゆかりん: / 辻: / Mayumi:): counted to recognise a chat
_NOT_SPEAKER_HEAD = re.compile(
    r"[A-Z0-9_.\-]+|.*\d.*|[A-Za-z]+[-_ ]?(?:mail|Mail|URL|url|ID|Id|id)|(?:https?|mailto|tel|Tel|Subject|Date|Re|Fw|Fwd|Note|Memo)"
    r"|メモ|コメント|ポイント|テーマ|タイトル|ヒント|ノート|リンク|ステータス|カテゴリー?|タグ|レベル|ルール|パスワード|ユーザー|アドレス|メール"
    r"|(?:[㐀-䶿一-鿿豈-﫿]{2,}(?:事項|内容|日時|場所|方法|理由|目的|予定|結果|状況|期間|時間|区分|種別|番号|概要|備考|注意|連絡|確認|対応|件名))|注意|連絡|確認|件名|議題|結論|決定"
)
_ANY_SPEAKER = re.compile(r"^([^\s:：]{1,10})[:：][ ]?(?=\S)", re.M)
# round 9: the line of a chat export written as time, tab, speaker, tab, message (LINE's トーク履歴: 17:02\tみつ\t明日の…),
# the speaker perhaps with a note in brackets (まゆ（リオママ）) or an emoji after the name (Chika🌻)
_TAB_SPEAKER = re.compile(
    r"^[ ]*\d{1,2}:\d{2}(?::\d{2})?\t([ぁ-んァ-ヶー㐀-䶿一-鿿豈-﫿々A-Za-z][ぁ-んァ-ヶー㐀-䶿一-鿿豈-﫿々A-Za-z.]{0,9})"
    r"(?:[ ]?[(（]([^)）\t\n]{1,10})[)）])?[^\t\nぁ-んァ-ヶー㐀-䶿一-鿿豈-﫿々A-Za-z0-9]{0,3}\t(?=\S)",
    re.M,
)


def _occurrences(text: str, keys: set[str]) -> list[tuple[int, int, str]]:
    """Every occurrence of the keys (longest first at one position)."""
    # many keys in a long text: one alternation (its compilation, once per document, costs more than a few finds)
    if len(keys) > 8 and len(keys) * len(text) > 100_000:
        pattern = re.compile("|".join(sorted(map(re.escape, keys), key=len, reverse=True)))
        return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]
    found: dict[int, str] = {}
    for key in keys:
        pos = text.find(key)
        while pos >= 0:
            if len(key) > len(found.get(pos, "")):
                found[pos] = key
            pos = text.find(key, pos + 1)
    out, last = [], -1
    for pos in sorted(found):
        if pos >= last:
            out.append((pos, pos + len(found[pos]), found[pos]))
            last = pos + len(found[pos])
    return out


# people counted, not named (課員の一人は, 職員の二名が): the dictionary has 一人 as a given name
_COUNTED = re.compile(r"[一二三四五六七八九十百千何数両複多全各][人名組]?$|[一二三四五六七八九十何数両複]+[人名]")
# prefectures and the largest cities: a place after a role and の (支店長の大阪が) is the place, not a surname; those
# that are also surnames (千葉, 岡山) have a 人名 entry and go by the surname rule
_PLACE_STEMS = frozenset(
    "北海道 青森 岩手 宮城 秋田 山形 福島 茨城 栃木 群馬 埼玉 千葉 東京 神奈川 新潟 富山 石川 福井 山梨 長野 岐阜 静岡 愛知 三重 滋賀 京都 大阪"
    " 兵庫 奈良 和歌山 鳥取 島根 岡山 広島 山口 徳島 香川 愛媛 高知 福岡 佐賀 長崎 熊本 大分 宮崎 鹿児島 沖縄 札幌 仙台 横浜 川崎 名古屋 神戸"
    " 北九州 日本 関東 関西 東北 九州 四国 北陸 東海 中国 韓国 台湾 米国 英国".split()
)
# what a person does, in the clause after a role's name (代講, 対応, 声をかけ, 測り, 来る …)
_PERSON_ACTION = re.compile(
    r"代講|担当|対応|出席|欠席|同席|同行|訪問|伺|連絡|報告|説明し|話し|話す|声をかけ|測|診察|案内|受付|付き添|迎え|送っ|送り|運転|記入"
    r"|確認し|電話|来[たてるま]|帰[っりる]|休[みむん]|退職|入社|着任|引き継|作成|書い|呼ん|言っ|申し|答え|伝え|聞い|手伝|立ち会|立会"
    r"|面談|相談|指導|処置|介助|清掃|巡回|発見|気づ|通報|行[っきく]|向か|参加|出勤|在席|不在|交代"
)
_CLAUSE = re.compile(r"[^。\n]{0,14}")
_SUBJECT_PARTICLES = frozenset({"が", "は", "から", "より", "さん", "です", "と申します"})


@functools.lru_cache(maxsize=8192)
def _proper_kinds(word: str) -> frozenset[tuple[str, str]]:
    """The (3rd, 4th) part-of-speech fields of the dictionary's proper-noun entries for ``word``: ("人名", "姓"),
    ("地名", "一般") … (one dictionary look-up per word, shared by the name and place tests below and person_known)."""
    return frozenset((m.part_of_speech()[2], m.part_of_speech()[3]) for m in sudachi().dictionary.lookup(word)
                     if m.part_of_speech()[1] == "固有名詞")


def _place_word(word: str) -> bool:
    """Round 13: whether the dictionary has ``word`` as a place (浦和, 足助; 安達 and 館林 are places and surnames too)."""
    return any(kind == "地名" for kind, _ in _proper_kinds(word))


def _name_entry(word: str) -> bool:
    """Whether the dictionary has ``word`` as a surname or a given name."""
    return any(m.part_of_speech()[2] == "人名" and m.part_of_speech()[3] in ("姓", "名") for m in sudachi().dictionary.lookup(word))


@functools.lru_cache(maxsize=4096)
def _given_entry(word: str) -> bool:
    """Whether the dictionary has ``word`` as a given name (勇 is tagged a surname in 岡本 勇, and is a given name too)."""
    return any(m.part_of_speech()[2] == "人名" and m.part_of_speech()[3] == "名" for m in sudachi().dictionary.lookup(word))


@functools.lru_cache(maxsize=4096)
def _common_noun(word: str) -> bool:
    """Whether the dictionary also has ``word`` as a common noun (光, 森, 平和, 大学)."""
    return any(m.part_of_speech()[1] == "普通名詞" for m in sudachi().dictionary.lookup(word))


@functools.lru_cache(maxsize=4096)
def _proper_name_word(word: str) -> bool:
    """Whether the dictionary has ``word`` as a person's name (one kanji) or a person's or place name (more)."""
    kinds = {kind for kind, _ in _proper_kinds(word)}
    return "人名" in kinds or (len(word) >= 2 and "地名" in kinds and word not in _PLACE_STEMS)


_KATAKANA_ONLY = re.compile(r"[ァ-ヺー]{5,}")
_FUNCTION_POS = frozenset({"副詞", "形容詞", "動詞", "助詞", "助動詞", "接続詞", "連体詞", "代名詞", "感動詞", "形状詞"})


@functools.lru_cache(maxsize=4096)
def _function_word(word: str) -> bool:
    """Whether the dictionary has ``word`` (in kana) as anything but a noun (まだ, ない, これ)."""
    return "ぁ" <= word[0] <= "ヺ" and any(m.part_of_speech()[0] in _FUNCTION_POS for m in sudachi().dictionary.lookup(word))


@functools.lru_cache(maxsize=4096)
def _common_katakana(word: str) -> bool:
    """Whether the dictionary has a katakana ``word`` as a common noun or another word, never as a name (レジ, サポート;
    not スズキ, a fish and a surname)."""
    pos = [m.part_of_speech() for m in sudachi().dictionary.lookup(word)]
    return not any(p[2] == "人名" and p[3] in ("姓", "名") for p in pos) and any(p[1] != "固有名詞" for p in pos)


def _dotted_katakana_name(field: str) -> bool:
    """Round 12: katakana words joined by ・ are a foreign name (ゴンサルベス・ルーカス, ヌン・ソピア, グエン・ヴァン・ナム), not
    loanwords (ランチ・ミーティング, ミートスパゲッティ・コールスロー) or places (ベトナム・ハノイ): at most one word is a
    common katakana word or a compound of them, and none is a place or an organisation in the dictionary."""
    words = field.split("・")
    common = [w for w in words if _loanword(w)]
    if len(common) > 1 or any(_place_katakana(w) for w in words):
        return False
    # beside a common word the others are three letters or more (パウデル・ラム; not a word cut at a line's end,
    # セキュリ⏎ティ・プライバシー)
    return not common or all(len(w) >= 3 for w in words if w not in common)


@functools.lru_cache(maxsize=4096)
def _loanword(word: str) -> bool:
    """A common katakana word, or one the dictionary splits into common katakana words (スポーツクラブ, プラチナホワイト);
    a foreign name it does not know stays one unknown word (キプロティッチ)."""
    if _common_katakana(word):
        return True
    parts = [m.surface() for m in sudachi().tokenizer.tokenize(word)]
    return len(parts) >= 2 and all(_common_katakana(p) for p in parts)


@functools.lru_cache(maxsize=4096)
def _place_katakana(word: str) -> bool:
    """The dictionary has a katakana ``word`` as a place or an organisation and never as a name (ベトナム, サンパウロ)."""
    pos = [m.part_of_speech() for m in sudachi().dictionary.lookup(word)]
    return any(p[2] in ("地名", "組織") for p in pos) and not any(p[2] == "人名" for p in pos)


def _katakana_compound(word: str) -> bool:
    """Round 12: whether a katakana word of five letters or more is made only of common katakana words (オンライン,
    オブザーバー, バックエンド|エンジニア, パートナー|サポート): a word, not a name's reading. One test with the foreign
    names' :func:`_loanword` (twins made one)."""
    return _KATAKANA_ONLY.fullmatch(word) is not None and _loanword(word)



@functools.lru_cache(maxsize=4096)
def _word_with_honorific(name: str, honorific: str) -> bool:
    """Round 12: whether a kana word and the honorific after it, or their tail, are one dictionary word that is no name
    (たく|さん is たくさん, ひいおば|あちゃん holds おばあちゃん): an adverb or a kin word, not a name and an honorific."""
    return any(
        entries and not any(m.part_of_speech()[2] == "人名" for m in entries)
        for k in range(len(name) - 1)
        for entries in (list(sudachi().dictionary.lookup(name[k:] + honorific)),)
    )

# whole words (particles, formal nouns) and endings (auxiliaries, verbs); ひより, まこと are names, so より/こと only whole
_GRAMMAR_END = re.compile(
    r"^(?:まで|のみ|だけ|など|から|より|ので|けど|でも|にて|こと|もの|ところ|とき|ため|ほか|ほど)$"
    r"|(?:ます|ました|ません|です|でした|ですが|について|として|のため|した|して|する|される)$"
)


def _grammar_kana(word: str) -> bool:
    """Whether a hiragana word is grammar, not a given name: a particle, an auxiliary, a verb ending (まで, のみ, ですが)."""
    # (not "any word the dictionary has as an adverb": ほのか, まこと, はるか are given names)
    return bool(_HIRAGANA_WORD.fullmatch(word)) and bool(_GRAMMAR_END.search(word))


_VALUE_AFTER = re.compile(r"[ \t]+(?:[0-9¥$#№]|年[0-9])")
_KANJI_WORD = re.compile(r"[㐀-䶿一-鿿豈-﫿々]{2,}")


@functools.lru_cache(maxsize=4096)
def _plain_noun(word: str) -> bool:
    """Whether a kanji word is, in the dictionary, only common nouns (会費, 確認日, 個人番号): never a name entry,
    no unknown piece."""
    if not _KANJI_WORD.fullmatch(word) or _name_entry(word):
        return False
    sd = sudachi()
    pos = [(m.is_oov(), sd.dictionary.pos_of(m.part_of_speech_id())) for m in sd.tokenizer.tokenize(word)]
    return pos[0][1][1] == "普通名詞" and all(not oov and (p[1] == "普通名詞" or p[0] == "接尾辞") for oov, p in pos)


_ORG_CELL = re.compile(COMPANY_WORDS)  # (a company in a column of people: 支援者名)
_LABEL_CELL_CHARS = re.compile(r"[㐀-䶿一-鿿豈-﫿々ぁ-ゖ・ ]{2,16}")
_LABEL_CELL_POS = frozenset({"名詞", "接頭辞", "接尾辞", "助詞", "連体詞"})


@functools.lru_cache(maxsize=4096)
def _label_cell(word: str) -> bool:
    """Round 11: a form's label standing where a name's value should be (保護者, 生年月日, 退去日, 拘束の内容, 学校名 学年):
    kanji words the dictionary knows only as common nouns, prefixes, suffixes and の — no name, no place, no unknown
    word. A spreadsheet's label<TAB>value rows or a header line read as a name column's cells give such words."""
    if not _LABEL_CELL_CHARS.fullmatch(word) or not _KANJI.match(word) or _name_entry(word.split(" ")[0]):
        return False  # (日向 大地: common nouns, but a surname written apart from the given name)
    sd = sudachi()
    for m in sd.tokenizer.tokenize(word.replace(" ", "")):
        pos = sd.dictionary.pos_of(m.part_of_speech_id())
        if m.is_oov() or pos[1] == "固有名詞" or pos[0] not in _LABEL_CELL_POS or (pos[0] == "助詞" and m.surface() != "の"):
            return False
    return True


def _label_of_value(text: str, start: int, end: int) -> bool:
    """round 8: the word after a name is the label of the next field (辻村 会費 年6,000円, 一ノ瀬 確認日 2026-11-1): a
    common-noun word followed by a value, so the name ends before it."""
    return bool(_VALUE_AFTER.match(text, end)) and _plain_noun(text[start:end])


def _strip_title(word: str) -> str:
    """An item without the title or honorific glued to it (宮本副会長 → 宮本, 会長 森岡さん → 会長 森岡)."""
    tail = _TITLE_TAIL.search(word) or _KANA_TITLE_TAIL.search(word)
    return word[: tail.start()] if tail and tail.start() > 0 and word[tail.start() - 1] != " " else word


def _surname_head(word: str) -> bool:
    """Whether a kanji run starts with a dictionary surname (one character only when written apart or alone)."""
    flat = word.replace(" ", "")
    return any(
        k <= len(word) and len(flat) - k <= 3 and (k > 1 or len(word) == 1 or word[1] == " ") and is_surname(word[:k])
        for k in (3, 2, 1)
    )


# round 9c: a kanji title or a clerical verb noun that a rule took along at the end of a name (主治医の比嘉先生に →
# 比嘉先生, 事務局 岡部作成、 → 岡部作成): the name ends before it (敬称・肩書は氏名に含めない)
# (the kanji titles of two characters or more, longest first: one alternation for both patterns below)
_KANJI_TITLES = "|".join(
    sorted((re.escape(h) for h in HONORIFICS if len(h) >= 2 and not re.search("[ぁ-んァ-ヶ]", h)), key=len, reverse=True)
)
# (round 10: more of them, written after a space: 野々村 訪問。, 管理人 坂東 経由, （荻野 運転）, （桑原 確認済）, （内海 所見）,
# 診察券（瀬戸口 名義、…）)
_TRAILING_TITLE = re.compile(
    r"(?<=[㐀-䶿一-鿿豈-﫿々])[ ]?(?:" + _KANJI_TITLES + r"|作成|記入|記録|確認|撮影|対応)\Z"
    r"|(?<=[㐀-䶿一-鿿豈-﫿々])[ ](?:訪問|経由|運転|所見|名義|同席|同行|持参|回収|報告|連絡|面談|入力|起票|受付|立会|引率|(?:確認|対応|記入|入力|回収)済|受)\Z"
    # (round 13: a clerical act or an honorific glued to the surname: 野々山経由, 沢渡了承, 早乙女判断, 長谷部様に)
    r"|(?<=[㐀-䶿一-鿿豈-﫿々]{2})(?:経由|了承|判断|起案|受領|様|殿)\Z"
    # (round 13 late: an instruction, an interview or an inquiry desk after the name, glued or after an ideographic
    # space — センター長 二宮指示, 産業医 大谷先生面談, 健診データ課 比留間　問合せ, 受付者 大貫　お預り)
    r"|(?<=[㐀-䶿一-鿿豈-﫿々]{2})(?:指示|面談)\Z"
    r"|(?<=[㐀-䶿一-鿿豈-﫿々])[ 　](?:問合せ|問い合わせ|お問合せ|お預り|お預かり|指示|面談)\Z"
)
_TITLE_AT = re.compile(r"(?:" + _KANJI_TITLES + r")")
_DATED_LINE = re.compile(r"[ ]*[\[(]?\d{4}[-/.]")


# round 10: a word a rule took along before the name that is a kin word with its honorific or a role ending in 係
# (ホフマン様の奥様 恵 様 → 恵, | 客室係 丸山 | → 丸山): the name starts after it
_LEADING_WORD = re.compile(r"[㐀-䶿一-鿿豈-﫿々ぁ-ゖ]{1,4}(?:様|さま|さん|係)[ ]")
# round 10: a placeholder written where a name goes (テスト 太郎, ダミー 花子, サンプル タロウ): no one's name (the READMEs
# of several batches leave such fixtures unannotated)
_PLACEHOLDER_NAME = re.compile(r"(?:テスト|ダミー|サンプル)(?:[ ・]|$)")


# round 11: a place and its office or its area (館林市, 安中市長 様, 長野県知事 殿, 飯田市内): an office addressed by its title or
# a place, no person; the place is one of the 47 prefectures or a municipality of the address recognizer's list
_PLACE_OFFICE = re.compile(r"(.+?[都道府県市区町村])(?:長|知事|内|外)?")


@functools.cache
def _place_names() -> frozenset[str]:
    return frozenset(municipalities()) | frozenset(PREFECTURES)


def _place_or_office(word: str) -> bool:
    m = _PLACE_OFFICE.fullmatch(word.replace(" ", ""))
    return m is not None and m.group(1) in _place_names()


# round 11: a shop or a branch named by its place (あおい薬局 本町店, ひまわり薬局 湖山店, …薬局 牛島店): a name word ending in
# 店 or glued to it is the shop's, not a person's (店長, 店員 are titles: 森店長 stays a person)
_SHOP_AFTER = re.compile(r"支?店(?![長員主])")


_OFFICE_END = re.compile(r"(?:警察署|税務署|消防署|出張所|支所|事務所|病院)\Z")


def _shop(text: str, start: int, end: int) -> bool:
    """…and a school cut before its 校 (城西中学|校長, 北条高等学|校長 様) or ending in 学校 (市立若葉台小学校)."""
    return bool(
        _SHOP_AFTER.match(text, end)
        or (end - start >= 2 and _SHOP_AFTER.match(text, end - 1) and text[end - 1] == "店")
        or (text[end - 1] == "学" and text.startswith("校", end))
        or (end - start >= 3 and text.endswith("学校", start, end))
        # (and an office or a hospital: 戸塚警察署, 人吉出張所, 宇治石田病|院)
        or (end - start >= 3 and _OFFICE_END.search(text, start, end) is not None)
        or (text[end - 1] == "病" and text.startswith("院", end))
    )


# round 11: the account holder written in kana right after a deposit type and the account number, as transfer forms and
# payroll files do (普通 1184027 マカベ アキコ, 普通,7741052,ﾄﾂｶ ﾘｮｳﾀ): two to four kana words closing the field
_ACCOUNT_HOLDER = _gated(
    r"(?:普通|当座|貯蓄)[ ,\t]{1,3}\d{6,8}[ ,\t]{1,3}([ァ-ヶー]{1,10}(?:[ ][ァ-ヶー]{1,12}){1,3})(?=[ ]*(?:$|[\t,\n|\"]))",
    re.M,
)
_COMPANY_KANA = re.compile(r"カブシキ|ユウゲン|ゴウドウ|ザイダン|シヤダン|シャダン|ホウジン|クミアイ|キヨウカイ|キョウカイ|^カ[ )]|[ (]カ$")


def _account_holders(text: str) -> Iterable[Candidate]:
    for m in _ACCOUNT_HOLDER.finditer(text) if "普通" in text or "当座" in text or "貯蓄" in text else ():
        if not _COMPANY_KANA.search(m.group(1)):
            yield Candidate(m.start(1), m.end(1), PiiType.PERSON, 0.75, "person", True)


# round 11: the office's own entries on a form — a clerical act, an optional desk and date, then the clerk's surname (受付 9/12
# 沖田, 確認 和田 10/16, 受付 税務課資産税係 R6.5.20 黛, 担任確認<TAB><TAB>沼尻, 入力<TAB>白川<TAB>点検 …): a dictionary surname
# standing alone there is the clerk's name
# (one list with person_speech's sign-offs at a note's closing bracket: 受付確認 西脇］ — twins made one in round 12)
_CLERK_WORDS = (
    r"受付|確認|入力|点検|審査|更新|記録|決裁|承認|起票|照合|処理|交付|記入|検印"
    r"|追記|記載|担当|対応|転記|作成|文責|聴取|応対"
)
_CLERK_STAMP = _gated(
    rf"(?:{_CLERK_WORDS})者?[\]］】]?(?:[ \t]+|[ \t]*[:：][ \t]*)"
    r"(?:[㐀-䶿一-鿿豈-﫿ァ-ヶー]{1,10}(?:課|係|部|室|センター)[ \t]+)?"
    r"(?P<date>(?:[RH]|令和)?\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,2})?[ \t]*)?"
    r"([㐀-䶿一-鿿豈-﫿々]{1,4})(?=[ \t\n]|$|[(（、,→]|\d|。)",  # (round 13: 。 after a dated stamp: 受付 6/20 竹村。)
    re.M,
)
# (without a date before it, the surname must close its field: a line end, a tab, a bracket, a date or the next stamp —
# not 記入者：津田 勇気, a full name)
_CLERK_FIELD_END = re.compile(rf"[ ]*(?:$|\n)|\t|[(（、,→]|[ ]*\d|[ ]+[^\s]{{0,3}}(?:{_CLERK_WORDS})", re.M)


_CLERK_GIVEN = re.compile(r"[ ]([㐀-䶿一-鿿豈-﫿々ぁ-ゖ]{1,4})(?![㐀-䶿一-鿿豈-﫿々ぁ-ゖ])")  # (更新 7/11 岸 恵理子: a full name)


def _clerk_stamps(text: str) -> Iterable[Candidate]:
    for m in _CLERK_STAMP.finditer(text):
        word = m.group(2)
        given = _CLERK_GIVEN.match(text, m.end())
        if (
            # (round 13: a surname ending in 部 is no department: 曽我部, 長谷部)
            is_surname(word) and not (_DEPT_WORD.search(word) and not _name_entry(word)) and not (given and _given_entry(given.group(1)))
            and (m.group("date") or _CLERK_FIELD_END.match(text, m.end()))
        ):
            yield Candidate(m.start(2), m.end(2), PiiType.PERSON, 0.7, "person", True)


# round 12: operations' records name the staff by a role or desk word and the surname alone, written apart (入力者：営業所事務
# 杉浦, 作成：管理課 保科 10/8, 記入：フロント 諏訪, SV 立石 確認済み, 10:14 IN 中須賀, 運行管理 弘田, アルバイト 浜崎が): a word
# the dictionary has only as common nouns (or a common katakana word, a latin code), one space, a dictionary surname of two
# or three kanji that is no common noun and no given name, closing its field or before a particle or a clerical word
_ROLE_SURNAME = re.compile(
    r"(?:(?<=[\s：:、。（(\[【])|^)([㐀-䶿一-鿿豈-﫿々]{2,6}|[㐀-䶿一-鿿豈-﫿々]{0,4}[ァ-ヺー]{2,8}|[A-Za-z]{2,8})[ ]([㐀-䶿一-鿿豈-﫿々]{2,3})"
    r"(?=[ \t\n（(、。,)）\]】→]|$|が|は|に|の|へ|を|と|より)",
    re.M,
)
# round 13: a particle written apart after the surname, then no more kana (担当 三井 よりご連絡, 担当 磐田 までお問い合わせ,
# 担当 岩沼 は現在): the clause goes on, the name ended (a hiragana given name goes on in kana: 森 はな, 山田 もも)
_PARTICLE_APART = re.compile(r"[ ](?:(?:まで|から|より)|[にがはへをと](?![ぁ-ゖ]))")
# (round 13: after a person's role — 担当, …員, …長 — a surname that is a common noun too: 担当 日向, 相談員 石垣)
_NUMERAL_COUNTER = re.compile(r"[一二三四五六七八九十]+[階号番棟丁区条]")  # (本館 二階: a floor, though the dictionary has 二階 as a surname)
_ROLE_SURNAME_NEXT = re.compile(r"[ ](?:([㐀-䶿一-鿿豈-﫿々ァ-ヺー]+)|[ぁ-ゖ]|\d{3}|\d+[ ]?号|第)")
# (a shop, an eatery or a road named by a surname or a place: 喫茶 鈴木, 居酒屋 上野, 市道 桜台 5 号線)
_SHOP_OR_ROAD = re.compile(r"(?:喫茶|居酒屋|食堂|旅館|料亭|商店|酒店|書店|寿司|鮨|菓子|理容|美容|医院|歯科|薬局|工務店|組合|[県市町国]道|通り)\Z")


_KANJI_THEN_KANA = re.compile(r"([㐀-䶿一-鿿豈-﫿々]*)([ァ-ヺー]*)")


def _common_word(word: str) -> bool:
    """A word of common nouns: kanji the dictionary has only as common nouns, then common katakana words, either part
    optional (管理課, フロント, 担当フロント, 配車センター)."""
    m = _KANJI_THEN_KANA.fullmatch(word)
    if m is None or not word:
        return False
    kanji, kana = m.group(1), m.group(2)
    return (not kanji or _plain_noun(kanji)) and (not kana or _common_katakana(kana))


def _role_surnames(text: str) -> Iterable[Candidate]:
    for m in _ROLE_SURNAME.finditer(text):
        role, word = m.group(1), m.group(2)
        if (
            not is_surname(word) or (_common_noun(word) and not _ROLE_TAIL.search(role)) or _given_entry(word)
            or role.endswith("番号") or _NUMERAL_COUNTER.fullmatch(word)
        ):
            continue
        nxt = _ROLE_SURNAME_NEXT.match(text, m.end())
        if nxt and not (nxt.group(1) and not _given_entry(nxt.group(1)) and _common_word(nxt.group(1))) and not _PARTICLE_APART.match(text, m.end()):
            continue  # (a given name or a particle written apart follows: 営業部 鈴木 花子; 名古屋 530 is a plate)
        if _SHOP_OR_ROAD.search(role):
            continue
        if role.isascii() or _common_word(role):
            yield Candidate(m.start(2), m.end(2), PiiType.PERSON, 0.5, "person", True)


# round 12: a given name written in katakana with its kanji ending, before an honorific (妻 ヨシ子さん, 。ヨシ子さんは毎日…):
# how older women's names are written; the katakana run starts a word
_KANA_KANJI_GIVEN = _gated(r"(?:(?<=[\s、。「『(（:：])|^)([ァ-ヺ]{1,4}[子江代枝恵美乃世])(?=さん|さま|様|ちゃん|殿)", re.M)


def _kana_kanji_given(text: str) -> Iterable[Candidate]:
    for m in _KANA_KANJI_GIVEN.finditer(text):
        yield Candidate(m.start(1), m.end(1), PiiType.PERSON, 0.7, "person", True)


# round 11: a care or clinic record's latin title after the surname (上杉 Dr., 浅見Dr, 永井 CM, 石黒 Ns): the surname is a
# person's, the title stays outside (肩書は氏名に含めない)
_LATIN_TITLE = _gated(r"(?<![㐀-䶿一-鿿豈-﫿々])([㐀-䶿一-鿿豈-﫿々]{1,4})[ ]?(?:Dr|Ns|CM|MSW|PSW|SW)\.?(?![A-Za-z])")


# (round 13, throughput: a text holding none of the titles — 822 of 827 dev texts — is not scanned; the scan tries every
# kanji of the text, the test four substring searches)
_LATIN_TITLE_GATE = words_gate(_LATIN_TITLE.pattern)


def _latin_titles(text: str) -> Iterable[Candidate]:
    if not _LATIN_TITLE_GATE(text):
        return
    for m in _LATIN_TITLE.finditer(text):
        if is_surname(m.group(1)) and not _DEPT_WORD.search(m.group(1)):
            yield Candidate(m.start(1), m.end(1), PiiType.PERSON, 0.75, "person", True)


_LABEL_AFTER_WORD = re.compile(
    r"[:：)）]|[ ](?=[㐀-䶿一-鿿豈-﫿々ァ-ヺ])(?![㐀-䶿一-鿿豈-﫿々]{1,4}[都道府県市区町村])(?!" + _KANJI_TITLES + r"|様|殿)"
)


def _trailing_label(text: str, start: int, end: int) -> int | None:
    """Round 11: where a name ends when a rule took along the next field's label written after a space (被保険者氏名 月橋
    トメ 生年月日 …, 受付 湯浅 限度額区分 ウ, 法人本部 梶 受領証 No.…): a last word of three kanji or more that the
    dictionary has only as common nouns is a label, not a given name (given names are name entries or unknown words)."""
    space = text.rfind(" ", start, end)
    if space <= start or end - space - 1 < 2 or not _plain_noun(text[space + 1 : end]):
        return None
    # (round 12: a two-kanji word only when a label's colon, a closing bracket or another word follows it — 戸谷 審査：,
    # 部長 宍倉 承認）, 矢野 備考 購入店…; given names that are common nouns stay: 岡山 希望（19）, 大森 平和 様, 岡山 希望 東京都…,
    # 鈴木 心春 080-…, 鈴木 心春 Suzuki)
    if end - space - 1 == 2 and not _LABEL_AFTER_WORD.match(text, end):
        return None
    return space


# round 11: a foreign name in katakana joined by ・ is one name: a candidate holding part of it grows to the whole run
# (ヌエン・ティ → ヌエン・ティ・フオン, ドゥック → ファム・ヴァン・ドゥック, ドー・ティ → ドー・ティ・ハン)
_KANA_DOT_RUN = re.compile(r"[ァ-ヺー]+(?:・[ァ-ヺー]+)+")
_KANA_DOT_BACK = re.compile(r"(?:[ァ-ヺー]+・)+\Z")


def _whole_dot_name(text: str, c: Candidate) -> Candidate:
    if text[c.start - 1 : c.start] != "・" and text[c.end : c.end + 1] != "・" and "・" not in text[c.start : c.end]:
        return c  # (the common case: no ・ at or inside the candidate)
    if not (_KANA_PART.fullmatch(text, c.start, c.end) or _KANA_DOT_RUN.fullmatch(text, c.start, c.end)):
        return c
    back = _KANA_DOT_BACK.search(text, max(0, c.start - 30), c.start)
    start = back.start() if back and (back.start() == 0 or not "ァ" <= text[back.start() - 1] <= "ヺ") else c.start
    fwd = _KANA_DOT_RUN.match(text, start)
    end = fwd.end() if fwd and fwd.end() >= c.end else c.end
    return c if (start, end) == (c.start, c.end) else Candidate(start, end, c.type, c.score, c.recognizer, c.context_done)


# round 11: a department, a role or a kin word a rule took along before the name (管理会社 西脇, 事務 新井, 物損 栗林,
# 妻 和子): a first word the dictionary has only as common nouns, or a household kin word, is not part of the name.
# Round 12 (twins made one): the same test serves person_speech's names written apart (民生委員 杉浦, 書類 ゆう, そうそう キヨ)
_KIN_WORD = re.compile(_HOUSEHOLD_KIN)
# round 13: a kin word, perhaps a former or late one (元夫, 亡妻, 前妻, 義母), before a full name written apart (元夫 阿部 貴之)
_KIN_BEFORE_FULL = re.compile(r"[元前亡義実養]?" + _HOUSEHOLD_KIN)
_OFFICE_FIRST = re.compile(r"(?:支所|出張所|事務所|センター|[課係室])\Z")
_LEAD_WORD = re.compile(r"[㐀-䶿一-鿿豈-﫿々]{2,4}|[ぁ-ゖー]{2,6}")
_LEAD_POS = frozenset({"副詞", "感動詞", "接続詞", "助詞", "助動詞"})
_KANA_NAME_WORD = re.compile(r"[ぁ-ゖァ-ヺー]{2,6}")
_KATAKANA_WORD = re.compile(r"[ァ-ヺー]+")


def _leading_noun(text: str, start: int, end: int, apart: bool = False) -> int | None:
    """Where the name starts after a leading word that is no part of it (管理会社 西脇 → 西脇, 妻 和子 → 和子, 民生委員 杉浦,
    書類 ゆう, そうそう キヨ), or None: the first word before the first space, when :func:`_lead_not_name` says so.
    ``apart``: a name written apart in speech or a note (person_speech), not a form's field."""
    space = text.find(" ", start, end)
    if space <= start or space + 1 >= end:
        return None
    return space + 1 if _lead_not_name(text[start:space], text[space + 1 : end], apart) else None


def _lead_not_name(first: str, rest: str, apart: bool) -> bool:
    """A first word that is no part of the name after it: a desk before a surname (阿智支所 熊谷), a household kin word
    (妻 和子), a word of common nouns only before a surname of its own (事務 新井; not 四十物 健吾, 平和 智), a role or
    department word (民生委員 杉浦), a kanji common noun before a kana name (書類 ゆう), a kana adverb or interjection
    before a katakana name (そうそう キヨ). A hiragana word before a hiragana one is a reading's surname (あり ゆすふ).
    The kanji common noun before a kana name counts only for a name written apart (``apart``): in a form's field a rare
    surname the dictionary has as a noun comes before a kana given name (葦原 しずく, 下郡 みのり). (Cheap tests first: the
    dictionary is asked last.)"""
    if " " in rest and _KIN_BEFORE_FULL.fullmatch(first) and _KANJI_PART.fullmatch(rest.split(" ")[0]):
        return True
    if " " not in rest and (
        (_OFFICE_FIRST.search(first) and is_surname(rest))
        or _KIN_WORD.fullmatch(first)
        or (len(rest) >= 2 and _plain_noun(first) and is_surname(rest) and not _given_entry(rest))
    ):
        return True
    if len(rest) < 2 or not _LEAD_WORD.fullmatch(first):
        return False
    if first[0] >= "一":
        if _KANA_NAME_WORD.fullmatch(rest):
            return apart and _not_a_name_head(first)
        return _role_word(first) and not is_surname(first)
    return bool(_KATAKANA_WORD.fullmatch(rest)) and _not_a_name_head(first)


@functools.lru_cache(maxsize=4096)
def _not_a_name_head(word: str) -> bool:
    """A word a rule took along before a name that is no surname: a kana adverb, interjection or conjunction and no
    name (そうそう, でも) or,
    before a kana name, a kanji word the dictionary has as common nouns only and not as a surname (書類 ゆう; a rare
    surname before a kanji given name is left: 四十物 健吾, 平和 誠一)."""
    if "ぁ" <= word[0] <= "ゖ":
        pos = [m.part_of_speech() for m in sudachi().dictionary.lookup(word)]
        return not any(p[2] == "人名" for p in pos) and any(p[0] in _LEAD_POS for p in pos)
    return _plain_noun(word) and not is_surname(word)


def _role_word(word: str) -> bool:
    """A role, department or label word (民生委員, 経理課, 事務局): never a surname before a name."""
    return bool(_ROLE_WORD.fullmatch(word) or _DEPT_WORD.search(word) or _LABEL_RE.fullmatch(word) or _FIELD_WORD.search(word))


# round 13: a section's abbreviation glued to 係 or 課 (住記係, 諸税係): the section, no person (係長, 課員 are titles)
_SECTION_AFTER = re.compile(r"[係課](?![長員])")
_PLACE_OFFICE_END = re.compile(r"[都道府県市区町村](?:長|知事)?\Z")


def _place_cut(text: str, start: int, end: int) -> bool:
    """Round 13: a candidate that starts inside a place and its office (盛|岡市長, 会津若|松市長): the place, one to four
    kanji before the candidate, is one of the address recognizer's municipalities."""
    if not start or not _KANJI.match(text, start - 1) or not _PLACE_OFFICE_END.search(text, start, end):
        return False
    return any(_place_or_office(text[start - k : end]) for k in range(1, min(4, start) + 1))


def _trim_title(text: str, c: Candidate) -> Candidate:
    if c.type == PiiType.PERSON and _PLACEHOLDER_NAME.match(text, c.start, c.end):
        return Candidate(c.start, c.end, c.type, 0.0, c.recognizer, c.context_done)
    lead = _LEADING_WORD.match(text, c.start, c.end)
    if lead and c.end - lead.end() >= 1:
        c = Candidate(lead.end(), c.end, c.type, c.score, c.recognizer, c.context_done)
    elif c.type == PiiType.PERSON and (cut := _leading_noun(text, c.start, c.end)) is not None:
        c = Candidate(cut, c.end, c.type, c.score, c.recognizer, c.context_done)
    m = _TRAILING_TITLE.search(text, c.start, c.end)
    if m is not None and m.start() - c.start >= 1:
        # (round 13: a title then a clerical word, 藤井先生作成: both go)
        m2 = _TRAILING_TITLE.search(text, c.start, m.start())
        end = m2.start() if m2 is not None and m2.start() - c.start >= 1 else m.start()
        return Candidate(c.start, end, c.type, c.score, c.recognizer, c.context_done)
    if c.type == PiiType.PERSON and (_SECTION_AFTER.match(text, c.end) or _place_cut(text, c.start, c.end)):
        return Candidate(c.start, c.end, c.type, 0.0, c.recognizer, c.context_done)
    if c.type == PiiType.PERSON and (
        (c.end - c.start >= 3 and " " not in text[c.start : c.end] and _label_cell(text[c.start : c.end]))
        or _place_or_office(text[c.start : c.end])
        or _shop(text, c.start, c.end)
    ):
        return Candidate(c.start, c.end, c.type, 0.0, c.recognizer, c.context_done)
    cut = _trailing_label(text, c.start, c.end)
    if cut is not None:
        return Candidate(c.start, cut, c.type, c.score, c.recognizer, c.context_done)
    # a title that starts inside the name and runs on past its end (芦沢副|理事長: 副理事長 is the title)
    if c.end - c.start >= 3 and _KANJI.match(text, c.end - 1) and _KANJI.match(text, c.end):
        for p in range(c.end - 1, c.start + 1, -1):
            t = _TITLE_AT.match(text, p)
            if t and t.end() > c.end and not _KANJI.match(text, t.end()):
                return Candidate(c.start, p, c.type, c.score, c.recognizer, c.context_done)
    return c


# round 12: a surname written apart before a given name that a rule found alone (千葉 沙織先生, …ご長女赤羽 真琴さん, 石倉
# 琢磨先生, 恵比寿 登美子（母）, 名義は マノ ユキ です): the dictionary reads the surname as a place or does not know it, so
# only the given name was taken, or the two halves were taken as two names. A full name is one span (氏名は一つのスパン).
_SURNAME_RUN_BEFORE = re.compile(r"(?:[㐀-䶿一-鿿豈-﫿々]{1,6}|(?<![ァ-ヺー])[ァ-ヺー]{2,6}|(?<![ぁ-ゖ])[ぁ-ゖ]{2,5})[ ]\Z")
_ANOTHER_ITEM = re.compile(r"[ ]?[、・,/／]|[ ][㐀-䶿一-鿿豈-﫿々ァ-ヺぁ-ゖ]")


# round 12: ・ after a kanji surname joins two people of a list (受付 大森・羽鳥, 献金係 仁平・ジョセフ, 保健師 天野・河内 圭):
# no gold name of any batch holds ・ between a kanji and another word, so a candidate is split there into its people
_DOT_AFTER_KANJI = re.compile(r"(?<=[㐀-䶿一-鿿豈-﫿々])・(?=[㐀-䶿一-鿿豈-﫿々ァ-ヺ])|(?<=[ァ-ヺー])・(?=[㐀-䶿一-鿿豈-﫿々])")


def _split_dot_pair(text: str, c: Candidate) -> list[Candidate]:
    if "・" not in text[c.start : c.end]:
        return [c]
    cuts = [m.start() for m in _DOT_AFTER_KANJI.finditer(text, c.start, c.end)]
    if not cuts:
        return [c]
    bounds = [c.start, *cuts, c.end]
    return [
        Candidate(a if a == c.start else a + 1, b, c.type, c.score, c.recognizer, c.context_done)
        for a, b in zip(bounds, bounds[1:])
        if b - (a if a == c.start else a + 1) >= 1
    ]


def _uncovered(cands: list[Candidate], more: Iterable[Candidate]) -> list[Candidate]:
    """The candidates of ``more`` that no PERSON candidate over the threshold overlaps (a later rule's weaker reading
    of a span another rule or the propagation already took: 先代 大森 平和 stays a full name)."""
    more = list(more)
    if not more:
        return []
    taken = [(c.start, c.end) for c in cands if c.type == PiiType.PERSON and c.score >= 0.5]
    return [m for m in more if not any(a < m.end and m.start < b for a, b in taken)]


def _surname_word(text: str, end: int, given_kana: bool) -> int | None:
    """Where the surname written right before ``end`` (a space) starts: the longest kanji word of one to three
    characters at the end of the run that the dictionary has as a surname or a place (赤羽 in ご長女赤羽), or a whole
    katakana word that is no common katakana word when the given name is in kana too (マノ ユキ)."""
    m = _SURNAME_RUN_BEFORE.search(text, max(0, end - 8), end + 1)
    if m is None:
        return None
    run = text[m.start() : end]
    if _KANJI.match(run):
        for k in (3, 2, 1):
            word = run[-k:]
            if k > len(run) or (k == 1 and len(run) > 1):
                continue
            if _KIN_WORD.fullmatch(word) or _plain_noun(word) or _place_or_office(word):
                continue
            if is_surname(word) or (k >= 2 and _proper_name_word(word) and not _given_entry(word) and not _common_noun(word)):
                return end - k
        return None
    if not given_kana or _common_katakana(run) or _function_word(run) or _grammar_kana(run) or _LABEL_RE.fullmatch(run):
        return None
    return m.start()


def _surname_before_given(text: str, cands: list[Candidate]) -> list[Candidate]:
    people = [c for c in cands if c.type == PiiType.PERSON and c.score >= 0.5 and c.start >= 2 and text[c.start - 1] == " "]
    if not people:
        return cands
    starts = {(c.start, c.end): c for c in cands if c.type == PiiType.PERSON}
    merged: dict[tuple[int, int], Candidate] = {}
    dropped: set[tuple[int, int]] = set()
    for c in people:
        word = text[c.start : c.end]
        if " " in word or not (_KANA_PART.fullmatch(word) or _KANJI_PART.fullmatch(word)):
            continue
        kana = not _KANJI.match(word)
        if not (_given_entry(word) or (kana and _proper_name_word(word))):
            continue
        if is_surname(word) and _ANOTHER_ITEM.match(text, c.end):
            continue  # (山田 佐藤 鈴木: a list of surnames, not a full name)
        head = _surname_word(text, c.start - 1, kana)
        if head is None:
            continue
        left = starts.get((head, c.start - 1))
        full = starts.get((head, c.end))
        if full is not None and full.score < c.score:
            # (round 13: the full name is a candidate already, scored below the given name alone: 小倉 さくら in a
            # roster's cell, さくら 0.9 by another rule — the full name takes the higher score)
            merged[(head, c.end)] = Candidate(head, c.end, full.type, c.score, full.recognizer, full.context_done)
            dropped.add((c.start, c.end))
            continue
        if left is None and "ぁ" <= text[head] <= "ゖ":
            continue  # (a hiragana surname only when a rule found it too: さえき りょうたくん)
        if left is None and any(x.type == PiiType.PERSON and x.start < c.start - 1 and x.end > head for x in cands):
            continue  # (the word before is part of another finding)
        surname = text[head : c.start - 1]
        if _given_entry(surname) and not is_surname(surname) and not _proper_name_word(surname):
            continue
        score = max(c.score, left.score if left else 0.0)
        merged[(c.start, c.end)] = Candidate(head, c.end, c.type, score, c.recognizer, c.context_done)
        if left is not None:
            dropped.add((left.start, left.end))
    if not merged:
        return cands
    return [merged.get((c.start, c.end), c) for c in cands if (c.start, c.end) not in dropped or c.type != PiiType.PERSON]


class _Spans:
    """Name spans found so far, with O(1) "is this position inside one?" (documents can hold 100k names)."""

    def __init__(self, length: int) -> None:
        self.spans: list[tuple[int, int]] = []
        self.wide: dict[int, int] = {}  # round 9: start → end of the names written with a two-space gap (戸田  雄一郎)
        self._inside = bytearray(length + 1)

    def add(self, start: int, end: int) -> None:
        self.spans.append((start, end))
        self._inside[start:end] = b"\x01" * (end - start)

    def covers(self, pos: int) -> bool:
        return 0 <= pos < len(self._inside) and self._inside[pos] == 1


class PersonRecognizer(Recognizer):
    name = "person"
    types = frozenset({PiiType.PERSON})

    def analyze(self, doc: Document) -> Iterable[Candidate]:
        text = doc.text
        tokens = doc.tokens
        seen = _Spans(len(text))
        groups: list[tuple[Candidate, bool]] = []
        i, n = 0, len(tokens)
        while i < n:
            tok = tokens[i]
            group = [tok]
            j = i + 1
            while j < n:
                nxt = tokens[j]
                gap = nxt.start - group[-1].end
                if gap == 1 and text[group[-1].end] == " " and nxt.pos[3] == "姓" and len(group) >= 2 and {
                    t.pos[3] for t in group
                } >= {"姓", "名"}:
                    break  # a full name is complete: the next surname starts another name (カナ writing, then kanji)
                if (
                    gap == 1 and text[group[-1].end] == "・" and len(group) >= 2 and text[group[0].end : group[1].start] == " "
                    and _KANJI.match(text, group[-1].end - 1) and _KANJI.match(text, nxt.start)
                ):
                    break  # round 9c: ・ after a kanji full name written apart lists a second person (気仙 正・和子, 鈴木 和代・内山)
                if gap == 0 or (gap == 1 and text[group[-1].end] in " ・="):
                    group.append(nxt)
                elif gap == 2 and self._double_spaced(text, tokens, i, j):
                    group.append(nxt)  # round 9: 戸田  雄一郎 — a form or OCR line's two-space gap inside a name
                    j += 1
                    break
                else:
                    break
                j += 1
            # round 8: a name word glued to a one-character code (B卓, C卓: a table, a block, a room) is no name
            if group[0].start > 0 and text[group[0].start - 1] < "a" and _CODE_LETTER.match(text, group[0].start - 1):
                group = group[1:] if len(group) >= 2 and text[group[0].end : group[1].start] == " " else []
                if not group:
                    i = j
                    continue
            # a role word SudachiPy read as a name (申立人 → 申/立人) written before the real name: drop it
            if len(group) >= 3 and text[group[1].end : group[2].start] == " " and _ROLE_WORD.fullmatch(
                text, group[0].start, group[1].end
            ):
                group = group[2:]
            # a katakana role SudachiPy tags as a name, written before the real one (リーダー 安江)
            if len(group) >= 2 and text[group[0].end : group[1].start] == " " and _LABEL_RE.fullmatch(
                text, group[0].start, group[0].end
            ):
                group = group[1:]
            start, end = group[0].start, group[-1].end
            # round 13: a role word of 人 or 者 that SudachiPy split into name words (申立人 → 申/立人): its stem is a
            # common noun (申立), no name
            if len(group) >= 2 and _ROLE_NOUN.fullmatch(text, start, end) and _common_noun(text[start : end - 1]):
                i = j
                continue
            kinds = {t.pos[3] for t in group}
            if len(group) >= 2 and any(text[a.end : b.start] in (" ", "・", "=") for a, b in zip(group, group[1:])):
                kinds = {"姓", "名"}  # 平野 美月: two name words written apart are a full name
            # a foreign name in katakana whose later parts SudachiPy does not tag (グエン・ティ・ラン)
            if text.startswith(("・", "="), end) and "ァ" <= text[end - 1] <= "ヶ":
                m = _KATA_CONT.match(text, end)
                if m:
                    end = m.end()
                    kinds = {"姓", "名"}
            # round 7: an ideographic variation selector inside a registered name (辻󠄀本: 辻 + VS + 本) cuts SudachiPy's
            # token; the name goes on over the selector and the kanji after it
            if end < len(text) and _VARIATION_SELECTOR.match(text, end):
                end = _VS_RUN.match(text, end).end()
            # a surname followed by a given name SudachiPy does not know, up to the end of the field
            if "名" not in kinds and not _HONORIFIC_AFTER.match(text, end):
                m = _FIELD_TAIL.match(text, end) or _BROTHER_TAIL.match(text, end)
                # round 7: hiragana written apart after the surname is no given name when it is a particle or a verb
                # ending (山田 のみ, 田中 まで, 佐藤 について; 森 ひなた is a name)
                if m and text[end] == " " and (
                    _grammar_kana(text[end + 1 : m.end()]) or _label_of_value(text, end + 1, m.end())
                    # (round 13: before a colon only a given name the dictionary knows or a hiragana one: 宮里 ひなた：, 加納 栞：;
                    # not the next field's label, 牛島 メモ：, 山際　中文翻译：)
                    or (text[m.end() : m.end() + 1] in (":", "：") and not (
                        _given_entry(text[end + 1 : m.end()])
                        or (_HIRAGANA_WORD.fullmatch(text, end + 1, m.end()) and not _function_word(text[end + 1 : m.end()]))
                    ))
                    # (round 13: a post written apart, 早坂 塾長: no given name; 信長, 健士 are given names)
                    or (_TITLE_WORD_AFTER.fullmatch(text, end, m.end()) and _plain_noun(text[end + 1 : m.end()]) and not _given_entry(text[end + 1 : m.end()]))
                ):
                    m = None
                if m:
                    end = m.end()
                    kinds = {"姓", "extended"} if m.re is _FIELD_TAIL else {"姓", "名"}
            elif "姓" in kinds and "名" in kinds and not _HONORIFIC_AFTER.match(text, end):
                # (round 7: a Christian name before the surname, then the given name and 兄/姉: ヨハネ 北里 誠兄)
                m = _FIELD_TAIL_SHORT.match(text, end) or (group[-1].pos[3] == "姓" and _BROTHER_TAIL.match(text, end))
                if m:
                    end = m.end()
            # a given name after a surname SudachiPy does not know (タカダ マコト), from the start of the field
            elif "姓" not in kinds and len(group) == 1:
                m = _FIELD_HEAD.search(text, max(0, start - 8), start)
                k = _KANJI_HEAD.search(text, max(0, start - 6), start)
                if m and not _LABEL_RE.fullmatch(m.group().strip()):
                    start = m.start()
                    kinds = {"extended", "名"}
                elif k and not _ROLE_WORD.fullmatch(k.group().strip()) and not any(
                    x.end() == len(k.group().strip()) for x in _LABEL_RE.finditer(k.group().strip())
                ) and (
                    is_surname(k.group().strip())
                    or _HONORIFIC_AFTER.match(text, end)
                    or self._row(text, k.start(), end)
                    or self._signature_line(text, k.start(), end)
                    or _BROTHER_AFTER.match(text, end)
                ):
                    start = k.start()  # 上野 恵美: a surname SudachiPy read as a place
                    kinds = {"姓", "名"}
                    # round 11: a kana given name goes on over a kanji ending (林 サダ子, 妻 ヨシ子さん)
                    tail = None if _HONORIFIC_AFTER.match(text, end) else _KANA_NAME_ENDING.match(text, end)
                    if tail and "ァ" <= text[end - 1] <= "ヶ":
                        end = tail.end()
            # round 8: a katakana name of two words written apart, one more katakana word before it at the start of the
            # field (ﾙｶｽ ﾍﾟﾚｲﾗ ｼﾙﾊﾞ: a foreign name in three parts; SudachiPy knows the last two)
            if len(group) >= 2 and "ァ" <= text[start] <= "ヶ" and start == group[0].start and _KATAKANA_NAME_WORDS.fullmatch(text, start, end):
                h = _FIELD_HEAD.search(text, max(0, start - 9), start)
                if h and text[h.start()] >= "ァ" and not _LABEL_RE.fullmatch(h.group().strip()) and not _common_katakana(h.group().strip()):
                    start = h.start()
            # a dictionary surname, one space, a dictionary given name (田村 和夫): how rosters and lists write a name
            spaced = (
                len(group) == 2
                # (Japanese script only: SudachiPy tags Latin words too, MARIA CLARA; those are person_latin's)
                and not text[start].isascii()
                and group[0].pos[3] == "姓"
                and (group[1].pos[3] == "名" or _given_entry(text[group[1].start : group[1].end]))
                and text[group[0].end : group[1].start] == " "
                and (start, end) == (group[0].start, group[1].end)
            )
            # round 8: the same with a hiragana given name SudachiPy does not tag (真壁 あかり; grammar was refused above)
            spaced = spaced or (
                len(group) == 1
                and kinds == _SURNAME_EXTENDED
                and group[0].end - group[0].start >= 2
                and (start, group[0].end) == (group[0].start, group[0].end)
                and _HIRAGANA_GIVEN.fullmatch(text, group[0].end, end) is not None
            )
            wide = len(group) == 2 and text[group[0].end : group[1].start] == "  " and (start, end) == (group[0].start, group[1].end)
            if text[start].isascii() and text[end - 1].isascii() and _LATIN_WORDS.fullmatch(text, start, end):
                i = j  # round 10: a key or a code, not a name (romanised names are person_latin's)
                continue
            cand = self._score(doc, kinds, start, end, spaced or wide)
            if cand is not None:
                seen.add(cand.start, cand.end)
                if wide:
                    seen.wide[cand.start] = cand.end
                groups.append((cand, "姓" in kinds and "名" in kinds))
            i = j
        # full names listed one after another (田中 花子、鈴木 次郎) support each other
        # (round 8: any list separator, 田中 花子 / 鈴木 次郎 → 森 光; a two-part item the dictionary half knows is
        # supported too, and a neighbour is a full name or an item already over the threshold)
        for k, (cand, full) in enumerate(groups):
            # round 9c: one name word right after a kanji full name written apart and ・ is the second person of the
            # pair (気仙 正・和子: a couple on a 香典 list; 鈴木 和代・内山): scored as the full name before it
            if (
                k > 0 and cand.score < groups[k - 1][0].score and groups[k - 1][0].score >= 0.5
                and text[groups[k - 1][0].end : cand.start] == "・" and " " in text[groups[k - 1][0].start : groups[k - 1][0].end]
                and _KANJI_PART.fullmatch(text, cand.start, cand.end) and _KANJI.match(text, groups[k - 1][0].end - 1)
            ):
                cand = Candidate(cand.start, cand.end, cand.type, groups[k - 1][0].score, cand.recognizer, True)
            if 0.4 <= cand.score < 0.7 and (full or " " in text[cand.start : cand.end]):
                prev_ok = k > 0 and (groups[k - 1][1] or groups[k - 1][0].score >= 0.5) and _LIST_SEP.fullmatch(text, groups[k - 1][0].end, cand.start)
                next_ok = (
                    k + 1 < len(groups)
                    and (groups[k + 1][1] or groups[k + 1][0].score >= 0.5)
                    and _LIST_SEP.fullmatch(text, cand.end, groups[k + 1][0].start)
                )
                if prev_ok or next_ok:
                    cand = Candidate(cand.start, cand.end, cand.type, cand.score + 0.15, cand.recognizer, True)
            yield cand
        yield from self._honorific_scan(doc, seen)
        yield from self._labelled(doc, seen)
        yield from self._romaji(doc)
        yield from self._key_values(doc, seen)
        yield from self._lists_and_notes(doc, seen)
        yield from _account_holders(doc.text)
        yield from _clerk_stamps(doc.text)
        yield from _kana_kanji_given(doc.text)  # round 12
        yield from _latin_titles(doc.text)

    @staticmethod
    def _tab_speakers(text: str) -> Iterable[Candidate]:
        """round 9: speakers of a chat export with tab-separated columns (``17:02\tみつ\t明日の仕込み…``). A chat's speaker
        is a person whatever the word (nicknames みつ, はるママ, Chika), but a timetable has the same shape (``9:00\t開会\t…``):
        a speaker counts only when it heads two lines or more, the export has three speaker lines or more and two
        speakers or more, and it is no label, department or role word."""
        if "\t" not in text:
            return
        found = list(_TAB_SPEAKER.finditer(text))
        if len(found) < 3:
            return
        counts: dict[str, int] = {}
        for m in found:
            counts[m.group(1)] = counts.get(m.group(1), 0) + 1
        if len(counts) < 2:
            return
        for m in found:
            word = m.group(1)
            if counts[word] < 2 or _FIELD_WORD.search(word) or _NOT_SPEAKER_HEAD.fullmatch(word) or _LABEL_RE.fullmatch(word):
                continue
            if _DEPT_WORD.search(word) or _ROLE_WORD.fullmatch(word) or _plain_noun(word) or (word.isascii() and not word[0].isalpha()):
                continue
            yield Candidate(m.start(1), m.end(1), PiiType.PERSON, 0.7, "person", True)
            if m.start(2) >= 0:
                title = _SPEAKER_TITLE.search(m.group(2))
                if title and _NOTE_NAME.fullmatch(text, m.start(2), m.end(2) - len(title.group())) and not _FIELD_WORD.search(m.group(2)):
                    yield Candidate(m.start(2), m.end(2) - len(title.group()), PiiType.PERSON, 0.7, "person", True)

    @staticmethod
    def _double_spaced(text: str, tokens: list, i: int, j: int) -> bool:
        """round 9: a dictionary surname, two spaces, a dictionary given name that closes its field (``氏名  戸田  雄一郎``,
        ``瀬川  透 先生``). Fixed-width forms, OCR output and PDF text layers widen the gap inside a name to two spaces;
        two spaces elsewhere separate fields, so the name must be one surname token alone after the start of its field
        and the given name must end the field (line end, tab, another wide gap) or meet an honorific."""
        if j != i + 1:
            return False
        sur, giv = tokens[i], tokens[j]
        if sur.pos[3] != "姓" or text[sur.end : giv.start] != "  " or text[sur.start].isascii():
            return False
        word = text[giv.start : giv.end]
        if not (giv.pos[3] == "名" or _given_entry(word)) or word.isascii():
            return False
        if not _DOUBLE_SPACED_START.search(text, max(0, sur.start - 2), sur.start):
            return False
        return bool(_DOUBLE_SPACED_END.match(text, giv.end) or _HONORIFIC_AFTER.match(text, giv.end))

    def _lists_and_notes(self, doc: Document, seen: _Spans) -> Iterable[Candidate]:
        """Surnames in 、-lists of "<role> <surname>", in brackets after a role, chat speakers after a
        bracketed role, and vCard N: parts."""
        text = doc.text
        if "、" in text and " " in text:
            lines: dict[int, list[re.Match[str]]] = {}
            for m in _LIST_ITEM.finditer(text):
                word = m.group(2)
                if not _FIELD_WORD.search(word) and not _PLACE_PREFIX.search(m.group(1)) and _surname_head(word):
                    lines.setdefault(text.rfind("\n", 0, m.start()), []).append(m)
            for items in lines.values():
                if len(items) >= 2:
                    for m in items:
                        yield Candidate(m.start(2), m.end(2), PiiType.PERSON, 0.7, self.name, True)
        if "(" in text:
            for m in _ROLE_BRACKET.finditer(text):
                if not _FIELD_WORD.search(m.group(1)) and _surname_head(m.group(1)):
                    yield Candidate(m.start(1), m.end(1), PiiType.PERSON, 0.7, self.name, True)
        spans = [(w.start(), w.end()) for h in _HOUSEHOLD_WORD.finditer(text) if (w := _KANJI_RUN_END.search(text, max(0, h.start() - 4), h.start()))]
        spans += [m.span(1) for m in _BULLET_SURNAME.finditer(text)] if "・" in text or "●" in text or "■" in text or "◆" in text or "*" in text else []
        for a, b in spans:
            word = text[a:b]
            if is_surname(word) and not _common_noun(word) and not _given_entry(word) and word not in _PLACE_STEMS:
                yield Candidate(a, b, PiiType.PERSON, 0.7, self.name, True)
        if "(" in text:
            for m in _FULL_NAME_BRACKET.finditer(text):
                first, _, given = m.group(1).partition(" ")
                if _given_entry(given) and (is_surname(first) or _proper_name_word(first)) and not _FIELD_WORD.search(m.group(1)):
                    yield Candidate(m.start(1), m.end(1), PiiType.PERSON, 0.75, self.name, True)
            for m in _SURNAME_BRACKET.finditer(text):
                word = m.group(1)
                if (
                    is_surname(word) and not _common_noun(word) and not _given_entry(word) and word not in _PLACE_STEMS
                    and not _FIELD_WORD.search(word) and not _NOT_ITEM.search(word)
                    and not (_BRANCH_BEFORE.search(text, max(0, m.start() - 4), m.start()) and _place_word(word))
                ):
                    yield Candidate(m.start(1), m.end(1), PiiType.PERSON, 0.7, self.name, True)
        if "・" in text:
            for m in _DEPT_DOT.finditer(text):
                word = m.group(1)
                if _DEPT_BEFORE_DOT.search(text, max(0, m.start() - 8), m.start()) and is_surname(word) and word not in _ONE_KANJI_NOT_NAME and not _DEPT_WORD.search(word):
                    yield Candidate(m.start(1), m.end(1), PiiType.PERSON, 0.7, self.name, True)
        if "(" in text:
            for m in _DEPT_BRACKET.finditer(text):
                if _BRACKET_DEPT.fullmatch(m.group(1)) and not _FIELD_WORD.search(m.group(2)) and _surname_head(m.group(2)):
                    # outranks a run taking the department along (総務 西園寺); round 11: an honorific closing the bracket
                    # stays outside (（SSW 細川氏）, （担当 山根様）)
                    end = m.end(2) - (m.end(2) - m.start(2) >= 2 and text[m.end(2) - 1] in "氏様殿")
                    end -= text[end - 1] == " "  # (round 13: （医事課 戸田 様）: the space before the honorific too)
                    yield Candidate(m.start(2), end, PiiType.PERSON, 0.75, self.name, True)
        if "の" in text:
            for m in _ROLE_NO_NAME.finditer(text):
                word = m.group(1)
                if not _FIELD_WORD.search(word) and not _NOT_CALLER.search(word) and any(
                    is_surname(word[:k]) and len(word) - k <= 2 for k in (4, 3, 2) if k <= len(word)
                ):
                    yield Candidate(m.start(1), m.end(1), PiiType.PERSON, 0.7, self.name, True)
            for m in _ANY_ROLE_NO.finditer(text):
                word, particle = m.group(1), m.group(2)
                role = _ROLE_TAIL.search(text, max(0, m.start() - 8), m.start())
                if not role or _NOT_ROLE_TAIL.search(text, max(0, m.start() - 8), m.start()) or _FIELD_WORD.search(word) or _NOT_ITEM.search(word) or _NOT_CALLER.search(word):
                    continue  # (部長の上司が: a relation, not a name)
                if _common_noun(word) and not _PERSON_ACTION.search(_CLAUSE.match(text, m.end(2)).group()):
                    # a word that is also a common noun (光, 森, 大学, 健康; the dictionary has them as given names too)
                    # only as the subject of something a person does (看護師の光が血圧を測り, 教室長の平和が代講)
                    continue
                if (len(word) >= 2 and any(is_surname(word[:k]) and len(word) - k <= 2 for k in (4, 3, 2) if k <= len(word))) or (
                    # a word the dictionary knows as a name or a place, as the subject of a clause (教室長の平和が代講)
                    particle in _SUBJECT_PARTICLES and _proper_name_word(word) and not _COUNTED.match(word)
                    and (len(word) >= 2 or word not in _ONE_KANJI_NOT_NAME)
                ):
                    yield Candidate(m.start(1), m.end(1), PiiType.PERSON, 0.7, self.name, True)
        if "ちゃん" in text or "くん" in text:
            for c in _CHAN.finditer(text):
                m = _KANJI_CHAN.search(text, max(0, c.start() - 3), c.start())
                if m and not _NOT_KANJI_CHAN.search(m.group(1)) and not _FIELD_WORD.search(m.group(1)) and not _NOT_ITEM.search(m.group(1)):
                    yield Candidate(m.start(1), m.end(1), PiiType.PERSON, 0.7, self.name, True)
        if "ちゃん" in text or "くん" in text or "さん" in text:
            for m in _KANA_HONORIFIC.finditer(text):
                if not _NOT_KANA_NAME.fullmatch(m.group(1)) and (m.group(2) != "さん" or m.group(1)[0] <= "ゖ") and not _word_with_honorific(m.group(1), m.group(2)):
                    yield Candidate(m.start(1), m.end(1), PiiType.PERSON, 0.7, self.name, True)
        if _PAIR_COUNT.search(text):
            for m in _PAIR.finditer(text):
                # two names counted as two people (鈴と和泉の二人で): both are names
                if all(_name_entry(w) and w not in _ONE_KANJI_NOT_NAME and not _NOT_ITEM.search(w) for w in (m.group(1), m.group(2))):
                    yield Candidate(m.start(1), m.end(1), PiiType.PERSON, 0.7, self.name, True)
                    yield Candidate(m.start(2), m.end(2), PiiType.PERSON, 0.7, self.name, True)
        for m in _SIGNATURE_SURNAME.finditer(text):
            first = m.group(1).split(" ")[0]
            if is_surname(first) and first not in _ONE_KANJI_NOT_NAME and not _NOT_ITEM.search(first) and not _FIELD_WORD.search(m.group(1)):
                yield Candidate(m.start(1), m.end(1), PiiType.PERSON, 0.7, self.name, True)
        # (the pattern is anchored at the end: only a text ending in より, then blanks, can match)
        sign = _SIGN_OFF.search(text) if text.rstrip("\n").rstrip(" \t").endswith("より") else None
        if sign and not _NOT_KANA_NAME.fullmatch(sign.group(1)) and (sign.group(1)[0] <= "ヺ" or is_surname(sign.group(1))):
            yield Candidate(sign.start(1), sign.end(1), PiiType.PERSON, 0.7, self.name, True)
        if "宅" in text:
            for m in _HOUSE.finditer(text):
                if is_surname(m.group(1)):
                    yield Candidate(m.start(1), m.end(1), PiiType.PERSON, 0.7, self.name, True)
        if "Dr" in text:
            for m in _DR_KANJI.finditer(text):
                if _surname_head(m.group(1)):
                    yield Candidate(m.start(1), m.end(1), PiiType.PERSON, 0.7, self.name, True)
        if "様" in text or "さん" in text or "殿" in text:
            for m in _KATAKANA_HONORIFIC.finditer(text):
                if not _NOT_READING.fullmatch(m.group(1)) and not _NOT_KANA_NAME.fullmatch(m.group(1)):
                    yield Candidate(m.start(1), m.end(1), PiiType.PERSON, 0.7, self.name, True)
        if "名(" in text:
            for m in _COUNT_BRACKET.finditer(text):
                for w in re.finditer(r"[^、・,]+", m.group(1)):
                    word = w.group().strip()
                    if _KANJI_SURNAME_ITEM.fullmatch(word) and not _FIELD_WORD.search(word) and _surname_head(word):
                        yield Candidate(m.start(1) + w.start(), m.start(1) + w.end(), PiiType.PERSON, 0.7, self.name, True)
        if "[" in text:
            chat = [
                m
                for m in _CHAT_ROLE_NAME.finditer(text)
                if not _FIELD_WORD.search(m.group(1))
                # a kanji speaker must start with a surname ([重要] 点検 9:00 is a notice, not a chat line)
                and (not "一" <= m.group(1)[0] <= "鿿" or _surname_head(m.group(1)))
            ]
            if len(chat) >= 2:  # a chat export: at least two such lines
                for m in chat:
                    yield Candidate(m.start(1), m.end(1), PiiType.PERSON, 0.7, self.name, True)
        if "(" in text:
            rows = [m for m in _BIRTH_ROW.finditer(text) if not _FIELD_WORD.search(m.group(1)) and not _NOT_ITEM.search(m.group(1))]
            # a list of people: two rows or more, most of them full names written apart
            if len(rows) >= 2 and 2 * sum(" " in m.group(1) or "・" in m.group(1) for m in rows) >= len(rows):
                for m in rows:
                    yield Candidate(m.start(1), m.end(1), PiiType.PERSON, 0.7, self.name, True)
        if "出" in text and "欠" in text:
            rows = [m for m in _ATTEND_ROW.finditer(text) if not _FIELD_WORD.search(m.group(1)) and not _NOT_ITEM.search(m.group(1))]
            # most rows start with a dictionary surname (午前 出 / 午後 欠 is a timetable)
            if len(rows) >= 2 and 2 * sum(_surname_head(m.group(1)) for m in rows) >= len(rows):
                for m in rows:
                    yield Candidate(m.start(1), m.end(1), PiiType.PERSON, 0.7, self.name, True)
        # round 8: a two-part name with its two-part reading in brackets, either way round (王 丽华（ワン リーファ）,
        # ｺﾞﾄｳ ﾊﾙﾄ（後藤 陽翔）): furigana split like the name is written for people, both writings are the name
        if "(" in text or "（" in text:
            for m in _READING_BRACKET.finditer(text):
                inner = m.group(1) or m.group(2)
                before = (_READING_BEFORE_NAME if m.group(2) else _NAME_BEFORE_READING).search(text, max(0, m.start() - 20), m.start())
                if before and not _FIELD_WORD.search(before.group(1)) and not _FIELD_WORD.search(inner):
                    yield Candidate(before.start(1), before.end(1), PiiType.PERSON, 0.7, self.name, True)
                    yield Candidate(m.start() + 1, m.end() - 1, PiiType.PERSON, 0.7, self.name, True)
        # round 8: a run of three or more words, one separator throughout, each of them a whole dictionary surname
        # (当番：森→林→上野→石田): a rota or a list of people; prefectures and big cities are no surname here
        head = _SURNAME_RUN_HEAD.match(text)
        for m in itertools.chain([head] if head else [], _SURNAME_RUN.finditer(text)):
            items = list(_RUN_WORD.finditer(text, m.start(1), m.end(1)))
            if len(set(_RUN_SEP.findall(m.group(1)))) == 1 and all(
                is_surname(w.group()) and w.group() not in _PLACE_STEMS and w.group() not in _ONE_KANJI_NOT_NAME
                and not _NOT_ITEM.search(w.group()) for w in items
            ):
                for w in items:
                    yield Candidate(w.start(), w.end(), PiiType.PERSON, 0.7, self.name, True)
        if "@" in text:
            for m in _NAME_MAIL.finditer(text):
                if not _FIELD_WORD.search(m.group(1)):
                    yield Candidate(m.start(1), m.end(1), PiiType.PERSON, 0.7, self.name, True)
        for m in _ADDRESS_NAME.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            if _ADDRESS_HEAD.search(text, line_start, m.start(1)) and not _FIELD_WORD.search(m.group(1)) and _surname_head(m.group(1)):
                yield Candidate(m.start(1), m.end(1), PiiType.PERSON, 0.7, self.name, True)
        if "value=" in text:
            for m in _INPUT_VALUE.finditer(text):
                key, value = m.group(1), m.group(2)
                if _NAME_KEY.search(key) and not _NOT_NAME_KEY.search(key) and not _FIELD_WORD.search(value) and (
                    _NAME_RUN.fullmatch(value) or _KANA_NAME.fullmatch(value)
                ):
                    yield Candidate(m.start(2), m.end(2), PiiType.PERSON, 0.75, self.name, True)
        if "INSERT" in text or "insert" in text or "Insert" in text:
            yield from self._sql_values(doc)
        if "</" in text:
            for m in _HTML_NAME_ELEMENT.finditer(text):
                value = m.group(3).strip()
                if (
                    _HTML_NAME_CLASS.search(m.group(2)) and not _NOT_HTML_NAME_CLASS.search(m.group(2))
                    and not _FIELD_WORD.search(value) and (_NAME_RUN.fullmatch(value) or _KANA_NAME.fullmatch(value))
                ):
                    start = m.start(3) + m.group(3).index(value)
                    yield Candidate(start, start + len(value), PiiType.PERSON, 0.75, self.name, True)
        if "名前は" in text or "なまえは" in text:
            for m in _NAME_IS.finditer(text):
                # a family name in kana that is a function word is no name (名前は まだ ない です); a given name may be
                # one (はるか, まこと)
                if not _FIELD_WORD.search(m.group(1)) and not _function_word(m.group(1).split(" ")[0]) and not _grammar_kana(m.group(1).split(" ")[-1]):
                    yield Candidate(m.start(1), m.end(1), PiiType.PERSON, 0.75, self.name, True)
        if "名乗" in text:
            # round 7: the name someone gave (「部下のヤマダ」と名乗る男, 佐伯と名乗った): a name, even a false one
            for m in _CALLS_ONESELF.finditer(text):
                word = m.group(1)
                if not _FIELD_WORD.search(word) and not _NOT_READING.fullmatch(word) and not _NOT_KANA_NAME.fullmatch(word) and (
                    "ァ" <= word[0] <= "ヺ" or (is_surname(word.split(" ")[0]) and not _NOT_CALLER.search(word))
                ):
                    yield Candidate(m.start(1), m.end(1), PiiType.PERSON, 0.7, self.name, True)
        if "BEGIN:VCARD" in text:
            for m in _VCARD_N.finditer(text):
                for g in (1, 2):
                    if m.group(g).strip():
                        yield Candidate(m.start(g), m.end(g), PiiType.PERSON, 0.7, self.name, True)

    def _sql_values(self, doc: Document) -> Iterable[Candidate]:
        """Round 7: values of an SQL INSERT whose column names a person (name, name_kana, 氏名; not company_name).
        Round 9b: the columns come from the document's SQL reader (an INSERT without a column list takes those of its
        CREATE TABLE, as SQLite's .dump and mysqldump write it; SQL Server's INSERT [dbo].[t] and N'…'), and a column is
        read in any case (Oracle's CUST_NAME_KANA) or as a romanised name part (sei, mei, sei_kana: 姓・名)."""
        cells = doc.sql_cells
        if not cells:
            return
        text = doc.text
        # a table of things: its name column names them (items.name)
        tables = doc.sql_tables
        things = [start for start, table in tables if _NOT_PERSON_OBJECT.search(table) or _NOT_PERSON_TABLE.search(table)]
        starts = [start for start, _ in tables]
        wanted: dict[str, bool] = {}
        for a, b, column in cells:
            ok = wanted.get(column)
            if ok is None:
                ok = wanted[column] = bool(
                    (_NAME_KEY.search(column) or _SQL_NAME_COLUMN.search(column))
                    and not _NOT_NAME_KEY.search(column) and not _NOT_HTML_NAME_CLASS.search(column)
                )
            if not ok:
                continue
            if things and bisect.bisect_right(starts, a) and starts[bisect.bisect_right(starts, a) - 1] in things:
                continue
            value = text[a:b]
            if not _FIELD_WORD.search(value) and not _SAMPLE_VALUE.search(value) and (
                _NAME_RUN.fullmatch(value) or _KANA_NAME.fullmatch(value) or _CELL_KANA_NAME.fullmatch(value)
            ):
                yield Candidate(a, b, PiiType.PERSON, 0.75, self.name, True)
            elif _SQL_LATIN_NAME.fullmatch(value) and not _FIELD_WORD.search(value) and not _SAMPLE_VALUE.search(value):
                # the whole cell: above the romaji reading's split of a three-word name (Lopez Maria | Fernanda)
                yield Candidate(a, b, PiiType.PERSON, 0.9, self.name, True)

    def _honorific_scan(self, doc: Document, seen: _Spans) -> Iterable[Candidate]:
        """Names SudachiPy split wrongly before an honorific (松本部長 → 松/本部長): a dictionary surname
        at the head of the kanji run before the honorific, plus up to 3 characters of given name."""
        text = doc.text
        for m in _HONORIFIC_AT.finditer(text):
            pos = m.start()
            if seen.covers(pos - 1):
                continue
            run = _RUN_BEFORE.search(text, max(0, pos - 7), pos)
            if not run:
                continue
            if m.group()[0] in "所園院館" and _INSTITUTION_HEAD.search(text, max(0, pos - 3), pos):
                continue  # round 7: the head of an institution (北保健所長, 中央図書館長), not a name and a title
            word = run.group()
            for cut in range(len(word)):
                cand = word[cut:]
                # (round 9c: a one-kanji prefix before a title is no surname: 新班長, 前理事長, 元監督)
                single_ok = len(word) == 1 and m.group() not in _AMBIGUOUS_AFTER_ONE and word not in _NAME_PREFIX_NOT
                hit = next(
                    (
                        k
                        for k in (4, 3, 2, 1)
                        if k <= len(cand) and len(cand) - k <= 3 and (k > 1 or single_ok) and is_surname(cand[:k])
                    ),
                    None,
                )
                if hit:
                    start = run.start() + cut
                    if (
                        cut == 1 and hit == 3 and len(word) == 4 and word[0] not in _NAME_PREFIX_NOT
                        and not (run.start() and _KANJI.match(text, run.start() - 1))
                    ):
                        start -= 1  # round 7: a rare four-kanji surname the dictionary knows only in part (大豆生田課長)
                    elif len(cand) == 1 and text[start - 1 : start] == " ":
                        # round 7: a one-kanji given name written apart after a dictionary surname (岡山 陸くん)
                        head = _SURNAME_BEFORE_SPACE.search(text, max(0, start - 6), start)
                        if head and is_surname(head.group(1)):
                            start = head.start(1)
                    if _common_noun(text[start:pos] + m.group()):
                        break  # round 8: the dictionary has the whole as a common noun (奥さん, 奥様: a wife)
                    seen.add(start, pos)
                    yield Candidate(start, pos, PiiType.PERSON, 0.85, self.name, True)
                    break

    def propagate(self, doc: Document, cands: list[Candidate]) -> list[Candidate]:
        """A name seen once with context (様, 氏名：) is a name wherever else it occurs in the document."""
        text = doc.text
        cands = person_speech.speakers(doc, cands)  # round 11: chat and transcript speakers, names read out
        cands = cands + list(self._roster_rows(text, cands))
        cands = self._confirm(text, self._grid(text, cands + list(self.list_next(doc, cands))))
        # round 4: lists holding a confirmed name, then every bare occurrence of a confirmed name, twice (a name
        # confirmed by propagation can confirm the rest of its list: 清掃（上原、岸） after 上原さん)
        cands += list(self._lists(text, cands, 0.7))
        found = list(self._document_names(text, cands))
        if found:
            cands += found
            more = list(self._lists(text, cands, 0.65))
            if more:
                cands += more
                cands += list(self._document_names(text, cands))
        if "名前" in text and _PET_WORD.search(text):
            cands = [c for c in cands if not _PET_NAME.search(text, max(0, c.start - 14), c.start)]
        cands = cands + list(self._record_readings(text, cands))
        cands = [_whole_dot_name(text, _trim_title(text, c)) if c.type == PiiType.PERSON else _trim_title(text, c) for c in cands + list(self._name_columns(doc, cands))]
        cands = [part for c in cands for part in (_split_dot_pair(text, c) if c.type == PiiType.PERSON else (c,))]
        cands += _uncovered(cands, _role_surnames(text))
        return person_known.known_names(doc, _surname_before_given(text, cands))  # round 12; round 13 (person_known)

    def _record_readings(self, text: str, cands: list[Candidate]) -> Iterable[Candidate]:
        """Round 9b: a record (a CSV, TSV or |-separated row) that holds a name in a cell of its own holds its reading
        (フリガナ) in the next cell, whatever the header says (C020, 半角ｶﾅ, none at all): a cell of two to four kana words
        right after the name's cell (or after the name's given-name cell: 越智,真由美,オチ マユミ) is a name."""
        if "," not in text and "\t" not in text and "|" not in text:
            return
        strong = sorted((c for c in cands if c.type == PiiType.PERSON and c.score >= 0.7), key=lambda c: c.start)
        done: set[int] = set()
        for c in strong:
            if c.start and text[c.start - 1] not in _RECORD_DELIMS:
                continue  # a name inside a cell of prose
            end = c.end
            for _ in range(2):
                gap = _RECORD_GAP.match(text, end)
                if not gap:
                    break
                cell = _RECORD_CELL.match(text, gap.end())
                if not cell or cell.start() in done:
                    break
                value = cell.group()
                if _READING_CELL.fullmatch(value) and not _NOT_READING.search(value) and not _FIELD_WORD.search(value):
                    done.add(cell.start())
                    yield Candidate(cell.start(), cell.end(), PiiType.PERSON, 0.7, self.name, True)
                    break
                # one more cell when this one is the given name of the name before it (越智,真由美,…)
                if not _NAME_PART_CELL.fullmatch(value) or not any(s.start == cell.start() and s.end == cell.end() for s in strong):
                    break
                end = cell.end()

    def _name_columns(self, doc: Document, cands: list[Candidate]) -> Iterable[Candidate]:
        """round 8: a table column (CSV, TSV, Markdown) under a person header whose cells are mostly names already
        found, each cell a whole name: its other cells shaped like a name are names too (生徒: | さくら | next to | 蓮 |
        and | ゆい |)."""
        if not doc.table_headers:
            return
        text = doc.text
        whole = {(c.start, c.end) for c in cands if c.score >= 0.5}
        for sep, header in doc.table_headers.items():
            # only under a person header (生徒, 保護者, 担当者) that is no name header: name columns are taken whole
            # by _labelled already, and the line walk below is the cost of this pass
            wanted = {
                i for i, h in enumerate(header)
                if h.strip() and len(h) <= 12 and not _NAME_HEADER.search(h)
                and (_LABEL_RE.fullmatch(h.strip()) or _HEADER_ROLE.fullmatch(h.strip()))
            }
            if not wanted:
                continue
            columns: dict[int, list[tuple[int, int]]] = {}
            pos = 0
            for line in text.splitlines(keepends=True):
                body = line.rstrip("\r\n")
                if body.count(sep) == len(header) - 1 and not _TABLE_RULE.fullmatch(body):
                    start = pos
                    for i, cell in enumerate(body.split(sep)):
                        a, b = start + len(cell) - len(cell.lstrip(" ")), start + len(cell.rstrip(" "))
                        if b > a and i in wanted:
                            columns.setdefault(i, []).append((a, b))
                        start += len(cell) + 1
                pos += len(line)
            for cells in columns.values():
                rows = cells[1:]  # (the first is the header)
                names = sum((a, b) in whole for a, b in rows)
                if names < 2 or 2 * names < len(rows):
                    continue
                for a, b in rows:
                    if (a, b) not in whole and _CELL_NAME.fullmatch(text, a, b) and not _FIELD_WORD.search(text, a, b) and not _NOT_ITEM.search(text, a, b):
                        yield Candidate(a, b, PiiType.PERSON, 0.7, self.name, True)

    def _confirm(self, text: str, cands: list[Candidate]) -> list[Candidate]:
        strong = [c for c in cands if c.score >= 0.7 and c.end - c.start >= 2]
        confirmed = {text[c.start : c.end].replace(" ", "") for c in strong}
        if not confirmed:
            return cands
        # the other writing of a confirmed name, in brackets right after it (ｻﾄｳ ﾊﾅｺ（佐藤 花子）)
        bracket_starts = {c.end + 1 + (text[c.end : c.end + 1] == " ") for c in strong if "(" in text[c.end : c.end + 2]}
        slash_starts = {c.end + len(sep) for c in strong for sep in (" / ", "/") if text.startswith(sep, c.end)}
        # the other writing after a space, in another script (ｻｲﾄｳ ﾕｷｺ 斉藤 由紀子)
        space_starts = {c.end + 1: text[c.start] >= "一" for c in strong if text.startswith(" ", c.end)}
        out = []
        for c in cands:
            if 0.2 < c.score < 0.7 and c.end - c.start >= 2 and (
                text[c.start : c.end].replace(" ", "") in confirmed
                or (c.score >= 0.4 and c.start in bracket_starts and text.startswith(")", c.end))
                or (c.score >= 0.4 and c.start in slash_starts)
                or (c.score >= 0.45 and c.start in space_starts and space_starts[c.start] != (text[c.start] >= "一"))
            ):
                c = Candidate(c.start, c.end, c.type, 0.7, c.recognizer, True)
            out.append(c)
        return out

    def _grid(self, text: str, cands: list[Candidate]) -> list[Candidate]:
        """Rows of a grid under a name header (氏名 月 火 水 / 宇津木 ○ ○ ×): the first cell is a name; the
        header's other cells (weekdays) are not."""
        if "氏名" not in text and "名前" not in text and "メンバー" not in text and "参加者" not in text and "利用者" not in text:
            return cands
        out = cands
        for h in _GRID_HEADER.finditer(text):
            rows = []
            pos = h.end() + 1
            ncells = len(h.group().split()) - 1
            while pos < len(text):
                r = _GRID_ROW.match(text, pos)
                # a row has as many cells as the header (a blank one allowed)
                if not r or _FIELD_WORD.search(r.group(1)) or not ncells - 1 <= len(text[r.end(1) : r.end()].split()) <= ncells:
                    break
                rows.append(r)
                pos = r.end()
            if len(rows) < 2:
                continue
            # short header cells read as a name (月 火) are not one
            out = [c for c in out if not (h.start() <= c.start < h.end() and _SHORT_CELLS.fullmatch(text, c.start, c.end))]
            out += [Candidate(r.start(1), r.end(1), PiiType.PERSON, 0.75, self.name, True) for r in rows]
        if out is not cands:
            return out
        return [c for c in cands if not (c.end - c.start >= 3 and _WEEKDAYS.fullmatch(text, c.start, c.end))]

    @staticmethod
    def _name_item(word: str) -> bool:
        """A 、-list item that reads as a name: a surname (in the dictionary) at its head."""
        first = word.split(" ")[0]
        return (
            not _FIELD_WORD.search(word)
            and not _NOT_ITEM.search(first)
            and (is_surname(first) or _surname_head(word))
        )

    def _lists(self, text: str, cands: list[Candidate], min_score: float) -> Iterable[Candidate]:
        """Lists of names: after an attendance label (出席：…), and 、-lists holding one confirmed name."""
        if "、" not in text:
            return
        for m in _ROSTER_LABEL.finditer(text) if min_score >= 0.7 else ():
            pos = m.end()
            while True:
                it = _ITEM.match(text, pos)
                if not it:
                    break
                word = _strip_title(it.group(1))
                first, _, second = word.partition(" ")
                if second and not is_surname(first) and _surname_head(second):  # a role, then the surname (訪問看護 鬼塚)
                    end = it.start(1) + len(word)
                    yield Candidate(end - len(second), end, PiiType.PERSON, 0.7, self.name, True)
                elif self._name_item(word) or (second and len(first) <= 2 and not _FIELD_WORD.search(word) and not _NOT_ITEM.search(first)):
                    yield Candidate(it.start(1), it.start(1) + len(word), PiiType.PERSON, 0.7, self.name, True)
                sep = _ITEM_SEP.match(text, it.end())
                if not sep:
                    break
                pos = sep.end()
        strong = {(c.start, c.end) for c in cands if c.score >= min_score}
        if not any(_TOUCH_LIST.match(text, e) or text[s - 1 : s] == "、" for s, e in strong):
            return
        for run in _ITEM_RUN.finditer(text):
            items = list(_ITEM.finditer(text, run.start(), run.end()))
            if not any((it.start(1), it.end(1)) in strong for it in items):
                continue
            for it in items:
                word = _strip_title(it.group(1))
                if (it.start(1), it.end(1)) not in strong and word == it.group(1) and self._name_item(word):
                    yield Candidate(it.start(1), it.end(1), PiiType.PERSON, 0.7, self.name, True)

    def _document_names(self, text: str, cands: list[Candidate]) -> Iterable[Candidate]:
        """A surname or given name confirmed once (label, honorific, list) is a name at its other bare
        occurrences in the document (岡山（会長） … 岡山が引き受けた), never inside a longer word."""
        keys: set[str] = set()
        for c in cands:
            if c.score < 0.7:
                continue
            parts = _INITIAL.sub("", text[c.start : c.end]).split(" ")
            if len(parts) > 2:
                continue
            for k, part in enumerate(parts):
                kanji = bool(_KANJI_PART.fullmatch(part))
                kana = not kanji and bool(_KANA_PART.fullmatch(part))
                # a one-character given name (蓮) is too common a word; a one-character surname stands alone
                if not (kanji or kana) or (len(part) == 1 and (k == 1 or len(parts) == 2 or part in _DIRECTIONS)):
                    continue
                if _FIELD_WORD.search(part) or _NOT_ITEM.search(part) or _NOT_KANA_NAME.fullmatch(part) or _LABEL_RE.fullmatch(part):
                    continue
                keys.add(part)
        if not keys or len(keys) > 300:  # a dense table names everyone in its own cells
            return
        spans = sorted((c.start, c.end) for c in cands if c.score >= 0.5)
        starts = [a for a, _ in spans]
        reach = list(itertools.accumulate((b for _, b in spans), max))

        def covered(pos: int) -> bool:
            i = bisect.bisect_right(starts, pos) - 1
            return i >= 0 and reach[i] > pos

        for s, e, word in _occurrences(text, keys):
            if covered(s) or covered(e - 1):
                continue
            prev = text[s - 1] if s else "\n"
            kana = word[0] >= "ぁ" and word[0] <= "ヺ"
            if kana:
                same = ("ぁ" <= prev <= "ゖ") if word[0] <= "ゖ" else ("ァ" <= prev <= "ヺ" or prev == "ー")
                if same and prev not in _KANA_PARTICLE:
                    continue
            elif _WORD_CHAR.match(prev) or (len(word) == 1 and prev == "の"):  # 駅の森 is a forest
                continue
            given = None if kana else _PROP_GIVEN.match(text, e)
            if given and not covered(given.end() - 1):
                e = given.end()  # the surname heads a full name written apart (九十九 蓮)
            elif not (_PROP_AFTER.match(text, e) or (len(word) >= 2 and not kana and _PROP_AFTER_LONG.match(text, e))):
                continue
            elif text.startswith(" ", e) and not covered(e + 1):
                continue  # a surname then another word: not sure where the name ends
            yield Candidate(s, e, PiiType.PERSON, 0.65, self.name, True)

    def _score(self, doc: Document, kinds: set[str], start: int, end: int, spaced: bool = False) -> Candidate | None:
        text = doc.text
        if _STATUS.fullmatch(text, start, end):
            return None  # 承認 済: a status, not a name
        if "姓" in kinds and "名" in kinds:
            score = 0.45
        elif "extended" in kinds:
            score = 0.4  # one dictionary name word plus characters SudachiPy did not tag as a name
        elif "一般" in kinds:
            score = 0.4
        else:
            score = 0.25
        if (
            _NOT_PERSON_AFTER.match(text, end)
            or _CONDITION_AFTER.match(text, end)
            or _CONDITION_AFTER.search(text, max(start, end - 3), end)
            or (_ORG_BEFORE.search(text, max(0, start - 8), start) and _HIRAGANA_WORD.fullmatch(text, start, end))
            or _NOT_PERSON_BEFORE.search(text, max(0, start - 6), start)
            or (_ORG_TAIL.search(text, start, end) and not self._surname_with_honorific(text, start, end))
            or _COMPANY_AFTER.match(text, end)
        ):
            return Candidate(start, end, PiiType.PERSON, 0.0, self.name, True)
        if text[end : end + 1] in ("所", "園", "院", "館") and _INSTITUTION_HEAD.search(text, max(0, end - 3), end):
            return Candidate(start, end, PiiType.PERSON, 0.0, self.name, True)  # round 7: 北保健|所長 is an institution's head
        if _HONORIFIC_AFTER.match(text, end) or _RELATION_AFTER.match(text, end) or _APART_SAMA.match(text, end):
            score += 0.45
        elif "姓" in kinds and _KANJI_PART.fullmatch(text, start, end) and (t := _TITLE_WORD_AFTER.match(text, end)) and _plain_noun(t.group(1)):
            score += 0.45  # round 13: a post or a profession after the surname (早坂 塾長, 大和田検事, 宮下警部)
        elif _SPEAKER.match(text, end) and _LINE_HEAD.search(text, max(0, start - 12), start):
            score += 0.45
        elif self._labelled_before(doc, start):
            score += 0.45
        elif _KIN_BEFORE.search(text, max(0, start - 3), start):
            score += 0.35
        elif _SELF_OR_FAMILY.match(text, end):
            score += 0.35
        elif kinds == {"姓"} and end - start >= 2 and _CONTACT_AFTER.match(text, end) and not _WORD_CHAR.match(text[start - 1 : start] or " "):
            score += 0.45  # round 7: a surname SudachiPy tags in prose, then a particle and a verb of contact (木下と話した, 藤原も同席)
        elif score >= 0.4 and _FIELD_START.search(text, max(0, start - 2), start) and _WHOLE_FIELD_END.match(text, end):
            score += 0.3  # a full name that is a whole field on its own (登録情報：佐藤 芽依)
        elif score >= 0.4 and self._row(text, start, end):
            score += 0.3  # a row of a list: row label, name, then an address, phone or date (1班 福井 八重　京都市…)
        elif score >= 0.4 and _ADDRESS_ROW_BEFORE.search(text, max(0, start - 48), start) and _ADDRESS_ROW_AFTER.match(text, end):
            score += 0.3  # a row of a signature list: the address, then the name (静岡県…958-3　浅羽 夏美)
        elif score == 0.45 and _BROTHER_AFTER.match(text, end):
            score += 0.3  # church bulletins: 兄/姉 after a full name (石井 恵姉が)
        elif score == 0.45 and self._signature_line(text, start, end):
            score += 0.3  # a full name heading the contact lines of a signature or letterhead
        elif score == 0.45 and _PROSE_AFTER.match(text, end) and _PROSE_BEFORE.search(text, max(0, start - 1), start):
            score += 0.1  # a full name heading a clause in prose: weak, but 姓+名 in the dictionary
        elif score in (0.4, 0.45) and " " in text[start:end] and _ROSTER_NOTE_AFTER.match(text, end):
            score = 0.55  # round 12: a roster's bracketed note after the full name
        elif score in (0.4, 0.45) and spaced:
            score = 0.5  # round 8: 姓 + space + 名 is how Japanese writes a full name in rosters, lists and tables
        return Candidate(start, end, PiiType.PERSON, min(score, 1.0), self.name, True)

    @staticmethod
    def _surname_with_honorific(text: str, start: int, end: int) -> bool:
        """Round 12: a dictionary surname ending like a clinic or a shop (仁科, 藤堂, 土屋) is a person's before an
        honorific (保護司の 仁科さん, リスク管理課 藤堂様), not a department or a shop."""
        return end - start >= 2 and bool(_HONORIFIC_AFTER.match(text, end)) and is_surname(text[start:end])

    @staticmethod
    def _romaji_signature(text: str, m: re.Match[str]) -> bool:
        """A romaji name alone on a line whose block below holds an e-mail address made from the name."""
        if not (text.startswith("\n", m.end()) and (m.start() == 0 or text[m.start() - 1] == "\n")):
            return False
        block = text[m.end() : m.end() + 240]
        words = [w.lower() for w in re.split(r"[ '-]", m.group()) if len(w) >= 3]
        return any(w in e.lower() for e in _EMAIL_LOCAL.findall(block) for w in words)

    @staticmethod
    def _row(text: str, start: int, end: int) -> bool:
        """A line made of an optional row label, the name, then an address, a phone number or a date."""
        return bool(_ROW_BEFORE.search(text, max(0, start - 12), start) and _ROW_AFTER.match(text, end))

    @staticmethod
    def _signature_line(text: str, start: int, end: int) -> bool:
        """A short line starting with the name, followed within three lines by 〒, a phone label or an e-mail."""
        if start > 0 and text[start - 1] != "\n":
            return False
        line_end = text.find("\n", end)
        if line_end < 0 or line_end - start > 40:
            return False
        return bool(_SIGNATURE_NEXT.match(text, line_end, line_end + 120))

    @staticmethod
    def _label_at_end(head: str) -> bool:
        for m in _LABEL_RE.finditer(head):
            if _LABEL_GAP.match(head, m.end()):
                return True
        return bool((_ROLE_BEFORE.search(head) or _TITLE_BEFORE.search(head)) and not _NOT_ROLE.search(head))

    @staticmethod
    def _labelled_before(doc: Document, start: int) -> bool:
        head = doc.before(start, 14)
        wide = doc.before(start, 26)
        dept = _DEPT_GAP.search(wide) if wide.endswith((" ", "\t")) else None
        # a department or organisation between the label and the name (確認者：人事部 石動)
        if dept and PersonRecognizer._label_at_end(dept.string[: dept.start()][-14:]):
            return True
        if head.endswith(">"):  # <th>対象者</th><td>name
            head = _HTML_BR.sub("\n", _HTML_CELL.sub("：", doc.before(start, 40)))[-14:]
        if PersonRecognizer._label_at_end(head):
            return True
        header = doc.header_of(start, sql=False, html=False)
        # a header cell is short: a long "cell" is prose with commas (or mojibake), not a column label
        return bool(header and len(header) <= 24 and (_LABEL_RE.search(header) or (_HEADER_ROLE.fullmatch(header) and not _NOT_ROLE.search(header + ":"))))

    def _labelled(self, doc: Document, seen: _Spans) -> Iterable[Candidate]:
        """Names SudachiPy does not know, right after a label like ``氏名：``."""
        text = doc.text
        for m in _LABEL_VALUE.finditer(text) if _LABEL_VALUE_GATE(text) else ():
            run = _NAME_RUN.match(text, m.end())
            if (
                run
                and (
                    _WHOLE_FIELD_END.match(text, run.end())
                    or text.startswith(" ", run.end())
                    # a kana name with its kanji writing in brackets (ｲﾏｲ ﾕｳﾄ（今井 悠斗）)
                    or (text.startswith("(", run.end()) and _KANA_NAME_RUN.fullmatch(run.group()))
                    # a full name written apart, then a note or reading in brackets (井筒 咲良（5年3組）)
                    or (text.startswith("(", run.end()) and " " in run.group())
                )
                and not _FIELD_WORD.search(run.group())
                and not (text.startswith("\t", m.end() - 1) and doc.in_header_line(run.start()))  # (round 9: 氏名<TAB>フリガナ<TAB>区分)
                and not _label_cell(run.group())
            ):
                # round 7: an honorific closing the run is not part of the name (お名前：根来 様, 氏名：根来様)
                tail = _RUN_HONORIFIC.search(run.group())
                end = run.start() + tail.start() if tail and tail.start() >= 1 else run.end()
                end = max(end, seen.wide.get(run.start(), end))  # round 9: 氏  名  石黒  文子 (the whole wide-gap name)
                seen.add(run.start(), end)
                yield Candidate(run.start(), end, PiiType.PERSON, 0.7, self.name, True)
        labels = list(_LABEL_RE.finditer(text))
        for m in itertools.chain(labels, _ROLE_FORWARD.finditer(text)):
            after = _KANJI_RUN_SPACED if m.group().endswith(" ") else _KANJI_RUN_AFTER
            run = after.match(text, m.end())
            if not run or _FIELD_WORD.search(run.group(1)) or seen.covers(run.start(1)):
                continue
            word = _INITIAL.sub("", run.group(1))  # an initial before the surname stays in the span (K.村瀬)
            first, _, second = word.partition(" ")
            if second and "一" <= first[0] and second[0] <= "ゖ" and _grammar_kana(second):
                continue  # round 7: a hiragana given name, not a particle or a verb ending (山田 ですが)
            if "ぁ" <= word[0] <= "ヺ":  # two kana words after a label: a name written in kana (やまもと そうた)
                seen.add(*run.span(1))
                yield Candidate(run.start(1), run.end(1), PiiType.PERSON, 0.7, self.name, True)
                continue
            # a one-character surname only when written apart from the given name (岡 陽太) or alone
            if next((k for k in (3, 2, 1) if k <= len(word) and len(word.replace(" ", "")) - k <= 3
                     and (k > 1 or len(word) == 1 or word[1] == " ") and is_surname(word[:k])), None) or (
                # a label, a department, then a kanji word closing the field: a name the dictionary lacks (確認者：人事部 石動)
                2 <= len(word) <= 4 and " " not in word and not m.group().endswith(" ") and m.group().strip()
                and _LABEL_DEPT.match(text, m.end(), run.start(1))
                and not _NOT_ITEM.search(word) and not _DEPT_WORD.search(word) and not _ROLE_WORD.fullmatch(word)
                and word not in HONORIFICS
            ) or self._unknown_full_name(word) or (
                # round 8: a word the dictionary has as a given name, the whole value after a person label (担当：平和)
                " " not in word and _given_entry(word) and _WHOLE_FIELD_END.match(text, run.end(1))
                and not _NOT_ITEM.search(word) and not _DEPT_WORD.search(word)
                # (a listed label must start its word: 子 ending 花子 is no label, 花子\t出 is no 出)
                and (m.re is not _LABEL_RE or m.start() == 0 or not _WORD_CHAR.match(text, m.start() - 1))
            ):
                seen.add(*run.span(1))
                yield Candidate(run.start(1), run.end(1), PiiType.PERSON, 0.7, self.name, True)
        if _HALF_KANA.search(doc.norm.original):
            # round 7: one word in half-width katakana after a person label (対応: ｵｸﾑﾗ →, 担当：留学生課 ｵｵﾆｼ): legacy
            # systems keep names in half-width kana; a word the dictionary knows as a common noun (ﾚｼﾞ) is no name
            for m in itertools.chain(labels, _ROLE_FORWARD.finditer(text)):
                if m.group().endswith(" ") or not m.group().strip():
                    continue
                k = _HALF_KANA_VALUE.match(text, m.end())
                if not k or seen.covers(k.start(1)):
                    continue
                a, b = doc.norm.to_original(k.start(1), k.end(1))
                if _HALF_KANA.fullmatch(doc.norm.original, a, b) and not _common_katakana(k.group(1)) and not _NOT_READING.fullmatch(k.group(1)):
                    seen.add(*k.span(1))
                    yield Candidate(k.start(1), k.end(1), PiiType.PERSON, 0.7, self.name, True)
        if "様" in text or "さん" in text or "殿" in text or "氏" in text:
            for m in labels:
                if m.group().endswith(" ") or not m.group().strip():
                    continue
                h = _LABEL_WORD_HONORIFIC.match(text, m.end())
                if h and h.end(1) > m.end() and not seen.covers(h.start(1)) and not _FIELD_WORD.search(h.group(1)) and not _DEPT_WORD.search(h.group(1)):
                    if h.start(1) == m.end():
                        continue  # glued to the label (担当者様) 
                    seen.add(*h.span(1))
                    yield Candidate(h.start(1), h.end(1), PiiType.PERSON, 0.7, self.name, True)
        latin_cells: frozenset[tuple[int, int]] | None = None
        kana_columns: bool | None = None
        part_cells = set(doc.cells_under(_NAME_PART_HEADER, sql=False, html=False)) if doc.table_headers else set()
        actor_cells = set(doc.cells_under(_ACTOR_HEADER, sql=False, html=False)) if doc.table_headers else set()
        for start, end in sorted(set(doc.cells_under(_NAME_HEADER, sql=False, html=False)) | part_cells | actor_cells):
            if _LATIN_KANA_HEADER.match(doc.header_of(start, sql=False, html=False) or ""):
                if kana_columns is None:
                    kana_columns = any(_PERSON_COLUMN.search(c) for cells in doc.table_headers.values() for c in cells)
                if not kana_columns:
                    continue
            run = _NAME_RUN.fullmatch(text, start, end) or _ROMAJI.fullmatch(text, start, end) or _CELL_KANA_NAME.fullmatch(text, start, end)
            if not run and end - start == 1 and _KANJI_PART.fullmatch(text, start, end):
                # round 7: a one-kanji surname or given name in its own column (last_name: 光, 名: 蓮)
                run = _NAME_PART_HEADER.search(doc.header_of(start, sql=False, html=False) or "")
            if not run and (start, end) in part_cells:
                run = _NAME_PART_CELL.fullmatch(text, start, end)
                if run and (_FIELD_WORD.search(run.group()) or _function_word(run.group()) or _EMPTY_CELL.fullmatch(run.group())):
                    run = None
            elif (start, end) in actor_cells and not (start, end) in part_cells:
                run = run if run and " " in run.group() else None
                if not run and _KANJI_PART.fullmatch(text, start, end) and end - start >= 2 and is_surname(text[start:end]):
                    run = _KANJI_PART.fullmatch(text, start, end)
            if run and run.re is _ROMAJI:  # not under a product/company name header (person_latin's header rule)
                latin_cells = latin_cells if latin_cells is not None else frozenset(doc.cells_under(_LATIN_NAME_HEADER, sql=False, html=False))
                if (start, end) not in latin_cells:
                    continue
            # (round 9: every character, not the two ends: ファム ミン ドゥック read as two names is still one cell)
            # (a name-part column's cell even when the dictionary's weak reading of its word is in ``seen``: 三浦 | 沙也加)
            if run and (start, end) not in part_cells and (_label_cell(run.group()) or _ORG_CELL.search(run.group())):
                continue  # round 11: a label cell of a form's label<TAB>value row, not a name in the column
            if run and ((start, end) in part_cells or not all(seen.covers(p) for p in range(start, end))):
                seen.add(start, end)
                # a whole cell under a name header outranks a name word inside it (ナガイ リナ, not リナ); round 9: a cell of
                # kana words outranks even a labelled part of it (サントス マリア クリスティーナ, not マリア クリスティーナ)
                kana = " " in text[start:end] and _KANA_NAME_RUN.fullmatch(text, start, end) is not None
                yield Candidate(start, end, PiiType.PERSON, 0.91 if kana else 0.88, self.name, True)
        # a reading in brackets right after a name: 岡本 幸子（おかもと さちこ）
        for name_start, name_end in sorted(seen.spans):
            r = _READING.match(text, name_end)
            if r and not _NOT_READING.fullmatch(r.group(1)) and not _katakana_compound(r.group(1)):
                yield Candidate(r.start(1), r.end(1), PiiType.PERSON, 0.7, self.name, True)
            # round 11: …or after a space or a slash, closing the field (樫村 雅代 カシムラ マサヨ, 門脇 綾乃 / カドワキ アヤノ,
            # a fixed-width row's reading column)
            r = None if r or " " not in text[name_start:name_end] else _READING_AFTER.match(text, name_end)
            if r and not _common_katakana(r.group(1).split(" ")[0]):
                yield Candidate(r.start(1), r.end(1), PiiType.PERSON, 0.7, self.name, True)

    @staticmethod
    def _unknown_full_name(word: str) -> bool:
        """Round 7: after a role, a full name written apart that the dictionary lacks (弁護士 玉虫 左京, 総務課長
        安心院 まどか): a two-to-four-kanji surname that is no department, role, form word or action noun, then a
        given name the dictionary knows as a name or a place (資料, 予定, ですが are neither)."""
        first, _, second = word.partition(" ")
        if not second or not 2 <= len(first) <= 4 or not _KANJI_PART.fullmatch(first):
            return False
        if _DEPT_WORD.search(first) or _ROLE_WORD.fullmatch(first) or _NOT_ITEM.search(first) or _TITLE_TAIL.search(first):
            return False
        if _FIELD_WORD.search(word) or _LABEL_RE.fullmatch(first) or _LABEL_RE.fullmatch(second) or re.match(_STAMP, second):
            return False
        # a surname is no action noun (交代, 変更, 会議: 看護師 交代 …)
        if any(m.part_of_speech()[2] == "サ変可能" for m in sudachi().dictionary.lookup(first)):
            return False
        return _proper_name_word(second)

    def _romaji(self, doc: Document) -> Iterable[Candidate]:
        text = doc.text
        for m in _ROMAJI.finditer(text):
            if _romaji_stop(m.group()):
                continue  # org, product, form and SQL words (Sales Team, HR Japan, INSERT INTO): person_latin's stop list
            if (
                _ROMAJI_CONTEXT.search(text, max(0, m.start() - 16), m.start())
                or _HONORIFIC_AFTER.match(text, m.end())
                or _ROMAJI_AFTER.match(text, m.end())
                or self._labelled_before(doc, m.start())
                or self._romaji_signature(text, m)
            ):
                # outranks a dictionary token for one of its words (Liam in Liam O'Connor)
                yield Candidate(m.start(), m.end(), PiiType.PERSON, 0.9, self.name, True)
                r = _READING.match(text, m.end())
                if r and not _NOT_READING.fullmatch(r.group(1)):
                    yield Candidate(r.start(1), r.end(1), PiiType.PERSON, 0.7, self.name, True)
            elif m.start() > 0 and text[m.start() - 1] in "(（" and text.startswith(")", m.end()):
                yield Candidate(m.start(), m.end(), PiiType.PERSON, 0.45, self.name, True)  # 山内 理沙（Risa Yamauchi）
            else:
                yield Candidate(m.start(), m.end(), PiiType.PERSON, 0.3, self.name, True)  # confirmed by propagation
        if "-" in text or "." in text:
            for m in _ROMAJI_SINGLE.finditer(text):
                g = 1 if m.start(1) >= 0 else 2
                nxt = _NEXT_WORD.match(text, m.end(g))
                if not (nxt and _romaji_stop(nxt.group(1))):  # Dr. Suzuki Clinic
                    yield Candidate(m.start(g), m.end(g), PiiType.PERSON, 0.7, self.name, True)

    def _aligned_rows(self, doc: Document) -> Iterable[Candidate]:
        """Round 10: the rows of a table aligned with spaces under a header with a reading column (pandas, R): a cell of
        kanji name words followed by a cell of kana words is a name and its reading (湊川 玲央    ミナトガワ レオ, R's
        寒河江 誠 さがえ まこと with one space between the cells); and R's str() lines of a name or reading column
        ($ yomi : chr "ししど みねこ" …)."""
        text = doc.text
        for h in _ALIGNED_READING_HEADER.finditer(text):
            pos = h.end() + 1
            while pos < len(text):
                eol = text.find("\n", pos)
                eol = len(text) if eol < 0 else eol
                if eol == pos or not _ALIGNED_ROW.search(text, pos, eol):
                    break  # the table ends at a blank line or a line that is no aligned row
                for m in _ALIGNED_NAME_READING.finditer(text, pos, eol):
                    name, reading = m.group(1), m.group(2)
                    if _FIELD_WORD.search(name) or _NOT_READING.search(reading) or _FIELD_WORD.search(reading):
                        continue
                    yield Candidate(m.start(1), m.end(1), PiiType.PERSON, 0.75, self.name, True)
                    yield Candidate(m.start(2), m.end(2), PiiType.PERSON, 0.75, self.name, True)
                pos = eol + 1
        # the cells of R's str() lines and of space-aligned tables under a name or reading column (Document.text_cells)
        for a, b, key in doc.text_cells:
            if not (_ASCII_NAME_KEY.search(key) or _NAME_KEY.search(key)) or _NOT_NAME_KEY.search(key):
                continue
            value = text[a:b]
            if not _FIELD_WORD.search(value) and not _SAMPLE_VALUE.search(value) and (
                _NAME_RUN.fullmatch(value) or _CELL_KANA_NAME.fullmatch(value) or _READING_CELL.fullmatch(value)
            ):
                yield Candidate(a, b, PiiType.PERSON, 0.8, self.name, True)

    def _keyed_values(self, doc: Document) -> Iterable[Candidate]:
        """Round 10: the value of an ASCII key naming a person's name (name_kanji, family_name, kana, realName) or a person
        by role (doctor, guest, holder), in whatever key/value syntax (see _KV_VALUE); its key is Document.key_of's."""
        text = doc.text
        for m in _KV_VALUE.finditer(text):
            g = "v" if m.start("v") >= 0 else "u"
            a, b = m.start(g), m.end(g)
            while b > a and text[b - 1] == " ":
                b -= 1
            value = text[a:b]
            if not value or _FIELD_WORD.search(value) or _SAMPLE_VALUE.search(value):
                continue
            # a romanised full name of two to four words (Johnson Mark Allen, CHURA HIGA) as a whole value; other Latin
            # values (logins, codes) are not this pass's
            latin = value.isascii()
            if latin and (not _SQL_LATIN_NAME.fullmatch(value) or " " not in value or _romaji_stop(value)):
                continue
            key = doc.key_of(a)
            if not key or not key.isascii() or _NOT_NAME_KEY.search(key):
                continue
            outer = _NAME_OBJECT.search(text, max(0, m.start() - 120), m.start())
            if outer and (_NOT_NAME_KEY.search(outer.group(1)) or _NOT_PERSON_OBJECT.search(outer.group(1))):
                continue
            if latin:
                if (_ASCII_NAME_KEY.search(key) or _ROLE_KEY.search(key)) and not _NAME_PART_KEY.search(key) and not _SCRIPT_KEY.search(key):
                    yield Candidate(a, b, PiiType.PERSON, 0.9, self.name, True)
                continue
            if _NAME_PART_KEY.search(key):  # family_name: "瀬戸口", firstName: "美ら": one part of the name
                family = key[0] in "lfsLFS" and not key.lower().startswith("first")
                if _KANA_NAME.fullmatch(value) or (
                    (_KANJI_PART.fullmatch(value) and _surname_head(value)) if family else _GIVEN_PART.fullmatch(value)
                ):
                    yield Candidate(a, b, PiiType.PERSON, 0.75, self.name, True)
            elif _ASCII_NAME_KEY.search(key):
                if _NAME_RUN.fullmatch(value) or _KANA_NAME.fullmatch(value) or _CELL_KANA_NAME.fullmatch(value) or _READING_CELL.fullmatch(value):
                    yield Candidate(a, b, PiiType.PERSON, 0.88, self.name, True)
            elif _ROLE_KEY.search(key):
                if (_NAME_RUN.fullmatch(value) or _KANJI_PART.fullmatch(value)) and _KANJI.match(value) and _surname_head(value.split(" ")[0]):
                    yield Candidate(a, b, PiiType.PERSON, 0.85, self.name, True)
                elif _CELL_KANA_NAME.fullmatch(value) and not _NOT_READING.search(value):
                    yield Candidate(a, b, PiiType.PERSON, 0.85, self.name, True)

    def _key_values(self, doc: Document, seen: _Spans) -> Iterable[Candidate]:
        """Values of JSON keys naming a person, and chat speakers after a time stamp."""
        text = doc.text
        if '"' in text:
            for m in _KEY_VALUE.finditer(text):
                key, value = m.group(1), m.group(2)
                if _SCRIPT_KEY.fullmatch(key) and not _FIELD_WORD.search(value):
                    # round 7: a name object's writings ("name": {"kanji": "…", "kana": "…"}); a company's are not
                    outer = _NAME_OBJECT.search(text, max(0, m.start() - 120), m.start())
                    if outer and (_NOT_NAME_KEY.search(outer.group(1)) or _NOT_PERSON_OBJECT.search(outer.group(1))):
                        continue
                    if outer and not _NAME_KEY.search(key):
                        if _NAME_KEY.search(outer.group(1)) and (
                            _NAME_RUN.fullmatch(value) or _KANA_NAME.fullmatch(value) or _CELL_KANA_NAME.fullmatch(value)
                        ):
                            yield Candidate(m.start(2), m.end(2), PiiType.PERSON, 0.75, self.name, True)
                        continue
                if not _NAME_KEY.search(key) or _NOT_NAME_KEY.search(key) or _FIELD_WORD.search(value):
                    continue
                if _NAME_PART_KEY.search(key):  # "family": "比嘉", "given": "遥": one part of the name
                    if _KANA_NAME.fullmatch(value) or (_KANJI_PART.fullmatch(value) and (key[0] in "gfGF" and "fam" not in key.lower() or _surname_head(value))):
                        yield Candidate(m.start(2), m.end(2), PiiType.PERSON, 0.75, self.name, True)
                    continue
                if _NAME_RUN.fullmatch(value) or _KANA_NAME.fullmatch(value) or (_ROMAJI.fullmatch(value) and not _romaji_stop(value)):
                    # round 8: the whole value outranks a name word inside it, like a whole cell under a name header
                    # ("名前":"やまもと なな", not やま)
                    yield Candidate(m.start(2), m.end(2), PiiType.PERSON, 0.88, self.name, True)
        if ":" in text or "=" in text:
            yield from self._keyed_values(doc)
        if "  " in text:
            yield from self._aligned_rows(doc)
        for m in itertools.chain(_CHAT_SPEAKER.finditer(text), _CHAT_NAME_TIME.finditer(text)):
            if len(m.group(1)) == 1 and (not is_surname(m.group(1)) or m.group(1) in _ONE_KANJI_NOT_NAME or m.group(1) in _DIRECTIONS):
                continue
            if "・" in m.group(1) and not _dotted_katakana_name(m.group(1)):
                continue
            if not _FIELD_WORD.search(m.group(1)) and not _NOT_SPEAKER.search(m.group(1)):
                first, _, second = m.group(1).partition(" ")
                if m.re is _CHAT_SPEAKER and _DATED_LINE.match(text, m.start()) and (
                    _common_katakana(first) or (_common_noun(first) and not _proper_name_word(first))
                ):
                    continue  # round 9c: a log line's level or event (2031-06-01 20:11 エラー：, 警告：), no speaker
                if _ROLE_WORD.fullmatch(m.group(1)) or _LABEL_RE.fullmatch(m.group(1)):
                    continue  # 乗務員 6:40: a role, not a speaker (round 8: nor a label word, [00:00:21] 顧客：, オペレーター：)
                if second and (_ROLE_WORD.fullmatch(first) or _LABEL_RE.fullmatch(first)):  # 運転者 関 5:25: a role, then the name
                    yield Candidate(m.end(1) - len(second), m.end(1), PiiType.PERSON, 0.7, self.name, True)
                    continue
                if m.re is _CHAT_SPEAKER and m.start(2) >= 0 and (_DEPT_WORD.search(m.group(1)) or _LABEL_RE.fullmatch(m.group(1))):
                    continue  # an office with its section in brackets (事務局（広報）:), not a person
                if not second and _ORG_SPEAKER.search(m.group(1)):
                    continue  # round 13 late: a shop or a clinic answering in a chat (ひばり薬局：承知しました), no person
                desk = _DESK_SPEAKER.fullmatch(m.group(1)) if not second else None
                if desk is not None:  # round 13 late: a desk glued before the clerk's surname (センター永井:): the surname
                    if desk.group(1) and is_surname(desk.group(1)):  # (a bare desk, センター:, is no one)
                        yield Candidate(m.start(1) + desk.start(1), m.end(1), PiiType.PERSON, 0.7, self.name, True)
                    continue
                title = _SPEAKER_TITLE.search(m.group(1))
                end = m.end(1) - len(title.group()) if title and not second and len(title.group()) < len(m.group(1)) else m.end(1)
                yield Candidate(m.start(1), end, PiiType.PERSON, 0.7, self.name, True)
                if m.re is _CHAT_SPEAKER and m.start(2) >= 0:
                    title = _SPEAKER_TITLE.search(m.group(2))
                    if title and _NOTE_NAME.fullmatch(text, m.start(2), m.end(2) - len(title.group())) and not _FIELD_WORD.search(m.group(2)):
                        yield Candidate(m.start(2), m.end(2) - len(title.group()), PiiType.PERSON, 0.7, self.name, True)
        yield from self._tab_speakers(text)
        heads = list(_LINE_SPEAKER.finditer(text)) if ":" in text or "：" in text else []
        if len(heads) >= 2:
            counts: dict[str, int] = {}
            # every line-head speaker counts (辻:, Mayumi:), not only the kana ones
            for m in _ANY_SPEAKER.finditer(text):
                if not _NOT_SPEAKER_HEAD.fullmatch(m.group(1)):  # field labels (TEL:, メモ:, 注意:) make no chat
                    counts[m.group(1)] = counts.get(m.group(1), 0) + 1
            for m in heads:
                word = m.group(1)
                if (
                    counts.get(word, 0) >= 2
                    and sum(counts.values()) >= 3
                    and len(counts) >= 2
                    and not _FIELD_WORD.search(word)
                    and not _LABEL_RE.fullmatch(word)
                ):
                    yield Candidate(m.start(1), m.end(1), PiiType.PERSON, 0.7, self.name, True)
        # (the pattern's look-ahead needs one of these words)
        for m in _SELF_INTRO.finditer(text) if "です" in text or "と申します" in text or "でございます" in text else ():
            word = m.group(1)
            # katakana (ウエハラです) or a dictionary surname; a kanji word is no katakana (窓口です)
            if not _FIELD_WORD.search(word) and not _NOT_INTRO.search(word) and ("ァ" <= word[0] <= "ヺ" or is_surname(word) or is_surname(word[:2])):
                yield Candidate(m.start(1), m.end(1), PiiType.PERSON, 0.7, self.name, True)
            elif len(word) == 1 and word not in _ONE_KANJI_NOT_NAME and is_surname(word) and _DEPT_NO.search(text, max(0, m.start() - 6), m.start()):
                yield Candidate(m.start(1), m.end(1), PiiType.PERSON, 0.7, self.name, True)
        if "(" in text and ("歳" in text or "才" in text or "月" in text):
            for m in _CHILD_BRACKET.finditer(text):
                # a kanji word there is a name only when SudachiPy reads it as one (娘（同居、3歳） is a note)
                if "一" <= m.group(1)[0] and not any(t.start == m.start(1) and t.end == m.end(1) for t in doc.tokens):
                    continue
                if not _NOT_KANA_NAME.fullmatch(m.group(1)) and not _FIELD_WORD.search(m.group(1)):
                    yield Candidate(m.start(1), m.end(1), PiiType.PERSON, 0.7, self.name, True)
        if "(" in text and _KIN_WORD_IN.search(text):
            for m in _KIN_GIVEN.finditer(text):
                if not _FIELD_WORD.search(m.group(1)):
                    yield Candidate(m.start(1), m.end(1), PiiType.PERSON, 0.7, self.name, True)
        if "うちの" in text or "我が家の" in text or "息子の" in text or "娘の" in text:
            for m in _OUR_CHILD.finditer(text):
                if any(t.start == m.start(1) and t.end == m.end(1) and t.pos[3] == "名" for t in doc.tokens):
                    yield Candidate(m.start(1), m.end(1), PiiType.PERSON, 0.7, self.name, True)
        for m in _KIN_BRACKET.finditer(text) if "(" in text or "（" in text else ():
            # the bracket holds a name, not a note about the relative (姉（入院中）)
            if not _FIELD_WORD.search(m.group(1)) and (" " in m.group(1) or _surname_head(m.group(1))):
                yield Candidate(m.start(1), m.end(1), PiiType.PERSON, 0.7, self.name, True)

    def _roster_rows(self, text: str, cands: list[Candidate]) -> Iterable[Candidate]:
        """Round 7: a roster of lines "<post> <name>" (会長　鶴見 宗一 / 会計　森 平和 / 防災　岡山、中): when two rows
        hold a confirmed name, a dictionary surname in the same place of another row is a name too, whatever the
        post (防災 is no label)."""
        strong = {c.start for c in cands if c.score >= 0.7}
        if len(strong) < 2 or text.count("\n") < 2:
            return
        rows = list(_ROSTER_ROW.finditer(text))
        if len(rows) < 3 or sum(m.start(2) in strong for m in rows) < 2:
            return
        for m in rows:
            word = m.group(2)
            if m.start(2) not in strong and not _FIELD_WORD.search(word) and _surname_head(word):
                yield Candidate(m.start(2), m.end(2), PiiType.PERSON, 0.7, self.name, True)

    def list_next(self, doc: Document, cands: list[Candidate]) -> Iterable[Candidate]:
        """The name after a confirmed one in a list (面接官：有馬、二階堂): a dictionary surname at its head."""
        text = doc.text
        todo = [c.end for c in cands if c.score >= 0.7]
        done: set[int] = set()
        while todo:  # the list goes on after each name found (山本、中川、石田)
            end = todo.pop()
            if end in done:
                continue
            done.add(end)
            m = _LIST_NEXT.match(text, end)
            if not m or _FIELD_WORD.search(m.group(1)):
                continue
            word = m.group(1).replace(" ", "")
            if any(k <= len(word) and len(word) - k <= 3 and is_surname(word[:k]) for k in (3, 2)) or (
                # round 7: a one-kanji surname as a whole item closing the list (防災　岡山、中)
                len(word) == 1 and is_surname(word) and not _NOT_ITEM.search(word) and _ITEM_CLOSE.match(text, m.end(1))
            ):
                todo.append(m.end(1))
                yield Candidate(m.start(1), m.end(1), PiiType.PERSON, 0.7, self.name, True)


from hogo.scan.recognizers import person_speech  # noqa: E402  (round 11; it reads this module's word tests)
from hogo.scan.recognizers import person_known  # noqa: E402  (round 13)
