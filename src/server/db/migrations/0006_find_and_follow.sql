CREATE TABLE `bookmarks` (
	`user_id` integer NOT NULL,
	`thread_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`user_id`, `thread_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`thread_id`) REFERENCES `threads`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `bookmarks_user_idx` ON `bookmarks` (`user_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `channel_follows` (
	`user_id` integer NOT NULL,
	`channel_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`user_id`, `channel_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`channel_id`) REFERENCES `channels`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `channel_follows_channel_idx` ON `channel_follows` (`channel_id`);--> statement-breakpoint
CREATE TABLE `channel_mentions` (
	`thread_id` integer NOT NULL,
	`channel_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`thread_id`, `channel_id`),
	FOREIGN KEY (`thread_id`) REFERENCES `threads`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`channel_id`) REFERENCES `channels`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `notifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`kind` text NOT NULL,
	`thread_id` integer,
	`comment_id` integer,
	`actor_id` integer,
	`actor_label` text,
	`detail` text,
	`created_at` integer NOT NULL,
	`read_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`thread_id`) REFERENCES `threads`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`comment_id`) REFERENCES `comments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `notifications_user_idx` ON `notifications` (`user_id`,`id`);--> statement-breakpoint
CREATE INDEX `notifications_unread_idx` ON `notifications` (`user_id`) WHERE read_at is null;--> statement-breakpoint
CREATE TABLE `thread_follows` (
	`user_id` integer NOT NULL,
	`thread_id` integer NOT NULL,
	`state` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`user_id`, `thread_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`thread_id`) REFERENCES `threads`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `thread_follows_thread_idx` ON `thread_follows` (`thread_id`,`state`);--> statement-breakpoint
ALTER TABLE `users` ADD `digest_frequency` text DEFAULT 'weekly' NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `digest_sent_at` integer;--> statement-breakpoint
-- Full-text search (src/server/search). One FTS5 table for threads and replies: rowid = id * 2 for
-- a thread, id * 2 + 1 for a reply. It holds only live posts (not deleted, not under moderation);
-- triggers keep it in step inside the same transaction as every write, whatever the write path
-- (posting, editing, redaction, moderation, import). Only the columns that matter fire them, so
-- vote counters and activity times never touch the index.
CREATE VIRTUAL TABLE `search_index` USING fts5(title, body, tokenize = 'porter unicode61 remove_diacritics 2');--> statement-breakpoint
CREATE TRIGGER `search_threads_insert` AFTER INSERT ON `threads` WHEN new.deleted_at IS NULL AND new.moderation_state IS NULL
BEGIN INSERT INTO search_index (rowid, title, body) VALUES (new.id * 2, new.title, new.body_source); END;--> statement-breakpoint
CREATE TRIGGER `search_threads_update` AFTER UPDATE OF title, body_source, deleted_at, moderation_state ON `threads`
BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 2;
  INSERT INTO search_index (rowid, title, body) SELECT new.id * 2, new.title, new.body_source WHERE new.deleted_at IS NULL AND new.moderation_state IS NULL;
END;--> statement-breakpoint
CREATE TRIGGER `search_threads_delete` AFTER DELETE ON `threads`
BEGIN DELETE FROM search_index WHERE rowid = old.id * 2; END;--> statement-breakpoint
CREATE TRIGGER `search_comments_insert` AFTER INSERT ON `comments` WHEN new.deleted_at IS NULL AND new.moderation_state IS NULL
BEGIN INSERT INTO search_index (rowid, title, body) VALUES (new.id * 2 + 1, '', new.body_source); END;--> statement-breakpoint
CREATE TRIGGER `search_comments_update` AFTER UPDATE OF body_source, deleted_at, moderation_state ON `comments`
BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 2 + 1;
  INSERT INTO search_index (rowid, title, body) SELECT new.id * 2 + 1, '', new.body_source WHERE new.deleted_at IS NULL AND new.moderation_state IS NULL;
END;--> statement-breakpoint
CREATE TRIGGER `search_comments_delete` AFTER DELETE ON `comments`
BEGIN DELETE FROM search_index WHERE rowid = old.id * 2 + 1; END;--> statement-breakpoint
INSERT INTO search_index (rowid, title, body) SELECT id * 2, title, body_source FROM threads WHERE deleted_at IS NULL AND moderation_state IS NULL;--> statement-breakpoint
INSERT INTO search_index (rowid, title, body) SELECT id * 2 + 1, '', body_source FROM comments WHERE deleted_at IS NULL AND moderation_state IS NULL;
