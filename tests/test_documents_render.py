"""Rendered documents: every required item is in the JSON, the HTML text and the PDF text.

The PDF uses ReportLab's CID fonts with the UniJIS-UCS2-H encoding, so pypdf extracts the real
Japanese text (verified: the notice's PDF text lacks the report-only values, so the check can fail).
Line breaks from wrapping are removed before comparing.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from html.parser import HTMLParser

import pypdf
import pytest

from casedata import incident_dict, rights_case
from hogo.cases.breach_notice import PersonFields, notice_to_person
from hogo.cases.breach_report import commission_report
from hogo.cases.leak import LeakIncident
from hogo.cases.rights import RightsCase, letter
from hogo.documents import compose, render_html, render_pdf

D = dt.date.fromisoformat
INCIDENT = LeakIncident.model_validate_json(json.dumps(incident_dict()))
PERSON = PersonFields(
    person_ref="S-0001", name="架空 花子", postal_code="100-0000", address="東京都架空区1-1", items=["氏名", "成績"]
)

# item → (heading in the report, a value only that item carries)
ITEMS = {
    1: ("概要", "生徒の成績及び保健調査票のデータを保存したUSBメモリ"),
    2: ("漏えい等が発生し、又は発生したおそれがある個人データの項目", "保健調査票の記載事項"),
    3: ("本人の数", "1,200人"),
    4: ("原因", "私物のUSBメモリで持ち出した"),
    5: ("二次被害又はそのおそれの有無及びその内容", "拾得者による閲覧のおそれ"),
    6: ("本人への対応の実施状況", "2人に通知済み"),
    7: ("公表の実施状況", "学園ウェブサイト"),
    8: ("再発防止のための措置", "暗号化USBメモリの貸与"),
    9: ("その他参考となる事項", "所轄警察署に遺失届"),
}
# sub-fields of items 1 and 8 that the rules name
SUBFIELDS = [
    "発生日",
    "発覚日",
    "事案の概要",
    "発見者",
    "報告対象事態の該当号",
    "委託元及び委託先の有無",
    "経緯",
    "媒体",
    "種類",
    "主体",
    "実施済みの措置",
    "今後実施予定の措置",
]


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = False

    def handle_starttag(self, tag, attrs):  # noqa: ANN001
        self._skip = tag in ("style", "title")

    def handle_endtag(self, tag):  # noqa: ANN001
        self._skip = False

    def handle_data(self, data):  # noqa: ANN001
        if not self._skip:
            self.parts.append(data)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def html_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return squash("".join(parser.parts))


def pdf_text(data: bytes) -> str:
    assert data.startswith(b"%PDF-")
    reader = pypdf.PdfReader(io.BytesIO(data))
    return squash("".join(page.extract_text() for page in reader.pages))


@pytest.fixture(scope="module")
def report():
    return commission_report(INCIDENT, D("2024-12-20"), "final")


@pytest.fixture(scope="module")
def report_texts(report):
    document = compose.report_document(report)
    return {"html": html_text(render_html(document)), "pdf": pdf_text(render_pdf(document))}


def test_report_json_has_all_nine_items(report):
    data = json.loads(report.model_dump_json())
    assert [item["item"] for item in data["items"]] == list(range(1, 10))
    for item in data["items"]:
        no = item["item"]
        assert item["title"] == ITEMS[no][0]
        assert item["status"] == "known" and item["data"] is not None
        assert ITEMS[no][1] in json.dumps(item, ensure_ascii=False)
    assert data["law_version"]["id"] == "appi-2024"
    assert "施行規則第8条第1項" in data["citations"] and "施行規則第8条第2項" in data["citations"]


@pytest.mark.parametrize("fmt", ["html", "pdf"])
@pytest.mark.parametrize("no", list(ITEMS))
def test_report_document_has_every_item(report_texts, fmt, no):
    text = report_texts[fmt]
    heading, value = ITEMS[no]
    assert squash(f"{no} {heading}") in text
    assert squash(value) in text


@pytest.mark.parametrize("fmt", ["html", "pdf"])
def test_report_document_has_the_named_subfields_and_dates(report_texts, fmt):
    text = report_texts[fmt]
    for label in SUBFIELDS:
        assert label in text, label
    assert "漏えい等報告書(確報)" in text and "確報の期限2025-01-06" in text
    assert "施行規則第7条第1号要配慮個人情報が含まれる" in text


@pytest.fixture(scope="module")
def notice():
    return notice_to_person(INCIDENT, PERSON, D("2024-12-06"))


def test_notice_json_has_items_1_2_4_5_9_only(notice):
    assert [s.item for s in notice.sections] == [1, 2, 4, 5, 9]
    data = notice.model_dump_json()
    for no in (3, 6, 7, 8):
        assert ITEMS[no][1] not in data


@pytest.mark.parametrize("fmt", ["html", "pdf"])
def test_notice_document_has_items_1_2_4_5_9_and_not_3_6_7_8(notice, fmt):
    document = compose.notice_document(notice)
    text = html_text(render_html(document)) if fmt == "html" else pdf_text(render_pdf(document))
    for no in (1, 4, 5):
        assert squash(ITEMS[no][0]) in text and squash(ITEMS[no][1]) in text
    assert squash(ITEMS[2][0]) in text and "氏名、成績" in text  # only this person's items
    assert "保健調査票の記載事項" not in text
    assert "その他参考となる事項(ご自身で取り得る措置)" in text and "学園を名乗る不審な電話" in text
    for no in (3, 6, 7, 8):
        heading, value = ITEMS[no]
        assert squash(heading) not in text and squash(value) not in text
    assert "所轄警察署に遺失届" not in text  # item 9's remarks are for the Commission only
    assert "架空花子様" in text and "お問合せ先" in text and "03-0000-0000" in text


@pytest.mark.parametrize("fmt", ["html", "pdf"])
def test_refusal_letter_document(fmt):
    data = rights_case(
        "disclosure",
        outcome="partial",
        refusals=[
            {
                "ground": "business_obstruction",
                "scope": "職員間の引継ぎメモ",
                "reason": "率直な意見交換が困難になり、支援業務の適正な実施に著しい支障を及ぼすおそれがあるため。",
            }
        ],
    )
    document = compose.letter_document(letter(RightsCase.model_validate_json(json.dumps(data))))
    text = html_text(render_html(document)) if fmt == "html" else pdf_text(render_pdf(document))
    for phrase in [
        "保有個人データの開示の請求に対する回答について",
        "架空太郎様",
        "一部を実施",
        "一部を実施しない理由",
        "業務の適正な実施に著しい支障を及ぼすおそれがあるため(個人情報保護法第33条第2項第2号)",
        "率直な意見交換が困難",
        "開示の方法",
        "電磁的記録の提供",
        "手数料500円",
        "郵便定額小為替",
        "お問合せ先",
        "個人情報保護法第36条",
    ]:
        assert squash(phrase) in text, phrase


def test_html_escapes_user_text():
    data = incident_dict(outline={"description": "<script>alert(1)</script> 誤送信", "chronology": []})
    report = commission_report(LeakIncident.model_validate_json(json.dumps(data)), D("2024-12-20"))
    html = render_html(compose.report_document(report))
    assert "<script>alert" not in html and "&lt;script&gt;" in html


def test_pdf_is_deterministic_a4_and_uses_the_cid_fonts(report):
    document = compose.report_document(report)
    first, second = render_pdf(document), render_pdf(document)
    assert first == second
    page = pypdf.PdfReader(io.BytesIO(first)).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
    fonts = {str(font["/BaseFont"]) for font in page["/Resources"]["/Font"].values()}
    assert any("HeiseiMin-W3" in font for font in fonts) and any("HeiseiKakuGo-W5" in font for font in fonts)
