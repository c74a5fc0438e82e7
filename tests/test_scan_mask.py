"""`hogo mask`: label, partial and keyed-pseudonym masking of text, CSV and Excel; originals never printed."""

from __future__ import annotations

import json
import os

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st
from scanfixtures import EMAIL, MY_NUMBER, NAME, PHONE, RECORD, run_hogo, write_xlsx

from hogo.scan.analyzer import default_analyzer
from hogo.scan.mask import Masker, MaskError, MaskMode, mask_file, partial_mask

ANALYZER = default_analyzer()
KEY = b"test-key-not-secret"

# scenario: (type, value, partial mask)
PARTIAL = [
    ("PHONE", "090-1234-5678", "090-****-5678"),
    ("PHONE", "03(1234)5678", "03(****)5678"),
    ("PHONE", "09012345678", "090****5678"),
    ("PHONE", "０９０－１２３４－５６７８", "０９０－＊＊＊＊－５６７８"),
    ("EMAIL", "taro.yamada@example.jp", "t**********@example.jp"),
    ("MY_NUMBER", "1234 5678 9018", "**** **** 9018"),
    ("CREDIT_CARD", "4111-1111-1111-1111", "****-****-****-1111"),
    ("POSTAL_CODE", "100-0001", "100-****"),
    ("PERSON", "山田太郎", "山＊＊＊"),
    ("PERSON", "山田 太郎", "山＊ ＊＊"),
    ("ADDRESS", "東京都千代田区千代田1-1", "東京都千代田区＊＊＊*-*"),
    ("BIRTH_DATE", "1985年4月1日", "1985年*月*日"),
    ("SENSITIVE", "糖尿病の治療中", "＊＊＊＊＊＊＊"),
]


@pytest.mark.parametrize(("pii_type", "value", "expected"), PARTIAL)
def test_partial_mask_keeps_the_format(pii_type, value, expected):
    assert partial_mask(value, pii_type) == expected


@given(value=st.text(min_size=1, max_size=40), pii_type=st.sampled_from(["PHONE", "MY_NUMBER", "PERSON", "ADDRESS"]))
def test_partial_mask_keeps_length_and_separators(value, pii_type):
    masked = partial_mask(value, pii_type)
    assert len(masked) == len(value)
    assert all(m == v for m, v in zip(masked, value, strict=True) if not v.isalnum())


def test_pseudonyms_are_keyed_and_consistent():
    masker = Masker(MaskMode.PSEUDONYM, KEY)
    a = masker.replacement("090-1234-5678", "PHONE")
    assert a == masker.replacement("09012345678", "PHONE") == masker.replacement("０９０ １２３４ ５６７８", "PHONE")
    assert a.startswith("PHONE_") and len(a) == len("PHONE_") + 8
    assert a != masker.replacement("090-1234-5679", "PHONE")
    assert a != Masker(MaskMode.PSEUDONYM, b"another key").replacement("090-1234-5678", "PHONE")
    assert masker.replacement("山田 太郎", "PERSON") == masker.replacement("山田太郎", "PERSON")
    with pytest.raises(MaskError, match="^key:"):
        Masker(MaskMode.PSEUDONYM, None)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp932", "euc_jp"])
def test_text_file_keeps_its_encoding(tmp_path, encoding):
    src = tmp_path / "record.txt"
    src.write_bytes(RECORD.replace("\n", "\r\n").encode(encoding))
    dst = tmp_path / "masked.txt"
    counts = mask_file(src, dst, ANALYZER, Masker(MaskMode.LABEL))
    assert dict(counts) == {"PERSON": 1, "PHONE": 1, "EMAIL": 1, "MY_NUMBER": 1}
    expected = "氏名：[PERSON]\r\n電話：[PHONE]\r\nメール：[EMAIL]\r\n個人番号：[MY_NUMBER]\r\n"
    assert dst.read_bytes() == expected.encode(encoding)
    assert src.read_bytes() == RECORD.replace("\n", "\r\n").encode(encoding)  # original untouched


def test_text_masking_across_read_blocks(tmp_path, monkeypatch):
    """Findings that straddle the reader's blocks are replaced whole (small blocks force it)."""
    import hogo.scan.readers as readers

    monkeypatch.setattr(readers, "BLOCK_BYTES", 7)
    monkeypatch.setattr(readers, "SAMPLE_BYTES", 5)
    text = "".join(f"{i}件目 電話 03-1234-{5000 + i}、メール u{i}@example.jp\n" for i in range(30))
    src = tmp_path / "log.txt"
    src.write_text(text, encoding="utf-8")
    dst = tmp_path / "log.masked.txt"
    mask_file(src, dst, ANALYZER, Masker(MaskMode.PARTIAL))
    masked = dst.read_text(encoding="utf-8")
    assert masked.count("03-****-") == 30 and masked.count("@example.jp") == 30
    assert "u1@" not in masked and "1234" not in masked


