"""Deadline notifications (期限の通知) in the UI and by e-mail.

Areas register a *deadline source* (:func:`register_source`): a function giving the open deadlines of their
records (:class:`Due`). :func:`run` (``hogo notify run``, cron-friendly) turns each deadline that is due soon or
overdue into one notification per account allowed to act on it, and e-mails it once: the ``notification`` table
is the sent-log (unique per account and key; ``emailed_at`` set after the SMTP server accepted the message), so
running twice sends nothing new. A deadline that moves (e.g. a 確報 date after the count rises) or turns overdue
gets a new key and is notified again.

E-mails carry no personal data: the subject names the kind of deadline, the case reference and the date. SMTP
settings live on the organisation (``smtp_settings``); the password is encrypted with Fernet (``cryptography``),
keyed by HKDF-SHA256 from the application's random secret (``app_setting``), never shown back. The connection
is STARTTLS (port 587), implicit TLS (port 465) or plain (a relay on the same host); TLS always verifies the
server's certificate and host name against the system's trust store (``SSL_CERT_FILE`` adds a private CA), so the
password is never sent to a server that merely claims the name.
"""

from __future__ import annotations

import base64
import datetime as dt
import smtplib
import ssl
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr, make_msgid
from typing import Annotated, Any, Literal, get_args

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator
from pydantic_core import PydanticCustomError
from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from hogo.app import audit
from hogo.app.consents import today_in_japan
from hogo.app.models import Base, User, utcnow
from hogo.app.permissions import Permission, allowed

DEFAULT_LEAD_DAYS = 3
# How the connection to the mail server is protected: STARTTLS (submission, 587), implicit TLS ("SSL/TLS", 465),
# or none (a relay on the same host or network, port 25).
Security = Literal["starttls", "tls", "none"]
SECURITY_MODES: tuple[str, ...] = get_args(Security)


class SmtpSettings(Base):
    """The organisation's mail server for notifications (one row)."""

    __tablename__ = "smtp_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    enabled: Mapped[bool] = mapped_column(Boolean, default=False)
    host: Mapped[str] = mapped_column(String(200), default="")
    port: Mapped[int] = mapped_column(Integer, default=587)
    from_address: Mapped[str] = mapped_column(String(254), default="")
    security: Mapped[str] = mapped_column(String(10), default="starttls")  # SECURITY_MODES
    username: Mapped[str] = mapped_column(String(200), default="")
    password_encrypted: Mapped[str] = mapped_column(Text, default="")  # Fernet token; never shown
    lead_days: Mapped[int] = mapped_column(Integer, default=DEFAULT_LEAD_DAYS)  # 「期限が近い」とする日数


class NotificationAddress(Base):
    """Where an account wants its notification e-mails (an account's own setting)."""

    __tablename__ = "notification_address"

    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"), primary_key=True)
    email: Mapped[str] = mapped_column(String(254), default="")


