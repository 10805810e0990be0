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
    // Reads the pool from the documented deny form of aud (medium for a closed pool, instead of "no pool
    // could be read"); a Deny of one provider's tokens is no amr condition for guests.
    'deny-forms.yaml': [
      {
        messageId: 'defenceInDepth',
        line: 20,
        column: 13,
        resource: 'DenyFormRole',
        severity: 'medium',
        message:
          'Role `DenyFormRole` does not test `cognito-identity.amazonaws.com:amr`: guest access or the basic (classic) flow is turned off today in identity pool `ClosedPool`, but the role relies on that alone; AWS recommends an `amr` condition on every identity-pool role.',
      },
      {
        messageId: 'guestsCanAssume',
        line: 38,
        column: 13,
        resource: 'ProviderDenyRole',
        message:
          'Role `ProviderDenyRole` does not test `cognito-identity.amazonaws.com:amr`, and guests and the basic (classic) flow are allowed in identity pool `OpenPool`: a guest token buys this role, because with the basic flow the client picks the role.',
      },
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
