"""The county server: its own store (SQLite by default, PostgreSQL in production), the sync API, devices,
and ``cunbao-county``. It imports the wire format and core, never the desk."""
