"""The application's tables as a typed SQLAlchemy 2 ORM (``Mapped[...]``).

Changes here need a migration in ``hogo/app/migrations/versions`` (tests compare the two).
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class VersionedColumns:
    """Columns of every editable record: an optimistic-locking version and the timestamps.

    SQLAlchemy bumps ``version`` on every UPDATE and adds ``WHERE version = :read_version``, so two
    concurrent edits cannot silently overwrite each other (no lost updates); see ``records.py``.
    """

    version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - SQLAlchemy passes the mapped class
        return {"version_id_col": cls.__table__.c.version}


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timestamp stored as naive UTC and returned timezone-aware (SQLite keeps no zone)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:  # noqa: ANN401
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use timezone-aware UTC")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:  # noqa: ANN401
        return None if value is None else value.replace(tzinfo=dt.UTC)


def _str_enum(cls: type[enum.StrEnum], length: int = 40) -> Enum:
    """Store a StrEnum by its value, as VARCHAR (no native enum type: same schema on SQLite and PostgreSQL)."""
    return Enum(cls, native_enum=False, create_constraint=False, length=length,
                values_callable=lambda members: [m.value for m in members])


class Role(enum.StrEnum):
    """Account roles (issue 4 §2)."""

    ADMINISTRATOR = "administrator"  # 管理者 (system administrator)
    PRIVACY_OFFICER = "privacy_officer"  # 個人情報保護管理者
    MYNUMBER_HANDLER = "mynumber_handler"  # 事務取扱担当者 (番号法)
    STAFF = "staff"  # 職員
    AUDITOR = "auditor"  # 監査担当 (read-only)


class OrganisationType(enum.StrEnum):
    """Kinds of organisation; guidelines differ by sector (schools, welfare, medical, local bodies)."""

    SCHOOL = "school"  # 学校
    WELFARE = "welfare"  # 福祉
    MEDICAL = "medical"  # 医療
    COMPANY = "company"  # 企業
    LOCAL_BODY = "local_body"  # 地方公共団体等
    OTHER = "other"  # その他


class DataCategory(enum.StrEnum):
    """Categories of information a database holds (個人情報保護法第2条, 番号法第2条)."""

    PERSONAL = "personal"  # 個人情報 (第2条第1項)
    IDENTIFICATION_CODE = "identification_code"  # 個人識別符号 (第2条第2項)
    SENSITIVE = "sensitive"  # 要配慮個人情報 (第2条第3項)
    SPECIFIC_PERSONAL = "specific_personal"  # 特定個人情報 (番号法第2条第8項)
    PSEUDONYMISED = "pseudonymised"  # 仮名加工情報 (第2条第5項)
    ANONYMISED = "anonymised"  # 匿名加工情報 (第2条第6項)
    PERSONALLY_REFERABLE = "personally_referable"  # 個人関連情報 (第2条第7項)


class StorageMedium(enum.StrEnum):
    """Where the records physically are (保管媒体)."""

    PAPER = "paper"  # 紙
    ELECTRONIC = "electronic"  # 電子
    BOTH = "both"  # 紙と電子


class Base(DeclarativeBase):
    type_annotation_map = {dt.datetime: UTCDateTime(), dict[str, Any]: JSON(), list[str]: JSON()}


class Organisation(Base):
    """The organisation profile entered at first-run setup (事業者の概要)."""

    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[OrganisationType] = mapped_column(_str_enum(OrganisationType))
    employees: Mapped[int] = mapped_column(Integer)  # 従業者数
    # 公表事項 (個人情報保護法第32条第1項, 施行令第10条)
    address: Mapped[str] = mapped_column(Text, default="", server_default="")  # 住所
    representative: Mapped[str] = mapped_column(String(200), default="", server_default="")  # 代表者の氏名
    request_procedure: Mapped[str] = mapped_column(Text, default="", server_default="")  # 開示等の請求等に応じる手続
    safety_measures: Mapped[str] = mapped_column(Text, default="", server_default="")  # 安全管理のために講じた措置
    complaints_contact: Mapped[str] = mapped_column(Text, default="", server_default="")  # 苦情の申出先
    accredited_body: Mapped[str] = mapped_column(Text, default="", server_default="")  # 認定個人情報保護団体
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class User(Base):
    """An account. Passwords are stored only as argon2id hashes."""

    __tablename__ = "user_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(_str_enum(Role))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class UserSession(Base):
    """A server-side login session; the cookie holds a signed random token, the table only its SHA-256."""

    __tablename__ = "user_session"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[dt.datetime]


class AppSetting(Base):
    """Small key/value settings, e.g. the random secret that signs cookies."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class AuditEntry(Base):
    """One entry of the append-only, hash-chained audit log (ids only, never personal data).

    ``hash = sha256(prev_hash + canonical_json(entry))``; see :mod:`hogo.app.audit`. UPDATE and DELETE are
    refused by the application and by a database trigger.
    """

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_target", "target_type", "target_id"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[dt.datetime]
    actor_id: Mapped[int | None] = mapped_column(Integer)  # no FK: the log outlives accounts
    action: Mapped[str] = mapped_column(String(64))
    target_type: Mapped[str] = mapped_column(String(64))
    target_id: Mapped[str | None] = mapped_column(String(64))
    details: Mapped[dict[str, Any]]
    prev_hash: Mapped[str] = mapped_column(String(64), unique=True)
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class PersonalDatabase(VersionedColumns, Base):
    """An entry of the 個人情報取扱台帳: one personal information database held (個人情報データベース等, 第16条)."""

    __tablename__ = "personal_database"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))  # 名称
    items: Mapped[list[str]]  # 記録項目
    categories: Mapped[list[str]]  # 区分 (DataCategory values)
    persons_count: Mapped[int] = mapped_column(Integer)  # 本人の数
    purposes: Mapped[list[str]]  # 利用目的 (第17条)
    acquisition_source: Mapped[str] = mapped_column(Text)  # 取得元・取得方法
    storage_location: Mapped[str] = mapped_column(Text)  # 保管場所
    storage_medium: Mapped[StorageMedium] = mapped_column(_str_enum(StorageMedium))  # 保管媒体
    access_roles: Mapped[list[str]]  # アクセスできる役割・担当
    retention: Mapped[str] = mapped_column(Text)  # 保存期間
    disposal_method: Mapped[str] = mapped_column(Text)  # 廃棄・削除の方法
    disposal_due: Mapped[dt.date | None] = mapped_column(Date, index=True)  # 廃棄予定日 (dashboard deadline)
    contractors: Mapped[list[str]]  # 委託先 (第25条)
    cross_border: Mapped[bool] = mapped_column(Boolean, default=False)  # 外国にある第三者への提供 (第28条)
    cross_border_countries: Mapped[list[str]]  # 提供先の国
    notes: Mapped[str] = mapped_column(Text, default="")  # 備考
    # 共同利用 (個人情報保護法第27条第5項第3号): the matters the notice must publish when the data is used jointly.
    joint_use: Mapped[bool] = mapped_column(Boolean, default=False)  # 共同利用する
    joint_use_items: Mapped[list[str]] = mapped_column(default=list)  # 共同利用される個人データの項目
    joint_use_scope: Mapped[str] = mapped_column(Text, default="")  # 共同して利用する者の範囲
    joint_use_purposes: Mapped[str] = mapped_column(Text, default="")  # 利用する者の利用目的
    joint_use_manager_name: Mapped[str] = mapped_column(Text, default="")  # 責任を有する者の氏名又は名称
    joint_use_manager_address: Mapped[str] = mapped_column(Text, default="")  # 同・住所 (2022-04-01〜)
    joint_use_manager_representative: Mapped[str] = mapped_column(Text, default="")  # 同・代表者 (2022-04-01〜)
    # オプトアウトによる第三者提供 (第27条第2項; 施行規則第11条): the matters notified to the persons and the Commission.
    opt_out: Mapped[bool] = mapped_column(Boolean, default=False)  # オプトアウトにより第三者に提供する
    opt_out_items: Mapped[list[str]] = mapped_column(default=list)  # 第三者に提供される個人データの項目
    opt_out_acquisition_method: Mapped[str] = mapped_column(Text, default="")  # 取得の方法
    opt_out_provision_method: Mapped[str] = mapped_column(Text, default="")  # 提供の方法
    opt_out_request_method: Mapped[str] = mapped_column(Text, default="")  # 本人の求めを受け付ける方法
    opt_out_update_method: Mapped[str] = mapped_column(Text, default="")  # 個人データの更新の方法
    opt_out_start_date: Mapped[dt.date | None] = mapped_column(Date)  # 提供を開始する予定日


