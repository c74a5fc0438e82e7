"""The blind held-out batches corpus/blind/ … blind14/ (documents.jsonl) are well-formed gold files.

These tests check the FILES (offsets, span rules of spec/pii-types.md, check digits), never the detector's
score on them: each batch is kept blind and is measured once, at the end, by the lead. Every check runs on
every batch (the ``batch`` fixture); the batches were written by different authors, blind to the detector.
"""

from __future__ import annotations

import importlib.util
import json
import re
import unicodedata
from pathlib import Path

import pytest
from stdnum import luhn

from hogo.ids import mynumber
from hogo.scan.evaluate import load_corpus
from hogo.scan.types import PiiType

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
# batch directory → (min documents with findings, min hard negatives, min distinct kinds of positives)
BATCHES = {"blind": (60, 15, 40), "blind2": (60, 20, 50), "blind3": (70, 20, 60), "blind4": (70, 20, 60), "blind5": (70, 20, 60), "blind6": (60, 20, 50), "blind7": (45, 12, 40), "blind8": (55, 15, 55), "blind9": (50, 12, 50), "blind10": (55, 12, 55), "blind11": (40, 11, 40), "blind12": (40, 10, 40), "blind13": (38, 11, 38), "blind14": (33, 11, 33), "blind15": (40, 11, 40), "blind16": (45, 13, 45), "blind18": (40, 12, 40), "blind17": (41, 11, 41), "blind20": (43, 13, 43), "blind21": (44, 13, 44), "blind22": (46, 14, 46), "blind19": (45, 12, 45), "blind23": (44, 12, 44), "blind24": (43, 13, 43), "blind25": (44, 12, 44), "blind26": (44, 12, 44), "blind27": (45, 12, 45), "blind28": (46, 13, 46), "blind29": (45, 12, 45), "blind30": (45, 13, 45), "blind31": (46, 13, 46), "blind32": (47, 13, 47)}
HONORIFICS = ("さん", "様", "さま", "殿", "先生", "君", "くん", "氏", "課長", "部長", "委員長")


@pytest.fixture(scope="module", params=sorted(BATCHES))
def batch(request) -> Path:
    return CORPUS / request.param


def _load_make():
    """corpus/blind/make.py: the markup parser, generators and checks shared by every batch."""
    spec = importlib.util.spec_from_file_location("blind_make", CORPUS / "blind" / "make.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def docs(batch: Path) -> list[dict]:
    file = batch / "documents.jsonl"
    return [json.loads(line) for line in file.read_text(encoding="utf-8").splitlines() if line.strip()]


def _spans(docs: list[dict], typ: str) -> list[str]:
    return [d["text"][s["start"] : s["end"]] for d in docs for s in d["spans"] if s["type"] == typ]


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def test_size_and_ids(batch: Path, docs: list[dict]) -> None:
    min_positives, min_negatives, min_kinds = BATCHES[batch.name]
    positives = [d for d in docs if d["spans"]]
    negatives = [d for d in docs if not d["spans"]]
    assert len(positives) >= min_positives
    assert len(negatives) >= min_negatives
    assert all(d["negative"] == (not d["spans"]) for d in docs)
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids))
    assert len({d["kind"] for d in positives}) >= min_kinds  # many different kinds of document, not one template


def test_batches_do_not_share_documents() -> None:
    seen: dict[str, str] = {}
    for name in BATCHES:
        for line in (CORPUS / name / "documents.jsonl").read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            assert d["id"] not in seen, (name, d["id"])
            assert d["text"] not in seen.values(), (name, d["id"])
            seen[d["id"]] = d["text"]


def test_file_is_what_make_py_builds(batch: Path, docs: list[dict]) -> None:
    """The JSONL is generated from documents.txt, so offsets come from the markers and cannot drift."""
    make = _load_make()
    rebuilt = []
    for ident, kind, marked in make.load_documents(batch):
        text, spans = make.parse(marked)
        rebuilt.append({"id": ident, "kind": kind, "negative": not spans, "text": text, "spans": spans})
    assert rebuilt == docs


def test_offsets_in_range_sorted_and_disjoint(docs: list[dict]) -> None:
    for d in docs:
        prev_end = 0
        for s in d["spans"]:
            assert 0 <= s["start"] < s["end"] <= len(d["text"]), d["id"]
            assert s["start"] >= prev_end, f"{d['id']}: overlapping or unsorted spans"
            value = d["text"][s["start"] : s["end"]]
            assert value == value.strip(), f"{d['id']}: span with outer whitespace {value!r}"
            prev_end = s["end"]


def test_types_are_the_spec_types_and_all_are_covered(docs: list[dict]) -> None:
    valid = {t.value for t in PiiType}
    used = {s["type"] for d in docs for s in d["spans"]}
    assert used <= valid
    assert used == valid, f"types without an example: {sorted(valid - used)}"


