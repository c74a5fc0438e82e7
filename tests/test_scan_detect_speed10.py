"""Round 10, throughput (docs/scan-detector.md, "Round 10 — throughput"): the gates and rewrites that make the
detector faster must change no match. Each row compares the fast form with the plain form it replaces, on text
written for this file (not in any corpus; all fictional), and a few rows check the findings end to end.
"""

from __future__ import annotations

import re

import pytest

from hogo.scan.analyzer import default_analyzer
from hogo.scan.document import _KEY_BEFORE, Document, key_at
from hogo.scan.recognizers import patterns, person, person_latin, sensitive
from hogo.scan.recognizers.base import Prefiltered, WordGated


# --- WordGated: the scan runs only on texts holding one of the pattern's required words; the matches stay the same ---
_WG_PATTERN = r"(?<![a-z])has (?:asthma|gout)|(?<![a-z])was arrested|(?P<k>lives in) [A-Z][a-z]+|in [0-9]{3}"


@pytest.mark.parametrize(
    ("text", "scanned"),
    [
        ("Ken has asthma and was arrested in Ostia.", True),  # positive: two branches
        ("He lives in Varna, room 204.", True),  # positive: the named group
        ("Nothing here: a quiet note about tea.", False),  # negative: no branch's word
        ("was arrest, had asthma, lived on", False),  # negative: words cut short
        ("", False),
    ],
)
def test_word_gated_same_matches(text: str, scanned: bool) -> None:
    gated = WordGated(_WG_PATTERN)
    plain = re.compile(_WG_PATTERN)
    assert gated.may_match(text) is scanned
    got = [(m.span(), m.lastgroup) for m in gated.finditer(text)]
    assert got == [(m.span(), m.lastgroup) for m in plain.finditer(text)]
    assert [m.span() for m in gated.finditer(text, 3)] == [m.span() for m in plain.finditer(text, 3)]


def test_word_gated_without_words_always_scans() -> None:
    gated = WordGated(r"[a-z]+@|[0-9]")  # (one branch needs no word: no gate)
    assert gated.may_match("") and [m.span() for m in gated.finditer("ab@")] == [(0, 3)]


def test_word_gated_other_methods_are_the_whole_pattern() -> None:
    gated = WordGated(_WG_PATTERN)
    assert gated.search("Ana has gout").span() == (4, 12)
    assert gated.match("in 123") is not None


@pytest.mark.parametrize(
    "text",
    [
        "Her son has epilepsy and takes his medicine daily.",  # positive
        "My father suffers from Parkinson's disease.",  # positive
        "The museum opens at nine; tickets at the door.",  # negative
        "PAX HAS CELIAC DISEASE, REQ MEAL",  # positive (a booking remark)
        "He is a fan of jazz and lives near the harbour.",  # negative
    ],
)
def test_en_sensitive_pruned_equals_whole(text: str) -> None:
    pruned = [m.span() for m in sensitive._EN_SENSITIVE.finditer(text)]
    assert pruned == [m.span() for m in sensitive._EN_SENSITIVE.whole.finditer(text)]


# --- Prefiltered: person_latin's English label before a name ---
@pytest.mark.parametrize(
    ("before", "found"),
    [
        ("Name: ", True),
        ("Emergency contact (mother): ", True),
        ("holder=", True),
        ("Patient seen by ", True),
        ("Referred to ", True),
        ("my wife, ", True),
        ("Thanks again for the lovely dinner ", False),
        ("会議のあと ", False),
        ("", False),
    ],
)
def test_label_before_prefiltered(before: str, found: bool) -> None:
    assert isinstance(person_latin._LABEL_BEFORE, Prefiltered)
    plain = person_latin._LABEL_BEFORE.rx
    assert bool(person_latin._LABEL_BEFORE.search(before)) is bool(plain.search(before)) is found


