"""participations: one person, many projects; entry, support, exit and results; retention base date

- ``participations`` (person x project) hold what monitoring records at entry (labour-market status,
  education, residence with DEGURBA, participant type), the start date (from the support records), the
  exit and the employment after it; ``participation_supports`` the forms of support with their dates.
- Each participant gets one participation with what the register held: their project (or none), labour
  status, education, voivodeship/powiat/gmina/town, DEGURBA (kept as set by hand), project start as the
  start date (until support records exist) and project end as the exit date. Those columns leave
  ``participants`` (the table is copied on SQLite, so 0007's search triggers are created again).
- ``participants``: the gmina's TERYT code, the degree of disability and the intellectual/mental/multiple
  disability flag (special-category data).
- ``participant_categories``: valid from / to, verified by whom and when.
- ``projects``: the retention base date (31 December of the year of the last payment, when known), state
  aid (10 years), a legal hold; ``project_categories``: the project's own eligibility.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 02:00:00
"""

import uuid

import sqlalchemy as sa
from alembic import op

from coopdesk.domain.participation_rules import gaps_of

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

BATCH = 5000
MOVED = ('education', 'labour_status', 'labour_detail', 'degurba', 'project_id', 'project_start', 'project_end')

# 0007's triggers (copied: a revision never changes with the code), created again after the table copy.
SEARCH_TRIGGERS = (
    """CREATE TRIGGER participants_search_insert AFTER INSERT ON participants BEGIN
         INSERT INTO participants_search(rowid, search_key) VALUES (new.id, new.search_key);
       END""",
    """CREATE TRIGGER participants_search_delete AFTER DELETE ON participants BEGIN
         INSERT INTO participants_search(participants_search, rowid, search_key)
         VALUES ('delete', old.id, old.search_key);
       END""",
    """CREATE TRIGGER participants_search_update AFTER UPDATE OF search_key ON participants BEGIN
         INSERT INTO participants_search(participants_search, rowid, search_key)
         VALUES ('delete', old.id, old.search_key);
         INSERT INTO participants_search(rowid, search_key) VALUES (new.id, new.search_key);
       END""",
)
TRIGGER_NAMES = ('participants_search_update', 'participants_search_delete', 'participants_search_insert')


# the participants' columns the migration reads, typed (dates come back as dates on every dialect)
PEOPLE = sa.table(
    'participants',
    sa.column('id', sa.Integer()), sa.column('project_id', sa.Integer()),
    sa.column('labour_status', sa.String()), sa.column('labour_detail', sa.String()),
    sa.column('education', sa.String()), sa.column('voivodeship', sa.String()), sa.column('powiat', sa.String()),
    sa.column('gmina', sa.String()), sa.column('town', sa.String()), sa.column('degurba', sa.String()),
    sa.column('project_start', sa.Date()), sa.column('project_end', sa.Date()),
    sa.column('created_at', sa.DateTime()), sa.column('updated_at', sa.DateTime()),
)


def _participation(r) -> dict:
    """One person's participation, with what the register held, and the SM EFS fields it still lacks."""
    values = {
        "participant_id": r.id, "project_id": r.project_id, "participant_type": "individual",
        "institution_name": "", "institution_nip": "", "labour_status": r.labour_status,
        "labour_detail": r.labour_detail or "", "school_type": "", "education": r.education, "teryt": "",
        "voivodeship": r.voivodeship or "", "powiat": r.powiat or "", "gmina": r.gmina or "",
        "town": r.town or "", "degurba": r.degurba, "degurba_manual": r.degurba is not None,
        "start_date": r.project_start, "exit_date": r.project_end, "employment_proof": "",
        "created_at": r.created_at, "updated_at": r.updated_at, "uuid": str(uuid.uuid4()),
    }
    values["reporting_gaps"] = ",".join(gaps_of(values))
    return values


def _sqlite() -> bool:
    return op.get_bind().dialect.name == 'sqlite'


def _drop_search_triggers() -> None:
    if _sqlite():
        for name in TRIGGER_NAMES:
            op.execute(f'DROP TRIGGER IF EXISTS {name}')


def _create_search_triggers() -> None:
    if _sqlite():
        for sql in SEARCH_TRIGGERS:
            op.execute(sql)


