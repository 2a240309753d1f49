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

/**
 * What a guide's gates read besides the guide itself: the review day, reviewer names, glossary ids, the
 * site's pages and their known ids, and which files exist (images beside guides and in public/).
 * `today` counts as the day it rounds up to: that is all the review-date gate's day counts depend on.
 */
function contextKey(context: Omit<GateContext, 'ownPath'>, contentRoot: string): string {
  const sorted = (values: Iterable<string>) => [...values].sort();
  return hashOf(
    JSON.stringify({
      day: Math.ceil(context.today.getTime() / DAY_MS),
      reviewers: sorted([...context.reviewerNames].map(([id, name]) => `${id}\n${name}`)),
      glossary: sorted(context.glossaryIds),
      routes: sorted(context.routes),
      anchors: sorted([...context.anchors].map(([path, ids]) => `${path}#${sorted(ids).join('#')}`)),
      publicDir: context.publicDir,
      public: treeOf(context.publicDir, false),
      content: treeOf(contentRoot, false),
    }),
  );
}

/**
 * Runs every guide's gates. A guide whose file, name and context were checked by the same rules before
 * gets the problems and warnings found then, exactly; a change to one guide re-checks that guide, and a
 * change to what all guides read (a new page, a renamed heading) re-checks them all.
 */
export function runGuideGates(
  guides: readonly CheckedGuide[],
  context: Omit<GateContext, 'ownPath'>,
  contentRoot: string,
  run: GateRun = {},
): GateResult & { fromCache: number } {
  const cache = run.cacheFile ? openCheckCache<GateResult>(run.cacheFile, gateRulesVersion()) : undefined;
  const shared = cache ? contextKey(context, contentRoot) : '';
  const found: GateResult = { problems: [], warnings: [] };
  guides.forEach((guide, index) => {
    const key = cache ? hashOf(shared, guide.collection, guide.id, guide.file, guide.path, guide.parsed.source) : '';
    let result = cache?.get(key);
    if (!result) {
      result = checkGuideQuality(guide, { ...context, ownPath: routes.guide(guide) });
      cache?.set(key, result);
    }
    found.problems.push(...result.problems);
    found.warnings.push(...result.warnings);
    run.onProgress?.(index + 1, guides.length);
  });
  cache?.save();
  return { ...found, fromCache: cache?.hits ?? 0 };
}
