"""The public notice (公表事項 / プライバシーポリシー) generated from the organisation profile and the 台帳.

個人情報保護法第32条第1項 requires a business handling personal information to keep these matters about its
保有個人データ where the persons can know them (本人の知り得る状態): its name, address and representative (第1号);
the purposes of use of all 保有個人データ (第2号); the procedure for requests (第3号); and what 施行令第10条 adds —
the safety measures taken (第1号), where to complain (第2号) and, if a member, the accredited personal
information protection organisation (第3号). Each section names its article; missing matters are listed so the
privacy officer can complete them before publishing. Not covered yet: 共同利用 (第27条第5項第3号) and opt-out
(第27条第2項) matters, and the exceptions of 第21条第4項第1号〜第3号 (purposes that need not be published).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hogo.app.models import DataCategory, Organisation, OrganisationType, PersonalDatabase


@dataclass(frozen=True)
class Section:
    key: str  # message-catalogue key of the heading
    citation: str
    lines: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Notice:
    organisation: Organisation
    sections: list[Section]
    missing: list[str]  # field names of the organisation profile (or "purposes") still empty
    public_body: bool  # 地方公共団体等: 第5章 applies (個人情報ファイル簿, 第75条) rather than 第32条


# Entries whose data are personal data (保有個人データ can be among them). Entries holding only 仮名加工情報
# (第41条第9項 disapplies 第32条), 匿名加工情報 or 個人関連情報 (not personal data of the holder) do not count.
PERSONAL_CATEGORIES = frozenset({DataCategory.PERSONAL, DataCategory.IDENTIFICATION_CODE, DataCategory.SENSITIVE,
                                 DataCategory.SPECIFIC_PERSONAL})


def purposes(entries: list[PersonalDatabase]) -> list[str]:
    """Every purpose of use in the register, once each, in register order (第32条第1項第2号: 全ての利用目的)."""
    return list(dict.fromkeys(p for entry in entries if PERSONAL_CATEGORIES & set(entry.categories)
                              for p in entry.purposes))


def build(organisation: Organisation, entries: list[PersonalDatabase]) -> Notice:
    def lines(text: str) -> list[str]:
        return [line.strip() for line in text.splitlines() if line.strip()]

    identity = [organisation.name, *lines(organisation.address), *lines(organisation.representative)]
    sections = [
        Section("notice.identity", "個人情報保護法第32条第1項第1号", identity),
        Section("notice.purposes", "個人情報保護法第32条第1項第2号", purposes(entries)),
        Section("notice.requests", "個人情報保護法第32条第1項第3号; 第33条〜第35条",
                lines(organisation.request_procedure)),
        Section("notice.safety", "個人情報保護法第32条第1項第4号; 施行令第10条第1号",
                lines(organisation.safety_measures)),
        Section("notice.complaints", "個人情報保護法第32条第1項第4号; 施行令第10条第2号",
                lines(organisation.complaints_contact)),
    ]
    if organisation.accredited_body.strip():
        sections.append(Section("notice.accredited", "個人情報保護法第32条第1項第4号; 施行令第10条第3号",
                                lines(organisation.accredited_body)))
    required = ("address", "representative", "request_procedure", "safety_measures", "complaints_contact")
    missing = [name for name in required if not getattr(organisation, name).strip()]
    if not sections[1].lines:
        missing.append("purposes")
    return Notice(organisation, sections, missing, organisation.kind is OrganisationType.LOCAL_BODY)
