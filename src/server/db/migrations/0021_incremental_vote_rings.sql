CREATE TABLE `vote_ring_ledger` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`voter_id` integer NOT NULL,
	`author_id` integer NOT NULL,
	`channel_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	`delta` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `vote_ring_ledger_created_idx` ON `vote_ring_ledger` (`created_at`);--> statement-breakpoint
CREATE TABLE `vote_ring_pairs` (
	`voter_id` integer NOT NULL,
	`author_id` integer NOT NULL,
	`channel_id` integer NOT NULL,
	`upvotes` integer NOT NULL,
	PRIMARY KEY(`voter_id`, `author_id`, `channel_id`)
);
--> statement-breakpoint
CREATE INDEX `vote_ring_pairs_empty_idx` ON `vote_ring_pairs` (`voter_id`) WHERE upvotes = 0;--> statement-breakpoint
CREATE TABLE `vote_ring_state` (
	`id` integer PRIMARY KEY NOT NULL,
	`applied_seq` integer DEFAULT 0 NOT NULL,
	`window_start` integer,
	`updated_at` integer
);
--> statement-breakpoint
ALTER TABLE `job_runs` ADD `last_backlog` integer;--> statement-breakpoint
-- ADR 0031: the vote-ring ledger is written only by these triggers, so every way an upvote
-- enters or leaves the count (a vote cast, withdrawn, flipped or re-cast; a thread moved; an
-- author row gone; a post deleted) logs a -1 under its old attribution and a +1 under its new
-- one, inside the same transaction as the change. Attribution is the full recount's
-- (vote-ring-counts.ts): upvotes only, the post's author (none: not counted), never a self-vote,
-- the thread's channel, the vote's own created_at.
CREATE TRIGGER `vote_ring_ledger_vote_inserted` AFTER INSERT ON `votes` WHEN NEW.`value` = 1
BEGIN
	INSERT INTO `vote_ring_ledger` (`voter_id`, `author_id`, `channel_id`, `created_at`, `delta`)
	SELECT NEW.`voter_id`, `t`.`author_id`, `t`.`channel_id`, NEW.`created_at`, 1 FROM `threads` `t`
		WHERE NEW.`target_type` = 'thread' AND `t`.`id` = NEW.`target_id` AND `t`.`author_id` <> NEW.`voter_id`
	UNION ALL
	SELECT NEW.`voter_id`, `c`.`author_id`, `t`.`channel_id`, NEW.`created_at`, 1 FROM `comments` `c` JOIN `threads` `t` ON `t`.`id` = `c`.`thread_id`
		WHERE NEW.`target_type` = 'comment' AND `c`.`id` = NEW.`target_id` AND `c`.`author_id` <> NEW.`voter_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `vote_ring_ledger_vote_deleted` AFTER DELETE ON `votes` WHEN OLD.`value` = 1
BEGIN
	INSERT INTO `vote_ring_ledger` (`voter_id`, `author_id`, `channel_id`, `created_at`, `delta`)
	SELECT OLD.`voter_id`, `t`.`author_id`, `t`.`channel_id`, OLD.`created_at`, -1 FROM `threads` `t`
		WHERE OLD.`target_type` = 'thread' AND `t`.`id` = OLD.`target_id` AND `t`.`author_id` <> OLD.`voter_id`
	UNION ALL
	SELECT OLD.`voter_id`, `c`.`author_id`, `t`.`channel_id`, OLD.`created_at`, -1 FROM `comments` `c` JOIN `threads` `t` ON `t`.`id` = `c`.`thread_id`
		WHERE OLD.`target_type` = 'comment' AND `c`.`id` = OLD.`target_id` AND `c`.`author_id` <> OLD.`voter_id`;
END;
--> statement-breakpoint
-- A flip (1 -> -1, -1 -> 1) or a re-cast upvote (castVote's upsert sets created_at to now, which
-- moves the vote within the window): -1 where it was counted, +1 where it counts now.
CREATE TRIGGER `vote_ring_ledger_vote_updated` AFTER UPDATE ON `votes`
WHEN (OLD.`value` = 1 OR NEW.`value` = 1) AND (OLD.`value` IS NOT NEW.`value` OR OLD.`created_at` IS NOT NEW.`created_at`
	OR OLD.`voter_id` IS NOT NEW.`voter_id` OR OLD.`target_type` IS NOT NEW.`target_type` OR OLD.`target_id` IS NOT NEW.`target_id`)
