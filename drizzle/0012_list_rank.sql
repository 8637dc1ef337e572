ALTER TABLE `booking` ADD `list_rank` integer GENERATED ALWAYS AS (case "state" when 'confirmed' then 0 when 'running' then 1 when 'finished' then 2 when 'declined' then 3 when 'withdrawn' then 4 else 5 end) VIRTUAL;--> statement-breakpoint
ALTER TABLE `booking` ADD `participant_name` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `booking_provider_list_idx` ON `booking` (`provider_id`,`list_rank`,`participant_name`,`planned_start`,`id`,`state`);--> statement-breakpoint
CREATE INDEX `booking_trainer_list_idx` ON `booking` (`trainer_id`,`list_rank`,`participant_name`,`planned_start`,`id`,`state`);--> statement-breakpoint
ALTER TABLE `feedback` ADD `list_rank` integer GENERATED ALWAYS AS (case "state" when 'open' then 0 when 'answered' then 1 when 'done' then 2 else 3 end) VIRTUAL;--> statement-breakpoint
CREATE INDEX `feedback_inbox_idx` ON `feedback` (`provider_id`,`list_rank`,`created_at`,`id`);