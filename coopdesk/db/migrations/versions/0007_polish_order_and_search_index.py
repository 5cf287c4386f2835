"""Polish sort keys and a trigram search index

Sorting: the list sorted by name, town, stage and advisor in byte order ("Łapanów" after "Żabno",
stages alphabetically). Now each has a stored key whose byte order is Polish alphabetical order
(``domain.collation``): ``participants.name_key`` is recomputed as such a key (it was the folded name),
``participants.town_key`` and ``users.sort_key`` are new, ``participants.advisor_key`` copies the
advisor's sort key (so the advisor order needs no join and has an index), and
``participants.stage_order`` holds the stage's place on the pathway (recruited 0 ... left 5).
Existing rows are filled in batches; indexes keep the sorted pages fast at 100,000 people.
ix_participants_town is replaced by ix_participants_town_key (town_key, name_key).

Search (SQLite only): ``participants_search``, an FTS5 table with the trigram tokenizer over
``participants.search_key`` (external content: the index only, no second copy of the text), kept in
step by three triggers. A term of 3 or more characters finds its rows through the index instead of
scanning every search key, so the exact count lands with the rows (issue 7). On PostgreSQL nothing
is created here and the repository keeps the LIKE path (pg_trgm later).

Careful: a later ``batch_alter_table('participants')`` on SQLite copies the table and drops the old
one, and the triggers with it: such a migration must call ``create_search_triggers()`` again
(tests/db/test_search_index.py checks the head schema).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 23:30:00
"""

import sqlalchemy as sa
from alembic import op

from coopdesk.domain.collation import name_sort_key, polish_key, stage_order
from coopdesk.domain.search import fold

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

BATCH = 5000

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


def create_search_triggers() -> None:
    for sql in SEARCH_TRIGGERS:
        op.execute(sql)


def _fill_keys(conn) -> None:
    people = sa.table(
        'participants', sa.column('id'), sa.column('last_name'), sa.column('first_name'), sa.column('town'),
        sa.column('stage'), sa.column('name_key'), sa.column('town_key'), sa.column('stage_order'),
    )
    last_id = 0
    while True:
        rows = conn.execute(
            sa.select(people.c.id, people.c.last_name, people.c.first_name, people.c.town, people.c.stage)
            .where(people.c.id > last_id).order_by(people.c.id).limit(BATCH)
        ).all()
        if not rows:
            break
        conn.execute(
            people.update().where(people.c.id == sa.bindparam('pid')).values(
                name_key=sa.bindparam('nk'), town_key=sa.bindparam('tk'), stage_order=sa.bindparam('so')
            ),
            [
                {'pid': r.id, 'nk': name_sort_key(r.last_name, r.first_name), 'tk': polish_key(r.town),
                 'so': stage_order(r.stage)}
                for r in rows
            ],
        )
        last_id = rows[-1].id
    users = sa.table('users', sa.column('id'), sa.column('full_name'), sa.column('sort_key'))
    rows = conn.execute(sa.select(users.c.id, users.c.full_name)).all()
    if rows:
        conn.execute(
            users.update().where(users.c.id == sa.bindparam('uid')).values(sort_key=sa.bindparam('sk')),
            [{'uid': r.id, 'sk': polish_key(r.full_name)} for r in rows],
        )


def upgrade() -> None:
    op.add_column('participants', sa.Column('town_key', sa.String(length=400), nullable=False, server_default=''))
    op.add_column('participants', sa.Column('stage_order', sa.Integer(), nullable=False, server_default='0'))
    op.add_column('participants', sa.Column('advisor_key', sa.String(length=400), nullable=False, server_default=''))
    op.add_column('users', sa.Column('sort_key', sa.String(length=400), nullable=False, server_default=''))
    _fill_keys(op.get_bind())
    op.execute(
        "UPDATE participants SET advisor_key = COALESCE("
        "(SELECT users.sort_key FROM users WHERE users.id = participants.advisor_id), '')"
    )
    op.drop_index('ix_participants_town', table_name='participants')
    op.create_index('ix_participants_town_key', 'participants', ['town_key', 'name_key'], unique=False)
    op.create_index('ix_participants_stage_order', 'participants', ['stage_order', 'name_key'], unique=False)
    op.create_index('ix_participants_advisor_key', 'participants', ['advisor_key', 'name_key'], unique=False)
    op.create_index('ix_users_sort_key', 'users', ['sort_key'], unique=False)
    if op.get_bind().dialect.name == 'sqlite':
        op.execute(
            "CREATE VIRTUAL TABLE participants_search USING fts5("
            "search_key, content='participants', content_rowid='id', tokenize='trigram')"
        )
        op.execute("INSERT INTO participants_search(participants_search) VALUES ('rebuild')")
        create_search_triggers()


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        for name in ('participants_search_update', 'participants_search_delete', 'participants_search_insert'):
            op.execute(f'DROP TRIGGER IF EXISTS {name}')
        op.execute('DROP TABLE IF EXISTS participants_search')
    op.drop_index('ix_users_sort_key', table_name='users')
    op.drop_index('ix_participants_advisor_key', table_name='participants')
    op.drop_index('ix_participants_stage_order', table_name='participants')
    op.drop_index('ix_participants_town_key', table_name='participants')
    op.create_index('ix_participants_town', 'participants', ['town'], unique=False)
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('sort_key')
    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.drop_column('advisor_key')
        batch_op.drop_column('stage_order')
        batch_op.drop_column('town_key')
    _fold_names(op.get_bind())


def _fold_names(conn) -> None:
    """Back to 0006's name key: the folded "last first"."""
    people = sa.table('participants', sa.column('id'), sa.column('last_name'), sa.column('first_name'),
                      sa.column('name_key'))
    rows = conn.execute(sa.select(people.c.id, people.c.last_name, people.c.first_name)).all()
    for start in range(0, len(rows), BATCH):
        conn.execute(
            people.update().where(people.c.id == sa.bindparam('pid')).values(name_key=sa.bindparam('nk')),
            [{'pid': r.id, 'nk': fold(f"{r.last_name} {r.first_name}")} for r in rows[start:start + BATCH]],
        )