BEGIN
	INSERT INTO `vote_ring_ledger` (`voter_id`, `author_id`, `channel_id`, `created_at`, `delta`)
	SELECT OLD.`voter_id`, `t`.`author_id`, `t`.`channel_id`, OLD.`created_at`, -1 FROM `threads` `t`
		WHERE OLD.`value` = 1 AND OLD.`target_type` = 'thread' AND `t`.`id` = OLD.`target_id` AND `t`.`author_id` <> OLD.`voter_id`
	UNION ALL
	SELECT OLD.`voter_id`, `c`.`author_id`, `t`.`channel_id`, OLD.`created_at`, -1 FROM `comments` `c` JOIN `threads` `t` ON `t`.`id` = `c`.`thread_id`
		WHERE OLD.`value` = 1 AND OLD.`target_type` = 'comment' AND `c`.`id` = OLD.`target_id` AND `c`.`author_id` <> OLD.`voter_id`;
	INSERT INTO `vote_ring_ledger` (`voter_id`, `author_id`, `channel_id`, `created_at`, `delta`)
	SELECT NEW.`voter_id`, `t`.`author_id`, `t`.`channel_id`, NEW.`created_at`, 1 FROM `threads` `t`
		WHERE NEW.`value` = 1 AND NEW.`target_type` = 'thread' AND `t`.`id` = NEW.`target_id` AND `t`.`author_id` <> NEW.`voter_id`
	UNION ALL
	SELECT NEW.`voter_id`, `c`.`author_id`, `t`.`channel_id`, NEW.`created_at`, 1 FROM `comments` `c` JOIN `threads` `t` ON `t`.`id` = `c`.`thread_id`
		WHERE NEW.`value` = 1 AND NEW.`target_type` = 'comment' AND `c`.`id` = NEW.`target_id` AND `c`.`author_id` <> NEW.`voter_id`;
END;
--> statement-breakpoint
-- A thread moved to another channel (moderateThread "move") or its author row gone (ON DELETE SET
-- NULL): its own upvotes and, on a move, its replies' upvotes change cells. A moderator action,
-- rare; it touches the thread's votes through votes_target_idx.
CREATE TRIGGER `vote_ring_ledger_thread_updated` AFTER UPDATE OF `author_id`, `channel_id` ON `threads`
WHEN OLD.`author_id` IS NOT NEW.`author_id` OR OLD.`channel_id` IS NOT NEW.`channel_id`
BEGIN
	INSERT INTO `vote_ring_ledger` (`voter_id`, `author_id`, `channel_id`, `created_at`, `delta`)
	SELECT `v`.`voter_id`, OLD.`author_id`, OLD.`channel_id`, `v`.`created_at`, -1 FROM `votes` `v`
		WHERE `v`.`target_type` = 'thread' AND `v`.`target_id` = OLD.`id` AND `v`.`value` = 1 AND OLD.`author_id` <> `v`.`voter_id`
	UNION ALL
	SELECT `v`.`voter_id`, NEW.`author_id`, NEW.`channel_id`, `v`.`created_at`, 1 FROM `votes` `v`
		WHERE `v`.`target_type` = 'thread' AND `v`.`target_id` = NEW.`id` AND `v`.`value` = 1 AND NEW.`author_id` <> `v`.`voter_id`;
	INSERT INTO `vote_ring_ledger` (`voter_id`, `author_id`, `channel_id`, `created_at`, `delta`)
	SELECT `v`.`voter_id`, `c`.`author_id`, `d`.`channel_id`, `v`.`created_at`, `d`.`delta`
		FROM (SELECT OLD.`channel_id` AS `channel_id`, -1 AS `delta` UNION ALL SELECT NEW.`channel_id`, 1) `d`
		JOIN `comments` `c` ON `c`.`thread_id` = NEW.`id`
		JOIN `votes` `v` ON `v`.`target_type` = 'comment' AND `v`.`target_id` = `c`.`id`
		WHERE OLD.`channel_id` IS NOT NEW.`channel_id` AND `v`.`value` = 1 AND `c`.`author_id` <> `v`.`voter_id`;
END;
--> statement-breakpoint
-- A reply's author row gone (ON DELETE SET NULL), or a reply moved to another thread.
CREATE TRIGGER `vote_ring_ledger_comment_updated` AFTER UPDATE OF `author_id`, `thread_id` ON `comments`
WHEN OLD.`author_id` IS NOT NEW.`author_id` OR OLD.`thread_id` IS NOT NEW.`thread_id`
BEGIN
	INSERT INTO `vote_ring_ledger` (`voter_id`, `author_id`, `channel_id`, `created_at`, `delta`)
	SELECT `v`.`voter_id`, OLD.`author_id`, `t`.`channel_id`, `v`.`created_at`, -1 FROM `votes` `v` JOIN `threads` `t` ON `t`.`id` = OLD.`thread_id`
		WHERE `v`.`target_type` = 'comment' AND `v`.`target_id` = OLD.`id` AND `v`.`value` = 1 AND OLD.`author_id` <> `v`.`voter_id`
	UNION ALL
	SELECT `v`.`voter_id`, NEW.`author_id`, `t`.`channel_id`, `v`.`created_at`, 1 FROM `votes` `v` JOIN `threads` `t` ON `t`.`id` = NEW.`thread_id`
		WHERE `v`.`target_type` = 'comment' AND `v`.`target_id` = NEW.`id` AND `v`.`value` = 1 AND NEW.`author_id` <> `v`.`voter_id`;
