"""共同利用 and オプトアウト matters on 台帳 entries, for the public notice (個人情報保護法第27条第2項, 第5項第3号)

Revision ID: notice_1
Revises: 0200
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = 'notice_1'
down_revision = '0200'
branch_labels = None
depends_on = None

TEXT_COLUMNS = ("joint_use_scope", "joint_use_purposes", "joint_use_manager_name", "joint_use_manager_address",
                "joint_use_manager_representative", "opt_out_acquisition_method", "opt_out_provision_method",
                "opt_out_request_method", "opt_out_update_method")


def upgrade() -> None:
    with op.batch_alter_table('personal_database', schema=None) as batch_op:
        for flag in ("joint_use", "opt_out"):
            batch_op.add_column(sa.Column(flag, sa.Boolean(), server_default=sa.false(), nullable=False))
        for name in ("joint_use_items", "opt_out_items"):
            batch_op.add_column(sa.Column(name, sa.JSON(), server_default=sa.text("'[]'"), nullable=False))
        for name in TEXT_COLUMNS:
            batch_op.add_column(sa.Column(name, sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('opt_out_start_date', sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('personal_database', schema=None) as batch_op:
        for name in ("joint_use", "opt_out", "joint_use_items", "opt_out_items", *TEXT_COLUMNS, "opt_out_start_date"):
            batch_op.drop_column(name)
