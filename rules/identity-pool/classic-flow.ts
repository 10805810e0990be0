import { audPools, defineRule, truthOf, trustAdmitsPool, type Role } from '../../src/rule-api.js';

export default defineRule({
  meta: {
    id: 'identity-pool/classic-flow',
    description: 'Identity pools should not enable the basic (classic) authentication flow',
    severity: 'medium',
    messages: {
      withGuests:
        'Identity pool {{pool}} enables the basic (classic) flow and allows guests: any client may call STS with any role that trusts the pool ({{roles}}), so each trust policy is the only guard, and guest credentials skip the session policy Cognito applies to guests in the enhanced flow.',
      signedInOnly:
        "Identity pool {{pool}} enables the basic (classic) flow: any signed-in client may call STS with any role that trusts the pool ({{roles}}), so each trust policy, not the pool's role mapping, decides who gets which role.",
      // No role of the linted files trusts the pool.
      withGuestsNoRole:
        'Identity pool {{pool}} enables the basic (classic) flow and allows guests: any client may call STS with any role that trusts the pool (none in the linted files), so each trust policy is the only guard, and guest credentials skip the session policy Cognito applies to guests in the enhanced flow.',
      signedInOnlyNoRole:
        "Identity pool {{pool}} enables the basic (classic) flow: any signed-in client may call STS with any role that trusts the pool (none in the linted files), so each trust policy, not the pool's role mapping, decides who gets which role.",
    },
    fix: 'Set `AllowClassicFlow: false` (the default; CDK `allowClassicFlow: false`) unless a client really uses GetOpenIdToken and AssumeRoleWithWebIdentity itself.',
    fixIn: {
      terraform:
        'Set `allow_classic_flow = false` on the `aws_cognito_identity_pool` (the default) unless a client really uses GetOpenIdToken and AssumeRoleWithWebIdentity itself.',
    },
    references: [
      'https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flow.html',
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cognito-identitypool.html',
      'https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html',
    ],
    tags: ['identity-pool', 'cognito'],
  },
  check(context) {
    const { model } = context;
    for (const pool of model.identityPools) {
      const classicFlow = truthOf(pool.allowClassicFlow);
      if (classicFlow !== true) {
        if (classicFlow === 'unknown') {
          context.unresolved(
            `Identity pool ${pool.name}: AllowClassicFlow is not statically known.`,
            pool.allowClassicFlowSource,
          );
        }
        continue;
      }
      // The roles a basic-flow client can name: those whose aud names the pool, and those attached to it that admit it.
      const trusting = new Set<Role>(
        model.identityPoolRoles().filter((role) => audPools(model, role).pools.includes(pool)),
      );
      for (const slot of model.slotsOfPool(pool))
        if (slot.role && trustAdmitsPool(model, slot.role, pool) === true) trusting.add(slot.role);

      const withGuests = truthOf(pool.allowUnauthenticated) !== false;
      const poolName = `\`${pool.name}\``;
      const where = { at: pool.allowClassicFlowSource, resource: pool.resource };
      if (trusting.size === 0) {
        context.report({
          messageId: withGuests ? 'withGuestsNoRole' : 'signedInOnlyNoRole',
          data: { pool: poolName },
          ...where,
        });
        continue;
      }
      const roles = [...trusting].map((r) => `\`${r.name}\``).join(', ');
      context.report({
        messageId: withGuests ? 'withGuests' : 'signedInOnly',
        data: { pool: poolName, roles },
        ...where,
      });
    }
  },
});
