"""Foreign residents' names, round 11 (docs/scan-detector.md, "Round 11 — foreign names"): a positive and a negative
row per mechanism, on text written for this file (not in any corpus; every name fictional).

Each row: (id, text, expected) where expected lists (type, exact substring) for every finding — no more, no fewer.
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer
from hogo.scan.document import Document
from hogo.scan.recognizers.person_foreign import KOREAN_FAMILY, PersonForeignRecognizer, romanise, spells_given_name
from hogo.scan.recognizers.person_latin import ALL_GIVEN, ALL_SURNAMES, ORG_WORDS, _fold

ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- the words of a form's column headers are no romaji name ---
    ("header-words-neg", "Member ID,Given Name,Family Name,Maiden Name,User Email,Start Time\n", []),
    ("header-words-neg2", "4410,Test,User,test@example.com\nSET DEFINE OFF;\n", [("EMAIL", "test@example.com")]),
    # --- an upper-case family name with the Irish O' prefix, surname first in a name field ---
    ("o-prefix-surname-first", "Full name:   O'DONNELL, Claire Louise\n", [("PERSON", "O'DONNELL, Claire Louise")]),
    ("o-prefix-neg", "Status: O'CLOCK, Done\n", []),
    # --- titles and kin words of residents' languages before a name ---
    ("tagalog-title", "Salamat po, Tita Rosing! Sabihin mo kay Kuya Jomar.\n", [("PERSON", "Rosing"), ("PERSON", "Jomar")]),
    ("tagalog-marker", "Kumusta na si Ramon? Tumawag ako.\n", [("PERSON", "Ramon")]),
    ("tagalog-marker-neg", "Si Paris es caro, no vamos.\n", []),
    ("vietnamese-pronoun", "Chị Thảo ơi, em gửi giấy tờ rồi. Anh Khoa sẽ gọi lại.\n", [("PERSON", "Thảo"), ("PERSON", "Khoa")]),
    ("vietnamese-lower", "Em đã hỏi ông Takeshita ở văn phòng.\n", [("PERSON", "Takeshita")]),
    ("vietnamese-lower-neg", "Em gửi anh địa chỉ bệnh viện.\n", []),
    # (em is Portuguese "in": the Vietnamese words count only on a line written in Vietnamese)
    ("portuguese-em-neg", "Moro em Hamamatsu desde 2010.\nEm Setembro vou trabalhar em Kosai.\n", []),
    ("portuguese-kin", "O filho Rafael (7 anos) e a mulher Beatriz.\n", [("PERSON", "Rafael"), ("PERSON", "Beatriz")]),
    ("german-title", "Termin mit Herr Brandstetter am Montag.\n", [("PERSON", "Brandstetter")]),
    ("title-neg", "Herr und Frau im Text.\n", []),
    # --- Vietnamese names of four words, and two-letter family names ---
    ("vietnamese-four-words", "新規採用者 Nguyen Thi Thu Trang さん（学籍番号 A1234）\n", [("PERSON", "Nguyen Thi Thu Trang")]),
    ("vietnamese-short-family", "Tôi là Lê Văn Quyết, làm ở xưởng.\n", [("PERSON", "Lê Văn Quyết")]),
    ("vietnamese-neg", "Open Thu and Fri. Van Gogh Museum.\n", []),
    # --- Vietnamese names in katakana with ヴァン/ティ ---
    ("katakana-vietnamese", "305号室｜ブイ ヴァン ホアン（技能実習）\n入居者：ホー・ティ・ゴック・ビック\n",
     [("PERSON", "ブイ ヴァン ホアン"), ("PERSON", "ホー・ティ・ゴック・ビック")]),
    ("katakana-vietnamese-neg", "ミルク ティー ラテ、アイス ティー セット\n", []),
    # --- a Hangul name with its other writing in brackets ---
    ("hangul-latin", "| 1 | 정하은 (JEONG HAEUN) | 交換留学 |\n", [("PERSON", "정하은"), ("PERSON", "JEONG HAEUN")]),
    ("hangul-katakana", "FN:윤도현 (ユン・ドヒョン)\n", [("PERSON", "윤도현"), ("PERSON", "ユン・ドヒョン")]),
    ("hangul-latin-neg", "회의실 (ROOM B2) 예약\n", []),
    ("hangul-katakana-neg", "메뉴 (ランチ・セット)\n", []),
    # --- FHIR HumanName ---
    ("fhir-name", '{"name": [{"family": "Kovalenko", "given": ["Oksana", "Petrivna"]}], "gender": "female"}\n',
     [("PERSON", "Kovalenko"), ("PERSON", "Oksana"), ("PERSON", "Petrivna")]),
    ("fhir-name-neg", '{"family": "Apiaceae", "genus": "Daucus"}\n{"given": "value"}\n', []),
    # --- latin speakers of a tab-separated chat export ---
    ("tab-chat", "10:02\tNinong Efren\tIngat kayo\n10:05\tLiwayway Dizon\tSalamat po\n10:07\tLiwayway Dizon\tSige po\n",
     [("PERSON", "Efren"), ("PERSON", "Liwayway Dizon"), ("PERSON", "Liwayway Dizon")]),
    ("tab-chat-neg", "10:02\tSystem\tjoined\n10:05\tSupport Team\tticket opened\n10:07\tSupport Team\tclosed\n", []),
    # --- a name and its other writing in brackets, on its line or alone on the next line ---
    ("other-writing-katakana", "3) ドミンゴ・ガルシア（DOMINGO GARCIA）様 分\n",
     [("PERSON", "ドミンゴ・ガルシア"), ("PERSON", "DOMINGO GARCIA")]),
    ("other-writing-next-line", "受付 12\nLIU ZIHAN\n（劉 子涵）\n学籍番号 25A0101\n",
     [("PERSON", "LIU ZIHAN"), ("PERSON", "劉 子涵")]),
    ("other-writing-neg", "グリーン・ガーデン（Green Garden）店\nMain Hall\n（本館 二階）\n", []),
    # --- foreign family and given names built from Faker's locales ---
    ("built-names", "緊急連絡先 ルームメイト VILLANUEVA KRISTINE 090-1234-5678\n",
     [("PERSON", "VILLANUEVA KRISTINE"), ("PHONE", "090-1234-5678")]),
    ("built-names-neg", "The Grand Canyon tour leaves at nine.\n", []),
    # (a built word and a Japanese reading make no name: the reading rule of round 10 keeps to the hand list)
    ("built-reading-neg", "We flew over Rio Grande and Porto Alegre.\n", []),
]


@pytest.mark.parametrize(("row_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_foreign_round11(row_id: str, text: str, expected: list[tuple[str, str]]) -> None:
    findings = default_analyzer().analyze(text)
    found = [(f.type.value, text[f.start : f.end]) for f in findings]
    assert sorted(found) == sorted(expected), (row_id, found)


def test_tab_chat_timetable_is_no_chat() -> None:
    """A timetable repeats a one-word item (person_foreign alone: person's own rule reads such cells too)."""
    text = "09:00\tCoffee\tfoyer\n10:30\tCoffee\tfoyer\n12:00\tLunch\thall\n"
    assert list(PersonForeignRecognizer().analyze(Document(text))) == []


def test_one_latin_word_with_katakana_is_no_pair() -> None:
    """One latin word with its katakana is as often a brand (person_foreign alone: person reads the katakana)."""
    text = "バッグ：CHANEL（シャネル）、財布：PRADA（プラダ）\n"
    assert list(PersonForeignRecognizer().analyze(Document(text))) == []


def test_romanise_hangul() -> None:
    assert romanise("정하은") == "jeonghaeun"
    assert romanise("ABC") == ""
    assert spells_given_name("이서준", "LEE SEOJUN") and spells_given_name("이서준", "Lee Seo-jun")
    assert not spells_given_name("이서준", "LEE MINHO")


def test_built_lexicon() -> None:
    assert "kim" in ALL_SURNAMES and "김" in KOREAN_FAMILY
    assert _fold("Nguyễn") in ALL_SURNAMES and _fold("Đỗ") == "do"
    # common latin words never enter the built lists (SudachiPy's common words, the English stop words)
    assert not {"april", "page", "long"} & (ALL_GIVEN | ALL_SURNAMES)
    assert {"name", "email", "time"} <= ORG_WORDS


def test_built_file_matches_its_script() -> None:
    """foreign_names.txt is what build_foreign_names.py makes (skipped where Faker, a build-time tool, is absent)."""
    pytest.importorskip("faker")
    from importlib import resources

    from hogo.scan.data.build_foreign_names import build

    family, given, korean = build()
    lines = resources.files("hogo.scan.data").joinpath("foreign_names.txt").read_text(encoding="utf-8").splitlines()
    assert {w[2:] for w in lines if w[:2] == "F "} == family
    assert {w[2:] for w in lines if w[:2] == "P "} == given
    assert {w[2:] for w in lines if w[:2] == "K "} == korean
