/**
 * How messages say why a role has its exposure (docs/semantics.md#exposure, docs/semantics.md#guest-role): one case per
 * reason src/analysis/exposure.ts derives, each asserted through a rule's finding as the user sees it
 * (rule, position, resource, exact message). Templates are linted in memory through the real pipeline.
 *
 * Every template ends with the role under test, whose one identity policy statement allows
 * `dynamodb:*` on `*` (role/admin-access reports it at the statement's first key).
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import { memoryFileSystem } from '../../src/inputs/memory-fs.js';

const FILE = 'template.yaml';

interface Shown {
  ruleId: string;
  line: number;
  column: number;
  resource: string | undefined;
  message: string;
}

function findings(yaml: string, ruleId: string, parameters: Record<string, string> = {}): Shown[] {
  const { report } = lint([`/proj/${FILE}`], {
    fs: memoryFileSystem({ [`/proj/${FILE}`]: yaml }),
    cwd: '/proj',
    parameters: new Map(Object.entries(parameters)),
    now: new Date('2026-01-01T00:00:00Z'),
  });
  return report.findings
    .filter((f) => f.ruleId === ruleId)
    .map((f) => ({
      ruleId: f.ruleId,
      line: f.range.start.line,
      column: f.range.start.column,
      resource: f.resource?.logicalId,
      message: f.message,
    }));
}

/** The trust of an identity-pool role: `aud` (YAML text, omitted when undefined) and `amr` values. */
function trustCondition(aud: string | undefined, amr: string | undefined): string {
  const lines: string[] = [];
  if (aud !== undefined)
    lines.push('              StringEquals:', `                cognito-identity.amazonaws.com:aud: ${aud}`);
  if (amr !== undefined)
    lines.push('              ForAnyValue:StringLike:', `                cognito-identity.amazonaws.com:amr: ${amr}`);
  return lines.length ? ['            Condition:', ...lines].join('\n') + '\n' : '';
}

/** The role under test, always the last resource, with one policy statement allowing `dynamodb:*` on `*`. */
function role(name: string, aud: string | undefined, amr: string | undefined): string {
  return `  ${name}:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal:
              Federated: cognito-identity.amazonaws.com
            Action: sts:AssumeRoleWithWebIdentity
${trustCondition(aud, amr)}      Policies:
        - PolicyName: app
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action: dynamodb:*
                Resource: '*'
`;
}

const identityPool = (name: string, properties: string): string => `  ${name}:
    Type: AWS::Cognito::IdentityPool
    Properties:
${properties}`;

const attachment = (pool: string, slots: string): string => `  Attachment:
    Type: AWS::Cognito::IdentityPoolRoleAttachment
    Properties:
      IdentityPoolId: !Ref ${pool}
      Roles:
${slots}`;

/** A user pool (self sign-up unless `adminOnly`) with one app client, and the provider entry for an identity pool. */
const userPool = (adminOnly: boolean, extra = '', clientExtra = ''): string => `  Users:
    Type: AWS::Cognito::UserPool
    Properties:
${adminOnly ? '      AdminCreateUserConfig:\n        AllowAdminCreateUserOnly: true\n' : '      UserPoolName: users\n'}${extra}  Web:
    Type: AWS::Cognito::UserPoolClient
    Properties:
      UserPoolId: !Ref Users
${clientExtra}`;
const PROVIDER = `      CognitoIdentityProviders:
        - ProviderName: !GetAtt Users.ProviderName
          ClientId: !Ref Web
`;

const template = (...resources: string[]): string =>
  `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n${resources.join('')}`;

const ADMIN = 'role/admin-access';
/** The end of every role/admin-access message here. */
const tail = (who: string): string =>
  ` may \`dynamodb:*\` through inline policy \`app\`: every ${who} holds these credentials in the browser. \`dynamodb:*\` is a whole-service wildcard.`;

/** The role/admin-access finding expected at `line`, column 17, which must be the role's policy statement. */
function adminFinding(yaml: string, line: number, resource: string, message: string): Shown {
  expect(yaml.split('\n').slice(line - 1, line + 1)).toEqual([
    '              - Effect: Allow',
    '                Action: dynamodb:*',
  ]);
  return { ruleId: ADMIN, line, column: 17, resource, message };
}

