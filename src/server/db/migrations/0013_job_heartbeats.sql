CREATE TABLE `job_runs` (
	`job` text PRIMARY KEY NOT NULL,
	`registered_at` integer NOT NULL,
	`last_succeeded_at` integer,
	`last_failed_at` integer,
	`last_failure` text
);
