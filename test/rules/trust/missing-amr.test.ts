import { ruleTester } from '../rule-tester.js';

ruleTester.run('trust/missing-amr', {
  valid: 'all',
  invalid: {
    // Is medium for a closed pool, high for a pool whose classic flow is a parameter, high when no pool
    // resolves; names the pool in the message.
    'defence-in-depth.json': [
      {
        messageId: 'defenceInDepth',
        line: 20,
        column: 13,
        resource: 'ClosedRole',
        severity: 'medium',
        messageIncludes: 'identity pool `ClosedPool`',
      },
      { messageId: 'guestsCanAssume', line: 36, column: 13, resource: 'ParameterRole' },
      { messageId: 'noPoolResolved', line: 52, column: 13, resource: 'LiteralRole' },
    ],
    // Is high when the pool named by aud allows guests and the classic flow.
    'guests-and-classic-flow.yaml': [{ messageId: 'guestsCanAssume', line: 15, column: 13, resource: 'AuthRole' }],
    // Does not take a pool that aud excludes (StringNotEquals) for one it trusts.
    'negated-aud.yaml': [{ messageId: 'noPoolResolved', line: 13, column: 13, resource: 'AuthRole' }],
    // Recognises a principal chosen from a map when every value is an identity-pool host (not when one is another provider).
    'partition-principal.yaml': [
      { messageId: 'defenceInDepth', line: 22, column: 13, resource: 'AuthRole', severity: 'medium' },
    ],
  },
});
