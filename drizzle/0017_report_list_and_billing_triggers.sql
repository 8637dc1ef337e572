-- Written by hand (drizzle-kit generate --custom): the tables of migration 0016 are filled here
-- and kept by triggers, so every writer (services, seeds, tests) keeps them without knowing of
-- them. A later migration that rebuilds booking, final_report, user or hour_month_total must
-- create these triggers again: documents/report-list.spec.ts and hours/month-totals.spec.ts
-- fail when they are missing.
--
-- report_list_entry: one row per provider and participant with an agreed booking (confirmed,
-- running, finished; agreedStates) with that provider, holding the participant's name and the
-- newest version of the provider's report on them. In the WHERE clauses "+column" keeps
-- SQLite on the participant's index (a participant has a few bookings, a provider thousands).
INSERT INTO `report_list_entry` (`participant_id`, `provider_id`, `participant_name`, `latest_version`, `latest_state`)
SELECT DISTINCT `booking`.`participant_id`, `booking`.`provider_id`, `user`.`display_name`,
	(SELECT `version` FROM `final_report` WHERE `participant_id` = `booking`.`participant_id` AND `provider_id` = `booking`.`provider_id` ORDER BY `version` DESC LIMIT 1),
	(SELECT `state` FROM `final_report` WHERE `participant_id` = `booking`.`participant_id` AND `provider_id` = `booking`.`provider_id` ORDER BY `version` DESC LIMIT 1)
FROM `booking` INNER JOIN `user` ON `user`.`id` = `booking`.`participant_id`
WHERE `booking`.`state` IN ('confirmed', 'running', 'finished') AND `booking`.`provider_id` IS NOT NULL;--> statement-breakpoint
CREATE TRIGGER `booking_report_list_insert` AFTER INSERT ON `booking`
WHEN NEW.`state` IN ('confirmed', 'running', 'finished') AND NEW.`provider_id` IS NOT NULL BEGIN
	INSERT INTO `report_list_entry` (`participant_id`, `provider_id`, `participant_name`, `latest_version`, `latest_state`)
	VALUES (NEW.`participant_id`, NEW.`provider_id`,
		(SELECT `display_name` FROM `user` WHERE `id` = NEW.`participant_id`),
		(SELECT `version` FROM `final_report` WHERE `participant_id` = NEW.`participant_id` AND `provider_id` = NEW.`provider_id` ORDER BY `version` DESC LIMIT 1),
		(SELECT `state` FROM `final_report` WHERE `participant_id` = NEW.`participant_id` AND `provider_id` = NEW.`provider_id` ORDER BY `version` DESC LIMIT 1))
	ON CONFLICT DO NOTHING;
END;--> statement-breakpoint
CREATE TRIGGER `booking_report_list_update` AFTER UPDATE OF `state`, `provider_id`, `participant_id` ON `booking`
WHEN OLD.`provider_id` IS NOT NEW.`provider_id` OR OLD.`participant_id` IS NOT NEW.`participant_id`
	OR (OLD.`state` IN ('confirmed', 'running', 'finished')) IS NOT (NEW.`state` IN ('confirmed', 'running', 'finished')) BEGIN
	DELETE FROM `report_list_entry` WHERE `participant_id` = OLD.`participant_id` AND `provider_id` = OLD.`provider_id`
		AND NOT EXISTS (SELECT 1 FROM `booking` WHERE `participant_id` = OLD.`participant_id` AND +`provider_id` = OLD.`provider_id` AND +`state` IN ('confirmed', 'running', 'finished'));
	INSERT INTO `report_list_entry` (`participant_id`, `provider_id`, `participant_name`, `latest_version`, `latest_state`)
	SELECT NEW.`participant_id`, NEW.`provider_id`,
		(SELECT `display_name` FROM `user` WHERE `id` = NEW.`participant_id`),
		(SELECT `version` FROM `final_report` WHERE `participant_id` = NEW.`participant_id` AND `provider_id` = NEW.`provider_id` ORDER BY `version` DESC LIMIT 1),
		(SELECT `state` FROM `final_report` WHERE `participant_id` = NEW.`participant_id` AND `provider_id` = NEW.`provider_id` ORDER BY `version` DESC LIMIT 1)
	WHERE NEW.`state` IN ('confirmed', 'running', 'finished') AND NEW.`provider_id` IS NOT NULL
	ON CONFLICT DO NOTHING;
END;--> statement-breakpoint
CREATE TRIGGER `booking_report_list_delete` AFTER DELETE ON `booking` BEGIN
	DELETE FROM `report_list_entry` WHERE `participant_id` = OLD.`participant_id` AND `provider_id` = OLD.`provider_id`
		AND NOT EXISTS (SELECT 1 FROM `booking` WHERE `participant_id` = OLD.`participant_id` AND +`provider_id` = OLD.`provider_id` AND +`state` IN ('confirmed', 'running', 'finished'));
END;--> statement-breakpoint
CREATE TRIGGER `final_report_report_list_insert` AFTER INSERT ON `final_report` BEGIN
	UPDATE `report_list_entry` SET (`latest_version`, `latest_state`) = (
		SELECT `version`, `state` FROM `final_report` WHERE `participant_id` = NEW.`participant_id` AND `provider_id` = NEW.`provider_id` ORDER BY `version` DESC LIMIT 1
	) WHERE `participant_id` = NEW.`participant_id` AND `provider_id` = NEW.`provider_id`;
