import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeVersion, hashOf, openCheckStore, type CheckCache } from '../build/check-cache.ts';
import { routes } from '../lib/routes';
import { checkGuideQuality, textGateResults } from './guide-gates';
import type { CheckedGuide, GateContext, GateResult } from './types';

/** The folders whose code decides what the gates find: any edit there makes earlier results stale. */
const GATE_CODE = ['checks', 'schemas', 'lib', 'i18n'];

export interface GateRun {
  /**
   * Folder results are kept in between builds (a check store, src/build/check-cache.ts), which builds of
   * several sites may share; none: nothing is kept.
   */
  cacheDir?: string;
  /** Called after each guide, cached or checked. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * The rule version gate results are cached under: the code of the checks, schemas and the libraries they
 * use (src/), and the installed packages' versions. A changed gate never reuses what the old one found.
 */
export function gateRulesVersion(srcDir = fileURLToPath(new URL('..', import.meta.url)), projectRoot = join(srcDir, '..')): string {
  return codeVersion(GATE_CODE, srcDir, projectRoot);
}

/** Where a store keeps the text gates' results, beside the parse facts (src/checks/content-check.ts). */
const TEXT_GATES_KIND = 'text-gates';

/** The text gates' results kept in the check store in `cacheDir`, under the rules' version (`gateRulesVersion`). */
export const openTextGateStore = (cacheDir: string, rulesVersion: string): CheckCache<GateResult[]> =>
  openCheckStore<GateResult[]>(cacheDir, rulesVersion, TEXT_GATES_KIND);

/**
 * A guide whose text gates have no kept result, left for a worker thread (src/build/text-gates-later.ts):
 * everything its gates read, as data a thread can be sent, and the key its text gates' results are kept by.
 */
export interface GuideForLater {
  key: string;
  guide: Omit<CheckedGuide, 'parsed'>;
  source: string;
  /** What is this guide's own in the gates' context (its language's glossary); its page is added again. */
  own: Partial<GateContext>;
}

/**
 * Runs every guide's gates. The text gates' results are kept by a hash of the guide's file, name and place,
 * under the rules' version: a guide checked before by the same rules gets exactly what they found then,
 * in this site's build or another's (a clinic's copy of a default guide). The site gates read the guide's
 * references against this site, so they run on every build: a new page or a renamed heading costs no
 * guide a second reading. With `laterFrom`, when at least that many guides have no kept text results, they
 * are not checked here but returned in `later`, whole, for a thread to check (`checkGuidesLater`); the store
 * is then saved by that check.
 */
export function runGuideGates(
  guides: readonly CheckedGuide[],
  /** What every guide reads; `own` adds what is a guide's own. */
  context: Omit<GateContext, 'ownPath' | 'glossaryIds'> & Partial<GateContext>,
  /** Where the text gates' results are kept (`openTextGateStore`), if anywhere; `onProgress` as in `GateRun`. */
  run: { store?: CheckCache<GateResult[]>; onProgress?: GateRun['onProgress']; laterFrom?: number } = {},
  /** What differs from guide to guide: its own page, and what its language reads (e.g. its glossary). */
  own: (guide: CheckedGuide) => Partial<GateContext> = (guide) => ({ ownPath: routes.guide(guide) }),
): GateResult & { fromCache: number; later: GuideForLater[] } {
  const { store } = run;
  const found: GateResult = { problems: [], warnings: [] };
  const later: GuideForLater[] = [];
  const keys = guides.map((guide) => (store ? hashOf(guide.collection, guide.id, guide.file, guide.parsed.source) : ''));
  // A thread is started for enough guides to pay for it: not for the one guide a rebuild changed.
  const misses = store ? keys.filter((key) => !store.has(key)).length : guides.length;
  const leaveForLater = run.laterFrom !== undefined && misses >= run.laterFrom;
  guides.forEach((guide, index) => {
    const key = keys[index]!;
    const textResults = store?.get(key);
    if (!textResults && leaveForLater) {
      const { parsed, ...rest } = guide;
      later.push({ key, guide: rest, source: parsed.source, own: own(guide) });
    } else {
      const gated = gateGuide(guide, context, own(guide), textResults);
      if (!textResults) store?.set(key, gated.textResults);
      found.problems.push(...gated.result.problems);
      found.warnings.push(...gated.result.warnings);
    }
    run.onProgress?.(index + 1, guides.length);
  });
  if (later.length === 0) store?.save();
  return { ...found, fromCache: store?.hits ?? 0, later };
}

/** One guide checked by `checkGuideLater`: its text gates' results, to keep, and every gate's findings. */
export interface GuideCheckedLater {
  key: string;
  textResults: GateResult[];
  result: GateResult;
}

/** One guide's gates: its text gates' results (run unless known) and every gate's findings, in gate order. */
function gateGuide(guide: CheckedGuide, context: Omit<GateContext, 'ownPath' | 'glossaryIds'>, own: Partial<GateContext>, known?: GateResult[]): Omit<GuideCheckedLater, 'key'> {
  const textResults = known ?? textGateResults(guide);
  return { textResults, result: checkGuideQuality(guide, { glossaryIds: new Set<string>(), ...context, ownPath: routes.guide(guide), ...own }, textResults) };
}

/** Checks a guide left for later (`GuideForLater`) as `runGuideGates` would have: parsed again from its bytes. */
export function checkGuideLater({ key, guide, source, own }: GuideForLater, context: Omit<GateContext, 'ownPath' | 'glossaryIds'>, parse: (source: string) => CheckedGuide['parsed']): GuideCheckedLater {
  return { key, ...gateGuide({ ...guide, parsed: parse(source) }, context, own) };
}