class RecordRevision(Base):
    """A snapshot of a record (台帳 entry, consent …) after each change: the history views."""

    __tablename__ = "record_revision"
    __table_args__ = (UniqueConstraint("record_type", "record_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    record_type: Mapped[str] = mapped_column(String(40))  # the record's table name
    record_id: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer)
    snapshot: Mapped[dict[str, Any]]
    changed_by: Mapped[int | None] = mapped_column(Integer)
    changed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class ConsentScope(enum.StrEnum):
    """What a consent (同意) is needed for under 個人情報保護法."""

    USE_BEYOND_PURPOSE = "use_beyond_purpose"  # 利用目的の範囲を超えた取扱い (第18条第1項)
    SENSITIVE_ACQUISITION = "sensitive_acquisition"  # 要配慮個人情報の取得 (第20条第2項)
    THIRD_PARTY_PROVISION = "third_party_provision"  # 第三者提供 (第27条第1項)
    FOREIGN_PROVISION = "foreign_provision"  # 外国にある第三者への提供 (第28条第1項)
    OTHER = "other"  # その他


class ConsentMethod(enum.StrEnum):
    """How consent was obtained (同意の取得方法)."""

    WRITTEN = "written"  # 書面
    ELECTRONIC = "electronic"  # 電磁的方法
    ORAL = "oral"  # 口頭 (with a record of it)


class ConsentGiver(enum.StrEnum):
    SUBJECT = "subject"  # 本人
    LEGAL_REPRESENTATIVE = "legal_representative"  # 法定代理人 (minors, adults under guardianship)


class Consent(VersionedColumns, Base):
    """A consent record (同意記録): who agreed to what, how, when, and when it was withdrawn."""

    __tablename__ = "consent"

    id: Mapped[int] = mapped_column(primary_key=True)
    subject_name: Mapped[str] = mapped_column(String(200))  # 本人の氏名
    subject_ref: Mapped[str] = mapped_column(String(100), default="")  # 管理番号 (生徒番号・利用者番号 …)
    scope: Mapped[ConsentScope] = mapped_column(_str_enum(ConsentScope))  # 同意の種類
    purpose: Mapped[str] = mapped_column(Text)  # 同意の対象 (目的・提供の内容)
    database_id: Mapped[int | None] = mapped_column(ForeignKey("personal_database.id", ondelete="SET NULL"),
                                                    index=True)  # 対象の台帳
    recipient: Mapped[str] = mapped_column(Text, default="")  # 提供先 (第三者提供・外国提供)
    method: Mapped[ConsentMethod] = mapped_column(_str_enum(ConsentMethod))  # 取得方法
    oral_record: Mapped[str] = mapped_column(Text, default="")  # 口頭の場合の記録 (誰が・いつ・どう確認)
    given_by: Mapped[ConsentGiver] = mapped_column(_str_enum(ConsentGiver))  # 同意した人
    representative_name: Mapped[str] = mapped_column(String(200), default="")  # 法定代理人の氏名
    representative_relation: Mapped[str] = mapped_column(String(100), default="")  # 本人との関係 (父・母・後見人)
    obtained_on: Mapped[dt.date] = mapped_column(Date)  # 同意日
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date)  # 撤回日
    notes: Mapped[str] = mapped_column(Text, default="")  # 備考
