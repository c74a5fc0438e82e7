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
    PROVISION_READ = "provision.read"  # 第三者提供記録・確認記録を見る・書き出す
    PROVISION_WRITE = "provision.write"  # 第三者提供・受領を記録する
    COMPLAINTS_READ = "complaints.read"  # 苦情・相談を見る
    COMPLAINTS_WRITE = "complaints.write"  # 苦情・相談を受け付け・対応を記録する
    CONTRACTORS_READ = "contractors.read"  # 委託先台帳を見る
    CONTRACTORS_WRITE = "contractors.write"  # 委託先を登録・評価し、再委託を許諾する
    SAFETY_READ = "safety.read"  # 安全管理措置・研修・誓約書を見る
    SAFETY_WRITE = "safety.write"  # 安全管理措置・研修・誓約書を記録する
    INCIDENTS_READ = "incidents.read"  # 漏えい等事案を見る
    INCIDENTS_WRITE = "incidents.write"  # 漏えい等事案を記録し、報告書・通知を作成する
    REQUESTS_READ = "requests.read"  # 開示等の請求を見る
    REQUESTS_INTAKE = "requests.intake"  # 開示等の請求を受け付ける(窓口・郵送)
    REQUESTS_HANDLE = "requests.handle"  # 本人確認・決定・回答書・通知・担当者の割当て
    REQUESTS_SETTINGS = "requests.settings"  # 回答の目標日数(遅滞なく)・お問合せ先の設定


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
# Complaints, contractors, safety measures (issue 5): the privacy officer runs them; the My Number handler keeps
# the contractors and safety measures of My Number work; the auditor reads; staff only see the safety measures.
_CASE_GRANTS = {
    Role.PRIVACY_OFFICER: {P.COMPLAINTS_READ, P.COMPLAINTS_WRITE, P.CONTRACTORS_READ, P.CONTRACTORS_WRITE,
                           P.SAFETY_READ, P.SAFETY_WRITE},
    Role.MYNUMBER_HANDLER: {P.CONTRACTORS_READ, P.CONTRACTORS_WRITE, P.SAFETY_READ},
    Role.STAFF: {P.SAFETY_READ},
    Role.AUDITOR: {P.COMPLAINTS_READ, P.CONTRACTORS_READ, P.SAFETY_READ},
}
PERMISSIONS = MappingProxyType({role: grants | _CASE_GRANTS.get(role, set()) for role, grants in PERMISSIONS.items()})


# 漏えい等事案: the privacy officer handles them; the My Number handler too (特定個人情報 leaks); the auditor reads.
_INCIDENT_GRANTS = {Role.PRIVACY_OFFICER: {P.INCIDENTS_READ, P.INCIDENTS_WRITE},
                    Role.MYNUMBER_HANDLER: {P.INCIDENTS_READ, P.INCIDENTS_WRITE}, Role.AUDITOR: {P.INCIDENTS_READ}}
PERMISSIONS = MappingProxyType({role: grants | _INCIDENT_GRANTS.get(role, set())
                                for role, grants in PERMISSIONS.items()})

# 開示等の請求: the privacy officer handles them; staff take requests at the counter (intake only); the auditor reads.
_REQUEST_GRANTS = {Role.PRIVACY_OFFICER: {P.REQUESTS_READ, P.REQUESTS_INTAKE, P.REQUESTS_HANDLE, P.REQUESTS_SETTINGS},
                   Role.STAFF: {P.REQUESTS_INTAKE}, Role.AUDITOR: {P.REQUESTS_READ}}
PERMISSIONS = MappingProxyType({role: grants | _REQUEST_GRANTS.get(role, set()) for role, grants in PERMISSIONS.items()})

# Provision/receipt records (第29条・第30条): kept by the privacy officer; the auditor reads them.
_PROVISION_GRANTS = {Role.PRIVACY_OFFICER: {P.PROVISION_READ, P.PROVISION_WRITE}, Role.AUDITOR: {P.PROVISION_READ}}
PERMISSIONS = MappingProxyType({role: grants | _PROVISION_GRANTS.get(role, set())
                                for role, grants in PERMISSIONS.items()})


def allowed(role: Role, permission: Permission) -> bool:
    return permission in PERMISSIONS[role]