def test_csv_all_columns_and_chosen_columns(tmp_path):
    src = tmp_path / "list.csv"
    src.write_text(
        f"氏名,電話,備考\r\n{NAME},{PHONE},糖尿病の治療中\r\n佐藤花子,03-1234-5678,特になし\r\n", encoding="cp932"
    )
    everything = tmp_path / "all.csv"
    mask_file(src, everything, ANALYZER, Masker(MaskMode.LABEL))
    assert everything.read_bytes().decode("cp932") == (
        "氏名,電話,備考\r\n[PERSON],[PHONE],[SENSITIVE]\r\n[PERSON],[PHONE],特になし\r\n"
    )
    phones = tmp_path / "phones.csv"
    counts = mask_file(src, phones, ANALYZER, Masker(MaskMode.PARTIAL), columns=["電話"])
    assert dict(counts) == {"PHONE": 2}
    assert phones.read_bytes().decode("cp932").splitlines()[1] == f"{NAME},090-****-5678,糖尿病の治療中"
    with pytest.raises(MaskError, match="^columns: no such column: 住所"):
        mask_file(src, tmp_path / "x.csv", ANALYZER, Masker(MaskMode.LABEL), columns=["住所"])


def test_excel_columns_with_pseudonyms(tmp_path):
    src = write_xlsx(
        tmp_path / "roster.xlsx",
        {"名簿": [["氏名", "tel", "金額"], [NAME, PHONE, 1200], ["佐藤花子", "090-1234-5678", 800]]},
    )
    dst = tmp_path / "roster.masked.xlsx"
    mask_file(src, dst, ANALYZER, Masker(MaskMode.PSEUDONYM, KEY), columns=["tel"])
    sheet = openpyxl.load_workbook(dst)["名簿"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0] == ["氏名", "tel", "金額"]
    assert rows[1][0] == NAME and rows[1][2] == 1200  # other columns and numbers untouched
    assert rows[1][1].startswith("PHONE_") and rows[1][1] == rows[2][1]  # same number, same token


def test_cli_never_prints_originals(tmp_path):
    src = tmp_path / "memo.txt"
    src.write_text(RECORD, encoding="utf-8")
    env = {**os.environ, "HOGO_MASK_KEY": "k"}
    result = run_hogo("mask", str(src), "--mode", "pseudonym", env=env)
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["output"] == str(tmp_path / "memo.masked.txt")
    assert summary["replaced"] == {"EMAIL": 1, "MY_NUMBER": 1, "PERSON": 1, "PHONE": 1}
    for value in (NAME, PHONE, EMAIL, MY_NUMBER):
        assert value not in result.stdout + result.stderr
        assert value not in (tmp_path / "memo.masked.txt").read_text(encoding="utf-8")
    key_file = tmp_path / "key"
    key_file.write_bytes(b"k\n")
    again = run_hogo("mask", str(src), "-m", "pseudonym", "--key-file", str(key_file), "-o", str(tmp_path / "b.txt"))
    assert (tmp_path / "b.txt").read_text(encoding="utf-8") == (tmp_path / "memo.masked.txt").read_text(
        encoding="utf-8"
    )
    assert again.returncode == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--mode", "pseudonym"], "hogo: error: key: pseudonym mode needs a key"),
        (["-o", "{src}"], "hogo: error: output: must differ from the input"),
        (["--column", "x"], "hogo: error: columns: only for .csv, .tsv and .xlsx files"),
    ],
)
def test_cli_bad_requests_exit_2(tmp_path, args, message):
    src = tmp_path / "memo.txt"
    src.write_text(RECORD, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "HOGO_MASK_KEY"}
    result = run_hogo("mask", str(src), *[a.format(src=src) for a in args], env=env)
    assert result.returncode == 2
    assert result.stderr.startswith(message) and len(result.stderr.strip().splitlines()) == 1


def test_html_keeps_its_markup(tmp_path):
    src = tmp_path / "page.html"
    src.write_text(f'<p class="tel">電話 {PHONE}</p>\n<td>{EMAIL}</td>\n', encoding="cp932")
    dst = tmp_path / "page.masked.html"
    mask_file(src, dst, ANALYZER, Masker(MaskMode.LABEL))
    assert dst.read_bytes().decode("cp932") == '<p class="tel">電話 [PHONE]</p>\n<td>[EMAIL]</td>\n'


def test_json_with_escapes_stays_valid_json(tmp_path):
    src = tmp_path / "export.json"
    src.write_text(json.dumps({"連絡": f"担当は{NAME}様、電話 {PHONE}"}), encoding="utf-8")
    dst = tmp_path / "export.masked.json"
    mask_file(src, dst, ANALYZER, Masker(MaskMode.LABEL))
    assert json.loads(dst.read_text(encoding="utf-8")) == {"連絡": "担当は[PERSON]様、電話 [PHONE]"}

    key = Masker(MaskMode.PSEUDONYM, KEY)
    mask_file(src, dst, ANALYZER, key)
    token = Masker(MaskMode.PSEUDONYM, KEY).replacement(NAME, "PERSON")
    assert json.loads(dst.read_text(encoding="utf-8"))["連絡"].startswith(f"担当は{token}様")  # same as unescaped
    mask_file(src, dst, ANALYZER, Masker(MaskMode.PARTIAL))
    assert json.loads(dst.read_text(encoding="utf-8"))["連絡"] == "担当は山＊＊＊様、電話 090-****-5678"
