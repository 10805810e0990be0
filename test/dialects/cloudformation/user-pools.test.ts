/**
 * The user pool part of the model: entities with resolved values and their nodes, the links
 * between them (across stacks too), and `isUserWritableClaim` on every case of the
 * definition of a user-writable claim (docs/semantics.md#user-writable-claim).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInputs } from '../../../src/inputs/load.js';
import { memoryFileSystem } from '../../../src/inputs/memory-fs.js';
import { nodeFileSystem } from '../../../src/inputs/node-fs.js';
import { buildIdentityModel } from '../../../src/dialects/index.js';
import { readCloudFormation } from '../../../src/dialects/cloudformation/dialect.js';
import { IdentityModel } from '../../../src/model/model.js';
import {
  identityPoolOfMapping,
  identityPoolsUsingUserPool,
  userPoolClientFor,
  userPoolFor,
  userPoolReferencesIn,
} from '../../../src/analysis/user-pool-links.js';
import {
  clientsOf,
  isUserWritableClaim,
  userPoolOf,
  userWritability,
  userWritableAttributes,
} from '../../../src/analysis/user-writability.js';
import { certainString } from '../../../src/values/judge.js';
import { truthOf } from '../../../src/values/judge.js';
import type { UserPoolClient } from '../../../src/model/cognito.js';

function modelOf(files: Record<string, string>, parameters: Record<string, string> = {}): IdentityModel {
  const fs = memoryFileSystem(files);
  return buildIdentityModel(
    loadInputs(Object.keys(files), { fs, cwd: '/', parameters: new Map(Object.entries(parameters)) }),
  );
}

const template = (resources: Record<string, unknown>, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', ...extra, Resources: resources }, null, 2);

/** A model with one pool `Users` and one client `WebClient`, for writability cases. */
function clientWith(
  poolProps: Record<string, unknown>,
  clientProps: Record<string, unknown>,
  extra: Record<string, unknown> = {},
  parameters: Record<string, string> = {},
): UserPoolClient {
  const model = modelOf(
    {
      '/t.json': template(
        {
          Users: { Type: 'AWS::Cognito::UserPool', Properties: poolProps },
          WebClient: {
            Type: 'AWS::Cognito::UserPoolClient',
            Properties: { UserPoolId: { Ref: 'Users' }, ...clientProps },
          },
        },
        extra,
      ),
    },
    parameters,
  );
  return model.userPoolEntities.clients[0]!;
}

const ADMIN_ONLY = { AdminCreateUserConfig: { AllowAdminCreateUserOnly: true } };
const SELF_SIGN_UP = { AdminCreateUserConfig: { AllowAdminCreateUserOnly: false } };
const SCHEMA = {
  Schema: [
    { Name: 'email', AttributeDataType: 'String', Required: true, Mutable: true },
    { Name: 'tenant', AttributeDataType: 'String', Mutable: false },
    { Name: 'dept', AttributeDataType: 'String', Mutable: true },
    { Name: 'plan', AttributeDataType: 'String' },
    { Name: 'level', AttributeDataType: 'Number', DeveloperOnlyAttribute: true },
  ],
};

