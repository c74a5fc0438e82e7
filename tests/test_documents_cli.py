"""``hogo report`` / ``notice`` / ``letter`` / ``case`` as a user runs them; bad input → exit 2, one line."""

from __future__ import annotations

import json
import os
import pty
import subprocess
from pathlib import Path

import pytest

from casedata import DATA, incident_dict, rights_case
from clitools import HOGO, assert_bad_input, hogo

INCIDENT = str(DATA / "leak_incident.json")
LETTER = str(DATA / "rights_disclosure.json")


@pytest.fixture
def person(tmp_path: Path) -> str:
    path = tmp_path / "person.json"
    path.write_text(
        json.dumps({"person_ref": "S-0001", "name": "架空 花子", "address": "東京都架空区1-1"}, ensure_ascii=False),
        encoding="utf-8",
    )
    return str(path)


def test_report_json_html_and_pdf(tmp_path: Path):
    result = hogo("report", "breach", INCIDENT, "--kind", "final", "--as-of", "2024-12-20")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["kind_ja"] == "確報" and len(report["items"]) == 9
    assert report["final_report_due"] == "2025-01-06"
    html = hogo("report", "breach", INCIDENT, "--as-of", "2024-12-20", "--format", "html")
    assert html.returncode == 0 and "<h1>漏えい等報告書(速報)</h1>" in html.stdout
    out = tmp_path / "report.pdf"
    pdf = hogo("report", "breach", INCIDENT, "--as-of", "2024-12-20", "--format", "pdf", "--output", str(out))
    assert pdf.returncode == 0 and pdf.stdout == ""
    assert out.read_bytes().startswith(b"%PDF-")


def test_pdf_to_a_pipe_but_not_to_a_terminal():
    piped = subprocess.run(
        [*HOGO, "report", "breach", INCIDENT, "--as-of", "2024-12-20", "--format", "pdf"],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert piped.returncode == 0 and piped.stdout.startswith(b"%PDF-")
    leader, follower = pty.openpty()
    try:
        tty = subprocess.run(
            [*HOGO, "report", "breach", INCIDENT, "--as-of", "2024-12-20", "--format", "pdf"],
            stdout=follower,
            stderr=subprocess.PIPE,
            timeout=60,
            check=False,
        )
    finally:
        os.close(follower)
        os.close(leader)
    assert tty.returncode == 2
    assert "output:" in tty.stderr.decode() and len(tty.stderr.decode().strip().splitlines()) == 1


def test_notice_from_file_and_stdin(person: str):
    result = hogo("notice", "breach", INCIDENT, "--person", person, "--as-of", "2024-12-06")
    assert result.returncode == 0, result.stderr
    assert [s["item"] for s in json.loads(result.stdout)["sections"]] == [1, 2, 4, 5, 9]
    piped = hogo(
        "notice",
        "breach",
        INCIDENT,
        "--person",
        "-",
        "--as-of",
        "2024-12-06",
        "--format",
        "html",
        stdin=Path(person).read_text(encoding="utf-8"),
    )
    assert piped.returncode == 0 and "架空 花子 様" in piped.stdout


def test_letter_json_and_pdf(tmp_path: Path):
    result = hogo("letter", LETTER)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["response_due"] == "2026-01-15" and data["overdue"] is False
    out = tmp_path / "letter.pdf"
    assert hogo("letter", LETTER, "--format", "pdf", "-o", str(out)).returncode == 0
    assert out.read_bytes().startswith(b"%PDF-")


def test_case_status_and_complaint_statistics(tmp_path: Path):
    status = hogo("case", "breach", INCIDENT, "--as-of", "2024-12-03")
    assert status.returncode == 0
    assert json.loads(status.stdout)["decision"]["reportable"] is True
    records = tmp_path / "complaints.json"
    records.write_text(
        json.dumps([{"id": "C-1", "received_on": "2025-04-02", "category": "complaint", "topics": ["利用目的"]}]),
        encoding="utf-8",
    )
    stats = hogo("report", "complaints", str(records), "--period", "quarter")
    assert stats.returncode == 0
    assert json.loads(stats.stdout)["rows"][-1] == {
        "period": "FY2025-Q1",
        "label": "2025年度第1四半期",
        "category": "計",
        "total": 1,
        "topics": {"利用目的": 1},
        "closed": 0,
    }


def _write(tmp_path: Path, data: object) -> str:
    path = tmp_path / "input.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    ("args", "stdin", "field"),
    [
        (["report", "breach", "-"], "{not json", "input"),
        (["report", "breach", "-"], "[]", "input"),
        (["report", "breach", "missing.json"], None, "file"),
        (["report", "breach", INCIDENT, "--as-of", "20-12-2024"], None, "as_of"),
        (["report", "breach", INCIDENT, "--as-of", "2024-11-01"], None, "as_of"),
        (
            ["report", "breach", "-", "--kind", "final", "--as-of", "2024-12-20"],
            json.dumps(incident_dict(cause=None)),
            "cause",
        ),
        (
            ["report", "breach", "-"],
            json.dumps(incident_dict(persons=[{"on": "2024-12-01", "count": "1200"}])),
            "persons.0.count",
        ),
        (["report", "breach", "-"], json.dumps(incident_dict(facts={"sensitve": True})), "facts.sensitve"),
        (["notice", "breach", "-", "--person", "-"], json.dumps(incident_dict()), "person"),
        (
            ["letter", "-"],
            json.dumps(rights_case("correction", fee={"amount_yen": 300, "payment": "現金"})),
            "decision.fee",
        ),
        (["letter", "-"], json.dumps(rights_case("disclosure", outcome="none")), "decision.refusals"),
        (
            ["report", "complaints", "-"],
            json.dumps([{"id": "C-1", "received_on": "2025-04-02", "category": "苦情"}]),
            "0.category",
        ),
    ],
)
def test_bad_input_exits_2_with_one_line(args, stdin, field):
    assert_bad_input(hogo(*args, stdin=stdin), field)


