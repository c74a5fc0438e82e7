"""organisation fields for the public notice (公表事項, 個人情報保護法第32条第1項, 施行令第10条)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

TEXT_COLUMNS = ("address", "request_procedure", "safety_measures", "complaints_contact", "accredited_body")


def upgrade() -> None:
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.add_column(sa.Column('address', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('representative', sa.String(length=200), server_default='', nullable=False))
        for name in TEXT_COLUMNS[1:]:
            batch_op.add_column(sa.Column(name, sa.Text(), server_default='', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        for name in (*TEXT_COLUMNS, "representative"):
            batch_op.drop_column(name)
