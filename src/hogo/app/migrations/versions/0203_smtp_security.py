"""smtp_security: how the mail server connection is protected — STARTTLS, implicit TLS (port 465) or none

Replaces the boolean ``starttls`` (true → ``starttls``, false → ``none``).

Revision ID: smtp_security_1
Revises: contractor_end_1
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = 'smtp_security_1'
down_revision = 'contractor_end_1'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('smtp_settings') as batch:
        batch.add_column(sa.Column('security', sa.String(length=10), nullable=False, server_default='starttls'))
    op.execute("UPDATE smtp_settings SET security = CASE WHEN starttls THEN 'starttls' ELSE 'none' END")
    with op.batch_alter_table('smtp_settings') as batch:
        batch.drop_column('starttls')


def downgrade() -> None:
    with op.batch_alter_table('smtp_settings') as batch:
        batch.add_column(sa.Column('starttls', sa.Boolean(), nullable=False, server_default=sa.true()))
    op.execute("UPDATE smtp_settings SET starttls = (security <> 'none')")
    with op.batch_alter_table('smtp_settings') as batch:
        batch.drop_column('security')