describe('user pool entities', () => {
  const yaml = `
Resources:
  Users:
    Type: AWS::Cognito::UserPool
    Properties:
      UsernameAttributes: [email]
      MfaConfiguration: "OFF"
      Policies:
        PasswordPolicy:
          MinimumLength: 6
          RequireNumbers: true
      Schema:
        - Name: email
          Required: true
        - Name: dept
          Mutable: false
  WebClient:
    Type: AWS::Cognito::UserPoolClient
    Properties:
      UserPoolId: !Ref Users
      AllowedOAuthFlowsUserPoolClient: true
      AllowedOAuthFlows: [code, implicit]
      ExplicitAuthFlows: [ALLOW_USER_PASSWORD_AUTH, ALLOW_REFRESH_TOKEN_AUTH]
      PreventUserExistenceErrors: LEGACY
      CallbackURLs:
        - https://app.example.com/cb
        - !If [IsDev, "http://dev.example.com/cb", !Ref "AWS::NoValue"]
      WriteAttributes: [email, custom:dept]
      SupportedIdentityProviders: [COGNITO]
  Admins:
    Type: AWS::Cognito::UserPoolGroup
    Properties:
      UserPoolId: !Ref Users
      GroupName: admins
      Precedence: 1
      RoleArn: !GetAtt AdminRole.Arn
  AdminRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {Version: "2012-10-17", Statement: []}
  IdentityPool:
    Type: AWS::Cognito::IdentityPool
    Properties:
      AllowUnauthenticatedIdentities: false
      CognitoIdentityProviders:
        - ClientId: !Ref WebClient
          ProviderName: !GetAtt Users.ProviderName
  Tags:
    Type: AWS::Cognito::IdentityPoolPrincipalTag
    Properties:
      IdentityPoolId: !Ref IdentityPool
      IdentityProviderName: !Sub cognito-idp.\${AWS::Region}.amazonaws.com/\${Users}
      UseDefaults: false
      PrincipalTags:
        department: custom:dept
Conditions:
  IsDev: !Equals [!Ref "AWS::StackName", dev]
`;
  // Built from the CloudFormation contribution alone, to resolve values with the same stacks below.
  const inputs = loadInputs(['/app.yaml'], { fs: memoryFileSystem({ '/app.yaml': yaml }), cwd: '/' });
  const cloudFormation = readCloudFormation(inputs, { roles: [] });
  const model = new IdentityModel({ ...inputs, contributions: [cloudFormation.contribution] });
  const { userPools, clients, groups, principalTags } = model.userPoolEntities;
  const pool = userPools[0]!;
  const client = clients[0]!;

  it('reads one of each entity with its resource', () => {
    expect(userPools.map((p) => p.name)).toEqual(['Users']);
    expect(clients.map((c) => c.name)).toEqual(['WebClient']);
    expect(groups.map((g) => g.name)).toEqual(['Admins']);
    expect(principalTags.map((t) => t.name)).toEqual(['Tags']);
    expect(pool.resource).toEqual({ logicalId: 'Users', type: 'AWS::Cognito::UserPool', stack: 'app.yaml' });
    expect(pool.source.pointer).toBe('/Resources/Users');
  });

  it('reads the pool: sign-up, MFA, password policy, schema, user name attributes', () => {
    expect(pool.allowAdminCreateUserOnly.present).toBe(false);
    expect(pool.allowAdminCreateUserOnly.source.pointer).toBe(
      '/Resources/Users/Properties/AdminCreateUserConfig/AllowAdminCreateUserOnly',
    );
    expect(pool.selfSignUp).toBe(true); // absent in raw CloudFormation: self sign-up is on
    expect(pool.mfaConfiguration.value).toEqual({ kind: 'known', value: 'OFF' });
    expect(pool.mfaConfiguration.source.pointer).toBe('/Resources/Users/Properties/MfaConfiguration');
    expect(pool.passwordPolicy.state).toBe('present');
    expect(pool.passwordPolicy.source.pointer).toBe('/Resources/Users/Properties/Policies/PasswordPolicy');
    expect(pool.passwordPolicy.minimumLength.value).toEqual({ kind: 'known', value: 6 });
    expect(pool.passwordPolicy.requireNumbers.value).toEqual({ kind: 'known', value: true });
    expect(pool.passwordPolicy.requireSymbols).toMatchObject({ present: false, value: { kind: 'absent' } });
    expect(pool.schemaKnown).toBe(true);
    expect(pool.schema.map((a) => [a.claim, a.custom, a.required, a.mutable, a.developerOnly])).toEqual([
      ['email', false, true, true, false],
      ['custom:dept', true, false, false, false],
    ]);
    expect(pool.schema[1]!.source.pointer).toBe('/Resources/Users/Properties/Schema/1');
    expect(pool.usernameAttributes.items.map((i) => certainString(i.value))).toEqual(['email']);
    expect(pool.aliasAttributes).toMatchObject({ present: false, items: [], known: true });
  });

  it('reads the client, with a node for every list entry', () => {
    expect(userPoolOf(client)).toBe(pool);
    expect(clientsOf(pool)).toEqual([client]);
    expect(truthOf(client.allowedOAuthFlowsUserPoolClient.value)).toBe(true);
    expect(client.allowedOAuthFlows.items.map((i) => [certainString(i.value), i.source.pointer])).toEqual([
      ['code', '/Resources/WebClient/Properties/AllowedOAuthFlows/0'],
      ['implicit', '/Resources/WebClient/Properties/AllowedOAuthFlows/1'],
    ]);
    expect(client.explicitAuthFlows.items.map((i) => certainString(i.value))).toEqual([
      'ALLOW_USER_PASSWORD_AUTH',
      'ALLOW_REFRESH_TOKEN_AUTH',
    ]);
    expect(client.preventUserExistenceErrors.value).toEqual({ kind: 'known', value: 'LEGACY' });
    // The Fn::If entry is one of two alternatives: not a certain string.
    expect(client.callbackURLs.items.map((i) => certainString(i.value))).toEqual([
      'https://app.example.com/cb',
      undefined,
    ]);
    expect(client.callbackURLs.items[1]!.source.pointer).toBe('/Resources/WebClient/Properties/CallbackURLs/1');
    expect(client.logoutURLs).toMatchObject({ present: false, items: [], known: true });
    expect(client.writeAttributes.items.map((i) => certainString(i.value))).toEqual(['email', 'custom:dept']);
    expect(client.readAttributes.present).toBe(false);
    expect(client.supportedIdentityProviders.items.map((i) => certainString(i.value))).toEqual(['COGNITO']);
  });

  it('links groups to their pool and keeps the role ARN value', () => {
    const group = groups[0]!;
    expect(group.userPool).toBe(pool);
    expect(pool.groups).toEqual([group]);
    expect(group.roleArn.value).toMatchObject({
      kind: 'resource',
      attribute: 'Arn',
      resource: { logicalId: 'AdminRole' },
    });
    expect(group.precedence.value).toEqual({ kind: 'known', value: 1 });
    expect(certainString(group.groupName.value)).toBe('admins');
  });

  it('links principal tags to the identity pool and the user pool', () => {
    const mapping = principalTags[0]!;
    expect(identityPoolOfMapping(model, mapping)?.name).toBe('IdentityPool');
    expect(mapping.userPool).toBe(pool);
    expect(mapping.principalTagsKnown).toBe(true);
    expect(mapping.principalTags.map((t) => [t.tag, certainString(t.claim), t.source.pointer])).toEqual([
      ['department', 'custom:dept', '/Resources/Tags/Properties/PrincipalTags/department'],
    ]);
    expect(truthOf(mapping.useDefaults.value)).toBe(false);
  });

  it('finds identity pools using the user pool and clients named by a provider', () => {
    expect(identityPoolsUsingUserPool(model, pool).map((p) => p.name)).toEqual(['IdentityPool']);
    const provider = model.identityPools[0]!.cognitoProviders[0]!;
    expect(userPoolClientFor(model, provider.clientId)).toBe(client);
    expect(userPoolFor(model, client.userPoolId.value)).toBe(pool);
    // A RoleMappings key names both, inside Fn::Sub.
    const key = cloudFormation.resolver.resolve(cloudFormation.stacks[0]!, {
      'Fn::Sub': 'cognito-idp.${AWS::Region}.amazonaws.com/${Users}:${WebClient}',
    });
    expect(userPoolReferencesIn(model, key)).toEqual({ userPool: pool, client });
    expect(
      userPoolReferencesIn(model, { kind: 'known', value: 'cognito-idp.us-east-1.amazonaws.com/us-east-1_x:abc' }),
    ).toEqual({ userPool: undefined, client: undefined });
  });
});

