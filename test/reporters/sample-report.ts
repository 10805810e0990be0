/**
 * A LintReport as the engine would produce it for a small CDK app, a raw IAM role and a
 * hand-written template: three files, findings of every severity (with and without CDK
 * paths, one without a resource), one suppressed, one accepted by the baseline, and
 * notifications. Positions and line hashes are computed from the source texts below, so the
 * golden files show what a user would see for these inputs.
 */
import type { Finding, FindingResource, LintReport, Notification, RuleMetadata } from '../../src/engine/types.js';
import type { Range } from '../../src/parsers/types.js';
import { primaryLocationLineHash } from '../../src/engine/line-hash.js';

export const CDK_TEMPLATE_PATH = 'cdk.out/WebAppStack.template.json';
export const GUEST_ROLE_PATH = 'policies/guest role.json';
export const IDENTITY_TEMPLATE_PATH = 'templates/identity.yaml';

export const SOURCES: Readonly<Record<string, string>> = {
  [CDK_TEMPLATE_PATH]: `{
 "Resources": {
  "IdentityPool": {
   "Type": "AWS::Cognito::IdentityPool",
   "Properties": {
    "AllowUnauthenticatedIdentities": true,
    "AllowClassicFlow": true
   },
   "Metadata": {
    "aws:cdk:path": "WebAppStack/IdentityPool"
   }
  },
  "AuthenticatedRole86104F1A": {
   "Type": "AWS::IAM::Role",
   "Properties": {
    "AssumeRolePolicyDocument": {
     "Statement": [
      {
       "Action": "sts:AssumeRoleWithWebIdentity",
       "Effect": "Allow",
       "Principal": {
        "Federated": "cognito-identity.amazonaws.com"
       }
      }
     ],
     "Version": "2012-10-17"
    }
   },
   "Metadata": {
    "aws:cdk:path": "WebAppStack/AuthenticatedRole/Resource"
   }
  },
  "UnauthenticatedRoleDefaultPolicy2E4B1F3A": {
   "Type": "AWS::IAM::Policy",
   "Properties": {
    "PolicyDocument": {
     "Statement": [
      {
       "Action": ["s3:PutObject", "s3:DeleteObject"],
       "Effect": "Allow",
       "Resource": "arn:aws:s3:::media/*"
      }
     ],
     "Version": "2012-10-17"
    },
    "PolicyName": "UnauthenticatedRoleDefaultPolicy2E4B1F3A",
    "Roles": [{ "Ref": "UnauthenticatedRole6B1C8E5A" }]
   },
   "Metadata": {
    "aws:cdk:path": "WebAppStack/UnauthenticatedRole/DefaultPolicy/Resource"
   }
  }
 }
}
`,
  [GUEST_ROLE_PATH]: `{
  "Role": {
    "RoleName": "GuestRole",
    "AssumeRolePolicyDocument": {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Effect": "Allow",
          "Principal": { "Federated": "cognito-identity.amazonaws.com" },
          "Action": "sts:AssumeRoleWithWebIdentity",
          "Condition": {
            "StringEquals": { "cognito-identity.amazonaws.com:aud": "us-east-1:0f5c1b0e-8a8e-4c3e-9d53-2a4b6c8d0e1f" }
          }
        }
      ]
    },
    "RolePolicyList": [
      {
        "PolicyName": "scores",
        "PolicyDocument": {
          "Version": "2012-10-17",
          "Statement": [
            { "Effect": "Allow", "Action": "dynamodb:PutItem", "Resource": "arn:aws:dynamodb:us-east-1:123456789012:table/Scores" }
          ]
        }
      }
    ]
  }
}
`,
  [IDENTITY_TEMPLATE_PATH]: `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  PoolIdParam:
    Type: String
Resources:
  IdentityPool:
    Type: AWS::Cognito::IdentityPool
    Properties:
      AllowUnauthenticatedIdentities: false
      CognitoIdentityProviders:
        - ClientId: !Ref UserPoolClient
          ProviderName: !GetAtt UserPool.ProviderName
          ServerSideTokenCheck: false
  AppUserRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { Federated: cognito-identity.amazonaws.com }
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals:
                cognito-identity.amazonaws.com:aud: !Ref PoolIdParam
  RoleAttachment:
    Type: AWS::Cognito::IdentityPoolRoleAttachment
    Properties:
      IdentityPoolId: !Ref IdentityPool
      Roles:
        unauthenticated: !GetAtt AppUserRole.Arn
`,
};