class Notification(Base):
    """One notification to one account: shown in the UI, e-mailed once (the sent-log)."""

    __tablename__ = "notification"
    __table_args__ = (UniqueConstraint("user_id", "key", name="uq_notification_user_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(200))
    state: Mapped[str] = mapped_column(String(20))  # due_soon / overdue
    due_on: Mapped[dt.date] = mapped_column(Date)
    subject: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    link: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    read_at: Mapped[dt.datetime | None] = mapped_column(nullable=True)
    emailed_at: Mapped[dt.datetime | None] = mapped_column(nullable=True)


# ---- the registry of deadline sources -------------------------------------------------------------


@dataclass(frozen=True)
class Due:
    """An open deadline of some record. ``label``/``label_en`` and ``reference`` must hold no personal data."""

    key: str  # stable id of the deadline, e.g. "incident:3:final"
    label: str  # 漏えい等報告(確報)
    label_en: str
    reference: str  # 事案番号 etc.
    due_on: dt.date
    link: str  # path in the UI
    permission: Permission  # who is told: accounts whose role has it


Source = Callable[[Session], Iterable[Due]]
_SOURCES: dict[str, Source] = {}


def register_source(name: str, source: Source) -> None:
    """Add a deadline source (idempotent per name). Areas call this at import time."""
    _SOURCES[name] = source


def sources() -> dict[str, Source]:
    return dict(_SOURCES)


def open_deadlines(session: Session) -> list[Due]:
    return sorted((due for source in _SOURCES.values() for due in source(session)), key=lambda d: d.due_on)


def state_of(due_on: dt.date, today: dt.date, lead_days: int) -> str | None:
    """``overdue`` after the day, ``due_soon`` within ``lead_days`` (the day itself included), else None."""
    if due_on < today:
        return "overdue"
    if (due_on - today).days <= lead_days:
        return "due_soon"
    return None


STATE_JA = {"due_soon": "期限が近づいています", "overdue": "期限を過ぎています"}
STATE_EN = {"due_soon": "due soon", "overdue": "overdue"}


def compose(due: Due, state: str, today: dt.date) -> tuple[str, str]:
    """Subject and body (Japanese, then English). No personal data: kind, reference, dates and a link."""
    days = (due.due_on - today).days
    when = f"あと{days}日" if days > 0 else ("本日が期限" if days == 0 else f"{-days}日超過")
    subject = f"【hogo】{due.label}の{STATE_JA[state]}({due.reference}、期限 {due.due_on.isoformat()})"
    body = "\n".join([
        f"{due.label}の{STATE_JA[state]}。",
        "",
        f"対象: {due.reference}",
        f"期限: {due.due_on.isoformat()}({when})",
        f"画面: {due.link}",
        "",
        "このメールは hogo が自動で送信しています。個人情報は記載していません。",
        "",
        f"{due.label_en} is {STATE_EN[state]}: {due.reference}, due {due.due_on.isoformat()}.",
    ])
    return subject, body


# ---- SMTP settings and the password ---------------------------------------------------------------


def _fernet(secret: str) -> Fernet:
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"hogo smtp password").derive(secret.encode())
    return Fernet(base64.urlsafe_b64encode(key))


def encrypt_password(secret: str, password: str) -> str:
    return _fernet(secret).encrypt(password.encode()).decode() if password else ""


def decrypt_password(secret: str, token: str) -> str:
    if not token:
        return ""
    try:
        return _fernet(secret).decrypt(token.encode()).decode()
    except InvalidToken:
        raise ValueError("smtp password cannot be decrypted with this application's secret") from None


class SmtpIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    enabled: bool = False
    host: Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)] = ""
    port: int = Field(default=587, ge=1, le=65535)
    from_address: Annotated[str, StringConstraints(strip_whitespace=True, max_length=254,
                                                   pattern=r"^$|^[^@\s]+@[^@\s]+$")] = ""
    security: Security = "starttls"
    username: Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)] = ""
    password: Annotated[str, StringConstraints(max_length=500)] = ""  # empty: keep the stored one
    clear_password: bool = False
    lead_days: int = Field(default=DEFAULT_LEAD_DAYS, ge=0, le=60)

    @model_validator(mode="before")
    @classmethod
    def _legacy_starttls(cls, data: Any) -> Any:  # noqa: ANN401
        """API clients of the first version sent ``starttls: true/false``; it maps onto ``security``."""
        if isinstance(data, dict) and "starttls" in data:
            data = dict(data)
            legacy = data.pop("starttls")
            if not isinstance(legacy, bool):
                raise PydanticCustomError("bool_type", "starttls: true or false (or use security)",
                                          {"field": "starttls"})
            mode = "starttls" if legacy else "none"
            if data.setdefault("security", mode) != mode:
                raise PydanticCustomError("security_contradiction", "starttls contradicts security",
                                          {"field": "security"})
        return data


def smtp_settings(session: Session) -> SmtpSettings:
    row = session.get(SmtpSettings, 1)
    return row or SmtpSettings(id=1, enabled=False, host="", port=587, from_address="", security="starttls",
                               username="", password_encrypted="", lead_days=DEFAULT_LEAD_DAYS)


def save_smtp(session: Session, actor: User, secret: str, data: SmtpIn) -> SmtpSettings:
    from hogo.app.errors import FieldError

    if data.enabled and not data.host:
        raise FieldError("host", "missing")
    if data.enabled and not data.from_address:
        raise FieldError("from_address", "missing")
    row = session.get(SmtpSettings, 1)
    if row is None:
        row = smtp_settings(session)
        session.add(row)
    changed = []
    for field in ("enabled", "host", "port", "from_address", "security", "username", "lead_days"):
        if getattr(row, field) != getattr(data, field):
            setattr(row, field, getattr(data, field))
            changed.append(field)
    if data.clear_password or data.password:
        row.password_encrypted = encrypt_password(secret, data.password) if data.password else ""
        changed.append("password")
    session.flush()
    audit.append(session, actor_id=actor.id, action="smtp.update", target_type="smtp_settings", target_id=1,
                 details={"fields": changed})
    return row


class AddressIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    email: Annotated[str, StringConstraints(strip_whitespace=True, max_length=254, pattern=r"^$|^[^@\s]+@[^@\s]+$")]


def address_of(session: Session, user_id: int) -> str:
    row = session.get(NotificationAddress, user_id)
    return row.email if row else ""


def set_address(session: Session, actor: User, data: AddressIn) -> None:
    row = session.get(NotificationAddress, actor.id)
    if row is None:
        session.add(NotificationAddress(user_id=actor.id, email=data.email))
    else:
        row.email = data.email
    session.flush()
    audit.append(session, actor_id=actor.id, action="notification.address", target_type="user_account",
                 target_id=actor.id, details={"fields": ["email"]})


# ---- running ----------------------------------------------------------------------------------------


@dataclass
class RunResult:
    created: int = 0
    emailed: int = 0
    failed: int = 0
    skipped_no_address: int = 0


