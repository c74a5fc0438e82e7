"""Round 8 — throughput (docs/scan-detector.md, "Round 8 — throughput"): the faster code paths find the same things.

Every speed-up of round 8 is exact (same findings, checked on every development batch by
``bench/check_same_findings.py``); these tests pin each new code path on new fictional text — findings with their
offsets around ASCII stretches, across tokeniser chunks and after width normalisation — and compare each new
primitive with the plain construct it replaces on random strings.
"""

from __future__ import annotations

import random
import re

import pytest

from hogo.scan.analyzer import default_analyzer
from hogo.scan.document import Document, sudachi
from hogo.scan.normalize import _TABLE, _translate, normalize
from hogo.scan.recognizers.base import _gated, required_words, words_gate, words_re
from hogo.scan.recognizers.person import LABELS, _LABEL_RE, _label_alternation

P, A, PH, E, S = "PERSON", "ADDRESS", "PHONE", "EMAIL", "SENSITIVE"

# (id, text, expected (type, exact substring) — no more, no fewer)
ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # ASCII stretches (codes, logs, CSV digits) before and around a name or an address
    ("ascii-before-name", "ID: A-2048-XK, REF=77310\n担当：柏木 真澄\n", [(P, "柏木 真澄")]),
    ("ascii-before-name-neg", "ID: A-2048-XK, REF=77310\n棚卸し：倉庫 B\n", []),
    ("ascii-before-address", "SKU-99812 qty=3 price=4,800 ／ お届け先：大阪府豊中市新千里東町3-4-5 カーサ千里201\n",
     [(A, "大阪府豊中市新千里東町3-4-5 カーサ千里201")]),
    ("ascii-before-address-neg", "SKU-99812 qty=3 price=4,800 ／ 大阪府の天気は晴れ\n", []),
    ("log-around-address", "log 2024-05-01T10:22:31Z status=200 bytes=5123\n神奈川県相模原市緑区橋本6-2-1\nlog end",
     [(A, "神奈川県相模原市緑区橋本6-2-1")]),
    # width normalisation (translated by runs): offsets point into the full-width original
    ("full-width-phone", "ＴＥＬ：０３－５５１２－３３４０（平日のみ）", [(PH, "０３－５５１２－３３４０")]),
    ("half-width-kana-label", "ﾃﾚﾌｫﾝ: 03-5512-3340", [(PH, "03-5512-3340")]),
    # a sign-off at the end of a message (scanned only when the text ends in より)
    ("sign-off", "先日はありがとう。\nまた遊ぼうね。\n\nみちるより\n", [(P, "みちる")]),
    ("sign-off-neg-not-at-end", "先日はありがとう。\nまた遊ぼうね。\n\nみちるより詳しい人に聞いて\n", []),
    # introducing oneself (scanned only when です/申します/ございます is there)
    ("self-intro", "総務課のタカツキです。", [(P, "タカツキ")]),
    ("self-intro-neg", "総務課のタカツキだよ。", []),
    # a relative's name in brackets, full- or half-width (scanned only when a bracket is there)
    ("kin-bracket", "家族構成：父（鬼頭 錬）、母（鬼頭 しのぶ）\n", [(P, "鬼頭 錬"), (P, "鬼頭 しのぶ")]),
    ("kin-bracket-half-width", "家族構成：父(鬼頭 錬)\n", [(P, "鬼頭 錬")]),
    ("kin-bracket-neg-note", "家族構成：父（入院中）\n", []),
    # chat speakers at line heads (scanned only when a colon is there)
    ("chat-speakers", "ゆかりん: おはよう\nぽんた: 了解です\nゆかりん: よろしく\n",
     [(P, "ゆかりん"), (P, "ぽんた"), (P, "ゆかりん")]),
    ("chat-speakers-neg", "ゆかりん、おはよう。ぽんた、了解です。\n", []),
    # the e-mail pattern runs only on texts with an @
    ("email", "問い合わせ: mika.sorano@example.jp まで", [(E, "mika.sorano@example.jp")]),
    ("email-neg-obfuscated", "問い合わせ: mika.sorano(at)example.jp まで", []),
    # listed conditions (an automaton over the reversed names)
    ("condition", "母は糖尿病で通院中です。", [(S, "糖尿病で通院中")]),
    ("condition-neg-topic", "糖尿病の予防についての講演会です。", []),
    # label words (a one-level trie; letters in any case)
    ("label-upper", "NAME: 乾 理沙\n", [(P, "乾 理沙")]),
    ("label-lower", "name: 乾 理沙\n", [(P, "乾 理沙")]),
    ("label-neg-longer-word", "NAMESPACE: inui\n", []),
    # a table: two name columns read from the rows split once per document
    ("table-two-columns", "氏名,フリガナ,電話\n根岸 千景,ネギシ チカゲ,080-3312-9045\n",
     [(P, "根岸 千景"), (P, "ネギシ チカゲ"), (PH, "080-3312-9045")]),
]


