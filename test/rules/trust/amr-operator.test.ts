import { ruleTester } from '../rule-tester.js';

ruleTester.run('trust/amr-operator', {
  valid: 'all',
  invalid: {
    // Reads partition variants and case-insensitive key names (JSON). ForAllValues over [authenticated,
    // graph.facebook.com] lets exactly Facebook sign-ins through; ForAnyValue: is false on a missing key, so
    // the negated set form does not claim otherwise.
    'operators.json': [
      {
        messageId: 'forAllValues',
        line: 19,
        column: 89,
        resource: 'ChinaRole',
        messageIncludes: '. As written, the statement admits only users signed in through `graph.facebook.com`.',
      },
      {
        messageId: 'negatedAnyValue',
        line: 38,
        column: 86,
        resource: 'NotLikeRole',
        messageIncludes: '. As written, the statement admits signed-in users only.',
        messageExcludes: 'carries no `amr` at all',
      },
    ],
    // Reports single-valued, ForAllValues, IfExists and negated operators on amr at the condition entry, and
    // only the wrong Fn::If branch, saying what the operator does. What the statement admits comes from the
    // shared amr logic (src/iam/trust.ts).
    'operators.yaml': [
      {
        messageId: 'singleValued',
        line: 21,
        column: 53,
        resource: 'SingleValuedRole',
        messageIncludes:
          '. As written, the statement admits tokens that depend on undocumented or unresolved behaviour.',
      },
      {
        messageId: 'forAllValues',
        line: 35,
        column: 53,
        resource: 'ForAllValuesRole',
        messageIncludes: [
          'true for a token that carries no `amr`',
          '. As written, the statement admits no real token.',
        ],
      },
      {
        messageId: 'ifExists',
        line: 49,
        column: 53,
        resource: 'IfExistsRole',
        messageIncludes: '. As written, the statement admits signed-in users only.',
      },
      {
        messageId: 'negated',
        line: 63,
        column: 53,
        resource: 'NegatedRole',
        messageIncludes: 'a token that carries no `amr` at all',
      },
      { messageId: 'singleValued', line: 83, column: 55, resource: 'ConditionalRole' },
    ],
  },
});
