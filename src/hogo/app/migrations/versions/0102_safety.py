"""safety management measures (安全管理措置): profile for the SME judgement, measure records, training, pledges

Revision ID: safety_1
Revises: 0004
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = 'safety_1'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('safety_profile',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('handles_mynumber', sa.Boolean(), nullable=False),
    sa.Column('utilization_affairs', sa.Boolean(), nullable=False),
    sa.Column('entrusted_affairs', sa.Boolean(), nullable=False),
    sa.Column('financial_sector', sa.Boolean(), nullable=False),
    sa.Column('max_persons_past_6_months', sa.Integer(), nullable=False),
    sa.Column('sme_decision', sa.JSON(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('safety_measure',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('measure_id', sa.String(length=40), nullable=False),
    sa.Column('status', sa.Enum('not_started', 'partial', 'in_place', 'not_applicable', native_enum=False, length=40,
                                create_constraint=False), nullable=False),
    sa.Column('method', sa.String(length=20), nullable=False),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('evidence_link', sa.String(length=500), nullable=False),
    sa.Column('reviewed_on', sa.Date(), nullable=True),
    sa.Column('next_review_on', sa.Date(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('measure_id')
    )
    op.create_table('safety_training',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('course', sa.String(length=200), nullable=False),
    sa.Column('provider', sa.String(length=20), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('safety_training', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_safety_training_user_id'), ['user_id'], unique=False)
    op.create_table('safety_pledge',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=False),
    sa.Column('document_ref', sa.String(length=500), nullable=False),
    sa.Column('post_employment', sa.Boolean(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('safety_pledge', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_safety_pledge_user_id'), ['user_id'], unique=False)


def downgrade() -> None:
    op.drop_table('safety_pledge')
    op.drop_table('safety_training')
    op.drop_table('safety_measure')
    op.drop_table('safety_profile')
