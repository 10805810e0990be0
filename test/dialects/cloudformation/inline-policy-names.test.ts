/**
 * An inline policy's name as messages give it: as written, with what is not known shown as such;
 * by its position when it is absent or has alternatives.
 */
import { describe, expect, it } from 'vitest';
import { buildIdentityModel } from '../../../src/dialects/index.js';
import { loadInputs } from '../../../src/inputs/load.js';
import { memoryFileSystem } from '../../../src/inputs/memory-fs.js';

const DOCUMENT = "{Version: '2012-10-17', Statement: [{Effect: Allow, Action: s3:GetObject, Resource: '*'}]}";

const TEMPLATE = `
Parameters:
  Stage:
    Type: String
  Env:
    Type: String
    Default: dev
Conditions:
  Prod: !Equals [!Ref Stage, prod]
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {Version: '2012-10-17', Statement: []}
      Policies:
        - PolicyName: plain
          PolicyDocument: ${DOCUMENT}
        - PolicyName: !Sub '\${AWS::StackName}-uploads'
          PolicyDocument: ${DOCUMENT}
        - PolicyName: !Join ['-', [!Ref Stage, myservice, lambda]]
          PolicyDocument: ${DOCUMENT}
        - PolicyDocument: ${DOCUMENT}
        - PolicyName: !If [Prod, a, b]
          PolicyDocument: ${DOCUMENT}
        - PolicyName: !Sub '\${Env}-reports'
          PolicyDocument: ${DOCUMENT}
`;

describe('inline policy names', () => {
  it('are shown as written, unknown parts as such, and by position when absent or with alternatives', () => {
    const fs = memoryFileSystem({ '/p/t.yaml': TEMPLATE });
    const model = buildIdentityModel(loadInputs(['t.yaml'], { fs, cwd: '/p' }));
    const role = model.roles.find((r) => r.name === 'Role')!;
    expect(role.policies.map((p) => p.record.document.name)).toEqual([
      'plain',
      '${AWS::StackName}-uploads',
      '${Stage}-myservice-lambda',
      'Role inline policy 4',
      'Role inline policy 5',
      // A parameter with a default that no value was given for may be the default or anything.
      'Role inline policy 6',
    ]);
  });
});