def test_unwritable_output(tmp_path: Path):
    target = str(tmp_path / "no" / "such" / "dir" / "x.html")
    assert_bad_input(hogo("letter", LETTER, "--format", "html", "--output", target), "output")


def test_person_file_error_is_attributed(tmp_path: Path):
    path = _write(tmp_path, {"person_ref": "S-1"})
    assert_bad_input(hogo("notice", "breach", INCIDENT, "--person", path, "--as-of", "2024-12-06"), "person.name")


def test_notices_for_many_persons_one_per_page(tmp_path: Path):
    import io

    import pypdf

    people = _write(
        tmp_path,
        [
            {"person_ref": "S-0001", "name": "架空 花子", "address": "東京都架空区1-1"},
            {"person_ref": "S-0002", "name": "架空 次郎", "email": "jiro@example.jp", "items": ["氏名"]},
        ],
    )
    result = hogo("notice", "breach", INCIDENT, "--person", people, "--as-of", "2024-12-06")
    assert [n["person"]["person_ref"] for n in json.loads(result.stdout)] == ["S-0001", "S-0002"]
    out = tmp_path / "notices.pdf"
    pdf = hogo("notice", "breach", INCIDENT, "--person", people, "--as-of", "2024-12-06", "--format", "pdf", "-o", str(out))
    assert pdf.returncode == 0, pdf.stderr
    pages = [page.extract_text().replace(" ", "").replace("\n", "") for page in pypdf.PdfReader(io.BytesIO(out.read_bytes())).pages]
    assert len(pages) == 2
    assert "架空花子様" in pages[0] and "架空次郎" not in pages[0]
    assert "架空次郎様" in pages[1] and "項目氏名媒体" in pages[1]
    html = hogo("notice", "breach", INCIDENT, "--person", people, "--as-of", "2024-12-06", "--format", "html")
    assert html.stdout.count("<article>") == 2


@pytest.mark.parametrize(
    ("persons", "field"),
    [([], "person"), ([{"person_ref": "S-1", "name": "x"}, {"person_ref": "S-2"}], "person.1.name"),
     ([{"person_ref": "S-1", "name": "x", "items": ["血液型"]}], "person.items")],
)
def test_bad_person_arrays(tmp_path: Path, persons, field):
    path = _write(tmp_path, persons)
    assert_bad_input(hogo("notice", "breach", INCIDENT, "--person", path, "--as-of", "2024-12-06"), field)
