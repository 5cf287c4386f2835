"""advisor + stage index

An advisor's caseload filtered by stage read every person of the caseload from the table to test the
stage (about 18 ms count + the page at 100,000 people, 3-11x the coordinator's unrestricted list).
(advisor_id, stage, name_key, search_key) answers it from the index alone (0.6 ms for the count).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 19:00:00
"""

from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.create_index(
            'ix_participants_advisor_stage', ['advisor_id', 'stage', 'name_key', 'search_key'], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.drop_index('ix_participants_advisor_stage')
