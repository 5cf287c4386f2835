"""initial participant register

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-27 16:52:21.304684
"""

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('at_risk_categories',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('proof_hint', sa.String(length=300), nullable=False),
    sa.Column('special', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_at_risk_categories')),
    sa.UniqueConstraint('code', name=op.f('uq_at_risk_categories_code')),
    sa.UniqueConstraint('uuid', name=op.f('uq_at_risk_categories_uuid'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('username', name=op.f('uq_users_username')),
    sa.UniqueConstraint('uuid', name=op.f('uq_users_uuid'))
    )
    op.create_table('participants',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('first_name', sa.String(length=100), nullable=False),
    sa.Column('last_name', sa.String(length=100), nullable=False),
    sa.Column('pesel', sa.String(length=11), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('sex', sa.String(length=1), nullable=True),
    sa.Column('citizenship', sa.String(length=20), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('voivodeship', sa.String(length=40), nullable=False),
    sa.Column('powiat', sa.String(length=100), nullable=False),
    sa.Column('gmina', sa.String(length=100), nullable=False),
    sa.Column('town', sa.String(length=100), nullable=False),
    sa.Column('street', sa.String(length=150), nullable=False),
    sa.Column('building_no', sa.String(length=20), nullable=False),
    sa.Column('flat_no', sa.String(length=20), nullable=False),
    sa.Column('postal_code', sa.String(length=6), nullable=False),
    sa.Column('degurba', sa.String(length=1), nullable=True),
    sa.Column('education', sa.String(length=4), nullable=True),
    sa.Column('labour_status', sa.String(length=30), nullable=True),
    sa.Column('labour_detail', sa.String(length=30), nullable=False),
    sa.Column('disability', sa.String(length=10), nullable=True),
    sa.Column('minority', sa.String(length=10), nullable=True),
    sa.Column('foreign_background', sa.String(length=10), nullable=True),
    sa.Column('homeless', sa.String(length=10), nullable=True),
    sa.Column('recruitment_date', sa.Date(), nullable=True),
    sa.Column('recruitment_source', sa.String(length=200), nullable=False),
    sa.Column('advisor_id', sa.Integer(), nullable=True),
    sa.Column('project_start', sa.Date(), nullable=True),
    sa.Column('project_end', sa.Date(), nullable=True),
    sa.Column('stage', sa.String(length=30), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('search_key', sa.Text(), nullable=False),
    sa.Column('name_key', sa.String(length=210), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['advisor_id'], ['users.id'], name=op.f('fk_participants_advisor_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participants')),
    sa.UniqueConstraint('pesel', name=op.f('uq_participants_pesel')),
    sa.UniqueConstraint('uuid', name=op.f('uq_participants_uuid'))
    )
    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.create_index('ix_participants_advisor_name', ['advisor_id', 'name_key'], unique=False)
        batch_op.create_index('ix_participants_birth_date', ['birth_date'], unique=False)
        batch_op.create_index('ix_participants_name_key', ['name_key', 'id'], unique=False)
        batch_op.create_index('ix_participants_recruitment_date', ['recruitment_date'], unique=False)
        batch_op.create_index('ix_participants_stage_name', ['stage', 'name_key'], unique=False)
        batch_op.create_index('ix_participants_town', ['town'], unique=False)

    op.create_table('participant_categories',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('category_id', sa.Integer(), nullable=False),
    sa.Column('proof_document', sa.String(length=300), nullable=False),
    sa.Column('proof_date', sa.Date(), nullable=True),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['category_id'], ['at_risk_categories.id'], name=op.f('fk_participant_categories_category_id_at_risk_categories'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['participant_id'], ['participants.id'], name=op.f('fk_participant_categories_participant_id_participants'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participant_categories')),
    sa.UniqueConstraint('participant_id', 'category_id', name=op.f('uq_participant_categories_participant_id_category_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_participant_categories_uuid'))
    )
    with op.batch_alter_table('participant_categories', schema=None) as batch_op:
        batch_op.create_index('ix_participant_categories_category', ['category_id', 'participant_id'], unique=False)

    op.create_table('stage_history',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('stage', sa.String(length=30), nullable=False),
    sa.Column('changed_on', sa.Date(), nullable=False),
    sa.Column('changed_by_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.String(length=300), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['changed_by_id'], ['users.id'], name=op.f('fk_stage_history_changed_by_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['participant_id'], ['participants.id'], name=op.f('fk_stage_history_participant_id_participants'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stage_history')),
    sa.UniqueConstraint('uuid', name=op.f('uq_stage_history_uuid'))
    )
    with op.batch_alter_table('stage_history', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stage_history_participant_id'), ['participant_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('stage_history', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stage_history_participant_id'))

    op.drop_table('stage_history')
    with op.batch_alter_table('participant_categories', schema=None) as batch_op:
        batch_op.drop_index('ix_participant_categories_category')

    op.drop_table('participant_categories')
    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.drop_index('ix_participants_town')
        batch_op.drop_index('ix_participants_stage_name')
        batch_op.drop_index('ix_participants_recruitment_date')
        batch_op.drop_index('ix_participants_name_key')
        batch_op.drop_index('ix_participants_birth_date')
        batch_op.drop_index('ix_participants_advisor_name')

    op.drop_table('participants')
    op.drop_table('users')
    op.drop_table('settings')
    op.drop_table('at_risk_categories')

