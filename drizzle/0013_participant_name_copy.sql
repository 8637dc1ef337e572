-- Written by hand (drizzle-kit generate --custom): the staff booking list's copy of the
-- participant's name (booking.participant_name, migration 0012) is filled here and kept by
-- triggers, so every writer (services, seeds, tests) keeps it without knowing of it. A later
-- migration that rebuilds the booking or user table must create these triggers again:
-- src/lib/server/bookings/staff-list.spec.ts fails when they are missing.
UPDATE `booking` SET `participant_name` = (SELECT `display_name` FROM `user` WHERE `user`.`id` = `booking`.`participant_id`);--> statement-breakpoint
CREATE TRIGGER `booking_participant_name_insert` AFTER INSERT ON `booking` BEGIN UPDATE `booking` SET `participant_name` = (SELECT `display_name` FROM `user` WHERE `user`.`id` = NEW.`participant_id`) WHERE `id` = NEW.`id`; END;--> statement-breakpoint
CREATE TRIGGER `booking_participant_name_update` AFTER UPDATE OF `participant_id`, `participant_name` ON `booking` WHEN NEW.`participant_name` IS NOT (SELECT `display_name` FROM `user` WHERE `user`.`id` = NEW.`participant_id`) BEGIN UPDATE `booking` SET `participant_name` = (SELECT `display_name` FROM `user` WHERE `user`.`id` = NEW.`participant_id`) WHERE `id` = NEW.`id`; END;--> statement-breakpoint
CREATE TRIGGER `user_display_name_to_booking` AFTER UPDATE OF `display_name` ON `user` BEGIN UPDATE `booking` SET `participant_name` = NEW.`display_name` WHERE `participant_id` = NEW.`id`; END;
