"""consent records

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24

The consent record (同意記録) table.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('consent',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('subject_name', sa.String(length=200), nullable=False),
    sa.Column('subject_ref', sa.String(length=100), nullable=False),
    sa.Column('scope', sa.Enum('use_beyond_purpose', 'sensitive_acquisition', 'third_party_provision', 'foreign_provision', 'other', name='consentscope', native_enum=False, length=40), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('database_id', sa.Integer(), nullable=True),
    sa.Column('recipient', sa.Text(), nullable=False),
    sa.Column('method', sa.Enum('written', 'electronic', 'oral', name='consentmethod', native_enum=False, length=40), nullable=False),
    sa.Column('oral_record', sa.Text(), nullable=False),
    sa.Column('given_by', sa.Enum('subject', 'legal_representative', name='consentgiver', native_enum=False, length=40), nullable=False),
    sa.Column('representative_name', sa.String(length=200), nullable=False),
    sa.Column('representative_relation', sa.String(length=100), nullable=False),
    sa.Column('obtained_on', sa.Date(), nullable=False),
    sa.Column('withdrawn_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['database_id'], ['personal_database.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consent_database_id'), ['database_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consent_database_id'))

    op.drop_table('consent')
