"""The home page (ホーム): counts, upcoming deadlines and what the decision layer flags — a few small queries.

- counts: 台帳 entries by category, consents in force / withdrawn, provisions and receipts this year (JST);
- deadlines: open case deadlines from the notification registry (e.g. 漏えい等報告の速報・確報, 委託契約終了後の
  返却・削除の確認) and reviews of contractors and safety measures; provision/receipt records whose retention period (施行規則第21条・第25条) ends within the
  horizon or has ended — they may then be deleted; 台帳 entries whose 廃棄予定日 comes within it or has passed; rights requests (開示等の請求) past their target date;
- flags: provisions without a lawful basis (第27条・第28条), receipts without the confirmations of 第30条第1項,
  台帳 entries whose category checkboxes disagree with the ``classify`` judgement.

Each part is shown only to a role that may read its records.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hogo.app import notifications, provision, register_classification, requests, safety
from hogo.app.consents import today_in_japan
from hogo.app.models import Consent, DataCategory, PersonalDatabase, Role
from hogo.app.permissions import Permission, allowed

HORIZON_DAYS = 90  # deadlines shown ahead
LIST_LIMIT = 20


@dataclass
class Dashboard:
    today: dt.date
    register_total: int | None = None
    register_by_category: dict[str, int] = field(default_factory=dict)
    consents_active: int | None = None
    consents_withdrawn: int | None = None
    provisions_this_year: int | None = None
    retention_due: list[provision.ProvisionRecord] = field(default_factory=list)  # retention ends soon / ended
    provision_alerts: list[provision.ProvisionRecord] = field(default_factory=list)
    provision_alert_count: int = 0
    register_mismatches: list[tuple[PersonalDatabase, list[register_classification.Mismatch]]] = field(
        default_factory=list)
    disposal_due: list[PersonalDatabase] = field(default_factory=list)  # 台帳: 廃棄予定日 within the horizon / past
    overdue_requests: list[Any] = field(default_factory=list)  # 開示等の請求: past their target date (遅滞なく)
    case_deadlines: list[CaseDeadline] = field(default_factory=list)  # incidents, reviews … within the horizon


@dataclass(frozen=True)
class CaseDeadline:
    """A deadline of a case or a review, as shown on the dashboard (no personal data)."""

    due_on: dt.date
    label: str
    label_en: str
    reference: str
    link: str

    def overdue(self, today: dt.date) -> bool:
        return self.due_on < today


def build(session: Session, role: Role, today: dt.date | None = None) -> Dashboard:
    today = today or today_in_japan()
    board = Dashboard(today=today)
    if allowed(role, Permission.REGISTER_READ):
        entries = list(session.scalars(select(PersonalDatabase).order_by(PersonalDatabase.id)))
        board.register_total = len(entries)
        counts = Counter(c for e in entries for c in e.categories)
        board.register_by_category = {c.value: counts[c.value] for c in DataCategory if counts[c.value]}
        horizon = today + dt.timedelta(days=HORIZON_DAYS)
        board.disposal_due = sorted((e for e in entries if e.disposal_due and e.disposal_due <= horizon),
                                    key=lambda e: e.disposal_due)[:LIST_LIMIT]  # type: ignore[arg-type, return-value]
        for entry in entries:
            mismatches = register_classification.classify_entry(entry, today).mismatches
            if mismatches:
                board.register_mismatches.append((entry, mismatches))
    if allowed(role, Permission.CONSENT_READ):
        withdrawn = Consent.withdrawn_on.is_not(None)
        rows = dict(session.execute(select(withdrawn, func.count()).group_by(withdrawn)).all())
        board.consents_active, board.consents_withdrawn = rows.get(False, 0), rows.get(True, 0)
    if allowed(role, Permission.PROVISION_READ):
        record = provision.ProvisionRecord
        board.provisions_this_year = provision.count_between(session, dt.date(today.year, 1, 1),
                                                             dt.date(today.year, 12, 31))
        horizon = today + dt.timedelta(days=HORIZON_DAYS)
        board.retention_due = list(session.scalars(
            select(record).where(record.retention_until.is_not(None), record.retention_until <= horizon)
            .order_by(record.retention_until).limit(LIST_LIMIT)))
        flagged = select(record).where(record.alert.is_not(None))
        board.provision_alert_count = session.scalar(select(func.count()).select_from(flagged.subquery())) or 0
        board.provision_alerts = list(session.scalars(flagged.order_by(record.provided_on.desc()).limit(LIST_LIMIT)))
    if allowed(role, Permission.REQUESTS_READ):
        board.overdue_requests = requests.overdue_requests(session, today)[:LIST_LIMIT]
    board.case_deadlines = _case_deadlines(session, role, today)
    return board


def _case_deadlines(session: Session, role: Role, today: dt.date) -> list[CaseDeadline]:
    """Open deadlines from the notification registry and due reviews, those ``role`` may read."""
    horizon = today + dt.timedelta(days=HORIZON_DAYS)
    found = [
        CaseDeadline(due.due_on, due.label, due.label_en, due.reference, due.link)
        for due in notifications.open_deadlines(session)
        if due.due_on <= horizon and allowed(role, due.permission)
    ]
    found += [
        CaseDeadline(review.due_on, review.title, review.title_en, review.kind, review.url)
        for review in safety.upcoming_reviews(session, today, HORIZON_DAYS)
        if allowed(role, Permission(review.permission))
    ]
    return sorted(found, key=lambda d: (d.due_on, d.link))[:LIST_LIMIT]
