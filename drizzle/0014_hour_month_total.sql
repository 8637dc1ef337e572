CREATE TABLE `hour_month_total` (
	`booking_id` text NOT NULL,
	`month` text NOT NULL,
	`minutes` integer NOT NULL,
	PRIMARY KEY(`booking_id`, `month`),
	FOREIGN KEY (`booking_id`) REFERENCES `booking`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `hour_month_total_month_idx` ON `hour_month_total` (`month`,`booking_id`,`minutes`);