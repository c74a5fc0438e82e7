"""provision and receipt records (第三者提供記録・確認記録, 個人情報保護法第29条・第30条); 台帳 disposal date

Revision ID: provision_1
Revises: 0004
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = 'provision_1'
down_revision = '0004'
branch_labels = None
depends_on = None


def _enum(*values: str, name: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, length=40)


def upgrade() -> None:
    op.create_table('provision_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('direction', _enum('provided', 'received', name='direction'), nullable=False),
    sa.Column('counterpart_name', sa.String(length=200), nullable=False),
    sa.Column('counterpart_address', sa.Text(), nullable=False),
    sa.Column('counterpart_representative', sa.String(length=200), nullable=False),
    sa.Column('counterpart_public_body', sa.Boolean(), nullable=False),
    sa.Column('database_id', sa.Integer(), nullable=True),
    sa.Column('data_items', sa.JSON(), nullable=False),
    sa.Column('persons', sa.Text(), nullable=False),
    sa.Column('basis', _enum('consent', 'exception', 'opt_out', 'outsourcing', 'succession', 'joint_use', 'none',
                             name='basis'), nullable=False),
    sa.Column('exception_kind', _enum('law', 'life_body_property', 'public_health_children',
                                      'public_body_cooperation', name='exceptionkind'), nullable=True),
    sa.Column('legal_basis', sa.Text(), nullable=False),
    sa.Column('opt_out_items_notified', sa.Boolean(), nullable=False),
    sa.Column('opt_out_commission_notified', sa.Boolean(), nullable=False),
    sa.Column('joint_use_items_notified', sa.Boolean(), nullable=False),
    sa.Column('sensitive', sa.Boolean(), nullable=False),
    sa.Column('recipient_abroad', sa.Boolean(), nullable=False),
    sa.Column('recipient_country', sa.String(length=2), nullable=False),
    sa.Column('recipient_equivalent_system', sa.Boolean(), nullable=False),
    sa.Column('foreign_information_provided', sa.Boolean(), nullable=False),
    sa.Column('method', _enum('each_time', 'batch', 'contract_substitute', name='recordmethod'), nullable=False),
    sa.Column('provided_on', sa.Date(), nullable=False),
    sa.Column('last_provided_on', sa.Date(), nullable=True),
    sa.Column('transfer_means', sa.Text(), nullable=False),
    sa.Column('provider_identity_confirmed', sa.Boolean(), nullable=False),
    sa.Column('acquisition_history', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('outcome', sa.String(length=10), nullable=True),
    sa.Column('alert', sa.String(length=40), nullable=True),
    sa.Column('record_required', sa.Boolean(), nullable=False),
    sa.Column('required_items', sa.JSON(), nullable=False),
    sa.Column('retention_years', sa.Integer(), nullable=True),
    sa.Column('retention_from', sa.Date(), nullable=True),
    sa.Column('retention_until', sa.Date(), nullable=True),
    sa.Column('law_version', sa.String(length=40), nullable=False),
    sa.Column('decision', sa.JSON(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['database_id'], ['personal_database.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('provision_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_provision_record_database_id'), ['database_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_provision_record_alert'), ['alert'], unique=False)
        batch_op.create_index(batch_op.f('ix_provision_record_retention_until'), ['retention_until'], unique=False)
        batch_op.create_index('ix_provision_record_provided_on', ['provided_on'], unique=False)
    # 台帳: the day the data is due for disposal (廃棄予定日), for the dashboard's deadlines
    with op.batch_alter_table('personal_database', schema=None) as batch_op:
        batch_op.add_column(sa.Column('disposal_due', sa.Date(), nullable=True))
        batch_op.create_index(batch_op.f('ix_personal_database_disposal_due'), ['disposal_due'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('personal_database', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_personal_database_disposal_due'))
        batch_op.drop_column('disposal_due')
    op.drop_table('provision_record')
