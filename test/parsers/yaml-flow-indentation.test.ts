import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parsers/index.js';

// CloudFormation (like PyYAML) accepts a flow sequence closed on a line indented no deeper than its
// parent key, as real AWS templates do (aws-solutions/content-localization-on-aws); YAML 1.2 does not.
const TEXT = `Resources:
  Pool:
    Type: AWS::Cognito::UserPool
    Properties:
      AdminCreateUserConfig:
        InviteMessageTemplate:
          EmailMessage: !Join ["", [
              "Your username is {username}",
              Ref: AWS::Region,
              "#/stacks"
          ]]
          EmailSubject: Welcome
`;

describe('YAML flow collections closed at the parent indentation', () => {
  it('are read as CloudFormation reads them, with exact positions elsewhere', () => {
    const doc = parseText('t.yaml', TEXT);
    expect(doc.syntaxErrors).toEqual([]);
    expect(doc.data).toMatchObject({
      Resources: {
        Pool: {
          Properties: {
            AdminCreateUserConfig: {
              InviteMessageTemplate: {
                EmailMessage: { 'Fn::Join': ['', ['Your username is {username}', { Ref: 'AWS::Region' }, '#/stacks']] },
                EmailSubject: 'Welcome',
              },
            },
          },
        },
      },
    });
    expect(
      doc.locate('/Resources/Pool/Properties/AdminCreateUserConfig/InviteMessageTemplate/EmailSubject').start,
    ).toEqual({ line: 12, column: 25 });
    expect(doc.text).toBe(TEXT);
  });

  it('still reports a flow collection that is really broken', () => {
    expect(parseText('t.yaml', 'a: [1, 2\nb: 3\n').syntaxErrors.length).toBeGreaterThan(0);
  });
});