def test_eval_kit_reads_the_file(batch: Path) -> None:
    file = batch / "documents.jsonl"
    gold = load_corpus(file)
    assert len(gold) == len(file.read_text(encoding="utf-8").splitlines())
    assert load_corpus(batch)  # the directory form finds documents.jsonl too


def test_every_my_number_span_has_a_valid_check_digit(docs: list[dict]) -> None:
    values = _spans(docs, "MY_NUMBER")
    assert len(values) >= 8
    for value in values:
        assert mynumber.is_valid(value), value
    # separators and full-width digits are represented
    assert any(" " in v or "\u3000" in v for v in values)
    assert any("-" in v for v in values)
    assert any(unicodedata.east_asian_width(v[0]) == "F" for v in values)


def test_invalid_my_numbers_are_present_and_never_annotated(batch: Path, docs: list[dict]) -> None:
    """12-digit numbers with a wrong check digit occur in the text and are not findings; every 12-digit
    number with a valid check digit outside a licence span is annotated as MY_NUMBER."""
    make = _load_make()
    invalid_seen = 0
    for d in docs:
        assert make.unannotated_valid_twelve(d["text"], d["spans"]) == [], d["id"]
        my_numbers = [(s["start"], s["end"]) for s in d["spans"] if s["type"] == "MY_NUMBER"]
        licences = [(s["start"], s["end"]) for s in d["spans"] if s["type"] == "DRIVER_LICENSE"]
        for m in make.TWELVE_DIGITS.finditer(d["text"].translate(make._TO_ASCII)):
            if not mynumber.is_valid(m.group(1)):
                assert not any(a <= m.start(1) < b for a, b in my_numbers), (d["id"], m.group(1))
                invalid_seen += not any(a <= m.start(1) < b for a, b in licences)
    assert invalid_seen >= 5


def test_corporate_numbers_are_never_annotated(docs: list[dict]) -> None:
    seen = 0
    for d in docs:
        for m in re.finditer(r"(?<!\d)\d{13}(?!\d)", _ascii(d["text"])):
            seen += 1
            assert not any(s["start"] < m.end() and m.start() < s["end"] for s in d["spans"]), d["id"]
    assert seen >= 5


def test_credit_cards_pass_luhn_and_a_failing_one_is_not_annotated(docs: list[dict]) -> None:
    values = _spans(docs, "CREDIT_CARD")
    for value in values:
        assert luhn.is_valid(re.sub(r"\D", "", _ascii(value))), value
    unannotated_failing = 0
    for d in docs:
        for m in re.finditer(r"(?<![\d-])\d{4}([- ])\d{4}\1\d{4}\1\d{4}(?![\d-])", _ascii(d["text"])):
            if not luhn.is_valid(re.sub(r"\D", "", m.group())):
                unannotated_failing += 1
                assert not any(s["start"] <= m.start() < s["end"] for s in d["spans"]), d["id"]
    assert unannotated_failing >= 1


def test_span_rules_of_the_spec(docs: list[dict]) -> None:
    for value in _spans(docs, "PERSON"):
        assert not value.endswith(HONORIFICS), f"honorific inside PERSON: {value!r}"
        assert not value.startswith(("Mr.", "Ms.", "Dr.")), value
    for value in _spans(docs, "POSTAL_CODE"):
        assert re.fullmatch(r"\d{3}-?\d{4}", _ascii(value)), value  # no 〒, seven digits
    for value in _spans(docs, "BIRTH_DATE"):
        assert not value.endswith(("生", "生まれ")), value
        assert re.search(r"\d|元|[〇一二三四五六七八九十]", _ascii(value)), value  # 漢数字 dates (blind11) too
    for value in _spans(docs, "EMAIL"):
        assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", _ascii(value)), value  # no display name, no mailto:
    for value in _spans(docs, "ADDRESS"):
        assert not value.startswith(("〒", "住所")) and not re.match(r"\d{3}-\d{4}", _ascii(value)), value
    for value in _spans(docs, "PHONE"):
        digits = re.sub(r"\D", "", _ascii(value))
        assert 10 <= len(digits) <= 12, value  # 10/11 digits, or +81 and 10 digits
    for value in _spans(docs, "PASSPORT"):
        assert re.fullmatch(r"[A-Z]{2}\d{7}", value), value
    for value in _spans(docs, "RESIDENCE_CARD"):
        assert re.fullmatch(r"[A-Z]{2}\d{8}[A-Z]{2}", value), value
    for value in _spans(docs, "PENSION_NUMBER"):
        assert re.fullmatch(r"\d{4}[- ]?\d{6}", value), value
    for value in _spans(docs, "DRIVER_LICENSE"):
        assert re.fullmatch(r"\d{12}", _ascii(value)), value


def test_hard_negatives_are_free_of_markers_and_spans(docs: list[dict]) -> None:
    for d in docs:
        assert not any(ch in d["text"] for ch in "⟦⟧«»"), d["id"]
        if d["negative"]:
            assert d["spans"] == []
            assert d["kind"].startswith("【ネガティブ】"), d["id"]
