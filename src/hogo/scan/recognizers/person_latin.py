"""Person names in latin script (romaji and foreign names): a whole name run, taken once a cue fires.

A *name run* is 1-5 capitalised or upper-case words (``Maria Clara dos SANTOS``, ``RANA MAGAR Bishnu``,
``Carter-Hughes``, ``O'Connell``) with name particles between them (dos, van, binti …). The run is reported whole
when a cue fires:

- a label before it on the same line, English or Japanese (``Full name:``, ``Spouse:``, ``Contact: wife``,
  ``講師：…、``, ``旧姓``, a role word ending in 者/人/師/員 …, a JSON key naming a person);
- a title or greeting (``Dr.``, ``Pastor``, ``Dear``, ``Hi``), an honorific after (``-san``, ``さん``);
- a sign-off line (``Thanks,``, ``Best regards,``, ``In Christ,``) right above a line holding only the name;
- a table/CSV column whose header names a person (``Name (as in passport)``, ``保護者氏名``);
- the other writing of the name in brackets after it (``Grace Ito（伊藤 恵）``) or a relation note (``（母の友人）``);
- a chat speaker at a line head (``Mika: …``) repeated in a chat;
- a possessive kin word before it (``my daughter Emma``), initials (``J. Smith``, ``K.村瀬`` after a label);
- the name classes of ``data/latin_names.txt``: a given name and a family name anywhere (``Kenta Oyama``,
  ``Maria Santos``), or one Japanese name word with another word inside a row (``Pereira Tomoko`` after an address).

Confirmed names spread over the document: the same run again, and each of its words used alone (``Kenta``).
Product, company and place words (``Inc.``, ``Team``, ``Tokyo``, ``Minato-ku``), months, weekdays and English
function words stop a run.
"""

from __future__ import annotations

import bisect
import difflib
import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable
from importlib import resources

from hogo.scan.data import romaji_names
from hogo.scan.data.build_romaji_names import romanise as romanise_kana
from hogo.scan.document import Document, sudachi
from hogo.scan.recognizers.base import Candidate, Prefiltered, Recognizer, _gated
from hogo.scan.types import PiiType

# letters: ASCII plus Latin-1, Latin Extended-A and Vietnamese (José, Müller, Łukasz, Nguyễn)
_UP = "A-ZÀ-ÖØ-ÞĀ-ŽḀ-Ỿ"
_LO = "a-zß-öø-ÿĀ-žḀ-ỿ"
_ANY = f"A-Za-z{_UP[3:]}{_LO[3:]}"
_TW = rf"(?:Mc|Mac|O')?[{_UP}][{_LO}]+(?:-(?!(?:san|sama|sensei|senpai|kun|chan)(?![a-z]))[{_ANY}][{_LO}]+)*"
_UW = rf"(?:O')?[{_UP}]{{2,}}(?:-[{_UP}]{{2,}})*"
_PART = r"(?:dos|das|da|de|del|della|di|du|van|von|der|den|bin|binti|bint|ibn|al|el|le|la)"
_TOK = rf"(?:{_TW}|{_UW})"
# (a full stop before a run is checked in code: an initial glued to the name, T.KAWASE, is allowed)
_RUN = _gated(rf"(?<![{_ANY}'/_-]){_TOK}(?:[ ](?:{_PART}[ ]){{0,2}}{_TOK}){{0,5}}(?![{_ANY}'@_-]|\.[A-Za-z])")
_SPLIT = re.compile(rf"{_TOK}")
_GATE = re.compile(rf"[{_UP}][{_LO}{_UP}.]")

# words peeled off the head of a run; the first group is itself a cue (Dear Pastor Ito → Ito)
_CUE_WORDS = frozenset(
    "dear hi hello hey dr mr mrs ms miss mx prof professor pastor rev reverend father sister brother fr sr "
    "coach officer nurse doctor judge captain bishop imam rabbi sensei madam sir attn "
    # round 11: titles and kin words of residents' languages written before a name (Tita Weng, Ninong Ben, Pak Budi,
    # Dona Maria, Herr Weber, Mulher Renata): German, French, Spanish/Portuguese, Tagalog, Indonesian
    "herr frau monsieur madame mme mlle señor señora señorita senhor senhora dona doña sra srta dra "
    "ate kuya tita tito ninong ninang manang manong lolo pak bapak ibu mbak mulher marido esposa esposo".split()
)
# round 11: a Vietnamese pronoun of address at the head of a run (Anh Tuấn ơi, Chị Hằng): peeled only there — Anh is a
# given name too (Nguyen Thi Lan Anh)
_VI_ADDRESS = frozenset("anh chị em ông bà cô chú bác".split())
# the same words in lower case in running text (gọi chị Hằng, filho Gabriel, दाइ Suman); Tagalog's person markers
# (si Cora, ni Mark) and "ate" (an English word too) only before a listed name word
_FOREIGN_TITLE_BEFORE = re.compile(
    r"(?:^|[\s(])(?:kuya|tita|tito|lola|lolo|ninong|ninang|filho|filha|mulher|marido"
    r"|esposa|esposo|mãe|pai|hijo|hija|madre|irmão|irmã|hermano|hermana|दाइ|दिदी|भाइ|बहिनी)[ ]\Z"
)
# the Vietnamese ones only on a line written in Vietnamese (a letter only Vietnamese has: ă đ ơ ư ạ ế …) — em is
# Portuguese "in" (moro em Hamamatsu, Em Setembro)
_VI_TITLE_BEFORE = re.compile(r"(?:^|[\s(])(?:anh|chị|em|ông|bà|cô|chú|bác)[ ]\Z")
_VIETNAMESE_LETTER = re.compile("[ăđơưĩũĂĐƠƯĨŨ\u1ea0-\u1ef9]")