/** The range of the `occurrence`-th appearance of `needle` in a source (end exclusive, like the parsers'). */
export function rangeOf(file: string, needle: string, occurrence = 1): Range {
  const text = SOURCES[file];
  if (text === undefined) throw new Error(`no source ${file}`);
  let offset = -1;
  for (let i = 0; i < occurrence; i++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`${JSON.stringify(needle)} not in ${file}`);
  }
  const position = (at: number) => {
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    return { line, column: at - before.lastIndexOf('\n') };
  };
  return { start: position(offset), end: position(offset + needle.length) };
}

interface FindingInput {
  ruleId: string;
  messageId: string;
  file: string;
  at: string;
  message: string;
  resource?: FindingResource;
  fingerprint: string;
  suppressions?: Finding['suppressions'];
  baselineState?: Finding['baselineState'];
}

export const RULES: RuleMetadata[] = [
  {
    id: 'identity-pool/classic-flow',
    description: 'Identity pools should not allow the classic (basic) authentication flow',
    severity: 'medium',
    fix: 'Set AllowClassicFlow to false and obtain credentials with GetCredentialsForIdentity.',
    references: ['https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flow.html'],
    tags: ['cognito', 'identity-pool'],
  },
  {
    id: 'identity-pool/no-token-check',
    description: 'User pool providers of an identity pool should check tokens server-side',
    severity: 'low',
    fix: 'Set ServerSideTokenCheck to true on the CognitoIdentityProviders entry.',
    references: [
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cognito-identitypool-cognitoidentityprovider.html',
    ],
    tags: ['cognito', 'identity-pool'],
  },
  {
    id: 'identity-pool/unused-guest-role',
    description: 'An unauthenticated role is attached to an identity pool that does not allow guests',
    severity: 'info',
    fix: 'Remove the unauthenticated role, or allow unauthenticated identities if guests are intended.',
    references: [],
    tags: ['cognito', 'identity-pool', 'hygiene'],
  },
  {
    id: 'role/guest-write-access',
    description: 'Guest roles must not be allowed to write or tag',
    severity: 'high',
    fix: 'Remove Write and Tagging actions from the unauthenticated role, or route guest writes through an API.',
    references: [
      'https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html',
      'https://docs.aws.amazon.com/cognito/latest/developerguide/identity-pools-security-best-practices.html',
    ],
    tags: ['cognito', 'iam', 'guest'],
  },
  {
    id: 'trust/broad-principal',
    description: 'Role trust must not admit every principal without a condition that pins the caller',
    severity: 'critical',
    fix: 'Name the trusted principal, or add a condition on aws:PrincipalArn, aws:PrincipalOrgID or sts:ExternalId.',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html'],
    tags: ['iam', 'trust'],
  },
  {
    id: 'trust/missing-amr',
    description: 'Identity-pool role trust should test cognito-identity.amazonaws.com:amr',
    severity: 'high',
    fix: 'Add ForAnyValue:StringLike cognito-identity.amazonaws.com:amr = authenticated (or unauthenticated for the guest role).',
    references: ['https://docs.aws.amazon.com/cognito/latest/developerguide/role-trust-and-permissions.html'],
    tags: ['cognito', 'iam', 'trust'],
  },
  {
    id: 'trust/missing-aud',
    description: 'Identity-pool role trust must pin cognito-identity.amazonaws.com:aud to its pools',
    severity: 'critical',
    fix: "Add StringEquals cognito-identity.amazonaws.com:aud with the identity pool's ID to the trust statement.",
    references: [
      'https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html',
      'https://docs.aws.amazon.com/cognito/latest/developerguide/role-trust-and-permissions.html',
    ],
    docs: `# trust/missing-aud

Identity-pool role trust must pin \`cognito-identity.amazonaws.com:aud\` to its pools.

## Why

Without an \`aud\` condition **any** identity pool, in any AWS account, can obtain credentials
for the role: enable the basic flow in your own pool, call \`GetOpenIdToken\`, then
\`AssumeRoleWithWebIdentity\` with the role's ARN. IAM now refuses to create such a trust, so a
role that has one is either legacy or will not deploy.

## How to fix

Add a \`StringEquals\` condition naming the pool:

\`\`\`yaml
Condition:
  StringEquals:
    cognito-identity.amazonaws.com:aud: !Ref IdentityPool
\`\`\`

## References

- [IAM roles for identity pools](https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html)
- [Role trust and permissions](https://docs.aws.amazon.com/cognito/latest/developerguide/role-trust-and-permissions.html)
`,
    tags: ['cognito', 'iam', 'trust', 'identity-pool'],
  },
];

