"""the centre and project identity on print-outs; dictionaries with validity and legal basis

- ``images``: logos printed on documents (the centre's logo, a project's strip of the funds' logos),
  stored once by the SHA-256 of their bytes; settings and projects name an image by that hash.
- ``projects``: the project's identity (number as in the grant agreement, programme, priority, action,
  lead partner, partners, the data controllers as printed, the logo strip).
- ``at_risk_categories``: valid from / to and the legal basis an entry follows (the existing entries get
  the act the default list follows).
- ``recruitment_sources``: the recruitment sources become an editable dictionary (they were a list in
  resources/data), seeded with the sources the participants already have and the default list.

Only ADD COLUMN and CREATE TABLE (no table copy on SQLite, so 0007's search triggers stay); the same
on PostgreSQL.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 00:00:00
"""

import json
import uuid

import sqlalchemy as sa
from alembic import op

from coopdesk.resources import resource_path

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

# The act the seeded categories follow (services/dictionaries.py DEFAULT_CATEGORY_BASIS, copied: a revision
# never changes with the code); the coordinator edits it in Tools → Dictionaries when the law changes.
CATEGORY_BASIS = "Ustawa z dnia 5 sierpnia 2022 r. o ekonomii społecznej (Dz.U. 2022 poz. 1812)"
PROJECT_TEXTS = ('number', 'programme', 'priority', 'action', 'lead_partner')
PROJECT_LONG_TEXTS = ('partners', 'controllers')


def upgrade() -> None:
    op.create_table(
        'images',
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('mime', sa.String(length=20), nullable=False),
        sa.Column('width', sa.Integer(), nullable=False),
        sa.Column('height', sa.Integer(), nullable=False),
        sa.Column('data', sa.LargeBinary(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('sha256', name=op.f('pk_images')),
    )
    op.add_column('projects', sa.Column('number', sa.String(length=60), nullable=False, server_default=''))
    for name in PROJECT_TEXTS[1:]:
        op.add_column('projects', sa.Column(name, sa.String(length=300), nullable=False, server_default=''))
    for name in PROJECT_LONG_TEXTS:
        op.add_column('projects', sa.Column(name, sa.Text(), nullable=False, server_default=''))
    op.add_column('projects', sa.Column('logo_strip', sa.String(length=64), nullable=False, server_default=''))

    op.add_column('at_risk_categories', sa.Column('valid_from', sa.Date(), nullable=True))
    op.add_column('at_risk_categories', sa.Column('valid_to', sa.Date(), nullable=True))
    op.add_column('at_risk_categories', sa.Column('legal_basis', sa.Text(), nullable=False, server_default=''))
    op.execute(sa.text("UPDATE at_risk_categories SET legal_basis = :basis").bindparams(basis=CATEGORY_BASIS))

    sources = op.create_table(
        'recruitment_sources',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.Column('valid_from', sa.Date(), nullable=True),
        sa.Column('valid_to', sa.Date(), nullable=True),
        sa.Column('legal_basis', sa.Text(), nullable=False),
        sa.Column('sort_order', sa.Integer(), nullable=False),
        sa.Column('uuid', sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_recruitment_sources')),
        sa.UniqueConstraint('name', name=op.f('uq_recruitment_sources_name')),
        sa.UniqueConstraint('uuid', name=op.f('uq_recruitment_sources_uuid')),
    )
    # An existing database gets the default list plus every source its participants already have
    # (those are entries in use: they can be deactivated, not deleted). A new one is seeded at start-up.
    conn = op.get_bind()
    used = [r[0] for r in conn.execute(sa.text(
        "SELECT DISTINCT recruitment_source FROM participants WHERE recruitment_source <> '' "
        "ORDER BY recruitment_source"))]
    if conn.execute(sa.text("SELECT 1 FROM participants LIMIT 1")).first() is None:
        return
    defaults = json.loads(resource_path("data", "recruitment_sources.json").read_text(encoding="utf-8"))["sources"]
    names = list(dict.fromkeys([*defaults, *used]))
    op.bulk_insert(sources, [
        {'name': n[:200], 'active': True, 'valid_from': None, 'valid_to': None, 'legal_basis': '',
         'sort_order': i, 'uuid': str(uuid.uuid4())}
        for i, n in enumerate(names)
    ])


def downgrade() -> None:
    op.drop_table('recruitment_sources')
    with op.batch_alter_table('at_risk_categories') as batch:
        for name in ('legal_basis', 'valid_to', 'valid_from'):
            batch.drop_column(name)
    with op.batch_alter_table('projects') as batch:
        for name in ('logo_strip', *PROJECT_LONG_TEXTS, *reversed(PROJECT_TEXTS)):
            batch.drop_column(name)
    op.drop_table('images')
