"""Sync between the village desk and the county server (protocol, client, county server)."""
