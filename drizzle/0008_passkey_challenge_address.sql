ALTER TABLE `webauthn_challenge` ADD `ip` text;--> statement-breakpoint
CREATE INDEX `webauthn_challenge_ip_idx` ON `webauthn_challenge` (`ip`,`expires_at`);