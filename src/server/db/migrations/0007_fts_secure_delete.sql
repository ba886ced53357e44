-- Deleting from the search index must really delete. By default FTS5 only marks a deleted row
-- and keeps its tokens in the index's segment blocks until a later merge, so a name removed by a
-- redaction, an edit or a moderator would still sit in the database file (unreachable by search,
-- but readable by anyone with the file or a backup). 'secure-delete' (SQLite 3.42+, libSQL and
-- Turso included) removes the tokens at once; it is stored in search_index_config, so it holds
-- for every later connection. Deletes get slower; they are rare (edits and moderation).
INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1);
