"""hogo.scan.readers and the windowed scanner: every encoding, every format, corrupt and huge files."""

from __future__ import annotations

import json
import subprocess
import random
import resource
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scanfixtures import (
    EMAIL,
    MY_NUMBER,
    NAME,
    PHONE,
    RECORD,
    RECORD_TYPES,
    run_hogo,
    write_docx,
    write_eml,
    write_pdf,
    write_xls,
    write_xlsx,
)

from hogo.scan.analyzer import default_analyzer
from hogo.scan.readers import (
    UnreadableFile,
    _encodable,
    detect_encoding,
    html_view,
    open_source,
    read_text,
)
from hogo.scan.scanner import FileFinding, FileSummary, analyze_stream, scan_paths

ANALYZER = default_analyzer()


def findings_of(path):
    items = list(scan_paths([path], ANALYZER, keep_text=True))
    summary = items[-1]
    assert isinstance(summary, FileSummary)
    return [i for i in items if isinstance(i, FileFinding)], summary


def assert_offsets_index_text(path, findings):
    text = read_text(path)
    for f in findings:
        assert text[f.start : f.end] == f.text


# --------------------------------------------------------------------------- encodings

ENCODINGS = ["utf-8", "utf-8-sig", "cp932", "shift_jis", "euc_jp", "iso2022_jp"]


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_every_encoding_decodes_and_offsets_index_the_decoded_text(tmp_path, encoding):
    path = tmp_path / f"record-{encoding}.txt"
    path.write_bytes(RECORD.encode(encoding))
    assert read_text(path) == RECORD  # no BOM in the decoded text
    findings, summary = findings_of(path)
    assert all(f.location is None for f in findings)
    assert {str(f.type) for f in findings} == RECORD_TYPES
    assert summary.error is None
    assert RECORD[findings[0].start : findings[0].end] == NAME


# Short Japanese texts are where detectors guess wrong (Big5, GB18030, …); scenario id: text, codecs
SHORT_TEXTS = [
    ("name", "山田太郎"),
    ("two-kanji", "電話"),
    ("ibm-extension", "髙橋"),
    ("old-form", "渡邊"),
    ("old-form-2", "齋藤"),
    ("nec-special", "①②"),
    ("kana", "ソフト"),
    ("half-width-kana-cp932", "ﾔﾏﾀﾞ ﾀﾛｳ"),
    ("sensitive", "糖尿病"),
    ("postal", "〒100-0001 東京都千代田区千代田1-1"),
    ("one-hiragana", "あ"),
]


SHORT_CASES = [
    pytest.param(text, encoding, id=f"{scenario}-{encoding}")
    for scenario, text in SHORT_TEXTS
    for encoding in ("cp932", "euc_jp", "utf-8", "utf-8-sig", "iso2022_jp")
    if _encodable(text, encoding)
    # half-width kana in EUC-JP read the same as CP932 kanji: a documented limit (docs/scan.md)
    and not (scenario == "half-width-kana-cp932" and encoding == "euc_jp")
]


@pytest.mark.parametrize(("text", "encoding"), SHORT_CASES)
def test_short_japanese_texts_are_detected(text, encoding):
    data = text.encode(encoding)
    assert data.decode(detect_encoding(data, complete=True)) == text


japanese = st.text(
    alphabet=st.sampled_from(
        "あいうえおかきくけこさしすせそアイウエオ山田太郎花子東京都千代田区一二三四五、。　0123456789-"
    ),
    min_size=8,
    max_size=200,
)


@given(text=japanese, encoding=st.sampled_from(["cp932", "euc_jp", "utf-8"]))
@settings(max_examples=150, deadline=None)
def test_japanese_text_round_trips_through_detection(text, encoding):
    data = text.encode(encoding)
    assert data.decode(detect_encoding(data, complete=True)) == text


def test_encoding_detected_from_a_sample_of_a_large_file(tmp_path):
    # a CP932 file bigger than the sample: a multi-byte character cut at the sample edge is fine
    path = tmp_path / "big-sjis.csv"
    line = "山田太郎,090-1234-5678,東京都千代田区千代田1-1\r\n"
    path.write_bytes((line * 3000).encode("cp932"))
    source = open_source(path)
    assert source.encoding == "cp932"
    assert "".join(source.pieces) == line * 3000  # CRLF kept: offsets index the file as it is


