import { describe, expect, it } from 'vitest';
import { actionsOf } from '../../../src/iam/actions.js';
import { cognitoAdminAction, cognitoAdminActions } from '../../../src/data/cognito-admin-actions.js';
import { fixtureFiles, lintRuleFixture, seen } from '../helpers.js';

const RULE = 'role/cognito-admin-actions';
const f = (severity: string, file: string, line: number, column: number, resource: string) => ({
  ruleId: RULE,
  messageId: 'admin',
  severity,
  file: `test/fixtures/rules/${RULE}/invalid/${file}`,
  line,
  column,
  resource,
});
const messages = (file: string): string[] => lintRuleFixture(RULE, `invalid/${file}`).findings.filter((x) => x.ruleId === RULE).map((x) => x.message);

describe(RULE, () => {
  it('scales user pool administration by exposure: critical for guest and public sign-up, high for authenticated, medium for group and for a role no one obtains; not a Lambda role', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/exposure-scaling.yaml'), RULE)).toEqual([
      f('critical', 'exposure-scaling.yaml', 62, 17, 'GuestRole'), // AdminConfirmSignUp, basic flow on: no scope-down
      f('critical', 'exposure-scaling.yaml', 85, 17, 'SignUpRole'), // AdminCreateUser, AdminSetUserPassword on !Sub …userpool/${SignUpUserPool}
      f('high', 'exposure-scaling.yaml', 111, 17, 'StaffRole'), // AdminAddUserToGroup on !GetAtt InvitedUserPool.Arn
      f('medium', 'exposure-scaling.yaml', 137, 17, 'AdminsGroupRole'), // AdminUpdateUserAttributes, UpdateGroup on *
      f('medium', 'exposure-scaling.yaml', 232, 17, 'DormantGuestRole'), // guest slot of a pool without guests
      // FunctionRole (line 190) is no identity-pool role.
    ]);
  });

  it('names the role, the pool, the actions and the escalation path: the most privileged group to join', () => {
    const [guest, signUp, staff, group, dormant] = messages('exposure-scaling.yaml');
    expect(guest).toBe(
      'Role `GuestRole`, the guest role of identity pool `PublicPool`, may `cognito-idp:AdminConfirmSignUp` on user pool `SignUpUserPool` through inline policy `users`: any visitor can confirm any sign-up without its verification code.',
    );
    // AdminGetUser (a read) is not listed.
    expect(signUp).toBe(
      "Role `SignUpRole`, the authenticated role of identity pool `PublicPool`, open to anyone who signs up to user pool `SignUpUserPool`, may `cognito-idp:AdminCreateUser`, `cognito-idp:AdminSetUserPassword` on user pool `SignUpUserPool` through inline policy `users`: any signed-in user can create users with attributes of their choosing even where only administrators may and set any user's password and sign in as that user.",
    );
    // `editors` is the first group with a role, but `admins`' role is the one role/admin-access flags.
    expect(staff).toBe(
      'Role `StaffRole`, the authenticated role of identity pool `StaffPool`, may `cognito-idp:AdminAddUserToGroup` on user pool `InvitedUserPool` through inline policy `users`: any signed-in user can add themselves to group `admins`, whose role `AdminsGroupRole` has administrator-level permissions.',
    );
    expect(group).toMatch(/^Role `AdminsGroupRole`, the role of user pool group `AdminsGroup`, may `cognito-idp:AdminUpdateUserAttributes`, `cognito-idp:UpdateGroup` on `\*` through inline policy `admin`: any member of the group can /);
    expect(dormant).toContain('which no user can obtain today because identity pool `StaffPool` does not allow guests');
  });

  it('applies the guest scope-down: cognito-idp grants are dormant and one step lower, cognito-identity grants are not; without the scope-down both are critical', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/guest-scope-down.yaml'), RULE)).toEqual([
      f('high', 'guest-scope-down.yaml', 56, 17, 'EnhancedGuestRole'), // AdminAddUserToGroup on *
      f('critical', 'guest-scope-down.yaml', 60, 17, 'EnhancedGuestRole'), // GetOpenIdTokenForDeveloperIdentity on its pool
      f('critical', 'guest-scope-down.yaml', 64, 17, 'EnhancedGuestRole'), // both families (and s3:PutObject)
      f('critical', 'guest-scope-down.yaml', 92, 17, 'ClassicGuestRole'), // AdminAddUserToGroup on arn:aws:cognito-idp:*:*:userpool/*
      f('critical', 'guest-scope-down.yaml', 95, 17, 'ClassicGuestRole'), // MergeDeveloperIdentities on its pool
    ]);
    const [dormant, token, both, wildcard] = messages('guest-scope-down.yaml');
    expect(dormant).toBe(
      'Role `EnhancedGuestRole`, the guest role of identity pool `EnhancedPool`, may `cognito-idp:AdminAddUserToGroup` on `*` through inline policy `guest`: any visitor can add themselves to group `admins` (and its role `AdminsRole`). The grant is dormant until the basic (classic) flow is enabled or the scope-down changes.',
    );
    expect(token).not.toContain('dormant');
    expect(both).toContain('may `cognito-idp:AdminAddUserToGroup`, `cognito-identity:SetIdentityPoolRoles` on `*`');
    expect(both).not.toContain('s3:PutObject');
    expect(both).not.toContain('dormant');
    // ClassicPool has no user pool: the wildcard ARN reaches any pool, no group to name.
    expect(wildcard).toContain('on `arn:aws:cognito-idp:*:*:userpool/*`');
    expect(wildcard).toContain('any visitor can add themselves to any group of the pool and so get its role and `cognito:groups` claim.');
  });

  it('hands off to role/guest-write-access only the statements it does not report', () => {
    const report = lintRuleFixture(RULE, 'invalid/guest-scope-down.yaml');
    expect(seen(report, 'role/guest-write-access').map((x) => [x.line, x.resource])).toEqual([[68, 'EnhancedGuestRole']]); // dynamodb:PutItem
  });

  it('reports identity pool administration on its own pool or *, and user pool administration on a pool it cannot resolve, in JSON', () => {
    expect(seen(lintRuleFixture(RULE, 'invalid/identity-pools.json'), RULE)).toEqual([
      f('high', 'identity-pools.json', 93, 17, 'AuthRole'), // SetIdentityPoolRoles on *
      f('high', 'identity-pools.json', 98, 17, 'AuthRole'), // UpdateIdentityPool on !Sub …identitypool/${AppPool}
      f('high', 'identity-pools.json', 108, 17, 'AuthRole'), // a literal user pool ID
      f('high', 'identity-pools.json', 116, 17, 'AuthRole'), // a parameter without a value
      f('high', 'identity-pools.json', 123, 17, 'AuthRole'), // Backoffice and * (line 133: Backoffice only, not reported)
      f('critical', 'identity-pools.json', 183, 17, 'SocialRole'), // public sign-up through a social provider
      f('medium', 'identity-pools.json', 225, 17, 'ModeratorsRole'), // group role
    ]);
    const [roles, update, literal, parameter, mixed, social, group] = messages('identity-pools.json');
    expect(roles).toBe(
      'Role `AuthRole`, the authenticated role of identity pool `AppPool`, may `cognito-identity:SetIdentityPoolRoles` on `*` through inline policy `app`: any signed-in user can change which roles the pool hands out and how it maps users to them.',
    );
    expect(update).toContain('may `cognito-identity:UpdateIdentityPool` on identity pool `AppPool`');
    expect(update).not.toContain('DescribeIdentityPool');
    expect(literal).toContain('on `arn:aws:cognito-idp:us-east-1:111122223333:userpool/us-east-1_EXAMPLE`');
    expect(parameter).toContain('may `cognito-idp:CreateUserPoolClient` on a pool that cannot be resolved');
    expect(mixed).toContain('may `cognito-idp:AdminLinkProviderForUser` on `*` through');
    expect(social).toContain('open to anyone who signs in with `accounts.google.com`, may `cognito-identity:SetPrincipalTagAttributeMap`');
    expect(group).toContain('may `cognito-identity:GetOpenIdTokenForDeveloperIdentity`, `cognito-identity:MergeDeveloperIdentities` on identity pool `AppPool`');
  });

  it('leaves `cognito-idp:*` and `cognito-identity:*` to role/admin-access', () => {
    const report = lintRuleFixture(RULE, 'valid/service-wildcard.json');
    expect(seen(report, 'role/admin-access').map((x) => [x.line, x.column, x.resource])).toEqual([
      [37, 17, 'AuthRole'],
      [38, 17, 'AuthRole'], // cognito-identity:* beside cognito-idp:AdminAddUserToGroup: one finding, role/admin-access's
    ]);
    expect(seen(report, RULE)).toEqual([]);
  });

  it('reports a guest role with AdminAddUserToGroup, which role/guest-write-access then leaves alone', () => {
    const report = lintRuleFixture('role/guest-write-access', 'valid/cognito-admin.yaml');
    expect(seen(report, RULE).map((x) => [x.line, x.column, x.resource, x.severity])).toEqual([[41, 17, 'GuestRole', 'high']]);
    expect(seen(report, 'role/guest-write-access')).toEqual([]);
  });

  it.each(fixtureFiles(RULE, 'valid'))('reports nothing on valid/%s', (file) => {
    expect(seen(lintRuleFixture(RULE, `valid/${file}`), RULE)).toEqual([]);
  });

  it('covers every invalid fixture', () => {
    expect(fixtureFiles(RULE, 'invalid')).toEqual(['exposure-scaling.yaml', 'guest-scope-down.yaml', 'identity-pools.json']);
  });
});

