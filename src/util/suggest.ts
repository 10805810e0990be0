/**
 * Did-you-mean for names a user types (options, rule IDs, parameter names): the closest known
 * name a few edits away (src/util/edit-distance.ts, bounded), or nothing.
 */
import { boundedEditDistance } from './edit-distance.js';

/** The candidate nearest to `word` (ties: the first given), when it is close enough to be a typo. */
export function closestName(word: string, candidates: Iterable<string>): string | undefined {
  // A third of the word, at least one edit and at most three: `--fromat` → `--format`, not `-o` → `-v`.
  const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = boundedEditDistance(word.toLowerCase(), candidate.toLowerCase(), limit);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * `did you mean 'x'? ` (with a trailing space, to go before "see --help"), or '' when nothing is
 * close. `quote` writes the name as the surrounding message quotes names.
 */
export function didYouMean(
  word: string,
  candidates: Iterable<string>,
  quote: (name: string) => string = (name) => `'${name}'`,
): string {
  const name = closestName(word, candidates);
  return name === undefined ? '' : `did you mean ${quote(name)}? `;
}
