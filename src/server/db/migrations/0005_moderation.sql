CREATE TABLE `channel_moderators` (
	`user_id` integer NOT NULL,
	`channel_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`user_id`, `channel_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`channel_id`) REFERENCES `channels`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `flags` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`reporter_id` integer NOT NULL,
	`target_type` text NOT NULL,
	`target_id` integer NOT NULL,
	`thread_id` integer NOT NULL,
	`reason` text NOT NULL,
	`note` text,
	`status` text DEFAULT 'open' NOT NULL,
	`outcome` text,
	`resolved_by` integer,
	`resolved_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`reporter_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`thread_id`) REFERENCES `threads`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`resolved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `flags_reporter_target_unique` ON `flags` (`reporter_id`,`target_type`,`target_id`);--> statement-breakpoint
CREATE INDEX `flags_target_idx` ON `flags` (`target_type`,`target_id`,`status`);--> statement-breakpoint
CREATE INDEX `flags_status_idx` ON `flags` (`status`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `flags_reporter_idx` ON `flags` (`reporter_id`,`created_at`,`id`);--> statement-breakpoint
CREATE TABLE `rate_limit_settings` (
	`name` text PRIMARY KEY NOT NULL,
	`limit` integer NOT NULL,
	`window_ms` integer NOT NULL,
	`updated_by` integer,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `vote_ring_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`member_ids` text NOT NULL,
	`evidence_json` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`resolved_by` integer,
	`resolved_at` integer,
	`detected_at` integer NOT NULL,
	FOREIGN KEY (`resolved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `vote_ring_reports_members_unique` ON `vote_ring_reports` (`member_ids`);--> statement-breakpoint
CREATE INDEX `vote_ring_reports_status_idx` ON `vote_ring_reports` (`status`,`detected_at`);--> statement-breakpoint
ALTER TABLE `comments` ADD `moderation_state` text;--> statement-breakpoint
ALTER TABLE `comments` ADD `moderation_reason` text;--> statement-breakpoint
ALTER TABLE `comments` ADD `moderated_at` integer;--> statement-breakpoint
ALTER TABLE `threads` ADD `moderation_state` text;--> statement-breakpoint
ALTER TABLE `threads` ADD `moderation_reason` text;--> statement-breakpoint
ALTER TABLE `threads` ADD `moderated_at` integer;--> statement-breakpoint
ALTER TABLE `threads` ADD `locked_at` integer;--> statement-breakpoint
ALTER TABLE `threads` ADD `pinned_at` integer;--> statement-breakpoint
CREATE INDEX `threads_channel_pinned_idx` ON `threads` (`channel_id`,`pinned_at`) WHERE pinned_at is not null;--> statement-breakpoint
ALTER TABLE `users` ADD `suspended_until` integer;--> statement-breakpoint
ALTER TABLE `users` ADD `suspension_reason` text;--> statement-breakpoint
-- The audit log is append-only: rows are never changed or deleted (only actor_id may become null
-- through its foreign key, if an account row were ever deleted).
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE OF `action`, `target_type`, `target_id`, `reason`, `created_at` ON `audit_log`
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log`
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
