CREATE INDEX `threads_top_day_idx` ON `threads` ((created_at / 86400000),`score`,`id`);--> statement-breakpoint
CREATE INDEX `threads_top_week_idx` ON `threads` ((created_at / 604800000),`score`,`id`);--> statement-breakpoint
CREATE INDEX `threads_top_month_idx` ON `threads` ((created_at / 2592000000),`score`,`id`);--> statement-breakpoint
CREATE INDEX `threads_top_year_idx` ON `threads` ((created_at / 31536000000),`score`,`id`);--> statement-breakpoint
CREATE INDEX `threads_channel_top_day_idx` ON `threads` (`channel_id`,(created_at / 86400000),`score`,`id`);--> statement-breakpoint
CREATE INDEX `threads_channel_top_week_idx` ON `threads` (`channel_id`,(created_at / 604800000),`score`,`id`);--> statement-breakpoint
CREATE INDEX `threads_channel_top_month_idx` ON `threads` (`channel_id`,(created_at / 2592000000),`score`,`id`);--> statement-breakpoint
CREATE INDEX `threads_channel_top_year_idx` ON `threads` (`channel_id`,(created_at / 31536000000),`score`,`id`);