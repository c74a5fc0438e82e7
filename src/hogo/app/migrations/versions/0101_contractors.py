"""contractors (委託先, 個人情報保護法第25条 / 番号法第10条・第11条), reviews and re-entrustment requests

Revision ID: contractors_1
Revises: 0004
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = 'contractors_1'
down_revision = '0004'
branch_labels = None
depends_on = None


def _enum(*values: str) -> sa.Enum:
    return sa.Enum(*values, native_enum=False, length=40, create_constraint=False)


def upgrade() -> None:
    op.create_table('contractor',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('service', sa.Text(), nullable=False),
    sa.Column('regime', _enum('appi', 'mynumber'), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('tier', sa.Integer(), nullable=False),
    sa.Column('contact', sa.Text(), nullable=False),
    sa.Column('contract_start', sa.Date(), nullable=True),
    sa.Column('contract_end', sa.Date(), nullable=True),
    sa.Column('database_ids', sa.JSON(), nullable=False),
    sa.Column('selection_checks', sa.JSON(), nullable=False),
    sa.Column('selected_on', sa.Date(), nullable=True),
    sa.Column('clauses', sa.JSON(), nullable=False),
    sa.Column('monitors_subcontractors', sa.Boolean(), nullable=False),
    sa.Column('last_reviewed_on', sa.Date(), nullable=True),
    sa.Column('next_review_on', sa.Date(), nullable=True),
    sa.Column('evaluation', sa.JSON(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['contractor.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('contractor', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contractor_parent_id'), ['parent_id'], unique=False)
    op.create_table('contractor_review',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contractor_id', sa.Integer(), nullable=False),
    sa.Column('reviewed_on', sa.Date(), nullable=False),
    sa.Column('result', sa.String(length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('next_review_on', sa.Date(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['contractor_id'], ['contractor.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('contractor_review', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contractor_review_contractor_id'), ['contractor_id'], unique=False)
    op.create_table('contractor_reentrustment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contractor_id', sa.Integer(), nullable=False),
    sa.Column('subcontractor_name', sa.String(length=200), nullable=False),
    sa.Column('service', sa.Text(), nullable=False),
    sa.Column('requested_on', sa.Date(), nullable=False),
    sa.Column('permission', _enum('original_entruster', 'intermediate_only', 'none'), nullable=False),
    sa.Column('permission_by', sa.String(length=200), nullable=False),
    sa.Column('permitted_on', sa.Date(), nullable=True),
    sa.Column('written_report', sa.Boolean(), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('decision', sa.JSON(), nullable=False),
    sa.Column('child_id', sa.Integer(), nullable=True),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['contractor_id'], ['contractor.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['child_id'], ['contractor.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('contractor_reentrustment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contractor_reentrustment_contractor_id'), ['contractor_id'],
                              unique=False)


def downgrade() -> None:
    op.drop_table('contractor_reentrustment')
    op.drop_table('contractor_review')
    op.drop_table('contractor')
