"""The public notice (公表事項 / プライバシーポリシー) generated from the organisation profile and the 台帳.

個人情報保護法第32条第1項 requires a business handling personal information to keep these matters about its
保有個人データ where the persons can know them (本人の知り得る状態): its name, address and representative (第1号);
the purposes of use of all 保有個人データ (第2号); the procedure for requests (第3号); and what 施行令第10条 adds —
the safety measures taken (第1号), where to complain (第2号) and, if a member, the accredited personal
information protection organisation (第3号). Each section names its article; missing matters are listed so the
privacy officer can complete them before publishing.

Where a 台帳 entry is used jointly (共同利用, 第27条第5項第3号) or provided to third parties by opt-out (第27条第2項),
the notice carries a section for it with the matters the law version in force requires (``joint_use.items`` /
``opt_out.items`` in hogo.law); an empty matter is listed as missing. Not covered: the exceptions of
第21条第4項第1号〜第3号 (purposes that need not be published) and the opt-out notification to the Commission itself.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from hogo.app.models import DataCategory, Organisation, OrganisationType, PersonalDatabase
from hogo.app.register import JOINT_USE_FIELDS, OPT_OUT_FIELDS
from hogo.law.versions import version_at


@dataclass(frozen=True)
class Section:
    key: str  # message-catalogue key of the heading
    citation: str
    lines: list[str] = field(default_factory=list)
    subject: str = ""  # the 台帳 entry a 共同利用 / オプトアウト section is about
    matters: list[tuple[str, str]] = field(default_factory=list)  # (field name, value) shown under a label


@dataclass(frozen=True)
class MissingMatter:
    entry_id: int
    entry: str  # the entry's name
    field: str  # the entry's field still empty


@dataclass(frozen=True)
class Notice:
    organisation: Organisation
    sections: list[Section]
    missing: list[str]  # field names of the organisation profile (or "purposes") still empty
    missing_arrangements: list[MissingMatter]  # 共同利用 / オプトアウト matters still empty, per entry
    public_body: bool  # 地方公共団体等: 第5章 applies (個人情報ファイル簿, 第75条) rather than 第32条


# Entries whose data are personal data (保有個人データ can be among them). Entries holding only 仮名加工情報
# (第41条第9項 disapplies 第32条), 匿名加工情報 or 個人関連情報 (not personal data of the holder) do not count.
PERSONAL_CATEGORIES = frozenset({DataCategory.PERSONAL, DataCategory.IDENTIFICATION_CODE, DataCategory.SENSITIVE,
                                 DataCategory.SPECIFIC_PERSONAL})


def purposes(entries: list[PersonalDatabase]) -> list[str]:
    """Every purpose of use in the register, once each, in register order (第32条第1項第2号: 全ての利用目的)."""
    return list(dict.fromkeys(p for entry in entries if PERSONAL_CATEGORIES & set(entry.categories)
                              for p in entry.purposes))


def _shown(value: Any) -> str:  # noqa: ANN401
    if isinstance(value, list):
        return "、".join(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value or "").strip()


def arrangements(entries: list[PersonalDatabase], day: dt.date) -> tuple[list[Section], list[MissingMatter]]:
    """The 共同利用 and オプトアウト sections, one per entry that has the arrangement, and their empty matters."""
    version = version_at("appi", day)
    kinds = (("joint_use", "notice.joint_use", "個人情報保護法第27条第5項第3号", JOINT_USE_FIELDS),
             ("opt_out", "notice.opt_out", "個人情報保護法第27条第2項; 施行規則第11条", OPT_OUT_FIELDS))
    sections: list[Section] = []
    missing: list[MissingMatter] = []
    for flag, key, citation, fields in kinds:
        for entry in entries:
            if not getattr(entry, flag):
                continue
            names = [f for item in version.rule(f"{flag}.items") if (f := fields.get(item))]
            matters = [(name, _shown(getattr(entry, name))) for name in names]
            missing.extend(MissingMatter(entry.id, entry.name, name) for name, value in matters if not value)
            sections.append(Section(key, citation, subject=entry.name, matters=[m for m in matters if m[1]]))
    return sections, missing


def build(organisation: Organisation, entries: list[PersonalDatabase], day: dt.date | None = None) -> Notice:
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
    extra, missing_arrangements = arrangements(entries, day or dt.date.today())
    sections.extend(extra)
    if organisation.accredited_body.strip():
        sections.append(Section("notice.accredited", "個人情報保護法第32条第1項第4号; 施行令第10条第3号",
                                lines(organisation.accredited_body)))
    required = ("address", "representative", "request_procedure", "safety_measures", "complaints_contact")
    missing = [name for name in required if not getattr(organisation, name).strip()]
    if not sections[1].lines:
        missing.append("purposes")
    return Notice(organisation, sections, missing, missing_arrangements,
                  organisation.kind is OrganisationType.LOCAL_BODY)
