CREATE TABLE `login_attempt` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`ip` text NOT NULL,
	`attempted_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `login_attempt_username_idx` ON `login_attempt` (`username`,`attempted_at`);--> statement-breakpoint
CREATE INDEX `login_attempt_ip_idx` ON `login_attempt` (`ip`,`attempted_at`);--> statement-breakpoint
CREATE TABLE `module` (
	`code` text PRIMARY KEY NOT NULL,
	`offer_code` text NOT NULL,
	`position` integer NOT NULL,
	`length_min` integer,
	`length_max` integer,
	`length_unit` text,
	`cap_kind` text NOT NULL,
	`cap_minutes` integer,
	`mandatory` integer NOT NULL,
	`bookable` integer NOT NULL,
	FOREIGN KEY (`offer_code`) REFERENCES `offer`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `module_offer_idx` ON `module` (`offer_code`,`position`);--> statement-breakpoint
CREATE TABLE `offer` (
	`code` text PRIMARY KEY NOT NULL,
	`billing` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `place` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`provider_id` text NOT NULL,
	`name` text NOT NULL,
	`town` text NOT NULL,
	FOREIGN KEY (`provider_id`) REFERENCES `provider`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `provider` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `session` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`expires_at` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `session_user_idx` ON `session` (`user_id`);--> statement-breakpoint
CREATE TABLE `user` (
	`id` text PRIMARY KEY NOT NULL,
	`username` text NOT NULL,
	`display_name` text NOT NULL,
	`role` text NOT NULL,
	`provider_id` text,
	`password_hash` text NOT NULL,
	`locale` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`provider_id`) REFERENCES `provider`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `user_username_unique` ON `user` (`username`);--> statement-breakpoint
CREATE INDEX `user_provider_idx` ON `user` (`provider_id`);