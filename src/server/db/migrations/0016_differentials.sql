CREATE TABLE `differentials` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`thread_id` integer NOT NULL,
	`author_id` integer,
	`is_anonymous` integer DEFAULT false NOT NULL,
	`items` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`superseded_at` integer,
	`brier` real,
	`correct_rank` integer,
	`top1` integer,
	`top3` integer,
	`outcomes` text,
	`scored_at` integer,
	FOREIGN KEY (`thread_id`) REFERENCES `threads`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `differentials_current_unique` ON `differentials` (`thread_id`,`author_id`) WHERE superseded_at is null;--> statement-breakpoint
CREATE INDEX `differentials_author_scored_idx` ON `differentials` (`author_id`,`scored_at`) WHERE superseded_at is null;--> statement-breakpoint
ALTER TABLE `case_details` ADD `final_diagnosis` text;--> statement-breakpoint
ALTER TABLE `case_details` ADD `diagnosis_merges` text;--> statement-breakpoint
ALTER TABLE `case_details` ADD `matching_keys` text;--> statement-breakpoint
ALTER TABLE `case_details` ADD `scored_at` integer;--> statement-breakpoint
ALTER TABLE `threads` ADD `top_diagnosis` text;--> statement-breakpoint
ALTER TABLE `users` ADD `calibration_public` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `calibration_leaderboard` integer DEFAULT false NOT NULL;--> statement-breakpoint
-- Differentials (ADR 0025): a differential written after its case was solved would never be scored
-- and would have been written after everyone could see the others. submitDifferential checks this
-- first; the trigger closes the race between that check and the write (the batch rolls back).
CREATE TRIGGER `differentials_only_on_unsolved_cases` BEFORE INSERT ON `differentials`
WHEN (SELECT `case_status` FROM `threads` WHERE `id` = NEW.`thread_id`) IS NOT 'unsolved'
BEGIN
	SELECT RAISE(ABORT, 'differential_case_not_open');
END;
