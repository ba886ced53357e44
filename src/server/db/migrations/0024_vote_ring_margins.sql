CREATE TABLE `vote_ring_channel_totals` (
	`channel_id` integer PRIMARY KEY NOT NULL,
	`upvotes` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `vote_ring_given` (
	`voter_id` integer NOT NULL,
	`channel_id` integer NOT NULL,
	`upvotes` integer NOT NULL,
	PRIMARY KEY(`voter_id`, `channel_id`)
);
--> statement-breakpoint
CREATE TABLE `vote_ring_received` (
	`author_id` integer NOT NULL,
	`channel_id` integer NOT NULL,
	`upvotes` integer NOT NULL,
	PRIMARY KEY(`author_id`, `channel_id`)
);
--> statement-breakpoint
-- ADR 0031 (addendum): the margins start equal to the sums of the cells already counted.
INSERT INTO `vote_ring_given` (`voter_id`, `channel_id`, `upvotes`) SELECT `voter_id`, `channel_id`, sum(`upvotes`) FROM `vote_ring_pairs` GROUP BY `voter_id`, `channel_id` HAVING sum(`upvotes`) <> 0;--> statement-breakpoint
INSERT INTO `vote_ring_received` (`author_id`, `channel_id`, `upvotes`) SELECT `author_id`, `channel_id`, sum(`upvotes`) FROM `vote_ring_pairs` GROUP BY `author_id`, `channel_id` HAVING sum(`upvotes`) <> 0;--> statement-breakpoint
INSERT INTO `vote_ring_channel_totals` (`channel_id`, `upvotes`) SELECT `channel_id`, sum(`upvotes`) FROM `vote_ring_pairs` GROUP BY `channel_id` HAVING sum(`upvotes`) <> 0;
