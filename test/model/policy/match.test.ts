import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actionMatches, matchIamPattern } from '../../../src/model/policy/match.js';

/**
 * Reference semantics, straight from the IAM documentation: "*" matches any combination of
 * characters (including none, and including "/" and ":"), "?" matches any single character;
 * everything else is literal. (reference_policies_elements_resource.html, ..._action.html)
 */
function reference(pattern: string, value: string, caseInsensitive = false): boolean {
  const body = [...pattern].map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[\\^$.|+()[\]{}]/g, '\\$&'))).join('');
  return new RegExp(`^${body}$`, caseInsensitive ? 'is' : 's').test(value);
}

const alphabet = fc.constantFrom('a', 'b', 'A', '/', ':', '*', '?', '.', '$', '{', '}');
const patternArb = fc.array(alphabet, { maxLength: 12 }).map((cs) => cs.join(''));
const valueArb = fc.array(fc.constantFrom('a', 'b', 'A', '/', ':', '.', '$', '{', '}', '*', '?'), { maxLength: 14 }).map((cs) => cs.join(''));

describe('matchIamPattern', () => {
  it('agrees with the documented semantics on arbitrary patterns (case-sensitive, ARNs)', () => {
    fc.assert(fc.property(patternArb, valueArb, (p, v) => matchIamPattern(p, v) === reference(p, v)), { numRuns: 5000 });
  });

  it('agrees with the documented semantics case-insensitively (actions)', () => {
    fc.assert(fc.property(patternArb, valueArb, (p, v) => matchIamPattern(p, v, { caseInsensitive: true }) === reference(p, v, true)), { numRuns: 3000 });
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