function finding(input: FindingInput): Finding {
  const rule = RULES.find((r) => r.id === input.ruleId);
  if (!rule) throw new Error(`no rule ${input.ruleId}`);
  const text = SOURCES[input.file] ?? '';
  const range = rangeOf(input.file, input.at);
  const out: Finding = {
    ruleId: input.ruleId,
    messageId: input.messageId,
    severity: rule.severity,
    message: input.message,
    file: input.file,
    range,
    fingerprint: input.fingerprint,
    lineHash: primaryLocationLineHash(text, range.start.line),
    fix: rule.fix,
    suppressions: input.suppressions ?? [],
  };
  if (input.resource) out.resource = input.resource;
  if (input.baselineState) out.baselineState = input.baselineState;
  return out;
}

const cdkResource = (logicalId: string, type: string, cdkPath: string): FindingResource => ({
  logicalId,
  type,
  cdkPath,
  stack: 'WebAppStack',
});

/** The engine's order: file, line, column, rule. */
function sortFindings(findings: Finding[]): Finding[] {
  const order = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);
  return [...findings].sort(
    (a, b) =>
      order(a.file, b.file) ||
      order(a.range.start.line, b.range.start.line) ||
      order(a.range.start.column, b.range.start.column) ||
      order(a.ruleId, b.ruleId),
  );
}

