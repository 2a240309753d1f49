import { distance } from 'fastest-levenshtein';

/**
 * The candidate nearest to a misspelt word, if it is near enough to be a likely typo: at most a third of
 * the word's letters differ (at least one), compared without case. `colors` finds `colours`;
 * `twitter` finds nothing among clinic fields.
 */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  const allowed = Math.max(1, Math.floor(word.length / 3));
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const apart = distance(word.toLowerCase(), candidate.toLowerCase());
    if (apart <= allowed && (!best || apart < best.distance)) best = { candidate, distance: apart };
  }
  return best?.candidate;
}

/** ` Did you mean "colours"?` for a near miss, else an empty string: append it to a message. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const match = nearest(word, candidates);
  return match === undefined ? '' : ` Did you mean "${match}"?`;
}