def collect(session: Session, today: dt.date) -> int:
    """Create the notifications of every deadline due soon or overdue (once per account and key)."""
    lead = smtp_settings(session).lead_days
    users = list(session.scalars(select(User).where(User.active.is_(True))))
    existing = {(n.user_id, n.key) for n in session.scalars(select(Notification))}
    created = 0
    for due in open_deadlines(session):
        state = state_of(due.due_on, today, lead)
        if state is None:
            continue
        key = f"{due.key}:{due.due_on.isoformat()}:{state}"
        subject, body = compose(due, state, today)
        for user in users:
            if not allowed(user.role, due.permission) or (user.id, key) in existing:
                continue
            session.add(Notification(user_id=user.id, key=key, state=state, due_on=due.due_on, subject=subject,
                                     body=body, link=due.link, created_at=utcnow()))
            existing.add((user.id, key))
            created += 1
    session.flush()
    return created


def _message(settings: SmtpSettings, to: str, subject: str, body: str) -> EmailMessage:
    message = EmailMessage()
    message["Subject"] = subject  # encoded as RFC 2047 UTF-8 by the email package
    message["From"] = formataddr(("hogo", settings.from_address))
    message["To"] = to
    message["Message-ID"] = make_msgid(domain=settings.from_address.rsplit("@", 1)[-1])
    message.set_content(body, charset="utf-8")
    return message


def connect(settings: SmtpSettings, timeout: float = 30) -> smtplib.SMTP:
    """An SMTP connection protected as ``settings.security`` says; TLS verifies the certificate and host name.

    (``smtplib.SMTP.starttls()`` without a context does *not* verify the certificate, so one is always passed.)
    """
    context = ssl.create_default_context()
    if settings.security == "tls":
        return smtplib.SMTP_SSL(settings.host, settings.port, timeout=timeout, context=context)
    smtp = smtplib.SMTP(settings.host, settings.port, timeout=timeout)
    if settings.security == "starttls":
        try:
            smtp.starttls(context=context)
        except BaseException:
            smtp.close()
            raise
    return smtp


def login(smtp: smtplib.SMTP, username: str, password: str) -> None:
    """Log in; a user name or password outside ASCII goes as UTF-8 in AUTH PLAIN (RFC 4616).

    ``smtplib.SMTP.login`` encodes credentials as ASCII and would fail on, say, a Japanese password.
    """
    if username.isascii() and password.isascii():
        smtp.login(username, password)
        return
    smtp.ehlo_or_helo_if_needed()
    offered = smtp.esmtp_features.get("auth", "").upper().split()
    if "PLAIN" not in offered:
        raise smtplib.SMTPNotSupportedError("a non-ASCII user name or password needs AUTH PLAIN, which the "
                                            "server does not offer")
    token = base64.b64encode(f"\0{username}\0{password}".encode()).decode("ascii")
    code, response = smtp.docmd("AUTH", f"PLAIN {token}")
    if code != 235:  # noqa: PLR2004 - RFC 4954: 235 Authentication successful
        raise smtplib.SMTPAuthenticationError(code, response)


def send_pending(session: Session, secret: str) -> RunResult:
    """E-mail every notification not yet e-mailed, if SMTP is enabled; each is marked once the server accepts it."""
    result = RunResult()
    settings = smtp_settings(session)
    if not settings.enabled:
        return result
    pending = list(session.scalars(select(Notification).where(Notification.emailed_at.is_(None))
                                   .order_by(Notification.id)))
    addresses = {row.user_id: row.email for row in session.scalars(select(NotificationAddress))}
    todo = [(n, addresses.get(n.user_id, "")) for n in pending]
    result.skipped_no_address = sum(1 for _, to in todo if not to)
    todo = [(n, to) for n, to in todo if to]
    if not todo:
        return result
    password = decrypt_password(secret, settings.password_encrypted)
    with connect(settings) as smtp:
        if settings.username:
            login(smtp, settings.username, password)
        for notification, to in todo:
            try:
                smtp.send_message(_message(settings, to, notification.subject, notification.body))
            except smtplib.SMTPException:
                result.failed += 1
                continue
            notification.emailed_at = utcnow()
            result.emailed += 1
            session.commit()  # sent once: recorded as soon as the server accepted it
    return result


def run(session: Session, secret: str, today: dt.date | None = None) -> RunResult:
    """Collect due notifications and e-mail them once; commit after each step so nothing is sent twice."""
    created = collect(session, today or today_in_japan())
    if created:
        audit.append(session, actor_id=None, action="notification.collect", target_type="notification",
                     details={"created": created})
    session.commit()
    result = send_pending(session, secret)
    result.created = created
    if result.emailed:
        audit.append(session, actor_id=None, action="notification.email", target_type="notification",
                     details={"emailed": result.emailed, "failed": result.failed})
    session.commit()
    return result


def for_user(session: Session, user_id: int) -> list[Notification]:
    return list(session.scalars(select(Notification).where(Notification.user_id == user_id)
                                .order_by(Notification.due_on, Notification.id)))


def mark_read(session: Session, actor: User, notification_id: int) -> None:
    from hogo.app.errors import NotFound

    row = session.get(Notification, notification_id)
    if row is None or row.user_id != actor.id:
        raise NotFound()
    if row.read_at is None:
        row.read_at = utcnow()
        session.flush()