describe('user pool entities: what is not statically known', () => {
  it("a computed AdminCreateUserConfig leaves self sign-up unknown, and CDK's explicit true turns it off", () => {
    const computed = clientWith(
      {
        AdminCreateUserConfig: {
          'Fn::If': ['C', { AllowAdminCreateUserOnly: true }, { AllowAdminCreateUserOnly: false }],
        },
      },
      {},
      { Conditions: { C: { 'Fn::Equals': ['a', 'b'] } } },
    );
    expect(computed.userPool!.selfSignUp).toBe('unknown');
    expect(computed.userPool!.allowAdminCreateUserOnly.value.kind).toBe('unknown');
    expect(clientWith(ADMIN_ONLY, {}).userPool!.selfSignUp).toBe(false);
    expect(clientWith({ AdminCreateUserConfig: { AllowAdminCreateUserOnly: 'false' } }, {}).userPool!.selfSignUp).toBe(
      true,
    );
  });

  it('a parameter with a default is not certain; a given parameter value is', () => {
    const extra = { Parameters: { Mfa: { Type: 'String', Default: 'OFF' }, Flows: { Type: 'CommaDelimitedList' } } };
    const defaulted = clientWith({ MfaConfiguration: { Ref: 'Mfa' } }, { AllowedOAuthFlows: { Ref: 'Flows' } }, extra);
    expect(certainString(defaulted.userPool!.mfaConfiguration.value)).toBeUndefined();
    expect(defaulted.allowedOAuthFlows).toMatchObject({ present: true, items: [], known: false });
    const given = clientWith({ MfaConfiguration: { Ref: 'Mfa' } }, { AllowedOAuthFlows: { Ref: 'Flows' } }, extra, {
      Mfa: 'ON',
      Flows: 'code,implicit',
    });
    expect(certainString(given.userPool!.mfaConfiguration.value)).toBe('ON');
    expect(given.allowedOAuthFlows.known).toBe(true);
    expect(given.allowedOAuthFlows.items.map((i) => [certainString(i.value), i.source.pointer])).toEqual([
      ['code', '/Resources/WebClient/Properties/AllowedOAuthFlows'],
      ['implicit', '/Resources/WebClient/Properties/AllowedOAuthFlows'],
    ]);
  });

  it('reads an absent password policy as absent and a computed one as unknown', () => {
    expect(clientWith({}, {}).userPool!.passwordPolicy.state).toBe('absent');
    expect(
      clientWith(
        { Policies: { PasswordPolicy: { 'Fn::If': ['C', { MinimumLength: 6 }, { Ref: 'AWS::NoValue' }] } } },
        {},
        { Conditions: { C: { 'Fn::Equals': ['a', 'b'] } } },
      ).userPool!.passwordPolicy.state,
    ).toBe('unknown');
    expect(
      clientWith({ Policies: { PasswordPolicy: { Ref: 'AWS::NoValue' } } }, {}).userPool!.passwordPolicy.state,
    ).toBe('absent');
  });

  it('a client whose UserPoolId is not a pool of the run has no pool', () => {
    const model = modelOf({
      '/t.json': template({
        WebClient: { Type: 'AWS::Cognito::UserPoolClient', Properties: { UserPoolId: 'us-east-1_abcdefghi' } },
      }),
    });
    expect(model.userPoolEntities.clients[0]!.userPool).toBeUndefined();
  });
});

