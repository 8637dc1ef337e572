CREATE TABLE `goal` (
	`id` text PRIMARY KEY NOT NULL,
	`participant_id` text NOT NULL,
	`booking_id` text,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`state` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`booking_id`) REFERENCES `booking`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `goal_participant_idx` ON `goal` (`participant_id`);--> statement-breakpoint
CREATE INDEX `goal_booking_idx` ON `goal` (`booking_id`);--> statement-breakpoint
CREATE TABLE `goal_event` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`goal_id` text NOT NULL,
	`actor_id` text NOT NULL,
	`at` integer NOT NULL,
	`kind` text NOT NULL,
	`from_state` text,
	`to_state` text,
	`text` text,
	FOREIGN KEY (`goal_id`) REFERENCES `goal`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `goal_event_goal_idx` ON `goal_event` (`goal_id`,`at`);--> statement-breakpoint
CREATE TABLE `hour_entry` (
	`id` text PRIMARY KEY NOT NULL,
	`booking_id` text NOT NULL,
	`date` text NOT NULL,
	`minutes` integer NOT NULL,
	`kind` text NOT NULL,
	`note` text,
	`author_id` text NOT NULL,
	`replaces_id` text,
	`is_cancellation` integer DEFAULT false NOT NULL,
	`reason` text,
	`request_key` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`booking_id`) REFERENCES `booking`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `hour_entry_request_key_unique` ON `hour_entry` (`request_key`);--> statement-breakpoint
CREATE INDEX `hour_entry_booking_idx` ON `hour_entry` (`booking_id`,`date`);--> statement-breakpoint
CREATE UNIQUE INDEX `hour_entry_replaces_idx` ON `hour_entry` (`replaces_id`);