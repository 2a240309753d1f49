// Node-only: work the build started early that must have passed before Astro renders the first page.

const waiting: (() => Promise<void>)[] = [];

/**
 * Registers the end of work already under way (the content check's gates, in a thread while Astro
 * bundles): `finishBeforeRender` awaits it before the first page is rendered (src/build/pages-first.ts),
 * and again at the end of the build, for a site that renders no page. A problem it throws stops the build.
 */
export function beforeRender(finish: () => Promise<void>): void {
  waiting.push(finish);
}

/** Awaits every registered piece of work, once each, in the order it was registered. */
export async function finishBeforeRender(): Promise<void> {
  for (let finish = waiting.shift(); finish; finish = waiting.shift()) await finish();
}