export function sampleReport(): LintReport {
  const findings = sortFindings([
    finding({
      ruleId: 'identity-pool/classic-flow',
      messageId: 'enabled',
      file: CDK_TEMPLATE_PATH,
      at: '"AllowClassicFlow": true',
      message:
        'Identity pool IdentityPool allows the classic flow: clients may call STS with any role that trusts the pool.',
      resource: cdkResource('IdentityPool', 'AWS::Cognito::IdentityPool', 'WebAppStack/IdentityPool'),
      fingerprint: '5d0b9a6e4c1f2a37b8e9d0c1f2a3b4c5',
      suppressions: [
        {
          kind: 'inSource',
          justification: 'Mobile app 2.x still uses the basic flow; removal tracked in APP-1423.',
        },
      ],
      baselineState: 'new',
    }),
    finding({
      ruleId: 'trust/missing-aud',
      messageId: 'missing',
      file: CDK_TEMPLATE_PATH,
      at: `{
       "Action": "sts:AssumeRoleWithWebIdentity",
       "Effect": "Allow",
       "Principal": {
        "Federated": "cognito-identity.amazonaws.com"
       }
      }`,
      message: 'Role AuthenticatedRole86104F1A trusts every identity pool: its trust has no aud condition.',
      resource: {
        ...cdkResource('AuthenticatedRole86104F1A', 'AWS::IAM::Role', 'WebAppStack/AuthenticatedRole/Resource'),
        // As read from a creation trace of an assembly synthesised with CDK_DEBUG=true.
        cdkSource: { file: 'lib/web-app-stack.ts', line: 42, column: 31 },
      },
      fingerprint: '9f86d081884c7d659a2feaa0c55ad015',
      baselineState: 'new',
    }),
    finding({
      ruleId: 'role/guest-write-access',
      messageId: 'write',
      file: CDK_TEMPLATE_PATH,
      at: '"Action": ["s3:PutObject", "s3:DeleteObject"]',
      message:
        'Role UnauthenticatedRole6B1C8E5A, the unauthenticated role of identity pool IdentityPool, may s3:PutObject, s3:DeleteObject on arn:aws:s3:::media/*.',
      resource: cdkResource(
        'UnauthenticatedRoleDefaultPolicy2E4B1F3A',
        'AWS::IAM::Policy',
        'WebAppStack/UnauthenticatedRole/DefaultPolicy/Resource',
      ),
      fingerprint: '2c26b46b68ffc68ff99b453c1d304134',
      baselineState: 'new',
    }),
    finding({
      ruleId: 'trust/missing-amr',
      messageId: 'guestsAndClassic',
      file: GUEST_ROLE_PATH,
      at: '"Action": "sts:AssumeRoleWithWebIdentity"',
      message:
        'Role GuestRole has no cognito-identity.amazonaws.com:amr condition, so a guest token can assume it while the pool allows guests and the classic flow.',
      resource: { logicalId: 'GuestRole', type: 'IAM::Role', stack: GUEST_ROLE_PATH },
      fingerprint: 'fcde2b2edba56bf408601fb721fe9b5c',
      baselineState: 'new',
    }),
    finding({
      ruleId: 'role/guest-write-access',
      messageId: 'write',
      file: GUEST_ROLE_PATH,
      at: '"Action": "dynamodb:PutItem"',
      message:
        'Role GuestRole, a guest role, may dynamodb:PutItem on arn:aws:dynamodb:us-east-1:123456789012:table/Scores.',
      resource: { logicalId: 'GuestRole', type: 'IAM::Role', stack: GUEST_ROLE_PATH },
      fingerprint: 'b5bb9d8014a0f9b1d61e21e796d78dcc',
      baselineState: 'unchanged',
    }),
    finding({
      ruleId: 'identity-pool/no-token-check',
      messageId: 'noCheck',
      file: IDENTITY_TEMPLATE_PATH,
      at: 'ServerSideTokenCheck: false',
      message:
        'Identity pool IdentityPool accepts tokens of signed-out and deleted users: ServerSideTokenCheck is false.',
      resource: { logicalId: 'IdentityPool', type: 'AWS::Cognito::IdentityPool', stack: IDENTITY_TEMPLATE_PATH },
      fingerprint: '7d865e959b2466918c9863afca942d0f',
      baselineState: 'new',
    }),
    finding({
      ruleId: 'identity-pool/unused-guest-role',
      messageId: 'unused',
      file: IDENTITY_TEMPLATE_PATH,
      at: 'unauthenticated: !GetAtt AppUserRole.Arn',
      message: 'An unauthenticated role is attached to IdentityPool, which does not allow unauthenticated identities.',
      fingerprint: '4e07408562bedb8b60ce05c1decfe3ad',
      baselineState: 'new',
    }),
  ]);

  const notifications: Notification[] = [
    {
      level: 'warning',
      kind: 'input',
      message: 'Skipped docs/openapi.json: neither a CloudFormation template nor an IAM policy document.',
      file: 'docs/openapi.json',
    },
    {
      level: 'note',
      kind: 'unresolved',
      message:
        'The aud value of role AppUserRole is parameter PoolIdParam, which has no default: whether it names the attached pool is unknown.',
      ruleId: 'trust/aud-mismatch',
      file: IDENTITY_TEMPLATE_PATH,
      range: rangeOf(IDENTITY_TEMPLATE_PATH, '!Ref PoolIdParam'),
    },
  ];

  const counted = findings.filter((f) => f.suppressions.length === 0);
  const bySeverity: LintReport['summary']['findings'] = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  for (const f of counted) bySeverity[f.severity] += 1;

  return {
    tool: { name: 'cognito-iam-lint', version: '0.1.0' },
    files: [CDK_TEMPLATE_PATH, GUEST_ROLE_PATH, IDENTITY_TEMPLATE_PATH],
    findings,
    notifications,
    rules: RULES,
    summary: {
      filesLinted: 3,
      findings: bySeverity,
      suppressed: findings.length - counted.length,
      failOn: 'high',
    },
  };
}

/** A run over a dozen clean files: nothing to report. */
export function cleanReport(): LintReport {
  const files = Array.from({ length: 12 }, (_, i) => `templates/stack-${String(i + 1).padStart(2, '0')}.yaml`);
  return {
    tool: { name: 'cognito-iam-lint', version: '0.1.0' },
    files,
    findings: [],
    notifications: [],
    rules: RULES,
    summary: {
      filesLinted: files.length,
      findings: { critical: 0, high: 0, medium: 0, low: 0, info: 0 },
      suppressed: 0,
    },
  };
}