def test_binary_file_is_unreadable(tmp_path):
    path = tmp_path / "blob.txt"
    path.write_bytes(bytes(range(256)) * 4 + b"\x00\x00\x00")
    with pytest.raises(UnreadableFile, match="binary"):
        read_text(path)


# --------------------------------------------------------------------------- formats


def test_text_formats_are_the_decoded_file(tmp_path):
    for suffix, content in [
        (".csv", f"氏名,電話\r\n{NAME},{PHONE}\r\n"),
        (".tsv", f"氏名\t電話\n{NAME}\t{PHONE}\n"),
        (".json", json.dumps({"氏名": NAME, "電話": PHONE, "mail": EMAIL}, ensure_ascii=False)),
        (".md", f"# 名簿\n\n- {NAME} 様: {PHONE}\n"),
    ]:
        path = tmp_path / f"sample{suffix}"
        path.write_text(content, encoding="utf-8", newline="")
        assert read_text(path) == content
        findings, summary = findings_of(path)
        assert "PHONE" in summary.counts, suffix
        assert_offsets_index_text(path, findings)


def test_html_view_blanks_markup_but_keeps_offsets(tmp_path):
    html = (
        "<html><head><style>p{color:red}</style><script>var tel='03-0000-0000';</script></head><body>\n"
        f"<table><tr><td>{NAME}</td><td>{PHONE}</td></tr></table><!-- {EMAIL} -->\n"
        "<p>連絡先&nbsp;メール: <a href='mailto:x@example.org'>" + EMAIL + "</a></p></body></html>\n"
    )
    view = html_view(html)
    assert len(view) == len(html)
    assert "<" not in view and "03-0000-0000" not in view  # script contents are not text
    path = tmp_path / "page.html"
    path.write_bytes(html.encode("cp932"))
    findings, _ = findings_of(path)
    assert_offsets_index_text(path, findings)
    found = {(str(f.type), f.text) for f in findings}
    assert ("PHONE", PHONE) in found and ("EMAIL", EMAIL) in found
    assert not any(f.text == "03-0000-0000" or "x@example.org" in f.text for f in findings)


def test_xlsx_cells_rows_and_sheets(tmp_path):
    import datetime as dt

    path = write_xlsx(
        tmp_path / "名簿.xlsx",
        {
            "職員": [["氏名", "電話", "生年月日", "金額"], [NAME, PHONE, dt.datetime(1985, 4, 1), 1200.0]],
            "連絡先": [["メール"], [EMAIL]],
        },
    )
    text = read_text(path)
    assert text == (f"職員\n氏名\t電話\t生年月日\t金額\n{NAME}\t{PHONE}\t1985-04-01\t1200\n\f連絡先\nメール\n{EMAIL}\n")
    findings, summary = findings_of(path)
    assert {"PERSON", "PHONE", "EMAIL"} <= set(summary.counts)
    assert_offsets_index_text(path, findings)
    places = {f.text: f.location for f in findings}
    assert places[NAME] == "職員!A2" and places[PHONE] == "職員!B2" and places[EMAIL] == "連絡先!A2"


def test_xls_is_read_with_xlrd(tmp_path):
    path = write_xls(tmp_path / "old.xls", [["氏名", "電話", "メール"], [NAME, PHONE, EMAIL]])
    assert read_text(path) == f"名簿\n氏名\t電話\tメール\n{NAME}\t{PHONE}\t{EMAIL}\n"
    findings, summary = findings_of(path)
    assert {"PHONE", "EMAIL"} <= set(summary.counts)
    assert_offsets_index_text(path, findings)
    assert {f.text: f.location for f in findings}[EMAIL] == "名簿!C2"


def test_docx_paragraphs_and_tables(tmp_path):
    path = write_docx(
        tmp_path / "memo.docx",
        ["面談記録", f"連絡先メール {EMAIL}"],
        [["氏名", "電話", "個人番号"], [NAME, PHONE, MY_NUMBER]],
    )
    text = read_text(path)
    assert text == f"面談記録\n連絡先メール {EMAIL}\n氏名\t電話\t個人番号\n{NAME}\t{PHONE}\t{MY_NUMBER}\n以上\n"
    findings, summary = findings_of(path)
    assert {"EMAIL", "PHONE", "MY_NUMBER"} <= set(summary.counts)
    assert summary.specific
    assert_offsets_index_text(path, findings)


