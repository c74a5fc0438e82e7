"""Addresses (住所): from the prefecture (or the municipality) to the last block number, building and room.

Starts come from the 47 prefectures and a municipality list shipped as data (``data/municipalities.tsv``,
built from 日本郵便's postal data) matched with one Aho-Corasick automaton. From a start, a regular
expression takes the town name, the block numbers (丁目・番地・号, ``1-2-3``) and an optional building,
floor and room. A bare place name without block numbers is an address only right after a label such as
``住所：``; otherwise it is a place (``東京都で開催``), not a finding.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from importlib import resources

import ahocorasick
from stdnum.jp import cn as corporate_number

from hogo.scan.document import Document
from hogo.scan.recognizers.base import Candidate, Recognizer, _gated, words_re
from hogo.scan.recognizers.patterns import PREFECTURES, ROMAN_PREFECTURES
from hogo.scan.types import PiiType

# town names: kanji, katakana and hiragana (におの浜, つつじが丘)
_TOWN = r"[㐀-䶿一-鿿豈-﫿々〆ヵヶケぁ-んノツァ-ヴー]"
_KNUM = r"[一二三四五六七八九十百千〇]{1,4}"
_BLOCK = (
    # 甲/乙 before a lot number (二丁目乙123番地); Asahikawa's 条通 and 丁目左/右 (3条通8丁目左10号)
    # Hokkaido's 線 grid (北9線西18番地) reads like 条
    # OCR and hand-typed text: spaces around a hyphen (3 - 8 - 14), a space after 丁目/番 (3丁目 8番 14号), the kanji
    # 一 read for a dash between digits (3一8一14); never a number after a space that starts with 0 (…4番地　0155-22-3871
    # is a phone number in the next field)
    # (round 11: speech says の after 丁目 and 番 too: 本町4丁目の3の20, 岸町7丁目 12番の5)
    # (round 13: a direction after a kanji 丁目, 南郷通十三丁目北2番18号; 部 between lot numbers, 輪島市河井町18部42番地)
    rf"(?:{_KNUM}丁目[ ]?[甲乙丙東西南北]?)?\d{{1,5}}(?:(?:(?:丁目?[東西南北左右]?-?|番地の|番地|番|部|条通?[東西南北]?|線[東西南北]?)(?:[ ]?の[ ]?|[ ](?!0))?|号|街区|[ ]?-[ ]?|[のー一])\d{{1,5}})*(?:丁目|番地|番|号)?"
    rf"|{_KNUM}丁目[ ]?(?:{_KNUM}(?:番地?(?:(?:の|-)?{_KNUM}号?)?|(?:-{_KNUM}){{1,2}}))?"
    # kanji numerals without 丁目 (字小禄百二十三番地, 二番一号)
    rf"|{_KNUM}番地?(?:の?{_KNUM}(?:号)?)?"
)
_BUILDING_WORDS = (
    "ビルディング|ビル|マンション|ハイツ|コーポ|荘|アパート|レジデンス|タワー|ハウス|パレス|メゾン|コート|ヒルズ|"
    "プラザ|会館|寮|団地|住宅|ホームズ|ガーデン|テラス|ヴィラ|キャッスル|シティ|ハイム|カーサ|レジデンシャル|パーク(?!ング)|棟|館"
)
_ROOM = r"(?:[ ]?\d{1,3}(?:階|F))?(?:(?:[ ]?の[ ]?|[ ](?!0))?(?:\d{1,4}号室|\d{1,4}号|(?:[A-Z]|\d{1,2})?-?\d{2,4}(?:号室)?|\d{1,3}-?[A-Z](?![A-Za-z0-9])(?:号室)?|[A-Z]号室|[〇一二三四五六七八九]{3,4}(?:号室)?|[A-Z]?(?<=[A-Z])-\d{1,2}(?![0-9])|(?<=F)-[A-Z](?![A-Za-z0-9])))?"
_COUNTER = r"年|月|日|人|件|円|%|万|億|歳|回|時|分|条|項|倍|割|点|位|か所|箇所|社|校|者|名|世帯"
_BLD_NAME = r"[ァ-ヶーぁ-ん㐀-䶿一-鿿豈-﫿A-Za-z]"
# (round 11: inside a keyword-less building's name also ・ and a number of a street grid, ラ・ペルラ大井, ステラ南2条)
# (round 13: or a number ending the name before its room, グランメール北24 1102)
_BLD_NAME_PART = rf"(?:{_BLD_NAME}|・|\d{{1,2}}(?=[条丁線]|[ ]\d{{3,4}}(?![0-9])))"
_BUILDING = (
    # (round 13 late: a number ending a keyword building's name before a room that says 号 or ends the field,
    # サンハイツ北21 405号, グリーンコート西18 302号)
    # (round 13: が or の inside a keyword building's name before its room, ハイツ藤が岡305, レジデンス溝の口 704)
    rf"(?:[ ]?(?:[^\s、。,，;；:：「」()（）\d<>]|(?<=第)\d{{1,2}}){{0,20}}(?:{_BUILDING_WORDS})[㐀-䶿一-鿿豈-﫿々ァ-ヶーA-Za-z]{{0,10}}(?:\d{{1,2}}(?=[ ]\d{{3,4}}(?:号室|号|(?=$|[\s,、。;；|)）」』\"\x27]))))?(?:[がの][㐀-䶿一-鿿々]{{1,4}}(?=[ ]?[1-9A-Z]))?(?:[ぁ-ゖ]{{1,6}}(?=[ ]?[1-9]))?(?<![一二三四五六七八九])(?:[ ]?[A-Z0-9]{{1,3}}号?棟)?{_ROOM}"
    rf"|[ ]?\d{{1,4}}号室|[ ]?\#\d{{1,4}}(?![0-9])"
    # (round 13 late: a room said with 号 alone after a space, ending its field: …中田本町11-8 202号 | 080-…)
    rf"|[ ][1-9]\d{{2,3}}号(?=$|[\s,、。;；|)）」』\"\x27])"
    # a numbered block of flats, then the room (保見ケ丘5-1 12棟 305号, 3号棟402)
    rf"|[ ]?\d{{1,3}}号?棟{_ROOM}"
    rf"|[ ]?\d{{1,2}}(?:階|F)(?![A-Za-z0-9])"
    # a building name without a keyword, followed by a room number and the end of the field (エクセル阿佐谷303,
    # ロイヤル桜町 806, コスモ本町A-203, Room 302)
    # (round 11: also 号 after the room, ラフィネ七隈305号)
    rf"|[ ]{_BLD_NAME}{{2,12}}(?:\d{{3,4}}|[〇一二三四五六七八九]{{3,4}})(?:号室|号)?(?=$|[\s,、。;；|)）」』\"\x27])"
    # the same with a space inside or before the room, or a letter before it: only at the end of a line or cell
    # (the room may carry its building number: グランフォレスト宝永 2-201)
    rf"|[ ]{_BLD_NAME}{_BLD_NAME_PART}{{1,11}}(?:[ ]{_BLD_NAME_PART}{{1,12}})?[ ]?(?:(?:\d{{1,2}}(?:階|F)[ ]?)?(?:[A-Z]-?|\#|\d{{1,2}}-)?(?:\d{{3,4}}|[〇一二三四五六七八九]{{3,4}})(?:号室|号)?|\d{{1,2}}(?:階|F))(?=$|[\r\n\t,、。;；|)）」』\"\x27]))"
    # (round 13 late: or a copula closing a chat's sentence after a katakana name's room, …3-12-8 ステラ日吉 402です)
    rf"|[ ](?=[^\s\d]*[ァ-ヶ]{{2}}){_BLD_NAME}{_BLD_NAME_PART}{{1,11}}[ ]?\d{{3,4}}(?:号室|号)?(?=です|でした)"
    # round 12: a katakana building's name and its room may be followed by the next field after a space (…2-9 サンライズ
    # 米山 603  五十嵐 瑞穂, …ブリエ鶴見 502　居住年数): not by a number or a counter (…ホール 120 名)
    # (round 13: a word before the name, みなし仮設 サンライズ西念 502, and a phone number as the next field, …ライオンズ植田
    # 405 052-803-7…)
    rf"|[ ](?=[^\s\d]*[ァ-ヶ]{{2}}|[^\s\d]{{1,8}}[ ][^\s\d]*[ァ-ヶ]{{2}}){_BLD_NAME}{_BLD_NAME_PART}{{1,11}}(?:[ ]{_BLD_NAME}{_BLD_NAME_PART}{{1,11}})?[ ](?:\d{{3,4}})(?:号室|号)?(?=[ ](?:(?![\d]|(?:{_COUNTER}))|0\d{{1,4}}-\d))"
)
_GLUED_BUILDING = re.compile(r"[ァ-ヶーA-Za-z㐀-䶿一-鿿豈-﫿]{2,12}\d{3,4}(?:号室)?(?=$|[\s,、。;；|)）」』\"\x27])", re.M)
# a counter right after the numbers, also after a space (西区で 2-3 人が参加): a count, not a block
# (after a bare number only, and not the head of a kanji word: …1432番地　日髙 is a name)
_AFTER_BLOCK_STOP = re.compile(rf"(?:\d|{_COUNTER}|km|m)|(?<=\d)[ ](?:{_COUNTER})(?![㐀-䶿一-鿿豈-﫿々])")
# no block number is 0 (港北区 12-0 で勝利 is a score)
_ZERO_PART = re.compile(r"(?:^|[\-ー一])0(?![0-9])")
_TOWN_HEAD = r"[㐀-䶿一-鿿豈-﫿々〆ヵヶケぁ-んァ-ヴー]"
_ADDRESS = re.compile(
    # a number before 番町 belongs to the town (西堀前通6番町894番地1), so a block never ends right before 町
    rf"(?P<town>[ ]?(?:{_TOWN_HEAD}(?:{_TOWN}|[ ](?={_TOWN})|\d{{1,2}}(?=番町)){{0,24}}?(?:[ ](?=[1-9一二三四五六七八九]))?)?)"
    rf"(?P<block>{_BLOCK})(?!番?町)(?P<bld>{_BUILDING})?"
)
# A block needs structure (丁目・番地・号 or a hyphen); a bare number after a place name is a statistic.
_LOOSE_DASH = re.compile(r" -|- |\d一\d")
_STRUCTURED_BLOCK = re.compile(r"丁目|丁-\d|番|号|街区|\d[ ]?[\-のー一][ ]?\d|\d部\d")
_NOT_TOWN = re.compile(
    r"在住|在勤|出身|図|表(?=[ ]?\d|$)|第|資料|提供|出典|様式|別紙|計|率|合計|人口|万$|年度|では|には|から|まで|において|について|より|など|及び|または|ほか"
    # (round 13: the label of a number, 組合員番号 10-0448, is no town)
    r"|番号"
    # a particle closing the town before the number (西区で 2-3 …)
    r"|[でにはをがとも][ ]?$"
)
# the town before a bare lot number: two or more characters, no space (a space before a number is a table column)
_BARE_LOT_TOWN = re.compile(rf"{_TOWN_HEAD}{_TOWN}{{1,12}}")
_BARE_TOWN_MARK = re.compile(r"[町村字甲乙]")
# an institution's name in the town's place (横浜市立病院100, 港区議会12): its number is a count, not a lot
_ORG_TOWN = re.compile(r"^(?:立|営|民|議|内|外|長)|議会|病院|会館|役所|役場|学校|大学|センター|協会|委員会|事務所|[館所局課部署院校園]$")
_FIELD_END = re.compile(r"$|[ \t\r\n,、。)）\]」|(（\"]", re.M)
# Kyoto's street notation: the town is placed by a street crossing and a direction (烏丸通御池上ル二条殿町550,
# 下鴨本通北大路下ル); the direction word ends the position, a town name and a number may follow.
_KYOTO = re.compile(
    rf"[ ]?{_TOWN_HEAD}{_TOWN}{{0,16}}?(?:上ル|下ル|上る|下る|東入ル|西入ル|東入る|西入る|東入|西入)"
    rf"(?:{_TOWN}{{0,12}}?(?:{_BLOCK}))?(?:{_BUILDING})?"
)
# a labelled address may end in a bare lot number after the town (字本町55, 今橋町1): the label makes it an address
# a romanised Japanese address, in either order (4-5-6 Roppongi, Minato-ku, Tokyo; Kitazawa 2-10-5, Setagaya City,
# Tokyo), with an optional building or room first (Sun Court 402, …; Apt. 305, …) and a room as a fourth number
# (1-8-3-205). Structural: comma- or space-separated romanised components around one block number (never starting
# with 0: a phone number), kept only up to the last municipality mark (-ku, -shi, City, Ward …) or prefecture name.
_RW = r"(?!Japan\b)[A-Z][a-z]+(?:-[A-Za-z][a-z]*)*"  # a romanised word, hyphenated parts (Minami-Otsuka, Setagaya-ku)
# (never a postal code: 910-0004 Fukui-ken … starts with the code, not a block)
_R_BLOCK = r"(?!\d{3}-\d{4}(?![\w-]))[1-9]\d{0,3}(?:-\d{1,4}){1,3}(?![\w-])"
# 丁目 spelt out (Hoei 3-chome 8-14, 3-chome-8-14 Hoei)
_R_CHOME = r"[1-9]\d?-?[Cc]home(?:[ ,-]{1,2}[1-9]\d{0,3}(?:-\d{1,4}){0,2})?(?![\w-])"
_R_BLD = (
    r"(?:(?:Apt\.?|Apartment|Room|Rm\.|Unit|Suite|No\.|\#)[ ]?\d{1,4}[A-Z]?"
    r"|[A-Z][A-Za-z]+\.?(?:[ ][A-Z][A-Za-z]+\.?){0,3}(?:[ ]?\#?[ ]?\d{1,4}[A-Z]?)?"  # Kioicho Bldg. 8F, …
    r"|\d{1,4}[A-Z]?[ ][A-Z][A-Za-z]+(?:[ ][A-Z][A-Za-z]+){0,3}),[ ]"
)
_ROMAN_ADDRESS = re.compile(
    rf"(?<![\w\-#.])(?:{_R_BLD})?(?:(?:{_R_BLOCK}|{_R_CHOME}),?[ ]{_RW}(?:[ ]{_RW})??|{_RW}(?:[ ]{_RW})?,?[ ](?:{_R_BLOCK}|{_R_CHOME}))"
    rf"(?P<areas>(?:,?[ ]{_RW}(?:[ ](?:City|Ward|Town|Village|Prefecture|Pref\.|County))?){{1,4}})"
)
# the Japanese order romanised, largest area first (Fukui-shi Hoei 3-8-14; Fukui Prefecture, Fukui City, Hoei 3-8-14
# Hoei Heights 201): areas, the town, the block, then an optional building and room
_R_AREA_JP = rf"{_RW}(?:[ ](?:City|Ward|Town|Village|Prefecture|Pref\.|County))?"
_ROMAN_ADDRESS_JP = _gated(
    rf"(?<![\w\-#.])(?P<areas>(?:{_R_AREA_JP},?[ ]){{1,3}}){_RW}(?:[ ]{_RW})?,?[ ](?:{_R_BLOCK}|{_R_CHOME})"
    rf"(?:,?[ ](?:(?:Apt\.?|Room|Rm\.|Unit|\#)[ ]?\d{{1,4}}[A-Z]?|[A-Z][A-Za-z]+(?:[ ][A-Z][A-Za-z]+){{0,2}}[ ]\#?\d{{1,4}}[A-Z]?)(?![\w-]))?"
)
_ROMAN_AREA = re.compile(rf",?[ ](?P<w>{_RW})(?:[ ](?P<kind>City|Ward|Town|Village|Prefecture|Pref\.|County))?")
_ROMAN_MARK = re.compile(r"-(?:ku|shi|cho|machi|gun|mura|son|to|fu|ken)$")
# every romanised address has its block next to a romanised word (2-10-5 Kitazawa, Kitazawa 2-10-5): a cheap gate
_ROMAN_HINT = re.compile(r"\d,?[ ][A-Z]|[a-z],?[ ][1-9]")
_ROMAN_TAIL = re.compile(r"[ ]?(?:$|[,.;)\r\n]|\d{3}-\d{4})", re.M)
_ROMAN_ORG_BEFORE = re.compile(r"(?i:\b(?:office|headquarters|HQ|head-office|premises|store|shop|branch|factory|plant)\b)[^\n.]{0,16}\Z")
_ROMAN_PREF_SET = frozenset(ROMAN_PREFECTURES)


def _roman_end(m: re.Match[str]) -> int:
    """The end of a romanised address match: its last municipality mark or prefecture, or -1 without one (a
    prefecture alone counts only in a comma-separated address: Osaka 2-1 Kyoto is a score)."""
    end = -1
    marked = ward = False
    for a in _ROMAN_AREA.finditer(m.string, m.start("areas"), m.end("areas")):
        w = a.group("w")
        if a.group("kind") or _ROMAN_MARK.search(w):
            end, marked = a.end(), True
        elif w in _ROMAN_PREF_SET or w.split("-")[0] in _ROMAN_PREF_SET:
            end = a.end()
        elif ward and _ROMAN_TAIL.match(m.string, a.end()):
            end = a.end()  # the city of a ward without -shi, ending the address (Kohoku-ku Yokohama 223-0061)
        ward = w.endswith("-ku") or a.group("kind") == "Ward"
    if end > 0 and not marked and "," not in m.string[m.start() : end]:
        return -1
    return end


def _roman_organisation(text: str, start: int) -> bool:
    """A romanised address that is an organisation's: an office word before it on its line (registered office is …),
    or (round 12) the organisation's name alone on the line above an address opening its line — a letterhead
    (Graduate School of …, Kita-Kanto University ⏎ 1-3-7 Aramaki, Maebashi-shi …)."""
    line_start = text.rfind("\n", 0, start) + 1
    if _ROMAN_ORG_BEFORE.search(text, max(line_start, start - 40), start):
        return True
    if line_start < 2 or text[line_start:start].strip():
        return False
    above = text.rfind("\n", 0, line_start - 1) + 1
    return bool(_FOREIGN_ORG.search(text, above, line_start - 1))


# round 10: an address abroad written in the Latin alphabet, as its country writes it (14 rue des Tanneurs, 67000
# Strasbourg, France; No. 41, 6th Cross, Malleswaram, Bengaluru 560003, India; 1452 Kalani St, Honolulu, HI 96817):
# comma-separated parts ending in a country name or a US state with its ZIP code, the first part opening with a house
# number (or Flat/Apt/Room/Unit/No. and a number), a postal code of four digits or more among the last parts. Japan is
# not in the list: romanised Japanese addresses have their own patterns above.
_COUNTRIES = (
    "France|India|Australia|New Zealand|United States|USA|U\\.S\\.A\\.|United Kingdom|UK|Ireland|Canada|Germany|Italy|Spain|"
    "Portugal|Brazil|Peru|Mexico|Philippines|Vietnam|Viet Nam|Thailand|Indonesia|Malaysia|Singapore|Nepal|Sri Lanka|"
    "Bangladesh|Pakistan|Myanmar|Cambodia|Mongolia|China|Taiwan|Hong Kong|Korea|South Korea|Republic of Korea|"
    "Netherlands|Belgium|Switzerland|Austria|Sweden|Norway|Denmark|Finland|Poland|Turkey|Egypt|Nigeria|Kenya|"
    "South Africa|Argentina|Chile|Colombia"
)
_FOREIGN_END = re.compile(rf",[ ](?:(?:{_COUNTRIES})(?![A-Za-z])|[A-Z]{{2}}[ ]\d{{5}}(?:-\d{{4}})?(?![\w-]))")
_FOREIGN_PART = re.compile(r"[ ]?[A-Za-z0-9À-ɏ][A-Za-z0-9À-ɏ'’.\-/ ]{0,40}")
_FOREIGN_FIRST = re.compile(r"(?:(?:Flat|Apt\.?|Apartment|Room|Unit|Suite|No\.)[ ]?\d{1,5}[A-Za-z]?|\d{1,5}[A-Za-z]?(?:[ ]|$))")
_FOREIGN_POSTCODE = re.compile(r"(?<![\w-])\d{4,6}(?![\w-])|(?<![\w-])[A-Z]\d{2}[ ][A-Z0-9]{4}(?![\w-])|[A-Z]{1,2}\d[A-Z\d]?[ ]\d[A-Z]{2}(?![\w-])")
# (round 12: also institute, college, faculty — a letterhead's names)
_FOREIGN_ORG = re.compile(r"(?i:\b(?:office|headquarters|HQ|embassy|consulate|university|institute|college|faculty|hospital|hotel|inc|ltd|llc|gmbh|co\.|corporation|company|school|church)\b)")


def _foreign_addresses(text: str) -> Iterable[Candidate]:
    for m in _FOREIGN_END.finditer(text):
        # (the field's start: a line, or a tab- or bar-separated cell)
        line_start = max(text.rfind("\n", 0, m.start()), text.rfind("\t", 0, m.start()), text.rfind("|", 0, m.start())) + 1
        parts: list[int] = []  # the start of each comma-separated part, last first
        pos = m.start()
        while len(parts) < 7:
            comma = text.rfind(",", line_start, pos)
            start = comma + 1 if comma >= 0 else line_start
            part = _FOREIGN_PART.fullmatch(text, start, pos)
            if part is None:
                # the first part may follow a label on the line (address / 住所: 14 rue …, Address:  27 …)
                head = re.search(r"[ ]?[A-Za-z0-9][^,:：\n]{0,40}\Z", text[start:pos])
                if head:
                    parts.append(start + head.start() + (1 if head.group().startswith(" ") else 0))
                break
            parts.append(start + (1 if text[start : start + 1] == " " else 0))
            if comma < 0:
                break
            pos = comma
        first = next((p for p in reversed(parts) if _FOREIGN_FIRST.match(text, p)), None)
        if first is None or first == parts[0]:
            continue
        end = m.end()
        body = text[first:end]
        if not _FOREIGN_POSTCODE.search(body) or _FOREIGN_ORG.search(text, max(line_start, first - 40), end):
            continue
        yield Candidate(first, end, PiiType.ADDRESS, 0.85, "address", True)


# round 12: an address abroad in latin script after an address label — Japanese (本国住所, 前住所), English (Address
# outside Japan) or the resident's language (Địa chỉ thường trú, Alamat di Indonesia, Endereço, Dirección, Tirahan) —
# or in a table's address column, without the country or the postal code _foreign_addresses needs (Jl. Melati No. 17,
# RT 03/RW 05, Kel. Sukamaju, …; Bergmannstraße 41, 10961 Berlin): the label says it is an address
_ABROAD_LABEL = re.compile(r"住所|[Aa]ddress|ADDRESS|Địa chỉ|Alamat|Endere[çc]o|Direcci[óo]n|Tirahan|Adresse|地址|住址")
# the label's own words up to its colon (Địa chỉ thường trú:, Address outside Japan:), the value maybe on the next line;
# or, without a colon, a space right after the label (前住所 Av. Brasil …)
_ABROAD_LABEL_COLON = re.compile(r"(?:[ ][^:\n]{1,24}?)?[ \t]*:[ \t]*(?:\n[ \t]*)?")
_ABROAD_LABEL_SPACE = re.compile(r"[ \t]+")
# (round 13: or a short note in brackets, 住所（転出先）10 Anson Road, …)
_ABROAD_LABEL_NOTE = re.compile(r"[(（][^)）\n]{1,8}[)）][ \t]*[:：]?[ \t]*")
_ABROAD_VALUE = re.compile(
    r"[A-Za-z0-9À-ɏḀ-ỿ][A-Za-z0-9À-ɏḀ-ỿ ,./#'’\-]{4,160}?(?=[ ]*(?:$|\t|\||\(|[ ]{2}|[ ]\+))", re.M
)
_ABROAD_WORD = re.compile(r"[A-Za-zÀ-ɏḀ-ỿ]{3,}")
# a romanised Japanese address (…-shi, Tokyo, Japan) is read by the patterns above, its postal code apart
_ROMANISED_JAPAN = re.compile(r"-(?:ku|shi|cho|machi|gun|mura|ken)\b|\bJapan\b|\d{3}-\d{4}")


_STREET_THEN_POSTCODE = re.compile(r"[A-Za-zÀ-ɏ]{3,}\.?[ ]\d{1,5}[A-Za-z]?,[ ](?:[A-Z]{1,2}-?)?\d{4,6}[ ][A-ZÀ-Ý][a-zà-ÿ]+")


def _abroad_value(value: str, commas: int) -> bool:
    """A latin value that reads as an address abroad: a number, a word, ``commas`` commas or more; no mail, link,
    organisation or romanised Japanese address."""
    return (
        value.count(",") >= commas
        and any(ch.isdigit() for ch in value)
        and bool(_ABROAD_WORD.search(value))
        and not _FOREIGN_ORG.search(value)
        and not _ROMANISED_JAPAN.search(value)
        and "@" not in value
        and "//" not in value
    )


def _labelled_abroad(doc: Document) -> Iterable[Candidate]:
    text = doc.text
    for m in _ABROAD_LABEL.finditer(text):
        tail = (
            _ABROAD_LABEL_COLON.match(text, m.end()) or _ABROAD_LABEL_SPACE.match(text, m.end())
            or _ABROAD_LABEL_NOTE.match(text, m.end())
        )
        value = _ABROAD_VALUE.match(text, tail.end()) if tail else None
        # (round 13: one comma is enough when the value holds a postcode after its street and number: Gartenstraße 14,
        # 72074 Tübingen)
        if value and (_abroad_value(value.group(), 2) or _abroad_value(value.group(), 1) and _STREET_THEN_POSTCODE.search(value.group())) and not _FOREIGN_ORG.search(text, text.rfind("\n", 0, m.start()) + 1, m.start()):
            yield Candidate(value.start(), value.end(), PiiType.ADDRESS, 0.85, "address", True)
    for a, b in doc.cells_under(_ABROAD_LABEL, html=False):
        cell = text[a:b].strip()
        a += len(text[a:b]) - len(text[a:b].lstrip())
        if _ABROAD_VALUE.fullmatch(cell) and _abroad_value(cell, 1):
            yield Candidate(a, a + len(cell), PiiType.ADDRESS, 0.85, "address", True)


# a town and its block numbers without a municipality, before a verb of residence (緑ヶ丘四丁目十一番地に住む,
# 本町2-3-4に在住): the verb says it is where a person lives
_RESIDENCE_VERB = ("に住", "在住", "居住", "に暮ら", "転居", "引っ越")
_RESIDENCE_TOWN = re.compile(
    r"[㐀-䶿一-鿿豈-﫿々ァ-ヴ](?<![㐀-䶿一-鿿豈-﫿々〆ヵヶケァ-ヴー].)"
    rf"[㐀-䶿一-鿿豈-﫿々〆ヵヶケァ-ヴーノ]{{0,10}}?"
    rf"(?:(?:{_KNUM}|\d{{1,2}})丁目[ ]?(?:{_KNUM}|\d{{1,4}})番地?(?:(?:の|-)?(?:{_KNUM}|\d{{1,4}})号?)?|\d{{1,4}}(?:-\d{{1,4}}){{1,2}})"
    r"(?=に(?:住|在住|居住|暮ら)|在住|へ(?:転居|引っ越))"
)
# a town and a complete 丁目-番-号 block (three levels) without a municipality anywhere in prose (…、緑町3丁目8番14号のお宅): the chain
# 丁目 + 番 is only ever an address; a bare 3-8-14 is not enough
_CHOME_TOWN = re.compile(
    r"[㐀-䶿一-鿿豈-﫿々ァ-ヴ](?<![㐀-䶿一-鿿豈-﫿々〆ヵヶケァ-ヴー].)"
    rf"[㐀-䶿一-鿿豈-﫿々〆ヵヶケァ-ヴーノ]{{1,10}}?"
    rf"(?:{_KNUM}|\d{{1,2}})丁目[ ]?(?:{_KNUM}|\d{{1,4}})(?:番地?|-)(?:の|-)?(?:{_KNUM}|\d{{1,4}})号?(?![\d\-])"
)
# …of a facility (…3丁目8番14号の公民館で): the facility's place, not a home
_FACILITY_AFTER = re.compile(r"[ ]?の[^\s、。]{0,12}?(?:公園|会館|ホール|体育館|図書館|公民館|センター|施設|広場|駅|神社|寺|教会|学校|店|ビル)")
_HOME_CUE = re.compile(r"自宅|実家|お宅|宅|住ま|住む|住んで|在住|居住|転居|引っ越|転入|様方|さん方|帰省|下宿")
# a label word glued to the town (自宅緑町3丁目…): not part of the address
_BUILDING_AFTER_CHOME = re.compile(rf"(?:{_BUILDING})")
_TOWN_PREFIX = re.compile(r"(?:現住所|新住所|旧住所|住所|自宅|実家|本籍|居所|住居)")
_LABELLED_TOWN = re.compile(rf"{_TOWN}{{0,20}}(?:\d{{1,5}}(?:番地)?(?=$|[\s,\t、。\"|]))?", re.M)
_ADDRESS_LABEL = words_re((
    "住所", "現住所", "居所", "所在地", "住居", "お届け先", "送付先", "届け先", "Address", "address", "本籍", "連絡先住所",
    "住址", "地址", "주소",  # Chinese and Korean forms (a resident's form in mixed languages)
))
# a building alone on the line after an address (住所：…4丁目2番1号⏎　　博多グランドハイツ1203): a span of its own, as a
# 住所2 column is; it needs a room, a floor or a katakana building word, so a name (市川 早苗 様) is not taken
_BUILDING_LINE = re.compile(
    rf"[ \t]*(?P<b>[^\s、。,，;；:：「」()（）\d]{{0,20}}(?:{_BUILDING_WORDS})[㐀-䶿一-鿿豈-﫿々ァ-ヶーA-Za-z]{{0,10}}(?<![一二三四五六七八九])"
    rf"(?:[ ]?[A-Z0-9]{{1,3}}号?棟)?{_ROOM}"
    rf"|{_BLD_NAME}{{2,16}}(?:[ ]{_BLD_NAME}{{1,12}})?[ ]?(?:\d{{1,2}}(?:階|F)[ ]?)?(?:[A-Z]-?|\#)?\d{{3,4}}(?:号室)?)[ \t]*\r?(?:\n|\Z)"
)
_KATAKANA_BUILDING = re.compile(r"[ァ-ヶー]{3,}|ビル")
# … and alone in the next cell of a row (…,高崎市八島町70,ウエスト八島 902,…): the building column of a CSV or table
_BUILDING_CELL = re.compile(
    rf"(?P<b>(?:[^\s、。,，;；:：「」()（）\d|<>]|(?<=第)\d{{1,2}}){{0,20}}(?:{_BUILDING_WORDS})[㐀-䶿一-鿿豈-﫿々ァ-ヶーA-Za-z]{{0,10}}"
    rf"(?<![一二三四五六七八九])(?:[ ]?[A-Z0-9]{{1,3}}号?棟)?{_ROOM}"
    rf"|{_BLD_NAME}{{2,16}}(?:[ ]{_BLD_NAME}{{1,12}})?[ ]?(?:\d{{1,2}}(?:階|F)[ ]?)?(?:[A-Z]-?|\#)?\d{{3,4}}(?:号室)?)"
    r"(?=[ \t]*(?:\r?\n|\Z|\t|\||,|</t[dh]>))"
)
# the second address column of a table: building and room (住所2, 建物名, 方書), a span of its own
# (also the block-number column of a table that splits the address: 番地, 町名番地, 町域・番地)
_BUILDING_HEADER = re.compile(r"住所[ ]?[2二]|住所[(（]?(?:建物|方書)|建物|方書|ビル名|マンション名|[Aa]ddress[ _]?(?:line)?[ _]?2|番地")
# round 9b: the fields of a machine-written record (JSON, CSV, HL7 ^, vCard ;, tab, |, XML text)
_ORG_RECORD = re.compile(r"株式会社|有限会社|合同会社|法人|財団|社団|組合|協会|商店|工務店|TYPE=WORK|;WORK[;:]|[\"']work[\"']|(?i:company|corporat|office)")
_BUILDING_VALUE = re.compile(_BUILDING)
_FIELD_DELIMS = frozenset("\"',;^|\t\n<>[]{}")
_FIELD_GAP = re.compile(r"[ ]?[\"']?[ ]?(?:[,;^|\t]|</[A-Za-z]\w{0,15}>)[ ]?(?:[\"']?[A-Za-z_]\w{0,15}[\"']?[ ]?[:=][ ]?)?\[?[ ]?[\"']?")
_FIELD_VALUE = re.compile(r"[^\"',;^|\t\n<>\[\]{}]{1,40}")
_FIELD_VALUE_BACK = re.compile(r"(?<=[\"',;^|\t\n<>\[\]{}])[^\"',;^|\t\n<>\[\]{}]{1,40}")
_TABLE_RULE = re.compile(r"[ :\-]+")
# the second address line as a labelled field or a JSON member ("address2": "12-7 栄パークサイド1103", 住所2：…,
# 建物名：…, "line2" inside an address object): a span of its own, as a 住所2 column is. Bare 建物 is not a key here
# (建物：木造2階建 describes a property).
_BUILDING_KEY = (
    r"住所[ ]?[2二]|住所[(（]?(?:建物|方書)[^)）:：\n]{0,6}[)）]?|建物名|方書|ビル名|マンション名"
    r"|(?i:addr(?:ess)?[ _-]?(?:line)?[ _-]?2|building(?:[ _-]?name)?|street[ _-]?2|line[ _-]?2)"
)
_BUILDING_LABEL_KEY = r"(?:町名・?)?番地|住所[ ]?[2二]|住所[(（]?(?:建物|方書|番地)[^)）:：\n]{0,6}[)）]?|建物名|方書|ビル名|マンション名"
_BUILDING_FIELD = _gated(
    rf'"(?P<jk>{_BUILDING_KEY})"\s*:\s*"(?P<jv>[^"\n]{{1,60}})"'
    rf"|(?:^|(?<=[\s|]))(?P<lk>{_BUILDING_LABEL_KEY})[ ]?[:：][ \t]*(?P<lv>[^\s|,、][^\t\n|,、]{{0,59}}?)[ \t]*(?=$|[\t|,、])",
    re.M,
)
# a piece one of the keys holds (English keys only as JSON members), a cheap test before the field pattern (a leading
# character class lets the regex engine skip ahead)
_BUILDING_FIELD_GATE = re.compile(r'[住建方ビマ2uU番](?:所[ ]?[2二(（]|物名|書|ル名|ンション名|"|ilding|ILDING|地[ ]?[:：])')
# a generic key (line2, street2, building) is an address line only inside an address object or after an address key
_GENERIC_BUILDING_KEY = re.compile(r"(?i:street|line|building)")
_ADDRESS_OBJECT = re.compile(r"(?i:addr|住所)")
_EMPTY_VALUE = re.compile(r"なし|無し|不明|未記入|該当|null|none|N/?A|^[-ー－―]+$", re.I)
_BUILDING_WORD = re.compile(_BUILDING_WORDS)

# an address ending in a kanji-numeral block (…三丁目十番地) is complete: no continuation on the next line
_KNUM_TAIL = re.compile(r"[一二三四五六七八九十百千〇](?:番地?|号)$")
_LINE_END = re.compile(r"[ \t]*(?:\r?\n|\Z)")
# a cell boundary right after an address (a tab, a pipe, a comma, </td><td>) and the end of the next cell
_CELL_SEP = re.compile(r"[ ]*(?:\t|\||,|</t[dh]>[ ]*<t[dh][^>\n]{0,40}>)[ ]*")
_CELL_END = re.compile(r"[ \t]*(?:\r?\n|\Z|\t|\||,|</t[dh]>)")
_POSTAL_SHAPE = re.compile(r"\d{3}-\d{4}")
_HIRAGANA = re.compile(r"[ぁ-ん]")

# an address label, its separator, then the value (住所：…, 新住所　…, ご住所(自宅) …)
_LABEL_THEN_TOWN = re.compile(
    r"(?:現住所|住所|居所|本籍|Address|address|お届け先|送付先|届け先)[ \t]*(?:[(（][^)）\n]{0,8}[)）])?(?:[ \t]*[:：]|[ \t])[ \t]*(?:〒?[ ]?\d{3}-?\d{4}[ \t]+)?"
)

_LABEL_GATE = re.compile(r"[住居本d届送](?:所|籍|dress|け先|付先)")

# Whose address: a venue, a public facility, a company in a list of companies is not a person's address.
# a venue label earlier on the line (会場：芝公園（東京都港区…）)
_VENUE_WORDS = r"(?:会場|開催場所|開催地|実施場所|集合場所|集合|待ち合わせ場所|式場|斎場|[Vv]enue)"
# a venue label earlier on the line, also as a row label of a list of venues (第2会場　東京会場 ベルサール…（東京都…）)
_VENUE_LABEL = re.compile(rf"{_VENUE_WORDS}名?(?:[ ]?(?:[:：]|は)|[ \t])")
# a facility named right before the bracket holding the address (市民会館（…）, 市役所本庁舎（…）)
_FACILITY_WORD = (
    r"(?:公園|会館|ホール|体育館|図書館|公民館|美術館|博物館|庁舎|役所|役場|競技場|スタジアム|ドーム|展示場|会議場|広場|駅|駅[東西南北中央]{0,2}口|"
    r"神社|寺|教会|学校|高校|大学|園|センター|ホテル|旅館|号地|"
    # a branch, a school, an office or a building named before its address (西川口教室（…）, 新宿店（…）, …本館（…）)
    r"教室|校舎|校|キャンパス|館|店|店舗|本社|支社|営業所|事業所|事務所|出張所|研究所|診療所|保育所|工場|倉庫|"
    r"医院|病院|クリニック|薬局|塾|スクール|オフィス|スタジオ|ビル|会場|署|局|庁|"
    # round 12: a car park (…第5パーキング　名古屋市…, 栄南立体駐車場　…)
    r"駐車場|パーキング|駐輪場)"
)
# (round 13: a short name may follow the word, ケアプランセンター梓川（松本市…）)
_FACILITY = _FACILITY_WORD + r"[^\s、。,:：()（）\d]{0,6}[ ]?[(（]"
_FACILITY_BEFORE = re.compile(_FACILITY + r"[ ]?\Z")
# a facility's name as the row label of a list, the address after a space (丸の内支店　東京都…, 泉中央店 〒… 仙台市…)
# (round 11: a name may follow the facility word, 訪問看護ステーションいずみ　〒…, ほほえみホーム東町　群馬県…)
_FACILITY_ROW = re.compile(
    rf"[ \t]*[^\s、。,:：()（）]{{0,20}}(?:{_FACILITY_WORD}|ステーション|ホーム)[^\s、。,:：()（）\d]{{0,8}}[ \t]+(?:〒?[ ]?\d{{3}}-?\d{{4}}[ \t]+)?\Z"
)
# a table of organisations: a column of 法人番号 or company names and none of person names
_ORG_HEADER = re.compile(
    r"法人番号|法人名|会社名|取引先|事業者名|事業所名|企業名|団体名|施設名|店舗名|支店名|営業所名|医療機関名|病院名|学校名|"
    r"店舗|店名|拠点|支店|営業所|事業所|営業時間|定休日"
    # round 12: a column of 所在地 — a place's own word (_PLACE_LABEL), a person's address being 住所 — unless a rented
    # flat's (物件所在地, 住居の所在地)
    r"|(?<!物件)(?<!住居)(?<!自宅)(?<!住宅)(?<!建物)(?<!の)所在地"
)
# a venue label alone on its line, the address on one of the next two lines (■会場⏎市民会館⏎…)
# (also a place's access heading: アクセス⏎東京都…⏎JR…駅 徒歩3分)
_HEADING_WORDS = rf"(?:{_VENUE_WORDS}|アクセス|交通案内)"
_VENUE_HEADING = re.compile(rf"[ \t]*[■□●○◆◇・【\[]?[ ]?{_HEADING_WORDS}[ ]?[】\]]?[ ]?[:：]?[ \t]*\n")
# (round 10: also name-part columns and a person's own data, 姓 / 名 / セイ / メイ, 生年月日, 個人番号: an employee list with a
# bank's 支店コード is no organisation's table)
_PERSON_HEADER = re.compile(r"氏名|名前|宛名|担当|フリガナ|ふりがな|カナ|[Nn]ame|(?:^| )(?:姓|名|セイ|メイ)(?: |$)|生年月日|個人番号")
# an organisation's own address label (本社所在地：, 事業所の所在地：, 施設住所：)
_ORG_LABEL_WORD = r"(?:本社|本店|事業所|事業場|施設|会社|法人|病院|学校|店舗|工場|支店|営業所|団体)の?(?:所在地|住所)"
_ORG_LABEL = re.compile(
    _ORG_LABEL_WORD + r"[ ]?(?:[(（][^)）\n]{0,8}[)）])?[ ]?[:：]?[ ]?(?:〒?[ ]?\d{3}-?\d{4}[ ]?)?\Z"
)
# a place's own label, not a person's (所在地：, 勤務先：…（所在地 …）, 不動産の表示：): a person's address is labelled
# 住所; 所在地 is a company's, a shop's or a plot's, except a rented flat's (物件所在地, 住居の所在地)
_PLACE_LABEL = re.compile(
    r"(?:(?<!物件)(?<!住居)(?<!自宅)(?<!住宅)(?<!建物)所在地|所在|所[ ]{1,4}在|勤務先|勤め先|不動産の表示|土地の表示|物件の表示"
    # round 12: a car's 保管場所 (車庫法: the parking space, not the 使用の本拠, the user's home)
    r"|保管場所(?:の位置)?"
    # a company's site in prose (本社を福井市…に移転, 工場は…にある)
    r"|(?:本社|本店|支社|支店|営業所|事務所|工場|店舗)(?:を|は|が|も)"
    # round 10: the same words as a field's label (本社：神奈川県…, 支店：…)
    r"|(?:本社|本店|支社|支店|営業所|事業所|本部)(?=[ \t]*[:：]))"
    # (round 12: the label may sit in brackets, （法人所在地）…, or be a key/value row's first cell, 所在地,…)
    r"[)）]?[ \t]*(?:[(（][^)）\n]{0,8}[)）])?[ \t]*[:：,]?[ \t]*(?:〒?[ ]?\d{3}-?\d{4}[ ]?)?\Z"
)
# a spot next to the address (…2丁目15番1号先路上, …付近, …交差点): a location, not a residence. A 場所 label alone
# does not say so (収集場所：… 自宅前 and 発生場所： of an accident at home are persons' addresses in blind5/blind3)
# (round 12: also a road or a walkway named after it: …3丁目 市道交差点, …1丁目 歩道)
_LOCATION_AFTER = re.compile(r"[ ]?の?(?:[市県国町村]道|道路)?(?:先|地先|付近|周辺|路上|交差点|沿い|跡地|用地|歩道|車道)|[ ]?の?[市県国町村]道")
# an organisation's name, then its address in brackets on the same line (株式会社ソラ（千葉県…）)
_ORG_NAME_BRACKET = re.compile(
    r"(?:株式会社|有限会社|合同会社|合資会社|[(（]株[)）]|[(（]有[)）]|法人|組合|協会)[^\n(（]{0,24}[(（][ ]?(?:[^)）\n]{0,6}[ :：])?\Z"
)
_PLACE_ANY = _gated(r"所在|所[ ]{1,4}在|保管場所|勤務先|勤め先|本社|本店|支社|支店|営業所|事務所|工場|店舗|不動産の表示|土地の表示|物件の表示|株式会社|有限会社|合同会社|[(（][株有][)）]|法人|組合|協会")
# a plot or a building as the object (…十二番地の土地, …5番の建物): a property, not a residence
# round 11: the next word after the address names a clinic, a pharmacy, an office or a professional (…鍛冶町3-12 はままつ
# 駅前こころのクリニック, …神田錦町1丁目3番地2　司法書士　八木沢, …日吉2-4-1 みなと薬局日吉店): the letterhead or the stamp of
# the organisation that wrote the paper, not a person's home
_ORG_NEXT = re.compile(
    r"[ \t]{1,4}[^\s、。,]{0,20}?(?:病院|医院|クリニック|診療所|薬局|歯科|内科|外科|眼科|皮膚科|小児科|耳鼻科|整骨院|接骨院|事務所|"
    r"司法書士|行政書士|税理士|弁護士|社会保険労務士|弁理士|公認会計士|土地家屋調査士|株式会社|有限会社|合同会社|法人|"
    r"(?<!支)店|開設者|大学(?=[ \t\r\n]|$))"
)
# (round 13: or a plot described after it — its 地目 in the next cell or a bracket, 宅地/田/畑 …, the other lots of a
# registration, ほか1筆, the land's area, 、土地 165.2㎡, or the document's own words for the place, 本件所在地, 所在の: a
# parcel (地番) or a property, not a residence)
# round 13: a professional's title opening the indented line right below (代理人　新潟県…5番地5⏎　　　司法書士 …): the
# address is the office's, as on the same line (_ORG_NEXT)
_PROFESSIONAL_BELOW = re.compile(
    r"[ \t]*\r?\n[ \t]+(?:司法書士|行政書士|弁護士|税理士|社会保険労務士|弁理士|公認会計士|土地家屋調査士)"
)
_CHOME_ONLY = re.compile(rf"(?:\d{{1,2}}|{_KNUM})丁目")
_PROPERTY_AFTER = re.compile(
    r"[ ]?の(?:土地|建物|敷地|区画)"
    r"|[ ]?[(（、,|\t][ ]?(?:地目[ ]?[:：]?[ ]?)?(?:宅地|田|畑|山林|原野|雑種地|牧場|池沼)(?=[ ]?[\d)）|,、\t])"
    r"|[ ]?(?:ほか|外)[ ]?[\d一二三四五六七八九十]{1,3}筆|[ ]?[(（、,][ ]?土地[ ]?[\d,.]+[ ]?(?:㎡|m2|平方メートル)"
    r"|[ ]?[(（]本件(?:の)?所在地|所在(?:の|する|地)"
    # (round 13 late: or the area alone after a space, its part first, （浦添市城間3-5-8 約210㎡）, …1-24-10 の一部 約120㎡)
    r"|[ ](?:の一部[ ]?)?約[ ]?[\d,.]+[ ]?(?:㎡|m2|平方メートル|坪)"
)
# a company's legal form (株式会社, 法人 …): a company, not a person (the person recognizer reads it in a name's column too)
COMPANY_WORDS = r"株式会社|有限会社|合同会社|法人|\(株\)|\(有\)|㈱|㈲"
# round 12: the organisation that heads a letterhead, a business card or a mail signature (株式会社…, 医療法人社団 …
# 歯科クリニック, …司法書士事務所, 奨学事業部): its name on one of the lines right above the address, or before it on the
# same line, makes the address that organisation's (the spec: an organisation's own address is not personal)
_ORG_NAME_WORD = (
    rf"(?:{COMPANY_WORDS}|合資会社|協会|組合|病院|医院|クリニック|歯科|薬局|事務所|"
    r"支店|営業所|本部|事業部|営業部|役所|役場|委員会|センター)"
)
# (a company, or an organisation addressed 御中, in a column of people's names: the row is the organisation's)
_ORG_NAME_CELL = re.compile(rf"{COMPANY_WORDS}|御中")
# round 12: a 法人番号 (13 digits, the check digit of 法人番号法施行令 valid) on the address's line: a company's record
# (a list of suppliers, a corporate donor's row), so the address is the company's
_THIRTEEN_DIGITS = re.compile(r"(?<![0-9])[1-9][0-9]{12}(?![0-9])")
# (the column that names the row's person: 氏名, 支援者名, donor_name; not a CRM's AccountName or a 勤務先名 column)
_ROW_NAME_HEADER = re.compile(
    r"^(?!.*(?i:account|company|corp|org|shop|store|vendor|employer)|.*(?:会社|法人|取引先|勤務先|所属|団体|施設|店))"
    r".*(?:氏名|名前|宛名|者名|(?i:name))"
)
_ORG_NAME_ANY = _gated(_ORG_NAME_WORD)
# (the address's own line holds only indentation, a mail's quote mark and the postal code before it)
_LINE_HEAD_ONLY = re.compile(r"[ \t>]*(?:〒?[ ]?\d{3}-?\d{4}[ \t]*)?\Z")
# (the name on the address's own line: the organisation word, at most a short tail, then a space and the address)
_ORG_NAME_BEFORE = re.compile(_ORG_NAME_WORD + r"[^\s、。,:：]{0,16}[ \t]+(?:〒?[ ]?\d{3}-?\d{4}[ \t]+)?\Z")
# (a person addressed above the address, 田中 一郎 様, or a sole trader's 屋号: the person's own address)
_PERSON_LINE = re.compile(r"様|殿|屋号")
# (a line that names the person's own address, 自宅, keeps it a person's)
_OWN_HOME_AFTER = re.compile(r"[ ]?[(（](?:自宅|ご?自宅兼[^)）\n]{0,8})[)）]")
_COMPANY_PROFILE = re.compile(r"会社概要|企業概要|法人概要|団体概要|施設概要")
# a company's facts around the address (商号, 設立, 資本金 …: two of them within 300 characters) make a company profile
# without its heading; a signature block holds none of them
# (as field labels: 設立：2001年, | 資本金 | …; not 設立2001年 in a sentence)
_COMPANY_FACTS = re.compile(r"(?:^|(?<=[\s|【■・]))(商号|設立|資本金|従業員数|事業内容|代表取締役|売上高|決算期|創業)(?:年月日?)?[】]?[ \t]*[:：|\t ]", re.M)
# …but the representative's own address in a company's form is a person's (代表者住所：…)
_PERSON_OF_ORG = re.compile(r"(?:代表者|代表取締役|役員|取締役|理事長?|自宅|本人)の?(?:住所|居所)?[ \t]*[:：]?[ \t]*(?:〒?[ ]?\d{3}-?\d{4}[ \t]*)?\Z")
# a shop's or a clinic's opening hours next to the address (住所：… ⏎ 営業時間：10:00〜20:00): a place's address
_OPENING_HOURS = re.compile(r"(?:営業時間|定休日|診療時間|休診日|開館時間|休館日)[】]?[ \t]*(?:[:：|\t ]|は)")
# document-level gates for the clues above
_VENUE_ANY = _gated(_VENUE_WORDS)
# a JSON address inside an organisation's object or under an organisation's address key ({"store": {"address1": …}},
# "company_address": …): the organisation's, not a person's
_JSON_ORG = (
    r'"(?i:store|shop|branch|office|company|corporation|facility|venue|clinic|hospital|school|merchant|vendor|supplier|'
    r'employer|店舗|会社|事業所|施設|会場|勤務先)'
)
# (the key alone or with a neutral suffix: "store", "shopInfo", "branch_location"; not "storeManager", "officer"; one
# nested object such as "addr": {…} allowed)
_JSON_ORG_OBJECT = re.compile(
    _JSON_ORG + r'(?:[ _]?(?i:info|information|details?|data|location|address|addr))?"\s*:\s*\{[^{}]*(?:\{[^{}]*)?\Z'
)
# round 10: the key of an organisation's address in any key/value syntax (hq_address = …, company_addr: …)
_ORG_ADDRESS_KEY = re.compile(
    r"(?i)^(?:hq|head_?office|honsha|headquarters|company|corp(?:orate)?|office|store|shop|branch|facility|clinic|hospital"
    r"|school|employer|vendor|merchant|supplier|venue|work)[ _-]?(?:address|addr|jusho|住所|所在地)"
)
_JSON_ORG_KEY = re.compile(_JSON_ORG + r'[ _]?(?i:address|addr|住所|所在地)[A-Za-z_0-9]*"\s*:\s*"\Z')
_PERSON_NEAR = re.compile(r"氏名|お名前|患者|利用者|申込者|様|殿|さん")
_BUSINESS_ANY = re.compile(r"商号|設立|資本金|従業員数|事業内容|代表取締役|売上高|決算期|創業|営業時間|定休日|診療時間|休診日|開館時間|休館日")
_FACILITY_ANY = re.compile(r"(?:" + _FACILITY_WORD + r"|ステーション|ホーム)[^\s、。,:：()（）\d]{0,8}(?:[ ]?[(（]|[ \t])")
_ORG_LABEL_ANY = re.compile(_ORG_LABEL_WORD)
# (HTML cells may stand between the label and the value: <th>住所</th><td>…)
_LABEL_TAIL = re.compile(
    r"[ \t]*(?:[(（][^)）\n]{0,8}[)）])?[ \t]*[:：]?[ \t]*(?:</t[hd]>[ ]*<t[hd][^>\n]{0,40}>|</dt>[ ]*<dd[^>\n]{0,40}>)?[ \t]*"
    r"(?:〒?[ ]?\d{3}-?\d{4}[ ]?)?$"
)


_DESIGNATED_WARD = re.compile(r"^.+?市(.+区)$")
_KE_SWAP = str.maketrans("ケヶ", "ヶケ")
_WARD_WORD_TAILS = ("画", "域", "間", "分")
# simplified Chinese forms of the kanji in place names, as Chinese-speaking residents write them (福井县, 东京都, 广岛县,
# 横滨市): the same start
_SIMPLIFIED = str.maketrans(
    "県東広島岡愛賀縄長児馬鳥徳潟庫浜沢関戸葉門陽豊歳鹿齢様発変辺辻鉄銀錦鶴亀竜龍駅園団",
    "县东广岛冈爱贺绳长儿马鸟德泻库滨泽关户叶门阳丰岁鹿龄样发变边辻铁银锦鹤龟龙龙驿园团",
)


@functools.cache
def municipalities() -> tuple[str, ...]:
    data = resources.files("hogo.scan.data").joinpath("municipalities.tsv").read_text(encoding="utf-8")
    return tuple(sorted({line.split("\t")[1] for line in data.splitlines() if "\t" in line}))


class _ReversedWords:
    """Place names found with a pyahocorasick automaton built over the reversed names and run over the reversed text:
    the automaton looks each character up among the root's children, and place names end in a handful of characters
    (市区町村都道府県) — 1.5 ms instead of 31 ms over corpus/ (the same matches)."""

    def __init__(self) -> None:
        self._auto = ahocorasick.Automaton()

    def add_word(self, word: str, value: tuple[int, bool]) -> None:
        self._auto.add_word(word[::-1], value)

    def make_automaton(self) -> None:
        self._auto.make_automaton()

    def starts(self, text: str) -> Iterable[tuple[int, tuple[int, bool]]]:
        """``(start, (length, is_prefecture))`` of every occurrence in ``text``."""
        last = len(text) - 1
        for rev_end, value in self._auto.iter(text[::-1]):
            yield last - rev_end, value


@functools.cache
def _automaton() -> _ReversedWords:
    auto = _ReversedWords()
    for pref in PREFECTURES:
        auto.add_word(pref, (len(pref), True))
        simplified = pref.translate(_SIMPLIFIED)
        if simplified != pref:
            auto.add_word(simplified, (len(simplified), True))
    cities = set(municipalities())
    # ケ and ヶ are written for each other in place names (鎌ケ谷市/鎌ヶ谷市, 吉野ヶ里町/吉野ケ里町)
    variants = {c.translate(_KE_SWAP) for c in cities if "ケ" in c or "ヶ" in c}
    variants |= {c.translate(_SIMPLIFIED) for c in cities}
    for city in cities | variants:
        if city not in PREFECTURES:
            auto.add_word(city, (len(city), False))
    # a ward of a designated city written without its city (港北区日吉本町1-4-5, 〒… 泉区将監5-2-3), as letters and
    # forms often do; a ward alone still needs block numbers, and the longer start wins over a shorter ward inside it
    # (港北区, not 北区)
    for city in cities:
        ward = _DESIGNATED_WARD.match(city)
        if ward and ward.group(1) not in cities:
            auto.add_word(ward.group(1), (len(ward.group(1)), False))
    auto.make_automaton()
    return auto


class AddressRecognizer(Recognizer):
    name = "address"
    types = frozenset({PiiType.ADDRESS})

    def analyze(self, doc: Document) -> Iterable[Candidate]:
        text = doc.text
        starts: dict[int, tuple[int, bool]] = {}
        for start, (length, is_pref) in _automaton().starts(text):
            prev = starts.get(start)
            if prev is None or length > prev[0]:
                starts[start] = (length, is_pref)
        covered_to = -1
        found: list[tuple[int, int]] = []  # spans of the addresses found from a prefecture or municipality
        org: _OrgClues | None = None  # which organisation clues the document holds, found once on the first address
        for start in sorted(starts):
            if start < covered_to:
                continue
            length, is_pref = starts[start]
            head_end = start + length
            if text[head_end - 1] == "区" and text.startswith(_WARD_WORD_TAILS, head_end):
                continue  # 区画, 区域, 区間, 区分: a word, not a ward (東区画3-4)
            # a prefecture followed by a municipality: one start
            pref_city = False
            if is_pref:
                # the municipality right after the prefecture or after a space (福井県 福井市); a comma or a tab is a
                # cell boundary (福井県,福井市…: two cells)
                nxt = starts.get(head_end) or (starts.get(head_end + 1) if text.startswith(" ", head_end) else None)
                if nxt and not nxt[1]:
                    head_end = (head_end if head_end in starts else head_end + 1) + nxt[0]
                    pref_city = True
            m = _ADDRESS.match(text, head_end)
            if is_pref and not pref_city and m and _HIRAGANA.search(m.group("town")):
                # prose between a prefecture and a municipality (千葉県以外の方は袖ケ浦市…): the address starts at the
                # municipality, which is a start of its own
                later = next((p for p in range(head_end + 1, m.start("block")) if p in starts), None)
                if later is not None and _HIRAGANA.search(text, head_end, later):
                    continue
            labelled = self._labelled(doc, start)
            kyoto = _KYOTO.match(text, head_end)
            if kyoto and (not m or kyoto.end() >= m.end()):
                end = kyoto.end()
                score = 0.85
            elif (
                m
                and _STRUCTURED_BLOCK.search(m.group("block"))
                # round 13: a town-sized municipality's name and a 丁目 alone (栄町1丁目 of a table of 町丁 counts) name a
                # district, the 町丁 of a statistic, unless a label says it is an address
                and not (not is_pref and not m.group("town").strip() and not labelled and _CHOME_ONLY.fullmatch(m.group("block"))
                         and not m.group("bld"))
                and not _NOT_TOWN.search(m.group("town"))
                and (m.group("bld") or not _AFTER_BLOCK_STOP.match(text, m.end("block")))
                # a spaced or 一 dash needs a town before it (東京都 3 - 1 is a score)
                and (m.group("town").strip() or not _LOOSE_DASH.search(m.group("block")))
                and not _ZERO_PART.search(m.group("block"))
            ):
                end = m.end()
                score = 0.85 if is_pref else 0.75
            elif (
                # round 13: or a municipality without its prefecture, as a municipality's own lists write it (今治市菊間町浜4021,
                # 美里町北浦字二郷58, 福島市南矢野目字西荒田10): then the town must show a town's or a 字's mark (町, 村, 字, 甲/乙) and no
                # hiragana (川場村産の電気が平成29 is prose)
                (pref_city or (not is_pref and m and _BARE_TOWN_MARK.search(m.group("town")) and not _HIRAGANA.search(m.group("town"))))
                and m
                and _BARE_LOT_TOWN.fullmatch(m.group("town"))
                and not _NOT_TOWN.search(m.group("town"))
                and not _ORG_TOWN.search(m.group("town"))
                and m.group("block").isdigit()
                and not m.group("block").startswith("0")
                and _FIELD_END.match(text, m.end())
            ):
                # prefecture, municipality, town and a bare lot number ending its field (静岡県掛川市大池2918　TEL…,
                # 長野県上田市大字上田原1122）): the full chain is an address even without 番地 or a hyphen; a municipality
                # alone is not enough (横浜市議会123)
                end = m.end()
                score = 0.75
            elif labelled and m and m.group("bld") and not _NOT_TOWN.search(m.group("town")):
                end = m.end()  # a bare lot number, then a building (北白川西町12 コーポ北白川 2F)
                score = 0.75
            elif labelled:
                t = _LABELLED_TOWN.match(text, head_end)
                end = t.end() if t else head_end
                if is_pref and not pref_city and end == head_end:
                    continue  # round 10: a prefecture alone under a label (本籍: 静岡県) is a region, not an address
                score = 0.75
            else:
                continue
            if labelled:
                score += 0.1
                if m is not None and end == m.end() and not m.group("bld"):
                    # a labelled field may glue a keyword-less building and its room to the block (…3-8-14宝永グリーン201)
                    glued = _GLUED_BUILDING.match(text, end)
                    if glued and not _NOT_TOWN.search(glued.group()):
                        end = glued.end()
            covered_to = end
            org = org or _OrgClues(doc)
            if (
                (org.any and org.organisation(start))
                or _PROPERTY_AFTER.match(text, end)
                or _LOCATION_AFTER.match(text, end)
                or _ORG_NEXT.match(text, end)
                or _PROFESSIONAL_BELOW.match(text, end)
                # a facility's address (…3-8-14の公民館で開催): the building word after の names a public place
                or (m is not None and end == m.end() and _FACILITY_AFTER.match(text, m.end("block")))
            ):
                score = 0.2  # kept as a candidate below the threshold: the span is not also taken by a shorter start
            found.append((start, end))
            yield Candidate(start, end, PiiType.ADDRESS, min(score, 1.0), self.name, True)
            if score >= 0.5 and (text.startswith("\n", end) or text.startswith("\r\n", end)):
                nl = text.index("\n", end) + 1
                rest = self._continuation(text, start, end, nl)
                if rest is not None:
                    # the address goes on over the next line (住所：…仙台市泉区⏎将監5丁目2番3号): round 9: one span over
                    # the line break and the indentation, as a PDF or OCR line break cuts one address (it was two spans,
                    # as two cells are; no batch annotates it so); a building may follow on the line after
                    covered_to = end = rest.end()
                    found.append((start, end))
                    yield Candidate(start, end, PiiType.ADDRESS, min(score, 1.0), self.name, True)
                    if not (text.startswith("\n", end) or text.startswith("\r\n", end)):
                        continue
                    nl = text.index("\n", end) + 1
                b = _BUILDING_LINE.match(text, nl)
                if b and (any(ch.isdigit() for ch in b.group("b")) or _KATAKANA_BUILDING.search(b.group("b"))):
                    covered_to = b.end("b")
                    # round 11: a building line that starts at the margin goes on with the address (one span, as a line
                    # break of a form's address box cuts it: …7丁目9番28号⏎ライオンズプラザ相模大野 1402); an indented one
                    # is a line of its own in a typed letter's address block
                    joined = b.start("b") == nl
                    yield Candidate(start if joined else b.start("b"), b.end("b"), PiiType.ADDRESS, min(score, 1.0), self.name, True)
            elif score >= 0.5 and (sep := _CELL_SEP.match(text, end)) is not None:
                # the same across a cell boundary (住所\t福井県福井市\t宝永3-8-14, <td>…</td><td>…): the next cell
                rest = self._continuation(text, start, end, sep.end(), _CELL_END)
                if rest is not None:
                    covered_to = rest.end()
                    found.append((rest.start("town"), rest.end()))
                    yield Candidate(rest.start("town") + rest.group("town").startswith(" "), rest.end(), PiiType.ADDRESS,
                                    min(score, 1.0), self.name, True)
                elif (b := _BUILDING_CELL.match(text, sep.end())) and (
                    any(ch.isdigit() for ch in b.group("b")) or _KATAKANA_BUILDING.search(b.group("b"))
                ) and not _NOT_TOWN.search(b.group("b")):
                    # a building and room in the next cell (a 住所2 column without its header): a span of its own
                    covered_to = b.end("b")
                    yield Candidate(b.start("b"), b.end("b"), PiiType.ADDRESS, min(score, 1.0), self.name, True)
        # a town and its block numbers right after an address label, without a municipality (住所：将監5-2-3, 新住所
        # 緑町二丁目3番4号): the label says it is an address, the block numbers that it is a full one
        if _LABEL_GATE.search(text):
            for lm in _LABEL_THEN_TOWN.finditer(text):
                pos = lm.end()
                if any(a <= pos < b for a, b in found):
                    continue
                m = _ADDRESS.match(text, pos)
                if not (
                    m
                    and m.group("town").strip()
                    and _STRUCTURED_BLOCK.search(m.group("block"))
                    and not _NOT_TOWN.search(m.group("town"))
                    and not _ORG_TOWN.search(m.group("town"))
                    and (m.group("bld") or not _AFTER_BLOCK_STOP.match(text, m.end("block")))
                ):
                    continue
                a = pos + m.group("town").startswith(" ")
                org = org or _OrgClues(doc)
                not_home = _PROPERTY_AFTER.match(text, m.end()) or _LOCATION_AFTER.match(text, m.end())
                score = 0.2 if (org.any and org.organisation(a)) or not_home else 0.8
                found.append((a, m.end()))
                yield Candidate(a, m.end(), PiiType.ADDRESS, score, self.name, True)
        # a town and block numbers in an address column, without a municipality (| 住所 | … 泉野町4-3-9 |): the header is
        # the label
        if doc.table_headers:
            for a, b in doc.cells_under(_ADDRESS_LABEL, html=False):
                if any(s < b and a < e for s, e in found):
                    continue
                m = _ADDRESS.match(text, a)
                if (
                    m
                    and m.end() == b
                    and m.group("town").strip()
                    and _STRUCTURED_BLOCK.search(m.group("block"))
                    and not _NOT_TOWN.search(m.group("town"))
                    and not _ORG_TOWN.search(m.group("town"))
                ):
                    org = org or _OrgClues(doc)
                    if not (org.any and org.organisation(a)):
                        found.append((a, b))
                        yield Candidate(a, b, PiiType.ADDRESS, 0.8, self.name, True)
        # building and room in a column of their own (住所2): a span of its own, as the annotation convention says
        if doc.table_headers:
            for start, end in doc.cells_under(_BUILDING_HEADER, html=False):
                if _TABLE_RULE.fullmatch(text, start, end):
                    continue  # a Markdown table's separator row (|---|---|), not a cell
                org = org or _OrgClues(doc)
                if not (org.any and org.organisation(start)):
                    yield Candidate(start, end, PiiType.ADDRESS, 0.85, self.name, True)
        if _BUILDING_FIELD_GATE.search(text):
            for m in _BUILDING_FIELD.finditer(text):
                key, value = ("jk", "jv") if m.group("jk") else ("lk", "lv")
                a, b = m.span(value)
                v = m.group(value).strip()
                a += len(m.group(value)) - len(m.group(value).lstrip())
                b -= len(m.group(value)) - len(m.group(value).rstrip())
                if a >= b or _EMPTY_VALUE.search(v) or any(s < b and a < e for s, e in found):
                    continue
                if not (any(ch.isdigit() for ch in v) or _BUILDING_WORD.search(v) or _KATAKANA_BUILDING.search(v)):
                    continue
                if _GENERIC_BUILDING_KEY.match(m.group(key)) and not _ADDRESS_OBJECT.search(text, max(0, m.start() - 120), m.start()):
                    continue
                org = org or _OrgClues(doc)
                if not (org.any and org.organisation(a)):
                    yield Candidate(a, b, PiiType.ADDRESS, 0.85, self.name, True)
        if any(w in text for w in _RESIDENCE_VERB):
            for m in _RESIDENCE_TOWN.finditer(text):
                if not any(a < m.end() and m.start() < b for a, b in found):
                    found.append(m.span())
                    yield Candidate(m.start(), m.end(), PiiType.ADDRESS, 0.75, self.name, True)
        if "丁目" in text:
            for m in _CHOME_TOWN.finditer(text):
                a = m.start()
                p = _TOWN_PREFIX.match(text, a)
                if p:
                    a = p.end()
                town = text[a : text.index("丁目", a)]
                line_start = text.rfind("\n", 0, a) + 1
                if (
                    any(a < m.end() and s < b for s, b in found)
                    or _NOT_TOWN.search(town)
                    or _ORG_TOWN.search(town)
                    or town[0] in "市区町村郡都道府県"  # the tail of a masked or cut municipality (○○市緑町…)
                    or ":" in text[line_start:a]
                    or "：" in text[line_start:a]  # a field: the label pass and its organisation checks decide
                ):
                    continue
                end = m.end()
                if _FACILITY_AFTER.match(text, end):
                    continue
                # in prose the sentence must say someone lives there (自宅, お宅, 住む, 転居 …); otherwise it is a place
                # (…8番14号の旧庁舎跡地, 臨時窓口を…に開設)
                sentence_start = max(text.rfind("。", 0, a), text.rfind("\n", 0, a)) + 1
                stops = [i for i in (text.find("。", end), text.find("\n", end)) if i >= 0]
                sentence_end = min(stops) if stops else len(text)
                if not _HOME_CUE.search(text, sentence_start, sentence_end):
                    continue
                b = _BUILDING_AFTER_CHOME.match(text, end)
                if b:
                    end = b.end()
                org = org or _OrgClues(doc)
                not_home = _PROPERTY_AFTER.match(text, end) or _LOCATION_AFTER.match(text, end)
                score = 0.2 if (org.any and org.organisation(a)) or not_home else 0.7
                found.append((a, end))
                yield Candidate(a, end, PiiType.ADDRESS, score, self.name, True)
        yield from self._split_fields(doc, starts, found)
        if _FOREIGN_END.search(text):
            yield from _foreign_addresses(text)
        if _ABROAD_LABEL.search(text):
            yield from _labelled_abroad(doc)
        if "-" in text and _ROMAN_HINT.search(text):
            for m in _ROMAN_ADDRESS.finditer(text):
                end = _roman_end(m)
                if end > 0:
                    # 0.9: a building name first must win over a romaji-name reading of it (Maple Heights 305, …);
                    # an office's or a shop's address in English prose is not a person's (registered office is …)
                    score = 0.2 if _roman_organisation(text, m.start()) else 0.9
                    yield Candidate(m.start(), end, PiiType.ADDRESS, score, self.name, True)
            for m in _ROMAN_ADDRESS_JP.finditer(text):
                # a municipality mark among the areas (-shi, -ku, City, Ward …): Tokyo Big Sight 3-11-1 is no address
                if not any(
                    a.group("kind") or _ROMAN_MARK.search(a.group("w"))
                    for a in _ROMAN_AREA.finditer(" " + m.group("areas").rstrip(", "))
                ):
                    continue
                score = 0.2 if _roman_organisation(text, m.start()) else 0.9
                yield Candidate(m.start(), m.end(), PiiType.ADDRESS, score, self.name, True)

    @staticmethod
    def _split_fields(doc: Document, starts: dict[int, tuple[int, bool]], found: list[tuple[int, int]]) -> Iterable[Candidate]:
        """Round 9b: an address split over the fields of one record, as machines write it (JSON "pref"/"city"/"line",
        FHIR state/city/line, HL7 XAD street^other^city^state, vCard ADR ;;street;city;region, a CSV's 都道府県,市区町村,
        番地 columns): a field that is exactly a prefecture next to a field that is exactly a municipality are two
        parts of an address (都道府県・市区町村), and the field after or before them that is a town with its block numbers
        (番地), with a building field beside it, is the third. A prefecture or a municipality alone in a field is not
        taken (a branch list, a filter value)."""
        text = doc.text
        cells: dict[int, int] = {}  # start -> end of a field that is exactly a prefecture or a municipality
        prefs: set[int] = set()
        for a, (length, is_pref) in starts.items():
            b = a + length
            if (a == 0 or text[a - 1] in _FIELD_DELIMS) and b < len(text) and text[b] in _FIELD_DELIMS:
                cells[a] = b
                if is_pref:
                    prefs.add(a)
        if not prefs:
            return
        taken = [(a, b) for a, b in found]
        found_starts = {a for a, _ in found}

        def free(a: int, b: int) -> bool:
            return not any(x < b and a < y for x, y in taken)

        def neighbour(a: int, b: int, forward: bool) -> tuple[int, int] | None:
            """The field next to the field a..b (after it or before it) across one separator and an optional key."""
            if forward:
                g = _FIELD_GAP.match(text, b, min(len(text), b + 40))
                if not g:
                    return None
                f = _FIELD_VALUE.match(text, g.end())
                return (f.start(), f.end()) if f and f.end() > f.start() else None
            line_start = max(text.rfind("\n", 0, a) + 1, a - 120)
            for f in _FIELD_VALUE_BACK.finditer(text, line_start, a):
                if _FIELD_GAP.fullmatch(text, f.end(), a) and f.end() > f.start():
                    return (f.start(), f.end())
            return None

        out: list[tuple[int, int]] = []
        for p in sorted(prefs):
            pb = cells[p]
            pair = None
            for forward in (True, False):
                n = neighbour(p, pb, forward)
                if n and n[0] in cells and cells[n[0]] == n[1] and n[0] not in prefs:
                    pair = (n, forward)
                    break
            if not pair:
                # the rest of the address found whole in the next field ("pref": "東京都", "line": "世田谷区…3-2-1")
                n = neighbour(p, pb, True)
                if n and n[0] in found_starts and not _ORG_RECORD.search(text, text.rfind("\n", 0, p) + 1, p):
                    out.append((p, pb))
                continue
            (c, cb), forward = pair
            line_start = text.rfind("\n", 0, min(p, c)) + 1
            if _ORG_RECORD.search(text, line_start, min(p, c)):
                continue  # a company's or a body's record (法人番号 list, a vCard's work address): not a person's
            out += [(p, pb), (c, cb)]
            # the street: past the municipality away from the prefecture (a building field may stand between)
            a, b = (c, cb)
            for _ in range(2):
                n = neighbour(a, b, forward)
                if not n:
                    break
                value = text[n[0] : n[1]]
                m = _ADDRESS.fullmatch(value)
                town = m.group("town").strip() if m else ""
                if (
                    m and town and not _NOT_TOWN.search(town) and not _ORG_TOWN.search(town)
                    # a block with structure (2-7-4, 3丁目5番), or a bare lot after a town that is no building (堀江町甲1421)
                    and (_STRUCTURED_BLOCK.search(m.group("block")) or not (_KATAKANA_BUILDING.search(town) or _BUILDING_WORD.search(town)))
                ):
                    out.append(n)
                    if not forward:
                        # a building field between the street and the municipality (HL7 street^building^city)
                        if (n[1], a) != (n[1], n[1]) and a > n[1] and (a, b) != (c, cb):
                            out.append((a, b))
                    break
                if forward or not (_GLUED_BUILDING.fullmatch(value) or _BUILDING_VALUE.fullmatch(" " + value)):
                    break
                a, b = n
        for a, b in out:
            if free(a, b):
                taken.append((a, b))
                yield Candidate(a, b, PiiType.ADDRESS, 0.75, "address", True)

    @staticmethod
    def _continuation(
        text: str, start: int, end: int, nl: int, field_end: re.Pattern[str] | None = None
    ) -> re.Match[str] | None:
        """The rest of an address on the next line, when the address stops at a line end before its block numbers
        (…仙台市泉区⏎将監5丁目2番3号, …将監5丁目⏎2番3号): town and block numbers filling that line."""
        head = text[start:end]
        if not (head.endswith("丁目") or not any(ch.isdigit() for ch in head)) or _KNUM_TAIL.search(head):
            return None
        pos = nl
        while pos < len(text) and text[pos] in " \t":
            pos += 1
        m = _ADDRESS.match(text, pos)
        if (
            m
            and _STRUCTURED_BLOCK.search(m.group("block"))
            and not _NOT_TOWN.search(m.group("town"))
            # (round 13: not the next field's label and its own address, 本籍 …西九丁目⏎住民票上の住所 北海道…3番18号)
            and " " not in m.group("town").strip()
            and not _ADDRESS_LABEL.search(m.group("town"))
            and (field_end or _LINE_END).match(text, m.end())
            # block numbers alone: not a phone (0…) or a postal code (981-3132) on the next line
            and (m.group("town").strip() or not (m.group("block").startswith("0") or _POSTAL_SHAPE.fullmatch(m.group("block"))))
        ):
            return m
        return None

    @staticmethod
    def _labelled(doc: Document, start: int) -> bool:
        head = doc.before(start, 24)
        for m in _ADDRESS_LABEL.finditer(head):
            if _LABEL_TAIL.match(head, m.end()):
                return True
        if head.endswith(('"', "'")):
            # round 13: a quoted value under an address key ("ocr_address": "…", "住所": "…")
            key = doc.key_of(start)
            if key and _ADDRESS_LABEL.search(key) and not _ORG_ADDRESS_KEY.match(key):
                return True
        return doc.header_matches(start, _ADDRESS_LABEL, html=False)


class _OrgClues:
    """Clues that an address is an organisation's (a venue, a facility, a listed company), looked up per document once:
    a document without any clue word costs one pass per kind, not a search per address."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        text = doc.text
        self.venue = bool(_VENUE_ANY.search(text)) or "アクセス" in text or "交通案内" in text
        self.facility = bool(_FACILITY_ANY.search(text))
        self.label = bool(_ORG_LABEL_ANY.search(text))
        self.profile = bool(_COMPANY_PROFILE.search(text))
        business = bool(_BUSINESS_ANY.search(text))  # one pass for both clues below
        self.facts = business and len(set(_COMPANY_FACTS.findall(text))) >= 2
        self.hours = business and bool(_OPENING_HOURS.search(text))
        self.table = any(
            _ORG_HEADER.search(row) and not _PERSON_HEADER.search(row) for row in (" ".join(c) for c in doc.table_headers.values())
        )
        self.place = bool(_PLACE_ANY.search(text))
        self.letterhead = bool(_ORG_NAME_ANY.search(text))
        self.rows = bool(doc.table_headers)
        self.corporate = bool(_THIRTEEN_DIGITS.search(text))
        self._org_rows: set[int] | None = None
        self.json = "{" in text and '":' in text
        self.keys = "=" in text or ":" in text
        self.any = (
            self.venue or self.facility or self.label or self.profile or self.table or self.place or self.facts or self.hours
            or self.json or self.keys or self.letterhead or self.rows or self.corporate
        )

    def org_rows(self) -> set[int]:
        """Round 12: the starts of the table rows whose cell in a column of people's names holds a company or an
        organisation addressed 御中 (a donor, a backer, a customer that is a company): the row's address is the
        organisation's."""
        if self._org_rows is None:
            text = self.doc.text
            self._org_rows = {
                text.rfind("\n", 0, a) + 1 for a, b in self.doc.cells_under(_ROW_NAME_HEADER, html=False)
                if _ORG_NAME_CELL.search(text, a, b)
            }
        return self._org_rows

    def organisation(self, start: int) -> bool:
        """Whether the address at ``start`` is a venue's, a public facility's or a listed company's."""
        doc = self.doc
        text = doc.text
        line_start = text.rfind("\n", 0, start) + 1
        if self.venue:
            if _VENUE_LABEL.search(text, line_start, start):
                return True
            prev = line_start
            for _ in range(2):  # up to two lines above, stopping at another field
                if prev == 0:
                    break
                prev = text.rfind("\n", 0, prev - 1) + 1
                if _VENUE_HEADING.match(text, prev, line_start):
                    return True
                if ":" in text[prev:line_start] or "：" in text[prev:line_start]:
                    break
        if self.facility and (
            _FACILITY_BEFORE.search(text, max(line_start, start - 12), start)
            or _FACILITY_ROW.match(text, line_start, start)
        ):
            return True
        if (
            self.facts
            and len(set(_COMPANY_FACTS.findall(text, max(0, start - 300), start + 300))) >= 2
            and not _PERSON_OF_ORG.search(text, max(line_start, start - 24), start)
        ):
            return True
        if (
            self.hours
            and _OPENING_HOURS.search(text, max(0, start - 100), start + 100)
            # a clinic's letter to a patient has both its hours and the patient's address
            and not _PERSON_NEAR.search(text, max(0, start - 100), start + 100)
        ):
            return True
        if self.json and (
            _JSON_ORG_OBJECT.search(text, max(0, start - 200), start) or _JSON_ORG_KEY.search(text, max(0, start - 40), start)
        ):
            return True
        if self.label and _ORG_LABEL.search(text, max(line_start, start - 30), start):
            return True
        if self.keys and _ORG_ADDRESS_KEY.match(doc.key_of(start) or ""):
            return True
        if self.place and (
            _PLACE_LABEL.search(text, max(line_start, start - 24), start)
            or _ORG_NAME_BRACKET.search(text, max(line_start, start - 48), start)
        ):
            return True
        if self.letterhead:
            party = _party_below(text, start)
            if party or (party is None and _letterhead(text, line_start, start)):
                return True
        if self.rows and line_start in self.org_rows():
            return True
        if self.corporate and _corporate_number_on_line(text, line_start):
            return True
        if self.table and doc.header_of(start, html=False) is not None:
            return True
        return self.profile and bool(_COMPANY_PROFILE.search(text, max(0, start - 300), start))


