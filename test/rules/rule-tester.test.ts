/**
 * The RuleTester's own judgements: how a template becomes the messages it allows, how message checks
 * combine, and which fixtures a test leaves out. (That every rule test passes through it is the
 * proof of the rest; test/meta/rules.test.ts checks each rule has its test.)
 */
import { describe, expect, it } from 'vitest';
import { listingProblems, messageMatcher, templatePattern } from './rule-tester.js';

describe('templatePattern', () => {
  const template = 'Role {{role}} may `{{action}}` on {{resource}}.';

  it('allows any value for a placeholder, and only the template around it', () => {
    expect('Role `A` may `s3:*` on `*`.').toMatch(templatePattern(template));
    expect('Role `A` may `s3:*` on `*`').not.toMatch(templatePattern(template));
    expect('Rule `A` may `s3:*` on `*`.').not.toMatch(templatePattern(template));
  });

  it('pins the placeholders it is given', () => {
    expect('Role `A` may `s3:*` on `*`.').toMatch(templatePattern(template, { role: '`A`' }));
    expect('Role `B` may `s3:*` on `*`.').not.toMatch(templatePattern(template, { role: '`A`' }));
  });

  it('allows the condition clause the engine adds to a sentence', () => {
    expect('Role `A` may `s3:*` on `*` (when condition `IsProd` is false).').toMatch(templatePattern(template));
    expect('Open door (when condition `C` is true).').toMatch(templatePattern('Open {{x}}{{dormant}}'));
  });

  it('reads regular-expression characters of a template literally', () => {
    expect('Costs $1 (or more)?').toMatch(templatePattern('Costs $1 (or more)?'));
    expect('Costs $1 or more?').not.toMatch(templatePattern('Costs $1 (or more)?'));
  });
});

describe('messageMatcher', () => {
  const template = 'Role {{role}} may {{action}}.';

  it('has nothing to check when the expectation names no message', () => {
    expect(messageMatcher({ messageId: 'm', line: 1, column: 1, resource: 'R' }, template)).toBeUndefined();
  });

  it('combines data, includes, excludes and a pattern: all must hold', () => {
    const matcher = messageMatcher(
      {
        messageId: 'm',
        line: 1,
        column: 1,
        resource: 'R',
        data: { role: '`A`' },
        messageIncludes: ['s3'],
        messageExcludes: 'iam',
        message: /PutObject/,
      },
      template,
    );
    expect('Role `A` may s3:PutObject.').toEqual(matcher);
    expect('Role `B` may s3:PutObject.').not.toEqual(matcher);
    expect('Role `A` may s3:GetObject.').not.toEqual(matcher);
    expect('Role `A` may s3:PutObject and iam:PassRole.').not.toEqual(matcher);
  });

  it('takes an exact message as it is, and refuses one that contradicts the other checks', () => {
    expect(
      messageMatcher({ messageId: 'm', line: 1, column: 1, resource: 'R', message: 'Role `A` may x.' }, template),
    ).toBe('Role `A` may x.');
    expect(() =>
      messageMatcher(
        { messageId: 'm', line: 1, column: 1, resource: 'R', message: 'Role `A` may x.', messageExcludes: 'x' },
        template,
      ),
    ).toThrow();
  });
});

describe('listingProblems', () => {
  it('names every invalid fixture a test leaves out, and every listed one that does not exist', () => {
    expect(
      listingProblems('trust/missing-aud', { valid: 'all', invalid: { 'no-aud.yaml': [], 'gone.yaml': [] } }),
    ).toEqual([
      "invalid/bare-trust-policy.json is not listed in the RuleTester's invalid cases",
      "invalid/deny-does-not-cover.json is not listed in the RuleTester's invalid cases",
      "invalid/merge-key.yaml is not listed in the RuleTester's invalid cases",
      "invalid/weak-operators.yaml is not listed in the RuleTester's invalid cases",
      "invalid/wildcard-string-like.json is not listed in the RuleTester's invalid cases",
      'invalid/gone.yaml is listed but does not exist',
    ]);
  });

  it('holds a listed valid/ folder to the same rule', () => {
    expect(
      listingProblems('role/broad-read', { valid: ['scoped-reads.yaml'], invalid: {} }).filter((p) =>
        p.startsWith('valid/'),
      ),
    ).toEqual([
      "valid/narrowed-by-conditions.yaml is not listed in the RuleTester's valid cases",
      "valid/optional-resource-types.yaml is not listed in the RuleTester's valid cases",
      "valid/s3-object-arns.yaml is not listed in the RuleTester's valid cases",
    ]);
  });
});
