import { describe, expect, it } from 'vitest';
import type { IdentityModel } from '../../src/model/model.js';
import { readTarget } from '../../src/analysis/cognito-admin.js';
import type { Resolved } from '../../src/values/resolved.js';

// Only references (`Ref`, `Fn::GetAtt`) consult the model; the fixtures of role/cognito-admin-actions cover those.
const model = {} as unknown as IdentityModel;
const known = (value: string): Resolved => ({ kind: 'known', value });
const kindOf = (value: Resolved, pool: 'user-pool' | 'identity-pool') => readTarget(model, value, pool).kind;

describe('what a statement resource names for Cognito pool actions (readTarget)', () => {
  it('reads `*`, wildcard ARNs and patterns that match pool ARNs as any pool', () => {
    expect(kindOf(known('*'), 'user-pool')).toBe('any');
    expect(kindOf(known('arn:aws:cognito-idp:*:*:userpool/*'), 'user-pool')).toBe('any');
    expect(kindOf(known('arn:aws:cognito-idp:us-east-1:111122223333:*'), 'user-pool')).toBe('any');
    expect(kindOf(known('arn:aws:cognito-*:*:*:*'), 'identity-pool')).toBe('any');
    expect(kindOf(known('arn:*'), 'identity-pool')).toBe('any');
  });

  it('reads a literal pool ID and wholly unknown values as a pool that cannot be resolved', () => {
    expect(
      readTarget(model, known('arn:aws:cognito-idp:us-east-1:111122223333:userpool/us-east-1_EXAMPLE'), 'user-pool'),
    ).toEqual({
      kind: 'unknown',
      text: 'arn:aws:cognito-idp:us-east-1:111122223333:userpool/us-east-1_EXAMPLE',
    });
    expect(readTarget(model, { kind: 'unknown', reason: 'parameter' }, 'identity-pool')).toEqual({
      kind: 'unknown',
      text: '',
    });
    const template: Resolved = {
      kind: 'concat',
      parts: [
        known('arn:aws:cognito-identity:us-east-1:111122223333:identitypool/'),
        { kind: 'unknown', reason: 'import' },
      ],
    };
    expect(kindOf(template, 'identity-pool')).toBe('unknown');
  });

  it('reads resources of another service or pool type, and plain text, as no pool', () => {
    expect(kindOf(known('arn:aws:s3:::reports/*'), 'user-pool')).toBe('other');
    expect(
      kindOf(known('arn:aws:cognito-idp:us-east-1:111122223333:userpool/us-east-1_EXAMPLE'), 'identity-pool'),
    ).toBe('other');
    expect(
      kindOf(known('arn:aws:cognito-identity:us-east-1:111122223333:identitypool/us-east-1:1a2b'), 'user-pool'),
    ).toBe('other');
    expect(kindOf(known('us-east-1_EXAMPLE'), 'user-pool')).toBe('other');
  });
});