describe('user pool entities across stacks', () => {
  it('links a client to the pool of another stack through Fn::ImportValue', () => {
    const model = modelOf({
      '/auth.json': template(
        { Users: { Type: 'AWS::Cognito::UserPool', Properties: {} } },
        { Outputs: { PoolId: { Value: { Ref: 'Users' }, Export: { Name: 'auth-UserPoolId' } } } },
      ),
      '/web.json': template({
        WebClient: {
          Type: 'AWS::Cognito::UserPoolClient',
          Properties: { UserPoolId: { 'Fn::ImportValue': 'auth-UserPoolId' } },
        },
        Admins: {
          Type: 'AWS::Cognito::UserPoolGroup',
          Properties: { UserPoolId: { 'Fn::ImportValue': 'auth-UserPoolId' } },
        },
      }),
    });
    const pool = model.userPoolEntities.userPools[0]!;
    expect(model.userPoolEntities.clients[0]!.userPool).toBe(pool);
    expect(model.userPoolEntities.clients[0]!.resource.stack).toBe('web.json');
    expect(model.userPoolEntities.groups[0]!.userPool).toBe(pool);
  });
});

describe('user pool entities of real CDK synth output', () => {
  const root = join(import.meta.dirname, '..', '..', '..');
  const model = buildIdentityModel(
    loadInputs(['test/fixtures/corpus/cdk/a2-secure-l1/cdk.out'], { fs: nodeFileSystem, cwd: root }),
  );
  const { userPools, clients, groups } = model.userPoolEntities;

  it('reads the L2 user pool, its app client and the L1 group, with construct paths', () => {
    expect(userPools.map((p) => [p.name, p.resource.cdkPath])).toEqual([
      ['UserPool6BA7E5F2', 'WebApp/UserPool/Resource'],
    ]);
    expect(clients.map((c) => [c.name, c.resource.cdkPath, c.userPool?.name])).toEqual([
      ['UserPoolWebClient4C9370B0', 'WebApp/UserPool/WebClient/Resource', 'UserPool6BA7E5F2'],
    ]);
    expect(groups.map((g) => [g.name, g.userPool?.name])).toEqual([['AdminsGroup', 'UserPool6BA7E5F2']]);
  });

  it('sees what CDK writes explicitly: self sign-up, optional MFA, the implicit flow and example.com callback', () => {
    const pool = userPools[0]!;
    const client = clients[0]!;
    expect(pool.selfSignUp).toBe(true);
    expect(certainString(pool.mfaConfiguration.value)).toBe('OPTIONAL');
    expect(client.allowedOAuthFlows.items.map((i) => certainString(i.value))).toEqual(['implicit', 'code']);
    expect(client.callbackURLs.items.map((i) => certainString(i.value))).toEqual(['https://example.com']);
    expect(identityPoolsUsingUserPool(model, pool).map((p) => p.name)).toEqual(['IdentityPool']);
    // No WriteAttributes: every standard attribute, and with self sign-up nothing more.
    expect(isUserWritableClaim(client, 'email')).toBe(true);
    expect(isUserWritableClaim(client, 'cognito:groups')).toBe(false);
  });
});

