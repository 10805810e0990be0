/**
 * Exposure (docs/semantics.md#guest-role, docs/semantics.md#exposure, docs/semantics.md#guest-scope-down) and the amr
 * helper it stands on. Models are built in memory from small templates and cloud assemblies.
 */
import { describe, expect, it } from 'vitest';
import { loadInputs } from '../../src/inputs/load.js';
import { memoryFileSystem } from '../../src/inputs/memory-fs.js';
import { buildIdentityModel } from '../../src/dialects/index.js';
import type { IdentityModel } from '../../src/model/model.js';
import {
  exposureOf,
  isGuestRole,
  poolSignUp,
  roleMappingsOf,
  trustAdmitsPool,
  type Exposure,
} from '../../src/analysis/exposure.js';
import {
  amrAdmission,
  amrEntryHolds,
  conditionsOn,
  identityPoolTrustStatements,
  trustAmrAdmission,
} from '../../src/iam/trust.js';
import { EXPOSURE_NOTES, reasonNotes } from '../../rules/_shared/exposure.js';
import { formatMessage } from '../../src/engine/rule.js';
import type { ExposureFacts } from '../../src/analysis/exposure.js';

/** The sentences the exposure notes say about one reason, as a finding shows them. */
const wordExposure = (reason: ExposureFacts): string =>
  reasonNotes(reason)
    .map((note) => formatMessage(EXPOSURE_NOTES[note.id], 'data' in note ? note.data : undefined))
    .join(' ');

const json = (value: unknown): string => JSON.stringify(value, null, 1);

function modelOf(
  files: Record<string, string>,
  paths = Object.keys(files),
  parameters: Record<string, string> = {},
): IdentityModel {
  const fs = memoryFileSystem(Object.fromEntries(Object.entries(files).map(([k, v]) => [`/proj/${k}`, v])));
  return buildIdentityModel(loadInputs(paths, { fs, cwd: '/proj', parameters: new Map(Object.entries(parameters)) }));
}

/** One template: `resources` is the Resources map. */
function templateModel(
  resources: Record<string, unknown>,
  extra: Record<string, unknown> = {},
  parameters: Record<string, string> = {},
): IdentityModel {
  return modelOf({ 'template.json': json({ ...extra, Resources: resources }) }, ['template.json'], parameters);
}

const roleOf = (model: IdentityModel, name: string) => {
  const role = model.roles.find((r) => r.name === name);
  if (!role) throw new Error(`no role ${name}`);
  return role;
};

/** What tests compare: level, flags, and the reasons as `kind:level`. */
function summary(exposure: Exposure) {
  return {
    level: exposure.level,
    label: exposure.label,
    guestRole: exposure.guestRole,
    guestScopedDown: exposure.guestScopedDown,
    reasons: exposure.reasons.map((r) => `${r.kind}:${r.level}`),
    pools: exposure.pools.map((p) => p.name),
  };
}

function trust(aud: unknown, amr?: unknown, operator = 'ForAnyValue:StringLike') {
  const condition: Record<string, unknown> = {};
  if (aud !== undefined) condition.StringEquals = { 'cognito-identity.amazonaws.com:aud': aud };
  if (amr !== undefined) condition[operator] = { 'cognito-identity.amazonaws.com:amr': amr };
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: 'cognito-identity.amazonaws.com' },
        Action: 'sts:AssumeRoleWithWebIdentity',
        ...(Object.keys(condition).length ? { Condition: condition } : {}),
      },
    ],
  };
}

const role = (aud: unknown, amr?: unknown, extra: Record<string, unknown> = {}) => ({
  Type: 'AWS::IAM::Role',
  Properties: { AssumeRolePolicyDocument: trust(aud, amr), ...extra },
});
const pool = (properties: Record<string, unknown>) => ({ Type: 'AWS::Cognito::IdentityPool', Properties: properties });
const attach = (poolId: unknown, roles: Record<string, unknown>, more: Record<string, unknown> = {}) => ({
  Type: 'AWS::Cognito::IdentityPoolRoleAttachment',
  Properties: { IdentityPoolId: poolId, Roles: roles, ...more },
});
const arn = (logicalId: string) => ({ 'Fn::GetAtt': [logicalId, 'Arn'] });
const ref = (logicalId: string) => ({ Ref: logicalId });
const userPool = (adminOnly: boolean | undefined, extra: Record<string, unknown> = {}) => ({
  Type: 'AWS::Cognito::UserPool',
  Properties: {
    ...(adminOnly === undefined ? {} : { AdminCreateUserConfig: { AllowAdminCreateUserOnly: adminOnly } }),
    ...extra,
  },
});
const client = (userPoolId: string, extra: Record<string, unknown> = {}) => ({
  Type: 'AWS::Cognito::UserPoolClient',
  Properties: { UserPoolId: ref(userPoolId), ...extra },
});
const provider = (userPoolId: string, clientId: string) => ({
  ProviderName: { 'Fn::GetAtt': [userPoolId, 'ProviderName'] },
  ClientId: ref(clientId),
  ServerSideTokenCheck: true,
});

