/**
 * YAML that CloudFormation deploys but YAML 1.2 rejects (issue 9, class 2). CloudFormation and
 * cfn-lint read YAML the way PyYAML does, which ignores indentation inside quoted scalars and
 * flow collections and takes a `#` right after a token as a comment. Each construct here was
 * checked against PyYAML (safe loader, any `!` tag accepted): same data. Positions are exact:
 * the text is never rewritten.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { lint } from '../../src/index.js';
import { memoryFileSystem } from '../../src/inputs/memory-fs.js';
import { parseYaml } from '../../src/parsers/yaml.js';
import { at, errorsOf } from './helpers.js';

const STATEMENT = '/Resources/Policy/Properties/PolicyDocument/Statement/0';

describe('quoted scalars continued left of where YAML 1.2 wants them', () => {
  it('reads a double-quoted !Sub continued at the key’s level (escaped line break: no space)', () => {
    const doc = parseYaml(
      't.yaml',
      `Resources:
  Policy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Statement:
          - Effect: Allow
            Resource: !Sub "arn:\${AWS::Partition}:s3:::\${Files}/private/\\
            \${!cognito-identity.amazonaws.com:sub}/*"
            Action: s3:GetObject
`,
    );
    expect(errorsOf(doc)).toEqual([]);
    expect(doc.data).toEqual({
      Resources: {
        Policy: {
          Type: 'AWS::IAM::ManagedPolicy',
          Properties: {
            PolicyDocument: {
              Statement: [
                {
                  Effect: 'Allow',
                  Resource: {
                    'Fn::Sub': 'arn:${AWS::Partition}:s3:::${Files}/private/${!cognito-identity.amazonaws.com:sub}/*',
                  },
                  Action: 's3:GetObject',
                },
              ],
            },
          },
        },
      },
    });
    expect(at(doc, `${STATEMENT}/Resource`)).toBe('8:23-9:54');
    expect(at(doc, `${STATEMENT}/Resource`, 'key')).toBe('8:13-8:21');
    expect(at(doc, `${STATEMENT}/Action`)).toBe('10:21-10:33');
  });

  it('reads continuation lines further left than the key, down to column 1, folded to spaces', () => {
    const doc = parseYaml(
      't.yaml',
      `Outputs:
  Files:
    Description: "Files of
  each signed-in user,
kept apart"
    Value: !Ref Files
`,
    );
    expect(errorsOf(doc)).toEqual([]);
    expect(doc.data).toEqual({
      Outputs: { Files: { Description: 'Files of each signed-in user, kept apart', Value: { Ref: 'Files' } } },
    });
    expect(at(doc, '/Outputs/Files/Description')).toBe('3:18-5:12');
    expect(at(doc, '/Outputs/Files/Value')).toBe('6:12-6:22');
  });

  it('reads a single-quoted scalar in a sequence continued at the dash, blank line kept as a line break', () => {
    const doc = parseYaml('t.yaml', "Tags:\n  - 'first\n  second\n\n  third'\n  - next\n");
    expect(errorsOf(doc)).toEqual([]);
    expect(doc.data).toEqual({ Tags: ['first second\nthird', 'next'] });
    expect(at(doc, '/Tags/1')).toBe('6:5-6:9');
  });
});

describe('flow collections whose lines sit left of their key', () => {
  it('reads items and closing brackets left of the key, with their own positions', () => {
    const doc = parseYaml(
      't.yaml',
      `Resources:
  Policy:
    Properties:
      Roles: !Split [",", !Join [",", [
    !Ref AuthRole,
  !Ref GuestRole
]]]
      PolicyName: files
`,
    );
    expect(errorsOf(doc)).toEqual([]);
    expect(doc.data).toEqual({
      Resources: {
        Policy: {
          Properties: {
            Roles: { 'Fn::Split': [',', { 'Fn::Join': [',', [{ Ref: 'AuthRole' }, { Ref: 'GuestRole' }]] }] },
            PolicyName: 'files',
          },
        },
      },
    });
    expect(at(doc, '/Resources/Policy/Properties/Roles/Fn::Split/1/Fn::Join/1/1')).toBe('6:3-6:17');
    expect(at(doc, '/Resources/Policy/Properties/Roles/Fn::Split/1/Fn::Join/1/1/Ref')).toBe('6:3-6:17');
    expect(at(doc, '/Resources/Policy/Properties/PolicyName')).toBe('8:19-8:24');
  });

  it('reads a flow line indented with tabs, as libyaml (cfn-lint’s reader) does', () => {
    const doc = parseYaml('t.yaml', 'X:\n  - [a,\n\t\tb]\n  - c\n');
    expect(errorsOf(doc)).toEqual([]);
    expect(doc.data).toEqual({ X: [['a', 'b'], 'c'] });
    expect(at(doc, '/X/0/1')).toBe('3:3-3:4');
  });

  it('reads a flow mapping at its key’s level, with a plain scalar continued at column 1', () => {
    const doc = parseYaml(
      't.yaml',
      `Role:
  AssumeRolePolicyDocument: {
  Version: '2012-10-17',
  Statement: [{Effect: Allow, Action: sts:AssumeRoleWithWebIdentity,
Sid: trust for
the pool}]
  }
  Path: /app/
`,
    );
    expect(errorsOf(doc)).toEqual([]);
    expect(doc.data).toEqual({
      Role: {
        AssumeRolePolicyDocument: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRoleWithWebIdentity', Sid: 'trust for the pool' }],
        },
        Path: '/app/',
      },
    });
    expect(at(doc, '/Role/AssumeRolePolicyDocument/Statement/0/Sid')).toBe('5:6-6:9');
    expect(at(doc, '/Role/Path')).toBe('8:9-8:14');
  });
});

describe('comments right after a token', () => {
  it('reads `#` right after a quoted scalar or a flow collection as a comment', () => {
    const doc = parseYaml(
      't.yaml',
      'Statement:\n  Sid: "read"# own files only\n  Action: [s3:GetObject]# no writes\n  Effect: Allow\n',
    );
    expect(errorsOf(doc)).toEqual([]);
    expect(doc.data).toEqual({ Statement: { Sid: 'read', Action: ['s3:GetObject'], Effect: 'Allow' } });
    expect(at(doc, '/Statement/Action/0')).toBe('3:12-3:24');
    expect(at(doc, '/Statement/Effect')).toBe('4:11-4:16');
  });

  it('keeps `#` inside a plain scalar part of it, as YAML 1.2 and PyYAML both do', () => {
    expect(parseYaml('t.yaml', 'Sid: read#1\n').data).toEqual({ Sid: 'read#1' });
  });
});

describe('old Mac line ends (a lone CR)', () => {
  it('reads a lone CR as a line break, as YAML 1.1 and 1.2 both say, with lines counted the same', () => {
    const doc = parseYaml('t.yaml', 'Resources:\r  Files:\r    Type: "AWS::S3::Bucket"\r');
    expect(errorsOf(doc)).toEqual([]);
    expect(doc.data).toEqual({ Resources: { Files: { Type: 'AWS::S3::Bucket' } } });
    expect(at(doc, '/Resources/Files/Type')).toBe('3:11-3:28');
  });

  it('reads a file mixing CRLF and lone CR', () => {
    expect(parseYaml('t.yaml', 'a: 1\r\nb: 2\rc: 3\n').data).toEqual({ a: 1, b: 2, c: 3 });
  });
});

describe('files that are really broken still report a syntax error', () => {
  it('a quoted scalar never closed', () => {
    const doc = parseYaml(
      't.yaml',
      'Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: "files\n    DependsOn: Pool\n',
    );
    expect(errorsOf(doc)).toEqual(['7:1-7:1 The YAML parser reports "Missing closing "quote"']);
    expect(doc.data).toBeUndefined();
  });

  it('a flow collection never closed (read on, as PyYAML does, to the `b: 3` it cannot take)', () => {
    const doc = parseYaml('t.yaml', 'a: [1, 2\nb: 3\n');
    expect(errorsOf(doc)).toEqual([
      '1:8-2:2 The YAML parser reports "Implicit keys of flow sequence pairs need to be on a single line"',
      '3:1-3:1 The YAML parser reports "Flow sequence in block collection must be sufficiently indented and end with a ]"',
    ]);
    expect(doc.data).toBeUndefined();
  });

  it('a quoted scalar that runs into a document marker (PyYAML: "found unexpected document separator")', () => {
    const doc = parseYaml('t.yaml', 'X: "a\n---\nb"\n');
    expect(errorsOf(doc)[0]).toBe('1:6-2:1 The YAML parser reports "Missing closing "quote"');
    expect(doc.data).toBeUndefined();
  });

  it('a flow collection whose closing bracket is missing at the end of the file', () => {
    const doc = parseYaml('t.yaml', 'Roles:\n  - !Join [",", [\n  !Ref AuthRole,\n!Ref GuestRole]\n');
    expect(errorsOf(doc)).toEqual([
      '5:1-5:1 The YAML parser reports "Flow sequence in block collection must be sufficiently indented and end with a ]"',
    ]);
    expect(doc.data).toBeUndefined();
  });
});

/**
 * End to end: a template written as CloudFormation reads it lints exactly like the same
 * template indented as YAML 1.2 wants (same findings on the same lines), without a parse error.
 */
