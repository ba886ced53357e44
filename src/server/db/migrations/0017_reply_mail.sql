ALTER TABLE `users` ADD `reply_mail` text DEFAULT 'digest' NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `reply_mail_sent_at` integer;--> statement-breakpoint
CREATE INDEX `users_reply_mail_immediate_idx` ON `users` (`id`) WHERE reply_mail = 'immediate';