CREATE TABLE `login_letter` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`token_hash` text NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	`ended_at` integer,
	`created_by` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `login_letter_token_hash_unique` ON `login_letter` (`token_hash`);--> statement-breakpoint
CREATE INDEX `login_letter_user_idx` ON `login_letter` (`user_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `participant_profile` (
	`user_id` text PRIMARY KEY NOT NULL,
	`provider_id` text NOT NULL,
	`email` text,
	`phone` text,
	`easy_language` integer DEFAULT false NOT NULL,
	`large_print` integer DEFAULT false NOT NULL,
	`read_aloud` integer DEFAULT false NOT NULL,
	`via_trusted_person` integer DEFAULT false NOT NULL,
	`created_by` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`provider_id`) REFERENCES `provider`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `participant_profile_provider_idx` ON `participant_profile` (`provider_id`);--> statement-breakpoint
ALTER TABLE `provider` ADD `phone` text;--> statement-breakpoint
ALTER TABLE `user` ADD `closed_at` integer;--> statement-breakpoint
ALTER TABLE `user` ADD `closed_by` text;