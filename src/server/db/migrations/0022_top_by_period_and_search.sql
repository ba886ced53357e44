CREATE INDEX `threads_top_day_idx` ON `threads` ((created_at / 86400000),`score`,`id`);--> statement-breakpoint
CREATE INDEX `threads_top_week_idx` ON `threads` ((created_at / 604800000),`score`,`id`);--> statement-breakpoint
CREATE INDEX `threads_top_month_idx` ON `threads` ((created_at / 2592000000),`score`,`id`);--> statement-breakpoint
CREATE INDEX `threads_top_year_idx` ON `threads` ((created_at / 31536000000),`score`,`id`);--> statement-breakpoint
CREATE INDEX `threads_channel_top_day_idx` ON `threads` (`channel_id`,(created_at / 86400000),`score`,`id`);--> statement-breakpoint
CREATE INDEX `threads_channel_top_week_idx` ON `threads` (`channel_id`,(created_at / 604800000),`score`,`id`);--> statement-breakpoint
CREATE INDEX `threads_channel_top_month_idx` ON `threads` (`channel_id`,(created_at / 2592000000),`score`,`id`);--> statement-breakpoint
CREATE INDEX `threads_channel_top_year_idx` ON `threads` (`channel_id`,(created_at / 31536000000),`score`,`id`);--> statement-breakpoint
-- Search (ADR 0032): an FTS5 index of thread titles alone, rowid = thread id, so a thread whose
-- title holds a word is found first whatever the number of posts using the word. Same tokenizer
-- as search_index; live threads only, kept in step by triggers in the same transaction as every
-- write (as search_index is, migration 0006); deletes are secure, as in migration 0007. The
-- thread's channel rides along (not indexed as text) so a channel filter never reads the thread.
CREATE VIRTUAL TABLE `search_titles` USING fts5(title, channel_id UNINDEXED, tokenize = 'porter unicode61 remove_diacritics 2');--> statement-breakpoint
INSERT INTO search_titles (search_titles, rank) VALUES ('secure-delete', 1);--> statement-breakpoint
CREATE TRIGGER `search_titles_insert` AFTER INSERT ON `threads` WHEN new.deleted_at IS NULL AND new.moderation_state IS NULL
BEGIN INSERT INTO search_titles (rowid, title, channel_id) VALUES (new.id, new.title, new.channel_id); END;--> statement-breakpoint
CREATE TRIGGER `search_titles_update` AFTER UPDATE OF title, channel_id, deleted_at, moderation_state ON `threads`
BEGIN
  DELETE FROM search_titles WHERE rowid = old.id;
  INSERT INTO search_titles (rowid, title, channel_id) SELECT new.id, new.title, new.channel_id WHERE new.deleted_at IS NULL AND new.moderation_state IS NULL;
END;--> statement-breakpoint
CREATE TRIGGER `search_titles_delete` AFTER DELETE ON `threads`
BEGIN DELETE FROM search_titles WHERE rowid = old.id; END;--> statement-breakpoint
INSERT INTO search_titles (rowid, title, channel_id) SELECT id, title, channel_id FROM threads WHERE deleted_at IS NULL AND moderation_state IS NULL;
