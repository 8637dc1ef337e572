CREATE TABLE `reflection_talk_change` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`talk_id` text NOT NULL,
	`actor_id` text NOT NULL,
	`at` integer NOT NULL,
	`reason` text NOT NULL,
	`from_held_on` text NOT NULL,
	`to_held_on` text NOT NULL,
	`from_next_on` text,
	`to_next_on` text,
	`from_summary` text,
	`to_summary` text,
	FOREIGN KEY (`talk_id`) REFERENCES `reflection_talk`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `reflection_talk_change_talk_idx` ON `reflection_talk_change` (`talk_id`,`at`);--> statement-breakpoint
ALTER TABLE `booking_event` ADD `correction` text;--> statement-breakpoint
ALTER TABLE `booking_event` ADD `from_start` text;--> statement-breakpoint
ALTER TABLE `booking_event` ADD `to_start` text;--> statement-breakpoint
ALTER TABLE `booking_event` ADD `from_end` text;--> statement-breakpoint
ALTER TABLE `booking_event` ADD `to_end` text;--> statement-breakpoint
ALTER TABLE `booking_event` ADD `from_trainer_id` text REFERENCES user(id);--> statement-breakpoint
ALTER TABLE `booking_event` ADD `to_trainer_id` text REFERENCES user(id);--> statement-breakpoint
ALTER TABLE `goal_event` ADD `reason` text;--> statement-breakpoint
ALTER TABLE `reflection_talk` ADD `summary` text;--> statement-breakpoint
ALTER TABLE `reflection_talk` ADD `version` integer DEFAULT 1 NOT NULL;