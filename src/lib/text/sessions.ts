import type { DeviceName, SessionLimits } from '$lib/domain/sessions';
import { m } from '$lib/paraglide/messages.js';

/** "Chrome auf Windows", "Firefox", "Unbekannter Browser": browser and system names are not translated. */
export function deviceLabel(device: DeviceName): string {
	if (!device.browser) return m.security_device_unknown();
	return device.system
		? m.security_device({ browser: device.browser, system: device.system })
		: device.browser;
}

const hourMs = 60 * 60 * 1000;
const dayMs = 24 * hourMs;

/** The limits of the reader's role, in whole days or, for staff, whole hours. */
export function sessionLimitsText(limits: SessionLimits): string {
	if (limits.idleMs >= dayMs) {
		return m.security_limits_days({
			idle: Math.round(limits.idleMs / dayMs),
			absolute: Math.round(limits.absoluteMs / dayMs)
		});
	}
	return m.security_limits_hours({
		idle: Math.round(limits.idleMs / hourMs),
		absolute: Math.round(limits.absoluteMs / hourMs)
	});
}
