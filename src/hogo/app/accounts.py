"""First-run setup, accounts and login sessions."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator
from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hogo.app import audit
from hogo.app.errors import FieldError, NotFound
from hogo.app.models import AppSetting, AuditEntry, Organisation, OrganisationType, Role, User, UserSession, utcnow
from hogo.app.security import MIN_PASSWORD_LENGTH, hash_password, needs_rehash, new_token, token_digest, verify_password

SESSION_LIFETIME = dt.timedelta(hours=12)
THROTTLE_FAILURES = 5  # failed logins of one account …
THROTTLE_WINDOW = dt.timedelta(minutes=15)  # … within this window lock it until the window has passed
SECRET_KEY = "cookie_secret"

Text200 = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Username = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64,
                                            pattern=r"^[A-Za-z0-9_.@-]+$")]
Password = Annotated[str, StringConstraints(min_length=MIN_PASSWORD_LENGTH, max_length=200)]


class UserIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    username: Username
    display_name: Text200
    password: Password
    role: Role


class UserUpdate(BaseModel):
    """An administrator's change to an account; ``password`` resets it when given."""

    model_config = ConfigDict(extra="forbid")

    display_name: Text200
    role: Role
    active: bool
    password: Password | None = None

    @field_validator("password", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        return None if value == "" else value


class PasswordChange(BaseModel):
    model_config = ConfigDict(extra="forbid")

    current_password: str
    new_password: Password


class SetupIn(BaseModel):
    """First-run setup: the organisation profile (事業者) and the first administrator."""

    model_config = ConfigDict(extra="forbid")

    organisation_name: Text200
    organisation_type: OrganisationType
    employees: int = Field(ge=0, le=10_000_000)  # 従業者数
    username: Username
    display_name: Text200
    password: Password

    @field_validator("employees", mode="before")
    @classmethod
    def _blank_is_missing(cls, value: object) -> object:
        return None if value == "" else value


NoticeText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=8000)]


class OrganisationIn(BaseModel):
    """The organisation profile, including what the public notice (公表事項, 第32条) needs."""

    model_config = ConfigDict(extra="forbid")

    name: Text200
    kind: OrganisationType
    employees: int = Field(ge=0, le=10_000_000)  # 従業者数
    address: NoticeText = ""  # 住所
    representative: Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)] = ""  # 代表者の氏名
    request_procedure: NoticeText = ""  # 開示等の請求等に応じる手続 (第32条第1項第3号)
    safety_measures: NoticeText = ""  # 安全管理のために講じた措置 (施行令第10条第1号)
    complaints_contact: NoticeText = ""  # 苦情の申出先 (施行令第10条第2号)
    accredited_body: NoticeText = ""  # 認定個人情報保護団体 (施行令第10条第3号)

    @field_validator("employees", mode="before")
    @classmethod
    def _blank_is_missing(cls, value: object) -> object:
        return None if value == "" else value


class UserOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str
    display_name: str
    role: Role
    active: bool


class OrganisationOut(OrganisationIn):
    model_config = ConfigDict(from_attributes=True)

    id: int


def cookie_secret(session: Session) -> str:
    """The random secret that signs cookies; made once and kept in the database (survives restarts)."""
    setting = session.get(AppSetting, SECRET_KEY)
    if setting is None:
        session.add(AppSetting(key=SECRET_KEY, value=new_token()))
        try:
            session.commit()
        except IntegrityError:  # another worker made it first
            session.rollback()
        setting = session.get(AppSetting, SECRET_KEY)
        assert setting is not None
    return setting.value


def is_set_up(session: Session) -> bool:
    return session.scalar(select(func.count()).select_from(User)) > 0


def organisation(session: Session) -> Organisation | None:
    return session.scalars(select(Organisation).order_by(Organisation.id).limit(1)).first()


def update_organisation(session: Session, actor: User, data: OrganisationIn) -> Organisation:
    org = organisation(session)
    if org is None:
        raise FieldError("setup", "not_set_up", 409)
    changed = sorted(k for k, v in data.model_dump().items() if getattr(org, k) != v)
    for key in changed:
        setattr(org, key, getattr(data, key))
    audit.append(session, actor_id=actor.id, action="organisation.update", target_type="organisation",
                 target_id=org.id, details={"fields": changed})
    return org


def run_setup(session: Session, data: SetupIn) -> User:
    """Create the organisation and the first administrator; refused once anyone exists."""
    if is_set_up(session):
        raise FieldError("setup", "already_set_up", 409)
    org = Organisation(name=data.organisation_name, kind=data.organisation_type, employees=data.employees)
    user = User(username=data.username, display_name=data.display_name, password_hash=hash_password(data.password),
                role=Role.ADMINISTRATOR, active=True)
    session.add_all([org, user])
    session.flush()
    audit.append(session, actor_id=user.id, action="setup", target_type="organisation", target_id=org.id,
                 details={"administrator_id": user.id})
    return user