def _vietnamese_line(text: str, pos: int) -> bool:
    """The line holding ``pos`` has a letter only Vietnamese writes."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return bool(_VIETNAMESE_LETTER.search(text, start, end if end >= 0 else len(text)))
_TAGALOG_MARKER_BEFORE = re.compile(r"(?:^|[\s(])(?:si|ni|kay|ate)[ ]\Z")
# English function words, form words, months, weekdays: never part of a name
_STOP = frozenset(
    """the a an this that these those there here please thank thanks we i you he she it they our your my his her
    their its in on at for from to with by of and or but if when where what who whom whose why how yes no not
    note notes best regards kind warm sincerely cheers yours all every everyone each any some one two three
    subject re fw fwd date time name names address phone tel fax email mail contact attached attachment see also
    sorry ok okay sure good morning afternoon evening night today tomorrow yesterday hope will would could should
    can may might must shall do does did have has had is are was were be been being as so then than just only
    very more most much many new old next last first second third final total page section chapter table figure
    item items list form forms office team staff sales support service services customer customers center centre
    desk department dept division section group unit committee board council club association society union
    trading industries industry systems solutions partners products electric motors pharma foods works labs
    design consulting international global logistics software technologies technology networks media studio
    nationality gender sex age occupation birthplace memo todo ps info tips point check step plan goal topic
    title menu question answer reply update reminder notice warning error caution important
    foundation institute school university college hospital clinic pharmacy church temple shrine mosque bank
    inc ltd llc corp co corporation company limited holdings group plc gmbh japan japanese english tokyo osaka
    kyoto yokohama nagoya sapporo fukuoka kobe sendai hiroshima city ward town village prefecture station street
    road avenue building tower room floor hotel airport government ministry agency police fire
    january february march april may june july august september october november december jan feb mar apr jun
    jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat
    google microsoft apple amazon line zoom teams excel word windows android iphone ios mac linux slack facebook
    instagram twitter youtube gmail outlook yahoo python world sun yen usd jpy pdf csv id no tel url www http https html json api app web online system data info news
    report summary meeting agenda minutes class grade year month week day am pm ed er icu dob mrn passport visa
    card number code status type category male female other unknown none yes muslim christian buddhist
    catholic islam religion prayer request membership triage cc hx pt dx rx mail admin manager director
    president chairman secretary treasurer teacher student parent guardian patient member guest client
    applicant spouse wife husband son daughter mother father child children family friend neighbour neighbor
    full katakana kanji hiragana romaji mobile home work emergency apt suite unit
    hall homes housing management property properties realty estate mansion residence apartments
    required optional pending done approved signed unsigned tbd tba blank pets pet none lab bot bots robot db
    insert into values select delete create drop null true false where join order by limit""".split()
)
# organisation, product, place and SQL words: the older romaji pass of ``person`` drops runs holding one
ORG_WORDS = frozenset(
    """office team staff sales support service services customer customers center centre desk department dept division
    committee board council club association society union trading industries industry systems solutions partners
    products product electric motors pharma foods works labs design consulting international global logistics software
    technologies technology networks media studio foundation institute school university college hospital clinic
    pharmacy church temple shrine mosque bank inc ltd llc corp corporation company limited holdings plc gmbh japan
    tokyo osaka kyoto yokohama nagoya sapporo fukuoka kobe city ward prefecture station street road avenue building
    tower floor hotel airport government ministry agency police insert into values select delete create drop null
    hr admin hall homes housing management property properties realty estate mansion residence apartments lab bot
    db""".split()
) | frozenset(
    # round 11: the words of a form's or export's column headers (Given Name, Maiden Name, User Email, Start Time) and
    # of test rows and SQL*Plus settings (Test User, SET DEFINE OFF): a header cell is no name
    "name names email mail phone time user test define".split()
)
_PEEL = _STOP | _CUE_WORDS
_PLACE_TAIL = re.compile(r"-(?:ku|shi|cho|machi|mura|son|gun|ken|fu|to|dori|chome)$", re.I)

_LABEL_EN = (
    r"(?:full |legal |given |family |first |last |middle |maiden |birth |nick)?names?|surnames?|forenames?|spouse|husband|wife|partner|contacts?"
    r"|emergency contact|guests?|patients?|clients?|applicants?|members?|students?|pupils?|parents?|guardians?"
    r"|teachers?|doctors?|physicians?|attn|attention|from|to|cc|signed|signature|witness|owners?|holders?"
    r"|residents?|tenants?|requester|reporter|caller|interpreter|instructors?|lecturers?|coach|mother|father"
    r"|sons?|daughters?|child(?:ren)?|brother|sister|next of kin|kin|sender|recipient|author|speaker|staff"
    r"|attendees?|participants?|present|absent|organi[sz]er|chair(?:person)?|moderator|translator|caregivers?|helpers?"
    r"|volunteers?|coordinator|representative|insured|beneficiary|payee|(?:account|card) ?holder|guarantor|employee"
    r"|trainee|intern|tutor|principal|counsel?lor|(?:social|case) worker|care manager|homeroom teacher|nurse|leader"
    r"|assigned to|prepared by|checked by|reported by|seen by|referred by|referred to|visitor|host|driver"
    r"|respondent|interviewee|interviewer|reviewer|approver|assignee|operator|agent|candidate|passenger|traveller|traveler"
    r"|author|editor|supervisor|manager|approved by|reviewed by|written by|handled by|interviewed by|requested by"
    # the name field of forms in residents' languages (Nome, Nombre, Nom, Họ và tên, 이름, 성명)
    r"|nome|nombre|nom|apellidos?|sobrenome|họ và tên|họ tên|이름|성명"
    # round 12: Indonesian/Malay and Tagalog (Nama:, Pangalan:)
    r"|nama|pangalan"
    r"|approved|checked|reviewed|submitted by|sent by|created by|completed by|filled (?:in|out) by|taken by|received by"
)
_KIN_EN = r"(?:(?:my|his|her|our|their|the) )?(?:wife|husband|son|daughter|mother|father|brother|sister|friend|partner|mom|mum|dad|grandmother|grandfather|aunt|uncle|cousin|neighbou?r)"
# a family label: each name item has its kin word right before it (Family: wife Siti Nur Aisyah, son Irfan (born …))
_FAMILY_LABEL = re.compile(
    rf"(?:^|[\s(|/])(?:family|household|dependents?|dependants?|relatives?)(?: members)?[ ]?(?:\([^)\n]{{0,30}}\)[ ]?)?:[ ]*"
    rf"(?:[^\n:;]{{2,120}}?(?:,|;|[ ]and)[ ]?)?{_KIN_EN}[ ]\Z",
    re.I,
)
_LABEL_BEFORE = re.compile(
    rf"(?:^|[\s(\[|,;])(?:{_LABEL_EN})[ ]?(?:\([^)\n]{{0,30}}\)[ ]?)?[:][ ]*(?:{_KIN_EN}[ ]?,?[ ]*)?(?:[^\n:,;(]{{2,30}}(?:\([^)\n:]{{1,20}}\))?(?:,|;|[ ]and|[ ]&)[ ]?(?:{_KIN_EN}[ ])?){{0,8}}[\"']?\Z"
    # key=value fields (holder=…), unquoted, not a bare name= (code: name="IDEA", name=TESTFN)
    rf"|(?:^|[\s(,;&?])(?!names?=)(?:{_LABEL_EN})=\Z"
    rf"|(?:^|[\s(,;])(?:seen by|referred by|referred to|signed by|prepared by|reported by|checked by|submitted by|sent by"
    rf"|created by|completed by|filled (?:in|out) by|taken by|received by|approved by|reviewed by|written by)[ ]+\Z"
    rf"|(?:^|[\s(,;]){_KIN_EN}[ ]?,[ ]?\Z"
,
    re.I,
)
# (round 10: each branch needs a ':' (label: …), a '=' (holder=…), a ', ' after a kin word, or the 'by'/'to' of
# 'seen by', 'referred to': a window without any is not searched)
_LABEL_BEFORE = Prefiltered(_LABEL_BEFORE, re.compile(r"[:=,]|by|to", re.I))
# a Japanese label or role word (講師：, 旧姓 , お迎えに来る人③ ), then maybe earlier items of a list
# a possessive kin word right before the name (my daughter Emma, her husband Kofi)
# work and social relations (my manager Gordon, her colleague Ana); 同僚の Tomás
_WORK_REL = r"(?:manager|boss|supervisor|colleague|co-?worker|teammate|classmate|roommate|flatmate|landlord|landlady|tutor|teacher|doctor|coach|mentor|fianc[eé]e?|girlfriend|boyfriend)"
_REL_JA_BEFORE = re.compile(r"(?:同僚|上司|部下|先輩|後輩|同期|友人|友達|知人|夫|妻|彼氏|彼女|恋人|婚約者|同級生|担任|主治医|大家|隣人)の[ ]?\Z")
_KIN_BEFORE = re.compile(
    rf"(?:^|[\s(,;])(?:my|his|her|our|their) (?:{_KIN_EN}|(?:grand)?(?:child|kid)|twins?|baby|nephew|niece|{_WORK_REL})[ ]\Z", re.I
)
_LABEL_JA = _gated(
    r"(?:氏名|名前|なまえ|姓名|フルネーム|旧姓|旧氏|通称|本名|ローマ字|英字|表記|名義|担当|差出人|宛先|宛名|署名"
    r"|お子さま|お子様|お子さん|子ども|こども|ご家族|家族|同居人"
    r"|[㐀-鿿]{0,6}(?:者|人|師|員|長|医|士|官|役|生|児|主|妻|夫|父|母|男|女|子))"
    # (earlier items of a list may carry a bracketed note: Leo（5歳）、Mia)
    r"[①-⑳0-9]{0,2}[ ]?(?:\([^)\n]{0,14}\)[ ]?)?(?:[:][ ]*|[ ]+)(?:[^\n:,、()]{1,24}(?:\([^)\n]{1,12}\))?[、,][ ]?){0,3}\Z"
)
_JSON_KEY = re.compile(r'"[^"\n]{0,20}(?:氏名|名前|name|Name|NAME)[^"\n]{0,10}"[ ]?:[ ]?"(?:[㐀-鿿々ぁ-んァ-ヶー]{1,4}[ ])?\Z')
# a katakana role word as a label (オペレーター：, コーディネーター ), the latin name right after it
_KATAKANA_LABEL = re.compile(r"(?:^|[\s、。（(])[ァ-ヶー]{3,12}[ー][:][ ]*\Z")
# Japanese text around a one-word given name: a Japanese character or a bullet before, a particle or a note after
_JA_BEFORE = re.compile(r"[、。」・　\u3040-\u30ff\u4e00-\u9fff][ ]?\Z|^[ ]*\Z")
_JA_AFTER = re.compile(r"[ ]?(?:は|が|も|と|に|を|へ|から|より|さん|[(][\u3040-\u30ff\u4e00-\u9fff])")
# an HTML form field named for a name (<input name="name_en" value="…">)
_HTML_VALUE = re.compile(r'name="[^"\n]{0,20}(?:氏名|名前|name|Name|NAME)[^"\n]{0,10}"[^<>\n]{0,30}value="\Z')
# a chat copied from Slack/Teams: the speaker alone on a line with the time (Mika Tsuji  10:41)
_TIME_HEAD = re.compile(r"[ ]{1,3}\d{1,2}:\d{2}(?:[ ]?[AaPp]\.?[Mm]\.?)?[ ]*(?:\n|$)")
# a display name before an e-mail address (HOSHINO Rie <r.hoshino@…>)
_DISPLAY_MAIL = re.compile(r"[ ]?[<(]([A-Za-z0-9._-]{2,40})@")
# the other writing before: a kanji name at a field start, then the latin name (椿 俊介　Shunsuke Tsubaki)
_KANJI_BEFORE = re.compile(r"(?:^|[\n\t|,:])[ ]*([㐀-鿿々]{1,4}[ ][㐀-鿿々ぁ-ん]{1,4})[ ]+\Z")
# airline records: SURNAME/GIVEN before a title (1.TAKEMURA/SHOHEI MR) or at the end of an SSR DOCS element
_PNR_NAME = _gated(
    r"(?<![A-Za-z/])([A-Z]{2,}/[A-Z]{2,}(?: [A-Z]{2,})?)(?=[ ]?(?:MR|MRS|MS|MISS|MSTR|DR)(?![A-Z]))"
    r"|/[MF]I?/\d{2}[A-Z]{3}\d{2}/([A-Z]{2,}/[A-Z]{2,}(?:/[A-Z]{2,})?)(?![A-Za-z/])"
)
_PERSON_KEY = re.compile(r"(?i)氏名|名前|first|given|family|last|full|nick|maiden|kana|person|patient|guardian|parent|member")
_NOT_NAME_KEY = re.compile(r"(?i)(?:company|product|file|item|school|facility|shop|store|brand|event|user|host|domain|place|station|bank|app|device|org|会社|施設|学校|店|品|団体|法人|病院|銀行|事業所|園)")
_TITLE_BEFORE = re.compile(
    r"(?:^|[\s(])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Fr|Sr)\.?[ ]?\Z"
    r"|(?:^|[\s(])(?:Pastor|Father|Sister|Brother|Professor|Doctor|Coach|Officer|Nurse|Judge|Reverend|Bishop|Imam|Rabbi|Dear|Hi|Hello|Hey)[ ]\Z"
    # a lower-case title in running text (nurse Kelly, coach Sato, officer Grant)
    r"|(?:^|[\s(])(?:nurse|doctor|coach|officer|pastor|professor|caregiver|interpreter|midwife|therapist)[ ]\Z"
)
_HONORIFIC_AFTER = re.compile(r"-(?:san|sama|sensei|senpai|kun|chan)(?![A-Za-z])|[ ]?(?:さん|様|さま|先生|くん|君|ちゃん|氏|殿)")
_SIGN_OFF = re.compile(
    r"(?:^|\n)[ ]*(?:thanks(?: again| so much)?|thank you(?: very much)?|many thanks|best|best regards|best wishes|kind regards"
    r"|warm regards|warmest regards|regards|sincerely(?: yours)?|yours(?: sincerely| truly| faithfully)?|cheers|love"
    r"|in christ|blessings|god bless|with thanks|with gratitude|all the best|respectfully|take care|see you"
    r"|(?:with |much |lots of |all my )?love|hugs|xoxo|warmly|warm wishes|talk soon|speak soon|your friend)[ ]?[,.!]?[ ]*\n[ ]*\Z",
    re.I,
)
# the sign-off and the name on one line (Thanks, Mei), and a signature delimiter line (-- ⏎ Kenji Morimoto)
_SIGN_OFF_INLINE = re.compile(
    r"(?:^|\n)[ ]*(?:thanks(?: again)?|thank you|many thanks|best|best regards|kind regards|regards|cheers|sincerely"
    r"|best wishes|warm regards|take care|(?:with |much |lots of |all my )?love|hugs|xoxo|warmly|warm wishes|talk soon)[ ]?,[ ]?\Z",
    re.I,
)
# round 8: the second of two people greeted together (Dear Aoi and Daniel, Hi Ken & Mari): a listed name only
_GREETED_PAIR = re.compile(r"(?:^|[\s(])(?:Dear|Hi|Hello|Hey)[ ][A-Z][a-z]+(?:-[A-Z][a-z]+)?[ ](?:and|&)[ ]\Z")
_SIG_DELIM = re.compile(r"(?:^|\n)[ ]*-{2,3}[ ]*\n[ ]*\Z")
# a chat mention (@Haruka 確認お願いします, cc @Sato): the mention mark right before the name
_MENTION = re.compile(r"(?:^|[\s(、。:,])@\Z")
# the author of a comment or note in brackets after the note's word (レビューコメント（Nakagawa）, 記入（Sato）)
_AUTHOR_BEFORE = re.compile(r"(?:コメント|メモ|記入|記録|報告|確認|担当|承認|作成|文責|レビュー|所見|意見|指摘|回答|返信|追記)[ ]?\(\Z")
_LINE_END = re.compile(r"[ ]*(?:$|\n|[ ]?\(|[ ]?<|[ ]?/|[ ]?\|)")
# (こと between two writings of one person is an alias mark: T. KAWASE こと 川瀬 智弘)
_FIELD_END = re.compile(r"[ ]*(?:$|\n|\t|,|、|'|\"|\(|\)|[ ]{2}|\||[ ]\+?\d|[→⇒]|(?<=[ ])-[ ]|(?<=[ ])こと[ ])")
_FIELD_START = re.compile(r'(?:^|[\n\t,|"])[ ]*\Z|[\d)][ ]\Z')
_NAME_WORD = re.compile(r"(?i:name)|名前|なまえ|氏名|ローマ字|英字")
_NAME_HEADER = re.compile(
    r"^(?!.*(?i:company|product|file|item|school|facility|shop|store|brand|event|user|host|domain|place|station|bank"
    r"|app|device|org|会社|施設|学校|店|品|団体|法人|病院|銀行|事業所|園)).{0,30}(?:(?i:name)|名前|なまえ|氏名|ローマ字|英字)"
)
# the other writing in brackets: a kanji or kana name (伊藤 恵, イトウ メグミ)
_OTHER_WRITING = re.compile(r"[ ]?\(([㐀-鿿々]{1,4}[ ][㐀-鿿々ぁ-ん]{1,4}|[ァ-ヶー]{2,8}[ ・][ァ-ヶー]{1,8})\)")
# a department or post in brackets after a one-word name (担当：Kenji（営業）, Contact: Ito (総務部))
_DEPT_NOTE = re.compile(r"[ ]?\((?:[㐀-鿿]{1,6}(?:部|課|係|室|局|班|科|務|長|担当)|人事|経理|営業|広報|企画|秘書|受付)[)・、,]")
# an age in brackets after a one-word name (Mia（3歳）, Leo (5 yrs))
_AGE_NOTE = re.compile(r"[ ]?\(\d{1,3}[ ]?(?:歳|才|か月|ヶ月|カ月|y|yo|yrs?|years?)")
_OTHER_SINGLE = re.compile(r"\(([㐀-鿿々]{1,4})\)")
_RELATION_NOTE = re.compile(r"[ ]?\([^)\n]{0,12}(?:母|父|妻|夫|友人|知人|息子|娘|兄|姉|弟|妹|祖|長男|長女|次男|次女|親戚|叔|伯|孫|いとこ|シッター)")
# a speaker at a line head followed by Japanese text (chat logs)
_SPEAKER = re.compile(rf"^[ ]*({_TW})[ ]?:[ ]?(?=[^\x00-\x7f])", re.M)
# a two- or three-word speaker at a line head before Japanese text (Kenji Sato: こんにちは), found from the colon
_COLON_JA = re.compile(r":(?<=[a-z]:)[ ]?[^\x00-\x7f]")
_MULTI_SPEAKER_HEAD = re.compile(rf"[ ]*({_TW}(?: {_TW}){{1,2}})[ ]?")
_ANY_SPEAKER = re.compile(r"^[ ]*[^\s:]{1,12}[ ]?:[ ]?(?=\S)", re.M)
# a kanji/kana given name or surname written before a latin surname in a name field (光 Nakamura-Silva)
_MIXED_HEAD = re.compile(r"[㐀-鿿々ぁ-んァ-ヶー]{1,4}[ ]\Z")
# a value inside a row (after a tab, a comma, a pipe or a number such as an address's block number)
_ROW_CELL = re.compile(r"(?:[\t,|]|[\d)][ ])[ ]*\Z")
_ABBREVIATION = re.compile(r"\.[ ]?[\dIVX(§]")
# initials before a name word (J. Smith, M.K. Lee) and before a kanji surname after a label (K.村瀬)
_INITIALS = re.compile(r"(?:(?<=[\s(:\"])|^)(?:[A-Z]\.[ ]?){1,2}\Z")
_GLUED_INITIAL = re.compile(r"(?:^|(?<=[\s(:\"]))[A-Z]\.\Z|[\s(:\"][A-Z]\.\Z")
_INITIAL_KANJI = _gated(r"(?<![A-Za-z.])[A-Z]\.[ ]?([㐀-鿿々]{1,4})(?=[ ]*(?:$|\n|\t|,|、|\(|さん|様|先生))", re.M)
_SYLLABLE_PAIR = re.compile(r"[A-Za-z][a-z]{1,4}-[a-z]{1,5}")
# a chat line with a time stamp then the speaker and a colon ([09:03] Sayaka Uchida: …, 21:05 Mika: …)
# (round 12: the date may stand before the time, [03/12 09:05] and [2024-11-06 09:02], and a role note in brackets
# between the speaker and the colon, Hằng (通訳): …)
_STAMP_DATE = r"(?:\d{1,4}[/-]\d{1,2}(?:[/-]\d{1,4})?[ ])?"
_STAMP_HEAD = re.compile(rf"^[ ]*\[?{_STAMP_DATE}\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]?[ ]+\Z", re.M)
# (found from the colon of the time, a literal head that keeps the pass fast; the line head is checked after)
# (the note in the speaker's language, 通訳, 管理者; not "(bot)")
_SPEAKER_NOTE = r"(?:\([^)\n\x00-\x7f][^)\n]{0,9}\)[ ]?)?"
_STAMP_SPEAKER = re.compile(rf":\d{{2}}(?::\d{{2}})?\]?[ ]+([^\n:]{{1,30}}?)[ ]?{_SPEAKER_NOTE}:")
_STAMP_LINE_HEAD = re.compile(rf"[ ]*\[?{_STAMP_DATE}\d{{1,2}}")
_SPEAKER_COLON = re.compile(rf"[ ]?{_SPEAKER_NOTE}:")
# a full name as the subject of an English sentence: a verb or an auxiliary right after it (Priya Raman will present)
_SUBJECT_VERB = re.compile(
    r"[ ](?:will|is|was|has|had|would|can|could|should|shall|may|might|must|did|does|and I|joined|presented|said|asked"
    r"|told|wrote|called|sent|left|arrived|agreed|replied|mentioned|confirmed|noted|suggested|reported)(?![A-Za-z])"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?][ ]{1,2})[ ]*\Z")
# duty labels of Japanese forms (受付：Matsui, 記入 Tanaka): the person who did it; one word must be a listed name
_DUTY_JA = re.compile(r"(?:受付|記入|対応|文責|送迎|通訳|同行|引率|入力|起票|検印|承認|点検|確認者)[ ]?(?:[:][ ]*|[ ]+)\Z")
# a department before the kanji name in a signature's bracket (Kaito（総務 西園寺）): only the name is one
_DEPT_WORD = re.compile(r"[㐀-鿿]{1,5}(?:部|課|係|室|局|班|科|所|務)|人事|経理|営業|広報|企画|秘書|受付")
# a singular name field holding "SURNAME, Given" (Name: SMITH, John): one name written surname first
_SINGLE_NAME_LABEL = re.compile(
    r"(?:^|[\s(|])(?:(?:full |legal )?name|氏名|名前|patient|applicant|guest|passenger|holder|insured)"
    r"[ ]?(?:\([^)\n]{0,30}\)[ ]?)?[:][ ]*\Z",
    re.I,
)
# a lower-case handle after a person label or in an author bracket (担当: wada, コメント（wada）): a listed Japanese name
# (found from the lower-case word after a colon or bracket, then the label is looked for before it)
_LOWER_VALUE = re.compile(r"[:(][ ]?([a-z]{3,12})(?=[ ]?(?:$|\n|/|\)|,|、))", re.M)
_LOWER_LABEL = re.compile(r"(?:担当者?|記入者?|対応者?|報告者|作成者|確認者|承認者|依頼者|コメント|レビュー)[ ]?\Z")
_OTHER_BEFORE = re.compile(
    r"(?:^|[\n\t|,:、])[ ]*(?:(?P<k>[㐀-鿿々]{1,4}[ ][㐀-鿿々ぁ-ん]{1,4})[ ]?[/／][ ]?"
    r"|(?P<kt>[ァ-ヶー]{2,8}(?:[・ ][ァ-ヶー]{1,8}){1,3})[ ]?\()\Z"
)
# a latin name alone in brackets after a kanji surname or full name (鈴木（Suzuki）, 山田 太郎（Taro Yamada）)
# a place or organisation word as the second part (名古屋 支店): no given name
_ORG_TAIL = re.compile(r"(?:店|社|部|課|係|室|局|班|科|所|院|署|校|園|館|庁|会|組|団)\Z")
# a katakana full name right before the bracket holding the latin one (ペレイラ・ルアナ（Luana Pereira）)
_KATAKANA_NAME_BEFORE_BRACKET = re.compile(r"(?<![ァ-ヶー])[ァ-ヶー]{2,8}(?:[・ ][ァ-ヶー]{1,8}){1,3}[ ]?\(\Z")
_SURNAME_BEFORE_BRACKET = re.compile(r"(?<![㐀-鿿々])([㐀-鿿々]{1,4})[ ]?\(\Z")
_FULL_NAME_BEFORE_BRACKET = re.compile(r"(?<![㐀-鿿々])([㐀-鿿々]{1,4})[ ][㐀-鿿々ぁ-ん]{1,4}[ ]?\(\Z")
# a degree or credential after a full name (Tadeusz Nowicki, PhD; Ana Lima, MD)
_CREDENTIAL_AFTER = re.compile(
    r",? (?:Ph\.?D\.?|M\.?D\.?|MBA|RN|DDS|Esq\.?|CPA|J\.?D\.?|MSc|BSc|MPH|MSW|FRCP)(?:,[^\n]*)?(?:$|\n|[ ]?[|(<])", re.M
)
# a Korean name in Hangul after a name label (이름: 김민준, Name: 이지은) or before 씨: forms of residents written in
# their language; the Japanese-script recognizer does not read Hangul
_HANGUL = re.compile("[가-힣]")
_HANGUL_NAME = _gated(
    r"(?:(?:이름|성명|[Nn]ame|氏名|名前|姓名|보호자|신청인)[ ]?(?:\([^)\n]{0,20}\)[ ]?)?:[ ]?([가-힣]{2,4}(?: [가-힣]{1,3})?)(?=[ ]*(?:$|\n|\t|,|\(|/))"
    # (씨 after a space: 님 and a glued 씨 follow titles too — 선생님, 고객님)
    r"|(?<![가-힣])([가-힣]{2,4}) 씨)",
    re.M,
)
# round 12: the surname-first form of residence cards and school registers written with a comma: the family name in
# capitals (one to four words, particles and JR included), a comma, then the given and middle names (DELA CRUZ, Maria
# Lourdes Santos; QUISPE MAMANI, Luis Fernando; DE LOS SANTOS JR, RICARDO MIGUEL), ending its field
_COMMA_FORM = _gated(
    rf"(?<![{_ANY}'/_.-])(?P<family>{_UW}(?:[ ]{_UW}){{0,3}}|{_TW}(?:[ ](?:{_PART}[ ])?{_TW}){{0,2}}),[ ]"
    rf"(?P<given>(?:{_TW}|{_UW})(?:[ ](?:{_TW}|{_UW}|[{_UP}]\.?)){{0,3}})"
    r"(?=[ ]?(?:$|\n|\t|\(|\||/|、|[ ]{2})|\"|[ ](?=[^\x00-\x7f]))",
    re.M,
)
# what stands before the form on its line: a label (氏名：, 児童名：, Name (as in passport):, 保護者（父）：) or a list
# item's number (① , (2) , 1. ) alone
_COMMA_FORM_GATE = re.compile(rf"[{_ANY}], [{_UP}]")  # (round 13: title case too, Brown, Emily)
_COMMA_FORM_HEAD = re.compile(r"(?:[:][ ]*|^[ ]*(?:[①-⑳]|\(\d{1,2}\)|\d{1,2}[.)])[ ]*)\Z", re.M)
# (a family name in title case, Rodrigues da Silva, Ana Paula, only as a whole table cell or after a label)
_CELL_OR_LABEL_HEAD = re.compile(r"(?:[:\t|][ ]*)\Z")
# round 13: a whole cell of a record — after a tab, a |, a CSV cell's opening quote or a full-width space (a column aligned
# with 　), closing at the cell's end ("Santos Oliveira, Juliana", <TAB>Brown, Emily<TAB>, 　Olsen, Henrik　, | SANTOS, Rodel
# Cruz（…）)
_CELL_HEAD = re.compile(r'(?:^|[\t|][ ]*|(?:^|,)\")\Z', re.M)
_CELL_END = re.compile(r'[ ]?(?:$|\t|\||\(|\"(?:,|$))', re.M)
_INVERTED_REST = re.compile(r",[ ]([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?=[ ]{2,}|\t|\n|\Z)")
_NAME_LABEL_RIGHT_BEFORE = re.compile(r"(?:^|[\s(|])(?:[A-Za-z]+[ ])?(?:[Nn]ame|NAME)[ ]?:[ ]*\Z")


def _name_word(word: str) -> bool:
    """round 8: the dictionary has ``word`` as a person's name, or it is katakana (光, ミゲル; not お子さん, 今日の)."""
    return bool(_KATAKANA_WORD.fullmatch(word)) or any(m.part_of_speech()[2] == "人名" for m in sudachi().dictionary.lookup(word))


