// Guides' frontmatter as data, read once per process (and, in a build, kept for the next one).
import { parse as parseYaml } from 'yaml';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';

/**
 * Frontmatter already read in this process, by its text. A build reads each guide's frontmatter three times:
 * for the site's cards and languages, in the content check (a kept check result included) and for the
 * sitemap; YAML took about 0.25 s each time at 1,000 guides. Emptied past its bound, for `astro dev`.
 */
const readFrontmatter = new Map<string, unknown>();
const MAX_READ_FRONTMATTER = 20_000;

/** Frontmatter read by earlier builds, by its text (src/build/kept-frontmatter.ts). */
export interface KeptFrontmatter {
  /** The data of this text, if an earlier build read it. */
  get(text: string): unknown;
  /** Called with the data of each text this process read itself. */
  add(text: string, data: unknown): void;
}

let kept: KeptFrontmatter | undefined;

/** Where `frontmatterData` looks before reading YAML itself, and tells what it read; none by default. */
export function useKeptFrontmatter(next: KeptFrontmatter | undefined): void {
  kept = next;
}

/**
 * A scalar closed on its own line: quoted, plain (not starting with an indicator) or a flow sequence of plain
 * items. A quoted or flow value that goes on to the next line is left to yaml, which refuses some that
 * js-yaml takes (a continuation line at column 0).
 */
const ONE_LINE_SCALAR = String.raw`(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'|[^\s"'#&*!{}\[\]|>%@` + '`' + String.raw`,?:-][^#\n]*?|-[^\s#\n][^#\n]*?|\[[^\]\n:{}\[#]*\])`;

/** A line of plain frontmatter: blank or a comment, `key: scalar` (perhaps as a list item), or `- scalar`. */
const PLAIN_LINE = new RegExp(
  String.raw`^(?:\s*(?:#.*)?|\s*(?:- +)*[A-Za-z_][\w-]*:(?: +${ONE_LINE_SCALAR})?\s*(?: #.*)?|\s*(?:- +)+${ONE_LINE_SCALAR}\s*(?: #.*)?)$`,
);

/**
 * What js-yaml might read otherwise than yaml does, or should not read at all, even on plain lines, found by
 * comparing the two on millions of random short documents (tests/unit/frontmatter.test.ts keeps a seeded
 * sample): anchors and aliases (yaml refuses an alias bomb, js-yaml would hand it on), tags, directives,
 * merge keys; numbers with a sign before `0x`, `0o` or a leading dot, binary numbers, a negative zero and
 * exponents (`+0x1F` and `0b101` are text to yaml, `-.5` is text to js-yaml, `8.E405` is Infinity to yaml);
 * flow mappings, and a `:` inside a flow sequence; a null or empty key, plain or `?` (yaml names it "",
 * js-yaml "null"); and a `#` right after a value (`"x"#`: js-yaml takes it as a comment, yaml refuses it).
 */
const YAML_ONLY = /[&*!{]|\S#|^%|<<|[-+]\.|[-+]0[box]|\b0b|-0\b|\d\.?[eE][-+]?\d|\[[^\n]*:|(?:^|[\s,[])(?:~|null|Null|NULL)?:(?=\s|$)|(?:^|[\s,[])\?(?=\s|$)/m;

/**
 * Whether js-yaml reads this frontmatter as yaml does: every line plain and nothing of `YAML_ONLY`. True of
 * 1,036 of the 1,038 guide frontmatters here and in a 1,000-guide corpus (not of `count: { min: 3, max: 3 }`).
 */
const readsAlike = (text: string): boolean => !YAML_ONLY.test(text) && text.split('\n').every((line) => PLAIN_LINE.test(line));

/**
 * YAML as data, as the `yaml` package reads it, whose errors the content check explains. js-yaml's core schema
 * reads the same plain frontmatter ten times faster (22–55 ms instead of 250–460 ms for 1,036 frontmatters,
 * on the build's thread before any other work can start), and gives the same data for it; anything else, and
 * anything js-yaml refuses, is read by `yaml`: its data, or its error.
 */
export function yamlData(text: string): unknown {
  if (readsAlike(text)) {
    try {
      return loadYaml(text, { schema: CORE_SCHEMA });
    } catch {
      // yaml reads it below, and says what is wrong in its own words.
    }
  }
  return parseYaml(text) as unknown;
}

/**
 * Frontmatter text as data: `{}` when there is none or it is empty. Throws YAML's error when it is not YAML.
 * Each call gets its own copy, so a caller that changes it changes nobody else's.
 */
export function frontmatterData(text: string | null): unknown {
  if (text === null) return {};
  if (!readFrontmatter.has(text)) {
    if (readFrontmatter.size >= MAX_READ_FRONTMATTER) readFrontmatter.clear();
    let data = kept?.get(text);
    if (data === undefined) {
      data = yamlData(text) ?? {};
      kept?.add(text, data);
    }
    readFrontmatter.set(text, data);
  }
  return structuredClone(readFrontmatter.get(text));
}

/** Every frontmatter this process has read, as [text, data] pairs, for a thread it starts (`rememberFrontmatter`). */
export function frontmatterRead(): [string, unknown][] {
  return [...readFrontmatter];
}

/** Takes frontmatter another thread has read (`frontmatterRead`), so this one does not read it again. */
export function rememberFrontmatter(pairs: readonly (readonly [string, unknown])[]): void {
  for (const [text, data] of pairs) if (!readFrontmatter.has(text) && readFrontmatter.size < MAX_READ_FRONTMATTER) readFrontmatter.set(text, data);
}
