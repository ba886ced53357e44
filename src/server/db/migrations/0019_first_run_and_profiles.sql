ALTER TABLE `users` ADD `first_run_due_at` integer;--> statement-breakpoint
ALTER TABLE `users` ADD `bio` text;--> statement-breakpoint
ALTER TABLE `users` ADD `practice_setting` text;