# round 13: a party's role opening the line right below the address (訴状, 申立書: 〒…⏎　原　告　秋葉 ひかり, 〒…⏎　被　告　株式会社…):
# the address is that party's, whatever organisation the lines above name (the filing lawyer's office)
_PARTY_BELOW = re.compile(
    r"[ \t]*(?:原[ ]*告|被[ ]*告|申[ ]*立[ ]*人|相[ ]*手[ ]*方|申[ ]*請[ ]*人|債[ ]*権[ ]*者|債[ ]*務[ ]*者|請[ ]*求[ ]*人|被[ ]*請[ ]*求[ ]*人)"
    r"[ \t:：]+([^\n]{0,40})"
)


def _party_below(text: str, start: int) -> bool | None:
    """Whether the party named on the line right below the address is an organisation (True) or a person (False);
    None when that line names no party."""
    nl = text.find("\n", start)
    if nl < 0:
        return None
    m = _PARTY_BELOW.match(text, nl + 1)
    if m is None:
        return None
    return bool(re.search(COMPANY_WORDS, m.group(1)))


def _letterhead(text: str, line_start: int, start: int) -> bool:
    """Round 12: whether the address at ``start`` is the one of an organisation named on the lines right above it (up
    to three, within one block: no blank line between) or before it on its own line — a letterhead, a business card,
    a mail signature (株式会社サンヨー工機 岡山支店長 香川 大介⏎岡山市北区…). An address label on its line (住所：), a
    note that it is the home (（自宅）) or a person addressed above it (…様, a sole trader's 屋号) keeps it a person's."""
    if _ORG_NAME_BEFORE.search(text, max(line_start, start - 40), start):
        return True
    if not _LINE_HEAD_ONLY.match(text, line_start, start):
        return False
    line_end = text.find("\n", start)
    if _OWN_HOME_AFTER.search(text, start, len(text) if line_end < 0 else line_end):
        return False
    end = line_start - 1
    for _ in range(3):
        if end <= 0:
            return False
        prev = text.rfind("\n", 0, end) + 1
        line = text[prev:end]
        if not line.strip() or _PERSON_LINE.search(line):
            return False
        if _ORG_NAME_ANY.search(line):
            return True
        end = prev - 1
    return False


