CREATE TABLE `images` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`owner_id` integer NOT NULL,
	`thread_id` integer,
	`comment_id` integer,
	`position` integer DEFAULT 0 NOT NULL,
	`type` text NOT NULL,
	`width` integer NOT NULL,
	`height` integer NOT NULL,
	`bytes` integer NOT NULL,
	`thumb_type` text,
	`thumb_width` integer,
	`thumb_height` integer,
	`thumb_bytes` integer,
	`alt` text NOT NULL,
	`created_at` integer NOT NULL,
	`removed_at` integer,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`thread_id`) REFERENCES `threads`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`comment_id`) REFERENCES `comments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `images_key_unique` ON `images` (`key`);--> statement-breakpoint
CREATE INDEX `images_owner_idx` ON `images` (`owner_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `images_thread_idx` ON `images` (`thread_id`,`position`) WHERE thread_id is not null;--> statement-breakpoint
CREATE INDEX `images_comment_idx` ON `images` (`comment_id`,`position`) WHERE comment_id is not null;--> statement-breakpoint
CREATE INDEX `images_pending_idx` ON `images` (`created_at`) WHERE thread_id is null and comment_id is null;