describe('amr admission', () => {
  const statementOf = (amr: unknown, operator?: string) => {
    const model = templateModel({
      R: {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: trust('us-east-1:11111111-2222-3333-4444-555555555555', amr, operator),
        },
      },
    });
    return identityPoolTrustStatements(roleOf(model, 'R').trust)[0]!;
  };

  it('ForAnyValue:StringLike: the documented form; provider names narrow the role to those providers', () => {
    expect(amrAdmission(statementOf('authenticated'))).toMatchObject({
      tested: true,
      guests: false,
      signedIn: true,
      anyProvider: true,
      admits: 'authenticated',
    });
    expect(amrAdmission(statementOf('unauthenticated'))).toMatchObject({
      guests: true,
      signedIn: false,
      admits: 'unauthenticated',
    });
    expect(amrAdmission(statementOf(['authenticated', 'unauthenticated']))).toMatchObject({
      guests: true,
      signedIn: true,
      admits: 'any',
    });
    expect(amrAdmission(statementOf('*'))).toMatchObject({ admits: 'any' });
    const facebook = amrAdmission(statementOf('graph.facebook.com'));
    expect(facebook).toMatchObject({
      guests: false,
      signedIn: true,
      anyProvider: false,
      providers: ['graph.facebook.com'],
      admits: 'providers',
    });
    const userPoolProvider = amrAdmission(statementOf('cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC:*'));
    expect(userPoolProvider).toMatchObject({
      admits: 'providers',
      providers: ['cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC:*'],
    });
  });

  it('no amr condition admits everything', () => {
    expect(amrAdmission(statementOf(undefined))).toMatchObject({
      tested: false,
      guests: true,
      signedIn: true,
      admits: 'any',
    });
  });

  it('ForAllValues: is vacuously true on a missing key and false for real signed-in tokens', () => {
    const statement = statementOf('authenticated', 'ForAllValues:StringLike');
    const [entry] = conditionsOn(statement, 'amr');
    expect(amrEntryHolds(entry!, [])).toBe(true);
    expect(amrEntryHolds(entry!, ['authenticated', 'graph.facebook.com'])).toBe(false);
    expect(amrAdmission(statement)).toMatchObject({ guests: false, signedIn: false, admits: 'none' });
  });

  it('negated operators are true on a missing key; ForAnyValue: is false on it', () => {
    const negated = conditionsOn(statementOf('unauthenticated', 'StringNotEquals'), 'amr')[0]!;
    expect(amrEntryHolds(negated, [])).toBe('unknown'); // a single-valued operator on an empty set: not documented
    expect(amrEntryHolds(negated, ['unauthenticated'])).toBe(false);
    const anyNot = conditionsOn(statementOf('unauthenticated', 'ForAnyValue:StringNotLike'), 'amr')[0]!;
    expect(amrEntryHolds(anyNot, [])).toBe(false);
    expect(amrEntryHolds(anyNot, ['authenticated', 'accounts.google.com'])).toBe(true);
    const allNot = conditionsOn(statementOf('unauthenticated', 'ForAllValues:StringNotEquals'), 'amr')[0]!;
    expect(amrEntryHolds(allNot, [])).toBe(true);
  });

  it('a single-valued operator is decided for guests (one value) and left unknown for signed-in tokens (several values)', () => {
    expect(amrAdmission(statementOf('authenticated', 'StringEquals'))).toMatchObject({
      guests: false,
      signedIn: 'unknown',
      admits: 'unknown',
    });
    expect(amrAdmission(statementOf('unauthenticated', 'StringLike'))).toMatchObject({
      guests: true,
      signedIn: 'unknown',
    });
  });

  it('IgnoreCase compares case-insensitively; plain operators do not', () => {
    expect(amrAdmission(statementOf('Authenticated', 'ForAnyValue:StringEqualsIgnoreCase'))).toMatchObject({
      signedIn: true,
      anyProvider: true,
    });
    // Case-sensitive: `Authenticated` is not the `authenticated` value, only a (developer) provider of that name.
    expect(amrAdmission(statementOf('Authenticated', 'ForAnyValue:StringEquals'))).toMatchObject({
      guests: false,
      anyProvider: false,
      admits: 'providers',
    });
  });

  it('an unresolved value leaves the answer unknown, never guessed', () => {
    const model = templateModel(
      { R: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: trust('us-east-1:1', ref('Kind')) } } },
      { Parameters: { Kind: { Type: 'String' } } },
    );
    expect(trustAmrAdmission(roleOf(model, 'R').trust)).toMatchObject({
      guests: 'unknown',
      signedIn: 'unknown',
      admits: 'unknown',
    });
  });

  it('a list of values is ORed, while Fn::If alternatives are one value or the other', () => {
    const model = templateModel(
      {
        List: {
          Type: 'AWS::IAM::Role',
          Properties: { AssumeRolePolicyDocument: trust('us-east-1:1', ['authenticated', 'unauthenticated']) },
        },
        Either: {
          Type: 'AWS::IAM::Role',
          Properties: {
            AssumeRolePolicyDocument: trust('us-east-1:1', { 'Fn::If': ['Kiosk', 'unauthenticated', 'authenticated'] }),
          },
        },
        Same: {
          Type: 'AWS::IAM::Role',
          Properties: {
            AssumeRolePolicyDocument: trust('us-east-1:1', {
              'Fn::If': ['Kiosk', 'authenticated', 'graph.facebook.com'],
            }),
          },
        },
      },
      { Conditions: { Kiosk: { 'Fn::Equals': [ref('AWS::Region'), 'us-east-1'] } } },
    );
    expect(trustAmrAdmission(roleOf(model, 'List').trust)).toMatchObject({
      guests: true,
      signedIn: true,
      admits: 'any',
    });
    expect(trustAmrAdmission(roleOf(model, 'Either').trust)).toMatchObject({
      guests: 'unknown',
      signedIn: 'unknown',
      admits: 'unknown',
    });
    // Either branch refuses guests and admits some signed-in users.
    expect(trustAmrAdmission(roleOf(model, 'Same').trust)).toMatchObject({
      guests: false,
      signedIn: true,
      anyProvider: 'unknown',
    });
  });

  it('ORs the statements of a trust and subtracts a Deny that tests only amr', () => {
    const document = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: 'cognito-identity.amazonaws.com' },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: { 'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' } },
        },
        {
          Effect: 'Allow',
          Principal: { Federated: 'cognito-identity.amazonaws.com' },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: { 'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'unauthenticated' } },
        },
        {
          Effect: 'Deny',
          Principal: { Federated: 'cognito-identity.amazonaws.com' },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: { 'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'graph.facebook.com' } },
        },
      ],
    };
    const model = templateModel({ R: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: document } } });
    expect(trustAmrAdmission(roleOf(model, 'R').trust)).toMatchObject({
      guests: true,
      signedIn: true,
      anyProvider: true,
    });
    const facebookOnly = amrEntryHolds(
      conditionsOn(identityPoolTrustStatements(roleOf(model, 'R').trust)[0]!, 'amr')[0]!,
      ['authenticated', 'graph.facebook.com'],
    );
    expect(facebookOnly).toBe(true);
  });
});

