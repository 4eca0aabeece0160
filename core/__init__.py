"""The Cunbao domain: pure Python, no Qt, no SQL, no network.

Core reads only the files it is handed (policy packs, agency lists) and owns no storage.
It returns problem codes (``core.problems``), never sentences; the edges translate them.
"""
