"""Shared pieces of the case models: the strict base model and the organisation's contact."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class CaseModel(BaseModel):
    """Base of every case record: unknown fields and wrong types are refused (like :class:`hogo.law.core.Facts`)."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Organization(CaseModel):
    """The business or body handling the case (事業者・機関) and its contact point (窓口)."""

    name: str = Field(min_length=1, description="名称")
    address: str | None = Field(default=None, description="所在地")
    representative: str | None = Field(default=None, description="代表者")
    department: str | None = Field(default=None, description="担当部署 (e.g. 個人情報保護管理者・総務課)")
    phone: str | None = Field(default=None, description="電話番号")
    email: str | None = Field(default=None, description="電子メールアドレス")
    hours: str | None = Field(default=None, description="受付時間")

    def contact_lines(self) -> list[str]:
        """The contact block printed at the foot of letters and notices (お問合せ先)."""
        lines = [self.name + (f" {self.department}" if self.department else "")]
        if self.address:
            lines.append(f"住所: {self.address}")
        if self.phone:
            lines.append(f"電話: {self.phone}" + (f"(受付時間: {self.hours})" if self.hours else ""))
        if self.email:
            lines.append(f"電子メール: {self.email}")
        return lines


class Entry(BaseModel):
    """One labelled value of a report, notice or letter (label in Japanese, ``label_en`` in English)."""

    model_config = ConfigDict(frozen=True)

    label: str
    label_en: str
    value: str
