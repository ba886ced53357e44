ALTER TABLE `channel_mentions` ADD `comment_id` integer;--> statement-breakpoint
ALTER TABLE `channel_mentions` ADD `fanout_cursor` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `channel_mentions` ADD `fanout_pending_at` integer;--> statement-breakpoint
CREATE INDEX `channel_mentions_pending_idx` ON `channel_mentions` (`fanout_pending_at`) WHERE fanout_pending_at is not null;--> statement-breakpoint
CREATE INDEX `channel_follows_channel_user_idx` ON `channel_follows` (`channel_id`,`user_id`);--> statement-breakpoint
CREATE INDEX `notifications_mention_idx` ON `notifications` (`user_id`,`thread_id`) WHERE kind = 'mention';--> statement-breakpoint
-- Hand-edited: drizzle-kit splits the coalesce() expression at its comma. Before the unique index,
-- keep one channel mention per member and post (the in-batch fan-out never wrote two; this only
-- makes the index safe to create on any data).
DELETE FROM `notifications` WHERE `kind` = 'channel_mention' AND `id` NOT IN (SELECT min(`id`) FROM `notifications` WHERE `kind` = 'channel_mention' GROUP BY `user_id`, `thread_id`, coalesce(`comment_id`, 0));--> statement-breakpoint
CREATE UNIQUE INDEX `notifications_channel_mention_once` ON `notifications` (`user_id`,`thread_id`,coalesce(`comment_id`, 0)) WHERE kind = 'channel_mention';