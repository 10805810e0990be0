import { describe, expect, it } from 'vitest';
import { isSubstitutedKey, variablesIn } from '../../../src/analysis/variables.js';
import { known, unknown, type Resolved } from '../../../src/values/resolved.js';
import { fixtureFiles, lintRuleFixture, seen } from '../helpers.js';

const RULE = 'policy/variable-unknown';
const dir = `test/fixtures/rules/${RULE}/invalid`;
const f = (file: string, messageId: string, line: number, column: number, resource: string) => ({
  ruleId: RULE,
  messageId,
  severity: 'medium',
  file: `${dir}/${file}`,
  line,
  column,
  resource,
});

describe(RULE, () => {
  it('reports unknown keys and variables where IAM never substitutes them, once per statement and problem', () => {
    const report = lintRuleFixture(RULE, 'invalid/variables.yaml');
    expect(seen(report, RULE)).toEqual([
      f('variables.yaml', 'unknownKey', 31, 21, 'AuthenticatedRole'), // `…:subject` (Fn::Sub) and `${aws:PrincipalTag}` (Fn::Join)
      f('variables.yaml', 'beforeFifthColon', 37, 27, 'AuthenticatedRole'), // region part of the ARN
      f('variables.yaml', 'operator', 44, 36, 'AuthenticatedRole'), // NumericLessThan and DateGreaterThan
      f('variables.yaml', 'element', 49, 25, 'AuthenticatedRole'), // Action
      f('variables.yaml', 'notSubstitutedReference', 55, 27, 'AuthenticatedRole'), // `${UploadBucket}` outside Fn::Sub
    ]);
    const messages = report.findings.filter((x) => x.ruleId === RULE).map((x) => x.message);
    expect(messages[0]).toBe(
      'In policy `UserFiles`, statement `OwnFiles`, `${cognito-identity.amazonaws.com:subject}` and `${aws:PrincipalTag}` name no request-context key that IAM substitutes, so the value never matches what was meant.',
    );
    expect(messages[2]).toBe(
      'In policy `UserFiles`, statement `FreshTokens`, `${aws:TokenIssueTime}` stands in the value of `NumericLessThan` and `DateGreaterThan`, whose values IAM never substitutes.',
    );
  });

  it('reports a misspelt key in a policy written as JSON text, at the string', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/template.json'), RULE)).toEqual([f('template.json', 'unknownKey', 7, 27, 'HomePolicy')]);
  });

  it('reports a misspelt key and a variable in a condition key of a raw policy', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/raw-policy.json'), RULE)).toEqual([
      f('raw-policy.json', 'unknownKey', 8, 19, 'raw-policy'),
      f('raw-policy.json', 'element', 16, 71, 'raw-policy'),
    ]);
  });

  it.each(fixtureFiles(RULE, 'valid'))('reports nothing on valid/%s', (file) => {
    expect(seen(lintRuleFixture(RULE, `valid/${file}`), RULE)).toEqual([]);
  });
});

describe('policy variables (src/analysis/variables.ts)', () => {
  it.each([
    'aws:username',
    'AWS:UserName',
    'aws:PrincipalTag/team',
    'aws:RequestTag/project',
    'cognito-identity.amazonaws.com:sub',
    'cognito-identity.amazonaws.com:aud',
    'cognito-identity-us-gov.amazonaws.com:sub',
    'accounts.google.com:sub',
    'oidc.eks.us-east-1.amazonaws.com/id/EXAMPLE:sub',
    'www.amazon.com:user_id',
    'graph.facebook.com:id',
    'saml:sub',
    's3:prefix',
    's3:ExistingObjectTag/project',
    'sns:Endpoint',
    'ec2:SourceInstanceARN',
    '*',
    '?',
    '$',
  ])('IAM substitutes %s', (key) => {
    expect(isSubstitutedKey(key)).toBe(true);
  });

  it.each(['cognito-identity.amazonaws.com:subject', 'aws:PrincipalTag', 'aws:PrincipalTag/', 'aws:user_name', 'username', 's3:nothing'])(
    'IAM does not substitute %s',
    (key) => {
      expect(isSubstitutedKey(key)).toBe(false);
    },
  );

  it('reads variables from Fn::Sub output, Fn::Join pieces and alternatives, with the fixed text before them', () => {
    const joined: Resolved = { kind: 'concat', parts: [known('arn:aws:s3:::b/'), unknown('Ref'), known("/${aws:userid, 'anonymous'}/${!x}")] };
    const vars = variablesIn({ kind: 'anyOf', options: [joined, known('arn:aws:s3:::b/${*}')] });
    expect(vars.map((v) => [v.written, v.key, v.defaultValue, v.kind, v.before])).toEqual([
      ["${aws:userid, 'anonymous'}", 'aws:userid', 'anonymous', 'iam', undefined],
      ['${!x}', '!x', undefined, 'escaped', undefined],
      ['${*}', '*', undefined, 'iam', 'arn:aws:s3:::b/'],
    ]);
    expect(variablesIn(known('${AWS::Region}-${Bucket}-${self:custom.x}')).map((v) => v.kind)).toEqual(['cloudformation', 'cloudformation', 'preprocessor']);
    expect(variablesIn(known("${aws:userid, anonymous}"))[0]!.malformed).toBe(true);
  });
});
