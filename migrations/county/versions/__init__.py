"""Revisions of the county database, oldest first by number."""