_KATAKANA_WORD = re.compile(r"[ァ-ヶー]+")
_HEAD_LABEL = re.compile(r"(?:名|義|姓|氏|者|人|師|員|長|医|士|官|役|生|児|主|先|当|宛)[ ]\Z")
_MIXED_START = re.compile(r'(?:^|[\n\t,|":])[ ]?\Z')


@functools.lru_cache(maxsize=65536)  # (round 13: the same words are folded again and again; a pure function)
def _fold(word: str) -> str:
    """Hepburn spelling variants folded together (Ōno, Ohno, Oono, Ono; Yuuki, Yuki; Itou, Ito)."""
    w = unicodedata.normalize("NFKD", word.lower().replace("đ", "d"))  # (Vietnamese Đỗ: đ has no decomposition)
    w = "".join(ch for ch in w if not unicodedata.combining(ch))
    w = w.replace("ou", "o").replace("oo", "o").replace("uu", "u")
    return re.sub(r"oh(?![aeiouy])", "o", w)


def _load(file: str) -> dict[str, frozenset[str]]:
    """Folded name words by class: S/G Japanese surnames/given names, F/P foreign family/given names."""
    sets: dict[str, set[str]] = {k: set() for k in "SGFP"}
    text = resources.files("hogo.scan.data").joinpath(file).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line[:1] in sets and line[1:2] == " " and len(line) >= 5:
            sets[line[0]].add(_fold(line[2:].strip()))
    return {k: frozenset(v) for k, v in sets.items()}


