"""Pattern recognizers with validation: numbers and codes (電話, 郵便番号, 個人番号, cards, 旅券 …).

All patterns run on NFKC-normalised text (full-width digits are ASCII here). Digit boundaries are
ASCII-only: ``TEL03-1234-5678`` must match, while ``\\w`` would treat the Japanese around a number as
part of a word.
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Iterable

from hogo.ids import mynumber
from hogo.scan.document import Document, sudachi
from hogo.scan.recognizers.base import (
    Candidate,
    Pattern,
    PatternRecognizer,
    Recognizer,
    _gated,
    digits_only,
    words_re,
)
from hogo.scan.types import PiiType

# A leading 0 with no digit/letter/hyphen before it, nor a full stop unless it ends TEL./FAX. (TEL.03-1234-5678).
# The look-behinds come after the first character: a pattern that starts with a literal lets the regex engine skip
# ahead to candidate positions, one that starts with a look-behind is tried at every position (several times slower).
# (a label glued to the number is no word around it: TEL03-…, ℡ (NFKC: TEL), FAX06-…)
_NB0 = r"0(?<![0-9\-_A-KM-WYZa-km-wyz]0)(?<!(?<!TE|Te|te)[Ll]0)(?<!(?<!FA|Fa|fa)[Xx]0)(?<!(?<!TEL|Tel|tel|FAX|Fax|fax)\.0)"
_NA = r"(?![0-9A-Za-z\-_])"  # none after (a full stop may end a sentence)
_DASH = r"[\-ー]"


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


class EmailRecognizer(PatternRecognizer):
    name = "email"
    type = PiiType.EMAIL
    patterns = (
        Pattern(
            "email",
            _re(r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62}\.)+[A-Za-z]{2,24}(?![A-Za-z0-9\-])"),
            0.95,
        ),
    )

    def validate(self, matched: str) -> float | None:
        local = matched.split("@", 1)[0]
        return None if ".." in matched or local.endswith(".") else 0.0

    def rescore(self, doc: Document, cand: Candidate) -> Candidate:
        # round 9: the id of a message in a mail header (Message-ID: <…@host>, In-Reply-To, References) has an
        # address's shape but names no one
        line_start = doc.text.rfind("\n", 0, cand.start) + 1
        if _MESSAGE_ID_HEADER.match(doc.text, line_start) or (
            doc.text[line_start : line_start + 1] in " \t" and _MESSAGE_ID_FOLDED.search(doc.text, max(0, line_start - 400), line_start)
        ):
            return Candidate(cand.start, cand.end, cand.type, 0.0, cand.recognizer, True)
        return super().rescore(doc, cand)


# (round 9b: and the UID of an iCalendar event or a vCard, which often has an address's shape: UID:ev-2024@host)
_MESSAGE_ID_HEADER = re.compile(r"(?i:message-id|in-reply-to|references|content-id|x-message-id|thread-index)[ ]?:|UID[:;]")
# a folded header line continues the References: header above it
_MESSAGE_ID_FOLDED = re.compile(r"(?i:references|in-reply-to)[ ]?:[^\n]*\n(?:[ \t][^\n]*\n)*\Z")


# 携帯 (070/080/090), IP phone (050) and 0800 free-dial numbers have 11 digits; other numbers 10.
_ELEVEN = ("070", "080", "090", "050", "0800", "020")


def _phone_digits_ok(digits: str) -> bool:
    if digits.startswith("81") and not digits.startswith("0"):
        digits = "0" + digits[2:]
        if digits.startswith("00"):
            digits = digits[1:]
    if not digits.startswith("0") or digits.startswith("00"):
        return False
    return len(digits) == (11 if digits.startswith(_ELEVEN) else 10)


# a number whose digits after the area code are all zeros (the 市内局番 never starts with 0 either)
_PLACEHOLDER_PHONE = re.compile(r"^\(?\d{1,5}\)?[^\d]{1,3}0+[^\d]{1,3}0+$")


def _foreign_delta(number: str) -> float | None:
    """Round 10: a foreign number in international form, checked against the numbering plan of its country by
    libphonenumber (``phonenumberslite``): valid there → +0.45 (reported without a context word: +33 6 12 48 90 37,
    +82-10-5521-3308); only of a possible length → 0.0 (a context word decides); neither → not a phone."""
    import phonenumbers  # (imported on the first foreign number: most texts hold none)

    try:
        parsed = phonenumbers.parse(number)
    except phonenumbers.NumberParseException:
        return None
    if phonenumbers.is_valid_number(parsed):
        return 0.45
    return 0.0 if phonenumbers.is_possible_number(parsed) else None


_NATIONAL_FOREIGN = re.compile(r"(?:\(\d{2}\) ?9\d{4}-\d{4}|1[3-9]\d-\d{4}-\d{4}|9[6-8]\d{8})")


class PhoneRecognizer(PatternRecognizer):
    """Japanese telephone/FAX numbers: 03-1234-5678, (03)1234-5678, 03(1234)5678, 090-1234-5678, +81 …"""

    name = "phone"
    type = PiiType.PHONE
    patterns = (
        Pattern(
            "separated",
            _re(_NB0 + r"\d{1,4}" + _DASH + r"\d{1,4}" + _DASH + r"\d{3,4}" + _NA),
            0.7,
        ),
        # (or spaces around the hyphens: 03 - 1234 - 5678, as OCR and some forms write it; a context word decides)
        Pattern("spaced", _re(_NB0 + r"\d{1,4}( | - | ー )\d{1,4}\1\d{3,4}" + _NA), 0.45),
        # a mobile/IP number written with spaces (090 1234 5678): the 0X0 prefix and 4+4 digits are distinctive
        Pattern("spaced-mobile", _re(_NB0 + r"[5789]0 \d{4} \d{4}" + _NA), 0.6),
        # round 11: a number read out with の between its groups, as speech recognition writes it (090の4471の2086)
        Pattern("spoken", _re(_NB0 + r"\d{1,4}の\d{1,4}の\d{3,4}" + _NA), 0.6),
        Pattern("paren-area", _re(r"\(0\d{1,4}\)[ \-]?\d{1,4}" + _DASH + r"?\d{3,4}" + _NA), 0.7),
        # (spaces may stand around the bracketed exchange: 03 (1234) 5678)
        Pattern("paren-local", _re(_NB0 + r"\d{1,4}(?:\(\d{1,4}\)| \(\d{1,4}\) ?)\d{3,4}" + _NA), 0.7),
        Pattern("plain", _re(_NB0 + r"\d{9,10}" + _NA), 0.3),
        # round 8: a mobile or IP-phone number unseparated (09012345678): 070/080/090/050 and eight digits, eleven in all,
        # is the number plan's own shape for these
        Pattern("plain-mobile", _re(_NB0 + r"[5789]0\d{8}" + _NA), 0.55),
        # dots as separators (FAX 03.1234.5678): needs a context word
        # (or middle dots: 03・1234・5678)
        Pattern("dotted", _re(_NB0 + r"\d{1,4}([.・])\d{1,4}\1\d{3,4}(?![0-9A-Za-z\-_]|[.・]\d)"), 0.3),
        Pattern(
            "international",
            _re(r"\+81[\- ]?(?:\(0\)|0)?\d{1,4}[\- ]?\d{1,4}[\- ]?\d{3,4}" + _NA),
            0.75,
        ),
        # a foreign number (+34 612 555 190, +1-415-555-0132, +33 6 12 48 90 37): one that the numbering plan of its
        # country allows (libphonenumber's metadata, :func:`_foreign_delta`) stands alone; a merely possible one only
        # with a context word (連絡先, TEL)
        Pattern("international-other", _re(r"\+(?!81)[1-9]\d{0,2}(?:[\- ]\d{1,8}){1,5}" + _NA), 0.3),
        # round 12: a foreign number in its country's own national form, which no Japanese number has — a Brazilian
        # mobile with its area code in brackets ((11) 98214-3307), a Chinese mobile (138-2291-0476), a Nepali or Indian
        # mobile (9841502286): only with a context word (WhatsApp：, 手机：, Celular)
        # (the look-behind first: regex_compile gives the pattern its first-character search all the same)
        Pattern("national-foreign", _re(r"(?<![0-9\-])" + _NATIONAL_FOREIGN.pattern + _NA), 0.2),
        # airline records: the contact elements (OSI NH CTCM 819012345678: 81 and the number without its 0; CTCH, CTCB)
        # and the AP phone element with its type suffix (AP 03-1234-5678-B, AP TYO 03-1234-5678-H)
        # (literal heads, not look-behinds, so the pass over the text stays fast; the group is the number)
        Pattern("pnr-contact", _re(r"CTC[MHB][ /](?P<num>\+?(?:81)?\d{9,11})(?![0-9])"), 0.8, "num"),
        Pattern(
            "pnr-ap",
            _re(r"AP (?:[A-Z]{3} )?(?P<num>\d{1,4}" + _DASH + r"\d{1,4}" + _DASH + r"\d{3,4})(?=-[BHMA](?![0-9A-Za-z]))"),
            0.8,
            "num",
        ),
    )
    # a value under a phone-like key (携帯, mobile, cell) counts as one: "mobile": "09051174428"
    context = (
        "電話", "TEL", "Tel", "FAX", "Fax", "ファックス", "ファクス", "携帯", "連絡先", "☎", "phone", "内線", "問い合わせ",
        "問合せ", "お問合せ", "でんわ", "℡", "mobile", "cellphone", "cell phone", "contact", "モバイル", "けいたい", "ケータイ",
        "フリーダイヤル", "フリーコール", "ナビダイヤル", "代表番号", "WhatsApp", "whatsapp", "SMS",
        # forms of foreign residents in their languages (Portuguese, Spanish, Vietnamese, Korean, Chinese)
        "Telefone", "Teléfono", "Telefono", "Celular", "Móvil", "điện thoại", "SĐT", "전화", "휴대폰", "电话", "手机",
    )
    # (round 9: 年金番号/基礎年金/年金手帳, not 年金 alone: 年金事務所（0570-05-1165）is a phone)
    negative_context = ("法人番号", "個人番号", "マイナンバー", "口座", "会員番号", "受付番号", "年金番号", "基礎年金", "年金手帳",
                        "注文番号", "伝票番号", "管理番号")
    window = 15

    # patterns tried only when a substring shows their record type (the pass costs more than the test)
    substring_gates = {"pnr-contact": "CTC", "pnr-ap": " AP "}

    def validate(self, matched: str) -> float | None:
        if matched.startswith("+") and not matched.startswith("+81"):
            return _foreign_delta(matched) if 8 <= len(digits_only(matched)) <= 15 else None
        if _NATIONAL_FOREIGN.fullmatch(matched):
            return 0.0
        if _PLACEHOLDER_PHONE.search(matched):
            return None  # round 10: 03-0000-0000, 053-000-0000 — a form's example, no subscriber's number
        return 0.0 if _phone_digits_ok(digits_only(matched)) else None

    def analyze(self, doc: Document) -> Iterable[Candidate]:
        yield from super().analyze(doc)
        if doc.has_columns:
            # round 11: a phone column of a spreadsheet whose numeric cells lost the leading 0 (9034417720 for
            # 090-3441-7720): the digits are the number when a 0 before them makes a valid one
            text = doc.text
            for start, end in doc.cells_under(_PHONE_HEADER):
                if _ZERO_DROPPED.fullmatch(text, start, end) and _phone_digits_ok("0" + text[start:end]):
                    yield Candidate(start, end, self.type, 0.8, self.name, True)

    def rescore(self, doc: Document, cand: Candidate) -> Candidate:
        c = super().rescore(doc, cand)
        # a phone-shaped value in a column of order/slip numbers (受注番号 06-2024-1130) is a code, not a phone
        if doc.header_matches(cand.start, _CODE_HEADER) and not doc.header_matches(cand.start, _PHONE_HEADER):
            return Candidate(c.start, c.end, c.type, 0.0, c.recognizer, True)
        return c


# (round 11: any number's name — 証券番号, お問い合わせ番号, 追跡No — unless a phone's: 電話番号, 携帯番号, 連絡先番号)
_CODE_HEADER = re.compile(r"(?:番号|No\.?|NO\.?|コード|ID)\s*$|型番|品番|order|Order")
# (round 13: a call log's own names for the number: 架電番号, 発信番号, 着信番号, 受電番号, 折返し先 — the number called
# or calling is a phone's, whatever 番号 says)
_PHONE_HEADER = re.compile(r"電話|TEL|Tel|tel|FAX|Fax|携帯|連絡|phone|Phone|架電|発信|着信|受電|折り?返し")
_ZERO_DROPPED = re.compile(r"[1-9]\d{8,9}")


_PREF_NAMES = (
    "北海道 青森県 岩手県 宮城県 秋田県 山形県 福島県 茨城県 栃木県 群馬県 埼玉県 千葉県 東京都 神奈川県 "
    "新潟県 富山県 石川県 福井県 山梨県 長野県 岐阜県 静岡県 愛知県 三重県 滋賀県 京都府 大阪府 兵庫県 "
    "奈良県 和歌山県 鳥取県 島根県 岡山県 広島県 山口県 徳島県 香川県 愛媛県 高知県 福岡県 佐賀県 長崎県 "
    "熊本県 大分県 宮崎県 鹿児島県 沖縄県"
).split()
PREFECTURES: tuple[str, ...] = tuple(_PREF_NAMES)
# (round 8: after a field separator too — a CSV row 100-0001,東京都…, a TSV row, a YAML/SQL value list)
_PREF_AFTER = re.compile(r"(?:\s|[,\t|;]\s?)?(?:" + "|".join(PREFECTURES) + r"|[㐀-䶿一-鿿豈-﫿ぁ-んァ-ヶ]{1,5}[市区町村郡])")


_POSTAL_SHAPE = re.compile(r"\d{3}-\d{4}")
_HL7_PID = re.compile(r"(?:^|[ \t:])PID\|[^\n]*", re.M)


def hl7_pid_fields(text: str, number: int) -> Iterable[tuple[int, int, int]]:
    """Round 9: (number, start, end) of field ``number`` (PID-7, PID-11) of every HL7 v2 PID segment in ``text``
    (fields separated by ``|``: the segment name is field 0)."""
    for m in _HL7_PID.finditer(text):
        seg_start = text.index("PID|", m.start())
        pos = seg_start
        for _ in range(number):
            pos = text.find("|", pos, m.end())
            if pos < 0:
                break
            pos += 1
        else:
            end = text.find("|", pos, m.end())
            end = m.end() if end < 0 else end
            if end > pos:
                yield number, pos, end


# round 9b: two standard comma-separated record formats of Japanese health care, read by record type and field number:
# JAHIS 電子版お薬手帳 (header JAHISTC…; record 1 = the patient: name, sex, date of birth YYYYMMDD, postal code, address …)
# and レセプト電算 UKE (records IR/RE/HO/…; RE = the patient: … name, sex, date of birth as era digit + YYMMDD
# (1 明治 … 5 令和); HO = the insurance: insurer number, 記号, 番号 …)
_RECORD_LINE = re.compile(r"^(?P<tag>1|RE|HO),[^\n]*", re.M)
_UKE_DATE = re.compile(r"[1-5](?:\d\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")


def record_fields(text: str, tag: str, numbers: tuple[int, ...]) -> Iterable[tuple[int, int, int]]:
    """(number, start, end) of the fields ``numbers`` (the record type is field 0) of every ``tag`` record of a JAHIS
    お薬手帳 (tag ``1``) or UKE receipt file (tags ``RE``, ``HO``); nothing when the text is neither."""
    if tag == "1" and "JAHISTC" not in text:
        return
    if tag in ("RE", "HO") and not ("\nRE," in text and ("IR," in text or "\nHO," in text)):
        return
    for m in _RECORD_LINE.finditer(text):
        if m.group("tag") != tag:
            continue
        pos = m.start()
        for n, field in enumerate(m.group().split(",")):
            if n in numbers and field:
                yield n, pos, pos + len(field)
            pos += len(field) + 1


def _components(text: str, start: int, end: int, number: int) -> Iterable[tuple[int, int]]:
    """The span of component ``number`` (1-based, separated by ``^``) of the field at ``start:end``."""
    pos = start
    for _ in range(number - 1):
        pos = text.find("^", pos, end)
        if pos < 0:
            return
        pos += 1
    stop = text.find("^", pos, end)
    stop = end if stop < 0 else stop
    if stop > pos:
        yield pos, stop


# (round 10: romaji column names of exports, YUBIN, yubin_no)
_POSTAL_HEADER = re.compile(r"郵便番号|^〒$|[Pp]ostal|[Zz]ip|ZIP|postcode|^(?i:yubin(?:_?(?:bango|no|cd))?)$")
_POSTAL_KEY_WORDS = ("zip", "Zip", "ZIP", "postal", "Postal", "postcode", "郵便番号", "yubin", "Yubin", "YUBIN")
_SEVEN_VALUE = re.compile(r"\d(?<![0-9\-]\d)\d{6}(?![0-9\-])")  # (a digit first, the look-behind after it: fast)
_SEVEN = re.compile(r"\d{7}")
_POSTAL_KEY = re.compile(r'"(?:postal_?code|postalCode|zip_?code|zipCode|zip|postcode|郵便番号)"\s*:\s*"(\d{3}-?\d{4})"')
# round 9: a URL query or a log's key=value pair (…&zip=2510035&addr=…, postcode=100-0001)
# (round 9b: or an XML attribute: <住所 郵便番号="2230052">, zip="100-0001")
_POSTAL_PARAM = re.compile(
    r"(?<![A-Za-z_])(?:(?i:zip|zip_?code|postal_?code|post_?code|yubin(?:_?bango|_?no)?)|郵便番号)=(\"?)(\d{3}-?\d{4})\1(?![0-9])"
)
# a romanised address puts the code after the prefecture or city (…, Minato-ku, Tokyo 106-0032)
# a space for the hyphen, only right after 〒/郵便番号 (郵便番号 100 0001)
_POSTAL_SPACED = re.compile(r"(?:〒|郵便番号)[ :：]{0,3}(\d{3} \d{4})(?![0-9\-])(?! ?\d)")
# seven digits without a hyphen right after the label 郵便番号 (〒 is a pattern of its own)
_POSTAL_LABEL_SEVEN = re.compile(r"郵便番号[ ]?(?:[:：]|は)?[ ]?(\d{7})(?![0-9\-])")
_POSTAL_LABEL_BEFORE = re.compile(r"(?:postal|zip|post)[ _]?code[ ]?[:：]?[ ]?\Z", re.IGNORECASE)
# romanised prefecture names (Hepburn, without macrons): a postal code after one, a romanised address ending in one
ROMAN_PREFECTURES = (
    "Hokkaido", "Aomori", "Iwate", "Miyagi", "Akita", "Yamagata", "Fukushima", "Ibaraki", "Tochigi", "Gunma", "Saitama",
    "Chiba", "Tokyo", "Kanagawa", "Niigata", "Toyama", "Ishikawa", "Fukui", "Yamanashi", "Nagano", "Gifu", "Shizuoka",
    "Aichi", "Mie", "Shiga", "Kyoto", "Osaka", "Hyogo", "Nara", "Wakayama", "Tottori", "Shimane", "Okayama", "Hiroshima",
    "Yamaguchi", "Tokushima", "Kagawa", "Ehime", "Kochi", "Fukuoka", "Saga", "Nagasaki", "Kumamoto", "Oita", "Miyazaki",
    "Kagoshima", "Okinawa",
)
_ROMAN_AREA_BEFORE = re.compile(
    r"(?:Tokyo|Osaka|Kyoto|Hokkaido|-ken|-fu|-shi|-ku|Japan|-(?:ku|shi|cho|machi|gun|mura), [A-Z][a-z]+(?:-(?:to|fu|ken))?"
    r"|, (?:" + "|".join(ROMAN_PREFECTURES) + r")(?:-(?:to|fu|ken)| Prefecture)?),? \Z"
)


# a vCard ADR line up to its sixth component, the postal code (ADR;TYPE=HOME:po;ext;street;city;region;code;country)
_VCARD_ADR = re.compile(r"(?:item\d+\.)?ADR[;:](?:[^:\n]*:)?(?:[^;\n]*;){5}\Z", re.IGNORECASE)


class PostalCodeRecognizer(PatternRecognizer):
    """郵便番号 NNN-NNNN (span without 〒)."""

    name = "postal_code"
    type = PiiType.POSTAL_CODE
    patterns = (
        Pattern("hyphen", _re(r"\d(?<![0-9\-].)\d{2}" + _DASH + r"\d{4}(?![0-9\-])"), 0.4),
        Pattern("mark-7", _re(r"〒\s?(\d{7})(?!\d)"), 0.95, 1),
    )
    context = ("〒", "〠", "郵便番号", "郵便", "ZIP", "Zip", "postal", "住所", "所在地", "yubin")
    negative_context = ("電話", "TEL", "FAX", "第")
    window = 8
    context_boost = 0.5
    negative_penalty = 0.3

    def analyze(self, doc: Document) -> Iterable[Candidate]:
        text = doc.text
        for c in self._candidates(doc):
            # no postal code starts with 000 (the lowest is 001-0000): 000-0000 is a placeholder in test rows
            # and blank forms, from any of the candidate sources below
            # (round 13: nor is one digit seven times, 999-9999, 111-1111: a test row's dummy, as 000-0000)
            digits = digits_only(text[c.start : c.end])
            if not digits.startswith("000") and len(set(digits)) > 1:
                yield c

    def _candidates(self, doc: Document) -> Iterable[Candidate]:
        yield from super().analyze(doc)
        text = doc.text
        # seven digits without a hyphen in a postal-code column (CSV 郵便番号 0600042) or JSON key
        for start, end in doc.cells_under(_POSTAL_HEADER):
            if _SEVEN.fullmatch(text, start, end):
                yield Candidate(start, end, PiiType.POSTAL_CODE, 0.9, self.name, True)
        if "〒" in text or "郵便番号" in text:
            for m in _POSTAL_SPACED.finditer(text):
                yield Candidate(m.start(1), m.end(1), PiiType.POSTAL_CODE, 0.9, self.name, True)
            if "郵便番号" in text:
                for m in _POSTAL_LABEL_SEVEN.finditer(text):
                    yield Candidate(m.start(1), m.end(1), PiiType.POSTAL_CODE, 0.9, self.name, True)
        if '"' in text:
            for m in _POSTAL_KEY.finditer(text):
                yield Candidate(m.start(1), m.end(1), PiiType.POSTAL_CODE, 0.9, self.name, True)
        for _, start, end in record_fields(text, "1", (4,)):  # round 9b: JAHIS お薬手帳, the patient's postal code
            if _SEVEN.fullmatch(text, start, end) or _POSTAL_SHAPE.fullmatch(text, start, end):
                yield Candidate(start, end, PiiType.POSTAL_CODE, 0.9, self.name, True)
        if "PID|" in text:  # round 9: HL7 v2 PID-11 (the address), component 5: the postal code
            for _, start, end in hl7_pid_fields(text, 11):
                for comp_start, comp_end in _components(text, start, end, 5):
                    if _SEVEN.fullmatch(text, comp_start, comp_end) or _POSTAL_SHAPE.fullmatch(text, comp_start, comp_end):
                        yield Candidate(comp_start, comp_end, PiiType.POSTAL_CODE, 0.9, self.name, True)
        if "=" in text:
            for m in _POSTAL_PARAM.finditer(text):
                yield Candidate(m.start(2), m.end(2), PiiType.POSTAL_CODE, 0.9, self.name, True)
        # round 10: seven digits as the value of a postal key in any key/value syntax (zip = 9300857, <zip>…, YAML)
        if any(w in text for w in _POSTAL_KEY_WORDS):  # (substring tests: four times faster than one regex search)
            for m in _SEVEN_VALUE.finditer(text):
                if doc.key_of(m.start()) is not None and doc.header_matches(m.start(), _POSTAL_HEADER, kv=True):
                    yield Candidate(m.start(), m.end(), PiiType.POSTAL_CODE, 0.9, self.name, True)

    def rescore(self, doc: Document, cand: Candidate) -> Candidate:
        c = super().rescore(doc, cand)
        if c.score >= 0.9:
            return c
        if (
            doc.header_matches(cand.start, _POSTAL_HEADER, kv=True)
            or _ROMAN_AREA_BEFORE.search(doc.text, max(0, cand.start - 24), cand.start)
            or _POSTAL_LABEL_BEFORE.search(doc.text, max(0, cand.start - 16), cand.start)
        ):
            return Candidate(c.start, c.end, c.type, min(1.0, c.score + 0.5), c.recognizer, True)
        if _VCARD_ADR.match(doc.text, doc.text.rfind("\n", 0, cand.start) + 1, cand.start):
            # the postal-code component of a vCard address (ADR;TYPE=WORK:;;street;city;region;920-0853;Japan)
            return Candidate(c.start, c.end, c.type, min(1.0, c.score + 0.5), c.recognizer, True)
        if c.score < 0.9 and _PREF_AFTER.match(doc.text, cand.end) and not doc.header_matches(cand.start, _CODE_HEADER):
            return Candidate(c.start, c.end, c.type, min(1.0, c.score + 0.3), c.recognizer, True)
        return c


_PLAIN = 0.35  # the lowest score of a valid 個人番号 candidate that no negative context word lowered (0.55 − 0.15)


_MY_NUMBER_NAMED = re.compile(r"マイナンバー|個人番号")
# twelve digits, grouped 4-4-4 or not: the shape of a 個人番号 and of a 運転免許証番号, scanned once for both
_TWELVE_DIGITS = _re(r"\d(?<![0-9\-].)(?<![0-9] .)\d{3}([\- ]?)\d{4}\1\d{4}(?![0-9\-])(?! [0-9])")


class MyNumberRecognizer(PatternRecognizer):
    """個人番号: 12 digits (grouped 4-4-4 or not) with a valid check digit (番号法施行令第8条)."""

    name = "my_number"
    type = PiiType.MY_NUMBER
    patterns = (
        Pattern("twelve", _TWELVE_DIGITS, 0.55, shared=True),
        # round 8: one digit a box, as typed or read from a form's 12 boxes (1 2 3 4 … or 1|2|3|4 …): with context only
        Pattern("boxes", _re(r"\d(?<![0-9][ |].)(?<![0-9].)([ |])\d(?:\1\d){10}(?![0-9]|[ |][0-9])"), 0.3),
    )
    # (round 8: the names of the field in code, dumps and exports — my_number, kojin_bango — as well)
    context = ("マイナンバー", "個人番号", "番号確認", "通知カード", "My Number", "MyNumber", "マイナ", "my_number",
               "my-number", "kojin_bango", "kojinbango", "kojin_no", "individual_number", "individual number",
               # (round 9: upper-case and abbreviated column names of exports: MYNO, MY_NO, KOJIN_BANGO, mynumber)
               "MYNO", "MY_NO", "my_no", "myno", "MY_NUMBER", "KOJIN_BANGO", "mynumber", "MYNUMBER")
    negative_context = (
        "免許", "口座", "法人番号", "会員番号", "受付番号", "注文", "電話", "TEL", "証券番号", "被保険者",
        "伝票", "管理番号", "社員番号", "カード番号", "クレジット", "年金",
    )
    window = 25
    context_boost = 0.4
    negative_penalty = 0.45

    def validate(self, matched: str) -> float | None:
        if not mynumber.is_valid(matched.replace("|", "")):
            return None
        # without context, an unseparated run of 12 digits is as likely a statistic as a 個人番号
        return 0.0 if len(matched) > 12 else -0.15

    def rescore(self, doc: Document, cand: Candidate) -> Candidate:
        # a positive context word wins over a negative one (マイナンバー欄の隣に「電話」がある表など)
        if self.has_context(doc, cand.start, cand.end):
            return Candidate(cand.start, cand.end, cand.type, 0.95, cand.recognizer, True)
        c = super().rescore(doc, cand)
        if c.score < 0.5 and labelled_card_number(doc.text, cand.start) == "my_number":
            return Candidate(c.start, c.end, c.type, 0.9, c.recognizer, True)
        return c

    def propagate(self, doc: Document, cands: list[Candidate]) -> list[Candidate]:
        """Round 10: a valid number without context of its own is a 個人番号 too when (a) the document already holds
        one named as such (the dependants' list under a My Number table), or (b) it stands in a table column where three
        or more 12-digit cells, and three in four of them, pass the check digit (C040 of a coded export, one mistyped:
        by chance under one in two hundred).
        Not when a negative word stands beside it (社員番号, 口座 …: it was lowered below ``_PLAIN``)."""
        weak = [c for c in cands if _PLAIN <= c.score < 0.5]
        if not weak:
            return cands
        raised: set[tuple[int, int]] = set()
        if any(c.score >= 0.9 for c in cands) or (
            # (round 11: or the document asks for or sends 個人番号 and holds one already — 私 8412 6093 7159 a few
            # lines below マイナンバーを送ります — its unseparated neighbours are others')
            any(c.score >= 0.5 for c in cands) and _MY_NUMBER_NAMED.search(doc.text)
        ):
            raised = {(c.start, c.end) for c in weak}
        elif doc.has_columns:
            text = doc.text
            by_column: dict[str, list[Candidate]] = {}
            for c in weak:
                header = doc.header_of(c.start)
                if header:
                    by_column.setdefault(header, []).append(c)
            for header, column in by_column.items():
                if len(column) < 3:
                    continue
                cells = doc.cells_under(re.compile(f"^{re.escape(header)}$"))
                twelve = [text[a:b] for a, b in cells if len(digits_only(text[a:b])) == 12]
                if sum(map(mynumber.is_valid, twelve)) * 4 >= len(twelve) * 3:  # (a mistyped one among them)
                    raised |= {(c.start, c.end) for c in column}
        if not raised:
            return cands
        return [Candidate(c.start, c.end, c.type, 0.6, c.recognizer, True) if (c.start, c.end) in raised else c for c in cands]


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


class CreditCardRecognizer(PatternRecognizer):
    """Payment card numbers: 14–16 digits (4-4-4-4, Amex 4-6-5, Diners 4-6-4) passing Luhn."""

    name = "credit_card"
    type = PiiType.CREDIT_CARD
    patterns = (
        Pattern("4444", _re(r"\d(?<![0-9\-].)\d{3}([\- ]?)\d{4}\1\d{4}\1\d{4}(?![0-9\-])"), 0.75),
        Pattern("465", _re(r"3(?<![0-9\-]3)\d{3}([\- ]?)\d{6}\1\d{4,5}(?![0-9\-])"), 0.75),
    )
    context = ("カード", "クレジット", "card", "VISA", "Visa", "Master", "JCB", "AMEX", "Amex", "Diners", "決済")
    # (round 9c: not 電話 — a card number taken by phone, お電話で承った 4902-…, is a card; no phone has 16 digits)
    negative_context = ("法人番号",)
    context_boost = 0.2

    def validate(self, matched: str) -> float | None:
        digits = digits_only(matched)
        if not 14 <= len(digits) <= 16 or digits[0] not in "23456" or not luhn_ok(digits):
            return None
        return 0.0


class PassportRecognizer(PatternRecognizer):
    """旅券番号: 2 letters + 7 digits, in a passport context."""

    name = "passport"
    type = PiiType.PASSPORT
    patterns = (
        # (a space may follow the letters: TK 1234567)
        Pattern("2L7D", _re(r"[A-Z](?<![A-Za-z0-9].)[A-Z] ?\d{7}(?![0-9A-Za-z])"), 0.35),
    )
    # DOCS: the passport element of an airline booking (SSR DOCS … P/JPN/TR1234567/…); round 8: the word in the
    # languages of Japan's largest foreign-resident groups, for rosters and forms kept in them (护照号 EG…, passaporte …)
    context = ("旅券", "パスポート", "passport", "Passport", "PASSPORT", "DOCS", "ryoken", "护照", "護照", "여권", "hộ chiếu",
               "Hộ chiếu", "HỘ CHIẾU", "pasaporte", "Pasaporte", "passaporte", "Passaporte", "paspor", "Paspor", "pasport",
               "passeport", "Passeport", "Reisepass", "паспорт", "Паспорт", "राहदानी")
    window = 25
    context_boost = 0.55


class ResidenceCardRecognizer(PatternRecognizer):
    """在留カード番号: 2 letters + 8 digits + 2 letters (a format specific enough to stand alone)."""

    name = "residence_card"
    type = PiiType.RESIDENCE_CARD
    patterns = (
        # (or written in groups, AB 1234 5678 CD: then only with a context word, see validate)
        Pattern("2L8D2L", _re(r"[A-Z](?<![A-Za-z0-9].)[A-Z](?:\d{8}| \d{4} ?\d{4} )[A-Z]{2}(?![A-Za-z0-9])"), 0.7),
    )

    def validate(self, matched: str) -> float | None:
        return -0.3 if " " in matched else 0.0
    context = ("在留カード", "在留", "特別永住者証明書", "residence card", "Residence Card")
    window = 25
    context_boost = 0.25


class PensionNumberRecognizer(PatternRecognizer):
    """基礎年金番号: 4 digits + 6 digits, in a pension context."""

    name = "pension_number"
    type = PiiType.PENSION_NUMBER
    patterns = (Pattern("4-6", _re(r"\d(?<![0-9\-].)\d{3}[\- ]?\d{6}(?![0-9\-])"), 0.25),)
    # (round 8: and the field's names in code, dumps and exports: pension_no, kiso_nenkin_bango)
    context = ("基礎年金番号", "年金番号", "年金手帳", "基礎年金", "年金", "ねんきん", "pension", "nenkin")
    negative_context = ("電話", "TEL", "FAX", "携帯")
    window = 25
    # round 12: or named right after the number (番号 5093 118842 を本人の年金手帳で確認)
    window_after = 12
    context_boost = 0.6
    # round 9b: the number's own label on its line wins over a phone word nearby (電話 … ⏎ 基礎年金番号：1108-204471)
    _label = words_re(("基礎年金番号", "年金番号", "年金手帳", "pension_no", "pension number", "Pension No", "nenkin_no"))

    def rescore(self, doc: Document, cand: Candidate) -> Candidate:
        line_start = doc.text.rfind("\n", 0, cand.start) + 1
        if self._label.search(doc.text, max(line_start, cand.start - self.window), cand.start):
            return Candidate(cand.start, cand.end, cand.type, 0.85, cand.recognizer, True)
        return super().rescore(doc, cand)


# round 10: a twelve-digit number as a card prints it (第 301804529160 号) or labelled 番号, in a passage that names the
# card further up (免許証記載事項 ⏎ 氏名 … 住所 … ⏎ 番号 第621805417730号): the nearest card word before it decides
# (not 社員番号, 受付番号; round 13 late: a short note in brackets after the label, 番号（店控え）)
_CARD_LABELLED = re.compile(r"(?:第|(?<![㐀-鿿ぁ-んァ-ヶA-Za-z])番号(?:[（(][^()（）\n]{1,8}[)）])?)[ ]?[:：]?[ ]?\Z")
_CARD_WORD = re.compile(r"(?P<licence>運転免許|免許証|(?i:driver'?s? licen[cs]e))|(?P<my_number>マイナンバー|個人番号|通知カード|(?i:my[ _]?number))")


_CHECKED_BOX = frozenset("☑☒■✓✔✅")
_UNCHECKED_BOX = frozenset("□☐")


def labelled_card_number(text: str, start: int) -> str | None:
    """"licence" or "my_number": the card named last within 160 characters before a number labelled 番号 or opened
    with 第 (運転免許証 …, then 個人番号カード … 番号 1234… is the My Number card's); None without label or card."""
    if not _CARD_LABELLED.search(text, max(0, start - 16), start):
        return None
    last = None
    checked = None
    for m in _CARD_WORD.finditer(text, max(0, start - 160), start):
        mark = text[m.start() - 1 : m.start()]
        if mark in _UNCHECKED_BOX:
            continue  # round 13 (late): a box left empty names a card not shown (☑運転免許証 □保険証 □マイナンバーカード)
        last = m
        if mark in _CHECKED_BOX:
            checked = m
    last = checked or last
    return last.lastgroup if last else None


class DriverLicenseRecognizer(PatternRecognizer):
    """運転免許証番号: 12 digits in a licence context.

    The 12th digit is said to be a mod-11 check digit over the first 10 digits, but we found no
    authoritative statement of the rule, so we do not reject numbers on it (docs/decisions.md).
    """

    name = "driver_license"
    type = PiiType.DRIVER_LICENSE
    patterns = (Pattern("twelve", _TWELVE_DIGITS, 0.2, shared=True),)
    context = ("運転免許", "免許証", "免許番号", "免許", "license", "licence", "License", "Licence", "menkyo")
    window = 25
    context_boost = 0.7

    def rescore(self, doc: Document, cand: Candidate) -> Candidate:
        c = super().rescore(doc, cand)
        if c.score < 0.5 and labelled_card_number(doc.text, cand.start) == "licence":
            return Candidate(c.start, c.end, c.type, 0.9, c.recognizer, True)
        return c


_INSURANCE_CONTEXT = words_re(
    ("保険証", "被保険者証", "被保険者", "保険者", "健康保険", "国民健康保険", "国保", "社保", "後期高齢", "資格確認書", "介護保険", "保険",
     # round 13 (late): けんぽ, the common name of a 健康保険 insurer (協会けんぽ 記号 01140022 番号 318, ○○けんぽ)
     "けんぽ",
     # round 8: the card named in English and in foreign residents' languages (Insurance card: 記号 … 番号 …)
     "insurance", "Insurance", "INSURANCE", "seguro", "Seguro", "bảo hiểm", "Bảo hiểm", "건강보험", "医保", "保险")
)
# words that make a whole document about a health-insurance card (a form's title: 国民健康保険 資格確認書 再交付申請書),
# so that its 記号 … 番号 … pair needs no insurance word next to it
_INSURANCE_DOCUMENT = words_re(("被保険者証", "保険証", "資格確認書", "健康保険", "国民健康保険", "後期高齢者医療"))


# round 12: the reading in brackets and the English word a bilingual form prints after the label (記号（きごう）Symbol)
_GLOSS_SYMBOL = r"(?:[（(][ぁ-ん]{2,5}[)）])?[ ]?(?:Symbol)?"
_GLOSS_NUMBER = r"(?:[（(][ぁ-ん]{2,5}[)）])?[ ]?(?:Number)?"
# round 12: a key that names the card's 記号 or 番号 in English or romaji, before its value in key/value text (YAML
# insurance_symbol: "…", psql's expanded display kaigo_hihoken_no | …, key=value logs); the same names as the columns'
_INSURANCE_KEY_GATE = re.compile(r"insurance|Insurance|INSURANCE|hihoken|HIHOKEN|Hihoken")
_INSURANCE_KEYED = re.compile(
    r"(?<![A-Za-z_])(?i:(?:health_?|kenpo_?|kokuho_?)?insurance_?(?:card_?)?(?:symbol|number|no)"
    r"|(?:kaigo_?|kenpo_?|kokuho_?)?hihoken(?:sha)?(?:sho)?_?(?:no|bango|kigo))"
    r"[\"']?[ \t]*(?:=>|[:=|])[ \t]*[\"']?(?P<num>[0-9A-Za-z㐀-䶿一-鿿豈-﫿ぁ-んァ-ヶ\-]{1,12})(?![0-9A-Za-z])"
)
# round 12: a key/value CSV row, the Japanese label in one cell and its value in the next (S-0391,健康保険 記号,2305);
# the value holds a digit (a header line's next cell is another label)
_INSURANCE_LABEL_CELL = re.compile(
    r"(?:^|(?<=[,\t]))(?:健康保険証?|保険証|被保険者証?)[ ]?の?(?:記号|番号)[,\t](?=[^,\t\n]{0,11}\d)(?P<num>[0-9A-Za-z㐀-䶿一-鿿豈-﫿ぁ-んァ-ヶ\-]{1,12})(?=[,\t\r\n]|\Z)",
    re.M,
)
# round 12: HL7 FHIR's Coverage: subscriberId, and JP Core's insured-person-component-identifier, whose value joins the
# insurer, the 記号, the 番号 and the 枝番 with colons (01340017:尾道東:２０４:01)
_FHIR_SUBSCRIBER = re.compile(r'"subscriberId"[ ]?:[ ]?"(?P<num>[^"\n]{1,12})"')
_FHIR_COMPONENT = re.compile(
    r'insured-person-component-identifier"[^{}]{0,40}?"value"[ ]?:[ ]?"[0-9０-９]{6,8}:(?P<sym>[^:"\n]{1,12}):(?P<num>[^:"\n]{1,12}):[0-9０-９]{2}"'
)


def _placeholder(value: str) -> bool:
    """A dummy value of a template or test record (0000, 000): all zeros."""
    return not value.strip("0０")


class HealthInsuranceRecognizer(Recognizer):
    """被保険者証の記号・番号 (and 被保険者番号) in an insurance context: each value is one span."""

    name = "health_insurance"
    types = frozenset({PiiType.HEALTH_INSURANCE})
    _sym_num = _re(
        r"記号" + _GLOSS_SYMBOL + r"\s*(?:[:：]|は|が)?\s*(?P<sym>\d{1,6}[ ]\d{1,6}(?=\s*番号)|[0-9A-Za-z㐀-䶿一-鿿豈-﫿ぁ-んァ-ヶ\-]{1,12}?)"
        r"\s*(?:[・、,/]|で)?\s*番号" + _GLOSS_NUMBER + r"\s*(?:[:：]|は|が)?\s*(?P<num>\d{1,12})(?![0-9])"
    )
    # (round 13 late: speech joins the pair with で, 記号が 31112 で番号 80 です)
    # (round 12: a label glossed in kana and English, 記号（きごう）Symbol：…⏎番号（ばんごう）Number：…, and a 記号 printed
    # in two groups, 記号 3110 2204 番号 118)
    # 国保 symbols are often kanji and kana (石狩あ・3015527)
    # (round 8: the label may close a bracket first: 被保険者証（記号・番号）：12・345)
    # (round 9: or a table cell's bar between label and values: 記号・番号 | 港北3 ・ 55198)
    _combined = _re(r"記号[・ ]?番号[)）]?\s*(?:[:：|｜]|は)?\s*(?P<sym>[0-9A-Za-z\-]{1,12}|[㐀-䶿一-鿿豈-﫿ァ-ヶ][㐀-䶿一-鿿豈-﫿ぁ-んァ-ヶ]{0,5}[0-9ぁ-んァ-ヶ]{0,4})\s*[・/ \-]\s*(?P<num>\d{1,12})(?![0-9])")
    # starts with the literal 保険 so that the engine can skip ahead; 者 only after 被 (保険者番号 is the insurer's)
    # (round 9: HTML tags may stand between the label and its value: <label>被保険者番号</label><input value="…">)
    # round 9c: the card named, then its number a few words on (介護保険被保険者証の返却　番号 0002187456)
    # (round 10: or in brackets after it: 介護保険証の番号（0004417826）)
    # (round 11: or the card as a heading, its 番号 label opening the next line: …被保険者証（写し）⏎　番号　0008413276)
    _card_number = _re(r"(?:被保険者証|保険証)[^\n。、]{0,10}?(?:\n[ \t]{0,4}(?=番号))?番号[ ]?[:：(（]?[ ]?(?P<num>\d{6,10})(?![0-9])")
    # round 11: the eight-digit 被保険者番号 of a 後期高齢者医療 card, said or written after the card's name
    # (後期高齢者の 番号が 00218735, 健康保険証（後期高齢者）00217734); not the 保険者番号 (the union's, 39…)
    _late_elderly = _re(r"後期高齢(?:者)?(?:医療)?(?:被保険者証|保険証)?[^\n。\d]{0,8}?(?<!保険者番号)(?<!保険者番号[:：])[ ]?(?P<num>\d{4}[ ]?\d{4})(?![0-9])")
    _insured = _re(r"保険(?:(?<=被保険)者証?|証)番号\s*[:：]?\s*(?:<[^<>\n]{1,80}>\s*){0,3}(?:<[^<>\n]{0,60}?value=\")?(?P<num>\d{6,10})(?![0-9])")
    # a JSON object under an insurance key with English or romaji member names ("insurance": {"symbol": …, "number": …})
    # (round 12: or one level down, in a wrapper such as Avro's map: "insurance":{"map":{"kigo":…,"bango":…}})
    _json = _re(
        r'"[A-Za-z_]*(?:insurance|hoken)[A-Za-z_]*"\s*:\s*\{(?:[^{}]{0,40}?\{)?[^{}]{0,120}?"(?:symbol|kigo|mark)"\s*:\s*"(?P<sym>[^"\n]{1,12})"'
        r'[^{}]{0,60}?"(?:number|bango|no)"\s*:\s*"?(?P<num>\d{1,12})(?![0-9])'
    )

    # table columns (CSV/TSV/Markdown/SQL): 記号 and 番号 of the 被保険者証 in a table about insurance; not 保険者番号
    # (the insurer's). Round 9: romaji column names (KIGO, BANGO, hihokensha_kigo), and one column for both
    # (記号・番号 1102・315: two spans, as everywhere)
    # (round 10: a space or の inside, 健康保険証 記号; English and romaji names of exports and SSMS/psql printouts:
    # InsSymbol, InsNumber, CareInsNo, kaigo_hihoken_no — not InsurerNo, the insurer's)
    _column = _re(
        r"^\s*(?:被保険者証?|保険証)?(?:記号|番号)\s*$|被保険者(?:証)?[ ]?の?(?:記号|番号)|保険証[ ]?の?(?:記号|番号)"
        r"|^(?i:(?:hihokensha|hokensho|hoken|kenpo|kokuho)?_?(?:kigo|bango)(?:_no)?)$"
        r"|^(?i:(?:health_?|care_?|kaigo_?|kenpo_?|kokuho_?)?ins(?:urance)?_?(?:card_?)?(?:symbol|sym|number|num|no)"
        r"|(?:kaigo|kenpo|kokuho)_?hihoken(?:sha)?_?(?:no|bango|kigo))$"
    )
    _not_value = _re(r"(?i:null|none|nan|n/a|na|-+)")
    # (round 12: a 国保 symbol may join place names with a middle dot: 滋・草津)
    _cell = _re(r"[0-9A-Za-z㐀-䶿一-鿿豈-﫿ぁ-んァ-ヶ\-](?:[0-9A-Za-z㐀-䶿一-鿿豈-﫿ぁ-んァ-ヶ\-・]{0,10}[0-9A-Za-z㐀-䶿一-鿿豈-﫿ぁ-んァ-ヶ\-])?")
    # (round 13 late: the card named with the pair in brackets, 健康保険証（記号・番号）)
    _pair_column = _re(r"^(?:(?:健康|国民健康|介護)?(?:被保険者証?|保険証)の?[ ]?[（(]?)?記号[・/]番号[)）]?$")
    _pair_cell = _re(r"(?P<sym>[0-9A-Za-z㐀-䶿一-鿿豈-﫿ぁ-んァ-ヶ\-]{1,12}?)[ ]?[・/\-][ ]?(?P<num>\d{1,12})")
    _symbol_header = _re(r"記号|^(?i:(?:hihokensha_|hokensho_|kenpo_|kokuho_)?kigo)$")
    _insurance_word = _re(r"保険|国保|社保|健保|共済|(?i:hoken)")
    # a column header that says the table is about insurance (round 10: English and romaji names too)
    _insurance_header = _re(r"保険|国保|社保|^(?i:(?:health_?|care_?|kaigo_?)?ins(?:urance)?_?(?:card_?)?(?:symbol|sym|number|num|no)|\w*hihoken\w*|(?:kenpo|kokuho)_?(?:kigo|bango))$")

    def analyze(self, doc: Document) -> Iterable[Candidate]:
        text = doc.text
        columns = doc.column_names
        # a table about insurance: a header says so, or a 記号 column stands beside the 番号 in a text about insurance
        if columns and (
            any(self._insurance_header.search(c) for c in columns)
            or (any(self._symbol_header.search(c) for c in columns) and self._insurance_word.search(text))
        ):
            for start, end in doc.cells_under(self._column):
                if self._cell.fullmatch(text, start, end) and not self._not_value.fullmatch(text, start, end):
                    yield Candidate(start, end, PiiType.HEALTH_INSURANCE, 0.85, self.name, True)
            for start, end in doc.cells_under(self._pair_column):
                m = self._pair_cell.fullmatch(text, start, end)
                if m:
                    for g in ("sym", "num"):
                        yield Candidate(m.start(g), m.end(g), PiiType.HEALTH_INSURANCE, 0.85, self.name, True)
        # round 9b: a UKE receipt's HO record: fields 2 and 3 are the card's 記号 and 番号
        for _, start, end in record_fields(text, "HO", (2, 3)):
            if self._cell.fullmatch(text, start, end):
                yield Candidate(start, end, PiiType.HEALTH_INSURANCE, 0.85, self.name, True)
        yield from self._keyed_values(text)
        if "被保険者" in text or "保険証" in text:
            yield from self._row_label_values(text)
        whole_document = _INSURANCE_DOCUMENT.search(text) is not None
        for regex in (self._sym_num, self._combined, self._insured, self._json, self._card_number, self._late_elderly):
            for m in regex.finditer(text):
                if not (regex is self._json or regex is self._sym_num and whole_document
                        or _INSURANCE_CONTEXT.search(text, max(0, m.start() - 40), m.end())):
                    continue
                if re.search(r"ゆうちょ|貯金", text[max(0, m.start() - 30) : m.start()]):
                    continue
                for g in ("sym", "num"):
                    if g in regex.groupindex and m.start(g) >= 0:
                        yield Candidate(m.start(g), m.end(g), PiiType.HEALTH_INSURANCE, 0.85, self.name, True)


    # round 13 (late): a transposed table, one row per item and one column per person (| 項目 | 夫 | 妻 |): the row's
    # first cell names the card's number (被保険者番号, 保険証の記号), every value cell after it holding a digit is one
    _row_label = re.compile(
        r"^[ \t]*\|[ \t]*(?:被保険者証?の?(?:記号|番号)|被保険者番号|保険証の?(?:記号|番号))[ \t]*(?P<cells>(?:\|[^|\n]*)+)$", re.M
    )
    _row_value = _re(r"[ \t]*(?P<v>\d[0-9A-Za-z\-]{0,11})[ \t]*")

    def _row_label_values(self, text: str) -> Iterable[Candidate]:
        """Round 13 (late): the values of a Markdown row whose first cell is the 被保険者番号 label (a transposed table)."""
        for m in self._row_label.finditer(text):
            pos = m.start("cells")
            for cell in text[m.start("cells") : m.end("cells")].split("|")[1:]:
                pos += 1
                v = self._row_value.fullmatch(cell)
                if v and not _placeholder(v.group("v")):
                    yield Candidate(pos + v.start("v"), pos + v.end("v"), PiiType.HEALTH_INSURANCE, 0.85, self.name, True)
                pos += len(cell)

    def _keyed_values(self, text: str) -> Iterable[Candidate]:
        """Round 12: values in machine-made files named by their key or label (key/value text, a key/value CSV row,
        FHIR Coverage), not by a table's header; placeholders (0000) are left out."""
        spans: list[tuple[int, int]] = []
        if _INSURANCE_KEY_GATE.search(text):
            spans += [m.span("num") for m in _INSURANCE_KEYED.finditer(text)]
        if "記号," in text or "番号," in text or "記号\t" in text or "番号\t" in text:
            spans += [m.span("num") for m in _INSURANCE_LABEL_CELL.finditer(text)]
        if '"Coverage"' in text:
            spans += [m.span("num") for m in _FHIR_SUBSCRIBER.finditer(text)]
            for m in _FHIR_COMPONENT.finditer(text):
                spans += [m.span("sym"), m.span("num")]
        for start, end in spans:
            if not _placeholder(text[start:end]):
                yield Candidate(start, end, PiiType.HEALTH_INSURANCE, 0.85, self.name, True)


_YUCHO_PAIR = re.compile(r"(?P<sym>1(?<![0-9]1)(?<![0-9]-1)\d{3}0)-(?P<num>\d{7}1)(?![0-9\-])")  # (a literal first: fast)


class BankAccountRecognizer(Recognizer):
    """口座番号 in an account context (口座, 普通, 当座, 預金, ゆうちょ 記号・番号): the number only."""

    name = "bank_account"
    types = frozenset({PiiType.BANK_ACCOUNT})
    _account = _re(
        # (branches open with literal characters: a leading character class slows the pass)
        r"(?:口座番号|口座|普通預金|当座預金|普通|当座|預金種目|Account No\.?|account number|Account [Nn]umber|Bank [Aa]ccount"
        # (round 8: the field's names in code, dumps and exports: bank_account, account_no, kouza_bango)
        r"|bank account|account no\.?|bank_account(?:_no|_number)?|account_(?:no|number)|kouza(?:_bango|_no)?"
        # (round 9b: camelCase keys of APIs and JSON: accountNo, accountNumber, bankAccountNo, acctNo)
        r"|accountNo|accountNumber|AccountNo|AccountNumber|acctNo)"
        r"(?:<[^<>\n]{1,60}>|<[^<>\n]{0,60}?value=\"|[^\n。<]){0,25}?(?<![0-9\-])(?P<num>\d{7,8})(?![0-9\-])"  # HTML tags may stand between
    )
    # 通帳記号/通帳番号 are the passbook's names for the same two values
    # 記号番号 as one label, or the joined pair without a label (ゆうちょ 10380-55170941: the 記号 starts with 1)
    # (round 11: or the bank as a heading, the labels on the next line: 【ゆうちょ銀行】⏎　記号　12470　番号　31852641)
    # (round 12: the old forms of the labels, 記號 … 番號 …, in a letter that names the post office: 郵便局 口座 記號 …)
    _yucho = _re(r"(?:ゆうちょ|貯金|郵便局)[^\n。]{0,25}?(?:\n[ \t]{0,4}(?=記[号號]))?(?:記[号號](?:・?番[号號])?\s*(?:[:：]|は)?\s*|(?<![0-9\-])(?=1\d{4}-\d{8}(?![0-9\-])))(?P<sym>\d{5})[\s\-・、]*(?:(?:通帳)?番[号號]\s*(?:[:：]|は)?\s*)?(?P<num>\d{6,8})(?![0-9])")

    # another deposit type right before its number on a line that already names an account (口座：普通 1173302 ／
    # 定期 5560118); 定期 alone elsewhere is a commuter pass or a periodic check
    # (round 13: the full word, 定期預金 or 貯蓄預金, names a bank account by itself, and its number may stand in brackets:
    # 被相続人名義の定期預金（4402918）)
    _other_type = _re(r"(?:定期|貯蓄)(?P<full>預金|貯金)?[ ]?[:：(（]?[ ]?(?P<num>\d{7,8})(?![0-9\-])")
    _account_line = _re(r"口座|普通|当座|預金|銀行|信用金庫|信金")
    # round 9c: the deposit type joined to the number by a hyphen (阿智-普通-0098812), or a six-digit number right after
    # it (普通 528104: the leading zero left out)
    _type_joined = _re(r"(?:普通|当座)(?:預金)?(?:-[ ]?(?P<num>\d{6,8})|[ ]?(?P<six>\d{6}))(?![0-9\-])")
    # a 郵便振替 account: 記号 (5 digits, the check digit) and 番号 (01750-4-88120): two spans, as ゆうちょ 記号/番号
    _furikae = _re(r"(?:郵便振替|振替口座|振替)[^\n。]{0,12}?(?<![0-9\-])(?P<sym>\d{5}-\d)-(?P<num>\d{1,7})(?![0-9\-])")
    # the deposit type abbreviated in brackets (（普）1234567, 当)7654321) and A/C, Acct: an account number alone
    _abbrev = _re(
        r"(?:[普当][)）]|(?<=[ \t])[普当](?=[ ]\d)|A/C(?:[ ]?No\.?)?|Acct\.?(?:[ ]?No\.?)?)[ ]?[:：]?[ ]?(?P<num>\d{7,8})(?![0-9\-])"
    )  # (round 13: or 普/当 as a word of its own, spaces around, as a ledger's cell writes it: 三井住友 所沢 普 8814025)  # (a kanji before 普/当 makes another word: checked in analyze, cheaper than a look-behind)
    # after the branch or an English "Account" on a line naming a bank (…銀行 渋谷支店 1234567, Sakura Bank, Account 1234567)
    _branch = _re(r"(?:支店|Account(?:[ ]?(?:No\.?|number|#))?[ ]?[:：]?)[^\n。]{0,12}?(?<![0-9\-〒])(?P<num>\d{7,8})(?![0-9\-])")
    _bank_line = _re(r"銀行|信用金庫|信金|信用組合|労働金庫|農協|JA|[Bb]ank|振込")
    _other_number = _re(r"番号|コード|ID|No|TEL|Tel|電話|FAX|〒|受付|会員|顧客")
    # (each branch starts with a literal character: a leading character class would slow the pass threefold)
    _heads = _re(r"普[)）]|当[)）]|(?<=[ \t])[普当][ ]\d|A/C|Acct|Account|支店|定期|貯蓄")

    # a table column of account numbers (CSV/TSV/Markdown header 口座番号, account_no): 7-8 digit cells
    # (round 9b: abbreviated and romaji column names of exports and dumps: acct_no, ACCT_NO, kouza_no)
    _column = _re(r"口座番号|口座No|[Aa]ccount[ _]?(?:[Nn]o|[Nn]umber)|^(?i:acct_?(?:no|num(?:ber)?)|kou?za_?(?:no|bango|num))$")
    _cell = _re(r"[ ]*\d{7,8}[ ]*")
    # round 12: a quoted value of key/value text whose key (or, for a generic "value", its object's key: kintone's
    # "口座番号":{"type":…,"value":"…"}) is such a column's name
    _quoted_number = _re(r"(?<=[\"'])\d{7,8}(?=[\"'])")

    # round 12: an account abroad, after the label of its own language (Savings A/C No., No. Rek., 账号, corrente,
    # Número de cuenta, 계좌번호, Số tài khoản): its length is the bank's, not 7 digits, and hyphens may group it; only on
    # a line that names a bank
    _foreign = _re(
        r"(?:A/C No\.?|Account No\.?|Account [Nn]umber|No\. ?Rek(?:ening)?\.?|账号|帳號|계좌번호|corrente|Número de cuenta"
        r"|Số tài khoản|STK)[ ]?[:：]?[ ]?(?P<num>\d(?:[\d\-]{4,22})\d)(?![0-9\-])"
    )
    _foreign_bank = _re(r"[Bb]ank|BANK|Banco|銀行|银行|은행|Ngân hàng|Savings|conta")

    def analyze(self, doc: Document) -> Iterable[Candidate]:
        text = doc.text
        if doc.has_columns:
            for start, end in doc.cells_under(self._column):
                if self._cell.fullmatch(text, start, end):
                    yield Candidate(start, end, PiiType.BANK_ACCOUNT, 0.85, self.name, True)
        if "口座" in text or "ccount" in text:
            for m in self._quoted_number.finditer(text):
                key = doc.key_of(m.start())
                if key and self._column.search(key):
                    yield Candidate(m.start(), m.end(), PiiType.BANK_ACCOUNT, 0.85, self.name, True)
        for m in self._foreign.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            if self._foreign_bank.search(text, line_start, m.start()) and sum(ch.isdigit() for ch in m.group("num")) >= 6:
                yield Candidate(m.start("num"), m.end("num"), PiiType.BANK_ACCOUNT, 0.8, self.name, True)
        if _ZENGIN_DATA.search(text):
            for m in _ZENGIN_ACCOUNT.finditer(text):
                yield Candidate(m.start("num"), m.end("num"), PiiType.BANK_ACCOUNT, 0.85, self.name, True)
            for m in _ZENGIN_BLANK.finditer(text):
                yield Candidate(m.start("num"), m.end("num"), PiiType.BANK_ACCOUNT, 0.85, self.name, True)
        for m in self._account.finditer(text):
            yield Candidate(m.start("num"), m.end("num"), PiiType.BANK_ACCOUNT, 0.8, self.name, True)
        # the newer account forms, found from their head words in one pass, then matched there
        for h in self._heads.finditer(text):
            head = h.group()
            if head[0] in "普当" or head in ("A/C", "Acct"):
                m = self._abbrev.match(text, h.start())
                if m and not (m.start() and "㐀" <= text[m.start() - 1] <= "鿿"):  # 普) after a kanji is another word
                    yield Candidate(m.start("num"), m.end("num"), PiiType.BANK_ACCOUNT, 0.8, self.name, True)
            elif head in ("支店", "Account"):
                m = self._branch.match(text, h.start())
                line_start = text.rfind("\n", 0, h.start()) + 1
                if m and self._bank_line.search(text, line_start, m.start()) and not self._other_number.search(
                    text, m.start() + 2, m.start("num")
                ):  # another number's label between (支店 受付番号 12345678) is not the account's
                    yield Candidate(m.start("num"), m.end("num"), PiiType.BANK_ACCOUNT, 0.8, self.name, True)
            else:
                m = self._other_type.match(text, h.start())
                if m and (m.group("full") or self._account_line.search(text, text.rfind("\n", 0, m.start()) + 1, m.start())):
                    yield Candidate(m.start("num"), m.end("num"), PiiType.BANK_ACCOUNT, 0.8, self.name, True)
        if "普通" in text or "当座" in text:
            for m in self._type_joined.finditer(text):
                g = "num" if m.group("num") else "six"
                yield Candidate(m.start(g), m.end(g), PiiType.BANK_ACCOUNT, 0.8, self.name, True)
        if "振替" in text:
            for m in self._furikae.finditer(text):
                for g in ("sym", "num"):
                    yield Candidate(m.start(g), m.end(g), PiiType.BANK_ACCOUNT, 0.85, self.name, True)
        for m in self._yucho.finditer(text):
            # 記号 and 番号: one span each, labelled or joined (round 10: 12340-28166591 is two values, as three
            # blind batches annotate it and as 被保険者証の記号・番号; until round 9 the joined pair was one span)
            yield Candidate(m.start("sym"), m.end("sym"), PiiType.BANK_ACCOUNT, 0.85, self.name, True)
            yield Candidate(m.start("num"), m.end("num"), PiiType.BANK_ACCOUNT, 0.85, self.name, True)
        # round 10: the joined pair without a bank word, in a row or a note (11860-40291731): the shape of ゆうちょ's
        # 記号 (five digits, 1 … 0) and 番号 (eight digits ending in 1) is its own evidence
        if "-" in text:
            for m in _YUCHO_PAIR.finditer(text):
                yield Candidate(m.start("sym"), m.end("sym"), PiiType.BANK_ACCOUNT, 0.8, self.name, True)
                yield Candidate(m.start("num"), m.end("num"), PiiType.BANK_ACCOUNT, 0.8, self.name, True)


# round 9: 全銀協 (Zengin) fixed-length transfer files — the data records (type 2: bank code, bank and branch names in
# half-width kana) and the header record (type 1) carry a branch code, the branch name, then the deposit type (1 普通,
# 2 当座, 4 貯蓄, 9 その他) and the 7-digit account number, then the account holder's name or padding
# (the analyzer reads the text normalised: half-width kana are full-width there)
# (round 13: a returned result file may leave the bank's and the branch's names blank — spaces, the codes kept:
# 20138               241                   14418207ｻｶｲﾐﾅﾄ ｹｲｺ — the fields keep their widths, 15 characters each)
_ZENGIN_DATA = re.compile(r"^2\d{4}(?:[ァ-ヺ]|[ ]{15}\d{3}[ ]{15})", re.M)
_ZENGIN_BLANK = re.compile(r"^2\d{4}[ ]{15}\d{3}[ ]{15}[ \d]{4}[1249](?P<num>\d{7})(?=[ァ-ヺA-Z(]|[ ]*$)", re.M)
_ZENGIN_ACCOUNT = re.compile(r"(?<![0-9])\d{3}[ァ-ヺ][ァ-ヺー()\-.]*[ ]+(?:\d{4})?[1249](?P<num>\d{7})(?=[ァ-ヺA-Z(]|[ ]*$)", re.M)


# a full name before a date: 姓 and 名 separated by a space (吉川 修平（S52.3.18）), then an optional honorific
# (様, さん), an optional reading in brackets (（ひが ひかる）) and the bracket or the space before the date
_NAME_BEFORE_DATE = re.compile(
    r"(?<![㐀-䶿一-鿿豈-﫿々ぁ-んァ-ヶー])(?P<sei>[㐀-䶿一-鿿豈-﫿々ぁ-んァ-ヶー]{1,5})[ ](?P<mei>[㐀-䶿一-鿿豈-﫿々ぁ-んァ-ヶー]{1,5})"
    r"(?:[ ]?(?:様|さん|殿|氏|くん|ちゃん))?(?:[ ]?[(（][ぁ-んァ-ヶー ]{2,16}[)）])?(?:[ ]?[(（]?(?:\d{1,3}歳|[男女]性?)[)）]?){0,2}"
    # a relation in brackets (仁科 タカ（妻）S26.2.14): the date is the row's next field, right after the bracket
    r"(?:[ ]?[(（](?:本人|世帯主|夫|妻|父|母|長男|長女|次男|次女|二男|二女|三男|三女|子|孫|祖父|祖母|義父|義母|兄|姉|弟|妹|[男女]性?)[)）])?"
    r"(?P<sep>[ ]?[(（]|[ \t]+|(?<=[)）]))\Z"
)
# a birth label written in kana (うまれ：S9.5.3, せいねんがっぴ：…) or 生まれ as a label before its value
_KANA_LABEL = re.compile(r"(?:うまれ(?:た日)?|生まれ(?:た日)?|出生|せいねんがっぴ|たんじょうび|おたんじょうび)[ ]?[:：][ ]?\Z")
# a birth label in HTML, tags between it and the value (<label>Date of Birth</label><input value="1985-04-12">)
_HTML_BIRTH_LABEL = re.compile(
    r"(?:生年月日|誕生日|Date of [Bb]irth|[Bb]irth ?[Dd]ate|[Bb]irthday|DOB)[^<>\n]{0,10}"
    r"(?:<[^<>\n]{0,80}>[ \n]*){1,3}(?:<[^<>\n]{0,60}value=[\"'])?\Z"
)
# a partial date of birth (the year, or the year and month) right after a birth label: forms that ask only for these
# (生年月：昭和60年4月, 生年：1962年, 生年月日 S60.4); a full date is taken by the date patterns
_YEAR_K = r"(?:(?:明治|大正|昭和|平成|令和)[ ]?(?:\d{1,2}|元)|(?:18|19|20)\d{2}|[MTSHR]\.?(?:\d{1,2}|元))[ ]?年"
_PARTIAL_BIRTH = _gated(
    # (branches start with a literal character, which keeps the pass fast)
    r"(?:生年月日|生年月|生年|誕生年|生まれ年|うまれ|D\.?O\.?B\.?|(?:Birth|birth)(?:[ _]?[Dd]ate)?|(?:Date|date) of [Bb]irth)"
    r"[ ]?(?:[(（][^)）\n]{1,12}[)）])?[ ]?[:：]?[ ]?"
    # (the era may be left out of a full date after the label: 生年月日：60年4月12日)
    rf"(?P<d>\d{{1,2}}[ ]?年[ ]?\d{{1,2}}[ ]?月[ ]?\d{{1,2}}[ ]?日|{_YEAR_K}(?:[ ]?\d{{1,2}}[ ]?月)?|(?:[MTSHR]\.?[ ]?(?:\d{{1,2}}|元)|(?:18|19|20)\d{{2}})[./\-]\d{{1,2}}"
    r"|(?:18|19|20)\d{2}(?![ ]?[./\-年:：]))(?![ ]?[0-9]|[./\-]\d|[ ]?日)"
)
# the year and month before 生/生まれ (昭和23年5月生まれ, 1948年3月生)
_YEAR_MONTH_END = re.compile(rf"{_YEAR_K}[ ]?\d{{1,2}}[ ]?月\Z")
# a kin word after 生まれの: the year of a family member (1987年生まれの兄), not of a cohort (…生まれの方)
_KIN_AFTER_BORN = re.compile(r"の(?:兄|姉|弟|妹|父|母|夫|妻|息子|娘|長男|長女|次男|次女|祖父|祖母|孫|義父|義母)")
# a person as the topic before the year (私は1990年生まれ, 妻は昭和62年生まれ, 田中さんは1980年生まれ)
_PERSON_TOPIC_BEFORE = re.compile(
    r"(?:私|わたし|僕|ぼく|自分|本人|彼|彼女|妻|夫|父|母|兄|姉|弟|妹|息子|娘|長男|長女|次男|次女|祖父|祖母|孫"
    r"|さん|様|氏|君|くん|ちゃん)(?:は|も)[、 ]?\Z"
)
# the year before 生まれ in a bracketed note about a person (母（安曇 フミ、昭和23年生まれ）, 安曇 フミ（昭和23年生まれ）)
_NOTE_NAME = re.compile(
    r"(?:[(（](?P<sei>[㐀-䶿一-鿿豈-﫿々ぁ-んァ-ヶー]{1,5})[ ][㐀-䶿一-鿿豈-﫿々ぁ-んァ-ヶー]{1,5}[、,][ ]?"
    r"|(?<![㐀-䶿一-鿿豈-﫿々ぁ-んァ-ヶー])(?P<sei2>[㐀-䶿一-鿿豈-﫿々ぁ-んァ-ヶー]{1,5})[ ][㐀-䶿一-鿿豈-﫿々ぁ-んァ-ヶー]{1,5}(?:[ ]?(?:様|さん))?[(（])\Z"
)
# the birth label with a bracketed note before its value (生年月日（西暦・和暦いずれも可）：1985/04/12)
_LABEL_NOTE = re.compile(r"(?:生年月日|誕生日|出生日)[ ]?[(（][^)）\n]{1,24}[)）][ ]?[:：]?[ ]?\Z")
# words of a line whose dates are events (入社, 卒業, 受付 …): a date after a name there is not a birth date
_EVENT_DATE = re.compile(r"入社|入学|入園|入所日|卒業|退職|退院|入院|受付|記録|作成|更新|死亡|死去|登録日|届出日|申請日|提出|日付|期限|予約|来所|来庁|面談|訪問|契約|着任|異動")
# an event word right after a row's date names what the date is (山田 花子　2015.4.1　入社, …（妻）2019.4.1 入籍)
_EVENT_AFTER = re.compile(r"[ \t]*(?:" + _EVENT_DATE.pattern + r"|入籍|結婚|婚姻|転入|転出|転居|就任|開始|終了|発行|交付|取得|加入|着任|退任)")
# a kin word in a household list stands where the 姓 would (長男 希望（R2.1.9）)
_KIN = frozenset(("本人", "世帯主", "夫", "妻", "父", "母", "長男", "長女", "次男", "次女", "二男", "二女", "三男", "三女", "子", "孫", "祖父", "祖母", "義父", "義母"))
# a date range (平成21年4月2日〜平成26年4月1日生まれ): the bounds of a group, not a person's birth date
_RANGE_BEFORE = re.compile(r"[〜～~][ ]?\Z|から[ ]?\Z")
# (round 11: or the date a figure is taken at: 令和7年4月19日時点, 2024年6月1日現在)
_RANGE_AFTER = re.compile(r"[ ]?(?:[〜～~]|から|まで|時点|現在)")
# a line that speaks of an animal (犬の名前：モモ（柴犬・メス） 生年月日：…): its birth date is not a person's
_ANIMAL = re.compile(r"犬|猫|ペット|動物|[(（][^)）\n]{0,8}(?:オス|メス|♂|♀)[)）]")


# the head of a roster line before a bracketed date: an optional number or bullet, then a name-like word
_ROSTER_HEAD = re.compile(r"[ \t]*(?:\d{1,3}[.)．]?[ \t]+|[・\-*•●][ ]?)?[㐀-䶿一-鿿豈-﫿々ぁ-んァ-ヶー・A-Za-z]{1,12}(?:[ 　][㐀-䶿一-鿿豈-﫿々ぁ-んァ-ヶー・A-Za-z]{1,12})?(?:[ ]?(?:様|さん|殿|氏))?")
_ERA_CHOICE = _gated(  # (round 10: behind a lookahead on its first characters)
    # (round 11: or the eras by their first kanji, 明・大・昭 10 年 5 月 24 日, 昭・平 55年10月8日)
    r"(?:[(（]?(?:明治|大正|昭和|平成|令和|[明大昭平令])[)）]?[ ]?[・･][ ]?)+[(（]?(?:明治|大正|昭和|平成|令和|[明大昭平令])[)）]?[ ]*"
    r"(?P<d>\d{1,2}[ ]*年[ ]*\d{1,2}[ ]*月[ ]*\d{1,2}[ ]*日)"
)
# round 9b: an age in brackets after a date (（51）, (51歳), （満51才）), the year of the documents' time
_AGE_AFTER = re.compile(r"[ ]?[(（][ ]?(?:満[ ]?)?(\d{1,3})[ ]?(?:歳|才)?[)）]")
_THIS_YEAR = datetime.date.today().year
# a speaker's line up to its answer (客：, お客様: , A: , 本人「), with fillers (えーと、)
_SPEAKER_OPEN = re.compile(r"[ \t]*[^\s:：「]{1,8}[:：「][ ]?(?:(?:えー?と|あの|はい|ええと)[、,]?[ ]?)*(?:(?:昭和|平成|令和|大正)[、,]?[ ]?(?:えー?と)?[、,]?[ ]?)?")
# (a question or a request for it, not a field: 生年月日をお願いします, お誕生日は？, 生年月日を教えてください)
_BIRTH_QUESTION = re.compile(r"(?:生年月日|誕生日|お生まれ|生まれ年)[^\n]{0,16}?(?:お願い|教えて|ですか|でしょうか|伺|は[?？。]|を[?？]|は\Z)")
# a line's key, its bar and the spaces around it, up to a value (birth            | , | 生年月日 | )
_KEY_BAR = re.compile(r"[ \t|]*[^\s|]{1,40}[ \t]*[|｜][ \t]*")
# round 13 (late): a Markdown row's first cell, then whole cells, up to a value
_KEY_ROW = re.compile(r"[ \t]*\|[ \t]*(?P<key>[^\s|]{1,20})[ \t]*(?:\|[^|\n]{0,40})*\|[ \t]*")
# a compact 西暦 date (20000612): a birth date only after a birth label
_COMPACT_DATE = re.compile(r"(?:19|20)(?<![0-9]..)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?![0-9])")
# round 8: a date whose year has two digits and no era (生年月日 60.4.12, 85/4/12): a birth date only after a birth label
_ERA_COMPACT = re.compile(r"(?<![0-9A-Za-z\-])(?:(?:[MTSHR]|[1-5]-?)(?!00))?\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?![0-9A-Za-z])")
# (round 10: a digit first, then the look-behind at the character before it: the engine skips ahead to digits)
_SHORT_YEAR_DATE = re.compile(r"\d(?<![0-9./\-].)\d([./\-])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])(?![0-9./\-])")
_PNR_MONTHS = r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
_PNR_BIRTH = re.compile(
    rf"/(?P<d>[0-3]\d{_PNR_MONTHS}\d{{2}})/[MF]I?/|(?:CHD|INF)/(?P<c>[0-3]\d{_PNR_MONTHS}\d{{2}})(?![0-9A-Z])"
)

# a heading over a list of birthdays (今月の誕生日, 11月生まれのみなさん, Birthdays), not an event's (誕生日会)
_BIRTHDAY_HEAD = re.compile(r"^[^\n:：]{0,20}(?:誕生日(?!会|パーティ|祝い|プレゼント)|月生まれ|[Bb]irthdays?(?! party))[^\n:：]{0,20}$", re.M)
_LIST_ITEM = re.compile(r"[ \t]*(?:[・\-*•●◆]|\d{1,2}[.)．])[ \t]*[^\s\d]")
_INDENTED_LINE = re.compile(r"[ \t\u3000]+[^\s\d]")
_BRACKETED_MONTH_DAY = re.compile(r"(?<=[^\s\d(（])[(（](?P<d>(?:1[0-2]|0?[1-9])月(?:3[01]|[12]\d|0?[1-9])日)[)）]")
_MONTH_DAY = re.compile(r"(?<![0-9/.\-])(?:1[0-2]|0?[1-9])(?:/(?:3[01]|[12]\d|0?[1-9])|月(?:3[01]|[12]\d|0?[1-9])日)(?![0-9/])")

_ERA_START = {"明": 1867, "M": 1867, "大": 1911, "T": 1911, "昭": 1925, "S": 1925, "平": 1988, "H": 1988, "令": 2018, "R": 2018}
_YEAR = re.compile(r"(?P<w>(?:18|19|20)\d{2})|(?P<era>[明大昭平令MTSHR])\D{0,2}?(?P<n>\d{1,2}|元)")
# a date after a name in a row counts only if it is at least this old: a recent one is more often a record's date
_RECENT_YEAR = datetime.date.today().year - 3
RECENT_YEAR = _RECENT_YEAR  # (the analyzer's stages use it too)


def year_of(date: str) -> int | None:
    """The western year of a date as written (1985/4/12, 昭和60年…, S60.4.12, 平27/4/1), or ``None``."""
    return _year_of(date)


def _year_of(date: str) -> int | None:
    m = _YEAR.match(date)
    if not m:
        return None
    if m.group("w"):
        return int(m.group("w"))
    n = m.group("n")
    return _ERA_START[m.group("era")] + (1 if n == "元" else int(n))


def _old_and_no_event(text: str, start: int, end: int) -> bool:
    """A date in a row after a name can be its birth date: not a recent one (a record date after a clerk's name is),
    and the line does not make it an event's (卒業生 …, 入社日 …, … 2015.4.1 入社)."""
    year = _year_of(text[start:end])
    if year is None or year > _RECENT_YEAR:
        return False
    return not (_EVENT_DATE.search(text, text.rfind("\n", 0, start) + 1, start) or _EVENT_AFTER.match(text, end))


# round 10: what may stand between a person's name and the date of birth that follows it in a record — separators
# (space, tab, comma, 、, /), a bracket note (a reading, a relation, 旧姓 …), a sex field (F, 男), or the opening of a
# bracket with a relation (宮坂 陸（長男、H20.5.14）)
_NAME_TO_DATE = re.compile(
    r"(?:[ \t]*[(（][^()（）\n]{1,16}[)）])?(?:[ \t]*(?:[,、/|][ \t]*)?(?:[MFmf男女](?:性)?[ \t]*[,、/|]?[ \t]*)?"
    r"|[ \t]*[(（](?:" + "|".join(sorted(_KIN, key=len, reverse=True)) + r")[、,][ ]?"
    # (round 11: or, after an honorific, a short note first: 持田 フジ 様（同居予定・昭和15年4月26日）)
    r"|[ \t]*(?:様|さん)[ \t]*[(（][^()（）\n\d]{1,8}[、,・][ ]?"
    # (round 12: or the bracket opened right after the name, whatever its script: SILVA OLIVEIRA ANA PAULA（1994年2月18日）,
    # 証人：松尾 和彦（昭和58年3月2日、長崎県…）)
    r"|[ \t]*(?:様|さん)?[ \t]*[(（])"
)
# round 12: a lifespan in brackets after a name (村上 源蔵（明治38年2月11日〜昭和49年）, 宇津木 キヨ（大正15年〜平成30年）,
# with a note first: （旧姓 小林、明治42年〜昭和61年）): its first date, or year, is the person's birth
_LIFESPAN = _gated(
    rf"[(（](?:[^()（）\n\d]{{1,12}}[、,][ ]?)?(?P<d>{_YEAR_K}(?:[ ]?\d{{1,2}}[ ]?月(?:[ ]?\d{{1,2}}[ ]?日)?)?)[ ]?[〜～~][ ]?"
    rf"(?P<e>{_YEAR_K})(?:[ ]?\d{{1,2}}[ ]?月(?:[ ]?\d{{1,2}}[ ]?日)?)?[)）]"
)
# the fewest years a bracketed range after a name must span to be read as a life rather than a term of office
_LIFESPAN_YEARS = 20
# what may stand between the name and a lifespan's bracket (an honorific)
_NAME_TO_LIFESPAN = re.compile(r"[ \t]*(?:様|さん|氏)?[ \t]*")
_NAME_TO_LIFESPAN_MAX = 6  # (how far before the bracket the name may end: spaces and an honorific)
# (round 11: or an approximate one: 1988年1月3日頃)
_DATE_FIELD_END = re.compile(r"[ \t\r\n,、/|)）]|です|頃|\Z")


# a column header naming a date of another kind (受洗日, 入社日, created_at, visit_date): the column decides
_DATE_HEADER = re.compile(r"日|[Dd]ate|DATE|_at$|_on$|[Tt]ime|年月")


# round 13: a list typed with slashes between its fields (No. 氏名 / 住所 / 生年月日 / 性別 ⏎ 01 安斎 孝明 / 福島市… /
# S31.4.12 / 男): the table parser reads CSV, TSV and Markdown, not these, so the header line is looked up here
_SLASH_SEPS = (" / ", "／")


def _slash_list_column(text: str, start: int, end: int, label: re.Pattern[str]) -> bool:
    """Whether the date at ``start``–``end`` fills a field of a slash-separated row whose header line (above it in the
    same block, as many fields) names that field with ``label`` (生年月日)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    for sep in _SLASH_SEPS:
        n = text.count(sep, line_start, line_end)
        if not n:
            continue
        # the date is the whole field (the separator or the line's end on both sides)
        if not (text.endswith(sep, line_start, start) or start == line_start) or not (
            text.startswith(sep, end) or text[end:line_end].strip() == ""
        ):
            return False
        index = text.count(sep, line_start, start)
        pos = line_start
        for _ in range(12):  # up to twelve rows above, within the block
            if pos == 0:
                return False
            prev = text.rfind("\n", 0, pos - 1) + 1
            line = text[prev : pos - 1]
            if not line.strip():
                return False
            if line.count(sep) == n:
                field = line.split(sep)[index]
                if label.search(field) and not any(ch.isdigit() for ch in field):
                    return True
            pos = prev
        return False
    return False


def _other_date_column(doc: Document, start: int) -> bool:
    """Whether the date at ``start`` stands in a column of dates of another kind (入社日, 受洗日, created_at)."""
    header = doc.header_of(start) if doc.has_columns else None
    return bool(header and _DATE_HEADER.search(header) and not BirthDateRecognizer._before.search(header))


def birth_after_person(doc: Document, found: list[Candidate], threshold: float) -> list[Candidate]:
    """Round 10: a date right after a name that the person recognizer found (``Kavya NAIR　1990年11月19日``,
    ``陈 志强（チン シキョウ）2000年11月3日``, ``ｿｳﾏ ﾁﾋﾛ,H02.08.19`` in a row, ``妻（矢野 恵、1975年1月3日）``) is the
    person's date of birth: it ends its field, it is not a recent date, the line names no event before it
    (入社, 受付 …) and its column, if any, no date of another kind (受洗日, created_at). The birth-date recognizer's own check (:meth:`BirthDateRecognizer._after_name`) knows only the
    names its pattern shapes; this one knows every name of the document."""
    text = doc.text
    person_ends = sorted({c.end for c in found if c.type is PiiType.PERSON and c.score >= threshold})
    if not person_ends:
        return found
    if "〜" in text or "~" in text:  # (the full-width ～ reads as ~ in the normalised text)
        found = _lifespans(text, found, person_ends)
    dates = [c for c in found if c.type is PiiType.BIRTH_DATE and c.score < threshold]
    if not dates:
        return found
    raised: set[tuple[int, int]] = set()
    for d in dates:
        i = bisect.bisect_left(person_ends, d.start - 24)
        if not any(e < d.start and _NAME_TO_DATE.fullmatch(text, e, d.start) for e in person_ends[i : i + 4]):
            continue
        if not _DATE_FIELD_END.match(text, d.end):
            continue
        if not _old_and_no_event(text, d.start, d.end):
            continue
        if _other_date_column(doc, d.start):
            continue
        raised.add((d.start, d.end))
    if not raised:
        return found
    return [Candidate(c.start, c.end, c.type, 0.85, c.recognizer, True) if c.type is PiiType.BIRTH_DATE
            and (c.start, c.end) in raised else c for c in found]


def _lifespans(text: str, found: list[Candidate], person_ends: list[int]) -> list[Candidate]:
    """Round 12: a lifespan in brackets right after a name the person recognizer found (家系図 and 訃報:
    村上 源蔵（明治38年2月11日〜昭和49年）, 宇津木 キヨ（大正15年〜平成30年）): its first date — or year, when only
    years are known — is the person's birth date; the one after 〜 is not. ``person_ends``: the found names' ends,
    sorted."""
    births = []
    for m in _LIFESPAN.finditer(text):
        born, died = _year_of(m.group("d")), _year_of(m.group("e"))
        if born is None or died is None or born > _RECENT_YEAR or died - born < _LIFESPAN_YEARS:
            continue  # (a term of office, 会長（平成28年〜令和4年）, spans a few years; a life, decades)
        i = bisect.bisect_left(person_ends, m.start() - _NAME_TO_LIFESPAN_MAX)
        j = bisect.bisect_right(person_ends, m.start())
        if any(_NAME_TO_LIFESPAN.fullmatch(text, e, m.start()) for e in person_ends[i:j]):
            births.append(Candidate(m.start("d"), m.end("d"), PiiType.BIRTH_DATE, 0.85, "birth_date", True))
    return found + births if births else found


class BirthDateRecognizer(Recognizer):
    """生年月日: 西暦 or 和暦 dates (令和/平成/昭和/大正/明治, 元年, R5/H12 forms), only in a birth context."""

    name = "birth_date"
    types = frozenset({PiiType.BIRTH_DATE})
    _dates = (
        # (round 11: or said with の after the year, as speech is transcribed: 1989年の11月2日, 昭和50年の2月8日)
        _re(r"(?:18|19|20)(?<![0-9]..)\d{2}\s?年\s?(?:の\s?)?\d{1,2}\s?月\s?\d{1,2}\s?日"),
        # (spaces may stand around the separators: 1985 / 4 / 12)
        _re(r"(?:18|19|20)(?<![0-9/\-.]..)\d{2}[ ]?([/\-.])[ ]?\d{1,2}[ ]?\1[ ]?\d{1,2}(?![0-9/\-])"),
        _re(r"(?:明治|大正|昭和|平成|令和)\s?(?:\d{1,2}|元)\s?年\s?(?:の\s?)?\d{1,2}\s?月\s?\d{1,2}\s?日"),
        # (round 9: a space may pad the month and day of a fixed-width date: S24. 6.17, H 9. 1. 5)
        _re(r"[MTSHR](?<![A-Za-z0-9].)\.?\s?(?:\d{1,2}|元)([./\-])[ ]?\d{1,2}\1[ ]?\d{1,2}(?![0-9])"),
        # 和暦 abbreviated by its first kanji (昭59.2.29, 平27/4/1)
        _re(r"[明大昭平令](?<![㐀-䶿一-鿿豈-﫿].)(?:(?<=明)治|(?<=大)正|(?<=[昭令])和|(?<=平)成)?\.?\s?(?:\d{1,2}|元)([./\-])\d{1,2}\1\d{1,2}(?![0-9])"),
        _re(r"(?:18|19|20)(?<![0-9]..)\d{2}\s?年\s?[(（](?:明治|大正|昭和|平成|令和)(?:\d{1,2}|元)年[)）]\s?\d{1,2}\s?月\s?\d{1,2}\s?日"),
        # round 8: the 西暦 year in brackets after the 和暦 year (昭和60（1985）年4月12日)
        _re(r"(?:明治|大正|昭和|平成|令和)\s?(?:\d{1,2}|元)\s?[(（](?:18|19|20)\d{2}[)）]\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日"),
        # (round 9c: … or 年 on both sides, inside the bracket too: 昭和35年（1960年）8月8日)
        _re(r"(?:明治|大正|昭和|平成|令和)\s?(?:\d{1,2}|元)\s?年\s?[(（](?:18|19|20)\d{2}\s?年?[)）]\s?\d{1,2}\s?月\s?\d{1,2}\s?日"),
        # the 和暦 year in brackets before 年 (2011（平成23）年5月16日)
        _re(r"(?:18|19|20)(?<![0-9]..)\d{2}\s?[(（](?:明治|大正|昭和|平成|令和|[明大昭平令MTSHR])\.?\s?(?:\d{1,2}|元)[)）]\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日"),
        # 和暦 in kanji numerals (平成二年五月三十日, 昭和四十八年十一月二日)
        _re(r"(?:明治|大正|昭和|平成|令和)\s?(?:[一二三四五六七八九十]{1,3}|元)\s?年\s?[一二三四五六七八九十]{1,2}\s?月\s?[一二三四五六七八九十]{1,3}\s?日"),
        # 和暦 abbreviated to one kanji or letter, with 年月日 (昭55年9月14日, H3年2月1日)
        _re(r"[明大昭平令MTSHR](?<![㐀-䶿一-鿿豈-﫿A-Za-z0-9].)(?:(?<=[MTSHR])\.)?\s?(?:\d{1,2}|元)\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日"),
    )
    # the year alone in a record, then 生 (昭11年生, 1936年生; not a cohort's 生まれ, not 小学3年生): found from 年生
    # backwards, so the pattern does not run at every position
    _year_only = _re(
        r"(?:明治|大正|昭和|平成|令和|[明大昭平令](?<![㐀-䶿一-鿿豈-﫿].)|[MTSHR](?<![A-Za-z0-9].)\.?|(?:18|19|20)(?<![0-9]..)\d\d(?![0-9]))"
        r"(?:(?<![0-9]\d)\d{1,2}|元)?(?<=[0-9元])年\Z"
    )
    _year_only_after = _re(r"生(?!まれ|活|産|徒|涯|命|地|物|協)")
    # English forms, tried only in a text that speaks of a birth in English (DOB: 02/14/1990, born on 14 February 1990)
    _english_gate = ("irth", "orn", "DOB", "dob", "D.O.B", "nasc", "Nasc", "nacim", "Nacim", "naiss", "Naiss", "sinh",
                     "생년월일", "Geburt", "生年月日", "誕生日", "出生")  # (round 9: a Japanese label, a western date)  # substrings: cheaper than a regex pass
    _months = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
    _english = (
        _re(r"\d(?<![0-9/\-.]\d)\d?([/.\-])\d{1,2}\1(?:18|19|20)\d{2}(?![0-9])"),
        _re(_months + r"\.? \d{1,2}(?:st|nd|rd|th)?,? (?:18|19|20)\d{2}(?![0-9])"),
        # day, month, year; the month may be upper case and hyphens may separate (12-Apr-1985, 12 APR 1985)
        _re(r"\d(?<![0-9]\d)\d?(?:st|nd|rd|th)?[ \-](?:" + _months + "|" + _months.upper() + r")\.?(?:,? |-)(?:18|19|20)\d{2}(?![0-9])"),
    )
    # a birthday without the year, only right after 誕生日 (誕生日：5月30日, 誕生日は5月30日)
    _birthday = _re(r"誕生日[ ]?(?:[:：]|は|[ ])[ ]?(?P<d>\d{1,2}月\d{1,2}日)")
    _before = words_re(("生年月日", "誕生日", "出生日", "生年", "出生年月", "nascimento", "nacimiento", "naissance",
                        "Geburtsdatum", "ngày sinh", "생년월일", "DOB", "Date of Birth", "date of birth", "Birthday", "birthday", "Born", "born", "誕生", "birth_date", "birthDate", "birthdate", "date_of_birth", "dob", "birth", "D.O.B",
                        # (round 9: romaji and upper-case column names of exports: SEINENGAPPI, BIRTH_DATE, DOB)
                        "seinengappi", "SEINENGAPPI", "seinen_gappi", "SEINEN_GAPPI", "BIRTH", "Birth", "tanjobi",
                        # (round 9b: a vCard's birthday property; 出生 as a register's label: 出生　昭和11年8月14日)
                        "BDAY", "出生 ", "出生:", "出生："))
    # round 13 (late): the same words as a date's label, not inside 発生年月日 (事故発生年月日: the date of an event)
    _before_key = re.compile(r"(?<!発)(?:" + _before.pattern + ")", re.IGNORECASE)
    # round 9b: a cell of a birth column in shapes no date pattern takes — Oracle's DD-MON-YY (14-SEP-77), a birthday
    # without its year (--06-15, vCard and ISO 8601)
    _birth_cell = _re(r"\d{1,2}-(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)-\d{2}(?:\d{2})?|--(?:0[1-9]|1[0-2])-?(?:0[1-9]|[12]\d|3[01])")
    # (round 9: 出生 after a date records a birth: 長女 2025/06/02 出生; not 出生届/出生数/出生率)
    # (round 13: or に生まれ in a sentence, 私は平成2年8月6日に生まれ、…; not 生まれ変わる)
    _after = _re(r"[ ]?(?:生まれ|に生まれ(?!変)|生(?![活産徒涯])|出生(?![届数率地])|[(（][ ]?(?:満[ ]?)?(?P<age>\d{1,3})[ ]?歳)")

    @staticmethod
    def _age_fits(text: str, start: int, end: int) -> bool:
        """Round 9b: an age in brackets right after the date that fits its year (S49.1.11（51）, 1975/4/2 (50)): the
        person's age, so the date is their birth date. (A record's date with a count after it does not fit.)"""
        m = _AGE_AFTER.match(text, end)
        year = _year_of(text[start:end]) if m else None
        if year is None:
            return False
        return _THIS_YEAR - year - 3 <= int(m.group(1)) <= _THIS_YEAR - year

    @staticmethod
    def _answer(text: str, start: int) -> bool:
        """Round 9b: the answer to a question about the birth date in a call transcript or chat (OP：生年月日を
        お願いします ⏎ 客：昭和58年5月29日です): the date opens the speaker's line, the line above asks for it."""
        line_start = text.rfind("\n", 0, start) + 1
        if line_start == 0 or not _SPEAKER_OPEN.fullmatch(text, line_start, start) or _EVENT_DATE.search(text, line_start, start):
            return False  # (申請日：…, 交付日：… are fields, not a speaker's answer)
        prev_start = text.rfind("\n", 0, line_start - 1) + 1
        return bool(_BIRTH_QUESTION.search(text, prev_start, line_start))

    def _key_bar_value(self, text: str, start: int) -> bool:
        """Round 9b: the value of a ``key | value`` line whose key is a birth label, however far the bar stands (psql's
        expanded display ``birth            | 1957-05-23``, a two-column Markdown table ``| 生年月日 | … |``)."""
        line_start = text.rfind("\n", 0, start) + 1
        if start - line_start <= 60 and _KEY_BAR.fullmatch(text, line_start, start) and self._before.search(
            text, line_start, start
        ):
            return True
        # round 13 (late): a transposed Markdown table, one column per person (| 項目 | 夫 | 妻 | ⏎ | 生年月日 | 昭和14年…
        # | 昭和17年… |): the row's first cell is the birth label, the date any later cell
        if start - line_start > 200 or text[line_start : start].count("|") < 3:
            return False
        row = _KEY_ROW.fullmatch(text, line_start, start)
        return bool(row and self._before_key.fullmatch(row.group("key")))

    @staticmethod
    def _after_name(doc: Document, start: int, end: int) -> bool:
        """A date right after a person's full name: alone in brackets (異動者：吉川 修平（S52.3.18）、…, 能登谷 清 様
        （1950/10/12）, 長男 希望（R2.1.9）) or as the next field of a row (浜野 浩二　1983.9.2　千葉県…)."""
        text = doc.text
        prev = text[start - 1 : start]
        if prev in ("(", "（"):
            if text[end : end + 1] not in (")", "）"):
                return False
            # (round 12: a date of this year after a clerk's name is the record's: 確認：稲田（2026/04/22）)
            year = _year_of(text[start:end])
            if year is not None and year >= _THIS_YEAR:
                return False
        elif prev in (" ", "\t", ")", "）"):
            # a row: the date ends its field and is not a recent one (a record date after a clerk's name is)
            if end < len(text) and text[end] not in " \t\r\n,":
                return False
            if not _old_and_no_event(text, start, end):
                return False
        else:
            return False
        m = _NAME_BEFORE_DATE.search(text, max(0, start - 36), start)
        if not m:
            return False
        # the words before the date must be a name: a dictionary surname or a kin word first, or a 人名 ending there
        if sudachi().is_surname(m.group("sei")) or m.group("sei") in _KIN:
            return True
        return any(t.end == m.end("mei") for t in doc.tokens)

    @staticmethod
    def _birthday_list(text: str) -> Iterable[Candidate]:
        """A list of birthdays under a heading (🎂 11月生まれのみなさん ⏎ ・平 和也（経理）11/2): each item's month and
        day, the year being unknown (as 誕生日：5月30日)."""
        for h in _BIRTHDAY_HEAD.finditer(text):
            pos = h.end() + 1
            while pos < len(text):
                eol = text.find("\n", pos)
                eol = len(text) if eol < 0 else eol
                if _LIST_ITEM.match(text, pos):
                    d = _MONTH_DAY.search(text, pos, eol)
                    if d and ":" not in text[pos : d.start()] and "：" not in text[pos : d.start()]:
                        yield Candidate(d.start(), d.end(), PiiType.BIRTH_DATE, 0.85, "birth_date", True)
                elif _INDENTED_LINE.match(text, pos):
                    # (round 12: an indented line of several entries, each day in brackets after the name:
                    # 　成田 トメさん（6月3日）　稲垣 武さん（6月11日）)
                    for d in _BRACKETED_MONTH_DAY.finditer(text, pos, eol):
                        yield Candidate(d.start("d"), d.end("d"), PiiType.BIRTH_DATE, 0.85, "birth_date", True)
                else:
                    break
                pos = eol + 1

    @staticmethod
    def _roster_entry(text: str, start: int, end: int) -> bool:
        """A date alone in brackets right after the first words of a line (2 ニコラス・ベル（1988/9/3）), not a recent one
        and not on a line about an event."""
        if text[start - 1 : start] not in ("(", "（") or text[end : end + 1] not in (")", "）"):
            return False
        line_start = text.rfind("\n", 0, start) + 1
        if start - line_start > 24 or not _ROSTER_HEAD.fullmatch(text, line_start, start - 1):
            return False
        year = _year_of(text[start:end])
        if year is None or year > _RECENT_YEAR:
            return False
        return not _EVENT_DATE.search(text, line_start, start)

    @staticmethod
    def _note_of_name(text: str, start: int) -> bool:
        """The year opens a bracketed note after a full name (安曇 フミ（昭和23年生まれ）) or follows the name inside
        the bracket (（安曇 フミ、昭和23年生まれ）); the name's 姓 a dictionary surname."""
        m = _NOTE_NAME.search(text, max(0, start - 16), start)
        if not m:
            return False
        sei = m.group("sei") or m.group("sei2")
        return sudachi().is_surname(sei)

    @staticmethod
    def _not_a_person(text: str, start: int, end: int) -> bool:
        """A bound of a date range, an animal's birth date, or one of a line of cohorts (round 9c: 本厄：平成13年生（25歳）、
        昭和59年生（42歳）、… — a person's birth year stands once on a line, a table of years three times or more)."""
        if _RANGE_BEFORE.search(text, max(0, start - 4), start) or _RANGE_AFTER.match(text, end):
            return True
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        if text.count("年生", line_start, len(text) if line_end < 0 else line_end) >= 3:
            return True
        return bool(_ANIMAL.search(text, line_start, start))

    def analyze(self, doc: Document) -> Iterable[Candidate]:
        text = doc.text
        regexes = self._dates + self._english if any(w in text for w in self._english_gate) else self._dates
        found: list[list] = []  # [start, end, score]
        roster = False  # a date in brackets after a name, found in the document (吉川 修平（S52.3.18）)
        for regex in regexes:
            for m in regex.finditer(text):
                start, end = m.span()
                b = self._before_key.search(text, max(0, start - 15), start)
                if b and "\n" in text[b.end() : start] and doc.header_of(start) is not None:
                    b = None  # a word of the header line above a table row: the cell's own column header decides
                before = (
                    b
                    or doc.header_matches(start, self._before_key, kv=True)
                    or self._key_bar_value(text, start)
                    or _LABEL_NOTE.search(text, max(0, start - 40), start)
                    or _KANA_LABEL.search(text, max(0, start - 10), start)
                    or ("<" in text and _HTML_BIRTH_LABEL.search(text, max(0, start - 120), start))
                )
                score = 0.1
                after = self._after.match(text, end)
                if after and after.group("age"):
                    # round 13: an age older than the date itself is someone's age at that date, not since it (死亡日
                    # 2025年5月12日（73歳）): no birth date
                    year = _year_of(text[start:end])
                    if year is not None and int(after.group("age")) > _THIS_YEAR - year:
                        after = None
                if before or after or self._age_fits(text, start, end) or self._answer(text, start):
                    score = 0.9
                elif _slash_list_column(text, start, end, self._before):
                    score = 0.9
                elif self._after_name(doc, start, end) and not _other_date_column(doc, start):
                    # (round 11: not a row's 入社日 after the name's reading: ハルタ ショウヘイ<TAB>1998-04-01)
                    score = 0.9
                    roster = roster or text[start - 1 : start] in ("(", "（")
                if score > 0.5 and self._not_a_person(text, start, end):
                    score = 0.1
                found.append([start, end, score])
        if roster:
            # one roster line shows a date in brackets after a name: the other entries' bracketed dates are birth
            # dates too, whatever the name's shape (ニコラス・ベル（1988/9/3）, 柊（S60.12.24）)
            for f in found:
                if f[2] < 0.5 and self._roster_entry(text, f[0], f[1]):
                    f[2] = 0.85
        for start, end, score in found:
            yield Candidate(start, end, PiiType.BIRTH_DATE, score, self.name, True)
        # a compact date after a birth label ("dob":"20000612", 生年月日 19850412)
        for m in _COMPACT_DATE.finditer(text):
            start = m.start()
            if self._before.search(text, max(0, start - 15), start) or doc.header_matches(start, self._before):
                yield Candidate(start, m.end(), PiiType.BIRTH_DATE, 0.9, self.name, True)
        # round 10: an era-coded compact date under a birth key or column: the era as a letter or a digit, perhaps
        # apart (T150611, 3591021 of an IC chip, 5-580213, 051023 after a separate 元号 field)
        for m in _ERA_COMPACT.finditer(text) if self._before.search(text) else ():  # (a birth word somewhere first)
            start = m.start()
            if doc.header_matches(start, self._before, kv=True):
                yield Candidate(start, m.end(), PiiType.BIRTH_DATE, 0.9, self.name, True)
        for m in _SHORT_YEAR_DATE.finditer(text):
            start = m.start()
            if self._before.search(text, max(0, start - 15), start) or doc.header_matches(start, self._before):
                yield Candidate(start, m.end(), PiiType.BIRTH_DATE, 0.9, self.name, True)
        # round 9b: a JAHIS お薬手帳 patient record (field 3) and a UKE receipt's RE record (field 6, era-coded)
        for _, start, end in record_fields(text, "1", (3,)):
            if _COMPACT_DATE.fullmatch(text, start, end):
                yield Candidate(start, end, PiiType.BIRTH_DATE, 0.9, self.name, True)
        for _, start, end in record_fields(text, "RE", (6,)):
            if _UKE_DATE.fullmatch(text, start, end):
                yield Candidate(start, end, PiiType.BIRTH_DATE, 0.9, self.name, True)
        # round 9c: a form's era choice list before the date (昭和・平成 62年4月9日, 明治・大正・(昭和)・平成 12年3月8日):
        # the era is circled on paper, the date part is the value; it wins over a date read with the last era
        if "・" in text:
            for m in _ERA_CHOICE.finditer(text):
                b = self._before.search(text, max(0, m.start() - 15), m.start()) or self._after.match(text, m.end("d"))
                if b or doc.header_matches(m.start(), self._before):
                    yield Candidate(m.start("d"), m.end("d"), PiiType.BIRTH_DATE, 0.95, self.name, True)
        # round 9: an HL7 v2 PID segment: PID-7 is the date of birth (YYYYMMDD, perhaps with a time)
        if "PID|" in text:
            for field, start, end in hl7_pid_fields(text, 7):
                if _COMPACT_DATE.match(text, start, min(end, start + 8)):
                    yield Candidate(start, start + 8, PiiType.BIRTH_DATE, 0.9, self.name, True)
        if doc.has_columns:
            for start, end in doc.cells_under(self._before):
                if self._birth_cell.fullmatch(text, start, end):
                    yield Candidate(start, end, PiiType.BIRTH_DATE, 0.9, self.name, True)
        # an airline record: the passenger's birth date in SSR DOCS (/22JUN84/M/) or a child's (CHD/05MAR17)
        if "DOCS" in text or "CHD/" in text or "INF/" in text:
            for m in _PNR_BIRTH.finditer(text):
                g = "d" if m.group("d") else "c"
                yield Candidate(m.start(g), m.end(g), PiiType.BIRTH_DATE, 0.9, self.name, True)
        i = text.find("年生")
        while i >= 0:
            if self._year_only_after.match(text, i + 1):
                m = self._year_only.search(text, max(0, i - 7), i + 1)
                if m:
                    score = 0.1 if self._not_a_person(text, m.start(), m.end()) else 0.9
                    yield Candidate(m.start(), m.end(), PiiType.BIRTH_DATE, score, self.name, True)
            elif text.startswith("生まれ", i + 1):
                # a cohort says 生まれ too (平成26年生まれの児童); in a bracketed note about a named person, or before
                # a kin word (1987年生まれの兄), it is a birth
                m = self._year_only.search(text, max(0, i - 7), i + 1)
                if m and (
                    self._note_of_name(text, m.start())
                    or _KIN_AFTER_BORN.match(text, i + 4)
                    or _PERSON_TOPIC_BEFORE.search(text, max(0, m.start() - 6), m.start())
                ):
                    yield Candidate(m.start(), m.end(), PiiType.BIRTH_DATE, 0.85, self.name, True)
            i = text.find("年生", i + 2)
        # the year and month before 生 / 生まれ, under the same conditions as the year alone
        i = text.find("月生")
        while i >= 0:
            m = _YEAR_MONTH_END.search(text, max(0, i - 14), i + 1)
            if m:
                if self._year_only_after.match(text, i + 1):
                    score = 0.1 if self._not_a_person(text, m.start(), m.end()) else 0.9
                    yield Candidate(m.start(), m.end(), PiiType.BIRTH_DATE, score, self.name, True)
                elif text.startswith("生まれ", i + 1) and (
                    self._note_of_name(text, m.start())
                    or _KIN_AFTER_BORN.match(text, i + 4)
                    or _PERSON_TOPIC_BEFORE.search(text, max(0, m.start() - 6), m.start())
                ):
                    yield Candidate(m.start(), m.end(), PiiType.BIRTH_DATE, 0.85, self.name, True)
            i = text.find("月生", i + 2)
        if any(w in text for w in ("生年", "うまれ", "生まれ年", "irth", "DOB", "D.O.B")):  # the labels, as substrings
            for m in _PARTIAL_BIRTH.finditer(text):
                yield Candidate(m.start("d"), m.end("d"), PiiType.BIRTH_DATE, 0.9, self.name, True)
        if "誕生日" in text or "生まれ" in text or "irthday" in text:
            yield from self._birthday_list(text)
        if "誕生日" in text:
            for m in self._birthday.finditer(text):
                yield Candidate(m.start("d"), m.end("d"), PiiType.BIRTH_DATE, 0.85, self.name, True)
