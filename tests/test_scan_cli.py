"""The `hogo scan` command line, run as a real subprocess; the jsonl contract is interfaces.md's."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest
from scanfixtures import EMAIL, EVERY_TYPE, PHONE, RECORD, RECORD_TYPES, run_hogo, write_xlsx

from hogo.scan.types import PiiType

CONTRACT_KEYS = {"path", "start", "end", "type", "score"}


@pytest.fixture()
def tree(tmp_path):
    """A directory with files in several encodings and formats, one without findings, one corrupt."""
    root = tmp_path / "share"
    (root / "sub").mkdir(parents=True)
    (root / "utf8.txt").write_text(RECORD, encoding="utf-8")
    (root / "sub" / "sjis.csv").write_bytes(RECORD.encode("cp932"))
    (root / "sub" / "euc.txt").write_bytes(RECORD.encode("euc_jp"))
    (root / "bom.md").write_bytes(RECORD.encode("utf-8-sig"))
    (root / "nothing.txt").write_text("本日は晴天なり。会議は午後3時から。\n", encoding="utf-8")
    (root / "broken.xlsx").write_bytes(b"PK\x03\x04 not a workbook")
    write_xlsx(root / "list.xlsx", {"名簿": [["電話", "メール"], [PHONE, EMAIL]]})
    return root


def jsonl(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


def test_jsonl_contract(tree):
    result = run_hogo("scan", str(tree), "--format", "jsonl")
    assert result.returncode == 0
    rows = jsonl(result.stdout)
    assert rows and all(set(r) == CONTRACT_KEYS for r in rows if not r["path"].endswith(".xlsx"))
    assert all(set(r) == CONTRACT_KEYS | {"location"} for r in rows if r["path"].endswith(".xlsx"))
    assert all(r["type"] in {t.value for t in PiiType} for r in rows)
    assert all(isinstance(r["start"], int) and isinstance(r["score"], float) for r in rows)
    by_file: dict[str, set[str]] = {}
    for r in rows:
        by_file.setdefault(r["path"], set()).add(r["type"])
    for name, encoding in [
        ("utf8.txt", "utf-8"),
        ("sub/sjis.csv", "cp932"),
        ("sub/euc.txt", "euc_jp"),
        ("bom.md", "utf-8-sig"),
    ]:
        path = str(tree / name)
        assert by_file[path] == RECORD_TYPES, name
        decoded = (tree / name).read_bytes().decode(encoding)
        for r in rows:
            if r["path"] == path and r["type"] == "PHONE":
                assert decoded[r["start"] : r["end"]] == PHONE
    assert str(tree / "nothing.txt") not in by_file
    # the corrupt file is reported on stderr, one line, and the scan went on
    assert f"{tree / 'broken.xlsx'}: not a readable .xlsx workbook" in result.stderr
    assert "Traceback" not in result.stderr


def test_show_text_adds_the_matched_text_and_only_then(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(RECORD.encode("cp932"))
    plain = jsonl(run_hogo("scan", str(path), "--format", "jsonl").stdout)
    shown = jsonl(run_hogo("scan", str(path), "--format", "jsonl", "--show-text").stdout)
    assert all("text" not in r for r in plain)
    assert PHONE not in json.dumps(plain, ensure_ascii=False)
    assert [{k: v for k, v in r.items() if k != "text"} for r in shown] == plain
    assert all(RECORD[r["start"] : r["end"]] == r["text"] for r in shown)


def test_exit_zero_when_nothing_is_found(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("", encoding="utf-8")
    result = run_hogo("scan", str(path), "--format", "jsonl")
    assert (result.returncode, result.stdout) == (0, "")


def test_missing_path_is_bad_input(tmp_path):
    result = run_hogo("scan", str(tmp_path / "nope"), "--format", "jsonl")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [f"hogo: error: path: no such file or directory: {tmp_path / 'nope'}"]


def test_a_directory_named_db_is_scanned_not_taken_for_the_sub_command(tmp_path):
    (tmp_path / "db").mkdir()
    (tmp_path / "db" / "dump.txt").write_text(RECORD, encoding="utf-8")
    (tmp_path / "eval").mkdir()
    (tmp_path / "eval" / "x.txt").write_text(f"電話 {PHONE}\n", encoding="utf-8")
    for first in ("db", "eval"):
        result = run_hogo("scan", first, "--format", "jsonl", cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert {r["path"].split("/")[0] for r in jsonl(result.stdout)} == {first}
    # … while `db URL` is the database sub-command even then
    database = tmp_path / "t.db"
    with sqlite3.connect(database) as connection:
        connection.execute("create table people (tel text)")
        connection.execute("insert into people values (?)", (PHONE,))
    result = run_hogo("scan", "db", f"sqlite:///{database}", "--format", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["tables"][0]["columns"][0]["types"]["PHONE"]["rows"] == 1


def test_db_sub_command_without_such_a_directory(tmp_path):
    database = tmp_path / "t.db"
    with sqlite3.connect(database) as connection:
        connection.execute("create table people (email text)")
        connection.execute("insert into people values (?)", (EMAIL,))
    result = run_hogo("scan", "db", f"sqlite:///{database}", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "EMAIL 100%" in result.stdout
    bad = run_hogo("scan", "db", "nosuchdialect://x", cwd=tmp_path)
    assert bad.returncode == 2 and bad.stderr.startswith("hogo: error: url:")


def test_summary_formats(tree, tmp_path):
    table = run_hogo("scan", str(tree))  # default: table
    assert table.returncode == 0 and "特定個人情報" in table.stdout
    as_json = json.loads(run_hogo("scan", str(tree), "--format", "json").stdout)
    files = {f["path"]: f for f in as_json["files"]}
    assert files[str(tree / "sub" / "sjis.csv")]["encoding"] == "cp932"
    assert files[str(tree / "sub" / "euc.txt")]["specific_personal_information"] is True
    assert files[str(tree / "broken.xlsx")]["error"].startswith("not a readable .xlsx workbook")
    assert as_json["totals"]["files"] == 7 and as_json["totals"]["files_unreadable"] == 1
    rows = list(csv.DictReader(io.StringIO(run_hogo("scan", str(tree), "--format", "csv").stdout)))
    assert {r["path"]: r["MY_NUMBER"] for r in rows}[str(tree / "utf8.txt")] == "1"
    report = tmp_path / "report.html"
    result = run_hogo("scan", str(tree), "--format", "html", "--output", str(report))
    assert result.returncode == 0 and result.stdout == ""
    html = report.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "特定個人情報" in html
    assert PHONE not in html and EMAIL not in html  # reports never carry the values
    assert "nothing.txt" not in html and "1 ファイルは検出なし" in html  # only files with findings or errors
    assert str(tree / "nothing.txt") in files  # … while JSON lists every file


def test_no_progress_bar_when_stderr_is_not_a_terminal(tree):
    result = run_hogo("scan", str(tree / "utf8.txt"), "--format", "jsonl")
    assert result.returncode == 0 and result.stderr == ""


def test_eval_with_a_missing_corpus_is_bad_input(tmp_path):
    result = run_hogo("scan", "eval", str(tmp_path / "none"), cwd=tmp_path)
    assert result.returncode == 2 and "corpus:" in result.stderr


def test_eval_prints_scores_per_type(tmp_path):
    text = f"電話 {PHONE} までご連絡ください。"
    start = text.index(PHONE)
    gold = {"id": "t1", "text": text, "spans": [{"start": start, "end": start + len(PHONE), "type": "PHONE"}]}
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    result = run_hogo("scan", "eval", str(corpus), "--format", "json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["documents"] == 1 and report["per_type"]["PHONE"]["f1"] == 1.0
    table = run_hogo("scan", "eval", str(corpus))
    assert table.stdout.splitlines()[0].split()[:2] == ["type", "gold"]
    corpus.write_text('{"text": 1}\n', encoding="utf-8")
    bad = run_hogo("scan", "eval", str(corpus))
    assert bad.returncode == 2 and bad.stderr.startswith("hogo: error: corpus:")


def _run_on_a_terminal(*args: str, cwd) -> tuple[int, bytes]:
    """Run hogo with standard error on a pseudo-terminal; return its exit status and what it drew there."""
    import os
    import pty
    import subprocess
    import sys

    master, slave = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "hogo", *args], stdout=subprocess.DEVNULL, stderr=slave, cwd=cwd)
    os.close(slave)
    drawn = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        drawn += chunk
    os.close(master)
    return process.wait(timeout=600), drawn


def test_progress_bar_on_a_terminal_and_quiet(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(RECORD + ("　" * 1023 + "\n") * 1000, encoding="utf-8")  # 3 MB: several read blocks
    status, drawn = _run_on_a_terminal("scan", str(big), "--format", "jsonl", cwd=tmp_path)
    assert status == 0
    assert b"scan" in drawn and b"MB" in drawn
    status, drawn = _run_on_a_terminal("scan", str(big), "--format", "jsonl", "--quiet", cwd=tmp_path)
    assert status == 0 and drawn == b""


def test_bad_option_value_is_one_line(tmp_path):
    result = run_hogo("scan", str(tmp_path), "--format", "xml")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "'--format'" in result.stderr and "xml" in result.stderr


def test_parallel_jobs_give_the_same_findings_in_the_same_order(tree):
    one = run_hogo("scan", str(tree), "--format", "jsonl", "--show-text")
    two = run_hogo("scan", str(tree), "--format", "jsonl", "--show-text", "--jobs", "2")
    assert two.returncode == 0, two.stderr
    assert two.stdout == one.stdout and one.stdout
    assert two.stderr == one.stderr  # the corrupt file is reported the same way


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp932", "euc_jp"])
def test_every_type_end_to_end(tmp_path, encoding):
    path = tmp_path / f"staff-{encoding}.txt"
    path.write_bytes(EVERY_TYPE.replace("\n", "\r\n").encode(encoding))
    result = run_hogo("scan", str(path), "--format", "jsonl", "--show-text")
    assert result.returncode == 0, result.stderr
    rows = jsonl(result.stdout)
    assert {r["type"] for r in rows} == {t.value for t in PiiType}
    decoded = EVERY_TYPE.replace("\n", "\r\n")
    assert all(decoded[r["start"] : r["end"]] == r["text"] for r in rows)
    summary = json.loads(run_hogo("scan", str(path), "--format", "json").stdout)["files"][0]
    assert summary["sensitive"] and summary["specific_personal_information"]
    assert summary["identification_codes"] == sorted(
        ["DRIVER_LICENSE", "HEALTH_INSURANCE", "MY_NUMBER", "PASSPORT", "PENSION_NUMBER", "RESIDENCE_CARD"]
    )


def test_unwritable_output_is_one_line(tmp_path):
    (tmp_path / "a.txt").write_text(RECORD, encoding="utf-8")
    nowhere = tmp_path / "missing-dir" / "out"
    for args in (
        ["scan", str(tmp_path / "a.txt"), "--format", "html", "--output", str(nowhere)],
        ["mask", str(tmp_path / "a.txt"), "--output", str(nowhere)],
    ):
        result = run_hogo(*args)
        assert result.returncode == 2, args
        assert result.stderr.strip() == f"hogo: error: output: cannot write {nowhere}: No such file or directory"


def test_closed_pipe_stops_quietly(tmp_path):
    import subprocess
    import sys

    big = tmp_path / "many.txt"
    big.write_text(RECORD * 3000, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "hogo", "scan", str(big), "--format", "jsonl"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout.readline().startswith(b'{"path"')
    process.stdout.close()
    stderr = process.stderr.read()
    assert process.wait(timeout=600) == 0
    assert b"Traceback" not in stderr
