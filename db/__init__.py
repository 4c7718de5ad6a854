"""Database layer: SQLAlchemy 2 models, engine, sessions, queries and Alembic migrations."""
