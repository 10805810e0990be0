/**
 * Bounded Levenshtein distance for did-you-mean suggestions. A suggestion is only worth making
 * when the two words are a few edits apart, so the distance is computed in a band of `limit`
 * cells either side of the diagonal and gives up as soon as it must exceed `limit`: O(n·limit)
 * time, and O(1) when the lengths alone differ by more than `limit`. The words come from the
 * user's files (a 5 KB condition operator, 20,000 unknown actions), so an unbounded O(n·m) table
 * per candidate is not affordable.
 */
export declare function boundedEditDistance(a: string, b: string, limit: number): number;
