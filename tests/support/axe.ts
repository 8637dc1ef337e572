import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The WCAG levels our accessibility bar names (docs/accessibility.md). */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Rules left out on one page, each with its reason. The report editor: axe's colour-contrast
 * rule does not finish there (hundreds of <option> elements in a very long form). Its fields
 * are the same Field, SelectField and TextAreaField components whose contrast every other
 * form page checks, and its own colours are the page's usual text colours.
 */
const ruleExceptions: { path: RegExp; rules: string[] }[] = [
	{ path: /^\/provider\/reports\/[^/]+$/, rules: ['color-contrast'] }
];

export async function expectNoAxeViolations(page: Page): Promise<void> {
	const pathname = new URL(page.url()).pathname;
	const skipped = ruleExceptions
		.filter((exception) => exception.path.test(pathname))
		.flatMap((exception) => exception.rules);
	const results = await new AxeBuilder({ page }).withTags(wcagTags).disableRules(skipped).analyze();
	const summary = results.violations.map((violation) => ({
		rule: violation.id,
		impact: violation.impact,
		targets: violation.nodes.map((node) => node.target.join(' '))
	}));
	expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** True when the page is wider than the window, so people would have to scroll sideways. */
export async function scrollsSideways(page: Page): Promise<boolean> {
	return page.evaluate(
		() => document.documentElement.scrollWidth > document.documentElement.clientWidth
	);
}

/**
 * Elements whose content is cut off: a box that hides what overflows it while its content is
 * wider or taller than the box. Boxes that scroll (tables) and text only for screen readers
 * are fine.
 */
export async function cutOffElements(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('body *')]
			.filter((element) => !element.closest('.visually-hidden') && element.offsetParent !== null)
			.filter((element) => {
				const style = getComputedStyle(element);
				const hidesX = style.overflowX === 'hidden' || style.overflowX === 'clip';
				const hidesY = style.overflowY === 'hidden' || style.overflowY === 'clip';
				return (
					(hidesX && element.scrollWidth > element.clientWidth + 1) ||
					(hidesY && element.scrollHeight > element.clientHeight + 1)
				);
			})
			.map(
				(element) =>
					`${element.tagName.toLowerCase()}.${element.className} "${element.textContent?.trim().slice(0, 40)}"`
			)
	);
}
