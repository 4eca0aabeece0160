"""Alembic revisions of the county database (run by :mod:`sync.county.migrate`)."""
