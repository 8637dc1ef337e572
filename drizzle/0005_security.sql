CREATE TABLE `trusted_device` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`expires_at` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `trusted_device_user_idx` ON `trusted_device` (`user_id`);--> statement-breakpoint
CREATE TABLE `write_attempt` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` text NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `write_attempt_user_idx` ON `write_attempt` (`user_id`,`at`);--> statement-breakpoint
DROP INDEX `feedback_request_key_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `feedback_request_key_idx` ON `feedback` (`participant_id`,`request_key`);--> statement-breakpoint
DROP INDEX `hour_entry_request_key_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `hour_entry_request_key_idx` ON `hour_entry` (`booking_id`,`request_key`);--> statement-breakpoint
DROP INDEX `progress_note_request_key_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `progress_note_request_key_idx` ON `progress_note` (`participant_id`,`request_key`);--> statement-breakpoint
DROP INDEX `share_link_request_key_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `share_link_request_key_idx` ON `share_link` (`participant_id`,`request_key`);--> statement-breakpoint
ALTER TABLE `login_attempt` ADD `device_id` text;--> statement-breakpoint
CREATE INDEX `login_attempt_device_idx` ON `login_attempt` (`device_id`,`attempted_at`);--> statement-breakpoint
ALTER TABLE `session` ADD `absolute_expires_at` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `session` ADD `last_used_at` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `session` ADD `user_agent` text DEFAULT '' NOT NULL;