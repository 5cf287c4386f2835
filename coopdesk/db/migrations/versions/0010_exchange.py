"""exchange: saved column mappings, import batches with what each did, files sent to partners

- ``import_mappings``: which field each column of a partner's spreadsheet fills, saved under a name;
- ``import_batches`` / ``import_batch_items``: one import (file name and SHA-256, who, when, counts, the
  journal mark after its entries) and what it did to each person (created, a participation added, fields
  changed with their old values) so that it can be undone while its records are untouched;
- ``exchanges``: a file sent to a partner (layout, when, who, rows) with hashes of what was sent, never the
  values, for "changes since the last exchange".

New tables only: nothing existing changes, so the upgrade of any earlier database is the same four
CREATE TABLEs.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 05:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'import_mappings',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=120), nullable=False),
        sa.Column('columns', sa.Text(), nullable=False),
        sa.Column('header_row', sa.Integer(), nullable=True),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('updated_by_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['updated_by_id'], ['users.id'], name=op.f('fk_import_mappings_updated_by_id_users'),
                                ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_import_mappings')),
        sa.UniqueConstraint('name', name=op.f('uq_import_mappings_name')),
    )
    op.create_index(op.f('ix_import_mappings_updated_by_id'), 'import_mappings', ['updated_by_id'])
    op.create_table(
        'import_batches',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('file_name', sa.String(length=300), nullable=False),
        sa.Column('file_sha256', sa.String(length=64), nullable=False),
        sa.Column('sheet', sa.String(length=200), nullable=False),
        sa.Column('mapping_name', sa.String(length=120), nullable=False),
        sa.Column('project_id', sa.Integer(), nullable=True),
        sa.Column('user_id', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('rows_total', sa.Integer(), nullable=False),
        sa.Column('created_people', sa.Integer(), nullable=False),
        sa.Column('created_participations', sa.Integer(), nullable=False),
        sa.Column('updated_people', sa.Integer(), nullable=False),
        sa.Column('skipped', sa.Integer(), nullable=False),
        sa.Column('rejected', sa.Integer(), nullable=False),
        sa.Column('valid_only', sa.Boolean(), nullable=False),
        sa.Column('journal_mark', sa.Integer(), nullable=True),
        sa.Column('undone_at', sa.DateTime(), nullable=True),
        sa.Column('undone_by_id', sa.Integer(), nullable=True),
        sa.Column('uuid', sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_import_batches_project_id_projects'),
                                ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_import_batches_user_id_users'),
                                ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['undone_by_id'], ['users.id'], name=op.f('fk_import_batches_undone_by_id_users'),
                                ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_import_batches')),
        sa.UniqueConstraint('uuid', name=op.f('uq_import_batches_uuid')),
    )
    for column in ('project_id', 'user_id', 'undone_by_id'):
        op.create_index(op.f(f'ix_import_batches_{column}'), 'import_batches', [column])
    op.create_table(
        'import_batch_items',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('batch_id', sa.Integer(), nullable=False),
        sa.Column('row_no', sa.Integer(), nullable=False),
        sa.Column('participant_id', sa.Integer(), nullable=True),
        sa.Column('participation_id', sa.Integer(), nullable=True),
        sa.Column('action', sa.String(length=20), nullable=False),
        sa.Column('previous', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['batch_id'], ['import_batches.id'],
                                name=op.f('fk_import_batch_items_batch_id_import_batches'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['participant_id'], ['participants.id'],
                                name=op.f('fk_import_batch_items_participant_id_participants'), ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['participation_id'], ['participations.id'],
                                name=op.f('fk_import_batch_items_participation_id_participations'),
                                ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_import_batch_items')),
    )
    op.create_index('ix_import_batch_items_batch', 'import_batch_items', ['batch_id'])
    op.create_index('ix_import_batch_items_participant', 'import_batch_items', ['participant_id'])
    op.create_index('ix_import_batch_items_participation', 'import_batch_items', ['participation_id'])
    op.create_table(
        'exchanges',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('partner', sa.String(length=120), nullable=False),
        sa.Column('layout', sa.String(length=20), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=True),
        sa.Column('file_name', sa.String(length=300), nullable=False),
        sa.Column('rows', sa.Integer(), nullable=False),
        sa.Column('snapshot', sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_exchanges_user_id_users'),
                                ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_exchanges')),
    )
    op.create_index('ix_exchanges_partner', 'exchanges', ['partner', 'created_at'])
    op.create_index(op.f('ix_exchanges_user_id'), 'exchanges', ['user_id'])


def downgrade() -> None:
    op.drop_index('ix_exchanges_partner', table_name='exchanges')
    op.drop_table('exchanges')
    op.drop_table('import_batch_items')
    op.drop_table('import_batches')
    op.drop_table('import_mappings')