_NAMES = _load("latin_names.txt")
SURNAMES, GIVEN_NAMES = _NAMES["S"], _NAMES["G"]
_HAND_SURNAMES, _HAND_GIVEN = _NAMES["S"] | _NAMES["F"], _NAMES["G"] | _NAMES["P"]
# round 11: foreign_names.txt (built from Faker's locales by build_foreign_names.py) adds to the foreign classes
_BUILT = _load("foreign_names.txt")
ALL_SURNAMES, ALL_GIVEN = _HAND_SURNAMES | _BUILT["F"], _HAND_GIVEN | _BUILT["P"]
# the hand list's name words, as other recognizers read them (person_handle's login ids keep to these)
ANY_SURNAMES, ANY_GIVEN = _HAND_SURNAMES, _HAND_GIVEN
# round 10: romanised readings of SudachiPy's 姓 entries that no 名 entry has, and the other way round
_READ_S, _READ_G = romaji_names()[0] - romaji_names()[1], romaji_names()[1] - romaji_names()[0]


_KANJI_KANA_NAME = re.compile(r"[㐀-鿿々ァ-ヶー]{1,5}[ ・][㐀-鿿々ぁ-んァ-ヶー]{1,6}")


# English stop words that are Vietnamese name words (Thu: autumn; Thursday's abbreviation in English)
# (round 12: My and An, given names as common as Thu — HOANG THI MY, NGUYEN VAN AN)
_VI_NAME_WORDS = frozenset({"thu", "my", "an"})
# Vietnamese family names of two letters (Lê, Đỗ, Võ, Vũ, Hồ, Lý): latin_names.txt holds words of three letters or more
_VI_SHORT_FAMILY = frozenset({"le", "do", "vo", "vu", "ho", "ly"})