describe('isUserWritableClaim: writable', () => {
  it('a custom attribute listed in WriteAttributes', () => {
    const client = clientWith({ ...ADMIN_ONLY, ...SCHEMA }, { WriteAttributes: ['custom:dept'] });
    expect(isUserWritableClaim(client, 'custom:dept')).toBe(true);
    expect(userWritability(client, 'custom:dept').because).toBe(
      'app client `WebClient` lists `custom:dept` in WriteAttributes',
    );
  });

  it('a custom attribute without Mutable (mutable), listed', () => {
    expect(
      isUserWritableClaim(
        clientWith({ ...ADMIN_ONLY, ...SCHEMA }, { WriteAttributes: ['custom:plan'] }),
        'custom:plan',
      ),
    ).toBe(true);
  });

  it('a standard attribute listed in WriteAttributes, and not one that is not listed', () => {
    const client = clientWith({ ...ADMIN_ONLY, ...SCHEMA }, { WriteAttributes: ['name'] });
    expect(isUserWritableClaim(client, 'name')).toBe(true);
    expect(isUserWritableClaim(client, 'given_name')).toBe(false);
    expect(isUserWritableClaim(client, 'custom:dept')).toBe(false);
  });

  it('every standard attribute when WriteAttributes is omitted, but no custom or verification attribute', () => {
    const client = clientWith({ ...ADMIN_ONLY, ...SCHEMA }, {});
    for (const claim of [
      'name',
      'given_name',
      'family_name',
      'preferred_username',
      'locale',
      'website',
      'phone_number',
      'address',
      'zoneinfo',
    ]) {
      expect(isUserWritableClaim(client, claim), claim).toBe(true);
    }
    expect(userWritability(client, 'locale').because).toBe(
      'app client `WebClient` has no WriteAttributes, so it may write every standard attribute',
    );
    expect(isUserWritableClaim(client, 'custom:dept')).toBe(false);
    expect(isUserWritableClaim(client, 'email_verified')).toBe(false);
    expect(isUserWritableClaim(client, 'phone_number_verified')).toBe(false);
  });

  it('WriteAttributes: !Ref AWS::NoValue is omitted', () => {
    expect(
      isUserWritableClaim(clientWith({ ...ADMIN_ONLY }, { WriteAttributes: { Ref: 'AWS::NoValue' } }), 'nickname'),
    ).toBe(true);
  });

  it('email_verified and phone_number_verified when listed', () => {
    const client = clientWith(
      { ...ADMIN_ONLY },
      { WriteAttributes: ['email', 'email_verified', 'phone_number_verified'] },
    );
    expect(isUserWritableClaim(client, 'email_verified')).toBe(true);
    expect(isUserWritableClaim(client, 'phone_number_verified')).toBe(true);
  });

  it('a required attribute, always, even when WriteAttributes does not list it', () => {
    const client = clientWith({ ...ADMIN_ONLY, ...SCHEMA }, { WriteAttributes: ['name'] });
    expect(isUserWritableClaim(client, 'email')).toBe(true);
    expect(userWritability(client, 'email').because).toBe(
      '`email` is a required attribute of user pool `Users` (always writable)',
    );
  });

  it('with self sign-up, an immutable attribute the client may write (set at sign-up)', () => {
    const client = clientWith({ ...SELF_SIGN_UP, ...SCHEMA }, { WriteAttributes: ['custom:tenant'] });
    expect(isUserWritableClaim(client, 'custom:tenant')).toBe(true);
    expect(userWritability(client, 'custom:tenant').because).toContain(
      'allows self sign-up, so the user sets it when signing up',
    );
  });

  it('with self sign-up by default (AdminCreateUserConfig absent), the same', () => {
    expect(
      isUserWritableClaim(clientWith({ ...SCHEMA }, { WriteAttributes: ['custom:tenant'] }), 'custom:tenant'),
    ).toBe(true);
  });

  it('cognito:username with self sign-up and no UsernameAttributes: the user picks it at SignUp', () => {
    expect(isUserWritableClaim(clientWith({ ...SELF_SIGN_UP }, {}), 'cognito:username')).toBe(true);
    expect(
      isUserWritableClaim(clientWith({ ...SELF_SIGN_UP, AliasAttributes: ['email'] }, {}), 'cognito:username'),
    ).toBe(true);
  });
});

