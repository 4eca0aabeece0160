"""The village desk's encrypted local database.

Start at :class:`desktop.store.database.Store` (create/open a data directory, audited sessions,
backups, accounts). The parts: ``engine`` (SQLCipher through SQLAlchemy), ``keys`` (argon2id key
slots), ``models``, ``migrate``/``revisions`` (alembic), ``session``/``audit``/``outbox`` (what every
write records), ``backup``, ``attachments`` and ``search``. Failures are :class:`StoreError` carrying
a problem code (``problems``). Nothing here imports Qt.
"""
