import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintRuleFixture, seen } from '../helpers.js';

const RULE = 'apigateway/authorizer-misconfigured';
const f = (messageId: string, file: string, line: number, column: number, resource: string) => ({
  ruleId: RULE,
  messageId,
  severity: 'high',
  file: `test/fixtures/rules/${RULE}/invalid/${file}`,
  line,
  column,
  resource,
});

describe(RULE, () => {
  it('reports authorizers without user pools or header, and methods without or with the wrong authorizer', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/rest.yaml'), RULE)).toEqual([
      // No ProviderARNs: at the authorizer's Properties.
      f('noProviderArns', 'rest.yaml', 17, 7, 'NoPools'),
      f('identitySourceNotHeader', 'rest.yaml', 27, 23, 'PoolId'),
      f('notUserPoolArn', 'rest.yaml', 29, 11, 'PoolId'),
      f('identitySourceMissing', 'rest.yaml', 33, 7, 'TokenAuthorizer'),
      f('methodNoAuthorizer', 'rest.yaml', 49, 7, 'NoAuthorizerId'),
      f('authorizerWrongType', 'rest.yaml', 60, 21, 'WrongType'),
      f('authorizerOfOtherApi', 'rest.yaml', 68, 21, 'OtherApi'),
    ]);
  });

  it('judges SAM UserPoolArn and OpenAPI providerARNs entries too', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/sam-and-openapi.json'), RULE)).toEqual([
      f('notUserPoolArn', 'sam-and-openapi.json', 13, 56, 'SamApi'),
      // Both entries of one providerARNs list: one finding, at the first offender.
      f('notUserPoolArns', 'sam-and-openapi.json', 31, 34, 'SpecApi'),
    ]);
  });

  it('reports a list with several offending entries once, at the first offender, naming every offender', () => {
    const report = lintRuleFixture(RULE, 'invalid/several-offenders.yaml');
    expect(seen(report, RULE)).toEqual([
      f('notUserPoolArns', 'several-offenders.yaml', 16, 11, 'Mixed'),
      f('notUserPoolArns', 'several-offenders.yaml', 32, 17, 'SamApi'),
      // The same mistake twice is one offender.
      f('notUserPoolArn', 'several-offenders.yaml', 36, 17, 'SamApi'),
    ]);
    expect(report.findings.filter((x) => x.ruleId === RULE).map((x) => x.message)).toEqual([
      'Cognito authorizer `Mixed` of API `Orders` lists `${UserPool}`, `${UserPool.ProviderURL}` and `arn:aws:cognito-idp:us-east-1:123456789012:userpool`, which are not user pool ARNs (`arn:aws:cognito-idp:<region>:<account>:userpool/<poolId>`). `Ref` of a user pool returns its ID, not its ARN. `ProviderURL` of a user pool is not its ARN. Use `Fn::GetAtt <pool>.Arn`.',
      'Cognito authorizer `Pools` (SAM `Auth.Authorizers`) of API `SamApi` lists `arn:aws:2` and `arn:aws:3`, which are not user pool ARNs (`arn:aws:cognito-idp:<region>:<account>:userpool/<poolId>`).',
      'Cognito authorizer `SamePoolTwice` (SAM `Auth.Authorizers`) of API `SamApi` lists `${UserPool}`, which is not a user pool ARN (`arn:aws:cognito-idp:<region>:<account>:userpool/<poolId>`). `Ref` of a user pool returns its ID, not its ARN. Use `Fn::GetAtt <pool>.Arn`.',
    ]);
  });

  it('says that Ref of a user pool is its ID', () => {
    const messages = lintRuleFixture(RULE, 'invalid/rest.yaml').findings.filter((x) => x.ruleId === RULE).map((x) => x.message);
    expect(messages[2]).toBe(
      'Cognito authorizer `PoolId` of API `Orders` lists `${UserPool}`, which is not a user pool ARN (`arn:aws:cognito-idp:<region>:<account>:userpool/<poolId>`). `Ref` of a user pool returns its ID, not its ARN. Use `Fn::GetAtt <pool>.Arn`.',
    );
    expect(messages[6]).toBe('Method `DELETE /` of API `Orders` uses authorizer `ReportsAuthorizer`, which belongs to API `Reports`.');
  });

  it('leaves a parameter and an SSM parameter unresolved rather than judging their defaults', () => {
    for (const file of ['valid/canonical.yaml', 'valid/sam.json']) {
      expect(lintRuleFixture(RULE, file).notifications.filter((n) => n.ruleId === RULE && n.kind === 'unresolved')).toHaveLength(1);
    }
  });

  it.each(fixtureFiles(RULE, 'valid'))('reports nothing on valid/%s', (file) => {
    expect(seen(lintRuleFixture(RULE, `valid/${file}`), RULE)).toEqual([]);
  });

  it.each([...fixtureFiles(RULE, 'valid').map((x) => `valid/${x}`), ...fixtureFiles(RULE, 'invalid').map((x) => `invalid/${x}`)])(
    '%s is a readable template',
    (file) => {
      const report = lintRuleFixture(RULE, file);
      expect(seen(report, 'input/parse-error')).toEqual([]);
      expect(report.notifications.filter((n) => n.kind === 'internal')).toEqual([]);
    },
  );
});
