"""complaints (苦情・相談, 個人情報保護法第40条) and their handling log

Revision ID: complaints_1
Revises: 0004
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = 'complaints_1'
down_revision = '0004'
branch_labels = None
depends_on = None


def _enum(*values: str) -> sa.Enum:
    return sa.Enum(*values, native_enum=False, length=40, create_constraint=False)


def upgrade() -> None:
    op.create_table('complaint',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('channel', _enum('phone', 'counter', 'written', 'email', 'web'), nullable=False),
    sa.Column('kind', _enum('complaint', 'question', 'other'), nullable=False),
    sa.Column('topics', sa.JSON(), nullable=False),
    sa.Column('complainant', _enum('person', 'guardian', 'agent', 'other'), nullable=False),
    sa.Column('complainant_name', sa.String(length=200), nullable=False),
    sa.Column('contact', sa.Text(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('database_id', sa.Integer(), nullable=True),
    sa.Column('assignee_id', sa.Integer(), nullable=True),
    sa.Column('status', _enum('received', 'in_progress', 'escalated', 'closed'), nullable=False),
    sa.Column('escalated_to', _enum('accredited_body', 'ppc_mediation', 'ppc_consultation', 'consumer_centre'),
              nullable=True),
    sa.Column('escalated_on', sa.Date(), nullable=True),
    sa.Column('escalation_note', sa.Text(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('outcome', _enum('resolved', 'explained', 'not_upheld', 'withdrawn', 'referred'), nullable=True),
    sa.Column('outcome_note', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['database_id'], ['personal_database.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['assignee_id'], ['user_account.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('complaint_step',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('complaint_id', sa.Integer(), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('action', sa.Text(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['complaint_id'], ['complaint.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('complaint_step', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_complaint_step_complaint_id'), ['complaint_id'], unique=False)


def downgrade() -> None:
    op.drop_table('complaint_step')
    op.drop_table('complaint')