END;
--> statement-breakpoint
-- A reply deleted outright. When its thread is being deleted the thread row is already gone here
-- (SQLite runs the cascade after removing the parent), so this adds nothing and the thread's
-- BEFORE DELETE trigger below has already taken the reply's votes out.
CREATE TRIGGER `vote_ring_ledger_comment_deleted` AFTER DELETE ON `comments`
BEGIN
	INSERT INTO `vote_ring_ledger` (`voter_id`, `author_id`, `channel_id`, `created_at`, `delta`)
	SELECT `v`.`voter_id`, OLD.`author_id`, `t`.`channel_id`, `v`.`created_at`, -1 FROM `votes` `v` JOIN `threads` `t` ON `t`.`id` = OLD.`thread_id`
		WHERE `v`.`target_type` = 'comment' AND `v`.`target_id` = OLD.`id` AND `v`.`value` = 1 AND OLD.`author_id` <> `v`.`voter_id`;
END;
--> statement-breakpoint
-- A thread deleted outright (the app soft-deletes; this covers scripts and cascades): its votes
-- and its replies' votes leave the count. The votes rows themselves stay (no foreign key), which
-- the full recount's join drops the same way.
CREATE TRIGGER `vote_ring_ledger_thread_deleted` BEFORE DELETE ON `threads`
BEGIN
	INSERT INTO `vote_ring_ledger` (`voter_id`, `author_id`, `channel_id`, `created_at`, `delta`)
	SELECT `v`.`voter_id`, OLD.`author_id`, OLD.`channel_id`, `v`.`created_at`, -1 FROM `votes` `v`
		WHERE `v`.`target_type` = 'thread' AND `v`.`target_id` = OLD.`id` AND `v`.`value` = 1 AND OLD.`author_id` <> `v`.`voter_id`
	UNION ALL
	SELECT `v`.`voter_id`, `c`.`author_id`, OLD.`channel_id`, `v`.`created_at`, -1 FROM `comments` `c`
		JOIN `votes` `v` ON `v`.`target_type` = 'comment' AND `v`.`target_id` = `c`.`id`
		WHERE `c`.`thread_id` = OLD.`id` AND `v`.`value` = 1 AND `c`.`author_id` <> `v`.`voter_id`;
END;
--> statement-breakpoint
-- Backfill, in the same transaction as the triggers so no vote is missed or counted twice: the
-- upvotes of the last 90 days (voteRingDefaults.windowMs; older ones would be dropped by the
-- first run anyway), then their counts, then the watermark at the last backfilled row, so the
-- first run only adds what came after and drops what left the window.
INSERT INTO `vote_ring_ledger` (`voter_id`, `author_id`, `channel_id`, `created_at`, `delta`)
SELECT `v`.`voter_id`, `t`.`author_id`, `t`.`channel_id`, `v`.`created_at`, 1 FROM `votes` `v` JOIN `threads` `t` ON `t`.`id` = `v`.`target_id`
	WHERE `v`.`target_type` = 'thread' AND `v`.`value` = 1 AND `t`.`author_id` <> `v`.`voter_id`
		AND `v`.`created_at` >= CAST(strftime('%s', 'now') AS INTEGER) * 1000 - 7776000000
UNION ALL
SELECT `v`.`voter_id`, `c`.`author_id`, `t`.`channel_id`, `v`.`created_at`, 1 FROM `votes` `v` JOIN `comments` `c` ON `c`.`id` = `v`.`target_id` JOIN `threads` `t` ON `t`.`id` = `c`.`thread_id`
	WHERE `v`.`target_type` = 'comment' AND `v`.`value` = 1 AND `c`.`author_id` <> `v`.`voter_id`
		AND `v`.`created_at` >= CAST(strftime('%s', 'now') AS INTEGER) * 1000 - 7776000000;
--> statement-breakpoint
INSERT INTO `vote_ring_pairs` (`voter_id`, `author_id`, `channel_id`, `upvotes`)
SELECT `voter_id`, `author_id`, `channel_id`, sum(`delta`) FROM `vote_ring_ledger` GROUP BY `voter_id`, `author_id`, `channel_id`;
--> statement-breakpoint
INSERT INTO `vote_ring_state` (`id`, `applied_seq`, `window_start`, `updated_at`)
SELECT 1, coalesce(max(`seq`), 0), NULL, NULL FROM `vote_ring_ledger`;
