import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actionMatches,
  compileIamPattern,
  iamPatternsOverlap,
  matchIamPattern,
  NAME_WILDCARD,
  SEGMENT_WILDCARD,
} from '../../src/iam/match.js';

/**
 * Reference semantics, straight from the IAM documentation: "*" matches any combination of
 * characters (including none, and including "/" and ":"), "?" matches any single character;
 * everything else is literal. (reference_policies_elements_resource.html, ..._action.html)
 */
function reference(pattern: string, value: string, caseInsensitive = false): boolean {
  const body = [...pattern]
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[\\^$.|+()[\]{}]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`, caseInsensitive ? 'is' : 's').test(value);
}

const alphabet = fc.constantFrom('a', 'b', 'A', '/', ':', '*', '?', '.', '$', '{', '}');
const patternArb = fc.array(alphabet, { maxLength: 12 }).map((cs) => cs.join(''));
const valueArb = fc
  .array(fc.constantFrom('a', 'b', 'A', '/', ':', '.', '$', '{', '}', '*', '?'), { maxLength: 14 })
  .map((cs) => cs.join(''));

describe('matchIamPattern', () => {
  it('agrees with the documented semantics on arbitrary patterns (case-sensitive, ARNs)', () => {
    fc.assert(
      fc.property(patternArb, valueArb, (p, v) => matchIamPattern(p, v) === reference(p, v)),
      { numRuns: 5000 },
    );
  });

  it('agrees with the documented semantics case-insensitively (actions)', () => {
    fc.assert(
      fc.property(
        patternArb,
        valueArb,
        (p, v) => matchIamPattern(p, v, { caseInsensitive: true }) === reference(p, v, true),
      ),
      { numRuns: 3000 },
    );
  });

  it('lets * cross / and : but keeps ARNs case-sensitive', () => {
    expect(matchIamPattern('arn:aws:s3:::media/*', 'arn:aws:s3:::media/private/a/b.png')).toBe(true);
    expect(matchIamPattern('arn:aws:s3:::*', 'arn:aws:s3:::media/x')).toBe(true);
    expect(matchIamPattern('arn:aws:s3:::Media/*', 'arn:aws:s3:::media/x')).toBe(false);
    expect(matchIamPattern('arn:aws:s3:::media/?', 'arn:aws:s3:::media/ab')).toBe(false);
  });

  it('compares actions case-insensitively', () => {
    expect(actionMatches('Lex:*', 'lex:PostText')).toBe(true);
    expect(actionMatches('sts:AssumeRole*', 'sts:assumerolewithwebidentity')).toBe(true);
    expect(actionMatches('s3:Get*', 's3:PutObject')).toBe(false);
  });

  it('answers adversarial patterns (exponential backtracking would hit the test timeout)', () => {
    expect(matchIamPattern('*a*a*a*a*a*a*a*a*a*a*a*b', 'a'.repeat(5000))).toBe(false);
  });
});

describe('iamPatternsOverlap', () => {
  /**
   * The regular expression of a pattern: `*` any run, `?` one character, SEGMENT_WILDCARD any run
   * without `:`, NAME_WILDCARD any run without `:` or `/`.
   */
  const regex = (pattern: string): RegExp =>
    new RegExp(
      `^${[...pattern].map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c === SEGMENT_WILDCARD ? '[^:]*' : c === NAME_WILDCARD ? '[^:/]*' : c.replace(/[\\^$.|+()[\]{}]/g, '\\$&'))).join('')}$`,
      's',
    );
  const withSegment = fc
    .array(fc.constantFrom('a', 'b', ':', '/', '*', '?', SEGMENT_WILDCARD, NAME_WILDCARD), { maxLength: 8 })
    .map((cs) => cs.join(''));
  const text = fc.array(fc.constantFrom('a', 'b', ':', '/'), { maxLength: 10 }).map((cs) => cs.join(''));

  it('never says no when some string matches both (sound on arbitrary patterns)', () => {
    fc.assert(
      fc.property(withSegment, withSegment, text, (a, b, value) => {
        if (regex(a).test(value) && regex(b).test(value)) expect(iamPatternsOverlap(a, b)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('says no only when no string matches both (checked against every short string)', () => {
    const strings = ['']; // every string over a, :, / up to length 6
    for (let n = 0; n < 6; n++)
      for (const s of strings.filter((x) => x.length === n)) strings.push(`${s}a`, `${s}:`, `${s}/`);
    const short = fc
      .array(fc.constantFrom('a', ':', '/', '*', '?', SEGMENT_WILDCARD, NAME_WILDCARD), { maxLength: 3 })
      .map((cs) => cs.join(''));
    fc.assert(
      fc.property(short, short, (a, b) => {
        const witness = strings.some((s) => regex(a).test(s) && regex(b).test(s));
        expect(iamPatternsOverlap(a, b)).toBe(witness);
      }),
      { numRuns: 2000 },
    );
  });

  it('tells a tracker ARN from a geofence-collection format, and keeps what a wildcard could match', () => {
    const collection = `arn:${SEGMENT_WILDCARD}:geo:${SEGMENT_WILDCARD}:${SEGMENT_WILDCARD}:geofence-collection/*`;
    expect(iamPatternsOverlap(collection, `arn:aws:geo:${SEGMENT_WILDCARD}:${SEGMENT_WILDCARD}:tracker/assets`)).toBe(
      false,
    );
    expect(iamPatternsOverlap(collection, 'arn:aws:geo:us-east-1:111122223333:geofence-collection/zones')).toBe(true);
    expect(iamPatternsOverlap(collection, 'arn:aws:geo:*:*:*')).toBe(true);
    // IAM's `*` may cross colons: a `*` region leaves room for a collection whose name ends in `:tracker/assets`.
    expect(iamPatternsOverlap(collection, 'arn:aws:geo:*:*:tracker/assets')).toBe(true);
  });
});

describe('compileIamPattern', () => {
  it('agrees with matchIamPattern on arbitrary patterns and values (its prefix, suffix and length checks only rule out)', () => {
    fc.assert(
      fc.property(patternArb, valueArb, (pattern, value) => {
        expect(compileIamPattern(pattern)(value)).toBe(matchIamPattern(pattern, value));
        expect(compileIamPattern(pattern, { caseInsensitive: true })(value.toLowerCase())).toBe(
          matchIamPattern(pattern, value, { caseInsensitive: true }),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('matches a long many-star pattern against many values in linear time per value', () => {
    const matches = compileIamPattern(`*${'a*'.repeat(2_000)}`);
    const value = 'a'.repeat(1_999) + 'b'.repeat(2_000);
    const started = Date.now();
    for (let i = 0; i < 200; i++) expect(matches(value)).toBe(false);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
