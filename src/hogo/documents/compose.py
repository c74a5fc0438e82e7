"""Turn the structured results of :mod:`hogo.cases` into printable :class:`Document` objects."""

from __future__ import annotations

from hogo.cases.breach_notice import PersonNotice
from hogo.cases.breach_report import CommissionReport
from hogo.cases.common import Entry, Organization
from hogo.cases.rights import RightsLetter
from hogo.documents.model import Document, Row, Section


def _rows(entries: list[Entry]) -> list[Row]:
    return [Row(label=e.label, value=e.value) for e in entries]


def _sender(org: Organization) -> list[str]:
    lines = [org.name]
    if org.representative:
        lines.append(org.representative)
    if org.address:
        lines.insert(0, org.address)
    return lines


def report_document(report: CommissionReport) -> Document:
    """漏えい等報告書 (速報 / 確報): the decision summary and the nine items, numbered 1–9."""
    yes_no = "有" if report.reportable else "無(任意の報告)"
    summary = Section(
        heading="報告対象事態の判断",
        rows=[
            Row(label="報告義務", value=yes_no),
            Row(label="報告対象事態", value="\n".join(report.grounds) or "該当なし"),
            Row(label="起算日(1日目)", value=report.clock_starts_on.isoformat() if report.clock_starts_on else "—"),
            Row(
                label="速報の目安",
                value=report.preliminary_report_due.isoformat() if report.preliminary_report_due else "—",
            ),
            Row(label="確報の期限", value=report.final_report_due.isoformat() if report.final_report_due else "—"),
        ],
    )
    items = [Section(number=str(item.item), heading=item.title, rows=_rows(item.fields)) for item in report.items]
    version = report.law_version
    return Document(
        kind="breach_report",
        layout="form",
        title=f"漏えい等報告書({report.kind_ja})",
        date=report.as_of,
        reference=report.incident_id,
        addressee=["個人情報保護委員会 御中"],
        sender=_sender(report.reporter),
        intro=[f"{report.citations[0]}の規定に基づき、下記のとおり報告します。"],
        sections=[summary, *items],
        notes=[
            "根拠: " + "; ".join(report.citations),
            f"適用した法令の版: {version.title}({version.id}, {version.effective.isoformat()}施行)",
            *report.notes,
        ],
    )


def notice_document(notice: PersonNotice) -> Document:
    """本人への通知: items 1, 2, 4, 5 and 9 only, then the contact."""
    person = notice.person
    addressee = [line for line in (f"〒{person.postal_code}" if person.postal_code else None, person.address) if line]
    addressee.append(f"{person.name} 様")
    data = "個人情報" if notice.regime == "appi" else "特定個人情報(マイナンバーを含む情報)"
    sections = [Section(heading=s.title, rows=_rows(s.fields)) for s in notice.sections]
    sections.append(Section(heading="お問合せ先", paragraphs=notice.sender.contact_lines()))
    return Document(
        kind="breach_notice",
        layout="letter",
        title=f"{data}の漏えい等に関するお知らせとお詫び",
        date=notice.date,
        reference=notice.incident_id,
        addressee=addressee,
        sender=_sender(notice.sender),
        intro=[
            f"このたび、当方が取り扱う{data}について、下記のとおり漏えい等が発生し、又は発生したおそれがあることが"
            "判明しました。多大なるご迷惑とご心配をおかけしますことを深くお詫び申し上げます。"
        ],
        sections=sections,
        closing=["以上"],
        notes=[f"根拠: {notice.citation}"] if notice.citation else [],
    )


def letter_document(letter: RightsLetter) -> Document:
    """開示等の請求に対する回答書."""
    sections = [Section(heading=s.heading, rows=_rows(s.entries), paragraphs=s.paragraphs) for s in letter.sections]
    return Document(
        kind="rights_letter",
        layout="letter",
        title=letter.title,
        date=letter.date,
        reference=letter.request_id,
        addressee=letter.addressee,
        sender=_sender(letter.sender),
        intro=[letter.intro],
        sections=sections,
        closing=["以上"],
        notes=["根拠: " + "; ".join(letter.citations)],
    )
