"""rights requests (開示等の請求): requests, their 台帳 links, the organisation's 遅滞なく setting

Revision ID: requests_1
Revises: 0004
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = 'requests_1'
down_revision = '0004'
branch_labels = None
depends_on = None


def _enum(*values: str) -> sa.Enum:
    return sa.Enum(*values, native_enum=False, create_constraint=False, length=40)


def upgrade() -> None:
    op.create_table('rights_request_setting',
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('target_days', sa.Integer(), nullable=False),
    sa.Column('counting', sa.String(length=20), nullable=False),
    sa.Column('department', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=100), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('hours', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('organisation_id')
    )
    op.create_table('rights_request',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('receipt_no', sa.String(length=20), nullable=False),
    sa.Column('kind', _enum('disclosure', 'correction', 'addition', 'deletion', 'suspension', 'erasure',
                            'stop_provision', 'purpose_notice', 'record_disclosure'), nullable=False),
    sa.Column('status', _enum('received', 'verifying', 'reviewing', 'decided', 'notified', 'closed', 'withdrawn'),
              nullable=False),
    sa.Column('channel', _enum('staff', 'public'), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('requester_type', _enum('principal', 'legal_representative_minor', 'legal_representative_adult_ward',
                                      'agent'), nullable=False),
    sa.Column('requester_name', sa.String(length=200), nullable=False),
    sa.Column('relationship', sa.String(length=100), nullable=False),
    sa.Column('person_name', sa.String(length=200), nullable=False),
    sa.Column('postal_code', sa.String(length=10), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=50), nullable=False),
    sa.Column('subject', sa.Text(), nullable=False),
    sa.Column('requested_method', sa.String(length=20), nullable=True),
    sa.Column('requested_change', sa.Text(), nullable=False),
    sa.Column('assignee_id', sa.Integer(), nullable=True),
    sa.Column('identity_verified', sa.Boolean(), nullable=True),
    sa.Column('identity_documents', sa.JSON(), nullable=False),
    sa.Column('agent_documents', sa.JSON(), nullable=False),
    sa.Column('identity_checked_on', sa.Date(), nullable=True),
    sa.Column('facts', sa.JSON(), nullable=True),
    sa.Column('judgement', sa.JSON(), nullable=True),
    sa.Column('law_version', sa.String(length=40), nullable=True),
    sa.Column('decision', sa.JSON(), nullable=True),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('notified_on', sa.Date(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('withdrawn_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['assignee_id'], ['user_account.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('receipt_no')
    )
    with op.batch_alter_table('rights_request', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rights_request_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_rights_request_due_on'), ['due_on'], unique=False)
    op.create_table('rights_request_database',
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('database_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['database_id'], ['personal_database.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['request_id'], ['rights_request.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('request_id', 'database_id')
    )


def downgrade() -> None:
    op.drop_table('rights_request_database')
    with op.batch_alter_table('rights_request', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rights_request_due_on'))
        batch_op.drop_index(batch_op.f('ix_rights_request_status'))
    op.drop_table('rights_request')
    op.drop_table('rights_request_setting')
