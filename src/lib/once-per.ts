/**
 * A function of an object, computed once per object and dropped with it. For what many callers ask of the
 * same object: the gates that read one guide's parse (reading level and sentence length share its
 * analysis), and the guide pages that each ask about the same list of all the site's guides. The object
 * must not change once asked about: the first answer is kept.
 */
export function oncePer<K extends object, T>(compute: (key: K) => T): (key: K) => T {
  const results = new WeakMap<K, T>();
  return (key) => {
    if (!results.has(key)) results.set(key, compute(key));
    return results.get(key)!;
  };
}
