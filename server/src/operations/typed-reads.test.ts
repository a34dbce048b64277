// A hub's facts paged a share per relation type and direction: the pages tile every group, no fact twice.
import { describe, expect, it } from 'vitest';
import { RELATION_TYPE_NAMES } from '../../../model/index.ts';
import { prng } from '../../../bench/prng.ts';
import { pageShares, shares, type Degree } from './typed-reads.ts';

const degree = (rnd: () => number): Degree =>
  RELATION_TYPE_NAMES.map((t) => [t, rnd() < 0.3 ? 0 : Math.floor(rnd() ** 4 * 5000), rnd() < 0.5 ? 0 : Math.floor(rnd() * 40)]);

describe('pageShares', () => {
  it('reads each group of a hub in consecutive pages, without a gap or a repeat', () => {
    const rnd = prng(19);
    for (let trial = 0; trial < 60; trial++) {
      const d = degree(rnd);
      const size = 1 + Math.floor(rnd() * 300);
      const total = d.reduce((s, [, o, i]) => s + Number(o) + Number(i), 0);
      const readUpTo = shares(d, 0).map(() => 0);
      for (let offset = 0; offset < total; offset += size) {
        const { skip, share } = pageShares(d, offset, size);
        // each group's page starts where the pages before it stopped
        expect(skip).toEqual(readUpTo);
        share.forEach((n, i) => (readUpTo[i] += n));
        expect(share.reduce((a, b) => a + b, 0)).toBe(Math.min(size, total - offset));
      }
      // and together they read every fact of every group once
      expect(readUpTo).toEqual(d.flatMap(([, o, i]) => [Number(o), Number(i)]));
    }
  });

  it('spreads the first page over every group, small groups whole', () => {
    const d: Degree = RELATION_TYPE_NAMES.map((t, k) => [t, k === 0 ? 121_000 : 3, 0]);
    const { skip, share } = pageShares(d, 0, 200);
    expect(skip.every((s) => s === 0)).toBe(true);
    expect(share.filter((_, i) => i % 2 === 0).slice(1).every((s) => s === 3)).toBe(true);
    expect(share[0]).toBe(200 - 3 * (RELATION_TYPE_NAMES.length - 1));
  });
});
