"""foreign key indexes

Three foreign keys had no index that starts with their column, so deleting a user or a project (ON DELETE
SET NULL) and every filter or join on these keys read the whole child table: participants.project_id,
stage_history.changed_by_id and case_shares.shared_by_id (issue 7). Plain CREATE/DROP INDEX, the same
on SQLite and PostgreSQL. tests/db/test_foreign_key_indexes.py checks every foreign key.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 22:30:00
"""

from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_participants_project', 'participants', ['project_id'], unique=False)
    op.create_index('ix_stage_history_changed_by_id', 'stage_history', ['changed_by_id'], unique=False)
    op.create_index('ix_case_shares_shared_by', 'case_shares', ['shared_by_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_case_shares_shared_by', table_name='case_shares')
    op.drop_index('ix_stage_history_changed_by_id', table_name='stage_history')
    op.drop_index('ix_participants_project', table_name='participants')
