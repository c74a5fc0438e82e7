"""Join the area branches (provision, requests, incidents, notifications, complaints, contractors, safety).

Each area of the application added its migration on top of 0004 independently; this revision makes
them one line again so that later migrations have a single parent.

Revision ID: 0200
Revises: provision_1, requests_1, incidents_1, notifications_1, complaints_1, contractors_1, safety_1
"""

from __future__ import annotations

revision = "0200"
down_revision = (
    "provision_1",
    "requests_1",
    "incidents_1",
    "notifications_1",
    "complaints_1",
    "contractors_1",
    "safety_1",
)
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Nothing to change: a merge point only."""


def downgrade() -> None:
    """Nothing to change: a merge point only."""
