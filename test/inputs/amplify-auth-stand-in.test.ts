/**
 * The Cognito resources an Amplify auth resource's cli-inputs.json stands in with (src/inputs/amplify-auth-stand-in.ts):
 * what auth-cognito-stack-builder.ts generates from each setting, what is left unknown, and where each node is located.
 * The findings these give are asserted end to end in test/e2e/amplify-projects.test.ts (cli-inputs-userpool).
 */
import { describe, expect, it } from 'vitest';
import { authStandIn, overriddenProperties } from '../../src/inputs/amplify-auth-stand-in.js';
import { parseText } from '../../src/parsers/index.js';
import type { ParsedDocument } from '../../src/parsers/types.js';

const BASE = {
  identityPoolName: 'pool',
  allowUnauthenticatedIdentities: false,
  resourceNameTruncated: 'auth1234',
  userPoolName: 'users',
  mfaConfiguration: 'OFF',
  passwordPolicyMinLength: 8,
  passwordPolicyCharacters: ['Requires Lowercase', 'Requires Symbols'],
  requiredAttributes: ['email'],
  usernameAttributes: ['email'],
  aliasAttributes: [],
  userpoolClientGenerateSecret: false,
  userpoolClientRefreshTokenValidity: 30,
  userpoolClientSetAttributes: false,
  userpoolClientReadAttributes: ['email'],
  authSelections: 'identityPoolAndUserPool',
  userPoolGroupList: [],
};

function standIn(config: Record<string, unknown>, override?: Parameters<typeof authStandIn>[2]) {
  const text = JSON.stringify({ version: '1', cognitoConfig: config }, null, 2);
  const doc = parseText('amplify/backend/auth/a/cli-inputs.json', text);
  return { doc, built: authStandIn(doc, config, override) };
}

type Template = { Resources: Record<string, { Properties: Record<string, unknown> }> };
const resources = (built: ParsedDocument | undefined) => (built?.data as Template).Resources;
const UNKNOWN = { Ref: 'OverrideTsNotRun' };