describe('isUserWritableClaim: never writable', () => {
  const client = clientWith(
    { ...SELF_SIGN_UP, ...SCHEMA },
    { WriteAttributes: ['email', 'custom:dept', 'custom:tenant'] },
  );

  it.each([
    'sub',
    'identities',
    'cognito:groups',
    'cognito:roles',
    'cognito:preferred_role',
    'aud',
    'iss',
    'token_use',
    'auth_time',
    'exp',
    'iat',
    'jti',
    'origin_jti',
    'event_id',
  ])('%s', (claim) => {
    expect(isUserWritableClaim(client, claim)).toBe(false);
  });

  it('even when the pool and client are unknown', () => {
    const model = modelOf({
      '/t.json': template(
        {
          C: {
            Type: 'AWS::Cognito::UserPoolClient',
            Properties: { UserPoolId: 'us-east-1_x', WriteAttributes: { Ref: 'W' } },
          },
        },
        { Parameters: { W: { Type: 'CommaDelimitedList' } } },
      ),
    });
    const unknownClient = model.userPoolEntities.clients[0]!;
    for (const claim of ['sub', 'cognito:groups', 'identities', 'aud', 'token_use'])
      expect(isUserWritableClaim(unknownClient, claim), claim).toBe(false);
  });

  it('an immutable attribute of a pool without self sign-up (only administrators set it)', () => {
    const adminOnly = clientWith({ ...ADMIN_ONLY, ...SCHEMA }, { WriteAttributes: ['custom:tenant'] });
    expect(isUserWritableClaim(adminOnly, 'custom:tenant')).toBe(false);
    expect(userWritability(adminOnly, 'custom:tenant').because).toBe(
      '`custom:tenant` is immutable and user pool `Users` does not allow self sign-up (only administrators create users)',
    );
  });

  it('a developer-only attribute', () => {
    expect(isUserWritableClaim(client, 'dev:custom:level')).toBe(false);
    expect(isUserWritableClaim(clientWith({ ...SELF_SIGN_UP, ...SCHEMA }, {}), 'custom:level')).toBe(false);
  });

  it('a custom attribute the pool does not define, and a claim that is no attribute', () => {
    expect(isUserWritableClaim(client, 'custom:nope')).toBe(false);
    expect(isUserWritableClaim(client, 'role')).toBe(false);
  });

  it('cognito:username when Cognito generates it (UsernameAttributes) or only administrators create users', () => {
    expect(
      isUserWritableClaim(clientWith({ ...SELF_SIGN_UP, UsernameAttributes: ['email'] }, {}), 'cognito:username'),
    ).toBe(false);
    expect(isUserWritableClaim(clientWith({ ...ADMIN_ONLY }, {}), 'cognito:username')).toBe(false);
  });
});

