import { describe, expect, it } from 'vitest';
import { DEFAULT_BENCH_OPTIONS, durationSeconds, formatReport, median, medianByKey, parseBenchArgs, parsePhases, type SizeResult, type VariantSummary } from '../../src/bench/stats';

describe('bench options', () => {
  it('defaults to the sizes and runs of issue 14, and reads a quick run', () => {
    expect(parseBenchArgs([])).toEqual(DEFAULT_BENCH_OPTIONS);
    expect(DEFAULT_BENCH_OPTIONS).toMatchObject({ sizes: [100, 1000, 5000], runs: 3, clinics: 10 });
    expect(parseBenchArgs(['--sizes', '100,1_000', '--runs', '1', '--clinics', '0', '--no-rebuild'])).toEqual({
      ...DEFAULT_BENCH_OPTIONS,
      sizes: [100, 1000],
      runs: 1,
      clinics: 0,
      rebuild: false,
    });
  });

  it('says what to write instead of a wrong value', () => {
    expect(() => parseBenchArgs(['--runs', '0'])).toThrowErrorMatchingInlineSnapshot(
      `[Error: --runs needs a whole number of at least 1, not "0". Usage: npm run bench -- [--sizes 100,1000,5000] [--runs 3] [--seed 14] [--clinics 10] [--no-rebuild]]`,
    );
    expect(() => parseBenchArgs(['--sizes', '100,lots'])).toThrow('--sizes needs a whole number of at least 1, not "lots"');
    expect(() => parseBenchArgs(['--size', '100'])).toThrow('Unknown option --size.');
  });
});

describe('medians', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow('median of no values');
  });

  it('takes each key over the runs that have it', () => {
    expect(medianByKey([{ links: 1, html: 5 }, { links: 3 }, { links: 2, html: 7 }])).toEqual({ links: 2, html: 6 });
  });
});

describe('phase times from a build log', () => {
  const log = [
    '10:02:13 [microneedling-guide:content-checks] 10 guides checked in 596 ms',
    '10:02:14 [build] ✓ Completed in 1.77s.',
    '10:02:15 \x1b[32m[vite]\x1b[39m ✓ built in 993ms',
    '10:02:16 [vite] ✓ built in 1.5s',
    ' generating static routes ',
    '10:02:17   ├─ /index.html (+3ms) ',
    '10:02:17 ✓ Completed in 1.19s.',
    '10:02:17 [build] ✓ Completed in 2.41s.',
    '10:02:17 [microneedling-guide:site-integrity] links: 20 pages checked, 0 broken in 0.2 s',
    '10:02:18 [microneedling-guide:site-integrity] html: 10/20 pages validated in 0.4 s',
    '10:02:18 [microneedling-guide:site-integrity] html: 20 pages validated, 0 problems in 0.8 s',
    '10:02:18 [microneedling-guide:pagefind] search: 20 pages indexed in 0.1 s',
    '10:02:18 [microneedling-guide:server-config] wrote _headers (policy from 20 pages) and 55 precompressed files',
    '10:02:18 [build] 20 page(s) built in 5.30s',
  ].join('\n');

  it('reads durations as Astro and Vite print them, minutes included', () => {
    expect(['596ms', '1.77s', '0.2 s', '9m 3s', '2m'].map(durationSeconds)).toEqual([0.596, 1.77, 0.2, 543, 120]);
    expect(() => durationSeconds('soon')).toThrow('not a duration: "soon"');
    const long = parsePhases(['10:10:00 [vite] ✓ built in 1m 20s', ' generating static routes ', '10:20:00 ✓ Completed in 9m 3s.', '10:30:00 [build] 5,106 page(s) built in 25m 39s'].join('\n'));
    expect(long).toEqual({ bundle: 80, render: 543, astro: 1539 });
  });

  it('reads the content check, Vite (summed), the render, each phase line (the last one wins) and Astro in all', () => {
    const phases = parsePhases(log);
    expect(Object.keys(phases)).toEqual(['content', 'bundle', 'render', 'links', 'html', 'search', 'astro']);
    expect(phases.content).toBeCloseTo(0.596);
    expect(phases.bundle).toBeCloseTo(2.493);
    expect(phases.render).toBeCloseTo(1.19);
    expect(phases.html).toBeCloseTo(0.8);
    expect(phases.astro).toBeCloseTo(5.3);
  });
});

describe('the report', () => {
  const variant = (wallS: number, largest: number): VariantSummary => ({
    wallS,
    cpuS: wallS * 1.5,
    peakRssMiB: wallS * 100,
    perGuideMs: wallS * 10,
    phases: { content: wallS / 10, links: wallS / 5 },
    distBytes: wallS * 1024 * 1024,
    pagefindBytes: 512 * 1024,
    largestPage: { path: 'search/index.html', bytes: largest },
    guidePage: { html: 7000, css: 3000, js: 1300 },
  });
  const results: SizeResult[] = [
    { guides: 100, bare: variant(5, 20_000), project: variant(10, 40_000), rebuild: { wallS: 3, cleanWallS: 10, identical: true, differing: [] } },
    { guides: 5000, bare: variant(100, 20_000), project: variant(140, 120_000) },
  ];

  it('puts both variants side by side, flags a page over budget, and adds the rebuild and the clinics', () => {
    expect(formatReport(results, { guides: 100, clinics: 10, wallS: 60, cpuS: 110, peakRssMiB: 900, ok: true }, 3)).toMatchInlineSnapshot(`
      "Medians of 3 clean builds of each variant.

      | guides | bare Astro | this project | ratio | per guide bare → project | CPU bare → project | peak RSS bare → project |
      | --- | --- | --- | --- | --- | --- | --- |
      | 100 | 5.0 s | 10.0 s | 2.00× | 50.0 → 100.0 ms | 7.5 s → 15.0 s | 500 MiB → 1,000 MiB |
      | 5,000 | 100.0 s | 140.0 s | 1.40× | 1000.0 → 1400.0 ms | 150.0 s → 210.0 s | 10,000 MiB → 14,000 MiB |

      Phases of this project’s build (seconds, median):

      | guides | content | links |
      | --- | --- | --- |
      | 100 | 1.0 | 2.0 |
      | 5,000 | 14.0 | 28.0 |

      Output:

      | guides | dist bare → project | Pagefind index bare → project | largest page (raw) | a guide page gzip HTML + CSS + JS |
      | --- | --- | --- | --- | --- |
      | 100 | 5.0 MB → 10.0 MB | 0.5 MB → 0.5 MB | 39.1 KB (search/index.html) | 6.8 KB + 2.9 KB + 1.3 KB |
      | 5,000 | 100.0 MB → 140.0 MB | 0.5 MB → 0.5 MB | 117.2 KB (search/index.html) **over 100.0 KB** | 6.8 KB + 2.9 KB + 1.3 KB |

      | guides | one-guide rebuild | clean build | ratio | byte-identical to a clean build |
      | --- | --- | --- | --- | --- |
      | 100 | 3.0 s | 10.0 s | 0.30× | yes |

      build:clinics, 10 synthetic clinics over 100 guides: 60.0 s wall (6.0 s a clinic), CPU 110.0 s, peak RSS 900 MiB"
    `);
  });
});