def create_user(session: Session, actor: User, data: UserIn) -> User:
    if session.scalar(select(User.id).where(User.username == data.username)) is not None:
        raise FieldError("username", "username_taken", 409)
    user = User(username=data.username, display_name=data.display_name, password_hash=hash_password(data.password),
                role=data.role, active=True)
    session.add(user)
    session.flush()
    audit.append(session, actor_id=actor.id, action="user.create", target_type="user", target_id=user.id,
                 details={"role": data.role.value})
    return user


def _recent_failures(session: Session, user: User) -> int:
    """Failed logins of ``user`` in the throttle window since their last successful login (from the audit log)."""
    since = utcnow() - THROTTLE_WINDOW
    mine = (AuditEntry.target_type == "user", AuditEntry.target_id == str(user.id), AuditEntry.at > since)
    last_login = session.scalar(select(func.max(AuditEntry.seq)).where(*mine, AuditEntry.action == "login"))
    failures = select(func.count()).select_from(AuditEntry).where(*mine, AuditEntry.action == "login.failed")
    if last_login is not None:
        failures = failures.where(AuditEntry.seq > last_login)
    return session.scalar(failures) or 0


def _active_administrators(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(User)
                          .where(User.role == Role.ADMINISTRATOR, User.active.is_(True))) or 0


def get_user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound()
    return user


def update_user(session: Session, actor: User, user_id: int, data: UserUpdate) -> User:
    """Change name, role, active flag or reset the password; the last active administrator cannot go."""
    user = get_user(session, user_id)
    values = data.model_dump(exclude={"password"})
    changed = sorted(k for k, v in values.items() if getattr(user, k) != v)
    for key in changed:
        setattr(user, key, values[key])
    if data.password is not None:
        user.password_hash = hash_password(data.password)
        changed.append("password")
    session.flush()
    if _active_administrators(session) == 0:
        session.rollback()
        raise FieldError("active" if not data.active else "role", "last_administrator", 409)
    if not user.active or "password" in changed:
        session.execute(delete(UserSession).where(UserSession.user_id == user.id))  # log them out everywhere
    if changed:
        audit.append(session, actor_id=actor.id, action="user.update", target_type="user", target_id=user.id,
                     details={"fields": changed})
    return user


def change_password(session: Session, user: User, data: PasswordChange, keep_token: str) -> None:
    """The user's own password change; other sessions of theirs end, this one stays."""
    if not verify_password(user.password_hash, data.current_password):
        raise FieldError("current_password", "login_failed", 422)
    user.password_hash = hash_password(data.new_password)
    session.execute(delete(UserSession).where(UserSession.user_id == user.id,
                                              UserSession.token_hash != token_digest(keep_token)))
    audit.append(session, actor_id=user.id, action="user.password", target_type="user", target_id=user.id)


def authenticate(session: Session, username: str, password: str) -> User | None:
    """The active user with these credentials, or None (same answer for unknown user and wrong password)."""
    user = session.scalars(select(User).where(User.username == username.strip())).first()
    if user is None:
        verify_password(_DUMMY_HASH, password)  # spend the same time as a real check
        return None
    if _recent_failures(session, user) >= THROTTLE_FAILURES:
        audit.append(session, actor_id=None, action="login.throttled", target_type="user", target_id=user.id)
        raise FieldError("login", "too_many_attempts", 429)
    if not user.active or not verify_password(user.password_hash, password):
        audit.append(session, actor_id=None, action="login.failed", target_type="user", target_id=user.id)
        return None
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    return user


_DUMMY_HASH = hash_password("not-a-real-password")


def open_session(session: Session, user: User) -> str:
    """Start a login session; returns the token for the cookie (the database keeps only its digest)."""
    token = new_token()
    now = utcnow()
    session.execute(delete(UserSession).where(UserSession.expires_at <= now))  # tidy expired sessions
    session.add(UserSession(token_hash=token_digest(token), user_id=user.id, created_at=now,
                            expires_at=now + SESSION_LIFETIME))
    audit.append(session, actor_id=user.id, action="login", target_type="user", target_id=user.id)
    return token


def session_user(session: Session, token: str) -> User | None:
    row = session.get(UserSession, token_digest(token))
    if row is None or row.expires_at <= utcnow():
        return None
    user = session.get(User, row.user_id)
    return user if user is not None and user.active else None


def close_session(session: Session, token: str, user: User) -> None:
    session.execute(delete(UserSession).where(UserSession.token_hash == token_digest(token)))
    audit.append(session, actor_id=user.id, action="logout", target_type="user", target_id=user.id)