def test_pdf_text_layer_with_japanese(tmp_path):
    path = write_pdf(tmp_path / "form.pdf", [RECORD.splitlines(), [f"2ページ目 {EMAIL}"]])
    text = read_text(path)
    assert NAME in text and PHONE in text and "\f" in text
    findings, summary = findings_of(path)
    assert {"PERSON", "PHONE", "EMAIL", "MY_NUMBER"} <= set(summary.counts)
    assert summary.counts["EMAIL"] == 2  # one per page
    assert [f.location for f in findings if str(f.type) == "EMAIL"] == ["page 1", "page 2"]
    assert_offsets_index_text(path, findings)


def test_eml_headers_and_decoded_parts(tmp_path):
    path = write_eml(tmp_path / "mail.eml", f"{NAME}様\n電話 {PHONE}\n", html=f"<p>個人番号 {MY_NUMBER}</p>")
    raw = path.read_bytes()
    assert PHONE.encode() not in raw or b"ISO-2022-JP" in raw.upper()  # body is encoded in the file
    text = read_text(path)
    assert text.startswith(f"From: 山田太郎 <{EMAIL}>\nTo: hanako@example.com\nSubject: 面談のご連絡\n\n")
    findings, summary = findings_of(path)
    assert {"EMAIL", "PHONE", "MY_NUMBER"} <= set(summary.counts)
    assert_offsets_index_text(path, findings)


# --------------------------------------------------------------------------- corrupt files

CORRUPT = {
    "broken.xlsx": b"PK\x03\x04 this is not a workbook",
    "broken.xls": b"\xd0\xcf\x11\xe0 not really OLE",
    "broken.docx": b"PK\x03\x04 nor a document",
    "broken.pdf": b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF",
    "binary.txt": bytes(range(256)) * 8,
    "encrypted.xlsx": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504),  # OLE container, as Excel encrypts
}


@pytest.mark.parametrize("name", sorted(CORRUPT))
def test_corrupt_file_is_reported_and_the_scan_goes_on(tmp_path, name):
    (tmp_path / name).write_bytes(CORRUPT[name])
    (tmp_path / "zz-good.txt").write_text(RECORD, encoding="utf-8")
    items = list(scan_paths([tmp_path], ANALYZER))
    summaries = {s.path: s for s in items if isinstance(s, FileSummary)}
    bad = summaries[str(tmp_path / name)]
    assert bad.error and "\n" not in bad.error
    if name == "encrypted.xlsx":
        assert bad.error.startswith("password-protected (encrypted) workbook")
    good = summaries[str(tmp_path / "zz-good.txt")]
    assert good.error is None and set(good.counts) == RECORD_TYPES


