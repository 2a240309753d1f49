import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashOf, openCheckCache } from '../build/check-cache.ts';
import { routes } from '../lib/routes';
import { checkGuideQuality } from './guide-gates';
import type { CheckedGuide, GateContext, GateResult } from './types';

/** The folders whose code decides what the gates find: any edit there makes earlier results stale. */
const GATE_CODE = ['checks', 'schemas', 'lib', 'i18n'];
const DAY_MS = 24 * 60 * 60 * 1000;

export interface GateRun {
  /** File the results are kept in between builds; none: nothing is cached. */
  cacheFile?: string;
  /** Called after each guide, cached or checked. */
  onProgress?: (done: number, total: number) => void;
}

/** Every file's path and bytes below `dir`, in a fixed order (a missing folder has none). */
function treeOf(dir: string, withBytes: boolean): (string | Buffer)[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    if (!withBytes) return [name];
    try {
      return [name, readFileSync(join(dir, name))];
    } catch {
      return [name]; // a folder
    }
  });
}

/**
 * The rule version gate results are cached under: the code of the checks, schemas and the libraries they
 * use (src/), and the installed packages' versions. A changed gate never reuses what the old one found.
 */
export function gateRulesVersion(srcDir = fileURLToPath(new URL('..', import.meta.url)), projectRoot = join(srcDir, '..')): string {
  return hashOf(
    ...GATE_CODE.flatMap((folder) => treeOf(join(srcDir, folder), true)),
    ...treeOf(join(projectRoot, 'node_modules', '.package-lock.json'), true),
  );
}

/** A context value as stable JSON: sets and maps sorted, so the same facts always hash the same. */
function stable(value: unknown): unknown {
  if (value instanceof Set) return [...value].map(stable).map((item) => JSON.stringify(item)).sort();
  if (value instanceof Map) return [...value].map(([key, item]) => JSON.stringify([stable(key), stable(item)])).sort();
  return value;
}

/**
 * What a guide's gates read besides the guide itself: every field of the gate context (reviewer names,
 * glossary ids, the site's pages and their known ids, translated pages…) and which files exist (images
 * beside guides and in public/). Every field is hashed, so a field added to the context later is covered
 * too. `today` counts as the day it rounds up to: that is all the review-date gate's day counts depend on.
 */
function contextKey(context: Partial<GateContext>, contentRoot?: string): string {
  const fields = Object.entries(context)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => [name, value instanceof Date ? Math.ceil(value.getTime() / DAY_MS) : stable(value)]);
  const files = contentRoot === undefined ? [] : [treeOf(String(context.publicDir), false), treeOf(contentRoot, false)];
  return hashOf(JSON.stringify([fields, files]));
}

/**
 * Runs every guide's gates. A guide whose file, name and context were checked by the same rules before
 * gets the problems and warnings found then, exactly; a change to one guide re-checks that guide, and a
 * change to what all guides read (a new page, a renamed heading) re-checks them all.
 */
export function runGuideGates(
  guides: readonly CheckedGuide[],
  /** What every guide reads; `own` adds what is a guide's own. */
  context: Omit<GateContext, 'ownPath' | 'glossaryIds'> & Partial<GateContext>,
  contentRoot: string,
  run: GateRun = {},
  /** What differs from guide to guide: its own page, and what its language reads (e.g. its glossary). */
  own: (guide: CheckedGuide) => Partial<GateContext> = (guide) => ({ ownPath: routes.guide(guide) }),
): GateResult & { fromCache: number } {
  const cache = run.cacheFile ? openCheckCache<GateResult>(run.cacheFile, gateRulesVersion()) : undefined;
  const shared = cache ? contextKey(context, contentRoot) : '';
  const found: GateResult = { problems: [], warnings: [] };
  guides.forEach((guide, index) => {
    const guideContext = own(guide);
    const key = cache ? hashOf(shared, contextKey(guideContext), guide.collection, guide.id, guide.file, guide.path, guide.parsed.source) : '';
    let result = cache?.get(key);
    if (!result) {
      result = checkGuideQuality(guide, { glossaryIds: new Set<string>(), ...context, ownPath: routes.guide(guide), ...guideContext });
      cache?.set(key, result);
    }
    found.problems.push(...result.problems);
    found.warnings.push(...result.warnings);
    run.onProgress?.(index + 1, guides.length);
  });
  cache?.save();
  return { ...found, fromCache: cache?.hits ?? 0 };
}
