import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { YAMLParseError, parse as parseYaml } from 'yaml';
import { frontmatterData, yamlData } from '../../src/lib/frontmatter';
import { PROJECT_ROOT } from '../support/paths';
import { seededRandom } from '../../src/bench/corpus';

describe('frontmatterData', () => {
  it('reads each frontmatter once, and gives every caller a copy of its own', () => {
    const text = 'title: First week\nsources:\n  - title: A review\n    year: 2018\n';
    const first = frontmatterData(text) as { title: string; sources: { year: number }[] };
    expect(first).toEqual({ title: 'First week', sources: [{ title: 'A review', year: 2018 }] });
    first.title = 'Changed by a caller';
    first.sources[0]!.year = 1999;
    expect(frontmatterData(text)).toEqual({ title: 'First week', sources: [{ title: 'A review', year: 2018 }] });
  });

  it('is empty without frontmatter, and says what is wrong with YAML that is not, every time', () => {
    expect(frontmatterData(null)).toEqual({});
    expect(frontmatterData('')).toEqual({});
    expect(() => frontmatterData('title: [unclosed')).toThrow();
    expect(() => frontmatterData('title: [unclosed')).toThrow();
  });
});

/** What a read gives: its data, or the error it throws. */
function outcome(read: () => unknown): { data?: unknown; error?: Error } {
  try {
    return { data: read() };
  } catch (error) {
    return { error: error as Error };
  }
}

describe('yamlData', () => {
  /** Every guide's frontmatter in this repository, as the build reads it. */
  const guideFrontmatters = (): string[] =>
    readdirSync(join(PROJECT_ROOT, 'content'), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(PROJECT_ROOT, 'content', name), 'utf8'))![1]!);

  /** Plain YAML and its corners: numbers, booleans, nulls, block and flow styles, quoting, comments. */
  const CORNERS = [
    'order: 1_000', 'order: 0o17', 'order: 017', 'order: 0x1F', 'order: +12', 'order: 1e3', 'order: .5', 'order: .inf', 'order: .NaN',
    'when: 12:30:00', 'lastReviewed: 2026-12-04', 'at: 2026-12-04T10:00:00Z', 'draft: yes', 'draft: on', 'draft: TRUE', 'draft: tRUE',
    'x: ~', 'x: Null', 'x:', "title: 'it''s'", 'title: "caf\\u00e9"', 'text: |\n  one\n  two\n', 'text: >\n  folded\n  line\n',
    'list: [1, two, "3"]', 'map: {b: 1}', 'sources:\n  - title: A\n    year: 2018', 'title: x # a comment', 'title: plain\n  continued',
    '__proto__:\n  polluted: 1', 'order: 9007199254740993',
  ];

  it('reads plain frontmatter as yaml does: every guide here, and the corners of YAML', () => {
    const texts = [...guideFrontmatters(), ...CORNERS];
    expect(texts.length).toBeGreaterThan(CORNERS.length + 30);
    for (const text of texts) expect(yamlData(text), text).toStrictEqual(parseYaml(text));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('leaves to yaml what js-yaml would read otherwise: odd numbers, null keys, flow forms, tags, merge keys, directives, a # after a value, a quote going on at column 0', () => {
    expect(yamlData('order: 0b101')).toEqual({ order: '0b101' });
    const differ = [
      'order: -0', 'order: +0x1F', 'order: -0o7', 'order: -.5', 'order: +.9', 'order: 8.E405', 'title: !!binary aGk=',
      'base: &b {x: 1}\nitem:\n  <<: *b', '%YAML 1.1\n---\ndraft: yes', 'null: x', '~: x', 'k:\n  ~: 1', 'k: {~}', 'k: {null: 1}',
      'k: [:]', 'k: [? ]', 'k: {[n]}', 'k: {{}}', 'k: "x"#x', 'k: []#', 'k: "a\nb"',
    ];
    for (const text of differ) {
      const expected = outcome(() => parseYaml(text, { logLevel: 'error' }));
      const found = outcome(() => yamlData(text));
      expect(found.error?.message, text).toBe(expected.error?.message);
      expect(found.data, text).toStrictEqual(expected.data);
    }
  });

  it('agrees with yaml on random short documents made of the characters where the two differ (a seeded sample)', () => {
    const random = seededRandom(20261205);
    const alphabets = ['019+-._eExXoObB:fnN~', '0123456789+-._eExXoObB:aAfFtTnNyYlLsSuUrR ~#"[]{},|>?', 'ab1:- \n[],"#~?|>', "a1: -\n'\"\\x#|>", 'ab:-\n "\'\\t[],#|>%@`'];
    let compared = 0;
    for (let sample = 0; sample < 20_000; sample += 1) {
      const alphabet = alphabets[sample % alphabets.length]!;
      const value = Array.from({ length: 1 + Math.floor(random() * 10) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const text = `k: ${value}`;
      const expected = outcome(() => parseYaml(text, { logLevel: 'error' }));
      const found = outcome(() => yamlData(text));
      expect({ data: found.data, error: found.error?.message }, text).toStrictEqual({ data: expected.data, error: expected.error?.message });
      compared += 1;
    }
    expect(compared).toBe(20_000);
  });

  it("refuses what yaml refuses, with yaml's own error (its line for the message): broken YAML, a repeated key, an alias bomb", () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((key, index) => `${key}: &${key} [${Array(10).fill(`*${'abcdefgh'[index]}`).join(', ')}]`)].join('\n');
    for (const text of ['title: [unclosed', 'order: 1\norder: 2', bomb]) {
      const refusal = outcome(() => parseYaml(text)).error;
      if (!refusal) throw new Error(`yaml read ${text}`);
      expect(() => yamlData(text), text).toThrow(refusal);
      expect(() => yamlData(text), text).toThrow(refusal.constructor as typeof Error);
    }
    expect(() => yamlData('title: [unclosed')).toThrow(YAMLParseError);
    const broken = outcome(() => yamlData('title: ok\norder: [1,\n')).error as YAMLParseError | undefined;
    expect(broken?.linePos?.[0]?.line).toBeGreaterThan(1);
  });
});
