/**
 * Fingerprints are what a baseline and SARIF's `partialFingerprints` match findings by. They must
 * survive what does not change the deployed template — moving lines, reformatting, JSON↔YAML —
 * and change when the finding's identity does: the rule, the resource, the offending value.
 *
 * Each test writes a template, lints it, edits it one way, lints again and compares.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, fingerprint } from '../../src/engine/fingerprint.js';
import { parseText } from '../../src/parsers/index.js';
import { fingerprints, lintFiles } from './helpers.js';

/**
 * Two findings: trust/missing-aud on `AuthRole` at its wildcard `aud` value (critical), and
 * trust/missing-amr on `GuestRole` at its trust statement (high: guests and the classic flow on).
 */
const TEMPLATE_YAML = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  IdentityPool:
    Type: AWS::Cognito::IdentityPool
    Properties:
      AllowUnauthenticatedIdentities: true
      AllowClassicFlow: true
  AuthRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal:
              Federated: cognito-identity.amazonaws.com
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringLike:
                cognito-identity.amazonaws.com:aud: '*'
              ForAnyValue:StringLike:
                cognito-identity.amazonaws.com:amr: authenticated
  GuestRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal:
              Federated: cognito-identity.amazonaws.com
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals:
                cognito-identity.amazonaws.com:aud: !Ref IdentityPool
  Attachment:
    Type: AWS::Cognito::IdentityPoolRoleAttachment
    Properties:
      IdentityPoolId: !Ref IdentityPool
      Roles:
        authenticated: !GetAtt AuthRole.Arn
        unauthenticated: !GetAtt GuestRole.Arn