describe('the Cognito administration actions (src/data/cognito-admin-actions.json)', () => {
  it('names only actions of the Service Authorization Reference, each once, with its pool kind, consequence and API reference page', () => {
    const ids = cognitoAdminActions().map((a) => a.action);
    expect(new Set(ids.map((id) => id.toLowerCase())).size).toBe(ids.length);
    const missing = ids.filter((id) => {
      const [service, name] = id.split(':');
      return !(actionsOf(service!) ?? []).some((a) => a.name === name);
    });
    expect(missing).toEqual([]);
    for (const entry of cognitoAdminActions()) {
      const name = entry.action.slice(entry.action.indexOf(':') + 1);
      if (entry.pool === 'user-pool') {
        expect(entry.action).toMatch(/^cognito-idp:/);
        expect(entry.source).toBe(`https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_${name}.html`);
      } else {
        expect(entry.action).toMatch(/^cognito-identity:/);
        expect(entry.source).toBe(`https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_${name}.html`);
      }
      // A verb phrase completing "any signed-in user can …", one clause with no sentence break.
      expect(entry.lets).toMatch(/^[a-z]/);
      expect(entry.lets).not.toMatch(/[.!?]$|[.!?]\s/);
    }
  });

  it('is the list RULES.md gives', () => {
    expect(cognitoAdminActions().map((a) => a.action)).toEqual([
      'cognito-idp:AdminAddUserToGroup',
      'cognito-idp:AdminCreateUser',
      'cognito-idp:AdminSetUserPassword',
      'cognito-idp:AdminUpdateUserAttributes',
      'cognito-idp:AdminConfirmSignUp',
      'cognito-idp:AdminEnableUser',
      'cognito-idp:AdminLinkProviderForUser',
      'cognito-idp:AdminInitiateAuth',
      'cognito-idp:AdminRespondToAuthChallenge',
      'cognito-idp:CreateGroup',
      'cognito-idp:UpdateGroup',
      'cognito-idp:UpdateUserPool',
      'cognito-idp:CreateUserPoolClient',
      'cognito-idp:UpdateUserPoolClient',
      'cognito-idp:CreateIdentityProvider',
      'cognito-idp:UpdateIdentityProvider',
      'cognito-identity:SetIdentityPoolRoles',
      'cognito-identity:UpdateIdentityPool',
      'cognito-identity:SetPrincipalTagAttributeMap',
      'cognito-identity:GetOpenIdTokenForDeveloperIdentity',
      'cognito-identity:MergeDeveloperIdentities',
    ]);
  });

  it('matches action names case-insensitively', () => {
    expect(cognitoAdminAction('COGNITO-IDP:adminaddusertogroup')?.pool).toBe('user-pool');
    expect(cognitoAdminAction('cognito-idp:AdminGetUser')).toBeUndefined();
  });
});
