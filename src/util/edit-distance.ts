/**
 * Bounded Levenshtein distance for did-you-mean suggestions. A suggestion is only worth making
 * when the two words are a few edits apart, so the distance is computed in a band of `limit`
 * cells either side of the diagonal and gives up as soon as it must exceed `limit`: O(n·limit)
 * time, and O(1) when the lengths alone differ by more than `limit`. The words come from the
 * user's files (a 5 KB condition operator, 20,000 unknown actions), so an unbounded O(n·m) table
 * per candidate is not affordable.
 */

/** The edit distance of `a` and `b` when it is at most `limit`; otherwise `limit + 1`. */
// Two rows reused across calls: suggestions compare one word with thousands of candidates.
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

export function boundedEditDistance(a: string, b: string, limit: number): number {
  const over = limit + 1;
  if (Math.abs(a.length - b.length) > limit) return over;
  if (a === b) return 0;
  // previous[j] / current[j]: distance of a[0..i) and b[0..j); cells outside the band count as over.
  if (rowA.length <= b.length + 1) {
    rowA = new Int32Array(2 * (b.length + 1));
    rowB = new Int32Array(2 * (b.length + 1));
  }
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= b.length; j++) previous[j] = j <= limit ? j : over;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    current[from - 1] = from === 1 && i <= limit ? i : over;
    let rowMin = current[from - 1]!;
    for (let j = from; j <= to; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost, over);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (to < b.length) current[to + 1] = over;
    if (rowMin > limit) return over;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length]!, over);
}
