import { ruleTester } from '../rule-tester.js';

ruleTester.run('policy/variable-sub-escape', {
  valid: 'all',
  invalid: {
    // Reports IAM variables without `!` inside Fn::Sub and `${!…}` outside it, at the string.
    'escapes.yaml': [
      { messageId: 'unescapedInSub', line: 17, column: 17, resource: 'FilesPolicy' }, // !Sub short form
      // Fn::Sub list form: the template string
      {
        messageId: 'unescapedInSubMany',
        line: 19,
        column: 21,
        resource: 'FilesPolicy',
        message:
          'In policy `FilesPolicy`, statement `OwnFiles`, `Fn::Sub` takes `${aws:username}` and `${aws:PrincipalTag/team}` for CloudFormation references, so the deployment fails with "Unresolved resource dependencies"; write `${!aws:username}` and `${!aws:PrincipalTag/team}`.',
      },
      // plain condition value
      {
        messageId: 'escapeOutsideSub',
        line: 28,
        column: 28,
        resource: 'FilesPolicy',
        message:
          'In policy `FilesPolicy`, statement `ListOwnPrefix`, `${!cognito-identity.amazonaws.com:sub}` is outside `Fn::Sub`, so the `!` stays in the policy and the variable never matches; write `${cognito-identity.amazonaws.com:sub}`.',
      },
      { messageId: 'escapeOutsideSub', line: 32, column: 61, resource: 'FilesPolicy' }, // Fn::Join piece
    ],
    // Reports `${!…}` in a raw policy.
    'raw-policy.json': [{ messageId: 'escapeOutsideSub', line: 8, column: 19, resource: 'raw-policy' }],
    // Reports the long-form Fn::Sub of a JSON template.
    'template.json': [{ messageId: 'unescapedInSub', line: 13, column: 40, resource: 'HomePolicy' }],
  },
});
