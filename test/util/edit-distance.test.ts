import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedEditDistance } from '../../src/util/edit-distance.js';

/** The textbook Levenshtein table, unbounded. */
function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

describe('boundedEditDistance', () => {
  it('is the edit distance when within the limit, and limit + 1 otherwise', () => {
    const word = fc.array(fc.constantFrom('a', 'b', 'c', ':'), { maxLength: 12 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, limit) => {
        const exact = levenshtein(a, b);
        expect(boundedEditDistance(a, b, limit)).toBe(exact <= limit ? exact : limit + 1);
      }),
      { numRuns: 3000 },
    );
  });

  it('gives up on long words at once (5 KB against a short candidate, or two 5 KB words far apart)', () => {
    const long = 'x'.repeat(5_000);
    const started = Date.now();
    for (let i = 0; i < 1_000; i++) {
      expect(boundedEditDistance(long, 'StringEquals', 2)).toBe(3);
      expect(boundedEditDistance(long, 'y'.repeat(5_000), 2)).toBe(3);
    }
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