describe('messages say why a role has its exposure', () => {
  it('guest, the unauthenticated slot of a pool that allows guests: "the guest role of identity pool …"', () => {
    const yaml = template(
      identityPool('Kiosk', '      AllowUnauthenticatedIdentities: true\n'),
      attachment('Kiosk', '        unauthenticated: !GetAtt GuestRole.Arn\n'),
      role('GuestRole', '!Ref Kiosk', 'unauthenticated'),
    );
    expect(findings(yaml, ADMIN)).toEqual([
      adminFinding(
        yaml,
        33,
        'GuestRole',
        'Role `GuestRole`' + tail('visitor') + ' The role is the guest role of identity pool `Kiosk`.',
      ),
    ]);
  });

  it('guest, the unauthenticated slot of a pool whose guest switch is not known', () => {
    const yaml = template(
      identityPool('Kiosk', '      AllowUnauthenticatedIdentities: !Ref Guests\n'),
      attachment('Kiosk', '        unauthenticated: !GetAtt GuestRole.Arn\n'),
      role('GuestRole', '!Ref Kiosk', 'unauthenticated'),
    ).replace('Resources:\n', 'Parameters:\n  Guests:\n    Type: String\nResources:\n');
    expect(findings(yaml, ADMIN)).toEqual([
      adminFinding(
        yaml,
        36,
        'GuestRole',
        'Role `GuestRole`' +
          tail('visitor') +
          ' The role is the unauthenticated role of identity pool `Kiosk`, which may allow guests.',
      ),
    ]);
  });

  it('guest, no aud and an amr that admits guests (the issue: an authenticated role reachable by anyone)', () => {
    const yaml = template(
      identityPool('Pool', '      AllowUnauthenticatedIdentities: false\n'),
      attachment('Pool', '        authenticated: !GetAtt AuthenticatedRole.Arn\n'),
      role('AuthenticatedRole', undefined, undefined),
    );
    expect(findings(yaml, ADMIN)).toEqual([
      adminFinding(
        yaml,
        28,
        'AuthenticatedRole',
        'Role `AuthenticatedRole`' +
          tail('visitor') +
          " Any identity pool's guests can assume the role because its trust does not pin `aud`.",
      ),
    ]);
    // role/guest-write-access leaves `dynamodb:*` to role/admin-access; on a plain write it gives the same reason.
    expect(findings(yaml, 'role/guest-write-access')).toEqual([]);
    const writes = yaml.replace('Action: dynamodb:*', 'Action: dynamodb:PutItem');
    expect(findings(writes, 'role/guest-write-access')).toEqual([
      {
        ruleId: 'role/guest-write-access',
        line: 28,
        column: 17,
        resource: 'AuthenticatedRole',
        message:
          "Role `AuthenticatedRole` may `dynamodb:PutItem` through inline policy `app`: anyone on the internet can do this without signing in. Any identity pool's guests can assume the role because its trust does not pin `aud`.",
      },
    ]);
  });

  it('guest, no aud and an amr that admits only signed-in tokens: anyone signs in to a pool of their own', () => {
    const yaml = template(
      identityPool('Pool', '      AllowUnauthenticatedIdentities: false\n'),
      attachment('Pool', '        authenticated: !GetAtt AuthenticatedRole.Arn\n'),
      role('AuthenticatedRole', undefined, 'authenticated'),
    );
    expect(findings(yaml, ADMIN)).toEqual([
      adminFinding(
        yaml,
        31,
        'AuthenticatedRole',
        'Role `AuthenticatedRole`' +
          tail('visitor') +
          ' Anyone can assume the role by signing in to an identity pool of their own because its trust does not pin `aud`.',
      ),
    ]);
  });

  it('guest, the basic (classic) flow of a pool with guests, for a trust with no amr condition', () => {
    const yaml = template(
      identityPool('Kiosk', '      AllowUnauthenticatedIdentities: true\n      AllowClassicFlow: true\n'),
      attachment('Kiosk', '        authenticated: !GetAtt AppRole.Arn\n'),
      role('AppRole', '!Ref Kiosk', undefined),
    );
    expect(findings(yaml, ADMIN)).toEqual([
      adminFinding(
        yaml,
        32,
        'AppRole',
        'Role `AppRole`' +
          tail('visitor') +
          ' Guests of identity pool `Kiosk` can pick the role through the basic (classic) flow because its trust has no `amr` condition.',
      ),
    ]);
  });

  it('guest, the basic (classic) flow of a pool with guests, for an amr condition that admits unauthenticated', () => {
    const yaml = template(
      identityPool('Kiosk', '      AllowUnauthenticatedIdentities: true\n      AllowClassicFlow: true\n'),
      role('AppRole', '!Ref Kiosk', 'unauthenticated'),
    );
    expect(findings(yaml, ADMIN)).toEqual([
      adminFinding(
        yaml,
        28,
        'AppRole',
        'Role `AppRole`' +
          tail('visitor') +
          ' Guests of identity pool `Kiosk` can pick the role through the basic (classic) flow because its `amr` condition admits `unauthenticated`.',
      ),
    ]);
  });

  it('public sign-up, the authenticated role of a pool whose user pool lets anyone sign up', () => {
    const yaml = template(
      userPool(false),
      identityPool('Pool', '      AllowUnauthenticatedIdentities: false\n' + PROVIDER),
      attachment('Pool', '        authenticated: !GetAtt AuthRole.Arn\n'),
      role('AuthRole', '!Ref Pool', 'authenticated'),
    );
    expect(findings(yaml, ADMIN)).toEqual([
      adminFinding(
        yaml,
        44,
        'AuthRole',
        'Role `AuthRole`' +
          tail('signed-in user') +
          ' The role is the authenticated role of identity pool `Pool`. Anyone can get the role by signing up to user pool `Users`.',
      ),
    ]);
  });

  it('public sign-up, the authenticated role of a pool that accepts social sign-in', () => {
    const yaml = template(
      identityPool(
        'Pool',
        "      AllowUnauthenticatedIdentities: false\n      SupportedLoginProviders:\n        accounts.google.com: '123.apps.googleusercontent.com'\n",
      ),
      attachment('Pool', '        authenticated: !GetAtt AuthRole.Arn\n'),
      role('AuthRole', '!Ref Pool', 'authenticated'),
    );
    expect(findings(yaml, ADMIN)).toEqual([
      adminFinding(
        yaml,
        35,
        'AuthRole',
        'Role `AuthRole`' +
          tail('signed-in user') +
          ' The role is the authenticated role of identity pool `Pool`. Anyone can get the role by signing in with `accounts.google.com`.',
      ),
    ]);
  });

  it('public sign-up, a Rules mapping on a claim anyone who signs up can set', () => {
    const yaml = template(
      userPool(
        false,
        '      Schema:\n        - Name: tier\n          AttributeDataType: String\n          Mutable: true\n',
        '      WriteAttributes: [email, custom:tier]\n',
      ),
      identityPool('Pool', '      AllowUnauthenticatedIdentities: false\n' + PROVIDER),
      `  Attachment:
    Type: AWS::Cognito::IdentityPoolRoleAttachment
    Properties:
      IdentityPoolId: !Ref Pool
      RoleMappings:
        users:
          IdentityProvider: !Join ['', [!GetAtt Users.ProviderName, ':', !Ref Web]]
          Type: Rules
          AmbiguousRoleResolution: Deny
          RulesConfiguration:
            Rules:
              - Claim: custom:tier
                MatchType: Equals
                Value: premium
                RoleARN: !GetAtt PremiumRole.Arn
`,
      role('PremiumRole', '!Ref Pool', 'authenticated'),
    );
    expect(findings(yaml, ADMIN)).toEqual([
      adminFinding(
        yaml,
        58,
        'PremiumRole',
        'Role `PremiumRole`' +
          tail('signed-in user') +
          ' A Rules mapping of identity pool `Pool` chooses the role on `custom:tier`. Anyone who signs up to user pool `Users` can set `custom:tier`.',
      ),
    ]);
  });

  it('authenticated, the authenticated role of a pool where only administrators create users', () => {
    const yaml = template(
      userPool(true),
      identityPool('Pool', '      AllowUnauthenticatedIdentities: false\n' + PROVIDER),
      attachment('Pool', '        authenticated: !GetAtt StaffRole.Arn\n'),
      role('StaffRole', '!Ref Pool', 'authenticated'),
    );
    expect(findings(yaml, ADMIN)).toEqual([
      adminFinding(
        yaml,
        45,
        'StaffRole',
        'Role `StaffRole`' + tail('signed-in user') + ' The role is the authenticated role of identity pool `Pool`.',
      ),
    ]);
  });

  it('authenticated, the basic (classic) flow of a pool without guests', () => {
    const yaml = template(
      identityPool('Pool', '      AllowUnauthenticatedIdentities: false\n      AllowClassicFlow: true\n'),
      role('AppRole', '!Ref Pool', 'authenticated'),
    );
    expect(findings(yaml, ADMIN)).toEqual([
      adminFinding(
        yaml,
        28,
        'AppRole',
        'Role `AppRole`' +
          tail('signed-in user') +
          ' Any signed-in user of identity pool `Pool` can pick the role through the basic (classic) flow.',
      ),
    ]);
  });

  it('group, the RoleArn of a user pool group', () => {
    const yaml = template(
      userPool(true),
      identityPool('Pool', '      AllowUnauthenticatedIdentities: false\n' + PROVIDER),
      `  Admins:
    Type: AWS::Cognito::UserPoolGroup
    Properties:
      UserPoolId: !Ref Users
      RoleArn: !GetAtt AdminRole.Arn
`,
      role('AdminRole', '!Ref Pool', 'authenticated'),
    );
    expect(findings(yaml, ADMIN)).toEqual([
      adminFinding(
        yaml,
        44,
        'AdminRole',
        'Role `AdminRole`' + tail('member of the group') + ' The role belongs to user pool group `Admins`.',
      ),
    ]);
  });

  it('group, a Rules mapping on a claim users cannot set', () => {
    const yaml = template(
      userPool(true),
      identityPool('Pool', '      AllowUnauthenticatedIdentities: false\n' + PROVIDER),
      `  Attachment:
    Type: AWS::Cognito::IdentityPoolRoleAttachment
    Properties:
      IdentityPoolId: !Ref Pool
      RoleMappings:
        users:
          IdentityProvider: !Join ['', [!GetAtt Users.ProviderName, ':', !Ref Web]]
          Type: Rules
          AmbiguousRoleResolution: Deny
          RulesConfiguration:
            Rules:
              - Claim: cognito:groups
                MatchType: Contains
                Value: editors
                RoleARN: !GetAtt EditorRole.Arn
`,
      role('EditorRole', '!Ref Pool', 'authenticated'),
    );
    expect(findings(yaml, ADMIN)).toEqual([
      adminFinding(
        yaml,
        54,
        'EditorRole',
        'Role `EditorRole`' +
          tail('member of the group') +
          ' A Rules mapping of identity pool `Pool` chooses the role on `cognito:groups`. Users cannot set `cognito:groups`.',
      ),
    ]);
  });

  it('no one today: the guest slot of a pool without guests (taken to reach signed-in users, not lowered)', () => {
    const yaml = template(
      identityPool('Pool', '      AllowUnauthenticatedIdentities: false\n'),
      attachment('Pool', '        unauthenticated: !GetAtt GuestRole.Arn\n'),
      role('GuestRole', '!Ref Pool', 'unauthenticated'),
    );
    expect(findings(yaml, ADMIN)).toEqual([
      adminFinding(
        yaml,
        33,
        'GuestRole',
        'Role `GuestRole`' +
          tail('user who obtains it') +
          ' No user can obtain the role today because identity pool `Pool` does not allow guests.',
      ),
    ]);
  });

  it('no slot in the linted files: the role may be wired elsewhere', () => {
    const yaml = template(role('LooseRole', "'us-east-1:11111111-2222-3333-4444-555555555555'", 'authenticated'));
    expect(findings(yaml, ADMIN)).toEqual([
      adminFinding(
        yaml,
        23,
        'LooseRole',
        // Severity counts it as reaching signed-in users; the words do not claim that every one holds it.
        'Role `LooseRole`' + tail('user who obtains it') + ' No identity pool in the linted files hands the role out.',
      ),
    ]);
  });
});