describe('authStandIn', () => {
  it('builds the user pool as the builder does: MFA and length by Ref, character classes from the list, no AdminCreateUserConfig', () => {
    const pool = resources(standIn(BASE).built).UserPool!.Properties;
    expect(pool.MfaConfiguration).toEqual({ Ref: 'mfaConfiguration' });
    expect(pool.Policies).toEqual({
      PasswordPolicy: {
        MinimumLength: { Ref: 'passwordPolicyMinLength' },
        RequireLowercase: true,
        RequireNumbers: false,
        RequireSymbols: true,
        RequireUppercase: false,
      },
    });
    expect(pool.Schema).toEqual([{ Name: 'email', Required: true, Mutable: true }]);
    expect(pool.UsernameAttributes).toEqual({ Ref: 'usernameAttributes' });
    expect(pool.AliasAttributes).toBeUndefined();
    expect(pool.AdminCreateUserConfig).toBeUndefined();
  });

  it('builds two clients without PreventUserExistenceErrors or ExplicitAuthFlows, and the identity pool names both, without ServerSideTokenCheck', () => {
    const built = resources(standIn(BASE).built);
    expect(built.UserPoolClient!.Properties).toEqual({
      UserPoolId: { Ref: 'UserPool' },
      ClientName: 'auth1234_app_client',
      TokenValidityUnits: { RefreshToken: 'days' },
      RefreshTokenValidity: { Ref: 'userpoolClientRefreshTokenValidity' },
      GenerateSecret: { Ref: 'userpoolClientGenerateSecret' },
    });
    expect(built.UserPoolClientWeb!.Properties.GenerateSecret).toBeUndefined();
    const providers = built.IdentityPool!.Properties.CognitoIdentityProviders as Array<Record<string, unknown>>;
    expect(providers.map((p) => p.ClientId)).toEqual([{ Ref: 'UserPoolClient' }, { Ref: 'UserPoolClientWeb' }]);
    expect(providers.every((p) => !('ServerSideTokenCheck' in p))).toBe(true);
    expect(built.IdentityPoolRoleMap!.Properties.RoleMappings).toBeUndefined();
  });

  it('follows the builder on attributes, groups, social providers and the selections', () => {
    const withAttributes = resources(standIn({ ...BASE, userpoolClientSetAttributes: true }).built);
    expect(withAttributes.UserPoolClientWeb!.Properties.ReadAttributes).toEqual({
      Ref: 'userpoolClientReadAttributes',
    });
    // No userpoolClientWriteAttributes key: the builder's parameter is missing, so is the property.
    expect(withAttributes.UserPoolClientWeb!.Properties.WriteAttributes).toBeUndefined();
    const groups = resources(standIn({ ...BASE, userPoolGroupList: ['Admins'] }).built);
    expect(Object.keys(groups.IdentityPoolRoleMap!.Properties.RoleMappings as object)).toEqual([
      'UserPoolClientRoleMapping',
      'UserPoolWebClientRoleMapping',
    ]);
    const social = resources(standIn({ ...BASE, authProviders: ['graph.facebook.com', 'example.com'] }).built);
    expect(social.IdentityPool!.Properties.SupportedLoginProviders).toEqual({
      'graph.facebook.com': { Ref: 'facebookAppId' },
    });
    // Google alone with `audiences` goes through the OpenID Connect provider instead (not built).
    const google = resources(standIn({ ...BASE, authProviders: ['accounts.google.com'], audiences: ['x'] }).built);
    expect(google.IdentityPool!.Properties.SupportedLoginProviders).toBeUndefined();
    expect(Object.keys(resources(standIn({ ...BASE, authSelections: 'identityPoolOnly' }).built))).toEqual([
      'IdentityPool',
      'IdentityPoolRoleMap',
    ]);
    expect(
      resources(standIn({ ...BASE, authSelections: 'identityPoolOnly' }).built).IdentityPool!.Properties,
    ).not.toHaveProperty('CognitoIdentityProviders');
    expect(Object.keys(resources(standIn({ ...BASE, authSelections: 'userPoolOnly' }).built))).toEqual([
      'UserPool',
      'UserPoolClientWeb',
      'UserPoolClient',
    ]);
    expect(standIn({ ...BASE, authSelections: 'somethingElse' }).built).toBeUndefined();
    expect(standIn({ ...BASE, authSelections: ['identityPoolAndUserPool'] }).built).toBeUndefined();
  });

  it('leaves unknown what the settings do not say: a missing character list, OAuth metadata that does not parse', () => {
    const { passwordPolicyCharacters: _, ...noList } = BASE;
    const policy = (resources(standIn(noList).built).UserPool!.Properties.Policies as Record<string, unknown>)
      .PasswordPolicy as Record<string, unknown>;
    expect(policy.RequireLowercase).toEqual(UNKNOWN);
    const broken = resources(standIn({ ...BASE, oAuthMetadata: '{"AllowedOAuthFlows": [' }).built);
    expect(broken.UserPoolClient!.Properties.AllowedOAuthFlowsUserPoolClient).toBe(true);
    expect(broken.UserPoolClient!.Properties.AllowedOAuthFlows).toEqual(UNKNOWN);
    expect(broken.UserPoolClient!.Properties.CallbackURLs).toEqual(UNKNOWN);
    const oauth = resources(
      standIn({
        ...BASE,
        oAuthMetadata: JSON.stringify({ AllowedOAuthFlows: ['code'], CallbackURLs: ['https://app.example.com/'] }),
        hostedUIProviderMeta: JSON.stringify([{ ProviderName: 'Google' }]),
      }).built,
    );
    expect(oauth.UserPoolClientWeb!.Properties).toMatchObject({
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['code'],
      CallbackURLs: ['https://app.example.com/'],
      SupportedIdentityProviders: ['Google', 'COGNITO'],
    });
    expect(oauth.UserPoolClientWeb!.Properties).not.toHaveProperty('LogoutURLs');
  });

  it('leaves unknown every property override.ts names, and everything when it cannot be read', () => {
    const override = {
      text: "resources.userPool.adminCreateUserConfig = { allowAdminCreateUserOnly: true };\nresources.userPoolClient.addPropertyOverride('ExplicitAuthFlows', ['ALLOW_USER_PASSWORD_AUTH']);\n",
    };
    const built = resources(standIn(BASE, override).built);
    expect(built.UserPool!.Properties.AdminCreateUserConfig).toEqual(UNKNOWN);
    expect(built.UserPool!.Properties.MfaConfiguration).toEqual({ Ref: 'mfaConfiguration' });
    expect(built.UserPoolClient!.Properties.ExplicitAuthFlows).toEqual(UNKNOWN);
    expect(built.UserPoolClientWeb!.Properties.ExplicitAuthFlows).toEqual(UNKNOWN);
    const unreadable = resources(standIn(BASE, 'unreadable').built);
    expect(unreadable.UserPool!.Properties.MfaConfiguration).toEqual(UNKNOWN);
    expect(unreadable.IdentityPool!.Properties.AllowUnauthenticatedIdentities).toEqual(UNKNOWN);
  });

  it('locates each node at the setting it comes from', () => {
    const { doc, built } = standIn(BASE);
    const line = (pointer: string) => built!.locate(pointer).start.line;
    const settingLine = (key: string) => doc.text.split('\n').findIndex((l) => l.includes(`"${key}"`)) + 1;
    expect(line('/Resources/UserPool/Properties/MfaConfiguration')).toBe(settingLine('mfaConfiguration'));
    expect(line('/Resources/UserPool/Properties/Policies/PasswordPolicy/MinimumLength')).toBe(
      settingLine('passwordPolicyMinLength'),
    );
    expect(line('/Resources/UserPool/Properties/Policies/PasswordPolicy/RequireNumbers')).toBe(
      settingLine('passwordPolicyCharacters'),
    );
    expect(line('/Resources/UserPool/Properties')).toBe(settingLine('userPoolName'));
    expect(line('/Resources/UserPoolClientWeb/Properties')).toBe(settingLine('userPoolName'));
    expect(line('/Resources/UserPoolClient/Properties/GenerateSecret')).toBe(
      settingLine('userpoolClientGenerateSecret'),
    );
    expect(line('/Resources/IdentityPool/Properties/CognitoIdentityProviders/0')).toBe(settingLine('identityPoolName'));
  });
});

describe('overriddenProperties', () => {
  it('reads the names override.ts uses, as CDK properties or override paths; a comment naming "policies" is not one', () => {
    expect([
      ...overriddenProperties({ text: '// Set the user pool policies\nresources.userPool.userPoolAddOns = {}' }),
    ]).toEqual([]);
    expect([...overriddenProperties({ text: 'resources.userPool.policies = { passwordPolicy: {} }' })]).toEqual([
      'UserPool/Policies',
    ]);
    expect([...overriddenProperties({ text: "addPropertyOverride('ServerSideTokenCheck', true)" })]).toEqual([
      'IdentityPool/CognitoIdentityProviders',
    ]);
    expect(overriddenProperties(undefined).size).toBe(0);
    expect(overriddenProperties('unreadable').size).toBeGreaterThan(15);
  });
});
