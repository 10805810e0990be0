import { ruleTester } from '../rule-tester.js';

ruleTester.run('identity-pool/unused-guest-role', {
  valid: 'all',
  invalid: {
    // Counts managed policy ARNs as grants and reads "false" (JSON).
    'dormant.json': [{ messageId: 'dormant', line: 28, column: 39, resource: 'Attachment' }],
    // Reports an unauthenticated role with grants attached to a pool without guests, at the slot.
    'dormant.yaml': [
      {
        messageId: 'dormant',
        line: 33,
        column: 26,
        resource: 'Attachment',
        messageIncludes: 'with grants (`GuestUploads`)',
      },
    ],
  },
  variants: [
    // The grantless guest role CDK attaches by default.
    ...['a-secure-l2', 'a2-secure-l1'].map((variant) => ({
      name: `stays quiet on the grantless guest role CDK attaches by default (CDK corpus ${variant})`,
      paths: [`test/fixtures/corpus/cdk/${variant}/cdk.out`],
      findings: [],
    })),
  ],
});