describe('exposureOf', () => {
  it('internal: not an identity-pool role', () => {
    const model = templateModel({
      Fn: {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
          },
        },
      },
    });
    expect(summary(exposureOf(model, roleOf(model, 'Fn')))).toEqual({
      level: 'internal',
      label: 'internal',
      guestRole: false,
      guestScopedDown: false,
      reasons: ['not-identity-pool-role:internal'],
      pools: [],
    });
  });

  it('guest (1): the unauthenticated slot of a pool with guests on; scoped down when the basic flow is off', () => {
    const model = templateModel({
      P: pool({ AllowUnauthenticatedIdentities: true, AllowClassicFlow: false }),
      Guest: role(ref('P'), 'unauthenticated'),
      A: attach(ref('P'), { unauthenticated: arn('Guest') }),
    });
    const exposure = exposureOf(model, roleOf(model, 'Guest'));
    expect(summary(exposure)).toEqual({
      level: 'guest',
      label: 'guest',
      guestRole: true,
      guestScopedDown: true,
      reasons: ['unauthenticated-slot:guest'],
      pools: ['P'],
    });
    expect(exposure.slots.map((s) => s.slot)).toEqual(['unauthenticated']);
    expect(wordExposure(exposure.reasons[0]!)).toBe('The role is the guest role of identity pool `P`.');
  });

  it('guest (1) with guests unknown (a parameter) counts; with guests off the role is dormant, not guest', () => {
    const parameters = { Parameters: { Guests: { Type: 'String', AllowedValues: ['true', 'false'] } } };
    const unknown = templateModel(
      {
        P: pool({ AllowUnauthenticatedIdentities: ref('Guests') }),
        Guest: role(ref('P'), 'unauthenticated'),
        A: attach(ref('P'), { unauthenticated: arn('Guest') }),
      },
      parameters,
    );
    expect(summary(exposureOf(unknown, roleOf(unknown, 'Guest')))).toMatchObject({
      level: 'guest',
      guestRole: true,
      guestScopedDown: true,
    });
    expect(wordExposure(exposureOf(unknown, roleOf(unknown, 'Guest')).reasons[0]!)).toBe(
      'The role is the unauthenticated role of identity pool `P`, which may allow guests.',
    );
    const given = templateModel(
      {
        P: pool({ AllowUnauthenticatedIdentities: ref('Guests') }),
        Guest: role(ref('P'), 'unauthenticated'),
        A: attach(ref('P'), { unauthenticated: arn('Guest') }),
      },
      parameters,
      { Guests: 'false' },
    );
    const dormant = exposureOf(given, roleOf(given, 'Guest'));
    expect(summary(dormant)).toMatchObject({
      level: 'authenticated',
      guestRole: false,
      reasons: ['dormant:authenticated'],
    });
    expect(wordExposure(dormant.reasons[0]!)).toBe(
      'No user can obtain the role today because identity pool `P` does not allow guests.',
    );
  });

  it('the guest slot does not make a guest role when the trust refuses guest tokens or names another pool', () => {
    const model = templateModel({
      P: pool({ AllowUnauthenticatedIdentities: true }),
      Q: pool({ AllowUnauthenticatedIdentities: true }),
      SignedInOnly: role(ref('P'), 'authenticated'),
      OtherPool: role(ref('Q'), 'unauthenticated'),
      A: attach(ref('P'), { unauthenticated: arn('SignedInOnly') }),
      B: attach(ref('P'), { unauthenticated: arn('OtherPool') }),
    });
    expect(isGuestRole(model, roleOf(model, 'SignedInOnly'))).toBe(false);
    expect(isGuestRole(model, roleOf(model, 'OtherPool'))).toBe(false);
    expect(trustAdmitsPool(model, roleOf(model, 'OtherPool'), model.identityPools.find((p) => p.name === 'P')!)).toBe(
      false,
    );
  });

  it('guest (2): no amr and aud naming a pool with guests and the basic flow on; never scoped down', () => {
    const model = templateModel({
      P: pool({ AllowUnauthenticatedIdentities: true, AllowClassicFlow: true }),
      Auth: role(ref('P')),
      A: attach(ref('P'), { authenticated: arn('Auth') }),
    });
    expect(summary(exposureOf(model, roleOf(model, 'Auth')))).toEqual({
      level: 'guest',
      label: 'guest',
      guestRole: true,
      guestScopedDown: false,
      reasons: ['classic-flow-guest:guest', 'authenticated-slot:authenticated', 'classic-flow:authenticated'],
      pools: ['P'],
    });
  });

  it('guest (3) and every role trust/missing-aud flags: any pool in any account can mint a token', () => {
    const model = templateModel({
      SignedIn: role(undefined, 'authenticated'),
      Anyone: role(undefined),
      Wildcard: {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: {
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Principal: { Federated: 'cognito-identity.amazonaws.com' },
                Action: 'sts:AssumeRoleWithWebIdentity',
                Condition: { StringLike: { 'cognito-identity.amazonaws.com:aud': '*' } },
              },
            ],
          },
        },
      },
    });
    // Exposure is guest for all three; only those admitting guest tokens are guest roles.
    expect(summary(exposureOf(model, roleOf(model, 'SignedIn')))).toMatchObject({
      level: 'guest',
      guestRole: false,
      guestScopedDown: false,
      reasons: ['no-aud:guest'],
    });
    expect(summary(exposureOf(model, roleOf(model, 'Anyone')))).toMatchObject({
      level: 'guest',
      guestRole: true,
      guestScopedDown: false,
    });
    expect(summary(exposureOf(model, roleOf(model, 'Wildcard')))).toMatchObject({ level: 'guest', guestRole: true });
  });

  it('scope-down needs every pool able to hand out the role known: an aud value that does not resolve to a pool of the run prevents it', () => {
    const model = templateModel({
      P: pool({ AllowUnauthenticatedIdentities: true, AllowClassicFlow: false }),
      Guest: role([ref('P'), 'us-east-1:11111111-2222-3333-4444-555555555555'], 'unauthenticated'),
      A: attach(ref('P'), { unauthenticated: arn('Guest') }),
    });
    expect(summary(exposureOf(model, roleOf(model, 'Guest')))).toMatchObject({
      level: 'guest',
      guestRole: true,
      guestScopedDown: false,
    });
  });

  it('public sign-up: the authenticated role of a pool whose user pool allows self sign-up (AllowAdminCreateUserOnly absent or false) or that accepts social providers', () => {
    const model = templateModel({
      OpenUsers: userPool(undefined),
      OpenClient: client('OpenUsers'),
      ClosedUsers: userPool(true),
      ClosedClient: client('ClosedUsers'),
      OpenPool: pool({
        AllowUnauthenticatedIdentities: false,
        CognitoIdentityProviders: [provider('OpenUsers', 'OpenClient')],
      }),
      ClosedPool: pool({
        AllowUnauthenticatedIdentities: false,
        CognitoIdentityProviders: [provider('ClosedUsers', 'ClosedClient')],
      }),
      SocialPool: pool({
        AllowUnauthenticatedIdentities: false,
        SupportedLoginProviders: { 'accounts.google.com': '123.apps.googleusercontent.com' },
      }),
      LiteralPool: pool({
        AllowUnauthenticatedIdentities: false,
        CognitoIdentityProviders: [
          { ProviderName: 'cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC', ClientId: 'abc' },
        ],
      }),
      OpenRole: role(ref('OpenPool'), 'authenticated'),
      ClosedRole: role(ref('ClosedPool'), 'authenticated'),
      SocialRole: role(ref('SocialPool'), 'authenticated'),
      LiteralRole: role(ref('LiteralPool'), 'authenticated'),
      A1: attach(ref('OpenPool'), { authenticated: arn('OpenRole') }),
      A2: attach(ref('ClosedPool'), { authenticated: arn('ClosedRole') }),
      A3: attach(ref('SocialPool'), { authenticated: arn('SocialRole') }),
      A4: attach(ref('LiteralPool'), { authenticated: arn('LiteralRole') }),
    });
    const open = exposureOf(model, roleOf(model, 'OpenRole'));
    expect(summary(open)).toMatchObject({
      level: 'public-sign-up',
      label: 'public sign-up',
      reasons: ['authenticated-slot:public-sign-up'],
      pools: ['OpenPool'],
    });
    expect(wordExposure(open.reasons[0]!)).toBe(
      'The role is the authenticated role of identity pool `OpenPool`. Anyone can get the role by signing up to user pool `OpenUsers`.',
    );
    expect(summary(exposureOf(model, roleOf(model, 'ClosedRole')))).toMatchObject({
      level: 'authenticated',
      reasons: ['authenticated-slot:authenticated'],
    });
    expect(summary(exposureOf(model, roleOf(model, 'SocialRole')))).toMatchObject({ level: 'public-sign-up' });
    expect(wordExposure(exposureOf(model, roleOf(model, 'SocialRole')).reasons[0]!)).toBe(
      'The role is the authenticated role of identity pool `SocialPool`. Anyone can get the role by signing in with `accounts.google.com`.',
    );
    // A user pool outside the run: its sign-up setting is unknown, and unknown never widens exposure.
    expect(summary(exposureOf(model, roleOf(model, 'LiteralRole')))).toMatchObject({ level: 'authenticated' });
    expect(poolSignUp(model, model.identityPools.find((p) => p.name === 'LiteralPool')!).publicSignUp).toBe('unknown');
  });

  it('group: reachable only through a user pool group RoleArn; the basic flow opens it to every signed-in user', () => {
    const resources = (classic: boolean) => ({
      Users: userPool(true),
      Web: client('Users'),
      P: pool({
        AllowUnauthenticatedIdentities: false,
        AllowClassicFlow: classic,
        CognitoIdentityProviders: [provider('Users', 'Web')],
      }),
      Admin: role(ref('P'), 'authenticated'),
      Admins: { Type: 'AWS::Cognito::UserPoolGroup', Properties: { UserPoolId: ref('Users'), RoleArn: arn('Admin') } },
    });
    const closed = templateModel(resources(false));
    expect(summary(exposureOf(closed, roleOf(closed, 'Admin')))).toMatchObject({
      level: 'group',
      label: 'group',
      reasons: ['group-role:group'],
      pools: ['P'],
    });
    const classic = templateModel(resources(true));
    expect(summary(exposureOf(classic, roleOf(classic, 'Admin')))).toMatchObject({
      level: 'authenticated',
      reasons: ['classic-flow:authenticated', 'group-role:group'],
    });
  });

  it('Rules mappings: a writable claim is public sign-up (with self sign-up), a claim users cannot write is group, an undecidable one authenticated', () => {
    const model = templateModel(
      {
        Users: userPool(false, {
          Schema: [
            { Name: 'tier', AttributeDataType: 'String', Mutable: true },
            { Name: 'dept', AttributeDataType: 'String', Mutable: true },
          ],
        }),
        Web: client('Users', { WriteAttributes: ['email', 'custom:tier'] }),
        P: pool({ AllowUnauthenticatedIdentities: false, CognitoIdentityProviders: [provider('Users', 'Web')] }),
        Premium: role(ref('P'), 'authenticated'),
        Sales: role(ref('P'), 'authenticated'),
        Computed: role(ref('P'), 'authenticated'),
        A: attach(
          ref('P'),
          {},
          {
            RoleMappings: {
              users: {
                IdentityProvider: { 'Fn::Join': ['', [{ 'Fn::GetAtt': ['Users', 'ProviderName'] }, ':', ref('Web')]] },
                Type: 'Rules',
                AmbiguousRoleResolution: 'Deny',
                RulesConfiguration: {
                  Rules: [
                    { Claim: 'custom:tier', MatchType: 'Equals', Value: 'premium', RoleARN: arn('Premium') },
                    { Claim: 'custom:dept', MatchType: 'Equals', Value: 'sales', RoleARN: arn('Sales') },
                    { Claim: ref('ClaimName'), MatchType: 'Equals', Value: 'x', RoleARN: arn('Computed') },
                  ],
                },
              },
            },
          },
        ),
      },
      { Parameters: { ClaimName: { Type: 'String' } } },
    );
    const premium = exposureOf(model, roleOf(model, 'Premium'));
    expect(summary(premium)).toMatchObject({ level: 'public-sign-up', reasons: ['rules-mapping:public-sign-up'] });
    expect(wordExposure(premium.reasons[0]!)).toBe(
      'A Rules mapping of identity pool `P` chooses the role on `custom:tier`. Anyone who signs up to user pool `Users` can set `custom:tier`.',
    );
    expect(summary(exposureOf(model, roleOf(model, 'Sales')))).toMatchObject({
      level: 'group',
      reasons: ['rules-mapping:group'],
    });
    expect(summary(exposureOf(model, roleOf(model, 'Computed')))).toMatchObject({
      level: 'authenticated',
      reasons: ['rules-mapping:authenticated'],
    });
    const [mapping] = roleMappingsOf(model);
    expect(mapping?.rules.map((r) => r.role?.name)).toEqual(['Premium', 'Sales', 'Computed']);
  });

  it('Fn::If alternatives in a slot give each alternative role the slot', () => {
    const model = templateModel(
      {
        P: pool({ AllowUnauthenticatedIdentities: true }),
        G1: role(ref('P'), 'unauthenticated'),
        G2: role(ref('P'), 'unauthenticated'),
        A: attach(ref('P'), { unauthenticated: { 'Fn::If': ['Blue', arn('G1'), arn('G2')] } }),
      },
      { Conditions: { Blue: { 'Fn::Equals': [ref('AWS::Region'), 'us-east-1'] } } },
    );
    expect(isGuestRole(model, roleOf(model, 'G1'))).toBe(true);
    expect(isGuestRole(model, roleOf(model, 'G2'))).toBe(true);
  });

  it('follows a cloud assembly: pool by Fn::ImportValue and Fn::GetStackOutput, roles in a nested stack with aud from a nested-stack parameter', () => {
    const manifest = {
      version: '55.0.0',
      artifacts: {
        Auth: {
          type: 'aws:cloudformation:stack',
          environment: 'aws://111111111111/eu-west-1',
          properties: { templateFile: 'Auth.template.json' },
        },
        Data: {
          type: 'aws:cloudformation:stack',
          environment: 'aws://111111111111/eu-west-1',
          properties: { templateFile: 'Data.template.json' },
        },
      },
    };
    const auth = {
      Resources: { IdentityPool: pool({ AllowUnauthenticatedIdentities: true, AllowClassicFlow: false }) },
      Outputs: {
        PoolOut: { Value: ref('IdentityPool') },
        PoolExport: { Value: ref('IdentityPool'), Export: { Name: 'Auth:PoolId' } },
      },
    };
    const data = {
      Resources: {
        Roles: {
          Type: 'AWS::CloudFormation::Stack',
          Properties: {
            Parameters: { PoolId: { 'Fn::ImportValue': 'Auth:PoolId' } },
            TemplateURL: 'https://s3/x.json',
          },
          Metadata: { 'aws:asset:path': 'DataRolesABCD1234.nested.template.json' },
        },
        Attachment: attach(
          { 'Fn::GetStackOutput': { StackName: 'Auth', Region: 'eu-west-1', OutputName: 'PoolOut' } },
          {
            unauthenticated: { 'Fn::GetAtt': ['Roles', 'Outputs.GuestArn'] },
            authenticated: { 'Fn::GetAtt': ['Roles', 'Outputs.AuthArn'] },
          },
        ),
      },
    };
    const nested = {
      Parameters: { PoolId: { Type: 'String' } },
      Resources: { Guest: role(ref('PoolId'), 'unauthenticated'), Auth: role(ref('PoolId'), 'authenticated') },
      Outputs: { GuestArn: { Value: arn('Guest') }, AuthArn: { Value: arn('Auth') } },
    };
    const model = modelOf(
      {
        'cdk.out/manifest.json': json(manifest),
        'cdk.out/Auth.template.json': json(auth),
        'cdk.out/Data.template.json': json(data),
        'cdk.out/DataRolesABCD1234.nested.template.json': json(nested),
      },
      ['cdk.out'],
    );
    expect(summary(exposureOf(model, roleOf(model, 'Guest')))).toEqual({
      level: 'guest',
      label: 'guest',
      guestRole: true,
      guestScopedDown: true,
      reasons: ['unauthenticated-slot:guest'],
      pools: ['IdentityPool'],
    });
    expect(summary(exposureOf(model, roleOf(model, 'Auth')))).toMatchObject({
      level: 'authenticated',
      reasons: ['authenticated-slot:authenticated'],
    });
  });

  it('an attachment whose pool is not in the run is not guest-enabled (an unknown pool never scales up)', () => {
    const model = templateModel({
      Guest: role('us-east-1:11111111-2222-3333-4444-555555555555', 'unauthenticated'),
      A: attach('us-east-1:11111111-2222-3333-4444-555555555555', { unauthenticated: arn('Guest') }),
    });
    expect(summary(exposureOf(model, roleOf(model, 'Guest')))).toMatchObject({
      level: 'authenticated',
      guestRole: false,
      reasons: ['dormant:authenticated'],
    });
  });

  it('is computed once per model and role', () => {
    const model = templateModel({
      P: pool({ AllowUnauthenticatedIdentities: true }),
      G: role(ref('P'), 'unauthenticated'),
      A: attach(ref('P'), { unauthenticated: arn('G') }),
    });
    expect(exposureOf(model, roleOf(model, 'G'))).toBe(exposureOf(model, roleOf(model, 'G')));
  });
});
