import { describe, expect, it } from 'vitest';
import { actionsOf } from '../../../src/iam/actions.js';
import { cognitoAdminAction, cognitoAdminActions } from '../../../src/data/cognito-admin-actions.js';
import rule from '../../../rules/role/cognito-admin-actions.js';
import { seen } from '../helpers.js';
import { lintFixture, ruleTester } from '../rule-tester.js';

const RULE = 'role/cognito-admin-actions';

ruleTester.run(RULE, {
  valid: 'all',
  invalid: {
    // Scales user pool administration by exposure: critical for guest and public sign-up, high for authenticated,
    // medium for group and for a role no one obtains; not a Lambda role (FunctionRole, line 190, is no
    // identity-pool role). Names the role, the pool, the actions and the escalation path: the most privileged
    // group to join (`editors` is the first group with a role, but `admins`' role is the one role/admin-access
    // flags). AdminGetUser (a read) is not listed.
    'exposure-scaling.yaml': [
      // AdminConfirmSignUp, basic flow on: no scope-down
      {
        messageId: 'adminGuest',
        line: 62,
        column: 17,
        resource: 'GuestRole',
        message:
          'Role `GuestRole` may `cognito-idp:AdminConfirmSignUp` on user pool `SignUpUserPool` through inline policy `users`: any visitor holds these credentials in the browser. `cognito-idp:AdminConfirmSignUp` lets the holder confirm any sign-up without its verification code. The role is the guest role of identity pool `PublicPool`.',
      },
      // AdminCreateUser, AdminSetUserPassword on !Sub …userpool/${SignUpUserPool}
      {
        messageId: 'adminSignedIn',
        line: 85,
        column: 17,
        resource: 'SignUpRole',
        message:
          "Role `SignUpRole` may `cognito-idp:AdminCreateUser`, `cognito-idp:AdminSetUserPassword` on user pool `SignUpUserPool` through inline policy `users`: any signed-in user holds these credentials in the browser. `cognito-idp:AdminCreateUser` lets the holder create users with attributes of their choosing even where only administrators may. `cognito-idp:AdminSetUserPassword` lets the holder set any user's password and sign in as that user. The role is the authenticated role of identity pool `PublicPool`. Anyone can get the role by signing up to user pool `SignUpUserPool`.",
      },
      // AdminAddUserToGroup on !GetAtt InvitedUserPool.Arn
      {
        messageId: 'adminSignedIn',
        line: 111,
        column: 17,
        resource: 'StaffRole',
        severity: 'high',
        message:
          'Role `StaffRole` may `cognito-idp:AdminAddUserToGroup` on user pool `InvitedUserPool` through inline policy `users`: any signed-in user holds these credentials in the browser. `cognito-idp:AdminAddUserToGroup` lets the holder add themselves to group `admins`, whose role `AdminsGroupRole` has administrator-level permissions. The role is the authenticated role of identity pool `StaffPool`.',
      },
      // AdminUpdateUserAttributes, UpdateGroup on *
      {
        messageId: 'adminGroup',
        line: 137,
        column: 17,
        resource: 'AdminsGroupRole',
        severity: 'medium',
        message:
          /^Role `AdminsGroupRole` may `cognito-idp:AdminUpdateUserAttributes`, `cognito-idp:UpdateGroup` on `\*` through inline policy `admin`: any member of the group holds these credentials in the browser\. .*\. The role belongs to user pool group `AdminsGroup`\.$/,
      },
      // guest slot of a pool without guests
      {
        messageId: 'adminDormant',
        line: 232,
        column: 17,
        resource: 'DormantGuestRole',
        severity: 'medium',
        messageIncludes: 'No user can obtain the role today because identity pool `StaffPool` does not allow guests.',
      },
    ],
    // Applies the guest scope-down: cognito-idp grants are dormant and one step lower, cognito-identity grants
    // are not; without the scope-down both are critical. ClassicPool has no user pool: the wildcard ARN reaches
    // any pool, no group to name.
    'guest-scope-down.yaml': [
      // AdminAddUserToGroup on *
      {
        messageId: 'adminGuest',
        line: 56,
        column: 17,
        resource: 'EnhancedGuestRole',
        severity: 'high',
        message:
          'Role `EnhancedGuestRole` may `cognito-idp:AdminAddUserToGroup` on `*` through inline policy `guest`: any visitor holds these credentials in the browser. `cognito-idp:AdminAddUserToGroup` lets the holder add themselves to group `admins` (and its role `AdminsRole`). The role is the guest role of identity pool `EnhancedPool`. The grant is dormant until the basic (classic) flow is enabled or the scope-down changes.',
      },
      { messageId: 'adminGuest', line: 60, column: 17, resource: 'EnhancedGuestRole', messageExcludes: 'dormant' }, // GetOpenIdTokenForDeveloperIdentity on its pool
      // both families (and s3:PutObject)
      {
        messageId: 'adminGuest',
        line: 64,
        column: 17,
        resource: 'EnhancedGuestRole',
        messageIncludes: 'may `cognito-idp:AdminAddUserToGroup`, `cognito-identity:SetIdentityPoolRoles` on `*`',
        messageExcludes: ['s3:PutObject', 'dormant'],
      },
      // AdminAddUserToGroup on arn:aws:cognito-idp:*:*:userpool/*
      {
        messageId: 'adminGuest',
        line: 92,
        column: 17,
        resource: 'ClassicGuestRole',
        messageIncludes: [
          'on `arn:aws:cognito-idp:*:*:userpool/*`',
          '`cognito-idp:AdminAddUserToGroup` lets the holder add themselves to any group of the pool and so get its role and `cognito:groups` claim.',
        ],
      },
      { messageId: 'adminGuest', line: 95, column: 17, resource: 'ClassicGuestRole' }, // MergeDeveloperIdentities on its pool
    ],
    // Reports identity pool administration on its own pool or *, and user pool administration on a pool it
    // cannot resolve, in JSON.
    'identity-pools.json': [
      // SetIdentityPoolRoles on *
      {
        messageId: 'adminSignedIn',
        line: 93,
        column: 17,
        resource: 'AuthRole',
        severity: 'high',
        message:
          'Role `AuthRole` may `cognito-identity:SetIdentityPoolRoles` on `*` through inline policy `app`: any signed-in user holds these credentials in the browser. `cognito-identity:SetIdentityPoolRoles` lets the holder change which roles the pool hands out and how it maps users to them. The role is the authenticated role of identity pool `AppPool`.',
      },
      // UpdateIdentityPool on !Sub …identitypool/${AppPool}
      {
        messageId: 'adminSignedIn',
        line: 98,
        column: 17,
        resource: 'AuthRole',
        severity: 'high',
        messageIncludes: 'may `cognito-identity:UpdateIdentityPool` on identity pool `AppPool`',
        messageExcludes: 'DescribeIdentityPool',
      },
      // a literal user pool ID
      {
        messageId: 'adminSignedIn',
        line: 108,
        column: 17,
        resource: 'AuthRole',
        severity: 'high',
        messageIncludes: 'on `arn:aws:cognito-idp:us-east-1:111122223333:userpool/us-east-1_EXAMPLE`',
      },
      // a parameter without a value
      {
        messageId: 'adminSignedIn',
        line: 116,
        column: 17,
        resource: 'AuthRole',
        severity: 'high',
        messageIncludes: [
          'may `cognito-idp:CreateUserPoolClient` on `<?>` through',
          'Which pool `<?>` is cannot be resolved.',
        ],
      },
      // Backoffice and * (line 133: Backoffice only, not reported)
      {
        messageId: 'adminSignedIn',
        line: 123,
        column: 17,
        resource: 'AuthRole',
        severity: 'high',
        messageIncludes: 'may `cognito-idp:AdminLinkProviderForUser` on `*` through',
      },
      // public sign-up through a social provider
      {
        messageId: 'adminSignedIn',
        line: 183,
        column: 17,
        resource: 'SocialRole',
        messageIncludes: 'Anyone can get the role by signing in with `accounts.google.com`.',
      },
      // group role
      {
        messageId: 'adminGroup',
        line: 225,
        column: 17,
        resource: 'ModeratorsRole',
        severity: 'medium',
        messageIncludes:
          'may `cognito-identity:GetOpenIdTokenForDeveloperIdentity`, `cognito-identity:MergeDeveloperIdentities` on identity pool `AppPool`',
      },
    ],
  },
  variants: [
    {
      name: 'reports a guest role with AdminAddUserToGroup (a fixture of role/guest-write-access, which then leaves it alone)',
      paths: ['test/fixtures/rules/role/guest-write-access/valid/cognito-admin.yaml'],
      findings: [
        {
          messageId: 'adminGuest',
          file: 'test/fixtures/rules/role/guest-write-access/valid/cognito-admin.yaml',
          line: 41,
          column: 17,
          resource: 'GuestRole',
          severity: 'high',
        },
      ],
    },
  ],
});