END;--> statement-breakpoint
CREATE TRIGGER `final_report_report_list_update` AFTER UPDATE OF `state`, `version`, `participant_id`, `provider_id` ON `final_report` BEGIN
	UPDATE `report_list_entry` SET (`latest_version`, `latest_state`) = (
		SELECT `version`, `state` FROM `final_report` WHERE `participant_id` = `report_list_entry`.`participant_id` AND `provider_id` = `report_list_entry`.`provider_id` ORDER BY `version` DESC LIMIT 1
	) WHERE (`participant_id` = NEW.`participant_id` AND `provider_id` = NEW.`provider_id`)
		OR (`participant_id` = OLD.`participant_id` AND `provider_id` = OLD.`provider_id`);
END;--> statement-breakpoint
CREATE TRIGGER `final_report_report_list_delete` AFTER DELETE ON `final_report` BEGIN
	UPDATE `report_list_entry` SET (`latest_version`, `latest_state`) = (
		SELECT `version`, `state` FROM `final_report` WHERE `participant_id` = OLD.`participant_id` AND `provider_id` = OLD.`provider_id` ORDER BY `version` DESC LIMIT 1
	) WHERE `participant_id` = OLD.`participant_id` AND `provider_id` = OLD.`provider_id`;
END;--> statement-breakpoint
CREATE TRIGGER `user_display_name_to_report_list` AFTER UPDATE OF `display_name` ON `user` BEGIN
	UPDATE `report_list_entry` SET `participant_name` = NEW.`display_name` WHERE `participant_id` = NEW.`id`;
END;--> statement-breakpoint
-- billing_line: per participant, provider, month and module the live minutes, summed over the
-- person's bookings of that module from hour_month_total (migration 0015's trigger inserts its
-- rows and changes their minutes, never deletes one). A booking moved to another provider,
-- participant or module takes its minutes along; the line it leaves keeps 0 minutes.
INSERT INTO `billing_line` (`participant_id`, `provider_id`, `month`, `module_code`, `participant_name`, `minutes`)
SELECT `booking`.`participant_id`, `booking`.`provider_id`, `hour_month_total`.`month`, `booking`.`module_code`, `user`.`display_name`, sum(`hour_month_total`.`minutes`)
FROM `hour_month_total`
	INNER JOIN `booking` ON `booking`.`id` = `hour_month_total`.`booking_id`
	INNER JOIN `user` ON `user`.`id` = `booking`.`participant_id`
WHERE `booking`.`provider_id` IS NOT NULL
GROUP BY `booking`.`participant_id`, `booking`.`provider_id`, `hour_month_total`.`month`, `booking`.`module_code`;--> statement-breakpoint
CREATE TRIGGER `hour_month_total_billing_insert` AFTER INSERT ON `hour_month_total` BEGIN
	INSERT INTO `billing_line` (`participant_id`, `provider_id`, `month`, `module_code`, `participant_name`, `minutes`)
	SELECT `booking`.`participant_id`, `booking`.`provider_id`, NEW.`month`, `booking`.`module_code`, `user`.`display_name`, NEW.`minutes`
	FROM `booking` INNER JOIN `user` ON `user`.`id` = `booking`.`participant_id`
	WHERE `booking`.`id` = NEW.`booking_id` AND `booking`.`provider_id` IS NOT NULL
	ON CONFLICT DO UPDATE SET `minutes` = `minutes` + excluded.`minutes`;
END;--> statement-breakpoint
CREATE TRIGGER `hour_month_total_billing_update` AFTER UPDATE OF `minutes` ON `hour_month_total`
WHEN NEW.`minutes` IS NOT OLD.`minutes` BEGIN
	UPDATE `billing_line` SET `minutes` = `minutes` + NEW.`minutes` - OLD.`minutes`
	WHERE (`participant_id`, `provider_id`, `month`, `module_code`) = (
		SELECT `participant_id`, `provider_id`, NEW.`month`, `module_code` FROM `booking` WHERE `id` = NEW.`booking_id`
	);
END;--> statement-breakpoint
CREATE TRIGGER `booking_billing_move` AFTER UPDATE OF `provider_id`, `participant_id`, `module_code` ON `booking`
WHEN OLD.`provider_id` IS NOT NEW.`provider_id` OR OLD.`participant_id` IS NOT NEW.`participant_id` OR OLD.`module_code` IS NOT NEW.`module_code` BEGIN
	UPDATE `billing_line` SET `minutes` = `minutes` - (
		SELECT `minutes` FROM `hour_month_total` WHERE `booking_id` = OLD.`id` AND `month` = `billing_line`.`month`
	)
	WHERE `participant_id` = OLD.`participant_id` AND `provider_id` = OLD.`provider_id` AND `module_code` = OLD.`module_code`
		AND `month` IN (SELECT `month` FROM `hour_month_total` WHERE `booking_id` = OLD.`id`);
	INSERT INTO `billing_line` (`participant_id`, `provider_id`, `month`, `module_code`, `participant_name`, `minutes`)
	SELECT NEW.`participant_id`, NEW.`provider_id`, `month`, NEW.`module_code`,
		(SELECT `display_name` FROM `user` WHERE `id` = NEW.`participant_id`), `minutes`
	FROM `hour_month_total` WHERE `booking_id` = NEW.`id` AND NEW.`provider_id` IS NOT NULL
	ON CONFLICT DO UPDATE SET `minutes` = `minutes` + excluded.`minutes`;
END;--> statement-breakpoint
CREATE TRIGGER `user_display_name_to_billing_line` AFTER UPDATE OF `display_name` ON `user` BEGIN
	UPDATE `billing_line` SET `participant_name` = NEW.`display_name` WHERE `participant_id` = NEW.`id`;
END;
