import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actionPatternSet, actionsOf, closestAction, expandActionPattern } from '../../src/iam/actions.js';
import { actionMatches } from '../../src/iam/match.js';

const catalog = ['s3', 'sts', 'cognito-identity', 'ec2', 'ecs'].flatMap((s) => [...(actionsOf(s) ?? [])]);

/** Patterns in every shape the index sorts: exact IDs, literal service with wildcards, wildcard service, no colon. */
const patternArb = fc.oneof(
  fc.constantFrom(...catalog.map((a) => a.id)),
  fc.constantFrom(...catalog.map((a) => a.id.toUpperCase())),
  fc
    .tuple(
      fc.constantFrom('s3', 'S3', 'ec2', 'sts', 'ec?', '*', 's*', ''),
      fc.constantFrom('Get*', '*Object', 'Describe*s', '?etObject', '*', 'Put*Acl', 'AssumeRole*'),
    )
    .map(([s, n]) => `${s}:${n}`),
  fc.constantFrom('*', 's3*', '*Object', 'GetObject', 's3:Get:Object'),
);

describe('actionPatternSet', () => {
  it('names exactly the actions some pattern of the list matches', () => {
    fc.assert(
      fc.property(fc.array(patternArb, { maxLength: 6 }), (patterns) => {
        const names = actionPatternSet(patterns);
        for (const action of catalog) expect(names(action)).toBe(patterns.some((p) => actionMatches(p, action.id)));
      }),
      { numRuns: 60 },
    );
  });

  it('expands patterns as matching each catalog action one by one would', () => {
    for (const pattern of ['s3:get*', '*:AssumeRole*', 'EC?:Describe*s', 's3:GetObject', 'ec*:*Task*']) {
      const expected = (expandActionPattern('*') ?? []).filter((a) => actionMatches(pattern, a.id)).map((a) => a.id);
      expect((expandActionPattern(pattern) ?? []).map((a) => a.id)).toEqual(expected);
    }
  });
});

describe('closestAction', () => {
  it('suggests a close action of the same service, or of the nearest service when the prefix is misspelt', () => {
    expect(closestAction('s3:GetObjekt')).toBe('s3:GetObject');
    expect(closestAction('ec3:DescribeInstances')).toBe('ec2:DescribeInstances');
    expect(closestAction('s3:' + 'x'.repeat(5_000))).toBeUndefined();
  });
});