@pytest.mark.parametrize("row_id,text,expected", ROWS, ids=[r[0] for r in ROWS])
def test_rows(row_id: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(f.type.value, text[f.start : f.end]) for f in default_analyzer().analyze(text)]
    assert sorted(found) == sorted(expected), row_id


def test_names_and_addresses_across_tokeniser_chunks() -> None:
    """A text longer than one SudachiPy chunk, mostly ASCII lines: the name and the address in later chunks are found
    at their offsets (the reused MorphemeList serves every chunk)."""
    filler = "".join(f"row={i:04d} status=ok code=A{i % 7}\n" for i in range(300))
    text = filler + "担当：柏木 真澄\n" + filler + "お届け先：大阪府豊中市新千里東町3-4-5\n" + filler
    assert len(text) > 3 * 4000
    found = [(f.type.value, f.start, f.end) for f in default_analyzer().analyze(text)]
    name, address = text.index("柏木 真澄"), text.index("大阪府豊中市新千里東町3-4-5")
    assert found == [(P, name, name + len("柏木 真澄")), (A, address, address + len("大阪府豊中市新千里東町3-4-5"))]
    tokens = Document(text).tokens
    assert [(t.start, t.end) for t in tokens if t.start >= name - 1 and t.end <= name + 6] == [(name, name + 2), (name + 3, name + 5)]
    assert all(t.is_person for t in tokens)


def test_tokens_match_a_fresh_tokeniser() -> None:
    """The 人名 tokens read with the precomputed part-of-speech ids equal those of a plain SudachiPy pass."""
    text = "受付：佐々木 美穂子、TEL 0466-22-1357\n同行：Mark 大槻 健太郎\n"
    s = sudachi()
    expected = [(m.begin(), m.end()) for m in s.tokenizer.tokenize(text) if s.dictionary.pos_of(m.part_of_speech_id())[2] == "人名"]
    assert [(t.start, t.end) for t in s.tokenize(text)] == expected
    assert expected  # the text holds names SudachiPy knows


def _random_texts(alphabet: str | list[str], n: int, seed: int) -> list[str]:
    """Random texts of 0 to 40 pieces (characters of a string, or the strings of a list)."""
    rnd = random.Random(seed)
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40))) for _ in range(n)]


def test_reversed_place_automaton_finds_every_occurrence() -> None:
    """The address recognizer's automaton runs over the reversed text: every occurrence, overlapping ones included,
    with its start — the same set a forward scan finds."""
    from hogo.scan.recognizers.address import _ReversedWords

    idx = _ReversedWords()
    words = ["市", "北市", "台北市", "北区", "区", "ab", "b", "abb"]
    for w in words:
        idx.add_word(w, (len(w), w.endswith("市")))
    idx.make_automaton()
    assert sorted(idx.starts("台北市北区")) == [(0, (3, True)), (1, (2, True)), (2, (1, True)), (3, (2, False)), (4, (1, False))]
    for text in _random_texts("台北市区abx", 500, seed=8):
        expected = sorted((i, (len(w), w.endswith("市"))) for i in range(len(text)) for w in words if text.startswith(w, i))
        assert sorted(idx.starts(text)) == expected, text
    assert list(idx.starts("")) == []


def test_required_words() -> None:
    assert required_words(r"(?:氏名|お名前)[:：]") == {"氏名", "お名前"}
    assert required_words(r"[0-9]+円") == {"円"}
    assert required_words(r"(?:被害|行為)(?:に遭|を受け)") in ({"被害", "行為"}, {"に遭", "を受け"})
    assert required_words(r"(?:の|で)?通院中") == {"通院中"}  # an optional part requires nothing
    assert required_words(r"(?:通院|[0-9])") is None  # a branch without a word
    assert required_words(r"(?:abc)+x") == {"abc"}  # a repeat at least once: the longer word wins
    assert required_words(r"name", re.IGNORECASE) is None  # letters in any case
    assert required_words(r"(?i:name)") is None
    assert required_words(r"[A-Z]{2}\d{7}") is None


@pytest.mark.parametrize("pattern", [
    r"(?:氏名|お名前)[:：][ ]?(\S{1,8})",
    r"(?<![0-9])[0-9]{2,4}(?:円|ドル)",
    r"(?:の|で)?(?:治療中|通院中)",
    r"(?:被害|行為)(?:に遭|を受け)(?:た|ている)?",
])
def test_words_gate_is_never_false_on_a_text_with_a_match(pattern: str) -> None:
    rx, gate = re.compile(pattern), words_gate(pattern)
    hits = 0
    pieces = ["氏名", "お名前", "氏", "名", ":", "：", " ", "円", "ドル", "0", "12", "の", "で", "治療中", "通院中", "治療",
              "被害", "行為", "に遭", "を受け", "た", "ている", "x"]
    for text in _random_texts(pieces, 4000, seed=5):
        if rx.search(text):
            hits += 1
            assert gate(text), (pattern, text)
    assert hits > 20  # the random texts do hold matches
    assert not gate("abc xyz")


