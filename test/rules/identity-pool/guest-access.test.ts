import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintRuleFixture, seen } from '../helpers.js';

const RULE = 'identity-pool/guest-access';
const DIR = `test/fixtures/rules/${RULE}`;
const f = (messageId: string, file: string, line: number, column: number, resource: string) => ({
  ruleId: RULE,
  messageId,
  severity: 'low',
  file: `${DIR}/invalid/${file}`,
  line,
  column,
  resource,
});

describe(RULE, () => {
  it('reports AllowUnauthenticatedIdentities: true at the value, naming the guest role and its riskiest grant', () => {
    const report = lintRuleFixture(RULE, 'invalid/guests.yaml');
    expect(seen(report, RULE)).toEqual([
      f('grant', 'guests.yaml', 8, 39, 'UploadPool'),
      f('noGrants', 'guests.yaml', 44, 39, 'KioskPool'),
      f('noGrants', 'guests.yaml', 44, 39, 'KioskPool'),
      f('noRole', 'guests.yaml', 84, 39, 'EmptyPool'),
    ]);
    const messages = report.findings.filter((x) => x.ruleId === RULE).map((x) => x.message);
    expect(messages[0]).toBe(
      'Identity pool `UploadPool` gives anyone on the internet guest credentials for role `UploadGuestRole`, whose riskiest grant is `s3:PutObject` (with 1 more action) on `arn:aws:s3:::media-bucket/*`. In the enhanced flow Cognito narrows guest credentials with its session policy.',
    );
    // An undecided Fn::If: each guest role is named with the condition value that attaches it.
    expect(messages.slice(1, 3).sort()).toEqual([
      'Identity pool `KioskPool` gives anyone on the internet guest credentials for role `BlueGuestRole`, which has no grants in the linted files (when condition `Blue` is true).',
      'Identity pool `KioskPool` gives anyone on the internet guest credentials for role `GreenGuestRole`, which has no grants in the linted files (when condition `Blue` is false).',
    ]);
  });

  it('ranks a whole-service wildcard above reads, through an attached AWS::IAM::Policy (JSON)', () => {
    const report = lintRuleFixture(RULE, 'invalid/guests.json');
    expect(seen(report, RULE)).toEqual([f('grant', 'guests.json', 5, 57, 'MapPool')]);
    expect(report.findings.find((x) => x.ruleId === RULE)?.message).toContain('whose riskiest grant is `dynamodb:*` on `arn:aws:dynamodb:us-east-1:111122223333:table/Scores`');
  });

  it('finds the guest role across stacks: pool by Fn::ImportValue, role and grant in a nested stack', () => {
    const report = lintRuleFixture(RULE, 'invalid/cross-stack');
    expect(seen(report, RULE)).toEqual([
      {
        ...f('grant', 'cross-stack/cdk.out/ProdAuth1550ED5A.template.json', 7, 39, 'IdentityPool'),
        cdkPath: 'Prod/Auth/IdentityPool',
      },
    ]);
    expect(report.findings.find((x) => x.ruleId === RULE)?.message).toContain('role `GuestRole`, whose riskiest grant is `s3:PutObject` (with 1 more action) on `${UploadBucket.Arn}/*`');
  });

  it.each(fixtureFiles(RULE, 'valid'))('reports nothing on valid/%s', (file) => {
    expect(seen(lintRuleFixture(RULE, `valid/${file}`), RULE)).toEqual([]);
  });

  it('records a parameter-driven flag as unresolved', () => {
    expect(lintRuleFixture(RULE, 'valid/no-guests.yaml').notifications.filter((n) => n.ruleId === RULE)).toEqual([
      expect.objectContaining({ kind: 'unresolved', message: 'Identity pool ParameterPool: AllowUnauthenticatedIdentities is not statically known.' }),
    ]);
  });
});
