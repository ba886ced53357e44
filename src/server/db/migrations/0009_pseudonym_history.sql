CREATE TABLE `pseudonym_history` (
	`name_lower` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`retired_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `pseudonym_history_user_idx` ON `pseudonym_history` (`user_id`);