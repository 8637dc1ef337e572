-- Written by hand (drizzle-kit generate --custom): hour_month_total (migration 0014) is filled
-- from the live entries here and kept by a trigger, so every writer (services, seeds, tests)
-- keeps it without knowing of it. An entry counts when it is no cancellation and no later entry
-- replaces it (hours/queries.ts, isLiveEntry). Entries are only ever added: a correction adds
-- its own minutes and takes away those of the entry it replaces, a cancellation only takes
-- them away. hours/month-totals.spec.ts fails when the trigger is missing.
INSERT INTO `hour_month_total` (`booking_id`, `month`, `minutes`)
SELECT `booking_id`, substr(`date`, 1, 7), sum(`minutes`) FROM `hour_entry`
WHERE `is_cancellation` = 0
	AND NOT EXISTS (SELECT 1 FROM `hour_entry` AS `replacement` WHERE `replacement`.`replaces_id` = `hour_entry`.`id`)
GROUP BY `booking_id`, substr(`date`, 1, 7);--> statement-breakpoint
CREATE TRIGGER `hour_entry_month_total` AFTER INSERT ON `hour_entry` BEGIN
	INSERT INTO `hour_month_total` (`booking_id`, `month`, `minutes`)
	SELECT NEW.`booking_id`, substr(NEW.`date`, 1, 7), NEW.`minutes` WHERE NEW.`is_cancellation` = 0
	ON CONFLICT (`booking_id`, `month`) DO UPDATE SET `minutes` = `minutes` + excluded.`minutes`;
	UPDATE `hour_month_total`
	SET `minutes` = `minutes` - (SELECT `minutes` FROM `hour_entry` WHERE `id` = NEW.`replaces_id`)
	WHERE (`booking_id`, `month`) = (
		SELECT `booking_id`, substr(`date`, 1, 7) FROM `hour_entry`
		WHERE `id` = NEW.`replaces_id` AND `is_cancellation` = 0
	);
END;
