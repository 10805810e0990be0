import { ruleTester } from '../rule-tester.js';

ruleTester.run('user-pool/client-user-existence-errors', {
  valid: 'all',
  invalid: {
    // Reports a CDK client without preventUserExistenceErrors (excerpt of real synth output, JSON).
    'cdk-defaults.json': [
      {
        messageId: 'missing',
        line: 40,
        column: 18,
        resource: 'PartnerUserPoolPartnerClient4D96BF3D',
        cdkPath: 'WebApp/PartnerUserPool/PartnerClient/Resource',
      },
    ],
    // Reports LEGACY at the value, and a missing setting at the Properties; says that the default is LEGACY.
    'legacy.yaml': [
      {
        messageId: 'legacy',
        line: 10,
        column: 35,
        resource: 'WebClient',
        message:
          'App client `WebClient` of user pool `Users` sets `PreventUserExistenceErrors` to `LEGACY`: sign-in, password reset and confirmation tell callers whether a user name exists.',
      },
      {
        messageId: 'missing',
        line: 14,
        column: 7,
        resource: 'OtherClient',
        message:
          'App client `OtherClient` of user pool `Users` does not set `PreventUserExistenceErrors`, so it is `LEGACY`: sign-in, password reset and confirmation tell callers whether a user name exists.',
      },
    ],
  },
  variants: [
    {
      name: 'on the real CDK cloud assemblies: the partner client of variant f',
      paths: ['test/fixtures/corpus/cdk/f-api-authz-gaps/cdk.out'],
      findings: [
        {
          messageId: 'missing',
          file: 'test/fixtures/corpus/cdk/f-api-authz-gaps/cdk.out/WebApp.template.json',
          line: 1985,
          column: 18,
          resource: 'PartnerUserPoolPartnerClient4D96BF3D',
          cdkPath: 'WebApp/PartnerUserPool/PartnerClient/Resource',
        },
      ],
    },
    {
      name: 'on the real CDK cloud assemblies: not the clients that set ENABLED',
      paths: ['test/fixtures/corpus/cdk/a-secure-l2/cdk.out'],
      findings: [],
    },
  ],
});
