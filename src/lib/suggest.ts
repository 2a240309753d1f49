import { distance } from 'fastest-levenshtein';

/** The candidate with the fewest letters changed (compared without case), however many; never the word itself. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const apart = distance(word.toLowerCase(), candidate.toLowerCase());
    if (!best || apart < best.distance) best = { candidate, distance: apart };
  }
  return best?.candidate;
}

/**
 * The candidate nearest to a misspelt word, if it is near enough to be a likely typo: at most a third of
 * the word's letters differ (at least one), compared without case. `colors` finds `colours`;
 * `twitter` finds nothing among clinic fields.
 */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  const match = closest(word, candidates);
  if (match === undefined) return undefined;
  return distance(word.toLowerCase(), match.toLowerCase()) <= Math.max(1, Math.floor(word.length / 3)) ? match : undefined;
}

/** ` Did you mean "colours"?` for a near miss, else an empty string: append it to a message. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const match = nearest(word, candidates);
  return match === undefined ? '' : ` Did you mean "${match}"?`;
}

/**
 * `, for example /faq/` naming the closest real candidate, when no near miss was suggested; else an empty
 * string. A fixed example could be the very value the message says is wrong.
 */
export function exampleOf(word: string, candidates: Iterable<string>): string {
  const list = [...candidates];
  if (nearest(word, list) !== undefined) return '';
  const example = closest(word, list);
  return example === undefined ? '' : `, for example ${example}`;
}
