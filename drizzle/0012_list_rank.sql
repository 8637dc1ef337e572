ALTER TABLE `booking` ADD `list_rank` integer GENERATED ALWAYS AS (case "state" when 'confirmed' then 0 when 'running' then 1 when 'finished' then 2 when 'declined' then 3 when 'withdrawn' then 4 else 5 end) VIRTUAL;--> statement-breakpoint
ALTER TABLE `booking` ADD `participant_name` text DEFAULT '' NOT NULL;--> statement-breakpoint
-- Written by hand: the copy of the participant's name is filled here and kept by triggers, so
-- every writer (services, seeds, tests) keeps it without knowing of it.
UPDATE `booking` SET `participant_name` = (SELECT `display_name` FROM `user` WHERE `user`.`id` = `booking`.`participant_id`);--> statement-breakpoint
CREATE TRIGGER `booking_participant_name_insert` AFTER INSERT ON `booking` BEGIN UPDATE `booking` SET `participant_name` = (SELECT `display_name` FROM `user` WHERE `user`.`id` = NEW.`participant_id`) WHERE `id` = NEW.`id`; END;--> statement-breakpoint
CREATE TRIGGER `booking_participant_name_update` AFTER UPDATE OF `participant_id`, `participant_name` ON `booking` WHEN NEW.`participant_name` IS NOT (SELECT `display_name` FROM `user` WHERE `user`.`id` = NEW.`participant_id`) BEGIN UPDATE `booking` SET `participant_name` = (SELECT `display_name` FROM `user` WHERE `user`.`id` = NEW.`participant_id`) WHERE `id` = NEW.`id`; END;--> statement-breakpoint
CREATE TRIGGER `user_display_name_to_booking` AFTER UPDATE OF `display_name` ON `user` BEGIN UPDATE `booking` SET `participant_name` = NEW.`display_name` WHERE `participant_id` = NEW.`id`; END;--> statement-breakpoint
CREATE INDEX `booking_provider_list_idx` ON `booking` (`provider_id`,`list_rank`,`participant_name`,`planned_start`,`id`,`state`);--> statement-breakpoint
CREATE INDEX `booking_trainer_list_idx` ON `booking` (`trainer_id`,`list_rank`,`participant_name`,`planned_start`,`id`,`state`);--> statement-breakpoint
ALTER TABLE `feedback` ADD `list_rank` integer GENERATED ALWAYS AS (case "state" when 'open' then 0 when 'answered' then 1 when 'done' then 2 else 3 end) VIRTUAL;--> statement-breakpoint
CREATE INDEX `feedback_inbox_idx` ON `feedback` (`provider_id`,`list_rank`,`created_at`,`id`);