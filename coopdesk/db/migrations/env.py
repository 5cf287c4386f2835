"""Alembic environment. At run time coopdesk passes its own connection; no alembic.ini is needed."""

from alembic import context
from sqlalchemy import create_engine

from coopdesk.db import tables, tables_security  # noqa: F401  (register the tables on Base.metadata)
from coopdesk.db.base import Base

config = context.config
connection = config.attributes.get("connection")


def _run(conn) -> None:
    context.configure(
        connection=conn,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
        include_name=tables.include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    _run(connection)
else:  # developer use: `alembic -x url=sqlite:///file revision --autogenerate`
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("give the database: alembic -x url=sqlite:///file ...")
    with create_engine(url).connect() as conn:
        _run(conn)