# --- Document.key_of: the window must end in ':' or '=' (then spaces, tabs, a quote) for the key search ---
@pytest.mark.parametrize(
    "text",
    [
        '{"zip": "4600008", "memo": "午後に再訪"}',
        "postalCode='9800811'\nnote = 未定",
        "PostalCode      : 060-0042\r\nCity            : 札幌市",
        '{"name": "birth", "value": "1990-02-03"}',
        '"生年月日": {"type": "DATE", "value": "1988-07-21"}',
        '{\\"zip\\": \\"4600008\\"}',  # escaped quotes (a JSON string inside JSON)
        "{ zip => '4600008', tel => '0312345678' }",  # Perl and Ruby hashes
        "<record><zip>4600008</zip></record>",  # an XML element names its text
        "件名 資料送付のお願い\n本文なし",  # no key anywhere
    ],
)
def test_key_of_same_everywhere(text: str) -> None:
    doc = Document(text)
    for pos in range(len(doc.text) + 1):
        assert doc.key_of(pos) == key_at(doc.text, pos, gate=False)


def test_key_before_tail_pinned() -> None:
    # key_of skips the search unless the window ends in ':', '=' or '>' before spaces, tabs and (escaped) quotes: that
    # test is sound for this tail of _KEY_BEFORE only — whoever changes the tail must change the gate in key_at too
    assert _KEY_BEFORE.pattern.endswith(r"""[ \t]*(?:=>|[:=])[ \t]*(?:\\?[\"']){0,2}\Z""")


def test_key_of_finds_keys() -> None:
    doc = Document('{"zip": "4600008"}')
    assert doc.key_of(doc.text.index("4600008")) == "zip"
    assert Document("件名 4600008").key_of(3) is None


# --- rewritten or gated patterns: the same matches as before ---
_SHORT_YEAR_PLAIN = re.compile(
    r"(?<![0-9./\-])\d{2}([./\-])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])(?![0-9./\-])"
)


@pytest.mark.parametrize(
    "text",
    [
        "生年月日 61.4.12 受付",  # positive
        "85/11/3",  # positive at the start
        "1985/11/3 と 2.61.4.12",  # negative: a longer number before
        "版 12-13-14-15",  # negative: more parts
        "平成 07.02.29",
    ],
)
def test_short_year_date_rewrite(text: str) -> None:
    assert [m.span() for m in patterns._SHORT_YEAR_DATE.finditer(text)] == [
        m.span() for m in _SHORT_YEAR_PLAIN.finditer(text)
    ]


@pytest.mark.parametrize(
    ("rx", "text"),
    [
        (patterns._ERA_CHOICE, "生年月日 明治・大正・昭和・平成 58年 3月 9日"),
        (patterns._ERA_CHOICE, "（昭和）・平成 2年5月6日 と 令和3年"),
        (sensitive._MEDICAL_HEADER, "既往歴"),
        (sensitive._MEDICAL_HEADER, '"診断"'),
        (sensitive._MEDICAL_HEADER, "備考"),
        (sensitive._COORD, "高血圧症と"),
        (sensitive._CONDITION, "既往歴：2型糖尿病・高血圧症（内服中）"),
        (person._ROLE_BEFORE, "担当ケースワーカー："),
        (person._ROLE_BEFORE, "今日は晴れ"),
        (person._NAME_MAIL, "連絡先: 春日 透 <toru.k@example.jp>"),
        (person_latin._LABEL_JA, "講師："),
    ],
)
def test_gated_patterns_same_matches(rx: re.Pattern[str], text: str) -> None:
    plain = re.compile(rx.pattern[rx.pattern.index("])(?:") + 5 : -1], rx.flags)
    assert [m.span() for m in rx.finditer(text)] == [m.span() for m in plain.finditer(text)]
    for a in range(len(text)):
        assert bool(rx.search(text, a)) is bool(plain.search(text, a))


# --- end to end: findings of the paths these changes touch (new fictional text) ---
ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("en-sensitive", "Note from the nurse: her husband has epilepsy and needs a quiet room.",
     [("SENSITIVE", "has epilepsy")]),
    ("en-no-sensitive", "Note from the desk: her husband has a bicycle and needs a parking spot.", []),
    ("json-birth", '{"id": "k-71", "birth": "1979-10-05"}', [("BIRTH_DATE", "1979-10-05")]),
    ("json-no-birth", '{"id": "k-71", "visit": "1979-10-05"}', []),
    ("short-year", "生年月日 58.7.14", [("BIRTH_DATE", "58.7.14")]),
    ("short-year-neg", "版数 58.7.14", []),
]


@pytest.mark.parametrize(("rid", "text", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_rows(rid: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(f.type.value, text[f.start : f.end]) for f in default_analyzer().analyze(text) if f.type.value != "PERSON"]
    assert sorted(found) == sorted(expected)
