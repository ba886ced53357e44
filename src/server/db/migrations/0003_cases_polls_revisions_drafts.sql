CREATE TABLE `case_details` (
	`thread_id` integer PRIMARY KEY NOT NULL,
	`age_band` text NOT NULL,
	`sex` text NOT NULL,
	`presenting_problem` text NOT NULL,
	`history` text NOT NULL,
	`findings` text NOT NULL,
	`tried_so_far` text NOT NULL,
	`question` text NOT NULL,
	`answer_comment_id` integer,
	`outcome_note` text,
	`solved_at` integer,
	FOREIGN KEY (`thread_id`) REFERENCES `threads`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `drafts` (
	`user_id` integer NOT NULL,
	`draft_key` text NOT NULL,
	`payload` text NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`user_id`, `draft_key`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `poll_ballots` (
	`thread_id` integer NOT NULL,
	`voter_id` integer NOT NULL,
	`option_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`thread_id`, `voter_id`, `option_id`),
	FOREIGN KEY (`thread_id`) REFERENCES `threads`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`voter_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`option_id`) REFERENCES `poll_options`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `poll_options` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`thread_id` integer NOT NULL,
	`position` integer NOT NULL,
	`label` text NOT NULL,
	`vote_count` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`thread_id`) REFERENCES `threads`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `poll_options_thread_idx` ON `poll_options` (`thread_id`,`position`);--> statement-breakpoint
CREATE TABLE `polls` (
	`thread_id` integer PRIMARY KEY NOT NULL,
	`multiple_choice` integer NOT NULL,
	`closes_at` integer NOT NULL,
	`voter_count` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`thread_id`) REFERENCES `threads`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`target_type` text NOT NULL,
	`target_id` integer NOT NULL,
	`editor_id` integer,
	`title` text,
	`body_source` text NOT NULL,
	`written_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`editor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `revisions_target_idx` ON `revisions` (`target_type`,`target_id`,`id`);--> statement-breakpoint
ALTER TABLE `comments` ADD `edited_at` integer;--> statement-breakpoint
ALTER TABLE `threads` ADD `case_status` text;--> statement-breakpoint
ALTER TABLE `threads` ADD `edited_at` integer;--> statement-breakpoint
ALTER TABLE `threads` ADD `deleted_at` integer;--> statement-breakpoint
CREATE INDEX `threads_case_new_idx` ON `threads` (`case_status`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `threads_channel_case_new_idx` ON `threads` (`channel_id`,`case_status`,`created_at`,`id`);