import { defineRule, describe, truthOf, trustAmrAdmission, type Role } from '../../src/rule-api.js';

export default defineRule({
  meta: {
    id: 'identity-pool/unused-guest-role',
    description:
      'An unauthenticated role with grants should not be attached to an identity pool that does not allow guests',
    severity: 'info',
    messages: {
      dormant:
        'Identity pool {{pool}} does not allow guests, yet role {{role}} is attached as its unauthenticated role with grants ({{policies}}) that anyone on the internet receives as soon as guest access is turned on.',
    },
    fix: 'Remove the `unauthenticated` entry from the role attachment (and the role) while guest access is off, or leave it without grants.',
    fixIn: {
      terraform:
        'Remove `unauthenticated` from the `roles` map of the `aws_cognito_identity_pool_roles_attachment` (and the role) while `allow_unauthenticated_identities` is false, or leave the role without grants.',
    },
    references: [
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cognito-identitypoolroleattachment.html',
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cognito-identitypool.html',
      'https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html',
    ],
    tags: ['identity-pool', 'cognito'],
  },
  check(context) {
    const { model } = context;
    for (const slot of model.slots) {
      if (slot.slot !== 'unauthenticated' || !slot.pool || !slot.role) continue;
      if (truthOf(slot.pool.allowUnauthenticated) !== false) continue;
      // A trust that refuses guest tokens would not go live with guest access either.
      if (trustAmrAdmission(slot.role.trust).guests === false) continue;
      // A grantless guest role is what CDK's IdentityPool always attaches: nothing waits to go live.
      const policies = grantNames(slot.role);
      if (policies.length === 0) continue;
      context.report({
        messageId: 'dormant',
        data: { pool: `\`${slot.pool.name}\``, role: `\`${slot.role.name}\``, policies: policies.join(', ') },
        at: slot.source,
        key: slot.role.name,
      });
    }
  },
});

function grantNames(role: Role): string[] {
  const names: string[] = [];
  for (const { record } of role.policies) {
    if (record.document.kind === 'identity' && record.document.statements.some((s) => s.effect === 'Allow'))
      names.push(`\`${record.document.name}\``);
  }
  for (const arn of role.managedPolicyArns) names.push(`\`${describe(arn.value)}\``);
  return names;
}
