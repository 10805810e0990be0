/**
 * trust/missing-aud judges an `aud` built from parts by its fixed parts (docs/semantics.md#resolved-value:
 * "A template of parts is judged by its fixed parts"): `!Sub '${AWS::Region}:*'` under `StringLike`
 * matches every pool of the region, whatever the region is.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';
import { memoryFileSystem } from '../../../src/inputs/memory-fs.js';
import { seen } from '../helpers.js';

const RULE = 'trust/missing-aud';

function lintYaml(aud: string, operator = 'StringLike') {
  const text = `Parameters:
  PoolSuffix:
    Type: String
Resources:
  IdentityPool:
    Type: AWS::Cognito::IdentityPool
    Properties:
      AllowUnauthenticatedIdentities: false
  AuthRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Federated: cognito-identity.amazonaws.com }
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              ${operator}:
                cognito-identity.amazonaws.com:aud: ${aud}
              ForAnyValue:StringLike:
                cognito-identity.amazonaws.com:amr: authenticated
`;
  return lint(['/t.yaml'], { fs: memoryFileSystem({ '/t.yaml': text }), cwd: '/', now: new Date('2026-11-26T00:00:00Z') }).report;
}

describe(`${RULE}: an aud built from parts`, () => {
  it('reports a wildcard in the fixed parts of an Fn::Sub under StringLike', () => {
    expect(seen(lintYaml("!Sub '${AWS::Region}:*'"), RULE)).toEqual([
      { ruleId: RULE, messageId: 'wildcard', severity: 'critical', file: 't.yaml', line: 20, column: 53, resource: 'AuthRole' },
    ]);
  });

  it('reports a wildcard in the fixed parts of an Fn::Join under StringLike', () => {
    expect(seen(lintYaml("!Join ['', [!Ref AWS::Region, ':', '*']]"), RULE)).toEqual([
      { ruleId: RULE, messageId: 'wildcard', severity: 'critical', file: 't.yaml', line: 20, column: 53, resource: 'AuthRole' },
    ]);
  });

  it('does not report parts without a wildcard, nor a wildcard character under StringEquals (compared literally)', () => {
    expect(seen(lintYaml("!Sub '${AWS::Region}:${PoolSuffix}'"), RULE)).toEqual([]);
    expect(seen(lintYaml("!Sub '${AWS::Region}:*'", 'StringEquals'), RULE)).toEqual([]);
  });
});
