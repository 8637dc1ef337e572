CREATE TABLE `feedback` (
	`id` text PRIMARY KEY NOT NULL,
	`participant_id` text NOT NULL,
	`provider_id` text,
	`booking_id` text,
	`talk_id` text,
	`rating` integer,
	`good` text DEFAULT '' NOT NULL,
	`bad` text DEFAULT '' NOT NULL,
	`wish` text DEFAULT '' NOT NULL,
	`state` text NOT NULL,
	`change_note` text,
	`version` integer DEFAULT 1 NOT NULL,
	`request_key` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`provider_id`) REFERENCES `provider`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`booking_id`) REFERENCES `booking`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`talk_id`) REFERENCES `reflection_talk`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `feedback_request_key_unique` ON `feedback` (`request_key`);--> statement-breakpoint
CREATE INDEX `feedback_participant_idx` ON `feedback` (`participant_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `feedback_provider_idx` ON `feedback` (`provider_id`,`state`);--> statement-breakpoint
CREATE TABLE `feedback_reply` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`feedback_id` text NOT NULL,
	`author_id` text NOT NULL,
	`text` text NOT NULL,
	`closes` integer DEFAULT false NOT NULL,
	`read_by_participant_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`feedback_id`) REFERENCES `feedback`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `feedback_reply_feedback_idx` ON `feedback_reply` (`feedback_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `reflection_talk` (
	`id` text PRIMARY KEY NOT NULL,
	`participant_id` text NOT NULL,
	`booking_id` text NOT NULL,
	`held_on` text NOT NULL,
	`next_on` text,
	`recorded_by` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`booking_id`) REFERENCES `booking`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `reflection_talk_participant_idx` ON `reflection_talk` (`participant_id`,`held_on`);