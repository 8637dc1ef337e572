import { describe, expect, it } from 'vitest';
import { participantSessionLimits, staffSessionLimits } from '$lib/domain/sessions';
import { deviceLabel, sessionLimitsText } from '$lib/text/sessions';

describe('session texts', () => {
	it('names a device by browser and system, or says it does not know', () => {
		expect(deviceLabel({ browser: 'Chrome', system: 'Windows' })).toBe('Chrome auf Windows');
		expect(deviceLabel({ browser: 'Firefox', system: null })).toBe('Firefox');
		expect(deviceLabel({ browser: null, system: null })).toBe('Unbekannter Browser');
	});

	it('tells participants the limits in days and staff in hours', () => {
		expect(sessionLimitsText(participantSessionLimits)).toContain('14 Tage');
		expect(sessionLimitsText(participantSessionLimits)).toContain('Nach 30 Tagen');
		expect(sessionLimitsText(staffSessionLimits)).toContain('2 Stunden');
		expect(sessionLimitsText(staffSessionLimits)).toContain('Nach 12 Stunden');
	});
});
