CREATE TABLE `job_runs` (
	`job` text PRIMARY KEY NOT NULL,
	`registered_at` integer NOT NULL,
	`last_succeeded_at` integer,
	`last_failed_at` integer,
	`last_failure` text
);
--> statement-breakpoint
-- The jobs known when the heartbeat arrived are expected from the moment this migration runs, so
-- a deployment whose Cron Triggers never fire turns overdue (src/server/jobs/heartbeat.ts); jobs
-- added later are registered by the next run of any job.
INSERT INTO `job_runs` (`job`, `registered_at`) VALUES
	('prune', CAST(strftime('%s', 'now') AS INTEGER) * 1000),
	('vote-rings', CAST(strftime('%s', 'now') AS INTEGER) * 1000),
	('digest', CAST(strftime('%s', 'now') AS INTEGER) * 1000),
	('evidence', CAST(strftime('%s', 'now') AS INTEGER) * 1000),
	('reply-mail', CAST(strftime('%s', 'now') AS INTEGER) * 1000);