def test_gated_keeps_matches_with_flags() -> None:
    pattern = r"(?<=[、。\n])(?:担当|係)[ ]?(\w{1,4})$"
    plain, gated = re.compile(pattern, re.M), _gated(pattern, re.M)
    assert gated.pattern.startswith("(?=[") and gated.flags & re.M
    for text in _random_texts("担当係 、。\n山田花子xy", 3000, seed=3):
        assert [m.span(1) for m in gated.finditer(text)] == [m.span(1) for m in plain.finditer(text)], text


def test_words_re_gate_is_case_insensitive_like_the_words() -> None:
    words = ["Tel", "FAX", "携帯", "mobile", "ſhop"]  # (ſ folds to s and S)
    gated = words_re(words)
    plain = re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)), re.IGNORECASE)
    assert gated.pattern.startswith("(?=[")
    assert gated.search("TEL: 1") and gated.search("tel") and gated.search("Mobile") and gated.search("SHOP")
    assert not gated.search("te l") and not gated.search("携 帯")
    for text in _random_texts("TtEeLlFfAaXxMmObBiIlLEeſsShHoOpP携帯 ", 3000, seed=11):
        assert [m.span() for m in gated.finditer(text)] == [m.span() for m in plain.finditer(text)], text
    assert not words_re(["電話", "携帯"]).pattern.startswith("(?=")  # no letter first: the engine scans by itself


def test_translate_by_runs_equals_translate() -> None:
    alphabet = "ａＺ０９（）：－　ｶﾞｷﾞABC山田 \n①-ー"
    for text in _random_texts(alphabet, 2000, seed=13):
        assert _translate(text) == text.translate(_TABLE), text
    assert normalize("ＴＥＬ：０３－５５１２").text == "TEL:03-5512"
    assert normalize("ｶﾞｽ代（１月）").text == "ガス代(1月)"


def test_cells_under_shares_rows_between_columns() -> None:
    text = 'No,氏名,フリガナ,備考\n1,"根岸 千景",ネギシ チカゲ,\n2,丸尾 悠,マルオ ユウ,転居予定\n合計,2名\n3, 杉 麗 ,スギ レイ,\n'
    doc = Document(text)
    names = doc.cells_under(re.compile("氏名"))
    kana = doc.cells_under(re.compile("フリガナ"))
    assert [text[a:b] for a, b in names] == ["根岸 千景", "丸尾 悠", "杉 麗"]  # no quotes, no padding
    assert [text[a:b] for a, b in kana] == ["ネギシ チカゲ", "マルオ ユウ", "スギ レイ"]
    assert doc.cells_under(re.compile("住所")) == []
    assert "合計" not in [text[a:b] for a, b in doc.cells_under(re.compile("No"))]  # a line with two cells is no row


def test_label_trie_matches_like_the_word_alternation() -> None:
    plain = re.compile(
        "(?=[" + "".join(sorted({re.escape(w[0]) for w in LABELS})) + "])(?:" + words_re(LABELS).pattern + ")", re.IGNORECASE
    )
    alphabet = "".join(sorted({c for w in LABELS for c in w + w.upper()})) + " :："
    for text in _random_texts(alphabet, 3000, seed=17) + [w + "：山田" for w in LABELS]:
        assert [m.span() for m in _LABEL_RE.finditer(text)] == [m.span() for m in plain.finditer(text)], text
    for word in list(LABELS) + ["NAME", "nAmE", "氏名x", "氏", "From:", "FROM"]:
        assert bool(_LABEL_RE.fullmatch(word)) == bool(plain.fullmatch(word)), word
    assert _label_alternation(["父", "父母", "From"]).fullmatch("from")


def test_document_name_occurrences_without_an_alternation() -> None:
    """Many keys in a short text are found with str.find, as the alternation finds them (leftmost, longest first,
    no overlap)."""
    from hogo.scan.recognizers.person import _occurrences

    keys = {"岡山", "岡", "山田", "田中", "中村", "村上", "上野", "野口", "口", "ひなた", "なた", "さくら"}
    plain = re.compile("|".join(sorted(map(re.escape, keys), key=len, reverse=True)))
    pieces = sorted(keys) + ["が", "、", "の", "さん", "は", " "]
    for text in _random_texts(pieces, 800, seed=19):
        assert len(keys) * len(text) <= 100_000  # the find branch
        assert _occurrences(text, keys) == [(m.start(), m.end(), m.group()) for m in plain.finditer(text)], text
    long_text = "岡山の山田さん、田中さん。" * 1000  # the alternation branch
    assert _occurrences(long_text, keys)[:3] == [(0, 2, "岡山"), (3, 5, "山田"), (8, 10, "田中")]
