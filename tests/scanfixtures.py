"""Builders of files in every format ``hogo scan`` reads; all data synthetic and fictional."""

from __future__ import annotations

import subprocess
import sys
from email.message import EmailMessage
from pathlib import Path

PHONE = "090-1234-5678"
EMAIL = "taro.yamada@example.jp"
MY_NUMBER = "1234 5678 9018"  # valid check digit (番号法施行令第8条)
NAME = "山田太郎"
RECORD = f"氏名：{NAME}\n電話：{PHONE}\nメール：{EMAIL}\n個人番号：{MY_NUMBER}\n"
RECORD_TYPES = {"PERSON", "PHONE", "EMAIL", "MY_NUMBER"}

# A staff record holding every type of pii-types.md (fictional values)
EVERY_TYPE = """職員情報
氏名：山田太郎（ヤマダタロウ）
住所：〒100-0001 東京都千代田区千代田1-1-1 千代田ハイツ101号室
電話：090-1234-5678
メール：taro.yamada@example.jp
生年月日：昭和60年4月1日
個人番号：1234 5678 9018
旅券番号：TK1234567
運転免許証番号：123456789012
基礎年金番号：1234-567890
在留カード番号：AB12345678CD
被保険者証 記号：12 番号：345
振込先口座：普通 口座番号 1234567
クレジットカード番号：4111 1111 1111 1111
備考：糖尿病の治療中
"""


def run_hogo(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None, stdin: str | None = None):
    """Run the real command line in a subprocess."""
    return subprocess.run(
        [sys.executable, "-m", "hogo", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env=env,
        input=stdin,
        timeout=600,
    )


def write_xlsx(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


def write_xls(path: Path, rows: list[list[object]], title: str = "名簿") -> Path:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet(title)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    book.save(str(path))
    return path


def write_docx(path: Path, paragraphs: list[str], table: list[list[str]] | None = None) -> Path:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    document.add_paragraph("以上")
    document.save(str(path))
    return path


def write_pdf(path: Path, pages: list[list[str]]) -> Path:
    """A real PDF with a text layer; Japanese via the built-in CID font HeiseiKakuGo-W5 (not embedded)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    pdf = canvas.Canvas(str(path))
    for lines in pages:
        pdf.setFont("HeiseiKakuGo-W5", 11)
        for i, line in enumerate(lines):
            pdf.drawString(50, 800 - 16 * i, line)
        pdf.showPage()
    pdf.save()
    return path


def write_eml(path: Path, body: str, *, html: str | None = None, charset: str = "iso-2022-jp") -> Path:
    message = EmailMessage()
    message["From"] = f"山田太郎 <{EMAIL}>"
    message["To"] = "hanako@example.com"
    message["Subject"] = "面談のご連絡"
    message.set_content(body, charset=charset)
    if html:
        message.add_alternative(html, subtype="html", charset="utf-8")
    path.write_bytes(bytes(message))
    return path