const LENIENT = `AWSTemplateFormatVersion: '2010-09-09'
Description: Written the way CloudFormation reads YAML, not the way YAML 1.2 wants it.
Resources:
  Files:
    Type: AWS::S3::Bucket
  IdentityPool:
    Type: AWS::Cognito::IdentityPool
    Properties:
      AllowUnauthenticatedIdentities: false
  AuthRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {
      Version: '2012-10-17',
      Statement: [{
        Effect: Allow,
        Principal: { Federated: cognito-identity.amazonaws.com },
        Action: sts:AssumeRoleWithWebIdentity,
        Condition: { "ForAnyValue:StringLike": { "cognito-identity.amazonaws.com:amr": authenticated } }
      }]}
      Policies:
        - PolicyName: own-files
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action: [s3:GetObject, s3:PutObject]
                Resource: !Sub "arn:\${AWS::Partition}:s3:::\${Files}/private/\\
                \${cognito-identity.amazonaws.com:sub}/*"
  Attachment:
    Type: AWS::Cognito::IdentityPoolRoleAttachment
    Properties:
      IdentityPoolId: !Ref IdentityPool
      Roles:
        authenticated: !GetAtt AuthRole.Arn
`;

/** The same template as YAML 1.2 wants it: only the indentation of lines 14-20 and 29 differs. */
const STRICT = LENIENT.split('\n')
  .map((line, i) => ((i + 1 >= 14 && i + 1 <= 20) || i + 1 === 29 ? `  ${line}` : line))
  .join('\n');

