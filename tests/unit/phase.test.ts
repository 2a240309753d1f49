import { describe, expect, it } from 'vitest';
import { PROGRESS_FROM, phaseLine, progressLine, progressReporter } from '../../src/build/phase';

describe('phaseLine', () => {
  it('says what a phase did and how long it took, in tenths of a second', () => {
    expect(phaseLine('links', '34 pages checked, 0 broken', 1_000, 1_437)).toBe('links: 34 pages checked, 0 broken in 0.4 s');
    expect(phaseLine('search', '28 pages indexed', 0, 12_960)).toBe('search: 28 pages indexed in 13.0 s');
  });
});

describe('progress lines', () => {
  it('say how far a phase is, with counts and the time so far', () => {
    expect(progressLine('html', 'validated', 400, 1000, 'pages', 0, 12_340)).toBe('html: validated 400/1000 pages in 12.3 s');
  });

  it('come at each tenth of a long phase as it is reached, not at its end', () => {
    const lines: string[] = [];
    let clock = 0;
    const report = progressReporter('content', 'checked', 'guides', (line) => lines.push(line), 0, () => clock);
    for (let done = 1; done <= 1000; done++) {
      clock += 10;
      report(done, 1000);
    }
    expect(lines).toHaveLength(9);
    expect(lines.slice(0, 2)).toMatchInlineSnapshot(`
      [
        "content: checked 100/1000 guides in 1.0 s",
        "content: checked 200/1000 guides in 2.0 s",
      ]
    `);
    expect(lines.at(-1)).toBe('content: checked 900/1000 guides in 9.0 s');
  });

  it('stay quiet for a small site: 30 pages end before anyone waits', () => {
    const lines: string[] = [];
    const report = progressReporter('html', 'validated', 'pages', (line) => lines.push(line));
    for (let done = 1; done <= 30; done++) report(done, 30);
    expect(lines).toEqual([]);
    expect(PROGRESS_FROM).toBeGreaterThan(30);
  });
});
