import { chromium, type Browser, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { CHROMIUM_ARGS, chromePath } from './chromium';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath(), args: CHROMIUM_ARGS, headless: true });
}

/** WCAG 2.2 AA, the level the site promises. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe's best practices on top: unique landmark names, all content inside landmarks, one main, and so on. */
export const AXE_BEST_PRACTICES = ['best-practice'];

/** Runs axe on the page as it is now; returns the violations in a readable form (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  // Legacy mode runs axe once, in the page. The default mode runs it per frame and then opens a blank page
  // to merge the frames' results: twice the time (1.1–2.1 s against 0.6–0.8 s a page here), for frames that
  // no page of this site has. Should one ever get a frame, legacy mode would not look inside it: so refuse.
  if (page.frames().length > 1) throw new Error(`${page.url()} has frames: run axe on it without legacy mode`);
  // Violations are all the tests read: axe still runs every rule on every node, but reports one node each for
  // passes and incomplete checks instead of collecting and sending back thousands (0.6 s a page, not 0.8).
  const results = await new AxeBuilder({ page })
    .withTags([...AXE_TAGS, ...AXE_BEST_PRACTICES])
    .options({ resultTypes: ['violations'] })
    .setLegacyMode(true)
    .analyze();
  return results.violations.map(
    (violation) =>
      `${page.url()}: ${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
}