function lintText(text: string) {
  const fs = memoryFileSystem({ '/proj/template.yaml': text });
  return lint(['template.yaml'], { fs, cwd: '/proj', now: new Date('2026-11-26T00:00:00Z') }).report.findings.map(
    (f) => ({
      ruleId: f.ruleId,
      line: f.range.start.line,
      column: f.range.start.column,
      resource: f.resource?.logicalId,
    }),
  );
}

describe('linting a template CloudFormation deploys and YAML 1.2 rejects', () => {
  it('is a template YAML 1.2 rejects, and reads as its YAML 1.2 rendering does', () => {
    expect(parseDocument(LENIENT).errors.length).toBeGreaterThan(0);
    expect(parseDocument(STRICT).errors).toEqual([]);
    expect(parseYaml('t.yaml', LENIENT).data).toEqual(parseYaml('t.yaml', STRICT).data);
  });

  it('yields the rule findings, at their positions, and no input/parse-error', () => {
    expect(lintText(LENIENT)).toEqual([
      { ruleId: 'trust/missing-aud', line: 15, column: 19, resource: 'AuthRole' },
      { ruleId: 's3/object-access-not-scoped', line: 26, column: 17, resource: 'AuthRole' },
      { ruleId: 'policy/variable-sub-escape', line: 28, column: 27, resource: 'AuthRole' },
    ]);
  });

  it('yields the same findings on the same lines as the YAML 1.2 rendering', () => {
    const lines = (findings: ReturnType<typeof lintText>) =>
      findings.map(({ ruleId, line, resource }) => ({ ruleId, line, resource }));
    expect(lines(lintText(LENIENT))).toEqual(lines(lintText(STRICT)));
  });

  it('reports a template that is really broken with input/parse-error where PyYAML does, and nothing else', () => {
    // PyYAML: "while parsing a flow mapping (line 15, column 19) expected ',' or '}', but got ']' (line 20, column 8)".
    // The under-indented lines before it are not reported: CloudFormation reads them.
    const broken = LENIENT.replace('Condition: {', 'Condition: {{');
    expect(lintText(broken)).toEqual([{ ruleId: 'input/parse-error', line: 20, column: 8, resource: undefined }]);
  });
});
