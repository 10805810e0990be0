/** The candidate nearest to `word` (ties: the first given), when it is close enough to be a typo. */
export declare function closestName(word: string, candidates: Iterable<string>): string | undefined;
/**
 * `did you mean 'x'? ` (with a trailing space, to go before "see --help"), or '' when nothing is
 * close. `quote` writes the name as the surrounding message quotes names.
 */
export declare function didYouMean(word: string, candidates: Iterable<string>, quote?: (name: string) => string): string;
