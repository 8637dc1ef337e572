CREATE TABLE `billing_line` (
	`participant_id` text NOT NULL,
	`provider_id` text NOT NULL,
	`month` text NOT NULL,
	`module_code` text NOT NULL,
	`participant_name` text NOT NULL,
	`minutes` integer NOT NULL,
	PRIMARY KEY(`participant_id`, `provider_id`, `month`, `module_code`),
	FOREIGN KEY (`participant_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`provider_id`) REFERENCES `provider`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`module_code`) REFERENCES `module`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `billing_line_page_idx` ON `billing_line` (`provider_id`,`month`,`participant_name`,`module_code`,`participant_id`,`minutes`);--> statement-breakpoint
CREATE TABLE `report_list_entry` (
	`participant_id` text NOT NULL,
	`provider_id` text NOT NULL,
	`participant_name` text NOT NULL,
	`latest_version` integer,
	`latest_state` text,
	`list_rank` integer GENERATED ALWAYS AS (case coalesce("latest_state", 'none') when 'draft' then 0 when 'none' then 1 when 'final' then 2 else 3 end) VIRTUAL,
	PRIMARY KEY(`participant_id`, `provider_id`),
	FOREIGN KEY (`participant_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`provider_id`) REFERENCES `provider`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `report_list_entry_list_idx` ON `report_list_entry` (`provider_id`,`list_rank`,`participant_name`,`participant_id`,`latest_version`,`latest_state`);