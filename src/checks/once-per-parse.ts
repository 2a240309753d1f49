import type { ParsedMdx } from '../lib/mdx-source';

/**
 * A function of a guide's parse, computed once per parse: gates that read the same analysis (reading level
 * and sentence length) share it, and the parse is dropped with the guide.
 */
export function oncePerParse<T>(compute: (parsed: ParsedMdx) => T): (parsed: ParsedMdx) => T {
  const results = new WeakMap<ParsedMdx, T>();
  return (parsed) => {
    if (!results.has(parsed)) results.set(parsed, compute(parsed));
    return results.get(parsed)!;
  };
}
