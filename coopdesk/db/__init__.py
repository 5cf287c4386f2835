"""Persistence: SQLAlchemy tables, engine, unit of work, repositories, Alembic migrations."""