def _vietnamese(words: list[str]) -> bool:
    """A Vietnamese name: a listed family name, the middle name Văn/Thị, then one or two given names (Nguyen Thi Thu
    Ha, TRAN VAN Minh)."""
    if len(words) not in (3, 4) or _fold(words[1]) not in ("van", "thi"):
        return False
    return _fold(words[0]) in ALL_SURNAMES or _fold(words[0]) in _VI_SHORT_FAMILY


def sound(word: str) -> str:
    """A latin or romanised katakana word folded to what katakana keeps (l/r, v/b, c/k; no h or u; no double)."""
    w = _fold(word).replace("l", "r").replace("v", "b").replace("c", "k").replace("h", "").replace("u", "")
    return re.sub(r"(.)\1", r"\1", w)


# round 12: a katakana name of one to five words (キスペ マテオ, ソムチャイ・ケーオプラスート); not across a comma, which
# separates the cells of a CSV row (グエン・ヴァン・ナム,グエン ヴァン ナム)
# (not before a kanji word other than an honorific: a katakana family name with a kanji given name, エスピノサ 由利, is
# person's whole name)
_KATAKANA_RUN = re.compile(r"(?<![ァ-ヶー・])[ァ-ヶー]{2,16}(?:[ ・][ァ-ヶー]{2,16}){0,4}(?![ァ-ヶー]|[ ]?(?!様|殿|氏|君)[㐀-鿿々]{1,3}(?![㐀-鿿々]))")
_KATAKANA_RUN_GATE = re.compile(r"[ァ-ヶー]{4}")


def _sounds_like(kana: list[str], latin: list[str]) -> bool:
    """Katakana words (as sounds) are a writing of the latin name's words: each like one of them (0.75), or all
    run together like the name run together (0.8); a single word only like a long word of the name (0.9)."""
    def like(a: str, b: str, cut: float) -> bool:
        return bool(a) and bool(b) and difflib.SequenceMatcher(None, a, b).ratio() >= cut

    if len(kana) == 1:
        return len(kana[0]) >= 6 and any(like(kana[0], w, 0.9) for w in latin)
    if all(any(like(k, w, 0.75) for w in latin) for k in kana):
        return True
    return like("".join(kana), "".join(latin), 0.8)


def _tokens(run: str) -> list[str]:
    return _SPLIT.findall(run)


