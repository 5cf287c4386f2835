"""accounts audit consents retention

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 16:58:55.363721
"""

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('audit_log',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('record_id', sa.Integer(), nullable=True),
    sa.Column('record_uuid', sa.String(length=36), nullable=False),
    sa.Column('field', sa.String(length=64), nullable=False),
    sa.Column('old_value', sa.Text(), nullable=True),
    sa.Column('new_value', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index('ix_audit_log_at', ['at'], unique=False)
        batch_op.create_index('ix_audit_log_record', ['table_name', 'record_id', 'id'], unique=False)
        batch_op.create_index('ix_audit_log_user', ['user_id', 'at'], unique=False)
        batch_op.create_index('ix_audit_log_uuid', ['record_uuid', 'id'], unique=False)

    op.create_table('projects',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=60), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('retention_years', sa.Integer(), nullable=False),
    sa.Column('retention_note', sa.String(length=300), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_projects')),
    sa.UniqueConstraint('code', name=op.f('uq_projects_code')),
    sa.UniqueConstraint('uuid', name=op.f('uq_projects_uuid'))
    )
    op.create_table('case_shares',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('shared_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['participant_id'], ['participants.id'], name=op.f('fk_case_shares_participant_id_participants'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['shared_by_id'], ['users.id'], name=op.f('fk_case_shares_shared_by_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_case_shares_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_shares')),
    sa.UniqueConstraint('participant_id', 'user_id', name=op.f('uq_case_shares_participant_id_user_id'))
    )
    with op.batch_alter_table('case_shares', schema=None) as batch_op:
        batch_op.create_index('ix_case_shares_user', ['user_id', 'participant_id'], unique=False)

    op.create_table('consents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('purpose', sa.String(length=40), nullable=False),
    sa.Column('granted', sa.Boolean(), nullable=False),
    sa.Column('given_on', sa.Date(), nullable=True),
    sa.Column('expires_on', sa.Date(), nullable=True),
    sa.Column('withdrawn_on', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['participant_id'], ['participants.id'], name=op.f('fk_consents_participant_id_participants'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consents')),
    sa.UniqueConstraint('participant_id', 'purpose', name=op.f('uq_consents_participant_id_purpose')),
    sa.UniqueConstraint('uuid', name=op.f('uq_consents_uuid'))
    )
    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.add_column(sa.Column('project_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('anonymised_at', sa.DateTime(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_participants_project_id_projects'), 'projects', ['project_id'], ['id'], ondelete='SET NULL')

    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('must_change_password', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('last_login_at', sa.DateTime(), nullable=True))




def downgrade() -> None:

    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('last_login_at')
        batch_op.drop_column('must_change_password')

    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_participants_project_id_projects'), type_='foreignkey')
        batch_op.drop_column('anonymised_at')
        batch_op.drop_column('project_id')

    op.drop_table('consents')
    with op.batch_alter_table('case_shares', schema=None) as batch_op:
        batch_op.drop_index('ix_case_shares_user')

    op.drop_table('case_shares')
    op.drop_table('projects')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_log_uuid')
        batch_op.drop_index('ix_audit_log_user')
        batch_op.drop_index('ix_audit_log_record')
        batch_op.drop_index('ix_audit_log_at')

    op.drop_table('audit_log')

