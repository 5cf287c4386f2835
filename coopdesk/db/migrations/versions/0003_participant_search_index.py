"""participant search indexes

The search box matches ``search_key LIKE '%term%'``, which no B-tree can seek; with 100,000
participants it scanned the whole table for the count and, through the name index, fetched every
row for a rare term (0.1-0.3 s per keystroke). The indexes that order the list (by name; by name
within a stage; by name within an advisor's caseload) now also hold the search key: the count scans
an index alone and the page filters on the index, reading only the rows it shows.
ix_participants_name_search replaces ix_participants_name_key (its prefix).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 17:15:00
"""

from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.drop_index('ix_participants_name_key')
        batch_op.drop_index('ix_participants_stage_name')
        batch_op.drop_index('ix_participants_advisor_name')
        batch_op.create_index('ix_participants_name_search', ['name_key', 'id', 'search_key'], unique=False)
        batch_op.create_index('ix_participants_stage_name', ['stage', 'name_key', 'search_key'], unique=False)
        batch_op.create_index(
            'ix_participants_advisor_name', ['advisor_id', 'name_key', 'search_key'], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.drop_index('ix_participants_advisor_name')
        batch_op.drop_index('ix_participants_stage_name')
        batch_op.drop_index('ix_participants_name_search')
        batch_op.create_index('ix_participants_advisor_name', ['advisor_id', 'name_key'], unique=False)
        batch_op.create_index('ix_participants_stage_name', ['stage', 'name_key'], unique=False)
        batch_op.create_index('ix_participants_name_key', ['name_key', 'id'], unique=False)
