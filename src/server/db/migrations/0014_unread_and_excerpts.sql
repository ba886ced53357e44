CREATE TABLE `thread_reads` (
	`user_id` integer NOT NULL,
	`thread_id` integer NOT NULL,
	`last_comment_id` integer NOT NULL,
	`comment_count` integer NOT NULL,
	`read_at` integer NOT NULL,
	PRIMARY KEY(`user_id`, `thread_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`thread_id`) REFERENCES `threads`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `thread_reads_read_at_idx` ON `thread_reads` (`read_at`);--> statement-breakpoint
ALTER TABLE `threads` ADD `excerpt` text;