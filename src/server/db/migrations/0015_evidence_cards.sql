CREATE TABLE `evidence_references` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`identifier` text NOT NULL,
	`state` text DEFAULT 'pending' NOT NULL,
	`title` text,
	`first_author` text,
	`journal` text,
	`year` integer,
	`retracted` integer DEFAULT false NOT NULL,
	`corrected` integer DEFAULT false NOT NULL,
	`retracted_at` integer,
	`checked_at` integer,
	`failures` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `evidence_references_key_unique` ON `evidence_references` (`kind`,`identifier`);--> statement-breakpoint
CREATE INDEX `evidence_references_state_idx` ON `evidence_references` (`state`,`checked_at`);--> statement-breakpoint
CREATE TABLE `post_citations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`thread_id` integer NOT NULL,
	`comment_id` integer,
	`reference_id` integer NOT NULL,
	`position` integer NOT NULL,
	`cited_at` integer NOT NULL,
	FOREIGN KEY (`thread_id`) REFERENCES `threads`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`comment_id`) REFERENCES `comments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reference_id`) REFERENCES `evidence_references`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `post_citations_thread_idx` ON `post_citations` (`thread_id`,`cited_at`);--> statement-breakpoint
CREATE INDEX `post_citations_reference_idx` ON `post_citations` (`reference_id`,`cited_at`);--> statement-breakpoint
CREATE INDEX `post_citations_comment_idx` ON `post_citations` (`comment_id`);