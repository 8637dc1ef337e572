CREATE TABLE `booking` (
	`id` text PRIMARY KEY NOT NULL,
	`participant_id` text NOT NULL,
	`module_code` text NOT NULL,
	`state` text NOT NULL,
	`wished_provider_id` text,
	`wished_start_month` text,
	`message` text,
	`provider_id` text,
	`trainer_id` text,
	`planned_start` text,
	`planned_end` text,
	`decline_reason` text,
	`request_key` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`unseen_by_participant` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`module_code`) REFERENCES `module`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`wished_provider_id`) REFERENCES `provider`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`provider_id`) REFERENCES `provider`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`trainer_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `booking_participant_idx` ON `booking` (`participant_id`);--> statement-breakpoint
CREATE INDEX `booking_provider_idx` ON `booking` (`provider_id`,`state`);--> statement-breakpoint
CREATE INDEX `booking_state_idx` ON `booking` (`state`,`wished_provider_id`);--> statement-breakpoint
CREATE INDEX `booking_trainer_idx` ON `booking` (`trainer_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `booking_request_key_idx` ON `booking` (`participant_id`,`request_key`,`module_code`);--> statement-breakpoint
CREATE TABLE `booking_event` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`booking_id` text NOT NULL,
	`actor_id` text NOT NULL,
	`at` integer NOT NULL,
	`from_state` text,
	`to_state` text NOT NULL,
	`reason` text,
	FOREIGN KEY (`booking_id`) REFERENCES `booking`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `booking_event_booking_idx` ON `booking_event` (`booking_id`,`at`);