"""contractor_end: end of a contract, return / deletion of the data and its evidence (委託契約終了後の返却・削除の確認)

通則ガイドライン 3-4-4; 番号法ガイドライン 第4-2-(1) (clause ⑥) and 第4-3-(3)B (証明書等による確認).

Revision ID: contractor_end_1
Revises: notice_1
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = 'contractor_end_1'
down_revision = 'notice_1'
branch_labels = None
depends_on = None


def _enum(*values: str) -> sa.Enum:
    return sa.Enum(*values, native_enum=False, length=20, create_constraint=False)


def upgrade() -> None:
    op.create_table('contractor_end',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contractor_id', sa.Integer(), nullable=False),
    sa.Column('ended_on', sa.Date(), nullable=False),
    sa.Column('method', _enum('return', 'deletion', 'destruction', 'mixed'), nullable=False),
    sa.Column('database_ids', sa.JSON(), nullable=False),
    sa.Column('evidence_kind', _enum('none', 'certificate', 'report', 'return_receipt', 'other'), nullable=False),
    sa.Column('document_ref', sa.String(length=200), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=True),
    sa.Column('checked_by', sa.String(length=200), nullable=False),
    sa.Column('outcome', _enum('confirmed', 'pending', 'problem'), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['contractor_id'], ['contractor.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('contractor_end', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contractor_end_contractor_id'), ['contractor_id'], unique=True)


def downgrade() -> None:
    with op.batch_alter_table('contractor_end', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contractor_end_contractor_id'))
    op.drop_table('contractor_end')
