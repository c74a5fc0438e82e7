"""Who may do what: the permission table, as data.

Every route declares one :class:`Permission` (see :func:`hogo.app.web.deps.require`); the server checks it
against this table. Tests walk the routes and try every role against every permission it lacks.
"""

from __future__ import annotations

import enum
from types import MappingProxyType

from hogo.app.models import Role


class Permission(enum.StrEnum):
    REGISTER_READ = "register.read"  # 台帳を見る
    REGISTER_WRITE = "register.write"  # 台帳に登録・編集する
    REGISTER_IMPORT = "register.import"  # CSVで一括登録する
    REGISTER_EXPORT = "register.export"  # CSVで書き出す
    CONSENT_READ = "consent.read"  # 同意記録を見る
    CONSENT_WRITE = "consent.write"  # 同意記録を登録・編集・撤回する
    AUDIT_READ = "audit.read"  # 監査ログを見る
    USERS_MANAGE = "users.manage"  # アカウントを管理する
    ORGANISATION_MANAGE = "organisation.manage"  # 事業者情報を変更する
    SELF = "self"  # 自分のアカウント(ログイン中なら誰でも)


P = Permission
PERMISSIONS: MappingProxyType[Role, frozenset[Permission]] = MappingProxyType({
    Role.ADMINISTRATOR: frozenset(Permission),
    Role.PRIVACY_OFFICER: frozenset({P.REGISTER_READ, P.REGISTER_WRITE, P.REGISTER_IMPORT, P.REGISTER_EXPORT,
                                     P.CONSENT_READ, P.CONSENT_WRITE, P.AUDIT_READ, P.SELF}),
    # 事務取扱担当者: keeps the register too; may write entries only if they hold 特定個人情報 (see register.py).
    Role.MYNUMBER_HANDLER: frozenset({P.REGISTER_READ, P.REGISTER_WRITE, P.REGISTER_EXPORT, P.SELF}),
    Role.STAFF: frozenset({P.REGISTER_READ, P.CONSENT_READ, P.CONSENT_WRITE, P.SELF}),  # staff take consent forms
    Role.AUDITOR: frozenset({P.REGISTER_READ, P.REGISTER_EXPORT, P.CONSENT_READ, P.AUDIT_READ, P.SELF}),  # read-only
})


def allowed(role: Role, permission: Permission) -> bool:
    return permission in PERMISSIONS[role]
