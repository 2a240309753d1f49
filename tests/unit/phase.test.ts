import { describe, expect, it } from 'vitest';
import { phaseLine } from '../../src/build/phase';

describe('phaseLine', () => {
  it('says what a phase did and how long it took, in tenths of a second', () => {
    expect(phaseLine('links', '34 pages checked, 0 broken', 1_000, 1_437)).toBe('links: 34 pages checked, 0 broken in 0.4 s');
    expect(phaseLine('search', '28 pages indexed', 0, 12_960)).toBe('search: 28 pages indexed in 13.0 s');
  });
});
