-- Anonymity groups (ADR 0014). An anonymous post names the narrowest group of at least ten
-- members that holds its author: the specialty, else its family, else every verified physician.
-- specialty_member_counts is how many members each specialty has; a member is verified, has
-- confirmed their email and has not deleted the account. The triggers below keep it exact on
-- every change to users that can move a person in or out of a specialty's count.
CREATE TABLE `specialty_member_counts` (
	`specialty_slug` text PRIMARY KEY NOT NULL,
	`member_count` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
-- The earliest members of a specialty in join order: a label counts only the members who had
-- joined when the post was written (profiles show "member since").
CREATE INDEX `users_member_specialty_joined_idx` ON `users` (`specialty_slug`,`created_at`) WHERE verification_status = 'verified' and email_confirmed_at is not null and deleted_at is null;
--> statement-breakpoint
INSERT INTO `specialty_member_counts` (`specialty_slug`, `member_count`)
SELECT `specialty_slug`, count(*) FROM `users`
WHERE verification_status = 'verified' and email_confirmed_at is not null and deleted_at is null
GROUP BY `specialty_slug`;
--> statement-breakpoint
CREATE TRIGGER `users_member_count_insert` AFTER INSERT ON `users`
WHEN NEW.verification_status = 'verified' and NEW.email_confirmed_at is not null and NEW.deleted_at is null
BEGIN
	INSERT INTO `specialty_member_counts` (`specialty_slug`, `member_count`) VALUES (NEW.specialty_slug, 1)
	ON CONFLICT (`specialty_slug`) DO UPDATE SET `member_count` = `member_count` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `users_member_count_delete` AFTER DELETE ON `users`
WHEN OLD.verification_status = 'verified' and OLD.email_confirmed_at is not null and OLD.deleted_at is null
BEGIN
	UPDATE `specialty_member_counts` SET `member_count` = `member_count` - 1 WHERE `specialty_slug` = OLD.specialty_slug;
END;
--> statement-breakpoint
-- An update is a leave (if the old row counted) followed by a join (if the new row counts): a
-- change of specialty moves the member, a ban or a deletion only leaves, a verification only joins.
CREATE TRIGGER `users_member_count_update_leave` AFTER UPDATE OF verification_status, email_confirmed_at, deleted_at, specialty_slug ON `users`
WHEN OLD.verification_status = 'verified' and OLD.email_confirmed_at is not null and OLD.deleted_at is null
BEGIN
	UPDATE `specialty_member_counts` SET `member_count` = `member_count` - 1 WHERE `specialty_slug` = OLD.specialty_slug;
END;
--> statement-breakpoint
CREATE TRIGGER `users_member_count_update_join` AFTER UPDATE OF verification_status, email_confirmed_at, deleted_at, specialty_slug ON `users`
WHEN NEW.verification_status = 'verified' and NEW.email_confirmed_at is not null and NEW.deleted_at is null
BEGIN
	INSERT INTO `specialty_member_counts` (`specialty_slug`, `member_count`) VALUES (NEW.specialty_slug, 1)
	ON CONFLICT (`specialty_slug`) DO UPDATE SET `member_count` = `member_count` + 1;
END;
--> statement-breakpoint
-- Notifications used to store an anonymous actor as "Verified physician · {specialty}", which
-- names a specialty of one. They now store only "Verified physician"; the inbox and the digest
-- compute the group label when they show it, from the post, by the same rule as the post.
UPDATE `notifications` SET `actor_label` = 'Verified physician'
WHERE `actor_id` IS NULL AND `actor_label` LIKE 'Verified physician · %';