def upgrade() -> None:
    participations = op.create_table(
        'participations',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('participant_id', sa.Integer(), nullable=False),
        sa.Column('project_id', sa.Integer(), nullable=True),
        sa.Column('participant_type', sa.String(length=20), nullable=False),
        sa.Column('institution_name', sa.String(length=300), nullable=False),
        sa.Column('institution_nip', sa.String(length=10), nullable=False),
        sa.Column('labour_status', sa.String(length=30), nullable=True),
        sa.Column('labour_detail', sa.String(length=30), nullable=False),
        sa.Column('pup_registered_on', sa.Date(), nullable=True),
        sa.Column('unemployed_since', sa.Date(), nullable=True),
        sa.Column('school_type', sa.String(length=40), nullable=False),
        sa.Column('education', sa.String(length=4), nullable=True),
        sa.Column('teryt', sa.String(length=7), nullable=False),
        sa.Column('voivodeship', sa.String(length=40), nullable=False),
        sa.Column('powiat', sa.String(length=100), nullable=False),
        sa.Column('gmina', sa.String(length=100), nullable=False),
        sa.Column('town', sa.String(length=100), nullable=False),
        sa.Column('degurba', sa.String(length=1), nullable=True),
        sa.Column('degurba_manual', sa.Boolean(), nullable=False),
        sa.Column('info_clause_on', sa.Date(), nullable=True),
        sa.Column('start_date', sa.Date(), nullable=True),
        sa.Column('exit_date', sa.Date(), nullable=True),
        sa.Column('exit_reason', sa.String(length=30), nullable=True),
        sa.Column('completed_path', sa.String(length=10), nullable=True),
        sa.Column('exit_situation', sa.String(length=30), nullable=True),
        sa.Column('employment_start', sa.Date(), nullable=True),
        sa.Column('employment_contract', sa.String(length=30), nullable=True),
        sa.Column('employment_fte', sa.Float(), nullable=True),
        sa.Column('employment_months', sa.Integer(), nullable=True),
        sa.Column('employment_proof', sa.String(length=300), nullable=False),
        sa.Column('employment_checked_on', sa.Date(), nullable=True),
        sa.Column('reporting_gaps', sa.String(length=200), nullable=False, server_default=''),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('uuid', sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(['participant_id'], ['participants.id'],
                                name=op.f('fk_participations_participant_id_participants'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['project_id'], ['projects.id'],
                                name=op.f('fk_participations_project_id_projects'), ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_participations')),
        sa.UniqueConstraint('uuid', name=op.f('uq_participations_uuid')),
    )
    op.create_index('ix_participations_participant', 'participations', ['participant_id', 'id'], unique=False)
    op.create_index('ix_participations_project', 'participations', ['project_id', 'participant_id'], unique=False)
    op.create_index('ix_participations_gaps', 'participations', ['reporting_gaps', 'participant_id'], unique=False)
    op.create_table(
        'participation_supports',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('participation_id', sa.Integer(), nullable=False),
        sa.Column('participant_id', sa.Integer(), nullable=False),
        sa.Column('form', sa.String(length=30), nullable=False),
        sa.Column('support_start', sa.Date(), nullable=False),
        sa.Column('support_end', sa.Date(), nullable=True),
        sa.Column('uuid', sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(['participant_id'], ['participants.id'],
                                name=op.f('fk_participation_supports_participant_id_participants'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['participation_id'], ['participations.id'],
                                name=op.f('fk_participation_supports_participation_id_participations'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_participation_supports')),
        sa.UniqueConstraint('uuid', name=op.f('uq_participation_supports_uuid')),
    )
    op.create_index('ix_participation_supports_participation', 'participation_supports',
                    ['participation_id', 'support_start'], unique=False)
    op.create_index('ix_participation_supports_participant', 'participation_supports', ['participant_id'],
                    unique=False)
    op.create_table(
        'project_categories',
        sa.Column('project_id', sa.Integer(), nullable=False),
        sa.Column('category_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['category_id'], ['at_risk_categories.id'],
                                name=op.f('fk_project_categories_category_id_at_risk_categories'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['project_id'], ['projects.id'],
                                name=op.f('fk_project_categories_project_id_projects'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('project_id', 'category_id', name=op.f('pk_project_categories')),
    )
    op.create_index(op.f('ix_project_categories_category_id'), 'project_categories', ['category_id'], unique=False)

    op.add_column('projects', sa.Column('retention_base_date', sa.Date(), nullable=True))
    op.add_column('projects', sa.Column('state_aid', sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column('projects', sa.Column('legal_hold', sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column('projects', sa.Column('legal_hold_reason', sa.Text(), nullable=False, server_default=''))

    with op.batch_alter_table('participant_categories', schema=None) as batch_op:
        batch_op.add_column(sa.Column('valid_from', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('valid_to', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('verified_by_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('verified_on', sa.Date(), nullable=True))
        batch_op.create_index(batch_op.f('ix_participant_categories_verified_by_id'), ['verified_by_id'],
                              unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_participant_categories_verified_by_id_users'), 'users',
                                    ['verified_by_id'], ['id'], ondelete='SET NULL')

    # Each participant's one participation, with what the register held (in batches of BATCH people).
    conn = op.get_bind()
    last = 0
    while True:
        rows = conn.execute(
            sa.select(*PEOPLE.c).where(PEOPLE.c.id > last).order_by(PEOPLE.c.id).limit(BATCH)
        ).fetchall()
        if not rows:
            break
        conn.execute(participations.insert(), [_participation(r) for r in rows])
        last = rows[-1].id

    _drop_search_triggers()
    op.drop_index('ix_participants_project', table_name='participants')
    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.add_column(sa.Column('teryt', sa.String(length=7), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('disability_degree', sa.String(length=12), nullable=True))
        batch_op.add_column(sa.Column('disability_kind', sa.String(length=10), nullable=True))
        batch_op.drop_constraint(batch_op.f('fk_participants_project_id_projects'), type_='foreignkey')
        for name in MOVED:
            batch_op.drop_column(name)
    _create_search_triggers()


def downgrade() -> None:
    _drop_search_triggers()
    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.add_column(sa.Column('project_end', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('project_start', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('project_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('degurba', sa.String(length=1), nullable=True))
        batch_op.add_column(sa.Column('labour_detail', sa.String(length=30), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('labour_status', sa.String(length=30), nullable=True))
        batch_op.add_column(sa.Column('education', sa.String(length=4), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_participants_project_id_projects'), 'projects', ['project_id'], ['id'],
                                    ondelete='SET NULL')
        batch_op.drop_column('disability_kind')
        batch_op.drop_column('disability_degree')
        batch_op.drop_column('teryt')
    _create_search_triggers()
    op.create_index('ix_participants_project', 'participants', ['project_id'], unique=False)
    # Back to one row per person: the latest participation's data (earlier ones are lost by a downgrade).
    op.execute(
        "UPDATE participants SET (project_id, labour_status, labour_detail, education, degurba, project_start, "
        "project_end) = (SELECT p.project_id, p.labour_status, p.labour_detail, p.education, p.degurba, "
        "p.start_date, p.exit_date FROM participations p WHERE p.participant_id = participants.id "
        "ORDER BY p.id DESC LIMIT 1)"
    )
    op.execute("UPDATE participants SET labour_detail = '' WHERE labour_detail IS NULL")
    with op.batch_alter_table('participant_categories', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_participant_categories_verified_by_id_users'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_participant_categories_verified_by_id'))
        batch_op.drop_column('verified_on')
        batch_op.drop_column('verified_by_id')
        batch_op.drop_column('valid_to')
        batch_op.drop_column('valid_from')
    op.drop_column('projects', 'legal_hold_reason')
    op.drop_column('projects', 'legal_hold')
    op.drop_column('projects', 'state_aid')
    op.drop_column('projects', 'retention_base_date')
    op.drop_index(op.f('ix_project_categories_category_id'), table_name='project_categories')
    op.drop_table('project_categories')
    op.drop_index('ix_participation_supports_participant', table_name='participation_supports')
    op.drop_index('ix_participation_supports_participation', table_name='participation_supports')
    op.drop_table('participation_supports')
    op.drop_index('ix_participations_gaps', table_name='participations')
    op.drop_index('ix_participations_project', table_name='participations')
    op.drop_index('ix_participations_participant', table_name='participations')
    op.drop_table('participations')