describe('isUserWritableClaim: unknown, never guessed', () => {
  it('WriteAttributes from a parameter without a value', () => {
    const client = clientWith(
      { ...ADMIN_ONLY, ...SCHEMA },
      { WriteAttributes: { Ref: 'W' } },
      { Parameters: { W: { Type: 'CommaDelimitedList', Default: 'name' } } },
    );
    expect(isUserWritableClaim(client, 'custom:dept')).toBe('unknown');
    expect(isUserWritableClaim(client, 'email')).toBe(true); // required: writable whatever the client lists
    expect(userWritability(client, 'custom:dept').because).toBe(
      'whether a user can set `custom:dept` depends on the WriteAttributes of app client `WebClient` that are not statically known',
    );
  });

  it('an entry of WriteAttributes chosen by Fn::If', () => {
    const client = clientWith(
      { ...ADMIN_ONLY, ...SCHEMA },
      { WriteAttributes: ['name', { 'Fn::If': ['C', 'custom:dept', { Ref: 'AWS::NoValue' }] }] },
      { Conditions: { C: { 'Fn::Equals': ['a', 'b'] } } },
    );
    expect(isUserWritableClaim(client, 'custom:dept')).toBe('unknown');
    expect(isUserWritableClaim(client, 'name')).toBe(true);
  });

  it('the sign-up setting, for an immutable attribute (a mutable one is writable either way)', () => {
    const extra = { Parameters: { AdminOnly: { Type: 'String', AllowedValues: ['true', 'false'] } } };
    const client = clientWith(
      { AdminCreateUserConfig: { AllowAdminCreateUserOnly: { Ref: 'AdminOnly' } }, ...SCHEMA },
      { WriteAttributes: ['custom:tenant', 'custom:dept'] },
      extra,
    );
    expect(isUserWritableClaim(client, 'custom:tenant')).toBe('unknown');
    expect(userWritability(client, 'custom:tenant').because).toContain('the sign-up setting of user pool `Users`');
    expect(isUserWritableClaim(client, 'custom:dept')).toBe(true);
    expect(isUserWritableClaim(client, 'cognito:username')).toBe('unknown');
  });

  it('a pool that is not in the run', () => {
    const model = modelOf({
      '/t.json': template({
        C: {
          Type: 'AWS::Cognito::UserPoolClient',
          Properties: { UserPoolId: { 'Fn::ImportValue': 'elsewhere' }, WriteAttributes: ['custom:dept'] },
        },
      }),
    });
    const client = model.userPoolEntities.clients[0]!;
    expect(isUserWritableClaim(client, 'custom:dept')).toBe('unknown');
    // Not listed, but the pool (not in the run) may make it required, and required attributes are always writable.
    expect(isUserWritableClaim(client, 'name')).toBe('unknown');
  });

  it('a computed Schema', () => {
    const client = clientWith(
      { ...ADMIN_ONLY, Schema: { 'Fn::If': ['C', [], []] } },
      { WriteAttributes: ['custom:dept'] },
      { Conditions: { C: { 'Fn::Equals': ['a', 'b'] } } },
    );
    expect(client.userPool!.schemaKnown).toBe(false);
    expect(isUserWritableClaim(client, 'custom:dept')).toBe('unknown');
  });
});

describe('userWritableAttributes', () => {
  it('lists the claims a user can set, and says when the list is complete', () => {
    const client = clientWith(
      { ...ADMIN_ONLY, ...SCHEMA },
      { WriteAttributes: ['name', 'custom:dept', 'custom:tenant'] },
    );
    expect(userWritableAttributes(client)).toEqual({
      writable: ['custom:dept', 'email', 'name'],
      uncertain: [],
      complete: true,
    });
  });

  it('is incomplete when WriteAttributes is not known', () => {
    const client = clientWith(
      { ...ADMIN_ONLY, ...SCHEMA },
      { WriteAttributes: { Ref: 'W' } },
      { Parameters: { W: { Type: 'CommaDelimitedList' } } },
    );
    const result = userWritableAttributes(client);
    expect(result.complete).toBe(false);
    expect(result.writable).toEqual(['email']);
    expect(result.uncertain).toContain('custom:dept');
    expect(result.uncertain).toContain('name');
  });
});