# round 12: a town and its block numbers in brackets right after a person's name (望月 トミエ（上郷町884-2）, パウデル・ラム
# さん（さくら台3-9-2 メゾン桜201）, 宮川 敏夫（甥、西が丘4-18-2）, 谷 勝（4-2-15）): the name says whose address it is. An
# honorific, an age in brackets and a kin or role word before 、 may stand between
_NAME_TO_BRACKET = re.compile(
    r"[ ]?(?:さん|様|氏|君|くん|ちゃん)?(?:[(（]\d{1,3}(?:歳)?[)）])?[ ]?[(（][ ]?(?:[^\s()（）、,。\d]{1,6}[、,][ ]?)?"
)
_BRACKET_CLOSE = re.compile(r"[ ]?[)）]")
# (without a town, only a full three-level block: 4-2-15)
_BARE_THREE_LEVELS = re.compile(r"[1-9]\d{0,3}-[1-9]\d{0,3}-[1-9]\d{0,3}")


def address_after_person(doc: Document, found: list[Candidate], threshold: float) -> list[Candidate]:
    """Round 12: the address a bracket holds right after a name that the person recognizer found (a list of donors,
    members or neighbours: 坂東 かず子（下郷1-15）). Town and block numbers filling the bracket (the closing bracket
    right after them, a building may stand between) are the person's address, without a municipality; a bracket of
    a bare block needs all three levels (谷 勝（4-2-15）: 1-2 in brackets is a count or a figure)."""
    text = doc.text
    person_ends = sorted({c.end for c in found if c.type is PiiType.PERSON and c.score >= threshold})
    if not person_ends:
        return found
    taken = [(c.start, c.end) for c in found if c.type is PiiType.ADDRESS and c.score >= threshold]
    added: list[Candidate] = []
    for end in person_ends:
        head = _NAME_TO_BRACKET.match(text, end)
        if head is None or "(" not in head.group() and "（" not in head.group():
            continue
        m = _ADDRESS.match(text, head.end())
        if not (m and _BRACKET_CLOSE.match(text, m.end())) or _ZERO_PART.search(m.group("block")):
            continue
        town = m.group("town").strip()
        if town:
            # block numbers with structure (3-9-2, 2丁目5番), or a bare lot after a 町/村 (上郷町1120)
            block = m.group("block")
            if not (_STRUCTURED_BLOCK.search(block) or town[-1] in "町村" and block.isdigit()):
                continue
            if _NOT_TOWN.search(town) or _ORG_TOWN.search(town):
                continue
        elif not _BARE_THREE_LEVELS.fullmatch(m.group("block")) or m.group("bld"):
            continue
        a = m.start() + (len(m.group("town")) - len(m.group("town").lstrip()))
        if any(s < m.end() and a < e for s, e in taken):
            continue
        taken.append((a, m.end()))
        added.append(Candidate(a, m.end(), PiiType.ADDRESS, 0.75, AddressRecognizer.name, True))
    return found + added if added else found


def _corporate_number_on_line(text: str, line_start: int) -> bool:
    """Round 12: whether the line holds a valid 法人番号 (13 digits, python-stdnum's ``stdnum.jp.cn`` check digit)."""
    line_end = text.find("\n", line_start)
    return any(
        corporate_number.is_valid(m.group())
        for m in _THIRTEEN_DIGITS.finditer(text, line_start, len(text) if line_end < 0 else line_end)
    )