class PersonLatinRecognizer(Recognizer):
    name = "person_latin"
    types = frozenset({PiiType.PERSON})

    def analyze(self, doc: Document) -> Iterable[Candidate]:
        text = doc.text
        if _HANGUL.search(text):
            for m in _HANGUL_NAME.finditer(text):
                g = 1 if m.start(1) >= 0 else 2
                yield Candidate(m.start(g), m.end(g), PiiType.PERSON, 0.9, self.name, True)
        if not _GATE.search(text):
            return
        # (after the gate: a document with a lower-case handle has latin words elsewhere too — IDs, High, PR #…)
        for m in _LOWER_VALUE.finditer(text):
            if (_fold(m.group(1)) in SURNAMES or _fold(m.group(1)) in GIVEN_NAMES) and _LOWER_LABEL.search(
                text, max(0, m.start() - 6), m.start()
            ):
                yield Candidate(m.start(1), m.end(1), PiiType.PERSON, 0.85, self.name, True)
        runs = self._runs(doc)
        found: list[Candidate] = []
        speakers = self._speakers(text)
        cells = self._name_cells(doc)
        memo: dict[tuple[str, int, int], bool] = {}
        for start, end, cued in runs:
            score = self._score(doc, start, end, cued, speakers, cells, memo)
            if score:
                found.append(Candidate(start, end, PiiType.PERSON, score, self.name, True))
                other = _OTHER_WRITING.match(text, end)
                if other and self._other_ok(other.group(1)):
                    found.append(Candidate(other.start(1), other.end(1), PiiType.PERSON, 0.7, self.name, True))
                elif not other and score >= 0.9 and text.startswith("(", end):
                    # a one-word kanji writing in brackets (Ms. Yamada（山田）): a dictionary surname
                    single = _OTHER_SINGLE.match(text, end)
                    if single and sudachi().is_surname(single.group(1)):
                        found.append(Candidate(single.start(1), single.end(1), PiiType.PERSON, 0.7, self.name, True))
                elif other and " " in other.group(1):
                    dept, _, name = other.group(1).partition(" ")
                    if _DEPT_WORD.fullmatch(dept) and any(sudachi().is_surname(name[:k]) for k in (3, 2, 1) if k <= len(name)):
                        # the writer's department and surname in brackets after a signature (Kaito（総務 西園寺）)
                        s = other.end(1) - len(name)
                        found.append(Candidate(s, other.end(1), PiiType.PERSON, 0.75, self.name, True))
                kb = _KANJI_BEFORE.search(text, max(0, start - 20), start) if score == 0.9 else None
                if kb and self._other_ok(kb.group(1)):  # the kanji writing before it (椿 俊介　Shunsuke Tsubaki)
                    found.append(Candidate(kb.start(1), kb.end(1), PiiType.PERSON, 0.7, self.name, True))
                # the other writing before a slash or before the bracket holding the latin name
                # (佐藤 花子 / Hanako Sato, グエン・ティ・ラン（Nguyen Thi Lan）)
                ob = _OTHER_BEFORE.search(text, max(0, start - 24), start) if score >= 0.8 else None
                if ob and (
                    ob.group("k") is None
                    or (sudachi().is_surname(ob.group("k").split(" ")[0]) and not _ORG_TAIL.search(ob.group("k")))
                ):
                    g = "k" if ob.group("k") is not None else "kt"
                    found.append(Candidate(ob.start(g), ob.end(g), PiiType.PERSON, 0.7, self.name, True))
                # round 8: "Name: O'Brien, Siobhan" — a name label, one word, a comma, one word closing the field: the
                # surname-first form of forms and registers, one name (not two)
                inverted = _INVERTED_REST.match(text, end) if " " not in text[start:end] else None
                if inverted and _NAME_LABEL_RIGHT_BEFORE.search(text, max(0, start - 16), start):
                    found.append(Candidate(start, inverted.end(1), PiiType.PERSON, score + 0.02, self.name, True))
                head = _MIXED_HEAD.search(text, max(0, start - 5), start)
                if (
                    head
                    and score >= 0.9
                    and _MIXED_START.search(text, max(0, head.start() - 3), head.start())
                    and not _HEAD_LABEL.search(head.group())
                    and _name_word(head.group()[:-1])
                ):
                    found.append(Candidate(head.start(), end, PiiType.PERSON, score + 0.01, self.name, True))
        if "." in text:
            for m in _INITIAL_KANJI.finditer(text):
                word = m.group(1)
                before = text[max(text.rfind("\n", 0, m.start()) + 1, m.start() - 40) : m.start()]
                if (_LABEL_JA.search(before) or _LABEL_BEFORE.search(before)) and any(
                    sudachi().is_surname(word[:k]) for k in (3, 2, 1) if k <= len(word)
                ):
                    found.append(Candidate(m.start(), m.end(1), PiiType.PERSON, 0.9, self.name, True))
        if "/" in text:
            for m in _PNR_NAME.finditer(text):
                g = 1 if m.start(1) >= 0 else 2
                found.append(Candidate(m.start(g), m.end(g), PiiType.PERSON, 0.9, self.name, True))
        if len(found) >= 2:
            found = self._surname_first(text, found)
        if _COMMA_FORM_GATE.search(text):
            found.extend(self._comma_forms(text, doc))
        if found and _KATAKANA_RUN_GATE.search(text):
            found.extend(self._katakana_echoes(text, found))
        if found:
            found.extend(self._spread(text, runs, found))
        yield from found

    @staticmethod
    def _runs(doc: Document) -> list[tuple[int, int, bool]]:
        """Name runs with leading cue/stop words peeled off; (start, end, a cue word was peeled)."""
        text = doc.text
        wide_space = "\u3000" in doc.norm.original
        out = []
        for m in _RUN.finditer(text):
            if text[m.start() - 1 : m.start()] == "@" and re.match(r"[\w.-]", text[m.start() - 2 : m.start() - 1]):
                continue  # an e-mail domain (info@Example.com); a mention (@Haruka) stays
            if text[m.start() - 1 : m.start()] == "." and not _GLUED_INITIAL.match(text, max(0, m.start() - 3), m.start()):
                continue  # after a full stop (file.Txt, end.Next), unless a lone initial (T.KAWASE)
            toks = list(_SPLIT.finditer(m.group()))
            if _ABBREVIATION.match(text, m.end()):
                toks.pop()  # an abbreviation before a number (Art. 16, No. 5, Vol. 2)
            elif (
                len(toks) >= 2
                and text.startswith(":", m.end())
                and not _STAMP_HEAD.search(text, text.rfind("\n", 0, m.start()) + 1, m.start())
                and not (
                    # a speaker at a line head before Japanese text (Kenji Sato: …), not a field label (… Nationality:)
                    toks[-1].group().lower() not in _PEEL
                    and not text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip()
                    and _COLON_JA.match(text, m.end())
                )
            ):
                toks.pop()  # the next field's label (CHEN WEI Nationality: …), not a chat speaker after a time stamp
            if not toks:
                continue
            if wide_space and len(toks) >= 2:
                for k in range(1, len(toks)):  # a full-width space separates fields, not name words
                    a = doc.norm.to_original(m.start() + toks[k].start() - 1, m.start() + toks[k].start())[0]
                    if doc.norm.original[a] == "\u3000":
                        toks = toks[:k]
                        break
            cued = False
            i = 0
            while i < len(toks) and toks[i].group().lower() in _PEEL:
                # a title or greeting as written (Dr, Dear), not an upper-case acronym (MS, DR)
                cued = cued or (toks[i].group().lower() in _CUE_WORDS and not toks[i].group().isupper())
                i += 1
            if (
                i == 0
                and len(toks) >= 2
                and toks[0].group().istitle()
                and toks[0].group().lower() in _VI_ADDRESS
                and toks[1].group()[0].isupper()  # (Em đã: đ is in the letter ranges of both cases)
                and _vietnamese_line(text, m.start())
            ):
                cued, i = True, 1  # Anh Tuấn, Chị Hằng
            if i == len(toks):
                continue
            if any(toks[k].group().lower() in ORG_WORDS for k in range(i)):
                continue  # the words after an organisation or place word belong to it (Dear City Hall, Tokyo Gas)
            rest = toks[i:]
            words = [t.group() for t in rest]
            vietnamese = _vietnamese(words)
            if any(
                (w.lower() in _STOP and not (vietnamese and w.lower() in _VI_NAME_WORDS))
                or w.lower() in _CUE_WORDS
                or _PLACE_TAIL.search(w)
                for w in words
            ):
                continue
            if all(w.isupper() and len(w) <= 3 for w in words) and not (
                len(words) >= 2 and any(_fold(w) in ALL_SURNAMES for w in words)
            ):
                continue  # acronyms (NPO, ALT, JTAS), not a short Korean or Chinese name (KIM MIN JI)
            start = m.start() + rest[0].start()
            initials = _INITIALS.search(text, max(0, start - 8), start) if i == 0 else None
            out.append((initials.start() if initials else start, m.start() + rest[-1].end(), cued))
        return out

    @staticmethod
    def _name_cells(doc: Document) -> frozenset[tuple[int, int]]:
        """Cells of table columns whose header names a person (rows shaped like the header line)."""
        text = doc.text
        if ("," not in text and "\t" not in text and "|" not in text) or not _NAME_WORD.search(text, 0, 20000):
            return frozenset()
        return frozenset(doc.cells_under(_NAME_HEADER, sql=False, html=False))

    @staticmethod
    def _column_of_names(doc: Document, start: int, end: int, memo: dict[tuple[str, int, int], bool]) -> bool:
        """A whole table cell whose column holds at least two kanji/kana names (full names SudachiPy tags)."""
        text = doc.text
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        for sep in ("\t", ",", "|"):
            if text.count(sep, line_start, line_end) < 2:
                continue
            a = text.rfind(sep, line_start, start)
            b = text.find(sep, end, line_end)
            if text[a + 1 if a >= 0 else line_start : start].strip(' "') or text[end : b if b >= 0 else line_end].strip(' "'):
                continue  # not the whole cell
            col = text.count(sep, line_start, start)
            width = text.count(sep, line_start, line_end)
            key = (sep, col, width)
            if key not in memo:
                memo[key] = PersonLatinRecognizer._count_names(doc, sep, col, width) >= 2
            return memo[key]
        return False

    @staticmethod
    def _count_names(doc: Document, sep: str, col: int, width: int) -> int:
        """Kanji/kana full names SudachiPy tags in column ``col`` of the rows with ``width`` separators."""
        text = doc.text
        names = 0
        tokens = doc.tokens
        starts = [t.start for t in tokens]
        pos = 0
        for line in text.splitlines(keepends=True):
            body = line.rstrip("\r\n")
            if body.count(sep) == width:
                cells = body.split(sep)
                cell = cells[col].strip(' "')
                if cell and _KANJI_KANA_NAME.fullmatch(cell):
                    cell_start = pos + sum(len(c) + 1 for c in cells[:col])
                    i = bisect.bisect_left(starts, cell_start)
                    cell_end = cell_start + len(cells[col])
                    if any(t.pos[3] == "姓" for t in itertools.takewhile(lambda t: t.start < cell_end, tokens[i:i + 6])):
                        names += 1
                        if names >= 2:
                            return names
            pos += len(line)
        return names

    @staticmethod
    def _speakers(text: str) -> dict[str, int]:
        counts: dict[str, int] = {}
        if ":" in text:
            counts[""] = len(_TIME_HEAD.findall(text))
            # speakers after a time stamp ([09:03] Sayaka Uchida: …): "\0" holds the count of such lines, "\0" + name
            # the count of each speaker
            for m in _STAMP_SPEAKER.finditer(text):
                if not _STAMP_LINE_HEAD.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, m.start()):
                    continue
                counts["\0"] = counts.get("\0", 0) + 1
                counts["\0" + m.group(1)] = counts.get("\0" + m.group(1), 0) + 1
            # two- or three-word speakers at a line head before Japanese text: "\1" + name their count
            for m in _COLON_JA.finditer(text):
                head = _MULTI_SPEAKER_HEAD.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, m.start())
                if head:
                    counts["\1" + head.group(1)] = counts.get("\1" + head.group(1), 0) + 1
        if len(_ANY_SPEAKER.findall(text)) < 3:
            return counts
        for m in _SPEAKER.finditer(text):
            counts[m.group(1)] = counts.get(m.group(1), 0) + 1
        return counts

    @staticmethod
    def _mail_of(words: list[str], local: str) -> bool:
        """The local part of an address is made from the name (r.hoshino, kenji_ota, mwebb)."""
        local = local.lower()
        folded = [_fold(w.replace("'", "")) for w in words]
        return any(len(w) >= 3 and (w.lower() in local or f in _fold(local)) for w, f in zip(words, folded))

    @staticmethod
    def _surname_first(text: str, found: list[Candidate]) -> list[Candidate]:
        """Join "SMITH, John" in a singular name field: a word that is no listed given name, a comma, then given
        names (the first listed as one, not as a surname) ending the field."""
        found.sort(key=lambda c: c.start)
        out: list[Candidate] = []
        i = 0
        while i < len(found):
            a = found[i]
            b = found[i + 1] if i + 1 < len(found) else None
            if (
                b is not None
                and text[a.end : b.start] in (",", ", ")
                and (len(_tokens(text[a.start : a.end])) == 1 or text[a.start : a.end].isupper())
                and _fold(text[a.start : a.end]) not in ALL_GIVEN
                and _fold(_tokens(text[b.start : b.end])[0]) in ALL_GIVEN
                and (
                    _fold(_tokens(text[b.start : b.end])[0]) not in ALL_SURNAMES
                    # round 11: the case tells the parts apart (O'CONNOR, David James: David is a family name too)
                    or (text[a.start : a.end].isupper() and not text[b.start : b.end].isupper())
                )
                and (
                    # (the field ends at the line's end or at a gap of two spaces before the next field: … Siobhan   Date of birth)
                    ((_LINE_END.match(text, b.end) or text.startswith("  ", b.end))
                     and _SINGLE_NAME_LABEL.search(text, max(0, a.start - 40), a.start))
                    # a quoted display name ("Sato, Kenji" <kenji.sato@…>)
                    or (text[a.start - 1 : a.start] == '"' and text[b.end : b.end + 1] == '"')
                )
            ):
                out.append(Candidate(a.start, b.end, PiiType.PERSON, max(a.score, b.score), PersonLatinRecognizer.name, True))
                i += 2
                continue
            out.append(a)
            i += 1
        return out

    @staticmethod
    def _comma_forms(text: str, doc: Document | None = None) -> list[Candidate]:
        """Round 12: "FAMILY NAME, Given Middle" after a label or a list number, one name (not a family name and a
        second person). Capitals then title case: a listed word on either side. Both parts in capitals, or both in
        title case (then only as a whole cell or after a label: Rodrigues da Silva, Ana Paula): the case no longer
        tells them apart, so the family part needs a listed family-name word and the first given word must be a
        listed given name and no family name."""
        out = []
        for m in _COMMA_FORM.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            upper = m.group("family").isupper()
            head = _COMMA_FORM_HEAD if upper else _CELL_OR_LABEL_HEAD
            if not head.search(text, max(line_start, m.start() - 12), m.start()) and not (
                doc is not None
                and (_CELL_HEAD.search(text, max(line_start, m.start() - 3), m.start()) or PersonLatinRecognizer._wide_space(doc, m.start() - 1))
                and (_CELL_END.match(text, m.end()) or PersonLatinRecognizer._wide_space(doc, m.end()))
            ):
                continue
            words = _tokens(m.group("family")) + _tokens(m.group("given"))
            if any(w.lower() in _PEEL or w.lower() in ORG_WORDS for w in words):
                continue
            family = [_fold(w) for w in _tokens(m.group("family"))]
            given = _tokens(m.group("given"))
            first = _fold(given[0]) if given else ""
            listed_family = any(w in ALL_SURNAMES for w in family)
            if m.group("given").isupper():
                # (the case no longer tells the parts apart)
                if not upper or first not in ALL_GIVEN or first in ALL_SURNAMES or not listed_family:
                    continue
            elif upper:
                # round 12: capitals, then title case — the case tells the parts apart; a listed word on either side
                # (HOFFMANN, Lena Marie; QUISPE MAMANI, Luis Fernando)
                if first not in ALL_GIVEN and not listed_family:
                    continue
            elif not (listed_family and first in ALL_GIVEN and first not in ALL_SURNAMES):
                continue  # title case on both sides: a listed family name and a listed given name that is no family name
            out.append(Candidate(m.start(), m.end(), PiiType.PERSON, 0.95, PersonLatinRecognizer.name, True))
        return out

    @staticmethod
    def _katakana_echoes(text: str, found: list[Candidate]) -> list[Candidate]:
        """Round 12: the katakana writing of a latin name found in the same document (QUISPE MAMANI LUIS FERNANDO …
        キスペ ママニ ルイス フェルナンド, 「キスペ マテオ」, ソムチャイ・ケーオプラスート): katakana words separated by a space or
        ・ that sound like the latin name's words — each word like one of them, or the words run together like
        the name run together (ラムチャンドラ シャルマポウデル). One katakana word alone must be a long given name of it
        (バレンティナ)."""
        latin = [text[c.start : c.end] for c in found if c.score >= 0.8 and text[c.start].isascii()]
        if not latin:
            return []
        names = [[sound(w) for w in _tokens(n)] for n in set(latin)]
        out = []
        for m in _KATAKANA_RUN.finditer(text):
            kana = [romanise_kana(w) for w in re.split(r"[ ・]", m.group())]
            if any(k is None for k in kana):
                continue
            words = [sound(k) for k in kana]
            if any(_sounds_like(words, name) for name in names):
                out.append(Candidate(m.start(), m.end(), PiiType.PERSON, 0.93, PersonLatinRecognizer.name, True))
        return out

    @staticmethod
    def _wide_space(doc: Document, pos: int) -> bool:
        """A full-width space in the original text at ``pos``: it separates fields (Signature: O. Ito　Date: …)."""
        if doc.text[pos : pos + 1] != " " or "\u3000" not in doc.norm.original:
            return False
        a = doc.norm.to_original(pos, pos + 1)[0]
        return doc.norm.original[a] == "\u3000"

    @staticmethod
    def _other_ok(other: str) -> bool:
        if "ァ" <= other[0] <= "ヺ":
            return True  # a katakana reading
        head = other.split(" ")[0]
        if _DEPT_WORD.fullmatch(head):
            return False  # a department and a name (総務 西園寺): only the name is one (analyze)
        return any(sudachi().is_surname(head[:k]) for k in (3, 2, 1) if k <= len(head))

    def _score(
        self,
        doc: Document,
        start: int,
        end: int,
        cued: bool,
        speakers: dict[str, int],
        cells: frozenset[tuple[int, int]],
        memo: dict[tuple[str, int, int], bool],
    ) -> float:
        text = doc.text
        line_start = text.rfind("\n", 0, start) + 1
        before = text[max(line_start, start - 110) : start]
        run = text[start:end]
        words = _tokens(run)
        single = len(words) == 1
        if cued or _TITLE_BEFORE.search(before) or _HONORIFIC_AFTER.match(text, end) or (
            run[0].isupper()  # (đ, ấ: the letter ranges hold lower case too)
            and (_FOREIGN_TITLE_BEFORE.search(before) or (_VI_TITLE_BEFORE.search(before) and _vietnamese_line(text, start)))
        ):
            return 0.92
        listed = any(_fold(w) in ALL_GIVEN or _fold(w) in ALL_SURNAMES for w in words)
        if listed and run[0].isupper() and _TAGALOG_MARKER_BEFORE.search(before):
            return 0.9  # Tagalog's person marker before a listed name (si Cora, ni Mark)
        if _vietnamese(words) and len(words) == 4:
            # (three words: the rule of two- and three-word runs below; round 12: after a label as strong as a label's
            # other names, over the three-word romaji reading of person — 通訳者：Phan Thi Ngoc Lan)
            return 0.92 if _LABEL_JA.search(before) or _LABEL_BEFORE.search(before) else 0.8
        if (
            speakers.get("\0", 0) >= 2
            and _SPEAKER_COLON.match(text, end)
            and _STAMP_HEAD.search(text, line_start, start)
            # a listed name word, or the same two-word speaker again with Japanese text (not a log's "Build: ok")
            and (listed or (speakers.get("\0" + run, 0) >= 2 and not single and not text[end + 1 : end + 3].strip().isascii()))
        ):
            return 0.9  # a chat speaker after a time stamp ([09:03] Sayaka Uchida: …), in a chat of such lines        # a single word must end its field; a bracket after it only holds a note about a person
        whole_field = (bool(_FIELD_END.match(text, end)) or self._wide_space(doc, end)) and not (
            single
            and text.startswith("(", end)
            and not _RELATION_NOTE.match(text, end)
            and not _DEPT_NOTE.match(text, end)
            and not _AGE_NOTE.match(text, end)
        )
        json_key = _JSON_KEY.search(before)
        if json_key:
            key = json_key.group()
            # a bare "name" key names anything (products, systems): one word needs a person's key
            if _NOT_NAME_KEY.search(key) or (single and not _PERSON_KEY.search(key) and key.endswith('"')):
                return 0.0
            return 0.92 if whole_field else 0.0
        if _KIN_BEFORE.search(before) or _REL_JA_BEFORE.search(before):
            return 0.92
        html = _HTML_VALUE.search(before)
        if html:
            return 0.92 if whole_field and not _NOT_NAME_KEY.search(html.group()[6:].split('"')[0]) else 0.0
        if (
            before.strip() == ""
            and speakers.get("", 0) >= 2
            and _TIME_HEAD.match(text, end)
            and any(_fold(w) in ALL_GIVEN or _fold(w) in ALL_SURNAMES for w in words)
        ):
            return 0.9  # a speaker line with its time, in a chat of two or more such lines
        mail = _DISPLAY_MAIL.match(text, end) if len(words) in (2, 3) else None
        if mail and self._mail_of(words, mail.group(1)):
            return 0.9
        if not single:
            kb = _KANJI_BEFORE.search(before)
            if kb and self._other_ok(kb.group(1)) and any(_fold(w) in ALL_GIVEN or _fold(w) in ALL_SURNAMES for w in words):
                return 0.9
        if not single and _CREDENTIAL_AFTER.match(text, end):
            return 0.85  # a degree or credential after a full name (Tadeusz Nowicki, PhD)
        if listed and text.startswith(")", end) and _KATAKANA_NAME_BEFORE_BRACKET.search(before):
            return 0.85  # the latin writing of a katakana name in brackets (ペレイラ・ルアナ（Luana Pereira）)
        if listed and text.startswith(")", end):
            kn = _SURNAME_BEFORE_BRACKET.search(before) or _FULL_NAME_BEFORE_BRACKET.search(before)
            # (two kanji at least: a one-kanji surname is often a word too — 製品 桜（Sakura）)
            if kn and len(kn.group(1)) >= 2 and sudachi().is_surname(kn.group(1)):
                return 0.85  # the romaji writing of a kanji name in brackets (鈴木（Suzuki）)
        if _FAMILY_LABEL.search(before) and (whole_field or not single or text.startswith(" (", end)):
            return 0.92
        if _LABEL_BEFORE.search(before):
            if single and run.lower() in before.lower():
                return 0.0  # the label's own word (signature: Signature)
            return 0.92 if (whole_field or not single) else 0.0
        if _LABEL_JA.search(before) and (whole_field or _RELATION_NOTE.match(text, end)):
            return 0.92
        if listed and whole_field and _DUTY_JA.search(before):
            return 0.9  # a duty label of a form (受付：Matsui, 記入 Tanaka)
        if (
            any(_fold(w) in ALL_GIVEN for w in words)  # a given name: brands come from surnames (Honda Civic)
            and len(words) in (2, 3)
            and not any(w.isupper() and len(w) <= 3 for w in words)  # an acronym makes a product (Maria DB)
            and _SUBJECT_VERB.match(text, end)
            and (before.strip() == "" and len(before) == start - line_start or _SENTENCE_START.search(before))
        ):
            return 0.8  # a full name as the subject of an English sentence (Hi all, ⏎ Priya Raman will present …)
        if before.strip() == "" and _LINE_END.match(text, end) and _SIGN_OFF.search(text, max(0, start - 40), start):
            return 0.92
        if listed and before.strip() == "" and _LINE_END.match(text, end) and _SIG_DELIM.search(text, max(0, start - 8), start):
            return 0.9  # the name under a signature delimiter (-- ⏎ Kenji Morimoto)
        if (listed or len(words) in (2, 3)) and _LINE_END.match(text, end) and _SIGN_OFF_INLINE.search(before):
            return 0.9  # the sign-off and the name on one line (Thanks, Mei)
        if listed and _GREETED_PAIR.search(before):
            return 0.9
        if listed and text[start - 1 : start] == "@" and _MENTION.search(text, max(0, start - 2), start):
            return 0.85  # a chat mention (@Haruka 確認お願いします)
        if (listed or not single) and text.startswith(")", end) and _AUTHOR_BEFORE.search(before):
            return 0.85  # the author of a note in brackets (レビューコメント（Nakagawa）)
        if (
            not single
            and not before.strip()
            and _COLON_JA.match(text, end)
            and listed
            and speakers.get("\1" + run, 0) >= 2
        ):
            return 0.9  # a chat speaker of two or three words with a listed name word, speaking twice (Kenji Sato: …)
        if single and run in speakers and speakers[run] >= 2 and start == line_start + len(before) - len(before.lstrip()):
            return 0.9
        if listed and _KATAKANA_LABEL.search(before):
            return 0.9  # a katakana role as the label (オペレーター：Sato)
        if single and len(run) >= 4 and _fold(run) in ALL_GIVEN and _JA_BEFORE.search(before) and _JA_AFTER.match(text, end):
            return 0.8  # a listed given name used in Japanese prose (…。Priya は, ・Emma（海外営業）)
        if (start, end) in cells:
            return 0.92  # a whole cell of a name column
        if not single and self._column_of_names(doc, start, end, memo):
            return 0.85
        if _OTHER_WRITING.match(text, end) and not single and self._other_ok(_OTHER_WRITING.match(text, end).group(1)):
            return 0.9
        if _RELATION_NOTE.match(text, end) and _FIELD_START.search(before):
            return 0.85
        if len(words) in (2, 3):
            folded = [_fold(w) for w in words if "-" not in w or _SYLLABLE_PAIR.fullmatch(w)]
            if len(folded) == len(words):
                sur = [w in ALL_SURNAMES for w in folded]
                # a hyphenated pair of syllables is a Korean or Chinese given name (Seo-yeon, Ji-hoon)
                giv = [w in ALL_GIVEN or bool(_SYLLABLE_PAIR.fullmatch(w)) for w in folded]
                # a given name and a family name, in either order (Kenji Mori, NGUYEN Minh, Maria Santos)
                if (sur[0] and giv[-1]) or (giv[0] and sur[-1]):
                    return 0.8
                # round 10: one word listed by hand, the other a reading of SudachiPy's 姓 (or 名) only (Sayaka Kuroiwa,
                # MAKABE NAOMI; not Minato Mirai: mirai is a reading of both)
                bs, bg = _READ_S, _READ_G
                # (the hand list's words only: a built foreign name and a Japanese reading make no name — Rio Grande)
                hs = [w in _HAND_SURNAMES for w in folded]
                hg = [w in _HAND_GIVEN for w in folded]
                if len(words) == 2 and ((hs[0] and folded[1] in bg) or (hg[0] and folded[1] in bs)
                                        or (folded[0] in bs and hg[1]) or (folded[0] in bg and hs[1])):
                    return 0.8
                # a Vietnamese family name, the middle name Văn/Thị, then the given name (Nguyen Van An, TRAN THI Mai)
                if _vietnamese(words):
                    return 0.8
            if len(words) == 2 and whole_field and _ROW_CELL.search(before):
                # one Japanese name word and another word as a value in a row (Pereira Tomoko after an address)
                if any(_fold(w) in SURNAMES or _fold(w) in GIVEN_NAMES for w in words):
                    return 0.7
        return 0.0

    def _spread(self, text: str, runs: list[tuple[int, int, bool]], found: list[Candidate]) -> list[Candidate]:
        """Confirmed names elsewhere in the document: the same run, or one of its words used alone."""
        done = {(c.start, c.end) for c in found}
        names = {text[c.start : c.end] for c in found if c.score >= 0.7 and text[c.start].isascii()}
        # the words of a full name used alone (Kenta after Kenta Oyama); a one-word name does not spread
        parts = {w for n in names if len(_tokens(n)) >= 2 for w in _tokens(n) if len(w) >= 3}
        # a one-word name from a strong cue spreads too when it is a listed name word (Attendees: …, Nakamura)
        parts |= {n for n in names if len(_tokens(n)) == 1 and len(n) >= 4 and (_fold(n) in ALL_SURNAMES or _fold(n) in ALL_GIVEN)}
        names = {n for n in names if len(_tokens(n)) >= 2}
        # round 12: the name's words in another order or case, or some of them (DELA CRUZ, Maria Lourdes Santos …
        # "DELA CRUZ MARIA LOURDES SANTOS"; SOMCHAI KAEWPRASERT … Somchai Kaewprasert, KAEWPRASERT SOMCHAI): residence
        # cards, passports and Japanese forms order a foreign name differently
        word_sets = [frozenset(_fold(w) for w in _tokens(n)) for n in names]
        out = []
        for start, end, _ in runs:
            if (start, end) in done:
                continue
            run = text[start:end]
            words = _tokens(run)
            if run in names or run in parts or (
                len(words) >= 2 and any({_fold(w) for w in words} <= ws for ws in word_sets)
            ):
                out.append(Candidate(start, end, PiiType.PERSON, 0.75, self.name, True))
        return out
