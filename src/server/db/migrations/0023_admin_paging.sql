CREATE TABLE `mod_queue_entries` (
	`target_type` text NOT NULL,
	`target_id` integer NOT NULL,
	`thread_id` integer NOT NULL,
	`phi_flagged` integer NOT NULL,
	`flag_count` integer NOT NULL,
	`first_flagged_at` integer NOT NULL,
	PRIMARY KEY(`target_type`, `target_id`)
);
--> statement-breakpoint
CREATE INDEX `mod_queue_order_idx` ON `mod_queue_entries` ("phi_flagged" desc,"flag_count" desc,`first_flagged_at`,`target_type`,`target_id`);--> statement-breakpoint
CREATE INDEX `users_created_idx` ON `users` (`created_at`,`id`);--> statement-breakpoint
-- ADR 0034: each change to a post's flags recomputes that post's queue row from its open flags
-- (a read of flags_target_idx), so the row always equals what grouping the open flags gives.
CREATE TRIGGER `flags_queue_insert` AFTER INSERT ON `flags`
BEGIN
  DELETE FROM `mod_queue_entries` WHERE `target_type` = NEW.target_type AND `target_id` = NEW.target_id;
  INSERT INTO `mod_queue_entries` (`target_type`, `target_id`, `thread_id`, `phi_flagged`, `flag_count`, `first_flagged_at`)
    SELECT `target_type`, `target_id`, max(`thread_id`), max(`reason` = 'patient_information'), count(*), min(`created_at`)
    FROM `flags` WHERE `target_type` = NEW.target_type AND `target_id` = NEW.target_id AND `status` = 'open'
    GROUP BY `target_type`, `target_id`;
END;--> statement-breakpoint
CREATE TRIGGER `flags_queue_update` AFTER UPDATE ON `flags`
BEGIN
  DELETE FROM `mod_queue_entries` WHERE `target_type` = OLD.target_type AND `target_id` = OLD.target_id;
  INSERT INTO `mod_queue_entries` (`target_type`, `target_id`, `thread_id`, `phi_flagged`, `flag_count`, `first_flagged_at`)
    SELECT `target_type`, `target_id`, max(`thread_id`), max(`reason` = 'patient_information'), count(*), min(`created_at`)
    FROM `flags` WHERE `target_type` = OLD.target_type AND `target_id` = OLD.target_id AND `status` = 'open'
    GROUP BY `target_type`, `target_id`;
  DELETE FROM `mod_queue_entries` WHERE `target_type` = NEW.target_type AND `target_id` = NEW.target_id;
  INSERT INTO `mod_queue_entries` (`target_type`, `target_id`, `thread_id`, `phi_flagged`, `flag_count`, `first_flagged_at`)
    SELECT `target_type`, `target_id`, max(`thread_id`), max(`reason` = 'patient_information'), count(*), min(`created_at`)
    FROM `flags` WHERE `target_type` = NEW.target_type AND `target_id` = NEW.target_id AND `status` = 'open'
    GROUP BY `target_type`, `target_id`;
END;--> statement-breakpoint
CREATE TRIGGER `flags_queue_delete` AFTER DELETE ON `flags`
BEGIN
  DELETE FROM `mod_queue_entries` WHERE `target_type` = OLD.target_type AND `target_id` = OLD.target_id;
  INSERT INTO `mod_queue_entries` (`target_type`, `target_id`, `thread_id`, `phi_flagged`, `flag_count`, `first_flagged_at`)
    SELECT `target_type`, `target_id`, max(`thread_id`), max(`reason` = 'patient_information'), count(*), min(`created_at`)
    FROM `flags` WHERE `target_type` = OLD.target_type AND `target_id` = OLD.target_id AND `status` = 'open'
    GROUP BY `target_type`, `target_id`;
END;--> statement-breakpoint
INSERT INTO `mod_queue_entries` (`target_type`, `target_id`, `thread_id`, `phi_flagged`, `flag_count`, `first_flagged_at`)
  SELECT `target_type`, `target_id`, max(`thread_id`), max(`reason` = 'patient_information'), count(*), min(`created_at`)
  FROM `flags` WHERE `status` = 'open' GROUP BY `target_type`, `target_id`;
