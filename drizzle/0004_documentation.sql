CREATE TABLE `audit_event` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`participant_id` text NOT NULL,
	`actor_id` text,
	`share_link_id` text,
	`action` text NOT NULL,
	`document` text NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`share_link_id`) REFERENCES `share_link`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_event_participant_idx` ON `audit_event` (`participant_id`,`at`);--> statement-breakpoint
CREATE TABLE `final_report` (
	`id` text PRIMARY KEY NOT NULL,
	`participant_id` text NOT NULL,
	`provider_id` text NOT NULL,
	`version` integer NOT NULL,
	`state` text NOT NULL,
	`starting_situation` text DEFAULT '' NOT NULL,
	`course` text DEFAULT '' NOT NULL,
	`goals` text NOT NULL,
	`icf` text NOT NULL,
	`recommendation` text DEFAULT '' NOT NULL,
	`participant_comment` text,
	`participant_comment_at` integer,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`finalised_by` text,
	`finalised_at` integer,
	`revision` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`provider_id`) REFERENCES `provider`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`finalised_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `final_report_version_idx` ON `final_report` (`participant_id`,`provider_id`,`version`);--> statement-breakpoint
CREATE TABLE `progress_note` (
	`id` text PRIMARY KEY NOT NULL,
	`booking_id` text NOT NULL,
	`participant_id` text NOT NULL,
	`date` text NOT NULL,
	`text` text NOT NULL,
	`author_id` text NOT NULL,
	`replaces_id` text,
	`reason` text,
	`request_key` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`booking_id`) REFERENCES `booking`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`participant_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `progress_note_request_key_unique` ON `progress_note` (`request_key`);--> statement-breakpoint
CREATE INDEX `progress_note_booking_idx` ON `progress_note` (`booking_id`,`date`);--> statement-breakpoint
CREATE INDEX `progress_note_participant_idx` ON `progress_note` (`participant_id`,`date`);--> statement-breakpoint
CREATE UNIQUE INDEX `progress_note_replaces_idx` ON `progress_note` (`replaces_id`);--> statement-breakpoint
CREATE TABLE `share_link` (
	`id` text PRIMARY KEY NOT NULL,
	`participant_id` text NOT NULL,
	`document` text NOT NULL,
	`report_id` text,
	`label` text DEFAULT '' NOT NULL,
	`token_hash` text NOT NULL,
	`expires_at` integer NOT NULL,
	`revoked_at` integer,
	`open_count` integer DEFAULT 0 NOT NULL,
	`last_opened_at` integer,
	`request_key` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`report_id`) REFERENCES `final_report`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `share_link_token_hash_unique` ON `share_link` (`token_hash`);--> statement-breakpoint
CREATE UNIQUE INDEX `share_link_request_key_unique` ON `share_link` (`request_key`);--> statement-breakpoint
CREATE INDEX `share_link_participant_idx` ON `share_link` (`participant_id`,`created_at`);