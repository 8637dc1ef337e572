ALTER TABLE `feedback` ADD `lang` text DEFAULT 'de' NOT NULL;--> statement-breakpoint
ALTER TABLE `feedback_reply` ADD `lang` text DEFAULT 'de' NOT NULL;--> statement-breakpoint
ALTER TABLE `goal` ADD `lang` text DEFAULT 'de' NOT NULL;--> statement-breakpoint
ALTER TABLE `goal_event` ADD `lang` text DEFAULT 'de' NOT NULL;--> statement-breakpoint
ALTER TABLE `hour_entry` ADD `lang` text DEFAULT 'de' NOT NULL;--> statement-breakpoint
ALTER TABLE `progress_note` ADD `lang` text DEFAULT 'de' NOT NULL;