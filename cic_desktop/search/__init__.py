"""One search across all registers: the word index kept in step with the entries, and its queries.

Two engines give the same answers: `query_fts` on SQLite (an FTS5 table), `query_words` elsewhere
(the portable `search_word` table, PostgreSQL). Importing this package installs the index hook
(see `index.py`).
"""

from cic_desktop.search import index as _index  # noqa: F401  (installs the flush hook)