describe(`${RULE}: beyond its own findings`, () => {
  it('hands off to role/guest-write-access only the statements it does not report', () => {
    const report = lintFixture(RULE, 'invalid/guest-scope-down.yaml');
    expect(seen(report, 'role/guest-write-access').map((x) => [x.line, x.resource])).toEqual([
      [68, 'EnhancedGuestRole'],
    ]); // dynamodb:PutItem
  });

  it('leaves `cognito-idp:*` and `cognito-identity:*` to role/admin-access', () => {
    const report = lintFixture(RULE, 'valid/service-wildcard.json');
    expect(seen(report, 'role/admin-access').map((x) => [x.line, x.column, x.resource])).toEqual([
      [37, 17, 'AuthRole'],
      [38, 17, 'AuthRole'], // cognito-identity:* beside cognito-idp:AdminAddUserToGroup: one finding, role/admin-access's
    ]);
  });

  it('leaves the guest role with AdminAddUserToGroup of role/guest-write-access valid/cognito-admin.yaml to this rule', () => {
    expect(seen(lintFixture('role/guest-write-access', 'valid/cognito-admin.yaml'), 'role/guest-write-access')).toEqual(
      [],
    );
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
        expect(entry.source).toBe(
          `https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_${name}.html`,
        );
      } else {
        expect(entry.action).toMatch(/^cognito-identity:/);
        expect(entry.source).toBe(`https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/API_${name}.html`);
      }
      // What it lets its holder do is a note of the rule, named after the action.
      expect((rule.meta.notes as Record<string, string>)[`lets${name}`]).toMatch(
        new RegExp(`^\`${entry.action}\` lets the holder [a-z]`),
      );
    }
  });

  it('is the list rules/role/cognito-admin-actions.md gives', () => {
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
