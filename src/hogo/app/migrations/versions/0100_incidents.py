"""leak incidents (漏えい等事案)

Revision ID: incidents_1
Revises: 0004
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = 'incidents_1'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('leak_incident',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('reference', sa.String(length=40), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('case', sa.JSON(), nullable=False),
    sa.Column('database_ids', sa.JSON(), nullable=False),
    sa.Column('preliminary_submitted_on', sa.Date(), nullable=True),
    sa.Column('final_submitted_on', sa.Date(), nullable=True),
    sa.Column('assessed_on', sa.Date(), nullable=False),
    sa.Column('reportable', sa.Boolean(), nullable=False),
    sa.Column('who_reports', sa.String(length=20), nullable=False),
    sa.Column('clock_starts_on', sa.Date(), nullable=True),
    sa.Column('preliminary_due', sa.Date(), nullable=True),
    sa.Column('final_due', sa.Date(), nullable=True),
    sa.Column('persons', sa.Integer(), nullable=False),
    sa.Column('law_version', sa.String(length=40), nullable=False),
    sa.Column('reasons', sa.JSON(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('reference')
    )


def downgrade() -> None:
    op.drop_table('leak_incident')