`;

const KEYS = ['trust/missing-amr GuestRole', 'trust/missing-aud AuthRole'];

function lintOne(name: string, text: string) {
  const report = lintFiles({ [name]: text });
  expect(report.notifications.filter((n) => n.level !== 'note')).toEqual([]);
  return report;
}

const original = lintOne('app.yaml', TEMPLATE_YAML);
const ORIGINAL = fingerprints(original);

/** The same template as plain data (long-form intrinsics), as the YAML parser reads it. */
function templateData(): Record<string, unknown> {
  const doc = parseText('app.yaml', TEMPLATE_YAML);
  return doc.data as Record<string, unknown>;
}

it('the template has the two findings the tests compare', () => {
  expect(Object.keys(ORIGINAL).sort()).toEqual(KEYS);
  expect(Object.values(ORIGINAL).every((fp) => /^[0-9a-f]{32}$/.test(fp))).toBe(true);
});

it('is the same from one run to the next', () => {
  expect(fingerprints(lintOne('app.yaml', TEMPLATE_YAML))).toEqual(ORIGINAL);
});

describe('survives', () => {
  it('moving lines: comments and blank lines above, resources in another order', () => {
    const [head, ...rest] = TEMPLATE_YAML.split('Resources:\n');
    const body = rest.join('Resources:\n');
    const blocks = body.split(/\n(?= {2}\S)/).map((b) => (b.endsWith('\n') ? b : b + '\n'));
    const moved = `# Identity stack\n#\n# Owned by the platform team.\n\n${head}Resources:\n${[...blocks].reverse().join('\n')}`;
    const report = lintOne('app.yaml', moved);
    // The positions did move …
    const line = (r: typeof report, rule: string) => r.findings.find((f) => f.ruleId === rule)!.range.start.line;
    expect(line(report, 'trust/missing-amr')).not.toBe(line(original, 'trust/missing-amr'));
    expect(line(report, 'trust/missing-aud')).not.toBe(line(original, 'trust/missing-aud'));
    // … the identities did not.
    expect(fingerprints(report)).toEqual(ORIGINAL);
  });

  it('reformatting YAML: indentation, flow style, quoting, key order', () => {
    const reformatted = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
    Attachment:
        Type: "AWS::Cognito::IdentityPoolRoleAttachment"
        Properties:
            Roles: { unauthenticated: !GetAtt GuestRole.Arn, authenticated: !GetAtt AuthRole.Arn }
            IdentityPoolId: !Ref IdentityPool
    GuestRole:
        Type: AWS::IAM::Role
        Properties:
            AssumeRolePolicyDocument:
                Statement:
                    - Action: "sts:AssumeRoleWithWebIdentity"
                      Condition: { StringEquals: { "cognito-identity.amazonaws.com:aud": { Ref: IdentityPool } } }
                      Principal: { Federated: "cognito-identity.amazonaws.com" }
                      Effect: Allow
                Version: "2012-10-17"
    AuthRole:
        Properties:
            AssumeRolePolicyDocument:
                Version: "2012-10-17"
                Statement: [{ Effect: Allow, Principal: { Federated: cognito-identity.amazonaws.com }, Action: sts:AssumeRoleWithWebIdentity, Condition: { ForAnyValue:StringLike: { cognito-identity.amazonaws.com:amr: authenticated }, StringLike: { cognito-identity.amazonaws.com:aud: "*" } } }]
        Type: AWS::IAM::Role
    IdentityPool:
        Type: AWS::Cognito::IdentityPool
        Properties: { AllowClassicFlow: true, AllowUnauthenticatedIdentities: true }
`;
    expect(fingerprints(lintOne('app.yaml', reformatted))).toEqual(ORIGINAL);
  });

  it('converting to JSON with the same data: pretty, minified, keys reordered', () => {
    const data = templateData();
    expect(fingerprints(lintOne('app.json', JSON.stringify(data, null, 2) + '\n'))).toEqual(ORIGINAL);
    expect(fingerprints(lintOne('app.json', JSON.stringify(data)))).toEqual(ORIGINAL);
    const reversed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversed)
        : value !== null && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([k, v]) => [k, reversed(v)]),
            )
          : value;
    expect(fingerprints(lintOne('app.json', JSON.stringify(reversed(data), null, 4)))).toEqual(ORIGINAL);
  });

  it('converting JSON back to YAML (.template extension too)', () => {
    const json = JSON.stringify(templateData(), null, 2);
    // JSON is YAML: the flow style of a converted file, under another extension.
    expect(fingerprints(lintOne('app.template', json))).toEqual(ORIGINAL);
  });

  it('adding a suppression of another rule, or CDK path metadata, to the resource', () => {
    const withMetadata = TEMPLATE_YAML.replace(
      '  GuestRole:\n    Type: AWS::IAM::Role\n',
      `  GuestRole:
    Type: AWS::IAM::Role
    Metadata:
      aws:cdk:path: App/GuestRole/Resource
      cognito-iam-lint:
        suppress:
          - rule: trust/missing-aud
            reason: Not this finding.
`,
    );
    expect(withMetadata).not.toBe(TEMPLATE_YAML);
    expect(fingerprints(lintOne('app.yaml', withMetadata))).toEqual(ORIGINAL);
  });

  it('metadata changes, for a finding reported at the whole resource', () => {
    // Rules that report a missing property at the resource hash the resource's value: its
    // Metadata (suppressions, cdk-nag's, CDK paths) is not part of what it deploys.
    const withMetadata = TEMPLATE_YAML.replace(
      '  GuestRole:\n    Type: AWS::IAM::Role\n',
      '  GuestRole:\n    Type: AWS::IAM::Role\n    Metadata:\n      cdk_nag:\n        rules_to_suppress: [{ id: AwsSolutions-IAM5, reason: Reviewed in SEC-1 }]\n',
    );
    const at = (text: string, pointer: string) =>
      fingerprint({
        ruleId: 'role/x',
        doc: parseText('app.yaml', text),
        pointer,
        stack: undefined,
        logicalId: 'GuestRole',
        resourcePointer: '/Resources/GuestRole',
        key: undefined,
      });
    expect(at(withMetadata, '/Resources/GuestRole')).toBe(at(TEMPLATE_YAML, '/Resources/GuestRole'));
    // Properties still count.
    const otherProperties = TEMPLATE_YAML.replace(
      '  GuestRole:\n    Type: AWS::IAM::Role\n    Properties:\n',
      '  GuestRole:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: guests\n',
    );
    expect(at(otherProperties, '/Resources/GuestRole')).not.toBe(at(TEMPLATE_YAML, '/Resources/GuestRole'));
  });

  it('changes in another resource', () => {
    const edited = TEMPLATE_YAML.replace(
      'AllowClassicFlow: true',
      'AllowClassicFlow: true\n      IdentityPoolName: players',
    );
    expect(fingerprints(lintOne('app.yaml', edited))).toEqual(ORIGINAL);
  });
});

describe('changes when', () => {
  it('the resource is renamed (and only that resource’s finding changes)', () => {
    const renamed = TEMPLATE_YAML.replace(/\bAuthRole\b/g, 'PlayerRole');
    const after = fingerprints(lintOne('app.yaml', renamed));
    expect(Object.keys(after).sort()).toEqual(['trust/missing-amr GuestRole', 'trust/missing-aud PlayerRole']);
    expect(after['trust/missing-aud PlayerRole']).not.toBe(ORIGINAL['trust/missing-aud AuthRole']);
    expect(after['trust/missing-amr GuestRole']).toBe(ORIGINAL['trust/missing-amr GuestRole']);
  });

  it('the offending value changes', () => {
    // Another wildcard `aud`: still the same rule and message ID, on the same node.
    const otherValue = TEMPLATE_YAML.replace(
      "cognito-identity.amazonaws.com:aud: '*'",
      "cognito-identity.amazonaws.com:aud: 'us-east-1:*'",
    );
    const after = lintOne('app.yaml', otherValue);
    const aud = after.findings.find((f) => f.ruleId === 'trust/missing-aud')!;
    expect(aud.messageId).toBe(original.findings.find((f) => f.ruleId === 'trust/missing-aud')!.messageId);
    expect(aud.fingerprint).not.toBe(ORIGINAL['trust/missing-aud AuthRole']);
    expect(fingerprints(after)['trust/missing-amr GuestRole']).toBe(ORIGINAL['trust/missing-amr GuestRole']);

    // The statement missing-amr reports grows a second action.
    const otherStatement = TEMPLATE_YAML.replace(
      /( {2}GuestRole:[\s\S]*?)Action: sts:AssumeRoleWithWebIdentity/,
      '$1Action: [sts:AssumeRoleWithWebIdentity, sts:TagSession]',
    );
    expect(fingerprints(lintOne('app.yaml', otherStatement))['trust/missing-amr GuestRole']).not.toBe(
      ORIGINAL['trust/missing-amr GuestRole'],
    );
  });

  it('the rule differs, on the same node', () => {
    const doc = parseText('app.yaml', TEMPLATE_YAML);
    const pointer = '/Resources/GuestRole/Properties/AssumeRolePolicyDocument/Statement/0';
    const base = {
      doc,
      pointer,
      stack: undefined,
      logicalId: 'GuestRole',
      resourcePointer: '/Resources/GuestRole',
      key: undefined,
    };
    expect(fingerprint({ ...base, ruleId: 'trust/missing-amr' })).toBe(ORIGINAL['trust/missing-amr GuestRole']);
    expect(fingerprint({ ...base, ruleId: 'trust/missing-aud' })).not.toBe(
      fingerprint({ ...base, ruleId: 'trust/missing-amr' }),
    );
    // The key a rule gives to tell several findings at one node apart counts too.
    expect(fingerprint({ ...base, ruleId: 'trust/missing-amr', key: 'a' })).not.toBe(
      fingerprint({ ...base, ruleId: 'trust/missing-amr', key: 'b' }),
    );
  });

  it('the file is another stack (another path)', () => {
    expect(fingerprints(lintOne('other/app.yaml', TEMPLATE_YAML))).not.toEqual(ORIGINAL);
    const both = lintFiles({ 'a.yaml': TEMPLATE_YAML, 'b.yaml': TEMPLATE_YAML });
    expect(new Set(both.findings.map((f) => f.fingerprint)).size).toBe(4);
  });
});

describe('the hash', () => {
  it('is the first half of the SHA-256 of the JSON parts, short and long', () => {
    // Users' baselines hold these: the formula is pinned.
    const doc = parseText('app.yaml', TEMPLATE_YAML);
    const long = 'x'.repeat(5000);
    for (let i = 0; i < 100; i++) {
      const ruleId = i % 10 === 9 ? `role/${long}` : `role/r${i}`;
      const got = fingerprint({
        ruleId,
        doc,
        pointer: '/Resources/GuestRole/Type',
        stack: undefined,
        logicalId: 'GuestRole',
        resourcePointer: '/Resources/GuestRole',
        key: undefined,
      });
      // rule, stack (the path without extension), resource, pointer within it, canonical value, key.
      const parts = ['v1', ruleId, 'app', 'GuestRole', '/Type', canonicalJson('AWS::IAM::Role'), ''];
      const expected = createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
      expect(got, `${i}`).toBe(expected);
    }
  });
});

describe('canonicalJson', () => {
  it('ignores key order and formatting, keeps array order and types', () => {
    expect(canonicalJson({ b: 1, a: [2, '2', { d: null, c: true }] })).toBe('{"a":[2,"2",{"c":true,"d":null}],"b":1}');
    expect(canonicalJson({ a: [1, 2] })).not.toBe(canonicalJson({ a: [2, 1] }));
    expect(canonicalJson(undefined)).toBe('null');
  });
});