def test_directory_walk_skips_unsupported_extensions(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(RECORD, encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 not scanned")
    paths = [s.path for s in scan_paths([tmp_path], ANALYZER) if isinstance(s, FileSummary)]
    assert paths == [str(tmp_path / "sub" / "a.txt")]


# --------------------------------------------------------------------------- windows


def _windowed_text(seed: int) -> str:
    rng = random.Random(seed)
    parts = []
    for i in range(60):
        parts.append("　" * rng.randint(0, 400) + "\n")
        parts.append(f"番号{i} 電話 03-{1000 + i}-{5000 + i}、メール user{i}@example.jp\n")
    return "".join(parts)


@given(sizes=st.lists(st.integers(min_value=1, max_value=3000), min_size=1, max_size=40), seed=st.integers(0, 5))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_windows_neither_lose_nor_duplicate_findings(sizes, seed):
    text = _windowed_text(seed)
    pieces, position = [], 0
    for size in sizes * (len(text) // sum(sizes) + 1):
        if position >= len(text):
            break
        pieces.append(text[position : position + size])
        position += size
    whole = [(f.start, f.end, str(f.type)) for f in ANALYZER.analyze(text)]
    streamed = [(f.start, f.end, str(f.type)) for f, _, _ in analyze_stream(pieces, ANALYZER, window=2000, margin=200)]
    assert streamed == whole
    assert len(whole) == 120


def test_huge_file_streams_in_bounded_memory_with_global_offsets(tmp_path):
    """A 50 MB file: memory of the scanning process stays far below 1 GB, offsets stay global."""
    path = tmp_path / "huge.txt"
    filler = ("　" * 1023 + "\n").encode("utf-8")  # 3 KiB of ideographic spaces per line
    head = f"先頭 {EMAIL}\n"
    tail = f"末尾の連絡先 電話 {PHONE}\n"
    lines = (50 << 20) // len(filler)
    with path.open("wb") as out:
        out.write(head.encode())
        for _ in range(lines):
            out.write(filler)
        out.write(tail.encode())
    expected_start = len(head) + lines * 1024 + tail.index(PHONE)
    # Run the scan in a process of its own that reports its own peak memory. Neither RUSAGE_CHILDREN of this
    # test process (it counts every earlier child: browsers, servers) nor the child's ru_maxrss (Linux keeps it
    # across fork+exec, so it starts at the size of this big pytest process) measures the scan; the peak of the
    # child's own address space (VmHWM, reset by exec) does.
    probe = (
        "import re, resource, runpy, sys\n"
        "sys.argv = ['hogo', *sys.argv[1:]]\n"
        "try:\n"
        "    runpy.run_module('hogo', run_name='__main__')\n"
        "except SystemExit as exc:\n"
        "    code = exc.code\n"
        "try:\n"
        "    with open('/proc/self/status') as status:\n"
        "        peak = int(re.search(r'VmHWM:\\s+(\\d+) kB', status.read()).group(1))\n"
        "except OSError:\n"
        "    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "print('maxrss_kib', peak, file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, "scan", str(path), "--format", "jsonl", "--show-text"],
        capture_output=True, text=True, encoding="utf-8", timeout=600, check=False,
    )
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {"type": "EMAIL", "start": 3, "text": EMAIL}.items() <= rows[0].items()
    phone = [r for r in rows if r["type"] == "PHONE"]
    assert phone and phone[-1]["start"] == expected_start and phone[-1]["end"] == expected_start + len(PHONE)
    maxrss_kib = int(result.stderr.split("maxrss_kib")[-1].split()[0])
    assert 0 < maxrss_kib < 1024 * 1024, f"max RSS {maxrss_kib} KiB"


def test_cell_location_with_a_sheet_name_to_quote_and_empty_leading_rows(tmp_path):
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "職員 名簿"
    sheet["D4"] = f"電話 {PHONE}"
    workbook.save(tmp_path / "sparse.xlsx")
    findings, _ = findings_of(tmp_path / "sparse.xlsx")
    assert [(str(f.type), f.location) for f in findings] == [("PHONE", "'職員 名簿'!D4")]


def test_json_unicode_escapes_are_decoded_for_the_detector(tmp_path):
    record = {
        "連絡": f"担当は{NAME}様、電話 {PHONE}",
        "備考": "糖尿病の治療中",
        "絵文字": "😀",
        "path": "C:\\users\\u0041",
    }
    path = tmp_path / "export.json"
    path.write_text(json.dumps(record), encoding="utf-8")  # ensure_ascii: every kanji as \uXXXX
    assert NAME not in path.read_text(encoding="utf-8")
    findings, summary = findings_of(path)
    assert {"PERSON", "PHONE", "SENSITIVE"} <= set(summary.counts)
    assert_offsets_index_text(path, findings)  # offsets index the file, spanning the escapes
    decoded = {json.loads(f'"{f.text}"') for f in findings}
    assert {NAME, PHONE, "糖尿病の治療中"} <= decoded
    assert any(f.text.startswith("\\u5c71") for f in findings)  # 山 as the file spells it


def test_json_view_maps_offsets_back():
    from hogo.scan.readers import json_view

    text = json.dumps({"k": "山田 😀 x"}) + ' "\\\\u0041"'
    view, back = json_view(text)
    assert view == '{"k": "山田 😀 x"} "\\\\u0041"'  # an escaped backslash is not an escape
    assert len(back) == len(view) + 1 and back[-1] == len(text)
    assert text[back[view.index("😀")] : back[view.index("😀") + 1]] == "\\ud83d\\ude00"
    assert json_view("no escapes") == "no escapes"
