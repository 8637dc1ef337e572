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
const ruleExceptions: { path: RegExp; rules: string[] }[] = [{ path: /^\/provider\/reports\/[^/]+$/, rules: ['color-contrast'] }];

export async function expectNoAxeViolations(page: Page): Promise<void> {
	const pathname = new URL(page.url()).pathname;
	const skipped = ruleExceptions.filter((exception) => exception.path.test(pathname)).flatMap((exception) => exception.rules);
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
	return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}
