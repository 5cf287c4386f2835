"""participant search index

The search box matches ``search_key LIKE '%term%'``, which no B-tree can seek; with 100,000
participants it scanned the whole table for the count and, through the name index, fetched every
row for a rare term (0.1-0.3 s per keystroke). This index holds the sort key, the id and the search
key: the count scans the (much smaller) index alone and the name-ordered page filters on the index
and reads only the rows it shows. It replaces ix_participants_name_key (its prefix).

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
        batch_op.create_index('ix_participants_name_search', ['name_key', 'id', 'search_key'], unique=False)
        batch_op.drop_index('ix_participants_name_key')


def downgrade() -> None:
    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.create_index('ix_participants_name_key', ['name_key', 'id'], unique=False)
        batch_op.drop_index('ix_participants_name_search')
