"""Latin-script PERSON names, generalisation round 4 (docs/scan-detector.md, "Generalisation round 4 — latin"):
one positive and one negative row per mechanism of ``recognizers/person_latin.py``, on text written for this file
(not in any corpus; all fictional).

Each row: (id, text, expected) where expected lists (type, exact substring) for every finding — no more, no fewer.
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer
from hogo.scan.recognizers.person_latin import GIVEN_NAMES, SURNAMES, _fold

ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- an English label before the run; the run is taken whole, particles included ---
    ("label-full-name", "Full name: Olga Petrovna Ivanova\nPlan: B\n", [("PERSON", "Olga Petrovna Ivanova")]),
    ("label-particles", "Name: Pieter van der Berg\n", [("PERSON", "Pieter van der Berg")]),
    ("label-neg", "Full name: as written on the card\nContact: via the Support Desk\n", []),
    # --- a relation word between the label and the name ---
    ("label-kin", "Emergency contact: husband Tomas Lindqvist\n", [("PERSON", "Tomas Lindqvist")]),
    ("label-kin-neg", "Emergency contact: husband (see page 2)\n", []),
    # --- a title or a greeting before the name ---
    ("title", "Examined by Dr. Ines Moreau at night.\n", [("PERSON", "Ines Moreau")]),
    ("title-word", "Dear Father Brennan,\nthe bazaar moved.\n", [("PERSON", "Brennan")]),
    ("title-neg", "Dear Customer,\nyour order shipped. Visit Dr. Suzuki Clinic.\n", []),
    # --- a sign-off line above a line holding only the name ---
    ("sign-off", "See you at the gate.\nKind regards,\nSofia\n", [("PERSON", "Sofia")]),
    ("sign-off-neg", "See you at the gate.\nBest regards,\nSales Team\n", []),
    ("sign-off-sentence-neg", "Thanks,\nPlease reply soon.\n", []),
    # --- a table or CSV column whose header names a person ---
    ("md-name-column", "| No | Name |\n|---|---|\n| 1 | Ana Beatriz da COSTA |\n",
     [("PERSON", "Ana Beatriz da COSTA")]),
    ("md-name-column-neg", "| No | Product name |\n|---|---|\n| 1 | Green Tea Latte |\n", []),
    ("csv-name-column", "会員番号,保護者氏名,学年\nM-01,Oliveira Santos Joao Pedro,3\n",
     [("PERSON", "Oliveira Santos Joao Pedro")]),
    ("csv-name-column-neg", "品番,商品名,数量\nA-1,Blue Ocean Towel,3\n", []),
    # --- a Japanese label or role word, also after earlier items of a list ---
    ("ja-label-list", "講師：北村 葵、Ahmed Karim\n", [("PERSON", "北村 葵"), ("PERSON", "Ahmed Karim")]),
    ("ja-maiden", "妻 森 リサ（旧姓 Lindgren）\n", [("PERSON", "森 リサ"), ("PERSON", "Lindgren")]),
    ("ja-label-neg", "会場：Sunrise Plaza\n利用者 Wi-Fi（無料）\n", []),
    # --- a relation note in brackets after a single name ---
    ("relation-note", "送迎者 Omar（祖母の知人）\n", [("PERSON", "Omar")]),
    ("relation-note-neg", "送迎者 Bus（市の循環バス）\n", []),
    # --- the other writing of the name in brackets ---
    ("other-writing", "Warm regards from Sarah Kimura（木村 さら）\n", [("PERSON", "Sarah Kimura"), ("PERSON", "木村 さら")]),
    ("other-writing-neg", "Morning Glory（朝顔）を植えました。\n", []),
    # --- chat speakers at a line head, repeated ---
    ("chat-speaker", "Yuna: 明日は雨かな\n松井: たぶん\nYuna: 了解です\n", [("PERSON", "Yuna"), ("PERSON", "Yuna"), ("PERSON", "松井")]),
    ("chat-speaker-neg", "Memo: 明日は雨\nTodo: 傘\nMemo: 了解\n", []),
    # --- romanised Japanese names: surname + given name anywhere, one of them plus a word inside a row ---
    ("romaji-pair", "I talked to Daiki Morimoto yesterday.\n", [("PERSON", "Daiki Morimoto")]),
    ("romaji-pair-neg", "We took the Nozomi Shinkansen.\nMinato Mirai 21 Kaikan\n", []),
    ("romaji-one-in-row", "No.\t12\tMoreno Yukiko\n", [("PERSON", "Moreno Yukiko")]),
    ("romaji-one-neg", "Sakura Trading\tNagoya\n", []),
    # --- a confirmed name spreads: its words used alone elsewhere ---
    ("spread", "Name: Ingrid Solberg\nIngrid said she will come.\n", [("PERSON", "Ingrid Solberg"), ("PERSON", "Ingrid")]),
    ("spread-neg", "Ingrid said she will come.\n", []),
    # --- a kanji name before a latin surname in a JSON name field ---
    ("mixed-json", '{"name": "葵 Lindqvist-Mori", "age": 9}\n', [("PERSON", "葵 Lindqvist-Mori")]),
    ("mixed-json-neg", '{"company_name": "Nordic Light", "age": 9}\n', []),
    # --- a full-width space ends the run (next field) ---
    ("wide-space", "Name: Tomas Berg\u3000Nationality: Sweden\n", [("PERSON", "Tomas Berg")]),
    ("wide-space-neg", "Name: -\u3000Nationality: Sweden\n", []),
    # --- a given name and a family name of the name classes, foreign ones too, in prose ---
    ("foreign-pair", "Yesterday Lucia Fernandes brought the forms.\n", [("PERSON", "Lucia Fernandes")]),
    ("korean-pair", "I met Park Seo-yeon at the desk.\n", [("PERSON", "Park Seo-yeon")]),
    ("foreign-pair-neg", "We ordered Jasmine Tea and Victoria Sponge.\nA well-known Follow-up note.\n", []),
    # --- a list after an English label ---
    ("en-label-list", "Attendees: Lucas Moreau, Aiko Brandt and Hugo Klein\n",
     [("PERSON", "Lucas Moreau"), ("PERSON", "Aiko Brandt"), ("PERSON", "Hugo Klein")]),
    ("en-label-list-neg", "Attendees: all staff, see the Roster.\n", []),
    # --- abbreviations, acronyms and the label's own word are not names ---
    ("abbreviation-neg", "Name: see Art. 5 and Vol. 2 of the Rules\n", []),
    ("acronym-title-neg", "Runs on MS Windows only.\n", []),
    ("label-own-word-neg", "signature : Signature\n", []),
    # --- JSON: a person's key takes one word, a bare "name" key needs more ---
    ("json-person-key", '{"first_name": "Matteo", "grade": 4}\n', [("PERSON", "Matteo")]),
    ("json-bare-name-neg", '{"name": "Linux", "id": 3}\n', []),
    # --- a possessive kin word right before the name ---
    ("kin-before", "Yesterday my daughter Hanna fell at school.\n", [("PERSON", "Hanna")]),
    ("kin-before-neg", "My father said the Town Office was closed.\n", []),
    # --- a quoted display name after a label ---
    ("quoted-display-name", 'From: "Lindholm Erik" <desk@example.org>\n',
     [("PERSON", "Lindholm Erik"), ("EMAIL", "desk@example.org")]),
    ("quoted-display-name-neg", 'From: "Tokyo Office" <desk@example.org>\n', []),
    # --- accented latin letters inside name words ---
    ("accented", "Patient: NGUYỄN Văn Minh\nContact: sister Zofia Wójcik\n",
     [("PERSON", "NGUYỄN Văn Minh"), ("PERSON", "Zofia Wójcik")]),
    ("accented-neg", "Café Crème Brûlée\n", []),
    # --- initials before a name word, and before a kanji surname after a label ---
    ("initials", "Seen by Dr. J. Whitfield today.\n", [("PERSON", "J. Whitfield")]),
    ("initial-kanji", "記録者：M.高田\n", [("PERSON", "M.高田")]),
    ("initials-neg", "A. Introduction\nB. Scope\n担当：A.案内所\n", []),
    # --- a whole cell in a column whose other cells are kanji/kana names ---
    ("column-of-names", "出欠表\nA-01\t田中 太郎\t出\nA-02\tOkafor Chidera Blessing\t欠\nA-03\t鈴木 花子\t出\n",
     [("PERSON", "田中 太郎"), ("PERSON", "Okafor Chidera Blessing"), ("PERSON", "鈴木 花子")]),
    ("column-of-names-neg", "No,区分,担当\n1,Green Tea Latte,田中 太郎\n2,Blue Ocean Towel,鈴木 花子\n", []),
    # --- place words end nothing: a romanised address is not a name ---
    ("place-neg", "Address: 2-4-6 Ebisu, Shibuya-ku, Tokyo\n", []),
]


@pytest.mark.parametrize(("row_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_latin_round4(row_id: str, text: str, expected: list[tuple[str, str]]) -> None:
    findings = default_analyzer().analyze(text)
    if row_id.endswith("-neg"):
        # the negative rows test this module: the older romaji pass of ``person`` still takes some of these
        # (``Best regards,⏎Sales Team``, ``Dr. Suzuki Clinic``, a ``Product name`` column) — see the docs
        findings = [f for f in findings if f.recognizer == "person_latin"]
    found = [(f.type.value, text[f.start : f.end]) for f in findings]
    assert sorted(found) == sorted(expected), row_id


def test_hepburn_variants_fold() -> None:
    assert _fold("Ohno") == _fold("Oono") == _fold("Ōno") == _fold("Ono")
    assert _fold("Yuuki") == _fold("Yuki") and _fold("Itou") == _fold("Ito")
    assert _fold("Satou") in SURNAMES and _fold("Yuuki") in GIVEN_NAMES
