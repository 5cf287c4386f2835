"""sign-in throttle

Failed sign-ins in a row per user name and until when further attempts are refused (issue 6 point 14),
kept in the database so that restarting coopdesk does not reset them.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 21:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'sign_in_throttle',
        sa.Column('name_key', sa.String(length=64), nullable=False),
        sa.Column('failures', sa.Integer(), nullable=False),
        sa.Column('last_failed_at', sa.DateTime(), nullable=True),
        sa.Column('locked_until', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('name_key'),
    )


def downgrade() -> None:
    op.drop_table('sign_in_throttle')
