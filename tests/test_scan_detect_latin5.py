"""Latin-script PERSON and a few number types, generalisation round 5 (docs/scan-detector.md, "Generalisation
round 5 — latin"): one positive and one negative row per mechanism, on text written for this file (not in any
corpus; all fictional).

Each row: (id, text, expected) where expected lists (type, exact substring) for every finding — no more, no fewer.
"""

from __future__ import annotations

import pytest

from hogo.scan.analyzer import default_analyzer

ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- more English role labels (Respondent:, Reviewer:, Interviewer: …) ---
    ("role-label", "Interviewer: Clara Lindholm\nTopic: onboarding\n", [("PERSON", "Clara Lindholm")]),
    ("role-label-neg", "Reviewer: Quality Assurance Team\n", []),
    # --- key=value fields (holder=…) ---
    ("equals-field", "  card=masked\n  holder=NAOMI SEKIGUCHI\n  cvv=***\n", [("PERSON", "NAOMI SEKIGUCHI")]),
    ("equals-field-neg", "  holder=VISA\n  brand=MASTER\n", []),
    # --- list items after a label may carry a bracketed note; a long list keeps its label in view ---
    ("label-list-notes", "Participants: R. Okafor (host), Lena Brandt (remote), Teodor Vasquez-Lima, Kowalski\n",
     [("PERSON", "R. Okafor"), ("PERSON", "Lena Brandt"), ("PERSON", "Teodor Vasquez-Lima"), ("PERSON", "Kowalski")]),
    ("label-list-notes-neg", "Agenda: Budget (draft), Venue, Catering\n", []),
    # --- a work or social relation before the name (my supervisor …, 上司の …) ---
    ("work-relation", "I told my supervisor Ingrid about the delay.\n", [("PERSON", "Ingrid")]),
    ("work-relation-neg", "I asked my supervisor Monday morning.\n", []),
    ("ja-relation", "その場には上司の Henrik もいた。\n", [("PERSON", "Henrik")]),
    ("ja-relation-neg", "同僚の Excel ファイルを開いた。\n", []),
    # --- a chat copied from Slack/Teams: the speaker alone on a line with the time ---
    ("time-speaker", "Lucas Moreau  9:02\nおはようございます\nNaoki  9:05\n了解です\n",
     [("PERSON", "Lucas Moreau"), ("PERSON", "Naoki")]),
    ("time-speaker-neg", "Deploy  9:02\n完了\nBackup  9:05\n完了\n", []),
    # --- a display name before an e-mail address made from it ---
    ("display-mail", "On 3 May, WAGNER Ilse <i.wagner@example.net> wrote:\n",
     [("PERSON", "WAGNER Ilse"), ("EMAIL", "i.wagner@example.net")]),
    ("display-mail-neg", "On 3 May, Billing Robot <noreply@example.net> wrote:\n", [("EMAIL", "noreply@example.net")]),
    # --- the kanji writing before the latin one at a field start ---
    ("kanji-before", "設計事務所\n堀江 真琴　Makoto Horiuchi\n", [("PERSON", "堀江 真琴"), ("PERSON", "Makoto Horiuchi")]),
    ("kanji-before-neg", "設計事務所\n新宿 本店　Grand Opening Sale\n", []),
    # --- airline records: SURNAME/GIVEN before a title, and the SSR DOCS passport element ---
    ("pnr-names", "  1.OKONKWO/CHIDI MR  2.OKONKWO/ADA MRS\n",
     [("PERSON", "OKONKWO/CHIDI"), ("PERSON", "OKONKWO/ADA")]),
    ("pnr-docs", "  6 SSR DOCS LH HK1 P/DEU/TK4410927/DEU/14FEB79/F/01JAN31/BRANDT/LENA\n",
     [("PASSPORT", "TK4410927"), ("PERSON", "BRANDT/LENA"), ("BIRTH_DATE", "14FEB79")]),
    ("pnr-neg", "  3 LH 711 Y 12DEC HND/FRA HK1\n", []),
    # --- a one-word listed name confirmed by a label spreads over the document ---
    ("spread-single", "Present: Hayashi, Greene\n1. Hayashi to send the slides.\n",
     [("PERSON", "Hayashi"), ("PERSON", "Greene"), ("PERSON", "Hayashi")]),
    ("spread-single-neg", "Present: Brightwater\n1. Brightwater to send the slides.\n", [("PERSON", "Brightwater")]),
    # --- an arrow ends a field after a label ---
    ("arrow-field", "担当者：Lindqvist → 課長へ報告\n", [("PERSON", "Lindqvist")]),
    ("arrow-field-neg", "担当者：Sales → 課長へ報告\n", []),
    # --- an HTML form field named for a name ---
    ("html-value", '<input name="guest_name" value="Ola Nordmann">\n', [("PERSON", "Ola Nordmann")]),
    ("html-value-neg", '<input name="product_name" value="Night Owl Lamp">\n', []),
    # --- a katakana role word as the label ---
    ("katakana-label", "受付：10/2。コーディネーター：Hashimoto（午後のみ）\n", [("PERSON", "Hashimoto")]),
    ("katakana-label-neg", "カテゴリー：Premium Plan（年額）\n", []),
    # --- a listed given name alone in Japanese prose or a bullet with a note ---
    ("ja-prose-given", "歓迎会の幹事は未定。Olivia が候補です。\n・Lucas（物流）\n", [("PERSON", "Olivia"), ("PERSON", "Lucas")]),
    ("ja-prose-given-neg", "・Premium（年額）\nNetflix が好きです。\n", []),
    # --- the older romaji pass of person: org/product words and an org after Dr. X are no names ---
    ("romaji-org-neg", "Regards,\nCustomer Care Desk\n", []),
    ("romaji-json-org-neg", '{"company_name": "Silver Birch Trading"}\n', []),
    ("romaji-clinic-neg", "Please visit Dr. Okada Clinic on Friday.\n", []),
    ("romaji-title", "Please ask Dr. Okada on Friday.\n", [("PERSON", "Okada")]),
    # --- phone: a foreign number with a context word; order numbers are not phones ---
    ("phone-foreign", "緊急連絡先：+44 20 7946 0958（携帯）\n", [("PHONE", "+44 20 7946 0958")]),
    ("phone-foreign-neg", "ratio +12 345 678 in the log\n", []),
    ("phone-order-neg", "<tr><th>伝票番号</th><td>080-2024-1175</td></tr>\n", []),
    # --- bank: an account label before an HTML input's value ---
    ("bank-html", '<label>引落口座</label><input name="acct_no" value="3350127">\n', [("BANK_ACCOUNT", "3350127")]),
    ("bank-html-neg", '<label>会員番号</label><input name="member" value="3350127">\n', []),
]


@pytest.mark.parametrize(("row_id", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_latin_round5(row_id: str, text: str, expected: list[tuple[str, str]]) -> None:
    findings = default_analyzer().analyze(text)
    found = [(f.type.value, text[f.start : f.end]) for f in findings]
    assert sorted(found) == sorted(expected), (row_id, found)
